//! Per-client rate limits (a token bucket per IP address), answered with 429
//! and `Retry-After`. In memory: each instance counts its own clients.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Clients remembered at most; beyond, the fullest buckets are forgotten.
const MAX_CLIENTS: usize = 50_000;

pub struct RateLimit {
    /// Attempts allowed in a burst.
    burst: f64,
    /// Attempts regained per second.
    per_second: f64,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimit {
    /// `burst` attempts at once, then `per_minute` a minute.
    pub fn new(burst: u32, per_minute: u32) -> Self {
        RateLimit {
            burst: f64::from(burst),
            per_second: f64::from(per_minute) / 60.0,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one attempt for `client`; when none is left, how long to wait.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        self.check_at(client, Instant::now())
    }

    /// Whether `client` has no attempt left now, and how long to wait; takes
    /// nothing.
    pub fn blocked(&self, client: IpAddr) -> Option<Duration> {
        let now = Instant::now();
        let buckets = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (tokens, at) = buckets.get(&client)?;
        let refilled = (tokens
            + now.saturating_duration_since(*at).as_secs_f64() * self.per_second)
            .min(self.burst);
        (refilled < 1.0)
            .then(|| Duration::from_secs_f64(((1.0 - refilled) / self.per_second).ceil().max(1.0)))
    }

    fn check_at(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if buckets.len() >= MAX_CLIENTS && !buckets.contains_key(&client) {
            let (burst, per_second) = (self.burst, self.per_second);
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.saturating_duration_since(*at).as_secs_f64() * per_second < burst
            });
        }
        let (tokens, at) = buckets.entry(client).or_insert((self.burst, now));
        let refilled = (*tokens
            + now.saturating_duration_since(*at).as_secs_f64() * self.per_second)
            .min(self.burst);
        if refilled >= 1.0 {
            *tokens = refilled - 1.0;
            *at = now;
            Ok(())
        } else {
            *tokens = refilled;
            *at = now;
            Err(Duration::from_secs_f64(
                ((1.0 - refilled) / self.per_second).ceil().max(1.0),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_the_rate() {
        let limit = RateLimit::new(3, 60);
        let client: IpAddr = [127, 0, 0, 1].into();
        let start = Instant::now();
        for _ in 0..3 {
            assert!(limit.check_at(client, start).is_ok());
        }
        let wait = limit.check_at(client, start).unwrap_err();
        assert_eq!(wait, Duration::from_secs(1));
        assert!(
            limit
                .check_at(client, start + Duration::from_millis(1100))
                .is_ok()
        );
        // Another client has its own bucket.
        assert!(limit.check_at([10, 0, 0, 2].into(), start).is_ok());
    }
}
