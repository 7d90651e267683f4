//! The page footer: the helpdesk of the letter and what the server says about itself.

use crate::api::system::get_system_status;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    let status = LocalResource::new(get_system_status);
    let described = move || {
        status.get().map(|result| match result {
            Ok(s) => {
                let test = if s.test_mode { " · TEST MODE" } else { "" };
                format!("Version {} · schema {}{test}", s.version, s.schema_version)
            }
            Err(err) => err.to_string(),
        })
    };

    view! {
        <footer class="footer">
            <p>
                "Questions? Write to the helpdesk: "
                <a href="mailto:SANTE-TRACES@ec.europa.eu">"SANTE-TRACES@ec.europa.eu"</a>
                " and "
                <a href="mailto:AGRI-E-COI-ORGANIC@ec.europa.eu">"AGRI-E-COI-ORGANIC@ec.europa.eu"</a>
            </p>
            <p class="footer-status" data-testid="server-status">{described}</p>
        </footer>
    }
}
