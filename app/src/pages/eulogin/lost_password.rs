//! `/eulogin/lost-password`: "Lost your password?" sends a new link to set it.

use super::{service, Brand};
use crate::api::eulogin::LINK_VALID_MINUTES;
use crate::app::EuLoginPage;
use crate::components::ResendLinkForm;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn LostPassword() -> impl IntoView {
    let service = service();
    view! {
        <section class="eulogin">
            <Brand />
            <h1>{t!("eulogin-lost-password")}</h1>
            <p class="lead">{t!("eulogin-lost-lead")}</p>
            <p>{t!("eulogin-lost-link-valid", minutes = LINK_VALID_MINUTES)}</p>
            <ResendLinkForm submit_label=t!("eulogin-lost-submit") />
            <p>
                {t!("eulogin-nothing-arrived")}
                " "
                <A href=move || EuLoginPage::Help.href(service.get())>{t!("eulogin-help-link")}</A>
            </p>
            <p>
                <A href=move || EuLoginPage::LogIn.href(service.get())>{t!("eulogin-lost-back")}</A>
            </p>
        </section>
    }
}
