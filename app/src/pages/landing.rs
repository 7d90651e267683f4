//! `/`: which TRACES NT do you want? Production for real work, training to learn and demo.

use crate::domain::Instance;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <section class="landing">
            <h1>{t!("traces-landing-title")}</h1>
            <p class="lead">{t!("traces-landing-lead")}</p>
            <div class="instance-cards">
                <A href=Instance::Production.home() attr:class="instance-card">
                    <h2>{t!("traces-landing-production")}</h2>
                    <p>{t!("traces-landing-production-text")}</p>
                </A>
                <A href=Instance::Training.home() attr:class="instance-card training-card">
                    <h2>{t!("traces-landing-training")}</h2>
                    <p>{t!("traces-landing-training-text")}</p>
                </A>
            </div>
        </section>
    }
}
