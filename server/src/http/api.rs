//! `/api/{fn}`: the Leptos server functions, with the app's services in context, and every
//! error answered with the status its `ApiError` names (server_fn itself always says 500).

use crate::state::AppState;
use app::api::ApiError;
use app::i18n::Message;
use axum::body::{to_bytes, Body};
use axum::extract::{Path, Query};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use leptos::prelude::provide_context;
use leptos::reactive::{computed::ScopedFuture, owner::Owner};
use leptos::server_fn::error::FromServerFnError;
use tower_http::limit::RequestBodyLimitLayer;

/// No form of this app sends more; a 10 MB "name" is refused before it is read.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// Error bodies are small JSON; anything larger is not one of ours.
const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/approvals/export/{file}", get(export))
        .route("/api/{*fn_name}", any(server_fn))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(too_large_as_api_error))
        .layer(axum::middleware::from_fn(super::csrf::same_origin_only))
}

async fn server_fn(State(state): State<AppState>, request: Request<Body>) -> Response {
    let services = state.services.clone();
    let response = leptos_axum::handle_server_fns_with_context(
        move || provide_context(services.clone()),
        request,
    )
    .await
    .into_response();
    with_error_status(response).await
}

/// `GET /api/approvals/export/{queue,decisions}.csv?…`: a download for the queue's export
/// buttons. Answered by the approvals service like a server function (the session is read
/// from the request the same way), but as a file.
async fn export(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
    request: Request<Body>,
) -> Response {
    use app::api::approvals::{parse_export_query, ExportKind};
    let Some(what) = ExportKind::from_file(&file) else {
        return error_response(ApiError::NotFound(Message::new("error-export-unknown")));
    };
    let (instance, filter) = match parse_export_query(&params) {
        Ok(parsed) => parsed,
        Err(error) => return error_response(error),
    };
    let (parts, _) = request.into_parts();
    let services = state.services.clone();
    let owner = Owner::new();
    let result = owner
        .with(|| {
            ScopedFuture::new(async move {
                provide_context(parts);
                services.approvals.export(instance, what, filter).await
            })
        })
        .await;
    match result {
        Ok(csv) => {
            let name = format!("traces-{}-{}", instance.slug(), what.file());
            let mut response = (StatusCode::OK, csv).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => error_response(error),
    }
}

/// tower-http answers an oversized body with plain text; the app expects an `ApiError`.
async fn too_large_as_api_error(request: Request<Body>, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return error_response(ApiError::TooLarge);
    }
    response
}

async fn with_error_status(response: Response) -> Response {
    let is_fn_error = response.headers().contains_key("serverfnerror");
    if !is_fn_error && response.status() != StatusCode::BAD_REQUEST {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY_BYTES).await else {
        return error_response(ApiError::Internal);
    };
    if !is_fn_error {
        // leptos_axum's own answer for a path that names no server function.
        return error_response(ApiError::NotFound(Message::new(
            "error-api-function-unknown",
        )));
    }
    let error = ApiError::de(bytes.clone());
    parts.status =
        StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    insert_retry_after(&mut parts.headers, &error);
    Response::from_parts(parts, Body::from(bytes))
}

fn error_response(error: ApiError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, error.ser()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    insert_retry_after(response.headers_mut(), &error);
    response
        .headers_mut()
        .insert("serverfnerror", HeaderValue::from_static("1"));
    response
}

/// For clients other than the app (scripts, proxies), which read the header, not the body.
fn insert_retry_after(headers: &mut axum::http::HeaderMap, error: &ApiError) {
    if let Some(seconds) = error.retry_after_seconds() {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
}
