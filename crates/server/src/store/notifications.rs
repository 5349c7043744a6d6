//! The outbox of e-mails to applicants: a row is queued in the transaction
//! of its event (`enqueue`), when the applicant asked for e-mails; a sender
//! claims the rows that are due (`claim`), which moves each to its next
//! retry at once, then marks it sent or records the refusal. On PostgreSQL
//! the claim skips the rows another instance holds (`FOR UPDATE SKIP
//! LOCKED`); on SQLite it goes through the one writer.

use portal_core::NotificationKind;
use sqlx::Row;

use super::{Backend, Store, StoreError, count, flag, named};

/// Milliseconds since the epoch of a moment as stored (RFC 3339); 0 when it
/// cannot be read, which makes a row due at once rather than never.
pub fn millis(at: &str) -> i64 {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(at, &Rfc3339)
        .ok()
        .and_then(|t| i64::try_from(t.unix_timestamp_nanos() / 1_000_000).ok())
        .unwrap_or(0)
}

/// Milliseconds before attempt `attempt + 1` of an outbox's message: `first`
/// for the first retry, each one after twice as long as the one before.
pub fn retry_after(first: std::time::Duration, attempt: u32) -> i64 {
    let factor = 1u32 << attempt.saturating_sub(1).min(16);
    i64::try_from(first.as_millis())
        .unwrap_or(i64::MAX)
        .saturating_mul(i64::from(factor))
}

/// An e-mail a sender took, with what it says.
pub struct Claimed {
    pub id: i64,
    /// Its request.
    pub application_id: i64,
    pub kind: String,
    /// This attempt's number, from 1.
    pub attempts: u32,
    pub reference: String,
    pub locale: String,
    pub status: String,
    /// The answers, for the address; `None` once erased.
    pub answers: Option<String>,
}

/// One e-mail of a request, for reviewers.
pub struct NotificationRow {
    pub kind: NotificationKind,
    pub created_at: String,
    pub attempts: u32,
    pub sent_at: Option<String>,
    pub failed_at: Option<String>,
    pub held_at: Option<String>,
    /// It went as the request to confirm the address.
    pub asked: bool,
    pub error: Option<String>,
}

/// Queues the e-mail `kind` about request `id`, due at once, if its
/// applicant asked for e-mails and its data were not erased: in the
/// caller's transaction, so that it stands or falls with its event.
pub(super) async fn enqueue(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    kind: NotificationKind,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO notifications (application_id, kind, created_at, due_at) \
         SELECT id, $2, $3, $4 FROM applications WHERE id = $1 AND notify = 1 AND erased_at IS NULL",
    )
    .bind(id)
    .bind(kind.as_str())
    .bind(now)
    .bind(millis(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets what an erased request's e-mails hold: the unsent ones are
/// dropped, the mail server's refusals (which may quote the address) too.
pub(super) async fn erase(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
) -> Result<(), StoreError> {
    for statement in [
        "DELETE FROM notifications WHERE application_id = $1 AND sent_at IS NULL AND failed_at IS NULL",
        "UPDATE notifications SET error = NULL WHERE application_id = $1",
    ] {
        sqlx::query(statement).bind(id).execute(&mut **tx).await?;
    }
    Ok(())
}

const PENDING: &str = "sent_at IS NULL AND failed_at IS NULL";

impl Store {
    /// Takes up to `limit` e-mails due at `now`, each moved to its next
    /// retry, `retry_after(attempt)` milliseconds later; the ones that used
    /// their `attempts` (a sender crashed during the last) are marked
    /// failed instead.
    pub async fn claim(
        &self,
        now: &str,
        limit: u32,
        attempts: u32,
        retry_after: impl Fn(u32) -> i64,
    ) -> Result<Vec<Claimed>, StoreError> {
        let at = millis(now);
        let due: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT id FROM notifications WHERE {PENDING} AND due_at <= $1 LIMIT 1"
        ))
        .bind(at)
        .fetch_optional(self.pool())
        .await?;
        if due.is_none() {
            return Ok(Vec::new());
        }
        let mut tx = self.writer().begin().await?;
        sqlx::query(&format!(
            "UPDATE notifications SET failed_at = $1, error = COALESCE(error, 'interrupted') \
             WHERE {PENDING} AND due_at <= $2 AND attempts >= $3"
        ))
        .bind(now)
        .bind(at)
        .bind(i64::from(attempts))
        .execute(&mut *tx)
        .await?;
        let lock = match self.backend() {
            Backend::Postgres => " FOR UPDATE OF n SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let rows = sqlx::query(&format!(
            "SELECT n.id, n.application_id, n.kind, n.attempts, a.reference, a.locale, a.status, a.answers \
             FROM notifications n JOIN applications a ON a.id = n.application_id \
             WHERE n.sent_at IS NULL AND n.failed_at IS NULL AND n.due_at <= $1 \
             ORDER BY n.due_at, n.id LIMIT $2{lock}"
        ))
        .bind(at)
        .bind(i64::from(limit))
        .fetch_all(&mut *tx)
        .await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            let done: i64 = row.try_get("attempts")?;
            let attempt = u32::try_from(done + 1).unwrap_or(u32::MAX);
            sqlx::query("UPDATE notifications SET attempts = $1, due_at = $2 WHERE id = $3")
                .bind(done + 1)
                .bind(at.saturating_add(retry_after(attempt)))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            claimed.push(Claimed {
                id,
                application_id: row.try_get("application_id")?,
                kind: row.try_get("kind")?,
                attempts: attempt,
                reference: row.try_get("reference")?,
                locale: row.try_get("locale")?,
                status: row.try_get("status")?,
                answers: row.try_get("answers")?,
            });
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// The mail server took e-mail `id`.
    pub async fn mark_sent(&self, id: i64, now: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE notifications SET sent_at = $1, error = NULL WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// E-mail `id` was refused (`error`); with `last`, it is not tried again.
    pub async fn mark_refused(
        &self,
        id: i64,
        error: &str,
        last: bool,
        now: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE notifications SET error = $1, failed_at = CASE WHEN $2 = 1 THEN $3 ELSE NULL END \
             WHERE id = $4 AND sent_at IS NULL",
        )
        .bind(error)
        .bind(i64::from(last))
        .bind(now)
        .bind(id)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Drops e-mail `id`, which has no one to go to any more (the request
    /// was erased after it was queued).
    pub async fn drop_notification(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM notifications WHERE id = $1 AND sent_at IS NULL")
            .bind(id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// The e-mails of request `id`, oldest first.
    pub async fn notifications(&self, id: i64) -> Result<Vec<NotificationRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT kind, created_at, attempts, sent_at, failed_at, held_at, asked, error FROM notifications \
             WHERE application_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(NotificationRow {
                    kind: named(row, "kind", NotificationKind::parse)?,
                    created_at: row.try_get("created_at")?,
                    attempts: count(row, "attempts")?,
                    sent_at: row.try_get("sent_at")?,
                    failed_at: row.try_get("failed_at")?,
                    held_at: row.try_get("held_at")?,
                    asked: flag(row, "asked")?,
                    error: row.try_get("error")?,
                })
            })
            .collect()
    }

    /// The applicant's choice of e-mails; `false` when the request was
    /// erased (there is no address any more). Turned off, the e-mails not
    /// sent yet are dropped.
    pub async fn set_notify(&self, id: i64, notify: bool) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        let changed =
            sqlx::query("UPDATE applications SET notify = $1 WHERE id = $2 AND erased_at IS NULL")
                .bind(i64::from(notify))
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if !notify {
            sqlx::query(&format!(
                "DELETE FROM notifications WHERE application_id = $1 AND {PENDING}"
            ))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(changed > 0)
    }
}
