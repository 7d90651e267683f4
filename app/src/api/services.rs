//! The services behind the server functions. The `server` crate implements these traits
//! (with SQL, SMTP and the clock) and provides a `Services` value as Leptos context, so no
//! storage code lives in `app`.

use super::approvals::ApprovalsService;
use super::eulogin::EuLoginService;
use super::mailbox::MailboxService;
use super::preferences::PreferencesService;
use super::system::SystemService;
use super::traces::TracesService;
use super::training::TrainingService;
use super::ApiError;
use leptos::prelude::use_context;
use std::sync::Arc;

#[derive(Clone)]
pub struct Services {
    pub system: Arc<dyn SystemService>,
    pub preferences: Arc<dyn PreferencesService>,
    pub eulogin: Arc<dyn EuLoginService>,
    pub mailbox: Arc<dyn MailboxService>,
    pub traces: Arc<dyn TracesService>,
    pub approvals: Arc<dyn ApprovalsService>,
    pub training: Arc<dyn TrainingService>,
}

/// The services of the current request.
pub fn services() -> Result<Services, ApiError> {
    use_context::<Services>().ok_or_else(|| {
        leptos::logging::error!("server function called without Services in context");
        ApiError::Internal
    })
}
