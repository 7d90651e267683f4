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
use crate::i18n::text;
use crate::t;
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
                Ok(_) => Ok(text(
                    "traces-profile-cancelled",
                    &[("organisation", request.organisation_name.into())],
                )),
                Err(err) => Err(err.to_string()),
            }));
            load();
        });
    });

    let table = move || {
        requests.get().map(|answer| match answer {
            Ok(list) if list.is_empty() => view! {
                <p>{t!("traces-profile-no-requests")}</p>
            }
            .into_any(),
            Ok(list) => view! {
                <table class="results requests">
                    <caption class="visually-hidden">{t!("traces-profile-requests")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("traces-profile-column-organisation")}</th>
                            <th scope="col">{t!("traces-profile-column-role")}</th>
                            <th scope="col">{t!("traces-profile-column-scope")}</th>
                            <th scope="col">{t!("traces-profile-column-requested")}</th>
                            <th scope="col">{t!("traces-profile-column-decided")}</th>
                            <th scope="col">{t!("traces-profile-column-status")}</th>
                            <th scope="col">{t!("traces-profile-column-reason")}</th>
                            <th scope="col">{t!("traces-profile-column-action")}</th>
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
                    <p>{move || err.to_string()}</p>
                </div>
            }
            .into_any(),
        })
    };

    view! {
        <section class="traces profile">
            <h1>{t!("traces-profile-title")}</h1>
            <OutcomeMessage message />
            <h2>{t!("traces-profile-requests")}</h2>
            {move || {
                requests
                    .with(Option::is_none)
                    .then(|| view! { <p role="status">{t!("traces-profile-loading")}</p> })
            }}
            {table}
            <p class="field-hint">
                {t!("traces-profile-time-zone", zone = zone())}
            </p>
            <p>
                <A href=instance.home() attr:class="button button-secondary">
                    {t!("traces-profile-new-role")}
                </A>
            </p>
            {move || {
                profile
                    .get()
                    .map(|answer| match answer {
                        Ok(profile) => view! { <PreferencesSection instance profile /> }.into_any(),
                        Err(err) => view! {
                            <div class="callout callout-error" role="alert">
                                <p>{t!("traces-profile-preferences-failed", problem = err.to_string())}</p>
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
    let status = request.status;
    let action = pending.then(|| {
        let organisation = request.organisation_name.clone();
        let request = request.clone();
        view! {
            <button
                type="button"
                class="button button-secondary"
                aria-label=t!("traces-profile-cancel-label", organisation = organisation.clone())
                disabled=move || busy.get()
                on:click=move |_| cancel.run(request.clone())
            >
                {t!("traces-profile-cancel")}
            </button>
        }
    });
    view! {
        <tr>
            <td>{request.organisation_name.clone()}</td>
            <td>{let role = request.role.clone(); move || role.text()}</td>
            <td>{let code = request.country.clone(); move || crate::domain::CountryCode::name_and_code(&code)}</td>
            <td>
                <LocalTime at=request.created_at />
            </td>
            <td>{request.decided_at.map(|at| view! { <LocalTime at /> })}</td>
            <td class=format!("status status-{}", status.code())>{move || status.label().text()}</td>
            <td>{request.reason.clone().unwrap_or_default()}</td>
            <td>{action}</td>
        </tr>
    }
}
