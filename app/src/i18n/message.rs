//! A text not yet put into words: a message id and its arguments. Validators and the server
//! answer with these; the page shows them in the reader's language.

use super::Language;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A message of the catalogs with its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v", rename_all = "snake_case")]
pub enum Arg {
    /// A number: plural forms are chosen by it.
    Number(i64),
    /// Text from the user or the data (a name, an address), shown as it is.
    Text(String),
    /// Another message of the catalogs (a field's label, a country's name), put into words in
    /// the same language first.
    Message(Cow<'static, str>),
}

impl Message {
    pub const fn new(id: &'static str) -> Self {
        Self {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The text in the language in force (reactive in the browser; English elsewhere).
    pub fn text(&self) -> String {
        self.text_in(super::language())
    }

    /// The text in `language` (e-mails, in the recipient's language).
    pub fn text_in(&self, language: Language) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| (name.as_ref(), value.clone()))
            .collect();
        super::tr_in(language, &self.id, &args)
    }
}

/// The text in the language in force; English on the server, so logs and tests read it.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Number(value)
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Number(value.into())
    }
}

impl From<i32> for Arg {
    fn from(value: i32) -> Self {
        Arg::Number(value.into())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

/// A message as an argument: put into words in the same language.
impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Arg::Message(value.id)
    }
}
