//! `/eulogin/login`: where "Login into TRACES" leads. The server's message for a refused login
//! is deliberately the same whatever the cause; it is shown as it comes.

use super::{service, Brand};
use crate::api::eulogin::login;
use crate::api::FieldError;
use crate::app::{instance_home, EuLoginPage, Session, UiLanguage};
use crate::components::{ErrorSummary, FormErrors, TextField};
use crate::domain::Email;
use crate::i18n::Message;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

const EMAIL: &str = "email";
const PASSWORD: &str = "password";
const FIELDS: &[&str] = &[EMAIL, PASSWORD];

#[component]
pub fn LogIn() -> impl IntoView {
    let service = service();
    let session: Session = expect_context();
    let ui_language: UiLanguage = expect_context();
    let navigate = use_navigate();
    let form = FormErrors::new("", FIELDS);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let sending = RwSignal::new(false);

    let check_email = move || {
        Email::parse(&email.get_untracked(), "label-email")
            .err()
            .map(Message::from)
    };
    let check_password = move || {
        password
            .with_untracked(String::is_empty)
            .then_some(Message::new("eulogin-login-password-missing"))
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        form.touch_all();
        let errors: Vec<FieldError> = [(EMAIL, check_email()), (PASSWORD, check_password())]
            .into_iter()
            .filter_map(|(name, problem)| problem.map(|m| FieldError::new(name, m)))
            .collect();
        if !errors.is_empty() {
            form.show(errors);
            return;
        }
        form.clear();
        sending.set(true);
        let navigate = navigate.clone();
        let (address, secret) = (email.get_untracked(), password.get_untracked());
        spawn_local(async move {
            let result = login(address, secret).await;
            sending.set(false);
            match result {
                Ok(user) => {
                    password.set(String::new());
                    session.logged_in(user, ui_language);
                    navigate(&instance_home(service.get_untracked()), Default::default());
                }
                Err(err) => {
                    password.set(String::new());
                    form.show_api_error(&err);
                }
            }
        });
    };

    view! {
        <section class="eulogin">
            <Brand />
            <h1>{t!("eulogin-login-title")}</h1>
            <p class="lead">{t!("eulogin-login-lead")}</p>
            <ErrorSummary form />
            <form class="form" novalidate on:submit=submit>
                <TextField
                    form
                    name=EMAIL
                    label=t!("eulogin-field-email")
                    kind="email"
                    autocomplete="username"
                    value=email
                    check=check_email
                    verbatim=true
                />
                <TextField
                    form
                    name=PASSWORD
                    label=t!("eulogin-field-password")
                    kind="password"
                    autocomplete="current-password"
                    value=password
                    check=check_password
                />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || sending.get()>
                        {t!("eulogin-log-in")}
                    </button>
                </div>
            </form>
            <ul class="form-links">
                <li>
                    <A href=move || EuLoginPage::LostPassword.href(service.get())>
                        {t!("eulogin-lost-password")}
                    </A>
                </li>
                <li>
                    {t!("eulogin-login-no-account")}
                    " "
                    <A href=move || EuLoginPage::SignUp.href(service.get())>
                        {t!("eulogin-create-account")}
                    </A>
                </li>
            </ul>
        </section>
    }
}
