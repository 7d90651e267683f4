//! The router: every path of the app, and the shell around the pages.

use crate::components::{Footer, TopBar};
use crate::domain::{Instance, Language};
use crate::pages::{Landing, LogIn, Mailbox, NotFound, SignUp, Welcome};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::path;

/// The interface language in force, shared by every component.
#[derive(Clone, Copy)]
pub struct UiLanguage(pub RwSignal<Language>);

/// The instance the current page belongs to: from the path (`/training/...`) or, on the
/// shared EU Login pages, from the `service` the user came from.
#[derive(Clone, Copy)]
pub struct CurrentInstance(pub Memo<Option<Instance>>);

#[component]
pub fn App() -> impl IntoView {
    let language = RwSignal::new(crate::browser::initial_language());
    provide_context(UiLanguage(language));
    Effect::new(move |_| crate::browser::set_document_language(language.get()));

    view! {
        <Router>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let query = use_query_map();
    let instance = Memo::new(move |_| {
        Instance::from_path(&location.pathname.get())
            .or_else(|| query.with(|q| q.get("service").and_then(|s| Instance::parse(&s).ok())))
    });
    provide_context(CurrentInstance(instance));
    let training = move || instance.get().is_some_and(Instance::is_training);
    Effect::new(move |_| crate::browser::set_title_prefix(training()));

    view! {
        <div class="shell" class:training=training>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <TopBar />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Landing />
                    <Route path=path!("/eulogin/signup") view=SignUp />
                    <Route path=path!("/eulogin/login") view=LogIn />
                    <Route path=path!("/mailbox") view=Mailbox />
                    <Route path=path!("/:instance") view=Welcome />
                </Routes>
            </main>
            <Footer />
        </div>
    }
}
