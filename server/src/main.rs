//! The `server` binary: parse the configuration, set up logging, run.

use clap::Parser;
use server::config::{AdminCommand, Cli, Command, Config, DirectoryCommand};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    return_large_blocks_to_the_system();
    server::telemetry::init();
    let result = match cli.command {
        None => server::startup::run(cli.config)
            .await
            .map_err(|e| e.to_string()),
        Some(Command::Directory(DirectoryCommand::Import { instance, file })) => {
            import(&cli.config, instance, &file).await
        }
        Some(Command::Admin(AdminCommand::CreateCommissionUser { instance, email })) => {
            create_commission_user(&cli.config, instance, &email).await
        }
        Some(Command::Admin(AdminCommand::GrantTrainer { email })) => {
            grant_trainer(&cli.config, &email).await
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `server directory import`: reads the file, imports all rows or none, says how many.
async fn import(
    config: &Config,
    instance: app::domain::Instance,
    file: &std::path::Path,
) -> Result<(), String> {
    let csv = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let store = open_store(config).await?;
    let now = unix_now();
    let count = server::directory::import(&store, instance, &csv, now)
        .await
        .map_err(|e| e.to_string())?;
    println!("imported {count} organisations into {instance}");
    Ok(())
}

/// `server admin create-commission-user`.
async fn create_commission_user(
    config: &Config,
    instance: app::domain::Instance,
    email: &str,
) -> Result<(), String> {
    let store = open_store(config).await?;
    match server::admin::create_commission_user(&store, instance, email, unix_now())
        .await
        .map_err(|e| e.to_string())?
    {
        server::admin::Granted::Now => {
            println!("{email} is now a Commission user of the {instance} instance")
        }
        server::admin::Granted::Already => {
            println!(
                "{email} already was a Commission user of the {instance} instance; nothing changed"
            )
        }
    }
    Ok(())
}

/// `server admin grant-trainer`.
async fn grant_trainer(config: &Config, email: &str) -> Result<(), String> {
    let store = open_store(config).await?;
    match server::admin::grant_trainer(&store, email, unix_now())
        .await
        .map_err(|e| e.to_string())?
    {
        server::admin::Granted::Now => {
            println!("{email} is now a trainer: it may reset the training instance")
        }
        server::admin::Granted::Already => {
            println!("{email} already was a trainer; nothing changed")
        }
    }
    Ok(())
}

async fn open_store(config: &Config) -> Result<server::store::Store, String> {
    std::fs::create_dir_all(&config.data_dir).map_err(|e| e.to_string())?;
    server::store::Store::open(config.database_url.as_deref(), &config.data_dir)
        .await
        .map_err(|e| e.to_string())
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// argon2id works in 19 MiB of memory per hash. glibc's malloc raises its mmap threshold after
/// the first such block is freed and from then on keeps them in per-thread arenas: after a burst
/// of concurrent logins the server held about 1.2 GB (bench/REPORT.md). With a fixed threshold
/// every block above 1 MiB is a mapping of its own, returned to the system when freed.
/// The server's hashing now reuses one block per core for the life of the process
/// (`server::passwords`), so the logins no longer free such blocks; the threshold stays for
/// the large buffers still made and freed (the crate's own hashing of the dummy hash, large
/// request and response bodies), so that none of them can raise it again.
fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets a tunable of the allocator; it is called once, at start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}
