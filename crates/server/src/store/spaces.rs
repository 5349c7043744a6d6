//! The spaces: which addresses are held, a reviewer's change of address, the
//! steps of a space's creation, and the outbox of messages to the hosting
//! side. A message is written in the transaction of its event (`enqueue`);
//! a sender claims the due ones like the e-mails (`claim_deliveries`) and
//! makes each body from the request as it stands when it goes.

use portal_core::{
    ApplicationInput, DeliveryState, DeliveryView, NotificationKind, SpaceEvent, SpaceState,
};
use sqlx::Row;

use super::{Backend, Store, StoreError, count, named, notifications};

type Tx<'a> = sqlx::Transaction<'a, sqlx::Any>;

const PENDING: &str = "delivered_at IS NULL AND failed_at IS NULL AND dropped_at IS NULL";

/// Deliveries of the current round of a request's space: after the last
/// `space.cancelled` (a request moved back to review and accepted again
/// starts a new round).
const THIS_ROUND: &str = "id > COALESCE((SELECT MAX(c.id) FROM deliveries c \
     WHERE c.application_id = $1 AND c.event = 'space.cancelled'), 0)";

/// Queues `event` about request `id`'s space, due at once, with a new id.
pub(super) async fn enqueue(
    tx: &mut Tx<'_>,
    id: i64,
    event: SpaceEvent,
    now: &str,
) -> Result<(), StoreError> {
    let webhook_id = format!("msg_{}", crate::secrets::random_token()?);
    sqlx::query(
        "INSERT INTO deliveries (webhook_id, application_id, event, created_at, due_at, address) \
         SELECT $1, id, $3, $4, $5, address FROM applications WHERE id = $2",
    )
    .bind(webhook_id)
    .bind(id)
    .bind(event.as_str())
    .bind(now)
    .bind(notifications::millis(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Drops what was still to go about request `id`'s space in this round,
/// but a cancellation.
async fn drop_pending(tx: &mut Tx<'_>, id: i64, now: &str) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "UPDATE deliveries SET dropped_at = $2 WHERE application_id = $1 \
         AND event <> 'space.cancelled' AND {PENDING}"
    ))
    .bind(id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Tells the hosting side that request `id`'s space changed: `event` when
/// it was already asked for the space (a `space.requested` of this round
/// went), else `first` (none: there is nothing to tell); what had not gone
/// yet is dropped first.
pub(super) async fn tell(
    tx: &mut Tx<'_>,
    id: i64,
    event: SpaceEvent,
    first: Option<SpaceEvent>,
    now: &str,
) -> Result<(), StoreError> {
    let asked = sqlx::query(&format!(
        "SELECT 1 FROM deliveries WHERE application_id = $1 AND event = 'space.requested' \
         AND delivered_at IS NOT NULL AND {THIS_ROUND}"
    ))
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?
    .is_some();
    drop_pending(tx, id, now).await?;
    match if asked { Some(event) } else { first } {
        Some(event) => enqueue(tx, id, event, now).await,
        None => Ok(()),
    }
}

/// Forgets the addresses an erased request's messages name (they are made
/// of its name), but for a cancellation still to go, which forgets its own
/// once delivered.
pub(super) async fn erase(tx: &mut Tx<'_>, id: i64) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "UPDATE deliveries SET address = NULL WHERE application_id = $1 \
         AND NOT (event = 'space.cancelled' AND {PENDING})"
    ))
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An erased request's address, kept by a message until it went.
const FORGET_IF_ERASED: &str = "address = CASE WHEN (SELECT a.erased_at FROM applications a \
     WHERE a.id = deliveries.application_id) IS NULL THEN address ELSE NULL END";

/// The answers of request `id` with its new `address`, and its keys for
/// related requests made again from them.
async fn rewrite_answers(
    tx: &mut Tx<'_>,
    backend: Backend,
    id: i64,
    address: &str,
) -> Result<(), StoreError> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT answers FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?;
    let Some(stored) = stored else {
        return Ok(());
    };
    let mut answers: ApplicationInput = serde_json::from_str(&stored)
        .map_err(|_| StoreError::Corrupt(format!("answers of request {id}")))?;
    answers.structure.address = Some(address.to_owned());
    let json = serde_json::to_string(&answers)
        .map_err(|_| StoreError::Corrupt(format!("answers of request {id}")))?;
    sqlx::query("UPDATE applications SET answers = $1 WHERE id = $2")
        .bind(json)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    super::related::write_keys(tx, backend, id, &portal_core::match_keys(&answers)).await
}

/// What a sender took: a message and what its body is made of.
pub struct ClaimedDelivery {
    pub id: i64,
    pub webhook_id: String,
    pub event: SpaceEvent,
    pub created_at: String,
    /// This attempt's number, from 1.
    pub attempts: u32,
    pub reference: String,
    /// The address when the event happened.
    pub address: Option<String>,
    pub locale: String,
    /// The answers, for the first account; none once erased.
    pub answers: Option<String>,
}

/// A reviewer's change of address.
pub enum AddressSet {
    Done,
    /// Another request holds it.
    Taken,
    /// The request is refused, withdrawn, erased or its space is ready.
    Closed,
}

/// What a step of a space's creation did.
pub enum Marked {
    Done,
    /// The request is not accepted, or its space already stands there.
    Unchanged,
}

impl Store {
    /// Which of `labels` requests hold (neither refused nor withdrawn).
    pub async fn held(&self, labels: &[String]) -> Result<Vec<String>, StoreError> {
        if labels.is_empty() {
            return Ok(Vec::new());
        }
        let marks: Vec<String> = (1..=labels.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT address FROM applications WHERE address IN ({}) \
             AND status NOT IN ('refused', 'withdrawn')",
            marks.join(", ")
        );
        let mut query = sqlx::query_scalar(&sql);
        for label in labels {
            query = query.bind(label);
        }
        Ok(query.fetch_all(self.pool()).await?)
    }

    /// Gives request `id` the address `address`, recorded in its history as
    /// `reviewer`'s; an accepted request's hosting side is told.
    pub async fn set_address(
        &self,
        id: i64,
        reviewer: &str,
        address: &str,
        now: &str,
    ) -> Result<AddressSet, StoreError> {
        let mut tx = self.writer().begin().await?;
        let updated = sqlx::query(
            "UPDATE applications SET address = $1 WHERE id = $2 \
             AND status NOT IN ('refused', 'withdrawn') AND erased_at IS NULL \
             AND COALESCE(space, '') <> 'ready' AND COALESCE(address, '') <> $1",
        )
        .bind(address)
        .bind(id)
        .execute(&mut *tx)
        .await;
        let updated = match updated {
            Ok(done) => done.rows_affected(),
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                return Ok(AddressSet::Taken);
            }
            Err(err) => return Err(err.into()),
        };
        if updated == 0 {
            return Ok(AddressSet::Closed);
        }
        rewrite_answers(&mut tx, self.backend(), id, address).await?;
        let row = sqlx::query("SELECT status, phase FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        let status: String = row.try_get("status")?;
        sqlx::query(
            "INSERT INTO application_events (application_id, at, actor, status, phase, kind, address) \
             VALUES ($1, $2, $3, $4, $5, 'address', $6)",
        )
        .bind(id)
        .bind(now)
        .bind(reviewer)
        .bind(&status)
        .bind(row.try_get::<Option<i64>, _>("phase")?)
        .bind(address)
        .execute(&mut *tx)
        .await?;
        if status == "accepted" {
            tell(
                &mut tx,
                id,
                SpaceEvent::Updated,
                Some(SpaceEvent::Requested),
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(AddressSet::Done)
    }

    /// Records a step of request `id`'s space (`actor`: a reviewer, the
    /// hosting side, the host's command line): ready (at `url`), failed
    /// (with `reason`, for reviewers), or creating again (asked anew).
    pub async fn mark_space(
        &self,
        id: i64,
        actor: &str,
        state: SpaceState,
        url: Option<&str>,
        reason: Option<&str>,
        now: &str,
    ) -> Result<Marked, StoreError> {
        let mut tx = self.writer().begin().await?;
        let updated = sqlx::query(
            "UPDATE applications SET space = $1, space_url = $2 WHERE id = $3 \
             AND status = 'accepted' AND COALESCE(space, '') <> $1",
        )
        .bind(state.as_str())
        .bind(url)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(Marked::Unchanged);
        }
        sqlx::query(
            "INSERT INTO application_events (application_id, at, actor, status, phase, kind, space, message) \
             SELECT id, $2, $3, status, phase, 'space', $4, $5 FROM applications WHERE id = $1",
        )
        .bind(id)
        .bind(now)
        .bind(actor)
        .bind(state.as_str())
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        match state {
            SpaceState::Ready => {
                drop_pending(&mut tx, id, now).await?;
                notifications::enqueue(&mut tx, id, NotificationKind::SpaceReady, now).await?;
            }
            SpaceState::Creating => {
                drop_pending(&mut tx, id, now).await?;
                enqueue(&mut tx, id, SpaceEvent::Requested, now).await?;
            }
            SpaceState::Failed => {}
        }
        tx.commit().await?;
        Ok(Marked::Done)
    }

    /// Takes up to `limit` messages due at `now`, each moved to its next
    /// attempt `retry_after(attempt)` milliseconds later; the ones that used
    /// their `attempts` are marked failed instead. None while the hosting
    /// side said 410.
    pub async fn claim_deliveries(
        &self,
        now: &str,
        limit: u32,
        attempts: u32,
        retry_after: impl Fn(u32) -> i64,
    ) -> Result<Vec<ClaimedDelivery>, StoreError> {
        let at = notifications::millis(now);
        let due: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT id FROM deliveries WHERE {PENDING} AND due_at <= $1 \
             AND NOT EXISTS (SELECT 1 FROM delivery_stops) LIMIT 1"
        ))
        .bind(at)
        .fetch_optional(self.pool())
        .await?;
        if due.is_none() {
            return Ok(Vec::new());
        }
        let mut tx = self.writer().begin().await?;
        sqlx::query(&format!(
            "UPDATE deliveries SET failed_at = $1, error = COALESCE(error, 'interrupted') \
             WHERE {PENDING} AND due_at <= $2 AND attempts >= $3"
        ))
        .bind(now)
        .bind(at)
        .bind(i64::from(attempts))
        .execute(&mut *tx)
        .await?;
        let lock = match self.backend() {
            Backend::Postgres => " FOR UPDATE OF d SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let rows = sqlx::query(&format!(
            "SELECT d.id, d.webhook_id, d.event, d.created_at, d.attempts, a.reference, d.address, \
             a.locale, a.answers FROM deliveries d JOIN applications a ON a.id = d.application_id \
             WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.dropped_at IS NULL \
             AND d.due_at <= $1 ORDER BY d.due_at, d.id LIMIT $2{lock}"
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
            sqlx::query("UPDATE deliveries SET attempts = $1, due_at = $2 WHERE id = $3")
                .bind(done + 1)
                .bind(at.saturating_add(retry_after(attempt)))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            claimed.push(ClaimedDelivery {
                id,
                webhook_id: row.try_get("webhook_id")?,
                event: named(row, "event", SpaceEvent::parse)?,
                created_at: row.try_get("created_at")?,
                attempts: attempt,
                reference: row.try_get("reference")?,
                address: row.try_get("address")?,
                locale: row.try_get("locale")?,
                answers: row.try_get("answers")?,
            });
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// The hosting side took message `id` (answered `status`, a 2xx).
    pub async fn delivered(&self, id: i64, status: u16, now: &str) -> Result<(), StoreError> {
        sqlx::query(&format!(
            "UPDATE deliveries SET delivered_at = $1, last_status = $2, error = NULL, \
                 {FORGET_IF_ERASED} WHERE id = $3"
        ))
        .bind(now)
        .bind(i64::from(status))
        .bind(id)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Message `id` did not go (`status`, if an answer came, and `error`);
    /// with `last`, it is not tried again. A 410 stops every delivery
    /// instead, and this one is tried again first when they resume.
    pub async fn not_delivered(
        &self,
        id: i64,
        status: Option<u16>,
        error: &str,
        last: bool,
        now: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        let gone = status == Some(410);
        sqlx::query(
            "UPDATE deliveries SET last_status = $1, error = $2, \
             failed_at = CASE WHEN $3 = 1 THEN $4 ELSE NULL END, \
             address = CASE WHEN $3 = 1 THEN NULL ELSE address END, \
             attempts = CASE WHEN $5 = 1 THEN 0 ELSE attempts END, \
             due_at = CASE WHEN $5 = 1 THEN 0 ELSE due_at END \
             WHERE id = $6 AND delivered_at IS NULL",
        )
        .bind(status.map(i64::from))
        .bind(error)
        .bind(i64::from(last && !gone))
        .bind(now)
        .bind(i64::from(gone))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if gone {
            sqlx::query(
                "INSERT INTO delivery_stops (id, stopped_at) VALUES (1, $1) ON CONFLICT DO NOTHING",
            )
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// When the hosting side said 410, if it did and deliveries were not
    /// resumed since.
    pub async fn deliveries_stopped(&self) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT stopped_at FROM delivery_stops")
            .fetch_optional(self.pool())
            .await?)
    }

    /// Deliveries go again after a 410; `false` when they were not stopped.
    pub async fn resume_deliveries(&self) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM delivery_stops")
            .execute(self.writer())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The messages about request `id`'s space, oldest first.
    pub async fn deliveries(&self, id: i64) -> Result<Vec<DeliveryView>, StoreError> {
        let rows = sqlx::query(
            "SELECT event, created_at, attempts, delivered_at, failed_at, dropped_at, last_status, error \
             FROM deliveries WHERE application_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let at = |column| row.try_get::<Option<String>, _>(column);
                let state = if at("delivered_at")?.is_some() {
                    DeliveryState::Delivered
                } else if at("failed_at")?.is_some() {
                    DeliveryState::Failed
                } else if at("dropped_at")?.is_some() {
                    DeliveryState::Dropped
                } else {
                    DeliveryState::Pending
                };
                Ok(DeliveryView {
                    event: named(row, "event", SpaceEvent::parse)?,
                    state,
                    created_at: row.try_get("created_at")?,
                    attempts: count(row, "attempts")?,
                    delivered_at: at("delivered_at")?,
                    last_status: row
                        .try_get::<Option<i64>, _>("last_status")?
                        .and_then(|s| u16::try_from(s).ok()),
                    error: row.try_get("error")?,
                })
            })
            .collect()
    }

    /// Takes the report `webhook_id` of the hosting side once: `false` when
    /// it was taken before (a replay). Ids are remembered for a day, well
    /// beyond the five minutes a signature is valid.
    pub async fn take_report(&self, webhook_id: &str, now: &str) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query("DELETE FROM space_reports WHERE received_at < $1")
            .bind(super::days_before(now, 1))
            .execute(&mut *tx)
            .await?;
        let taken = sqlx::query(
            "INSERT INTO space_reports (webhook_id, received_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(webhook_id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(taken > 0)
    }

    /// The messages waiting and given up, for the metrics.
    pub async fn deliveries_outbox(&self) -> Result<super::Outbox, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT COALESCE(SUM(CASE WHEN {PENDING} THEN 1 ELSE 0 END), 0) AS waiting, \
             COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed \
             FROM deliveries"
        ))
        .fetch_one(self.pool())
        .await?;
        let count = |column: &str| -> Result<u64, StoreError> {
            let value: i64 = row.try_get(column)?;
            Ok(u64::try_from(value).unwrap_or_default())
        };
        Ok(super::Outbox {
            waiting: count("waiting")?,
            failed: count("failed")?,
            ..super::Outbox::default()
        })
    }

    /// How many requests are wait-listed for `phase`.
    pub async fn waiting_for(&self, phase: u32) -> Result<u32, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM applications WHERE status = 'waitlisted' AND phase = $1",
        )
        .bind(i64::from(phase))
        .fetch_one(self.pool())
        .await?;
        Ok(count(&row, "n")?)
    }
}
