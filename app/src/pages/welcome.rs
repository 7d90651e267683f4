//! `/{instance}`: the TRACES welcome page of the letter, with "sign up for TRACES" and the
//! green "Login into TRACES" button.

use super::NotFound;
use crate::app::{EuLoginPage, Session};
use crate::domain::Instance;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn Welcome() -> impl IntoView {
    let params = use_params_map();
    let instance =
        move || params.with(|p| Instance::parse(&p.get("instance").unwrap_or_default()).ok());
    move || match instance() {
        Some(instance) => Either::Left(view! { <WelcomeFor instance /> }),
        None => Either::Right(view! { <NotFound /> }),
    }
}

#[component]
fn WelcomeFor(instance: Instance) -> impl IntoView {
    let heading = if instance.is_training() {
        "Welcome to TRACES NT Training"
    } else {
        "Welcome to TRACES NT"
    };
    let Session(session) = expect_context();
    view! {
        <section class="welcome">
            <h1>{heading}</h1>
            <p class="lead">
                "The Certificate of Inspection for products of organic origin is on this website. "
                "Before you can access it, you need to log in and register as a user."
            </p>
            {move || match session.get() {
                Some(user) => Either::Left(view! { <LoggedIn user instance /> }),
                None => {
                    Either::Right(
                        view! {
                            <div class="welcome-actions">
                                <A
                                    href=EuLoginPage::LogIn.href(Some(instance))
                                    attr:class="button button-green"
                                >
                                    "Login into TRACES"
                                </A>
                                <p>
                                    "No EU Login account yet? "
                                    <A href=EuLoginPage::SignUp.href(Some(instance))>"sign up for TRACES"</A>
                                </p>
                            </div>
                        },
                    )
                }
            }}
            <ol class="steps">
                <li>
                    <strong>"Register yourself on EU Login. "</strong>
                    "If you already have an EU Login (ECAS) account, go directly to step 2."
                </li>
                <li>
                    <strong>"Register in TRACES NT. "</strong>
                    "Log in, choose your role (Operator, Organic Control Body or Authority) and send an authorisation request."
                </li>
            </ol>
            {instance.is_training().then(|| view! { <super::training::TrainerTools /> })}
        </section>
    }
}

/// After "Login into TRACES": who is logged in, and the way to their EU Login credentials.
#[component]
fn LoggedIn(user: crate::api::eulogin::CurrentUser, instance: Instance) -> impl IntoView {
    view! {
        <div class="welcome-actions">
            <p class="logged-in">
                "You are logged in as "
                <strong>{format!("{} {}", user.first_name, user.last_name)}</strong> "."
            </p>
            <p>
                "On EU Login you can "
                <A href=EuLoginPage::Account.href(Some(instance))>"change your EU Login credentials"</A>
                " if need be, or "
                <A href=EuLoginPage::LostPassword.href(Some(instance))>"reset your password"</A>
                "."
            </p>
        </div>
        <super::traces::RoleChoice instance />
    }
}
