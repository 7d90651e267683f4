//! The one error type of every server function: each variant is something a user or a client
//! can act on, with a message meant for people. Details of internal failures stay in the
//! server's log.

pub use crate::domain::FieldError;
use crate::i18n::Message;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A full or read-only disk waits for an operator: minutes, not the seconds of a rate limit.
const STORAGE_RETRY_AFTER_SECONDS: u64 = 300;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ApiError {
    /// One or more fields are invalid; the form shows each message next to its field.
    Validation(Vec<FieldError>),
    /// The request itself is malformed (not something a form would send).
    BadRequest(Message),
    NotFound(Message),
    /// The action clashes with the current state (already decided, already exists).
    Conflict(Message),
    Unauthenticated,
    Forbidden,
    /// Login refused. One message for an unknown e-mail, a wrong password and a locked account,
    /// so that nobody learns which addresses are registered.
    LoginFailed,
    /// A state-changing call sent by another website (CSRF).
    CrossSite,
    RateLimited {
        retry_after_seconds: u64,
    },
    /// The request is larger than any form of this app sends.
    TooLarge,
    /// The server's storage takes no writes (disk full, read-only, failing): nothing of the
    /// request was saved. It passes once an operator frees space or makes the disk writable.
    StorageUnavailable,
    /// Something failed on our side; the server log has the details.
    Internal,
    /// Seen by the browser only: the server could not be reached or answered nonsense.
    Unavailable,
}

impl ApiError {
    /// What to tell the user, in any language.
    pub fn message(&self) -> Message {
        match self {
            ApiError::Validation(errors) => match errors.as_slice() {
                [one] => one.message.clone(),
                many => Message::new("error-fields-need-attention").with("count", many.len()),
            },
            ApiError::BadRequest(message)
            | ApiError::NotFound(message)
            | ApiError::Conflict(message) => message.clone(),
            ApiError::Unauthenticated => Message::new("error-unauthenticated"),
            ApiError::Forbidden => Message::new("error-forbidden"),
            ApiError::LoginFailed => Message::new("error-login-failed"),
            ApiError::CrossSite => Message::new("error-cross-site"),
            ApiError::RateLimited {
                retry_after_seconds,
            } => Message::new("error-rate-limited").with("seconds", *retry_after_seconds),
            ApiError::TooLarge => Message::new("error-too-large"),
            ApiError::StorageUnavailable => Message::new("error-storage-unavailable"),
            ApiError::Internal => Message::new("error-internal"),
            ApiError::Unavailable => Message::new("error-unavailable"),
        }
    }

    /// A validation error for a single field.
    pub fn field(field: impl Into<String>, message: impl Into<Message>) -> Self {
        ApiError::Validation(vec![FieldError::new(field, message)])
    }

    /// The HTTP status the server answers with.
    pub fn status(&self) -> u16 {
        match self {
            ApiError::Validation(_) | ApiError::BadRequest(_) => 400,
            ApiError::Unauthenticated | ApiError::LoginFailed => 401,
            ApiError::Forbidden | ApiError::CrossSite => 403,
            ApiError::NotFound(_) => 404,
            ApiError::Conflict(_) => 409,
            ApiError::TooLarge => 413,
            ApiError::RateLimited { .. } => 429,
            ApiError::Internal => 500,
            ApiError::StorageUnavailable | ApiError::Unavailable => 503,
        }
    }

    /// The server's `Retry-After` header: when trying again can make sense.
    pub fn retry_after_seconds(&self) -> Option<u64> {
        match self {
            ApiError::RateLimited {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            ApiError::StorageUnavailable => Some(STORAGE_RETRY_AFTER_SECONDS),
            _ => None,
        }
    }

    /// The message for one field, if this error has one.
    pub fn for_field(&self, field: &str) -> Option<&Message> {
        match self {
            ApiError::Validation(errors) => {
                errors.iter().find(|e| e.field == field).map(|e| &e.message)
            }
            _ => None,
        }
    }
}

/// In the language in force (English on the server, for logs and tests).
impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ApiError {}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The arguments did not decode: a client's mistake, not ours.
            // Arguments that do not decode (JSON arguments report `Deserialization` on the
            // server): a client's mistake, not ours.
            ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::MissingArg(detail)
            | ServerFnErrorErr::Deserialization(detail) => ApiError::BadRequest(
                Message::new("error-unreadable-request").with("detail", short(&detail)),
            ),
            // Only the browser sees this: the server could not be reached.
            ServerFnErrorErr::Request(_) => ApiError::Unavailable,
            ServerFnErrorErr::Registration(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_)
            | ServerFnErrorErr::ServerError(_)
            | ServerFnErrorErr::MiddlewareError(_)
            | ServerFnErrorErr::Serialization(_)
            | ServerFnErrorErr::Response(_) => ApiError::Internal,
        }
    }
}

/// Decoder messages can quote the whole input; keep the answer small.
fn short(detail: &str) -> String {
    const MAX: usize = 200;
    if detail.len() <= MAX {
        return detail.to_owned();
    }
    let mut end = MAX;
    while !detail.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &detail[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_arguments_are_a_bad_request_not_a_server_fault() {
        let err = ApiError::from_server_fn_error(ServerFnErrorErr::Args("x".repeat(5000)));
        assert_eq!(err.status(), 400);
        assert!(err.to_string().len() < 300);
    }

    #[test]
    fn errors_round_trip_through_json() {
        let errors = [
            ApiError::field("time_zone", Message::new("error-time-zone")),
            ApiError::NotFound(Message::new("error-own-request-not-found")),
            ApiError::Conflict(
                Message::new("error-cancel-not-pending")
                    .with("organisation", "Bio & Co")
                    .with("status", "valid"),
            ),
            ApiError::RateLimited {
                retry_after_seconds: 30,
            },
            ApiError::StorageUnavailable,
            ApiError::Internal,
        ];
        for err in errors {
            let bytes = err.ser();
            assert_eq!(ApiError::de(bytes), err);
        }
    }

    #[test]
    fn the_storage_answer_decodes_from_its_body_alone() {
        // The browser decodes every 4xx/5xx body with `de`, whatever the status: the body the
        // server sends with its 503 must be enough.
        let err = ApiError::de(r#"{"kind":"storage_unavailable"}"#.into());
        assert_eq!(err, ApiError::StorageUnavailable);
        assert_eq!(err.status(), 503);
        assert_eq!(err.retry_after_seconds(), Some(STORAGE_RETRY_AFTER_SECONDS));
        assert_eq!(ApiError::Internal.retry_after_seconds(), None);
    }

    #[test]
    fn a_field_message_is_found_by_field_name() {
        let err = ApiError::Validation(vec![
            FieldError::new("new_email", Message::new("error-new-email-unchanged")),
            FieldError::new("username", Message::new("error-username-taken")),
        ]);
        assert_eq!(
            err.for_field("username"),
            Some(&Message::new("error-username-taken"))
        );
        assert_eq!(err.for_field("code"), None);
        assert_eq!(err.to_string(), "2 fields need your attention.");
    }
}
