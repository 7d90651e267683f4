//! EU Login, the identity service shared by both instances.

use crate::app::CurrentInstance;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/eulogin/signup`: the EU Login registration screen.
#[component]
pub fn SignUp() -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let back = move || instance.get().map_or_else(|| "/".to_owned(), |i| i.home());
    view! {
        <section class="eulogin">
            <p class="eulogin-brand">"EU Login"</p>
            <h1>"Create an account"</h1>
            <p>"The registration form is not available yet."</p>
            <A href=back>"Back to TRACES NT"</A>
        </section>
    }
}

/// `/eulogin/login`: where "Login into TRACES" leads.
#[component]
pub fn LogIn() -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let back = move || instance.get().map_or_else(|| "/".to_owned(), |i| i.home());
    view! {
        <section class="eulogin">
            <p class="eulogin-brand">"EU Login"</p>
            <h1>"Log in"</h1>
            <p>"Logging in is not available yet."</p>
            <A href=back>"Back to TRACES NT"</A>
        </section>
    }
}
