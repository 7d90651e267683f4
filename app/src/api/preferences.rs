//! Preferences of whoever uses the browser, logged in or not.

use super::ApiError;
use crate::domain::Language;
use leptos::server;

/// The cookie that remembers the interface language. Not secret, so the app reads it at start.
pub const LANGUAGE_COOKIE: &str = "traces_lang";

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait PreferencesService: Send + Sync {
    /// Remembers the interface language for this browser.
    async fn set_language(&self, language: Language) -> Result<(), ApiError>;
}

/// Chooses the interface language; answers with the language now in force.
#[server(endpoint = "set_language")]
pub async fn set_language(code: String) -> Result<Language, ApiError> {
    let language = Language::parse(&code).map_err(|e| ApiError::field("language", e))?;
    super::services()?
        .preferences
        .set_language(language)
        .await?;
    Ok(language)
}
