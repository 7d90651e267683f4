//! A problem with one form field, as forms show it and the API returns it.

use serde::{Deserialize, Serialize};

/// A problem with one form field: `field` is the field's `name`, `message` says how to fix it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl ToString) -> Self {
        Self {
            field: field.into(),
            message: message.to_string(),
        }
    }
}
