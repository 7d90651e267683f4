//! Plain-text e-mails. (English wording for every language until the translations land.)

use app::domain::Language;

/// A rendered e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub body: String,
}

fn one_line(value: &str) -> String {
    value.replace(['\r', '\n'], " ")
}

fn mail(subject: &str, lines: &[String]) -> Rendered {
    Rendered {
        subject: subject.to_owned(),
        body: format!("{}\n\n-- \nEU Login – TRACES NT\n", lines.join("\n")),
    }
}

pub fn set_password(
    _lang: Language,
    first_name: &str,
    username: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    mail(
        "EU Login: set your password",
        &[
            format!("Dear {},", one_line(first_name)),
            String::new(),
            format!("An EU Login account was created for you with the username {}.", one_line(username)),
            "To set your password, open this link:".into(),
            String::new(),
            link.to_owned(),
            String::new(),
            format!("The link works once and expires {valid_minutes} minutes after this e-mail was sent. If it has expired, ask for a new e-mail on the “Lost your password?” page."),
            "If you did not ask for this, ignore this e-mail.".into(),
        ],
    )
}

pub fn reset_password(
    _lang: Language,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    mail(
        "EU Login: choose a new password",
        &[
            format!("Dear {},", one_line(first_name)),
            String::new(),
            "You asked to set a new password for your EU Login account. Open this link:".into(),
            String::new(),
            link.to_owned(),
            String::new(),
            format!("The link works once and expires {valid_minutes} minutes after this e-mail was sent."),
            "If you did not ask for this, ignore this e-mail: your password stays as it is.".into(),
        ],
    )
}

pub fn confirm_new_email(
    _lang: Language,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    mail(
        "EU Login: confirm your new e-mail address",
        &[
            format!("Dear {},", one_line(first_name)),
            String::new(),
            "You asked to use this address for your EU Login account. To confirm, open this link:".into(),
            String::new(),
            link.to_owned(),
            String::new(),
            format!("The link works once and expires {valid_minutes} minutes after this e-mail was sent."),
            "If you did not ask for this, ignore this e-mail.".into(),
        ],
    )
}

pub fn email_changed_notice(_lang: Language, first_name: &str, new_email: &str) -> Rendered {
    mail(
        "EU Login: your e-mail address was changed",
        &[
            format!("Dear {},", one_line(first_name)),
            String::new(),
            format!("The e-mail address of your EU Login account is now {}.", one_line(new_email)),
            "If this was not you, reset your password at once and contact the helpdesk SANTE-TRACES@ec.europa.eu.".into(),
        ],
    )
}

pub fn password_changed_notice(_lang: Language, first_name: &str) -> Rendered {
    mail(
        "EU Login: your password was changed",
        &[
            format!("Dear {},", one_line(first_name)),
            String::new(),
            "The password of your EU Login account was changed.".into(),
            "If this was not you, reset your password at once and contact the helpdesk SANTE-TRACES@ec.europa.eu.".into(),
        ],
    )
}
