//! Random, oversized, truncated and wrongly typed payloads to every server function, as an
//! anonymous visitor and as logged-in people (a registrant and the Commission persona of the
//! training demo), from a fixed seed: never a 5xx, every refusal an `ApiError` a client can
//! show, and nothing stored by a refused call.

use crate::eulogin::PASSWORD;
use crate::helpers::{spawn_app_with, TestApp};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Map, Value};

/// Calls per endpoint and caller: every registered function (38 today) × 3 callers × 25 =
/// 2,850 cases.
const ROUNDS: usize = 25;

/// Field names the functions take, so that many payloads get past the first key lookup.
const KEYS: &[&str] = &[
    "instance",
    "id",
    "ids",
    "input",
    "filter",
    "after",
    "limit",
    "decision",
    "admin",
    "up_to",
    "email",
    "password",
    "confirmation",
    "token",
    "current",
    "new_email",
    "persona",
    "name",
    "country",
    "section",
    "activity",
    "role",
    "to",
    "language",
    "posts",
    "contact_email",
    "contact_phone",
    "additional_info",
    "idempotency_key",
    "time_zone",
    "notify_in_app",
    "preferences",
    "username",
    "first_name",
    "last_name",
    "captcha_id",
    "captcha_answer",
];

const STRINGS: &[&str] = &[
    "",
    " ",
    "production",
    "training",
    "PRODUCTION",
    "staging",
    "accept",
    "reject",
    "DE",
    "ZZ",
    "a@b",
    "x@example.org",
    "'; DROP TABLE accounts; --",
    "<script>alert(1)</script>",
    "\u{202e}evil",
    "\u{0}",
    "Ünïcödé ✓ 漢字",
    "%00",
    "../../etc/passwd",
    "9223372036854775807",
    "-1",
    "null",
    "{\"decision\":\"accept\"}",
];

fn random_string(rng: &mut StdRng) -> String {
    match rng.gen_range(0..4) {
        0 => STRINGS[rng.gen_range(0..STRINGS.len())].to_owned(),
        1 => (0..rng.gen_range(0..40))
            .map(|_| char::from_u32(rng.gen_range(0x20..0x2FFF)).unwrap_or('?'))
            .collect(),
        2 => "A".repeat(rng.gen_range(0..5000)),
        _ => format!("{}", rng.gen::<i64>()),
    }
}

fn random_value(rng: &mut StdRng, depth: u32) -> Value {
    let kinds = if depth > 3 { 5 } else { 7 };
    match rng.gen_range(0..kinds) {
        0 => Value::Null,
        1 => json!(rng.gen::<bool>()),
        2 => match rng.gen_range(0..4) {
            0 => json!(rng.gen::<i64>()),
            1 => json!(rng.gen_range(-3..1_000_000)),
            2 => json!(rng.gen::<f64>() * 1e300),
            _ => json!(u64::MAX),
        },
        3 | 4 => json!(random_string(rng)),
        5 => Value::Array(
            (0..rng.gen_range(0..6))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => Value::Object(random_object(rng, depth + 1)),
    }
}

fn random_object(rng: &mut StdRng, depth: u32) -> Map<String, Value> {
    let mut object = Map::new();
    for _ in 0..rng.gen_range(0..8) {
        let key = if rng.gen_bool(0.85) {
            KEYS[rng.gen_range(0..KEYS.len())].to_owned()
        } else {
            random_string(rng)
        };
        object.insert(key, random_value(rng, depth));
    }
    if rng.gen_bool(0.6) {
        object.insert(
            "instance".into(),
            json!(["production", "training"][rng.gen_range(0..2)]),
        );
    }
    object
}

/// One request body and its content type.
fn random_body(rng: &mut StdRng) -> (Vec<u8>, &'static str) {
    const JSON: &str = "application/json";
    match rng.gen_range(0..10) {
        // Plausible objects, the most interesting.
        0..=4 => (
            Value::Object(random_object(rng, 0))
                .to_string()
                .into_bytes(),
            JSON,
        ),
        // Any JSON value at all.
        5 => (random_value(rng, 0).to_string().into_bytes(), JSON),
        // Truncated JSON.
        6 => {
            let text = Value::Object(random_object(rng, 0)).to_string();
            let cut = rng.gen_range(0..=text.len());
            // Cutting inside a character is fine too: the server gets bytes, not text.
            (text.as_bytes()[..cut].to_vec(), JSON)
        }
        // Larger than any form sends.
        7 => (
            json!({ "instance": "production", "name": "x".repeat(70 * 1024) })
                .to_string()
                .into_bytes(),
            JSON,
        ),
        // Bytes that are not UTF-8, or deeply nested arrays.
        8 => {
            if rng.gen_bool(0.5) {
                (
                    (0..rng.gen_range(1..200))
                        .map(|_| rng.gen::<u8>())
                        .collect(),
                    JSON,
                )
            } else {
                let depth = rng.gen_range(100..3000);
                (
                    format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
                    JSON,
                )
            }
        }
        // A form post with garbage.
        _ => (
            format!("instance={}&id={}", random_string(rng), random_string(rng)).into_bytes(),
            "application/x-www-form-urlencoded",
        ),
    }
}

/// Row counts of every table with user data: a refused call must leave them as they were.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut conn = app.store.connection().await.unwrap();
    let mut out = Vec::new();
    for table in [
        "accounts",
        "email_tokens",
        "organisations",
        "role_requests",
        "role_request_submissions",
        "traces_users",
        "commission_members",
        "notifications",
        "audit_log",
        "outbox",
        "trainers",
    ] {
        out.push(
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
        );
    }
    out
}

async fn log_in(app: &TestApp, client: &reqwest::Client, email: &str) {
    let response = client
        .post(app.url("/api/eulogin/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn random_payloads_to_every_server_function_never_fault_or_store_anything() {
    let app = spawn_app_with(|config| config.training_demo = true).await;
    let mut endpoints: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    endpoints.sort();
    endpoints.dedup();
    assert!(endpoints.len() >= 38, "{endpoints:?}");

    app.registered("fuzzer", "fuzzer@example.org").await;
    let registrant = app.second_client();
    log_in(&app, &registrant, "fuzzer@example.org").await;
    let commission = app.second_client();
    let response = commission
        .post(app.url("/api/training/log_in_as"))
        .json(&json!({ "persona": "commission" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let callers = [
        ("anonymous", app.second_client()),
        ("registrant", registrant),
        ("commission", commission),
    ];

    let mut rng = StdRng::seed_from_u64(0x7AACE5);
    let mut cases = 0;
    let mut refused = 0;
    let mut faults = Vec::new();
    for endpoint in &endpoints {
        for (who, client) in &callers {
            for _ in 0..ROUNDS {
                let (body, content_type) = random_body(&mut rng);
                let before = fingerprint(&app).await;
                let response = client
                    .post(app.url(endpoint))
                    .header("content-type", content_type)
                    .body(body.clone())
                    .send()
                    .await
                    .expect("the server answers");
                cases += 1;
                let status = response.status().as_u16();
                let text = response.text().await.unwrap_or_default();
                if status >= 500 {
                    faults.push(format!(
                        "{who} {endpoint} → {status} {text} for {}",
                        String::from_utf8_lossy(&body)
                            .chars()
                            .take(200)
                            .collect::<String>()
                    ));
                    continue;
                }
                if status >= 400 {
                    refused += 1;
                    let error: Result<app::api::ApiError, _> = serde_json::from_str(&text);
                    if error.is_err() {
                        faults.push(format!(
                            "{who} {endpoint} → {status} without an ApiError: {text}"
                        ));
                    }
                    if fingerprint(&app).await != before {
                        faults.push(format!(
                            "{who} {endpoint} → {status} but the database changed, for {}",
                            String::from_utf8_lossy(&body)
                                .chars()
                                .take(200)
                                .collect::<String>()
                        ));
                    }
                }
            }
            // A random call may have logged the caller out: log back in for the next function,
            // past the per-address limit that the random failed logins ran into.
            app.clock.advance(16 * 60);
            match *who {
                "registrant" => log_in(&app, client, "fuzzer@example.org").await,
                "commission" => {
                    let response = client
                        .post(app.url("/api/training/log_in_as"))
                        .json(&json!({ "persona": "commission" }))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(response.status(), 200);
                }
                _ => {}
            }
        }
    }
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
    assert!(cases >= 2500, "{cases}");
    // Most random payloads are refused; the test would prove little otherwise.
    assert!(refused * 2 > cases, "{refused} of {cases} refused");
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
}
