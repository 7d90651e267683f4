//! The "Code" field: characters in a picture, a way to get a different picture, and the answer.
//! The server uses a picture up on every attempt, so forms ask for a new one after each.

use super::form::{Check, FieldMessage, FormErrors};
use crate::api::eulogin::{new_captcha, Captcha};
use crate::api::ApiError;
use crate::domain::signup::field;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The picture on show. `Copy`; a form holds one and asks for a new picture after a submit.
#[derive(Clone, Copy)]
pub struct CaptchaChallenge {
    current: RwSignal<Option<Captcha>>,
    /// Why the picture could not be fetched.
    problem: RwSignal<Option<ApiError>>,
    /// Counts new pictures after the first, to say so to screen readers.
    renewed: RwSignal<u32>,
}

impl CaptchaChallenge {
    /// A challenge whose first picture is being fetched.
    pub fn new() -> Self {
        let challenge = Self {
            current: RwSignal::new(None),
            problem: RwSignal::new(None),
            renewed: RwSignal::new(0),
        };
        challenge.fetch();
        challenge
    }

    /// Fetches a different picture.
    pub fn renew(&self) {
        self.renewed.update(|n| *n += 1);
        self.fetch();
    }

    fn fetch(&self) {
        let Self {
            current, problem, ..
        } = *self;
        spawn_local(async move {
            match new_captcha().await {
                Ok(captcha) => {
                    current.set(Some(captcha));
                    problem.set(None);
                }
                Err(err) => {
                    current.set(None);
                    problem.set(Some(err));
                }
            }
        });
    }

    /// The id of the picture on show, sent with the answer.
    pub fn id(&self) -> String {
        self.current
            .with_untracked(|c| c.as_ref().map(|c| c.id.clone()).unwrap_or_default())
    }
}

impl Default for CaptchaChallenge {
    fn default() -> Self {
        Self::new()
    }
}

/// The picture, "Show a different code", and the input for the answer (named
/// `captcha_answer`, as the server's messages name it).
#[component]
pub fn CaptchaField(
    form: FormErrors,
    challenge: CaptchaChallenge,
    answer: RwSignal<String>,
    #[prop(optional, into)] check: Option<Check>,
) -> impl IntoView {
    let name = field::CAPTCHA;
    let id = form.id(name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let status_id = format!("{id}-status");
    let picture = move || match (challenge.current.get(), challenge.problem.get()) {
        (Some(captcha), _) => view! {
            <img
                class="captcha-image"
                src=captcha.image
                alt=t!("captcha-picture")
                data-code=captcha.test_code
            />
        }
        .into_any(),
        (None, Some(problem)) => view! {
            <p class="field-error">{t!("captcha-not-loaded", problem = problem.to_string())}</p>
        }
        .into_any(),
        (None, None) => view! { <p class="captcha-loading">{t!("captcha-loading")}</p> }.into_any(),
    };
    let different = move |_| {
        answer.set(String::new());
        form.set(name, None);
        challenge.renew();
    };
    let announcement = move || {
        (challenge.renewed.get() > 0 && challenge.current.with(Option::is_some))
            .then(|| crate::i18n::tr("captcha-renewed"))
    };
    view! {
        <div class="field field-captcha" class:field-invalid=move || form.message(name).is_some()>
            <label for=id.clone()>{t!("captcha-label")}</label>
            <p class="field-hint" id=hint_id>{t!("captcha-hint")}</p>
            <FieldMessage form name id=error_id />
            <div class="captcha-picture">
                {picture}
                <button type="button" class="button button-secondary" on:click=different>
                    {t!("captcha-different")}
                </button>
            </div>
            <p class="visually-hidden" id=status_id role="status">{announcement}</p>
            <input
                id=id
                name=name
                type="text"
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                class="input-short"
                aria-invalid=move || form.message(name).is_some().then_some("true")
                aria-describedby=move || form.described_by(name, true, &[])
                prop:value=move || answer.get()
                on:input=move |ev| {
                    answer.set(event_target_value(&ev));
                    form.typed(name, check);
                }
                on:blur=move |ev| {
                    if !crate::browser::focus_goes_to_submit(&ev) {
                        form.left(name, check);
                    }
                }
            />
        </div>
    }
}
