//! "Select your role in TRACES": the three role kinds of the letter, or only the one the person
//! already has on the instance.

use super::{profile_path, register_path};
use crate::api::traces::{traces_me, TracesProfile};
use crate::app::EuLoginPage;
use crate::domain::{Instance, RoleKind};
use crate::i18n::{rich_text, tr};
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// The message of a role kind's link, as the letter words it.
fn role_link_text(kind: RoleKind) -> &'static str {
    match kind {
        RoleKind::Operator => "traces-role-link-operator",
        RoleKind::ControlBody => "traces-role-link-control-body",
        RoleKind::Authority => "traces-role-link-authority",
    }
}

#[component]
pub fn RoleChoice(instance: Instance) -> impl IntoView {
    let me = LocalResource::new(move || traces_me(instance));
    let link = move |kind: RoleKind| {
        view! {
            <li>
                <A href=register_path(instance, kind) attr:class="role-link">
                    {move || tr(role_link_text(kind))}
                </A>
            </li>
        }
    };
    let body = move || {
        me.get().map(|answer| match answer {
            // Said before any form, rather than as the answer to a filled-in one.
            Ok(TracesProfile {
                requests_refused: Some(refusal),
                ..
            }) => view! {
                <div class="callout callout-error">
                    <p>{move || refusal.to_string()}</p>
                    <p>
                        <A href=EuLoginPage::Account.href(Some(instance))>
                            {t!("common-my-account")}
                        </A>
                    </p>
                </div>
                <p>
                    <A href=profile_path(instance)>{t!("traces-role-see-requests")}</A>
                </p>
            }
            .into_any(),
            Ok(profile) => match profile.role_kind {
                Some(kind) => view! {
                    <p>
                        {rich_text(
                            "traces-role-already",
                            vec![],
                            vec![
                                (
                                    "kind",
                                    ViewFn::from(move || {
                                        view! { <strong>{kind.label().to_string()}</strong> }
                                    }),
                                ),
                            ],
                        )}
                    </p>
                    <ul class="role-list">{link(kind)}</ul>
                    <p>
                        <A href=profile_path(instance)>{t!("traces-role-see-requests")}</A>
                    </p>
                }
                .into_any(),
                None => view! {
                    <p>{t!("traces-role-one-kind")}</p>
                    <ul class="role-list">
                        {RoleKind::ALL.iter().map(|kind| link(*kind)).collect_view()}
                    </ul>
                }
                .into_any(),
            },
            Err(err) => view! {
                <div class="callout callout-error" role="alert">
                    <p>{move || err.to_string()}</p>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="role-choice" aria-labelledby="role-choice-title">
            <h2 id="role-choice-title">{t!("traces-role-title")}</h2>
            <Suspense fallback=|| view! { <p role="status">{t!("traces-role-loading")}</p> }>{body}</Suspense>
        </section>
    }
}
