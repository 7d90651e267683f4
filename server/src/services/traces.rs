//! `TracesService`: the person's role kind and preferences on an instance, the directory
//! search, authorisation requests (also with a new operator) and the profile's requests.

use super::approvals::Notifier;
use crate::clock::SharedClock;
use crate::messages::country as country_arg;
use crate::sessions;
use crate::store::traces::{
    self as store, NewRequest, OrganisationRow, PreferencesRow, RequestRow, SearchFilter,
    ValidOrganisation,
};
use crate::store::{accounts, Store};
use app::api::traces::{
    check_time_zone, field, AuthorisationRequestInput, DuplicateCandidate, OperatorCreated,
    OrganisationPage, OrganisationStatus, OrganisationSummary, RequestStatus, RoleRequestView,
    TracesPreferences, TracesProfile, TracesService, MAX_ADDITIONAL_INFO, MAX_DUPLICATES, MAX_PAGE,
    MAX_POSTS,
};
use app::api::{ApiError, FieldError};
use app::domain::{
    check_same_kind, duplicate_rank, fold_name, ActivityType, AuthorityRole, CountryCode, Email,
    Eori, Instance, NewOperatorInput, PhoneNumber, RoleKind, Section, LIKELY_DUPLICATE,
};
use app::i18n::Message;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sqlx::SqliteConnection;

/// Operators of one country looked at for duplicates at most.
const DUPLICATE_SCAN: u32 = 2000;

pub struct Traces {
    store: Store,
    clock: SharedClock,
    secure_cookies: bool,
    notifier: Notifier,
}

impl Traces {
    pub fn new(store: Store, clock: SharedClock, secure_cookies: bool, notifier: Notifier) -> Self {
        Self {
            store,
            clock,
            secure_cookies,
            notifier,
        }
    }

    /// The logged-in account's id, or `Unauthenticated`.
    async fn account_id(&self, instance: Instance) -> Result<i64, ApiError> {
        sessions::logged_in(&self.store, instance, self.clock.now(), self.secure_cookies).await
    }

    /// Why the person may not request posts on the instance, if they may not: the demo domain's
    /// rule of [`crate::training::posts_refused`], read from the account as it is now.
    async fn posts_refused(
        conn: &mut SqliteConnection,
        instance: Instance,
        account_id: i64,
    ) -> Result<Option<Message>, ApiError> {
        let account = accounts::account_by_id(conn, account_id)
            .await
            .map_err(internal)?
            .ok_or_else(|| broken("the logged-in account is gone"))?;
        Ok(crate::training::posts_refused(instance, &account.email))
    }

    /// One click on "send authorisation request" (or "create a new operator"), checked: the
    /// submission, a pending request per post `(organisation, scope country)` with its deciders
    /// told, and the person's role kind. Returns the submission's id.
    #[allow(clippy::too_many_arguments)]
    async fn record_submission(
        &self,
        conn: &mut SqliteConnection,
        instance: Instance,
        account_id: i64,
        kind: RoleKind,
        contact: &Contact,
        posts: &[(i64, &str)],
        now: i64,
    ) -> Result<i64, ApiError> {
        // Here, where every request is stored, and in the write transaction, so that an e-mail
        // change confirmed meanwhile is seen (`confirm_email` checks the other way round).
        if let Some(refusal) = Self::posts_refused(conn, instance, account_id).await? {
            return Err(ApiError::Conflict(refusal));
        }
        let submission_id = store::insert_submission(conn, instance, account_id, &contact.key, now)
            .await
            .map_err(internal)?;
        for (organisation_id, country) in posts {
            let request_id = store::insert_request(
                conn,
                &NewRequest {
                    instance,
                    account_id,
                    organisation_id: *organisation_id,
                    country,
                    role_kind: kind,
                    additional_info: &contact.additional_info,
                    contact_email: &contact.email,
                    contact_phone: contact.phone.as_deref(),
                    submission_id,
                },
                now,
            )
            .await
            .map_err(internal)?;
            self.notifier
                .request_created(conn, instance, request_id, now)
                .await?;
        }
        store::set_role_kind(conn, instance, account_id, Some(kind), now)
            .await
            .map_err(internal)?;
        Ok(submission_id)
    }

    async fn search(
        &self,
        mut filter: SearchFilter,
        after: Option<String>,
    ) -> Result<OrganisationPage, ApiError> {
        if let Some(after) = after.filter(|a| !a.is_empty()) {
            filter.after = Some(decode_cursor(&after)?);
        }
        let limit = filter.limit.clamp(1, MAX_PAGE);
        filter.limit = limit + 1;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let mut rows = store::search(&mut conn, &filter).await.map_err(internal)?;
        let next = if rows.len() > limit as usize {
            rows.truncate(limit as usize);
            rows.last()
                .map(|row| encode_cursor(&row.name_folded, row.id))
        } else {
            None
        };
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            items.push(summary(&mut conn, row).await?);
        }
        Ok(OrganisationPage { items, next })
    }
}

fn internal(err: sqlx::Error) -> ApiError {
    super::storage_error("TRACES", err)
}

fn broken(what: impl std::fmt::Display) -> ApiError {
    super::internal_error("TRACES", what)
}

fn encode_cursor(name_folded: &str, id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{id}:{name_folded}"))
}

fn decode_cursor(cursor: &str) -> Result<(String, i64), ApiError> {
    let bad = || ApiError::field(field::AFTER, Message::new("error-search-page-link"));
    if cursor.len() > 1024 {
        return Err(bad());
    }
    let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    let (id, name) = text.split_once(':').ok_or_else(bad)?;
    Ok((name.to_owned(), id.parse().map_err(|_| bad())?))
}

fn optional(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

fn country_filter(country: Option<String>) -> Result<Option<CountryCode>, ApiError> {
    optional(country)
        .map(|c| CountryCode::parse(&c).map_err(|e| ApiError::field(field::COUNTRY, e)))
        .transpose()
}

fn name_filter(name: &str) -> Result<String, ApiError> {
    if name.chars().count() > 120 {
        return Err(ApiError::field(
            field::NAME,
            Message::new("error-search-name-too-long"),
        ));
    }
    Ok(fold_name(name))
}

async fn summary(
    conn: &mut SqliteConnection,
    row: OrganisationRow,
) -> Result<OrganisationSummary, ApiError> {
    let kind = store::kind_from_code(&row.kind).ok_or_else(|| broken("unknown kind"))?;
    let certified_countries = if kind == RoleKind::ControlBody {
        store::certified_countries(conn, row.id)
            .await
            .map_err(internal)?
    } else {
        Vec::new()
    };
    Ok(OrganisationSummary {
        id: row.id,
        kind,
        name: row.name,
        country: row.country,
        status: OrganisationStatus::from_code(&row.status),
        section: row.section,
        activity: row.activity,
        city: row.city,
        postcode: row.postcode,
        eori: row.eori,
        authority_role: row.authority_role,
        code: row.code,
        certified_countries,
    })
}

/// "Operator", "Organic Control Body", or an authority's role ("Border Control Post").
pub(super) fn role_label(role_kind: RoleKind, authority_role: Option<&str>) -> Message {
    match authority_role.and_then(|r| AuthorityRole::parse(r).ok()) {
        Some(role) if role_kind == RoleKind::Authority => role.name(),
        _ => role_kind.label(),
    }
}

fn request_view(row: RequestRow) -> RoleRequestView {
    let role_kind = RoleKind::parse(&row.role_kind).unwrap_or(RoleKind::Operator);
    let role = role_label(role_kind, row.authority_role.as_deref());
    let status = RequestStatus::from_code(&row.status);
    RoleRequestView {
        id: row.id,
        organisation_id: row.organisation_id,
        organisation_name: row.organisation_name,
        role_kind,
        role,
        country: row.country,
        status,
        reason: row.reason,
        created_at: row.created_at,
        decided_at: row.decided_at,
    }
}

/// The contact details and key of the request popup, checked.
struct Contact {
    email: String,
    phone: Option<String>,
    additional_info: String,
    key: String,
}

fn check_contact(
    email: &str,
    phone: &str,
    additional_info: &str,
    key: &str,
    errors: &mut Vec<FieldError>,
) -> Option<Contact> {
    let email = Email::parse(email, "label-email")
        .map_err(|e| errors.push(FieldError::new(field::CONTACT_EMAIL, e)))
        .ok();
    let phone = if phone.trim().is_empty() {
        Some(None)
    } else {
        PhoneNumber::parse(phone, "label-phone")
            .map(|p| Some(p.as_str().to_owned()))
            .map_err(|e| errors.push(FieldError::new(field::CONTACT_PHONE, e)))
            .ok()
    };
    let info = additional_info.trim();
    if info.chars().count() > MAX_ADDITIONAL_INFO {
        errors.push(FieldError::new(
            field::ADDITIONAL_INFO,
            Message::new("error-additional-info-too-long").with("max", MAX_ADDITIONAL_INFO),
        ));
    }
    let key_ok = (8..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !key_ok {
        errors.push(FieldError::new(
            field::IDEMPOTENCY_KEY,
            Message::new("error-submission-key"),
        ));
    }
    Some(Contact {
        email: email?.as_str().to_owned(),
        phone: phone?,
        additional_info: info.to_owned(),
        key: key.to_owned(),
    })
}

/// A submission already recorded under this key: its requests, or a conflict when the key was
/// used on the other instance.
async fn earlier_submission(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    key: &str,
) -> Result<Option<Vec<RoleRequestView>>, ApiError> {
    let Some((id, recorded_on)) = store::submission_by_key(conn, account_id, key)
        .await
        .map_err(internal)?
    else {
        return Ok(None);
    };
    if recorded_on != instance.slug() {
        return Err(ApiError::Conflict(Message::new(
            "error-submission-other-instance",
        )));
    }
    let rows = store::requests_of_submission(conn, id)
        .await
        .map_err(internal)?;
    Ok(Some(rows.into_iter().map(request_view).collect()))
}

/// The one-kind rule against the person's pending or valid requests.
async fn check_kind(
    conn: &mut SqliteConnection,
    instance: Instance,
    account_id: i64,
    requested: RoleKind,
) -> Result<(), ApiError> {
    let existing = store::open_role_kind(conn, instance, account_id)
        .await
        .map_err(internal)?
        .and_then(|code| RoleKind::parse(&code).ok());
    check_same_kind(existing, requested).map_err(|e| ApiError::Conflict(e.into()))
}

fn open_post_conflict(name: &str, country: &str, status: &str) -> ApiError {
    let id = if status == "valid" {
        "error-post-already-held"
    } else {
        "error-post-already-pending"
    };
    ApiError::Conflict(
        Message::new(id)
            .with("name", name)
            .with("country", country_arg(country)),
    )
}

#[async_trait::async_trait]
impl TracesService for Traces {
    async fn me(&self, instance: Instance) -> Result<TracesProfile, ApiError> {
        let account_id = self.account_id(instance).await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let role_kind = store::open_role_kind(&mut conn, instance, account_id)
            .await
            .map_err(internal)?
            .and_then(|code| RoleKind::parse(&code).ok());
        let user = store::traces_user(&mut conn, instance, account_id)
            .await
            .map_err(internal)?;
        let preferences = user.map_or_else(TracesPreferences::default, |user| {
            let row = user.preferences;
            TracesPreferences {
                time_zone: row.time_zone,
                notify_in_app: row.notify_in_app,
                notify_email: row.notify_email,
                notify_decisions: row.notify_decisions,
                notify_new_requests: row.notify_new_requests,
            }
        });
        let requests_refused = Self::posts_refused(&mut conn, instance, account_id).await?;
        Ok(TracesProfile {
            role_kind,
            requests_refused,
            time_zone: preferences.time_zone,
            notify_in_app: preferences.notify_in_app,
            notify_email: preferences.notify_email,
            notify_decisions: preferences.notify_decisions,
            notify_new_requests: preferences.notify_new_requests,
        })
    }

    async fn search_operators(
        &self,
        instance: Instance,
        country: Option<String>,
        section: Option<String>,
        activity: Option<String>,
        name: String,
        after: Option<String>,
        limit: u32,
    ) -> Result<OrganisationPage, ApiError> {
        self.account_id(instance).await?;
        let mut errors = Vec::new();
        let country = country_filter(country).map_err(|e| errors.push(e)).ok();
        let section = optional(section)
            .map(|s| Section::parse(&s).map(Section::code))
            .transpose()
            .map_err(|e| errors.push(ApiError::field(field::SECTION, e)))
            .ok();
        let activity = optional(activity)
            .map(|a| ActivityType::parse(&a))
            .transpose()
            .map_err(|e| errors.push(ApiError::field(field::ACTIVITY, e)))
            .ok();
        let name = name_filter(&name).map_err(|e| errors.push(e)).ok();
        let (Some(country), Some(section), Some(activity), Some(name)) =
            (country, section, activity, name)
        else {
            return Err(merge(errors));
        };
        let filter = SearchFilter {
            instance,
            kind: RoleKind::Operator,
            country,
            section,
            activity,
            authority_role: None,
            name_folded: name,
            after: None,
            limit,
        };
        self.search(filter, after).await
    }

    async fn search_authorities(
        &self,
        instance: Instance,
        country: Option<String>,
        role: Option<String>,
        name: String,
        after: Option<String>,
        limit: u32,
    ) -> Result<OrganisationPage, ApiError> {
        self.account_id(instance).await?;
        let mut errors = Vec::new();
        let country = country_filter(country).map_err(|e| errors.push(e)).ok();
        let role = optional(role)
            .map(|r| AuthorityRole::parse(&r))
            .transpose()
            .map_err(|e| errors.push(ApiError::field(field::ROLE, e)))
            .ok();
        let name = name_filter(&name).map_err(|e| errors.push(e)).ok();
        let (Some(country), Some(role), Some(name)) = (country, role, name) else {
            return Err(merge(errors));
        };
        let filter = SearchFilter {
            instance,
            kind: RoleKind::Authority,
            country,
            section: None,
            activity: None,
            authority_role: role,
            name_folded: name,
            after: None,
            limit,
        };
        self.search(filter, after).await
    }

    async fn search_control_bodies(
        &self,
        instance: Instance,
        country: Option<String>,
        name: String,
        after: Option<String>,
        limit: u32,
    ) -> Result<OrganisationPage, ApiError> {
        self.account_id(instance).await?;
        let mut errors = Vec::new();
        let country = country_filter(country).map_err(|e| errors.push(e)).ok();
        let name = name_filter(&name).map_err(|e| errors.push(e)).ok();
        let (Some(country), Some(name)) = (country, name) else {
            return Err(merge(errors));
        };
        let filter = SearchFilter {
            instance,
            kind: RoleKind::ControlBody,
            country,
            section: None,
            activity: None,
            authority_role: None,
            name_folded: name,
            after: None,
            limit,
        };
        self.search(filter, after).await
    }

    async fn request_authorisation(
        &self,
        instance: Instance,
        input: AuthorisationRequestInput,
    ) -> Result<Vec<RoleRequestView>, ApiError> {
        let account_id = self.account_id(instance).await?;
        let mut errors = Vec::new();
        if input.posts.is_empty() {
            errors.push(FieldError::new(
                field::POSTS,
                Message::new("error-posts-none"),
            ));
        } else if input.posts.len() > MAX_POSTS {
            errors.push(FieldError::new(
                field::POSTS,
                Message::new("error-posts-too-many").with("max", MAX_POSTS),
            ));
        }
        let mut ticked: Vec<(i64, Option<CountryCode>)> = Vec::new();
        for post in input.posts.iter().take(MAX_POSTS) {
            let country = match optional(post.country.clone()) {
                None => None,
                Some(c) => match CountryCode::parse(&c) {
                    Ok(country) => Some(country),
                    Err(e) => {
                        errors.push(FieldError::new(field::POSTS, e));
                        continue;
                    }
                },
            };
            if ticked.contains(&(post.organisation_id, country)) {
                errors.push(FieldError::new(
                    field::POSTS,
                    Message::new("error-posts-twice"),
                ));
                break;
            }
            ticked.push((post.organisation_id, country));
        }
        let contact = check_contact(
            &input.contact_email,
            &input.contact_phone,
            &input.additional_info,
            &input.idempotency_key,
            &mut errors,
        );
        let contact = match contact {
            Some(contact) if errors.is_empty() => contact,
            _ => return Err(ApiError::Validation(errors)),
        };

        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        if let Some(earlier) =
            earlier_submission(&mut tx, instance, account_id, &contact.key).await?
        {
            return Ok(earlier);
        }
        // Each ticked post as (organisation, scope country); a control body ticked without a
        // country stands for every country it certifies.
        let mut posts: Vec<(OrganisationRow, String)> = Vec::new();
        let mut kind = None;
        for (id, country) in ticked {
            let organisation = store::organisation_by_id(&mut tx, instance, id)
                .await
                .map_err(internal)?
                .ok_or_else(|| {
                    ApiError::NotFound(
                        Message::new("error-organisation-not-found").with("id", id.to_string()),
                    )
                })?;
            if !store::OPEN_STATUSES.contains(&organisation.status.as_str()) {
                return Err(ApiError::Conflict(
                    Message::new("error-organisation-closed")
                        .with("name", &organisation.name)
                        .with("status", &organisation.status),
                ));
            }
            let this_kind = store::kind_from_code(&organisation.kind)
                .ok_or_else(|| broken("unknown organisation kind"))?;
            if kind.is_some_and(|k| k != this_kind) {
                return Err(ApiError::field(
                    field::POSTS,
                    Message::new("error-posts-one-kind"),
                ));
            }
            kind = Some(this_kind);
            if this_kind == RoleKind::ControlBody {
                let certified = store::certified_countries(&mut tx, organisation.id)
                    .await
                    .map_err(internal)?;
                let scopes = match country {
                    Some(country) if certified.iter().any(|c| c == country.as_str()) => {
                        vec![country.as_str().to_owned()]
                    }
                    Some(country) => {
                        return Err(ApiError::field(
                            field::POSTS,
                            Message::new("error-posts-not-certified")
                                .with("name", &organisation.name)
                                .with("country", country_arg(country.as_str()))
                                .with("code", country.to_string()),
                        ))
                    }
                    None if certified.is_empty() => {
                        return Err(ApiError::Conflict(
                            Message::new("error-no-certified-countries")
                                .with("name", &organisation.name),
                        ))
                    }
                    None => certified,
                };
                for scope in scopes {
                    if posts
                        .iter()
                        .any(|(o, c)| o.id == organisation.id && *c == scope)
                    {
                        return Err(ApiError::field(
                            field::POSTS,
                            Message::new("error-posts-twice"),
                        ));
                    }
                    posts.push((organisation.clone(), scope));
                }
            } else {
                if country.is_some_and(|c| c.as_str() != organisation.country) {
                    return Err(ApiError::field(
                        field::POSTS,
                        Message::new("error-posts-other-country")
                            .with("name", &organisation.name)
                            .with("country", country_arg(&organisation.country)),
                    ));
                }
                let scope = organisation.country.clone();
                posts.push((organisation, scope));
            }
        }
        let kind = kind.ok_or_else(|| broken("no post after validation"))?;
        check_kind(&mut tx, instance, account_id, kind).await?;
        for (organisation, country) in &posts {
            if let Some(status) =
                store::open_request_status(&mut tx, instance, account_id, organisation.id, country)
                    .await
                    .map_err(internal)?
            {
                return Err(open_post_conflict(&organisation.name, country, &status));
            }
        }
        let ticked: Vec<(i64, &str)> = posts
            .iter()
            .map(|(organisation, country)| (organisation.id, country.as_str()))
            .collect();
        let submission_id = self
            .record_submission(&mut tx, instance, account_id, kind, &contact, &ticked, now)
            .await?;
        let created = store::requests_of_submission(&mut tx, submission_id)
            .await
            .map_err(internal)?;
        tx.commit().await.map_err(internal)?;
        self.notifier.wake();
        Ok(created.into_iter().map(request_view).collect())
    }

    async fn operator_duplicates(
        &self,
        instance: Instance,
        input: NewOperatorInput,
    ) -> Result<Vec<DuplicateCandidate>, ApiError> {
        self.account_id(instance).await?;
        let operator = input.parse().map_err(ApiError::Validation)?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let rows = store::duplicate_candidates(
            &mut conn,
            instance,
            operator.country,
            operator.eori.as_ref().map(Eori::as_str),
            DUPLICATE_SCAN,
        )
        .await
        .map_err(internal)?;
        let mut ranked: Vec<(u32, OrganisationRow)> = rows
            .into_iter()
            .filter_map(|row| {
                let country = CountryCode::parse(&row.country).ok()?;
                let eori = row.eori.as_deref().and_then(|e| Eori::parse(e).ok());
                let rank = duplicate_rank(&row.name, country, eori.as_ref(), &operator);
                (rank >= LIKELY_DUPLICATE).then_some((rank, row))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.name_folded.cmp(&b.1.name_folded)));
        ranked.truncate(MAX_DUPLICATES);
        let mut out = Vec::with_capacity(ranked.len());
        for (rank, row) in ranked {
            out.push(DuplicateCandidate {
                organisation: summary(&mut conn, row).await?,
                rank,
            });
        }
        Ok(out)
    }

    async fn create_operator(
        &self,
        instance: Instance,
        input: NewOperatorInput,
        contact_email: String,
        contact_phone: String,
        additional_info: String,
        idempotency_key: String,
    ) -> Result<OperatorCreated, ApiError> {
        let account_id = self.account_id(instance).await?;
        let mut errors = Vec::new();
        let operator = input.parse().map_err(|e| errors.extend(e)).ok();
        let contact = check_contact(
            &contact_email,
            &contact_phone,
            &additional_info,
            &idempotency_key,
            &mut errors,
        );
        let (Some(operator), Some(contact)) = (operator, contact) else {
            return Err(ApiError::Validation(errors));
        };
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        if let Some(mut earlier) =
            earlier_submission(&mut tx, instance, account_id, &contact.key).await?
        {
            let request = earlier.pop().ok_or_else(|| broken("empty submission"))?;
            let row = store::organisation_by_id(&mut tx, instance, request.organisation_id)
                .await
                .map_err(internal)?
                .ok_or_else(|| broken("organisation of a request is gone"))?;
            return Ok(OperatorCreated {
                organisation: summary(&mut tx, row).await?,
                request,
            });
        }
        check_kind(&mut tx, instance, account_id, RoleKind::Operator).await?;
        if let Some(eori) = &operator.eori {
            if let Some(other) = store::organisation_by_eori(&mut tx, instance, eori.as_str())
                .await
                .map_err(internal)?
            {
                return Err(ApiError::Validation(vec![store::eori_taken(
                    eori.as_str(),
                    &other.name,
                )]));
            }
        }
        let country = operator.country.as_str().to_owned();
        let organisation_id = store::insert_valid_organisation(
            &mut tx,
            instance,
            &ValidOrganisation::Operator(operator),
            "new",
            Some(account_id),
            now,
        )
        .await
        .map_err(internal)?;
        let submission_id = self
            .record_submission(
                &mut tx,
                instance,
                account_id,
                RoleKind::Operator,
                &contact,
                &[(organisation_id, country.as_str())],
                now,
            )
            .await?;
        let request = store::requests_of_submission(&mut tx, submission_id)
            .await
            .map_err(internal)?
            .pop()
            .ok_or_else(|| broken("request not stored"))?;
        let row = store::organisation_by_id(&mut tx, instance, organisation_id)
            .await
            .map_err(internal)?
            .ok_or_else(|| broken("organisation not stored"))?;
        let organisation = summary(&mut tx, row).await?;
        tx.commit().await.map_err(internal)?;
        self.notifier.wake();
        Ok(OperatorCreated {
            organisation,
            request: request_view(request),
        })
    }

    async fn my_requests(&self, instance: Instance) -> Result<Vec<RoleRequestView>, ApiError> {
        let account_id = self.account_id(instance).await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let rows = store::requests_of(&mut conn, instance, account_id)
            .await
            .map_err(internal)?;
        Ok(rows.into_iter().map(request_view).collect())
    }

    async fn cancel_request(
        &self,
        instance: Instance,
        id: i64,
    ) -> Result<RoleRequestView, ApiError> {
        let account_id = self.account_id(instance).await?;
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        // Someone else's request and a missing one answer the same.
        let request = store::own_request(&mut tx, instance, account_id, id)
            .await
            .map_err(internal)?
            .ok_or_else(|| ApiError::NotFound(Message::new("error-own-request-not-found")))?;
        if !store::cancel_request(&mut tx, id, account_id, now)
            .await
            .map_err(internal)?
        {
            return Err(ApiError::Conflict(
                Message::new("error-cancel-not-pending")
                    .with("organisation", &request.organisation_name)
                    .with("status", &request.status),
            ));
        }
        self.notifier
            .request_cancelled(
                &mut tx,
                instance,
                id,
                request.organisation_id,
                account_id,
                now,
            )
            .await?;
        // With no pending or valid request left, the person may choose another kind of role.
        if store::open_role_kind(&mut tx, instance, account_id)
            .await
            .map_err(internal)?
            .is_none()
        {
            store::set_role_kind(&mut tx, instance, account_id, None, now)
                .await
                .map_err(internal)?;
        }
        let request = store::own_request(&mut tx, instance, account_id, id)
            .await
            .map_err(internal)?
            .ok_or_else(|| broken("cancelled request is gone"))?;
        tx.commit().await.map_err(internal)?;
        Ok(request_view(request))
    }

    async fn update_preferences(
        &self,
        instance: Instance,
        preferences: TracesPreferences,
    ) -> Result<TracesProfile, ApiError> {
        let account_id = self.account_id(instance).await?;
        // The one preference that can be wrong; the others are yes or no.
        let time_zone = check_time_zone(&preferences.time_zone)
            .map_err(|e| ApiError::field(field::TIME_ZONE, e))?;
        let row = PreferencesRow {
            time_zone,
            notify_in_app: preferences.notify_in_app,
            notify_email: preferences.notify_email,
            notify_decisions: preferences.notify_decisions,
            notify_new_requests: preferences.notify_new_requests,
        };
        let mut conn = self.store.connection().await.map_err(internal)?;
        store::set_preferences(&mut conn, instance, account_id, &row, self.clock.now())
            .await
            .map_err(internal)?;
        drop(conn);
        self.me(instance).await
    }
}

/// Several validation errors as one.
fn merge(errors: Vec<ApiError>) -> ApiError {
    let mut fields = Vec::new();
    for error in errors {
        match error {
            ApiError::Validation(more) => fields.extend(more),
            other => return other,
        }
    }
    ApiError::Validation(fields)
}
