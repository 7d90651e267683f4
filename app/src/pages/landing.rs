//! `/`: which TRACES NT do you want? Production for real work, training to learn and demo.

use crate::domain::Instance;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <section class="landing">
            <h1>"TRACES NT – Certificates of Inspection for organic products"</h1>
            <p class="lead">
                "The production and training websites of TRACES NT are available. "
                "Before you can use them you register yourself on EU Login, then request your role in TRACES NT. "
                "Roles requested on one website are not transferred to the other."
            </p>
            <div class="instance-cards">
                <A href=Instance::Production.home() attr:class="instance-card">
                    <h2>"TRACES NT Production"</h2>
                    <p>"For real certificates and real requests."</p>
                </A>
                <A href=Instance::Training.home() attr:class="instance-card training-card">
                    <h2>"TRACES NT Training"</h2>
                    <p>"To learn and demonstrate the registration without consequences."</p>
                </A>
            </div>
        </section>
    }
}
