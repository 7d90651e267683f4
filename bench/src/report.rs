//! `bench/REPORT.md`: the machine, the data set, a table per scenario and the targets, each
//! met or missed. Whatever follows `NOTES_MARKER` in the existing report (the analysis, written
//! by hand) is kept when the figures are rewritten.

use crate::data::DataSet;
use crate::load::Stats;
use crate::scenarios::{Class, Outcome};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const NOTES_MARKER: &str =
    "<!-- Everything below this line is written by hand and kept when the benchmark rewrites the report. -->";

/// Targets of the quality issue.
pub const PAGE_P99_MS: f64 = 10.0;
pub const READ_SHARE_OF_STATIC: f64 = 0.30;
pub const LOGIN_SHARE_OF_HASH_RATE: f64 = 0.80;
pub const FIRST_LOAD_BROTLI_BYTES: u64 = 250_000;

pub struct Machine {
    pub cpu_model: String,
    pub processors: usize,
    pub nproc: String,
    pub mem_total: String,
    pub load_average: String,
    pub kernel: String,
}

impl Machine {
    pub fn read() -> Self {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu_model = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("model name")?.split_once(':').map(|x| x.1))
            .unwrap_or("unknown")
            .trim()
            .to_owned();
        let processors = cpuinfo
            .lines()
            .filter(|l| l.starts_with("processor"))
            .count();
        let nproc = std::process::Command::new("nproc")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_else(|| "unknown".into());
        let mem_total = std::fs::read_to_string("/proc/meminfo")
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:").map(|x| x.trim().to_owned()))
            .unwrap_or_else(|| "unknown".into());
        let load_average = std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .unwrap_or_default()
            .trim()
            .to_owned();
        Self {
            cpu_model,
            processors,
            nproc,
            mem_total,
            load_average,
            kernel,
        }
    }

    /// The number of cores the server can use (nproc), for the raw hash rate.
    pub fn cores(&self) -> usize {
        self.nproc.parse().unwrap_or(self.processors.max(1))
    }
}

/// A file of the first load, with its precompressed copies.
pub struct AssetSize {
    pub name: String,
    pub raw: u64,
    pub gzip: Option<u64>,
    pub brotli: Option<u64>,
}

/// The wasm, JavaScript and CSS of `dist/`, or `None` without a built app.
pub fn first_load(dist: &Path) -> Option<Vec<AssetSize>> {
    let mut assets: Vec<AssetSize> = std::fs::read_dir(dist)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let wanted = [".wasm", ".js", ".css"]
                .iter()
                .any(|ext| name.ends_with(ext));
            let size = |suffix: &str| {
                std::fs::metadata(dist.join(format!("{name}{suffix}")))
                    .ok()
                    .map(|m| m.len())
            };
            let (gzip, brotli) = (size(".gz"), size(".br"));
            wanted.then(|| AssetSize {
                raw: entry.metadata().map(|m| m.len()).unwrap_or(0),
                gzip,
                brotli,
                name,
            })
        })
        .collect();
    assets.sort_by(|a, b| a.name.cmp(&b.name));
    Some(assets)
}

/// argon2id verifications per second in the benchmark process, before and after the logins.
pub struct RawHash {
    pub cores: usize,
    pub concurrency: usize,
    pub single: (f64, f64),
    pub all: (f64, f64),
    pub concurrent: (f64, f64),
    /// The server's hashing pool with `concurrency` callers.
    pub pool: (f64, f64),
}

impl RawHash {
    /// What the logins are compared with: as many threads as concurrent logins, mean of
    /// before and after.
    pub fn reference(&self) -> f64 {
        (self.concurrent.0 + self.concurrent.1) / 2.0
    }
}

/// Everything the report says.
pub struct Run<'a> {
    pub date: String,
    pub machine: &'a Machine,
    pub data: &'a DataSet,
    pub search_counts: (i64, i64),
    pub database_bytes: u64,
    pub concurrency: usize,
    pub warm_up: Duration,
    pub duration: Duration,
    pub outcomes: &'a [Outcome],
    pub raw_hash: RawHash,
    /// `None` when dist/ held no built app (a stand-in was served).
    pub first_load: Option<Vec<AssetSize>>,
    pub dist_note: String,
    pub peak_rss_kib: Option<u64>,
    pub end_rss_kib: Option<u64>,
    pub to_add: &'a [&'a str],
}

fn verdict(met: bool) -> &'static str {
    if met {
        "**met**"
    } else {
        "**missed**"
    }
}

fn ms(value: f64) -> String {
    if value.is_nan() {
        "–".into()
    } else if value < 10.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.1}")
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn static_throughput(outcomes: &[Outcome]) -> Option<f64> {
    outcomes
        .iter()
        .find(|o| o.class == Class::Static)
        .map(|o| o.stats.throughput())
}

fn row(out: &mut String, o: &Outcome, ceiling: Option<f64>) {
    let s: &Stats = &o.stats;
    let ratio = match (o.class, ceiling) {
        (Class::Static, _) => "100 %".to_owned(),
        (_, Some(c)) if c > 0.0 => format!("{:.0} %", 100.0 * s.throughput() / c),
        _ => "–".into(),
    };
    let errors = if s.errors == 0 {
        "0".to_owned()
    } else {
        format!(
            "**{}** ({})",
            s.errors,
            s.first_error.as_deref().unwrap_or("").replace('|', "/")
        )
    };
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {:.0} | {} | {} |",
        o.name,
        o.concurrency,
        thousands(s.count() as u64),
        errors,
        ms(s.percentile_ms(50.0)),
        ms(s.percentile_ms(99.0)),
        ms(s.max_ms()),
        s.throughput(),
        ratio,
        o.peak_rss_kib
            .map_or("–".to_owned(), |k| format!("{:.0}", k as f64 / 1024.0))
    );
}

pub fn render(run: &Run) -> String {
    let mut out = String::new();
    let m = run.machine;
    let d = run.data;
    let w = &mut out;
    let _ = writeln!(w, "# Benchmark report\n");
    let _ = writeln!(
        w,
        "Written by `cargo run --release -p bench` on {}. Every figure below was measured in that \
         run on this machine; nothing is estimated or carried over.\n",
        run.date
    );
    let _ = writeln!(w, "## Machine and set-up\n");
    let _ = writeln!(
        w,
        "- CPU: {} — `nproc` {}, {} processor(s) in /proc/cpuinfo; memory {}; Linux {}",
        m.cpu_model, m.nproc, m.processors, m.mem_total, m.kernel
    );
    let _ = writeln!(w, "- Load average when the run started: {} (the machine is shared with other builds, so figures move from run to run)", m.load_average);
    let _ = writeln!(w, "- Build profile: `release` for the server and the benchmark (`[profile.release]`: opt-level 3, no LTO, as the server ships)");
    let _ = writeln!(w, "- The real `server` binary on a loopback port (`--addr 127.0.0.1:<free port> --data-dir <temp> --dist-dir <dist>`), its own data directory, no SMTP (built-in mailbox), default log level; the clients run on the same cores");
    let _ = writeln!(
        w,
        "- Each scenario: {} concurrent clients (tokio tasks, reqwest over HTTP/1.1 keep-alive), a {:.0} s warm-up that is not counted, then {:.0} s measured; latency is from sending the request to the last byte of the body; throughput counts successful answers\n",
        run.concurrency,
        run.warm_up.as_secs_f64(),
        run.duration.as_secs_f64()
    );

    let _ = writeln!(w, "## Data set\n");
    let _ = writeln!(w, "| What | Rows |\n|---|---:|");
    let _ = writeln!(
        w,
        "| Organisations (instance production) | {} |",
        thousands(d.organisations() as u64)
    );
    let _ = writeln!(w, "| — operators, in {} countries, weighted like the organic sector (IT, DE, FR, ES most) | {} |", app::domain::CountryCode::ALL.len(), thousands(d.operators as u64));
    let _ = writeln!(
        w,
        "| — control bodies, with {} certified-country rows | {} |",
        thousands(d.control_body_countries as u64),
        thousands(d.control_bodies as u64)
    );
    let _ = writeln!(
        w,
        "| — authorities: a CCA per country and border control posts in the member states | {} |",
        thousands(d.authorities as u64)
    );
    let _ = writeln!(w, "| EU Login accounts, each with a person on production (90 % operators, 7 % control bodies, 3 % authorities) | {} |", thousands(d.accounts as u64));
    let _ = writeln!(w, "| Pending authorisation requests (`role_requests`, each with its `role_request_submissions` row) | {} |", thousands(d.requests as u64));
    let _ = writeln!(w);
    let _ = writeln!(
        w,
        "Created in {:.1} s with plain multi-row INSERTs (one transaction per table group) after the server's own migrations (`server::store::Store::open`), names folded with `app::domain::fold_name`; all accounts share one argon2id hash made once by `server::secrets::hash_password` ({:.0} ms). Database file: {:.1} MB. The searched operators: country IT has {} open operators, {} of them with “bio” in the name.\n",
        d.load_time.as_secs_f64(),
        d.hash_time.as_secs_f64() * 1000.0,
        run.database_bytes as f64 / 1e6,
        thousands(run.search_counts.0 as u64),
        thousands(run.search_counts.1 as u64),
    );

    let ceiling = static_throughput(run.outcomes);
    let _ = writeln!(w, "## Results\n");
    let _ = writeln!(w, "| Scenario | Concurrency | Requests | Errors | p50 ms | p99 ms | max ms | Throughput req/s | vs static asset | Server peak RSS after, MiB |");
    let _ = writeln!(w, "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
    for o in run.outcomes {
        row(w, o, ceiling);
    }
    let _ = writeln!(w);
    for o in run.outcomes {
        let _ = writeln!(w, "- *{}*: {}", o.name, o.detail);
    }
    let _ = writeln!(w);
    let r = &run.raw_hash;
    let _ = writeln!(
        w,
        "Raw argon2id (the argon2 crate's own verification, `server::secrets::verify_password`, memory allocated per hash; m = 19 MiB, t = 2, p = 1) in the benchmark process while the server was idle, right before and right after the logins: {:.1} and {:.1} verifications/s on 1 thread, {:.1} and {:.1}/s on {} threads ({} cores), {:.1} and {:.1}/s on {} threads (as many as concurrent logins; mean {:.1}/s, the login's reference). The server's own pool (`server::passwords::verify`: one thread per core, each reusing its memory) in the same process with {} callers: {:.1} and {:.1}/s.\n",
        r.single.0,
        r.single.1,
        r.all.0,
        r.all.1,
        r.cores,
        r.cores,
        r.concurrent.0,
        r.concurrent.1,
        r.concurrency,
        r.reference(),
        r.concurrency,
        r.pool.0,
        r.pool.1
    );

    let _ = writeln!(w, "## Targets\n");
    let _ = writeln!(w, "| Target | Measured | Verdict |\n|---|---|---|");
    let pages: Vec<&Outcome> = run
        .outcomes
        .iter()
        .filter(|o| o.class == Class::Read { page: true })
        .collect();
    let page_text: Vec<String> = pages
        .iter()
        .map(|o| format!("{}: p99 {} ms", o.name, ms(o.stats.percentile_ms(99.0))))
        .collect();
    let pages_met = !pages.is_empty()
        && pages
            .iter()
            .all(|o| o.stats.errors == 0 && o.stats.percentile_ms(99.0) <= PAGE_P99_MS);
    let _ = writeln!(
        w,
        "| Search and queue pages p99 ≤ {PAGE_P99_MS} ms at any depth | {} | {} |",
        page_text.join("; "),
        verdict(pages_met)
    );
    let reads: Vec<&Outcome> = run
        .outcomes
        .iter()
        .filter(|o| matches!(o.class, Class::Read { .. }) && o.concurrency > 1)
        .collect();
    match ceiling {
        Some(c) if c > 0.0 => {
            let text: Vec<String> = reads
                .iter()
                .map(|o| format!("{}: {:.0} %", o.name, 100.0 * o.stats.throughput() / c))
                .collect();
            let met = reads
                .iter()
                .all(|o| o.stats.throughput() / c >= READ_SHARE_OF_STATIC);
            let _ = writeln!(
                w,
                "| Read endpoints ≥ {:.0} % of static-asset throughput ({c:.0} req/s) | {} | {} |",
                READ_SHARE_OF_STATIC * 100.0,
                text.join("; "),
                verdict(met)
            );
        }
        _ => {
            let _ = writeln!(w, "| Read endpoints ≥ 30 % of static-asset throughput | the static scenario did not run | – |");
        }
    }
    if let Some(login) = run.outcomes.iter().find(|o| o.class == Class::Login) {
        let rate = login.stats.throughput();
        let share = rate / run.raw_hash.reference().max(1e-9);
        let _ = writeln!(
            w,
            "| Login ≥ {:.0} % of the raw hash rate | {rate:.1} logins/s against {:.1} verifications/s on {} threads: {:.0} % | {} |",
            LOGIN_SHARE_OF_HASH_RATE * 100.0,
            run.raw_hash.reference(),
            run.raw_hash.concurrency,
            share * 100.0,
            verdict(login.stats.errors == 0 && share >= LOGIN_SHARE_OF_HASH_RATE)
        );
    }
    match &run.first_load {
        Some(assets) => {
            let total: Option<u64> = assets.iter().map(|a| a.brotli).sum();
            match total {
                Some(total) => {
                    let _ = writeln!(
                        w,
                        "| First load ≤ {} KB brotli | {} bytes ({:.0} KB) | {} |",
                        FIRST_LOAD_BROTLI_BYTES / 1000,
                        thousands(total),
                        total as f64 / 1000.0,
                        verdict(total <= FIRST_LOAD_BROTLI_BYTES)
                    );
                }
                None => {
                    let _ = writeln!(w, "| First load ≤ 250 KB brotli | dist/ has no .br files: run `trunk build --release` (its hook runs scripts/compress-dist.sh) | – |");
                }
            }
        }
        None => {
            let _ = writeln!(w, "| First load ≤ 250 KB brotli | not measured: no built app; run `trunk build --release` first | – |");
        }
    }
    let _ = writeln!(w);

    let _ = writeln!(w, "## First load\n");
    let _ = writeln!(w, "{}\n", run.dist_note);
    if let Some(assets) = &run.first_load {
        let _ = writeln!(w, "| File | Raw | gzip | brotli |\n|---|---:|---:|---:|");
        let opt = |v: Option<u64>| v.map_or("–".to_owned(), thousands);
        for a in assets {
            let _ = writeln!(
                w,
                "| `{}` | {} | {} | {} |",
                a.name,
                thousands(a.raw),
                opt(a.gzip),
                opt(a.brotli)
            );
        }
        let raw: u64 = assets.iter().map(|a| a.raw).sum();
        let gzip: Option<u64> = assets.iter().map(|a| a.gzip).sum();
        let brotli: Option<u64> = assets.iter().map(|a| a.brotli).sum();
        let _ = writeln!(
            w,
            "| **Total** | {} | {} | {} |\n",
            thousands(raw),
            opt(gzip),
            opt(brotli)
        );
    }

    let _ = writeln!(w, "## Memory\n");
    let kib = |v: Option<u64>| {
        v.map_or("unknown".to_owned(), |k| {
            format!("{:.1} MiB ({} KiB)", k as f64 / 1024.0, thousands(k))
        })
    };
    let _ = writeln!(w, "Server peak RSS (`VmHWM` of /proc/<pid>/status) at the end of the run: {}; RSS then: {}.\n", kib(run.peak_rss_kib), kib(run.end_rss_kib));

    if !run.to_add.is_empty() {
        let _ = writeln!(w, "## To add\n");
        for item in run.to_add {
            let _ = writeln!(w, "- {item}");
        }
        let _ = writeln!(w);
    }
    out
}

/// Writes the report, keeping the hand-written part of an existing one.
pub fn write(path: &PathBuf, generated: &str) -> std::io::Result<()> {
    let notes = std::fs::read_to_string(path)
        .ok()
        .and_then(|old| old.split_once(NOTES_MARKER).map(|(_, n)| n.to_owned()))
        .unwrap_or_else(|| "\n\n## Findings\n\n(Written by hand after a run.)\n".to_owned());
    std::fs::write(path, format!("{generated}{NOTES_MARKER}{notes}"))
}

/// `2026-11-23 16:40 UTC`, from the system clock (days to civil date, proleptic Gregorian).
pub fn utc_now() -> String {
    let secs = crate::data::now();
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(1_066_020), "1,066,020");
        assert_eq!(thousands(999), "999");
        assert_eq!(ms(0.4567), "0.46");
        assert_eq!(ms(12.34), "12.3");
    }

    #[test]
    fn the_hand_written_part_survives_a_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("REPORT.md");
        write(&path, "# figures 1\n").unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            first.replace("(Written by hand after a run.)", "my notes"),
        )
        .unwrap();
        write(&path, "# figures 2\n").unwrap();
        let second = std::fs::read_to_string(&path).unwrap();
        assert!(second.starts_with("# figures 2\n"));
        assert!(second.contains("my notes"));
        assert!(!second.contains("figures 1"));
    }
}
