//! The plain-text e-mails EU Login sends for TRACES NT, in the 24 official EU languages.
//!
//! The words are Fluent messages (`app/locales/<code>/mail.ftl`, ids `mail-…`), put into the
//! recipient's e-mail language by the one i18n layer; plural forms (the minutes a link works)
//! are chosen there by each language's rules. This module owns the layout, written once, so a
//! change of order reaches all 24 languages together and a translator only ever edits text.
//!
//! Plain text, not HTML: each mail carries one link that must stay readable and copyable in
//! any client, including text-only ones, and a link shown as text cannot hide a different
//! target behind it. Lines are not hard-wrapped: wrapping would split the link and would need
//! rules for every script; mail clients wrap paragraphs themselves.
//!
//! Everything interpolated (names, username, addresses, the link) is forced onto one line
//! first: a line break in a first name must not start a line that looks like ours.

use app::domain::Language;
use app::i18n::{tr_in, Arg};

/// A rendered e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// One line; it becomes the `Subject` header.
    pub subject: String,
    /// Lines separated by `\n`, ending with one.
    pub body: String,
}

/// The same in every language: both halves are product names.
const SIGNATURE: &str = "EU Login – TRACES NT";

/// Where people turn when someone else changed their account. An argument of the messages, so
/// no translation can misspell it.
const HELPDESK: &str = "SANTE-TRACES@ec.europa.eu";

/// After "Create an account": the link to set the first password.
pub fn set_password(
    lang: Language,
    first_name: &str,
    username: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    let intro = text(lang, "mail-set-password-intro", &[("username", username)]);
    link_mail(
        lang,
        "mail-set-password-subject",
        first_name,
        &intro,
        link,
        valid_minutes,
        "mail-set-password-expired",
    )
}

/// "Lost your password?": the link to choose a new password.
pub fn reset_password(
    lang: Language,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    link_mail(
        lang,
        "mail-reset-password-subject",
        first_name,
        &text(lang, "mail-reset-password-intro", &[]),
        link,
        valid_minutes,
        "mail-reset-password-expired",
    )
}

/// Sent to a NEW address to confirm an e-mail change.
pub fn confirm_new_email(
    lang: Language,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    link_mail(
        lang,
        "mail-confirm-new-email-subject",
        first_name,
        &text(lang, "mail-confirm-new-email-intro", &[]),
        link,
        valid_minutes,
        "mail-confirm-new-email-expired",
    )
}

/// Sent to the OLD address after the change was confirmed.
pub fn email_changed_notice(lang: Language, first_name: &str, new_email: &str) -> Rendered {
    let what = text(lang, "mail-email-changed", &[("new_email", new_email)]);
    notice(
        lang,
        "mail-email-changed-subject",
        first_name,
        &what,
        "mail-email-changed-not-you",
    )
}

/// Sent after the password was changed.
pub fn password_changed_notice(lang: Language, first_name: &str) -> Rendered {
    notice(
        lang,
        "mail-password-changed-subject",
        first_name,
        &text(lang, "mail-password-changed", &[]),
        "mail-password-changed-not-you",
    )
}

/// The layout of every mail that carries a link: greeting, what happened, the link alone on
/// its line (so clients make it clickable and nothing sticks to it), how long it works, what to
/// do when it expired, and what to do if it was not asked for.
fn link_mail(
    lang: Language,
    subject: &str,
    first_name: &str,
    intro: &str,
    link: &str,
    valid_minutes: u32,
    expired: &str,
) -> Rendered {
    let validity = tr_in(
        lang,
        "mail-link-validity",
        &[("minutes", Arg::from(valid_minutes))],
    );
    let validity = format!("{validity} {}", text(lang, expired, &[]));
    Rendered {
        subject: one_line(&text(lang, subject, &[])),
        body: lines(&[
            &greeting(lang, first_name),
            "",
            intro,
            &one_line(link),
            "",
            &validity,
            &text(lang, "mail-not-asked", &[]),
            "",
            SIGNATURE,
        ]),
    }
}

/// The layout of a notice: greeting, what changed, what to do if it was not the reader.
fn notice(lang: Language, subject: &str, first_name: &str, what: &str, not_you: &str) -> Rendered {
    let not_you = text(lang, not_you, &[("helpdesk", HELPDESK)]);
    Rendered {
        subject: one_line(&text(lang, subject, &[])),
        body: lines(&[
            &greeting(lang, first_name),
            "",
            what,
            &not_you,
            "",
            SIGNATURE,
        ]),
    }
}

/// Opens every mail, the approval notices' too.
pub(super) fn greeting(lang: Language, first_name: &str) -> String {
    text(lang, "mail-greeting", &[("first_name", first_name)])
}

/// Message `id` of `mail.ftl` in `lang`, each value forced onto one line first. Fluent never
/// reads a value as part of the message, so a first name written `{ $username }` stays text.
pub(super) fn text(lang: Language, id: &str, values: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = values
        .iter()
        .map(|(name, value)| (*name, Arg::Text(one_line(value))))
        .collect();
    tr_in(lang, id, &args)
}

pub(super) fn lines(lines: &[&str]) -> String {
    let mut body = lines.join("\n");
    body.push('\n');
    body
}

/// A value as one line: line breaks and other controls become one space, so they can neither
/// start a line of their own nor, in a subject, a header; direction overrides are dropped so a
/// value cannot reorder the rest of its line. Names are validated before they are stored;
/// this is the last guard, for every value.
pub(crate) fn one_line(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut gap = false;
    for c in value.chars() {
        if is_direction_control(c) {
            continue;
        }
        // `is_control` covers CR, LF, tab, VT, FF and NEL; the Unicode line and paragraph
        // separators are not controls but some clients break lines at them.
        if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

/// The invisible marks that change the direction of the text around them.
fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "Zoë";
    const USERNAME: &str = "zoe.novak";
    const LINK: &str = "https://webgate.ec.europa.eu/tracesnt/eulogin/password?token=AbC-12_3xYz";
    const NEW_EMAIL: &str = "zoe.novak@example.eu";
    const MINUTES: u32 = 90;

    /// Every message these mails use, with the arguments the code passes.
    fn messages() -> Vec<(&'static str, Vec<(&'static str, Arg)>)> {
        let text = |value: &str| Arg::Text(value.to_owned());
        vec![
            ("mail-greeting", vec![("first_name", text(NAME))]),
            ("mail-link-validity", vec![("minutes", Arg::from(MINUTES))]),
            ("mail-not-asked", vec![]),
            ("mail-set-password-subject", vec![]),
            (
                "mail-set-password-intro",
                vec![("username", text(USERNAME))],
            ),
            ("mail-set-password-expired", vec![]),
            ("mail-reset-password-subject", vec![]),
            ("mail-reset-password-intro", vec![]),
            ("mail-reset-password-expired", vec![]),
            ("mail-confirm-new-email-subject", vec![]),
            ("mail-confirm-new-email-intro", vec![]),
            ("mail-confirm-new-email-expired", vec![]),
            ("mail-email-changed-subject", vec![]),
            ("mail-email-changed", vec![("new_email", text(NEW_EMAIL))]),
            (
                "mail-email-changed-not-you",
                vec![("helpdesk", text(HELPDESK))],
            ),
            ("mail-password-changed-subject", vec![]),
            ("mail-password-changed", vec![]),
            (
                "mail-password-changed-not-you",
                vec![("helpdesk", text(HELPDESK))],
            ),
        ]
    }

    /// One rendered mail and what its body must show.
    struct Case {
        lang: Language,
        kind: &'static str,
        mail: Rendered,
        /// Values that must appear verbatim, besides the first name.
        values: Vec<String>,
        has_link: bool,
    }

    fn render_all(first_name: &str, minutes: u32) -> Vec<Case> {
        let mut cases = Vec::new();
        for lang in Language::ALL {
            let n = minutes.to_string();
            cases.push(Case {
                lang,
                kind: "set_password",
                mail: set_password(lang, first_name, USERNAME, LINK, minutes),
                values: vec![USERNAME.to_owned(), n.clone()],
                has_link: true,
            });
            cases.push(Case {
                lang,
                kind: "reset_password",
                mail: reset_password(lang, first_name, LINK, minutes),
                values: vec![n.clone()],
                has_link: true,
            });
            cases.push(Case {
                lang,
                kind: "confirm_new_email",
                mail: confirm_new_email(lang, first_name, LINK, minutes),
                values: vec![n],
                has_link: true,
            });
            cases.push(Case {
                lang,
                kind: "email_changed_notice",
                mail: email_changed_notice(lang, first_name, NEW_EMAIL),
                values: vec![NEW_EMAIL.to_owned(), HELPDESK.to_owned()],
                has_link: false,
            });
            cases.push(Case {
                lang,
                kind: "password_changed_notice",
                mail: password_changed_notice(lang, first_name),
                values: vec![HELPDESK.to_owned()],
                has_link: false,
            });
        }
        cases
    }

    /// The runs of digits in `text`.
    fn numbers(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty())
            .collect()
    }

    #[test]
    fn every_mail_in_every_language_shows_the_name_link_and_values() {
        let cases = render_all(NAME, MINUTES);
        assert_eq!(cases.len(), 24 * 5);
        for case in &cases {
            let at = format!("{} {}", case.lang.code(), case.kind);
            let Rendered { subject, body } = &case.mail;
            assert!(!subject.trim().is_empty(), "{at}: empty subject");
            assert!(!body.trim().is_empty(), "{at}: empty body");
            assert!(body.contains(NAME), "{at}: no first name in\n{body}");
            for value in &case.values {
                assert!(body.contains(value.as_str()), "{at}: no {value} in\n{body}");
            }
            let link_alone = body.lines().any(|line| line == LINK);
            assert_eq!(
                link_alone, case.has_link,
                "{at}: link on its own line\n{body}"
            );
            if !case.has_link {
                assert!(!body.contains("https://"), "{at}: a notice carries no link");
            }
            assert!(
                subject.contains("EU Login"),
                "{at}: product name in {subject}"
            );
            assert!(body.contains("EU Login"), "{at}: product name in\n{body}");
            assert_eq!(body.lines().last(), Some(SIGNATURE), "{at}: signature");
            assert!(body.ends_with('\n'), "{at}: final newline");
        }
    }

    #[test]
    fn every_language_has_every_message() {
        for lang in Language::ALL {
            for (id, args) in messages() {
                // A missing message shows its id.
                assert_ne!(tr_in(lang, id, &args), id, "{} lacks {id}", lang.code());
            }
        }
    }

    #[test]
    fn no_placeholder_is_left_unfilled_for_any_number_of_minutes() {
        // Fluent shows a variable it was not given as `{$name}`.
        for minutes in (0..=250).chain([1000, 1001, 1_000_000]) {
            for case in render_all(NAME, minutes) {
                let at = format!("{} {} {minutes}", case.lang.code(), case.kind);
                for text in [&case.mail.subject, &case.mail.body] {
                    assert!(!text.contains(['{', '}']), "{at}: unfilled in\n{text}");
                }
                if case.has_link {
                    assert!(case.mail.body.contains(&minutes.to_string()), "{at}");
                }
            }
        }
    }

    #[test]
    fn the_link_validity_shows_the_number_once_for_any_number_of_minutes() {
        for lang in Language::ALL {
            for minutes in (0..=250u32).chain([1000, 1001, 1_000_000]) {
                let sentence = tr_in(lang, "mail-link-validity", &[("minutes", minutes.into())]);
                assert_eq!(
                    numbers(&sentence),
                    [minutes.to_string()],
                    "{} {sentence}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn mails_are_short_and_subjects_are_one_short_line() {
        for case in render_all(NAME, MINUTES) {
            let at = format!("{} {}", case.lang.code(), case.kind);
            let lines = case.mail.body.lines().count();
            assert!((6..=10).contains(&lines), "{at}: {lines} lines");
            let subject = &case.mail.subject;
            assert!(!subject.contains(['\r', '\n']), "{at}");
            assert!(
                subject.chars().count() <= 80,
                "{at}: long subject {subject}"
            );
        }
    }

    #[test]
    fn english_differs_from_every_other_language() {
        for (id, args) in messages() {
            let english = tr_in(Language::English, id, &args);
            for lang in Language::ALL {
                if lang != Language::English {
                    assert_ne!(
                        tr_in(lang, id, &args),
                        english,
                        "{} {id} is not translated",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn no_two_languages_render_the_same_mail() {
        let cases = render_all(NAME, MINUTES);
        for (i, a) in cases.iter().enumerate() {
            for b in &cases[i + 1..] {
                if a.kind == b.kind {
                    assert_ne!(
                        a.mail.body,
                        b.mail.body,
                        "{} and {} {}",
                        a.lang.code(),
                        b.lang.code(),
                        a.kind
                    );
                }
            }
        }
    }

    #[test]
    fn plural_rules_pick_the_right_form() {
        let table = [
            (Language::English, 1, "1 minute"),
            (Language::English, 90, "90 minutes"),
            (Language::French, 0, "0\u{a0}minute"),
            (Language::French, 2, "2\u{a0}minutes"),
            (Language::French, 1_000_000, "1000000\u{a0}minutes"),
            (Language::Czech, 1, "1 minutu"),
            (Language::Czech, 3, "3 minuty"),
            (Language::Czech, 90, "90 minut"),
            (Language::Slovak, 4, "4 minúty"),
            (Language::Slovak, 5, "5 minút"),
            (Language::Polish, 1, "1 minutę"),
            (Language::Polish, 22, "22 minuty"),
            (Language::Polish, 12, "12 minut"),
            (Language::Polish, 21, "21 minut"),
            (Language::Croatian, 21, "21 minutu"),
            (Language::Croatian, 11, "11 minuta"),
            (Language::Croatian, 90, "90 minuta"),
            (Language::Slovenian, 101, "101 minuto"),
            (Language::Slovenian, 102, "102 minuti"),
            (Language::Slovenian, 104, "104 minute"),
            (Language::Slovenian, 90, "90 minut"),
            (Language::Lithuanian, 21, "21 minutės"),
            (Language::Lithuanian, 11, "11 minučių"),
            (Language::Lithuanian, 2, "2 minučių"),
            (Language::Latvian, 31, "31 minūti"),
            (Language::Latvian, 90, "90 minūtes"),
            (Language::Latvian, 11, "11 minūtes"),
            (Language::Romanian, 19, "19 minute"),
            (Language::Romanian, 90, "90 de minute"),
            (Language::Maltese, 1, "1 minuta"),
            (Language::Maltese, 2, "2 minuti"),
            (Language::Maltese, 5, "5 minuti"),
            (Language::Maltese, 15, "15 minuta"),
            (Language::Maltese, 90, "90 minuta"),
            (Language::Irish, 3, "3 nóiméad"),
            (Language::Hungarian, 1, "1 perccel"),
        ];
        for (lang, n, expected) in table {
            let sentence = tr_in(lang, "mail-link-validity", &[("minutes", Arg::from(n))]);
            assert!(
                sentence.contains(expected),
                "{}: {expected} in {sentence}",
                lang.code()
            );
        }
    }

    #[test]
    fn line_breaks_in_values_cannot_add_lines_or_headers() {
        let hostile = [
            "Zoë\r\nBcc: victim@example.com",
            "Zoë\nSubject: urgent",
            "Zoë\rX-Header: 1",
            "Zoë\u{85}Bcc: a@example.com",
            "Zoë\u{2028}Bcc: a@example.com",
            "Zoë\u{2029}\n\nBcc: a@example.com",
        ];
        let clean = render_all(NAME, MINUTES);
        for name in hostile {
            let cases = render_all(name, MINUTES);
            for (case, reference) in cases.iter().zip(&clean) {
                let at = format!("{} {} {name:?}", case.lang.code(), case.kind);
                let body = &case.mail.body;
                assert_eq!(
                    body.lines().count(),
                    reference.mail.body.lines().count(),
                    "{at}\n{body}"
                );
                assert_eq!(case.mail.subject, reference.mail.subject, "{at}");
                for line in body.lines() {
                    assert!(
                        !line.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']),
                        "{at}"
                    );
                    for header in ["Bcc:", "Subject:", "X-Header:"] {
                        assert!(!line.starts_with(header), "{at}: {line}");
                    }
                }
            }
        }
        // The other interpolated values get the same treatment.
        let mail = set_password(Language::English, NAME, "zoe\nBcc: x", "https://a\r\nb", 90);
        assert!(mail.body.contains("zoe Bcc: x"));
        assert!(mail.body.lines().any(|line| line == "https://a b"));
        let mail = email_changed_notice(Language::English, NAME, "a@example.eu\nBcc: x");
        assert!(mail.body.contains("a@example.eu Bcc: x"));
        assert_eq!(mail.body.lines().count(), 6);
    }

    #[test]
    fn values_are_not_expanded_twice() {
        let mail = set_password(
            Language::English,
            "{ $username }",
            "{ $first_name }",
            LINK,
            90,
        );
        assert!(
            mail.body.starts_with("Dear { $username },\n"),
            "{}",
            mail.body
        );
        assert!(
            mail.body.contains("the username { $first_name }."),
            "{}",
            mail.body
        );
    }

    #[test]
    fn one_line_keeps_text_and_drops_controls() {
        assert_eq!(one_line("Zoë Novák"), "Zoë Novák");
        assert_eq!(one_line("a\r\n\r\nb"), "a b");
        assert_eq!(one_line("\na\tb\n"), "a b");
        assert_eq!(one_line("\u{202e}abc\u{202c}"), "abc");
        assert_eq!(one_line(""), "");
    }

    #[test]
    fn the_english_mail_reads_as_intended() {
        let mail = set_password(
            Language::English,
            "Anna",
            "anna.k",
            "https://x.eu/p?t=1",
            90,
        );
        assert_eq!(mail.subject, "EU Login: set your password");
        assert_eq!(
            mail.body,
            "Dear Anna,\n\
             \n\
             An EU Login account was created for you with the username anna.k. To activate it, set your password with this link:\n\
             https://x.eu/p?t=1\n\
             \n\
             The link works only once and expires 90 minutes after this e-mail was sent. If it has expired, ask for a new e-mail on the sign-up page or on the “Lost your password?” page.\n\
             If you did not ask for this, ignore this e-mail.\n\
             \n\
             EU Login – TRACES NT\n"
        );
        let notice = password_changed_notice(Language::English, "Anna");
        assert_eq!(
            notice.body,
            "Dear Anna,\n\
             \n\
             The password of your EU Login account was changed.\n\
             If this was not you, reset your password at once on the “Lost your password?” page and contact the helpdesk: SANTE-TRACES@ec.europa.eu.\n\
             \n\
             EU Login – TRACES NT\n"
        );
    }
}
