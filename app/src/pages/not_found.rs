//! Anything the router does not know.

use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found">
            <h1>{t!("common-not-found-title")}</h1>
            <p>{t!("common-not-found-text")}</p>
            <A href="/">{t!("common-not-found-home")}</A>
        </section>
    }
}
