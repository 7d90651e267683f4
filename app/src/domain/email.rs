//! E-mail addresses: the login name of EU Login, unique whatever their case.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A syntactically valid address (`local@domain.tld`), at most 254 characters. The domain is
/// kept lower-case; `normalized()` is the form compared for uniqueness.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("{0}: enter your professional e-mail address.")]
    Empty(&'static str),
    #[error("{0}: use at most 254 characters.")]
    TooLong(&'static str),
    #[error("{0}: enter an address like name@example.org, with one @ and no spaces.")]
    Shape(&'static str),
    #[error("{0}: the part after @ must be a domain like example.org.")]
    Domain(&'static str),
    #[error("Confirm e-mail: type the same address as in E-mail.")]
    Mismatch,
}

impl Email {
    pub const MAX: usize = 254;

    /// Parses an address; `field` is the label used in messages ("E-mail", "New e-mail").
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
        Self::parse(&value, "E-mail")
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
                Email::parse(input, "E-mail").unwrap().as_str(),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn malformed_addresses_are_refused_with_a_field_message() {
        let table = [
            ("", EmailError::Empty("E-mail")),
            ("anna", EmailError::Shape("E-mail")),
            ("anna@", EmailError::Domain("E-mail")),
            ("@example.org", EmailError::Shape("E-mail")),
            ("an na@example.org", EmailError::Shape("E-mail")),
            ("anna@@example.org", EmailError::Shape("E-mail")),
            ("a@b@example.org", EmailError::Shape("E-mail")),
            ("anna@example", EmailError::Domain("E-mail")),
            ("anna@-example.org", EmailError::Domain("E-mail")),
            ("anna@exa_mple.org", EmailError::Domain("E-mail")),
            ("anna@example.o", EmailError::Domain("E-mail")),
            (".anna@example.org", EmailError::Shape("E-mail")),
            ("an..na@example.org", EmailError::Shape("E-mail")),
            ("ánna@example.org", EmailError::Shape("E-mail")),
            ("<b>@example.org", EmailError::Shape("E-mail")),
        ];
        for (input, expected) in table {
            assert_eq!(Email::parse(input, "E-mail"), Err(expected), "{input:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            Email::parse(&long, "E-mail"),
            Err(EmailError::TooLong("E-mail"))
        );
        assert!(Email::parse("x", "E-mail")
            .unwrap_err()
            .to_string()
            .starts_with("E-mail:"));
    }

    #[test]
    fn the_confirmation_must_repeat_the_address_case_aside() {
        let email = Email::parse("Anna@example.org", "E-mail").unwrap();
        assert_eq!(email.confirm(" anna@EXAMPLE.org "), Ok(()));
        assert_eq!(email.confirm("anna@example.com"), Err(EmailError::Mismatch));
        assert_eq!(email.confirm(""), Err(EmailError::Mismatch));
        assert_eq!(email.normalized(), "anna@example.org");
    }
}
