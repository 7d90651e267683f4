//! The trainer's tools on the training welcome page: the personas with one-click "log in as",
//! and (for trainers) the reset of the training instance to its demo world.

use crate::api::preferences::set_language;
use crate::api::training::{
    log_in_as, reset_training, training_info, Persona, ResetDone, DEMO_PASSWORD,
};
use crate::api::ApiError;
use crate::app::{Session, UiLanguage};
use crate::components::format_time;
use crate::domain::Instance;
use crate::i18n::{number, text, tr, Arg};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// Where a persona starts: deciders in their queue, the importer at the role choice, the
/// others on their profile.
fn landing(key: &str) -> String {
    let training = Instance::Training.home();
    match key {
        "cca" | "admin" | "commission" => format!("{training}/queue"),
        "importer" => training,
        _ => format!("{training}/profile"),
    }
}

#[component]
pub fn TrainerTools() -> impl IntoView {
    let Session(session) = expect_context();
    // Reloaded when someone logs in or out: the trainer flag depends on who it is.
    let info = LocalResource::new(move || {
        session.track();
        training_info()
    });
    // Whom the trainer could not log in as, and why.
    let problem = RwSignal::new(None::<(String, ApiError)>);
    let busy = RwSignal::new(false);
    let navigate = use_navigate();
    let language: UiLanguage = expect_context();

    let log_in = move |persona: Persona| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            match log_in_as(persona.key.clone()).await {
                Ok(mut user) => {
                    problem.set(None);
                    // The trainer demonstrates in the language they use, whatever the persona's:
                    // it becomes the persona's preference, so a reload keeps it too.
                    let current = language.0.get_untracked();
                    let _ = set_language(current.code().to_owned()).await;
                    user.ui_language = current;
                    Session(session).logged_in(user, language);
                    navigate(&landing(&persona.key), Default::default());
                }
                Err(err) => problem.set(Some((persona.name, err))),
            }
            busy.set(false);
        });
    };

    view! {
        <section class="trainer-tools" aria-labelledby="personas-heading">
            <h2 id="personas-heading">{t!("training-personas-title")}</h2>
            <p>
                {t!("training-personas-intro")}
                " "
                <code>{DEMO_PASSWORD}</code>
                {t!("training-personas-intro-end")}
            </p>
            {move || {
                problem
                    .get()
                    .map(|(name, err)| {
                        let words = text(
                            "training-log-in-as-failed",
                            &[("name", name.into()), ("problem", err.to_string().into())],
                        );
                        view! { <p role="alert" class="field-error">{words}</p> }
                    })
            }}
            {move || {
                info.get()
                    .map(|result| match result {
                        Err(err) => view! {
                            <p role="alert">
                                {text("training-personas-not-loaded", &[("problem", err.to_string().into())])}
                            </p>
                        }
                        .into_any(),
                        Ok(page) => {
                            let log_in = log_in.clone();
                            let trainer = page.trainer;
                            let last_reset = page.last_reset_at;
                            view! {
                                <table class="personas">
                                    <caption class="visually-hidden">{t!("training-personas-title")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!("training-column-persona")}</th>
                                            <th scope="col">{t!("training-column-role")}</th>
                                            <th scope="col">{t!("training-column-log-in")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {page
                                            .personas
                                            .into_iter()
                                            .map(|persona| {
                                                let log_in = log_in.clone();
                                                let name = persona.name.clone();
                                                let label = move || {
                                                    text("training-log-in-as", &[("name", name.clone().into())])
                                                };
                                                let (role, description) = (persona.role.clone(), persona.description.clone());
                                                let chosen = persona.clone();
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            {persona.name.clone()}
                                                            <br />
                                                            <small>{persona.email.clone()}</small>
                                                        </th>
                                                        <td>
                                                            <strong>{move || role.text()}</strong>
                                                            <br />
                                                            {move || description.text()}
                                                        </td>
                                                        <td>
                                                            <button
                                                                type="button"
                                                                class="button button-secondary"
                                                                disabled=move || busy.get()
                                                                on:click=move |_| log_in(chosen.clone())
                                                            >
                                                                {label}
                                                            </button>
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                                <p class="hint">
                                    {match last_reset {
                                        Some(at) => text("training-last-reset", &[("time", format_time(at, "UTC").into())]),
                                        None => tr("training-never-reset"),
                                    }}
                                </p>
                                {trainer.then(|| view! { <ResetTraining /> })}
                            }
                            .into_any()
                        }
                    })
            }}
        </section>
    }
}

/// "Reset the training instance", with a confirmation.
#[component]
fn ResetTraining() -> impl IntoView {
    let confirming = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<ResetDone, ApiError>>);
    let reset = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = reset_training().await;
            outcome.set(Some(result));
            busy.set(false);
            confirming.set(false);
            crate::browser::focus("reset-outcome");
        });
    };
    view! {
        <div class="reset-training">
            <h3>{t!("training-reset-title")}</h3>
            <p>{t!("training-reset-explained")} " " {t!("training-reset-accounts-kept")}</p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| {
                                outcome.set(None);
                                confirming.set(true);
                                crate::browser::focus_later("confirm-reset".to_owned());
                            }
                        >
                            {t!("training-reset-button")}
                        </button>
                    }
                }
            >
                <div class="confirm" role="group" aria-labelledby="confirm-reset-text">
                    <p id="confirm-reset-text">
                        <strong>{t!("training-reset-confirm-question")}</strong>
                        " "
                        {t!("training-reset-confirm-explained")}
                    </p>
                    <button
                        id="confirm-reset"
                        type="button"
                        class="button button-primary"
                        disabled=move || busy.get()
                        on:click=reset
                    >
                        {move || {
                            if busy.get() {
                                tr("training-resetting")
                            } else {
                                tr("training-reset-confirm")
                            }
                        }}
                    </button>
                    " "
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| confirming.set(false)
                    >
                        {t!("training-reset-cancel")}
                    </button>
                </div>
            </Show>
            <div id="reset-outcome" tabindex="-1" role="status" class="message-region">
                {move || {
                    outcome
                        .get()
                        .map(|result| match result {
                            Ok(done) => view! { <p class="success">{reset_done_text(&done)}</p> }.into_any(),
                            Err(err) => view! {
                                <p class="field-error">
                                    {text("training-reset-failed", &[("problem", err.to_string().into())])}
                                </p>
                            }
                            .into_any(),
                        })
                }}
            </div>
        </div>
    }
}

/// "Training reset in 812 ms: 1,204 organisations and 31 requests of the demo world; 2 EU Login
/// account(s) of participants kept." Each count is passed twice: as a number that chooses the
/// plural form and as the text the language writes.
fn reset_done_text(done: &ResetDone) -> String {
    let count = |n: u32| Arg::Number(n.into());
    let shown = |n: u32| Arg::Text(number(n.into()));
    text(
        "training-reset-done",
        &[
            ("took", shown(done.took_ms)),
            ("organisations", count(done.organisations)),
            ("organisations_shown", shown(done.organisations)),
            ("requests", count(done.requests)),
            ("requests_shown", shown(done.requests)),
            ("accounts", count(done.accounts_kept)),
            ("accounts_shown", shown(done.accounts_kept)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reset_says_what_it_loaded_with_the_plural_of_each_count() {
        let done = ResetDone {
            organisations: 1204,
            requests: 31,
            accounts_kept: 2,
            took_ms: 812,
        };
        assert_eq!(
            reset_done_text(&done),
            "Training reset in 812 ms: 1204 organisations and 31 requests of the demo world; 2 EU Login account(s) of participants kept."
        );
        let one = ResetDone {
            organisations: 1,
            requests: 1,
            accounts_kept: 1,
            took_ms: 5,
        };
        assert_eq!(
            reset_done_text(&one),
            "Training reset in 5 ms: 1 organisation and 1 request of the demo world; 1 EU Login account of participants kept."
        );
    }
}
