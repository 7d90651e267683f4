//! The training instance as a trainer's tool: the personas a trainer logs in as with one
//! click, and the reset of the training instance to its demo world. Nothing here touches the
//! production instance.

use super::eulogin::CurrentUser;
use super::ApiError;
use crate::i18n::Message;
use leptos::server;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

/// The password of every persona, shown on the training welcome page: personas are demo
/// accounts that only act on the training instance.
pub const DEMO_PASSWORD: &str = "Training-Demo-2026";

/// A ready EU Login account of the demo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    /// Stable name used by "log in as": `importer`, `inspector`, `bcp`, `cca`, `admin`,
    /// `commission`.
    pub key: String,
    pub name: String,
    pub email: String,
    /// "Importer (operator)", "CCA officer – decides requests"…
    pub role: Message,
    /// What the persona has in the demo world and what to show with it.
    pub description: Message,
}

/// What the training welcome page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainingPage {
    pub personas: Vec<Persona>,
    /// The logged-in person may reset the training instance.
    pub trainer: bool,
    /// Unix seconds of the last reset, if any.
    pub last_reset_at: Option<i64>,
}

/// What a reset did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetDone {
    pub organisations: u32,
    pub requests: u32,
    /// EU Login accounts created during the session, kept (they are shared with production).
    pub accounts_kept: u32,
    pub took_ms: u32,
}

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait TrainingService: Send + Sync {
    async fn info(&self) -> Result<TrainingPage, ApiError>;
    async fn log_in_as(&self, persona: String) -> Result<CurrentUser, ApiError>;
    async fn reset(&self) -> Result<ResetDone, ApiError>;
}

#[cfg(feature = "ssr")]
fn training() -> Result<std::sync::Arc<dyn TrainingService>, ApiError> {
    Ok(super::services()?.training)
}

/// The personas, and whether the logged-in person is a trainer.
#[server(endpoint = "training/info", input = Json)]
pub async fn training_info() -> Result<TrainingPage, ApiError> {
    training()?.info().await
}

/// "Log in as": a session for the persona, like a login with its password.
#[server(endpoint = "training/log_in_as", input = Json)]
pub async fn log_in_as(persona: String) -> Result<CurrentUser, ApiError> {
    training()?.log_in_as(persona).await
}

/// Replaces all training data with the demo world, in one transaction. Trainers only.
#[server(endpoint = "training/reset", input = Json)]
pub async fn reset_training() -> Result<ResetDone, ApiError> {
    training()?.reset().await
}
