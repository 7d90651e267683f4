//! The language in force and the catalogs at hand: in the browser the ones loaded so far, on
//! the server (and in native tests) all of them, embedded.

use super::{Arg, Language};
use crate::api::ApiError;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    // The app's one language signal; none on the server, where texts are English unless a
    // language is named (`tr_in`).
    static CURRENT: Cell<Option<RwSignal<Language>>> = const { Cell::new(None) };
}

/// Makes `language` the signal every text follows. The app calls it once, at start.
pub fn provide(language: RwSignal<Language>) {
    CURRENT.with(|current| current.set(Some(language)));
}

/// The language in force (a tracked read in the browser); English where none was provided.
pub fn language() -> Language {
    CURRENT
        .with(Cell::get)
        .and_then(|signal| signal.try_get())
        .unwrap_or_default()
}

/// The text of message `id` in the language in force.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    tr_in(language(), id, args)
}

/// The text of a message without arguments in the language in force.
pub fn tr(id: &str) -> String {
    text(id, &[])
}

/// The text of message `id` in `language`.
pub fn tr_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "csr")]
    {
        browser::format(language, id, args).unwrap_or_else(|| id.to_owned())
    }
    #[cfg(not(feature = "csr"))]
    {
        super::embedded::catalog(language).format(id, args)
    }
}

/// Makes sure `language`'s messages are at hand (in the browser: fetched once, then kept).
pub async fn load(language: Language) -> Result<(), ApiError> {
    #[cfg(feature = "csr")]
    {
        browser::load(language).await
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = language;
        Ok(())
    }
}

/// Loads `language`, then makes it the language in force: the page changes language in one
/// step, never showing message ids.
pub async fn switch_to(language: Language) -> Result<(), ApiError> {
    load(language).await?;
    if let Some(signal) = CURRENT.with(Cell::get) {
        signal.try_set(language);
    }
    Ok(())
}

/// `value` with the language's digit grouping.
pub(super) fn format_number(language: Language, value: i64) -> String {
    #[cfg(feature = "csr")]
    if let Some(text) = browser::format_number(language, value) {
        return text;
    }
    let _ = language;
    value.to_string()
}

/// Sorts `items` by `text` in `language`'s order of words.
pub(super) fn sort_by_text<T>(language: Language, items: &mut [T], text: impl Fn(&T) -> &str) {
    #[cfg(feature = "csr")]
    {
        let compare = browser::collator(language);
        items.sort_by(|a, b| compare(text(a), text(b)));
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = language;
        items.sort_by_cached_key(|item| text(item).to_lowercase());
    }
}

#[cfg(feature = "csr")]
mod browser {
    use super::super::{Arg, Compiled};
    use super::Language;
    use crate::api::ApiError;
    use std::cell::RefCell;
    use std::rc::Rc;

    thread_local! {
        static LOADED: RefCell<Vec<(Language, Rc<Compiled>)>> = const { RefCell::new(Vec::new()) };
    }

    fn catalog(language: Language) -> Option<Rc<Compiled>> {
        LOADED.with(|loaded| {
            loaded
                .borrow()
                .iter()
                .find(|(l, _)| *l == language)
                .map(|(_, c)| c.clone())
        })
    }

    pub fn format(language: Language, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let catalog = catalog(language)?;
        Some(catalog.format(id, args, &|n| plural_category(language, n)))
    }

    pub async fn load(language: Language) -> Result<(), ApiError> {
        if catalog(language).is_some() {
            return Ok(());
        }
        let compiled = crate::api::translations::translations(language.code().to_owned()).await?;
        LOADED.with(|loaded| loaded.borrow_mut().push((language, Rc::new(compiled))));
        Ok(())
    }

    /// The CLDR plural category of `n` in `language`, by the browser's `Intl.PluralRules`.
    fn plural_category(language: Language, n: i64) -> &'static str {
        use wasm_bindgen::JsValue;
        use web_sys::js_sys::{Array, Intl, Object};
        let locales = Array::of1(&JsValue::from_str(super::super::intl_locale(language)));
        #[allow(clippy::cast_precision_loss)]
        let category = Intl::PluralRules::new(&locales, &Object::new()).select(n as f64);
        match String::from(category).as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }

    pub fn format_number(language: Language, value: i64) -> Option<String> {
        use wasm_bindgen::JsValue;
        use web_sys::js_sys::{Array, Function, Intl, Object};
        let locales = Array::of1(&JsValue::from_str(super::super::intl_locale(language)));
        let format: Function = Intl::NumberFormat::new(&locales, &Object::new()).format();
        // Counts in this app are far below 2^53: exact as an f64.
        #[allow(clippy::cast_precision_loss)]
        let shown = format
            .call1(&JsValue::NULL, &JsValue::from_f64(value as f64))
            .ok()?;
        shown.as_string()
    }

    /// `Intl.Collator(locale).compare` as a Rust comparison.
    pub fn collator(language: Language) -> impl Fn(&str, &str) -> std::cmp::Ordering {
        use wasm_bindgen::JsValue;
        use web_sys::js_sys::{Array, Function, Intl, Object};
        let locales = Array::of1(&JsValue::from_str(super::super::intl_locale(language)));
        let compare: Function = Intl::Collator::new(&locales, &Object::new()).compare();
        move |a: &str, b: &str| {
            compare
                .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
                .ok()
                .and_then(|order| order.as_f64())
                .map_or(std::cmp::Ordering::Equal, |order| order.total_cmp(&0.0))
        }
    }
}
