//! Implementations of the service traits declared in `app::api`, one file per feature.

mod approvals;
mod eulogin;
mod mailbox;
mod preferences;
mod system;
mod traces;
mod training;

use crate::clock::SharedClock;
use crate::config::PublicUrl;
use crate::mail::Outbox;
use crate::store::{DbFailure, Store};
use app::api::{ApiError, Services};
use std::sync::Arc;

pub use approvals::{grant_commission, Approvals, Notifier};
pub use eulogin::EuLogin;
pub use mailbox::BuiltInMailbox;
pub use preferences::CookiePreferences;
pub use system::StoreSystemService;
pub use traces::Traces;
pub use training::Training;

/// The one place where a failed database call becomes an answer: `StorageUnavailable` when
/// the storage cannot keep data (full, read-only, failing), `Internal` for anything else. The
/// cause goes to the log, never to the browser.
pub(crate) fn storage_error(area: &'static str, err: impl Into<DbFailure>) -> ApiError {
    match err.into() {
        DbFailure::Storage { fault, source } => {
            tracing::error!(area, %fault, err = %source, "storage cannot keep data: nothing of this request was saved");
            ApiError::StorageUnavailable
        }
        DbFailure::Other(source) => {
            tracing::error!(area, err = %source, "storage failure");
            ApiError::Internal
        }
    }
}

/// A fault of ours that is not the database's (a lost invariant, a worker that panicked):
/// `Internal`, with `what` in the log.
pub(crate) fn internal_error(area: &'static str, what: impl std::fmt::Display) -> ApiError {
    tracing::error!(area, err = %what, "internal failure");
    ApiError::Internal
}

/// What the services are built from.
pub struct Wiring {
    pub store: Store,
    pub clock: SharedClock,
    pub outbox: Outbox,
    pub public_url: PublicUrl,
    pub test_mode: bool,
}

/// All services, wired to one store, clock and outbox.
pub fn build(wiring: Wiring) -> Services {
    let secure = wiring.public_url.is_https();
    let notifier = Notifier::new(wiring.public_url.to_string(), wiring.outbox.clone());
    Services {
        system: Arc::new(StoreSystemService::new(
            wiring.store.clone(),
            wiring.test_mode,
        )),
        preferences: Arc::new(CookiePreferences::new(
            wiring.store.clone(),
            wiring.clock.clone(),
            secure,
        )),
        eulogin: Arc::new(EuLogin::new(
            wiring.store.clone(),
            wiring.clock.clone(),
            wiring.outbox,
            wiring.public_url.to_string(),
            secure,
            wiring.test_mode,
        )),
        traces: Arc::new(Traces::new(
            wiring.store.clone(),
            wiring.clock.clone(),
            secure,
            notifier.clone(),
        )),
        approvals: Arc::new(Approvals::new(
            wiring.store.clone(),
            wiring.clock.clone(),
            secure,
            notifier,
        )),
        training: Arc::new(Training::new(wiring.store.clone(), wiring.clock, secure)),
        mailbox: Arc::new(BuiltInMailbox::new(wiring.store)),
    }
}
