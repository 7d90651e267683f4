//! Reliability: the server process killed with SIGKILL while people send authorisation requests
//! and decide them. After a restart on the same data directory, everything a client saw
//! acknowledged is there exactly once, and a client that retries what it never saw answered
//! gets the first submission back, not a second one.

use serde_json::{json, Value};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use std::collections::{BTreeMap, BTreeSet};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The real binary on `port` with the training demo world: personas log in without sign-up.
fn start(data_dir: &Path, port: u16) -> Child {
    start_logging_to(data_dir, port, Stdio::null())
}

fn start_logging_to(data_dir: &Path, port: u16, log: impl Into<Stdio>) -> Child {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--dist-dir")
        .arg(data_dir.join("dist"))
        .env("TRACES_TEST_MODE", "1")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("the server binary starts")
}

pub(crate) async fn wait_until_up(base: &str) {
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if let Ok(response) = client.get(format!("{base}/healthz")).send().await {
            if response.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not come up at {base}");
}

/// The server's database, to look at what it stored.
async fn read_only(data_dir: &Path) -> sqlx::SqlitePool {
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(
            SqliteConnectOptions::new()
                .filename(data_dir.join("traces.sqlite"))
                .read_only(true),
        )
        .await
        .expect("the database opens")
}

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn persona(base: &str, key: &str) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let response = client
        .post(format!("{base}/api/training/log_in_as"))
        .json(&json!({ "persona": key }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "log in as {key}");
    client
}

fn submission(organisation_id: i64, key: &str) -> Value {
    json!({ "instance": "training", "input": {
        "posts": [{ "organisation_id": organisation_id }],
        "additional_info": "Sent while the server is killed.",
        "contact_email": "ines.laurent@demo.traces-training.example",
        "idempotency_key": key,
    }})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn what_was_acknowledged_survives_kill_9_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("dist")).unwrap();
    std::fs::write(dir.path().join("dist/index.html"), "<html></html>").unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(dir.path(), port);
    wait_until_up(&base).await;

    // Operators of the demo world the importer persona has no open request for yet.
    let db = read_only(dir.path()).await;
    let organisations: Vec<(i64,)> = sqlx::query_as(
        "SELECT o.id FROM organisations o
         WHERE o.instance = 'training' AND o.kind = 'operator' AND o.status IN ('new', 'valid')
           AND NOT EXISTS (SELECT 1 FROM role_requests r WHERE r.organisation_id = o.id)
         ORDER BY o.id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    db.close().await;
    assert!(organisations.len() >= 40, "{}", organisations.len());

    let submitted: Arc<Mutex<BTreeMap<i64, i64>>> = Arc::default(); // organisation -> request
    let decided: Arc<Mutex<BTreeSet<i64>>> = Arc::default();
    let unanswered: Arc<Mutex<Vec<(i64, String)>>> = Arc::default();
    let (to_decide, mut decide_queue) = tokio::sync::mpsc::unbounded_channel::<i64>();

    let mut workers = Vec::new();
    for (worker, chunk) in organisations
        .chunks(organisations.len().div_ceil(3))
        .enumerate()
    {
        let client = persona(&base, "importer").await;
        let (base, chunk) = (base.clone(), chunk.to_vec());
        let (submitted, unanswered, to_decide) =
            (submitted.clone(), unanswered.clone(), to_decide.clone());
        workers.push(tokio::spawn(async move {
            for (organisation,) in chunk {
                // People, not a flood: the kill lands while most of them are still to come.
                tokio::time::sleep(Duration::from_millis(20)).await;
                let key = format!("crash-{worker}-{organisation}");
                let sent = client
                    .post(format!("{base}/api/traces/request_authorisation"))
                    .json(&submission(organisation, &key))
                    .send()
                    .await;
                let ok = match sent {
                    Ok(response) if response.status() == 200 => response.json::<Value>().await.ok(),
                    _ => None,
                };
                match ok {
                    Some(body) => {
                        let id = body[0]["id"].as_i64().expect("the request's id");
                        submitted.lock().unwrap().insert(organisation, id);
                        let _ = to_decide.send(id);
                    }
                    None => unanswered.lock().unwrap().push((organisation, key)),
                }
            }
        }));
    }
    drop(to_decide);
    // The Commission decides requests of every country.
    let decider = persona(&base, "commission").await;
    let decisions = {
        let (base, decided) = (base.clone(), decided.clone());
        tokio::spawn(async move {
            while let Some(id) = decide_queue.recv().await {
                let sent = decider
                    .post(format!("{base}/api/approvals/decide"))
                    .json(&json!({ "instance": "training", "id": id, "decision": { "decision": "accept" } }))
                    .send()
                    .await;
                match sent {
                    Ok(r) if r.status() == 200 => {
                        decided.lock().unwrap().insert(id);
                    }
                    Ok(r) => panic!(
                        "deciding {id}: {} {}",
                        r.status(),
                        r.text().await.unwrap_or_default()
                    ),
                    // The server is gone: the kill.
                    Err(_) => {}
                }
            }
        })
    };

    // Kill once a part of the work is acknowledged, while the rest is in flight.
    for _ in 0..400 {
        if submitted.lock().unwrap().len() >= organisations.len() / 3
            && decided.lock().unwrap().len() >= 3
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    for worker in workers {
        worker.await.unwrap();
    }
    decisions.await.unwrap();
    let submitted = submitted.lock().unwrap().clone();
    let decided = decided.lock().unwrap().clone();
    let unanswered = unanswered.lock().unwrap().clone();
    assert!(
        !submitted.is_empty() && !unanswered.is_empty(),
        "killed too early or too late: {} acknowledged, {} unanswered",
        submitted.len(),
        unanswered.len()
    );

    // Restart on the same files.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(dir.path(), port);
    wait_until_up(&base).await;

    // A client that never saw an answer sends again with the same key: the first submission
    // if it was stored, else a new one; never two.
    let importer = persona(&base, "importer").await;
    for (organisation, key) in &unanswered {
        let response = importer
            .post(format!("{base}/api/traces/request_authorisation"))
            .json(&submission(*organisation, key))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            200,
            "retry for organisation {organisation}"
        );
    }

    let db = read_only(dir.path()).await;
    let rows: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT id, organisation_id, status FROM role_requests
         WHERE instance = 'training' AND additional_info = 'Sent while the server is killed.'",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    let mut per_organisation: BTreeMap<i64, Vec<(i64, String)>> = BTreeMap::new();
    for (id, organisation, status) in rows {
        per_organisation
            .entry(organisation)
            .or_default()
            .push((id, status));
    }
    for (organisation, id) in &submitted {
        let stored = &per_organisation[organisation];
        assert_eq!(stored.len(), 1, "organisation {organisation}: {stored:?}");
        assert_eq!(stored[0].0, *id, "organisation {organisation}");
        if decided.contains(id) {
            assert_eq!(
                stored[0].1, "valid",
                "request {id} was acknowledged as accepted"
            );
        }
    }
    for (organisation, _) in &unanswered {
        assert_eq!(
            per_organisation[organisation].len(),
            1,
            "organisation {organisation}"
        );
    }
    db.close().await;
    server.kill().unwrap();
    server.wait().unwrap();
    println!(
        "killed after {} acknowledged submissions and {} acknowledged decisions; {} retried",
        submitted.len(),
        decided.len(),
        unanswered.len()
    );
}

/// A stop asked for (SIGTERM, as systemd and container runtimes do) closes the database: the
/// write-ahead log is folded into the file and removed, so the file alone holds everything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_requested_stop_leaves_the_database_file_complete() {
    let data_dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let log = data_dir.path().join("server.log");
    let mut server = start_logging_to(data_dir.path(), port, std::fs::File::create(&log).unwrap());
    wait_until_up(&base).await;
    let importer = persona(&base, "importer").await;
    let response = importer
        .post(format!("{base}/api/traces/my_requests"))
        .json(&json!({ "instance": "training" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let wal = data_dir.path().join("traces.sqlite-wal");
    assert!(wal.exists(), "a running server writes through its log");

    // SAFETY: kill has no memory preconditions; the pid is our own child's.
    let sent = unsafe { libc::kill(server.id() as libc::pid_t, libc::SIGTERM) };
    assert_eq!(sent, 0);
    let status = tokio::task::spawn_blocking(move || server.wait())
        .await
        .unwrap()
        .unwrap();
    let said = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(status.success(), "{status}: {said}");
    assert!(!wal.exists(), "the log was left behind: {said}");
    let db = read_only(data_dir.path()).await;
    let requests: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM role_requests")
        .fetch_one(&db)
        .await
        .unwrap();
    assert!(requests > 0, "the demo world's requests are in the file");
}
