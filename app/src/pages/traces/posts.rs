//! What the three searches share: the results table with a tick box per post, keyset paging,
//! the ticks kept across pages, the "Request Authorisation" button, the request popup and the
//! green message after "send authorisation request".

use super::profile_path;
use crate::api::traces::{
    field, request_authorisation, AuthorisationRequestInput, OrganisationPage, OrganisationSummary,
    PostRef, MAX_ADDITIONAL_INFO,
};
use crate::api::ApiError;
use crate::app::Session;
use crate::components::{ErrorSummary, FormErrors, Modal, TextAreaField, TextField};
use crate::domain::{ActivityType, AuthorityRole, CountryCode, Instance, RoleKind};
use crate::i18n::{text, tr, Message};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use std::future::Future;
use std::time::Duration;

/// Results per page.
pub const PAGE_SIZE: u32 = 20;
/// How long the green message stays.
const MESSAGE_SECONDS: u64 = 6;
const REQUEST_BUTTON_ID: &str = "request-authorisation";
const SENT_MESSAGE_ID: &str = "request-sent";
const RESULTS_STATUS_ID: &str = "results-status";

/// A ticked post and what the popup calls it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticked {
    pub post: PostRef,
    pub label: String,
}

/// The state of one search page. `Copy`, so that every handler can hold it.
#[derive(Clone, Copy)]
pub struct SearchState {
    pub instance: Instance,
    pub kind: RoleKind,
    /// The search form's messages (a bad country, the server out of reach).
    pub form: FormErrors,
    pub page: RwSignal<Option<OrganisationPage>>,
    /// The cursor the page on show was asked with (`None`: the first page).
    pub after: RwSignal<Option<String>>,
    pub loading: RwSignal<bool>,
    /// Whether a search has been run (then "Create new Operator" is offered).
    pub searched: RwSignal<bool>,
    pub ticked: RwSignal<Vec<Ticked>>,
    pub popup_open: RwSignal<bool>,
    /// The green message, for a few seconds.
    pub message: RwSignal<Option<Message>>,
}

impl SearchState {
    pub fn new(instance: Instance, kind: RoleKind, form: FormErrors) -> Self {
        Self {
            instance,
            kind,
            form,
            page: RwSignal::new(None),
            after: RwSignal::new(None),
            loading: RwSignal::new(false),
            searched: RwSignal::new(false),
            ticked: RwSignal::new(Vec::new()),
            popup_open: RwSignal::new(false),
            message: RwSignal::new(None),
        }
    }

    /// Shows the page `answer` brings, asked for with the cursor `after`.
    pub fn load(
        self,
        after: Option<String>,
        answer: impl Future<Output = Result<OrganisationPage, ApiError>> + 'static,
    ) {
        if self.loading.get_untracked() {
            return;
        }
        self.loading.set(true);
        spawn_local(async move {
            let result = answer.await;
            self.loading.try_set(false);
            match result {
                Ok(page) => {
                    self.form.clear();
                    self.after.try_set(after);
                    self.page.try_set(Some(page));
                    self.searched.try_set(true);
                }
                Err(err) => self.form.show_api_error(&err),
            }
        });
    }

    fn is_ticked(self, id: i64, country: Option<&str>) -> bool {
        self.ticked.with(|all| {
            all.iter()
                .any(|t| t.post.organisation_id == id && t.post.country.as_deref() == country)
        })
    }

    /// Ticks or unticks a post. For a control body, "all countries" and single countries
    /// exclude each other.
    fn set_ticked(self, ticked: Ticked, on: bool) {
        self.ticked.update(|all| {
            let id = ticked.post.organisation_id;
            all.retain(|t| t.post != ticked.post);
            if on {
                if self.kind == RoleKind::ControlBody {
                    if ticked.post.country.is_none() {
                        all.retain(|t| t.post.organisation_id != id);
                    } else {
                        all.retain(|t| !(t.post.organisation_id == id && t.post.country.is_none()));
                    }
                }
                all.push(ticked);
            }
        });
    }
}

/// The results of a search: request button on top, table, paging, popup and green message.
#[component]
pub fn SearchResults(
    state: SearchState,
    /// Asks for the page after this cursor (`None`: the first page) with the last search.
    on_page: Callback<Option<String>>,
) -> impl IntoView {
    let count = move || state.ticked.with(Vec::len);
    let open = move |_| {
        state.message.set(None);
        state.popup_open.set(true);
    };
    let close = Callback::new(move |()| {
        state.popup_open.set(false);
        crate::browser::focus_later(REQUEST_BUTTON_ID.to_owned());
    });
    let sent = Callback::new(move |sent: usize| {
        state.popup_open.set(false);
        state.ticked.set(Vec::new());
        state
            .message
            .set(Some(Message::new("traces-posts-sent").with("count", sent)));
        set_timeout(
            move || {
                // Whoever reads the message with the focus in it keeps their place on the page.
                let had_focus = crate::browser::focus_is_within(SENT_MESSAGE_ID);
                state.message.try_set(None);
                if had_focus {
                    crate::browser::focus_later(RESULTS_STATUS_ID.to_owned());
                }
            },
            Duration::from_secs(MESSAGE_SECONDS),
        );
        // "Request Authorisation" is disabled now (nothing ticked), so it cannot take the focus
        // back: the message takes it, and screen readers read it.
        crate::browser::focus_later(SENT_MESSAGE_ID.to_owned());
    });

    view! {
        <div role="status" class="message-region">
            {move || {
                state
                    .message
                    .get()
                    .map(|message| {
                        view! {
                            <p class="success" id=SENT_MESSAGE_ID tabindex="-1">
                                {move || message.text()} " "
                                <A href=profile_path(state.instance)>{t!("traces-open-profile")}</A>
                            </p>
                        }
                    })
            }}
        </div>
        <div class="request-bar">
            <button
                type="button"
                id=REQUEST_BUTTON_ID
                class="button button-primary"
                disabled=move || count() == 0
                on:click=open
            >
                {t!("traces-posts-request")}
            </button>
            <span class="request-count">
                {move || match count() {
                    0 => tr("traces-posts-none-selected"),
                    n => text("traces-posts-selected", &[("count", n.into())]),
                }}
            </span>
        </div>
        <div role="status" class="results-status" id=RESULTS_STATUS_ID tabindex="-1">
            {move || {
                if state.loading.get() {
                    Some(tr("traces-posts-searching"))
                } else {
                    state
                        .page
                        .with(|page| {
                            page.as_ref()
                                .map(|page| match page.items.len() {
                                    0 => tr("traces-posts-no-results"),
                                    n => text("traces-posts-results", &[("count", n.into())]),
                                })
                        })
                }
            }}
        </div>
        {move || {
            state
                .page
                .get()
                .filter(|page| !page.items.is_empty())
                .map(|page| view! { <ResultsTable state items=page.items /> })
        }}
        <div class="paging">
            <Show when=move || state.after.with(Option::is_some)>
                <button
                    type="button"
                    class="button button-secondary"
                    disabled=move || state.loading.get()
                    on:click=move |_| on_page.run(None)
                >
                    {t!("traces-posts-first-page")}
                </button>
            </Show>
            {move || {
                state
                    .page
                    .with(|page| page.as_ref().and_then(|p| p.next.clone()))
                    .map(|next| {
                        view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                disabled=move || state.loading.get()
                                on:click=move |_| on_page.run(Some(next.clone()))
                            >
                                {t!("traces-posts-next-page")}
                            </button>
                        }
                    })
            }}
        </div>
        <Show when=move || state.popup_open.get()>
            <RequestPopup state on_close=close on_sent=sent />
        </Show>
    }
}

fn country_name(code: &str) -> String {
    CountryCode::parse(code).map_or_else(|_| code.to_owned(), |c| c.name().to_string())
}

#[component]
fn ResultsTable(state: SearchState, items: Vec<OrganisationSummary>) -> impl IntoView {
    // Message ids of the column headers.
    let headers: &[&str] = match state.kind {
        RoleKind::Operator => &[
            "traces-posts-column-name",
            "traces-posts-column-country",
            "traces-posts-column-city",
            "traces-posts-column-activity",
            "traces-posts-column-eori",
            "traces-posts-column-select",
        ],
        RoleKind::Authority => &[
            "traces-posts-column-name",
            "traces-posts-column-country",
            "traces-posts-column-role",
            "traces-posts-column-select",
        ],
        RoleKind::ControlBody => &[
            "traces-posts-column-name",
            "traces-posts-column-code",
            "traces-posts-column-country",
            "traces-posts-column-certified",
        ],
    };
    let rows = items
        .into_iter()
        .map(|item| view! { <ResultRow state item /> })
        .collect_view();
    view! {
        <table class="results">
            <caption class="visually-hidden">{t!("traces-posts-caption")}</caption>
            <thead>
                <tr>
                    {headers
                        .iter()
                        .map(|id| view! { <th scope="col">{move || tr(id)}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A tick box for one post.
#[component]
fn Tick(state: SearchState, id: i64, country: Option<String>, label: String) -> impl IntoView {
    let checked = {
        let country = country.clone();
        move || state.is_ticked(id, country.as_deref())
    };
    let aria = label.clone();
    let change = move |ev| {
        let ticked = Ticked {
            post: PostRef {
                organisation_id: id,
                country: country.clone(),
            },
            label: label.clone(),
        };
        state.set_ticked(ticked, event_target_checked(&ev));
    };
    view! {
        <input
            type="checkbox"
            class="tick"
            aria-label=aria
            prop:checked=checked
            on:change=change
        />
    }
}

#[component]
fn ResultRow(state: SearchState, item: OrganisationSummary) -> impl IntoView {
    let id = item.id;
    let name = item.name.clone();
    let status = (item.status == crate::api::traces::OrganisationStatus::New).then(|| {
        let label = item.status.label();
        view! { <span class="badge">{move || label.text()}</span> }
    });
    let country = {
        let code = item.country.clone();
        move || CountryCode::name_and_code(&code)
    };
    match state.kind {
        RoleKind::Operator => {
            let activity = item
                .activity
                .as_deref()
                .and_then(|a| ActivityType::parse(a).ok())
                .map(|a| a.name().to_string())
                .or(item.activity.clone())
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{name.clone()} " " {status}</td>
                    <td>{country}</td>
                    <td>{item.city.unwrap_or_default()}</td>
                    <td>{activity}</td>
                    <td>{item.eori.unwrap_or_default()}</td>
                    <td class="tick-cell">
                        <Tick state id country=None label=name />
                    </td>
                </tr>
            }
            .into_any()
        }
        RoleKind::Authority => {
            let role = item
                .authority_role
                .as_deref()
                .and_then(|r| AuthorityRole::parse(r).ok())
                .map(|r| {
                    t!(
                        "traces-posts-authority-role",
                        code = r.code(),
                        name = r.name(),
                        acts = r.acts_as(),
                    )
                });
            view! {
                <tr>
                    <td>{name.clone()}</td>
                    <td>{country}</td>
                    <td>{role}</td>
                    <td class="tick-cell">
                        <Tick state id country=None label=name />
                    </td>
                </tr>
            }
            .into_any()
        }
        RoleKind::ControlBody => {
            let countries = item
                .certified_countries
                .iter()
                .map(|code| {
                    let label = format!("{name}: {}", country_name(code));
                    view! {
                        <li>
                            <label class="tick-row">
                                <Tick state id country=Some(code.clone()) label />
                                {let code = code.clone(); move || country_name(&code)}
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <td>{name.clone()} " " {status}</td>
                    <td>{item.code.unwrap_or_default()}</td>
                    <td>{country}</td>
                    <td>
                        <label class="tick-row tick-all">
                            <Tick
                                state
                                id
                                country=None
                                label=text("traces-posts-all-countries-of", &[("organisation", name.as_str().into())])
                            />
                            {t!("traces-posts-all-countries")}
                        </label>
                        <ul class="country-ticks">{countries}</ul>
                    </td>
                </tr>
            }
            .into_any()
        }
    }
}

const POPUP_FIELDS: &[&str] = &[
    field::ADDITIONAL_INFO,
    field::CONTACT_EMAIL,
    field::CONTACT_PHONE,
];

/// The window that pops up after "Request Authorisation": additional information, e-mail and
/// phone, "send authorisation request". One idempotency key per opened popup, kept on retries.
#[component]
fn RequestPopup(
    state: SearchState,
    on_close: Callback<()>,
    on_sent: Callback<usize>,
) -> impl IntoView {
    let Session(session) = expect_context();
    let form = FormErrors::new("popup-", POPUP_FIELDS);
    let key = StoredValue::new(crate::browser::random_key());
    let additional_info = RwSignal::new(String::new());
    let email = RwSignal::new(
        session
            .with_untracked(|u| u.as_ref().map(|u| u.email.clone()))
            .unwrap_or_default(),
    );
    let phone = RwSignal::new(String::new());
    let sending = RwSignal::new(false);
    crate::browser::focus_later(form.id(field::ADDITIONAL_INFO));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let input = AuthorisationRequestInput {
            posts: state
                .ticked
                .with_untracked(|all| all.iter().map(|t| t.post.clone()).collect()),
            additional_info: additional_info.get_untracked(),
            contact_email: email.get_untracked(),
            contact_phone: phone.get_untracked(),
            idempotency_key: key.get_value(),
        };
        sending.set(true);
        spawn_local(async move {
            let result = request_authorisation(state.instance, input).await;
            sending.try_set(false);
            match result {
                Ok(requests) => on_sent.run(requests.len()),
                Err(err) => form.show_api_error(&err),
            }
        });
    };
    let posts = move || {
        state.ticked.with(|all| {
            all.iter()
                .map(|t| view! { <li>{t.label.clone()}</li> })
                .collect_view()
        })
    };

    view! {
        <Modal id="request-popup" labelled_by="popup-title" on_close>
            <h2 id="popup-title">{t!("traces-posts-request")}</h2>
            <p>{t!("traces-popup-asking-for")}</p>
            <ul class="popup-posts">{posts}</ul>
            <ErrorSummary form heading_level=3 />
            <form novalidate on:submit=submit>
                <TextAreaField
                    form
                    name=field::ADDITIONAL_INFO
                    label=t!("traces-request-additional-info")
                    value=additional_info
                    hint=t!("traces-request-additional-info-hint")
                    max_length=MAX_ADDITIONAL_INFO
                />
                <TextField
                    form
                    name=field::CONTACT_EMAIL
                    label=t!("traces-popup-email")
                    value=email
                    kind="email"
                    autocomplete="email"
                    verbatim=true
                />
                <TextField
                    form
                    name=field::CONTACT_PHONE
                    label=t!("traces-popup-phone")
                    value=phone
                    kind="tel"
                    autocomplete="tel"
                    verbatim=true
                />
                <div class="form-actions">
                    <button type="submit" class="button button-green" disabled=move || sending.get()>
                        {t!("traces-popup-send")}
                    </button>
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| on_close.run(())
                    >
                        {t!("traces-popup-cancel")}
                    </button>
                    <span class="form-progress" role="status">
                        {move || sending.get().then(|| tr("traces-popup-sending"))}
                    </span>
                </div>
            </form>
        </Modal>
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{text, Message};

    #[test]
    fn counts_choose_the_singular_or_the_plural() {
        let count = |id, n: usize| text(id, &[("count", n.into())]);
        assert_eq!(count("traces-posts-selected", 1), "1 post selected.");
        assert_eq!(count("traces-posts-selected", 2), "2 posts selected.");
        assert_eq!(count("traces-posts-results", 1), "1 result on this page.");
        assert_eq!(
            count("traces-posts-results", 20),
            "20 results on this page."
        );
        let sent = |n: usize| Message::new("traces-posts-sent").with("count", n).text();
        assert_eq!(
            sent(1),
            "Your authorisation request has been sent. You can follow it in your profile."
        );
        assert_eq!(
            sent(2),
            "Your 2 authorisation requests have been sent. You can follow them in your profile."
        );
    }
}
