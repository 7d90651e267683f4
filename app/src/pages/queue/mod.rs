//! Step 3 of the letter, inside an instance: "your National Authority or an Administrator
//! inside your organization will manage (accept/reject) your request". The queue of requests a
//! person may decide (and the decision history), the detail of one request with accept /
//! reject and the Administrator flag, and the person's notifications.

mod detail;
mod list;
mod notifications;

pub use detail::RequestDecision;
pub use list::Queue;
pub use notifications::Notifications;

use crate::api::approvals::field;
use crate::api::traces::RequestStatus;
use crate::api::ApiError;
use crate::components::{FormErrors, LocalTime, TextAreaField, TimeZone};
use crate::domain::{Instance, REASON_MAX};
use crate::i18n::{number, Arg, Message};
use crate::t;
use leptos::prelude::*;

/// `/{instance}/queue`: the requests to decide.
pub fn queue_path(instance: Instance) -> String {
    format!("/{}/queue", instance.slug())
}

/// `/{instance}/queue/{id}`: one request (the e-mails to deciders link here).
pub fn request_path(instance: Instance, id: i64) -> String {
    format!("/{}/queue/{id}", instance.slug())
}

pub fn notifications_path(instance: Instance) -> String {
    format!("/{}/notifications", instance.slug())
}

/// How the approval pages write a moment (Unix seconds): in the person's time zone.
fn format_time(unix: i64) -> String {
    crate::components::format_time(unix, &TimeZone::current())
}

/// A moment as `<time>`, machine-readable too, in the person's time zone.
fn time_view(unix: i64) -> impl IntoView {
    view! { <LocalTime at=unix /> }
}

/// The reason of a rejection, on the queue and on a request's page. Its message comes from
/// `Reason::parse` before sending, or from the server.
fn reason_field(form: FormErrors, value: RwSignal<String>) -> impl IntoView {
    view! {
        <TextAreaField
            form
            name=field::REASON
            label=t!("queue-reason-label")
            value
            hint=t!("queue-reason-hint")
            max_length=REASON_MAX
        />
    }
}

/// What the live region says after a decision: "Request 12 accepted."
fn decided_message(id: i64, accepted: bool) -> Message {
    let id_text = if accepted {
        "queue-decided-accepted"
    } else {
        "queue-decided-rejected"
    };
    Message::new(id_text).with("id", id.to_string())
}

/// The arguments of a message about a count: `count` chooses the plural form, `shown` is the
/// number as the language writes it ("1,234").
fn counted(count: usize) -> [(&'static str, Arg); 2] {
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    [
        ("count", Arg::Number(count)),
        ("shown", Arg::Text(number(count))),
    ]
}

/// The class of a request's status (`status-valid`), the same in every language.
fn status_class(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Pending => "status status-pending",
        RequestStatus::Valid => "status status-valid",
        RequestStatus::Rejected => "status status-rejected",
        RequestStatus::Cancelled => "status status-cancelled",
        RequestStatus::Revoked => "status status-revoked",
    }
}

/// The page's problem in words. Someone who decides nothing gets, instead of "not allowed",
/// who decides requests (the letter's words).
fn problem_view(error: &ApiError) -> AnyView {
    match error {
        ApiError::Forbidden => view! {
            <div class="callout" role="alert">
                <p>
                    <strong>{t!("queue-no-scope")}</strong>
                    " "
                    {t!("queue-no-scope-who-decides")}
                </p>
                <p>{t!("queue-no-scope-letter")}</p>
            </div>
        }
        .into_any(),
        other => view! {
            <div class="callout callout-error" role="alert">
                <p>{other.to_string()}</p>
            </div>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_instance() {
        assert_eq!(queue_path(Instance::Training), "/training/queue");
        assert_eq!(
            request_path(Instance::Production, 12),
            "/production/queue/12"
        );
        assert_eq!(
            notifications_path(Instance::Training),
            "/training/notifications"
        );
    }

    #[test]
    fn decisions_are_announced_with_the_request_number() {
        assert_eq!(decided_message(12, true).text(), "Request 12 accepted.");
        assert_eq!(decided_message(7, false).text(), "Request 7 rejected.");
    }

    #[test]
    fn without_a_browser_times_are_written_in_utc_and_say_so() {
        assert_eq!(format_time(1_740_837_909), "2025-03-01 14:05 (UTC)");
    }
}
