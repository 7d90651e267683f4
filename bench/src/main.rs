//! The benchmark: builds a realistic data set in a temporary data directory, starts the real
//! server binary on a loopback port, drives it with concurrent HTTP clients scenario by scenario
//! and writes `bench/REPORT.md`. Run it with `cargo run --release -p bench` (see the README).

mod data;
mod load;
mod names;
mod report;
mod scenarios;
mod server;

use clap::Parser;
use scenarios::{Bench, Outcome};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

#[derive(Parser, Debug)]
#[command(
    name = "bench",
    about = "Load benchmark of the TRACES NT registration server with a realistic data set; writes bench/REPORT.md"
)]
struct Args {
    #[arg(long, default_value_t = 100_000)]
    organisations: usize,
    #[arg(long, default_value_t = 10_000)]
    accounts: usize,
    #[arg(long, default_value_t = 100_000)]
    requests: usize,
    /// Concurrent clients per scenario.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Measured seconds per scenario.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Warm-up seconds per scenario, not counted.
    #[arg(long, default_value_t = 1)]
    warm_up_seconds: u64,
    /// The page of the directory search measured as "deep".
    #[arg(long, default_value_t = 200)]
    deep_page: usize,
    /// The built app (Trunk's dist/). Default: dist/ of the workspace.
    #[arg(long)]
    dist_dir: Option<PathBuf>,
    /// A server binary to run instead of building `target/release/server`.
    #[arg(long)]
    server_bin: Option<PathBuf>,
    /// Where to write the report. Default: bench/REPORT.md.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Keep the temporary data directory (its path is printed).
    #[arg(long)]
    keep_data: bool,
}

pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("bench/ is inside the workspace")
}

/// Scenarios of the issue that cannot run yet, listed in the report rather than faked.
const TO_ADD: &[&str] = &[];

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn step(text: &str) {
    eprintln!("bench: {text}");
}

async fn run(args: Args) -> Result<(), String> {
    let machine = report::Machine::read();
    let date = report::utc_now();
    let server_bin = server::server_binary(args.server_bin.clone())?;

    let temp = tempfile::Builder::new()
        .prefix("traces-bench-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let data_dir = temp.path().join("data");
    std::fs::create_dir_all(&data_dir).map_err(|e| e.to_string())?;
    step(&format!("data set in {}", data_dir.display()));
    let sizes = data::Sizes {
        organisations: args.organisations,
        accounts: args.accounts,
        requests: args.requests,
    };
    let data = Arc::new(
        data::build(&data_dir, sizes)
            .await
            .map_err(|e| format!("building the data set: {e}"))?,
    );
    step(&format!(
        "{} organisations, {} accounts, {} requests in {:.1} s",
        data.organisations(),
        data.accounts,
        data.requests,
        data.load_time.as_secs_f64()
    ));
    let search_counts =
        data::search_counts(&data_dir, scenarios::SEARCH_COUNTRY, scenarios::SEARCH_NAME)
            .await
            .map_err(|e| e.to_string())?;

    // The logged-in workers are Commission users: they decide every request, the widest
    // queue there is. The requests they may decide (not their own), for the accept scenario.
    let decidable = data::make_commission(&data_dir, args.concurrency.max(1))
        .await
        .map_err(|e| e.to_string())?;

    let (dist_dir, static_path, dist_note, built) = dist(&args, temp.path())?;
    step(&format!("starting {}", server_bin.display()));
    let running = server::RunningServer::start(&server_bin, &data_dir, &dist_dir).await?;
    step(&format!("server at {}", running.base));

    let load = load::Load {
        concurrency: args.concurrency.max(1),
        warm_up: Duration::from_secs(args.warm_up_seconds),
        duration: Duration::from_secs(args.seconds.max(1)),
    };
    let mut sessions = Vec::with_capacity(load.concurrency);
    for index in 0..load.concurrency {
        let client = scenarios::client(&running.base, true);
        scenarios::log_in(&running.base, &client, &data, index)
            .await
            .map_err(|e| format!("logging in account {}: {e}", index + 1))?;
        sessions.push(client);
    }
    let bench = Bench {
        base: running.base.clone(),
        load,
        data: data.clone(),
        sessions: Arc::new(sessions),
        static_path,
        decidable: Arc::new(decidable),
    };

    let (outcomes, raw) =
        run_scenarios(&bench, running.pid(), args.deep_page, machine.cores()).await?;

    let peak_rss_kib = running.memory_kib("VmHWM");
    let end_rss_kib = running.memory_kib("VmRSS");
    let log = running.log.clone();
    running.stop();
    let database_bytes = ["traces.sqlite", "traces.sqlite-wal"]
        .iter()
        .filter_map(|f| std::fs::metadata(data_dir.join(f)).ok())
        .map(|m| m.len())
        .sum();

    let run = report::Run {
        date,
        machine: &machine,
        data: &data,
        search_counts,
        database_bytes,
        concurrency: load.concurrency,
        warm_up: load.warm_up,
        duration: load.duration,
        outcomes: &outcomes,
        raw_hash: raw,
        first_load: if built {
            report::first_load(&dist_dir)
        } else {
            None
        },
        dist_note,
        peak_rss_kib,
        end_rss_kib,
        to_add: TO_ADD,
    };
    let text = report::render(&run);
    let path = args
        .report
        .clone()
        .unwrap_or_else(|| workspace_root().join("bench").join("REPORT.md"));
    report::write(&path, &text).map_err(|e| format!("writing {}: {e}", path.display()))?;
    println!("{text}");
    step(&format!("report written to {}", path.display()));
    if args.keep_data {
        let kept = temp.keep();
        step(&format!(
            "data kept in {} (server log: {})",
            kept.display(),
            log.display()
        ));
    }
    Ok(())
}

/// Runs every scenario in turn; the static asset first, as the ceiling the others are
/// compared with. Returns the outcomes and the raw argon2id rates.
async fn run_scenarios(
    bench: &Bench,
    pid: u32,
    deep_page: usize,
    cores: usize,
) -> Result<(Vec<Outcome>, report::RawHash), String> {
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut record = |mut batch: Vec<Outcome>| {
        for outcome in &mut batch {
            outcome.peak_rss_kib = server::memory_kib(pid, "VmHWM");
        }
        outcomes.extend(batch);
    };
    step("static asset");
    record(vec![scenarios::static_asset(bench).await]);
    step("directory search, first page");
    record(vec![scenarios::search_first_page(bench).await?]);
    step(&format!("directory search, walking to page {deep_page}"));
    record(scenarios::search_deep_page(bench, deep_page).await?.into());
    step("directory search, a name nobody has");
    record(vec![scenarios::search_no_match(bench).await?]);
    step("my requests");
    record(vec![scenarios::my_requests(bench).await]);
    step("approval queue, first page");
    record(vec![scenarios::queue_first_page(bench).await?]);
    step("approval queue, walking to 50,000 rows deep");
    record(scenarios::queue_deep_page(bench, 50_000).await?.into());
    step("accepting requests");
    record(vec![scenarios::accept_requests(bench).await?]);

    // The machine is shared: the raw rate is measured right before and right after the logins
    // (the server idle both times), and the login compared with their mean. The reference is
    // the argon2 crate's own verification on as many threads as concurrent logins, as it was
    // when the server ran each login on a thread of its own; the server now verifies on a pool
    // of one thread per core reusing its memory (`server::passwords`), whose rate in this
    // process is reported next to it, so the report shows both what the pool gains over the
    // crate and what the HTTP round trip costs over the pool.
    let seconds = bench.load.duration / 3;
    step("raw argon2id rate before the logins (server idle)");
    let before = raw_rates(bench, cores, seconds).await?;
    step("login");
    record(vec![scenarios::login(bench).await]);
    step("raw argon2id rate after the logins (server idle)");
    let after = raw_rates(bench, cores, seconds).await?;
    Ok((
        outcomes,
        report::RawHash {
            cores,
            concurrency: bench.load.concurrency,
            single: (before.0, after.0),
            all: (before.1, after.1),
            concurrent: (before.2, after.2),
            pool: (before.3, after.3),
        },
    ))
}

/// Verifications per second of the argon2 crate on 1 thread, on `cores` threads and on as many
/// threads as there are concurrent logins, then of the server's pool with as many callers.
async fn raw_rates(
    bench: &Bench,
    cores: usize,
    seconds: Duration,
) -> Result<(f64, f64, f64, f64), String> {
    let hash = bench.data.password_hash.clone();
    let concurrency = bench.load.concurrency;
    let (single, all, concurrent) = tokio::task::spawn_blocking({
        let hash = hash.clone();
        move || {
            (
                scenarios::raw_hash_rate(&hash, 1, seconds),
                scenarios::raw_hash_rate(&hash, cores, seconds),
                scenarios::raw_hash_rate(&hash, concurrency, seconds),
            )
        }
    })
    .await
    .map_err(|e| e.to_string())?;
    let pool = scenarios::pool_hash_rate(&hash, concurrency, seconds).await?;
    Ok((single, all, concurrent, pool))
}

/// The app to serve: the workspace's `dist/` when Trunk built it, otherwise a stand-in in the
/// temporary directory (an index.html and a ~300 KB file). Returns the directory, the static
/// asset's path, a sentence for the report and whether it is a real build.
fn dist(args: &Args, temp: &Path) -> Result<(PathBuf, String, String, bool), String> {
    let dist = args
        .dist_dir
        .clone()
        .unwrap_or_else(|| workspace_root().join("dist"));
    if dist.join("index.html").exists() {
        let wasm = std::fs::read_dir(&dist)
            .map_err(|e| e.to_string())?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|name| name.ends_with(".wasm"));
        if let Some(wasm) = wasm {
            let note = format!(
                "From `{}` (built by `trunk build --release`; the .gz/.br copies are made by scripts/compress-dist.sh). The static-asset scenario fetches the wasm the way the browser does, so the server sends its brotli copy.",
                dist.display()
            );
            return Ok((dist, format!("/{wasm}"), note, true));
        }
    }
    let stand_in = temp.join("dist");
    std::fs::create_dir_all(&stand_in).map_err(|e| e.to_string())?;
    std::fs::write(
        stand_in.join("index.html"),
        "<!doctype html><title>bench</title>",
    )
    .map_err(|e| e.to_string())?;
    // Incompressible, like a compressed wasm file of the same size.
    let mut bytes = vec![0u8; 300 * 1024];
    rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut bytes);
    let name = "app-0123456789abcdef_bg.wasm";
    std::fs::write(stand_in.join(name), bytes).map_err(|e| e.to_string())?;
    let note = format!(
        "No built app in `{}`: run `trunk build --release` first. The server served a stand-in dist/ (an index.html and a 300 KB file of random bytes as the static asset); first-load sizes are not reported.",
        dist.display()
    );
    Ok((stand_in, format!("/{name}"), note, false))
}
