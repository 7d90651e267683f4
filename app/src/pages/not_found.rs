//! Anything the router does not know.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found">
            <h1>"Page not found"</h1>
            <p>"This address does not lead to a page of TRACES NT. Check the link, or start again from the home page."</p>
            <A href="/">"Go to the home page"</A>
        </section>
    }
}
