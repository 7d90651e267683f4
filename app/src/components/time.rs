//! Moments (Unix seconds) shown in the person's time zone and language, like "23 Nov 2026, 17:05
//! (Europe/Brussels)" or "23.11.2026, 17:05 (Europe/Brussels)": `format_time`, the
//! `<LocalTime at=… />` component, and the `TimeZone` context it reads (set on the pages of an
//! instance from the saved preferences).
//!
//! In the browser both the conversion and the wording are the browser's own
//! (`Date.toLocaleString` with the language in force, a `timeZone` and the medium date and short
//! time styles, i.e. the ICU data Chromium and Firefox carry), so the wasm carries no time zone
//! database and no month names. Without a browser (the server's build, unit tests), or for a
//! zone the browser does not know, the time is shown as "2026-11-23 16:05 (UTC)".

use crate::api::traces::{traces_me, DEFAULT_TIME_ZONE};
use crate::domain::Instance;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The time zone (IANA name) dates and times are shown in on the current page.
#[derive(Clone, Copy, Debug)]
pub struct TimeZone(pub RwSignal<String>);

impl TimeZone {
    /// The zone of the context, or Brussels time where none is provided.
    pub fn current() -> String {
        use_context::<TimeZone>().map_or_else(|| DEFAULT_TIME_ZONE.to_owned(), |tz| tz.0.get())
    }
}

/// Provides a `TimeZone` for the pages of `instance`: Brussels time at once, then the zone the
/// logged-in person saved on their profile (loaded once).
pub fn provide_time_zone(instance: Instance) -> TimeZone {
    let zone = TimeZone(RwSignal::new(DEFAULT_TIME_ZONE.to_owned()));
    provide_context(zone);
    spawn_local(async move {
        // Not logged in or the server out of reach: the page says so itself; times stay in
        // Brussels time, which every one of them names.
        if let Ok(profile) = traces_me(instance).await {
            zone.0.try_set(profile.time_zone);
        }
    });
    zone
}

/// A moment, in a `<time>` element, in the time zone of the `TimeZone` context and the language
/// in force (it follows both).
#[component]
pub fn LocalTime(
    /// Unix seconds.
    at: i64,
) -> impl IntoView {
    let zone = use_context::<TimeZone>();
    let text = move || {
        let zone = zone.map_or_else(|| DEFAULT_TIME_ZONE.to_owned(), |tz| tz.0.get());
        format_time(at, &zone)
    };
    view! { <time datetime=crate::domain::utc::iso_time(at)>{text}</time> }
}

/// `unix_seconds` in `time_zone`, written as the language in force writes a date and a time,
/// then "(Zone)"; a tracked read of the language, so call it inside a reactive closure. Without
/// a browser, or when the browser does not know the zone: "YYYY-MM-DD HH:MM (UTC)", in UTC.
pub fn format_time(unix_seconds: i64, time_zone: &str) -> String {
    #[cfg(feature = "csr")]
    if let Some(local) = browser_local(unix_seconds, time_zone, crate::i18n::language()) {
        return format!("{local} ({time_zone})");
    }
    #[cfg(not(feature = "csr"))]
    let _ = time_zone;
    crate::i18n::text(
        "common-time-in-utc",
        &[("time", crate::domain::utc::date_time(unix_seconds).into())],
    )
}

/// The zone the browser runs in (`Intl.DateTimeFormat().resolvedOptions().timeZone`), if it
/// says; `None` without a browser.
pub fn browser_time_zone() -> Option<String> {
    #[cfg(feature = "csr")]
    {
        use web_sys::js_sys::{Array, Intl, Object, Reflect};
        let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
        Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|zone| zone.as_string())
    }
    #[cfg(not(feature = "csr"))]
    None
}

#[cfg(feature = "csr")]
mod js {
    use wasm_bindgen::prelude::*;
    use web_sys::js_sys::JsString;

    #[wasm_bindgen]
    extern "C" {
        /// JavaScript's `Date`, declared here for a `toLocaleString` that catches: it throws a
        /// `RangeError` for a time zone the browser does not know, and js-sys' binding does
        /// not catch it.
        #[wasm_bindgen(js_name = Date)]
        pub type JsDate;

        #[wasm_bindgen(constructor, js_class = "Date")]
        pub fn new(milliseconds: f64) -> JsDate;

        #[wasm_bindgen(method, catch, js_class = "Date", js_name = toLocaleString)]
        pub fn to_locale_string(
            this: &JsDate,
            locale: &str,
            options: &JsValue,
        ) -> Result<JsString, JsValue>;
    }
}

/// The date (medium style: "23 Nov 2026", "23.11.2026") and time (short: "17:05") in
/// `time_zone`, as the browser writes them in `language`; `None` for a zone it does not know.
#[cfg(feature = "csr")]
fn browser_local(
    unix_seconds: i64,
    time_zone: &str,
    language: crate::domain::Language,
) -> Option<String> {
    use web_sys::js_sys::{Object, Reflect};
    let options = Object::new();
    for (key, value) in [
        ("timeZone", time_zone),
        ("dateStyle", "medium"),
        ("timeStyle", "short"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let date = js::JsDate::new(unix_seconds as f64 * 1000.0);
    let locale = crate::i18n::intl_locale(language);
    let text = String::from(date.to_locale_string(locale, &options).ok()?);
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_browser_times_are_shown_in_utc_and_say_so() {
        // 2026-11-23 16:05:09 UTC.
        assert_eq!(
            format_time(1_795_449_909, "Europe/Brussels"),
            "2026-11-23 16:05 (UTC)"
        );
        assert_eq!(format_time(0, "UTC"), "1970-01-01 00:00 (UTC)");
    }

    #[test]
    fn without_a_browser_the_utc_fallback_keeps_its_digits_in_any_language() {
        let owner = Owner::new();
        owner.with(|| {
            let language = RwSignal::new(crate::domain::Language::German);
            crate::i18n::provide(language);
            let shown = format_time(1_795_449_909, "Europe/Berlin");
            assert!(shown.contains("2026-11-23 16:05"), "{shown}");
            assert!(shown.contains("UTC"), "{shown}");
        });
    }

    #[test]
    fn the_time_zone_context_defaults_to_brussels() {
        let owner = Owner::new();
        owner.with(|| {
            assert_eq!(TimeZone::current(), "Europe/Brussels");
            provide_context(TimeZone(RwSignal::new("Asia/Tokyo".to_owned())));
            assert_eq!(TimeZone::current(), "Asia/Tokyo");
        });
    }
}
