//! The "Preferences" of the profile page ("On your profile page you can also set your
//! preferences for time zone, notifications etc."): the time zone, which events to be told of
//! and how (per instance, `update_traces_preferences`), and the languages, which belong to the
//! EU Login account and are the same on both instances (`update_profile`).

use crate::api::eulogin::{update_profile, ProfileInput};
use crate::api::traces::{
    check_time_zone, field, update_traces_preferences, TracesPreferences, TracesProfile,
    DEFAULT_TIME_ZONE,
};
use crate::app::{EuLoginPage, Session, UiLanguage};
use crate::components::time::browser_time_zone;
use crate::components::{
    CheckboxField, ErrorSummary, FieldMessage, FormErrors, LanguageSelect, TimeZone,
};
use crate::domain::signup::field as account_field;
use crate::domain::Instance;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// The time zones of the member states of the European Union (capitals, and the Atlantic
/// regions that keep their own time), by country.
const EU_TIME_ZONES: &[(&str, &str)] = &[
    ("Europe/Vienna", "Austria"),
    ("Europe/Brussels", "Belgium"),
    ("Europe/Sofia", "Bulgaria"),
    ("Europe/Zagreb", "Croatia"),
    ("Asia/Nicosia", "Cyprus"),
    ("Europe/Prague", "Czechia"),
    ("Europe/Copenhagen", "Denmark"),
    ("Europe/Tallinn", "Estonia"),
    ("Europe/Helsinki", "Finland"),
    ("Europe/Paris", "France"),
    ("Europe/Berlin", "Germany"),
    ("Europe/Athens", "Greece"),
    ("Europe/Budapest", "Hungary"),
    ("Europe/Dublin", "Ireland"),
    ("Europe/Rome", "Italy"),
    ("Europe/Riga", "Latvia"),
    ("Europe/Vilnius", "Lithuania"),
    ("Europe/Luxembourg", "Luxembourg"),
    ("Europe/Malta", "Malta"),
    ("Europe/Amsterdam", "Netherlands"),
    ("Europe/Warsaw", "Poland"),
    ("Europe/Lisbon", "Portugal"),
    ("Atlantic/Azores", "Portugal, Azores"),
    ("Atlantic/Madeira", "Portugal, Madeira"),
    ("Europe/Bucharest", "Romania"),
    ("Europe/Bratislava", "Slovakia"),
    ("Europe/Ljubljana", "Slovenia"),
    ("Europe/Madrid", "Spain"),
    ("Atlantic/Canary", "Spain, Canary Islands"),
    ("Europe/Stockholm", "Sweden"),
];

/// Zones of countries organic products often come from or pass through, by country.
const OTHER_TIME_ZONES: &[(&str, &str)] = &[
    ("America/Argentina/Buenos_Aires", "Argentina"),
    ("Australia/Sydney", "Australia (Sydney)"),
    ("America/Sao_Paulo", "Brazil (São Paulo)"),
    ("America/Toronto", "Canada (Toronto)"),
    ("America/Santiago", "Chile"),
    ("Asia/Shanghai", "China"),
    ("America/Bogota", "Colombia"),
    ("Africa/Cairo", "Egypt"),
    ("Atlantic/Reykjavik", "Iceland"),
    ("Asia/Kolkata", "India"),
    ("Asia/Jerusalem", "Israel"),
    ("Asia/Tokyo", "Japan"),
    ("Africa/Nairobi", "Kenya"),
    ("America/Mexico_City", "Mexico"),
    ("Africa/Casablanca", "Morocco"),
    ("Pacific/Auckland", "New Zealand"),
    ("Europe/Oslo", "Norway"),
    ("America/Lima", "Peru"),
    ("Africa/Johannesburg", "South Africa"),
    ("Europe/Zurich", "Switzerland"),
    ("Asia/Bangkok", "Thailand"),
    ("Africa/Tunis", "Tunisia"),
    ("Europe/Istanbul", "Türkiye"),
    ("Europe/Kyiv", "Ukraine"),
    ("Asia/Dubai", "United Arab Emirates"),
    ("Europe/London", "United Kingdom"),
    ("America/Chicago", "United States (Chicago)"),
    ("America/Los_Angeles", "United States (Los Angeles)"),
    ("America/New_York", "United States (New York)"),
    ("Asia/Ho_Chi_Minh", "Viet Nam"),
];

const FIELDS: &[&str] = &[
    field::TIME_ZONE,
    field::NOTIFY_DECISIONS,
    field::NOTIFY_NEW_REQUESTS,
    field::NOTIFY_IN_APP,
    field::NOTIFY_EMAIL,
];

/// Whether a zone is one of the two lists (or UTC).
fn listed(zone: &str) -> bool {
    zone == "UTC"
        || EU_TIME_ZONES
            .iter()
            .chain(OTHER_TIME_ZONES)
            .any(|(z, _)| *z == zone)
}

/// The zone the form starts with: the saved one; for a person still on the default zone, the
/// browser's own if it is a zone name we accept (the note under the field says it is not
/// saved yet).
fn starting_zone(saved: &str, browser: Option<&str>) -> String {
    match browser {
        Some(zone) if saved == DEFAULT_TIME_ZONE && zone != saved => {
            check_time_zone(zone).unwrap_or_else(|_| saved.to_owned())
        }
        _ => saved.to_owned(),
    }
}

/// The section with both forms.
#[component]
pub fn PreferencesSection(instance: Instance, profile: TracesProfile) -> impl IntoView {
    view! {
        <section class="profile-section" aria-labelledby="preferences-heading">
            <h2 id="preferences-heading">"Preferences"</h2>
            <NotificationsForm instance profile />
            <LanguageForm instance />
        </section>
    }
}

/// Time zone and notifications, saved together for this instance.
#[component]
fn NotificationsForm(instance: Instance, profile: TracesProfile) -> impl IntoView {
    let form = FormErrors::new("prefs-", FIELDS);
    let shown_zone: Option<TimeZone> = use_context();
    let browser = browser_time_zone();
    let saved_zone = RwSignal::new(profile.time_zone.clone());
    let zone = RwSignal::new(starting_zone(&profile.time_zone, browser.as_deref()));
    let decisions = RwSignal::new(profile.notify_decisions);
    let new_requests = RwSignal::new(profile.notify_new_requests);
    let in_app = RwSignal::new(profile.notify_in_app);
    let email = RwSignal::new(profile.notify_email);
    let saving = RwSignal::new(false);
    let saved = RwSignal::new(None::<String>);

    // The zones offered: UTC, the two lists, and the saved or the browser's zone if they are
    // elsewhere.
    let mut extra: Vec<String> = [Some(profile.time_zone.clone()), browser.clone()]
        .into_iter()
        .flatten()
        .filter(|z| !listed(z) && check_time_zone(z).is_ok())
        .collect();
    extra.dedup();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saved.set(None);
        form.touch_all();
        let preferences = TracesPreferences {
            time_zone: zone.get_untracked(),
            notify_in_app: in_app.get_untracked(),
            notify_email: email.get_untracked(),
            notify_decisions: decisions.get_untracked(),
            notify_new_requests: new_requests.get_untracked(),
        };
        if let Err(message) = check_time_zone(&preferences.time_zone) {
            form.show(vec![crate::api::FieldError::new(field::TIME_ZONE, message)]);
            return;
        }
        form.clear();
        saving.set(true);
        spawn_local(async move {
            let result = update_traces_preferences(instance, preferences).await;
            saving.try_set(false);
            match result {
                Ok(profile) => {
                    zone.try_set(profile.time_zone.clone());
                    saved_zone.try_set(profile.time_zone.clone());
                    decisions.try_set(profile.notify_decisions);
                    new_requests.try_set(profile.notify_new_requests);
                    in_app.try_set(profile.notify_in_app);
                    email.try_set(profile.notify_email);
                    if let Some(TimeZone(shown)) = shown_zone {
                        shown.try_set(profile.time_zone.clone());
                    }
                    saved.try_set(Some(format!(
                        "Your preferences are saved. Dates and times are now shown in {}.",
                        profile.time_zone
                    )));
                }
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    let zone_id = form.id(field::TIME_ZONE);
    let browser_note = move || {
        let browser = browser.clone()?;
        let saved = saved_zone.get();
        (zone.get() == browser && saved != browser).then(|| {
            format!(
                "Your browser is set to {browser}, so it is chosen here. Your saved time zone stays {saved} until you click “Save preferences”."
            )
        })
    };
    let no_channel = move || {
        let wants_events = decisions.get() || new_requests.get();
        (wants_events && !in_app.get() && !email.get()).then_some(
            "With neither “In the app” nor “By e-mail” ticked, you will not be notified of anything.",
        )
    };
    let option = move |value: String, text: String| {
        let selected = {
            let value = value.clone();
            move || zone.with(|z| *z == value)
        };
        view! { <option value=value selected=selected>{text}</option> }
    };

    view! {
        <h3 id="notifications-heading">"Time zone and notifications"</h3>
        <p>
            {format!(
                "These preferences are for the {} instance only.",
                instance.slug(),
            )}
        </p>
        <ErrorSummary form heading_level=3 />
        <form class="form preferences-form" novalidate on:submit=submit>
            <div class="field" class:field-invalid=move || form.message(field::TIME_ZONE).is_some()>
                <label for=zone_id.clone()>"Time zone"</label>
                <p class="field-hint" id=format!("{zone_id}-hint")>
                    "The dates and times of your requests are shown in this time zone."
                </p>
                <FieldMessage form name=field::TIME_ZONE id=format!("{zone_id}-error") />
                <select
                    id=zone_id.clone()
                    name=field::TIME_ZONE
                    aria-invalid=move || form.message(field::TIME_ZONE).is_some().then_some("true")
                    aria-describedby=move || {
                        form.described_by(
                            field::TIME_ZONE,
                            true,
                            &[format!("{}-browser", form.id(field::TIME_ZONE))],
                        )
                    }
                    on:change=move |ev| {
                        zone.set(event_target_value(&ev));
                        form.set(field::TIME_ZONE, None);
                        saved.set(None);
                    }
                >
                    {option("UTC".to_owned(), "UTC (Coordinated Universal Time)".to_owned())}
                    <optgroup label="European Union">
                        {EU_TIME_ZONES
                            .iter()
                            .map(|(z, country)| option((*z).to_owned(), format!("{country} ({z})")))
                            .collect_view()}
                    </optgroup>
                    <optgroup label="Other countries">
                        {OTHER_TIME_ZONES
                            .iter()
                            .map(|(z, country)| option((*z).to_owned(), format!("{country} ({z})")))
                            .collect_view()}
                        {extra
                            .into_iter()
                            .map(|z| option(z.clone(), z))
                            .collect_view()}
                    </optgroup>
                </select>
                <p class="field-hint" id=format!("{zone_id}-browser") aria-live="polite">
                    {browser_note}
                </p>
            </div>
            <fieldset class="field-group">
                <legend>"Tell me about"</legend>
                <CheckboxField
                    form
                    name=field::NOTIFY_DECISIONS
                    label="Decisions on my requests (accepted, rejected, revoked)"
                    checked=decisions
                />
                <CheckboxField
                    form
                    name=field::NOTIFY_NEW_REQUESTS
                    label="New requests waiting for my decision (if you decide requests: authorities and administrators of an organisation)"
                    checked=new_requests
                />
            </fieldset>
            <fieldset class="field-group">
                <legend>"How to tell me"</legend>
                <CheckboxField form name=field::NOTIFY_IN_APP label="In the app" checked=in_app />
                <CheckboxField
                    form
                    name=field::NOTIFY_EMAIL
                    label="By e-mail (to the address of your EU Login account)"
                    checked=email
                />
                <p class="warning-text" aria-live="polite">{no_channel}</p>
            </fieldset>
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || saving.get()>
                    "Save preferences"
                </button>
                <span class="form-progress" role="status">
                    {move || saving.get().then_some("Saving…")}
                </span>
            </div>
            <div role="status" aria-live="polite">
                {move || saved.get().map(|text| view! { <p class="success">{text}</p> })}
            </div>
        </form>
    }
}

/// The interface and e-mail languages of the EU Login account (the same on both instances).
#[component]
fn LanguageForm(instance: Instance) -> impl IntoView {
    const UI_LANGUAGE: &str = "ui_language";
    const LANGUAGE_FIELDS: &[&str] = &[account_field::EMAIL_LANGUAGE, UI_LANGUAGE];
    let session: Session = expect_context();
    let ui_language: UiLanguage = expect_context();
    let form = FormErrors::new("prefs-lang-", LANGUAGE_FIELDS);
    let user = session.0.get_untracked();
    let interface = RwSignal::new(
        user.as_ref()
            .map(|u| u.ui_language.code().to_owned())
            .unwrap_or_default(),
    );
    let email_language = RwSignal::new(
        user.as_ref()
            .map(|u| u.email_language.code().to_owned())
            .unwrap_or_default(),
    );
    let saving = RwSignal::new(false);
    let saved = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        saved.set(false);
        // The names stay as they are: this form changes the languages only.
        let Some(user) = session.0.get_untracked() else {
            form.show_api_error(&crate::api::ApiError::Unauthenticated);
            return;
        };
        let input = ProfileInput {
            first_name: user.first_name,
            last_name: user.last_name,
            email_language: email_language.get_untracked(),
            ui_language: interface.get_untracked(),
        };
        form.clear();
        saving.set(true);
        spawn_local(async move {
            let result = update_profile(input).await;
            saving.try_set(false);
            match result {
                Ok(user) => {
                    session.logged_in(user, ui_language);
                    saved.try_set(true);
                }
                Err(err) => form.show_api_error(&err),
            }
        });
    };

    view! {
        <h3 id="language-heading">"Language"</h3>
        <p>
            "Your languages belong to your EU Login account: they are the same on production and training. You can also change them, with your names, on "
            <A href=EuLoginPage::Account.href(Some(instance))>"My account"</A> "."
        </p>
        <ErrorSummary form heading_level=3 />
        <form class="form" novalidate on:submit=submit>
            <LanguageSelect
                form
                name=UI_LANGUAGE
                label="Interface language"
                hint="The language of these pages whenever you are logged in."
                value=interface
            />
            <LanguageSelect
                form
                name=account_field::EMAIL_LANGUAGE
                label="E-mail language"
                hint="The language of the e-mails you receive, notifications included."
                value=email_language
            />
            <div class="form-actions">
                <button type="submit" class="button button-secondary" disabled=move || saving.get()>
                    "Save languages"
                </button>
            </div>
            <div role="status" aria-live="polite">
                {move || saved.get().then(|| view! { <p class="success">"Your languages are saved."</p> })}
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_zone_has_the_shape_the_server_accepts() {
        for (zone, _) in EU_TIME_ZONES.iter().chain(OTHER_TIME_ZONES) {
            assert_eq!(check_time_zone(zone).as_deref(), Ok(*zone));
        }
        assert_eq!(
            EU_TIME_ZONES.len(),
            30,
            "27 capitals and 3 Atlantic regions"
        );
    }

    #[test]
    fn the_browser_zone_is_offered_only_to_people_still_on_the_default() {
        assert_eq!(
            starting_zone("Europe/Brussels", Some("America/New_York")),
            "America/New_York"
        );
        assert_eq!(
            starting_zone("Asia/Tokyo", Some("America/New_York")),
            "Asia/Tokyo"
        );
        assert_eq!(
            starting_zone("Europe/Brussels", Some("Not a zone")),
            "Europe/Brussels"
        );
        assert_eq!(starting_zone("Europe/Brussels", None), "Europe/Brussels");
    }
}
