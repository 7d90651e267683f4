//! `/{instance}/notifications`: the person's notifications, newest first (new requests to
//! decide, decisions on their own requests), unread ones marked, and "Mark all as read".

use super::{counted, request_path, time_view};
use crate::api::approvals::{
    mark_notifications_read, my_notifications, Notification, NotificationEvent,
};
use crate::api::ApiError;
use crate::components::{NavBadge, OutcomeMessage};
use crate::domain::Instance;
use crate::i18n::tr;
use crate::pages::traces::{instance_page, profile_path};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Notifications() -> impl IntoView {
    instance_page(|instance| view! { <NotificationsFor instance /> })
}

#[component]
fn NotificationsFor(instance: Instance) -> impl IntoView {
    let badge: NavBadge = expect_context();
    let list = RwSignal::new(None::<Result<Vec<Notification>, ApiError>>);
    let message = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    spawn_local(async move {
        let answer = my_notifications(instance).await;
        list.try_set(Some(answer));
    });
    let unread = move || {
        list.with(|l| {
            l.as_ref()
                .and_then(|l| l.as_ref().ok())
                .map_or(0, |l| l.iter().filter(|n| !n.read).count())
        })
    };
    let mark_all = move |_| {
        let newest = list.with_untracked(|l| {
            l.as_ref()
                .and_then(|l| l.as_ref().ok())
                .and_then(|l| l.iter().map(|n| n.id).max())
        });
        let Some(up_to) = newest else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let answer = mark_notifications_read(instance, up_to).await;
            busy.try_set(false);
            match answer {
                Ok(counts) => {
                    badge.set(instance, counts);
                    list.try_update(|l| {
                        if let Some(Ok(l)) = l {
                            for n in l.iter_mut().filter(|n| n.id <= up_to) {
                                n.read = true;
                            }
                        }
                    });
                    message.try_set(Some(Ok(tr("queue-notifications-all-read"))));
                }
                Err(err) => {
                    message.try_set(Some(Err(err.to_string())));
                }
            }
        });
    };
    let items = move || {
        list.get().map(|answer| match answer {
            Ok(items) if items.is_empty() => view! {
                <p>{t!("queue-notifications-none")}</p>
            }
            .into_any(),
            Ok(items) => view! {
                <ul class="notifications">
                    {items
                        .into_iter()
                        .map(|n| view! { <NotificationItem instance n /> })
                        .collect_view()}
                </ul>
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
        <section class="traces notifications-page">
            <h1>{t!("queue-notifications-title")}</h1>
            <OutcomeMessage message />
            <p class="request-bar">
                <button
                    type="button"
                    class="button button-secondary"
                    disabled=move || unread() == 0 || busy.get()
                    on:click=mark_all
                >
                    {t!("queue-notifications-mark-all-read")}
                </button>
                <span class="request-count">
                    {move || match unread() {
                        0 => tr("queue-notifications-unread-none"),
                        n => crate::i18n::text("queue-notifications-unread", &counted(n)),
                    }}
                </span>
            </p>
            {move || {
                list.with(Option::is_none)
                    .then(|| view! { <p role="status">{t!("queue-notifications-loading")}</p> })
            }}
            {items}
        </section>
    }
}

#[component]
fn NotificationItem(instance: Instance, n: Notification) -> impl IntoView {
    let (href, link) = match n.event {
        NotificationEvent::NewRequest => (
            request_path(instance, n.request_id),
            "queue-notification-open-request",
        ),
        NotificationEvent::Decided => (profile_path(instance), "queue-notification-see-in-profile"),
    };
    let id = n.request_id.to_string();
    let link = move || crate::i18n::text(link, &[("id", id.clone().into())]);
    let text = n.text;
    view! {
        <li class="notification" class:unread=!n.read>
            {(!n.read).then(|| view! { <span class="badge">{t!("queue-notification-unread")}</span> " " })}
            <span class="notification-text">{move || text.text()}</span>
            <br />
            <span class="muted">{time_view(n.created_at)} " · "</span>
            <a href=href>{link}</a>
        </li>
    }
}
