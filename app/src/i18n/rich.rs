//! Messages with elements inside them (a link, a name in bold). Each element fills an argument
//! of the message, so every language puts it where its grammar wants it.

use super::{text, Arg};
use leptos::prelude::*;

// Mark an element's place in the formatted text: private-use characters, in no message.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The text of message `id` in the language in force, with `parts` drawn in place of its
/// arguments: each `(name, view)` fills `{ $name }`.
pub fn rich_text(id: &'static str, parts: Vec<(&'static str, ViewFn)>) -> impl IntoView {
    move || {
        let marks: Vec<(&str, Arg)> = parts
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (*name, Arg::Text(format!("{OPEN}{i}{CLOSE}"))))
            .collect();
        split(&text(id, &marks))
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.into_any(),
                Piece::Part(i) => parts.get(i).map(|(_, view)| view.run()).into_any(),
            })
            .collect_view()
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Text(String),
    /// The element of this index in `parts`.
    Part(usize),
}

/// The formatted text cut at the marks of the elements.
fn split(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        let after = &rest[start + OPEN.len_utf8()..];
        let Some(end) = after.find(CLOSE) else { break };
        let Ok(index) = after[..end].parse() else {
            break;
        };
        if start > 0 {
            pieces.push(Piece::Text(rest[..start].to_owned()));
        }
        pieces.push(Piece::Part(index));
        rest = &after[end + CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest.to_owned()));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_are_cut_out_where_the_language_put_them() {
        let text = format!("On {OPEN}1{CLOSE}, or {OPEN}0{CLOSE}.");
        assert_eq!(
            split(&text),
            vec![
                Piece::Text("On ".into()),
                Piece::Part(1),
                Piece::Text(", or ".into()),
                Piece::Part(0),
                Piece::Text(".".into()),
            ]
        );
        assert_eq!(split(&format!("{OPEN}0{CLOSE}")), vec![Piece::Part(0)]);
        assert_eq!(split("plain"), vec![Piece::Text("plain".into())]);
    }
}
