//! Moments (Unix seconds) shown in the person's time zone, like "2026-11-23 17:05
//! (Europe/Brussels)": `format_time`, the `<LocalTime at=… />` component, and the `TimeZone`
//! context it reads (set on the pages of an instance from the saved preferences).
//!
//! In the browser the conversion is the browser's own (`Date.toLocaleString` with a
//! `timeZone`, i.e. the ICU data Chromium and Firefox carry), so the wasm carries no time zone
//! database. Without a browser (the server's build, unit tests), or for a zone the browser does
//! not know, the time is shown in UTC and says so.

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

/// A moment, in a `<time>` element, in the time zone of the `TimeZone` context.
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

/// `unix_seconds` as "YYYY-MM-DD HH:MM (Zone)" in `time_zone`; in UTC, saying "(UTC)", without a
/// browser or when the browser does not know the zone.
pub fn format_time(unix_seconds: i64, time_zone: &str) -> String {
    #[cfg(feature = "csr")]
    if let Some(local) = browser_local(unix_seconds, time_zone) {
        return format!("{local} ({time_zone})");
    }
    #[cfg(not(feature = "csr"))]
    let _ = time_zone;
    format!("{} (UTC)", crate::domain::utc::date_time(unix_seconds))
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

/// "YYYY-MM-DD HH:MM" in `time_zone`, from the browser.
#[cfg(feature = "csr")]
fn browser_local(unix_seconds: i64, time_zone: &str) -> Option<String> {
    use web_sys::js_sys::{Object, Reflect};
    let options = Object::new();
    for (key, value) in [
        ("timeZone", time_zone),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let date = js::JsDate::new(unix_seconds as f64 * 1000.0);
    // Swedish conventions are the ISO 8601 order ("2026-11-23 17:05"); only digits come out,
    // so the language of the page does not matter.
    let text = String::from(date.to_locale_string("sv-SE", &options).ok()?);
    looks_like_date_time(&text).then_some(text)
}

/// Whether `text` is "YYYY-MM-DD HH:MM" (what `browser_local` expects from the browser).
#[cfg_attr(not(any(feature = "csr", test)), allow(dead_code))]
fn looks_like_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 16
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            10 => *b == b' ',
            13 => *b == b':',
            _ => b.is_ascii_digit(),
        })
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
    fn only_the_iso_like_shape_is_taken_from_the_browser() {
        assert!(looks_like_date_time("2026-11-23 17:05"));
        for bad in [
            "23/11/2026, 17:05",
            "2026-11-23 17:05:09",
            "2026-11-23T17:05",
            "",
        ] {
            assert!(!looks_like_date_time(bad), "{bad}");
        }
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
