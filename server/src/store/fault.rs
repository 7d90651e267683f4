//! Database errors sorted once, by the backend's error code: the storage cannot keep data (disk
//! full, read-only, failing, files that cannot be opened), or something else went wrong. The
//! services answer the first kind with `ApiError::StorageUnavailable` and the rest with
//! `ApiError::Internal`, and a PostgreSQL backend only adds its codes here.

use std::fmt;

/// Why the storage cannot keep data now. When a write fails for one of these reasons, its
/// transaction is rolled back as a whole: nothing of it was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageFault {
    /// No space left: SQLite's SQLITE_FULL, PostgreSQL's 53100 `disk_full`.
    Full,
    /// The database or its file system takes no writes: SQLite's SQLITE_READONLY with any of
    /// its extended codes, PostgreSQL's 25006 `read_only_sql_transaction` (a hot standby).
    ReadOnly,
    /// The operating system refused a write, a sync or a lock (SQLite's SQLITE_IOERR_*: EROFS,
    /// EIO, ENOSPC met while syncing). Errors reading (SQLITE_IOERR_READ, SHORT_READ) and
    /// SQLITE_IOERR_NOMEM are not storage that refuses to keep data, so they are not this.
    Io,
    /// SQLite's SQLITE_CANTOPEN: the database file or its journal cannot be opened or created.
    CannotOpen,
}

/// SQLite's primary result codes (the low byte of an extended code) and the extended I/O codes
/// that are not a refused write (<https://www.sqlite.org/rescode.html>).
mod sqlite_code {
    pub const READONLY: i64 = 8;
    pub const IOERR: i64 = 10;
    pub const FULL: i64 = 13;
    pub const CANTOPEN: i64 = 14;
    pub const IOERR_READ: i64 = IOERR | (1 << 8);
    pub const IOERR_SHORT_READ: i64 = IOERR | (2 << 8);
    pub const IOERR_NOMEM: i64 = IOERR | (12 << 8);
}

/// PostgreSQL's SQLSTATEs (<https://www.postgresql.org/docs/current/errcodes-appendix.html>).
mod sqlstate {
    pub const DISK_FULL: &str = "53100";
    pub const READ_ONLY_SQL_TRANSACTION: &str = "25006";
}

impl StorageFault {
    /// The storage fault behind `err`, if that is what it is.
    pub fn of(err: &sqlx::Error) -> Option<Self> {
        let sqlx::Error::Database(db) = err else {
            return None;
        };
        let code = db.code()?;
        if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
            // sqlx gives SQLite's extended result code, as a number.
            Self::of_sqlite(code.parse().ok()?)
        } else {
            Self::of_sqlstate(&code)
        }
    }

    fn of_sqlite(extended: i64) -> Option<Self> {
        use sqlite_code::*;
        match (extended & 0xff, extended) {
            (FULL, _) => Some(Self::Full),
            (READONLY, _) => Some(Self::ReadOnly),
            (CANTOPEN, _) => Some(Self::CannotOpen),
            (IOERR, IOERR_READ | IOERR_SHORT_READ | IOERR_NOMEM) => None,
            (IOERR, _) => Some(Self::Io),
            _ => None,
        }
    }

    fn of_sqlstate(code: &str) -> Option<Self> {
        match code {
            sqlstate::DISK_FULL => Some(Self::Full),
            sqlstate::READ_ONLY_SQL_TRANSACTION => Some(Self::ReadOnly),
            _ => None,
        }
    }
}

/// Words for the operator, in logs and startup messages.
impl fmt::Display for StorageFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Full => "the disk is full",
            Self::ReadOnly => "the database or its file system is read-only",
            Self::Io => "the operating system refused to write",
            Self::CannotOpen => "the database files cannot be opened or created",
        })
    }
}

/// A failed database call of a server function, parsed into what the services answer.
#[derive(Debug, thiserror::Error)]
pub enum DbFailure {
    /// The storage cannot keep data; the request may succeed once it can.
    #[error("storage unavailable ({fault}): {source}")]
    Storage {
        fault: StorageFault,
        source: sqlx::Error,
    },
    #[error(transparent)]
    Other(sqlx::Error),
}

impl From<sqlx::Error> for DbFailure {
    fn from(source: sqlx::Error) -> Self {
        match StorageFault::of(&source) {
            Some(fault) => DbFailure::Storage { fault, source },
            None => DbFailure::Other(source),
        }
    }
}

impl DbFailure {
    pub fn fault(&self) -> Option<StorageFault> {
        match self {
            DbFailure::Storage { fault, .. } => Some(*fault),
            DbFailure::Other(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
    use sqlx::Connection;

    #[test]
    fn sqlite_codes_are_sorted_by_their_primary_code() {
        let cases = [
            (13, Some(StorageFault::Full)),
            (8, Some(StorageFault::ReadOnly)),
            (8 | (1 << 8), Some(StorageFault::ReadOnly)), // READONLY_RECOVERY
            (8 | (6 << 8), Some(StorageFault::ReadOnly)), // READONLY_DIRECTORY
            (14, Some(StorageFault::CannotOpen)),
            (10, Some(StorageFault::Io)),
            (10 | (3 << 8), Some(StorageFault::Io)), // IOERR_WRITE
            (10 | (4 << 8), Some(StorageFault::Io)), // IOERR_FSYNC
            (10 | (19 << 8), Some(StorageFault::Io)), // IOERR_SHMSIZE
            (10 | (1 << 8), None),                   // IOERR_READ
            (10 | (2 << 8), None),                   // IOERR_SHORT_READ
            (10 | (12 << 8), None),                  // IOERR_NOMEM
            (5, None),                               // BUSY
            (19 | (8 << 8), None),                   // CONSTRAINT_UNIQUE
            (11, None),                              // CORRUPT
        ];
        for (code, expected) in cases {
            assert_eq!(StorageFault::of_sqlite(code), expected, "code {code}");
        }
    }

    #[test]
    fn postgres_disk_full_and_read_only_are_storage_faults() {
        assert_eq!(StorageFault::of_sqlstate("53100"), Some(StorageFault::Full));
        assert_eq!(
            StorageFault::of_sqlstate("25006"),
            Some(StorageFault::ReadOnly)
        );
        assert_eq!(StorageFault::of_sqlstate("23505"), None); // unique_violation
        assert_eq!(StorageFault::of_sqlstate("13"), None);
    }

    /// Real errors of SQLite, not made-up codes: a read-only connection and a page limit.
    #[tokio::test]
    async fn sqlite_read_only_and_full_errors_are_parsed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("fault.sqlite");
        let mut writer = sqlx::SqliteConnection::connect_with(
            &SqliteConnectOptions::new()
                .filename(&file)
                .create_if_missing(true),
        )
        .await
        .unwrap();
        sqlx::query("CREATE TABLE t (x BLOB)")
            .execute(&mut writer)
            .await
            .unwrap();

        let reader = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(SqliteConnectOptions::new().filename(&file).read_only(true))
            .await
            .unwrap();
        let err = sqlx::query("INSERT INTO t VALUES (x'00')")
            .execute(&reader)
            .await
            .unwrap_err();
        assert_eq!(
            StorageFault::of(&err),
            Some(StorageFault::ReadOnly),
            "{err}"
        );

        sqlx::query("PRAGMA max_page_count = 3")
            .execute(&mut writer)
            .await
            .unwrap();
        let err = sqlx::query("INSERT INTO t VALUES (zeroblob(100000))")
            .execute(&mut writer)
            .await
            .unwrap_err();
        let failure = DbFailure::from(err);
        assert_eq!(failure.fault(), Some(StorageFault::Full), "{failure}");

        let err = sqlx::query("SELECT * FROM no_such_table")
            .execute(&mut writer)
            .await
            .unwrap_err();
        assert!(matches!(DbFailure::from(err), DbFailure::Other(_)));
        assert_eq!(StorageFault::of(&sqlx::Error::PoolTimedOut), None);
    }
}
