//! `spawn_app()`: the real server on 127.0.0.1:0 with its own data directory.

use server::config::Config;
use server::startup::Application;
use std::net::SocketAddr;
use tempfile::TempDir;

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    /// Kept so the directory (database, built app) lives as long as the test.
    pub data_dir: TempDir,
}

/// The `index.html` the test server serves as the built app.
pub const INDEX_MARKER: &str = "<!-- test index -->";

pub async fn spawn_app() -> TestApp {
    server::telemetry::init();
    let data_dir = tempfile::tempdir().expect("temporary directory");
    let dist = data_dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        format!("<html>{INDEX_MARKER}</html>"),
    )
    .unwrap();
    // Large enough to be worth compressing (tower-http skips bodies under 32 bytes).
    std::fs::write(
        dist.join("app-0123456789abcdef.js"),
        "console.log(1);\n".repeat(100),
    )
    .unwrap();

    let mut config = Config::with_defaults("127.0.0.1:0".parse().unwrap(), data_dir.path().into());
    config.dist_dir = dist;
    let app = Application::build(config).await.expect("server builds");
    let addr = app.addr();
    tokio::spawn(app.run_until_stopped());

    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        addr,
        client,
        data_dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Calls a server function the way the browser does: a URL-encoded form POST.
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/{endpoint}")))
            .form(form)
            .send()
            .await
            .expect("request reaches the server")
    }
}
