//! Domain types shared by browser and server. Each has a private representation and a
//! `parse` that returns a typed error, so that invalid values cannot travel further.

/// For error types with `fn message(&self) -> Message`: `Display` writes the message's text
/// (English on the server, so logs and tests read it; the reader's language in the browser),
/// `Error`, and conversion into the [`crate::i18n::Message`] that forms and the API carry.
macro_rules! error_message {
    ($($error:ty),* $(,)?) => {$(
        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.message(), f)
            }
        }

        impl std::error::Error for $error {}

        impl From<$error> for $crate::i18n::Message {
            fn from(error: $error) -> Self {
                error.message()
            }
        }

        impl From<&$error> for $crate::i18n::Message {
            fn from(error: &$error) -> Self {
                error.message()
            }
        }
    )*};
}

mod account;
mod country;
mod decision;
mod email;
mod field_error;
mod instance;
mod language;
pub mod organisation;
mod password;
pub mod signup;
pub mod utc;

pub use account::{
    organisation_name_warning, NamePart, PersonName, PersonNameError, Username, UsernameError,
};
pub use country::{CountryCode, CountryError};
pub use decision::{Decision, Reason, ReasonError, REASON_MAX, REASON_MIN};
pub use email::{Email, EmailError};
pub use field_error::FieldError;
pub use instance::{Instance, UnknownInstance};
pub use language::{Language, UnknownLanguage};
pub use organisation::{
    check_contact, check_same_kind, clean_text, duplicate_rank, fold_name, ActivityType,
    AuthorityRole, ChoiceError, Contact, ControlBodyCode, ControlBodyCodeError, Eori, EoriError,
    NewOperator, NewOperatorInput, OrganisationName, PhoneError, PhoneNumber, Postcode, RoleKind,
    RoleKindError, Section, TextError, TextField, Website, WebsiteError, CONTACT_MISSING,
    LIKELY_DUPLICATE, ORGANIC_TERMS, RANK_SAME_COUNTRY, RANK_SAME_EORI, RANK_SAME_NAME_AND_COUNTRY,
};
pub use password::{check_new_password, PasswordError, PASSWORD_MAX, PASSWORD_MIN};
pub use signup::{SignUp, SignUpInput};
