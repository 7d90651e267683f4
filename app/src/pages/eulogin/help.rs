//! `/eulogin/help`: the contact page the letter points to when the e-mail does not arrive.

use super::{service, Brand};
use crate::api::eulogin::LINK_VALID_MINUTES;
use crate::app::EuLoginPage;
use crate::components::ResendLinkForm;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Help() -> impl IntoView {
    let service = service();
    view! {
        <section class="eulogin">
            <Brand />
            <h1>"Help with EU Login"</h1>

            <h2>"The e-mail to set your password did not arrive"</h2>
            <p>
                "After “Create an account”, EU Login sends you an e-mail with a link to set your password. If it is not in your inbox:"
            </p>
            <ol class="advice">
                <li>
                    <strong>"Wait a few minutes. "</strong>
                    "Mail servers sometimes hold messages from a new sender for a while before delivering them."
                </li>
                <li>
                    <strong>"Look in your spam or junk folder. "</strong>
                    "If you find the e-mail there, mark it as “not spam” so that the next ones arrive in your inbox."
                </li>
                <li>
                    <strong>"Ask your IT department to allow our e-mails. "</strong>
                    "Organisations often filter e-mail from outside. Ask them to put the EU Login sender on the list of allowed senders (“whitelisting”)."
                </li>
                <li>
                    <strong>"Check the address. "</strong>
                    "A typing mistake sends the e-mail elsewhere. If the address was wrong, "
                    <A href=move || EuLoginPage::SignUp.href(service.get())>"create the account again"</A>
                    " with the right one."
                </li>
                <li>
                    <strong>"Send the e-mail again "</strong>
                    "with the form below."
                </li>
            </ol>

            <h2>"The link does not work"</h2>
            <p>
                {format!(
                    "A link works for {LINK_VALID_MINUTES} minutes after the e-mail is sent, and only once. ",
                )}
                "When a new e-mail is sent, the links in the earlier ones stop working: always use the newest e-mail. "
                "If your e-mail program cuts the link in two, copy the whole link into the address bar of your browser."
            </p>

            <h2>"Send the e-mail again"</h2>
            <p>
                "Enter the e-mail address of your EU Login account. If it is registered, we send a new link to set your password."
            </p>
            <ResendLinkForm heading_level=3 />

            <h2>"Already have an account?"</h2>
            <p>
                "If you already have an EU Login (ECAS) account you do not need a new one: "
                <A href=move || EuLoginPage::LogIn.href(service.get())>"log in"</A>
                ". If you forgot your password, use "
                <A href=move || EuLoginPage::LostPassword.href(service.get())>"Lost your password?"</A>
                "."
            </p>

            <h2>"Contact the helpdesk"</h2>
            <p>"If none of this helps, or for any question about TRACES NT and the Certificate of Inspection, write to:"</p>
            <ul>
                <li>
                    <a href="mailto:SANTE-TRACES@ec.europa.eu">"SANTE-TRACES@ec.europa.eu"</a>
                    " (TRACES NT and EU Login)"
                </li>
                <li>
                    <a href="mailto:AGRI-E-COI-ORGANIC@ec.europa.eu">"AGRI-E-COI-ORGANIC@ec.europa.eu"</a>
                    " (the Certificate of Inspection for organic products)"
                </li>
            </ul>
            <p>"Say which e-mail address you used, and never send your password."</p>
        </section>
    }
}
