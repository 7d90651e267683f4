//! `/eulogin/help`: the contact page the letter points to when the e-mail does not arrive.

use super::{mail_link, page_link, Brand, HELPDESK};
use crate::api::eulogin::LINK_VALID_MINUTES;
use crate::app::EuLoginPage;
use crate::components::ResendLinkForm;
use crate::i18n::rich_text;
use crate::t;
use leptos::prelude::*;

/// The address for questions about the Certificate of Inspection for organic products.
const ORGANIC_HELPDESK: &str = "AGRI-E-COI-ORGANIC@ec.europa.eu";

#[component]
pub fn Help() -> impl IntoView {
    view! {
        <section class="eulogin">
            <Brand />
            <h1>{t!("eulogin-help-title")}</h1>

            <h2>{t!("eulogin-help-no-email")}</h2>
            <p>{t!("eulogin-help-no-email-intro")}</p>
            <ol class="advice">
                <li>
                    <strong>{t!("eulogin-help-wait")}" "</strong>
                    {t!("eulogin-help-wait-why")}
                </li>
                <li>
                    <strong>{t!("eulogin-help-spam")}" "</strong>
                    {t!("eulogin-help-spam-why")}
                </li>
                <li>
                    <strong>{t!("eulogin-help-it")}" "</strong>
                    {t!("eulogin-help-it-why")}
                </li>
                <li>
                    <strong>{t!("eulogin-help-address")}" "</strong>
                    {rich_text(
                        "eulogin-help-address-why",
                        vec![],
                        vec![("link", page_link(EuLoginPage::SignUp, "eulogin-help-address-link"))],
                    )}
                </li>
                <li>
                    {rich_text(
                        "eulogin-help-again",
                        vec![],
                        vec![
                            (
                                "action",
                                ViewFn::from(|| view! { <strong>{t!("eulogin-help-again-action")}</strong> }),
                            ),
                        ],
                    )}
                </li>
            </ol>

            <h2>{t!("eulogin-help-link-broken")}</h2>
            <p>{t!("eulogin-help-link-broken-why", minutes = LINK_VALID_MINUTES)}</p>

            <h2>{t!("eulogin-send-again")}</h2>
            <p>{t!("eulogin-help-send-again-intro")}</p>
            <ResendLinkForm heading_level=3 />

            <h2>{t!("eulogin-help-have-account")}</h2>
            <p>
                {rich_text(
                    "eulogin-help-have-account-why",
                    vec![],
                    vec![
                        ("login", page_link(EuLoginPage::LogIn, "eulogin-help-have-account-log-in")),
                        ("lost", page_link(EuLoginPage::LostPassword, "eulogin-lost-password")),
                    ],
                )}
            </p>

            <h2>{t!("eulogin-help-contact")}</h2>
            <p>{t!("eulogin-help-contact-intro")}</p>
            <ul>
                <li>
                    {rich_text(
                        "eulogin-help-contact-traces",
                        vec![],
                        vec![("address", mail_link(HELPDESK))],
                    )}
                </li>
                <li>
                    {rich_text(
                        "eulogin-help-contact-organic",
                        vec![],
                        vec![("address", mail_link(ORGANIC_HELPDESK))],
                    )}
                </li>
            </ul>
            <p>{t!("eulogin-help-contact-advice")}</p>
        </section>
    }
}
