//! Domain types shared by browser and server. Each has a private representation and a
//! `parse` that returns a typed error, so that invalid values cannot travel further.

mod instance;
mod language;

pub use instance::{Instance, UnknownInstance};
pub use language::{Language, UnknownLanguage};
