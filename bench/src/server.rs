//! The real server binary as a child process on a free loopback port.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct RunningServer {
    child: Child,
    pub base: String,
    pub log: PathBuf,
}

/// `server` next to this program (`cargo run --release -p bench` puts both in
/// `target/release`), built first by `cargo build --release -p server` so that it matches the
/// sources. `--server-bin` skips both.
pub fn server_binary(explicit: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(path) = explicit {
        return Ok(path);
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo);
    build
        .args(["build", "--release", "-p", "server", "--bin", "server"])
        .current_dir(crate::workspace_root());
    // `cargo run` gives this program the variables of the bench package; a build script in the
    // server's dependencies (ring's) reruns when `CARGO_MANIFEST_DIR` changes, so passing them
    // on would rebuild the server here and everything again at the next `cargo run`.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if [
            "CARGO_PKG_",
            "CARGO_MANIFEST_",
            "CARGO_CRATE_",
            "CARGO_BIN_",
            "CARGO_PRIMARY_",
        ]
        .iter()
        .any(|prefix| name.starts_with(prefix))
        {
            build.env_remove(name.as_ref());
        }
    }
    let status = build
        .status()
        .map_err(|e| format!("cannot run cargo to build the server: {e}"))?;
    if !status.success() {
        return Err("cargo build --release -p server failed".into());
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let path = exe.with_file_name("server");
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("no server binary at {}", path.display()))
    }
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// A `VmHWM`/`VmRSS` line of `/proc/<pid>/status`, in KiB.
pub fn memory_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
}

impl RunningServer {
    /// Starts `binary` on a free port and waits until `/healthz` answers 200.
    pub async fn start(binary: &Path, data_dir: &Path, dist_dir: &Path) -> Result<Self, String> {
        let port = free_port()?;
        let addr = format!("127.0.0.1:{port}");
        let log = data_dir.join("server.log");
        let log_file = std::fs::File::create(&log).map_err(|e| e.to_string())?;
        let err_file = log_file.try_clone().map_err(|e| e.to_string())?;
        let child = Command::new(binary)
            .arg("--addr")
            .arg(&addr)
            .arg("--data-dir")
            .arg(data_dir)
            .arg("--dist-dir")
            .arg(dist_dir)
            .stdin(Stdio::null())
            .stdout(log_file)
            .stderr(err_file)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let mut server = Self {
            child,
            base: format!("http://{addr}"),
            log,
        };
        server.wait_healthy().await?;
        Ok(server)
    }

    async fn wait_healthy(&mut self) -> Result<(), String> {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "the server exited ({status}); see {}",
                    self.log.display()
                ));
            }
            if let Ok(response) = client.get(format!("{}/healthz", self.base)).send().await {
                if response.status().is_success() {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err("the server did not answer /healthz within 60 s".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn memory_kib(&self, field: &str) -> Option<u64> {
        memory_kib(self.pid(), field)
    }

    /// Asks the server to stop (SIGTERM, as a service manager would), then waits for it.
    pub fn stop(mut self) {
        let asked = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        if asked {
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        // Never leave a server behind if the benchmark fails half-way.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
