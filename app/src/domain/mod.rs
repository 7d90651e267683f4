//! Domain types shared by browser and server. Each has a private representation and a
//! `parse` that returns a typed error, so that invalid values cannot travel further.

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
