//! Durable storage: SQLite by default (one file, WAL, full synchronous
//! commits so that an acknowledged write survives a crash), PostgreSQL when
//! the location is a `postgres://` URL (for several API instances behind a
//! proxy). One code path through sqlx's `Any` driver: the SQL is written once,
//! in the dialect both understand (`$1` placeholders, `ON CONFLICT`,
//! integers for flags). All SQL lives in the `store*` modules.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

/// A new application as it is written, with its first history entry.
pub struct NewApplication<'a> {
    pub reference: &'a str,
    pub secret_hash: &'a [u8],
    pub eligibility: &'a str,
    pub kind: &'a str,
    pub country: &'a str,
    pub locale: &'a str,
    pub accounts: u32,
    pub storage_gb: u32,
    pub structure_name: &'a str,
    /// Name and purpose, folded for search.
    pub search: &'a str,
    pub answers_json: &'a str,
    pub now: &'a str,
}

/// A successful submission to replay for a repeated Idempotency-Key.
pub struct Replay<'a> {
    pub key_hash: &'a [u8],
    pub request_hash: &'a [u8],
    pub sealed_response: &'a [u8],
}

pub enum Inserted {
    Done,
    /// The reference was already taken: draw another one.
    ReferenceTaken,
    /// Another request with the same Idempotency-Key was stored first.
    ReplayExists,
}

#[derive(sqlx::FromRow)]
pub struct StoredReplay {
    pub request_hash: Vec<u8>,
    pub sealed_response: Vec<u8>,
}

pub struct ApplicantRow {
    pub id: i64,
    pub status: String,
    pub eligibility: String,
    pub phase: Option<i64>,
    pub created_at: String,
    pub erased: bool,
    pub events: Vec<EventRow>,
}

#[derive(sqlx::FromRow)]
pub struct EventRow {
    pub at: String,
    /// `applicant` or a reviewer's name: never shown to the applicant.
    pub actor: String,
    pub status: String,
    pub phase: Option<i64>,
    pub reason: Option<String>,
    pub message: Option<String>,
}

/// The same moment `days` earlier (RFC 3339, as stored); the moment itself
/// when it cannot be read, which keeps everything.
fn days_before(now: &str, days: u16) -> String {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(now, &Rfc3339)
        .ok()
        .and_then(|t| t.checked_sub(time::Duration::days(i64::from(days))))
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| now.to_owned())
}

/// Erases what a request says of the people behind it: the answers, the
/// name and its search form, reviewers' messages (they may quote it) and
/// private notes, and the answers to surveys that are not anonymous
/// (anonymous ones were never linked); its invitations are revoked, so that
/// nothing more is answered in its name. What the counts and the audit need
/// stays: kind, country, dates, statuses, reasons.
async fn erase_personal_data(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE applications SET answers = NULL, structure_name = NULL, search = NULL, erased_at = $1 WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    // First, as a response being saved locks its invitation (on PostgreSQL):
    // one of the two waits for the other, and no response outlives this.
    sqlx::query(
        "UPDATE survey_invitations SET token_hash = NULL, revoked_at = $1 WHERE application_id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    for statement in [
        "UPDATE application_events SET message = NULL WHERE application_id = $1",
        "DELETE FROM application_notes WHERE application_id = $1",
        "DELETE FROM survey_responses WHERE application_id = $1",
    ] {
        sqlx::query(statement).bind(id).execute(&mut **tx).await?;
    }
    Ok(())
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
/// error when another connection holds the lock.
fn sqlite_pool(connections: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(connections)
        .after_connect(|conn: &mut AnyConnection, _| {
            Box::pin(async move {
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
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

    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn replay(&self, key_hash: &[u8]) -> Result<Option<StoredReplay>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT request_hash, response AS sealed_response FROM idempotency WHERE key_hash = $1",
        )
        .bind(key_hash)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Writes the application, its first history entry and (when given) its
    /// replay record in one transaction: all of it is stored, or none.
    pub async fn insert_application(
        &self,
        app: &NewApplication<'_>,
        replay: Option<&Replay<'_>>,
    ) -> Result<Inserted, StoreError> {
        match self.try_insert(app, replay).await {
            Ok(()) => Ok(Inserted::Done),
            Err(err) if err.is_unique_violation() => {
                let taken = sqlx::query("SELECT 1 FROM applications WHERE reference = $1")
                    .bind(app.reference)
                    .fetch_optional(&self.pool)
                    .await?
                    .is_some();
                Ok(if taken {
                    Inserted::ReferenceTaken
                } else {
                    Inserted::ReplayExists
                })
            }
            Err(err) => Err(err),
        }
    }

    async fn try_insert(
        &self,
        app: &NewApplication<'_>,
        replay: Option<&Replay<'_>>,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer.begin().await?;
        if let Some(replay) = replay {
            // Keys are remembered for a day: the store stays bounded.
            sqlx::query("DELETE FROM idempotency WHERE created_at < $1")
                .bind(days_before(app.now, 1))
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO idempotency (key_hash, request_hash, response, created_at) VALUES ($1, $2, $3, $4)")
                .bind(replay.key_hash)
                .bind(replay.request_hash)
                .bind(replay.sealed_response)
                .bind(app.now)
                .execute(&mut *tx)
                .await?;
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (reference, secret_hash, status, eligibility, kind, country, locale, \
             accounts, storage_gb, structure_name, search, answers, created_at, updated_at) \
             VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(app.reference)
        .bind(app.secret_hash)
        .bind(app.eligibility)
        .bind(app.kind)
        .bind(app.country)
        .bind(app.locale)
        .bind(i64::from(app.accounts))
        .bind(i64::from(app.storage_gb))
        .bind(app.structure_name)
        .bind(app.search)
        .bind(app.answers_json)
        .bind(app.now)
        .bind(app.now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO application_events (application_id, at, actor, status) VALUES ($1, $2, 'applicant', 'received')")
            .bind(id)
            .bind(app.now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The id of a request and its secret's fingerprint, to compare before
    /// anything else is read: a known reference and an unknown one cost the
    /// same one indexed read.
    pub async fn applicant_secret(
        &self,
        reference: &str,
    ) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        let row = sqlx::query("SELECT id, secret_hash FROM applications WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| Ok((row.try_get("id")?, row.try_get("secret_hash")?)))
            .transpose()
    }

    /// What the applicant may see of a request.
    pub async fn applicant_view(&self, id: i64) -> Result<Option<ApplicantRow>, StoreError> {
        let row = sqlx::query(
            "SELECT id, status, eligibility, phase, created_at, erased_at FROM applications WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;
        let events = self.events(id).await?;
        Ok(Some(ApplicantRow {
            id,
            status: row.try_get("status")?,
            eligibility: row.try_get("eligibility")?,
            phase: row.try_get("phase")?,
            created_at: row.try_get("created_at")?,
            erased: row.try_get::<Option<String>, _>("erased_at")?.is_some(),
            events,
        }))
    }

    /// The history of a request, oldest first.
    pub async fn events(&self, id: i64) -> Result<Vec<EventRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT at, actor, status, phase, reason, message FROM application_events WHERE application_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Withdraws a request and erases its personal data (see
    /// `erase_personal_data`). Only from `from`, so that a concurrent
    /// decision is not overwritten.
    pub async fn withdraw(&self, id: i64, from: &str, now: &str) -> Result<bool, StoreError> {
        let mut tx = self.writer.begin().await?;
        let changed = sqlx::query(
            "UPDATE applications SET status = 'withdrawn', updated_at = $1 WHERE id = $2 AND status = $3",
        )
        .bind(now)
        .bind(id)
        .bind(from)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        erase_personal_data(&mut tx, id, now).await?;
        sqlx::query("INSERT INTO application_events (application_id, at, actor, status) VALUES ($1, $2, 'applicant', 'withdrawn')")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Erases the personal data of the requests whose retention period is
    /// over (counted from their last change, by status); returns how many.
    pub async fn erase_past_retention(
        &self,
        retention: &portal_core::Retention,
        now: &str,
    ) -> Result<u64, StoreError> {
        let periods = [
            ("refused", retention.refused_days),
            ("waitlisted", retention.waitlisted_days),
            ("accepted", retention.accepted_days),
            ("received", retention.undecided_days),
            ("under_review", retention.undecided_days),
        ];
        let mut tx = self.writer.begin().await?;
        let mut erased = 0u64;
        for (status, days) in periods {
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM applications WHERE status = $1 AND erased_at IS NULL AND updated_at < $2",
            )
            .bind(status)
            .bind(days_before(now, days))
            .fetch_all(&mut *tx)
            .await?;
            for id in &ids {
                erase_personal_data(&mut tx, *id, now).await?;
            }
            erased += ids.len() as u64;
        }
        tx.commit().await?;
        Ok(erased)
    }

    /// How many applications are accepted into each phase.
    pub async fn accepted_per_phase(&self) -> Result<BTreeMap<u32, u32>, StoreError> {
        let rows = sqlx::query(
            "SELECT phase, COUNT(*) AS n FROM applications WHERE status = 'accepted' AND phase IS NOT NULL GROUP BY phase",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let phase: i64 = row.try_get("phase")?;
                let n: i64 = row.try_get("n")?;
                match (u32::try_from(phase), u32::try_from(n)) {
                    (Ok(phase), Ok(n)) => Ok((phase, n)),
                    _ => Err(StoreError::Corrupt(format!(
                        "phase count out of range: {phase}"
                    ))),
                }
            })
            .collect()
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

    /// Every table but the idempotency replays (transient, sealed), row by
    /// row, in one read transaction: `{"table": [{"column": value}]}`.
    /// Fingerprints (BLOBs) are written in hexadecimal.
    pub async fn export(&self) -> Result<serde_json::Value, StoreError> {
        use sqlx::{Column, TypeInfo, ValueRef};
        // Each table with its key, for a stable order.
        const TABLES: &[(&str, &str)] = &[
            ("applications", "id"),
            ("application_events", "id"),
            ("application_notes", "id"),
            ("reviewers", "id"),
            ("phase_states", "number"),
            ("surveys", "id"),
            ("survey_phases", "survey_id, phase"),
            ("survey_invitations", "id"),
            ("survey_responses", "id"),
        ];
        let mut tx = self.pool.begin().await?;
        let mut out = serde_json::Map::new();
        for (table, key) in TABLES {
            let rows = sqlx::query(&format!("SELECT * FROM {table} ORDER BY {key}"))
                .fetch_all(&mut *tx)
                .await?;
            let mut list = Vec::with_capacity(rows.len());
            for row in &rows {
                let mut object = serde_json::Map::new();
                for (i, column) in row.columns().iter().enumerate() {
                    let raw = row.try_get_raw(i)?;
                    let value = if raw.is_null() {
                        serde_json::Value::Null
                    } else {
                        match raw.type_info().name() {
                            "SMALLINT" | "INTEGER" | "BIGINT" => row.try_get::<i64, _>(i)?.into(),
                            "REAL" | "DOUBLE" => row.try_get::<f64, _>(i)?.into(),
                            "BLOB" => row
                                .try_get::<Vec<u8>, _>(i)?
                                .iter()
                                .map(|b| format!("{b:02x}"))
                                .collect::<String>()
                                .into(),
                            _ => row.try_get::<String, _>(i)?.into(),
                        }
                    };
                    object.insert(column.name().to_owned(), value);
                }
                list.push(serde_json::Value::Object(object));
            }
            out.insert((*table).to_owned(), serde_json::Value::Array(list));
        }
        tx.commit().await?;
        Ok(serde_json::Value::Object(out))
    }
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
            // FULL is 2: every commit reaches the disk before it is answered.
            assert_eq!(
                (mode.as_str(), synchronous, foreign_keys, timeout),
                ("wal", 2, 1, 5000)
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
            days_before("2026-03-01T00:00:00Z", 1),
            "2026-02-28T00:00:00Z"
        );
        assert_eq!(days_before("not a date", 1), "not a date");
    }
}
