//! Counts for the reviewers' dashboard and the public progress: each one
//! `GROUP BY` on indexed columns, bounded by the number of values, never a
//! list of requests.

use portal_core::ApplicationStatus;
use sqlx::Row;

use super::{Store, StoreError, named, phase};

/// A column the dashboard counts requests by.
#[derive(Clone, Copy)]
pub enum CountBy {
    Status,
    Kind,
    Country,
}

impl CountBy {
    fn column(self) -> &'static str {
        match self {
            CountBy::Status => "status",
            CountBy::Kind => "kind",
            CountBy::Country => "country",
        }
    }
}

fn pairs(rows: &[sqlx::any::AnyRow]) -> Result<Vec<(String, u64)>, StoreError> {
    rows.iter()
        .map(|row| {
            let count: i64 = row.try_get(1)?;
            Ok((row.try_get(0)?, u64::try_from(count).unwrap_or_default()))
        })
        .collect()
}

impl Store {
    /// How many requests have each value of `by`.
    pub async fn count_by(&self, by: CountBy) -> Result<Vec<(String, u64)>, StoreError> {
        let column = by.column();
        let rows = sqlx::query(&format!(
            "SELECT {column}, COUNT(*) FROM applications GROUP BY {column}"
        ))
        .fetch_all(self.pool())
        .await?;
        pairs(&rows)
    }

    /// Arrivals per day (`YYYY-MM-DD`) since `from` (RFC 3339).
    pub async fn arrivals_per_day(&self, from: &str) -> Result<Vec<(String, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT substr(created_at, 1, 10) AS day, COUNT(*) FROM applications \
             WHERE created_at >= $1 GROUP BY substr(created_at, 1, 10)",
        )
        .bind(from)
        .fetch_all(self.pool())
        .await?;
        pairs(&rows)
    }

    /// The reasons of the refusals of the requests refused now.
    pub async fn refusal_reasons(&self) -> Result<Vec<(String, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.reason, COUNT(DISTINCT e.application_id) FROM application_events e \
             JOIN applications a ON a.id = e.application_id \
             WHERE a.status = 'refused' AND e.kind = 'move' AND e.status = 'refused' AND e.reason IS NOT NULL \
             GROUP BY e.reason",
        )
        .fetch_all(self.pool())
        .await?;
        pairs(&rows)
    }

    /// Requests per month of arrival (`YYYY-MM`) and current status.
    pub async fn arrivals_per_month(
        &self,
    ) -> Result<Vec<(String, ApplicationStatus, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT substr(created_at, 1, 7) AS month, status, COUNT(*) AS n FROM applications \
             GROUP BY substr(created_at, 1, 7), status",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let count: i64 = row.try_get("n")?;
                Ok((
                    row.try_get("month")?,
                    named(row, "status", ApplicationStatus::parse)?,
                    u64::try_from(count).unwrap_or_default(),
                ))
            })
            .collect()
    }
}

impl Store {
    /// When each decided request arrived and was first decided by a
    /// reviewer (accepted, wait-listed or refused), as stored (RFC 3339).
    pub async fn first_decisions(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.created_at, MIN(e.at) AS decided_at FROM applications a \
             JOIN application_events e ON e.application_id = a.id \
             WHERE e.kind = 'move' AND e.status IN ('accepted', 'waitlisted', 'refused') \
             AND e.actor <> 'applicant' GROUP BY a.id, a.created_at",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("created_at")?, row.try_get("decided_at")?)))
            .collect()
    }
}

/// Where an outbox stands (the e-mails', the messages to the hosting side),
/// for the metrics.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Neither sent, nor given up, nor held for a confirmation.
    pub waiting: u64,
    /// The oldest due time (milliseconds since 1970) of those waiting and
    /// due now.
    pub oldest_due: Option<i64>,
    /// Given up after every attempt.
    pub failed: u64,
    /// Held until their address is confirmed.
    pub held: u64,
}

impl Store {
    /// The requests by status and phase (none for those in no phase).
    pub async fn requests_by_standing(
        &self,
    ) -> Result<Vec<(ApplicationStatus, Option<u32>, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT status, phase, COUNT(*) AS n FROM applications GROUP BY status, phase",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let count: i64 = row.try_get("n")?;
                Ok((
                    named(row, "status", ApplicationStatus::parse)?,
                    phase(row, "phase")?,
                    u64::try_from(count).unwrap_or_default(),
                ))
            })
            .collect()
    }

    /// The outbox at `now` (milliseconds since 1970).
    pub async fn outbox(&self, now: i64) -> Result<Outbox, StoreError> {
        let row = sqlx::query(
            "SELECT \
               COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND held_at IS NULL THEN 1 ELSE 0 END), 0) AS waiting, \
               MIN(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND held_at IS NULL AND due_at <= $1 THEN due_at END) AS oldest_due, \
               COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed, \
               COALESCE(SUM(CASE WHEN sent_at IS NULL AND failed_at IS NULL AND held_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS held \
             FROM notifications",
        )
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        let count = |column: &str| -> Result<u64, StoreError> {
            let value: i64 = row.try_get(column)?;
            Ok(u64::try_from(value).unwrap_or_default())
        };
        Ok(Outbox {
            waiting: count("waiting")?,
            oldest_due: row.try_get("oldest_due")?,
            failed: count("failed")?,
            held: count("held")?,
        })
    }

    /// The database connections in use and idle.
    pub fn connections_in_use(&self) -> (u32, u32) {
        let (size, idle) = (self.pool().size(), self.pool().num_idle());
        let idle = u32::try_from(idle).unwrap_or(u32::MAX);
        (size.saturating_sub(idle), idle)
    }
}
