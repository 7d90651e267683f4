//! The EU Login registration form as one rule: the browser checks it on blur and on submit,
//! the server checks it again. Only the captcha and uniqueness are left to the server.

use super::account::{NamePart, PersonName, Username};
use super::email::Email;
use super::{FieldError, Language};
use crate::i18n::Message;
use serde::{Deserialize, Serialize};

/// The form's `name`s, also used as ids and as `FieldError::field`.
pub mod field {
    pub const USERNAME: &str = "username";
    pub const FIRST_NAME: &str = "first_name";
    pub const LAST_NAME: &str = "last_name";
    pub const EMAIL: &str = "email";
    pub const EMAIL_CONFIRM: &str = "email_confirm";
    pub const EMAIL_LANGUAGE: &str = "email_language";
    pub const CAPTCHA: &str = "captcha_answer";
    pub const PRIVACY: &str = "privacy";
}

/// What the form sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUpInput {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub email_confirm: String,
    pub email_language: String,
    pub captcha_id: String,
    pub captcha_answer: String,
    pub privacy_accepted: bool,
}

/// A registration whose every field is valid (the captcha is still to be checked).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignUp {
    pub username: Username,
    pub first_name: PersonName,
    pub last_name: PersonName,
    pub email: Email,
    pub email_language: Language,
    pub captcha_id: String,
    pub captcha_answer: String,
}

pub const CAPTCHA_MAX: usize = 12;

impl SignUpInput {
    /// All problems, in the order of the form.
    pub fn parse(&self) -> Result<SignUp, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut keep = |field: &str, result: Result<(), Message>| {
            if let Err(message) = result {
                errors.push(FieldError::new(field, message));
            }
        };
        let username = Username::parse(&self.username).map_err(Message::from);
        keep(field::USERNAME, username.clone().map(drop));
        let first_name =
            PersonName::parse(&self.first_name, NamePart::First).map_err(Message::from);
        keep(field::FIRST_NAME, first_name.clone().map(drop));
        let last_name = PersonName::parse(&self.last_name, NamePart::Last).map_err(Message::from);
        keep(field::LAST_NAME, last_name.clone().map(drop));
        let email = Email::parse(&self.email, "label-email").map_err(Message::from);
        keep(field::EMAIL, email.clone().map(drop));
        if let Ok(email) = &email {
            keep(
                field::EMAIL_CONFIRM,
                email.confirm(&self.email_confirm).map_err(Message::from),
            );
        } else if self.email_confirm.trim().is_empty() {
            keep(
                field::EMAIL_CONFIRM,
                Err(Message::new("valid-email-confirm-empty")),
            );
        }
        let email_language = if self.email_language.is_empty() {
            Err(Message::new("valid-email-language-missing"))
        } else {
            Language::parse(&self.email_language).map_err(|e| e.message_for("label-email-language"))
        };
        keep(field::EMAIL_LANGUAGE, email_language.clone().map(drop));
        let answer = self.captcha_answer.trim();
        let captcha = if answer.is_empty() {
            Err(Message::new("valid-captcha-empty"))
        } else if answer.chars().count() > CAPTCHA_MAX {
            Err(Message::new("valid-captcha-too-long"))
        } else {
            Ok(())
        };
        keep(field::CAPTCHA, captcha);
        if !self.privacy_accepted {
            keep(
                field::PRIVACY,
                Err(Message::new("valid-privacy-not-accepted")),
            );
        }
        match (username, first_name, last_name, email, email_language) {
            (Ok(username), Ok(first_name), Ok(last_name), Ok(email), Ok(email_language))
                if errors.is_empty() =>
            {
                Ok(SignUp {
                    username,
                    first_name,
                    last_name,
                    email,
                    email_language,
                    captcha_id: self.captcha_id.clone(),
                    captcha_answer: answer.to_owned(),
                })
            }
            _ => Err(errors),
        }
    }

    /// The message for one field, if it has a problem: what the form shows on blur.
    pub fn problem(&self, field: &str) -> Option<String> {
        self.parse()
            .err()?
            .into_iter()
            .find(|e| e.field == field)
            .map(|e| e.message.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> SignUpInput {
        SignUpInput {
            username: "asmith".into(),
            first_name: "Anna".into(),
            last_name: "Smith".into(),
            email: "anna.smith@example.org".into(),
            email_confirm: "anna.smith@example.org".into(),
            email_language: "de".into(),
            captcha_id: "c1".into(),
            captcha_answer: "AB3DE".into(),
            privacy_accepted: true,
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let signup = valid().parse().unwrap();
        assert_eq!(signup.email_language, Language::German);
        assert_eq!(signup.username.as_str(), "asmith");
    }

    #[test]
    fn an_empty_form_names_every_field_in_form_order() {
        let errors = SignUpInput::default().parse().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                field::USERNAME,
                field::FIRST_NAME,
                field::LAST_NAME,
                field::EMAIL,
                field::EMAIL_CONFIRM,
                field::EMAIL_LANGUAGE,
                field::CAPTCHA,
                field::PRIVACY
            ]
        );
    }

    /// A field name and how to break that field in a valid form.
    type Breakage = (&'static str, fn(&mut SignUpInput));

    #[test]
    fn each_broken_field_is_reported_alone() {
        let cases: [Breakage; 5] = [
            (field::EMAIL_CONFIRM, |f| {
                f.email_confirm = "other@example.org".into()
            }),
            (field::EMAIL_LANGUAGE, |f| f.email_language = "ru".into()),
            (field::CAPTCHA, |f| f.captcha_answer = "x".repeat(13)),
            (field::PRIVACY, |f| f.privacy_accepted = false),
            (field::FIRST_NAME, |f| f.first_name = "<img src=x>".into()),
        ];
        for (field, break_it) in cases {
            let mut input = valid();
            break_it(&mut input);
            let errors = input.parse().unwrap_err();
            assert_eq!(errors.len(), 1, "{field}: {errors:?}");
            assert_eq!(errors[0].field, field);
            assert!(input.problem(field).is_some());
        }
    }

    #[test]
    fn the_form_s_own_messages_read_in_english_as_before() {
        let mut input = SignUpInput {
            email: "anna".into(),
            ..SignUpInput::default()
        };
        let message = |input: &SignUpInput, field| input.problem(field).unwrap();
        assert_eq!(
            message(&input, field::EMAIL_LANGUAGE),
            "E-mail language: choose the language of the e-mails you will receive."
        );
        assert_eq!(
            message(&input, field::CAPTCHA),
            "Code: type the characters you see in the picture."
        );
        assert_eq!(
            message(&input, field::PRIVACY),
            "Privacy statement: tick the box to confirm you have read it."
        );
        assert_eq!(
            message(&input, field::EMAIL_CONFIRM),
            "Confirm e-mail: type your e-mail address again."
        );
        input.captcha_answer = "x".repeat(CAPTCHA_MAX + 1);
        input.email_language = "ru".into();
        assert_eq!(
            message(&input, field::CAPTCHA),
            "Code: the code in the picture is shorter; type only its characters."
        );
        assert_eq!(
            message(&input, field::EMAIL_LANGUAGE),
            "E-mail language: “ru” is not one of the 24 official EU languages: choose one from the list."
        );
    }
}
