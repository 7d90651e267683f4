//! One language's messages, parsed from Fluent text.

use super::{Arg, Language};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The messages of one language.
pub struct Catalog {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// Parses `source` (the language's `.ftl` files, joined). Every problem is reported, with
    /// the message id or the text near it; the messages that parsed are kept either way.
    pub fn parse(language: Language, source: String) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, errors)| {
            problems.extend(errors.into_iter().map(|e| format!("{e:?}")));
            resource
        });
        // The locale picks the plural rules. Plain "pt" has Brazil's, where 0 is singular; the
        // EU writes European Portuguese ("0 pedidos").
        let id = super::intl_locale(language)
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // All 24 languages are written left to right: no isolation marks around arguments.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.into_iter().map(|e| format!("{e:?}")));
        }
        (Self { language, bundle }, problems)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of message `id` with `args`; the id itself when the catalog lacks it (the
    /// completeness test keeps that from reaching users).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Message(id) => FluentValue::from(self.format(id, &[])),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(language: Language, source: &str) -> Catalog {
        let (catalog, problems) = Catalog::parse(language, source.to_owned());
        assert!(problems.is_empty(), "{problems:?}");
        catalog
    }

    #[test]
    fn arguments_fill_in_and_numbers_choose_the_plural_form() {
        let pl = catalog(
            Language::Polish,
            "files = { $count ->\n    [one] { $count } plik\n    [few] { $count } pliki\n   *[many] { $count } plików\n}\nhello = Dzień dobry, { $name }!\n",
        );
        assert_eq!(pl.format("files", &[("count", Arg::Number(1))]), "1 plik");
        assert_eq!(pl.format("files", &[("count", Arg::Number(3))]), "3 pliki");
        assert_eq!(
            pl.format("files", &[("count", Arg::Number(25))]),
            "25 plików"
        );
        assert_eq!(
            pl.format("hello", &[("name", Arg::Text("Ala".into()))]),
            "Dzień dobry, Ala!"
        );
    }

    #[test]
    fn portuguese_plurals_follow_european_portuguese() {
        let pt = catalog(
            Language::Portuguese,
            "items = { $count ->\n    [one] { $count } pedido\n   *[other] { $count } pedidos\n}\n",
        );
        assert_eq!(
            pt.format("items", &[("count", Arg::Number(0))]),
            "0 pedidos"
        );
        assert_eq!(pt.format("items", &[("count", Arg::Number(1))]), "1 pedido");
        assert_eq!(
            pt.format("items", &[("count", Arg::Number(2))]),
            "2 pedidos"
        );
    }

    #[test]
    fn a_message_argument_is_put_into_words_in_the_same_language() {
        let de = catalog(
            Language::German,
            "field-email = E-Mail\nrequired = { $field }: Pflichtfeld.\n",
        );
        assert_eq!(
            de.format("required", &[("field", Arg::Message("field-email".into()))]),
            "E-Mail: Pflichtfeld."
        );
    }

    #[test]
    fn a_missing_message_shows_its_id_and_a_broken_file_is_reported() {
        let (en, problems) = Catalog::parse(Language::English, "ok = Fine\nbroken = {\n".into());
        assert!(!problems.is_empty());
        assert_eq!(en.format("ok", &[]), "Fine");
        assert_eq!(en.format("nowhere", &[]), "nowhere");
    }
}
