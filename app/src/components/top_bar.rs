//! The bar on top of every page: where you are, the training banner, the language chooser
//! on the right, and (once logged in) the user menu.

use super::LanguageChooser;
use crate::api::eulogin::logout;
use crate::app::{CurrentInstance, EuLoginPage, Session};
use crate::domain::Instance;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn TopBar() -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let home = move || {
        instance
            .get()
            .map_or_else(|| "/".to_owned(), Instance::home)
    };
    let label = move || match instance.get() {
        Some(Instance::Production) => "Production",
        Some(Instance::Training) => "Training",
        None => "",
    };

    view! {
        <header class="top-bar">
            <Show when=move || instance.get().is_some_and(Instance::is_training)>
                <div class="training-banner" role="note">
                    <strong>"TRAINING"</strong>
                    " – this is the training instance of TRACES NT. Nothing done here is real or reaches production. "
                    <GuideToggle />
                </div>
            </Show>
            <div class="top-bar-row">
                <A href=home attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"EU"</span>
                    <span class="brand-name">"TRACES NT"</span>
                    <span class="brand-instance">{label}</span>
                </A>
                <nav class="top-bar-right" aria-label="Account and language">
                    <div class="user-menu">
                        <UserMenu />
                    </div>
                    <LanguageChooser />
                </nav>
            </div>
        </header>
    }
}

/// Once logged in: who you are, "My account" and "Log out".
#[component]
fn UserMenu() -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let Session(user) = expect_context();
    let navigate = use_navigate();
    let problem = RwSignal::new(None::<String>);
    let leaving = RwSignal::new(false);

    let log_out = move |_| {
        if leaving.get_untracked() {
            return;
        }
        leaving.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = logout().await;
            leaving.set(false);
            match result {
                Ok(()) => {
                    problem.set(None);
                    user.set(None);
                    let home = instance
                        .get_untracked()
                        .map_or_else(|| "/".to_owned(), Instance::home);
                    navigate(&home, Default::default());
                }
                Err(err) => problem.set(Some(format!("You are still logged in: {err}"))),
            }
        });
    };

    move || {
        user.get().map(|user| {
            let log_out = log_out.clone();
            view! {
                <span class="user-name">{format!("{} {}", user.first_name, user.last_name)}</span>
                {move || {
                    instance
                        .get()
                        .map(|instance| {
                            view! {
                                <A
                                    href=crate::pages::traces::profile_path(instance)
                                    attr:class="user-link"
                                >
                                    "My TRACES profile"
                                </A>
                            }
                        })
                }}
                <A href=move || EuLoginPage::Account.href(instance.get()) attr:class="user-link">
                    "My account"
                </A>
                <button
                    type="button"
                    class="button button-small"
                    on:click=log_out
                    disabled=move || leaving.get()
                >
                    "Log out"
                </button>
                <span class="user-problem" role="status">{move || problem.get()}</span>
            }
        })
    }
}

/// Opens and closes the guided demo's side panel (training only).
#[component]
fn GuideToggle() -> impl IntoView {
    let crate::components::GuideOpen(open) = expect_context();
    view! {
        <button
            type="button"
            class="guide-toggle"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { "Hide the guided demo" } else { "Guided demo" }}
        </button>
    }
}
