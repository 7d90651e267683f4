//! `/eulogin/signup/sent`: "Check your e-mail", after "Create an account".

use super::{query_param, service, Brand};
use crate::api::eulogin::LINK_VALID_MINUTES;
use crate::app::EuLoginPage;
use crate::components::ResendLinkForm;
use crate::i18n::rich_text;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SignUpSent() -> impl IntoView {
    let service = service();
    let email = query_param("email");
    let address = move || {
        let email = email.get();
        if email.is_empty() {
            crate::i18n::tr("eulogin-sent-unknown-address")
        } else {
            email
        }
    };
    view! {
        <section class="eulogin">
            <Brand />
            <h1>{t!("eulogin-sent-title")}</h1>
            <p class="lead">
                {rich_text(
                    "eulogin-sent-lead",
                    vec![],
                    vec![
                        (
                            "address",
                            ViewFn::from(move || view! { <strong class="email-address">{address}</strong> }),
                        ),
                    ],
                )}
            </p>
            <p>{t!("eulogin-sent-link-valid", minutes = LINK_VALID_MINUTES)}</p>
            <h2>{t!("eulogin-nothing-arrived")}</h2>
            <ul class="advice">
                <li>{t!("eulogin-sent-advice-wait")}</li>
                <li>{t!("eulogin-sent-advice-spam")}</li>
                <li>{t!("eulogin-sent-advice-it")}</li>
                <li>{t!("eulogin-sent-advice-address")}</li>
            </ul>
            <p>
                <A href=move || EuLoginPage::Help.href(service.get())>{t!("eulogin-help-link")}</A>
            </p>
            <h2>{t!("eulogin-send-again")}</h2>
            <p>{t!("eulogin-sent-replaces")}</p>
            {move || view! { <ResendLinkForm email=email.get() heading_level=3 /> }}
        </section>
    }
}
