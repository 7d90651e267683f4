//! The training instance as a trainer's tool: the demo world on first start, personas and
//! "log in as", the reset (trainers only, atomic, production untouched), and demo mail.

use crate::helpers::{english, spawn_app_with, TestApp};
use app::api::training::DEMO_PASSWORD;
use serde_json::{json, Value};

use server::training::world;

/// The demo world's sizes, read from its definition (server/demo/organisations.csv and
/// `training::world`): a reset must restore exactly these.
fn seed() -> (i64, i64, i64) {
    let organisations = server::directory::parse_file(world::ORGANISATIONS_CSV)
        .expect("valid demo directory")
        .len() as i64;
    (
        organisations,
        world::REQUESTS.len() as i64,
        world::PERSONAS.len() as i64,
    )
}

async fn spawn_training() -> TestApp {
    spawn_app_with(|config| config.training_demo = true).await
}

async fn post(
    client: &reqwest::Client,
    app: &TestApp,
    endpoint: &str,
    body: Value,
) -> (u16, Value) {
    let response = client
        .post(app.url(&format!("/api/{endpoint}")))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

impl TestApp {
    async fn training_counts(&self) -> (i64, i64, i64) {
        (
            self.count("SELECT COUNT(*) FROM organisations WHERE instance = 'training'")
                .await,
            self.count("SELECT COUNT(*) FROM role_requests WHERE instance = 'training'")
                .await,
            self.count("SELECT COUNT(*) FROM training_personas").await,
        )
    }

    async fn production_snapshot(&self) -> Vec<i64> {
        let mut out = Vec::new();
        for table in [
            "organisations",
            "role_requests",
            "role_request_submissions",
            "traces_users",
            "commission_members",
            "audit_log",
            "notifications",
        ] {
            out.push(
                self.count(&format!(
                    "SELECT COUNT(*) FROM {table} WHERE instance = 'production'"
                ))
                .await,
            );
        }
        out
    }

    /// A browser logged in as a persona.
    async fn as_persona(&self, key: &str) -> reqwest::Client {
        let client = self.second_client();
        let (status, body) = post(
            &client,
            self,
            "training/log_in_as",
            json!({ "persona": key }),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        client
    }
}

#[tokio::test]
async fn the_first_start_loads_the_demo_world_with_personas_and_a_queue() {
    let app = spawn_training().await;
    assert_eq!(app.training_counts().await, seed());
    assert_eq!(app.production_snapshot().await, vec![0; 7]);
    let (status, info) = post(&app.client, &app, "training/info", json!({})).await;
    assert_eq!(status, 200);
    let keys: Vec<&str> = info["personas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["importer", "inspector", "bcp", "cca", "admin", "commission"]
    );
    assert_eq!(info["trainer"], false);

    // The CCA persona has requests to decide; the importer none yet.
    let cca = app.as_persona("cca").await;
    let (status, page) = post(
        &cca,
        &app,
        "approvals/queue",
        json!({ "instance": "training", "filter": {}, "after": null, "limit": 50 }),
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(!page["items"].as_array().unwrap().is_empty());
    // A persona is nobody on production.
    let (status, _) = post(&cca, &app, "traces/me", json!({ "instance": "production" })).await;
    assert_eq!(status, 401);
    let (status, _) = post(&cca, &app, "traces/me", json!({ "instance": "training" })).await;
    assert_eq!(status, 200);

    let (status, body) = post(
        &app.client,
        &app,
        "training/log_in_as",
        json!({ "persona": "ghost" }),
    )
    .await;
    assert_eq!(status, 404, "{body}");
}

#[tokio::test]
async fn only_trainers_reset_and_a_reset_restores_the_seed_and_leaves_production_alone() {
    let app = spawn_training().await;
    // Production has a life of its own.
    app.registered("realperson", "real@example.org").await;
    let mut conn = app.store.connection().await.unwrap();
    server::store::traces::insert_organisation(
        &mut conn,
        app_domain_production(),
        &server::store::traces::NewOrganisation {
            kind: "authority".into(),
            name: "Real Production CCA".into(),
            country: "PL".into(),
            authority_role: "CCA".into(),
            ..Default::default()
        },
        0,
    )
    .await
    .unwrap();
    drop(conn);
    let production = app.production_snapshot().await;

    // Refused: anonymous, a real account without the role, a persona without the role.
    let (status, _) = post(&app.second_client(), &app, "training/reset", json!({})).await;
    assert_eq!(status, 401);
    let importer = app.as_persona("importer").await;
    let (status, _) = post(&importer, &app, "training/reset", json!({})).await;
    assert_eq!(status, 403);

    // The importer changes the training world: a request.
    let (status, found) = post(
        &importer,
        &app,
        "traces/search_operators",
        json!({ "instance": "training", "country": "DE", "section": null, "activity": null,
                "name": "fiktiv", "after": null, "limit": 5 }),
    )
    .await;
    assert_eq!(status, 200, "{found}");
    let organisation = found["items"][0]["id"].as_i64().unwrap();
    let (status, body) = post(
        &importer,
        &app,
        "traces/request_authorisation",
        json!({ "instance": "training", "input": {
            "posts": [{ "organisation_id": organisation }], "additional_info": "",
            "contact_email": "ines.laurent@demo.traces-training.example", "contact_phone": "",
            "idempotency_key": "demo-request-1" }}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(app.training_counts().await.1, seed().1 + 1);

    // The Commission persona is a trainer; the reset puts the seed back exactly.
    let commission = app.as_persona("commission").await;
    let (status, info) = post(&commission, &app, "training/info", json!({})).await;
    assert_eq!((status, info["trainer"].clone()), (200, json!(true)));
    let (status, done) = post(&commission, &app, "training/reset", json!({})).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["organisations"], seed().0);
    assert_eq!(done["requests"], seed().1);
    assert_eq!(app.training_counts().await, seed());
    assert_eq!(app.production_snapshot().await, production);
    // The persona still logs in (same account, same password).
    let (status, _) = post(
        &importer,
        &app,
        "traces/me",
        json!({ "instance": "training" }),
    )
    .await;
    assert_eq!(status, 200);

    // A real account named by the command becomes a trainer too.
    assert_eq!(
        server::admin::grant_trainer(&app.store, "real@example.org", 0)
            .await
            .unwrap(),
        server::admin::Granted::Now
    );
    let (status, _) = post(
        &app.client,
        &app,
        "eulogin/login",
        json!({ "email": "real@example.org", "password": crate::eulogin::PASSWORD }),
    )
    .await;
    assert_eq!(status, 200);
    let (status, done) = post(&app.client, &app, "training/reset", json!({})).await;
    assert_eq!(status, 200, "{done}");
}

fn app_domain_production() -> app::domain::Instance {
    app::domain::Instance::Production
}

#[tokio::test]
async fn concurrent_resets_and_requests_leave_one_consistent_world() {
    let app = spawn_training().await;
    let commission = app.as_persona("commission").await;
    let importer = app.as_persona("importer").await;
    for round in 0..3 {
        let (status, found) = post(
            &importer,
            &app,
            "traces/search_operators",
            json!({ "instance": "training", "country": "FR", "section": null, "activity": null,
                    "name": "", "after": null, "limit": 5 }),
        )
        .await;
        assert_eq!(status, 200);
        // Another operator each round: a request of an earlier round may have survived.
        let organisation = found["items"][round]["id"].as_i64().unwrap();
        let request = post(
            &importer,
            &app,
            "traces/request_authorisation",
            json!({ "instance": "training", "input": {
                "posts": [{ "organisation_id": organisation }], "additional_info": "",
                "contact_email": "ines.laurent@demo.traces-training.example",
                "contact_phone": "", "idempotency_key": format!("race-key-{round}") }}),
        );
        let (a, b, c) = tokio::join!(
            post(&commission, &app, "training/reset", json!({})),
            post(&commission, &app, "training/reset", json!({})),
            request,
        );
        assert_eq!((a.0, b.0), (200, 200), "{a:?} {b:?}");
        // The request landed before a reset (wiped), or after both (its organisation is
        // gone: refused), or between them: never half a world.
        assert!(matches!(c.0, 200 | 404), "{c:?}");
        let (organisations, requests, personas) = app.training_counts().await;
        let (seed_organisations, seed_requests, seed_personas) = seed();
        assert_eq!(
            (organisations, personas),
            (seed_organisations, seed_personas)
        );
        assert!(
            requests == seed_requests || requests == seed_requests + 1,
            "{requests}"
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM role_requests r WHERE instance = 'training'
                 AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = r.organisation_id)"
            )
            .await,
            0
        );
    }
}

#[tokio::test]
async fn demo_mail_stays_in_the_mailbox_even_with_smtp() {
    // An SMTP server nobody listens on: real mail waits, demo mail is in the mailbox.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(|config| {
        config.training_demo = true;
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    })
    .await;
    let importer = app.as_persona("importer").await;
    let (_, found) = post(
        &importer,
        &app,
        "traces/search_operators",
        json!({ "instance": "training", "country": "DE", "section": null, "activity": null,
                "name": "Öko-Fiktiv", "after": null, "limit": 1 }),
    )
    .await;
    let organisation = found["items"][0]["id"].as_i64().unwrap();
    let (status, body) = post(
        &importer,
        &app,
        "traces/request_authorisation",
        json!({ "instance": "training", "input": {
            "posts": [{ "organisation_id": organisation }], "additional_info": "",
            "contact_email": "ines.laurent@demo.traces-training.example", "contact_phone": "",
            "idempotency_key": "mail-demo-1" }}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // The CCA persona decides German requests: told by mail, in the mailbox.
    let mail = app
        .wait_for_mail("jonas.vogel@demo.traces-training.example", 1)
        .await;
    assert!(mail[0]["body"]
        .as_str()
        .unwrap()
        .contains("/training/queue/"));
}

#[tokio::test]
async fn the_demo_people_keep_their_details_whoever_logs_in_as_them() {
    let app = spawn_training().await;
    let importer = app.as_persona("importer").await;
    let (status, me) = post(&importer, &app, "eulogin/me", json!({})).await;
    assert_eq!(status, 200, "{me}");
    let email = me["email"]
        .as_str()
        .expect("the persona's address")
        .to_owned();
    let first_name = me["first_name"].clone();
    assert_eq!(
        me["shared_demo_person"], true,
        "the account page says so: {me}"
    );

    let new_password = "a brand new passphrase for everyone";
    for (endpoint, body) in [
        (
            "eulogin/update_profile",
            json!({ "input": { "first_name": "Renamed", "last_name": "Trainee",
                "email_language": "en", "ui_language": "en" } }),
        ),
        (
            "eulogin/change_password",
            json!({ "current": DEMO_PASSWORD, "password": new_password,
                "confirmation": new_password }),
        ),
        (
            "eulogin/request_email_change",
            json!({ "new_email": "mine@example.org", "confirmation": "mine@example.org" }),
        ),
    ] {
        let (status, body) = post(&importer, &app, endpoint, body).await;
        assert_eq!(status, 409, "{endpoint}: {body}");
        assert!(
            english(&body["detail"]).contains("shared by everyone in the room"),
            "{endpoint}: {body}"
        );
    }

    // Nor does a password link, which the demo mailbox shows to anyone.
    let before = app
        .count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE to_address = '{email}'"
        ))
        .await as usize;
    let (id, code) = app.captcha().await;
    let response = app
        .call_json(
            "eulogin/password_link",
            json!({ "email": email, "captcha_id": id, "captcha_answer": code }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let token = app.newest_link_token(&email, before + 1).await;
    let (status, body) = post(
        &app.second_client(),
        &app,
        "eulogin/check_link",
        json!({ "token": token }),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    let response = app.set_password(&token, new_password).await;
    assert_eq!(response.status(), 409);

    assert_eq!(app.login(&email, DEMO_PASSWORD).await.status(), 200);
    let (_, me) = post(
        &app.as_persona("importer").await,
        &app,
        "eulogin/me",
        json!({}),
    )
    .await;
    assert_eq!(me["first_name"], first_name);
    assert_eq!(me["email"], email);
}
