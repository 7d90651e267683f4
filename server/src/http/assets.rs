//! The app built by Trunk: files from `dist/` (precompressed `.br`/`.gz` when present), and
//! `index.html` for every other path so that deep links open the app.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

pub fn service(dist: &Path) -> ServeDir<ServeFile> {
    let index = ServeFile::new(dist.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index)
}

/// Trunk names built files with a content hash: those never change and may be cached for a
/// year. Everything else (index.html above all) is revalidated, so a deploy shows at once.
pub async fn cache_control(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    if !response.headers().contains_key(header::CACHE_CONTROL) {
        let value = if immutable && response.status().is_success() {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// `app-1a2b3c4d5e6f7a8b_bg.wasm`, `main-0123456789abcdef.css`: a 16-hex-digit hash.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn only_hashed_build_outputs_are_immutable() {
        assert!(is_hashed_asset("/app-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_hashed_asset("/app-1a2b3c4d5e6f7a8b.js"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.svg"));
        assert!(!is_hashed_asset("/training"));
        assert!(!is_hashed_asset("/api/system_status"));
    }
}
