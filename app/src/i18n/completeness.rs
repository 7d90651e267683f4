//! The catalogs are complete: every message of English exists, non-empty, in each of the 24
//! languages, uses the same arguments, and the files parse. Run by `cargo test`.

use super::embedded::files;
use crate::domain::Language;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::{BTreeMap, BTreeSet};

/// What the completeness rules look at in one message.
#[derive(Debug, Default)]
struct Shape {
    /// Every variable the message uses.
    variables: BTreeSet<String>,
    /// The variables shown as text (not only used to choose a plural or variant).
    shown: BTreeSet<String>,
    empty: bool,
    attributes: usize,
    /// Each selector over plural categories: its category keys and its default key.
    plurals: Vec<(BTreeSet<String>, String)>,
}

/// The CLDR plural categories: the keys of a selector over a number.
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn walk_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, shape, true),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape, false);
            // Keys that are all categories (or exact numbers) make a plural selector.
            let mut categories = BTreeSet::new();
            let mut default = String::new();
            let mut plural = true;
            for variant in variants {
                match variant.key {
                    VariantKey::Identifier { name } if PLURAL_CATEGORIES.contains(&name) => {
                        categories.insert(name.to_owned());
                        if variant.default {
                            default = name.to_owned();
                        }
                    }
                    VariantKey::NumberLiteral { .. } => {}
                    VariantKey::Identifier { .. } => plural = false,
                }
                walk_pattern(&variant.value, shape);
            }
            if plural && !categories.is_empty() {
                shape.plurals.push((categories, default));
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, shape: &mut Shape, shown: bool) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
            if shown {
                shape.shown.insert(id.name.to_owned());
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, shape, shown);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn is_empty(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

/// Message id → shape, per file, with the parse problems of the language's files.
fn language_messages(language: Language) -> (BTreeMap<String, (String, Shape)>, Vec<String>) {
    let mut messages = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, text) in files(language) {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let near: String = text[error.pos.start.min(text.len())..]
                        .chars()
                        .take(60)
                        .collect();
                    problems.push(format!(
                        "{}/{file}: {:?} near {near:?}",
                        language.code(),
                        error.kind
                    ));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut shape = Shape {
                        attributes: message.attributes.len(),
                        ..Shape::default()
                    };
                    match &message.value {
                        Some(value) => {
                            shape.empty = is_empty(value);
                            walk_pattern(value, &mut shape);
                        }
                        None => shape.empty = true,
                    }
                    let id = message.id.name.to_owned();
                    if messages
                        .insert(id.clone(), (file.to_owned(), shape))
                        .is_some()
                    {
                        problems.push(format!(
                            "{}/{file}: “{id}” is defined twice",
                            language.code()
                        ));
                    }
                }
                Entry::Junk { content } => problems.push(format!(
                    "{}/{file}: unreadable: {:?}",
                    language.code(),
                    content.chars().take(60).collect::<String>()
                )),
                _ => {}
            }
        }
    }
    (messages, problems)
}

#[test]
fn every_file_of_every_language_parses_and_defines_each_id_once() {
    let problems: Vec<String> = Language::ALL
        .into_iter()
        .flat_map(|language| language_messages(language).1)
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_has_every_english_message_non_empty_with_the_same_arguments() {
    let (english, _) = language_messages(Language::English);
    assert!(!english.is_empty());
    let mut problems = Vec::new();
    for language in Language::ALL {
        let code = language.code();
        let (messages, _) = language_messages(language);
        for (id, (file, reference)) in &english {
            let Some((their_file, shape)) = messages.get(id) else {
                problems.push(format!("{code}: “{id}” (from {file}) is missing"));
                continue;
            };
            if their_file != file {
                problems.push(format!(
                    "{code}: “{id}” is in {their_file}, English has it in {file}"
                ));
            }
            if shape.empty {
                problems.push(format!("{code}: “{id}” is empty"));
            }
            if shape.attributes != 0 {
                problems.push(format!(
                    "{code}: “{id}” has attributes; use separate messages"
                ));
            }
            let unknown: Vec<_> = shape.variables.difference(&reference.variables).collect();
            if !unknown.is_empty() {
                problems.push(format!(
                    "{code}: “{id}” uses {unknown:?}, which English does not pass"
                ));
            }
            let dropped: Vec<_> = reference.shown.difference(&shape.variables).collect();
            if !dropped.is_empty() {
                problems.push(format!("{code}: “{id}” leaves out {dropped:?}"));
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!(
                "{code}: “{id}” is not an English message (remove it)"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_language_is_translated_not_a_copy_of_english() {
    let english = super::embedded::catalog(Language::English);
    let (mut ids, _) = language_messages(Language::English);
    // Many country names are the same in several languages ("Portugal", "Malta").
    ids.retain(|id, (file, _)| file != "countries.ftl" || !id.starts_with("country-"));
    for language in Language::ALL
        .into_iter()
        .filter(|l| *l != Language::English)
    {
        let catalog = super::embedded::catalog(language);
        let same = ids
            .keys()
            .filter(|id| catalog.format(id, &[]) == english.format(id, &[]))
            .count();
        // Names, codes and short labels may be the same ("TRACES NT", "EORI", "OK").
        assert!(
            same * 5 <= ids.len(),
            "{}: {same} of {} messages are the same as in English",
            language.code(),
            ids.len()
        );
    }
}

/// The CLDR plural category, as the browser's `Intl.PluralRules` gives it.
fn plural_category(language: Language, n: i64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    // As the browser does: the region's rules (pt-PT), else the language's (en-GB has en's).
    let rules = [super::intl_locale(language), language.code()]
        .into_iter()
        .find_map(|locale| {
            let id: unic_langid::LanguageIdentifier = locale.parse().ok()?;
            PluralRules::create(id, PluralRuleType::CARDINAL).ok()
        })
        .expect("rules for every EU language");
    match rules.select(n).expect("an integer has a category") {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[test]
fn the_browser_form_of_every_message_reads_as_fluent_reads_it() {
    let mut problems = Vec::new();
    for language in Language::ALL {
        let (compiled, compile_problems) =
            super::compiled::compile(super::embedded::source(language));
        problems.extend(
            compile_problems
                .into_iter()
                .map(|p| format!("{}: {p}", language.code())),
        );
        let fluent = super::embedded::catalog(language);
        let (messages, _) = language_messages(language);
        for (id, (_, shape)) in &messages {
            for n in [
                0, 1, 2, 3, 4, 5, 7, 11, 12, 15, 21, 22, 25, 101, 111, 1000, 1001,
            ] {
                let args: Vec<(&str, super::Arg)> = shape
                    .variables
                    .iter()
                    .map(|name| (name.as_str(), super::Arg::Number(n)))
                    .collect();
                let expected = fluent.format(id, &args);
                let got = compiled.format(id, &args, &|n| plural_category(language, n));
                if expected != got {
                    problems.push(format!(
                        "{}: “{id}” with {n}: Fluent {expected:?}, browser {got:?}",
                        language.code()
                    ));
                    break;
                }
                if shape.variables.is_empty() {
                    break;
                }
            }
            let texts: Vec<(&str, super::Arg)> = shape
                .variables
                .iter()
                .map(|name| (name.as_str(), super::Arg::Text("Ana “X” <b>".into())))
                .collect();
            let expected = fluent.format(id, &texts);
            let got = compiled.format(id, &texts, &|n| plural_category(language, n));
            if expected != got {
                problems.push(format!(
                    "{}: “{id}” with text: Fluent {expected:?}, browser {got:?}",
                    language.code()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The plural categories the catalog of `language` chooses for whole numbers, the only numbers
/// messages are given.
fn whole_number_categories(language: Language) -> BTreeSet<String> {
    let variants: String = PLURAL_CATEGORIES
        .iter()
        .map(|c| format!("   {}[{c}] {c}\n", if *c == "other" { "*" } else { " " }))
        .collect();
    let (catalog, problems) =
        super::Catalog::parse(language, format!("probe = {{ $n ->\n{variants}}}\n"));
    assert!(problems.is_empty(), "{problems:?}");
    (0..=1000)
        .chain([1_000_000])
        .map(|n| catalog.format("probe", &[("n", super::Arg::Number(n))]))
        .collect()
}

#[test]
fn every_plural_selector_has_a_form_for_each_category_of_its_language() {
    let mut problems = Vec::new();
    for language in Language::ALL {
        let mut needed = whole_number_categories(language);
        needed.insert("other".to_owned());
        for (id, (file, shape)) in language_messages(language).0 {
            for (categories, default) in &shape.plurals {
                let missing: Vec<_> = needed.difference(categories).collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{}/{file}: “{id}” has no form for {missing:?}",
                        language.code()
                    ));
                }
                if default != "other" {
                    problems.push(format!(
                        "{}/{file}: “{id}”: the default form must be *[other]",
                        language.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_browser_gets_every_message_of_the_pages_and_none_of_the_mails() {
    let compiled = super::embedded::compiled(Language::German);
    assert!(compiled.has("eulogin-create-account"));
    assert!(compiled.has("country-DE"));
    assert!(!compiled.has("mail-new-request-subject"));
}

/// A text that quotes a button or link (“Create an account”) quotes it as that language's page
/// names it, so that people find what the guide, the help or an e-mail tells them to click.
#[test]
fn every_quoted_button_is_quoted_as_the_page_names_it() {
    let (ids, _) = language_messages(Language::English);
    let english = super::embedded::catalog(Language::English);
    let texts: BTreeMap<&str, String> = ids
        .keys()
        .filter(|id| !id.starts_with("country-"))
        .map(|id| (id.as_str(), english.format(id, &[])))
        .collect();
    let mut quotes = Vec::new();
    for (id, text) in &texts {
        for quoted in text
            .split('“')
            .skip(1)
            .filter_map(|rest| rest.split('”').next())
        {
            let named: Vec<&str> = texts
                .iter()
                .filter(|(other, words)| *other != id && words.as_str() == quoted)
                .map(|(other, _)| *other)
                .collect();
            if !named.is_empty() {
                quotes.push((*id, named));
            }
        }
    }
    assert!(quotes.len() >= 10, "{quotes:?}");
    let mut problems = Vec::new();
    for language in Language::ALL {
        let catalog = super::embedded::catalog(language);
        for (id, named) in &quotes {
            let text = catalog.format(id, &[]).to_lowercase();
            let names: Vec<String> = named.iter().map(|n| catalog.format(n, &[])).collect();
            if !names.iter().any(|name| text.contains(&name.to_lowercase())) {
                problems.push(format!(
                    "{}: “{id}” does not quote {names:?}",
                    language.code()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
