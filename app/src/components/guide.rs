//! The guided demo of the training instance: a side panel with the letter's steps (1: EU
//! Login; 2: role, search, request popup, green message, profile; then the authority's
//! decision) that highlights the step of the page the presenter is on.

use crate::app::{CurrentInstance, Session};
use crate::domain::Instance;
use crate::i18n::tr;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Whether the panel is open; the training banner's button toggles it.
#[derive(Clone, Copy)]
pub struct GuideOpen(pub RwSignal<bool>);

/// A step of the letter; `part` and `text` are message ids.
struct Step {
    part: &'static str,
    text: &'static str,
    /// Whether the presenter is at this step: the path (without query) and whether someone is
    /// logged in.
    here: fn(&str, bool) -> bool,
}

const STEPS: &[Step] = &[
    Step {
        part: "common-guide-part-eulogin",
        text: "common-guide-step-sign-up",
        here: |path, logged_in| path == "/training" && !logged_in,
    },
    Step {
        part: "common-guide-part-eulogin",
        text: "common-guide-step-create-account",
        here: |path, _| path == "/eulogin/signup",
    },
    Step {
        part: "common-guide-part-eulogin",
        text: "common-guide-step-mailbox",
        here: |path, _| path == "/eulogin/signup/sent" || path == "/mailbox",
    },
    Step {
        part: "common-guide-part-eulogin",
        text: "common-guide-step-password",
        here: |path, _| path == "/eulogin/password",
    },
    Step {
        part: "common-guide-part-eulogin",
        text: "common-guide-step-log-in",
        here: |path, _| path == "/eulogin/login",
    },
    Step {
        part: "common-guide-part-traces",
        text: "common-guide-step-role-kind",
        here: |path, logged_in| path == "/training" && logged_in,
    },
    Step {
        part: "common-guide-part-traces",
        text: "common-guide-step-search",
        here: |path, _| path.starts_with("/training/register/"),
    },
    Step {
        part: "common-guide-part-traces",
        text: "common-guide-step-popup",
        here: |path, _| path.starts_with("/training/register/"),
    },
    Step {
        part: "common-guide-part-traces",
        text: "common-guide-step-profile-pending",
        here: |path, _| path == "/training/profile",
    },
    Step {
        part: "common-guide-part-decision",
        text: "common-guide-step-queue",
        here: |path, _| path == "/training/queue" || path == "/training/notifications",
    },
    Step {
        part: "common-guide-part-decision",
        text: "common-guide-step-decide",
        here: |path, _| path.starts_with("/training/queue/"),
    },
    Step {
        part: "common-guide-part-decision",
        text: "common-guide-step-profile-decided",
        here: |path, _| path == "/training/profile",
    },
];

/// The indexes of the steps the presenter is at.
fn current_steps(path: &str, logged_in: bool) -> Vec<usize> {
    STEPS
        .iter()
        .enumerate()
        .filter(|(_, step)| (step.here)(path, logged_in))
        .map(|(i, _)| i)
        .collect()
}

#[component]
pub fn GuidePanel() -> impl IntoView {
    let GuideOpen(open) = expect_context();
    let CurrentInstance(instance) = expect_context();
    let Session(session) = expect_context();
    let location = use_location();
    let training = move || instance.get().is_some_and(Instance::is_training);
    let current =
        Memo::new(move |_| current_steps(&location.pathname.get(), session.with(Option::is_some)));
    view! {
        <Show when=move || open.get() && training()>
            <aside class="guide" aria-labelledby="guide-heading">
                <h2 id="guide-heading">{t!("common-guide-title")}</h2>
                <p class="hint">{t!("common-guide-hint")}</p>
                <ol>
                    {STEPS
                        .iter()
                        .enumerate()
                        .map(|(i, step)| {
                            let here = move || current.with(|c| c.contains(&i));
                            let (part, text) = (step.part, step.text);
                            view! {
                                <li
                                    class:here=here
                                    aria-current=move || here().then_some("step")
                                >
                                    <span class="guide-part">{move || tr(part)}</span>
                                    " "
                                    {move || tr(text)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <button type="button" class="button button-secondary" on:click=move |_| open.set(false)>
                    {t!("common-guide-hide")}
                </button>
            </aside>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_of_the_letter_highlights_its_step() {
        assert_eq!(current_steps("/training", false), [0]);
        assert_eq!(current_steps("/eulogin/signup", false), [1]);
        assert_eq!(current_steps("/mailbox", false), [2]);
        assert_eq!(current_steps("/eulogin/password", false), [3]);
        assert_eq!(current_steps("/eulogin/login", false), [4]);
        assert_eq!(current_steps("/training", true), [5]);
        assert_eq!(current_steps("/training/register/operator", true), [6, 7]);
        assert_eq!(current_steps("/training/profile", true), [8, 11]);
        assert_eq!(current_steps("/training/queue", true), [9]);
        assert_eq!(current_steps("/training/queue/12", true), [10]);
        assert!(current_steps("/production", true).is_empty());
    }
}
