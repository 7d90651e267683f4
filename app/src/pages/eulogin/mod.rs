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

use crate::app::CurrentInstance;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The "EU Login" mark above each page's heading.
#[component]
fn Brand() -> impl IntoView {
    view! { <p class="eulogin-brand">"EU Login"</p> }
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
