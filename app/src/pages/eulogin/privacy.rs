//! `/eulogin/privacy`: the privacy statement the sign-up form asks people to accept.

use super::{service, Brand};
use crate::app::EuLoginPage;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Privacy() -> impl IntoView {
    let service = service();
    view! {
        <section class="eulogin prose">
            <Brand />
            <h1>"Privacy statement"</h1>
            <p class="lead">
                "EU Login is how you prove who you are to TRACES NT. This page says what we keep about you, why, and what you can do about it."
            </p>

            <h2>"What we store"</h2>
            <ul>
                <li>"Your username, first name and last name."</li>
                <li>"Your e-mail address, which is also your login."</li>
                <li>"The language of the e-mails we send you and the language of the interface."</li>
                <li>
                    "Your password, only in a hashed form: a one-way transformation from which the password cannot be read back. Nobody, including the helpdesk, can see your password."
                </li>
                <li>
                    "While you are logged in, a session cookie and the time of your last activity, so that the session ends when you stop using it or log out."
                </li>
            </ul>

            <h2>"Why"</h2>
            <ul>
                <li>
                    "To identify you when you log in to TRACES NT and to send you the e-mails the service needs (the link to set your password, the confirmation of a new address)."
                </li>
                <li>
                    "Your first and last name appear on the certificates you sign in TRACES NT. Certificates have legal value, so the account must be in the name of the real person who signs."
                </li>
            </ul>
            <p>"We use your data for nothing else and do not sell or share it for marketing."</p>

            <h2>"Your rights"</h2>
            <p>
                "You can see and correct your names, your languages, your e-mail address and your password at any time on "
                <A href=move || EuLoginPage::Account.href(service.get())>"your EU Login account page"</A>
                " once you are logged in. To ask for a copy of your data or for your account to be deleted, write to the helpdesk."
            </p>

            <h2>"Contact"</h2>
            <p>
                "Helpdesk: "
                <a href="mailto:SANTE-TRACES@ec.europa.eu">"SANTE-TRACES@ec.europa.eu"</a>
            </p>
        </section>
    }
}
