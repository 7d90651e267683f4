//! The one i18n layer: every user-visible text is a Fluent message (Project Fluent's
//! `fluent-bundle`) with an id, kept per language in `app/locales/<code>/*.ftl`.
//!
//! - Components write `t!("id")` (reactive text) or `t!("id", name = value)`; code that builds
//!   text writes `tr("id")`; errors and outcomes travel as [`Message`]s (an id with arguments)
//!   from the shared validators and the server and are put into words where they are shown.
//! - A sentence with an element inside (a link, a name in bold) is one message whose argument
//!   the element fills: [`rich_text`].
//! - The browser loads one language at a time from the server ([`load`]), parsed there
//!   ([`Compiled`]), so the wasm carries neither translations nor a Fluent parser; the server
//!   and native tests embed all 24 (`build.rs`) and format with `fluent-bundle`.
//! - Dates, times and numbers are formatted by the browser's `Intl` for the language in force
//!   (`components::time`, [`number`]).

#[cfg(not(feature = "csr"))]
mod catalog;
mod compiled;
#[cfg(all(test, not(feature = "csr")))]
mod completeness;
mod current;
#[cfg(not(feature = "csr"))]
pub(crate) mod embedded;
mod message;
#[cfg(all(test, not(feature = "csr")))]
mod no_literals;
mod rich;

use crate::domain::Language;

#[cfg(not(feature = "csr"))]
pub use catalog::Catalog;
pub use compiled::Compiled;
pub use current::{language, load, provide, switch_to, text, tr, tr_in};
pub use message::{Arg, Message};
pub use rich::{mail_link, rich_text};

/// Reactive text of a message: `t!("id")` or `t!("id", name = value, …)`. The result is a
/// `Signal<String>`, so the text follows the language in force, and every text of the app shares
/// one copy of the drawing code in the wasm; the argument expressions are evaluated each time
/// (read signals there, clone owned values).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text_signal($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        ::leptos::prelude::Signal::derive(move || {
            $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
        })
    };
}

/// The reactive text of a message without arguments. One signal type for all of them, so the
/// wasm holds one copy of the code that draws a changing text, not one per message.
pub fn text_signal(id: &'static str) -> leptos::prelude::Signal<String> {
    leptos::prelude::Signal::derive(move || tr(id))
}

/// A count formatted for the language in force (`12 345`, `12.345`, `12,345`).
pub fn number(value: i64) -> String {
    current::format_number(language(), value)
}

/// Sorts `items` by `text` as the language in force orders words ("Österreich" among the O in
/// German, after "Z" in Swedish): the browser's `Intl.Collator`; elsewhere by lower case.
/// A tracked read of the language.
pub fn sort_by_text<T>(items: &mut [T], text: impl Fn(&T) -> &str) {
    current::sort_by_text(language(), items, text);
}

/// The locale the browser's `Intl` formats dates, numbers and orders for `language`: its code,
/// except where the bare code means a country outside the EU (`en` is American English, `pt`
/// Brazilian Portuguese), which would write dates and numbers the way EU readers do not.
pub fn intl_locale(language: Language) -> &'static str {
    match language {
        Language::English => "en-GB",
        Language::Portuguese => "pt-PT",
        other => other.code(),
    }
}
