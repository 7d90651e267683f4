//! A sentence with elements inside it (a link, an address in bold) as ONE message, so that each
//! language puts them where its grammar wants them, instead of sentence fragments around them.

use crate::i18n::Arg;
use leptos::prelude::*;

/// Where the `n`-th element goes: a character of Unicode's private use area, which no
/// translation contains.
const FIRST_MARK: u32 = 0xE000;

/// One piece of a sentence: its text, or the index of an element.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Element(usize),
}

/// `text` cut at the marks of elements `0..count`.
fn pieces(text: &str, count: usize) -> Vec<Piece<'_>> {
    let element = |c: char| {
        (c as u32)
            .checked_sub(FIRST_MARK)
            .and_then(|n| usize::try_from(n).ok())
            .filter(|n| *n < count)
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if let Some(n) = element(c) {
            if at > start {
                out.push(Piece::Text(&text[start..at]));
            }
            out.push(Piece::Element(n));
            start = at + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(Piece::Text(&text[start..]));
    }
    out
}

/// Message `id` in the language in force, with `args`; each `(name, view)` of `elements` fills
/// the argument `$name` with its view. Reactive: a language switch rebuilds the sentence.
pub fn rich_text(
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
    elements: Vec<(&'static str, ViewFn)>,
) -> impl IntoView {
    move || {
        let mut all = args.clone();
        for (n, (name, _)) in (FIRST_MARK..).zip(&elements) {
            let mark = char::from_u32(n).expect("a private use character");
            all.push((*name, Arg::Text(mark.to_string())));
        }
        let text = crate::i18n::text(id, &all);
        pieces(&text, elements.len())
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.to_owned().into_any(),
                Piece::Element(n) => elements[n].1.run(),
            })
            .collect_view()
    }
}

/// A link to write to `address`, its text the address itself: an element of a `rich_text`.
pub fn mail_link(address: &'static str) -> ViewFn {
    ViewFn::from(move || view! { <a href=format!("mailto:{address}")>{address}</a> })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_cut_where_its_elements_go_in_any_order() {
        let text = "Log in with \u{E001}, then \u{E000}.";
        assert_eq!(
            pieces(text, 2),
            [
                Piece::Text("Log in with "),
                Piece::Element(1),
                Piece::Text(", then "),
                Piece::Element(0),
                Piece::Text("."),
            ]
        );
        assert_eq!(pieces("\u{E000}", 1), [Piece::Element(0)]);
        // A mark beyond the elements given is left as text.
        assert_eq!(pieces("a\u{E001}", 1), [Piece::Text("a\u{E001}")]);
    }
}
