//! SQL of EU Login: accounts, e-mailed link tokens and sessions. Row types stay here; the
//! service turns them into wire types.

use super::Store;
use sqlx::{Connection, Sqlite, SqliteConnection};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccountRow {
    pub id: i64,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub email_language: String,
    pub ui_language: String,
    pub password_hash: Option<String>,
    pub failed_logins: i64,
    pub locked_until: Option<i64>,
    /// An account of the training demo world (see `training`).
    pub demo: bool,
}

const ACCOUNT_COLUMNS: &str = "id, username, first_name, last_name, email, email_language, ui_language, password_hash, failed_logins, locked_until, demo";

pub struct NewAccount<'a> {
    pub username: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub email_normalized: &'a str,
    pub email_language: &'a str,
    pub ui_language: &'a str,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenRow {
    pub id: i64,
    pub account_id: i64,
    pub purpose: String,
    pub new_email: Option<String>,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub superseded_at: Option<i64>,
}

impl Store {
    /// A write transaction that takes the write lock at once: SQLite cannot upgrade a reading
    /// transaction to a writing one while another writes, and would fail instead of waiting.
    /// This process's writers queue for their turn first.
    pub async fn begin_write(&self) -> Result<super::WriteTransaction, sqlx::Error> {
        let turn = self.writer.clone().lock_owned().await;
        let begun = self.begin_immediate().await;
        if begun.is_err() {
            self.writes.record(&begun);
        }
        Ok(super::WriteTransaction {
            tx: begun?,
            writes: self.writes.clone(),
            _turn: turn,
        })
    }

    async fn begin_immediate(&self) -> Result<sqlx::Transaction<'static, Sqlite>, sqlx::Error> {
        loop {
            let conn = self.pool().acquire().await?;
            if conn.is_in_transaction() {
                // After a full disk or an I/O error SQLite rolls the transaction back by
                // itself; sqlx's ROLLBACK of the dropped transaction then fails, so sqlx still
                // counts the connection as in a transaction and refuses every BEGIN on it:
                // writes would fail on it long after space is back. It is closed instead, which
                // also ends any transaction SQLite might still hold on it.
                tracing::warn!("closing a database connection left behind by a failed write");
                if let Err(err) = conn.close().await {
                    tracing::warn!(%err, "closing the connection failed");
                }
                continue;
            }
            return sqlx::Transaction::begin(conn, Some("BEGIN IMMEDIATE".into())).await;
        }
    }

    pub async fn connection(&self) -> Result<sqlx::pool::PoolConnection<Sqlite>, sqlx::Error> {
        self.pool().acquire().await
    }
}

pub async fn account_by_id(
    conn: &mut SqliteConnection,
    id: i64,
) -> Result<Option<AccountRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
}

pub async fn account_by_email(
    conn: &mut SqliteConnection,
    email_normalized: &str,
) -> Result<Option<AccountRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email_normalized = ?"
    ))
    .bind(email_normalized)
    .fetch_optional(conn)
    .await
}

pub async fn username_exists(
    conn: &mut SqliteConnection,
    username: &str,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT 1 FROM accounts WHERE username = ?")
            .bind(username)
            .fetch_optional(conn)
            .await?
            .is_some(),
    )
}

pub async fn email_exists(
    conn: &mut SqliteConnection,
    email_normalized: &str,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT 1 FROM accounts WHERE email_normalized = ?")
            .bind(email_normalized)
            .fetch_optional(conn)
            .await?
            .is_some(),
    )
}

pub async fn insert_account(
    conn: &mut SqliteConnection,
    account: &NewAccount<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO accounts (username, first_name, last_name, email, email_normalized, email_language, ui_language, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(account.username)
    .bind(account.first_name)
    .bind(account.last_name)
    .bind(account.email)
    .bind(account.email_normalized)
    .bind(account.email_language)
    .bind(account.ui_language)
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Stores a new link token; every earlier unused link of the same purpose stops working.
pub async fn insert_token(
    conn: &mut SqliteConnection,
    account_id: i64,
    purpose: &str,
    token_hash: &str,
    new_email: Option<&str>,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE email_tokens SET superseded_at = ?
         WHERE account_id = ? AND purpose = ? AND used_at IS NULL AND superseded_at IS NULL",
    )
    .bind(now)
    .bind(account_id)
    .bind(purpose)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO email_tokens (account_id, purpose, token_hash, new_email, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(account_id)
    .bind(purpose)
    .bind(token_hash)
    .bind(new_email)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn token_by_hash(
    conn: &mut SqliteConnection,
    token_hash: &str,
) -> Result<Option<TokenRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, account_id, purpose, new_email, expires_at, used_at, superseded_at FROM email_tokens WHERE token_hash = ?",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await
}

/// Marks a token used if it still works; false when another request used it first.
pub async fn use_token(
    conn: &mut SqliteConnection,
    id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE email_tokens SET used_at = ?
         WHERE id = ? AND used_at IS NULL AND superseded_at IS NULL AND expires_at > ?",
    )
    .bind(now)
    .bind(id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_password_hash(
    conn: &mut SqliteConnection,
    account_id: i64,
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
    )
    .bind(hash)
    .bind(now)
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Counts a failed login; at `limit` failures the account locks until `lock_until`.
pub async fn record_failed_login(
    conn: &mut SqliteConnection,
    account_id: i64,
    limit: i64,
    lock_until: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET
           locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END,
           failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END
         WHERE id = ?",
    )
    .bind(limit)
    .bind(lock_until)
    .bind(limit)
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn record_successful_login(
    conn: &mut SqliteConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?")
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn update_profile(
    conn: &mut SqliteConnection,
    account_id: i64,
    first_name: &str,
    last_name: &str,
    email_language: &str,
    ui_language: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE accounts SET first_name = ?, last_name = ?, email_language = ?, ui_language = ?, updated_at = ? WHERE id = ?",
    )
    .bind(first_name)
    .bind(last_name)
    .bind(email_language)
    .bind(ui_language)
    .bind(now)
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The interface language the person chose on the top right while logged in.
pub async fn update_ui_language(
    conn: &mut SqliteConnection,
    account_id: i64,
    ui_language: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET ui_language = ?, updated_at = ? WHERE id = ?")
        .bind(ui_language)
        .bind(now)
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn update_email(
    conn: &mut SqliteConnection,
    account_id: i64,
    email: &str,
    email_normalized: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE accounts SET email = ?, email_normalized = ?, updated_at = ? WHERE id = ?")
        .bind(email)
        .bind(email_normalized)
        .bind(now)
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert_session(
    conn: &mut SqliteConnection,
    id_hash: &str,
    account_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
    )
    .bind(id_hash)
    .bind(account_id)
    .bind(now)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// (account id, created at, last seen at) of a session.
/// A session with its account, read in one statement: every call of a logged-in person starts
/// here, and each statement is a round trip to the connection's SQLite thread.
#[derive(sqlx::FromRow)]
pub struct SessionRow {
    #[sqlx(flatten)]
    pub account: AccountRow,
    pub session_created_at: i64,
    pub session_last_seen_at: i64,
}

pub async fn session_with_account(
    conn: &mut SqliteConnection,
    id_hash: &str,
) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, a.username, a.first_name, a.last_name, a.email, a.email_language,
                a.ui_language, a.password_hash, a.failed_logins, a.locked_until, a.demo,
                s.created_at AS session_created_at, s.last_seen_at AS session_last_seen_at
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = ?",
    )
    .bind(id_hash)
    .fetch_optional(conn)
    .await
}

pub async fn touch_session(
    conn: &mut SqliteConnection,
    id_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?")
        .bind(now)
        .bind(id_hash)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn delete_session(conn: &mut SqliteConnection, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = ?")
        .bind(id_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of an account except `keep` (the one making the change, if any).
pub async fn delete_other_sessions(
    conn: &mut SqliteConnection,
    account_id: i64,
    keep: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE account_id = ? AND id_hash IS NOT ?")
        .bind(account_id)
        .bind(keep)
        .execute(conn)
        .await?;
    Ok(())
}
