//! The form in which the browser receives a language: the server parses the `.ftl` files with
//! Fluent's own parser and sends each message as parts (text, arguments, plural choices), so
//! the wasm carries no Fluent parser, resolver or plural-rule tables (about 50 KB brotli); the
//! browser's `Intl.PluralRules` chooses plural forms. A test checks that this gives the same
//! text as `fluent-bundle` for every message of every language.

use super::Arg;
use serde::{Deserialize, Serialize};

/// One language's messages, sorted by id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compiled {
    pub messages: Vec<(String, Vec<Part>)>,
}

/// A piece of a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    /// Text as it is.
    T(String),
    /// An argument.
    V(String),
    /// Another message.
    M(String),
    /// A choice by an argument: the first case whose key matches, else case `default`.
    S {
        on: String,
        cases: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// The key of a case: an exact number, or a word (a plural category such as `few`, or a
/// text value).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Key {
    N(i64),
    W(String),
}

/// Nested messages deeper than this are cut off (a message referring to itself).
const MAX_DEPTH: usize = 8;

impl Compiled {
    fn find(&self, id: &str) -> Option<&[Part]> {
        self.messages
            .binary_search_by(|(candidate, _)| candidate.as_str().cmp(id))
            .ok()
            .map(|i| self.messages[i].1.as_slice())
    }

    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    /// The text of message `id` (the id itself if missing); `plural` names the CLDR plural
    /// category of a number in this language.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, Arg)],
        plural: &dyn Fn(i64) -> &'static str,
    ) -> String {
        let mut out = String::new();
        match self.find(id) {
            Some(parts) => self.write(parts, args, plural, &mut out, 0),
            None => out.push_str(id),
        }
        out
    }

    fn write(
        &self,
        parts: &[Part],
        args: &[(&str, Arg)],
        plural: &dyn Fn(i64) -> &'static str,
        out: &mut String,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        for part in parts {
            match part {
                Part::T(text) => out.push_str(text),
                Part::V(name) => match argument(args, name) {
                    Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Message(id)) => {
                        out.push_str(&self.format(id, &[], plural));
                    }
                    // As Fluent shows a missing argument.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::M(id) => match self.find(id) {
                    Some(inner) => self.write(inner, &[], plural, out, depth + 1),
                    None => out.push_str(&format!("{{{id}}}")),
                },
                Part::S { on, cases, default } => {
                    let chosen = choose(self, argument(args, on), cases, plural)
                        .or_else(|| cases.get(*default).map(|(_, parts)| parts.as_slice()));
                    if let Some(chosen) = chosen {
                        self.write(chosen, args, plural, out, depth + 1);
                    }
                }
            }
        }
    }
}

fn argument<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

fn choose<'a>(
    catalog: &Compiled,
    value: Option<&Arg>,
    cases: &'a [(Key, Vec<Part>)],
    plural: &dyn Fn(i64) -> &'static str,
) -> Option<&'a [Part]> {
    let matches = |key: &Key| match (value?, key) {
        (Arg::Number(n), Key::N(k)) => Some(n == k),
        (Arg::Number(n), Key::W(word)) => Some(plural(*n) == word),
        (Arg::Text(text), Key::W(word)) => Some(text == word),
        (Arg::Message(id), Key::W(word)) => Some(catalog.format(id, &[], plural) == *word),
        _ => Some(false),
    };
    cases
        .iter()
        .find(|(key, _)| matches(key) == Some(true))
        .map(|(_, parts)| parts.as_slice())
}

/// Turns Fluent source into parts, with Fluent's own parser. Terms (`-name`) are put in place;
/// functions, attributes and selectors other than an argument are reported as problems, since
/// the browser would not resolve them as Fluent does.
#[cfg(not(feature = "csr"))]
pub fn compile(source: &str) -> (Compiled, Vec<String>) {
    use fluent_syntax::ast::{Entry, Pattern};
    use std::collections::HashMap;

    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut problems = Vec::new();
    let terms: HashMap<&str, &Pattern<&str>> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Term(term) => Some((term.id.name, &term.value)),
            _ => None,
        })
        .collect();
    let mut messages: Vec<(String, Vec<Part>)> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let value = message.value.as_ref()?;
                let mut parts = Vec::new();
                pattern_parts(value, &terms, &mut parts, &mut problems, message.id.name, 0);
                Some((message.id.name.to_owned(), merge_text(parts)))
            }
            _ => None,
        })
        .collect();
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    messages.dedup_by(|a, b| a.0 == b.0);
    (Compiled { messages }, problems)
}

#[cfg(not(feature = "csr"))]
fn pattern_parts(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    terms: &std::collections::HashMap<&str, &fluent_syntax::ast::Pattern<&str>>,
    out: &mut Vec<Part>,
    problems: &mut Vec<String>,
    id: &str,
    depth: usize,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};

    fn inline(
        expression: &InlineExpression<&str>,
        terms: &std::collections::HashMap<&str, &fluent_syntax::ast::Pattern<&str>>,
        out: &mut Vec<Part>,
        problems: &mut Vec<String>,
        id: &str,
        depth: usize,
    ) {
        match expression {
            InlineExpression::StringLiteral { value } => out.push(Part::T(unescape(value))),
            InlineExpression::NumberLiteral { value } => out.push(Part::T((*value).to_owned())),
            InlineExpression::VariableReference { id: variable } => {
                out.push(Part::V(variable.name.to_owned()));
            }
            InlineExpression::MessageReference {
                id: reference,
                attribute: None,
            } => out.push(Part::M(reference.name.to_owned())),
            InlineExpression::TermReference {
                id: term,
                attribute: None,
                arguments: None,
            } if depth < MAX_DEPTH => match terms.get(term.name) {
                Some(value) => pattern_parts(value, terms, out, problems, id, depth + 1),
                None => problems.push(format!("“{id}” uses the unknown term -{}", term.name)),
            },
            InlineExpression::Placeable { expression } => {
                expression_parts(expression, terms, out, problems, id, depth);
            }
            other => problems.push(format!(
                "“{id}” uses {other:?}, which the browser does not resolve (use arguments and plural choices only)"
            )),
        }
    }

    fn expression_parts(
        expression: &Expression<&str>,
        terms: &std::collections::HashMap<&str, &fluent_syntax::ast::Pattern<&str>>,
        out: &mut Vec<Part>,
        problems: &mut Vec<String>,
        id: &str,
        depth: usize,
    ) {
        match expression {
            Expression::Inline(expression) => inline(expression, terms, out, problems, id, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id: on } = selector else {
                    problems.push(format!(
                        "“{id}” chooses by something other than an argument"
                    ));
                    return;
                };
                let mut cases = Vec::new();
                let mut default = 0;
                for (index, variant) in variants.iter().enumerate() {
                    let key = match &variant.key {
                        VariantKey::Identifier { name } => Key::W((*name).to_owned()),
                        VariantKey::NumberLiteral { value } => value
                            .parse()
                            .map_or_else(|_| Key::W((*value).to_owned()), Key::N),
                    };
                    let mut parts = Vec::new();
                    pattern_parts(&variant.value, terms, &mut parts, problems, id, depth + 1);
                    if variant.default {
                        default = index;
                    }
                    cases.push((key, merge_text(parts)));
                }
                out.push(Part::S {
                    on: on.name.to_owned(),
                    cases,
                    default,
                });
            }
        }
    }

    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(Part::T((*value).to_owned())),
            PatternElement::Placeable { expression } => {
                expression_parts(expression, terms, out, problems, id, depth);
            }
        }
    }
}

/// Fluent string literals escape `\"`, `\\` and `\uXXXX` / `\UXXXXXX`.
#[cfg(not(feature = "csr"))]
fn unescape(value: &str) -> String {
    fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned()
}

#[cfg(not(feature = "csr"))]
fn merge_text(parts: Vec<Part>) -> Vec<Part> {
    let mut merged: Vec<Part> = Vec::with_capacity(parts.len());
    for part in parts {
        match (merged.last_mut(), part) {
            (Some(Part::T(previous)), Part::T(text)) => previous.push_str(&text),
            (_, part) => merged.push(part),
        }
    }
    merged
}

#[cfg(all(test, not(feature = "csr")))]
mod tests {
    use super::*;

    fn polish(n: i64) -> &'static str {
        match (n % 10, n % 100) {
            _ if n == 1 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        }
    }

    #[test]
    fn plural_choices_exact_numbers_terms_and_references_resolve() {
        let (compiled, problems) = compile(
            "-brand = TRACES NT\nfiles = { $count ->\n    [0] no files\n    [one] { $count } plik\n    [few] { $count } pliki\n   *[many] { $count } plików\n}\nhello = { -brand }: { $name }, { files }\nquoted = {\"{\"}x{\"\\u00E9\"}\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let format = |id, args: &[(&str, Arg)]| compiled.format(id, args, &polish);
        assert_eq!(format("files", &[("count", Arg::Number(0))]), "no files");
        assert_eq!(format("files", &[("count", Arg::Number(1))]), "1 plik");
        assert_eq!(format("files", &[("count", Arg::Number(22))]), "22 pliki");
        assert_eq!(format("files", &[("count", Arg::Number(12))]), "12 plików");
        assert_eq!(
            format("hello", &[("name", Arg::Text("Ala".into()))]),
            "TRACES NT: Ala, {$count} plików"
        );
        assert_eq!(format("quoted", &[]), "{xé");
        assert_eq!(format("missing", &[]), "missing");
    }

    #[test]
    fn what_the_browser_cannot_resolve_is_reported() {
        let (_, problems) = compile("n = { NUMBER($x) }\nattr = { other.title }\n");
        assert_eq!(problems.len(), 2, "{problems:?}");
    }
}
