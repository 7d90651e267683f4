//! `/{instance}`: the TRACES welcome page of the letter, with "sign up for TRACES" and the
//! green "Login into TRACES" button.

use super::NotFound;
use crate::app::{EuLoginPage, Session};
use crate::domain::Instance;
use crate::i18n::{rich_text, tr};
use crate::t;
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
        "traces-welcome-title-training"
    } else {
        "traces-welcome-title"
    };
    let Session(session) = expect_context();
    view! {
        <section class="welcome">
            <h1>{move || tr(heading)}</h1>
            <p class="lead">{t!("traces-welcome-lead")}</p>
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
                                    {t!("traces-welcome-log-in")}
                                </A>
                                <p>
                                    {t!("traces-welcome-no-account")} " "
                                    <A href=EuLoginPage::SignUp.href(Some(instance))>
                                        {t!("traces-welcome-sign-up")}
                                    </A>
                                </p>
                            </div>
                        },
                    )
                }
            }}
            <ol class="steps">
                <li>
                    <strong>{t!("traces-welcome-step-1")} " "</strong>
                    {t!("traces-welcome-step-1-text")}
                </li>
                <li>
                    <strong>{t!("traces-welcome-step-2")} " "</strong>
                    {t!("traces-welcome-step-2-text")}
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
                {rich_text(
                    "traces-welcome-logged-in",
                    vec![],
                    vec![
                        (
                            "name",
                            ViewFn::from(move || {
                                view! {
                                    <strong>{format!("{} {}", user.first_name, user.last_name)}</strong>
                                }
                            }),
                        ),
                    ],
                )}
            </p>
            <p>
                {rich_text(
                    "traces-welcome-credentials",
                    vec![],
                    vec![
                        (
                            "change",
                            ViewFn::from(move || {
                                view! {
                                    <A href=EuLoginPage::Account.href(Some(instance))>
                                        {t!("traces-welcome-change-credentials")}
                                    </A>
                                }
                            }),
                        ),
                        (
                            "reset",
                            ViewFn::from(move || {
                                view! {
                                    <A href=EuLoginPage::LostPassword.href(Some(instance))>
                                        {t!("traces-welcome-reset-password")}
                                    </A>
                                }
                            }),
                        ),
                    ],
                )}
            </p>
        </div>
        <super::traces::RoleChoice instance />
    }
}
