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
use crate::domain::{CountryCode, Instance};
use crate::i18n::{rich_text, text, tr, Arg, Message};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// What names a zone in the list: its country, and where the country has several zones, the
/// region (Azores) or the city (Chicago) within it, by message id.
#[derive(Clone, Copy)]
enum Place {
    Country,
    Region(&'static str),
    City(&'static str),
}
use Place::{City, Country, Region};

/// The time zones of the member states of the European Union (capitals, and the Atlantic
/// regions that keep their own time): zone, country code, place.
const EU_TIME_ZONES: &[(&str, &str, Place)] = &[
    ("Europe/Vienna", "AT", Country),
    ("Europe/Brussels", "BE", Country),
    ("Europe/Sofia", "BG", Country),
    ("Europe/Zagreb", "HR", Country),
    ("Asia/Nicosia", "CY", Country),
    ("Europe/Prague", "CZ", Country),
    ("Europe/Copenhagen", "DK", Country),
    ("Europe/Tallinn", "EE", Country),
    ("Europe/Helsinki", "FI", Country),
    ("Europe/Paris", "FR", Country),
    ("Europe/Berlin", "DE", Country),
    ("Europe/Athens", "GR", Country),
    ("Europe/Budapest", "HU", Country),
    ("Europe/Dublin", "IE", Country),
    ("Europe/Rome", "IT", Country),
    ("Europe/Riga", "LV", Country),
    ("Europe/Vilnius", "LT", Country),
    ("Europe/Luxembourg", "LU", Country),
    ("Europe/Malta", "MT", Country),
    ("Europe/Amsterdam", "NL", Country),
    ("Europe/Warsaw", "PL", Country),
    ("Europe/Lisbon", "PT", Country),
    (
        "Atlantic/Azores",
        "PT",
        Region("traces-preferences-place-azores"),
    ),
    (
        "Atlantic/Madeira",
        "PT",
        Region("traces-preferences-place-madeira"),
    ),
    ("Europe/Bucharest", "RO", Country),
    ("Europe/Bratislava", "SK", Country),
    ("Europe/Ljubljana", "SI", Country),
    ("Europe/Madrid", "ES", Country),
    (
        "Atlantic/Canary",
        "ES",
        Region("traces-preferences-place-canary-islands"),
    ),
    ("Europe/Stockholm", "SE", Country),
];

/// Zones of countries organic products often come from or pass through.
const OTHER_TIME_ZONES: &[(&str, &str, Place)] = &[
    ("America/Argentina/Buenos_Aires", "AR", Country),
    (
        "Australia/Sydney",
        "AU",
        City("traces-preferences-place-sydney"),
    ),
    (
        "America/Sao_Paulo",
        "BR",
        City("traces-preferences-place-sao-paulo"),
    ),
    (
        "America/Toronto",
        "CA",
        City("traces-preferences-place-toronto"),
    ),
    ("America/Santiago", "CL", Country),
    ("Asia/Shanghai", "CN", Country),
    ("America/Bogota", "CO", Country),
    ("Africa/Cairo", "EG", Country),
    ("Atlantic/Reykjavik", "IS", Country),
    ("Asia/Kolkata", "IN", Country),
    ("Asia/Jerusalem", "IL", Country),
    ("Asia/Tokyo", "JP", Country),
    ("Africa/Nairobi", "KE", Country),
    ("America/Mexico_City", "MX", Country),
    ("Africa/Casablanca", "MA", Country),
    ("Pacific/Auckland", "NZ", Country),
    ("Europe/Oslo", "NO", Country),
    ("America/Lima", "PE", Country),
    ("Africa/Johannesburg", "ZA", Country),
    ("Europe/Zurich", "CH", Country),
    ("Asia/Bangkok", "TH", Country),
    ("Africa/Tunis", "TN", Country),
    ("Europe/Istanbul", "TR", Country),
    ("Europe/Kyiv", "UA", Country),
    ("Asia/Dubai", "AE", Country),
    ("Europe/London", "GB", Country),
    (
        "America/Chicago",
        "US",
        City("traces-preferences-place-chicago"),
    ),
    (
        "America/Los_Angeles",
        "US",
        City("traces-preferences-place-los-angeles"),
    ),
    (
        "America/New_York",
        "US",
        City("traces-preferences-place-new-york"),
    ),
    ("Asia/Ho_Chi_Minh", "VN", Country),
];

/// A zone as the list offers it: "Portugal, Azores (Atlantic/Azores)", in the language in force.
fn zone_text(zone: &str, country: &str, place: Place) -> String {
    let country =
        CountryCode::parse(country).map_or_else(|_| country.to_owned(), |c| c.name().to_string());
    let mut args = vec![("country", Arg::from(country)), ("zone", Arg::from(zone))];
    let id = match place {
        Country => "traces-preferences-zone",
        Region(region) => {
            args.push(("place", Message::new(region).into()));
            "traces-preferences-zone-region"
        }
        City(city) => {
            args.push(("place", Message::new(city).into()));
            "traces-preferences-zone-city"
        }
    };
    text(id, &args)
}

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
            .any(|(z, _, _)| *z == zone)
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
            <h2 id="preferences-heading">{t!("traces-preferences-title")}</h2>
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
    // The zone just saved, for the green message.
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
                    saved.try_set(Some(profile.time_zone));
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
            text(
                "traces-preferences-browser-zone",
                &[("browser", browser.into()), ("saved", saved.into())],
            )
        })
    };
    let no_channel = move || {
        let wants_events = decisions.get() || new_requests.get();
        (wants_events && !in_app.get() && !email.get()).then(|| tr("traces-preferences-no-channel"))
    };
    // `text` follows the language.
    let option = move |value: String, text: TextProp| {
        let selected = {
            let value = value.clone();
            move || zone.with(|z| *z == value)
        };
        view! { <option value=value selected=selected>{move || text.get().to_string()}</option> }
    };
    let listed_option = move |&(z, country, place): &(&'static str, &'static str, Place)| {
        option(
            z.to_owned(),
            TextProp::from(move || zone_text(z, country, place)),
        )
    };

    view! {
        <h3 id="notifications-heading">{t!("traces-preferences-notifications-title")}</h3>
        <p>{t!("traces-preferences-instance-only", instance = instance.slug())}</p>
        <ErrorSummary form heading_level=3 />
        <form class="form preferences-form" novalidate on:submit=submit>
            <div class="field" class:field-invalid=move || form.message(field::TIME_ZONE).is_some()>
                <label for=zone_id.clone()>{t!("traces-preferences-time-zone")}</label>
                <p class="field-hint" id=format!("{zone_id}-hint")>
                    {t!("traces-preferences-time-zone-hint")}
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
                    {option("UTC".to_owned(), TextProp::from(t!("traces-preferences-zone-utc")))}
                    <optgroup label=t!("traces-preferences-zones-eu")>
                        {EU_TIME_ZONES.iter().map(listed_option).collect_view()}
                    </optgroup>
                    <optgroup label=t!("traces-preferences-zones-other")>
                        {OTHER_TIME_ZONES.iter().map(listed_option).collect_view()}
                        {extra
                            .into_iter()
                            .map(|z| option(z.clone(), z.into()))
                            .collect_view()}
                    </optgroup>
                </select>
                <p class="field-hint" id=format!("{zone_id}-browser") aria-live="polite">
                    {browser_note}
                </p>
            </div>
            <fieldset class="field-group">
                <legend>{t!("traces-preferences-events")}</legend>
                <CheckboxField
                    form
                    name=field::NOTIFY_DECISIONS
                    label=t!("traces-preferences-notify-decisions")
                    checked=decisions
                />
                <CheckboxField
                    form
                    name=field::NOTIFY_NEW_REQUESTS
                    label=t!("traces-preferences-notify-new-requests")
                    checked=new_requests
                />
            </fieldset>
            <fieldset class="field-group">
                <legend>{t!("traces-preferences-channels")}</legend>
                <CheckboxField
                    form
                    name=field::NOTIFY_IN_APP
                    label=t!("traces-preferences-notify-in-app")
                    checked=in_app
                />
                <CheckboxField
                    form
                    name=field::NOTIFY_EMAIL
                    label=t!("traces-preferences-notify-email")
                    checked=email
                />
                <p class="warning-text" aria-live="polite">{no_channel}</p>
            </fieldset>
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || saving.get()>
                    {t!("traces-preferences-save")}
                </button>
                <span class="form-progress" role="status">
                    {move || saving.get().then(|| tr("traces-preferences-saving"))}
                </span>
            </div>
            <div role="status" aria-live="polite">
                {move || {
                    saved
                        .get()
                        .map(|zone| {
                            view! {
                                <p class="success">
                                    {t!("traces-preferences-saved", zone = zone.clone())}
                                </p>
                            }
                        })
                }}
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
        <h3 id="language-heading">{t!("traces-preferences-language-title")}</h3>
        <p>
            {rich_text(
                "traces-preferences-language-text",
                vec![],
                vec![
                    (
                        "account",
                        ViewFn::from(move || {
                            view! {
                                <A href=EuLoginPage::Account.href(Some(instance))>
                                    {t!("traces-preferences-my-account")}
                                </A>
                            }
                        }),
                    ),
                ],
            )}
        </p>
        <ErrorSummary form heading_level=3 />
        <form class="form" novalidate on:submit=submit>
            <LanguageSelect
                form
                name=UI_LANGUAGE
                label=t!("traces-preferences-interface-language")
                hint=t!("traces-preferences-interface-language-hint")
                value=interface
            />
            <LanguageSelect
                form
                name=account_field::EMAIL_LANGUAGE
                label=t!("traces-preferences-email-language")
                hint=t!("traces-preferences-email-language-hint")
                value=email_language
            />
            <div class="form-actions">
                <button type="submit" class="button button-secondary" disabled=move || saving.get()>
                    {t!("traces-preferences-save-languages")}
                </button>
            </div>
            <div role="status" aria-live="polite">
                {move || {
                    saved
                        .get()
                        .then(|| view! { <p class="success">{t!("traces-preferences-languages-saved")}</p> })
                }}
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_zone_has_the_shape_the_server_accepts() {
        for (zone, country, _) in EU_TIME_ZONES.iter().chain(OTHER_TIME_ZONES) {
            assert_eq!(check_time_zone(zone).as_deref(), Ok(*zone));
            assert!(CountryCode::parse(country).is_ok(), "{country}");
        }
        assert_eq!(
            EU_TIME_ZONES.len(),
            30,
            "27 capitals and 3 Atlantic regions"
        );
    }

    #[test]
    fn zones_are_named_by_country_and_region_or_city() {
        let texts: Vec<String> = EU_TIME_ZONES
            .iter()
            .chain(OTHER_TIME_ZONES)
            .map(|&(zone, country, place)| zone_text(zone, country, place))
            .collect();
        for expected in [
            "Austria (Europe/Vienna)",
            "Portugal, Azores (Atlantic/Azores)",
            "Spain, Canary Islands (Atlantic/Canary)",
            "Brazil (São Paulo) (America/Sao_Paulo)",
            "United States (New York) (America/New_York)",
            "Viet Nam (Asia/Ho_Chi_Minh)",
        ] {
            assert!(texts.iter().any(|t| t == expected), "{expected}: {texts:?}");
        }
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
