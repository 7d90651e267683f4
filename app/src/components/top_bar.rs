//! The bar on top of every page: where you are, the training banner, the language chooser
//! on the right, and (once logged in) the user menu.

use super::LanguageChooser;
use crate::app::CurrentInstance;
use crate::domain::Instance;
use leptos::prelude::*;
use leptos_router::components::A;

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
                    " – this is the training instance of TRACES NT. Nothing done here is real or reaches production."
                </div>
            </Show>
            <div class="top-bar-row">
                <A href=home attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"EU"</span>
                    <span class="brand-name">"TRACES NT"</span>
                    <span class="brand-instance">{label}</span>
                </A>
                <nav class="top-bar-right" aria-label="Account and language">
                    <div class="user-menu"></div>
                    <LanguageChooser />
                </nav>
            </div>
        </header>
    }
}
