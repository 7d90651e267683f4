//! TRACES NT step 2, per instance: the person's role kind and preferences, the search for
//! operators, authorities and control bodies, authorisation requests (also for a new
//! operator), and the requests of the profile page. Every function needs a logged-in person.

use super::ApiError;
use crate::domain::{Instance, NewOperatorInput, RoleKind};
use crate::i18n::Message;
use leptos::server;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

/// Results per page at most, whatever `limit` asks.
pub const MAX_PAGE: u32 = 50;
/// Posts ticked in one request at most.
pub const MAX_POSTS: usize = 100;
/// Characters of "additional information" at most.
pub const MAX_ADDITIONAL_INFO: usize = 2000;
/// Likely duplicates shown before "create a new operator" at most.
pub const MAX_DUPLICATES: usize = 10;

/// The `FieldError::field` names of the request popup and the search forms.
pub mod field {
    pub const POSTS: &str = "posts";
    pub const ADDITIONAL_INFO: &str = "additional_info";
    pub const CONTACT_EMAIL: &str = "contact_email";
    pub const CONTACT_PHONE: &str = "contact_phone";
    pub const IDEMPOTENCY_KEY: &str = "idempotency_key";
    pub const ROLE: &str = "role";
    pub const COUNTRY: &str = "country";
    pub const SECTION: &str = "section";
    pub const ACTIVITY: &str = "activity";
    pub const NAME: &str = "name";
    pub const AFTER: &str = "after";
    pub const TIME_ZONE: &str = "time_zone";
    pub const NOTIFY_DECISIONS: &str = "notify_decisions";
    pub const NOTIFY_NEW_REQUESTS: &str = "notify_new_requests";
    pub const NOTIFY_IN_APP: &str = "notify_in_app";
    pub const NOTIFY_EMAIL: &str = "notify_email";
}

/// The time zone of a person who has not chosen one.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Brussels";

/// The person on this instance: the one role kind (none before the first request) and the
/// preferences of the profile page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TracesProfile {
    pub role_kind: Option<RoleKind>,
    /// Why the person cannot request authorisation on this instance, if they cannot (an address
    /// of the training demo on production): the role choice shows it instead of the forms.
    pub requests_refused: Option<Message>,
    /// IANA name, like `Europe/Brussels`.
    pub time_zone: String,
    /// Channels: in the app, by e-mail.
    pub notify_in_app: bool,
    pub notify_email: bool,
    /// Events: decisions on the person's own requests; new requests they may decide.
    pub notify_decisions: bool,
    pub notify_new_requests: bool,
}

impl TracesProfile {
    /// What the preferences form starts from.
    pub fn preferences(&self) -> TracesPreferences {
        TracesPreferences {
            time_zone: self.time_zone.clone(),
            notify_in_app: self.notify_in_app,
            notify_email: self.notify_email,
            notify_decisions: self.notify_decisions,
            notify_new_requests: self.notify_new_requests,
        }
    }
}

/// The preferences of the profile page, per instance: the time zone dates and times are shown
/// in, which events the person is told of, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TracesPreferences {
    /// IANA name, like `Europe/Brussels` (see `check_time_zone`).
    pub time_zone: String,
    pub notify_in_app: bool,
    pub notify_email: bool,
    pub notify_decisions: bool,
    pub notify_new_requests: bool,
}

impl Default for TracesPreferences {
    /// A person who has not saved any: Brussels time, every event, both channels.
    fn default() -> Self {
        Self {
            time_zone: DEFAULT_TIME_ZONE.to_owned(),
            notify_in_app: true,
            notify_email: true,
            notify_decisions: true,
            notify_new_requests: true,
        }
    }
}

/// The life of an organisation in the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationStatus {
    /// Created by a registrant, not yet checked.
    New,
    Valid,
    Rejected,
    Inactive,
}

impl OrganisationStatus {
    /// From the stored code (`organisations.status`); the schema allows no other.
    pub fn from_code(code: &str) -> Self {
        match code {
            "new" => OrganisationStatus::New,
            "rejected" => OrganisationStatus::Rejected,
            "inactive" => OrganisationStatus::Inactive,
            _ => OrganisationStatus::Valid,
        }
    }

    /// As the search results and the queue show it.
    pub fn label(self) -> Message {
        Message::new(match self {
            OrganisationStatus::New => "traces-status-organisation-new",
            OrganisationStatus::Valid => "traces-status-organisation-valid",
            OrganisationStatus::Rejected => "traces-status-organisation-rejected",
            OrganisationStatus::Inactive => "traces-status-organisation-inactive",
        })
    }
}

/// One row of a search result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationSummary {
    pub id: i64,
    pub kind: RoleKind,
    pub name: String,
    /// ISO code; the page names it in the reader's language (`CountryCode::name`).
    pub country: String,
    pub status: OrganisationStatus,
    /// Operators: section and activity codes, city, postcode, EORI number.
    pub section: Option<String>,
    pub activity: Option<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub eori: Option<String>,
    /// Authorities: `BCP` or `CCA`.
    pub authority_role: Option<String>,
    /// Control bodies: `AB-CDE-999` and the countries certified in, by code.
    pub code: Option<String>,
    pub certified_countries: Vec<String>,
}

/// A page of search results; `next` is the opaque cursor of the following page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationPage {
    pub items: Vec<OrganisationSummary>,
    pub next: Option<String>,
}

/// A ticked post: an organisation, and for a control body the certified country ticked
/// (`None` = every country it certifies, the tick box on top of the list). For operators and
/// authorities the country is the organisation's and may be left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostRef {
    pub organisation_id: i64,
    #[serde(default)]
    pub country: Option<String>,
}

/// The request popup: the ticked posts, then "send authorisation request".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorisationRequestInput {
    pub posts: Vec<PostRef>,
    #[serde(default)]
    pub additional_info: String,
    pub contact_email: String,
    #[serde(default)]
    pub contact_phone: String,
    /// Chosen by the browser once per popup (8 to 64 letters, digits, `-`, `_`): a retry with
    /// the same key returns the requests of the first submission.
    pub idempotency_key: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Pending,
    Valid,
    Rejected,
    Cancelled,
    Revoked,
}

impl RequestStatus {
    /// From the stored code (`role_requests.status`); the schema allows no other.
    pub fn from_code(code: &str) -> Self {
        match code {
            "valid" => RequestStatus::Valid,
            "rejected" => RequestStatus::Rejected,
            "cancelled" => RequestStatus::Cancelled,
            "revoked" => RequestStatus::Revoked,
            _ => RequestStatus::Pending,
        }
    }

    /// The stored code, also the end of the status's CSS class (`status-pending`).
    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Valid => "valid",
            RequestStatus::Rejected => "rejected",
            RequestStatus::Cancelled => "cancelled",
            RequestStatus::Revoked => "revoked",
        }
    }

    /// As the profile and the queue show it.
    pub fn label(self) -> Message {
        Message::new(match self {
            RequestStatus::Pending => "traces-status-pending",
            RequestStatus::Valid => "traces-status-valid",
            RequestStatus::Rejected => "traces-status-rejected",
            RequestStatus::Cancelled => "traces-status-cancelled",
            RequestStatus::Revoked => "traces-status-revoked",
        })
    }
}

/// A request as the profile page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRequestView {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub role_kind: RoleKind,
    /// "Operator", "Organic Control Body", or for an authority its role ("Border Control Post"),
    /// in the reader's language.
    pub role: Message,
    /// The post's scope: ISO code, named by the page in the reader's language.
    pub country: String,
    pub status: RequestStatus,
    /// Why it was rejected or revoked.
    pub reason: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

/// An existing operator that may be the one about to be created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuplicateCandidate {
    pub organisation: OrganisationSummary,
    /// `app::domain::duplicate_rank`, at least `LIKELY_DUPLICATE`.
    pub rank: u32,
}

/// After "create a new operator": the operator (status New) and the request to join it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorCreated {
    pub organisation: OrganisationSummary,
    pub request: RoleRequestView,
}

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait TracesService: Send + Sync {
    async fn me(&self, instance: Instance) -> Result<TracesProfile, ApiError>;
    #[allow(clippy::too_many_arguments)]
    async fn search_operators(
        &self,
        instance: Instance,
        country: Option<String>,
        section: Option<String>,
        activity: Option<String>,
        name: String,
        after: Option<String>,
        limit: u32,
    ) -> Result<OrganisationPage, ApiError>;
    async fn search_authorities(
        &self,
        instance: Instance,
        country: Option<String>,
        role: Option<String>,
        name: String,
        after: Option<String>,
        limit: u32,
    ) -> Result<OrganisationPage, ApiError>;
    async fn search_control_bodies(
        &self,
        instance: Instance,
        country: Option<String>,
        name: String,
        after: Option<String>,
        limit: u32,
    ) -> Result<OrganisationPage, ApiError>;
    async fn request_authorisation(
        &self,
        instance: Instance,
        input: AuthorisationRequestInput,
    ) -> Result<Vec<RoleRequestView>, ApiError>;
    async fn operator_duplicates(
        &self,
        instance: Instance,
        input: NewOperatorInput,
    ) -> Result<Vec<DuplicateCandidate>, ApiError>;
    async fn create_operator(
        &self,
        instance: Instance,
        input: NewOperatorInput,
        contact_email: String,
        contact_phone: String,
        additional_info: String,
        idempotency_key: String,
    ) -> Result<OperatorCreated, ApiError>;
    async fn my_requests(&self, instance: Instance) -> Result<Vec<RoleRequestView>, ApiError>;
    async fn cancel_request(
        &self,
        instance: Instance,
        id: i64,
    ) -> Result<RoleRequestView, ApiError>;
    async fn update_preferences(
        &self,
        instance: Instance,
        preferences: TracesPreferences,
    ) -> Result<TracesProfile, ApiError>;
}

#[cfg(feature = "ssr")]
fn traces() -> Result<std::sync::Arc<dyn TracesService>, ApiError> {
    Ok(super::services()?.traces)
}

/// The person's role kind on the instance and the profile preferences.
#[server(endpoint = "traces/me", input = Json)]
pub async fn traces_me(instance: Instance) -> Result<TracesProfile, ApiError> {
    traces()?.me(instance).await
}

/// Operators (status Valid or New) by country, section, activity type and part of the name,
/// case- and accent-insensitive, by name; `after` is the `next` of the previous page.
#[server(endpoint = "traces/search_operators", input = Json)]
pub async fn search_operators(
    instance: Instance,
    country: Option<String>,
    section: Option<String>,
    activity: Option<String>,
    name: String,
    after: Option<String>,
    limit: u32,
) -> Result<OrganisationPage, ApiError> {
    traces()?
        .search_operators(instance, country, section, activity, name, after, limit)
        .await
}

/// Authorities by country, role (`BCP`, `CCA`) and part of the name.
#[server(endpoint = "traces/search_authorities", input = Json)]
pub async fn search_authorities(
    instance: Instance,
    country: Option<String>,
    role: Option<String>,
    name: String,
    after: Option<String>,
    limit: u32,
) -> Result<OrganisationPage, ApiError> {
    traces()?
        .search_authorities(instance, country, role, name, after, limit)
        .await
}

/// Control bodies by a country they certify in (or their own) and part of the name, each with
/// its certified countries.
#[server(endpoint = "traces/search_control_bodies", input = Json)]
pub async fn search_control_bodies(
    instance: Instance,
    country: Option<String>,
    name: String,
    after: Option<String>,
    limit: u32,
) -> Result<OrganisationPage, ApiError> {
    traces()?
        .search_control_bodies(instance, country, name, after, limit)
        .await
}

/// "send authorisation request": one pending request per ticked post, all or none. Refused
/// (`Conflict`) on production to an account whose address is one of the training demo's: anyone
/// can read that mail, so anyone could take the account over.
#[server(endpoint = "traces/request_authorisation", input = Json)]
pub async fn request_authorisation(
    instance: Instance,
    input: AuthorisationRequestInput,
) -> Result<Vec<RoleRequestView>, ApiError> {
    traces()?.request_authorisation(instance, input).await
}

/// The existing operators most like the one about to be created, best first.
#[server(endpoint = "traces/operator_duplicates", input = Json)]
pub async fn operator_duplicates(
    instance: Instance,
    input: NewOperatorInput,
) -> Result<Vec<DuplicateCandidate>, ApiError> {
    traces()?.operator_duplicates(instance, input).await
}

/// "create a new operator": the operator in status New and the request to join it, together;
/// refused like [`request_authorisation`] to an address of the training demo on production.
#[server(endpoint = "traces/create_operator", input = Json)]
pub async fn create_operator(
    instance: Instance,
    input: NewOperatorInput,
    contact_email: String,
    contact_phone: String,
    additional_info: String,
    idempotency_key: String,
) -> Result<OperatorCreated, ApiError> {
    traces()?
        .create_operator(
            instance,
            input,
            contact_email,
            contact_phone,
            additional_info,
            idempotency_key,
        )
        .await
}

/// Every request of the person on the instance, newest first.
#[server(endpoint = "traces/my_requests", input = Json)]
pub async fn my_requests(instance: Instance) -> Result<Vec<RoleRequestView>, ApiError> {
    traces()?.my_requests(instance).await
}

/// Cancels one of the person's own pending requests.
#[server(endpoint = "traces/cancel_request", input = Json)]
pub async fn cancel_request(instance: Instance, id: i64) -> Result<RoleRequestView, ApiError> {
    traces()?.cancel_request(instance, id).await
}

/// Saves the profile preferences (time zone, notification events and channels) of the person
/// on the instance, all or nothing; answers with the profile as stored.
#[server(endpoint = "traces/preferences", input = Json)]
pub async fn update_traces_preferences(
    instance: Instance,
    preferences: TracesPreferences,
) -> Result<TracesProfile, ApiError> {
    traces()?.update_preferences(instance, preferences).await
}

/// The shape of an IANA time zone name: `Area/City` (or `Area/Region/City`), letters, digits,
/// `_`, `-`, `+`, at most 64 characters; or `UTC`. The list of zones itself is not checked.
pub fn check_time_zone(input: &str) -> Result<String, Message> {
    let value = input.trim();
    const HINT: Message = Message::new("error-time-zone");
    if value == "UTC" {
        return Ok(value.to_owned());
    }
    if value.is_empty() || value.len() > 64 {
        return Err(HINT);
    }
    let parts: Vec<&str> = value.split('/').collect();
    let ok = (2..=3).contains(&parts.len())
        && parts.iter().all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic())
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
        });
    if ok {
        Ok(value.to_owned())
    } else {
        Err(HINT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_zones_need_the_area_city_shape() {
        for good in [
            "Europe/Brussels",
            "America/Argentina/Buenos_Aires",
            "UTC",
            "Etc/GMT+1",
        ] {
            assert_eq!(check_time_zone(good).as_deref(), Ok(good), "{good}");
        }
        let long = format!("Europe/{}", "A".repeat(60));
        for bad in [
            "",
            "Brussels",
            "Europe/",
            "/Brussels",
            "Europe/Brüssel",
            "a/b/c/d",
            &long,
        ] {
            assert!(check_time_zone(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check_time_zone("Brussels").unwrap_err().to_string(),
            "Time zone: choose a zone like Europe/Brussels (Area/City, at most 64 characters), or UTC."
        );
    }

    #[test]
    fn statuses_are_named_in_words_and_coded_in_lower_case() {
        for (status, code, words) in [
            (RequestStatus::Pending, "pending", "Pending"),
            (RequestStatus::Valid, "valid", "Valid"),
            (RequestStatus::Rejected, "rejected", "Rejected"),
            (RequestStatus::Cancelled, "cancelled", "Cancelled"),
            (RequestStatus::Revoked, "revoked", "Revoked"),
        ] {
            assert_eq!(status.code(), code);
            assert_eq!(RequestStatus::from_code(code), status);
            assert_eq!(status.label().to_string(), words);
        }
        assert_eq!(OrganisationStatus::New.label().to_string(), "New");
    }
}
