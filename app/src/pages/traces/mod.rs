//! Step 2 of the letter, inside an instance: the role choice on the welcome page, the searches
//! for a post of each role kind with the request popup, "Create new Operator", and the profile
//! with the person's requests.

mod authority;
mod control_body;
mod new_operator;
mod operator;
mod posts;
mod preferences;
mod profile;
mod role_choice;

pub use authority::RegisterAuthority;
pub use control_body::RegisterControlBody;
pub use new_operator::NewOperator;
pub use operator::RegisterOperator;
pub use profile::Profile;
pub use role_choice::RoleChoice;

pub(crate) use operator::country_options;

use super::NotFound;
use crate::app::{CurrentInstance, EuLoginPage, Session};
use crate::domain::{Instance, RoleKind};
use crate::i18n::tr;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// The path of the search page of a role kind: `/{instance}/register/operator`…
pub fn register_path(instance: Instance, kind: RoleKind) -> String {
    let slug = match kind {
        RoleKind::Operator => "operator",
        RoleKind::ControlBody => "control-body",
        RoleKind::Authority => "authority",
    };
    format!("/{}/register/{slug}", instance.slug())
}

pub fn profile_path(instance: Instance) -> String {
    format!("/{}/profile", instance.slug())
}

/// A page of an instance for a logged-in person: the page itself, "Please log in" before the
/// login, "Page not found" on a path that names no instance. The page gets the person's time
/// zone as a `TimeZone` context (for `LocalTime`).
pub(crate) fn instance_page<V: IntoView + 'static>(
    page: impl Fn(Instance) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let Session(session) = expect_context();
    // Only logging in or out renders the page anew, not a change of the person's details (the
    // languages saved on the profile page).
    let logged_in = Memo::new(move |_| session.with(Option::is_some));
    move || match instance.get() {
        None => view! { <NotFound /> }.into_any(),
        Some(instance) if logged_in.get() => {
            crate::components::time::provide_time_zone(instance);
            page(instance).into_any()
        }
        Some(instance) => view! {
            <section class="traces">
                <h1>{t!("traces-log-in-title")}</h1>
                <div class="callout">
                    <p>{t!("traces-log-in-needed")}</p>
                    <p>
                        <A
                            href=EuLoginPage::LogIn.href(Some(instance))
                            attr:class="button button-green"
                        >
                            {t!("traces-log-in-button")}
                        </A>
                    </p>
                </div>
            </section>
        }
        .into_any(),
    }
}

/// The top of every search page: the heading and the way back to the role choice.
fn search_form_header(instance: Instance, kind: RoleKind) -> impl IntoView {
    let title = match kind {
        RoleKind::Operator => "traces-search-title-operator",
        RoleKind::ControlBody => "traces-search-title-control-body",
        RoleKind::Authority => "traces-search-title-authority",
    };
    view! {
        <p class="back">
            <A href=instance.home()>{t!("traces-search-back")}</A>
        </p>
        <h1>{move || tr(title)}</h1>
    }
}
