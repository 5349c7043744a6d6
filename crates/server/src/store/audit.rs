//! The audit log: appended to after each recorded call of the reviewers'
//! area, read newest first with filters, never changed (the database
//! refuses an update); the purge forgets the rows past `[retention]
//! audit_days`.

use portal_core::audit::{Action, AuditEntry};
use sqlx::Row;

use super::{Store, StoreError, named};

/// A row to append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub at: String,
    pub member: Option<String>,
    pub action: Action,
    pub reference: Option<String>,
    pub detail: String,
    pub status: u16,
}

/// Which rows to read: every field set narrows them.
#[derive(Debug, Clone, Default)]
pub struct AuditSelect {
    pub member: Option<String>,
    pub action: Option<Action>,
    pub reference: Option<String>,
    /// On or after (RFC 3339 or a day).
    pub from: Option<String>,
    /// Before (exclusive).
    pub until: Option<String>,
    /// Ids below this one.
    pub before: Option<i64>,
}

impl AuditSelect {
    /// The `WHERE` clause and its values, in order.
    fn clause(&self) -> (String, Vec<String>) {
        let mut conditions = Vec::new();
        let mut values = Vec::new();
        let mut narrow = |condition: &str, value: Option<String>| {
            if let Some(value) = value {
                values.push(value);
                conditions.push(condition.replace('?', &format!("${}", values.len())));
            }
        };
        narrow("member = ?", self.member.clone());
        narrow("action = ?", self.action.map(|a| a.as_str().to_owned()));
        narrow("reference = ?", self.reference.clone());
        narrow("at >= ?", self.from.clone());
        narrow("at < ?", self.until.clone());
        let clause = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        (clause, values)
    }
}

impl Store {
    /// Appends `rows`, all or none.
    pub async fn record(&self, rows: &[AuditRow]) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        for row in rows {
            sqlx::query(
                "INSERT INTO audit_log (at, member, action, reference, detail, status) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&row.at)
            .bind(row.member.as_deref())
            .bind(row.action.as_str())
            .bind(row.reference.as_deref())
            .bind(&row.detail)
            .bind(i64::from(row.status))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Up to `limit` rows that `select` names, newest first.
    pub async fn audit(
        &self,
        select: &AuditSelect,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let (mut clause, values) = select.clause();
        if let Some(before) = select.before {
            clause = if clause.is_empty() {
                format!("WHERE id < {before}")
            } else {
                format!("{clause} AND id < {before}")
            };
        }
        let sql = format!(
            "SELECT id, at, member, action, reference, detail, status FROM audit_log \
             {clause} ORDER BY id DESC LIMIT {limit}"
        );
        let mut query = sqlx::query(&sql);
        for value in &values {
            query = query.bind(value);
        }
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| {
                let status: i64 = row.try_get("status")?;
                Ok(AuditEntry {
                    id: row.try_get("id")?,
                    at: row.try_get("at")?,
                    member: row.try_get("member")?,
                    action: named(row, "action", Action::parse)?,
                    reference: row.try_get("reference")?,
                    detail: row.try_get("detail")?,
                    status: u16::try_from(status).unwrap_or_default(),
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }
}

/// Forgets the rows older than `cutoff` (RFC 3339); returns how many.
pub(super) async fn forget_before(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    cutoff: &str,
) -> Result<u64, StoreError> {
    Ok(sqlx::query("DELETE FROM audit_log WHERE at < $1")
        .bind(cutoff)
        .execute(&mut **tx)
        .await?
        .rows_affected())
}
