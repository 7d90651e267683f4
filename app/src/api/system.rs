//! What the server says about itself: version and database state, shown in the page footer.

use super::ApiError;
use leptos::server;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SystemStatus {
    pub version: String,
    /// The latest applied database migration.
    pub schema_version: i64,
    /// Test mode makes the captcha readable by browser tests; never on in real use.
    pub test_mode: bool,
}

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait SystemService: Send + Sync {
    async fn status(&self) -> Result<SystemStatus, ApiError>;
}

#[server(endpoint = "system_status")]
pub async fn get_system_status() -> Result<SystemStatus, ApiError> {
    super::services()?.system.status().await
}
