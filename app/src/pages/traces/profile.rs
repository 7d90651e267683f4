//! `/{instance}/profile`: "My TRACES profile", with every request of the person on the instance
//! (organisation, role, scope, date, status, reason), "Cancel" on pending ones, and "Request a
//! new role".

use super::instance_page;
use crate::api::traces::{cancel_request, my_requests, RequestStatus, RoleRequestView};
use crate::api::ApiError;
use crate::domain::Instance;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

fn status_text(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Pending => "Pending",
        RequestStatus::Valid => "Valid",
        RequestStatus::Rejected => "Rejected",
        RequestStatus::Cancelled => "Cancelled",
        RequestStatus::Revoked => "Revoked",
    }
}

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
                            <th scope="col">"Date"</th>
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
            <div role="status" class="message-region">
                {move || {
                    message
                        .get()
                        .map(|m| match m {
                            Ok(text) => view! { <p class="success">{text}</p> }.into_any(),
                            Err(text) => view! { <p class="field-error">{text}</p> }.into_any(),
                        })
                }}
            </div>
            <h2>"My requests"</h2>
            {move || requests.with(Option::is_none).then(|| view! { <p role="status">"Loading your requests…"</p> })}
            {table}
            <p>
                <A href=instance.home() attr:class="button button-secondary">
                    "Request a new role"
                </A>
            </p>
            <p class="field-hint">"Dates and times are shown in your browser's time zone."</p>
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
    let status = status_text(request.status);
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
            <td>{format!("{} ({})", request.country_name, request.country)}</td>
            <td>{crate::browser::local_date_time(request.created_at)}</td>
            <td class=format!("status status-{}", status.to_lowercase())>{status}</td>
            <td>{request.reason.clone().unwrap_or_default()}</td>
            <td>{action}</td>
        </tr>
    }
}
