//! SQL of TRACES NT step 2: the organisation directory of each instance, the people of an
//! instance (role kind, preferences) and their authorisation requests. Every query names its
//! instance, so nothing of one instance is seen from the other.

use app::domain::{
    organisation::field, ActivityType, AuthorityRole, ControlBodyCode, CountryCode, CountryError,
    FieldError, Instance, NewOperator, NewOperatorInput, OrganisationName, RoleKind,
};
use app::i18n::Message;
use serde::Deserialize;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

/// Database codes of `organisations.kind`.
pub fn kind_code(kind: RoleKind) -> &'static str {
    match kind {
        RoleKind::Operator => "operator",
        RoleKind::ControlBody => "control_body",
        RoleKind::Authority => "authority",
    }
}

pub fn kind_from_code(code: &str) -> Option<RoleKind> {
    match code {
        "operator" => Some(RoleKind::Operator),
        "control_body" => Some(RoleKind::ControlBody),
        "authority" => Some(RoleKind::Authority),
        _ => None,
    }
}

/// Statuses of `organisations.status` a person can still request a post in.
pub const OPEN_STATUSES: [&str; 2] = ["new", "valid"];

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub name_folded: String,
    pub country: String,
    pub status: String,
    pub section: Option<String>,
    pub activity: Option<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub eori: Option<String>,
    pub authority_role: Option<String>,
    pub code: Option<String>,
}

const ORGANISATION_COLUMNS: &str = "id, kind, name, name_folded, country, status, section, activity, city, postcode, eori, authority_role, code";

/// An organisation as the directory import, tests and the demo give it: every value as text,
/// checked by [`NewOrganisation::parse`] with the rules of `app::domain`. Also the columns of
/// the CSV file of `server directory import`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewOrganisation {
    /// `operator`, `control_body` or `authority`.
    pub kind: String,
    pub name: String,
    /// ISO 3166-1 code.
    pub country: String,
    /// `valid` (blank), `new`, `rejected` or `inactive`.
    pub status: String,
    pub address: String,
    pub city: String,
    pub postcode: String,
    pub section: String,
    pub activity: String,
    pub phone: String,
    pub fax: String,
    pub email: String,
    pub website: String,
    pub eori: String,
    /// Authorities: `BCP` or `CCA`.
    pub authority_role: String,
    /// Control bodies: `AB-CDE-999`.
    pub code: String,
    /// Control bodies: the countries certified in, separated by spaces, commas or `;`
    /// (blank: the country of the code).
    pub certified_countries: String,
}

/// An organisation whose every value is valid.
#[derive(Clone, Debug)]
pub enum ValidOrganisation {
    Operator(NewOperator),
    Authority {
        name: OrganisationName,
        country: CountryCode,
        role: AuthorityRole,
    },
    ControlBody {
        name: OrganisationName,
        country: CountryCode,
        code: ControlBodyCode,
        certified: Vec<CountryCode>,
    },
}

impl ValidOrganisation {
    pub fn name(&self) -> &OrganisationName {
        match self {
            ValidOrganisation::Operator(operator) => &operator.name,
            ValidOrganisation::Authority { name, .. }
            | ValidOrganisation::ControlBody { name, .. } => name,
        }
    }

    pub fn country(&self) -> CountryCode {
        match self {
            ValidOrganisation::Operator(operator) => operator.country,
            ValidOrganisation::Authority { country, .. }
            | ValidOrganisation::ControlBody { country, .. } => *country,
        }
    }

    pub fn kind(&self) -> RoleKind {
        match self {
            ValidOrganisation::Operator(_) => RoleKind::Operator,
            ValidOrganisation::Authority { .. } => RoleKind::Authority,
            ValidOrganisation::ControlBody { .. } => RoleKind::ControlBody,
        }
    }
}

impl NewOrganisation {
    /// The organisation and its status, or every problem (field names as in the CSV header).
    pub fn parse(&self) -> Result<(ValidOrganisation, &'static str), Vec<FieldError>> {
        let mut errors = Vec::new();
        let status = match self.status.trim().to_ascii_lowercase().as_str() {
            "" | "valid" => Some("valid"),
            "new" => Some("new"),
            "rejected" => Some("rejected"),
            "inactive" => Some("inactive"),
            _ => {
                errors.push(FieldError::new(
                    "status",
                    Message::new("error-import-status"),
                ));
                None
            }
        };
        let kind = match self.kind.trim().to_ascii_lowercase().as_str() {
            "operator" => Some(RoleKind::Operator),
            "control_body" => Some(RoleKind::ControlBody),
            "authority" => Some(RoleKind::Authority),
            _ => {
                errors.push(FieldError::new("kind", Message::new("error-import-kind")));
                None
            }
        };
        let organisation = match kind {
            Some(RoleKind::Operator) => NewOperatorInput {
                name: self.name.clone(),
                country: self.country.clone(),
                address: self.address.clone(),
                city: self.city.clone(),
                postcode: self.postcode.clone(),
                section: self.section.clone(),
                activity: self.activity.clone(),
                phone: self.phone.clone(),
                fax: self.fax.clone(),
                email: self.email.clone(),
                website: self.website.clone(),
                eori: self.eori.clone(),
            }
            .parse()
            .map_err(|operator_errors| errors.extend(operator_errors))
            .ok()
            .map(ValidOrganisation::Operator),
            Some(other) => {
                let name = OrganisationName::parse(&self.name)
                    .map_err(|e| errors.push(FieldError::new(field::NAME, e)))
                    .ok();
                let country = CountryCode::parse(&self.country)
                    .map_err(|e| errors.push(FieldError::new(field::COUNTRY, e)))
                    .ok();
                if other == RoleKind::Authority {
                    let role = AuthorityRole::parse(&self.authority_role)
                        .map_err(|e| errors.push(FieldError::new("authority_role", e)))
                        .ok();
                    match (name, country, role) {
                        (Some(name), Some(country), Some(role)) => {
                            Some(ValidOrganisation::Authority {
                                name,
                                country,
                                role,
                            })
                        }
                        _ => None,
                    }
                } else {
                    let code = ControlBodyCode::parse(&self.code)
                        .map_err(|e| errors.push(FieldError::new("code", e)))
                        .ok();
                    let mut certified = Vec::new();
                    for part in self
                        .certified_countries
                        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
                        .filter(|part| !part.is_empty())
                    {
                        match CountryCode::parse(part) {
                            Ok(country) if !certified.contains(&country) => certified.push(country),
                            Ok(_) => {}
                            Err(e) => errors.push(FieldError::new(
                                "certified_countries",
                                certified_country_problem(e),
                            )),
                        }
                    }
                    match (name, country, code) {
                        (Some(name), Some(country), Some(code)) => {
                            if certified.is_empty() {
                                certified.push(code.country());
                            }
                            Some(ValidOrganisation::ControlBody {
                                name,
                                country,
                                code,
                                certified,
                            })
                        }
                        _ => None,
                    }
                }
            }
            None => None,
        };
        match (organisation, status) {
            (Some(organisation), Some(status)) if errors.is_empty() => Ok((organisation, status)),
            _ => Err(errors),
        }
    }
}

/// Why [`insert_organisation`] stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum InsertOrganisationError {
    #[error("{}", .0.iter().map(|e| e.message.text()).collect::<Vec<_>>().join(" "))]
    Invalid(Vec<FieldError>),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
}

/// Checks `organisation` with the domain rules and stores it on `instance` (an EORI number or
/// control body code already on the instance is refused); returns its id.
pub async fn insert_organisation(
    conn: &mut SqliteConnection,
    instance: Instance,
    organisation: &NewOrganisation,
    now: i64,
) -> Result<i64, InsertOrganisationError> {
    let (valid, status) = organisation
        .parse()
        .map_err(InsertOrganisationError::Invalid)?;
    if let ValidOrganisation::Operator(NewOperator {
        eori: Some(eori), ..
    }) = &valid
    {
        if let Some(other) = organisation_by_eori(conn, instance, eori.as_str()).await? {
            return Err(InsertOrganisationError::Invalid(vec![eori_taken(
                eori.as_str(),
                &other.name,
            )]));
        }
    }
    if let ValidOrganisation::ControlBody { code, .. } = &valid {
        let other: Option<String> =
            sqlx::query_scalar("SELECT name FROM organisations WHERE instance = ? AND code = ?")
                .bind(instance.slug())
                .bind(code.as_str())
                .fetch_optional(&mut *conn)
                .await?;
        if let Some(other) = other {
            return Err(InsertOrganisationError::Invalid(vec![FieldError::new(
                "code",
                Message::new("error-control-body-code-taken")
                    .with("code", code.as_str())
                    .with("other", other),
            )]));
        }
    }
    Ok(insert_valid_organisation(conn, instance, &valid, status, None, now).await?)
}

/// The message for an EORI number already registered for another operator.
pub fn eori_taken(eori: &str, other: &str) -> FieldError {
    FieldError::new(
        field::EORI,
        Message::new("error-eori-taken")
            .with("eori", eori)
            .with("other", other),
    )
}

/// A code of the certified countries that is not a country, said as for the "Country" field
/// with the column's name in front.
fn certified_country_problem(error: CountryError) -> Message {
    match error {
        CountryError::Empty => Message::new("error-certified-countries-empty"),
        CountryError::Shape(code) => {
            Message::new("error-certified-countries-shape").with("code", code)
        }
        CountryError::Unknown(code) => {
            Message::new("error-certified-countries-unknown").with("code", code)
        }
        CountryError::EuAlias { alias, iso } => Message::new("error-certified-countries-eu-alias")
            .with("alias", alias)
            .with("iso", iso.as_str())
            .with("name", crate::messages::country(iso.as_str())),
    }
}

/// Stores an organisation that is already valid; returns its id.
pub async fn insert_valid_organisation(
    conn: &mut SqliteConnection,
    instance: Instance,
    organisation: &ValidOrganisation,
    status: &str,
    created_by: Option<i64>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let name = organisation.name();
    let mut insert = QueryBuilder::<Sqlite>::new(
        "INSERT INTO organisations (instance, kind, name, name_folded, country, status, created_by, created_at, \
         section, activity, address, city, postcode, phone, fax, email, website, eori, authority_role, code) VALUES (",
    );
    let mut values = insert.separated(", ");
    values
        .push_bind(instance.slug())
        .push_bind(kind_code(organisation.kind()))
        .push_bind(name.as_str().to_owned())
        .push_bind(name.folded())
        .push_bind(organisation.country().as_str().to_owned())
        .push_bind(status.to_owned())
        .push_bind(created_by)
        .push_bind(now);
    let none = None::<String>;
    match organisation {
        ValidOrganisation::Operator(operator) => {
            let contact = &operator.contact;
            values
                .push_bind(operator.section.code())
                .push_bind(operator.activity.code())
                .push_bind(operator.address.clone())
                .push_bind(operator.city.clone())
                .push_bind(operator.postcode.as_str().to_owned())
                .push_bind(contact.phone.as_ref().map(|p| p.as_str().to_owned()))
                .push_bind(contact.fax.as_ref().map(|p| p.as_str().to_owned()))
                .push_bind(contact.email.as_ref().map(|e| e.as_str().to_owned()))
                .push_bind(contact.website.as_ref().map(|w| w.as_str().to_owned()))
                .push_bind(operator.eori.as_ref().map(|e| e.as_str().to_owned()))
                .push_bind(none.clone())
                .push_bind(none);
        }
        ValidOrganisation::Authority { role, .. } => {
            for _ in 0..10 {
                values.push_bind(none.clone());
            }
            values.push_bind(role.code()).push_bind(none);
        }
        ValidOrganisation::ControlBody { code, .. } => {
            for _ in 0..11 {
                values.push_bind(none.clone());
            }
            values.push_bind(code.as_str().to_owned());
        }
    }
    insert.push(") RETURNING id");
    let id: i64 = insert.build_query_scalar().fetch_one(&mut *conn).await?;
    if let ValidOrganisation::ControlBody { certified, .. } = organisation {
        for country in certified {
            sqlx::query(
                "INSERT INTO control_body_countries (organisation_id, country) VALUES (?, ?)",
            )
            .bind(id)
            .bind(country.as_str())
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(id)
}

pub async fn organisation_by_id(
    conn: &mut SqliteConnection,
    instance: Instance,
    id: i64,
) -> Result<Option<OrganisationRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE instance = ? AND id = ?"
    ))
    .bind(instance.slug())
    .bind(id)
    .fetch_optional(conn)
    .await
}

pub async fn organisation_by_eori(
    conn: &mut SqliteConnection,
    instance: Instance,
    eori: &str,
) -> Result<Option<OrganisationRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE instance = ? AND eori = ?"
    ))
    .bind(instance.slug())
    .bind(eori)
    .fetch_optional(conn)
    .await
}

/// The countries a control body certifies in, by code.
pub async fn certified_countries(
    conn: &mut SqliteConnection,
    organisation_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT country FROM control_body_countries WHERE organisation_id = ? ORDER BY country",
    )
    .bind(organisation_id)
    .fetch_all(conn)
    .await
}

/// What a directory search filters on; `None` and empty mean "any".
pub struct SearchFilter {
    pub instance: Instance,
    pub kind: RoleKind,
    pub country: Option<CountryCode>,
    pub section: Option<&'static str>,
    pub activity: Option<ActivityType>,
    pub authority_role: Option<AuthorityRole>,
    /// Folded, searched as a substring of `name_folded`.
    pub name_folded: String,
    /// The last row of the previous page: `(name_folded, id)`.
    pub after: Option<(String, i64)>,
    pub limit: u32,
}

/// Escapes `%`, `_` and the escape character itself for `LIKE … ESCAPE '\'`.
pub(crate) fn like_pattern(fragment: &str) -> String {
    let mut pattern = String::with_capacity(fragment.len() + 2);
    pattern.push('%');
    for c in fragment.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// Fragments with at most this many organisations holding them (in any instance, kind or
/// country) are searched through the trigram index; more common ones by walking the keyset
/// index. Measured on the benchmark's 100,000 organisations (bench/REPORT.md): a page through
/// the trigram index costs about 2 µs per organisation holding the fragment, so 500 stay near
/// 1 ms, while walking stops after a page of matches (0.1 ms for "bio") but reads the whole
/// country when nothing matches (about 3 ms for the 11,860 operators of Italy).
const TRIGRAM_HITS_MAX: i64 = 500;

/// How a search finds the rows whose `name_folded` holds the fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameLookup {
    /// Walk the keyset index and test `LIKE` on every row of the scope.
    Walk,
    /// Read the organisations the trigram index gives, then test `LIKE` on those alone.
    Trigrams,
}

/// One page of the directory, ordered by `(name_folded, id)` after the cursor (keyset paging,
/// no OFFSET); only organisations in status new or valid. Up to `limit` rows.
/// Merges the trigram index's segments into one. Rows added one at a time through the
/// triggers leave it in many small segments, which take more room and time to search; after
/// a directory import of thousands of rows, one merge is worth its cost.
pub async fn compact_name_index(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO organisation_name_trigrams (organisation_name_trigrams) VALUES ('optimize')",
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn search(
    conn: &mut SqliteConnection,
    filter: &SearchFilter,
) -> Result<Vec<OrganisationRow>, sqlx::Error> {
    let lookup = if is_rare(conn, &filter.name_folded).await? {
        NameLookup::Trigrams
    } else {
        NameLookup::Walk
    };
    search_by(conn, filter, lookup).await
}

/// Whether the trigram index can answer the fragment cheaply: it has 3 characters or more (the
/// index knows nothing shorter) and few organisations hold it.
///
/// SQLite only: FTS5 is SQLite's. On PostgreSQL the same question goes to a `pg_trgm` GIN
/// index on `name_folded`, whose planner weighs the walk against the index by itself, so there
/// this function and [`NameLookup`] have no counterpart.
async fn is_rare(conn: &mut SqliteConnection, fragment: &str) -> Result<bool, sqlx::Error> {
    if fragment.chars().count() < 3 {
        return Ok(false);
    }
    let hits: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT 1 FROM organisation_name_trigrams
         WHERE organisation_name_trigrams MATCH ? LIMIT ?)",
    )
    .bind(trigram_phrase(fragment))
    .bind(TRIGRAM_HITS_MAX + 1)
    .fetch_one(conn)
    .await?;
    Ok(hits <= TRIGRAM_HITS_MAX)
}

/// The fragment as one FTS5 phrase: in double quotes, its own double quotes doubled, so that
/// no character of it is read as query syntax.
fn trigram_phrase(fragment: &str) -> String {
    format!("\"{}\"", fragment.replace('"', "\"\""))
}

/// [`search`] along the given path. Both paths apply the same conditions, `LIKE` included,
/// and the same order: the trigram index only narrows the rows read (it finds every row
/// `LIKE` finds, see migration 0009), so both give the same page.
pub(crate) async fn search_by(
    conn: &mut SqliteConnection,
    filter: &SearchFilter,
    lookup: NameLookup,
) -> Result<Vec<OrganisationRow>, sqlx::Error> {
    let mut query = QueryBuilder::<Sqlite>::new("");
    match lookup {
        NameLookup::Walk => {
            query.push(format!(
                "SELECT {ORGANISATION_COLUMNS} FROM organisations WHERE "
            ));
        }
        NameLookup::Trigrams => {
            // CROSS JOIN keeps the index's hits as the outer loop: each is one rowid lookup.
            query
                .push(
                    "WITH hits (hit) AS (SELECT rowid FROM organisation_name_trigrams \
                     WHERE organisation_name_trigrams MATCH ",
                )
                .push_bind(trigram_phrase(&filter.name_folded))
                .push(format!(
                    ") SELECT {ORGANISATION_COLUMNS} FROM hits CROSS JOIN organisations ON id = hit WHERE "
                ));
        }
    }
    query.push("status IN ('new', 'valid') AND instance = ");
    query.push_bind(filter.instance.slug());
    query.push(" AND kind = ").push_bind(kind_code(filter.kind));
    if let Some(country) = filter.country {
        if filter.kind == RoleKind::ControlBody {
            // A control body is found by its own country and by the countries it certifies.
            query
                .push(" AND (country = ")
                .push_bind(country.as_str().to_owned())
                .push(" OR id IN (SELECT organisation_id FROM control_body_countries WHERE country = ")
                .push_bind(country.as_str().to_owned())
                .push("))");
        } else {
            query
                .push(" AND country = ")
                .push_bind(country.as_str().to_owned());
        }
    }
    if let Some(section) = filter.section {
        query.push(" AND section = ").push_bind(section);
    }
    if let Some(activity) = filter.activity {
        query.push(" AND activity = ").push_bind(activity.code());
    }
    if let Some(role) = filter.authority_role {
        query.push(" AND authority_role = ").push_bind(role.code());
    }
    if !filter.name_folded.is_empty() {
        query
            .push(" AND name_folded LIKE ")
            .push_bind(like_pattern(&filter.name_folded))
            .push(" ESCAPE '\\'");
    }
    if let Some((name, id)) = &filter.after {
        query
            .push(" AND (name_folded, id) > (")
            .push_bind(name.clone())
            .push(", ")
            .push_bind(*id)
            .push(")");
    }
    query
        .push(" ORDER BY name_folded, id LIMIT ")
        .push_bind(i64::from(filter.limit));
    query.build_query_as().fetch_all(conn).await
}

/// Operators of `country` and operators with the EORI number `eori`, for the duplicate check:
/// bounded, never the whole table.
pub async fn duplicate_candidates(
    conn: &mut SqliteConnection,
    instance: Instance,
    country: CountryCode,
    eori: Option<&str>,
    limit: u32,
) -> Result<Vec<OrganisationRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {ORGANISATION_COLUMNS} FROM organisations
         WHERE instance = ?1 AND kind = 'operator' AND status IN ('new', 'valid') AND country = ?2
         UNION
         SELECT {ORGANISATION_COLUMNS} FROM organisations
         WHERE instance = ?1 AND eori = ?3
         LIMIT ?4"
    ))
    .bind(instance.slug())
    .bind(country.as_str())
    .bind(eori)
    .bind(i64::from(limit))
    .fetch_all(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// People of an instance

/// The preferences of a person on an instance, as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PreferencesRow {
    pub time_zone: String,
    pub notify_in_app: bool,
    pub notify_email: bool,
    pub notify_decisions: bool,
    pub notify_new_requests: bool,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TracesUserRow {
    pub role_kind: Option<String>,
    #[sqlx(flatten)]
    pub preferences: PreferencesRow,
}

pub async fn traces_user(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
) -> Result<Option<TracesUserRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT role_kind, time_zone, notify_in_app, notify_email, notify_decisions,
                notify_new_requests
         FROM traces_users WHERE instance = ? AND account_id = ?",
    )
    .bind(instance.slug())
    .bind(account_id)
    .fetch_optional(conn)
    .await
}

/// Records the person's role kind on the instance (creating the row with default preferences).
pub async fn set_role_kind(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    kind: Option<RoleKind>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO traces_users (instance, account_id, role_kind, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (instance, account_id) DO UPDATE SET role_kind = excluded.role_kind",
    )
    .bind(instance.slug())
    .bind(account_id)
    .bind(kind.map(RoleKind::code))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores every preference of the person on the instance at once (creating the row, without a
/// role kind, if they have none yet).
pub async fn set_preferences(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    preferences: &PreferencesRow,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO traces_users (instance, account_id, time_zone, notify_in_app, notify_email,
                                   notify_decisions, notify_new_requests, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (instance, account_id) DO UPDATE SET time_zone = excluded.time_zone,
             notify_in_app = excluded.notify_in_app, notify_email = excluded.notify_email,
             notify_decisions = excluded.notify_decisions,
             notify_new_requests = excluded.notify_new_requests",
    )
    .bind(instance.slug())
    .bind(account_id)
    .bind(&preferences.time_zone)
    .bind(preferences.notify_in_app)
    .bind(preferences.notify_email)
    .bind(preferences.notify_decisions)
    .bind(preferences.notify_new_requests)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Requests

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub authority_role: Option<String>,
    pub country: String,
    pub role_kind: String,
    pub status: String,
    pub reason: Option<String>,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

const REQUEST_SELECT: &str = "SELECT r.id, r.organisation_id, o.name AS organisation_name, o.authority_role, r.country, r.role_kind, r.status, r.reason, r.created_at, r.decided_at
     FROM role_requests r JOIN organisations o ON o.id = r.organisation_id";

/// The kind of the person's pending or valid requests on the instance, if any.
pub async fn open_role_kind(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT role_kind FROM role_requests
         WHERE instance = ? AND account_id = ? AND status IN ('pending', 'valid') LIMIT 1",
    )
    .bind(instance.slug())
    .bind(account_id)
    .fetch_optional(conn)
    .await
}

/// The person's pending or valid request for a post, if any.
pub async fn open_request_status(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    organisation_id: i64,
    country: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT status FROM role_requests
         WHERE instance = ? AND account_id = ? AND organisation_id = ? AND country = ?
           AND status IN ('pending', 'valid')",
    )
    .bind(instance.slug())
    .bind(account_id)
    .bind(organisation_id)
    .bind(country)
    .fetch_optional(conn)
    .await
}

/// The submission recorded with this key: `(id, instance)`.
pub async fn submission_by_key(
    conn: &mut SqliteConnection,
    account_id: i64,
    key: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, instance FROM role_request_submissions WHERE account_id = ? AND idempotency_key = ?",
    )
    .bind(account_id)
    .bind(key)
    .fetch_optional(conn)
    .await
}

pub async fn insert_submission(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    key: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO role_request_submissions (instance, account_id, idempotency_key, created_at)
         VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(instance.slug())
    .bind(account_id)
    .bind(key)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub struct NewRequest<'a> {
    pub instance: Instance,
    pub account_id: i64,
    pub organisation_id: i64,
    pub country: &'a str,
    pub role_kind: RoleKind,
    pub additional_info: &'a str,
    pub contact_email: &'a str,
    pub contact_phone: Option<&'a str>,
    pub submission_id: i64,
}

/// Stores a pending request; returns its id.
pub async fn insert_request(
    conn: &mut SqliteConnection,
    request: &NewRequest<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO role_requests (instance, account_id, organisation_id, country, role_kind, additional_info,
             contact_email, contact_phone, status, created_at, submission_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id",
    )
    .bind(request.instance.slug())
    .bind(request.account_id)
    .bind(request.organisation_id)
    .bind(request.country)
    .bind(request.role_kind.code())
    .bind(request.additional_info)
    .bind(request.contact_email)
    .bind(request.contact_phone)
    .bind(now)
    .bind(request.submission_id)
    .fetch_one(conn)
    .await
}

/// The requests of one submission, in the order they were recorded.
pub async fn requests_of_submission(
    conn: &mut SqliteConnection,
    submission_id: i64,
) -> Result<Vec<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{REQUEST_SELECT} WHERE r.submission_id = ? ORDER BY r.id"
    ))
    .bind(submission_id)
    .fetch_all(conn)
    .await
}

/// Every request of the person on the instance, newest first.
pub async fn requests_of(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
) -> Result<Vec<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{REQUEST_SELECT} WHERE r.instance = ? AND r.account_id = ? ORDER BY r.created_at DESC, r.id DESC"
    ))
    .bind(instance.slug())
    .bind(account_id)
    .fetch_all(conn)
    .await
}

/// One of the person's own requests on the instance.
pub async fn own_request(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    id: i64,
) -> Result<Option<RequestRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{REQUEST_SELECT} WHERE r.instance = ? AND r.account_id = ? AND r.id = ?"
    ))
    .bind(instance.slug())
    .bind(account_id)
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// Cancels a pending request; false when it is no longer pending.
pub async fn cancel_request(
    conn: &mut SqliteConnection,
    id: i64,
    account_id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE role_requests SET status = 'cancelled', decided_at = ?, decided_by = ?
         WHERE id = ? AND account_id = ? AND status = 'pending'",
    )
    .bind(now)
    .bind(account_id)
    .bind(id)
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inserts an open operator of `country` named `name` on production; returns its id.
    async fn operator(conn: &mut SqliteConnection, name: &str, country: &str) -> i64 {
        sqlx::query_scalar(
            "INSERT INTO organisations (instance, kind, name, name_folded, country, status,
                section, activity, created_at)
             VALUES ('production', 'operator', ?, ?, ?, 'valid', 'ORGANIC_OPERATOR', 'IMPORTER', 0)
             RETURNING id",
        )
        .bind(name)
        .bind(app::domain::fold_name(name))
        .bind(country)
        .fetch_one(conn)
        .await
        .unwrap()
    }

    /// Every page of the search for `fragment` in `country`, two rows a page, following the
    /// keyset cursor, along `lookup` (`None`: as the directory does): the ids in order.
    async fn all_pages(
        conn: &mut SqliteConnection,
        fragment: &str,
        country: Option<&str>,
        lookup: Option<NameLookup>,
    ) -> Vec<i64> {
        let mut ids = Vec::new();
        let mut after = None;
        loop {
            let filter = SearchFilter {
                instance: Instance::Production,
                kind: RoleKind::Operator,
                country: country.map(|c| CountryCode::parse(c).unwrap()),
                section: None,
                activity: None,
                authority_role: None,
                name_folded: app::domain::fold_name(fragment),
                after: after.take(),
                limit: 2,
            };
            let page = match lookup {
                Some(lookup) => search_by(conn, &filter, lookup).await,
                None => search(conn, &filter).await,
            }
            .unwrap();
            ids.extend(page.iter().map(|row| row.id));
            match page.last() {
                Some(last) if page.len() == 2 => after = Some((last.name_folded.clone(), last.id)),
                _ => return ids,
            }
        }
    }

    #[tokio::test]
    async fn the_trigram_index_finds_what_like_finds() {
        let dir = tempfile::tempdir().unwrap();
        let store = super::super::Store::open(None, dir.path()).await.unwrap();
        let mut conn = store.pool().acquire().await.unwrap();
        for (name, country) in [
            ("Bio Agricola Rossi", "IT"),
            ("Agribio Verdi", "IT"),
            ("Società Agricola Bïo", "IT"),
            ("Biologico 50 Sud", "IT"),
            ("Müller Bio Import", "DE"),
            ("Øko Gård", "DK"),
            ("Ökohof Straße", "DE"),
            ("Βιολογικά Προϊόντα", "GR"),
            ("Ферма Біо", "BG"),
            ("Łódź Eko", "PL"),
            ("AB", "IT"),
        ] {
            operator(&mut conn, name, country).await;
        }
        // Renamed and removed after the insert: the triggers keep the index in step.
        let renamed = operator(&mut conn, "Zzyzx Old", "IT").await;
        sqlx::query("UPDATE organisations SET name = 'Qwerty New', name_folded = ? WHERE id = ?")
            .bind(app::domain::fold_name("Qwerty New"))
            .bind(renamed)
            .execute(&mut *conn)
            .await
            .unwrap();
        let removed = operator(&mut conn, "Vanished Bio", "IT").await;
        sqlx::query("DELETE FROM organisations WHERE id = ?")
            .bind(removed)
            .execute(&mut *conn)
            .await
            .unwrap();

        // The fragment as typed, and how many organisations (all countries) hold it folded.
        let fragments = [
            // 1 and 2 characters: below the trigram index's reach, always walked.
            ("b", 6),
            ("ø", 8),
            ("5", 1),
            ("bi", 5),
            ("AB", 1),
            ("з", 0),
            // 3 characters and more.
            ("bio", 5),
            ("BÏO", 5),
            ("agr", 3),
            ("agricola", 2),
            ("bio agricola", 1),
            ("o 5", 1),
            ("ÖKO", 2),
            ("straße", 1),
            ("gard", 1),
            ("Łódź Eko", 1),
            ("βιολ", 1),
            ("Βιολογικά", 1),
            ("Біо", 1),
            ("ферм", 1),
            ("qwerty", 1),
            ("zzyzx", 0),
            ("vanished", 0),
            ("zqxw", 0),
        ];
        for (fragment, count) in fragments {
            let trigrams = app::domain::fold_name(fragment).chars().count() >= 3;
            assert_eq!(
                is_rare(&mut conn, &app::domain::fold_name(fragment))
                    .await
                    .unwrap(),
                trigrams,
                "{fragment:?}"
            );
            for country in [None, Some("IT")] {
                let walked = all_pages(&mut conn, fragment, country, Some(NameLookup::Walk)).await;
                let searched = all_pages(&mut conn, fragment, country, None).await;
                assert_eq!(walked, searched, "{fragment:?} in {country:?}");
                if trigrams {
                    let indexed =
                        all_pages(&mut conn, fragment, country, Some(NameLookup::Trigrams)).await;
                    assert_eq!(walked, indexed, "{fragment:?} in {country:?}");
                }
                if country.is_none() {
                    assert_eq!(walked.len(), count, "{fragment:?}");
                }
            }
        }
    }

    #[test]
    fn a_fragment_is_one_trigram_phrase_whatever_it_holds() {
        assert_eq!(trigram_phrase("bio"), "\"bio\"");
        assert_eq!(trigram_phrase("a \"b\" OR c*"), "\"a \"\"b\"\" OR c*\"");
    }

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }

    #[test]
    fn rows_of_each_kind_parse_and_bad_rows_name_their_fields() {
        let operator = NewOrganisation {
            kind: "operator".into(),
            name: "Müller Bio Import GmbH".into(),
            country: "DE".into(),
            address: "Hauptstraße 1".into(),
            city: "München".into(),
            postcode: "80331".into(),
            section: "ORGANIC_OPERATOR".into(),
            activity: "IMPORTER".into(),
            phone: "+49 89 123456".into(),
            eori: "DE123456789".into(),
            ..Default::default()
        };
        assert!(matches!(
            operator.parse(),
            Ok((ValidOrganisation::Operator(_), "valid"))
        ));
        let body = NewOrganisation {
            kind: "control_body".into(),
            name: "Kiwa BCS".into(),
            country: "DE".into(),
            code: "DE-ÖKO-001".into(),
            certified_countries: "de; mx, PE".into(),
            status: "new".into(),
            ..Default::default()
        };
        match body.parse() {
            Ok((
                ValidOrganisation::ControlBody {
                    code, certified, ..
                },
                "new",
            )) => {
                assert_eq!(code.as_str(), "DE-OKO-001");
                assert_eq!(certified.len(), 3);
            }
            other => panic!("{other:?}"),
        }
        let bad = NewOrganisation {
            kind: "authority".into(),
            name: "X".into(),
            country: "ZZ".into(),
            authority_role: "CAFOP".into(),
            ..Default::default()
        };
        let errors = bad.parse().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "country", "authority_role"]);
    }
}
