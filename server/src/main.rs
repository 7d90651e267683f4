//! The `server` binary: parse the configuration, set up logging, run.

use clap::Parser;
use server::config::{Cli, Command, Config, DirectoryCommand};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    server::telemetry::init();
    let result = match cli.command {
        None => server::startup::run(cli.config)
            .await
            .map_err(|e| e.to_string()),
        Some(Command::Directory(DirectoryCommand::Import { instance, file })) => {
            import(&cli.config, instance, &file).await
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
    std::fs::create_dir_all(&config.data_dir).map_err(|e| e.to_string())?;
    let store = server::store::Store::open(config.database_url.as_deref(), &config.data_dir)
        .await
        .map_err(|e| e.to_string())?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let count = server::directory::import(&store, instance, &csv, now)
        .await
        .map_err(|e| e.to_string())?;
    println!("imported {count} organisations into {instance}");
    Ok(())
}
