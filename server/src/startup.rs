//! Building and running the server. `main` and the integration tests both come through here;
//! tests listen on port 0 and read the bound address back.

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::error::StartupError;
use crate::mail::Mailer;
use crate::state::AppState;
use crate::store::Store;
use axum::serve::ListenerExt;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    addr: SocketAddr,
    state: AppState,
}

impl Application {
    /// Opens the store (applying migrations), starts the mail worker and binds the listener.
    pub async fn build(config: Config) -> Result<Self, StartupError> {
        Self::build_with_clock(config, Arc::new(SystemClock)).await
    }

    /// As `build`, with another clock: tests move time forward.
    pub async fn build_with_clock(
        config: Config,
        clock: SharedClock,
    ) -> Result<Self, StartupError> {
        let mailer = Mailer::from_config(config.smtp_url.as_deref(), &config.mail_from)?;
        std::fs::create_dir_all(&config.data_dir).map_err(|source| StartupError::DataDir {
            path: config.data_dir.clone(),
            source,
        })?;
        let store = Store::open(config.database_url.as_deref(), &config.data_dir).await?;
        if config.training_demo {
            match crate::training::seed_if_new(&store, clock.now()).await {
                Ok(Some(seeded)) => tracing::info!(
                    organisations = seeded.organisations,
                    requests = seeded.requests,
                    "training instance: demo world loaded"
                ),
                Ok(None) => {}
                Err(source) => return Err(StartupError::Training(source)),
            }
        }
        let listener =
            TcpListener::bind(config.addr)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: config.addr,
                    source,
                })?;
        let addr = listener.local_addr().map_err(|source| StartupError::Bind {
            addr: config.addr,
            source,
        })?;
        let public_url = config.public_url(addr);
        let outbox = crate::mail::spawn_worker(store.clone(), mailer, clock.clone());
        let services = crate::services::build(crate::services::Wiring {
            store: store.clone(),
            clock,
            outbox,
            public_url: public_url.clone(),
            test_mode: config.test_mode,
        });
        let state = AppState {
            config: Arc::new(config),
            public_url,
            store,
            services,
        };
        Ok(Self {
            listener,
            addr,
            state,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run_until_stopped(self) -> Result<(), StartupError> {
        let store = self.state.store.clone();
        let router = crate::http::router(self.state);
        // Without TCP_NODELAY, ServeDir's separate header and body writes meet Nagle's
        // algorithm and delayed ACKs: ~40 ms per file.
        let listener = self.listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(StartupError::Serve)?;
        // The mail worker may hold a connection for an SMTP exchange (20 s at most), which is
        // let finish so that the mail is recorded as sent. Past that, SQLite recovers the log
        // at the next start.
        if tokio::time::timeout(Duration::from_secs(30), store.close())
            .await
            .is_err()
        {
            tracing::warn!("stopped without closing the database: a connection was still busy");
        }
        Ok(())
    }
}

pub async fn run(config: Config) -> Result<(), StartupError> {
    if config.test_mode {
        tracing::warn!("TEST MODE is on: captcha answers are readable by scripts. Never use this in production.");
    }
    if !config.dist_dir.join("index.html").exists() {
        tracing::warn!(
            dist = %config.dist_dir.display(),
            "no built app found: run `trunk build --release` (the README's run command does it)"
        );
    }
    let app = Application::build(config).await?;
    let base = format!("http://{}", app.addr());
    tracing::info!("production instance: {base}/production");
    tracing::info!("training instance:   {base}/training");
    tracing::info!("links in e-mails use {}", app.state().public_url);
    match &app.state().config.smtp_url {
        Some(_) => tracing::info!("mail: SMTP configured"),
        None => tracing::warn!(
            "mail: no SMTP configured; messages are kept in the built-in mailbox at /mailbox, \
             readable by anyone who reaches this server"
        ),
    }
    app.run_until_stopped().await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
