//! The applications: stored with their first history entry and, for a
//! repeated submission, its replay; looked up by the applicant; withdrawn
//! and erased; erased once their retention period is over.

use std::collections::BTreeMap;

use portal_core::{
    ApplicationStatus, EventKind, MatchKey, Move, NotificationKind, RefusalReason, ReviewEvent,
    SpaceEvent, SpaceState, Verdict,
};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Backend, Store, StoreError, maybe_named, named, phase, spaces};

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
    /// The applicant asked for e-mails.
    pub notify: bool,
    /// Its keys for related requests (`portal_core::match_keys`).
    pub keys: &'a [MatchKey],
    /// The label of its space's address.
    pub address: &'a str,
    pub now: &'a str,
}

/// The applicant's correction of answers, recorded with their answer.
pub struct Correction<'a> {
    pub answers_json: &'a str,
    /// Name and purpose, folded for search.
    pub search: &'a str,
    /// The answers it changed, comma-separated.
    pub fields: &'a str,
    /// The keys of the corrected answers.
    pub keys: &'a [MatchKey],
}

/// A successful submission to replay for a repeated Idempotency-Key.
pub struct Replay<'a> {
    pub key_hash: &'a [u8],
    pub request_hash: &'a [u8],
    pub sealed_response: &'a [u8],
}

pub enum Inserted {
    Done,
    /// Another request holds the address.
    AddressTaken,
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

/// What the applicant may see of a request.
pub struct ApplicantRow {
    pub id: i64,
    pub status: ApplicationStatus,
    pub eligibility: Verdict,
    pub phase: Option<u32>,
    pub created_at: String,
    pub erased: bool,
    /// The applicant gets e-mails.
    pub notify: bool,
    pub address: Option<String>,
    pub space: Option<SpaceState>,
    pub space_url: Option<String>,
    pub events: Vec<ReviewEvent>,
}

/// A line of a request's history, as stored.
fn event(row: &AnyRow) -> Result<ReviewEvent, sqlx::Error> {
    Ok(ReviewEvent {
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        status: named(row, "status", ApplicationStatus::parse)?,
        phase: phase(row, "phase")?,
        reason: row
            .try_get::<Option<String>, _>("reason")?
            .as_deref()
            .and_then(RefusalReason::parse),
        message: row.try_get("message")?,
        kind: named(row, "kind", EventKind::parse)?,
        fields: super::fields(row.try_get::<Option<String>, _>("fields")?.as_deref()),
        address: row.try_get("address")?,
        space: maybe_named(row, "space", SpaceState::parse)?,
    })
}

/// The same moment `days` earlier (RFC 3339, as stored); the moment itself
/// when it cannot be read, which keeps everything.
pub fn days_before(now: &str, days: u16) -> String {
    before(now, time::Duration::days(i64::from(days)))
}

/// The same moment `span` earlier (RFC 3339, as stored); the moment itself
/// when it cannot be read.
pub(super) fn before(now: &str, span: time::Duration) -> String {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(now, &Rfc3339)
        .ok()
        .and_then(|t| t.checked_sub(span))
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| now.to_owned())
}

/// Erases what a request says of the people behind it: the answers, the
/// name and its search form, reviewers' messages (they may quote it) and
/// private notes, its labels and who took it, its replay record, the
/// answers and drafts of surveys that are not anonymous (anonymous ones were
/// never linked), and the e-mails still to send; its invitations are
/// revoked, so that nothing more is answered in its name. What the counts
/// and the history need stays: kind, country, dates, statuses, reasons.
/// On SQLite, the freed bytes are overwritten (`secure_delete`) and the
/// log of changes emptied once committed (`Store::scrub`).
async fn erase_personal_data(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    backend: Backend,
    id: i64,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE applications SET answers = NULL, structure_name = NULL, search = NULL, \
         taken_by = NULL, taken_at = NULL, erased_at = $1, \
         address = CASE WHEN status = 'accepted' THEN address ELSE NULL END WHERE id = $2",
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
        "UPDATE application_events SET message = NULL, address = NULL WHERE application_id = $1",
        "DELETE FROM application_notes WHERE application_id = $1",
        "DELETE FROM survey_responses WHERE application_id = $1",
        "DELETE FROM survey_drafts WHERE application_id = $1",
        "DELETE FROM application_labels WHERE application_id = $1",
        "DELETE FROM idempotency WHERE application_id = $1",
    ] {
        sqlx::query(statement).bind(id).execute(&mut **tx).await?;
    }
    super::related::write_keys(tx, backend, id, &[]).await?;
    super::spaces::erase(tx, id).await?;
    super::consent::erase(tx, id).await?;
    super::notifications::erase(tx, id).await
}

impl Store {
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
                // Which of the unique values was taken: the reference, the
                // replay's key (a twin request won), or else the address.
                let reference_taken =
                    sqlx::query("SELECT 1 FROM applications WHERE reference = $1")
                        .bind(app.reference)
                        .fetch_optional(&self.pool)
                        .await?
                        .is_some();
                let replayed = match replay {
                    Some(replay) => self.replay(replay.key_hash).await?.is_some(),
                    None => false,
                };
                Ok(if reference_taken {
                    Inserted::ReferenceTaken
                } else if replayed {
                    Inserted::ReplayExists
                } else {
                    Inserted::AddressTaken
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
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (reference, secret_hash, status, eligibility, kind, country, locale, \
             accounts, storage_gb, structure_name, search, answers, created_at, updated_at, notify, address) \
             VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
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
        .bind(i64::from(app.notify))
        .bind(app.address)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(replay) = replay {
            // Keys are remembered for a day: the store stays bounded.
            sqlx::query("DELETE FROM idempotency WHERE created_at < $1")
                .bind(days_before(app.now, 1))
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO idempotency (key_hash, request_hash, response, created_at, application_id) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(replay.key_hash)
            .bind(replay.request_hash)
            .bind(replay.sealed_response)
            .bind(app.now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("INSERT INTO application_events (application_id, at, actor, status) VALUES ($1, $2, 'applicant', 'received')")
            .bind(id)
            .bind(app.now)
            .execute(&mut *tx)
            .await?;
        super::related::write_keys(&mut tx, self.backend, id, app.keys).await?;
        super::notifications::enqueue(&mut tx, id, NotificationKind::Received, app.now).await?;
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
            "SELECT id, status, eligibility, phase, created_at, erased_at, notify, address, space, space_url \
             FROM applications WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;
        let events = self.events(id).await?;
        Ok(Some(ApplicantRow {
            id,
            status: named(&row, "status", ApplicationStatus::parse)?,
            eligibility: named(&row, "eligibility", Verdict::parse)?,
            phase: phase(&row, "phase")?,
            created_at: row.try_get("created_at")?,
            erased: row.try_get::<Option<String>, _>("erased_at")?.is_some(),
            notify: row.try_get::<i64, _>("notify")? == 1,
            address: row.try_get("address")?,
            space: maybe_named(&row, "space", SpaceState::parse)?,
            space_url: row.try_get("space_url")?,
            events,
        }))
    }

    /// The history of a request, oldest first.
    pub async fn events(&self, id: i64) -> Result<Vec<ReviewEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor, status, phase, reason, message, kind, fields, address, space FROM application_events WHERE application_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(event).collect::<Result<_, _>>()?)
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
        if from == ApplicationStatus::Accepted.as_str() {
            spaces::tell(&mut tx, id, SpaceEvent::Cancelled, None, now).await?;
        }
        erase_personal_data(&mut tx, self.backend, id, now).await?;
        sqlx::query("INSERT INTO application_events (application_id, at, actor, status) VALUES ($1, $2, 'applicant', 'withdrawn')")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.scrub().await;
        Ok(true)
    }

    /// Records the applicant's answer to the reviewers' question (the move
    /// `step`, judged by `portal_core::review::judge_answer`): the request
    /// goes back to review, marked as answered, with the `correction` of
    /// answers if any, in the same transaction. Only from `step.from`, so
    /// that a concurrent decision or withdrawal wins (`false`).
    pub async fn answer(
        &self,
        id: i64,
        step: &Move<'_>,
        correction: Option<&Correction<'_>>,
        now: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.writer.begin().await?;
        let changed = sqlx::query(
            "UPDATE applications SET status = $1, updated_at = $2, answered_at = $2 \
             WHERE id = $3 AND status = $4 AND erased_at IS NULL",
        )
        .bind(step.to.as_str())
        .bind(now)
        .bind(id)
        .bind(step.from.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO application_events (application_id, at, actor, status, phase, message) \
             VALUES ($1, $2, 'applicant', $3, $4, $5)",
        )
        .bind(id)
        .bind(now)
        .bind(step.to.as_str())
        .bind(step.phase.map(i64::from))
        .bind(step.message)
        .execute(&mut *tx)
        .await?;
        if let Some(correction) = correction {
            sqlx::query("UPDATE applications SET answers = $1, search = $2 WHERE id = $3")
                .bind(correction.answers_json)
                .bind(correction.search)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO application_events (application_id, at, actor, status, phase, kind, fields) \
                 VALUES ($1, $2, 'applicant', $3, $4, 'correction', $5)",
            )
            .bind(id)
            .bind(now)
            .bind(step.to.as_str())
            .bind(step.phase.map(i64::from))
            .bind(correction.fields)
            .execute(&mut *tx)
            .await?;
            super::related::write_keys(&mut tx, self.backend, id, correction.keys).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The answers of request `id`, as stored (JSON); `None` once erased.
    pub async fn answers(&self, id: i64) -> Result<Option<String>, StoreError> {
        let answers: Option<Option<String>> =
            sqlx::query_scalar("SELECT answers FROM applications WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(answers.flatten())
    }

    /// Erases the personal data of the requests whose retention period is
    /// over (counted from their last change, by status); returns how many.
    pub async fn erase_past_retention(
        &self,
        retention: &portal_core::Retention,
        now: &str,
    ) -> Result<u64, StoreError> {
        let periods = portal_core::ApplicationStatus::ALL
            .into_iter()
            .filter_map(|status| Some((status.as_str(), retention.days(status)?)));
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
                erase_personal_data(&mut tx, self.backend, *id, now).await?;
            }
            erased += ids.len() as u64;
        }
        // Replays are a day's: the purge forgets them even when no later
        // submission does; so are the addresses no request names any more.
        sqlx::query("DELETE FROM idempotency WHERE created_at < $1")
            .bind(days_before(now, 1))
            .execute(&mut *tx)
            .await?;
        super::consent::forget_unused(&mut tx, now).await?;
        super::audit::forget_before(&mut tx, &days_before(now, retention.audit_days)).await?;
        tx.commit().await?;
        self.scrub().await;
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
}
