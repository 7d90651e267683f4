//! Password length rules, shared. Strength (zxcvbn, common passwords) is judged on the server:
//! the scorer's dictionaries would add ~600 KB to every user's download.

use crate::i18n::Message;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasswordError {
    Empty,
    TooShort,
    TooLong,
    /// Too easy to guess; with the strength scorer's hint, if it has one: a sentence of the
    /// catalogs without arguments, so that it is shown in the reader's language.
    Weak(Option<Message>),
    Mismatch,
    WrongCurrent,
}

impl PasswordError {
    pub fn message(&self) -> Message {
        match self {
            PasswordError::Empty => Message::new("valid-password-empty"),
            PasswordError::TooShort => {
                Message::new("valid-password-too-short").with("min", PASSWORD_MIN)
            }
            PasswordError::TooLong => Message::new("valid-too-long")
                .with("field", Message::new("label-password"))
                .with("max", PASSWORD_MAX),
            PasswordError::Weak(None) => Message::new("valid-password-weak"),
            PasswordError::Weak(Some(hint)) => {
                Message::new("valid-password-weak-hint").with("hint", hint.clone())
            }
            PasswordError::Mismatch => Message::new("valid-password-mismatch"),
            PasswordError::WrongCurrent => Message::new("valid-password-wrong-current"),
        }
    }
}

error_message!(PasswordError);

pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

/// Checks the length of a new password and that it was typed twice alike. Characters, not
/// bytes, are counted: no composition rules, any script.
pub fn check_new_password(password: &str, confirmation: &str) -> Result<(), PasswordError> {
    let count = password.chars().count();
    if count == 0 {
        return Err(PasswordError::Empty);
    }
    if count < PASSWORD_MIN {
        return Err(PasswordError::TooShort);
    }
    if count > PASSWORD_MAX {
        return Err(PasswordError::TooLong);
    }
    if password != confirmation {
        return Err(PasswordError::Mismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        let table = [
            ("", "", Err(PasswordError::Empty)),
            ("short", "short", Err(PasswordError::TooShort)),
            ("elevenchars", "elevenchars", Err(PasswordError::TooShort)),
            ("twelve chars", "twelve chars", Ok(())),
            ("ąęćżźńłóśąęć", "ąęćżźńłóśąęć", Ok(())),
            ("twelve chars", "twelve charz", Err(PasswordError::Mismatch)),
        ];
        for (password, confirmation, expected) in table {
            assert_eq!(
                check_new_password(password, confirmation),
                expected,
                "{password:?}"
            );
        }
        let long = "x".repeat(129);
        assert_eq!(
            check_new_password(&long, &long),
            Err(PasswordError::TooLong)
        );
        let max = "x".repeat(128);
        assert_eq!(check_new_password(&max, &max), Ok(()));
    }

    #[test]
    fn every_message_reads_in_english_as_the_form_shows_it() {
        let table = [
            (PasswordError::Empty, "Password: enter a password."),
            (PasswordError::TooShort, "Password: use at least 12 characters (a few words make a good one)."),
            (PasswordError::TooLong, "Password: use at most 128 characters."),
            (PasswordError::Weak(None), "Password: this password is too easy to guess. Try a longer phrase of unrelated words."),
            (PasswordError::Weak(Some(Message::new("error-password-common"))), "Password: this password is too easy to guess. This is a very common password. Try a longer phrase of unrelated words."),
            (PasswordError::Mismatch, "Confirm password: type the same password twice."),
            (PasswordError::WrongCurrent, "Current password: the password is not correct."),
        ];
        for (error, english) in table {
            assert_eq!(error.to_string(), english, "{error:?}");
        }
    }
}
