//! E-mail addresses: the login name of EU Login, unique whatever their case.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A syntactically valid address (`local@domain.tld`), at most 254 characters. The domain is
/// kept lower-case; `normalized()` is the form compared for uniqueness.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

/// What is wrong with an address; each but `Mismatch` holds the message id of the field's
/// label (`label-email`, `label-new-email`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmailError {
    Empty(&'static str),
    TooLong(&'static str),
    Shape(&'static str),
    Domain(&'static str),
    Mismatch,
}

impl EmailError {
    pub fn message(&self) -> Message {
        let about = |id, field| Message::new(id).with("field", Message::new(field));
        match *self {
            EmailError::Empty(field) => about("valid-email-empty", field),
            EmailError::TooLong(field) => about("valid-too-long", field).with("max", Email::MAX),
            EmailError::Shape(field) => about("valid-email-shape", field),
            EmailError::Domain(field) => about("valid-email-domain", field),
            EmailError::Mismatch => Message::new("valid-email-mismatch"),
        }
    }
}

error_message!(EmailError);

impl Email {
    pub const MAX: usize = 254;

    /// Parses an address; `field` is the message id of the label that messages start with
    /// (`label-email` for "E-mail", `label-new-email` for "New e-mail").
    pub fn parse(input: &str, field: &'static str) -> Result<Self, EmailError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(EmailError::Empty(field));
        }
        if value.len() > Self::MAX {
            return Err(EmailError::TooLong(field));
        }
        let (local, domain) = value.split_once('@').ok_or(EmailError::Shape(field))?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~.".contains(&b));
        if !local_ok {
            return Err(EmailError::Shape(field));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
        if !domain_ok {
            return Err(if domain.contains('@') {
                EmailError::Shape(field)
            } else {
                EmailError::Domain(field)
            });
        }
        Ok(Self(format!("{local}@{}", domain.to_ascii_lowercase())))
    }

    /// The confirmation must repeat the address (case aside).
    pub fn confirm(&self, confirmation: &str) -> Result<(), EmailError> {
        if confirmation.trim().eq_ignore_ascii_case(&self.0) {
            Ok(())
        } else {
            Err(EmailError::Mismatch)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form compared for uniqueness: all lower-case.
    pub fn normalized(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value, "label-email")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_addresses_parse_with_a_lower_case_domain() {
        let table = [
            ("anna.smith@example.org", "anna.smith@example.org"),
            ("  Anna.Smith@Example.ORG ", "Anna.Smith@example.org"),
            ("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"),
            ("o'brien@x-y.eu", "o'brien@x-y.eu"),
        ];
        for (input, expected) in table {
            assert_eq!(
                Email::parse(input, "label-email").unwrap().as_str(),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn malformed_addresses_are_refused_with_a_field_message() {
        let table = [
            ("", EmailError::Empty("label-email")),
            ("anna", EmailError::Shape("label-email")),
            ("anna@", EmailError::Domain("label-email")),
            ("@example.org", EmailError::Shape("label-email")),
            ("an na@example.org", EmailError::Shape("label-email")),
            ("anna@@example.org", EmailError::Shape("label-email")),
            ("a@b@example.org", EmailError::Shape("label-email")),
            ("anna@example", EmailError::Domain("label-email")),
            ("anna@-example.org", EmailError::Domain("label-email")),
            ("anna@exa_mple.org", EmailError::Domain("label-email")),
            ("anna@example.o", EmailError::Domain("label-email")),
            (".anna@example.org", EmailError::Shape("label-email")),
            ("an..na@example.org", EmailError::Shape("label-email")),
            ("ánna@example.org", EmailError::Shape("label-email")),
            ("<b>@example.org", EmailError::Shape("label-email")),
        ];
        for (input, expected) in table {
            assert_eq!(
                Email::parse(input, "label-email"),
                Err(expected),
                "{input:?}"
            );
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            Email::parse(&long, "label-email"),
            Err(EmailError::TooLong("label-email"))
        );
        assert!(Email::parse("x", "label-email")
            .unwrap_err()
            .to_string()
            .starts_with("E-mail:"));
    }

    #[test]
    fn the_confirmation_must_repeat_the_address_case_aside() {
        let email = Email::parse("Anna@example.org", "label-email").unwrap();
        assert_eq!(email.confirm(" anna@EXAMPLE.org "), Ok(()));
        assert_eq!(email.confirm("anna@example.com"), Err(EmailError::Mismatch));
        assert_eq!(email.confirm(""), Err(EmailError::Mismatch));
        assert_eq!(email.normalized(), "anna@example.org");
    }

    #[test]
    fn every_message_reads_in_english_with_the_field_label() {
        let table = [
            (
                EmailError::Empty("label-email"),
                "E-mail: enter your professional e-mail address.",
            ),
            (
                EmailError::TooLong("label-new-email"),
                "New e-mail: use at most 254 characters.",
            ),
            (
                EmailError::Shape("label-your-email"),
                "Your e-mail: enter an address like name@example.org, with one @ and no spaces.",
            ),
            (
                EmailError::Domain("label-email"),
                "E-mail: the part after @ must be a domain like example.org.",
            ),
            (
                EmailError::Mismatch,
                "Confirm e-mail: type the same address as in E-mail.",
            ),
        ];
        for (error, english) in table {
            assert_eq!(error.to_string(), english, "{error:?}");
        }
    }
}
