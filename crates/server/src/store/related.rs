//! Related requests (`portal_core::related`): each request's match keys,
//! hashed (SHA-256) in an index; `applications.related` says whether another
//! request shares one, and is set again for every request a change of keys
//! touches. A request's related ones are found through its own keys, never
//! by reading every request.

use portal_core::{ApplicationStatus, Likeness, MatchKey};
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{Backend, Store, StoreError, named, phase};

/// A request sharing a key with the one read, once per shared key.
pub struct RelatedRow {
    pub reference: String,
    pub status: ApplicationStatus,
    pub phase: Option<u32>,
    pub structure_name: Option<String>,
    pub created_at: String,
    /// What it shares; none for a kind of key this version does not know.
    pub likeness: Option<Likeness>,
}

impl FromRow<'_, AnyRow> for RelatedRow {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(RelatedRow {
            reference: row.try_get("reference")?,
            status: named(row, "status", ApplicationStatus::parse)?,
            phase: phase(row, "phase")?,
            structure_name: row.try_get("structure_name")?,
            created_at: row.try_get("created_at")?,
            likeness: Likeness::parse(&row.try_get::<String, _>("likeness")?),
        })
    }
}

fn hash(key: &MatchKey) -> Vec<u8> {
    Sha256::digest(key.text().as_bytes()).to_vec()
}

/// Whether another request shares one of the keys of the request `id` in
/// the row updated, as SQL.
const RELATED_NOW: &str = "CASE WHEN EXISTS (SELECT 1 FROM application_keys k \
     JOIN application_keys o ON o.key_hash = k.key_hash AND o.application_id <> k.application_id \
     WHERE k.application_id = applications.id) THEN 1 ELSE 0 END";

/// Replaces the keys of request `id` with `keys` (none: the request was
/// erased), and sets `related` again on it and on every request that
/// shared an old or a new key. In the caller's transaction.
pub(super) async fn write_keys(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    id: i64,
    keys: &[MatchKey],
) -> Result<(), StoreError> {
    if backend == Backend::Postgres {
        // Two requests of one collective sent at once must see each other:
        // writers of keys take turns until commit (SQLite has one writer).
        sqlx::query("SELECT pg_advisory_xact_lock(7302)")
            .execute(&mut **tx)
            .await?;
    }
    let mut touched: Vec<Vec<u8>> =
        sqlx::query_scalar("SELECT key_hash FROM application_keys WHERE application_id = $1")
            .bind(id)
            .fetch_all(&mut **tx)
            .await?;
    sqlx::query("DELETE FROM application_keys WHERE application_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for key in keys {
        let key_hash = hash(key);
        sqlx::query(
            "INSERT INTO application_keys (application_id, likeness, key_hash) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(key.likeness.as_str())
        .bind(&key_hash)
        .execute(&mut **tx)
        .await?;
        touched.push(key_hash);
    }
    touched.sort();
    touched.dedup();
    if keys.is_empty() {
        // Without a key it shares none; with keys, the loop below sets it.
        sqlx::query("UPDATE applications SET related = 0 WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for key_hash in &touched {
        sqlx::query(&format!(
            "UPDATE applications SET related = {RELATED_NOW} \
             WHERE id IN (SELECT application_id FROM application_keys WHERE key_hash = $1)"
        ))
        .bind(key_hash)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

impl Store {
    /// The requests sharing a key with request `id`, oldest first, one row
    /// per shared key; at most `limit` rows.
    pub async fn related(&self, id: i64, limit: u32) -> Result<Vec<RelatedRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT a.reference, a.status, a.phase, a.structure_name, a.created_at, k.likeness \
             FROM application_keys k \
             JOIN application_keys o ON o.key_hash = k.key_hash AND o.application_id <> k.application_id \
             JOIN applications a ON a.id = o.application_id \
             WHERE k.application_id = $1 ORDER BY a.created_at, a.id, k.likeness LIMIT $2",
        )
        .bind(id)
        .bind(i64::from(limit))
        .fetch_all(self.pool())
        .await?)
    }

    /// Gives their keys to the requests stored before keys existed (their
    /// answers still kept), a batch at a time; returns how many.
    pub async fn key_older_requests(&self) -> Result<u64, StoreError> {
        let mut after = 0i64;
        let mut keyed = 0u64;
        loop {
            let rows = sqlx::query(
                "SELECT id, answers FROM applications a WHERE id > $1 AND answers IS NOT NULL \
                 AND NOT EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = a.id) \
                 ORDER BY id LIMIT 200",
            )
            .bind(after)
            .fetch_all(self.pool())
            .await?;
            if rows.is_empty() {
                return Ok(keyed);
            }
            let mut tx = self.writer().begin().await?;
            for row in &rows {
                let id: i64 = row.try_get("id")?;
                let answers: String = row.try_get("answers")?;
                after = id;
                // Answers that no longer read give no key, and are left.
                if let Ok(input) = serde_json::from_str::<portal_core::ApplicationInput>(&answers) {
                    write_keys(
                        &mut tx,
                        self.backend(),
                        id,
                        &portal_core::match_keys(&input),
                    )
                    .await?;
                    keyed += 1;
                }
            }
            tx.commit().await?;
        }
    }
}
