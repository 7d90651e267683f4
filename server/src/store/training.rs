//! SQL of the training instance's demo world: wiping it, the demo accounts and personas, the
//! trainer role and the log of resets. Nothing here names the production instance.

use sqlx::SqliteConnection;

/// Removes every piece of training data (not the EU Login accounts, which both instances
/// share, nor their sessions).
pub async fn wipe(conn: &mut SqliteConnection, demo_domain: &str) -> Result<(), sqlx::Error> {
    for sql in [
        "DELETE FROM notifications WHERE instance = 'training'",
        "DELETE FROM audit_log WHERE instance = 'training'",
        "DELETE FROM role_requests WHERE instance = 'training'",
        "DELETE FROM role_request_submissions WHERE instance = 'training'",
        "DELETE FROM control_body_countries WHERE organisation_id IN
             (SELECT id FROM organisations WHERE instance = 'training')",
        "DELETE FROM organisations WHERE instance = 'training'",
        "DELETE FROM traces_users WHERE instance = 'training'",
        "DELETE FROM commission_members WHERE instance = 'training'",
    ] {
        sqlx::query(sql).execute(&mut *conn).await?;
    }
    // The demo's mail: the mailbox starts empty for the next demo.
    sqlx::query("DELETE FROM outbox WHERE lower(to_address) LIKE '%@' || ?")
        .bind(demo_domain)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Real (not demo) accounts with data on the training instance: what a reset keeps.
pub async fn real_accounts_with_training_data(
    conn: &mut SqliteConnection,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM accounts a
         WHERE a.demo = 0 AND EXISTS
             (SELECT 1 FROM traces_users u WHERE u.account_id = a.id AND u.instance = 'training')",
    )
    .fetch_one(conn)
    .await
}

pub struct DemoAccount<'a> {
    pub username: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub language: &'a str,
    pub password_hash: &'a str,
}

/// Creates the demo account, or puts it back as the demo has it (names, e-mail, password,
/// unlocked): `existing` is its id from an earlier reset. Returns the id.
pub async fn upsert_demo_account(
    conn: &mut SqliteConnection,
    existing: Option<i64>,
    account: &DemoAccount<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let email_normalized = account.email.to_lowercase();
    let existing =
        match existing {
            Some(id) => Some(id),
            None => sqlx::query_scalar(
                "SELECT id FROM accounts WHERE demo = 1 AND (email_normalized = ? OR username = ?)",
            )
            .bind(&email_normalized)
            .bind(account.username)
            .fetch_optional(&mut *conn)
            .await?,
        };
    match existing {
        Some(id) => {
            // The interface language stays: it is the trainer's, set when they last used the
            // persona; a reset must not switch the demo to the persona's own language.
            sqlx::query(
                "UPDATE accounts SET username = ?, first_name = ?, last_name = ?, email = ?,
                     email_normalized = ?, email_language = ?, password_hash = ?,
                     failed_logins = 0, locked_until = NULL, demo = 1, updated_at = ?
                 WHERE id = ?",
            )
            .bind(account.username)
            .bind(account.first_name)
            .bind(account.last_name)
            .bind(account.email)
            .bind(&email_normalized)
            .bind(account.language)
            .bind(account.password_hash)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            Ok(id)
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO accounts (username, first_name, last_name, email, email_normalized,
                     email_language, ui_language, password_hash, demo, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id",
            )
            .bind(account.username)
            .bind(account.first_name)
            .bind(account.last_name)
            .bind(account.email)
            .bind(&email_normalized)
            .bind(account.language)
            .bind(account.language)
            .bind(account.password_hash)
            .bind(now)
            .bind(now)
            .fetch_one(conn)
            .await
        }
    }
}

pub async fn persona_account(
    conn: &mut SqliteConnection,
    key: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT account_id FROM training_personas WHERE key = ?")
        .bind(key)
        .fetch_optional(conn)
        .await
}

pub async fn set_persona(
    conn: &mut SqliteConnection,
    key: &str,
    account_id: i64,
    position: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO training_personas (key, account_id, position) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET account_id = excluded.account_id, position = excluded.position",
    )
    .bind(key)
    .bind(account_id)
    .bind(position)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonaRow {
    pub key: String,
    pub account_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

pub async fn personas(conn: &mut SqliteConnection) -> Result<Vec<PersonaRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.key, p.account_id, a.first_name, a.last_name, a.email
         FROM training_personas p JOIN accounts a ON a.id = p.account_id
         WHERE a.demo = 1 ORDER BY p.position",
    )
    .fetch_all(conn)
    .await
}

/// Gives the trainer role; false when the account already had it.
pub async fn add_trainer(
    conn: &mut SqliteConnection,
    account_id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO trainers (account_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(account_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn is_trainer(conn: &mut SqliteConnection, account_id: i64) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT 1 FROM trainers WHERE account_id = ?")
            .bind(account_id)
            .fetch_optional(conn)
            .await?
            .is_some(),
    )
}

pub async fn record_reset(
    conn: &mut SqliteConnection,
    by: Option<i64>,
    organisations: i64,
    requests: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO training_resets (at, by_account_id, organisations, requests) VALUES (?, ?, ?, ?)",
    )
    .bind(now)
    .bind(by)
    .bind(organisations)
    .bind(requests)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn last_reset(conn: &mut SqliteConnection) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT MAX(at) FROM training_resets")
        .fetch_one(conn)
        .await
}

/// Whether the training instance was never given its demo world and holds nothing else.
pub async fn never_seeded(conn: &mut SqliteConnection) -> Result<bool, sqlx::Error> {
    let resets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM training_resets")
        .fetch_one(&mut *conn)
        .await?;
    let organisations: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE instance = 'training'")
            .fetch_one(conn)
            .await?;
    Ok(resets == 0 && organisations == 0)
}

/// `(id, name, country, kind)` of every training organisation.
pub async fn organisations_by_name(
    conn: &mut SqliteConnection,
) -> Result<Vec<(i64, String, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name, country, kind FROM organisations WHERE instance = 'training'")
        .fetch_all(conn)
        .await
}
