//! Rate-limit counts shared by several instances through PostgreSQL (see
//! `rate_limit`): one row per limit and client, changed by one atomic
//! statement per attempt.

use std::time::Duration;

use super::{Store, StoreError};

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

impl Store {
    /// Takes one attempt of `client` under the limit `name` at `now` (since
    /// the epoch): allowed when the next attempt's earliest time is at most
    /// `tolerance` ahead (the burst), which then moves `interval` further.
    /// `None` when allowed, or how long to wait.
    pub async fn take_allowance(
        &self,
        name: &str,
        client: &str,
        now: Duration,
        interval: Duration,
        tolerance: Duration,
    ) -> Result<Option<Duration>, StoreError> {
        let (now, interval, tolerance) = (millis(now), millis(interval), millis(tolerance));
        let taken: Option<i64> = sqlx::query_scalar(
            "INSERT INTO rate_limits (name, client, tat) VALUES ($1, $2, $3 + $4) \
             ON CONFLICT (name, client) DO UPDATE SET tat = GREATEST(rate_limits.tat, $3) + $4 \
             WHERE GREATEST(rate_limits.tat, $3) - $3 <= $5 RETURNING tat",
        )
        .bind(name)
        .bind(client)
        .bind(now)
        .bind(interval)
        .bind(tolerance)
        .fetch_optional(self.writer())
        .await?;
        if taken.is_some() {
            return Ok(None);
        }
        let tat: Option<i64> =
            sqlx::query_scalar("SELECT tat FROM rate_limits WHERE name = $1 AND client = $2")
                .bind(name)
                .bind(client)
                .fetch_optional(self.pool())
                .await?;
        let wait = tat.map_or(0, |tat| tat - now - tolerance).max(0);
        Ok(Some(Duration::from_millis(
            u64::try_from(wait).unwrap_or_default(),
        )))
    }

    /// Forgets the clients whose allowance is whole again.
    pub async fn forget_allowances(&self, now: Duration) -> Result<u64, StoreError> {
        Ok(sqlx::query("DELETE FROM rate_limits WHERE tat < $1")
            .bind(millis(now))
            .execute(self.writer())
            .await?
            .rows_affected())
    }
}
