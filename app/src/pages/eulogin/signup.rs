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
use crate::i18n::rich_text;
use crate::i18n::{tr, Message};
use crate::t;
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
    let first_warning = RwSignal::new(None::<Message>);
    let last_warning = RwSignal::new(None::<Message>);

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
    // The field's message as a message (not yet words), so that it follows the language.
    let problem = move |name: &str| {
        input()
            .parse()
            .err()?
            .into_iter()
            .find(|e| e.field == name)
            .map(|e| e.message)
    };
    let check = move |name: &'static str| move || problem(name);
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
            form.set(field::EMAIL_CONFIRM, problem(field::EMAIL_CONFIRM));
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
            <h1>{t!("eulogin-create-account")}</h1>
            <div class="callout callout-warning">
                <p>
                    <strong>{t!("eulogin-signup-own-name")}" "</strong>
                    {rich_text(
                        "eulogin-signup-own-name-why",
                        vec![],
                        vec![
                            (
                                "person",
                                ViewFn::from(|| view! { <strong>{t!("eulogin-signup-real-person")}</strong> }),
                            ),
                        ],
                    )}
                </p>
                <p>
                    <strong>{t!("eulogin-signup-own-address")}" "</strong>
                    {t!("eulogin-signup-own-address-why")}
                </p>
            </div>
            <p class="already">
                {t!("eulogin-signup-already")}
                " "
                <A href=move || EuLoginPage::LogIn.href(service.get())>{t!("eulogin-log-in")}</A>
            </p>
            <ErrorSummary form />
            <form class="form" novalidate on:submit=submit>
                <p class="form-intro">{t!("eulogin-signup-all-required")}</p>
                <TextField
                    form
                    name=field::USERNAME
                    label=t!("eulogin-field-username")
                    autocomplete="username"
                    hint=t!("eulogin-signup-username-hint")
                    value=username
                    check=check(field::USERNAME)
                    verbatim=true
                />
                <TextField
                    form
                    name=field::FIRST_NAME
                    label=t!("eulogin-field-first-name")
                    autocomplete="given-name"
                    hint=t!("eulogin-name-hint")
                    value=first_name
                    check=check(field::FIRST_NAME)
                    on_leave=warn_first
                    warning=first_warning
                />
                <TextField
                    form
                    name=field::LAST_NAME
                    label=t!("eulogin-field-last-name")
                    autocomplete="family-name"
                    hint=t!("eulogin-name-hint")
                    value=last_name
                    check=check(field::LAST_NAME)
                    on_leave=warn_last
                    warning=last_warning
                />
                <TextField
                    form
                    name=field::EMAIL
                    label=t!("eulogin-field-email")
                    kind="email"
                    autocomplete="email"
                    hint=t!("eulogin-signup-email-hint")
                    value=email
                    check=check(field::EMAIL)
                    on_leave=recheck_confirmation
                    verbatim=true
                />
                <TextField
                    form
                    name=field::EMAIL_CONFIRM
                    label=t!("eulogin-field-email-confirm")
                    kind="email"
                    autocomplete="email"
                    hint=t!("eulogin-signup-email-confirm-hint")
                    value=email_confirm
                    check=check(field::EMAIL_CONFIRM)
                    verbatim=true
                />
                <LanguageSelect
                    form
                    name=field::EMAIL_LANGUAGE
                    label=t!("eulogin-field-email-language")
                    hint=t!("eulogin-email-language-hint")
                    value=email_language
                />
                <CaptchaField form challenge answer check=check(field::CAPTCHA) />
                <CheckboxField
                    form
                    name=field::PRIVACY
                    label=t!("eulogin-signup-privacy-accept")
                    checked=privacy
                    check=check(field::PRIVACY)
                >
                    <p class="field-hint">
                        <a
                            href=move || EuLoginPage::Privacy.href(service.get())
                            target="_blank"
                            rel="noopener"
                        >
                            {t!("eulogin-signup-privacy-read")}
                            <span class="visually-hidden">" "{t!("eulogin-opens-in-new-tab")}</span>
                        </a>
                    </p>
                </CheckboxField>
                <div class="form-actions">
                    <button
                        type="submit"
                        class="button button-primary"
                        disabled=move || submitting.get()
                    >
                        {t!("eulogin-create-account")}
                    </button>
                    <span class="form-progress" role="status">
                        {move || submitting.get().then(|| tr("eulogin-signup-progress"))}
                    </span>
                </div>
            </form>
        </section>
    }
}
