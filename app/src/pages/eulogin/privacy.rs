//! `/eulogin/privacy`: the privacy statement the sign-up form asks people to accept.

use super::{mail_link, page_link, Brand, HELPDESK};
use crate::app::EuLoginPage;
use crate::i18n::rich_text;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn Privacy() -> impl IntoView {
    view! {
        <section class="eulogin prose">
            <Brand />
            <h1>{t!("eulogin-privacy-title")}</h1>
            <p class="lead">{t!("eulogin-privacy-lead")}</p>

            <h2>{t!("eulogin-privacy-stored")}</h2>
            <ul>
                <li>{t!("eulogin-privacy-stored-names")}</li>
                <li>{t!("eulogin-privacy-stored-email")}</li>
                <li>{t!("eulogin-privacy-stored-languages")}</li>
                <li>{t!("eulogin-privacy-stored-password")}</li>
                <li>{t!("eulogin-privacy-stored-session")}</li>
            </ul>

            <h2>{t!("eulogin-privacy-why")}</h2>
            <ul>
                <li>{t!("eulogin-privacy-why-identify")}</li>
                <li>{t!("eulogin-privacy-why-certificates")}</li>
            </ul>
            <p>{t!("eulogin-privacy-no-other-use")}</p>

            <h2>{t!("eulogin-privacy-rights")}</h2>
            <p>
                {rich_text(
                    "eulogin-privacy-rights-text",
                    vec![],
                    vec![("link", page_link(EuLoginPage::Account, "eulogin-account-page-link"))],
                )}
            </p>

            <h2>{t!("eulogin-privacy-contact")}</h2>
            <p>
                {rich_text(
                    "eulogin-privacy-helpdesk",
                    vec![],
                    vec![("address", mail_link(HELPDESK))],
                )}
            </p>
        </section>
    }
}
