//! Server functions, grouped by feature. Each is declared here so the browser can call it;
//! on the server its body parses the arguments with the `domain` rules and delegates to a
//! service that the `server` crate provides through Leptos context.

pub mod approvals;
mod error;
pub mod eulogin;
pub mod mailbox;
pub mod preferences;
#[cfg(feature = "ssr")]
mod services;
pub mod system;
pub mod traces;
pub mod training;
pub mod translations;

pub use error::{ApiError, FieldError};
#[cfg(feature = "ssr")]
pub use services::{services, Services};
