//! Password length rules, shared. Strength (zxcvbn, common passwords) is judged on the server:
//! the scorer's dictionaries would add ~600 KB to every user's download.

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Password: enter a password.")]
    Empty,
    #[error("Password: use at least 12 characters (a few words make a good one).")]
    TooShort,
    #[error("Password: use at most 128 characters.")]
    TooLong,
    #[error(
        "Password: this password is too easy to guess{0}. Try a longer phrase of unrelated words."
    )]
    Weak(String),
    #[error("Confirm password: type the same password twice.")]
    Mismatch,
    #[error("Current password: the password is not correct.")]
    WrongCurrent,
}

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
}
