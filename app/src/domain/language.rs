//! The 24 official languages of the European Union, used for the interface and for e-mails.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! languages {
    ($($variant:ident => $code:literal, $name:literal;)*) => {
        /// One of the 24 official EU languages.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub enum Language { $($variant),* }

        impl Language {
            /// In the order of the chooser: alphabetical by the language's own name, as EU sites list them.
            pub const ALL: [Language; 24] = [$(Language::$variant),*];

            /// The ISO 639-1 code, as used in `<html lang>`, cookies and the database.
            pub fn code(self) -> &'static str {
                match self { $(Language::$variant => $code),* }
            }

            /// The language's name in itself ("Deutsch", "Polski").
            pub fn endonym(self) -> &'static str {
                match self { $(Language::$variant => $name),* }
            }
        }
    };
}

languages! {
    Bulgarian => "bg", "Български";
    Czech => "cs", "Čeština";
    Danish => "da", "Dansk";
    German => "de", "Deutsch";
    Estonian => "et", "Eesti";
    Greek => "el", "Ελληνικά";
    English => "en", "English";
    Spanish => "es", "Español";
    French => "fr", "Français";
    Irish => "ga", "Gaeilge";
    Croatian => "hr", "Hrvatski";
    Italian => "it", "Italiano";
    Latvian => "lv", "Latviešu";
    Lithuanian => "lt", "Lietuvių";
    Hungarian => "hu", "Magyar";
    Maltese => "mt", "Malti";
    Dutch => "nl", "Nederlands";
    Polish => "pl", "Polski";
    Portuguese => "pt", "Português";
    Romanian => "ro", "Română";
    Slovak => "sk", "Slovenčina";
    Slovenian => "sl", "Slovenščina";
    Finnish => "fi", "Suomi";
    Swedish => "sv", "Svenska";
}

/// The code is not one of the 24 official EU languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl UnknownLanguage {
    pub fn message(&self) -> Message {
        Message::new("valid-language-unknown").with("code", &self.0)
    }

    /// The message for a form field, starting with its label (`field` is the label's message
    /// id, like `label-email-language`).
    pub fn message_for(&self, field: &'static str) -> Message {
        Message::new("valid-language-unknown-for")
            .with("field", Message::new(field))
            .with("code", &self.0)
    }
}

error_message!(UnknownLanguage);

impl Language {
    /// Parses an ISO 639-1 code; a region suffix (`de-AT`, `pt_BR`) is ignored.
    pub fn parse(code: &str) -> Result<Self, UnknownLanguage> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
            .ok_or_else(|| UnknownLanguage(super::instance::truncate_for_message(code)))
    }

    /// The best official language for an `Accept-Language` header (or the browser's
    /// `navigator.languages` joined by commas), if any matches.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut best: Option<(u16, usize, Language)> = None;
        for (position, entry) in accept_language.split(',').take(32).enumerate() {
            let mut parts = entry.trim().split(';');
            let tag = parts.next().unwrap_or_default().trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), parse_quality);
            let (Some(quality), Ok(lang)) = (quality, Self::parse(tag)) else {
                continue;
            };
            if quality == 0 {
                continue;
            }
            // Higher quality wins; on a tie the earlier entry does.
            let better = match best {
                None => true,
                Some((q, p, _)) => quality > q || (quality == q && position < p),
            };
            if better {
                best = Some((quality, position, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

/// A quality value `0`..`1` with up to three decimals, in thousandths.
fn parse_quality(value: &str) -> Option<u16> {
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

// Written out rather than derived: the enum comes from the macro above, and English as the
// default is a decision worth seeing here.
#[allow(clippy::derivable_impls)]
impl Default for Language {
    fn default() -> Self {
        Language::English
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl TryFrom<String> for Language {
    type Error = UnknownLanguage;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Language> for String {
    fn from(value: Language) -> Self {
        value.code().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_24_distinct_languages() {
        let mut codes: Vec<_> = Language::ALL.iter().map(|l| l.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 24);
    }

    #[test]
    fn every_code_round_trips() {
        for lang in Language::ALL {
            assert_eq!(Language::parse(lang.code()), Ok(lang));
        }
    }

    #[test]
    fn codes_parse_case_insensitively_and_ignore_the_region() {
        let table = [
            ("DE", Language::German),
            ("de-AT", Language::German),
            ("pt_BR", Language::Portuguese),
            ("ga-IE", Language::Irish),
        ];
        for (input, expected) in table {
            assert_eq!(Language::parse(input), Ok(expected), "{input}");
        }
    }

    #[test]
    fn non_eu_and_malformed_codes_are_refused() {
        for input in ["", "no", "ru", "tr", "zz", "-", "english", "<script>"] {
            assert!(Language::parse(input).is_err(), "{input}");
        }
    }

    #[test]
    fn negotiation_prefers_the_highest_quality_official_language() {
        let table = [
            ("de-DE,de;q=0.9,en;q=0.8", Some(Language::German)),
            ("ru,pl;q=0.5,en;q=0.4", Some(Language::Polish)),
            ("en;q=0.2,fr;q=0.7", Some(Language::French)),
            ("fr;q=0,it", Some(Language::Italian)),
            ("ja,zh", None),
            ("", None),
            ("de;q=abc,sv", Some(Language::Swedish)),
            ("*", None),
        ];
        for (header, expected) in table {
            assert_eq!(Language::negotiate(header), expected, "{header}");
        }
    }

    #[test]
    fn the_message_quotes_the_code() {
        let err = Language::parse("ru").unwrap_err();
        assert_eq!(
            err.to_string(),
            "“ru” is not one of the 24 official EU languages: choose one from the list."
        );
        assert_eq!(
            err.message_for("label-email-language").text(),
            "E-mail language: “ru” is not one of the 24 official EU languages: choose one from the list."
        );
    }
}
