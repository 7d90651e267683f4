//! `/{instance}/profile`: "My TRACES profile", with every request of the person on the instance
//! (organisation, role, scope, dates in the person's time zone, status, reason), "Cancel" on
//! pending ones, "Request a new role", and the preferences.

use super::instance_page;
use super::preferences::PreferencesSection;
use crate::api::traces::{
    cancel_request, my_requests, traces_me, RequestStatus, RoleRequestView, TracesProfile,
};
use crate::api::ApiError;
use crate::components::{LocalTime, OutcomeMessage, TimeZone};
use crate::domain::Instance;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

#[component]
pub fn Profile() -> impl IntoView {
    instance_page(|instance| view! { <ProfileFor instance /> })
}

#[component]
fn ProfileFor(instance: Instance) -> impl IntoView {
    let requests = RwSignal::new(None::<Result<Vec<RoleRequestView>, ApiError>>);
    let message = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let load = move || {
        spawn_local(async move {
            let answer = my_requests(instance).await;
            requests.try_set(Some(answer));
        })
    };
    load();
    let profile = RwSignal::new(None::<Result<TracesProfile, ApiError>>);
    let shown_zone = use_context::<TimeZone>();
    spawn_local(async move {
        let answer = traces_me(instance).await;
        if let (Ok(me), Some(TimeZone(zone))) = (&answer, shown_zone) {
            zone.try_set(me.time_zone.clone());
        }
        profile.try_set(Some(answer));
    });
    let zone = move || {
        shown_zone.map_or_else(
            || crate::api::traces::DEFAULT_TIME_ZONE.to_owned(),
            |TimeZone(zone)| zone.get(),
        )
    };
    let cancel = Callback::new(move |request: RoleRequestView| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = cancel_request(instance, request.id).await;
            busy.try_set(false);
            message.try_set(Some(match result {
                Ok(_) => Ok(format!(
                    "Your request for {} has been cancelled.",
                    request.organisation_name
                )),
                Err(err) => Err(err.to_string()),
            }));
            load();
        });
    });

    let table = move || {
        requests.get().map(|answer| match answer {
            Ok(list) if list.is_empty() => view! {
                <p>"You have not requested any role on this instance yet."</p>
            }
            .into_any(),
            Ok(list) => view! {
                <table class="results requests">
                    <caption class="visually-hidden">"My requests"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Organisation"</th>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Scope"</th>
                            <th scope="col">"Requested on"</th>
                            <th scope="col">"Decided on"</th>
                            <th scope="col">"Status"</th>
                            <th scope="col">"Reason"</th>
                            <th scope="col">"Action"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list
                            .into_iter()
                            .map(|request| view! { <RequestRow request cancel busy /> })
                            .collect_view()}
                    </tbody>
                </table>
            }
            .into_any(),
            Err(err) => view! {
                <div class="callout callout-error" role="alert">
                    <p>{err.to_string()}</p>
                </div>
            }
            .into_any(),
        })
    };

    view! {
        <section class="traces profile">
            <h1>"My TRACES profile"</h1>
            <OutcomeMessage message />
            <h2>"My requests"</h2>
            {move || requests.with(Option::is_none).then(|| view! { <p role="status">"Loading your requests…"</p> })}
            {table}
            <p class="field-hint">
                {move || {
                    format!(
                        "Dates and times are shown in your time zone, {}. You can change it under Preferences.",
                        zone(),
                    )
                }}
            </p>
            <p>
                <A href=instance.home() attr:class="button button-secondary">
                    "Request a new role"
                </A>
            </p>
            {move || {
                profile
                    .get()
                    .map(|answer| match answer {
                        Ok(profile) => view! { <PreferencesSection instance profile /> }.into_any(),
                        Err(err) => view! {
                            <div class="callout callout-error" role="alert">
                                <p>{format!("Your preferences cannot be shown: {err}")}</p>
                            </div>
                        }
                        .into_any(),
                    })
            }}
        </section>
    }
}

#[component]
fn RequestRow(
    request: RoleRequestView,
    cancel: Callback<RoleRequestView>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let pending = request.status == RequestStatus::Pending;
    let status = request.status.label();
    let label = format!("Cancel the request for {}", request.organisation_name);
    let action = pending.then(|| {
        let request = request.clone();
        view! {
            <button
                type="button"
                class="button button-secondary"
                aria-label=label
                disabled=move || busy.get()
                on:click=move |_| cancel.run(request.clone())
            >
                "Cancel"
            </button>
        }
    });
    view! {
        <tr>
            <td>{request.organisation_name.clone()}</td>
            <td>{request.role.clone()}</td>
            <td>{let code = request.country.clone(); move || crate::domain::CountryCode::name_and_code(&code)}</td>
            <td>
                <LocalTime at=request.created_at />
            </td>
            <td>{request.decided_at.map(|at| view! { <LocalTime at /> })}</td>
            <td class=format!("status status-{}", status.to_lowercase())>{status}</td>
            <td>{request.reason.clone().unwrap_or_default()}</td>
            <td>{action}</td>
        </tr>
    }
}
