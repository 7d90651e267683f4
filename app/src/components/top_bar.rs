//! The bar on top of every page: where you are, the training banner, the language chooser
//! on the right, and (once logged in) the user menu with the approval links and their counts.

use super::LanguageChooser;
use crate::api::approvals::{approval_counts, NavCounts, COUNT_CAP};
use crate::api::eulogin::logout;
use crate::api::ApiError;
use crate::app::{CurrentInstance, EuLoginPage, Session};
use crate::domain::Instance;
use crate::i18n::{number, text, tr, Arg};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

/// The counts of the navigation (requests to decide, unread notifications) on the instance on
/// show. The shell provides it; the top bar reloads it on every page change and pages that
/// change a count (a decision, "Mark all as read") refresh or set it.
#[derive(Clone, Copy)]
pub struct NavBadge(RwSignal<Option<(Instance, NavCounts)>>);

impl Default for NavBadge {
    fn default() -> Self {
        Self(RwSignal::new(None))
    }
}

impl NavBadge {
    /// Asks the server again; a failure keeps the counts on show (they are a convenience).
    pub fn refresh(self, instance: Instance) {
        spawn_local(async move {
            if let Ok(counts) = approval_counts(instance).await {
                self.set(instance, counts);
            }
        });
    }

    pub fn set(self, instance: Instance, counts: NavCounts) {
        self.0.try_set(Some((instance, counts)));
    }

    fn clear(self) {
        self.0.set(None);
    }

    /// The counts of this instance, if known (reactive).
    fn counts(self, instance: Instance) -> Option<NavCounts> {
        self.0.with(|known| {
            known
                .as_ref()
                .filter(|(of, _)| *of == instance)
                .map(|(_, counts)| counts.clone())
        })
    }
}

/// "12", or "10,000+" at the cap, as the language writes numbers.
fn count_text(count: u32) -> String {
    if count >= COUNT_CAP {
        format!("{}+", number(COUNT_CAP.into()))
    } else {
        number(count.into())
    }
}

/// The hidden name of a count link: "Requests to decide: 2 pending". `count` chooses the
/// plural form, `shown` is what the badge shows.
fn count_name(id: &str, count: u32) -> String {
    text(
        id,
        &[
            ("count", Arg::Number(count.into())),
            ("shown", Arg::Text(count_text(count))),
        ],
    )
}

#[component]
pub fn TopBar() -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let home = move || {
        instance
            .get()
            .map_or_else(|| "/".to_owned(), Instance::home)
    };
    let label = move || match instance.get() {
        Some(Instance::Production) => tr("common-instance-production"),
        Some(Instance::Training) => tr("common-instance-training"),
        None => String::new(),
    };

    view! {
        <header class="top-bar">
            <Show when=move || instance.get().is_some_and(Instance::is_training)>
                <div class="training-banner" role="note">
                    <strong>{t!("common-training-banner-mark")}</strong>
                    " "
                    {t!("common-training-banner")}
                    " "
                    <GuideToggle />
                </div>
            </Show>
            <div class="top-bar-row">
                <A href=home attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">{t!("common-brand-mark")}</span>
                    <span class="brand-name">{t!("common-brand-name")}</span>
                    <span class="brand-instance">{label}</span>
                </A>
                <nav class="top-bar-right" aria-label=t!("common-top-bar-nav-label")>
                    <div class="user-menu">
                        <UserMenu />
                    </div>
                    <LanguageChooser />
                </nav>
            </div>
        </header>
    }
}

/// Once logged in: who you are, "My account" and "Log out".
#[component]
fn UserMenu() -> impl IntoView {
    let CurrentInstance(instance) = expect_context();
    let Session(user) = expect_context();
    let navigate = use_navigate();
    // Why "Log out" did not work.
    let problem = RwSignal::new(None::<ApiError>);
    let leaving = RwSignal::new(false);
    let badge: NavBadge = expect_context();
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        match (instance.get(), user.with(Option::is_some)) {
            (Some(instance), true) => badge.refresh(instance),
            _ => badge.clear(),
        }
    });

    let log_out = move |_| {
        if leaving.get_untracked() {
            return;
        }
        leaving.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = logout().await;
            leaving.set(false);
            match result {
                Ok(()) => {
                    problem.set(None);
                    user.set(None);
                    let home = instance
                        .get_untracked()
                        .map_or_else(|| "/".to_owned(), Instance::home);
                    navigate(&home, Default::default());
                }
                Err(err) => problem.set(Some(err)),
            }
        });
    };

    move || {
        user.get().map(|user| {
            let log_out = log_out.clone();
            view! {
                <span class="user-name">{format!("{} {}", user.first_name, user.last_name)}</span>
                {move || {
                    instance
                        .get()
                        .map(|instance| {
                            view! {
                                <ApprovalLinks instance badge />
                                <A
                                    href=crate::pages::traces::profile_path(instance)
                                    attr:class="user-link"
                                >
                                    {t!("common-my-profile")}
                                </A>
                            }
                        })
                }}
                <A href=move || EuLoginPage::Account.href(instance.get()) attr:class="user-link">
                    {t!("common-my-account")}
                </A>
                <button
                    type="button"
                    class="button button-small"
                    on:click=log_out
                    disabled=move || leaving.get()
                >
                    {t!("common-log-out")}
                </button>
                <span class="user-problem" role="status">
                    {move || {
                        problem
                            .get()
                            .map(|err| {
                                text("common-log-out-failed", &[("problem", err.to_string().into())])
                            })
                    }}
                </span>
            }
        })
    }
}

/// Opens and closes the guided demo's side panel (training only).
#[component]
fn GuideToggle() -> impl IntoView {
    let crate::components::GuideOpen(open) = expect_context();
    view! {
        <button
            type="button"
            class="guide-toggle"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { tr("common-guide-hide") } else { tr("common-guide-show") }}
        </button>
    }
}

/// "Requests to decide" with the pending count (deciders only) and "Notifications" with the
/// unread count. The counts are part of the links' names ("Requests to decide: 2 pending"),
/// so screen readers say them too.
/// Plain `<a>`: the router takes over clicks on every link of the app, and each new set of
/// attributes on `A` compiles that component again into the wasm.
#[component]
fn ApprovalLinks(instance: Instance, badge: NavBadge) -> impl IntoView {
    let counts = move || badge.counts(instance);
    let queue = move || {
        counts().filter(|c| c.decider).map(|c| {
            let name = match c.pending {
                0 => tr("common-nav-queue-none"),
                n => count_name("common-nav-queue-pending", n),
            };
            // The name is hidden text that starts with the visible words, not an aria-label:
            // speech-input users say what they see (WCAG 2.5.3), screen readers hear the count.
            view! {
                <a href=crate::pages::queue::queue_path(instance) class="user-link">
                    <span aria-hidden="true">{t!("common-nav-queue")}</span>
                    <span class="count-badge" aria-hidden="true">{count_text(c.pending)}</span>
                    <span class="visually-hidden">{name}</span>
                </a>
            }
        })
    };
    let unread = move || counts().map_or(0, |c| c.unread_notifications);
    let name = move || match unread() {
        0 => tr("common-nav-notifications-none"),
        n => count_name("common-nav-notifications-unread", n),
    };
    view! {
        {queue}
        <a href=crate::pages::queue::notifications_path(instance) class="user-link">
            <span class="bell" aria-hidden="true">"🔔"</span>
            <span aria-hidden="true">{t!("common-nav-notifications")}</span>
            {move || {
                (unread() > 0)
                    .then(|| {
                        view! {
                            <span class="count-badge" aria-hidden="true">{count_text(unread())}</span>
                        }
                    })
            }}
            <span class="visually-hidden">{name}</span>
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hidden_names_start_with_the_visible_words_and_say_the_count() {
        assert_eq!(
            count_name("common-nav-queue-pending", 1),
            "Requests to decide: 1 pending"
        );
        assert_eq!(
            count_name("common-nav-notifications-unread", 12),
            "Notifications: 12 unread"
        );
        assert_eq!(
            count_name("common-nav-notifications-unread", COUNT_CAP + 5),
            "Notifications: 10000+ unread"
        );
    }
}
