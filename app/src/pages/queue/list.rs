//! `/{instance}/queue`: the pending requests in the person's scope (or, with `?view=decided`,
//! the decision history), filtered by role kind, country, organisation and age, newest or
//! oldest first, a page at a time (the server's `next` cursor). Accept or reject one request
//! or the ticked ones, also from the keyboard; the CSV exports.
//!
//! The filters and the page live in the address (`?country=PL&after=…`), so that "Back" from a
//! request and a reload land on the same list.

use super::{counted, decided_message, problem_view, request_path, status_class, time_view};
use crate::api::approvals::{
    approval_detail, approval_queue, decide_request, decide_requests, export_href, field,
    ExportKind, QueueFilter, QueueOrder, QueueRow, QueueView,
};
use crate::api::traces::{OrganisationStatus, RequestStatus};
use crate::api::ApiError;
use crate::app::encode_query_value;
use crate::browser::{key_target, KeyTarget};
use crate::components::{ErrorSummary, FormErrors, NavBadge, SelectField, TextField};
use crate::domain::{Decision, Instance, Reason, RoleKind};
use crate::i18n::{number, text, tr, Message};
use crate::pages::traces::{country_options, instance_page};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Rows per page.
const PAGE_SIZE: u32 = 25;
/// The filter form's fields (the `FieldError::field` names of the server).
const FILTER_FIELDS: &[&str] = &[
    field::ROLE_KIND,
    field::COUNTRY,
    field::ORGANISATION,
    field::MIN_AGE_DAYS,
    ORDER,
];
const ORDER: &str = "order";
const REASON_FIELDS: &[&str] = &[field::REASON];
/// The age choices, in days.
const AGES: [u32; 6] = [1, 3, 7, 14, 30, 90];
/// The keys of the page, as the "Keyboard shortcuts" list shows them: the message ids of the
/// keys ("j or ↓") and of what they do.
const SHORTCUTS: [(&str, &str); 6] = [
    ("queue-shortcut-next-keys", "queue-shortcut-next"),
    ("queue-shortcut-previous-keys", "queue-shortcut-previous"),
    ("queue-shortcut-open-keys", "queue-shortcut-open"),
    ("queue-shortcut-tick-keys", "queue-shortcut-tick"),
    ("queue-shortcut-accept-keys", "queue-shortcut-accept"),
    ("queue-shortcut-reject-keys", "queue-shortcut-reject"),
];

/// The filter and page an address asks for; anything unreadable counts as "any".
fn filter_from_query(get: impl Fn(&str) -> Option<String>) -> (QueueFilter, Option<String>) {
    let filter = QueueFilter {
        view: match get("view").as_deref() {
            Some("decided") => QueueView::Decided,
            _ => QueueView::Pending,
        },
        order: match get("order").as_deref() {
            Some("oldest_first") => QueueOrder::OldestFirst,
            _ => QueueOrder::NewestFirst,
        },
        role_kind: get("role_kind").and_then(|code| RoleKind::parse(&code).ok()),
        country: get("country").unwrap_or_default(),
        organisation: get("organisation").unwrap_or_default(),
        min_age_days: get("min_age_days")
            .and_then(|days| days.parse().ok())
            .filter(|days| *days > 0),
    };
    (filter, get("after").filter(|after| !after.is_empty()))
}

/// The address of a queue page: the filters that differ from the defaults, and the cursor.
fn queue_href(instance: Instance, filter: &QueueFilter, after: Option<&str>) -> String {
    let mut query = Vec::new();
    if filter.view == QueueView::Decided {
        query.push("view=decided".to_owned());
    }
    if filter.order == QueueOrder::OldestFirst {
        query.push("order=oldest_first".to_owned());
    }
    if let Some(kind) = filter.role_kind {
        query.push(format!("role_kind={}", kind.code()));
    }
    for (key, value) in [
        ("country", filter.country.trim()),
        ("organisation", filter.organisation.trim()),
        ("after", after.unwrap_or_default()),
    ] {
        if !value.is_empty() {
            query.push(format!("{key}={}", encode_query_value(value)));
        }
    }
    if let Some(days) = filter.min_age_days {
        query.push(format!("min_age_days={days}"));
    }
    let path = super::queue_path(instance);
    if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// Which requests the open reason field rejects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rejecting {
    One(i64),
    Ticked,
}

/// The state of the queue page. `Copy`, so that every handler can hold it.
#[derive(Clone, Copy)]
struct QueueState {
    instance: Instance,
    /// The filter and the cursor the address asks for.
    address: Memo<(QueueFilter, Option<String>)>,
    rows: RwSignal<Vec<QueueRow>>,
    next: RwSignal<Option<String>>,
    loading: RwSignal<bool>,
    /// The page could not be loaded (not a decider, logged out, server away).
    failure: RwSignal<Option<ApiError>>,
    /// The row the keyboard is on.
    current: RwSignal<Option<i64>>,
    ticked: RwSignal<Vec<i64>>,
    rejecting: RwSignal<Option<Rejecting>>,
    reason: RwSignal<String>,
    reason_form: FormErrors,
    filter_form: FormErrors,
    busy: RwSignal<bool>,
    /// What the last decision did ("Request 12 accepted.").
    message: RwSignal<Option<Message>>,
    /// Why the last decision did not happen, one line per request.
    problems: RwSignal<Vec<Message>>,
    badge: NavBadge,
    /// Answers to older loads are dropped.
    generation: StoredValue<u32>,
}

impl QueueState {
    fn pending_view(self) -> bool {
        self.address.with(|(f, _)| f.view == QueueView::Pending)
    }

    fn load(self) {
        let (filter, after) = self.address.get_untracked();
        self.generation.update_value(|g| *g += 1);
        let generation = self.generation.get_value();
        self.loading.set(true);
        spawn_local(async move {
            let answer = approval_queue(self.instance, filter, after, PAGE_SIZE).await;
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            self.loading.try_set(false);
            self.ticked.try_set(Vec::new());
            self.rejecting.try_set(None);
            match answer {
                Ok(page) => {
                    self.filter_form.clear();
                    self.failure.try_set(None);
                    self.current.try_set(page.items.first().map(|row| row.id));
                    self.rows.try_set(page.items);
                    self.next.try_set(page.next);
                }
                Err(err) => {
                    self.rows.try_set(Vec::new());
                    self.next.try_set(None);
                    if matches!(err, ApiError::Validation(_)) {
                        self.filter_form.show_api_error(&err);
                    } else {
                        self.failure.try_set(Some(err));
                    }
                }
            }
        });
    }

    fn index_of(self, id: i64) -> Option<usize> {
        self.rows
            .with_untracked(|rows| rows.iter().position(|row| row.id == id))
    }

    /// Moves the keyboard's row by `step` and puts the focus on it.
    fn move_current(self, step: isize) {
        let count = self.rows.with_untracked(Vec::len);
        if count == 0 {
            return;
        }
        let index = match self
            .current
            .get_untracked()
            .and_then(|id| self.index_of(id))
        {
            Some(index) => index.saturating_add_signed(step).min(count - 1),
            None => 0,
        };
        let id = self.rows.with_untracked(|rows| rows[index].id);
        self.current.set(Some(id));
        crate::browser::focus(&row_id(id));
    }

    fn is_ticked(self, id: i64) -> bool {
        self.ticked.with(|ticked| ticked.contains(&id))
    }

    fn set_ticked(self, id: i64, on: bool) {
        self.ticked.update(|ticked| {
            ticked.retain(|t| *t != id);
            if on {
                ticked.push(id);
            }
        });
    }

    fn pending_ids(self) -> Vec<i64> {
        self.rows.with(|rows| {
            rows.iter()
                .filter(|row| row.status == RequestStatus::Pending)
                .map(|row| row.id)
                .collect()
        })
    }

    fn start_rejecting(self, target: Rejecting) {
        self.rejecting.set(Some(target));
        self.reason.set(String::new());
        self.reason_form.clear();
        crate::browser::focus_later(self.reason_form.id(field::REASON));
    }

    fn stop_rejecting(self) {
        let target = self.rejecting.get_untracked();
        self.rejecting.set(None);
        self.reason_form.clear();
        if let Some(Rejecting::One(id)) = target {
            crate::browser::focus_later(row_id(id));
        }
    }

    /// The decision with its reason, if the reason field holds a good one.
    fn reject_decision(self) -> Option<Decision> {
        let reason = self.reason.get_untracked();
        match Reason::parse(&reason) {
            Ok(_) => Some(Decision::Reject(reason)),
            Err(err) => {
                self.reason_form.set(field::REASON, Some(err.into()));
                crate::browser::focus(&self.reason_form.id(field::REASON));
                None
            }
        }
    }

    /// Takes decided requests off the pending list; the keyboard stays at the same place.
    fn remove(self, ids: &[i64]) {
        let index = self
            .current
            .get_untracked()
            .and_then(|id| self.index_of(id));
        self.rows
            .update(|rows| rows.retain(|row| !ids.contains(&row.id)));
        self.ticked
            .update(|ticked| ticked.retain(|id| !ids.contains(id)));
        let next = self.rows.with_untracked(|rows| {
            index
                .map(|i| i.min(rows.len().saturating_sub(1)))
                .and_then(|i| rows.get(i))
                .map(|row| row.id)
        });
        self.current.set(next);
        if let Some(id) = next {
            crate::browser::focus_later(row_id(id));
        }
        self.badge.refresh(self.instance);
    }

    fn begin(self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        self.message.set(None);
        self.problems.set(Vec::new());
        true
    }

    fn decide(self, id: i64, decision: Decision) {
        if !self.begin() {
            return;
        }
        let accepted = decision == Decision::Accept;
        spawn_local(async move {
            let answer = decide_request(self.instance, id, decision).await;
            self.busy.try_set(false);
            match answer {
                Ok(_) => {
                    self.rejecting.try_set(None);
                    self.remove(&[id]);
                    self.message.try_set(Some(decided_message(id, accepted)));
                }
                Err(err) => self.failed(err, Some(id)),
            }
        });
    }

    fn decide_ticked(self, decision: Decision) {
        let ids = self.ticked.get_untracked();
        if ids.is_empty() || !self.begin() {
            return;
        }
        let accepted = decision == Decision::Accept;
        spawn_local(async move {
            let answer = decide_requests(self.instance, ids, decision).await;
            self.busy.try_set(false);
            match answer {
                Ok(outcome) => {
                    let ids: Vec<i64> = outcome.decided.iter().map(|row| row.id).collect();
                    self.rejecting.try_set(None);
                    self.remove(&ids);
                    self.message.try_set(Some(bulk_message(&ids, accepted)));
                }
                Err(err) => self.failed(err, None),
            }
        });
    }

    /// A refused decision: a bad reason goes next to its field, anything else to the alert.
    /// A request someone else decided meanwhile shows its new status.
    fn failed(self, err: ApiError, id: Option<i64>) {
        if let Some(message) = err.for_field(field::REASON) {
            self.reason_form.set(field::REASON, Some(message.clone()));
            crate::browser::focus_later(self.reason_form.id(field::REASON));
            return;
        }
        let lines = match &err {
            ApiError::Validation(errors) => errors.iter().map(|e| e.message.clone()).collect(),
            other => vec![other.message()],
        };
        self.problems.try_set(lines);
        if let (ApiError::Conflict(_), Some(id)) = (&err, id) {
            self.rejecting.try_set(None);
            spawn_local(async move {
                if let Ok(detail) = approval_detail(self.instance, id).await {
                    self.rows.try_update(|rows| {
                        if let Some(row) = rows.iter_mut().find(|row| row.id == id) {
                            *row = detail.row;
                        }
                    });
                }
            });
            self.badge.refresh(self.instance);
        }
    }
}

fn row_id(id: i64) -> String {
    format!("request-row-{id}")
}

/// "3 requests accepted: 12, 13, 14."
fn bulk_message(ids: &[i64], accepted: bool) -> Message {
    match ids {
        [one] => super::decided_message(*one, accepted),
        many => {
            let id = if accepted {
                "queue-bulk-accepted"
            } else {
                "queue-bulk-rejected"
            };
            let count = i64::try_from(many.len()).unwrap_or(i64::MAX);
            let list = many
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            Message::new(id)
                .with("count", count)
                .with("shown", number(count))
                .with("ids", list)
        }
    }
}

#[component]
pub fn Queue() -> impl IntoView {
    instance_page(|instance| view! { <QueueFor instance /> })
}

#[component]
fn QueueFor(instance: Instance) -> impl IntoView {
    let query = use_query_map();
    let address = Memo::new(move |_| query.with(|q| filter_from_query(|key| q.get(key))));
    let state = QueueState {
        instance,
        address,
        rows: RwSignal::new(Vec::new()),
        next: RwSignal::new(None),
        loading: RwSignal::new(true),
        failure: RwSignal::new(None),
        current: RwSignal::new(None),
        ticked: RwSignal::new(Vec::new()),
        rejecting: RwSignal::new(None),
        reason: RwSignal::new(String::new()),
        reason_form: FormErrors::new("queue-", REASON_FIELDS),
        filter_form: FormErrors::new("filter-", FILTER_FIELDS),
        busy: RwSignal::new(false),
        message: RwSignal::new(None),
        problems: RwSignal::new(Vec::new()),
        badge: expect_context(),
        generation: StoredValue::new(0),
    };
    Effect::new(move |_| {
        address.track();
        state.load();
    });

    let navigate = use_navigate();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        let target = key_target(&ev);
        if target == KeyTarget::Typing || state.rows.with_untracked(Vec::is_empty) {
            return;
        }
        let current = state.current.get_untracked();
        let pending = current.and_then(|id| state.index_of(id)).is_some_and(|i| {
            state.rows.with_untracked(|rows| rows[i].status) == RequestStatus::Pending
        }) && state
            .address
            .with_untracked(|(f, _)| f.view == QueueView::Pending);
        let key = ev.key();
        match (key.as_str(), current) {
            ("j" | "ArrowDown", _) => state.move_current(1),
            ("k" | "ArrowUp", _) => state.move_current(-1),
            ("Enter", _) if target == KeyTarget::Control => return,
            ("Enter" | "o", Some(id)) => {
                navigate(&request_path(instance, id), Default::default());
            }
            ("a", Some(id)) if pending && !ev.repeat() => state.decide(id, Decision::Accept),
            ("r", Some(id)) if pending && !ev.repeat() => state.start_rejecting(Rejecting::One(id)),
            ("x", Some(id)) if pending && !ev.repeat() => {
                let on = !state.ticked.with_untracked(|t| t.contains(&id));
                state.set_ticked(id, on);
            }
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    view! {
        <section class="traces queue">
            <h1>{t!("queue-title")}</h1>
            <ViewTabs state />
            <p class="lead">
                {move || {
                    if state.pending_view() {
                        tr("queue-lead-pending")
                    } else {
                        tr("queue-lead-decided")
                    }
                }}
            </p>
            <FilterForm state />
            <p class="exports">
                <a
                    class="button button-secondary"
                    href=move || state.address.with(|(f, _)| export_href(instance, ExportKind::Queue, f))
                    download
                >
                    {t!("queue-export-list")}
                </a>
                <a
                    class="button button-secondary"
                    href=move || state.address.with(|(f, _)| export_href(instance, ExportKind::Decisions, f))
                    download
                >
                    {t!("queue-export-decisions")}
                </a>
            </p>
            <div role="status" class="message-region">
                {move || {
                    state.message.get().map(|message| view! { <p class="success">{message.text()}</p> })
                }}
            </div>
            <div role="alert" class="problem-region">
                {move || {
                    state
                        .problems
                        .with(|lines| !lines.is_empty())
                        .then(|| {
                            view! {
                                <div class="callout callout-error">
                                    <ul class="problem-list">
                                        {state
                                            .problems
                                            .get()
                                            .into_iter()
                                            .map(|line| view! { <li>{line.text()}</li> })
                                            .collect_view()}
                                    </ul>
                                </div>
                            }
                        })
                }}
            </div>
            {move || state.failure.with(|f| f.as_ref().map(problem_view))}
            <Show when=move || state.pending_view() && state.failure.with(Option::is_none)>
                <BulkBar state />
            </Show>
            <p role="status" class="results-status">
                {move || {
                    if state.loading.get() {
                        Some(tr("queue-loading"))
                    } else if state.failure.with(Option::is_some) {
                        None
                    } else {
                        Some(match state.rows.with(Vec::len) {
                            0 if state.pending_view() => tr("queue-none-pending"),
                            0 => tr("queue-none-decided"),
                            n => text("queue-on-this-page", &counted(n)),
                        })
                    }
                }}
            </p>
            <Show when=move || state.rows.with(|rows| !rows.is_empty())>
                <QueueTable state />
            </Show>
            <Paging state />
            <Shortcuts />
        </section>
    }
}

/// "Pending requests" and "Decision history": the same page with `view` switched.
#[component]
fn ViewTabs(state: QueueState) -> impl IntoView {
    // `name`: the tab's message id.
    let tab = move |view: QueueView, name: &'static str| {
        let href = move || {
            state.address.with(|(f, _)| {
                let filter = QueueFilter { view, ..f.clone() };
                queue_href(state.instance, &filter, None)
            })
        };
        let current = move || (state.address.with(|(f, _)| f.view) == view).then_some("page");
        view! {
            <a href=href class="tab" aria-current=current>
                {move || tr(name)}
            </a>
        }
    };
    view! {
        <nav class="tabs" aria-label=t!("queue-tabs-label")>
            {tab(QueueView::Pending, "queue-tab-pending")}
            {tab(QueueView::Decided, "queue-tab-decided")}
        </nav>
    }
}

#[component]
fn FilterForm(state: QueueState) -> impl IntoView {
    let form = state.filter_form;
    let role_kind = RwSignal::new(String::new());
    let country = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let age = RwSignal::new(String::new());
    let order = RwSignal::new(String::new());
    // The fields show what the address asks for (also after "Back").
    Effect::new(move |_| {
        state.address.with(|(f, _)| {
            role_kind.set(f.role_kind.map(|k| k.code().to_owned()).unwrap_or_default());
            country.set(f.country.clone());
            organisation.set(f.organisation.clone());
            age.set(f.min_age_days.map(|d| d.to_string()).unwrap_or_default());
            order.set(match f.order {
                QueueOrder::NewestFirst => "newest_first".to_owned(),
                QueueOrder::OldestFirst => "oldest_first".to_owned(),
            });
        })
    });
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let filter = QueueFilter {
            view: state.address.with_untracked(|(f, _)| f.view),
            order: if order.get_untracked() == "oldest_first" {
                QueueOrder::OldestFirst
            } else {
                QueueOrder::NewestFirst
            },
            role_kind: RoleKind::parse(&role_kind.get_untracked()).ok(),
            country: country.get_untracked(),
            organisation: organisation.get_untracked(),
            min_age_days: age.get_untracked().parse().ok(),
        };
        // The same address again changes nothing in the router: load anyway, the list may
        // have changed since.
        let same = state.address.with_untracked(|(f, _)| *f == filter)
            && state.address.with_untracked(|(_, after)| after.is_none());
        navigate(
            &queue_href(state.instance, &filter, None),
            Default::default(),
        );
        if same {
            state.load();
        }
    };
    // The choices are words of the language in force: each list is built again when the
    // language changes (the chosen value stays in its signal).
    let kinds = || -> Vec<(String, String)> {
        std::iter::once((String::new(), tr("queue-filter-any-role")))
            .chain(
                [
                    RoleKind::Operator,
                    RoleKind::ControlBody,
                    RoleKind::Authority,
                ]
                .into_iter()
                .map(|kind| (kind.code().to_owned(), kind.label().to_string())),
            )
            .collect()
    };
    let ages = || -> Vec<(String, String)> {
        std::iter::once((String::new(), tr("queue-filter-any-age")))
            .chain(AGES.iter().map(|days| {
                let words = text("queue-filter-age-at-least", &[("days", (*days).into())]);
                (days.to_string(), words)
            }))
            .collect()
    };
    let orders = || -> Vec<(String, String)> {
        vec![
            ("newest_first".to_owned(), tr("queue-filter-newest-first")),
            ("oldest_first".to_owned(), tr("queue-filter-oldest-first")),
        ]
    };
    let clear = move || {
        let view = state.address.with(|(f, _)| f.view);
        queue_href(
            state.instance,
            &QueueFilter {
                view,
                ..Default::default()
            },
            None,
        )
    };
    view! {
        <ErrorSummary form />
        <form
            class="form search-form"
            role="search"
            aria-label=t!("queue-filter-form-label")
            novalidate
            on:submit=submit
        >
            <SelectField
                form
                name=field::ROLE_KIND
                label=t!("queue-filter-role")
                value=role_kind
                options=Signal::derive(kinds)
            />
            <SelectField
                form
                name=field::COUNTRY
                label=t!("queue-filter-country")
                value=country
                options=Signal::derive(country_options)
            />
            <TextField
                form
                name=field::ORGANISATION
                label=t!("queue-filter-organisation")
                value=organisation
                hint=t!("queue-filter-organisation-hint")
                verbatim=true
            />
            <SelectField
                form
                name=field::MIN_AGE_DAYS
                label=t!("queue-filter-age")
                value=age
                options=Signal::derive(ages)
            />
            <SelectField
                form
                name=ORDER
                label=t!("queue-filter-order")
                value=order
                options=Signal::derive(orders)
            />
            <div class="form-actions">
                <button type="submit" class="button button-primary">
                    {t!("queue-filter-apply")}
                </button>
                <a href=clear>{t!("queue-filter-clear")}</a>
            </div>
        </form>
    }
}

/// Accept or reject the ticked requests (all or nothing).
#[component]
fn BulkBar(state: QueueState) -> impl IntoView {
    let count = move || state.ticked.with(Vec::len);
    let disabled = move || count() == 0 || state.busy.get();
    let reject_label = move || text("queue-bulk-confirm-rejection", &counted(count()));
    view! {
        <div class="request-bar" role="group" aria-label=t!("queue-bulk-label")>
            <button
                type="button"
                class="button button-green"
                disabled=disabled
                on:click=move |_| state.decide_ticked(Decision::Accept)
            >
                {t!("queue-bulk-accept")}
            </button>
            <button
                type="button"
                class="button button-secondary"
                disabled=disabled
                on:click=move |_| state.start_rejecting(Rejecting::Ticked)
            >
                {t!("queue-bulk-reject")}
            </button>
            <span class="request-count">
                {move || match count() {
                    0 => tr("queue-bulk-none-selected"),
                    n => text("queue-bulk-selected", &counted(n)),
                }}
            </span>
        </div>
        <Show when=move || state.rejecting.get() == Some(Rejecting::Ticked)>
            <ReasonForm
                state
                label=Signal::derive(move || text("queue-bulk-reason-label", &counted(count())))
                submit_label=Signal::derive(reject_label)
                on_submit=Callback::new(move |decision| state.decide_ticked(decision))
            />
        </Show>
    }
}

/// The reason of a rejection, checked with the server's rule before it is sent.
#[component]
fn ReasonForm(
    state: QueueState,
    label: Signal<String>,
    submit_label: Signal<String>,
    on_submit: Callback<Decision>,
) -> impl IntoView {
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(decision) = state.reject_decision() {
            on_submit.run(decision);
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            state.stop_rejecting();
        }
    };
    view! {
        <form class="reason-form" novalidate on:submit=submit on:keydown=keydown aria-label=label>
            <p class="reason-label">{label}</p>
            {super::reason_field(state.reason_form, state.reason)}
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || state.busy.get()>
                    {submit_label}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.stop_rejecting()>
                    {t!("queue-reason-cancel")}
                </button>
            </div>
        </form>
    }
}

#[component]
fn QueueTable(state: QueueState) -> impl IntoView {
    let pending_view = state
        .address
        .with_untracked(|(f, _)| f.view == QueueView::Pending);
    let caption = if pending_view {
        "queue-table-pending"
    } else {
        "queue-table-decided"
    };
    let all_ticked = move || {
        let ids = state.pending_ids();
        !ids.is_empty() && state.ticked.with(|t| ids.iter().all(|id| t.contains(id)))
    };
    let tick_all = move |ev| {
        let ids = if event_target_checked(&ev) {
            state.pending_ids()
        } else {
            Vec::new()
        };
        state.ticked.set(ids);
    };
    let columns = if pending_view { 9 } else { 7 };
    view! {
        <table class="results queue-table">
            <caption>{move || tr(caption)}</caption>
            <thead>
                <tr>
                    {pending_view
                        .then(|| {
                            view! {
                                <th scope="col" class="tick-cell">
                                    <input
                                        type="checkbox"
                                        class="tick"
                                        aria-label=t!("queue-select-all")
                                        prop:checked=all_ticked
                                        on:change=tick_all
                                    />
                                </th>
                            }
                        })}
                    <th scope="col">{t!("queue-column-request")}</th>
                    <th scope="col">{t!("queue-column-person")}</th>
                    <th scope="col">{t!("queue-column-organisation")}</th>
                    <th scope="col">{t!("queue-column-role")}</th>
                    <th scope="col">{t!("queue-column-country")}</th>
                    <th scope="col">{t!("queue-column-sent")}</th>
                    <th scope="col">{t!("queue-column-status")}</th>
                    {pending_view.then(|| view! { <th scope="col">{t!("queue-column-decision")}</th> })}
                </tr>
            </thead>
            <tbody>
                // All rows again when the list changes: 25 rows at most, and a keyed `For`
                // would add its diffing to the wasm for this one table.
                {move || {
                    state
                        .rows
                        .get()
                        .into_iter()
                        .map(|row| view! { <Row state row pending_view columns /> })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}

#[component]
fn Row(state: QueueState, row: QueueRow, pending_view: bool, columns: u8) -> impl IntoView {
    let id = row.id;
    let pending = row.status == RequestStatus::Pending;
    let status = row.status;
    let tick = pending_view.then(|| {
        view! {
            <td class="tick-cell">
                {pending
                    .then(|| {
                        view! {
                            <input
                                type="checkbox"
                                class="tick"
                                aria-label=t!("queue-select-request", id = id.to_string())
                                prop:checked=move || state.is_ticked(id)
                                on:change=move |ev| state.set_ticked(id, event_target_checked(&ev))
                            />
                        }
                    })}
            </td>
        }
    });
    let actions = pending_view.then(|| {
        view! {
            <td class="row-actions">
                {pending
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button-green button-row"
                                aria-label=t!("queue-accept-request", id = id.to_string())
                                disabled=move || state.busy.get()
                                on:click=move |_| state.decide(id, Decision::Accept)
                            >
                                {t!("queue-accept")}
                            </button>
                            <button
                                type="button"
                                class="button button-secondary button-row"
                                aria-label=t!("queue-reject-request", id = id.to_string())
                                disabled=move || state.busy.get()
                                on:click=move |_| state.start_rejecting(Rejecting::One(id))
                            >
                                {t!("queue-reject")}
                            </button>
                        }
                    })}
            </td>
        }
    });
    let new_operator = (row.organisation_status == OrganisationStatus::New).then(|| {
        view! {
            <span class="badge" title=t!("queue-new-operator-title")>
                {t!("queue-new-operator")}
            </span>
        }
    });
    let decided = row.decided_at.map(|at| view! { <br /> {time_view(at)} });
    view! {
        <tr
            id=row_id(id)
            tabindex="-1"
            class:current=move || state.current.get() == Some(id)
            on:click=move |_| state.current.set(Some(id))
        >
            {tick}
            <td>
                <a href=request_path(state.instance, id)>{t!("queue-request", id = id.to_string())}</a>
            </td>
            <td>
                {row.person_name}
                <br />
                <span class="muted">{row.person_email}</span>
            </td>
            <td>{row.organisation_name} " " {new_operator}</td>
            <td>{move || row.role.text()}</td>
            <td>{let code = row.country.clone(); move || crate::domain::CountryCode::name_and_code(&code)}</td>
            <td>{time_view(row.created_at)}</td>
            <td class=status_class(status)>{move || status.label().to_string()} {decided}</td>
            {actions}
        </tr>
        <Show when=move || state.rejecting.get() == Some(Rejecting::One(id))>
            <tr class="reason-row">
                <td colspan=columns>
                    <ReasonForm
                        state
                        label=Signal::derive(move || {
                            text("queue-reject-request", &[("id", id.to_string().into())])
                        })
                        submit_label=Signal::derive(move || {
                            text("queue-confirm-rejection", &[("id", id.to_string().into())])
                        })
                        on_submit=Callback::new(move |decision| state.decide(id, decision))
                    />
                </td>
            </tr>
        </Show>
    }
}

/// "First page" and "Next page": keyset paging has no page numbers.
#[component]
fn Paging(state: QueueState) -> impl IntoView {
    let first = move || {
        state.address.with(|(_, after)| after.is_some()).then(|| {
            let href = state
                .address
                .with(|(f, _)| queue_href(state.instance, f, None));
            view! {
                <a href=href class="button button-secondary">
                    {t!("queue-first-page")}
                </a>
            }
        })
    };
    let next = move || {
        state.next.get().map(|next| {
            let href = state
                .address
                .with(|(f, _)| queue_href(state.instance, f, Some(&next)));
            view! {
                <a href=href class="button button-secondary">
                    {t!("queue-next-page")}
                </a>
            }
        })
    };
    view! { <div class="paging">{first} {next}</div> }
}

#[component]
fn Shortcuts() -> impl IntoView {
    view! {
        <section class="shortcuts" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">{t!("queue-shortcuts-title")}</h2>
            <p class="field-hint">{t!("queue-shortcuts-hint")}</p>
            <ul>
                {SHORTCUTS
                    .iter()
                    .map(|&(keys, what)| {
                        view! {
                            <li>
                                <kbd>{move || tr(keys)}</kbd>
                                " – "
                                {move || tr(what)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(href: &str) -> (QueueFilter, Option<String>) {
        let query = href.split_once('?').map_or("", |(_, q)| q);
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.replace("%20", " ").replace("%3D", "=")))
            .collect();
        filter_from_query(|key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    }

    #[test]
    fn the_address_of_a_queue_page_carries_its_filters_and_cursor() {
        assert_eq!(
            queue_href(Instance::Training, &QueueFilter::default(), None),
            "/training/queue"
        );
        let filter = QueueFilter {
            view: QueueView::Decided,
            order: QueueOrder::OldestFirst,
            role_kind: Some(RoleKind::Operator),
            country: "PL".into(),
            organisation: "Bio Co".into(),
            min_age_days: Some(7),
        };
        let href = queue_href(Instance::Production, &filter, Some("MTc6NDI="));
        assert_eq!(
            href,
            "/production/queue?view=decided&order=oldest_first&role_kind=OPERATOR&country=PL&organisation=Bio%20Co&after=MTc6NDI%3D&min_age_days=7"
        );
        assert_eq!(read(&href), (filter, Some("MTc6NDI=".to_owned())));
    }

    #[test]
    fn unreadable_addresses_mean_any() {
        let (filter, after) =
            read("/training/queue?view=all&role_kind=PILOT&min_age_days=x&after=");
        assert_eq!(filter, QueueFilter::default());
        assert_eq!(after, None);
    }

    #[test]
    fn bulk_decisions_name_every_request() {
        assert_eq!(bulk_message(&[4], true).text(), "Request 4 accepted.");
        assert_eq!(
            bulk_message(&[4, 9], false).text(),
            "2 requests rejected: 4, 9."
        );
    }
}
