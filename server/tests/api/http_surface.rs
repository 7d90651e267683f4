use crate::helpers::{spawn_app, INDEX_MARKER};

#[tokio::test]
async fn deep_links_get_the_app_so_the_router_can_show_them() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/production",
        "/training",
        "/eulogin/signup?service=training",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            response.text().await.unwrap().contains(INDEX_MARKER),
            "{path}"
        );
    }
}

#[tokio::test]
async fn hashed_assets_are_cached_and_compressed() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/app-0123456789abcdef.js"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn an_unknown_api_function_is_not_found_as_json() {
    let app = spawn_app().await;
    let response = app.call("no_such_function", &[]).await;
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["kind"], "not_found", "{body}");
}

#[tokio::test]
async fn security_headers_are_on_every_route() {
    let app = spawn_app().await;
    let requests = [
        app.client.get(app.url("/")),
        app.client.get(app.url("/eulogin/password?token=x")),
        app.client.get(app.url("/app-0123456789abcdef.js")),
        app.client.get(app.url("/healthz")),
        app.client.post(app.url("/api/system_status")),
        app.client.post(app.url("/api/no_such_function")),
        app.client
            .post(app.url("/api/system_status"))
            .header("origin", "https://evil.example"),
    ];
    for request in requests {
        let response = request.send().await.unwrap();
        let path = response.url().path().to_owned();
        let headers = response.headers();
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
    }
}

/// Every route: each server function (called wrongly or rightly), the app's pages, the
/// translations, the exports and a missing file.
#[tokio::test]
async fn security_headers_are_on_every_server_function_and_page() {
    let app = spawn_app().await;
    let mut paths: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    paths.sort();
    paths.dedup();
    let pages = [
        "/eulogin/signup",
        "/production/queue",
        "/training/register/operator/new",
        "/api/i18n/translations?code=de",
        "/api/approvals/export/queue.csv?instance=production",
        "/no-such-file.png",
    ];
    let mut checked = 0;
    for path in paths.iter().map(String::as_str).chain(pages) {
        for request in [
            app.client.get(app.url(path)),
            app.client.post(app.url(path)),
        ] {
            let response = request.send().await.unwrap();
            assert_ne!(response.status(), 500, "{path}");
            let headers = response.headers();
            for name in [
                "x-content-type-options",
                "x-frame-options",
                "referrer-policy",
                "content-security-policy",
            ] {
                assert!(headers.contains_key(name), "{path}: no {name}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 80, "{checked}");
}

#[tokio::test]
async fn each_language_is_sent_to_the_browser_on_its_own_compressed() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/i18n/translations?code=pl"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
    let response = app
        .client
        .get(app.url("/api/i18n/translations?code=pl"))
        .send()
        .await
        .unwrap();
    let polish: app::i18n::Compiled = response.json().await.unwrap();
    assert!(polish.has("error-internal"));
    assert_eq!(
        polish.format("error-internal", &[], &|_| "other"),
        app::i18n::tr_in(app::domain::Language::Polish, "error-internal", &[])
    );

    let unknown = app
        .client
        .get(app.url("/api/i18n/translations?code=xx"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);
    let body: serde_json::Value = unknown.json().await.unwrap();
    assert_eq!(body["kind"], "validation", "{body}");
}
