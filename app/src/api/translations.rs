//! The messages of one language, loaded by the browser when the language is first needed.

use super::ApiError;
#[cfg(feature = "ssr")]
use crate::domain::Language;
use crate::i18n::Compiled;
use leptos::server;
use leptos::server_fn::codec::GetUrl;

/// The messages of language `code`, parsed (all of its `.ftl` files). A GET, so the browser
/// and proxies may cache it.
#[server(endpoint = "i18n/translations", input = GetUrl)]
pub async fn translations(code: String) -> Result<Compiled, ApiError> {
    let language = Language::parse(&code).map_err(|e| ApiError::field("language", e))?;
    Ok(crate::i18n::embedded::compiled(language).clone())
}
