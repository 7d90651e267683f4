//! One function per scenario. Each drives the running server over HTTP the way the browser
//! does (JSON server functions under `/api/…`, an `Origin` header, the session cookie, the
//! browser's `Accept-Encoding`) and returns its measurements.
//!
//! To add a scenario: write a function like `search_first_page`, call it from
//! `main::run_scenarios`, and give it a `Class` so the report applies the right targets.

use crate::data::{DataSet, INSTANCE, PASSWORD};
use crate::load::{drive, fetch, Load, Stats};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT_ENCODING, ORIGIN};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Results per page of the search pages (`PAGE_SIZE` in `app/src/pages/traces/posts.rs`).
pub const PAGE_SIZE: u32 = 20;
/// What Chromium sends.
const BROWSER_ENCODINGS: &str = "gzip, deflate, br, zstd";
/// The directory search: the country with most operators and a word many names contain.
pub const SEARCH_COUNTRY: &str = "IT";
pub const SEARCH_NAME: &str = "bio";
/// A name fragment nobody has: the search reads every operator of the country to say so.
pub const NO_MATCH_NAME: &str = "zqxw";

/// What the report does with a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// The ceiling: a file from `dist/`.
    Static,
    /// A read endpoint; `page` ones must also answer within the page latency target.
    Read {
        page: bool,
    },
    Login,
    /// A state change: reported, with no throughput target.
    Write,
}

pub struct Outcome {
    pub name: String,
    pub detail: String,
    pub class: Class,
    pub concurrency: usize,
    pub stats: Stats,
    /// The server's peak resident memory (`VmHWM`, KiB) once the scenario ended.
    pub peak_rss_kib: Option<u64>,
}

/// Everything a scenario needs.
pub struct Bench {
    pub base: String,
    pub load: Load,
    pub data: Arc<DataSet>,
    /// One logged-in client per concurrent worker, each its own person.
    pub sessions: Arc<Vec<reqwest::Client>>,
    /// The static asset of the ceiling (path under `/`).
    pub static_path: String,
    /// Pending requests the workers (Commission users) may accept, by id.
    pub decidable: Arc<Vec<i64>>,
}

/// A client like a browser tab of our own site: `Origin` on every request (the CSRF check),
/// optionally a cookie jar.
pub fn client(base: &str, cookies: bool) -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(
        ORIGIN,
        HeaderValue::from_str(base).expect("the base URL is a header value"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .cookie_store(cookies)
        .pool_max_idle_per_host(4)
        .build()
        .expect("an HTTP client")
}

fn api(base: &str, endpoint: &str) -> String {
    format!("{base}/api/{endpoint}")
}

/// Logs `client` in as account `index` (0-based).
pub async fn log_in(
    base: &str,
    client: &reqwest::Client,
    data: &DataSet,
    index: usize,
) -> Result<(), String> {
    fetch(
        client
            .post(api(base, "eulogin/login"))
            .json(&json!({ "email": data.emails[index], "password": PASSWORD })),
    )
    .await
    .map(|_| ())
}

fn search_body(country: &str, name: &str, after: Option<&str>) -> Value {
    json!({
        "instance": INSTANCE,
        "country": country,
        "section": null,
        "activity": null,
        "name": name,
        "after": after,
        "limit": PAGE_SIZE,
    })
}

/// One search page, read uncompressed (to follow `next`): `(items, next)`.
async fn search_page(bench: &Bench, body: &Value) -> Result<(usize, Option<String>), String> {
    let response = bench.sessions[0]
        .post(api(&bench.base, "traces/search_operators"))
        .json(body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    let text = response.text().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!("{status}: {text}"));
    }
    let page: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let items = page["items"].as_array().map_or(0, Vec::len);
    Ok((items, page["next"].as_str().map(str::to_owned)))
}

/// Sends `endpoint` with `body` from every worker's own session, as a browser would.
async fn drive_endpoint(bench: &Bench, endpoint: &str, body: Value) -> Stats {
    let url = api(&bench.base, endpoint);
    let body = Arc::new(body);
    let sessions = bench.sessions.clone();
    drive(bench.load, move |worker, _| {
        let request = sessions[worker % sessions.len()]
            .post(url.clone())
            .header(ACCEPT_ENCODING, BROWSER_ENCODINGS)
            .json(&*body);
        fetch(request)
    })
    .await
}

/// The ceiling: a file of the built app, as the browser asks for it (brotli when present).
pub async fn static_asset(bench: &Bench) -> Outcome {
    let url = format!("{}{}", bench.base, bench.static_path);
    let sessions = bench.sessions.clone();
    let stats = drive(bench.load, move |worker, _| {
        fetch(
            sessions[worker % sessions.len()]
                .get(url.clone())
                .header(ACCEPT_ENCODING, BROWSER_ENCODINGS),
        )
    })
    .await;
    let average = stats.bytes / (stats.count().max(1) as u64);
    Outcome {
        name: "Static asset (ceiling)".into(),
        detail: format!(
            "`GET {}` with `Accept-Encoding: {BROWSER_ENCODINGS}`, {average} bytes per response",
            bench.static_path
        ),
        class: Class::Static,
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    }
}

/// The first page of operators of `SEARCH_COUNTRY` whose name contains `SEARCH_NAME`.
pub async fn search_first_page(bench: &Bench) -> Result<Outcome, String> {
    let body = search_body(SEARCH_COUNTRY, SEARCH_NAME, None);
    let (items, _) = search_page(bench, &body).await?;
    if items != PAGE_SIZE as usize {
        return Err(format!("the first page has {items} rows, not {PAGE_SIZE}"));
    }
    let stats = drive_endpoint(bench, "traces/search_operators", body).await;
    Ok(Outcome {
        name: "Directory search, first page".into(),
        detail: format!(
            "`traces/search_operators` country {SEARCH_COUNTRY}, name “{SEARCH_NAME}”, {PAGE_SIZE} rows"
        ),
        class: Class::Read { page: true },
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    })
}

/// Follows `next` from the first page to page `depth` (one request at a time, as a person
/// paging would; these latencies are a scenario of their own), then fetches that deep page
/// repeatedly from every worker.
pub async fn search_deep_page(bench: &Bench, depth: usize) -> Result<[Outcome; 2], String> {
    let mut latencies = Vec::with_capacity(depth);
    let mut cursor: Option<String> = None;
    let mut page = 1;
    let started = Instant::now();
    loop {
        let body = search_body(SEARCH_COUNTRY, SEARCH_NAME, cursor.as_deref());
        let sent = Instant::now();
        let (_, next) = search_page(bench, &body).await?;
        latencies.push(sent.elapsed().as_micros() as u64);
        match next {
            Some(next) if page < depth => {
                cursor = Some(next);
                page += 1;
            }
            _ => break,
        }
    }
    let walk = Stats::from_latencies(latencies, started.elapsed());
    let body = search_body(SEARCH_COUNTRY, SEARCH_NAME, cursor.as_deref());
    let (items, _) = search_page(bench, &body).await?;
    let rows_before = (page - 1) * PAGE_SIZE as usize;
    let stats = drive_endpoint(bench, "traces/search_operators", body).await;
    Ok([
        Outcome {
            name: format!("Directory search, pages 1 to {page} in turn"),
            detail: "one client following `next`, no think time (same search as above)".into(),
            class: Class::Read { page: true },
            concurrency: 1,
            stats: walk,
            peak_rss_kib: None,
        },
        Outcome {
            name: format!("Directory search, page {page}"),
            detail: format!(
                "the same search after {rows_before} rows (keyset cursor `after`), {items} rows"
            ),
            class: Class::Read { page: true },
            concurrency: bench.load.concurrency,
            stats,
            peak_rss_kib: None,
        },
    ])
}

/// A name nobody has: the worst case of a substring search, every operator of the country read.
pub async fn search_no_match(bench: &Bench) -> Result<Outcome, String> {
    let body = search_body(SEARCH_COUNTRY, NO_MATCH_NAME, None);
    let (items, _) = search_page(bench, &body).await?;
    if items != 0 {
        return Err(format!("“{NO_MATCH_NAME}” found {items} rows"));
    }
    let stats = drive_endpoint(bench, "traces/search_operators", body).await;
    Ok(Outcome {
        name: "Directory search, a name nobody has".into(),
        detail: format!(
            "country {SEARCH_COUNTRY}, name “{NO_MATCH_NAME}”: 0 rows, every operator of the country is read"
        ),
        class: Class::Read { page: true },
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    })
}

/// Rows per page of the approval queue (`PAGE` in `app/src/pages/queue/list.rs`).
pub const QUEUE_PAGE: u32 = 50;

fn queue_body(after: Option<&str>, limit: u32) -> Value {
    json!({ "instance": INSTANCE, "filter": {}, "after": after, "limit": limit })
}

/// One queue page, read uncompressed: `(items, next)`.
async fn queue_page(bench: &Bench, body: &Value) -> Result<(usize, Option<String>), String> {
    let response = bench.sessions[0]
        .post(api(&bench.base, "approvals/queue"))
        .json(body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status();
    let text = response.text().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!("{status}: {text}"));
    }
    let page: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let items = page["items"].as_array().map_or(0, Vec::len);
    Ok((items, page["next"].as_str().map(str::to_owned)))
}

/// The Commission's queue (every pending request, newest first), first page.
pub async fn queue_first_page(bench: &Bench) -> Result<Outcome, String> {
    let body = queue_body(None, QUEUE_PAGE);
    let (items, _) = queue_page(bench, &body).await?;
    if items != QUEUE_PAGE as usize {
        return Err(format!("the first queue page has {items} rows"));
    }
    let stats = drive_endpoint(bench, "approvals/queue", body).await;
    Ok(Outcome {
        name: "Approval queue, first page".into(),
        detail: format!(
            "`approvals/queue` of a Commission user (all {} pending requests in scope), newest first, {QUEUE_PAGE} rows",
            bench.data.requests
        ),
        class: Class::Read { page: true },
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    })
}

/// Follows `next` (100 rows a page) until `rows` rows are behind, then fetches the page there
/// repeatedly from every worker.
pub async fn queue_deep_page(bench: &Bench, rows: usize) -> Result<[Outcome; 2], String> {
    const WALK: u32 = 100;
    let mut latencies = Vec::new();
    let mut cursor: Option<String> = None;
    let mut behind = 0;
    let started = Instant::now();
    while behind < rows {
        let sent = Instant::now();
        let (items, next) = queue_page(bench, &queue_body(cursor.as_deref(), WALK)).await?;
        latencies.push(sent.elapsed().as_micros() as u64);
        behind += items;
        match next {
            Some(next) => cursor = Some(next),
            None => return Err(format!("the queue ended after {behind} rows")),
        }
    }
    let walk = Stats::from_latencies(latencies, started.elapsed());
    let pages = walk.count();
    let body = queue_body(cursor.as_deref(), QUEUE_PAGE);
    let (items, _) = queue_page(bench, &body).await?;
    let stats = drive_endpoint(bench, "approvals/queue", body).await;
    Ok([
        Outcome {
            name: format!("Approval queue, pages 1 to {pages} in turn ({WALK} rows each)"),
            detail: "one client following `next`, no think time".into(),
            class: Class::Read { page: true },
            concurrency: 1,
            stats: walk,
            peak_rss_kib: None,
        },
        Outcome {
            name: format!("Approval queue, {behind} rows deep"),
            detail: format!("the page after {behind} rows (keyset cursor `after`), {items} rows"),
            class: Class::Read { page: true },
            concurrency: bench.load.concurrency,
            stats,
            peak_rss_kib: None,
        },
    ])
}

/// `approvals/decide` accepting pending requests, each once (the first validated member of an
/// organisation becomes its Administrator; the requester is notified in the app and by mail).
pub async fn accept_requests(bench: &Bench) -> Result<Outcome, String> {
    let url = api(&bench.base, "approvals/decide");
    let sessions = bench.sessions.clone();
    let ids = bench.decidable.clone();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let stats = drive(bench.load, move |worker, _| {
        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let id = ids.get(index).copied().unwrap_or(-1);
        let request = sessions[worker % sessions.len()]
            .post(url.clone())
            .header(ACCEPT_ENCODING, BROWSER_ENCODINGS)
            .json(&json!({ "instance": INSTANCE, "id": id, "decision": { "decision": "accept" } }));
        fetch(request)
    })
    .await;
    Ok(Outcome {
        name: "Accepting a request".into(),
        detail: "`approvals/decide` by a Commission user, each request once (one write transaction: decision, audit, notification, e-mail to the outbox)".into(),
        class: Class::Write,
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    })
}

/// The profile's list of the person's requests (each person here has about ten).
pub async fn my_requests(bench: &Bench) -> Outcome {
    let stats = drive_endpoint(bench, "traces/my_requests", json!({ "instance": INSTANCE })).await;
    Outcome {
        name: "My requests (profile)".into(),
        detail: format!(
            "`traces/my_requests`, about {} requests per person",
            bench.data.requests / bench.data.accounts.max(1)
        ),
        class: Class::Read { page: false },
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    }
}

/// `eulogin/login` with the right password, each time another account (argon2id verify, a
/// new session row).
pub async fn login(bench: &Bench) -> Outcome {
    let url = api(&bench.base, "eulogin/login");
    let clients: Arc<Vec<reqwest::Client>> = Arc::new(
        (0..bench.load.concurrency)
            .map(|_| client(&bench.base, false))
            .collect(),
    );
    let data = bench.data.clone();
    let concurrency = bench.load.concurrency;
    let stats = drive(bench.load, move |worker, iteration| {
        let index = (iteration as usize)
            .wrapping_mul(concurrency)
            .wrapping_add(worker)
            % data.emails.len();
        let request = clients[worker]
            .post(url.clone())
            .header(ACCEPT_ENCODING, BROWSER_ENCODINGS)
            .json(&json!({ "email": data.emails[index], "password": PASSWORD }));
        fetch(request)
    })
    .await;
    Outcome {
        name: "Login (argon2id)".into(),
        detail: "`eulogin/login`, a different account each time, no session cookie sent".into(),
        class: Class::Login,
        concurrency: bench.load.concurrency,
        stats,
        peak_rss_kib: None,
    }
}

/// argon2id verifications per second in this process, with the server's own function and
/// parameters, on `threads` threads for `duration`.
pub fn raw_hash_rate(hash: &str, threads: usize, duration: Duration) -> f64 {
    let started = Instant::now();
    let deadline = started + duration;
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let hash = hash.to_owned();
            std::thread::spawn(move || {
                let mut done = 0u64;
                while Instant::now() < deadline {
                    assert!(server::secrets::verify_password(PASSWORD, &hash));
                    done += 1;
                }
                done
            })
        })
        .collect();
    let total: u64 = handles.into_iter().map(|h| h.join().unwrap_or(0)).sum();
    total as f64 / started.elapsed().as_secs_f64()
}

/// argon2id verifications per second through the server's pool (`server::passwords::verify`,
/// one thread per core, memory reused) in this process, with `callers` verifying at once.
pub async fn pool_hash_rate(hash: &str, callers: usize, duration: Duration) -> Result<f64, String> {
    let started = Instant::now();
    let deadline = started + duration;
    let tasks: Vec<_> = (0..callers)
        .map(|_| {
            let hash = hash.to_owned();
            tokio::spawn(async move {
                let mut done = 0u64;
                while Instant::now() < deadline {
                    match server::passwords::verify(PASSWORD.to_owned(), hash.clone()).await {
                        Ok(true) => done += 1,
                        Ok(false) => return Err("the pool refused the password".to_owned()),
                        Err(err) => return Err(err.to_string()),
                    }
                }
                Ok(done)
            })
        })
        .collect();
    let mut total = 0;
    for task in tasks {
        total += task.await.map_err(|e| e.to_string())??;
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}
