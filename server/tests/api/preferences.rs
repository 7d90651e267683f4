use crate::helpers::{english, spawn_app};

#[tokio::test]
async fn choosing_an_official_language_sets_the_language_cookie() {
    let app = spawn_app().await;
    let response = app.call("set_language", &[("code", "de")]).await;
    assert_eq!(response.status(), 200);
    let cookie = response
        .headers()
        .get("set-cookie")
        .expect("a cookie is set")
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("traces_lang=de;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert_eq!(response.json::<String>().await.unwrap(), "de");
}

#[tokio::test]
async fn an_unknown_language_is_a_validation_error_on_the_field() {
    let app = spawn_app().await;
    let response = app.call("set_language", &[("code", "xx")]).await;
    assert_eq!(response.status(), 400);
    assert!(response.headers().get("set-cookie").is_none());
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["kind"], "validation", "{body}");
    assert_eq!(body["detail"][0]["field"], "language", "{body}");
    let message = english(&body["detail"][0]["message"]);
    assert!(message.contains("24 official EU languages"), "{message}");
}

#[tokio::test]
async fn a_missing_argument_is_a_bad_request_not_a_server_error() {
    let app = spawn_app().await;
    let response = app.call("set_language", &[]).await;
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["kind"], "bad_request", "{body}");
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_it_is_read() {
    let app = spawn_app().await;
    let huge = "x".repeat(200 * 1024);
    let response = app.call("set_language", &[("code", &huge)]).await;
    assert_eq!(response.status(), 413);
    assert!(response.headers().get("set-cookie").is_none());
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["kind"], "too_large", "{body}");
}

/// Logged in, the choice on the top right is also the account's: another browser that logs in
/// gets it too.
#[tokio::test]
async fn a_logged_in_choice_becomes_the_accounts_interface_language() {
    let app = spawn_app().await;
    app.registered("polyglot", "polyglot@example.org").await;
    assert_eq!(
        app.login("polyglot@example.org", crate::eulogin::PASSWORD)
            .await
            .status(),
        200
    );
    assert_eq!(app.me().await["ui_language"], "en");
    let response = app.call("set_language", &[("code", "pl")]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.me().await["ui_language"], "pl");

    let elsewhere = app.second_client();
    let response = elsewhere
        .post(app.url("/api/eulogin/login"))
        .json(&serde_json::json!({ "email": "polyglot@example.org", "password": crate::eulogin::PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let user: serde_json::Value = response.json().await.unwrap();
    assert_eq!(user["ui_language"], "pl", "{user}");
}
