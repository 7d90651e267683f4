//! `ApprovalsService`: the queue, the detail of a request, decisions (one or many), the
//! Administrator flag, notifications and the badge counts; and [`Notifier`], which the
//! request side calls in the same transaction as a new request, so that deciders are told of
//! every request that was stored and of none that was not.

use super::traces::role_label;
use crate::clock::SharedClock;
use crate::mail::{notices, Outbox, OutgoingMail};
use crate::sessions;
use crate::store::approvals::{
    self as store, NewAuditEntry, QueueQuery, QueueRowDb, Recipient, RequestFull, Scope,
};
use crate::store::traces::kind_from_code;
use crate::store::Store;
use app::api::approvals::{
    field, ApprovalsService, AuditAction, AuditEntry, BulkOutcome, ExportKind, NavCounts,
    Notification, NotificationEvent, OrganisationDetail, QueueFilter, QueueOrder, QueuePage,
    QueueRow, QueueView, RequestDetail, COUNT_CAP, MAX_BULK, MAX_NOTIFICATIONS, MAX_QUEUE_PAGE,
};
use app::api::traces::{OrganisationStatus, RequestStatus};
use app::api::{ApiError, FieldError};
use app::domain::utc::{human_time, iso_time};
use app::domain::{
    fold_name, ActivityType, AuthorityRole, CountryCode, Decision, Instance, Language, Reason,
    RoleKind, Section,
};
use app::i18n::{Arg, Message};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sqlx::SqliteConnection;

/// Oldest age filter accepted, in days (ten years).
const MAX_AGE_DAYS: u32 = 3650;

pub struct Approvals {
    store: Store,
    clock: SharedClock,
    secure_cookies: bool,
    notifier: Notifier,
}

impl Approvals {
    pub fn new(store: Store, clock: SharedClock, secure_cookies: bool, notifier: Notifier) -> Self {
        Self {
            store,
            clock,
            secure_cookies,
            notifier,
        }
    }

    async fn account_id(&self, instance: Instance) -> Result<i64, ApiError> {
        sessions::logged_in(&self.store, instance, self.clock.now(), self.secure_cookies).await
    }

    /// The detail of a request the scope covers, read on `conn`.
    async fn detail_on(
        &self,
        conn: &mut SqliteConnection,
        instance: Instance,
        scope: &Scope,
        id: i64,
    ) -> Result<RequestDetail, ApiError> {
        let row = in_scope(conn, instance, scope, id).await?;
        let history = store::history(conn, row.id, row.organisation_id)
            .await
            .map_err(internal)?
            .into_iter()
            .filter_map(audit_entry)
            .collect();
        let decided_by = match row.decided_by {
            Some(by) => store::person(conn, by)
                .await
                .map_err(internal)?
                .map(|(first, last, email)| format!("{first} {last} ({email})")),
            None => None,
        };
        let pending = row.status == "pending";
        let valid = row.status == "valid";
        Ok(RequestDetail {
            organisation: organisation_detail(&row),
            additional_info: row.additional_info.clone(),
            contact_email: row.contact_email.clone(),
            contact_phone: row.contact_phone.clone(),
            reason: row.reason.clone(),
            decided_by,
            admin: row.admin,
            can_decide: pending,
            can_set_admin: valid,
            history,
            row: queue_row_of_full(&row),
        })
    }

    /// Decides one request on the transaction; the caller commits. Errors leave nothing
    /// changed once the transaction is dropped.
    async fn decide_on(
        &self,
        conn: &mut SqliteConnection,
        instance: Instance,
        scope: &Scope,
        id: i64,
        decision: &Checked,
        now: i64,
    ) -> Result<RequestFull, ApiError> {
        let row = in_scope(conn, instance, scope, id).await?;
        if row.status != "pending" {
            return Err(already_decided(conn, &row).await?);
        }
        let me = Some(scope.account_id);
        let organisation = Some(row.organisation_id);
        match decision {
            Checked::Accept => {
                match row.organisation_status.as_str() {
                    "valid" => {}
                    "new" => {
                        store::set_organisation_status_from_new(conn, row.organisation_id, "valid")
                            .await
                            .map_err(internal)?;
                        audit(
                            conn,
                            instance,
                            me,
                            AuditAction::OperatorValidated,
                            None,
                            organisation,
                            None,
                            ("new", "valid"),
                            None,
                            now,
                        )
                        .await?;
                    }
                    other => {
                        return Err(ApiError::Conflict(
                            Message::new("error-decide-organisation-closed")
                                .with("name", &row.organisation_name)
                                .with("status", other),
                        ))
                    }
                }
                // The first validated member of an organisation becomes its Administrator.
                let first = store::other_valid_members(conn, row.organisation_id, row.id)
                    .await
                    .map_err(internal)?
                    == 0;
                record(conn, &row, "valid", None, first, scope.account_id, now).await?;
                audit(
                    conn,
                    instance,
                    me,
                    AuditAction::RequestAccepted,
                    Some(row.id),
                    organisation,
                    Some(row.account_id),
                    ("pending", "valid"),
                    // The Administrator flag has its own line below, named by its action in
                    // the reader's language: a note here would be English text in the log.
                    None,
                    now,
                )
                .await?;
                if first {
                    audit(
                        conn,
                        instance,
                        me,
                        AuditAction::AdminGranted,
                        Some(row.id),
                        organisation,
                        Some(row.account_id),
                        ("no", "yes"),
                        None,
                        now,
                    )
                    .await?;
                }
            }
            Checked::Reject(reason) => {
                record(
                    conn,
                    &row,
                    "rejected",
                    Some(reason.as_str()),
                    false,
                    scope.account_id,
                    now,
                )
                .await?;
                audit(
                    conn,
                    instance,
                    me,
                    AuditAction::RequestRejected,
                    Some(row.id),
                    organisation,
                    Some(row.account_id),
                    ("pending", "rejected"),
                    Some(reason.as_str()),
                    now,
                )
                .await?;
                // A new operator nobody else asks to join goes with its only request.
                if row.organisation_status == "new"
                    && store::other_pending(conn, row.organisation_id, row.id)
                        .await
                        .map_err(internal)?
                        == 0
                    && store::set_organisation_status_from_new(
                        conn,
                        row.organisation_id,
                        "rejected",
                    )
                    .await
                    .map_err(internal)?
                {
                    audit(
                        conn,
                        instance,
                        me,
                        AuditAction::OperatorRejected,
                        None,
                        organisation,
                        None,
                        ("new", "rejected"),
                        Some(reason.as_str()),
                        now,
                    )
                    .await?;
                }
            }
        }
        let decided = store::request_full(conn, instance, id)
            .await
            .map_err(internal)?
            .ok_or_else(|| broken("a decided request is gone"))?;
        self.notifier.decided(conn, instance, &decided, now).await?;
        Ok(decided)
    }
}

/// A decision with its reason checked.
enum Checked {
    Accept,
    Reject(Reason),
}

fn check_decision(decision: Decision) -> Result<Checked, ApiError> {
    match decision {
        Decision::Accept => Ok(Checked::Accept),
        Decision::Reject(reason) => Reason::parse(&reason)
            .map(Checked::Reject)
            .map_err(|e| ApiError::field(field::REASON, e)),
    }
}

fn internal(err: sqlx::Error) -> ApiError {
    super::storage_error("approvals", err)
}

fn broken(what: impl std::fmt::Display) -> ApiError {
    super::internal_error("approvals", what)
}

fn not_found(id: i64) -> ApiError {
    ApiError::NotFound(Message::new("error-decide-not-found").with("id", id.to_string()))
}

/// The request, if the scope covers it; otherwise "not found", whether it exists or not.
async fn in_scope(
    conn: &mut SqliteConnection,
    instance: Instance,
    scope: &Scope,
    id: i64,
) -> Result<RequestFull, ApiError> {
    match store::request_full(conn, instance, id)
        .await
        .map_err(internal)?
    {
        Some(row) if scope.covers(row.facts()) => Ok(row),
        _ => Err(not_found(id)),
    }
}

/// The conflict a decision on a request that is no longer pending gets: who decided, and when.
async fn already_decided(
    conn: &mut SqliteConnection,
    row: &RequestFull,
) -> Result<ApiError, ApiError> {
    let who = match row.decided_by {
        Some(by) => store::person(conn, by)
            .await
            .map_err(internal)?
            .map(|(first, last, email)| Arg::Text(format!("{first} {last} ({email})"))),
        None => None,
    }
    .unwrap_or(Arg::Message("error-decide-by-unknown".into()));
    let when = row
        .decided_at
        .map(|at| Arg::Text(human_time(at)))
        .unwrap_or(Arg::Message("error-decide-at-unknown".into()));
    let message = match row.status.as_str() {
        "valid" => Message::new("error-decide-already-accepted").with("who", who),
        "rejected" => Message::new("error-decide-already-rejected").with("who", who),
        "cancelled" => Message::new("error-decide-already-cancelled"),
        "revoked" => Message::new("error-decide-already-revoked").with("who", who),
        other => Message::new("error-decide-already-other").with("status", other),
    };
    Ok(ApiError::Conflict(
        message.with("id", row.id.to_string()).with("when", when),
    ))
}

async fn record(
    conn: &mut SqliteConnection,
    row: &RequestFull,
    status: &str,
    reason: Option<&str>,
    admin: bool,
    decider: i64,
    now: i64,
) -> Result<(), ApiError> {
    if store::record_decision(conn, row.id, status, reason, admin, decider, now)
        .await
        .map_err(internal)?
    {
        Ok(())
    } else {
        Err(ApiError::Conflict(
            Message::new("error-decide-meanwhile").with("id", row.id.to_string()),
        ))
    }
}

#[allow(clippy::too_many_arguments)]
async fn audit(
    conn: &mut SqliteConnection,
    instance: Instance,
    actor: Option<i64>,
    action: AuditAction,
    request_id: Option<i64>,
    organisation_id: Option<i64>,
    subject: Option<i64>,
    (from, to): (&str, &str),
    detail: Option<&str>,
    now: i64,
) -> Result<(), ApiError> {
    store::audit(
        conn,
        &NewAuditEntry {
            instance,
            actor,
            action: action.code(),
            request_id,
            organisation_id,
            subject,
            from_state: (!from.is_empty()).then_some(from),
            to_state: (!to.is_empty()).then_some(to),
            detail,
        },
        now,
    )
    .await
    .map_err(internal)
}

fn queue_row(row: QueueRowDb) -> QueueRow {
    let role_kind = RoleKind::parse(&row.role_kind).unwrap_or(RoleKind::Operator);
    QueueRow {
        id: row.id,
        status: RequestStatus::from_code(&row.status),
        person_name: format!("{} {}", row.first_name, row.last_name),
        person_email: row.email,
        organisation_id: row.organisation_id,
        organisation_name: row.organisation_name,
        organisation_status: OrganisationStatus::from_code(&row.organisation_status),
        role_kind,
        role: role_label(role_kind, row.authority_role.as_deref()),
        country: row.country,
        created_at: row.created_at,
        decided_at: row.decided_at,
    }
}

fn queue_row_of_full(row: &RequestFull) -> QueueRow {
    let role_kind = RoleKind::parse(&row.role_kind).unwrap_or(RoleKind::Operator);
    QueueRow {
        id: row.id,
        status: RequestStatus::from_code(&row.status),
        person_name: format!("{} {}", row.first_name, row.last_name),
        person_email: row.email.clone(),
        organisation_id: row.organisation_id,
        organisation_name: row.organisation_name.clone(),
        organisation_status: OrganisationStatus::from_code(&row.organisation_status),
        role_kind,
        role: role_label(role_kind, row.authority_role.as_deref()),
        country: row.country.clone(),
        created_at: row.created_at,
        decided_at: row.decided_at,
    }
}

fn organisation_detail(row: &RequestFull) -> OrganisationDetail {
    let kind = kind_from_code(&row.organisation_kind).unwrap_or(RoleKind::Operator);
    OrganisationDetail {
        id: row.organisation_id,
        kind,
        name: row.organisation_name.clone(),
        status: OrganisationStatus::from_code(&row.organisation_status),
        country: row.organisation_country.clone(),
        section: row
            .section
            .as_deref()
            .and_then(|s| Section::parse(s).ok())
            .map(|s| s.name()),
        activity: row
            .activity
            .as_deref()
            .and_then(|a| ActivityType::parse(a).ok())
            .map(|a| a.name()),
        address: row.address.clone(),
        city: row.city.clone(),
        postcode: row.postcode.clone(),
        phone: row.organisation_phone.clone(),
        fax: row.fax.clone(),
        email: row.organisation_email.clone(),
        website: row.website.clone(),
        eori: row.eori.clone(),
        authority_role: row
            .authority_role
            .as_deref()
            .and_then(|r| AuthorityRole::parse(r).ok())
            .map(|r| r.name()),
        code: row.code.clone(),
    }
}

fn audit_entry(row: store::AuditRow) -> Option<AuditEntry> {
    let action = AuditAction::parse(&row.action)?;
    let actor = match (row.actor_first_name, row.actor_last_name, row.actor_email) {
        (Some(first), Some(last), Some(email)) => Some(format!("{first} {last} ({email})")),
        _ => None,
    };
    Some(AuditEntry {
        id: row.id,
        at: row.at,
        actor,
        action,
        from_state: row.from_state,
        to_state: row.to_state,
        detail: row.detail,
    })
}

fn encode_cursor(created_at: i64, id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{created_at}:{id}"))
}

fn decode_cursor(cursor: &str) -> Result<(i64, i64), ApiError> {
    let bad = || ApiError::field(field::AFTER, Message::new("error-queue-page-link"));
    if cursor.len() > 64 {
        return Err(bad());
    }
    let text = URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(bad)?;
    let (created_at, id) = text.split_once(':').ok_or_else(bad)?;
    Ok((
        created_at.parse().map_err(|_| bad())?,
        id.parse().map_err(|_| bad())?,
    ))
}

/// The filters, checked; every problem named at once.
fn queue_query(filter: &QueueFilter, now: i64) -> Result<QueueQuery, ApiError> {
    let mut errors = Vec::new();
    let country = match filter.country.trim() {
        "" => None,
        code => match CountryCode::parse(code) {
            Ok(country) => Some(country.as_str().to_owned()),
            Err(e) => {
                errors.push(FieldError::new(field::COUNTRY, e));
                None
            }
        },
    };
    let organisation = filter.organisation.trim();
    let organisation = if organisation.chars().count() > 100 {
        errors.push(FieldError::new(
            field::ORGANISATION,
            Message::new("error-queue-organisation-too-long"),
        ));
        None
    } else {
        Some(fold_name(organisation)).filter(|name| !name.is_empty())
    };
    let created_before = match filter.min_age_days {
        Some(days) if days > MAX_AGE_DAYS => {
            errors.push(FieldError::new(
                field::MIN_AGE_DAYS,
                Message::new("error-queue-age-too-high").with("max", MAX_AGE_DAYS),
            ));
            None
        }
        Some(0) | None => None,
        Some(days) => Some(now - i64::from(days) * 86_400),
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    Ok(QueueQuery {
        pending: filter.view == QueueView::Pending,
        newest_first: filter.order == QueueOrder::NewestFirst,
        role_kind: filter.role_kind.map(RoleKind::code),
        country,
        organisation,
        created_before,
        after: None,
        limit: 0,
    })
}

fn not_a_decider() -> ApiError {
    ApiError::Forbidden
}

#[async_trait::async_trait]
impl ApprovalsService for Approvals {
    async fn counts(&self, instance: Instance) -> Result<NavCounts, ApiError> {
        let me = self.account_id(instance).await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        counts(&mut conn, instance, me).await
    }

    async fn queue(
        &self,
        instance: Instance,
        filter: QueueFilter,
        after: Option<String>,
        limit: u32,
    ) -> Result<QueuePage, ApiError> {
        let me = self.account_id(instance).await?;
        let mut query = queue_query(&filter, self.clock.now())?;
        if let Some(after) = after.filter(|a| !a.is_empty()) {
            query.after = Some(decode_cursor(&after)?);
        }
        let limit = limit.clamp(1, MAX_QUEUE_PAGE);
        query.limit = limit + 1;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let scope = store::scope(&mut conn, instance, me)
            .await
            .map_err(internal)?;
        if !scope.is_decider() {
            return Err(not_a_decider());
        }
        let mut rows = store::queue(&mut conn, instance, &scope, &query)
            .await
            .map_err(internal)?;
        let next = if rows.len() > limit as usize {
            rows.truncate(limit as usize);
            rows.last().map(|row| encode_cursor(row.created_at, row.id))
        } else {
            None
        };
        Ok(QueuePage {
            items: rows.into_iter().map(queue_row).collect(),
            next,
        })
    }

    async fn detail(&self, instance: Instance, id: i64) -> Result<RequestDetail, ApiError> {
        let me = self.account_id(instance).await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let scope = store::scope(&mut conn, instance, me)
            .await
            .map_err(internal)?;
        self.detail_on(&mut conn, instance, &scope, id).await
    }

    async fn decide(
        &self,
        instance: Instance,
        id: i64,
        decision: Decision,
    ) -> Result<RequestDetail, ApiError> {
        let me = self.account_id(instance).await?;
        let decision = check_decision(decision)?;
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let scope = store::scope(&mut tx, instance, me)
            .await
            .map_err(internal)?;
        self.decide_on(&mut tx, instance, &scope, id, &decision, now)
            .await?;
        tx.commit().await.map_err(internal)?;
        self.notifier.wake();
        let mut conn = self.store.connection().await.map_err(internal)?;
        self.detail_on(&mut conn, instance, &scope, id).await
    }

    async fn decide_many(
        &self,
        instance: Instance,
        ids: Vec<i64>,
        decision: Decision,
    ) -> Result<BulkOutcome, ApiError> {
        let me = self.account_id(instance).await?;
        if ids.is_empty() {
            return Err(ApiError::field(
                field::IDS,
                Message::new("error-decide-none-selected"),
            ));
        }
        if ids.len() > MAX_BULK {
            return Err(ApiError::field(
                field::IDS,
                Message::new("error-decide-too-many")
                    .with("max", MAX_BULK)
                    .with("count", ids.len()),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<FieldError> = ids
            .iter()
            .filter(|id| !seen.insert(**id))
            .map(|id| {
                FieldError::new(
                    field::IDS,
                    Message::new("error-decide-selected-twice").with("id", id.to_string()),
                )
            })
            .collect();
        if !twice.is_empty() {
            return Err(ApiError::Validation(twice));
        }
        let decision = check_decision(decision)?;
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let scope = store::scope(&mut tx, instance, me)
            .await
            .map_err(internal)?;
        let mut decided = Vec::with_capacity(ids.len());
        let mut problems = Vec::new();
        for id in &ids {
            match self
                .decide_on(&mut tx, instance, &scope, *id, &decision, now)
                .await
            {
                Ok(row) => decided.push(queue_row_of_full(&row)),
                // Not a problem of one request: the transaction itself failed (and SQLite may
                // have rolled it back already), so nothing after this may run in it.
                Err(e @ (ApiError::Internal | ApiError::StorageUnavailable)) => return Err(e),
                Err(e) => problems.push(FieldError::new(field::IDS, e.message())),
            }
        }
        if !problems.is_empty() {
            // All or nothing: dropping the transaction undoes the requests decided so far.
            let mut all = vec![FieldError::new(
                field::IDS,
                Message::new("error-decide-nothing-decided")
                    .with("failed", problems.len())
                    .with("count", ids.len()),
            )];
            all.extend(problems);
            return Err(ApiError::Validation(all));
        }
        tx.commit().await.map_err(internal)?;
        self.notifier.wake();
        Ok(BulkOutcome { decided })
    }

    async fn set_admin(
        &self,
        instance: Instance,
        id: i64,
        admin: bool,
    ) -> Result<RequestDetail, ApiError> {
        let me = self.account_id(instance).await?;
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let scope = store::scope(&mut tx, instance, me)
            .await
            .map_err(internal)?;
        let row = in_scope(&mut tx, instance, &scope, id).await?;
        if row.status != "valid" {
            return Err(ApiError::Conflict(
                Message::new("error-admin-not-valid")
                    .with("id", id.to_string())
                    .with("status", &row.status),
            ));
        }
        if row.admin != admin {
            if !store::set_admin(&mut tx, id, admin)
                .await
                .map_err(internal)?
            {
                return Err(ApiError::Conflict(
                    Message::new("error-admin-changed-meanwhile").with("id", id.to_string()),
                ));
            }
            let (action, states) = if admin {
                (AuditAction::AdminGranted, ("no", "yes"))
            } else {
                (AuditAction::AdminRemoved, ("yes", "no"))
            };
            audit(
                &mut tx,
                instance,
                Some(me),
                action,
                Some(id),
                Some(row.organisation_id),
                Some(row.account_id),
                states,
                None,
                now,
            )
            .await?;
        }
        tx.commit().await.map_err(internal)?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        // The caller's own scope may have changed (an Administrator removing their own flag
        // is impossible, as nobody decides their own post, but the reread costs nothing).
        let scope = store::scope(&mut conn, instance, me)
            .await
            .map_err(internal)?;
        self.detail_on(&mut conn, instance, &scope, id).await
    }

    async fn notifications(&self, instance: Instance) -> Result<Vec<Notification>, ApiError> {
        let me = self.account_id(instance).await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let rows = store::notifications(&mut conn, instance, me, MAX_NOTIFICATIONS)
            .await
            .map_err(internal)?;
        Ok(rows.into_iter().map(notification).collect())
    }

    async fn mark_read(&self, instance: Instance, up_to: i64) -> Result<NavCounts, ApiError> {
        let me = self.account_id(instance).await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        store::mark_read(&mut conn, instance, me, up_to, self.clock.now())
            .await
            .map_err(internal)?;
        counts(&mut conn, instance, me).await
    }

    async fn export(
        &self,
        instance: Instance,
        what: ExportKind,
        filter: QueueFilter,
    ) -> Result<String, ApiError> {
        let me = self.account_id(instance).await?;
        let mut query = queue_query(&filter, self.clock.now())?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let scope = store::scope(&mut conn, instance, me)
            .await
            .map_err(internal)?;
        if !scope.is_decider() {
            return Err(not_a_decider());
        }
        let mut csv = String::new();
        match what {
            ExportKind::Queue => {
                csv_line(
                    &mut csv,
                    &[
                        "request",
                        "status",
                        "sent (UTC)",
                        "decided (UTC)",
                        "person",
                        "e-mail",
                        "organisation",
                        "organisation status",
                        "role",
                        "country",
                    ],
                );
                query.limit = EXPORT_PAGE;
                loop {
                    let rows = store::queue(&mut conn, instance, &scope, &query)
                        .await
                        .map_err(internal)?;
                    let Some(last) = rows.last() else { break };
                    query.after = Some((last.created_at, last.id));
                    let done = rows.len() < EXPORT_PAGE as usize;
                    for row in rows.into_iter().map(queue_row) {
                        csv_line(
                            &mut csv,
                            &[
                                &row.id.to_string(),
                                &format!("{:?}", row.status).to_lowercase(),
                                &iso_time(row.created_at),
                                &row.decided_at.map(iso_time).unwrap_or_default(),
                                &row.person_name,
                                &row.person_email,
                                &row.organisation_name,
                                &format!("{:?}", row.organisation_status).to_lowercase(),
                                // The export is English, like its column names.
                                &row.role.to_string(),
                                &row.country,
                            ],
                        );
                    }
                    if done {
                        break;
                    }
                }
            }
            ExportKind::Decisions => {
                csv_line(
                    &mut csv,
                    &[
                        "entry",
                        "at (UTC)",
                        "by",
                        "action",
                        "request",
                        "organisation",
                        "person",
                        "from",
                        "to",
                        "reason or note",
                    ],
                );
                let mut after = 0;
                loop {
                    let rows =
                        store::decisions_in_scope(&mut conn, instance, &scope, after, EXPORT_PAGE)
                            .await
                            .map_err(internal)?;
                    let Some(last) = rows.last() else { break };
                    after = last.id;
                    let done = rows.len() < EXPORT_PAGE as usize;
                    for row in rows {
                        let request = row.request_id.map(|id| id.to_string()).unwrap_or_default();
                        let organisation = row.organisation_name.clone().unwrap_or_default();
                        let person = row.subject_email.clone().unwrap_or_default();
                        let Some(entry) = audit_entry(row) else {
                            continue;
                        };
                        csv_line(
                            &mut csv,
                            &[
                                &entry.id.to_string(),
                                &iso_time(entry.at),
                                entry.actor.as_deref().unwrap_or("System"),
                                // The CSV is in English, like the rest of its columns.
                                &entry.action.label().to_string(),
                                &request,
                                &organisation,
                                &person,
                                entry.from_state.as_deref().unwrap_or(""),
                                entry.to_state.as_deref().unwrap_or(""),
                                entry.detail.as_deref().unwrap_or(""),
                            ],
                        );
                    }
                    if done {
                        break;
                    }
                }
            }
        }
        Ok(csv)
    }
}

/// Rows read per query while exporting.
const EXPORT_PAGE: u32 = 1000;

/// Appends one CSV record (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe: names and reasons
/// come from users.
fn csv_line(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{cell}")
        } else {
            (*cell).to_owned()
        };
        if guarded.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

async fn counts(
    conn: &mut SqliteConnection,
    instance: Instance,
    me: i64,
) -> Result<NavCounts, ApiError> {
    let scope = store::scope(conn, instance, me).await.map_err(internal)?;
    let pending = if scope.is_decider() {
        store::count_pending(conn, instance, &scope, COUNT_CAP)
            .await
            .map_err(internal)?
    } else {
        0
    };
    let unread_notifications = store::unread_count(conn, instance, me, COUNT_CAP)
        .await
        .map_err(internal)?;
    Ok(NavCounts {
        decider: scope.is_decider(),
        commission: scope.commission,
        pending,
        unread_notifications,
    })
}

/// The notification as the page shows it: a message put into words in the reader's language.
fn notification(row: store::NotificationRow) -> Notification {
    let (event, text) = if row.event == "new_request" {
        (
            NotificationEvent::NewRequest,
            Message::new("error-notification-new-request")
                .with("first", row.first_name)
                .with("last", row.last_name),
        )
    } else {
        let text = match (row.status.as_str(), row.reason) {
            ("valid", _) => Message::new("error-notification-accepted"),
            ("rejected", Some(reason)) => {
                Message::new("error-notification-rejected").with("reason", reason)
            }
            ("rejected", None) => Message::new("error-notification-rejected-no-reason"),
            (other, _) => Message::new("error-notification-other").with("status", other),
        };
        (NotificationEvent::Decided, text)
    };
    let text = text
        .with("organisation", row.organisation_name)
        .with("country", row.country);
    Notification {
        id: row.id,
        event,
        request_id: row.request_id,
        text,
        created_at: row.created_at,
        read: row.read_at.is_some(),
    }
}

// ---------------------------------------------------------------------------------------------
// Notifications and the audit of the request side

/// Tells people of new requests and of decisions, in the app and by e-mail, per their
/// preferences; writes the audit lines of the request side. Every method works on the caller's
/// transaction, so a notification exists exactly when its cause was committed.
#[derive(Clone)]
pub struct Notifier {
    public_url: String,
    outbox: Outbox,
}

impl Notifier {
    pub fn new(public_url: String, outbox: Outbox) -> Self {
        Self { public_url, outbox }
    }

    /// Wakes the mail worker; call after the commit.
    pub fn wake(&self) {
        self.outbox.wake();
    }

    /// A request was stored: audit it and tell the deciders in its scope.
    pub async fn request_created(
        &self,
        conn: &mut SqliteConnection,
        instance: Instance,
        request_id: i64,
        now: i64,
    ) -> Result<(), ApiError> {
        let row = store::request_full(conn, instance, request_id)
            .await
            .map_err(internal)?
            .ok_or_else(|| broken("a new request is gone"))?;
        audit(
            conn,
            instance,
            Some(row.account_id),
            AuditAction::RequestCreated,
            Some(row.id),
            Some(row.organisation_id),
            Some(row.account_id),
            ("", "pending"),
            None,
            now,
        )
        .await?;
        let deciders = store::deciders(conn, instance, row.facts())
            .await
            .map_err(internal)?;
        let link = format!("{}{}/queue/{}", self.public_url, instance.home(), row.id);
        for person in deciders.iter().filter(|p| p.notify_new_requests) {
            let mail = notices::new_request(
                email_language(person),
                &person.first_name,
                &format!("{} {}", row.first_name, row.last_name),
                &row.organisation_name,
                &row.country,
                &role_label(
                    RoleKind::parse(&row.role_kind).unwrap_or(RoleKind::Operator),
                    row.authority_role.as_deref(),
                )
                .text_in(email_language(person)),
                &link,
            );
            tell(conn, instance, person, "new_request", row.id, mail, now).await?;
        }
        Ok(())
    }

    /// A requester cancelled their pending request.
    pub async fn request_cancelled(
        &self,
        conn: &mut SqliteConnection,
        instance: Instance,
        request_id: i64,
        organisation_id: i64,
        account_id: i64,
        now: i64,
    ) -> Result<(), ApiError> {
        audit(
            conn,
            instance,
            Some(account_id),
            AuditAction::RequestCancelled,
            Some(request_id),
            Some(organisation_id),
            Some(account_id),
            ("pending", "cancelled"),
            None,
            now,
        )
        .await
    }

    /// A request was decided: tell the requester.
    async fn decided(
        &self,
        conn: &mut SqliteConnection,
        instance: Instance,
        row: &RequestFull,
        now: i64,
    ) -> Result<(), ApiError> {
        let Some(person) = store::recipient(conn, instance, row.account_id)
            .await
            .map_err(internal)?
        else {
            return Ok(());
        };
        if !person.notify_decisions {
            return Ok(());
        }
        let link = format!("{}{}/profile", self.public_url, instance.home());
        let mail = notices::decided(
            email_language(&person),
            &person.first_name,
            &row.organisation_name,
            &row.country,
            row.status == "valid",
            row.reason.as_deref(),
            &link,
        );
        tell(conn, instance, &person, "decided", row.id, mail, now).await
    }
}

/// The language the person reads their e-mail in (English if the stored code is unknown).
fn email_language(person: &Recipient) -> Language {
    Language::parse(&person.email_language).unwrap_or_default()
}

async fn tell(
    conn: &mut SqliteConnection,
    instance: Instance,
    person: &Recipient,
    event: &str,
    request_id: i64,
    mail: notices::Notice,
    now: i64,
) -> Result<(), ApiError> {
    if person.notify_in_app {
        store::notify(conn, instance, person.account_id, event, request_id, now)
            .await
            .map_err(internal)?;
    }
    if person.notify_email {
        let mail = OutgoingMail {
            to: person.email.clone(),
            subject: mail.subject,
            body: mail.body,
        };
        crate::store::outbox::enqueue_mail(conn, &mail, now)
            .await
            .map_err(internal)?;
    }
    Ok(())
}

/// Makes an EU Login account a Commission user of an instance (the server's command line), in
/// the caller's write transaction: the caller checks the account in the same one. Returns false
/// when it already was one.
pub async fn grant_commission(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    now: i64,
) -> Result<bool, ApiError> {
    let added = store::add_commission_member(conn, instance, account_id, now)
        .await
        .map_err(internal)?;
    if added {
        audit(
            conn,
            instance,
            None,
            AuditAction::CommissionGranted,
            None,
            None,
            Some(account_id),
            ("", "commission"),
            None,
            now,
        )
        .await?;
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        let mut out = String::new();
        csv_line(&mut out, &["a", "b,c", "say \"hi\"", "=1+2", "x\ny"]);
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\",'=1+2,\"x\ny\"\r\n");
    }

    #[test]
    fn cursors_round_trip_and_garbage_is_a_field_error() {
        let cursor = encode_cursor(1_700_000_000, 42);
        assert_eq!(decode_cursor(&cursor), Ok((1_700_000_000, 42)));
        for bad in ["", "!!", "bm90LWEtY3Vyc29y", &"A".repeat(100)] {
            let err = decode_cursor(bad).unwrap_err();
            assert!(err.for_field(field::AFTER).is_some(), "{bad}");
        }
    }

    #[test]
    fn filters_are_checked_together() {
        let filter = QueueFilter {
            country: "XX".into(),
            organisation: "x".repeat(101),
            min_age_days: Some(MAX_AGE_DAYS + 1),
            ..Default::default()
        };
        match queue_query(&filter, 0) {
            Err(ApiError::Validation(errors)) => assert_eq!(errors.len(), 3),
            other => panic!("{other:?}"),
        }
        let ok = queue_query(
            &QueueFilter {
                country: " pl ".into(),
                organisation: "  Bió ".into(),
                min_age_days: Some(2),
                order: QueueOrder::OldestFirst,
                ..Default::default()
            },
            1_000_000,
        )
        .unwrap();
        assert_eq!(ok.country.as_deref(), Some("PL"));
        assert_eq!(ok.organisation.as_deref(), Some("bio"));
        assert_eq!(ok.created_before, Some(1_000_000 - 2 * 86_400));
        assert!(!ok.newest_first);
    }
}
