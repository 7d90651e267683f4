use crate::helpers::spawn_app;

#[tokio::test]
async fn healthz_answers_ok_when_the_database_is_reachable() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok\n");
}

#[tokio::test]
async fn system_status_reports_the_version_and_the_applied_schema() {
    let app = spawn_app().await;
    let response = app.call("system_status", &[]).await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert!(body["schema_version"].as_i64().unwrap() >= 1, "{body}");
    // spawn_app() runs in test mode, so the captcha answer is readable.
    assert_eq!(body["test_mode"], true);
}

#[tokio::test]
async fn the_database_file_is_created_in_the_data_directory() {
    let app = spawn_app().await;
    assert!(app.data_dir.path().join("traces.sqlite").exists());
}
