//! `GET /healthz`: 200 when the database answers, 503 otherwise.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(err) => {
            tracing::error!(%err, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
        }
    }
}
