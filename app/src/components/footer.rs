//! The page footer: the helpdesk of the letter and what the server says about itself.

use crate::api::system::get_system_status;
use crate::i18n::{mail_link, rich_text, text};
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
                {rich_text(
                    "common-footer-helpdesk",
                    vec![],
                    vec![
                        ("traces", mail_link("SANTE-TRACES@ec.europa.eu")),
                        ("organic", mail_link("AGRI-E-COI-ORGANIC@ec.europa.eu")),
                    ],
                )}
            </p>
            <p class="footer-status" data-testid="server-status">{described}</p>
        </footer>
    }
}
