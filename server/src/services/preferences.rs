//! `PreferencesService` for visitors: the language is remembered in a cookie.

use app::api::preferences::{PreferencesService, LANGUAGE_COOKIE};
use app::api::ApiError;
use app::domain::Language;
use axum::http::{header, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

pub struct CookiePreferences {
    secure: bool,
}

impl CookiePreferences {
    pub fn new(secure: bool) -> Self {
        Self { secure }
    }

    fn cookie(&self, language: Language) -> String {
        // Not HttpOnly: the app reads it at start to show the right language at once.
        let secure = if self.secure { "; Secure" } else { "" };
        format!(
            "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
            language.code()
        )
    }
}

#[async_trait::async_trait]
impl PreferencesService for CookiePreferences {
    async fn set_language(&self, language: Language) -> Result<(), ApiError> {
        let response = use_context::<ResponseOptions>().ok_or_else(|| {
            tracing::error!("set_language called outside a server-function request");
            ApiError::Internal
        })?;
        let value = HeaderValue::from_str(&self.cookie(language)).map_err(|err| {
            tracing::error!(%err, "language cookie is not a valid header");
            ApiError::Internal
        })?;
        response.append_header(header::SET_COOKIE, value);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_secure_only_over_https() {
        assert!(!CookiePreferences::new(false)
            .cookie(Language::German)
            .contains("Secure"));
        let secure = CookiePreferences::new(true).cookie(Language::Polish);
        assert!(secure.starts_with("traces_lang=pl;"), "{secure}");
        assert!(secure.ends_with("; Secure"), "{secure}");
    }
}
