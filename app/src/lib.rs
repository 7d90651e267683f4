//! TRACES NT registration: the single-page app and everything the browser and the server share.
//!
//! `domain` holds wasm-safe types that can only hold valid values, `api` the server-function
//! declarations (whose bodies delegate to services the server provides), `pages` and
//! `components` the user interface.

pub mod api;
pub mod app;
mod browser;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;

pub use app::App;
