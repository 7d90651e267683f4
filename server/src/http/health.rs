//! `GET /healthz`: 200 when the database answers and keeps what is written, 503 otherwise,
//! with the reason in the body.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use std::borrow::Cow;

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Cow<'static, str>) {
    if let Err(err) = state.store.ping().await {
        tracing::error!(%err, "health check: database unreachable");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Cow::Borrowed("database unreachable\n"),
        );
    }
    // Pages still load, but nothing can be saved: monitoring should know. The latest write
    // says so until a write is kept again.
    match state.store.storage_fault() {
        Some(fault) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Cow::Owned(format!("database takes no writes: {fault}\n")),
        ),
        None => (StatusCode::OK, Cow::Borrowed("ok\n")),
    }
}
