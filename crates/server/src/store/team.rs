//! The team: its members (a name, a sign-in token kept as its hash, a role),
//! added, given another role and revoked, with at least one coordinator
//! left at all times.

use portal_core::Role;
use sqlx::Row;

use super::{Backend, Store, StoreError, named};

/// A member, as listed.
pub struct MemberRow {
    pub name: String,
    pub role: Role,
    pub created_at: String,
    pub revoked_at: Option<String>,
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
    /// Adds a member; `false` when the name or the token is taken.
    pub async fn add_reviewer(
        &self,
        name: &str,
        role: Role,
        token_hash: &[u8],
        now: &str,
    ) -> Result<bool, StoreError> {
        let result = sqlx::query(
            "INSERT INTO reviewers (name, token_hash, created_at, role) VALUES ($1, $2, $3, $4)",
        )
        .bind(name)
        .bind(token_hash)
        .bind(now)
        .bind(role.as_str())
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
        let rows =
            sqlx::query("SELECT name, role, created_at, revoked_at FROM reviewers ORDER BY name")
                .fetch_all(self.pool())
                .await?;
        rows.iter()
            .map(|row| {
                Ok(MemberRow {
                    name: row.try_get("name")?,
                    role: named(row, "role", Role::parse)?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
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

    /// The active member holding this token, with their role.
    pub async fn reviewer_by_token(
        &self,
        token_hash: &[u8],
    ) -> Result<Option<(String, Role)>, StoreError> {
        let row = sqlx::query(
            "SELECT name, role FROM reviewers WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| Ok((row.try_get("name")?, named(&row, "role", Role::parse)?)))
            .transpose()
    }
}
