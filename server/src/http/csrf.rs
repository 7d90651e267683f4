//! Cross-site request forgery: besides SameSite=Lax cookies, a state-changing call must come
//! from our own pages. Browsers say where a request comes from (`Origin`, `Sec-Fetch-Site`);
//! a call without either is not a browser's and carries no ambient cookies to abuse.

use app::api::ApiError;
use axum::extract::Request;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::server_fn::error::FromServerFnError;

pub async fn same_origin_only(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) || is_same_origin(&request)
    {
        return next.run(request).await;
    }
    tracing::warn!(
        origin = ?request.headers().get(header::ORIGIN),
        path = %request.uri().path(),
        "cross-site request refused"
    );
    let error = ApiError::CrossSite;
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "application/json")],
        error.ser(),
    )
        .into_response()
}

fn is_same_origin(request: &Request) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, rest)| rest);
    matches!((origin_host, host), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::post("/api/x").header("host", "127.0.0.1:3000");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn our_own_pages_and_non_browser_clients_pass() {
        assert!(is_same_origin(&request(&[])));
        assert!(is_same_origin(&request(&[(
            "origin",
            "http://127.0.0.1:3000"
        )])));
        assert!(is_same_origin(&request(&[
            ("origin", "http://127.0.0.1:3000"),
            ("sec-fetch-site", "same-origin")
        ])));
    }

    #[test]
    fn other_websites_are_refused() {
        assert!(!is_same_origin(&request(&[(
            "origin",
            "https://evil.example"
        )])));
        assert!(!is_same_origin(&request(&[("origin", "null")])));
        assert!(!is_same_origin(&request(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(!is_same_origin(&request(&[
            ("origin", "http://127.0.0.1:3000"),
            ("sec-fetch-site", "same-site")
        ])));
    }
}
