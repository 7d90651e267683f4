//! A problem with one form field, as forms show it and the API returns it.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// A problem with one form field: `field` is the field's `name`, `message` says how to fix it
/// (put into words in the reader's language where it is shown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: Message,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<Message>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}
