//! "Select your role in TRACES": the three role kinds of the letter, or only the one the person
//! already has on the instance.

use super::{profile_path, register_path};
use crate::api::traces::traces_me;
use crate::domain::{Instance, RoleKind};
use leptos::prelude::*;
use leptos_router::components::A;

/// The link text of a role kind, as the letter words it.
fn role_link_text(kind: RoleKind) -> &'static str {
    match kind {
        RoleKind::Operator => "Operator (Importer, first consignee)",
        RoleKind::ControlBody => "Organic Control Body (or Control Authority)",
        RoleKind::Authority => "Authority (Border Control Post or Central Competent Authority)",
    }
}

#[component]
pub fn RoleChoice(instance: Instance) -> impl IntoView {
    let me = LocalResource::new(move || traces_me(instance));
    let link = move |kind: RoleKind| {
        view! {
            <li>
                <A href=register_path(instance, kind) attr:class="role-link">
                    {role_link_text(kind)}
                </A>
            </li>
        }
    };
    let body = move || {
        me.get().map(|answer| match answer {
            Ok(profile) => match profile.role_kind {
                Some(kind) => view! {
                    <p>
                        "You already have the role kind " <strong>{move || kind.label().text()}</strong>
                        " on this instance. Each individual can only take one kind of role; within it you can request more posts."
                    </p>
                    <ul class="role-list">{link(kind)}</ul>
                    <p>
                        <A href=profile_path(instance)>"See your requests in your profile"</A>
                    </p>
                }
                .into_any(),
                None => view! {
                    <p>
                        "Please note that each individual can only take one kind of role. "
                        "Within your role, you can take several posts: for example work for two or more operators, or as a control body control several countries."
                    </p>
                    <ul class="role-list">
                        {RoleKind::ALL.iter().map(|kind| link(*kind)).collect_view()}
                    </ul>
                }
                .into_any(),
            },
            Err(err) => view! {
                <div class="callout callout-error" role="alert">
                    <p>{err.to_string()}</p>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="role-choice" aria-labelledby="role-choice-title">
            <h2 id="role-choice-title">"Select your role in TRACES"</h2>
            <Suspense fallback=|| view! { <p role="status">"Loading your role…"</p> }>{body}</Suspense>
        </section>
    }
}
