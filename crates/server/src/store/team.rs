//! The team: its members (a name, a sign-in token kept as its hash, a role),
//! added, given another role and revoked, with at least one coordinator
//! left at all times.

use portal_core::Role;
use sqlx::Row;

use super::applications::before;
use super::{Backend, Store, StoreError, named};

/// A member, as listed.
pub struct MemberRow {
    pub name: String,
    pub role: Role,
    pub created_at: String,
    pub revoked_at: Option<String>,
    /// Their identity at the host's provider.
    pub sso: Option<String>,
}

/// What a change of the team did.
#[derive(Debug, PartialEq, Eq)]
pub enum TeamChange {
    Done,
    /// No active member of that name.
    Unknown,
    /// It would leave the team without a coordinator.
    LastCoordinator,
}

/// The statement's condition that another active coordinator than `$2`
/// stays.
const ANOTHER_COORDINATOR: &str = "EXISTS (SELECT 1 FROM reviewers o WHERE o.role = 'coordinator' \
     AND o.revoked_at IS NULL AND o.name <> $2)";

impl Store {
    /// Adds a member; `false` when the name, the token or the identity at
    /// the provider is taken.
    pub async fn add_reviewer(
        &self,
        name: &str,
        role: Role,
        sso: Option<&str>,
        token_hash: &[u8],
        now: &str,
    ) -> Result<bool, StoreError> {
        let result = sqlx::query(
            "INSERT INTO reviewers (name, token_hash, created_at, role, sso) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(name)
        .bind(token_hash)
        .bind(now)
        .bind(role.as_str())
        .bind(sso)
        .execute(self.writer())
        .await;
        match result {
            Ok(_) => Ok(true),
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    /// Every member, revoked ones too, by name.
    pub async fn reviewers(&self) -> Result<Vec<MemberRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT name, role, created_at, revoked_at, sso FROM reviewers ORDER BY name",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(MemberRow {
                    name: row.try_get("name")?,
                    role: named(row, "role", Role::parse)?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                    sso: row.try_get("sso")?,
                })
            })
            .collect()
    }

    /// Revokes a member's token, unless they are the last coordinator.
    pub async fn revoke_reviewer(&self, name: &str, now: &str) -> Result<TeamChange, StoreError> {
        let sql = format!(
            "UPDATE reviewers SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL \
             AND (role <> 'coordinator' OR {ANOTHER_COORDINATOR})"
        );
        self.change_team(name, sqlx::query(&sql).bind(now).bind(name))
            .await
    }

    /// Gives a member another role, unless that leaves no coordinator.
    pub async fn set_role(&self, name: &str, role: Role) -> Result<TeamChange, StoreError> {
        let sql = format!(
            "UPDATE reviewers SET role = $1 WHERE name = $2 AND revoked_at IS NULL \
             AND ($1 = 'coordinator' OR role <> 'coordinator' OR {ANOTHER_COORDINATOR})"
        );
        self.change_team(name, sqlx::query(&sql).bind(role.as_str()).bind(name))
            .await
    }

    /// Runs a change of the team, members of PostgreSQL instances taking
    /// turns (two coordinators demoting each other at once must not both
    /// succeed), and says why it changed nothing.
    async fn change_team<'q>(
        &self,
        name: &str,
        change: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> Result<TeamChange, StoreError> {
        let mut tx = self.writer().begin().await?;
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(7303)")
                .execute(&mut *tx)
                .await?;
        }
        if change.execute(&mut *tx).await?.rows_affected() == 1 {
            tx.commit().await?;
            return Ok(TeamChange::Done);
        }
        let active = sqlx::query("SELECT 1 FROM reviewers WHERE name = $1 AND revoked_at IS NULL")
            .bind(name)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        Ok(if active {
            TeamChange::LastCoordinator
        } else {
            TeamChange::Unknown
        })
    }
}

/// How long sessions and sign-in tokens last.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Hours without a request after which a session ends.
    pub session_hours: u32,
    /// Days a token may go unused before it stops working.
    pub token_days: u32,
}

/// What a sign-in token opens.
pub enum TokenCheck {
    Member(String, Role),
    /// Unused for longer than `token_days`.
    Expired,
    Unknown,
}

impl Store {
    /// The member a sign-in token names, unless it went unused for longer
    /// than `limits.token_days` (its use is recorded by `token_used`).
    pub async fn use_token(
        &self,
        token_hash: &[u8],
        limits: SessionLimits,
        now: &str,
    ) -> Result<TokenCheck, StoreError> {
        let row = sqlx::query(
            "SELECT name, role, COALESCE(used_at, created_at) AS used FROM reviewers \
             WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else {
            return Ok(TokenCheck::Unknown);
        };
        let used: String = row.try_get("used")?;
        if used < before(now, time::Duration::days(i64::from(limits.token_days))) {
            return Ok(TokenCheck::Expired);
        }
        Ok(TokenCheck::Member(
            row.try_get("name")?,
            named(&row, "role", Role::parse)?,
        ))
    }

    /// Begins a session of `member` under the credential's hash.
    pub async fn start_session(
        &self,
        member: &str,
        credential_hash: &[u8],
        now: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO review_sessions (reviewer, credential_hash, created_at, seen_at) \
             VALUES ($1, $2, $3, $3)",
        )
        .bind(member)
        .bind(credential_hash)
        .bind(now)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// The member of a session that did not end (signed out, revoked, or
    /// idle longer than `limits.session_hours`; its activity is recorded by
    /// `session_seen`).
    pub async fn session_member(
        &self,
        credential_hash: &[u8],
        limits: SessionLimits,
        now: &str,
    ) -> Result<Option<(String, Role)>, StoreError> {
        let row = sqlx::query(
            "SELECT r.name, r.role, s.seen_at FROM review_sessions s \
             JOIN reviewers r ON r.name = s.reviewer \
             WHERE s.credential_hash = $1 AND s.ended_at IS NULL AND r.revoked_at IS NULL \
             AND s.seen_at >= $2",
        )
        .bind(credential_hash)
        .bind(before(
            now,
            time::Duration::hours(i64::from(limits.session_hours)),
        ))
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some((
            row.try_get("name")?,
            named(&row, "role", Role::parse)?,
        )))
    }

    /// Records that a token served at `now` (once an hour at most).
    pub async fn token_used(&self, token_hash: &[u8], now: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE reviewers SET used_at = $1 WHERE token_hash = $2 \
             AND (used_at IS NULL OR used_at < $3)",
        )
        .bind(now)
        .bind(token_hash)
        .bind(before(now, time::Duration::HOUR))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Records that a session served at `now` (once a minute at most).
    pub async fn session_seen(&self, credential_hash: &[u8], now: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE review_sessions SET seen_at = $1 WHERE credential_hash = $2 AND seen_at < $3",
        )
        .bind(now)
        .bind(credential_hash)
        .bind(before(now, time::Duration::MINUTE))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Ends one session; `false` when it had ended.
    pub async fn end_session(&self, credential_hash: &[u8], now: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE review_sessions SET ended_at = $1 WHERE credential_hash = $2 AND ended_at IS NULL",
        )
        .bind(now)
        .bind(credential_hash)
        .execute(self.writer())
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Ends every session of `member`; how many.
    pub async fn end_sessions_of(&self, member: &str, now: &str) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE review_sessions SET ended_at = $1 WHERE reviewer = $2 AND ended_at IS NULL",
        )
        .bind(now)
        .bind(member)
        .execute(self.writer())
        .await?;
        Ok(done.rows_affected())
    }
}
