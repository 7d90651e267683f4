//! SQL of the approval side: a person's deciding scope, the queue (keyset paging on
//! `(created_at, id)`), decisions, the Administrator flag, notifications and the append-only
//! audit log. Every query names its instance.

use super::traces::like_pattern;
use app::domain::Instance;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

/// What a person may decide on an instance. The rule itself (who decides which request) lives
/// in [`Scope::covers`] and, for lists, in [`push_scope`]: both say the same thing, one for a
/// single row and one as SQL, and the tests hold them together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub account_id: i64,
    pub commission: bool,
    /// Countries where the person is a valid member of a Central Competent Authority.
    pub cca_countries: Vec<String>,
    /// Organisations where the person holds a valid post with the Administrator flag.
    pub admin_of: Vec<i64>,
}

/// The facts of a request that decide who may decide it.
#[derive(Debug, Clone, Copy)]
pub struct ScopeFacts<'a> {
    pub requester: i64,
    pub organisation_id: i64,
    pub country: &'a str,
    /// The organisation is a Central Competent Authority.
    pub cca: bool,
}

impl Scope {
    pub fn is_decider(&self) -> bool {
        self.commission || !self.cca_countries.is_empty() || !self.admin_of.is_empty()
    }

    /// Whether the person may decide this request (and see it).
    pub fn covers(&self, facts: ScopeFacts<'_>) -> bool {
        if facts.requester == self.account_id {
            return false;
        }
        self.commission
            || self.admin_of.contains(&facts.organisation_id)
            || (!facts.cca && self.cca_countries.iter().any(|c| c == facts.country))
    }
}

/// The scope of a person, read from the posts they hold.
///
/// One statement for the three facts: it is asked before every queue page, detail and
/// decision, and each statement is a round trip to the connection's SQLite thread, which
/// costs more than these few index lookups (bench/REPORT.md).
pub async fn scope(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
) -> Result<Scope, sqlx::Error> {
    // Each row is one fact: `commission`, a CCA post's country or an organisation where the
    // person is Administrator. As for authorities, an organisation that is no longer valid has
    // no one deciding for it, its Administrator included. Ordered in Rust: an ORDER BY on
    // `r.country` led SQLite to read the posts through `role_requests_queue_country` (ordered
    // by country), that is every valid post of the instance (0.8 ms with the benchmark's
    // 1,100, growing with each decision) instead of the person's few through
    // `role_requests_valid_posts`.
    let facts: Vec<(String, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT 'commission', NULL, NULL FROM commission_members
         WHERE instance = ?1 AND account_id = ?2
         UNION
         SELECT 'cca', r.country, NULL FROM role_requests r JOIN organisations o ON o.id = r.organisation_id
         WHERE r.account_id = ?2 AND r.instance = ?1 AND r.status = 'valid'
           AND o.kind = 'authority' AND o.authority_role = 'CCA' AND o.status = 'valid'
         UNION
         SELECT 'admin', NULL, r.organisation_id FROM role_requests r JOIN organisations o ON o.id = r.organisation_id
         WHERE r.account_id = ?2 AND r.instance = ?1 AND r.status = 'valid' AND r.admin = 1
           AND o.status = 'valid'",
    )
    .bind(instance.slug())
    .bind(account_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut scope = Scope {
        account_id,
        ..Scope::default()
    };
    for (fact, country, organisation) in facts {
        match (fact.as_str(), country, organisation) {
            ("commission", _, _) => scope.commission = true,
            ("cca", Some(country), _) => scope.cca_countries.push(country),
            ("admin", _, Some(organisation)) => scope.admin_of.push(organisation),
            _ => {}
        }
    }
    scope.cca_countries.sort_unstable();
    scope.cca_countries.dedup();
    scope.admin_of.sort_unstable();
    scope.admin_of.dedup();
    Ok(scope)
}

/// ` AND <the rows of role_requests r / organisations o the scope covers>`.
fn push_scope(query: &mut QueryBuilder<'_, Sqlite>, scope: &Scope) {
    query
        .push(" AND r.account_id <> ")
        .push_bind(scope.account_id);
    if scope.commission {
        return;
    }
    query.push(" AND (0");
    if !scope.cca_countries.is_empty() {
        query.push(" OR (o.authority_role IS NOT 'CCA' AND r.country IN (");
        let mut list = query.separated(", ");
        for country in &scope.cca_countries {
            list.push_bind(country.clone());
        }
        query.push("))");
    }
    if !scope.admin_of.is_empty() {
        query.push(" OR r.organisation_id IN (");
        let mut list = query.separated(", ");
        for id in &scope.admin_of {
            list.push_bind(*id);
        }
        query.push(")");
    }
    query.push(")");
}

/// The queue's filters, already checked.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    pub pending: bool,
    pub newest_first: bool,
    pub role_kind: Option<&'static str>,
    pub country: Option<String>,
    /// Folded name fragment.
    pub organisation: Option<String>,
    /// Only requests created at or before this time.
    pub created_before: Option<i64>,
    /// The last row of the previous page: `(created_at, id)`.
    pub after: Option<(i64, i64)>,
    pub limit: u32,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueRowDb {
    pub id: i64,
    pub account_id: i64,
    pub status: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub organisation_status: String,
    pub authority_role: Option<String>,
    pub role_kind: String,
    pub country: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

const QUEUE_SELECT: &str =
    "SELECT r.id, r.account_id, r.status, a.first_name, a.last_name, a.email,
        r.organisation_id, o.name AS organisation_name, o.status AS organisation_status,
        o.authority_role, r.role_kind, r.country, r.created_at, r.decided_at
     FROM role_requests r
     JOIN organisations o ON o.id = r.organisation_id
     JOIN accounts a ON a.id = r.account_id";

fn push_queue_where(
    query: &mut QueryBuilder<'_, Sqlite>,
    instance: Instance,
    scope: &Scope,
    filter: &QueueQuery,
) {
    query
        .push(" WHERE r.instance = ")
        .push_bind(instance.slug());
    if filter.pending {
        query.push(" AND r.status = 'pending'");
    } else {
        query.push(" AND r.status IN ('valid', 'rejected', 'cancelled', 'revoked')");
    }
    push_scope(query, scope);
    if let Some(kind) = filter.role_kind {
        query.push(" AND r.role_kind = ").push_bind(kind);
    }
    if let Some(country) = &filter.country {
        query.push(" AND r.country = ").push_bind(country.clone());
    }
    if let Some(name) = &filter.organisation {
        query
            .push(" AND o.name_folded LIKE ")
            .push_bind(like_pattern(name))
            .push(" ESCAPE '\\'");
    }
    if let Some(before) = filter.created_before {
        query.push(" AND r.created_at <= ").push_bind(before);
    }
}

/// One page of the queue in the scope, up to `limit` rows.
pub async fn queue(
    conn: &mut SqliteConnection,
    instance: Instance,
    scope: &Scope,
    filter: &QueueQuery,
) -> Result<Vec<QueueRowDb>, sqlx::Error> {
    let mut query = QueryBuilder::<Sqlite>::new(QUEUE_SELECT);
    push_queue_where(&mut query, instance, scope, filter);
    let (cmp, dir) = if filter.newest_first {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    if let Some((created_at, id)) = filter.after {
        query
            .push(format!(" AND (r.created_at, r.id) {cmp} ("))
            .push_bind(created_at)
            .push(", ")
            .push_bind(id)
            .push(")");
    }
    query
        .push(format!(" ORDER BY r.created_at {dir}, r.id {dir} LIMIT "))
        .push_bind(i64::from(filter.limit));
    query.build_query_as().fetch_all(conn).await
}

/// Pending requests in the scope, counted up to `cap` (then `cap`).
pub async fn count_pending(
    conn: &mut SqliteConnection,
    instance: Instance,
    scope: &Scope,
    cap: u32,
) -> Result<u32, sqlx::Error> {
    let mut query = QueryBuilder::<Sqlite>::new(
        "SELECT COUNT(*) FROM (SELECT 1 FROM role_requests r JOIN organisations o ON o.id = r.organisation_id",
    );
    let filter = QueueQuery {
        pending: true,
        ..Default::default()
    };
    push_queue_where(&mut query, instance, scope, &filter);
    query.push(" LIMIT ").push_bind(i64::from(cap)).push(")");
    let count: i64 = query.build_query_scalar().fetch_one(conn).await?;
    Ok(u32::try_from(count).unwrap_or(cap))
}

/// A request with everything the detail view and a decision need.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestFull {
    pub id: i64,
    pub account_id: i64,
    pub status: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub email_language: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub organisation_status: String,
    pub organisation_kind: String,
    pub authority_role: Option<String>,
    pub section: Option<String>,
    pub activity: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub organisation_phone: Option<String>,
    pub fax: Option<String>,
    pub organisation_email: Option<String>,
    pub website: Option<String>,
    pub eori: Option<String>,
    pub code: Option<String>,
    pub organisation_country: String,
    pub role_kind: String,
    pub country: String,
    pub additional_info: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub reason: Option<String>,
    pub admin: bool,
    pub created_at: i64,
    pub decided_at: Option<i64>,
    pub decided_by: Option<i64>,
}

impl RequestFull {
    pub fn facts(&self) -> ScopeFacts<'_> {
        ScopeFacts {
            requester: self.account_id,
            organisation_id: self.organisation_id,
            country: &self.country,
            cca: self.authority_role.as_deref() == Some("CCA"),
        }
    }
}

pub async fn request_full(
    conn: &mut SqliteConnection,
    instance: Instance,
    id: i64,
) -> Result<Option<RequestFull>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.id, r.account_id, r.status, a.first_name, a.last_name, a.email, a.email_language,
            r.organisation_id, o.name AS organisation_name, o.status AS organisation_status,
            o.kind AS organisation_kind, o.authority_role, o.section, o.activity, o.address, o.city,
            o.postcode, o.phone AS organisation_phone, o.fax, o.email AS organisation_email,
            o.website, o.eori, o.code, o.country AS organisation_country, r.role_kind, r.country,
            r.additional_info, r.contact_email, r.contact_phone, r.reason, r.admin, r.created_at,
            r.decided_at, r.decided_by
         FROM role_requests r
         JOIN organisations o ON o.id = r.organisation_id
         JOIN accounts a ON a.id = r.account_id
         WHERE r.instance = ? AND r.id = ?",
    )
    .bind(instance.slug())
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// Records a decision on a pending request; false when it was no longer pending (someone else
/// decided first, or the requester cancelled it).
pub async fn record_decision(
    conn: &mut SqliteConnection,
    id: i64,
    status: &str,
    reason: Option<&str>,
    admin: bool,
    decider: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE role_requests SET status = ?, reason = ?, admin = ?, decided_at = ?, decided_by = ?
         WHERE id = ? AND status = 'pending'",
    )
    .bind(status)
    .bind(reason)
    .bind(admin)
    .bind(now)
    .bind(decider)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Valid posts in the organisation other than the request `except`.
pub async fn other_valid_members(
    conn: &mut SqliteConnection,
    organisation_id: i64,
    except: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM role_requests WHERE organisation_id = ? AND status = 'valid' AND id <> ?",
    )
    .bind(organisation_id)
    .bind(except)
    .fetch_one(conn)
    .await
}

/// Pending requests for the organisation other than `except`.
pub async fn other_pending(
    conn: &mut SqliteConnection,
    organisation_id: i64,
    except: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM role_requests WHERE organisation_id = ? AND status = 'pending' AND id <> ?",
    )
    .bind(organisation_id)
    .bind(except)
    .fetch_one(conn)
    .await
}

/// Moves an operator out of status New; false when it was not New any more.
pub async fn set_organisation_status_from_new(
    conn: &mut SqliteConnection,
    organisation_id: i64,
    status: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE organisations SET status = ? WHERE id = ? AND status = 'new'")
        .bind(status)
        .bind(organisation_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets the Administrator flag of a valid post; false when the post is not valid.
pub async fn set_admin(
    conn: &mut SqliteConnection,
    id: i64,
    admin: bool,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE role_requests SET admin = ? WHERE id = ? AND status = 'valid'")
        .bind(admin)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

// ---------------------------------------------------------------------------------------------
// Audit log

pub struct NewAuditEntry<'a> {
    pub instance: Instance,
    pub actor: Option<i64>,
    pub action: &'static str,
    pub request_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub subject: Option<i64>,
    pub from_state: Option<&'a str>,
    pub to_state: Option<&'a str>,
    pub detail: Option<&'a str>,
}

pub async fn audit(
    conn: &mut SqliteConnection,
    entry: &NewAuditEntry<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (instance, at, actor_account_id, action, request_id, organisation_id,
             subject_account_id, from_state, to_state, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(entry.instance.slug())
    .bind(now)
    .bind(entry.actor)
    .bind(entry.action)
    .bind(entry.request_id)
    .bind(entry.organisation_id)
    .bind(entry.subject)
    .bind(entry.from_state)
    .bind(entry.to_state)
    .bind(entry.detail)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_first_name: Option<String>,
    pub actor_last_name: Option<String>,
    pub actor_email: Option<String>,
    pub action: String,
    pub request_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub subject_email: Option<String>,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub detail: Option<String>,
}

const AUDIT_SELECT: &str = "SELECT l.id, l.at, a.first_name AS actor_first_name,
        a.last_name AS actor_last_name, a.email AS actor_email, l.action, l.request_id,
        l.organisation_id, o.name AS organisation_name, s.email AS subject_email, l.from_state,
        l.to_state, l.detail
     FROM audit_log l
     LEFT JOIN accounts a ON a.id = l.actor_account_id
     LEFT JOIN accounts s ON s.id = l.subject_account_id
     LEFT JOIN organisations o ON o.id = l.organisation_id";

/// The history of a request: its own entries and the validation of its organisation, oldest
/// first.
pub async fn history(
    conn: &mut SqliteConnection,
    request_id: i64,
    organisation_id: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{AUDIT_SELECT} WHERE l.request_id = ?
         UNION ALL
         {AUDIT_SELECT} WHERE l.organisation_id = ? AND l.request_id IS NULL
         ORDER BY 1"
    ))
    .bind(request_id)
    .bind(organisation_id)
    .fetch_all(conn)
    .await
}

/// The audit log of the instance about requests the scope covers, oldest first, after the
/// entry `after`; up to `limit` rows (the CSV export pages through it).
pub async fn decisions_in_scope(
    conn: &mut SqliteConnection,
    instance: Instance,
    scope: &Scope,
    after: i64,
    limit: u32,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    let mut query = QueryBuilder::<Sqlite>::new(AUDIT_SELECT);
    query
        .push(" JOIN role_requests r ON r.id = l.request_id WHERE l.instance = ")
        .push_bind(instance.slug())
        .push(" AND l.id > ")
        .push_bind(after);
    push_scope(&mut query, scope);
    query
        .push(" ORDER BY l.id LIMIT ")
        .push_bind(i64::from(limit));
    query.build_query_as().fetch_all(conn).await
}

/// The name and e-mail of an account, for "decided by".
pub async fn person(
    conn: &mut SqliteConnection,
    account_id: i64,
) -> Result<Option<(String, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT first_name, last_name, email FROM accounts WHERE id = ?")
        .bind(account_id)
        .fetch_optional(conn)
        .await
}

// ---------------------------------------------------------------------------------------------
// Notifications

/// Someone to tell about an event, with their preferences on the instance.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub account_id: i64,
    pub first_name: String,
    pub email: String,
    pub email_language: String,
    pub notify_in_app: bool,
    pub notify_email: bool,
    pub notify_new_requests: bool,
    pub notify_decisions: bool,
}

const RECIPIENT_SELECT: &str = "SELECT a.id AS account_id, a.first_name, a.email, a.email_language,
        COALESCE(u.notify_in_app, 1) AS notify_in_app, COALESCE(u.notify_email, 1) AS notify_email,
        COALESCE(u.notify_new_requests, 1) AS notify_new_requests,
        COALESCE(u.notify_decisions, 1) AS notify_decisions
     FROM accounts a LEFT JOIN traces_users u ON u.account_id = a.id AND u.instance = ?1";

/// The people who may decide a request for `organisation_id` in `country` (the Commission, the
/// organisation's Administrators and, unless it is a Central Competent Authority, the valid
/// members of a Central Competent Authority of the country), but not the requester.
pub async fn deciders(
    conn: &mut SqliteConnection,
    instance: Instance,
    facts: ScopeFacts<'_>,
) -> Result<Vec<Recipient>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{RECIPIENT_SELECT}
         WHERE a.id <> ?2 AND a.id IN (
             SELECT account_id FROM commission_members WHERE instance = ?1
             UNION
             SELECT account_id FROM role_requests
              WHERE instance = ?1 AND organisation_id = ?3 AND status = 'valid' AND admin = 1
             UNION
             SELECT r.account_id FROM role_requests r JOIN organisations o ON o.id = r.organisation_id
              WHERE ?5 = 0 AND r.instance = ?1 AND r.status = 'valid' AND r.country = ?4
                AND o.kind = 'authority' AND o.authority_role = 'CCA' AND o.status = 'valid')
         ORDER BY a.id"
    ))
    .bind(instance.slug())
    .bind(facts.requester)
    .bind(facts.organisation_id)
    .bind(facts.country)
    .bind(facts.cca)
    .fetch_all(conn)
    .await
}

/// The requester of a request, to tell them of the decision.
pub async fn recipient(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
) -> Result<Option<Recipient>, sqlx::Error> {
    sqlx::query_as(&format!("{RECIPIENT_SELECT} WHERE a.id = ?2"))
        .bind(instance.slug())
        .bind(account_id)
        .fetch_optional(conn)
        .await
}

pub async fn notify(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    event: &str,
    request_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO notifications (instance, account_id, event, request_id, created_at) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(instance.slug())
    .bind(account_id)
    .bind(event)
    .bind(request_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: i64,
    pub event: String,
    pub request_id: i64,
    pub created_at: i64,
    pub read_at: Option<i64>,
    pub status: String,
    pub reason: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub organisation_name: String,
    pub country: String,
}

pub async fn notifications(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    limit: u32,
) -> Result<Vec<NotificationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT n.id, n.event, n.request_id, n.created_at, n.read_at, r.status, r.reason,
            a.first_name, a.last_name, o.name AS organisation_name, r.country
         FROM notifications n
         JOIN role_requests r ON r.id = n.request_id
         JOIN accounts a ON a.id = r.account_id
         JOIN organisations o ON o.id = r.organisation_id
         WHERE n.account_id = ? AND n.instance = ?
         ORDER BY n.id DESC LIMIT ?",
    )
    .bind(account_id)
    .bind(instance.slug())
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await
}

pub async fn unread_count(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    cap: u32,
) -> Result<u32, sqlx::Error> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT 1 FROM notifications
          WHERE account_id = ? AND instance = ? AND read_at IS NULL LIMIT ?)",
    )
    .bind(account_id)
    .bind(instance.slug())
    .bind(i64::from(cap))
    .fetch_one(conn)
    .await?;
    Ok(u32::try_from(count).unwrap_or(cap))
}

pub async fn mark_read(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    up_to: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE notifications SET read_at = ?
         WHERE account_id = ? AND instance = ? AND id <= ? AND read_at IS NULL",
    )
    .bind(now)
    .bind(account_id)
    .bind(instance.slug())
    .bind(up_to)
    .execute(conn)
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The Commission

/// Makes the account a Commission user of the instance; false when it already was one.
pub async fn add_commission_member(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO commission_members (instance, account_id, created_at) VALUES (?, ?, ?)
         ON CONFLICT DO NOTHING",
    )
    .bind(instance.slug())
    .bind(account_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        Scope {
            account_id: 7,
            commission: false,
            cca_countries: vec!["PL".into()],
            admin_of: vec![42],
        }
    }

    fn facts(requester: i64, organisation_id: i64, country: &str, cca: bool) -> ScopeFacts<'_> {
        ScopeFacts {
            requester,
            organisation_id,
            country,
            cca,
        }
    }

    #[test]
    fn a_national_authority_decides_its_country_but_not_central_authorities() {
        let s = scope();
        assert!(s.covers(facts(1, 5, "PL", false)));
        assert!(!s.covers(facts(1, 5, "DE", false)));
        assert!(!s.covers(facts(1, 5, "PL", true)));
    }

    #[test]
    fn administrators_decide_their_organisation_anywhere() {
        let s = scope();
        assert!(s.covers(facts(1, 42, "DE", false)));
        assert!(s.covers(facts(1, 42, "DE", true)));
    }

    #[test]
    fn nobody_decides_their_own_request_not_even_the_commission() {
        let mut s = scope();
        s.commission = true;
        assert!(s.covers(facts(1, 9, "FR", true)));
        assert!(!s.covers(facts(7, 9, "FR", true)));
        assert!(!scope().covers(facts(7, 42, "PL", false)));
    }

    #[test]
    fn no_posts_no_scope() {
        let nobody = Scope {
            account_id: 3,
            ..Default::default()
        };
        assert!(!nobody.is_decider());
        assert!(!nobody.covers(facts(1, 1, "PL", false)));
    }
}
