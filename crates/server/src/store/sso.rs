//! Single sign-on: which member an identity at the host's provider names,
//! and the sign-ins under way (kept in the database, so that the provider
//! may send the browser back to any instance).

use portal_core::Role;
use sqlx::Row;

use super::applications::before;
use super::{Store, StoreError, named};

/// A sign-in under way, as the provider's answer is checked against it.
pub struct PendingSso {
    pub state_hash: Vec<u8>,
    pub verifier: String,
    pub nonce: String,
}

/// What giving a member an identity did.
#[derive(Debug, PartialEq, Eq)]
pub enum SsoSet {
    Done,
    /// No active member of that name.
    Unknown,
    /// Another active member has it.
    Taken,
}

/// How long a sign-in may take at the provider.
const PENDING_MINUTES: i64 = 10;

impl Store {
    /// Gives member `name` the identity `sso` (none: tokens only).
    pub async fn set_sso(&self, name: &str, sso: Option<&str>) -> Result<SsoSet, StoreError> {
        let result =
            sqlx::query("UPDATE reviewers SET sso = $1 WHERE name = $2 AND revoked_at IS NULL")
                .bind(sso)
                .bind(name)
                .execute(self.writer())
                .await;
        match result {
            Ok(done) if done.rows_affected() == 1 => Ok(SsoSet::Done),
            Ok(_) => Ok(SsoSet::Unknown),
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => Ok(SsoSet::Taken),
            Err(err) => Err(err.into()),
        }
    }

    /// The active member the provider's `subject` names, or else its
    /// verified `email` (compared without case).
    pub async fn member_by_sso(
        &self,
        subject: &str,
        email: Option<&str>,
    ) -> Result<Option<(String, Role)>, StoreError> {
        let row = sqlx::query(
            "SELECT name, role FROM reviewers WHERE revoked_at IS NULL \
             AND (sso = $1 OR LOWER(sso) = LOWER($2)) ORDER BY CASE WHEN sso = $1 THEN 0 ELSE 1 END LIMIT 1",
        )
        .bind(subject)
        .bind(email.unwrap_or(""))
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| Ok((row.try_get("name")?, named(&row, "role", Role::parse)?)))
            .transpose()
            .map_err(|e: sqlx::Error| e.into())
    }

    /// Keeps a sign-in under way, keyed by the browser's fingerprint, and
    /// forgets those older than ten minutes.
    pub async fn begin_sso(
        &self,
        key_hash: &[u8],
        pending: &PendingSso,
        now: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query("DELETE FROM sso_logins WHERE created_at < $1")
            .bind(before(now, time::Duration::minutes(PENDING_MINUTES)))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO sso_logins (key_hash, state_hash, verifier, nonce, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(key_hash)
        .bind(&pending.state_hash)
        .bind(&pending.verifier)
        .bind(&pending.nonce)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The sign-in under way for this browser, taken (it is used once), if
    /// it is not older than ten minutes.
    pub async fn take_sso(
        &self,
        key_hash: &[u8],
        now: &str,
    ) -> Result<Option<PendingSso>, StoreError> {
        let row = sqlx::query(
            "DELETE FROM sso_logins WHERE key_hash = $1 AND created_at >= $2 \
             RETURNING state_hash, verifier, nonce",
        )
        .bind(key_hash)
        .bind(before(now, time::Duration::minutes(PENDING_MINUTES)))
        .fetch_optional(self.writer())
        .await?;
        row.map(|row| {
            Ok(PendingSso {
                state_hash: row.try_get("state_hash")?,
                verifier: row.try_get("verifier")?,
                nonce: row.try_get("nonce")?,
            })
        })
        .transpose()
        .map_err(|e: sqlx::Error| e.into())
    }
}
