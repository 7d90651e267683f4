//! `/eulogin/account`: "My EU Login account", where the letter sends people to change their
//! EU Login credentials: their details, their password and their e-mail address.

use super::password::{new_password_problem, CONFIRMATION, NEW_PASSWORD};
use super::{service, strong_text, Brand};
use crate::api::eulogin::{
    change_password, request_email_change, update_profile, who_am_i, CurrentUser, ProfileInput,
    LINK_VALID_MINUTES,
};
use crate::api::FieldError;
use crate::app::{EuLoginPage, Session, UiLanguage};
use crate::components::{ErrorSummary, FormErrors, LanguageSelect, PasswordStrength, TextField};
use crate::domain::signup::field;
use crate::domain::{organisation_name_warning, Email, NamePart, PersonName};
use crate::i18n::rich_text;
use crate::i18n::{Arg, Message};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

#[component]
pub fn Account() -> impl IntoView {
    let service = service();
    let Session(session) = expect_context();
    let ui_language: UiLanguage = expect_context();
    // Asked again rather than trusting the start-up answer: the session may have ended since.
    let me = LocalResource::new(who_am_i);
    Effect::new(move |_| {
        if let Some(Ok(user)) = me.get() {
            session.set(user);
        }
    });

    view! {
        <section class="eulogin account">
            <Brand />
            <h1>{t!("eulogin-account-title")}</h1>
            <Suspense fallback=|| view! { <p role="status">{t!("eulogin-account-loading")}</p> }>
                {move || {
                    me.get()
                        .map(|answer| match answer {
                            // From here on the session decides, so that "Log out" in the top
                            // bar empties the page at once.
                            Ok(_) => {
                                view! {
                                    <Show
                                        when=move || session.with(Option::is_some)
                                        fallback=|| view! { <LogInFirst /> }
                                    >
                                        {move || {
                                            session
                                                .get_untracked()
                                                .map(|user| view! { <AccountSections user ui_language /> })
                                        }}
                                    </Show>
                                }
                                    .into_any()
                            }
                            Err(err) => {
                                view! {
                                    <div class="callout callout-error" role="alert">
                                        <p>{move || err.to_string()}</p>
                                    </div>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
            <p class="back">
                <A href=move || {
                    service.get().map_or_else(|| "/".to_owned(), |s| s.home())
                }>{t!("eulogin-account-back")}</A>
            </p>
        </section>
    }
}

#[component]
fn LogInFirst() -> impl IntoView {
    let service = service();
    view! {
        <div class="callout">
            <p>{t!("eulogin-account-log-in-first")}</p>
            <p>
                <A href=move || EuLoginPage::LogIn.href(service.get()) attr:class="button button-primary">
                    {t!("eulogin-log-in")}
                </A>
            </p>
        </div>
    }
}

#[component]
fn AccountSections(user: CurrentUser, ui_language: UiLanguage) -> impl IntoView {
    let Session(session) = expect_context();
    let who = move || {
        session.with(|user| {
            user.as_ref().map(|u| {
                rich_text(
                    "eulogin-account-who",
                    vec![],
                    vec![
                        (
                            "name",
                            strong_text(format!("{} {}", u.first_name, u.last_name)),
                        ),
                        ("username", strong_text(u.username.clone())),
                        ("email", strong_text(u.email.clone())),
                    ],
                )
            })
        })
    };
    // Said before any form, rather than as the answer to a filled-in one. (Two options, not
    // `into_any` of either: on the server build, whose components are not type-erased, the
    // erased fragment's type is too deep for rustc's query limit in a non-incremental build.)
    let shared = user.shared_demo_person;
    let forms = (!shared).then(|| {
        view! {
            <DetailsSection user=user.clone() ui_language />
            <PasswordSection login=user.email.clone() />
            <EmailSection current=user.email />
        }
    });
    view! {
        <p class="lead">{who}</p>
        {shared.then(|| view! { <p class="callout">{t!("error-demo-person-shared")}</p> })}
        {forms}
    }
}

/// First name, last name, e-mail language, interface language.
#[component]
fn DetailsSection(user: CurrentUser, ui_language: UiLanguage) -> impl IntoView {
    const UI_LANGUAGE: &str = "ui_language";
    const FIELDS: &[&str] = &[
        field::FIRST_NAME,
        field::LAST_NAME,
        field::EMAIL_LANGUAGE,
        UI_LANGUAGE,
    ];
    let session: Session = expect_context();
    let form = FormErrors::new("details-", FIELDS);
    let first_name = RwSignal::new(user.first_name);
    let last_name = RwSignal::new(user.last_name);
    let email_language = RwSignal::new(user.email_language.code().to_owned());
    let interface = RwSignal::new(user.ui_language.code().to_owned());
    let first_warning = RwSignal::new(None::<Message>);
    let last_warning = RwSignal::new(None::<Message>);
    let saving = RwSignal::new(false);
    let saved = RwSignal::new(false);

    let name_problem =
        |value: String, part: NamePart| PersonName::parse(&value, part).err().map(Message::from);
    let check_first = move || name_problem(first_name.get_untracked(), NamePart::First);
    let check_last = move || name_problem(last_name.get_untracked(), NamePart::Last);
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

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saved.set(false);
        warn_first();
        warn_last();
        form.touch_all();
        let errors: Vec<FieldError> = [
            (field::FIRST_NAME, check_first()),
            (field::LAST_NAME, check_last()),
        ]
        .into_iter()
        .filter_map(|(name, problem)| problem.map(|m| FieldError::new(name, m)))
        .collect();
        if !errors.is_empty() {
            form.show(errors);
            return;
        }
        form.clear();
        saving.set(true);
        let input = ProfileInput {
            first_name: first_name.get_untracked(),
            last_name: last_name.get_untracked(),
            email_language: email_language.get_untracked(),
            ui_language: interface.get_untracked(),
        };
        spawn_local(async move {
            let result = update_profile(input).await;
            saving.set(false);
            match result {
                Ok(user) => {
                    first_name.set(user.first_name.clone());
                    last_name.set(user.last_name.clone());
                    session.logged_in(user, ui_language);
                    saved.set(true);
                }
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    view! {
        <section class="account-section" aria-labelledby="details-heading">
            <h2 id="details-heading">{t!("eulogin-account-details")}</h2>
            <p>{t!("eulogin-account-details-intro")}</p>
            <ErrorSummary form heading_level=3 />
            <form class="form" novalidate on:submit=submit>
                <TextField
                    form
                    name=field::FIRST_NAME
                    label=t!("eulogin-field-first-name")
                    autocomplete="given-name"
                    value=first_name
                    check=check_first
                    on_leave=warn_first
                    warning=first_warning
                />
                <TextField
                    form
                    name=field::LAST_NAME
                    label=t!("eulogin-field-last-name")
                    autocomplete="family-name"
                    value=last_name
                    check=check_last
                    on_leave=warn_last
                    warning=last_warning
                />
                <LanguageSelect
                    form
                    name=field::EMAIL_LANGUAGE
                    label=t!("eulogin-field-email-language")
                    hint=t!("eulogin-email-language-hint")
                    value=email_language
                />
                <LanguageSelect
                    form
                    name=UI_LANGUAGE
                    label=t!("eulogin-field-interface-language")
                    hint=t!("eulogin-interface-language-hint")
                    value=interface
                />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || saving.get()>
                        {t!("eulogin-account-details-submit")}
                    </button>
                </div>
                <div role="status">
                    {move || {
                        saved
                            .get()
                            .then(|| view! { <p class="success">{t!("eulogin-account-details-saved")}</p> })
                    }}
                </div>
            </form>
        </section>
    }
}

/// Current password, new password twice, with the strength meter.
#[component]
fn PasswordSection(
    /// The login the password belongs to, for password managers.
    login: String,
) -> impl IntoView {
    const CURRENT: &str = "current";
    const FIELDS: &[&str] = &[CURRENT, NEW_PASSWORD, CONFIRMATION];
    let form = FormErrors::new("password-", FIELDS);
    let current = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let saving = RwSignal::new(false);
    let saved = RwSignal::new(false);

    let check_current = move || {
        current
            .with_untracked(String::is_empty)
            .then_some(Message::new("eulogin-account-current-password-missing"))
    };
    let check_password = move || {
        let typed = password.get_untracked();
        new_password_problem(&typed, &typed).map(|e| e.message)
    };
    let check_confirmation = move || {
        new_password_problem(&password.get_untracked(), &confirmation.get_untracked())
            .filter(|e| e.field == CONFIRMATION)
            .map(|e| e.message)
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saved.set(false);
        form.touch_all();
        let (old, new, again) = (
            current.get_untracked(),
            password.get_untracked(),
            confirmation.get_untracked(),
        );
        let mut errors = Vec::new();
        if let Some(message) = check_current() {
            errors.push(FieldError::new(CURRENT, message));
        }
        errors.extend(new_password_problem(&new, &again));
        if !errors.is_empty() {
            form.show(errors);
            return;
        }
        form.clear();
        saving.set(true);
        spawn_local(async move {
            let result = change_password(old, new, again).await;
            saving.set(false);
            match result {
                Ok(()) => {
                    current.set(String::new());
                    password.set(String::new());
                    confirmation.set(String::new());
                    saved.set(true);
                }
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    view! {
        <section class="account-section" aria-labelledby="password-heading">
            <h2 id="password-heading">{t!("eulogin-account-password")}</h2>
            <ErrorSummary form heading_level=3 />
            <form class="form" novalidate on:submit=submit>
                <input type="text" name="username" autocomplete="username" hidden readonly prop:value=login />
                <TextField
                    form
                    name=CURRENT
                    label=t!("eulogin-field-current-password")
                    kind="password"
                    autocomplete="current-password"
                    value=current
                    check=check_current
                />
                <TextField
                    form
                    name=NEW_PASSWORD
                    label=t!("eulogin-field-new-password")
                    kind="password"
                    autocomplete="new-password"
                    hint=t!("eulogin-password-rule")
                    value=password
                    check=check_password
                    described_by=vec!["password-strength".to_owned()]
                />
                <PasswordStrength password=password id="password-strength".to_owned() />
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
                        {t!("eulogin-account-password-submit")}
                    </button>
                </div>
                <div role="status">
                    {move || {
                        saved.get()
                            .then(|| {
                                view! {
                                    <p class="success">{t!("eulogin-account-password-changed")}</p>
                                }
                            })
                    }}
                </div>
            </form>
        </section>
    }
}

/// A new login address, confirmed from a link sent to it.
#[component]
fn EmailSection(current: String) -> impl IntoView {
    const NEW_EMAIL: &str = "new_email";
    const FIELDS: &[&str] = &[NEW_EMAIL, CONFIRMATION];
    let form = FormErrors::new("email-", FIELDS);
    let new_email = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let sending = RwSignal::new(false);
    let sent_to = RwSignal::new(None::<String>);
    let current = StoredValue::new(current);

    let check_new = move || {
        Email::parse(&new_email.get_untracked(), "label-new-email")
            .err()
            .map(Message::from)
    };
    let check_confirmation = move || {
        let typed = new_email.get_untracked();
        let again = confirmation.get_untracked();
        match Email::parse(&typed, "label-new-email") {
            Ok(email) => email
                .confirm(&again)
                .err()
                .map(|_| Message::new("eulogin-account-email-confirm-differs")),
            Err(_) if again.trim().is_empty() => {
                Some(Message::new("eulogin-account-email-confirm-missing"))
            }
            Err(_) => None,
        }
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        sent_to.set(None);
        form.touch_all();
        let errors: Vec<FieldError> = [
            (NEW_EMAIL, check_new()),
            (CONFIRMATION, check_confirmation()),
        ]
        .into_iter()
        .filter_map(|(name, problem)| problem.map(|m| FieldError::new(name, m)))
        .collect();
        if !errors.is_empty() {
            form.show(errors);
            return;
        }
        form.clear();
        sending.set(true);
        let (address, again) = (new_email.get_untracked(), confirmation.get_untracked());
        spawn_local(async move {
            let result = request_email_change(address.clone(), again).await;
            sending.set(false);
            match result {
                Ok(()) => {
                    new_email.set(String::new());
                    confirmation.set(String::new());
                    sent_to.set(Some(address.trim().to_owned()));
                }
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    view! {
        <section class="account-section" aria-labelledby="email-heading">
            <h2 id="email-heading">{t!("eulogin-account-email")}</h2>
            <p>{t!("eulogin-account-email-intro")}</p>
            <ErrorSummary form heading_level=3 />
            <form class="form" novalidate on:submit=submit>
                <TextField
                    form
                    name=NEW_EMAIL
                    label=t!("eulogin-field-new-email")
                    kind="email"
                    autocomplete="email"
                    value=new_email
                    check=check_new
                    verbatim=true
                />
                <TextField
                    form
                    name=CONFIRMATION
                    label=t!("eulogin-field-confirm-new-email")
                    kind="email"
                    autocomplete="email"
                    value=confirmation
                    check=check_confirmation
                    verbatim=true
                />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || sending.get()>
                        {t!("eulogin-account-email-submit")}
                    </button>
                </div>
                <div role="status">
                    {move || {
                        sent_to.get()
                            .map(|address| {
                                let args = vec![
                                    ("minutes", Arg::from(LINK_VALID_MINUTES)),
                                    ("current", Arg::from(current.get_value())),
                                ];
                                view! {
                                    <p class="success">
                                        {rich_text(
                                            "eulogin-account-email-sent",
                                            args,
                                            vec![("address", strong_text(address))],
                                        )}
                                    </p>
                                }
                            })
                    }}
                </div>
            </form>
        </section>
    }
}
