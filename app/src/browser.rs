//! The few things the app asks of the browser directly. Without `csr` (the server's build of
//! this crate, which never renders) they do nothing.

use crate::domain::Language;

/// The language to start in: the remembered choice, else the browser's preference, else English.
pub fn initial_language() -> Language {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let window = web_sys::window();
        let remembered = window
            .as_ref()
            .and_then(|w| w.document())
            .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
            .and_then(|d| d.cookie().ok())
            .and_then(|cookies| cookie_value(&cookies, crate::api::preferences::LANGUAGE_COOKIE))
            .and_then(|code| Language::parse(&code).ok());
        if let Some(language) = remembered {
            return language;
        }
        let preferred = window
            .map(|w| w.navigator().languages())
            .map(|list| {
                list.iter()
                    .filter_map(|v| v.as_string())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default();
        Language::negotiate(&preferred).unwrap_or_default()
    }
    #[cfg(not(feature = "csr"))]
    Language::default()
}

/// Keeps `<html lang>` in step with the interface language, for screen readers and hyphenation.
pub fn set_document_language(_language: Language) {
    #[cfg(feature = "csr")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", _language.code());
    }
}

/// Marks the training instance in the tab title too, so screenshots and tabs cannot be confused.
/// Reads the language in force: called in an effect, the title follows it.
pub fn set_title_prefix(_training: bool) {
    #[cfg(feature = "csr")]
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let title = crate::i18n::tr(if _training {
            "common-title-training"
        } else {
            "common-title"
        });
        document.set_title(&title);
    }
}

/// Moves the keyboard focus to the element with this id once the pending render is done (the
/// error summary appears, a field is reached from a summary link).
pub fn focus_later(_id: String) {
    #[cfg(feature = "csr")]
    leptos::prelude::request_animation_frame(move || focus(&_id));
}

/// Moves the keyboard focus to the element with this id, if it is there.
pub fn focus(_id: &str) {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    }
}

/// Whether the keyboard focus is on the element with this id or inside it.
pub fn focus_is_within(_id: &str) -> bool {
    #[cfg(feature = "csr")]
    {
        let document = web_sys::window().and_then(|w| w.document());
        let element = document.as_ref().and_then(|d| d.get_element_by_id(_id));
        let active = document.and_then(|d| d.active_element());
        if let (Some(element), Some(active)) = (element, active) {
            return element.contains(Some(&active));
        }
        false
    }
    #[cfg(not(feature = "csr"))]
    false
}

/// Whether leaving a field moves the focus to a submit button. Checking the field then would
/// insert its message while the button is pressed: the button moves down under the pointer
/// and the click is lost. The submit checks every field anyway.
pub fn focus_goes_to_submit(_ev: &leptos::ev::FocusEvent) -> bool {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        _ev.related_target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| {
                element.tag_name().eq_ignore_ascii_case("button")
                    && element.get_attribute("type").as_deref() != Some("button")
            })
    }
    #[cfg(not(feature = "csr"))]
    false
}

/// What a key was pressed on, for the shortcuts of a page: they stay out of the way while
/// someone types, and Enter on a link or button keeps its usual meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTarget {
    /// A text field, a text area, a drop-down list.
    Typing,
    /// A link, a button, a tick box.
    Control,
    Other,
}

pub fn key_target(_ev: &leptos::ev::KeyboardEvent) -> KeyTarget {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let Some(element) = _ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return KeyTarget::Other;
        };
        let tag = element.tag_name().to_ascii_lowercase();
        let kind = element
            .get_attribute("type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        match tag.as_str() {
            "textarea" | "select" => KeyTarget::Typing,
            "input"
                if !matches!(
                    kind.as_str(),
                    "checkbox" | "radio" | "button" | "submit" | "reset"
                ) =>
            {
                KeyTarget::Typing
            }
            "input" | "button" | "a" | "summary" => KeyTarget::Control,
            _ if element.has_attribute("contenteditable") => KeyTarget::Typing,
            _ => KeyTarget::Other,
        }
    }
    #[cfg(not(feature = "csr"))]
    KeyTarget::Other
}

/// The cookie that keeps the guided demo open across reloads (a trainer reloads, logs in as
/// another persona, follows a mailed link), for the browser session only.
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
const GUIDE_COOKIE: &str = "traces_guide";

/// Whether the guided demo was left open in this browser session.
pub fn guide_remembered() -> bool {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
            .and_then(|d| d.cookie().ok())
            .and_then(|cookies| cookie_value(&cookies, GUIDE_COOKIE))
            .is_some_and(|value| value == "open")
    }
    #[cfg(not(feature = "csr"))]
    false
}

/// Remembers whether the guided demo is open (a session cookie the server never reads).
pub fn remember_guide(_open: bool) {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        if let Some(document) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        {
            let value = if _open {
                format!("{GUIDE_COOKIE}=open; Path=/; SameSite=Lax")
            } else {
                format!("{GUIDE_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0")
            };
            let _ = document.set_cookie(&value);
        }
    }
}

#[cfg_attr(not(any(feature = "csr", test)), allow(dead_code))]
fn cookie_value(cookies: &str, name: &str) -> Option<String> {
    cookies.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then(|| value.to_owned())
    })
}

/// A fresh random key for one submission (the request popup): 24 letters and digits. A retry
/// of the same submission sends the same key, so the server records it once.
pub fn random_key() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    #[cfg(feature = "csr")]
    let next = || web_sys::js_sys::Math::random();
    #[cfg(not(feature = "csr"))]
    let next = {
        use std::time::{SystemTime, UNIX_EPOCH};
        let mut seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 1_000_000) as f64 / 1_000_000.0
        }
    };
    #[allow(unused_mut)]
    let mut next = next;
    (0..24)
        .map(|_| {
            let index = (next() * ALPHABET.len() as f64) as usize;
            char::from(ALPHABET[index.min(ALPHABET.len() - 1)])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{cookie_value, random_key};

    #[test]
    fn submission_keys_have_the_shape_the_server_accepts_and_differ() {
        let (a, b) = (random_key(), random_key());
        assert_eq!(a.len(), 24);
        assert!(a
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        assert_ne!(a, b);
    }

    #[test]
    fn a_cookie_is_found_among_others() {
        assert_eq!(
            cookie_value("a=1; traces_lang=de; b=2", "traces_lang").as_deref(),
            Some("de")
        );
        assert_eq!(cookie_value("xtraces_lang=de", "traces_lang"), None);
        assert_eq!(cookie_value("", "traces_lang"), None);
    }
}
