//! The two TRACES NT instances served by one process.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A TRACES NT instance. Each has its own organisations, requests and decisions; the EU Login
/// identity store is shared by both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Instance {
    Production,
    Training,
}

/// The path segment does not name an instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownInstance(pub String);

impl UnknownInstance {
    pub fn message(&self) -> Message {
        Message::new("valid-instance-unknown").with("slug", &self.0)
    }
}

error_message!(UnknownInstance);

impl Instance {
    pub const ALL: [Instance; 2] = [Instance::Production, Instance::Training];

    /// The URL prefix and the value stored in the database.
    pub fn slug(self) -> &'static str {
        match self {
            Instance::Production => "production",
            Instance::Training => "training",
        }
    }

    pub fn parse(slug: &str) -> Result<Self, UnknownInstance> {
        match slug {
            "production" => Ok(Instance::Production),
            "training" => Ok(Instance::Training),
            other => Err(UnknownInstance(truncate_for_message(other))),
        }
    }

    /// The instance a browser path belongs to, from its first segment (`/training/...`).
    pub fn from_path(path: &str) -> Option<Self> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Self::parse(first).ok()
    }

    /// The path of the instance's welcome page.
    pub fn home(self) -> String {
        format!("/{}", self.slug())
    }

    pub fn is_training(self) -> bool {
        self == Instance::Training
    }
}

impl fmt::Display for Instance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for Instance {
    type Err = UnknownInstance;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Instance {
    type Error = UnknownInstance;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Instance> for String {
    fn from(value: Instance) -> Self {
        value.slug().to_owned()
    }
}

/// Echoing a user's input back is useful, echoing 10 MB of it is not.
pub(crate) fn truncate_for_message(input: &str) -> String {
    const MAX: usize = 40;
    if input.chars().count() <= MAX {
        input.to_owned()
    } else {
        let mut short: String = input.chars().take(MAX).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_slugs_parse_and_round_trip() {
        for instance in Instance::ALL {
            assert_eq!(Instance::parse(instance.slug()), Ok(instance));
        }
    }

    #[test]
    fn unknown_slugs_are_refused_with_a_message_naming_the_choices() {
        for input in [
            "",
            "Production",
            "prod",
            "training/",
            " training",
            "trainingx",
        ] {
            let err = Instance::parse(input).unwrap_err();
            assert!(err.to_string().contains("production"), "{err}");
        }
    }

    #[test]
    fn the_first_path_segment_decides_the_instance() {
        assert_eq!(Instance::from_path("/training"), Some(Instance::Training));
        assert_eq!(
            Instance::from_path("/training/profile"),
            Some(Instance::Training)
        );
        assert_eq!(
            Instance::from_path("/production/"),
            Some(Instance::Production)
        );
        assert_eq!(Instance::from_path("/"), None);
        assert_eq!(Instance::from_path("/eulogin/signup"), None);
    }

    #[test]
    fn huge_input_is_not_echoed_whole() {
        let err = Instance::parse(&"x".repeat(10_000)).unwrap_err();
        assert!(err.to_string().chars().count() < 120);
    }

    #[test]
    fn the_message_quotes_the_segment_and_names_the_choices() {
        assert_eq!(
            Instance::parse("prod").unwrap_err().to_string(),
            "“prod” is not a TRACES NT instance: use “production” or “training”."
        );
    }
}
