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
    use fluent_syntax::ast::Entry;

    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut compiler = Compiler {
        terms: resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Term(term) => Some((term.id.name, &term.value)),
                _ => None,
            })
            .collect(),
        problems: Vec::new(),
        id: "",
    };
    let mut messages: Vec<(String, Vec<Part>)> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let value = message.value.as_ref()?;
                compiler.id = message.id.name;
                let mut parts = Vec::new();
                compiler.pattern(value, &mut parts, 0);
                Some((message.id.name.to_owned(), merge_text(parts)))
            }
            _ => None,
        })
        .collect();
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    messages.dedup_by(|a, b| a.0 == b.0);
    (Compiled { messages }, compiler.problems)
}

/// Turns one resource's patterns into parts.
#[cfg(not(feature = "csr"))]
struct Compiler<'a> {
    terms: std::collections::HashMap<&'a str, &'a fluent_syntax::ast::Pattern<&'a str>>,
    problems: Vec<String>,
    /// The message being compiled, for problems.
    id: &'a str,
}

#[cfg(not(feature = "csr"))]
impl<'a> Compiler<'a> {
    fn pattern(
        &mut self,
        pattern: &'a fluent_syntax::ast::Pattern<&'a str>,
        out: &mut Vec<Part>,
        depth: usize,
    ) {
        use fluent_syntax::ast::PatternElement;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push(Part::T((*value).to_owned())),
                PatternElement::Placeable { expression } => self.expression(expression, out, depth),
            }
        }
    }

    fn expression(
        &mut self,
        expression: &'a fluent_syntax::ast::Expression<&'a str>,
        out: &mut Vec<Part>,
        depth: usize,
    ) {
        use fluent_syntax::ast::{Expression, InlineExpression, VariantKey};
        match expression {
            Expression::Inline(expression) => self.inline(expression, out, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id: on } = selector else {
                    let id = self.id;
                    self.problems.push(format!(
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
                    self.pattern(&variant.value, &mut parts, depth + 1);
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

    fn inline(
        &mut self,
        expression: &'a fluent_syntax::ast::InlineExpression<&'a str>,
        out: &mut Vec<Part>,
        depth: usize,
    ) {
        use fluent_syntax::ast::InlineExpression;
        let id = self.id;
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
            } if depth < MAX_DEPTH => match self.terms.get(term.name).copied() {
                Some(value) => self.pattern(value, out, depth + 1),
                None => self
                    .problems
                    .push(format!("“{id}” uses the unknown term -{}", term.name)),
            },
            InlineExpression::Placeable { expression } => self.expression(expression, out, depth),
            other => self.problems.push(format!(
                "“{id}” uses {other:?}, which the browser does not resolve (use arguments and plural choices only)"
            )),
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
