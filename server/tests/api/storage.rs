//! Reliability: a full or read-only disk under the real server binary. Saves are refused at
//! once with `StorageUnavailable` (503, `Retry-After`) instead of hanging or saying "something
//! went wrong"; pages, searches and the queue still answer; nothing saved before is lost or
//! damaged; and once space or write access is back, the same save goes through.
//!
//! The data directory is a small tmpfs that the test mounts, so these tests need root (as in
//! CI and on the developers' machines). Run without root they fail with a message saying so,
//! unless `TRACES_SKIP_ROOT_TESTS=1` is set, which skips them.
//!
//! Linux refuses to remount a file system read-only while a process has a file on it open for
//! writing (EBUSY), and SQLite keeps its database open for writing as long as it runs: a disk
//! cannot turn read-only under a running server except by a forced remount after a disk error,
//! which SQLite meets as an I/O error, parsed like a full disk. The read-only cases are
//! therefore a server stopped, its disk remounted read-only and the server started again,
//! which must stop at once with a clear message, and a data directory that is read-only from
//! the start.
//!
//! Mail goes out on its own, from the outbox worker: a mail handed to the SMTP server while
//! the disk is full goes out once, not again every second until its delivery can be written
//! down, and it is written down once space is back.

use crate::crash::{free_port, wait_until_up};
use crate::mail::SmtpSink;
use app::api::ApiError;
use serde_json::{json, Value};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

/// Long enough for any honest answer on a loaded machine: a request without an answer by
/// then is a hang, and fails the test.
const NO_HANG: Duration = Duration::from_secs(30);

/// `None` when the test is to be skipped (not root, and `TRACES_SKIP_ROOT_TESTS=1`).
fn root_or_skip(test: &str) -> Option<()> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        return Some(());
    }
    if std::env::var("TRACES_SKIP_ROOT_TESTS").as_deref() == Ok("1") {
        eprintln!("{test}: skipped, it mounts a tmpfs and needs root (TRACES_SKIP_ROOT_TESTS=1)");
        return None;
    }
    panic!(
        "{test} mounts a tmpfs and needs root; run the tests as root, or set \
         TRACES_SKIP_ROOT_TESTS=1 to skip the tests that need it"
    );
}

/// A tmpfs of a few MiB mounted on a fresh directory, unmounted when dropped (panics too).
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size_mib: u32) -> Self {
        let dir = tempfile::tempdir().expect("a mount point");
        run(Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size_mib}m,mode=0755")])
            .arg("tmpfs")
            .arg(dir.path()));
        Self { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Only possible while no process has a file here open for writing.
    fn remount(&self, mode: &str) {
        run(Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(self.path()));
    }

    /// Writes a file until the file system has no space left; returns its path.
    fn fill(&self) -> PathBuf {
        let path = self.path().join("filler");
        let mut file = File::create(&path).expect("the filler file");
        for size in [1 << 20, 4096] {
            let block = vec![0xa5_u8; size];
            loop {
                match file.write(&block) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => break,
                    Err(e) => panic!("filling {}: {e}", path.display()),
                }
            }
        }
        path
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount").arg(self.path()).status();
        if !matches!(unmounted, Ok(s) if s.success()) {
            // Still busy (a server that outlived a panic): detach it now, freed when unused.
            let _ = Command::new("umount").arg("-l").arg(self.path()).status();
        }
    }
}

fn run(command: &mut Command) {
    let output = command.output().expect("the command runs");
    assert!(
        output.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The real binary on a loopback port, killed when dropped; its log goes to `log`.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// Mail goes to the built-in mailbox, unless `smtp_url` names an SMTP server.
    fn spawn(data_dir: &Path, dist: &Path, log: &Path, smtp_url: Option<&str>) -> Self {
        let port = free_port();
        // Appended: a test that starts the server again keeps the earlier runs' lines.
        let log_file = File::options()
            .create(true)
            .append(true)
            .open(log)
            .expect("the server's log file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
        command
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .arg("--data-dir")
            .arg(data_dir)
            .arg("--dist-dir")
            .arg(dist)
            .env("TRACES_TEST_MODE", "1")
            .env("RUST_LOG", "warn")
            .stdout(log_file.try_clone().expect("the server's log file"))
            .stderr(log_file);
        if let Some(url) = smtp_url {
            command.args(["--smtp-url", url]);
        }
        let child = command.spawn().expect("the server binary starts");
        Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    async fn start(data_dir: &Path, dist: &Path, log: &Path) -> Self {
        Self::start_with_smtp(data_dir, dist, log, None).await
    }

    async fn start_with_smtp(
        data_dir: &Path,
        dist: &Path,
        log: &Path,
        smtp_url: Option<&str>,
    ) -> Self {
        let server = Self::spawn(data_dir, dist, log, smtp_url);
        wait_until_up(&server.base).await;
        server
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// SIGTERM, as a service manager stops it, and waits for the exit.
    fn stop(mut self) {
        // SAFETY: kill with the id of our own child process, which has not been waited for.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
        self.child.wait().expect("the server exits");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser of its own: cookies, and the time limit that tells an answer from a hang.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .timeout(NO_HANG)
        .build()
        .unwrap()
}

async fn log_in_as(server: &Server, persona: &str) -> reqwest::Client {
    let client = browser();
    let (status, body) = call(
        &client,
        server,
        "training/log_in_as",
        json!({ "persona": persona }),
    )
    .await;
    assert_eq!(status, 200, "log in as {persona}: {body}");
    client
}

/// A server function call, as status and body, with its `Retry-After` header in the body
/// under `retry_after` when there is one. A call that times out fails the test as a hang.
async fn call(
    client: &reqwest::Client,
    server: &Server,
    endpoint: &str,
    body: Value,
) -> (u16, Value) {
    let request = client
        .post(server.url(&format!("/api/{endpoint}")))
        .json(&body);
    answer(endpoint, request).await
}

/// A server function that takes a URL-encoded form, as `call` answers.
async fn call_form(
    client: &reqwest::Client,
    server: &Server,
    endpoint: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let request = client
        .post(server.url(&format!("/api/{endpoint}")))
        .form(form);
    answer(endpoint, request).await
}

async fn answer(endpoint: &str, request: reqwest::RequestBuilder) -> (u16, Value) {
    let response = request
        .send()
        .await
        .unwrap_or_else(|e| panic!("{endpoint}: no answer within {NO_HANG:?}, a hang: {e}"));
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut body: Value = response.json().await.unwrap_or(Value::Null);
    if let (Some(seconds), Value::Object(map)) = (retry_after, &mut body) {
        map.insert("retry_after".into(), seconds.into());
    }
    (status, body)
}

/// The answer to a save the storage could not keep.
fn assert_refused_for_storage(endpoint: &str, status: u16, body: &Value) {
    assert_eq!(status, 503, "{endpoint}: {body}");
    let error: ApiError = serde_json::from_value(body.clone())
        .unwrap_or_else(|e| panic!("{endpoint}: not an ApiError ({e}): {body}"));
    assert_eq!(error, ApiError::StorageUnavailable, "{endpoint}");
    assert!(
        error
            .to_string()
            .contains("Nothing of what you entered was saved"),
        "{error}"
    );
    assert!(
        body["retry_after"].as_str().is_some(),
        "{endpoint}: no Retry-After: {body}"
    );
}

fn submission(organisation_id: i64, key: &str) -> Value {
    json!({ "instance": "training", "input": {
        "posts": [{ "organisation_id": organisation_id }],
        "additional_info": "Sent to a server whose disk fills up.",
        "contact_email": "ines.laurent@demo.traces-training.example",
        "idempotency_key": key,
    }})
}

fn decision(id: i64) -> Value {
    json!({ "instance": "training", "id": id, "decision": { "decision": "accept" } })
}

async fn captcha(server: &Server) -> (String, String) {
    let (status, body) = call(&browser(), server, "eulogin/captcha", json!({})).await;
    assert_eq!(status, 200, "{body}");
    (
        body["id"].as_str().unwrap().to_owned(),
        body["test_code"].as_str().expect("test mode").to_owned(),
    )
}

fn sign_up(n: usize, (id, code): &(String, String)) -> Value {
    let email = format!("full-disk-{n}@example.org");
    json!({ "input": {
        "username": format!("fulldisk{n}"), "first_name": "Anna", "last_name": "Smith",
        "email": email, "email_confirm": email, "email_language": "de",
        "captcha_id": id, "captcha_answer": code, "privacy_accepted": true
    }})
}

/// Sends the saves one after another until one is refused for storage; each one before it
/// must have been kept (200). A save may still fit in space SQLite's files already hold, so
/// the first may go through. Returns the refused save's index: how many were kept before it.
async fn until_refused(
    client: &reqwest::Client,
    server: &Server,
    endpoint: &str,
    saves: &[Value],
) -> usize {
    for (i, save) in saves.iter().enumerate() {
        let (status, body) = call(client, server, endpoint, save.clone()).await;
        if status == 200 {
            continue;
        }
        assert_refused_for_storage(endpoint, status, &body);
        return i;
    }
    panic!(
        "{endpoint}: {} saves on a full disk all went through",
        saves.len()
    );
}

/// The reads of the app's pages: the page itself, a search, the queue, the person's requests.
async fn reads_answer(server: &Server, importer: &reqwest::Client, commission: &reqwest::Client) {
    let page = importer
        .get(server.url("/training"))
        .send()
        .await
        .expect("the page answers");
    assert_eq!(page.status(), 200, "the app's page");
    let reads = [
        (
            importer,
            "traces/search_operators",
            json!({ "instance": "training", "country": null, "section": null,
                    "activity": null, "name": "", "after": null, "limit": 10 }),
        ),
        (
            importer,
            "traces/my_requests",
            json!({ "instance": "training" }),
        ),
        (
            commission,
            "approvals/queue",
            json!({ "instance": "training", "filter": {}, "after": null, "limit": 20 }),
        ),
        (importer, "eulogin/me", json!({})),
    ];
    for (client, endpoint, body) in reads {
        let (status, answer) = call(client, server, endpoint, body).await;
        assert_eq!(status, 200, "{endpoint} while saves fail: {answer}");
    }
}

async fn health(server: &Server) -> (u16, String) {
    let response = browser()
        .get(server.url("/healthz"))
        .send()
        .await
        .expect("/healthz answers");
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Operators of the demo world nobody has asked for yet, straight from the file.
async fn free_operators(database: &Path) -> Vec<i64> {
    let mut db = read_only(database).await;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT o.id FROM organisations o
         WHERE o.instance = 'training' AND o.kind = 'operator' AND o.status IN ('new', 'valid')
           AND NOT EXISTS (SELECT 1 FROM role_requests r WHERE r.organisation_id = o.id)
         ORDER BY o.id",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    db.close().await.unwrap();
    ids
}

async fn read_only(database: &Path) -> sqlx::SqliteConnection {
    // On a read-only disk SQLite cannot make the WAL index it needs to read a database whose
    // server closed it (no `-wal`, no `-shm` left): there, no process can change the file while
    // this looks at it. A server that did not close it left both, and they are read as usual.
    let read_only_disk = File::options().append(true).open(database).is_err();
    let mut wal = database.as_os_str().to_owned();
    wal.push("-wal");
    let closed = !Path::new(&wal).exists();
    SqliteConnectOptions::new()
        .filename(database)
        .read_only(true)
        .immutable(read_only_disk && closed)
        .connect()
        .await
        .expect("the database opens")
}

/// `PRAGMA integrity_check` on the whole file, and the ids of the requests this test sent.
async fn check_file(database: &Path) -> Vec<(i64, String)> {
    let mut db = read_only(database).await;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert_eq!(integrity, ["ok"], "the database is damaged");
    let requests = sqlx::query_as(
        "SELECT id, status FROM role_requests
         WHERE additional_info = 'Sent to a server whose disk fills up.' ORDER BY id",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    db.close().await.unwrap();
    requests
}

async fn accounts_named(database: &Path, pattern: &str) -> i64 {
    let mut db = read_only(database).await;
    let n = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE username LIKE ?")
        .bind(pattern)
        .fetch_one(&mut db)
        .await
        .unwrap();
    db.close().await.unwrap();
    n
}

fn dist() -> tempfile::TempDir {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(dist.path().join("index.html"), "<html></html>").unwrap();
    dist
}

/// What each test sets up: a tmpfs of `size_mib` as the data directory, the built app, and the
/// server's log in a directory of its own (off the disk, which may be full or read-only).
struct Scene {
    disk: Tmpfs,
    dist: tempfile::TempDir,
    database: PathBuf,
    log: PathBuf,
    _logs: tempfile::TempDir,
}

impl Scene {
    /// `None` when `test` is to be skipped (see [`root_or_skip`]).
    fn new(test: &str, size_mib: u32) -> Option<Self> {
        root_or_skip(test)?;
        let (disk, logs) = (Tmpfs::mount(size_mib), tempfile::tempdir().unwrap());
        Some(Self {
            database: disk.path().join("traces.sqlite"),
            log: logs.path().join("server.log"),
            dist: dist(),
            disk,
            _logs: logs,
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_saves_with_a_clear_answer_and_loses_nothing() {
    let Some(Scene {
        disk,
        dist,
        database,
        log,
        _logs,
    }) = Scene::new(
        "a_full_disk_refuses_saves_with_a_clear_answer_and_loses_nothing",
        32,
    )
    else {
        return;
    };
    let server = Server::start(disk.path(), dist.path(), &log).await;
    let importer = log_in_as(&server, "importer").await;
    let commission = log_in_as(&server, "commission").await;

    // Saved before the disk fills: requests, one of them decided.
    let operators = free_operators(&database).await;
    assert!(operators.len() >= 20, "{}", operators.len());
    let mut saved = Vec::new();
    for organisation in &operators[..8] {
        let (status, body) = call(
            &importer,
            &server,
            "traces/request_authorisation",
            submission(*organisation, &format!("before-full-{organisation}")),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        saved.push(body[0]["id"].as_i64().expect("the request's id"));
    }
    let (status, body) = call(&commission, &server, "approvals/decide", decision(saved[0])).await;
    assert_eq!(status, 200, "{body}");
    let mut captchas = Vec::new();
    for _ in 0..6 {
        captchas.push(captcha(&server).await);
    }
    let sign_ups: Vec<Value> = captchas
        .iter()
        .enumerate()
        .map(|(n, c)| sign_up(n, c))
        .collect();
    let requests: Vec<Value> = operators[8..14]
        .iter()
        .map(|o| submission(*o, &format!("disk-full-{o}")))
        .collect();
    let decisions: Vec<Value> = saved[1..].iter().map(|id| decision(*id)).collect();

    let filler = disk.fill();

    let anonymous = browser();
    let refused_sign_up = until_refused(&anonymous, &server, "eulogin/sign_up", &sign_ups).await;
    let refused_request = until_refused(
        &importer,
        &server,
        "traces/request_authorisation",
        &requests,
    )
    .await;
    let refused_decision =
        until_refused(&commission, &server, "approvals/decide", &decisions).await;

    reads_answer(&server, &importer, &commission).await;
    let (status, text) = health(&server).await;
    assert_eq!(
        (status, text.as_str()),
        (503, "database takes no writes: the disk is full\n")
    );

    // Space is back: the very saves that were refused go through, and the health check says
    // so once a write is kept. The sign-up comes with a new captcha, as the form asks for one
    // after any error: the refused one may have been used up by a check that fit on the disk.
    std::fs::remove_file(&filler).unwrap();
    let retries = [
        (
            &anonymous,
            "eulogin/sign_up",
            sign_up(refused_sign_up, &captcha(&server).await),
        ),
        (
            &importer,
            "traces/request_authorisation",
            requests[refused_request].clone(),
        ),
        (
            &commission,
            "approvals/decide",
            decisions[refused_decision].clone(),
        ),
    ];
    for (client, endpoint, save) in retries {
        let (status, body) = call(client, &server, endpoint, save).await;
        assert_eq!(
            status,
            200,
            "{endpoint} once space is back: {body}. The server's log:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
    }
    assert_eq!(health(&server).await, (200, "ok\n".to_owned()));
    server.stop();

    let requests = check_file(&database).await;
    let ids: Vec<i64> = requests.iter().map(|(id, _)| *id).collect();
    for id in &saved {
        assert!(
            ids.contains(id),
            "request {id}, saved before the disk filled, is gone"
        );
    }
    // Kept before the refusal, and the retry: nothing refused was half-saved.
    assert_eq!(
        requests.len(),
        saved.len() + refused_request + 1,
        "{requests:?}"
    );
    let accepted = requests
        .iter()
        .filter(|(_, status)| status == "valid")
        .count();
    assert_eq!(accepted, 1 + refused_decision + 1, "{requests:?}");
    assert_eq!(
        accounts_named(&database, "fulldisk%").await,
        (refused_sign_up + 1) as i64
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_disk_stops_the_start_clearly_and_a_writable_one_resumes() {
    let Some(Scene {
        disk,
        dist,
        database,
        log,
        _logs,
    }) = Scene::new(
        "a_read_only_disk_stops_the_start_clearly_and_a_writable_one_resumes",
        32,
    )
    else {
        return;
    };
    let server = Server::start(disk.path(), dist.path(), &log).await;
    let importer = log_in_as(&server, "importer").await;
    let operators = free_operators(&database).await;
    let (status, body) = call(
        &importer,
        &server,
        "traces/request_authorisation",
        submission(operators[0], "before-read-only"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let before = body[0]["id"].as_i64().unwrap();
    server.stop();

    disk.remount("ro");
    let mut refused = Server::spawn(disk.path(), dist.path(), &log, None);
    let exit = wait_for_exit(&mut refused.child, &log).await;
    assert!(!exit.success(), "the server started on a read-only disk");
    let said = std::fs::read_to_string(&log).unwrap();
    assert!(
        said.contains("cannot write the database") && said.contains("writable file system"),
        "{said}"
    );
    drop(refused);
    let requests = check_file(&database).await;
    assert_eq!(requests, [(before, "pending".to_owned())]);

    disk.remount("rw");
    let server = Server::start(disk.path(), dist.path(), &log).await;
    let importer = log_in_as(&server, "importer").await;
    let (status, mine) = call(
        &importer,
        &server,
        "traces/my_requests",
        json!({ "instance": "training" }),
    )
    .await;
    assert_eq!(status, 200, "{mine}");
    assert!(
        mine.to_string().contains(&format!("\"id\":{before}")),
        "{mine}"
    );
    let (status, body) = call(
        &importer,
        &server,
        "traces/request_authorisation",
        submission(operators[1], "after-read-only"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    server.stop();
    assert_eq!(check_file(&database).await.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_on_an_empty_read_only_directory_stops_with_a_clear_message() {
    let Some(Scene {
        disk,
        dist,
        log,
        _logs,
        ..
    }) = Scene::new(
        "a_server_on_an_empty_read_only_directory_stops_with_a_clear_message",
        4,
    )
    else {
        return;
    };
    disk.remount("ro");
    let mut server = Server::spawn(disk.path(), dist.path(), &log, None);
    let exit = wait_for_exit(&mut server.child, &log).await;
    assert!(!exit.success());
    let said = std::fs::read_to_string(&log).unwrap();
    let file = disk.path().join("traces.sqlite");
    assert!(
        said.contains(&format!("cannot write the database {}", file.display()))
            && said.contains("writable file system"),
        "{said}"
    );
}

/// The outbox's tries that failed and how the mail was delivered (`None`: not yet), for the
/// one mail to `address`, straight from the file.
async fn outbox_record(database: &Path, address: &str) -> (i64, Option<String>) {
    let mut db = read_only(database).await;
    let rows: Vec<(i64, Option<String>)> =
        sqlx::query_as("SELECT attempts, delivered_via FROM outbox WHERE to_address = ?")
            .bind(address)
            .fetch_all(&mut db)
            .await
            .unwrap();
    db.close().await.unwrap();
    assert_eq!(rows.len(), 1, "mail queued for {address}: {rows:?}");
    rows.into_iter().next().unwrap()
}

/// Looks at the outbox's record of the mail to `address` until `done` says yes; still not so
/// after `within` fails the test, with the server's log.
async fn outbox_until(
    database: &Path,
    address: &str,
    log: &Path,
    within: Duration,
    what: &str,
    done: impl Fn(&(i64, Option<String>)) -> bool,
) {
    let deadline = std::time::Instant::now() + within;
    loop {
        let record = outbox_record(database, address).await;
        if done(&record) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: not within {within:?} ({record:?}). The server's log:\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_sent_while_the_disk_is_full_arrives_once_and_is_recorded_when_space_is_back() {
    let Some(Scene {
        disk,
        dist,
        database,
        log,
        _logs,
    }) = Scene::new(
        "mail_sent_while_the_disk_is_full_arrives_once_and_is_recorded_when_space_is_back",
        32,
    )
    else {
        return;
    };
    // A port nobody listens on yet: the SMTP server is down.
    let smtp_port = free_port();
    let smtp_url = format!("smtp://127.0.0.1:{smtp_port}");
    let server = Server::start_with_smtp(disk.path(), dist.path(), &log, Some(&smtp_url)).await;
    let importer = log_in_as(&server, "importer").await;

    // One mail to an address outside the demo world, which goes out by SMTP: the sign-up's
    // link to set a password. It waits in the outbox while SMTP is down.
    let (status, body) = call(
        &browser(),
        &server,
        "eulogin/sign_up",
        sign_up(0, &captcha(&server).await),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let address = "full-disk-0@example.org";
    outbox_until(
        &database,
        address,
        &log,
        NO_HANG,
        "a try to send while SMTP is down",
        |(attempts, via)| *attempts > 0 && via.is_none(),
    )
    .await;

    // Until a write is refused, a write may still fit in space SQLite's files already hold,
    // and the worker's record of the delivery with it. The interface language is a write that
    // sends no mail.
    let filler = disk.fill();
    let mut kept = 0;
    loop {
        let code = ["de", "fr"][kept % 2];
        let (status, body) = call_form(&importer, &server, "set_language", &[("code", code)]).await;
        if status != 200 {
            assert_refused_for_storage("set_language", status, &body);
            break;
        }
        kept += 1;
        assert!(kept < 1000, "1000 writes on a full disk all went through");
    }

    // SMTP is back: the worker sends the mail, and cannot write down that it did.
    let sink = SmtpSink::start(smtp_port).await;
    // The next try waits out the backoff of the failed ones: 5 s after the first, longer if a
    // failure was still written down after the disk filled.
    let deadline = std::time::Instant::now() + 2 * NO_HANG;
    while sink.received().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the mail did not go out once SMTP was back. The server's log:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Several rounds of the worker (one a second), to catch the same mail sent again.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(
        sink.received().len(),
        1,
        "the mail was sent again while its delivery could not be recorded"
    );
    assert_eq!(
        outbox_record(&database, address).await.1,
        None,
        "the delivery was recorded on the full disk: this test tried nothing"
    );

    std::fs::remove_file(&filler).unwrap();
    outbox_until(
        &database,
        address,
        &log,
        NO_HANG,
        "the delivery recorded once space was back",
        |(_, via)| via.as_deref() == Some("smtp"),
    )
    .await;
    server.stop();
    let received = sink.received();
    assert_eq!(received.len(), 1, "each mail exactly once");
    assert!(
        received[0].contains(&format!("To: {address}")) && received[0].contains("token="),
        "{}",
        received[0]
    );
}

/// The exit of a server that must not start; still running after `NO_HANG` is a hang.
async fn wait_for_exit(child: &mut Child, log: &Path) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + NO_HANG;
    loop {
        if let Some(status) = child.try_wait().expect("the server's status") {
            return status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the server neither started nor stopped within {NO_HANG:?}: it hangs. Its log:\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
