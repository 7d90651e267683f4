//! Outgoing mail. Services queue messages in the outbox inside their own transaction
//! (`store::outbox::enqueue_mail`) and call `Outbox::wake`; a background worker delivers them
//! by SMTP, or into the built-in mailbox when no SMTP server is configured. A failed delivery
//! is retried with growing delays and never dropped, so an SMTP outage delays mail but neither
//! loses it nor fails the user's request.

pub mod notices;
pub mod templates;

use crate::clock::SharedClock;
use crate::store::{outbox, Store};
use lettre::message::Mailbox as Address;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// A plain-text message to one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailSetupError {
    #[error("TRACES_SMTP_URL is not a usable SMTP URL: {0}")]
    SmtpUrl(String),
    #[error("TRACES_MAIL_FROM is not a usable sender address (e.g. “TRACES NT <no-reply@example.org>”): {0}")]
    From(String),
}

/// Where delivered mail goes.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Kept in the database and shown at `/mailbox`.
    Mailbox,
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Address,
}

impl Mailer {
    pub fn from_config(smtp_url: Option<&str>, from: &str) -> Result<Self, MailSetupError> {
        let from: Address = from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailSetupError::From(e.to_string()))?;
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| MailSetupError::SmtpUrl(e.to_string()))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => Transport::Mailbox,
        };
        Ok(Self { transport, from })
    }

    pub fn uses_mailbox(&self) -> bool {
        matches!(self.transport, Transport::Mailbox)
    }

    /// Delivers one message; the error text is stored with the message for the next try.
    async fn deliver(&self, row: &outbox::OutboxRow) -> Result<&'static str, String> {
        // The demo world's addresses cannot receive mail: its mail stays in the mailbox, where
        // trainers show it.
        if crate::training::is_demo_address(&row.to_address) {
            return Ok("mailbox");
        }
        match &self.transport {
            Transport::Mailbox => Ok("mailbox"),
            Transport::Smtp(smtp) => {
                let to: Address = row
                    .to_address
                    .parse()
                    .map_err(|e: lettre::address::AddressError| e.to_string())?;
                let message = Message::builder()
                    .from(self.from.clone())
                    .to(to)
                    .subject(row.subject.clone())
                    .body(row.body.clone())
                    .map_err(|e| e.to_string())?;
                smtp.send(message).await.map_err(|e| e.to_string())?;
                Ok("smtp")
            }
        }
    }
}

/// The handle services keep: wakes the worker after a commit that queued mail.
#[derive(Clone)]
pub struct Outbox {
    notify: Arc<Notify>,
}

impl Outbox {
    pub fn wake(&self) {
        self.notify.notify_one();
    }
}

/// Delay before the next try after `attempts` failures: 5 s, 10 s, 20 s … at most 10 minutes.
pub fn backoff_seconds(attempts: i64) -> i64 {
    const CAP: i64 = 600;
    5i64.saturating_mul(1i64 << attempts.clamp(0, 10)).min(CAP)
}

/// How often the worker looks even when nobody woke it (retries fall due by time).
const POLL: Duration = Duration::from_secs(1);

pub fn spawn_worker(store: Store, mailer: Mailer, clock: SharedClock) -> Outbox {
    let notify = Arc::new(Notify::new());
    let outbox = Outbox {
        notify: notify.clone(),
    };
    tokio::spawn(async move {
        let mut unrecorded = Unrecorded::new();
        loop {
            if let Err(err) = deliver_due(&store, &mailer, &clock, &mut unrecorded).await {
                tracing::error!(%err, "outbox: cannot read or update the outbox");
            }
            let _ = tokio::time::timeout(POLL, notify.notified()).await;
        }
    });
    outbox
}

/// Mail handed to its transport whose delivery could not be written down (the disk full, the
/// database read-only): the next rounds record it without sending it again, so that people do
/// not get the same mail every second until the storage is back. Kept in memory only: a restart
/// meanwhile may send such a mail twice, never lose it.
type Unrecorded = std::collections::HashMap<i64, &'static str>;

async fn deliver_due(
    store: &Store,
    mailer: &Mailer,
    clock: &SharedClock,
    unrecorded: &mut Unrecorded,
) -> Result<(), sqlx::Error> {
    let mut conn = store.connection().await?;
    let due = outbox::due(&mut conn, clock.now(), 50).await?;
    for row in due {
        let sent = match unrecorded.get(&row.id) {
            Some(via) => Ok(*via),
            None => mailer.deliver(&row).await,
        };
        match sent {
            Ok(via) => {
                let recorded = outbox::mark_delivered(&mut conn, row.id, via, clock.now()).await;
                store.record_write(&recorded);
                if let Err(err) = recorded {
                    unrecorded.insert(row.id, via);
                    return Err(err);
                }
                unrecorded.remove(&row.id);
                tracing::info!(id = row.id, via, "mail delivered");
            }
            Err(err) => {
                let next = clock.now() + backoff_seconds(row.attempts);
                let recorded = outbox::mark_failed(&mut conn, row.id, &err, next).await;
                store.record_write(&recorded);
                recorded?;
                tracing::warn!(id = row.id, attempts = row.attempts + 1, %err, "mail not delivered; will retry");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_ten_minutes() {
        let delays: Vec<_> = (0..9).map(backoff_seconds).collect();
        assert_eq!(delays, [5, 10, 20, 40, 80, 160, 320, 600, 600]);
        assert_eq!(backoff_seconds(10_000), 600);
    }

    #[test]
    fn bad_settings_are_refused_at_start() {
        assert!(
            Mailer::from_config(None, "TRACES NT <no-reply@example.org>")
                .unwrap()
                .uses_mailbox()
        );
        assert!(matches!(
            Mailer::from_config(None, "not an address"),
            Err(MailSetupError::From(_))
        ));
        assert!(matches!(
            Mailer::from_config(Some("http://mail.example.org"), "a@example.org"),
            Err(MailSetupError::SmtpUrl(_))
        ));
        assert!(Mailer::from_config(Some("smtp://127.0.0.1:2525"), "a@example.org").is_ok());
    }
}
