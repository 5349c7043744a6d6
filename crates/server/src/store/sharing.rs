//! Sharing the work between reviewers: who took a request, the labels and
//! where they are put, each reviewer's saved views. A take is one
//! conditional update, so that of two reviewers taking a request at once
//! exactly one holds it.

use portal_core::{Label, LabelColor, SavedView};
use sqlx::Row;

use super::{Store, StoreError, count, named};

/// What became of something added under a unique name, within a limit.
pub enum Added {
    Done(i64),
    /// The name is taken.
    Exists,
    /// The limit is reached.
    Full,
}

/// Runs `query` (an `INSERT … SELECT … WHERE <below the limit> RETURNING
/// id`), telling a taken name from a reached limit.
async fn add_named<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    store: &Store,
) -> Result<Added, StoreError> {
    match query.fetch_optional(store.writer()).await {
        Ok(Some(row)) => Ok(Added::Done(row.try_get(0)?)),
        Ok(None) => Ok(Added::Full),
        Err(sqlx::Error::Database(db)) if db.is_unique_violation() => Ok(Added::Exists),
        Err(err) => Err(err.into()),
    }
}

impl Store {
    /// `reviewer` takes request `id`, if no one else holds it or if
    /// `over` (the holder they saw) still does; `false` otherwise, and for
    /// an erased request.
    pub async fn take(
        &self,
        id: i64,
        reviewer: &str,
        over: Option<&str>,
        now: &str,
    ) -> Result<bool, StoreError> {
        let taken = sqlx::query(
            "UPDATE applications SET taken_by = $1, taken_at = $2 WHERE id = $3 AND erased_at IS NULL \
             AND (taken_by IS NULL OR taken_by = $1 OR taken_by = $4)",
        )
        .bind(reviewer)
        .bind(now)
        .bind(id)
        .bind(over)
        .execute(self.writer())
        .await?;
        Ok(taken.rows_affected() == 1)
    }

    /// `reviewer` releases request `id`; `false` when another holds it.
    pub async fn release(&self, id: i64, reviewer: &str) -> Result<bool, StoreError> {
        let released = sqlx::query(
            "UPDATE applications SET taken_by = NULL, taken_at = NULL \
             WHERE id = $1 AND (taken_by = $2 OR taken_by IS NULL)",
        )
        .bind(id)
        .bind(reviewer)
        .execute(self.writer())
        .await?;
        Ok(released.rows_affected() == 1)
    }

    pub async fn labels(&self) -> Result<Vec<Label>, StoreError> {
        let rows = sqlx::query("SELECT id, name, color FROM labels ORDER BY name, id")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                Ok(Label {
                    id: count(row, "id")?,
                    name: row.try_get("name")?,
                    color: named(row, "color", LabelColor::parse)?,
                })
            })
            .collect()
    }

    pub async fn add_label(
        &self,
        name: &str,
        color: &str,
        reviewer: &str,
        now: &str,
        max: usize,
    ) -> Result<Added, StoreError> {
        let query = sqlx::query(
            "INSERT INTO labels (name, color, created_by, created_at) SELECT $1, $2, $3, $4 \
             WHERE (SELECT COUNT(*) FROM labels) < $5 RETURNING id",
        )
        .bind(name)
        .bind(color)
        .bind(reviewer)
        .bind(now)
        .bind(i64::try_from(max).unwrap_or(i64::MAX));
        add_named(query, self).await
    }

    /// Deletes label `id` and takes it off every request; `false` if there
    /// was none.
    pub async fn delete_label(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query("DELETE FROM application_labels WHERE label_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let deleted = sqlx::query("DELETE FROM labels WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(deleted == 1)
    }

    /// Puts label `label` on request `id` (`on`) or takes it off; `false`
    /// when there is no such label.
    pub async fn set_label(&self, id: i64, label: i64, on: bool) -> Result<bool, StoreError> {
        let sql = if on {
            "INSERT INTO application_labels (application_id, label_id) \
             SELECT $1, id FROM labels WHERE id = $2 ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM application_labels WHERE application_id = $1 AND label_id = $2"
        };
        sqlx::query(sql)
            .bind(id)
            .bind(label)
            .execute(self.writer())
            .await?;
        let exists = sqlx::query("SELECT 1 FROM labels WHERE id = $1")
            .bind(label)
            .fetch_optional(self.pool())
            .await?;
        Ok(exists.is_some())
    }

    /// The labels of the requests `ids` (a page of the queue at most), as
    /// (request, label) pairs.
    pub async fn labels_of(&self, ids: &[i64]) -> Result<Vec<(i64, i64)>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (1..=ids.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT application_id, label_id FROM application_labels WHERE application_id IN ({}) \
             ORDER BY application_id, label_id",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect()
    }

    pub async fn views(&self, reviewer: &str) -> Result<Vec<SavedView>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, query FROM saved_views WHERE reviewer = $1 ORDER BY name, id",
        )
        .bind(reviewer)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(SavedView {
                    id: count(row, "id")?,
                    name: row.try_get("name")?,
                    query: row.try_get("query")?,
                })
            })
            .collect()
    }

    pub async fn add_view(
        &self,
        reviewer: &str,
        name: &str,
        query: &str,
        max: usize,
    ) -> Result<Added, StoreError> {
        let insert = sqlx::query(
            "INSERT INTO saved_views (reviewer, name, query) SELECT $1, $2, $3 \
             WHERE (SELECT COUNT(*) FROM saved_views WHERE reviewer = $1) < $4 RETURNING id",
        )
        .bind(reviewer)
        .bind(name)
        .bind(query)
        .bind(i64::try_from(max).unwrap_or(i64::MAX));
        add_named(insert, self).await
    }

    /// Deletes `reviewer`'s view `id`; `false` if they have none such.
    pub async fn delete_view(&self, reviewer: &str, id: i64) -> Result<bool, StoreError> {
        let deleted = sqlx::query("DELETE FROM saved_views WHERE id = $1 AND reviewer = $2")
            .bind(id)
            .bind(reviewer)
            .execute(self.writer())
            .await?;
        Ok(deleted.rows_affected() == 1)
    }
}
