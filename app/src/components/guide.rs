//! The guided demo of the training instance: a side panel with the letter's steps (1: EU
//! Login; 2: role, search, request popup, green message, profile; then the authority's
//! decision) that highlights the step of the page the presenter is on.

use crate::app::{CurrentInstance, Session};
use crate::domain::Instance;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Whether the panel is open; the training banner's button toggles it.
#[derive(Clone, Copy)]
pub struct GuideOpen(pub RwSignal<bool>);

struct Step {
    part: &'static str,
    text: &'static str,
    /// Whether the presenter is at this step: the path (without query) and whether someone is
    /// logged in.
    here: fn(&str, bool) -> bool,
}

const STEPS: &[Step] = &[
    Step {
        part: "1. EU Login",
        text: "On the training welcome page, click “sign up for TRACES”.",
        here: |path, logged_in| path == "/training" && !logged_in,
    },
    Step {
        part: "1. EU Login",
        text: "Fill in the form (e-mail of the demo domain, e.g. trainee@demo.traces-training.example), the captcha, then “Create an account”.",
        here: |path, _| path == "/eulogin/signup",
    },
    Step {
        part: "1. EU Login",
        text: "Open the built-in mailbox and follow the link of the e-mail.",
        here: |path, _| path == "/eulogin/signup/sent" || path == "/mailbox",
    },
    Step {
        part: "1. EU Login",
        text: "Choose a password.",
        here: |path, _| path == "/eulogin/password",
    },
    Step {
        part: "1. EU Login",
        text: "“Login into TRACES” with the e-mail and the password.",
        here: |path, _| path == "/eulogin/login",
    },
    Step {
        part: "2. TRACES NT",
        text: "Choose the kind of role: Operator, Organic Control Body or Authority.",
        here: |path, logged_in| path == "/training" && logged_in,
    },
    Step {
        part: "2. TRACES NT",
        text: "Search (country, name…), tick one or more rows, then “Request Authorisation”; or “Create new Operator” after a search.",
        here: |path, _| path.starts_with("/training/register/"),
    },
    Step {
        part: "2. TRACES NT",
        text: "In the popup, check e-mail and phone, then “send authorisation request”: a green message appears.",
        here: |path, _| path.starts_with("/training/register/"),
    },
    Step {
        part: "2. TRACES NT",
        text: "The profile lists the request as Pending.",
        here: |path, _| path == "/training/profile",
    },
    Step {
        part: "3. The decision",
        text: "Log in as the CCA officer persona (training welcome page) and open “Requests to decide”.",
        here: |path, _| path == "/training/queue" || path == "/training/notifications",
    },
    Step {
        part: "3. The decision",
        text: "Open the request: the person, the organisation, the history; accept it, or reject it with a reason.",
        here: |path, _| path.starts_with("/training/queue/"),
    },
    Step {
        part: "3. The decision",
        text: "Log in as the requester again: the profile shows Valid (or Rejected with the reason).",
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
                <h2 id="guide-heading">"Guided demo"</h2>
                <p class="hint">"The steps of the helpdesk letter; the highlighted one is this page."</p>
                <ol>
                    {STEPS
                        .iter()
                        .enumerate()
                        .map(|(i, step)| {
                            let here = move || current.with(|c| c.contains(&i));
                            view! {
                                <li
                                    class:here=here
                                    aria-current=move || here().then_some("step")
                                >
                                    <span class="guide-part">{step.part}</span>
                                    " "
                                    {step.text}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <button type="button" class="button button-secondary" on:click=move |_| open.set(false)>
                    "Hide the guided demo"
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
