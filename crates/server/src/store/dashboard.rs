//! Counts for the reviewers' dashboard and the public progress: each one
//! `GROUP BY` on indexed columns, bounded by the number of values, never a
//! list of requests.

use portal_core::ApplicationStatus;
use sqlx::Row;

use super::{Store, StoreError, named};

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
