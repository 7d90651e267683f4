//! The TRACES NT registration server: serves the app built by Trunk, answers its server
//! functions with the services of `services`, keeps data in `store` and sends mail.

pub mod admin;
pub mod captcha;
pub mod clock;
pub mod config;
pub mod directory;
pub mod error;
mod http;
pub mod mail;
pub mod messages;
pub mod passwords;
pub mod rate_limit;
pub mod secrets;
pub mod services;
pub mod sessions;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod training;
