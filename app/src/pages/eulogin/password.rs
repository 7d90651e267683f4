//! `/eulogin/password?token=…`: "Set your password" from the e-mailed link. Opening the page
//! only checks the link (mail scanners open links too); setting the password uses it up. The
//! token stays in the address bar and in memory: no link on this page carries it.

use super::email::{ConfirmEmailForm, EmailLinkProblem};
use super::{query_param, service, strong_text, Brand};
use crate::api::eulogin::{check_link, set_password, LinkInfo, LinkPurpose};
use crate::api::{ApiError, FieldError};
use crate::app::EuLoginPage;
use crate::components::{ErrorSummary, FormErrors, PasswordStrength, ResendLinkForm, TextField};
use crate::domain::{check_new_password, PasswordError};
use crate::i18n::rich_text;
use crate::i18n::{tr, Arg, Message};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// The field names the server's messages use for a new password.
pub(super) const NEW_PASSWORD: &str = "password";
pub(super) const CONFIRMATION: &str = "confirmation";

/// `check_new_password`'s verdict as a message next to the right field.
pub(super) fn new_password_problem(password: &str, confirmation: &str) -> Option<FieldError> {
    check_new_password(password, confirmation).err().map(|err| {
        let field = if err == PasswordError::Mismatch {
            CONFIRMATION
        } else {
            NEW_PASSWORD
        };
        FieldError::new(field, err)
    })
}

/// Checks the link named in the address: `Ok` with what it is for, or why it does not work.
pub(super) fn checked_link() -> LocalResource<Result<LinkInfo, ApiError>> {
    let token = query_param("token");
    LocalResource::new(move || {
        let token = token.get();
        async move {
            if token.is_empty() {
                return Err(ApiError::NotFound(Message::new("eulogin-link-no-code")));
            }
            check_link(token).await
        }
    })
}

#[component]
pub fn SetPassword() -> impl IntoView {
    view! { <LinkPage expected=LinkPurpose::SetPassword /> }
}

/// What an e-mailed link opens: the link is checked (not used up), then the form for what it
/// is for, whichever of the two pages it was opened on; or why it does not work, with the help
/// that fits the page.
#[component]
pub(super) fn LinkPage(expected: LinkPurpose) -> impl IntoView {
    let token = query_param("token");
    let link = checked_link();
    let title = match expected {
        LinkPurpose::SetPassword => "eulogin-password-title",
        LinkPurpose::ConfirmEmail => "eulogin-email-title",
    };
    view! {
        <section class="eulogin">
            <Brand />
            <Suspense fallback=move || {
                view! {
                    <h1>{move || tr(title)}</h1>
                    <p role="status">{t!("eulogin-link-checking")}</p>
                }
            }>
                {move || {
                    link.get()
                        .map(|checked| match checked {
                            Ok(info) if info.purpose == LinkPurpose::SetPassword => {
                                view! { <SetPasswordForm token=token.get_untracked() info /> }
                                    .into_any()
                            }
                            Ok(info) => {
                                view! { <ConfirmEmailForm token=token.get_untracked() info /> }
                                    .into_any()
                            }
                            Err(error) if expected == LinkPurpose::ConfirmEmail => {
                                view! { <EmailLinkProblem error /> }.into_any()
                            }
                            Err(error) => view! { <PasswordLinkProblem error /> }.into_any(),
                        })
                }}
            </Suspense>
        </section>
    }
}

/// The link is expired, used, replaced or unknown: say which, and offer a new e-mail.
#[component]
fn PasswordLinkProblem(error: ApiError) -> impl IntoView {
    view! {
        <h1>{t!("eulogin-link-broken")}</h1>
        <div class="callout callout-error" role="alert">
            <p>{move || error.to_string()}</p>
        </div>
        <h2>{t!("eulogin-password-new-email")}</h2>
        <p>{t!("eulogin-password-new-email-intro")}</p>
        <ResendLinkForm heading_level=3 />
    }
}

/// The two password fields and the strength meter, then "Your password is set".
#[component]
pub(super) fn SetPasswordForm(token: String, info: LinkInfo) -> impl IntoView {
    const FIELDS: &[&str] = &[NEW_PASSWORD, CONFIRMATION];
    let service = service();
    let form = FormErrors::new("", FIELDS);
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let saving = RwSignal::new(false);
    let done = RwSignal::new(false);
    let token = StoredValue::new(token);

    let check_password = move || {
        let typed = password.get_untracked();
        // The confirmation is checked on its own field.
        new_password_problem(&typed, &typed).map(|e| e.message)
    };
    let check_confirmation = move || {
        let problem =
            new_password_problem(&password.get_untracked(), &confirmation.get_untracked());
        problem
            .filter(|e| e.field == CONFIRMATION)
            .map(|e| e.message)
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        form.touch_all();
        let (typed, again) = (password.get_untracked(), confirmation.get_untracked());
        if let Some(problem) = new_password_problem(&typed, &again) {
            form.show(vec![problem]);
            return;
        }
        form.clear();
        saving.set(true);
        let token = token.get_value();
        spawn_local(async move {
            let result = set_password(token, typed, again).await;
            saving.set(false);
            match result {
                Ok(()) => {
                    password.set(String::new());
                    confirmation.set(String::new());
                    done.set(true);
                    crate::browser::focus_later("password-set".to_owned());
                }
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    let username = info.username.clone();
    move || {
        if done.get() {
            view! {
                <h1 id="password-set" tabindex="-1">{t!("eulogin-password-set")}</h1>
                <p class="success" role="status">{t!("eulogin-password-set-next")}</p>
                <p>
                    <A href=move || EuLoginPage::LogIn.href(service.get()) attr:class="button button-primary">
                        {t!("eulogin-log-in")}
                    </A>
                </p>
            }
                .into_any()
        } else {
            view! {
                <h1>{t!("eulogin-password-title")}</h1>
                <p class="lead">
                    {rich_text(
                        "eulogin-password-lead",
                        vec![("name", Arg::from(&info.first_name))],
                        vec![("username", strong_text(username.clone()))],
                    )}
                </p>
                <ErrorSummary form />
                <form class="form" novalidate on:submit=submit>
                    // For password managers: which account this password belongs to.
                    <input type="text" name="username" autocomplete="username" hidden readonly prop:value=username.clone() />
                    <TextField
                        form
                        name=NEW_PASSWORD
                        label=t!("eulogin-field-new-password")
                        kind="password"
                        autocomplete="new-password"
                        hint=t!("eulogin-password-rule")
                        value=password
                        check=check_password
                        described_by=vec!["new-password-strength".to_owned()]
                    />
                    <PasswordStrength password=password id="new-password-strength".to_owned() />
                    <TextField
                        form
                        name=CONFIRMATION
                        label=t!("eulogin-field-confirm-password")
                        kind="password"
                        autocomplete="new-password"
                        value=confirmation
                        check=check_confirmation
                    />
                    <div class="form-actions">
                        <button type="submit" class="button button-primary" disabled=move || saving.get()>
                            {t!("eulogin-password-submit")}
                        </button>
                    </div>
                </form>
            }
                .into_any()
        }
    }
}
