//! The plain-text notices of the approval side: a new request for a decider, a decision for
//! the requester. English for now: the 24-language tables of `templates` are extended with
//! these once the interface itself is translated (issue "All 24 official EU languages").
//! Interpolated values are forced onto one line, as in `templates`.

use super::templates::one_line;

/// A rendered notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub subject: String,
    pub body: String,
}

const SIGNATURE: &str = "TRACES NT";

/// To a decider: someone asks for a post in their scope.
pub fn new_request(
    first_name: &str,
    requester: &str,
    organisation: &str,
    country: &str,
    role: &str,
    link: &str,
) -> Notice {
    Notice {
        subject: "TRACES NT: a new authorisation request to decide".to_owned(),
        body: format!(
            "Dear {},\n\n{} asks for a post in “{}” ({}) as {}.\n\nOpen the request in your approval queue to accept or reject it:\n{}\n\nYou receive this message because you decide such requests. You can turn these messages off on your profile page, under Preferences.\n\n{SIGNATURE}\n",
            one_line(first_name),
            one_line(requester),
            one_line(organisation),
            one_line(country),
            one_line(role),
            one_line(link),
        ),
    }
}

/// To a requester: their request was accepted, or rejected with a reason.
pub fn decided(
    first_name: &str,
    organisation: &str,
    country: &str,
    accepted: bool,
    reason: Option<&str>,
    link: &str,
) -> Notice {
    let (subject, outcome) = if accepted {
        (
            "TRACES NT: your authorisation request was accepted",
            "was accepted. You can now work for this organisation in TRACES NT.".to_owned(),
        )
    } else {
        (
            "TRACES NT: your authorisation request was rejected",
            format!(
                "was rejected, for this reason:\n\n    {}\n\nYou can send a new request once the reason is dealt with.",
                one_line(reason.unwrap_or("no reason given"))
            ),
        )
    };
    Notice {
        subject: subject.to_owned(),
        body: format!(
            "Dear {},\n\nyour request for a post in “{}” ({}) {outcome}\n\nYour requests and their status are on your profile page:\n{}\n\n{SIGNATURE}\n",
            one_line(first_name),
            one_line(organisation),
            one_line(country),
            one_line(link),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejection_carries_its_reason_on_one_line() {
        let notice = decided(
            "Anna",
            "Bio Import",
            "PL",
            false,
            Some("Wrong\ncountry"),
            "http://x/production/profile",
        );
        assert!(notice.subject.contains("rejected"));
        assert!(notice.body.contains("Wrong country"));
        assert!(notice.body.contains("http://x/production/profile"));
    }

    #[test]
    fn a_new_request_names_the_person_and_links_the_queue() {
        let notice = new_request(
            "Jan",
            "Anna Nowak",
            "Bio Import",
            "PL",
            "Operator",
            "http://x/production/queue/7",
        );
        assert!(notice
            .body
            .contains("Anna Nowak asks for a post in “Bio Import” (PL) as Operator."));
        assert!(notice.body.contains("http://x/production/queue/7"));
    }
}
