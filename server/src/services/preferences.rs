//! `PreferencesService`: the language is remembered in a cookie, and in the account of whoever
//! is logged in, so that it follows them to another browser.

use app::api::preferences::{PreferencesService, LANGUAGE_COOKIE};
use app::api::ApiError;
use app::domain::Language;
use axum::http::{header, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::clock::SharedClock;
use crate::sessions;
use crate::store::{accounts, Store};

pub struct CookiePreferences {
    store: Store,
    clock: SharedClock,
    secure: bool,
}

impl CookiePreferences {
    pub fn new(store: Store, clock: SharedClock, secure: bool) -> Self {
        Self {
            store,
            clock,
            secure,
        }
    }
}

/// Not HttpOnly: the app reads it at start to show the right language at once.
fn cookie(language: Language, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        language.code()
    )
}

fn internal(err: sqlx::Error) -> ApiError {
    super::storage_error("preferences", err)
}

#[async_trait::async_trait]
impl PreferencesService for CookiePreferences {
    async fn set_language(&self, language: Language) -> Result<(), ApiError> {
        let response = use_context::<ResponseOptions>().ok_or_else(|| {
            tracing::error!("set_language called outside a server-function request");
            ApiError::Internal
        })?;
        let value = HeaderValue::from_str(&cookie(language, self.secure)).map_err(|err| {
            tracing::error!(%err, "language cookie is not a valid header");
            ApiError::Internal
        })?;
        response.append_header(header::SET_COOKIE, value);
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        if let Some((account, _)) = sessions::current_account(&mut tx, now, self.secure).await? {
            accounts::update_ui_language(&mut tx, account.id, language.code(), now)
                .await
                .map_err(internal)?;
        }
        tx.commit().await.map_err(internal)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_is_secure_only_over_https() {
        assert!(!cookie(Language::German, false).contains("Secure"));
        let secure = cookie(Language::Polish, true);
        assert!(secure.starts_with("traces_lang=pl;"), "{secure}");
        assert!(secure.ends_with("; Secure"), "{secure}");
    }
}
