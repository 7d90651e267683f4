//! `/eulogin/email?token=…`: confirms a new e-mail address. Opening the page only shows what
//! the link would do; the button confirms (mail scanners open links but do not press buttons).

use super::password::LinkPage;
use super::{page_link, service, strong_text};
use crate::api::eulogin::{confirm_email, LinkInfo, LinkPurpose};
use crate::api::ApiError;
use crate::app::{EuLoginPage, Session};
use crate::i18n::rich_text;
use crate::i18n::Arg;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

#[component]
pub fn ConfirmEmail() -> impl IntoView {
    view! { <LinkPage expected=LinkPurpose::ConfirmEmail /> }
}

#[component]
pub(super) fn EmailLinkProblem(error: ApiError) -> impl IntoView {
    view! {
        <h1>{t!("eulogin-link-broken")}</h1>
        <div class="callout callout-error" role="alert">
            <p>{move || error.to_string()}</p>
        </div>
        <p>
            {rich_text(
                "eulogin-email-link-broken-next",
                vec![],
                vec![("link", page_link(EuLoginPage::Account, "eulogin-account-page-link"))],
            )}
        </p>
    }
}

/// What confirming changes, and the button that does it.
#[component]
pub(super) fn ConfirmEmailForm(token: String, info: LinkInfo) -> impl IntoView {
    let service = service();
    let Session(session) = expect_context();
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(false);
    let problem = RwSignal::new(None::<ApiError>);
    let token = StoredValue::new(token);
    let new_email = info.new_email.clone().unwrap_or_default();
    let new_email_stored = StoredValue::new(new_email.clone());

    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if confirming.get_untracked() {
            return;
        }
        confirming.set(true);
        problem.set(None);
        let (token, address) = (token.get_value(), new_email_stored.get_value());
        spawn_local(async move {
            let result = confirm_email(token).await;
            confirming.set(false);
            match result {
                Ok(()) => {
                    session.update(|user| {
                        if let Some(user) = user {
                            user.email = address;
                        }
                    });
                    done.set(true);
                    crate::browser::focus_later("email-confirmed".to_owned());
                }
                Err(err) => problem.set(Some(err)),
            }
        });
    };

    move || {
        let new_email = new_email.clone();
        if done.get() {
            view! {
                <h1 id="email-confirmed" tabindex="-1">{t!("eulogin-email-changed")}</h1>
                <p class="success" role="status">
                    {rich_text(
                        "eulogin-email-changed-next",
                        vec![],
                        vec![("email", strong_text(new_email))],
                    )}
                </p>
                <p>
                    {move || {
                        if session.with(Option::is_some) {
                            view! {
                                <A href=move || EuLoginPage::Account.href(service.get())>
                                    {t!("eulogin-email-back-to-account")}
                                </A>
                            }
                                .into_any()
                        } else {
                            view! {
                                <A href=move || EuLoginPage::LogIn.href(service.get())>
                                    {t!("eulogin-log-in")}
                                </A>
                            }
                                .into_any()
                        }
                    }}
                </p>
            }
            .into_any()
        } else {
            view! {
                <h1>{t!("eulogin-email-title")}</h1>
                <p class="lead">
                    {rich_text(
                        "eulogin-email-lead",
                        vec![("name", Arg::from(&info.first_name))],
                        vec![
                            ("username", strong_text(info.username.clone())),
                            ("email", strong_text(new_email)),
                        ],
                    )}
                </p>
                <p>{t!("eulogin-email-old-stops")}</p>
                <div role="alert">
                    {move || {
                        problem.get()
                            .map(|error| {
                                view! {
                                    <div class="callout callout-error">
                                        <p>{move || error.to_string()}</p>
                                    </div>
                                }
                            })
                    }}
                </div>
                <form class="form" on:submit=confirm>
                    <div class="form-actions">
                        <button type="submit" class="button button-primary" disabled=move || confirming.get()>
                            {t!("eulogin-email-submit")}
                        </button>
                    </div>
                </form>
            }
                .into_any()
        }
    }
}
