//! Errors that stop the server from starting. Errors of server functions are `app::api::ApiError`.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Mail(#[from] crate::mail::MailSetupError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot load the training demo world: {0}")]
    Training(#[from] crate::training::TrainingError),
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
}
