//! `/eulogin/signup`: the EU Login registration screen of the letter ("Create an account").
//! The browser runs the same `SignUpInput` rules as the server: a field on leaving it, all of
//! them on submit.

use super::{service, Brand};
use crate::api::eulogin::sign_up;
use crate::app::{EuLoginPage, UiLanguage};
use crate::components::{
    CaptchaChallenge, CaptchaField, CheckboxField, ErrorSummary, FormErrors, LanguageSelect,
    TextField,
};
use crate::domain::signup::field;
use crate::domain::{organisation_name_warning, NamePart, SignUpInput};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// In the order of the form, which is the order of the error summary.
const FIELDS: &[&str] = &[
    field::USERNAME,
    field::FIRST_NAME,
    field::LAST_NAME,
    field::EMAIL,
    field::EMAIL_CONFIRM,
    field::EMAIL_LANGUAGE,
    field::CAPTCHA,
    field::PRIVACY,
];

#[component]
pub fn SignUp() -> impl IntoView {
    let service = service();
    let UiLanguage(ui_language) = expect_context();
    let navigate = use_navigate();

    let form = FormErrors::new("", FIELDS);
    let username = RwSignal::new(String::new());
    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let email_confirm = RwSignal::new(String::new());
    let email_language = RwSignal::new(ui_language.get_untracked().code().to_owned());
    let challenge = CaptchaChallenge::new();
    let answer = RwSignal::new(String::new());
    let privacy = RwSignal::new(false);
    let submitting = RwSignal::new(false);
    let first_warning = RwSignal::new(None::<String>);
    let last_warning = RwSignal::new(None::<String>);

    // Until the user picks an e-mail language, it follows the interface language.
    Effect::new(move |_| {
        let chosen = ui_language.get();
        if !form.is_touched(field::EMAIL_LANGUAGE) {
            email_language.set(chosen.code().to_owned());
        }
    });

    let input = move || SignUpInput {
        username: username.get_untracked(),
        first_name: first_name.get_untracked(),
        last_name: last_name.get_untracked(),
        email: email.get_untracked(),
        email_confirm: email_confirm.get_untracked(),
        email_language: email_language.get_untracked(),
        captcha_id: challenge.id(),
        captcha_answer: answer.get_untracked(),
        privacy_accepted: privacy.get_untracked(),
    };
    let check = move |name: &'static str| move || input().problem(name);
    let warn_first = move || {
        first_warning.set(organisation_name_warning(
            &first_name.get_untracked(),
            NamePart::First,
        ))
    };
    let warn_last = move || {
        last_warning.set(organisation_name_warning(
            &last_name.get_untracked(),
            NamePart::Last,
        ))
    };
    // A changed address may now match (or no longer match) its confirmation.
    let recheck_confirmation = move || {
        if form.is_touched(field::EMAIL_CONFIRM) {
            form.set(field::EMAIL_CONFIRM, input().problem(field::EMAIL_CONFIRM));
        }
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submitting.get_untracked() {
            return;
        }
        warn_first();
        warn_last();
        form.touch_all();
        let input = input();
        if let Err(errors) = input.parse() {
            form.show(errors);
            return;
        }
        form.clear();
        submitting.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = sign_up(input).await;
            submitting.set(false);
            match result {
                Ok(done) => {
                    let to = EuLoginPage::SignUpSent
                        .href_with(service.get_untracked(), &[("email", &done.email)]);
                    navigate(&to, Default::default());
                }
                Err(err) => {
                    // The server uses a picture up on every attempt that reaches it (and a
                    // wrong or expired one is the commonest error): show a new one.
                    answer.set(String::new());
                    challenge.renew();
                    form.show_api_error(&err);
                }
            }
        });
    };

    view! {
        <section class="eulogin">
            <Brand />
            <h1>"Create an account"</h1>
            <div class="callout callout-warning">
                <p>
                    <strong>"Open the account in your own name. "</strong>
                    "The data you enter here will appear on the certificates you sign in TRACES NT, which have legal value. "
                    "Open the EU Login account in the name of a "
                    <strong>"REAL PERSON"</strong>
                    ", NOT your border control post, operator or control body."
                </p>
                <p>
                    <strong>"Use your individual professional e-mail address. "</strong>
                    "It is the address you will log in to TRACES NT with."
                </p>
            </div>
            <p class="already">
                "Already have an EU Login account? "
                <A href=move || EuLoginPage::LogIn.href(service.get())>"Log in"</A>
            </p>
            <ErrorSummary form />
            <form class="form" novalidate on:submit=submit>
                <p class="form-intro">"All fields are required."</p>
                <TextField
                    form
                    name=field::USERNAME
                    label="Username"
                    autocomplete="username"
                    hint="4 to 32 characters: letters a–z, digits, dots, hyphens and underscores, starting with a letter."
                    value=username
                    check=check(field::USERNAME)
                    verbatim=true
                />
                <TextField
                    form
                    name=field::FIRST_NAME
                    label="First name"
                    autocomplete="given-name"
                    hint="As in your identity document."
                    value=first_name
                    check=check(field::FIRST_NAME)
                    on_leave=warn_first
                    warning=first_warning
                />
                <TextField
                    form
                    name=field::LAST_NAME
                    label="Last name"
                    autocomplete="family-name"
                    hint="As in your identity document."
                    value=last_name
                    check=check(field::LAST_NAME)
                    on_leave=warn_last
                    warning=last_warning
                />
                <TextField
                    form
                    name=field::EMAIL
                    label="E-mail"
                    kind="email"
                    autocomplete="email"
                    hint="Your individual professional address: you will log in with it."
                    value=email
                    check=check(field::EMAIL)
                    on_leave=recheck_confirmation
                    verbatim=true
                />
                <TextField
                    form
                    name=field::EMAIL_CONFIRM
                    label="Confirm e-mail"
                    kind="email"
                    autocomplete="email"
                    hint="Type the same address again."
                    value=email_confirm
                    check=check(field::EMAIL_CONFIRM)
                    verbatim=true
                />
                <LanguageSelect
                    form
                    name=field::EMAIL_LANGUAGE
                    label="E-mail language"
                    hint="The language of the e-mails EU Login sends you."
                    value=email_language
                />
                <CaptchaField form challenge answer check=check(field::CAPTCHA) />
                <CheckboxField
                    form
                    name=field::PRIVACY
                    label="I have read and accept the privacy statement"
                    checked=privacy
                    check=check(field::PRIVACY)
                >
                    <p class="field-hint">
                        <a
                            href=move || EuLoginPage::Privacy.href(service.get())
                            target="_blank"
                            rel="noopener"
                        >
                            "Read the privacy statement"
                            <span class="visually-hidden">" (opens in a new tab)"</span>
                        </a>
                    </p>
                </CheckboxField>
                <div class="form-actions">
                    <button
                        type="submit"
                        class="button button-primary"
                        disabled=move || submitting.get()
                    >
                        "Create an account"
                    </button>
                    <span class="form-progress" role="status">
                        {move || submitting.get().then_some("Creating your account…")}
                    </span>
                </div>
            </form>
        </section>
    }
}
