//! The trainer's tools on the training welcome page: the personas with one-click "log in as",
//! and (for trainers) the reset of the training instance to its demo world.

use crate::api::training::{
    log_in_as, reset_training, training_info, Persona, ResetDone, DEMO_PASSWORD,
};
use crate::app::{Session, UiLanguage};
use crate::components::format_time;
use crate::domain::Instance;
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
    let problem = RwSignal::new(None::<String>);
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
                Ok(user) => {
                    problem.set(None);
                    Session(session).logged_in(user, language);
                    navigate(&landing(&persona.key), Default::default());
                }
                Err(err) => {
                    problem.set(Some(format!("Could not log in as {}: {err}", persona.name)))
                }
            }
            busy.set(false);
        });
    };

    view! {
        <section class="trainer-tools" aria-labelledby="personas-heading">
            <h2 id="personas-heading">"Training personas"</h2>
            <p>
                "Ready EU Login accounts of the demo world. They exist only for training: production never lists them and treats them as not logged in. Each can also log in on the EU Login page with its e-mail and the password "
                <code>{DEMO_PASSWORD}</code> "."
            </p>
            {move || problem.get().map(|text| view! { <p role="alert" class="field-error">{text}</p> })}
            {move || {
                info.get()
                    .map(|result| match result {
                        Err(err) => view! { <p role="alert">{format!("The personas could not be loaded: {err}")}</p> }.into_any(),
                        Ok(page) => {
                            let log_in = log_in.clone();
                            let trainer = page.trainer;
                            let last_reset = page.last_reset_at;
                            view! {
                                <table class="personas">
                                    <caption class="visually-hidden">"Training personas"</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">"Persona"</th>
                                            <th scope="col">"Role in the demo"</th>
                                            <th scope="col">"Log in"</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {page
                                            .personas
                                            .into_iter()
                                            .map(|persona| {
                                                let log_in = log_in.clone();
                                                let label = format!("Log in as {}", persona.name);
                                                let chosen = persona.clone();
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            {persona.name.clone()}
                                                            <br />
                                                            <small>{persona.email.clone()}</small>
                                                        </th>
                                                        <td>
                                                            <strong>{persona.role.clone()}</strong>
                                                            <br />
                                                            {persona.description.clone()}
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
                                        Some(at) => format!("Demo world last loaded on {}.", format_time(at, "UTC")),
                                        None => "The demo world has not been loaded yet.".to_owned(),
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
    let outcome = RwSignal::new(None::<Result<ResetDone, String>>);
    let reset = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = reset_training().await.map_err(|e| e.to_string());
            outcome.set(Some(result));
            busy.set(false);
            confirming.set(false);
            crate::browser::focus("reset-outcome");
        });
    };
    view! {
        <div class="reset-training">
            <h3>"Reset the training instance"</h3>
            <p>
                "Replaces all training data (organisations, requests, decisions, notifications, the demo's e-mails) with the demo world, in one step. "
                "EU Login accounts created during the session are kept, because production uses them too; their training requests are removed. Production is not touched."
            </p>
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
                            "Reset training…"
                        </button>
                    }
                }
            >
                <div class="confirm" role="group" aria-labelledby="confirm-reset-text">
                    <p id="confirm-reset-text">
                        <strong>"Reset the training instance now?"</strong>
                        " Everything done on training since the last reset is replaced."
                    </p>
                    <button
                        id="confirm-reset"
                        type="button"
                        class="button button-primary"
                        disabled=move || busy.get()
                        on:click=reset
                    >
                        {move || if busy.get() { "Resetting…" } else { "Yes, reset training" }}
                    </button>
                    " "
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| confirming.set(false)
                    >
                        "Cancel"
                    </button>
                </div>
            </Show>
            <div id="reset-outcome" tabindex="-1" role="status" class="message-region">
                {move || {
                    outcome
                        .get()
                        .map(|result| match result {
                            Ok(done) => view! {
                                <p class="success">
                                    {format!(
                                        "Training reset in {} ms: {} organisations and {} requests of the demo world; {} EU Login account(s) of participants kept.",
                                        done.took_ms,
                                        done.organisations,
                                        done.requests,
                                        done.accounts_kept,
                                    )}
                                </p>
                            }
                            .into_any(),
                            Err(err) => view! { <p class="field-error">{format!("The reset did not happen: {err}")}</p> }
                                .into_any(),
                        })
                }}
            </div>
        </div>
    }
}
