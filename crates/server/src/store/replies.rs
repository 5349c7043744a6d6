//! Reply templates, kept by the coordinators.

use portal_core::{DecisionKind, Locale, NewReply, RefusalReason, ReplyTemplate};
use sqlx::Row;

use super::{Store, StoreError, maybe_named, named};

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// `query` with a template's columns bound as `$1` to `$6` (its text
/// trimmed, and when it was written).
fn bound<'q>(query: Query<'q>, reply: &'q NewReply, now: &'q str) -> Query<'q> {
    query
        .bind(reply.decision.map(DecisionKind::as_str))
        .bind(reply.reason.map(RefusalReason::as_str))
        .bind(reply.locale.as_str())
        .bind(reply.title.trim())
        .bind(reply.body.trim())
        .bind(now)
}

impl Store {
    /// Every template, by language, decision and title.
    pub async fn replies(&self) -> Result<Vec<ReplyTemplate>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, decision, reason, locale, title, body FROM reply_templates \
             ORDER BY locale, decision, title, id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ReplyTemplate {
                    id: row.try_get("id")?,
                    reply: NewReply {
                        decision: maybe_named(row, "decision", DecisionKind::parse)?,
                        reason: maybe_named(row, "reason", RefusalReason::parse)?,
                        locale: named(row, "locale", Locale::parse)?,
                        title: row.try_get("title")?,
                        body: row.try_get("body")?,
                    },
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// Adds a template unless the team keeps `max` already; `false` then.
    pub async fn add_reply(
        &self,
        reply: &NewReply,
        max: usize,
        now: &str,
    ) -> Result<bool, StoreError> {
        let max = i64::try_from(max).unwrap_or(i64::MAX);
        let added = bound(
            sqlx::query(
                "INSERT INTO reply_templates (decision, reason, locale, title, body, updated_at) \
                 SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT COUNT(*) FROM reply_templates) < $7",
            ),
            reply,
            now,
        )
        .bind(max)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(added == 1)
    }

    /// Replaces template `id`; `false` when there is none.
    pub async fn change_reply(
        &self,
        id: i64,
        reply: &NewReply,
        now: &str,
    ) -> Result<bool, StoreError> {
        let changed = bound(
            sqlx::query(
                "UPDATE reply_templates SET decision = $1, reason = $2, locale = $3, title = $4, \
                 body = $5, updated_at = $6 WHERE id = $7",
            ),
            reply,
            now,
        )
        .bind(id)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    /// Deletes template `id`; `false` when there is none.
    pub async fn delete_reply(&self, id: i64) -> Result<bool, StoreError> {
        let deleted = sqlx::query("DELETE FROM reply_templates WHERE id = $1")
            .bind(id)
            .execute(self.writer())
            .await?
            .rows_affected();
        Ok(deleted == 1)
    }
}
