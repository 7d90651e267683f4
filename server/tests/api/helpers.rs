//! `spawn_app()`: the real server on 127.0.0.1:0 with its own data directory.

use serde_json::Value;
use server::clock::ManualClock;
use server::config::Config;
use server::startup::Application;
use server::store::traces::NewOrganisation;
use std::net::SocketAddr;
use tempfile::TempDir;

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    /// The server's clock: tests move it to pass link expiry, lockouts and idle timeouts.
    pub clock: ManualClock,
    /// The server's store, to seed data (organisations) the way the import does.
    pub store: server::store::Store,
    /// Kept so the directory (database, built app) lives as long as the test.
    pub data_dir: TempDir,
}

/// The English words of a message as the API sends it (`{"id": …, "args": …}`): what a reader
/// of English sees.
pub fn english(message: &Value) -> String {
    serde_json::from_value::<app::i18n::Message>(message.clone())
        .unwrap_or_else(|e| panic!("not a message ({e}): {message}"))
        .to_string()
}

/// The `index.html` the test server serves as the built app.
pub const INDEX_MARKER: &str = "<!-- test index -->";

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// As `spawn_app`, with the configuration changed first (SMTP, for example).
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
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
    config.test_mode = true;
    // Most tests want an empty training instance; the training tests turn the demo on.
    config.training_demo = false;
    configure(&mut config);
    let clock = ManualClock::new();
    let app = Application::build_with_clock(config, std::sync::Arc::new(clock.clone()))
        .await
        .expect("server builds");
    let addr = app.addr();
    let store = app.state().store.clone();
    tokio::spawn(app.run_until_stopped());

    TestApp {
        addr,
        client: new_client(),
        clock,
        store,
        data_dir,
    }
}

/// A browser-like client with its own cookie jar.
fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
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

    /// Calls a server function declared with `input = Json`.
    pub async fn call_json(&self, endpoint: &str, body: Value) -> reqwest::Response {
        self.client
            .post(self.url(&format!("/api/{endpoint}")))
            .json(&body)
            .send()
            .await
            .expect("request reaches the server")
    }

    /// Another browser: its own cookies, the same server.
    pub fn second_client(&self) -> reqwest::Client {
        new_client()
    }

    /// Messages in the built-in mailbox for `to`, newest first, once there are `count` of them.
    pub async fn wait_for_mail(&self, to: &str, count: usize) -> Vec<Value> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let response = self
                .call_json("mailbox_list", serde_json::json!({ "to": to }))
                .await;
            let listed: Value = response.json().await.unwrap();
            let messages = listed.as_array().cloned().unwrap_or_default();
            if messages.len() >= count {
                return messages;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{count} message(s) to {to} not delivered in time: {listed}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// A number read straight from the database file, to check what a call left behind.
    pub async fn count(&self, sql: &str) -> i64 {
        let url = format!(
            "sqlite://{}?mode=ro",
            self.data_dir.path().join("traces.sqlite").display()
        );
        let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
        let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    }
}

/// Organisations of the directory, as the tests insert them.
/// An importer with an address in Warsaw, whatever its country.
pub fn operator(name: &str, country: &str, eori: &str) -> NewOrganisation {
    NewOrganisation {
        kind: "operator".into(),
        name: name.into(),
        country: country.into(),
        address: "ul. Marszałkowska 1".into(),
        city: "Warszawa".into(),
        postcode: "00-001".into(),
        section: "ORGANIC_OPERATOR".into(),
        activity: "IMPORTER".into(),
        phone: "+48 22 111 11 11".into(),
        eori: eori.into(),
        ..Default::default()
    }
}

pub fn authority(name: &str, country: &str, role: &str) -> NewOrganisation {
    NewOrganisation {
        kind: "authority".into(),
        name: name.into(),
        country: country.into(),
        authority_role: role.into(),
        ..Default::default()
    }
}

pub fn control_body(name: &str, code: &str, certified: &str) -> NewOrganisation {
    NewOrganisation {
        kind: "control_body".into(),
        name: name.into(),
        country: code[..2].into(),
        code: code.into(),
        certified_countries: certified.into(),
        ..Default::default()
    }
}
