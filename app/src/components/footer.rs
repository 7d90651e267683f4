//! The page footer: the helpdesk of the letter and what the server says about itself.

use crate::api::system::get_system_status;
use crate::i18n::text;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    let status = LocalResource::new(get_system_status);
    let described = move || {
        status.get().map(|result| match result {
            Ok(s) => {
                let id = if s.test_mode {
                    "common-footer-version-test-mode"
                } else {
                    "common-footer-version"
                };
                text(
                    id,
                    &[
                        ("version", s.version.into()),
                        ("schema", s.schema_version.to_string().into()),
                    ],
                )
            }
            Err(err) => err.to_string(),
        })
    };

    view! {
        <footer class="footer">
            <p>
                {t!("common-footer-helpdesk")}
                " "
                <a href="mailto:SANTE-TRACES@ec.europa.eu">"SANTE-TRACES@ec.europa.eu"</a>
                " "
                {t!("common-footer-helpdesk-and")}
                " "
                <a href="mailto:AGRI-E-COI-ORGANIC@ec.europa.eu">"AGRI-E-COI-ORGANIC@ec.europa.eu"</a>
            </p>
            <p class="footer-status" data-testid="server-status">{described}</p>
        </footer>
    }
}
