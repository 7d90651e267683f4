//! The fields of an EU Login account, one rule each. The sign-up form runs these on blur and on
//! submit; the server runs the same ones again before anything is stored.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// A login name: 4 to 32 characters, letters a–z, digits, dot, hyphen or underscore, starting
/// with a letter. Stored lower-case, so `JSmith` and `jsmith` are the same username.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsernameError {
    Empty,
    TooShort,
    TooLong,
    FirstNotLetter,
    BadCharacter,
}

impl UsernameError {
    pub fn message(&self) -> Message {
        let field = Message::new("label-username");
        match self {
            UsernameError::Empty => Message::new("valid-username-empty"),
            UsernameError::TooShort => Message::new("valid-too-short")
                .with("field", field)
                .with("min", Username::MIN),
            UsernameError::TooLong => Message::new("valid-too-long")
                .with("field", field)
                .with("max", Username::MAX),
            UsernameError::FirstNotLetter => Message::new("valid-username-first-not-letter"),
            UsernameError::BadCharacter => Message::new("valid-username-bad-character"),
        }
    }
}

error_message!(UsernameError);

impl Username {
    pub const MIN: usize = 4;
    pub const MAX: usize = 32;

    pub fn parse(input: &str) -> Result<Self, UsernameError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(UsernameError::Empty);
        }
        let count = value.chars().count();
        if count > Self::MAX {
            return Err(UsernameError::TooLong);
        }
        if !value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        {
            return Err(UsernameError::BadCharacter);
        }
        if count < Self::MIN {
            return Err(UsernameError::TooShort);
        }
        if !value.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(UsernameError::FirstNotLetter);
        }
        Ok(Self(value.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A first or last name of a real person, as it will appear on signed certificates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

/// Which name a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamePart {
    First,
    Last,
}

impl NamePart {
    /// The field's label: "First name", "Last name".
    pub fn label(self) -> Message {
        Message::new(match self {
            NamePart::First => "label-first-name",
            NamePart::Last => "label-last-name",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersonNameError {
    Empty(NamePart),
    TooLong(NamePart),
    BadCharacter(NamePart),
    NoLetter(NamePart),
}

impl PersonNameError {
    pub fn message(&self) -> Message {
        match *self {
            // One message per part: the name is repeated inside the sentence, where
            // languages inflect it.
            PersonNameError::Empty(NamePart::First) => Message::new("valid-first-name-empty"),
            PersonNameError::Empty(NamePart::Last) => Message::new("valid-last-name-empty"),
            PersonNameError::TooLong(part) => Message::new("valid-too-long")
                .with("field", part.label())
                .with("max", PersonName::MAX),
            PersonNameError::BadCharacter(part) => {
                Message::new("valid-person-name-bad-character").with("field", part.label())
            }
            PersonNameError::NoLetter(part) => {
                Message::new("valid-person-name-no-letter").with("field", part.label())
            }
        }
    }
}

error_message!(PersonNameError);

impl PersonName {
    pub const MAX: usize = 60;

    pub fn parse(input: &str, part: NamePart) -> Result<Self, PersonNameError> {
        // Runs of white space become one space: "Anna  Maria" and "Anna Maria" are one name.
        let value = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(PersonNameError::Empty(part));
        }
        if value.chars().count() > Self::MAX {
            return Err(PersonNameError::TooLong(part));
        }
        // Letters of any script; no digits, markup, controls or invisible direction marks.
        if !value
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
        {
            return Err(PersonNameError::BadCharacter(part));
        }
        if !value.chars().any(char::is_alphabetic) {
            return Err(PersonNameError::NoLetter(part));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Words that suggest an organisation rather than a person. The letter insists the account is
/// opened "in the name of a REAL P[erson], NOT your border control post, operator's name or
/// control body".
const ORGANISATION_WORDS: &[&str] = &[
    "gmbh",
    "ltd",
    "limited",
    "llc",
    "inc",
    "plc",
    "sarl",
    "sas",
    "srl",
    "spa",
    "bv",
    "nv",
    "ag",
    "kg",
    "oy",
    "ab",
    "as",
    "sa",
    "s.a",
    "s.r.l",
    "sp",
    "z.o.o",
    "bcp",
    "authority",
    "control",
    "ministry",
    "office",
    "department",
    "company",
    "corp",
    "corporation",
    "organic",
    "bio",
    "import",
    "export",
    "trading",
    "cooperative",
    "coop",
    "association",
    "agency",
    "services",
    "group",
    "body",
    "post",
    "border",
    "customs",
];

/// A warning, shown before submit, when a name looks like an organisation's; `None` otherwise.
/// It does not block: a person may really be called "Post".
pub fn organisation_name_warning(name: &str, part: NamePart) -> Option<Message> {
    let lowered = name.to_lowercase();
    let hit = lowered
        .split(|c: char| c.is_whitespace() || c == ',' || c == '&' || c == '/')
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '(' || c == ')'))
        .find(|w| ORGANISATION_WORDS.contains(w))?;
    Some(
        Message::new("valid-name-looks-like-organisation")
            .with("field", part.label())
            .with("word", hit),
    )
}

impl From<Username> for String {
    fn from(value: Username) -> Self {
        value.0
    }
}
impl TryFrom<String> for Username {
    type Error = UsernameError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}
impl From<PersonName> for String {
    fn from(value: PersonName) -> Self {
        value.0
    }
}
impl TryFrom<String> for PersonName {
    type Error = PersonNameError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        // Over the wire the part is unknown; the message then speaks of the first name.
        Self::parse(&value, NamePart::First)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_one_rule() {
        let table: &[(&str, Result<&str, UsernameError>)] = &[
            ("jsmith", Ok("jsmith")),
            ("  J.Smith-2_x ", Ok("j.smith-2_x")),
            ("", Err(UsernameError::Empty)),
            ("   ", Err(UsernameError::Empty)),
            ("abc", Err(UsernameError::TooShort)),
            (
                "a234567890123456789012345678901234",
                Err(UsernameError::TooLong),
            ),
            ("1smith", Err(UsernameError::FirstNotLetter)),
            (".smith", Err(UsernameError::FirstNotLetter)),
            ("j smith", Err(UsernameError::BadCharacter)),
            ("jösmith", Err(UsernameError::BadCharacter)),
            ("j<b>smith", Err(UsernameError::BadCharacter)),
            ("jsmith\u{202e}", Err(UsernameError::BadCharacter)),
        ];
        for (input, expected) in table {
            let got = Username::parse(input);
            match expected {
                Ok(value) => {
                    assert_eq!(got.as_ref().map(Username::as_str), Ok(*value), "{input:?}")
                }
                Err(err) => assert_eq!(got.as_ref().err(), Some(err), "{input:?}"),
            }
        }
    }

    #[test]
    fn every_username_message_names_the_field() {
        for err in [
            UsernameError::Empty,
            UsernameError::TooShort,
            UsernameError::TooLong,
            UsernameError::FirstNotLetter,
            UsernameError::BadCharacter,
        ] {
            assert!(err.to_string().starts_with("Username:"), "{err}");
        }
    }

    #[test]
    fn names_of_people_in_any_script_are_accepted() {
        for name in [
            "Anna",
            "Jean-Luc",
            "O'Brien",
            "Ó Súilleabháin",
            "Παπαδόπουλος",
            "Łukasz",
            "St. John",
            "D’Angelo",
        ] {
            assert!(PersonName::parse(name, NamePart::First).is_ok(), "{name}");
        }
        assert_eq!(
            PersonName::parse("  Anna   Maria ", NamePart::First)
                .unwrap()
                .as_str(),
            "Anna Maria"
        );
    }

    #[test]
    fn names_with_markup_digits_or_tricks_are_refused() {
        let table = [
            ("", PersonNameError::Empty(NamePart::Last)),
            ("<script>", PersonNameError::BadCharacter(NamePart::Last)),
            ("Smith2", PersonNameError::BadCharacter(NamePart::Last)),
            (
                "Smith\u{202e}",
                PersonNameError::BadCharacter(NamePart::Last),
            ),
            (
                "Smith\u{200b}",
                PersonNameError::BadCharacter(NamePart::Last),
            ),
            ("--", PersonNameError::NoLetter(NamePart::Last)),
        ];
        for (input, expected) in table {
            assert_eq!(
                PersonName::parse(input, NamePart::Last),
                Err(expected),
                "{input:?}"
            );
        }
        let long = "a".repeat(61);
        assert_eq!(
            PersonName::parse(&long, NamePart::First),
            Err(PersonNameError::TooLong(NamePart::First))
        );
        let huge = "a".repeat(10 * 1024 * 1024);
        assert!(PersonName::parse(&huge, NamePart::First).is_err());
    }

    #[test]
    fn name_messages_name_the_field() {
        let err = PersonName::parse("", NamePart::Last)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("Last name:"), "{err}");
        assert!(err.contains("last name"), "{err}");
    }

    #[test]
    fn organisation_like_names_get_a_warning() {
        for name in [
            "Muster GmbH",
            "BCP Hamburg",
            "Control",
            "Green Ltd.",
            "Food Authority",
            "bio import",
        ] {
            assert!(
                organisation_name_warning(name, NamePart::Last).is_some(),
                "{name}"
            );
        }
        assert_eq!(
            organisation_name_warning("Muster GmbH", NamePart::Last)
                .unwrap()
                .to_string(),
            "Last name: “gmbh” looks like part of an organisation's name. Your EU Login account must be in the name of a real person: the names appear on certificates you sign."
        );
        for name in ["Anna", "Controlla", "Gmbhara", "Postma"] {
            assert!(
                organisation_name_warning(name, NamePart::Last).is_none(),
                "{name}"
            );
        }
    }

    #[test]
    fn every_message_reads_in_english_as_the_forms_show_it() {
        let table: [(Message, &str); 9] = [
            (UsernameError::Empty.into(), "Username: enter a username."),
            (UsernameError::TooShort.into(), "Username: use at least 4 characters."),
            (UsernameError::TooLong.into(), "Username: use at most 32 characters."),
            (UsernameError::FirstNotLetter.into(), "Username: start with a letter (a–z)."),
            (UsernameError::BadCharacter.into(), "Username: use only letters a–z, digits, dots, hyphens and underscores (no spaces or accents)."),
            (PersonNameError::Empty(NamePart::First).into(), "First name: enter your first name as in your identity document."),
            (PersonNameError::TooLong(NamePart::Last).into(), "Last name: use at most 60 characters."),
            (PersonNameError::BadCharacter(NamePart::First).into(), "First name: use letters, spaces, hyphens, apostrophes and dots only."),
            (PersonNameError::NoLetter(NamePart::Last).into(), "Last name: must contain at least one letter."),
        ];
        for (message, english) in table {
            assert_eq!(message.text(), english, "{message:?}");
        }
        assert_eq!(
            PersonNameError::Empty(NamePart::Last).to_string(),
            "Last name: enter your last name as in your identity document."
        );
    }
}
