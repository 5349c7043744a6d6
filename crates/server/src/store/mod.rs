//! Durable storage: SQLite by default (one file, WAL, full synchronous
//! commits so that an acknowledged write survives a crash), PostgreSQL when
//! the location is a `postgres://` URL (for several API instances behind a
//! proxy). One code path through sqlx's `Any` driver: the SQL is written once,
//! in the dialect both understand (`$1` placeholders, `ON CONFLICT`,
//! integers for flags). All SQL lives in `store/`: this file opens the database (and backs it
//! up, exports it), `applications` keeps the requests, `review` the
//! reviewers' side, `surveys` the surveys, `notifications` the outbox of
//! e-mails, `related` the keys of related requests, `sharing` who
//! took a request, labels and saved views, `dashboard` the counts, `limits` the shared rate-limit counts.

use std::path::{Path, PathBuf};

mod applications;
mod audit;
mod consent;
mod copy;
mod dashboard;
mod limits;
mod notifications;
mod related;
mod replies;
mod restore;
mod review;
mod sharing;
mod spaces;
mod sso;
mod surveys;
mod team;

pub use applications::days_before;
pub use applications::{ApplicantRow, Correction, Inserted, NewApplication, Replay};
pub use audit::{AuditRow, AuditSelect};
pub use consent::Form;
pub use dashboard::{CountBy, Outbox};
pub use sharing::Added;

/// The answers a correction changed, from their stored form.
pub fn fields(stored: Option<&str>) -> Vec<String> {
    stored
        .unwrap_or_default()
        .split(',')
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The actor of the events that are the applicant's own (the request, an
/// answer, the withdrawal); a reviewer's name otherwise.
pub const APPLICANT: &str = "applicant";
pub use copy::{CopyError, copy};
pub use notifications::{Claimed, millis, retry_after};
pub use restore::{RestoreError, Restored, restore};
pub use review::{Decided, Filter, QueueRow};
pub use spaces::{AddressSet, ClaimedDelivery, Marked};
pub use sso::{PendingSso, SsoSet};
pub use surveys::{InvitationRow, InvitedRow, NewDraft, NewResponse, SurveyRow};
pub use team::{MemberRow, SessionLimits, TeamChange, TokenCheck};

use sqlx::AnyConnection;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor, Row};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("invalid database location {0}")]
    Location(String),
    #[error("cannot create {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("{0} is not available on PostgreSQL: use pg_dump")]
    SqliteOnly(&'static str),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
}

/// A column's value that does not fit its type, as sqlx tells it.
fn decode(column: &str, error: impl std::error::Error + Send + Sync + 'static) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: Box::new(error),
    }
}

/// A value of one of core's closed lists, stored by its name.
#[derive(Debug, thiserror::Error)]
#[error("unknown name {0:?}")]
struct UnknownName(String);

/// The column `column` of `row`, holding one of core's closed lists by name
/// (`parse` reads it).
fn named<T>(
    row: &sqlx::any::AnyRow,
    column: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, sqlx::Error> {
    let text: String = row.try_get(column)?;
    parse(&text).ok_or_else(|| decode(column, UnknownName(text)))
}

/// A column holding one of core's closed lists by name, or nothing.
fn maybe_named<T>(
    row: &sqlx::any::AnyRow,
    column: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<Option<T>, sqlx::Error> {
    row.try_get::<Option<String>, _>(column)?
        .map(|text| parse(&text).ok_or_else(|| decode(column, UnknownName(text))))
        .transpose()
}

/// A flag column: integers for flags, as both databases store them (1 is
/// set).
fn flag(row: &sqlx::any::AnyRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(column)? == 1)
}

/// A column holding a phase's number, if any.
fn phase(row: &sqlx::any::AnyRow, column: &str) -> Result<Option<u32>, sqlx::Error> {
    row.try_get::<Option<i64>, _>(column)?
        .map(|p| u32::try_from(p).map_err(|e| decode(column, e)))
        .transpose()
}

/// A count column (never negative).
fn count(row: &sqlx::any::AnyRow, column: &str) -> Result<u32, sqlx::Error> {
    let value: i64 = row.try_get(column)?;
    u32::try_from(value).map_err(|e| decode(column, e))
}

/// A row's id drawn at random (positive), for the rows whose order of
/// arrival must not show: survey responses and drafts, which anonymous
/// surveys keep apart from any request and any time.
fn random_id() -> Result<i64, StoreError> {
    let bytes: [u8; 8] = crate::secrets::random_bytes()?;
    Ok((i64::from_be_bytes(bytes) & i64::MAX).max(1))
}

impl StoreError {
    fn is_unique_violation(&self) -> bool {
        matches!(self, StoreError::Sql(sqlx::Error::Database(db)) if db.is_unique_violation())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// On SQLite, reads share a pool of connections and writes go through one
/// connection, one transaction at a time, so that writers queue in order
/// instead of meeting SQLite's lock and backing off. On PostgreSQL, one pool
/// does both.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    writer: AnyPool,
    backend: Backend,
}

/// The `sqlite://` URL of a path (or the URL itself), creating the folder.
fn sqlite_url(location: &str) -> Result<String, StoreError> {
    if location.starts_with("sqlite:") {
        return Ok(if location.contains('?') {
            location.to_owned()
        } else {
            format!("{location}?mode=rwc")
        });
    }
    let path = Path::new(location);
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let mut folder = std::fs::DirBuilder::new();
        folder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut folder, 0o700);
        folder.create(parent).map_err(|source| StoreError::File {
            path: parent.display().to_string(),
            source,
        })?;
    }
    let mut encoded = String::with_capacity(location.len());
    for byte in location.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'/' | b'.' | b'-' | b'_' | b'~' => {
                encoded.push(char::from(byte));
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    if encoded.is_empty() {
        return Err(StoreError::Location(location.to_owned()));
    }
    Ok(format!("sqlite://{encoded}?mode=rwc"))
}

/// The file of a SQLite location (a path or a `sqlite:` URL), unless it is
/// in memory.
fn sqlite_file(location: &str) -> Option<PathBuf> {
    let path = match location.strip_prefix("sqlite:") {
        Some(url) => {
            let url = url.strip_prefix("//").unwrap_or(url);
            url.split('?').next().unwrap_or_default()
        }
        None => location,
    };
    (!path.is_empty() && !path.starts_with(':')).then(|| PathBuf::from(path))
}

/// Options that create a file readable and writable by its owner only
/// (SQLite gives its journal files the database's permissions).
fn private_file() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Creates the database file (owner only) if needed, and takes the lock of
/// its migrations: a file beside it, locked until the guard is dropped.
async fn migration_lock(path: PathBuf) -> Result<std::fs::File, StoreError> {
    let io = |source: std::io::Error| StoreError::File {
        path: path.display().to_string(),
        source,
    };
    private_file().create(true).open(&path).map_err(io)?;
    let mut lock_path = path.clone().into_os_string();
    lock_path.push(".lock");
    let file = private_file()
        .create(true)
        .open(PathBuf::from(lock_path))
        .map_err(io)?;
    tokio::task::spawn_blocking(move || file.lock().map(|()| file))
        .await
        .map_err(|e| io(std::io::Error::other(e)))?
        .map_err(io)
}

/// SQLite connections with what durability needs: the write-ahead log,
/// a full sync at every commit, foreign keys, and a wait rather than an
/// error when another connection holds the lock; and what erasure needs:
/// deleted content overwritten with zeros in the file, not left in free
/// space (`secure_delete`).
fn sqlite_pool(connections: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(connections)
        .after_connect(|conn: &mut AnyConnection, _| {
            Box::pin(async move {
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                     PRAGMA secure_delete = ON;",
                )
                .await?;
                Ok(())
            })
        })
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `location`: a
    /// path, a `sqlite:` URL or a `postgres://` URL.
    pub async fn open(location: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        if location.starts_with("postgres://") || location.starts_with("postgresql://") {
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .connect(location)
                .await?;
            sqlx::migrate!("migrations/postgres").run(&pool).await?;
            return Ok(Store {
                writer: pool.clone(),
                pool,
                backend: Backend::Postgres,
            });
        }
        let url = sqlite_url(location)?;
        // Another process (the server, a command) may be migrating the same
        // new file: one at a time, or both would create the same tables.
        let lock = match sqlite_file(location) {
            Some(path) => Some(migration_lock(path).await?),
            None => None,
        };
        let writer = sqlite_pool(1).connect(&url).await?;
        sqlx::migrate!("migrations/sqlite").run(&writer).await?;
        drop(lock);
        let pool = sqlite_pool(8).connect(&url).await?;
        Ok(Store {
            pool,
            writer,
            backend: Backend::Sqlite,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// For reads.
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// For every write: on SQLite, the one writer connection.
    pub(crate) fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// After an erasure, leaves no copy of what was erased in the files: on
    /// SQLite, the write-ahead log still holds the pages as they were before
    /// it; they are copied into the database (where `secure_delete` zeroed
    /// the freed bytes) and the log is emptied. A reader in the middle of a
    /// transaction holds the log: tried again a few times, then left to the
    /// next erasure or SQLite's own checkpoints. On PostgreSQL, the hourly
    /// purge vacuums the tables instead (`vacuum`).
    pub async fn scrub(&self) {
        if self.backend != Backend::Sqlite {
            return;
        }
        for attempt in 0..20u64 {
            match sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.writer)
                .await
            {
                Ok((0, _, _)) => return,
                Ok(_) => tokio::time::sleep(std::time::Duration::from_millis(10 * attempt)).await,
                Err(err) => {
                    tracing::warn!(error = %err, "the write-ahead log could not be emptied");
                    return;
                }
            }
        }
        tracing::warn!("the write-ahead log stays busy: emptied at a later erasure");
    }

    /// On PostgreSQL, has the tables that hold personal data vacuumed, so
    /// that the rows an erasure left behind (dead until then) are removed.
    pub async fn vacuum(&self) -> Result<(), StoreError> {
        if self.backend != Backend::Postgres {
            return Ok(());
        }
        sqlx::query(
            "VACUUM applications, application_events, application_notes, application_keys, \
             application_labels, idempotency, notifications, survey_responses, survey_drafts",
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// A consistent copy of the whole database in a new file (`VACUUM
    /// INTO`), taken while the server keeps answering.
    pub async fn backup(&self, to: &str) -> Result<(), StoreError> {
        if self.backend == Backend::Postgres {
            return Err(StoreError::SqliteOnly("backup"));
        }
        // An empty file of the owner's only: VACUUM INTO fills it.
        private_file()
            .create_new(true)
            .open(to)
            .map_err(|source| StoreError::File {
                path: to.to_owned(),
                source,
            })?;
        sqlx::query("VACUUM INTO $1")
            .bind(to)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Every table, row by row, in one read transaction: `{"table":
    /// [{"column": value}]}`. Fingerprints (BLOBs) are written in
    /// hexadecimal. A test checks that no table of the schema is left out.
    pub async fn export(&self) -> Result<serde_json::Value, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut out = serde_json::Map::new();
        for (table, key) in TABLES {
            let rows = sqlx::query(&format!("SELECT * FROM {table} ORDER BY {key}"))
                .fetch_all(&mut *tx)
                .await?;
            let mut list = Vec::with_capacity(rows.len());
            for row in &rows {
                let mut object = serde_json::Map::new();
                for (name, cell) in cells(row)? {
                    object.insert(name, cell.into());
                }
                list.push(serde_json::Value::Object(object));
            }
            out.insert((*table).to_owned(), serde_json::Value::Array(list));
        }
        tx.commit().await?;
        Ok(serde_json::Value::Object(out))
    }
}

/// Every table with its key, for a stable order; a table comes after those
/// it refers to. A test checks that no table of the schema is left out.
const TABLES: &[(&str, &str)] = &[
    ("applications", "id"),
    ("application_events", "id"),
    ("application_notes", "id"),
    ("reviewers", "id"),
    ("review_sessions", "id"),
    ("phase_states", "number"),
    ("surveys", "id"),
    ("survey_phases", "survey_id, phase"),
    ("survey_invitations", "id"),
    ("survey_responses", "id"),
    ("survey_drafts", "id"),
    ("notifications", "id"),
    ("idempotency", "key_hash"),
    ("rate_limits", "name, client"),
    ("application_keys", "application_id, likeness"),
    ("labels", "id"),
    ("application_labels", "label_id, application_id"),
    ("saved_views", "id"),
    ("mail_addresses", "address_hash"),
    ("server_keys", "name"),
    ("deliveries", "id"),
    ("delivery_stops", "id"),
    ("space_reports", "webhook_id"),
    ("audit_log", "id"),
    ("reply_templates", "id"),
    ("sso_logins", "key_hash"),
];

/// A stored value, whichever database it comes from.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Blob(Vec<u8>),
    Text(String),
}

impl From<Cell> for serde_json::Value {
    /// BLOBs (fingerprints) in hexadecimal.
    fn from(cell: Cell) -> serde_json::Value {
        match cell {
            Cell::Null => serde_json::Value::Null,
            Cell::Integer(n) => n.into(),
            Cell::Real(x) => x.into(),
            Cell::Blob(bytes) => bytes
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
                .into(),
            Cell::Text(text) => text.into(),
        }
    }
}

/// The columns of `row`, named, with their values.
fn cells(row: &sqlx::any::AnyRow) -> Result<Vec<(String, Cell)>, StoreError> {
    use sqlx::{Column, TypeInfo, ValueRef};
    let mut out = Vec::with_capacity(row.columns().len());
    for (i, column) in row.columns().iter().enumerate() {
        let raw = row.try_get_raw(i)?;
        let cell = if raw.is_null() {
            Cell::Null
        } else {
            match raw.type_info().name() {
                "SMALLINT" | "INTEGER" | "BIGINT" => Cell::Integer(row.try_get(i)?),
                "REAL" | "DOUBLE" => Cell::Real(row.try_get(i)?),
                "BLOB" => Cell::Blob(row.try_get(i)?),
                _ => Cell::Text(row.try_get(i)?),
            }
        };
        out.push((column.name().to_owned(), cell));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_sqlite_connection_has_the_durability_settings() {
        let dir = tempfile::tempdir().unwrap();
        let location = dir.path().join("a folder").join("portal #1.db");
        let store = Store::open(&location.display().to_string()).await.unwrap();
        assert_eq!(store.backend(), Backend::Sqlite);
        assert!(location.exists(), "the file is where it was asked");
        for pool in [store.pool(), store.writer()] {
            let mut conn = pool.acquire().await.unwrap();
            let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            let secure_delete: i64 = sqlx::query_scalar("PRAGMA secure_delete")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
            // FULL is 2: every commit reaches the disk before it is answered.
            assert_eq!(
                (
                    mode.as_str(),
                    synchronous,
                    foreign_keys,
                    timeout,
                    secure_delete
                ),
                ("wal", 2, 1, 5000, 1)
            );
        }
    }

    #[test]
    fn paths_become_sqlite_urls() {
        assert_eq!(
            sqlite_url("sqlite:x.db").unwrap_or_default(),
            "sqlite:x.db?mode=rwc"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a b#c.db").display().to_string();
        let url = sqlite_url(&path).unwrap_or_default();
        assert!(
            url.starts_with("sqlite://") && url.ends_with("a%20b%23c.db?mode=rwc"),
            "{url}"
        );
        assert_eq!(
            applications::days_before("2026-03-01T00:00:00Z", 1),
            "2026-02-28T00:00:00Z"
        );
        assert_eq!(applications::days_before("not a date", 1), "not a date");
    }
}
