//! The plain-text notices of the approval side: a new request for a decider, a decision for
//! the requester, in the recipient's e-mail language. The words are the `mail-new-request…`
//! and `mail-decided…` messages of `mail.ftl`; the layout is here, as in `templates`, and
//! every interpolated value is forced onto one line the same way.

use super::templates::{greeting, lines, one_line, text};
use app::domain::Language;

/// A rendered notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub subject: String,
    pub body: String,
}

/// The same in every language: the product's name.
const SIGNATURE: &str = "TRACES NT";

/// To a decider: someone asks for a post in their scope.
pub fn new_request(
    lang: Language,
    first_name: &str,
    requester: &str,
    organisation: &str,
    country: &str,
    role: &str,
    link: &str,
) -> Notice {
    let what = text(
        lang,
        "mail-new-request",
        &[
            ("requester", requester),
            ("organisation", organisation),
            ("country", country),
            ("role", role),
        ],
    );
    Notice {
        subject: one_line(&text(lang, "mail-new-request-subject", &[])),
        body: lines(&[
            &greeting(lang, first_name),
            "",
            &what,
            "",
            &text(lang, "mail-new-request-open", &[]),
            &one_line(link),
            "",
            &text(lang, "mail-new-request-why", &[]),
            "",
            SIGNATURE,
        ]),
    }
}

/// To a requester: their request was accepted, or rejected with a reason.
pub fn decided(
    lang: Language,
    first_name: &str,
    organisation: &str,
    country: &str,
    accepted: bool,
    reason: Option<&str>,
    link: &str,
) -> Notice {
    let post = [("organisation", organisation), ("country", country)];
    let greeting = greeting(lang, first_name);
    let mut body = vec![greeting, String::new()];
    let subject = if accepted {
        body.push(text(lang, "mail-decided-accepted", &post));
        "mail-decided-accepted-subject"
    } else {
        let reason = match reason {
            Some(reason) => one_line(reason),
            None => text(lang, "mail-decided-no-reason", &[]),
        };
        body.extend([
            text(lang, "mail-decided-rejected", &post),
            String::new(),
            // Indented: the decider's words, set apart from ours.
            format!("    {reason}"),
            String::new(),
            text(lang, "mail-decided-rejected-next", &[]),
        ]);
        "mail-decided-rejected-subject"
    };
    body.extend([
        String::new(),
        text(lang, "mail-decided-profile", &[]),
        one_line(link),
        String::new(),
        SIGNATURE.to_owned(),
    ]);
    let body: Vec<&str> = body.iter().map(String::as_str).collect();
    Notice {
        subject: one_line(&text(lang, subject, &[])),
        body: lines(&body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_request_in(lang: Language) -> Notice {
        new_request(
            lang,
            "Jan",
            "Anna Nowak",
            "Bio Import",
            "PL",
            "Operator",
            "http://x/production/queue/7",
        )
    }

    fn decided_in(lang: Language, accepted: bool, reason: Option<&str>) -> Notice {
        decided(
            lang,
            "Anna",
            "Bio Import",
            "PL",
            accepted,
            reason,
            "http://x/production/profile",
        )
    }

    #[test]
    fn a_rejection_carries_its_reason_on_one_line() {
        let notice = decided_in(Language::English, false, Some("Wrong\ncountry"));
        assert!(notice.subject.contains("rejected"));
        assert!(notice.body.contains("\n\n    Wrong country\n\n"));
        assert!(notice.body.contains("http://x/production/profile"));
    }

    #[test]
    fn a_new_request_names_the_person_and_links_the_queue() {
        let notice = new_request_in(Language::English);
        assert!(notice
            .body
            .contains("Anna Nowak asks for a post in “Bio Import” (PL) as Operator."));
        assert!(notice.body.contains("http://x/production/queue/7"));
    }

    #[test]
    fn the_english_notices_read_as_intended() {
        assert_eq!(
            new_request_in(Language::English),
            Notice {
                subject: "TRACES NT: a new authorisation request to decide".into(),
                body: "Dear Jan,\n\nAnna Nowak asks for a post in “Bio Import” (PL) as Operator.\n\nOpen the request in your approval queue to accept or reject it:\nhttp://x/production/queue/7\n\nYou receive this message because you decide such requests. You can turn these messages off on your profile page, under Preferences.\n\nTRACES NT\n".into(),
            }
        );
        assert_eq!(
            decided_in(Language::English, true, None),
            Notice {
                subject: "TRACES NT: your authorisation request was accepted".into(),
                body: "Dear Anna,\n\nyour request for a post in “Bio Import” (PL) was accepted. You can now work for this organisation in TRACES NT.\n\nYour requests and their status are on your profile page:\nhttp://x/production/profile\n\nTRACES NT\n".into(),
            }
        );
        assert_eq!(
            decided_in(Language::English, false, None),
            Notice {
                subject: "TRACES NT: your authorisation request was rejected".into(),
                body: "Dear Anna,\n\nyour request for a post in “Bio Import” (PL) was rejected, for this reason:\n\n    no reason given\n\nYou can send a new request once the reason is dealt with.\n\nYour requests and their status are on your profile page:\nhttp://x/production/profile\n\nTRACES NT\n".into(),
            }
        );
    }

    #[test]
    fn every_notice_in_every_language_shows_its_values_and_differs_from_english() {
        let render = |lang| {
            [
                new_request_in(lang),
                decided_in(lang, true, None),
                decided_in(lang, false, Some("Wrong country")),
                decided_in(lang, false, None),
            ]
        };
        let english = render(Language::English);
        for lang in Language::ALL {
            let at = lang.code();
            let notices = render(lang);
            for (notice, in_english) in notices.iter().zip(&english) {
                let Notice { subject, body } = notice;
                assert!(subject.starts_with("TRACES NT"), "{at}: {subject}");
                assert!(subject.chars().count() <= 80, "{at}: {subject}");
                assert!(
                    !format!("{subject}{body}").contains(['{', '}']),
                    "{at}\n{body}"
                );
                // A missing message shows its id.
                assert!(
                    !body.lines().any(|line| line.starts_with("mail-")),
                    "{at}: a message is missing\n{body}"
                );
                for value in ["Bio Import", "PL", "http://x/production/"] {
                    assert!(body.contains(value), "{at}: no {value} in\n{body}");
                }
                assert_eq!(body.lines().last(), Some(SIGNATURE), "{at}");
                assert_eq!(
                    body.lines().count(),
                    in_english.body.lines().count(),
                    "{at}\n{body}"
                );
                if lang != Language::English {
                    assert_ne!(subject, &in_english.subject, "{at}: not translated");
                    for (line, english_line) in body.lines().zip(in_english.body.lines()) {
                        if english_line.len() > 30 {
                            assert_ne!(line, english_line, "{at}: not translated");
                        }
                    }
                }
            }
            assert!(notices[0].body.contains("Anna Nowak"), "{at}");
            assert!(notices[0].body.contains("Operator"), "{at}");
            assert!(notices[0].body.contains("Jan"), "{at}");
            assert!(notices[2].body.contains("\n    Wrong country\n"), "{at}");
            let subjects: std::collections::BTreeSet<_> =
                notices[..3].iter().map(|n| &n.subject).collect();
            assert_eq!(subjects.len(), 3, "{at}: three different subjects");
        }
    }
}
