//! EU Login, the identity service shared by both instances: sign-up, the e-mailed links,
//! login and the account page. Each page keeps `?service=` in its links (see `EuLoginPage`).

mod account;
mod email;
mod help;
mod login;
mod lost_password;
mod password;
mod privacy;
mod signup;
mod signup_sent;

pub use account::Account;
pub use email::ConfirmEmail;
pub use help::Help;
pub use login::LogIn;
pub use lost_password::LostPassword;
pub use password::SetPassword;
pub use privacy::Privacy;
pub use signup::SignUp;
pub use signup_sent::SignUpSent;

use crate::app::{CurrentInstance, EuLoginPage};
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The "EU Login" mark above each page's heading.
#[component]
fn Brand() -> impl IntoView {
    view! { <p class="eulogin-brand">{t!("eulogin-brand")}</p> }
}

/// The helpdesk's address, the same in every language.
const HELPDESK: &str = "SANTE-TRACES@ec.europa.eu";

/// A link to write to `address`, its text the address itself: an element of a `rich_text`.
pub(crate) use crate::i18n::mail_link;

/// `text` (a name, an address) in bold: an element of a `rich_text`.
fn strong_text(text: String) -> ViewFn {
    ViewFn::from(move || view! { <strong>{text.clone()}</strong> })
}

/// A link to another EU Login page (keeping `?service=`) whose words are message `text`: an
/// element of a `rich_text`.
fn page_link(page: EuLoginPage, text: &'static str) -> ViewFn {
    let service = service();
    ViewFn::from(move || {
        view! { <A href=move || page.href(service.get())>{move || crate::i18n::tr(text)}</A> }
    })
}

/// The instance the user came from (`?service=`), for links.
fn service() -> Memo<Option<crate::domain::Instance>> {
    let CurrentInstance(instance) = expect_context();
    instance
}

/// One query parameter of the page's address, as the user's browser decoded it.
fn query_param(name: &'static str) -> Memo<String> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(name)).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use crate::i18n::{text, Arg};

    #[test]
    fn sentences_with_a_count_read_in_english_as_they_always_did() {
        let minutes = |n| [("minutes", Arg::Number(n))];
        assert_eq!(
            text("eulogin-sent-link-valid", &minutes(90)),
            "The link works for 90 minutes after the e-mail is sent, and only once. Once your \
             password is set, return to TRACES NT and log in with this e-mail address."
        );
        assert_eq!(
            text("eulogin-lost-link-valid", &minutes(1)),
            "The link works for 1 minute and only once. Your current password keeps working \
             until you set the new one."
        );
        assert!(
            text("eulogin-help-link-broken-why", &minutes(90)).starts_with(
                "A link works for 90 minutes after the e-mail is sent, and only once. When"
            )
        );
        let sent = text(
            "eulogin-account-email-sent",
            &[
                ("address", Arg::from("new@example.org")),
                ("minutes", Arg::Number(90)),
                ("current", Arg::from("old@example.org")),
            ],
        );
        assert_eq!(
            sent,
            "We sent a link to new@example.org. Follow it within 90 minutes. Your login changes \
             only once you follow the link; until then, keep logging in with old@example.org."
        );
    }
}
