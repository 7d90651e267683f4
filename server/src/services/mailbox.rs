//! `MailboxService`: lists what the outbox worker delivered to the built-in mailbox: all mail
//! of a server without SMTP, and, with SMTP, only the mail to the training demo's addresses
//! (which no SMTP server could deliver).

use crate::store::{outbox, Store};
use app::api::mailbox::{MailboxMessage, MailboxService};
use app::api::ApiError;

pub struct BuiltInMailbox {
    store: Store,
}

impl BuiltInMailbox {
    pub fn new(store: Store) -> Self {
        Self { store }
    }
}

#[async_trait::async_trait]
impl MailboxService for BuiltInMailbox {
    async fn list(&self, to: Option<String>) -> Result<Vec<MailboxMessage>, ApiError> {
        let to = to
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty() && t.len() <= 254);
        let mut conn = self
            .store
            .connection()
            .await
            .map_err(|err| super::storage_error("mailbox", err))?;
        let rows = outbox::mailbox(&mut conn, to.as_deref(), 200)
            .await
            .map_err(|err| super::storage_error("mailbox", err))?;
        Ok(rows
            .into_iter()
            .map(|row| MailboxMessage {
                id: row.id,
                to: row.to_address,
                subject: row.subject,
                body: row.body,
                created_at: row.created_at,
            })
            .collect())
    }
}
