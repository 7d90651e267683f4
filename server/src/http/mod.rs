//! The HTTP surface: `/api/*` server functions, `/healthz`, and the built app with an SPA
//! fallback, behind compression and security headers.

mod api;
mod assets;
mod csp;
mod csrf;
mod health;

use crate::state::AppState;
use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::get;
use axum::Router;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub fn router(state: AppState) -> Router {
    let assets = assets::service(&state.config.dist_dir);
    let csp = HeaderValue::from_str(&csp::policy(&state.config.dist_dir))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
    Router::new()
        .route("/healthz", get(health::healthz))
        .merge(api::routes())
        .fallback_service(assets)
        .layer(axum::middleware::from_fn(assets::cache_control))
        // Only what is made per request reaches this layer (the app's files have precompressed
        // copies), so speed wins over size: brotli at its default quality 4 took longer than
        // the rest of an approval queue page (0.5–0.8 ms of about 1.3 ms for 16 KB of JSON,
        // bench/REPORT.md).
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(header_if_missing(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header_if_missing(header::X_FRAME_OPTIONS, "DENY"))
        // No page may leak a link token to another site through the Referer.
        .layer(header_if_missing(header::REFERRER_POLICY, "no-referrer"))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

fn header_if_missing(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}
