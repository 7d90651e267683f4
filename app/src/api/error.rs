//! The one error type of every server function: each variant is something a user or a client
//! can act on, with a message meant for people. Details of internal failures stay in the
//! server's log.

pub use crate::domain::FieldError;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ApiError {
    /// One or more fields are invalid; the form shows each message next to its field.
    #[error("{}", summary(.0))]
    Validation(Vec<FieldError>),
    /// The request itself is malformed (not something a form would send).
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    /// The action clashes with the current state (already decided, already exists).
    #[error("{0}")]
    Conflict(String),
    #[error("Please log in first.")]
    Unauthenticated,
    #[error("You are not allowed to do this.")]
    Forbidden,
    /// Login refused. One message for an unknown e-mail, a wrong password and a locked account,
    /// so that nobody learns which addresses are registered.
    #[error("Login failed: the e-mail address or the password is not correct, or the account is locked for 15 minutes after too many attempts. Check both and try again, or use “Lost your password?”.")]
    LoginFailed,
    /// A state-changing call sent by another website (CSRF).
    #[error("This request came from another website and was refused.")]
    CrossSite,
    #[error("Too many attempts. Please wait {retry_after_seconds} seconds and try again.")]
    RateLimited { retry_after_seconds: u64 },
    /// The request is larger than any form of this app sends.
    #[error("The request is too large: no field of this form takes more than a few thousand characters. Shorten what you entered and try again.")]
    TooLarge,
    /// Something failed on our side; the server log has the details.
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Internal,
    /// Seen by the browser only: the server could not be reached or answered nonsense.
    #[error("The server could not be reached. Check your connection and try again.")]
    Unavailable,
}

fn summary(errors: &[FieldError]) -> String {
    match errors {
        [one] => one.message.clone(),
        many => format!("{} fields need your attention.", many.len()),
    }
}

impl ApiError {
    /// A validation error for a single field.
    pub fn field(field: impl Into<String>, message: impl ToString) -> Self {
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
            ApiError::Unavailable => 503,
        }
    }

    /// The message for one field, if this error has one.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        match self {
            ApiError::Validation(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.as_str()),
            _ => None,
        }
    }
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The arguments did not decode: a client's mistake, not ours.
            // Arguments that do not decode (JSON arguments report `Deserialization` on the
            // server): a client's mistake, not ours.
            ServerFnErrorErr::Args(detail)
            | ServerFnErrorErr::MissingArg(detail)
            | ServerFnErrorErr::Deserialization(detail) => {
                ApiError::BadRequest(format!("The request could not be read: {}", short(&detail)))
            }
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
            ApiError::field("language", "Choose a language."),
            ApiError::NotFound("No such request.".into()),
            ApiError::RateLimited {
                retry_after_seconds: 30,
            },
            ApiError::Internal,
        ];
        for err in errors {
            let bytes = err.ser();
            assert_eq!(ApiError::de(bytes), err);
        }
    }

    #[test]
    fn a_field_message_is_found_by_field_name() {
        let err = ApiError::Validation(vec![
            FieldError::new("email", "Enter an e-mail address."),
            FieldError::new("username", "Choose a username."),
        ]);
        assert_eq!(err.for_field("username"), Some("Choose a username."));
        assert_eq!(err.for_field("code"), None);
        assert_eq!(err.to_string(), "2 fields need your attention.");
    }
}
