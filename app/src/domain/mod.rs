//! Domain types shared by browser and server. Each has a private representation and a
//! `parse` that returns a typed error, so that invalid values cannot travel further.

mod account;
mod email;
mod field_error;
mod instance;
mod language;
mod password;
pub mod signup;

pub use account::{
    organisation_name_warning, NamePart, PersonName, PersonNameError, Username, UsernameError,
};
pub use email::{Email, EmailError};
pub use field_error::FieldError;
pub use instance::{Instance, UnknownInstance};
pub use language::{Language, UnknownLanguage};
pub use password::{check_new_password, PasswordError, PASSWORD_MAX, PASSWORD_MIN};
pub use signup::{SignUp, SignUpInput};
