//! Reusable pieces of the interface: props in, callbacks out.

mod captcha;
mod footer;
mod form;
mod guide;
mod language_chooser;
mod modal;
mod outcome;
mod password_strength;
mod resend_form;
pub mod time;
mod top_bar;

pub use captcha::{CaptchaChallenge, CaptchaField};
pub use footer::Footer;
pub(crate) use form::FieldMessage;
pub use form::{
    Check, CheckboxField, ErrorSummary, FormErrors, LanguageSelect, SelectField, TextAreaField,
    TextField,
};
pub use guide::{GuideOpen, GuidePanel};
pub use language_chooser::LanguageChooser;
pub use modal::Modal;
pub use outcome::OutcomeMessage;
pub use password_strength::{strength_label, PasswordStrength};
pub use resend_form::ResendLinkForm;
pub use time::{format_time, LocalTime, TimeZone};
pub use top_bar::{NavBadge, TopBar};
