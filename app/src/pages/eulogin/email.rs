//! `/eulogin/email?token=…`: confirms a new e-mail address. Opening the page only shows what
//! the link would do; the button confirms (mail scanners open links but do not press buttons).

use super::password::LinkPage;
use super::service;
use crate::api::eulogin::{confirm_email, LinkInfo, LinkPurpose};
use crate::api::ApiError;
use crate::app::{EuLoginPage, Session};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

#[component]
pub fn ConfirmEmail() -> impl IntoView {
    view! { <LinkPage expected=LinkPurpose::ConfirmEmail /> }
}

#[component]
pub(super) fn EmailLinkProblem(error: ApiError) -> impl IntoView {
    let service = service();
    view! {
        <h1>"This link does not work"</h1>
        <div class="callout callout-error" role="alert">
            <p>{error.to_string()}</p>
        </div>
        <p>
            "Your e-mail address has not changed. To get a new confirmation link, log in and ask for it again on "
            <A href=move || EuLoginPage::Account.href(service.get())>"your EU Login account page"</A>
            "."
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
    let problem = RwSignal::new(None::<String>);
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
                Err(err) => problem.set(Some(err.to_string())),
            }
        });
    };

    move || {
        let new_email = new_email.clone();
        if done.get() {
            view! {
                <h1 id="email-confirmed" tabindex="-1">"Your e-mail address is changed"</h1>
                <p class="success" role="status">
                    "From now on, log in with " <strong>{new_email}</strong> "."
                </p>
                <p>
                    {move || {
                        if session.with(Option::is_some) {
                            view! {
                                <A href=move || EuLoginPage::Account.href(service.get())>
                                    "Back to my account"
                                </A>
                            }
                                .into_any()
                        } else {
                            view! {
                                <A href=move || EuLoginPage::LogIn.href(service.get())>"Log in"</A>
                            }
                                .into_any()
                        }
                    }}
                </p>
            }
            .into_any()
        } else {
            view! {
                <h1>"Confirm your new e-mail address"</h1>
                <p class="lead">
                    {format!("Hello {}. The login of the EU Login account ", info.first_name)}
                    <strong>{info.username.clone()}</strong> " will become "
                    <strong>{new_email}</strong> "."
                </p>
                <p>"Your old address stops working for logging in as soon as you confirm."</p>
                <div role="alert">
                    {move || {
                        problem.get()
                            .map(|message| {
                                view! {
                                    <div class="callout callout-error">
                                        <p>{message}</p>
                                    </div>
                                }
                            })
                    }}
                </div>
                <form class="form" on:submit=confirm>
                    <div class="form-actions">
                        <button type="submit" class="button button-primary" disabled=move || confirming.get()>
                            "Confirm my new e-mail address"
                        </button>
                    </div>
                </form>
            }
                .into_any()
        }
    }
}
