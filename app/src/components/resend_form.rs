//! "Send the e-mail again": a new link to set the password, for the sent page, the help page,
//! a link that no longer works and "Lost your password?". The answer is the same whether or
//! not the address is registered.

use super::captcha::{CaptchaChallenge, CaptchaField};
use super::form::{ErrorSummary, FormErrors, TextField};
use crate::api::eulogin::request_password_link;
use crate::domain::signup::field;
use crate::domain::Email;
use crate::i18n::Message;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;

const FIELDS: &[&str] = &[field::EMAIL, field::CAPTCHA];

/// The address and a code; the parent gives the heading.
#[component]
pub fn ResendLinkForm(
    /// The address to start with (the one just used to sign up).
    #[prop(optional, into)]
    email: Option<String>,
    /// Makes element ids unique if a page ever shows two of these.
    #[prop(default = "resend-")]
    id_prefix: &'static str,
    /// The button's text; "Send the e-mail again" when not given.
    #[prop(optional, into)]
    submit_label: Option<TextProp>,
    /// The level of the error summary's heading: one below the parent's heading.
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let form = FormErrors::new(id_prefix, FIELDS);
    let address = RwSignal::new(email.unwrap_or_default());
    let answer = RwSignal::new(String::new());
    let challenge = CaptchaChallenge::new();
    let sending = RwSignal::new(false);
    let sent = RwSignal::new(false);

    let submit_label = submit_label.unwrap_or_else(|| TextProp::from(t!("resend-submit")));
    let check_email = move || {
        Email::parse(&address.get_untracked(), "label-email")
            .err()
            .map(Message::from)
    };
    let check_code = move || {
        answer
            .with_untracked(|a| a.trim().is_empty())
            .then_some(Message::new("captcha-missing"))
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        form.touch_all();
        sent.set(false);
        let errors: Vec<_> = [
            (field::EMAIL, check_email()),
            (field::CAPTCHA, check_code()),
        ]
        .into_iter()
        .filter_map(|(name, problem)| {
            problem.map(|message| crate::api::FieldError::new(name, message))
        })
        .collect();
        if !errors.is_empty() {
            form.show(errors);
            return;
        }
        form.clear();
        sending.set(true);
        let email = address.get_untracked();
        let captcha_id = challenge.id();
        let captcha_answer = answer.get_untracked();
        spawn_local(async move {
            let result = request_password_link(email, captcha_id, captcha_answer).await;
            sending.set(false);
            // The server used the picture up, whatever the outcome.
            answer.set(String::new());
            challenge.renew();
            match result {
                Ok(()) => sent.set(true),
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    view! {
        <ErrorSummary form heading_level />
        <form class="form" novalidate on:submit=submit>
            <TextField
                form
                name=field::EMAIL
                label=t!("resend-email")
                kind="email"
                autocomplete="email"
                value=address
                check=check_email
                verbatim=true
            />
            <CaptchaField form challenge answer check=check_code />
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || sending.get()>
                    {move || submit_label.get()}
                </button>
            </div>
            <div role="status">
                {move || {
                    sent.get()
                        .then(|| {
                            view! {
                                <p class="success">{t!("resend-sent")}</p>
                            }
                        })
                }}
            </div>
        </form>
    }
}
