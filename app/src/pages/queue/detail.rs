//! `/{instance}/queue/{id}`: one request as a decider sees it (the person, the organisation,
//! the scope, what the popup said, the history), with "Accept", "Reject" with a reason, and on
//! a valid post the Administrator flag.

use super::{decided_message, problem_view, queue_path, time_view};
use crate::api::approvals::{
    approval_detail, decide_request, field, set_post_admin, AuditEntry, OrganisationDetail,
    RequestDetail,
};
use crate::api::traces::OrganisationStatus;
use crate::api::ApiError;
use crate::components::{ErrorSummary, FormErrors, NavBadge};
use crate::domain::{Decision, Instance, Reason};
use crate::pages::traces::instance_page;
use crate::pages::NotFound;
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
    message: RwSignal<Option<String>>,
    /// Why the last action did not happen (someone else decided first…).
    problem: RwSignal<Option<String>>,
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
            Err(err) => self.form.show(vec![crate::api::FieldError::new(
                field::REASON,
                err.to_string(),
            )]),
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
                    self.message.try_set(Some(if admin {
                        format!("{person} is now an Administrator of {organisation}.")
                    } else {
                        format!("{person} is no longer an Administrator of {organisation}.")
                    }));
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
        self.problem.try_set(Some(err.to_string()));
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
                <a href=queue_path(instance)>"Back to the queue"</a>
            </p>
            <h1>{format!("Request {id}")}</h1>
            <div role="status" class="message-region">
                {move || state.message.get().map(|text| view! { <p class="success">{text}</p> })}
            </div>
            <div role="alert" class="problem-region">
                {move || {
                    state
                        .problem
                        .get()
                        .map(|text| {
                            view! {
                                <div class="callout callout-error">
                                    <p>{text}</p>
                                </div>
                            }
                        })
                }}
            </div>
            {move || {
                state
                    .detail
                    .with(Option::is_none)
                    .then(|| view! { <p role="status">"Loading the request…"</p> })
            }}
            {content}
        </section>
    }
}

/// A line of a description list, left out when there is nothing to say.
fn item(label: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|value| view! { <dt>{label}</dt> <dd>{value}</dd> })
}

fn or_none_given(value: Option<String>) -> Option<String> {
    value
        .filter(|v| !v.trim().is_empty())
        .or_else(|| Some("None given".to_owned()))
}

fn organisation_status_text(status: OrganisationStatus) -> &'static str {
    match status {
        OrganisationStatus::New => "New (created by the requester, not yet checked)",
        OrganisationStatus::Valid => "Valid",
        OrganisationStatus::Rejected => "Rejected",
        OrganisationStatus::Inactive => "Inactive",
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
                    <strong>"This operator is New."</strong>
                    " The requester created it and nobody has checked it yet. Accepting this request validates the operator too (its status becomes Valid); rejecting it rejects the operator when nobody else asks to join it."
                </p>
            </div>
        }
    });
    let decided = row.decided_at.map(|at| {
        let by = detail
            .decided_by
            .clone()
            .map(|by| format!(" by {by}"))
            .unwrap_or_default();
        view! {
            {by}
            " on "
            {time_view(at)}
        }
    });
    let decision = detail.can_decide.then(|| {
        view! { <Decide state /> }
    });
    let admin = detail.can_set_admin.then(|| {
        let person = row.person_name.clone();
        let organisation = org.name.clone();
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
                <h2 id="admin-title">"Administrator"</h2>
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
                        <label for=ADMIN_ID>"Administrator of the organisation"</label>
                    </div>
                    <p class="field-hint" id="detail-admin-hint">
                        {format!(
                            "An Administrator of {} accepts or rejects the requests to join it.",
                            org.name,
                        )}
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
    view! {
        <p class="request-status">
            "Status: "
            <strong class=format!("status status-{}", status.code())>
                {move || status.label().text()}
            </strong>
            {decided}
        </p>
        {item("Reason of the rejection", detail.reason.clone())
            .map(|reason| view! { <dl class="details">{reason}</dl> })}
        <div class="detail-grid">
            <section class="detail-section" aria-labelledby="person-title">
                <h2 id="person-title">"The person"</h2>
                <dl class="details">
                    {item("Name (EU Login)", Some(row.person_name.clone()))}
                    {item("E-mail (EU Login)", Some(row.person_email.clone()))}
                </dl>
            </section>
            <section class="detail-section" aria-labelledby="scope-title">
                <h2 id="scope-title">"The post asked for"</h2>
                <dl class="details">
                    {item("Role", Some(row.role.clone()))}
                    {item("Scope (country)", Some(crate::domain::CountryCode::name_and_code(&row.country)))}
                    {item("Sent", Some(super::format_time(row.created_at)))}
                </dl>
            </section>
            <section class="detail-section" aria-labelledby="organisation-title">
                <h2 id="organisation-title">"The organisation"</h2>
                {new_operator}
                <dl class="details">
                    {item("Name", Some(org.name.clone()))}
                    {item("Kind", Some(org.kind.label().text()))}
                    {item("Status", Some(organisation_status_text(org.status).to_owned()))}
                    {item("Country", Some(crate::domain::CountryCode::name_and_code(&org.country)))}
                    {item("Authority role", org.authority_role.clone())}
                    {item("Control body code", org.code.clone())}
                    {item("Section", org.section.clone())}
                    {item("Activity type", org.activity.clone())}
                    {item("Address", address(org))}
                    {item("EORI number", org.eori.clone())}
                    {item("Phone", org.phone.clone())}
                    {item("Fax", org.fax.clone())}
                    {item("E-mail", org.email.clone())}
                    {item("Website", org.website.clone())}
                </dl>
            </section>
            <section class="detail-section" aria-labelledby="request-info-title">
                <h2 id="request-info-title">"From the request"</h2>
                <dl class="details">
                    {item("Additional information", or_none_given(Some(detail.additional_info.clone())))}
                    {item("Contact e-mail", Some(detail.contact_email.clone()))}
                    {item("Contact phone", or_none_given(detail.contact_phone.clone()))}
                </dl>
            </section>
        </div>
        {decision}
        {admin}
        <section class="detail-section" aria-labelledby="history-title">
            <h2 id="history-title">"Request history"</h2>
            <table class="results history">
                <caption class="visually-hidden">{format!("History of request {}", row.id)}</caption>
                <thead>
                    <tr>
                        <th scope="col">"When"</th>
                        <th scope="col">"Who"</th>
                        <th scope="col">"What"</th>
                        <th scope="col">"Change"</th>
                        <th scope="col">"Reason or note"</th>
                    </tr>
                </thead>
                <tbody>{history}</tbody>
            </table>
        </section>
    }
}

#[component]
fn HistoryRow(entry: AuditEntry) -> impl IntoView {
    let change = match (&entry.from_state, &entry.to_state) {
        (Some(from), Some(to)) => format!("{from} → {to}"),
        (None, Some(to)) => format!("→ {to}"),
        (Some(from), None) => format!("{from} →"),
        (None, None) => String::new(),
    };
    view! {
        <tr>
            <td>{time_view(entry.at)}</td>
            <td>{entry.actor}</td>
            <td>{entry.action.label()}</td>
            <td>{change}</td>
            <td>{entry.detail.unwrap_or_default()}</td>
        </tr>
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
            <h2 id="decide-title">"Your decision"</h2>
            <p>
                <button
                    type="button"
                    class="button button-green"
                    disabled=move || state.busy.get()
                    on:click=move |_| state.decide(Decision::Accept)
                >
                    {format!("Accept request {id}")}
                </button>
            </p>
            <ErrorSummary form=state.form heading_level=3 />
            <form class="reason-form" novalidate on:submit=submit>
                {super::reason_field(state.form, state.reason)}
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || state.busy.get()>
                        {format!("Reject request {id}")}
                    </button>
                    <span class="form-progress" role="status">
                        {move || state.busy.get().then_some("Sending…")}
                    </span>
                </div>
            </form>
        </section>
    }
}
