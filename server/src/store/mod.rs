//! Storage. SQLite (one file, WAL) is the default and only backend of this version; the rest
//! of the server talks to `Store` methods, never to a pool, so that a PostgreSQL backend can
//! be added here (with its own `migrations/postgres`) without touching the services or `app`.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub mod accounts;
pub mod approvals;
pub mod outbox;
pub mod reference;
pub mod traces;
pub mod training;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL “{0}”: this version stores data in SQLite only (sqlite:…)")]
    UnsupportedUrl(String),
    #[error("cannot open the database: {0}")]
    Open(sqlx::Error),
    #[error("cannot apply the database migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    /// This process's writers take turns here before `BEGIN IMMEDIATE` (see [`WriteTransaction`]).
    writer: Arc<tokio::sync::Mutex<()>>,
}

/// A write transaction holding this process's turn to write. SQLite has one writer at a time;
/// without the turn, concurrent writers wait in SQLite's busy handler, which sleeps and retries,
/// and a burst of decisions had a p99 of over 400 ms (bench/REPORT.md). With it, the next writer
/// starts the moment the previous one ends, in arrival order. Other processes (the command
/// line) still meet the busy handler.
pub struct WriteTransaction {
    tx: sqlx::Transaction<'static, sqlx::Sqlite>,
    // Declared after `tx`: dropped after it, so the turn passes on once the work is ended.
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl WriteTransaction {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTransaction {
    type Target = sqlx::Transaction<'static, sqlx::Sqlite>;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTransaction {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

impl Store {
    /// Opens the database at `database_url`, or `traces.sqlite` in `data_dir`, and applies
    /// pending migrations.
    pub async fn open(database_url: Option<&str>, data_dir: &Path) -> Result<Self, StoreError> {
        let options = match database_url {
            Some(url) if url.starts_with("sqlite:") => {
                SqliteConnectOptions::from_str(url).map_err(StoreError::Open)?
            }
            Some(url) => return Err(StoreError::UnsupportedUrl(redact(url))),
            None => SqliteConnectOptions::new().filename(data_dir.join("traces.sqlite")),
        }
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));

        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(StoreError::Open)?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self {
            pool,
            writer: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    /// For the query modules of this store (`store::*`) and transactions spanning them.
    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Succeeds when the database answers a query.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// The version of the latest applied migration.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        let version: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
                .fetch_one(&self.pool)
                .await?;
        Ok(version.unwrap_or(0))
    }

    /// The instances known to the database, by slug.
    pub async fn instance_slugs(&self) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT slug FROM instances ORDER BY slug")
                .fetch_all(&self.pool)
                .await?,
        )
    }
}

/// A database URL may carry a password; logs and messages get it without.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            format!("{}://…@{}", &url[..scheme_end], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_urls_are_not_repeated() {
        assert_eq!(
            redact("postgres://u:secret@db:5432/x"),
            "postgres://…@db:5432/x"
        );
        assert_eq!(redact("mysql://db/x"), "mysql://db/x");
    }

    #[tokio::test]
    async fn a_fresh_file_gets_the_schema_and_both_instances() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        store.ping().await.unwrap();
        assert!(store.schema_version().await.unwrap() >= 1);
        assert_eq!(
            store.instance_slugs().await.unwrap(),
            ["production", "training"]
        );
        // Opening again applies nothing twice.
        drop(store);
        let again = Store::open(None, dir.path()).await.unwrap();
        assert_eq!(again.instance_slugs().await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_postgres_url_is_refused_with_a_clear_message() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(Some("postgres://u:pw@localhost/db"), dir.path())
            .await
            .unwrap_err();
        let message = err.to_string();
        assert!(message.contains("SQLite only"), "{message}");
        assert!(!message.contains("pw"), "{message}");
    }
}
