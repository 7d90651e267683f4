//! The approval side, per instance: the queue of pending requests a person may decide, the
//! detail of one request with its history, accept / reject (one or many), the Administrator
//! flag of a post, the person's notifications, and the counts of the navigation badge.
//!
//! Who decides what is enforced by the server on every call: requests to join an operator, a
//! control body or a Border Control Post of country C are decided by the valid members of a
//! Central Competent Authority of C, by the organisation's Administrators and by the
//! Commission; requests to join a Central Competent Authority by the Commission and that
//! authority's Administrators. Nobody decides their own request, and a request outside the
//! caller's scope answers as not found.

use super::traces::{OrganisationStatus, RequestStatus};
use super::ApiError;
use crate::app::encode_query_value;
use crate::domain::{Decision, Instance, RoleKind};
use crate::i18n::Message;
use leptos::server;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

/// Rows per queue page at most, whatever `limit` asks.
pub const MAX_QUEUE_PAGE: u32 = 100;
/// Requests in one bulk decision at most.
pub const MAX_BULK: usize = 200;
/// The badge counts up to this, then shows "10000+".
pub const COUNT_CAP: u32 = 10_000;
/// Notifications listed at most (newest first).
pub const MAX_NOTIFICATIONS: u32 = 50;

/// The `FieldError::field` names of the queue's filters and decisions.
pub mod field {
    pub const COUNTRY: &str = "country";
    pub const ROLE_KIND: &str = "role_kind";
    pub const ORGANISATION: &str = "organisation";
    pub const MIN_AGE_DAYS: &str = "min_age_days";
    pub const AFTER: &str = "after";
    pub const REASON: &str = "reason";
    pub const IDS: &str = "ids";
}

/// Which requests the queue lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueView {
    /// Waiting for a decision.
    #[default]
    Pending,
    /// Accepted, rejected, cancelled or revoked: the decision history.
    Decided,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueOrder {
    #[default]
    NewestFirst,
    OldestFirst,
}

/// The filters of the queue page (and of its CSV export). Empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    #[serde(default)]
    pub view: QueueView,
    #[serde(default)]
    pub order: QueueOrder,
    #[serde(default)]
    pub role_kind: Option<RoleKind>,
    /// ISO code of the post's country.
    #[serde(default)]
    pub country: String,
    /// Part of the organisation's name, case- and accent-insensitive.
    #[serde(default)]
    pub organisation: String,
    /// Only requests at least this many days old.
    #[serde(default)]
    pub min_age_days: Option<u32>,
}

/// One row of the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub status: RequestStatus,
    /// The requester's EU Login names and e-mail.
    pub person_name: String,
    pub person_email: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    /// `New` for an operator created by a registrant and not yet validated: accepting the
    /// request validates the operator too.
    pub organisation_status: OrganisationStatus,
    pub role_kind: RoleKind,
    /// "Operator", "Organic Control Body", "Border Control Post", "Central Competent Authority",
    /// in the reader's language.
    pub role: Message,
    /// The post's country: ISO code, named by the page in the reader's language.
    pub country: String,
    /// Unix seconds.
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

/// A page of the queue; `next` is the opaque cursor of the following page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuePage {
    pub items: Vec<QueueRow>,
    pub next: Option<String>,
}

/// What the navigation shows: whether the person decides anything here, the pending requests
/// in their scope and their unread notifications. Counts stop at [`COUNT_CAP`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NavCounts {
    pub decider: bool,
    pub commission: bool,
    pub pending: u32,
    pub unread_notifications: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    RequestCreated,
    RequestCancelled,
    RequestAccepted,
    RequestRejected,
    AdminGranted,
    AdminRemoved,
    OperatorValidated,
    OperatorRejected,
    CommissionGranted,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::RequestCreated => "request_created",
            AuditAction::RequestCancelled => "request_cancelled",
            AuditAction::RequestAccepted => "request_accepted",
            AuditAction::RequestRejected => "request_rejected",
            AuditAction::AdminGranted => "admin_granted",
            AuditAction::AdminRemoved => "admin_removed",
            AuditAction::OperatorValidated => "operator_validated",
            AuditAction::OperatorRejected => "operator_rejected",
            AuditAction::CommissionGranted => "commission_granted",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [
            AuditAction::RequestCreated,
            AuditAction::RequestCancelled,
            AuditAction::RequestAccepted,
            AuditAction::RequestRejected,
            AuditAction::AdminGranted,
            AuditAction::AdminRemoved,
            AuditAction::OperatorValidated,
            AuditAction::OperatorRejected,
            AuditAction::CommissionGranted,
        ]
        .into_iter()
        .find(|a| a.code() == code)
    }

    /// How the history (and its CSV export) shows it.
    pub fn label(self) -> Message {
        Message::new(match self {
            AuditAction::RequestCreated => "queue-audit-request-created",
            AuditAction::RequestCancelled => "queue-audit-request-cancelled",
            AuditAction::RequestAccepted => "queue-audit-request-accepted",
            AuditAction::RequestRejected => "queue-audit-request-rejected",
            AuditAction::AdminGranted => "queue-audit-admin-granted",
            AuditAction::AdminRemoved => "queue-audit-admin-removed",
            AuditAction::OperatorValidated => "queue-audit-operator-validated",
            AuditAction::OperatorRejected => "queue-audit-operator-rejected",
            AuditAction::CommissionGranted => "queue-audit-commission-granted",
        })
    }
}

/// One line of the append-only audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// Who did it ("First Last (e-mail)"); none for the server itself (its command line).
    pub actor: Option<String>,
    pub action: AuditAction,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    /// The reason of a rejection.
    pub detail: Option<String>,
}

/// The organisation as the detail view shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDetail {
    pub id: i64,
    pub kind: RoleKind,
    pub name: String,
    pub status: OrganisationStatus,
    /// ISO code, named by the page in the reader's language.
    pub country: String,
    /// Operators: section and activity names, address, EORI, contact.
    pub section: Option<Message>,
    pub activity: Option<Message>,
    pub address: Option<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub eori: Option<String>,
    /// Authorities: "Border Control Post" or "Central Competent Authority".
    pub authority_role: Option<Message>,
    /// Control bodies: `AB-CDE-999`.
    pub code: Option<String>,
}

/// Everything a decider needs to decide one request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDetail {
    pub row: QueueRow,
    pub organisation: OrganisationDetail,
    /// From the request popup.
    pub additional_info: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub reason: Option<String>,
    /// Who decided (or cancelled) it, if anyone.
    pub decided_by: Option<String>,
    /// Whether the post (when valid) carries the Administrator flag.
    pub admin: bool,
    /// What the caller may do now.
    pub can_decide: bool,
    pub can_set_admin: bool,
    /// Oldest first.
    pub history: Vec<AuditEntry>,
}

/// What a bulk decision did: every request decided, or (on error) none of them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkOutcome {
    pub decided: Vec<QueueRow>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationEvent {
    /// A new request in the person's scope.
    NewRequest,
    /// The person's own request was accepted or rejected.
    Decided,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub event: NotificationEvent,
    pub request_id: i64,
    /// A sentence to show, like "Anna Nowak asks to join “Bio Import” (PL)".
    pub text: Message,
    pub created_at: i64,
    pub read: bool,
}

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait ApprovalsService: Send + Sync {
    async fn counts(&self, instance: Instance) -> Result<NavCounts, ApiError>;
    async fn queue(
        &self,
        instance: Instance,
        filter: QueueFilter,
        after: Option<String>,
        limit: u32,
    ) -> Result<QueuePage, ApiError>;
    async fn detail(&self, instance: Instance, id: i64) -> Result<RequestDetail, ApiError>;
    async fn decide(
        &self,
        instance: Instance,
        id: i64,
        decision: Decision,
    ) -> Result<RequestDetail, ApiError>;
    async fn decide_many(
        &self,
        instance: Instance,
        ids: Vec<i64>,
        decision: Decision,
    ) -> Result<BulkOutcome, ApiError>;
    async fn set_admin(
        &self,
        instance: Instance,
        id: i64,
        admin: bool,
    ) -> Result<RequestDetail, ApiError>;
    async fn notifications(&self, instance: Instance) -> Result<Vec<Notification>, ApiError>;
    async fn mark_read(&self, instance: Instance, up_to: i64) -> Result<NavCounts, ApiError>;
    /// The CSV file of [`export_href`]: the filtered queue, or the decision history.
    async fn export(
        &self,
        instance: Instance,
        what: ExportKind,
        filter: QueueFilter,
    ) -> Result<String, ApiError>;
}

#[cfg(feature = "ssr")]
fn approvals() -> Result<std::sync::Arc<dyn ApprovalsService>, ApiError> {
    Ok(super::services()?.approvals)
}

/// The navigation badge: pending requests in the caller's scope and unread notifications.
#[server(endpoint = "approvals/counts", input = Json)]
pub async fn approval_counts(instance: Instance) -> Result<NavCounts, ApiError> {
    approvals()?.counts(instance).await
}

/// A page of the queue (keyset paging: `after` is the `next` of the previous page).
#[server(endpoint = "approvals/queue", input = Json)]
pub async fn approval_queue(
    instance: Instance,
    filter: QueueFilter,
    after: Option<String>,
    limit: u32,
) -> Result<QueuePage, ApiError> {
    approvals()?.queue(instance, filter, after, limit).await
}

/// One request in the caller's scope, with the person, the organisation and the history.
#[server(endpoint = "approvals/detail", input = Json)]
pub async fn approval_detail(instance: Instance, id: i64) -> Result<RequestDetail, ApiError> {
    approvals()?.detail(instance, id).await
}

/// Accept, or reject with a reason. Exactly one decision is ever recorded: a request decided
/// meanwhile answers `Conflict` naming who decided and when.
#[server(endpoint = "approvals/decide", input = Json)]
pub async fn decide_request(
    instance: Instance,
    id: i64,
    decision: Decision,
) -> Result<RequestDetail, ApiError> {
    approvals()?.decide(instance, id, decision).await
}

/// The same decision on many requests, all or nothing: if any request cannot be decided,
/// nothing changes and the error lists each such request with why.
#[server(endpoint = "approvals/decide_many", input = Json)]
pub async fn decide_requests(
    instance: Instance,
    ids: Vec<i64>,
    decision: Decision,
) -> Result<BulkOutcome, ApiError> {
    approvals()?.decide_many(instance, ids, decision).await
}

/// Grants or removes the Administrator flag of a valid post.
#[server(endpoint = "approvals/set_admin", input = Json)]
pub async fn set_post_admin(
    instance: Instance,
    id: i64,
    admin: bool,
) -> Result<RequestDetail, ApiError> {
    approvals()?.set_admin(instance, id, admin).await
}

/// The caller's notifications on the instance, newest first.
#[server(endpoint = "approvals/notifications", input = Json)]
pub async fn my_notifications(instance: Instance) -> Result<Vec<Notification>, ApiError> {
    approvals()?.notifications(instance).await
}

/// Marks the caller's notifications up to `up_to` (an id) as read.
#[server(endpoint = "approvals/notifications_read", input = Json)]
pub async fn mark_notifications_read(
    instance: Instance,
    up_to: i64,
) -> Result<NavCounts, ApiError> {
    approvals()?.mark_read(instance, up_to).await
}

/// The path of the CSV exports (a plain GET, answered with `Content-Disposition: attachment`):
/// the filtered queue, or the decision history (the audit log in the caller's scope).
pub fn export_href(instance: Instance, what: ExportKind, filter: &QueueFilter) -> String {
    let mut query = vec![format!("instance={}", instance.slug())];
    query.push(format!(
        "view={}",
        match filter.view {
            QueueView::Pending => "pending",
            QueueView::Decided => "decided",
        }
    ));
    query.push(format!(
        "order={}",
        match filter.order {
            QueueOrder::NewestFirst => "newest_first",
            QueueOrder::OldestFirst => "oldest_first",
        }
    ));
    if let Some(kind) = filter.role_kind {
        query.push(format!("role_kind={}", kind.code()));
    }
    if !filter.country.trim().is_empty() {
        query.push(format!(
            "country={}",
            encode_query_value(filter.country.trim())
        ));
    }
    if !filter.organisation.trim().is_empty() {
        query.push(format!(
            "organisation={}",
            encode_query_value(filter.organisation.trim())
        ));
    }
    if let Some(days) = filter.min_age_days {
        query.push(format!("min_age_days={days}"));
    }
    format!("/api/approvals/export/{}?{}", what.file(), query.join("&"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Queue,
    Decisions,
}

impl ExportKind {
    pub fn file(self) -> &'static str {
        match self {
            ExportKind::Queue => "queue.csv",
            ExportKind::Decisions => "decisions.csv",
        }
    }

    pub fn from_file(file: &str) -> Option<Self> {
        [ExportKind::Queue, ExportKind::Decisions]
            .into_iter()
            .find(|kind| kind.file() == file)
    }
}

/// The filter of an export link, read back from its query parameters (see [`export_href`]).
pub fn parse_export_query(
    params: &[(String, String)],
) -> Result<(Instance, QueueFilter), ApiError> {
    let mut instance = None;
    let mut filter = QueueFilter::default();
    for (key, value) in params {
        let value = value.as_str();
        match key.as_str() {
            "instance" => {
                instance = Some(Instance::parse(value).map_err(|e| {
                    ApiError::BadRequest(
                        Message::new("error-export-link-instance").with("value", e.0),
                    )
                })?)
            }
            "view" => {
                filter.view = match value {
                    "pending" => QueueView::Pending,
                    "decided" => QueueView::Decided,
                    _ => return Err(bad_link("view", value)),
                }
            }
            "order" => {
                filter.order = match value {
                    "newest_first" => QueueOrder::NewestFirst,
                    "oldest_first" => QueueOrder::OldestFirst,
                    _ => return Err(bad_link("order", value)),
                }
            }
            "role_kind" => {
                filter.role_kind =
                    Some(RoleKind::parse(value).map_err(|e| ApiError::field(field::ROLE_KIND, e))?)
            }
            "country" => filter.country = value.to_owned(),
            "organisation" => filter.organisation = value.to_owned(),
            "min_age_days" => {
                filter.min_age_days = Some(value.parse().map_err(|_| {
                    ApiError::field(
                        field::MIN_AGE_DAYS,
                        Message::new("error-queue-age-not-a-number"),
                    )
                })?)
            }
            _ => return Err(bad_link(key, value)),
        }
    }
    let instance = instance
        .ok_or_else(|| ApiError::BadRequest(Message::new("error-export-link-no-instance")))?;
    Ok((instance, filter))
}

fn bad_link(key: &str, value: &str) -> ApiError {
    let value: String = value.chars().take(40).collect();
    ApiError::BadRequest(
        Message::new("error-export-link-setting")
            .with("key", key)
            .with("value", value),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_links_carry_the_filters() {
        let filter = QueueFilter {
            role_kind: Some(RoleKind::Operator),
            country: "PL".into(),
            organisation: "Bio & Co".into(),
            min_age_days: Some(3),
            ..Default::default()
        };
        let href = export_href(Instance::Training, ExportKind::Queue, &filter);
        assert_eq!(
            href,
            "/api/approvals/export/queue.csv?instance=training&view=pending&order=newest_first&role_kind=OPERATOR&country=PL&organisation=Bio%20%26%20Co&min_age_days=3"
        );
        // What the server reads back (after percent-decoding) is the same filter.
        let params: Vec<(String, String)> = [
            ("instance", "training"),
            ("view", "pending"),
            ("order", "newest_first"),
            ("role_kind", "OPERATOR"),
            ("country", "PL"),
            ("organisation", "Bio & Co"),
            ("min_age_days", "3"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            parse_export_query(&params),
            Ok((Instance::Training, filter))
        );
        let bad = vec![
            ("instance".to_string(), "production".to_string()),
            ("view".to_string(), "all".to_string()),
        ];
        assert!(matches!(
            parse_export_query(&bad),
            Err(ApiError::BadRequest(_))
        ));
        assert!(matches!(
            parse_export_query(&[]),
            Err(ApiError::BadRequest(_))
        ));
    }

    #[test]
    fn audit_codes_round_trip() {
        for action in [
            AuditAction::RequestCreated,
            AuditAction::RequestAccepted,
            AuditAction::OperatorRejected,
            AuditAction::CommissionGranted,
        ] {
            assert_eq!(AuditAction::parse(action.code()), Some(action));
        }
        assert_eq!(AuditAction::parse("nope"), None);
    }
}
