//! `/{instance}/queue/{id}`: one request as a decider sees it (the person, the organisation,
//! the scope, what the popup said, the history), with "Accept", "Reject" with a reason, and on
//! a valid post the Administrator flag.

use super::{decided_message, problem_view, queue_path, status_class, time_view};
use crate::api::approvals::{
    approval_detail, decide_request, field, set_post_admin, AuditEntry, OrganisationDetail,
    RequestDetail,
};
use crate::api::traces::OrganisationStatus;
use crate::api::ApiError;
use crate::components::{ErrorSummary, FormErrors, NavBadge};
use crate::domain::{Decision, Instance, Reason};
use crate::i18n::{text, tr, Message};
use crate::pages::traces::instance_page;
use crate::pages::NotFound;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

const REASON_FIELDS: &[&str] = &[field::REASON];
const ADMIN_ID: &str = "detail-admin";

#[component]
pub fn RequestDecision() -> impl IntoView {
    let params = use_params_map();
    instance_page(move |instance| {
        match params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())) {
            Some(id) => view! { <DetailFor instance id /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    })
}

/// The state of the detail page. `Copy`, so that every handler can hold it.
#[derive(Clone, Copy)]
struct DetailState {
    instance: Instance,
    id: i64,
    detail: RwSignal<Option<Result<RequestDetail, ApiError>>>,
    busy: RwSignal<bool>,
    /// What the last action did ("Request 12 accepted.").
    message: RwSignal<Option<Message>>,
    /// Why the last action did not happen (someone else decided first…).
    problem: RwSignal<Option<Message>>,
    form: FormErrors,
    reason: RwSignal<String>,
    badge: NavBadge,
}

impl DetailState {
    fn load(self) {
        spawn_local(async move {
            let answer = approval_detail(self.instance, self.id).await;
            self.detail.try_set(Some(answer));
        });
    }

    fn begin(self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        self.message.set(None);
        self.problem.set(None);
        true
    }

    fn decide(self, decision: Decision) {
        if !self.begin() {
            return;
        }
        let accepted = decision == Decision::Accept;
        spawn_local(async move {
            let answer = decide_request(self.instance, self.id, decision).await;
            self.busy.try_set(false);
            match answer {
                Ok(detail) => {
                    self.detail.try_set(Some(Ok(detail)));
                    self.message
                        .try_set(Some(decided_message(self.id, accepted)));
                    self.badge.refresh(self.instance);
                }
                Err(err) => self.failed(err),
            }
        });
    }

    fn reject(self) {
        let reason = self.reason.get_untracked();
        match Reason::parse(&reason) {
            Ok(_) => self.decide(Decision::Reject(reason)),
            Err(err) => self
                .form
                .show(vec![crate::api::FieldError::new(field::REASON, err)]),
        }
    }

    fn set_admin(self, admin: bool, person: String, organisation: String) {
        if !self.begin() {
            return;
        }
        spawn_local(async move {
            let answer = set_post_admin(self.instance, self.id, admin).await;
            self.busy.try_set(false);
            match answer {
                Ok(detail) => {
                    self.detail.try_set(Some(Ok(detail)));
                    let id = if admin {
                        "queue-detail-admin-granted"
                    } else {
                        "queue-detail-admin-removed"
                    };
                    self.message.try_set(Some(
                        Message::new(id)
                            .with("person", person)
                            .with("organisation", organisation),
                    ));
                }
                Err(err) => self.failed(err),
            }
        });
    }

    /// A bad reason goes next to its field; anything else above the request, which is read
    /// again so that a decision taken meanwhile shows.
    fn failed(self, err: ApiError) {
        if err.for_field(field::REASON).is_some() {
            self.form.show_api_error(&err);
            return;
        }
        self.problem.try_set(Some(err.message()));
        self.load();
        self.badge.refresh(self.instance);
    }
}

#[component]
fn DetailFor(instance: Instance, id: i64) -> impl IntoView {
    let state = DetailState {
        instance,
        id,
        detail: RwSignal::new(None),
        busy: RwSignal::new(false),
        message: RwSignal::new(None),
        problem: RwSignal::new(None),
        form: FormErrors::new("detail-", REASON_FIELDS),
        reason: RwSignal::new(String::new()),
        badge: expect_context(),
    };
    state.load();

    let content = move || {
        state.detail.with(|answer| {
            answer.as_ref().map(|answer| match answer {
                Ok(detail) => view! { <Detail state detail=detail.clone() /> }.into_any(),
                Err(err) => problem_view(err),
            })
        })
    };
    view! {
        <section class="traces request-detail">
            <p class="back">
                <a href=queue_path(instance)>{t!("queue-detail-back")}</a>
            </p>
            <h1>{t!("queue-request", id = id.to_string())}</h1>
            <div role="status" class="message-region">
                {move || {
                    state.message.get().map(|message| view! { <p class="success">{message.text()}</p> })
                }}
            </div>
            <div role="alert" class="problem-region">
                {move || {
                    state
                        .problem
                        .get()
                        .map(|problem| {
                            view! {
                                <div class="callout callout-error">
                                    <p>{problem.text()}</p>
                                </div>
                            }
                        })
                }}
            </div>
            {move || {
                state
                    .detail
                    .with(Option::is_none)
                    .then(|| view! { <p role="status">{t!("queue-detail-loading")}</p> })
            }}
            {content}
        </section>
    }
}

/// A line of a description list (its label a message id), left out when there is nothing to
/// say.
fn item(label: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|value| view! { <dt>{move || tr(label)}</dt> <dd>{value}</dd> })
}

/// A line whose value is words of the catalogs (a status, a kind): they follow the language.
fn item_text(
    label: &'static str,
    value: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    view! { <dt>{move || tr(label)}</dt> <dd>{value}</dd> }
}

/// What the requester gave, or "None given".
fn item_or_none_given(label: &'static str, value: Option<String>) -> impl IntoView {
    let value = value.filter(|v| !v.trim().is_empty());
    item_text(label, move || {
        value
            .clone()
            .unwrap_or_else(|| tr("queue-detail-none-given"))
    })
}

/// The message id of an organisation's status, as a decider reads it.
fn organisation_status_message(status: OrganisationStatus) -> &'static str {
    match status {
        OrganisationStatus::New => "queue-organisation-status-new",
        OrganisationStatus::Valid => "queue-organisation-status-valid",
        OrganisationStatus::Rejected => "queue-organisation-status-rejected",
        OrganisationStatus::Inactive => "queue-organisation-status-inactive",
    }
}

fn address(o: &OrganisationDetail) -> Option<String> {
    let place = [o.postcode.as_deref(), o.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<&str> = [o.address.as_deref(), Some(place.as_str())]
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[component]
fn Detail(state: DetailState, detail: RequestDetail) -> impl IntoView {
    let row = &detail.row;
    let org = &detail.organisation;
    let status = row.status;
    let new_operator = (org.status == OrganisationStatus::New).then(|| {
        view! {
            <div class="callout callout-warning">
                <p>
                    <strong>{t!("queue-detail-new-operator")}</strong>
                    " "
                    {t!("queue-detail-new-operator-explained")}
                </p>
            </div>
        }
    });
    let decided = row.decided_at.map(|at| {
        let by = detail.decided_by.clone();
        let words = move || match &by {
            Some(person) => text("queue-detail-decided-by-on", &[("person", person.into())]),
            None => tr("queue-detail-decided-on"),
        };
        view! {
            " "
            {words}
            " "
            {time_view(at)}
        }
    });
    let decision = detail.can_decide.then(|| {
        view! { <Decide state /> }
    });
    let admin = detail.can_set_admin.then(|| {
        let person = row.person_name.clone();
        let organisation = org.name.clone();
        let name = org.name.clone();
        let on = detail.admin;
        let change = move |ev| {
            state.set_admin(
                event_target_checked(&ev),
                person.clone(),
                organisation.clone(),
            )
        };
        view! {
            <section class="detail-section" aria-labelledby="admin-title">
                <h2 id="admin-title">{t!("queue-detail-admin-title")}</h2>
                <div class="field field-checkbox">
                    <div class="checkbox-row">
                        <input
                            type="checkbox"
                            id=ADMIN_ID
                            aria-describedby="detail-admin-hint"
                            prop:checked=on
                            disabled=move || state.busy.get()
                            on:change=change
                        />
                        <label for=ADMIN_ID>{t!("queue-detail-admin-label")}</label>
                    </div>
                    <p class="field-hint" id="detail-admin-hint">
                        {t!("queue-detail-admin-hint", organisation = name.clone())}
                    </p>
                </div>
            </section>
        }
    });
    let history = detail
        .history
        .iter()
        .map(|entry| view! { <HistoryRow entry=entry.clone() /> })
        .collect_view();
    let kind = org.kind;
    let request_id = row.id;
    let created_at = row.created_at;
    let organisation_status = organisation_status_message(org.status);
    view! {
        <p class="request-status">
            {t!("queue-detail-status")}
            " "
            <strong class=status_class(status)>{move || status.label().to_string()}</strong>
            {decided}
        </p>
        {item("queue-detail-rejection-reason", detail.reason.clone())
            .map(|reason| view! { <dl class="details">{reason}</dl> })}
        <div class="detail-grid">
            <section class="detail-section" aria-labelledby="person-title">
                <h2 id="person-title">{t!("queue-detail-person-title")}</h2>
                <dl class="details">
                    {item("queue-detail-person-name", Some(row.person_name.clone()))}
                    {item("queue-detail-person-email", Some(row.person_email.clone()))}
                </dl>
            </section>
            <section class="detail-section" aria-labelledby="scope-title">
                <h2 id="scope-title">{t!("queue-detail-post-title")}</h2>
                <dl class="details">
                    {item("queue-detail-role", Some(row.role.text()))}
                    {item("queue-detail-scope", Some(crate::domain::CountryCode::name_and_code(&row.country)))}
                    {item_text("queue-detail-sent", move || super::format_time(created_at))}
                </dl>
            </section>
            <section class="detail-section" aria-labelledby="organisation-title">
                <h2 id="organisation-title">{t!("queue-detail-organisation-title")}</h2>
                {new_operator}
                <dl class="details">
                    {item("queue-detail-organisation-name", Some(org.name.clone()))}
                    {item_text("queue-detail-organisation-kind", move || kind.label().to_string())}
                    {item_text("queue-detail-organisation-status", move || tr(organisation_status))}
                    {item("queue-detail-organisation-country", Some(crate::domain::CountryCode::name_and_code(&org.country)))}
                    {item("queue-detail-authority-role", org.authority_role.as_ref().map(Message::text))}
                    {item("queue-detail-control-body-code", org.code.clone())}
                    {item("queue-detail-section", org.section.as_ref().map(Message::text))}
                    {item("queue-detail-activity", org.activity.as_ref().map(Message::text))}
                    {item("queue-detail-address", address(org))}
                    {item("queue-detail-eori", org.eori.clone())}
                    {item("queue-detail-phone", org.phone.clone())}
                    {item("queue-detail-fax", org.fax.clone())}
                    {item("queue-detail-email", org.email.clone())}
                    {item("queue-detail-website", org.website.clone())}
                </dl>
            </section>
            <section class="detail-section" aria-labelledby="request-info-title">
                <h2 id="request-info-title">{t!("queue-detail-request-title")}</h2>
                <dl class="details">
                    {item_or_none_given("queue-detail-additional-info", Some(detail.additional_info.clone()))}
                    {item("queue-detail-contact-email", Some(detail.contact_email.clone()))}
                    {item_or_none_given("queue-detail-contact-phone", detail.contact_phone.clone())}
                </dl>
            </section>
        </div>
        {decision}
        {admin}
        <section class="detail-section" aria-labelledby="history-title">
            <h2 id="history-title">{t!("queue-history-title")}</h2>
            <table class="results history">
                <caption class="visually-hidden">
                    {t!("queue-history-caption", id = request_id.to_string())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("queue-history-when")}</th>
                        <th scope="col">{t!("queue-history-who")}</th>
                        <th scope="col">{t!("queue-history-what")}</th>
                        <th scope="col">{t!("queue-history-change")}</th>
                        <th scope="col">{t!("queue-history-reason")}</th>
                    </tr>
                </thead>
                <tbody>{history}</tbody>
            </table>
        </section>
    }
}

#[component]
fn HistoryRow(entry: AuditEntry) -> impl IntoView {
    let (from, to) = (entry.from_state.clone(), entry.to_state.clone());
    let change = move || match (
        from.as_deref().map(state_text),
        to.as_deref().map(state_text),
    ) {
        (Some(from), Some(to)) => format!("{from} → {to}"),
        (None, Some(to)) => format!("→ {to}"),
        (Some(from), None) => format!("{from} →"),
        (None, None) => String::new(),
    };
    let action = entry.action;
    view! {
        <tr>
            <td>{time_view(entry.at)}</td>
            <td>
                {match entry.actor {
                    Some(actor) => actor.into_any(),
                    None => t!("queue-history-system").into_any(),
                }}
            </td>
            <td>{move || action.label().text()}</td>
            <td>{change}</td>
            <td>{entry.detail.unwrap_or_default()}</td>
        </tr>
    }
}

/// A stored state of a request or an organisation, in the reader's language.
fn state_text(code: &str) -> String {
    use crate::api::traces::{OrganisationStatus, RequestStatus};
    match code {
        "pending" | "valid" | "rejected" | "cancelled" | "revoked" => {
            RequestStatus::from_code(code).label().text()
        }
        "new" | "inactive" => OrganisationStatus::from_code(code).label().text(),
        other => other.to_owned(),
    }
}

/// "Accept", or "Reject" with the reason the requester reads.
#[component]
fn Decide(state: DetailState) -> impl IntoView {
    let id = state.id;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.reject();
    };
    view! {
        <section class="detail-section decide" aria-labelledby="decide-title">
            <h2 id="decide-title">{t!("queue-detail-decide-title")}</h2>
            <p>
                <button
                    type="button"
                    class="button button-green"
                    disabled=move || state.busy.get()
                    on:click=move |_| state.decide(Decision::Accept)
                >
                    {t!("queue-accept-request", id = id.to_string())}
                </button>
            </p>
            <ErrorSummary form=state.form heading_level=3 />
            <form class="reason-form" novalidate on:submit=submit>
                {super::reason_field(state.form, state.reason)}
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || state.busy.get()>
                        {t!("queue-reject-request", id = id.to_string())}
                    </button>
                    <span class="form-progress" role="status">
                        {move || state.busy.get().then(|| tr("queue-detail-sending"))}
                    </span>
                </div>
            </form>
        </section>
    }
}
