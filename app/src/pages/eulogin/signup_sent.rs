//! `/eulogin/signup/sent`: "Check your e-mail", after "Create an account".

use super::{query_param, service, Brand};
use crate::api::eulogin::LINK_VALID_MINUTES;
use crate::app::EuLoginPage;
use crate::components::ResendLinkForm;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SignUpSent() -> impl IntoView {
    let service = service();
    let email = query_param("email");
    let address = move || {
        let email = email.get();
        if email.is_empty() {
            "the address you entered".to_owned()
        } else {
            email
        }
    };
    view! {
        <section class="eulogin">
            <Brand />
            <h1>"Check your e-mail"</h1>
            <p class="lead">
                "We sent an e-mail to " <strong class="email-address">{address}</strong>
                " with a link to set your password."
            </p>
            <p>
                {format!(
                    "The link works for {LINK_VALID_MINUTES} minutes after the e-mail is sent, and only once. ",
                )}
                "Once your password is set, return to TRACES NT and log in with this e-mail address."
            </p>
            <h2>"Nothing arrived?"</h2>
            <ul class="advice">
                <li>"Wait a few minutes: e-mails can take a while."</li>
                <li>"Look in your spam or junk folder."</li>
                <li>
                    "Ask your IT department to allow e-mail from EU Login (to put the sender on the list of allowed senders, “whitelisting”)."
                </li>
                <li>"Check the address above. If it is wrong, create the account again with the right one."</li>
            </ul>
            <p>
                <A href=move || EuLoginPage::Help.href(service.get())>
                    "Help: the e-mail did not arrive"
                </A>
            </p>
            <h2>"Send the e-mail again"</h2>
            <p>"A new e-mail replaces the previous one: only the link in the newest e-mail works."</p>
            {move || view! { <ResendLinkForm email=email.get() heading_level=3 /> }}
        </section>
    }
}
