//! The built-in mailbox: where mail goes when no SMTP server is configured, so that the
//! e-mail step can be followed (and demonstrated) without a real inbox.

use super::ApiError;
use leptos::server;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxMessage {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// Unix seconds.
    pub created_at: i64,
}

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait MailboxService: Send + Sync {
    async fn list(&self, to: Option<String>) -> Result<Vec<MailboxMessage>, ApiError>;
}

/// The newest messages (at most 200), optionally only those to one address.
#[server(endpoint = "mailbox_list", input = Json)]
pub async fn list_mailbox(to: Option<String>) -> Result<Vec<MailboxMessage>, ApiError> {
    super::services()?.mailbox.list(to).await
}
