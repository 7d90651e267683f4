//! A decision on an authorisation request: accept, or reject with a reason the requester reads.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// Characters of a rejection reason, at least and at most.
pub const REASON_MIN: usize = 5;
pub const REASON_MAX: usize = 1000;

/// Why a request is rejected: trimmed, 5 to 1000 characters, no control characters other than
/// line breaks. The requester sees it on the profile page and in the e-mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reason(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonError {
    Missing,
    TooShort,
    /// How many characters were written.
    TooLong(usize),
    ControlCharacters,
}

impl ReasonError {
    pub fn message(&self) -> Message {
        match *self {
            ReasonError::Missing => Message::new("valid-reason-missing"),
            ReasonError::TooShort => Message::new("valid-reason-too-short").with("min", REASON_MIN),
            ReasonError::TooLong(count) => Message::new("valid-reason-too-long")
                .with("max", REASON_MAX)
                .with("count", count),
            ReasonError::ControlCharacters => Message::new("valid-reason-control-characters"),
        }
    }
}

error_message!(ReasonError);

impl Reason {
    pub fn parse(input: &str) -> Result<Self, ReasonError> {
        let value = input.trim();
        let chars = value.chars().count();
        if chars == 0 {
            return Err(ReasonError::Missing);
        }
        if chars < REASON_MIN {
            return Err(ReasonError::TooShort);
        }
        if chars > REASON_MAX {
            return Err(ReasonError::TooLong(chars));
        }
        if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
        {
            return Err(ReasonError::ControlCharacters);
        }
        Ok(Reason(value.replace("\r\n", "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Reason {
    type Error = ReasonError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Reason::parse(&value)
    }
}

impl From<Reason> for String {
    fn from(value: Reason) -> Self {
        value.0
    }
}

/// What a decider does with a pending request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", content = "reason", rename_all = "snake_case")]
pub enum Decision {
    Accept,
    /// The reason arrives as text and is parsed on the server with [`Reason::parse`], so that a
    /// bad one is a field error and not an undecodable request.
    Reject(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_trimmed_and_bounded() {
        assert_eq!(
            Reason::parse("  Not an importer.  ").unwrap().as_str(),
            "Not an importer."
        );
        assert_eq!(Reason::parse("a\r\nb c d").unwrap().as_str(), "a\nb c d");
        assert_eq!(Reason::parse("   "), Err(ReasonError::Missing));
        assert_eq!(Reason::parse("no"), Err(ReasonError::TooShort));
        assert_eq!(
            Reason::parse(&"x".repeat(REASON_MAX + 1)),
            Err(ReasonError::TooLong(REASON_MAX + 1))
        );
        assert!(Reason::parse(&"é".repeat(REASON_MAX)).is_ok());
        assert_eq!(
            Reason::parse("bad\u{0}reason"),
            Err(ReasonError::ControlCharacters)
        );
    }

    #[test]
    fn decisions_travel_as_tagged_json() {
        let json = serde_json::to_string(&Decision::Reject("Wrong country".into())).unwrap();
        assert_eq!(json, r#"{"decision":"reject","reason":"Wrong country"}"#);
        let accept: Decision = serde_json::from_str(r#"{"decision":"accept"}"#).unwrap();
        assert_eq!(accept, Decision::Accept);
    }

    #[test]
    fn every_message_reads_in_english_as_the_decider_sees_it() {
        let table = [
            (ReasonError::Missing, "Reason: a rejection needs a reason; the requester reads it, so say what is wrong and what to do."),
            (ReasonError::TooShort, "Reason: write at least 5 characters, so the requester knows what to do."),
            (ReasonError::TooLong(1234), "Reason: at most 1000 characters (you wrote 1234)."),
            (ReasonError::ControlCharacters, "Reason: remove the control characters (only line breaks are allowed)."),
        ];
        for (error, english) in table {
            assert_eq!(error.to_string(), english, "{error:?}");
        }
    }
}
