//! Durable storage. SQLite by default (one file, WAL, full synchronous commits
//! so that an acknowledged write survives a crash). All SQL lives here.

use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("invalid database location {0}")]
    Location(String),
    #[error("cannot create the database folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
}

impl StoreError {
    fn is_unique_violation(&self) -> bool {
        matches!(self, StoreError::Sql(sqlx::Error::Database(db)) if db.is_unique_violation())
    }
}

/// Reads share a pool of connections; writes go through one connection, one
/// transaction at a time, so that writers queue in order instead of meeting
/// SQLite's lock and backing off.
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    writer: SqlitePool,
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

pub struct StoredReplay {
    pub request_hash: Vec<u8>,
    pub sealed_response: Vec<u8>,
}

pub struct ApplicantRow {
    pub id: i64,
    pub secret_hash: Vec<u8>,
    pub status: String,
    pub eligibility: String,
    pub phase: Option<i64>,
    pub created_at: String,
    pub erased: bool,
    pub events: Vec<EventRow>,
}

pub struct EventRow {
    pub at: String,
    /// `applicant` or a reviewer's name: never shown to the applicant.
    pub actor: String,
    pub status: String,
    pub phase: Option<i64>,
    pub reason: Option<String>,
    pub message: Option<String>,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `location`: a
    /// path, or a `sqlite:` URL.
    pub async fn open(location: &str) -> Result<Self, StoreError> {
        let options = if location.starts_with("sqlite:") {
            SqliteConnectOptions::from_str(location)
                .map_err(|_| StoreError::Location(location.to_owned()))?
        } else {
            let path = Path::new(location);
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|source| StoreError::Folder {
                    path: parent.display().to_string(),
                    source,
                })?;
            }
            SqliteConnectOptions::new().filename(path)
        };
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("migrations/sqlite").run(&writer).await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(Store { pool, writer })
    }

    /// For reads.
    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// For every write: the one writer connection.
    pub(crate) fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn replay(&self, key_hash: &[u8]) -> Result<Option<StoredReplay>, StoreError> {
        let row = sqlx::query("SELECT request_hash, response FROM idempotency WHERE key_hash = ?")
            .bind(key_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| StoredReplay {
            request_hash: row.get("request_hash"),
            sealed_response: row.get("response"),
        }))
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
                let taken = sqlx::query("SELECT 1 FROM applications WHERE reference = ?")
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
            sqlx::query("DELETE FROM idempotency WHERE created_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')")
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO idempotency (key_hash, request_hash, response, created_at) VALUES (?, ?, ?, ?)")
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
             VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(app.reference)
        .bind(app.secret_hash)
        .bind(app.eligibility)
        .bind(app.kind)
        .bind(app.country)
        .bind(app.locale)
        .bind(app.accounts)
        .bind(app.storage_gb)
        .bind(app.structure_name)
        .bind(app.search)
        .bind(app.answers_json)
        .bind(app.now)
        .bind(app.now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO application_events (application_id, at, actor, status) VALUES (?, ?, 'applicant', 'received')")
            .bind(id)
            .bind(app.now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// What the applicant may see of a request, with its secret's fingerprint
    /// to compare.
    pub async fn applicant_view(
        &self,
        reference: &str,
    ) -> Result<Option<ApplicantRow>, StoreError> {
        let row = sqlx::query(
            "SELECT id, secret_hash, status, eligibility, phase, created_at, erased_at FROM applications WHERE reference = ?",
        )
        .bind(reference)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.get("id");
        let events = self.events(id).await?;
        Ok(Some(ApplicantRow {
            id,
            secret_hash: row.get("secret_hash"),
            status: row.get("status"),
            eligibility: row.get("eligibility"),
            phase: row.get("phase"),
            created_at: row.get("created_at"),
            erased: row.get::<Option<String>, _>("erased_at").is_some(),
            events,
        }))
    }

    /// The history of a request, oldest first.
    pub async fn events(&self, id: i64) -> Result<Vec<EventRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor, status, phase, reason, message FROM application_events WHERE application_id = ? ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|e| EventRow {
                at: e.get("at"),
                actor: e.get("actor"),
                status: e.get("status"),
                phase: e.get("phase"),
                reason: e.get("reason"),
                message: e.get("message"),
            })
            .collect())
    }

    /// Withdraws a request and erases its personal data (the answers, the
    /// name), keeping what the counts and the audit need: kind, country,
    /// dates, statuses. Only from `from`, so that a concurrent decision is not
    /// overwritten.
    pub async fn withdraw(&self, id: i64, from: &str, now: &str) -> Result<bool, StoreError> {
        let mut tx = self.writer.begin().await?;
        let changed = sqlx::query(
            "UPDATE applications SET status = 'withdrawn', answers = NULL, structure_name = NULL, erased_at = ?, updated_at = ? WHERE id = ? AND status = ?",
        )
        .bind(now)
        .bind(now)
        .bind(id)
        .bind(from)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        // Answers to surveys that are not anonymous are linked to the request:
        // erased too (anonymous ones were never linked).
        sqlx::query("DELETE FROM survey_responses WHERE application_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        // Reviewers' messages may quote the request: erased too.
        sqlx::query("UPDATE application_events SET message = NULL WHERE application_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO application_events (application_id, at, actor, status) VALUES (?, ?, 'applicant', 'withdrawn')")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
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
                let phase: i64 = row.get("phase");
                let n: i64 = row.get("n");
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
        sqlx::query("VACUUM INTO ?")
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
        const TABLES: &[&str] = &[
            "applications",
            "application_events",
            "application_notes",
            "reviewers",
            "phase_states",
            "surveys",
            "survey_phases",
            "survey_invitations",
            "survey_responses",
        ];
        let mut tx = self.pool.begin().await?;
        let mut out = serde_json::Map::new();
        for table in TABLES {
            let rows = sqlx::query(&format!("SELECT * FROM {table} ORDER BY rowid"))
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
                            "INTEGER" => row.try_get::<i64, _>(i)?.into(),
                            "REAL" => row.try_get::<f64, _>(i)?.into(),
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
