//! SQL of the outbox: mail is written here in the transaction of the change that causes it,
//! and the worker delivers it later.

use crate::mail::OutgoingMail;
use sqlx::SqliteConnection;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub attempts: i64,
    pub delivered_at: Option<i64>,
}

/// Queues a message on the caller's connection or transaction; it is sent once that commits.
pub async fn enqueue_mail(
    conn: &mut SqliteConnection,
    mail: &OutgoingMail,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO outbox (to_address, subject, body, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn due(
    conn: &mut SqliteConnection,
    now: i64,
    limit: i64,
) -> Result<Vec<OutboxRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, to_address, subject, body, created_at, attempts, delivered_at FROM outbox
         WHERE delivered_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(conn)
    .await
}

pub async fn mark_delivered(
    conn: &mut SqliteConnection,
    id: i64,
    via: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET delivered_via = ?, delivered_at = ? WHERE id = ?")
        .bind(via)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn mark_failed(
    conn: &mut SqliteConnection,
    id: i64,
    error: &str,
    next_attempt_at: i64,
) -> Result<(), sqlx::Error> {
    let error: String = error.chars().take(500).collect();
    sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
        .bind(error)
        .bind(next_attempt_at)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The built-in mailbox, newest first; `to` filters by recipient, case aside.
pub async fn mailbox(
    conn: &mut SqliteConnection,
    to: Option<&str>,
    limit: i64,
) -> Result<Vec<OutboxRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, to_address, subject, body, created_at, attempts, delivered_at FROM outbox
         WHERE delivered_via = 'mailbox' AND (?1 IS NULL OR lower(to_address) = lower(?1))
         ORDER BY id DESC LIMIT ?2",
    )
    .bind(to)
    .bind(limit)
    .fetch_all(conn)
    .await
}
