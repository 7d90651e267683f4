//! Storage. SQLite (one file, WAL) is the default and only backend of this version; the rest
//! of the server talks to `Store` methods, never to a pool, so that a PostgreSQL backend can
//! be added here (with its own `migrations/postgres`) without touching the services or `app`.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub mod accounts;
pub mod approvals;
pub mod fault;
pub mod outbox;
pub mod reference;
pub mod traces;
pub mod training;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

pub use fault::{DbFailure, StorageFault};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL “{0}”: this version stores data in SQLite only (sqlite:…)")]
    UnsupportedUrl(String),
    #[error("cannot open the database {location}: {source}")]
    Open {
        location: String,
        source: sqlx::Error,
    },
    /// The database opens (or not) but takes no writes: said in words an operator acts on,
    /// because the server would otherwise start and answer every save with an error.
    #[error(
        "cannot write the database {location}: {fault}. The server needs its data directory \
         on a writable file system with free space. ({source})"
    )]
    Unwritable {
        location: String,
        fault: StorageFault,
        source: sqlx::Error,
    },
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
    writes: WriteHealth,
}

/// What the latest write transaction met: a storage fault, or nothing once one commits. For
/// `/healthz`, which has no write of its own to try.
#[derive(Clone, Debug, Default)]
struct WriteHealth(Arc<std::sync::Mutex<Option<StorageFault>>>);

impl WriteHealth {
    fn record<T>(&self, result: &Result<T, sqlx::Error>) {
        let fault = match result {
            Ok(_) => None,
            Err(err) => match StorageFault::of(err) {
                Some(fault) => Some(fault),
                // Not the storage's doing (a busy database, a lost connection): says nothing
                // about whether writes can be kept.
                None => return,
            },
        };
        // A poisoned lock only means a panic elsewhere while holding it; the value is a copy.
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = fault;
    }

    fn fault(&self) -> Option<StorageFault> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A write transaction holding this process's turn to write. SQLite has one writer at a time;
/// without the turn, concurrent writers wait in SQLite's busy handler, which sleeps and retries,
/// and a burst of decisions had a p99 of over 400 ms (bench/REPORT.md). With it, the next writer
/// starts the moment the previous one ends, in arrival order. Other processes (the command
/// line) still meet the busy handler.
///
/// A transaction dropped without `commit` (an error returned with `?`) is rolled back on its
/// connection before the pool hands that connection out again, and its turn passes on at once:
/// a write that failed because the disk is full or read-only holds up nobody.
pub struct WriteTransaction {
    tx: sqlx::Transaction<'static, sqlx::Sqlite>,
    writes: WriteHealth,
    // Declared after `tx`: dropped after it, so the turn passes on once the work is ended.
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl WriteTransaction {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        let WriteTransaction { tx, writes, _turn } = self;
        let result = tx.commit().await;
        writes.record(&result);
        result
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
    /// Opens the database at `database_url`, or `traces.sqlite` in `data_dir`, applies
    /// pending migrations and checks that it takes writes.
    pub async fn open(database_url: Option<&str>, data_dir: &Path) -> Result<Self, StoreError> {
        let (options, location) = match database_url {
            Some(url) if url.starts_with("sqlite:") => {
                let location = redact(url);
                let options =
                    SqliteConnectOptions::from_str(url).map_err(|source| StoreError::Open {
                        location: location.clone(),
                        source,
                    })?;
                (options, location)
            }
            Some(url) => return Err(StoreError::UnsupportedUrl(redact(url))),
            None => {
                let file = data_dir.join("traces.sqlite");
                let location = file.display().to_string();
                (SqliteConnectOptions::new().filename(file), location)
            }
        };
        let options = options
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
            .map_err(|source| StoreError::opening(&location, source))?;
        sqlx::migrate!("./migrations/sqlite")
            .run(&pool)
            .await
            .map_err(|err| match err {
                sqlx::migrate::MigrateError::Execute(source)
                | sqlx::migrate::MigrateError::ExecuteMigration(source, _)
                    if StorageFault::of(&source).is_some() =>
                {
                    StoreError::opening(&location, source)
                }
                other => StoreError::Migrate(other),
            })?;
        // SQLite opens a file it may not write read-only, and a database that is up to date
        // needs no write to migrate: without this, a server on a read-only disk would start
        // and refuse every save. In WAL mode even `BEGIN IMMEDIATE` succeeds there; only a
        // write is refused. Writing the header's user_version with its own value, rolled
        // back, is a write that changes nothing.
        let mut probe = pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(|source| StoreError::opening(&location, source))?;
        let user_version: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&mut *probe)
            .await?;
        sqlx::query(&format!("PRAGMA user_version = {user_version}"))
            .execute(&mut *probe)
            .await
            .map_err(|source| StoreError::opening(&location, source))?;
        probe.rollback().await?;
        Ok(Self {
            pool,
            writer: Arc::new(tokio::sync::Mutex::new(())),
            writes: WriteHealth::default(),
        })
    }

    /// Why the latest write transaction could not be kept, until one is kept again.
    pub fn storage_fault(&self) -> Option<StorageFault> {
        self.writes.fault()
    }

    /// Tells `/healthz` what a write made outside [`Store::begin_write`] met (the outbox
    /// worker's bookkeeping): a storage fault, or that writes are kept again.
    pub fn record_write<T>(&self, result: &Result<T, sqlx::Error>) {
        self.writes.record(result);
    }

    /// Closes every connection once it is given back. The last one to close folds the
    /// write-ahead log into the database file and removes it, so that the file alone holds
    /// everything and a restart (or a copy of the file) starts from a clean state.
    pub async fn close(&self) {
        self.pool.close().await;
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

impl StoreError {
    fn opening(location: &str, source: sqlx::Error) -> Self {
        let location = location.to_owned();
        match StorageFault::of(&source) {
            Some(fault) => StoreError::Unwritable {
                location,
                fault,
                source,
            },
            None => StoreError::Open { location, source },
        }
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
    async fn a_write_that_met_a_full_disk_leaves_no_connection_that_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        let mut tx = store.begin_write().await.unwrap();
        sqlx::query("CREATE TABLE filler (x BLOB)")
            .execute(&mut **tx)
            .await
            .unwrap();
        // A disk that is full for this connection: no page beyond the ones the file has.
        let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
            .fetch_one(&mut **tx)
            .await
            .unwrap();
        sqlx::query(&format!("PRAGMA max_page_count = {pages}"))
            .execute(&mut **tx)
            .await
            .unwrap();
        // One row, so that SQLite has no statement to undo but the whole transaction.
        let err = sqlx::query("INSERT INTO filler VALUES (zeroblob(100000))")
            .execute(&mut **tx)
            .await
            .unwrap_err();
        assert_eq!(StorageFault::of(&err), Some(StorageFault::Full), "{err}");
        drop(tx);

        // Every connection of the pool, the one of the failed write among them, takes a write
        // again. The pool hands out idle connections in the order they came back.
        let connections = store.pool().size();
        for n in 0..=connections {
            all_back_in_the_pool(&store).await;
            let mut tx = store.begin_write().await.expect("the next write begins");
            sqlx::query(&format!("CREATE TABLE kept_{n} (x)"))
                .execute(&mut **tx)
                .await
                .unwrap();
            tx.commit().await.unwrap();
        }
        assert_eq!(store.storage_fault(), None);
        let tables: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'kept%' OR name = 'filler'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        assert_eq!(tables, i64::from(connections) + 1);
    }

    /// A connection goes back to the pool in a task of its own, after its transaction ends.
    async fn all_back_in_the_pool(store: &Store) {
        while store.pool().num_idle() < store.pool().size() as usize {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }

    #[tokio::test]
    async fn a_read_only_database_is_refused_at_open_with_a_clear_message() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(None, dir.path()).await.unwrap());
        let url = format!(
            "sqlite://{}?mode=ro",
            dir.path().join("traces.sqlite").display()
        );
        let err = Store::open(Some(&url), dir.path()).await.unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Unwritable {
                    fault: StorageFault::ReadOnly,
                    ..
                }
            ),
            "{err}"
        );
        let message = err.to_string();
        assert!(message.contains("read-only"), "{message}");
        assert!(message.contains("writable file system"), "{message}");
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
