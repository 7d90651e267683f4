//! `/eulogin/lost-password`: "Lost your password?" sends a new link to set it.

use super::{service, Brand};
use crate::api::eulogin::LINK_VALID_MINUTES;
use crate::app::EuLoginPage;
use crate::components::ResendLinkForm;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn LostPassword() -> impl IntoView {
    let service = service();
    view! {
        <section class="eulogin">
            <Brand />
            <h1>"Lost your password?"</h1>
            <p class="lead">
                "Enter the e-mail address of your EU Login account. If it is registered, we send you an e-mail with a link to set a new password."
            </p>
            <p>
                {format!(
                    "The link works for {LINK_VALID_MINUTES} minutes and only once. Your current password keeps working until you set the new one.",
                )}
            </p>
            <ResendLinkForm submit_label="Send me a link" />
            <p>
                "Nothing arrived? "
                <A href=move || EuLoginPage::Help.href(service.get())>
                    "Help: the e-mail did not arrive"
                </A>
            </p>
            <p>
                <A href=move || EuLoginPage::LogIn.href(service.get())>"Back to “Log in”"</A>
            </p>
        </section>
    }
}
