//! Per-client rate limits, answered with 429 and `Retry-After`: a burst of
//! attempts, then so many a minute (the generic cell rate algorithm).
//!
//! A client is its address, an IPv6 client its /64 (`clients::client_key`).
//! On SQLite (one instance) the counts are in memory, in
//! `governor`'s sharded map; on PostgreSQL, where several instances serve
//! the same clients, they are in the database, so that a client's allowance
//! is the same whichever instance it reaches.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use governor::clock::{Clock, DefaultClock};
use governor::{Quota, RateLimiter};
use prometheus_client::metrics::counter::Counter;

use crate::clients::client_key;
use crate::store::{Backend, Store, StoreError};

/// Clients remembered one by one by a limit in memory (about ten
/// megabytes). Past it (a flood from that many networks within a minute,
/// until the idle are forgotten), clients share `OVERFLOW_BUCKETS`
/// allowances, chosen by a hash of their key: the memory stays bounded, and
/// a client is refused only with the few that share its bucket, never all.
const MAX_CLIENTS: usize = 200_000;
const OVERFLOW_BUCKETS: u16 = 4096;

/// The shared allowance of a client counted past `MAX_CLIENTS`: an address
/// of the discard prefix (`100::/64`, never a client's), one per bucket.
fn overflow_key(key: IpAddr) -> IpAddr {
    let digest = crate::secrets::hash(&[b"rate-limit-overflow", key.to_string().as_bytes()]);
    let bucket = u16::from_be_bytes([digest[0], digest[1]]) % OVERFLOW_BUCKETS;
    IpAddr::V6(std::net::Ipv6Addr::new(0x100, 0, 0, 0, 0, 0, 0, bucket))
}

type Keyed =
    RateLimiter<IpAddr, governor::state::keyed::DefaultKeyedStateStore<IpAddr>, DefaultClock>;

enum Counts {
    Memory(Keyed),
    /// In the database, under this limit's name.
    Shared(Store, &'static str),
}

pub struct RateLimit {
    /// Between two attempts, once the burst is spent.
    interval: Duration,
    burst: NonZeroU32,
    counts: Counts,
    /// Its refusals, for the metrics.
    refused: Counter,
}

impl RateLimit {
    /// `burst` attempts at once, then `per_minute` a minute; `name` keeps
    /// the limits apart in a shared database. Both figures at least 1 (the
    /// configuration checks it).
    pub fn new(name: &'static str, burst: u32, per_minute: u32, store: &Store) -> Self {
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let interval = Duration::from_secs(60) / per_minute.max(1);
        let counts = match store.backend() {
            Backend::Sqlite => {
                let quota = Quota::with_period(interval)
                    .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
                    .allow_burst(burst);
                Counts::Memory(RateLimiter::keyed(quota))
            }
            Backend::Postgres => Counts::Shared(store.clone(), name),
        };
        RateLimit {
            interval,
            burst,
            counts,
            refused: Counter::default(),
        }
    }

    /// Counts its refusals on `refused` (a metric's).
    pub fn counting(mut self, refused: Counter) -> Self {
        self.refused = refused;
        self
    }

    /// Takes one attempt for `client`; when none is left, how long to wait.
    pub async fn check(&self, client: IpAddr) -> Result<Result<(), Duration>, StoreError> {
        let checked = self.take(client).await;
        if let Ok(Err(_)) = checked {
            self.refused.inc();
        }
        checked
    }

    async fn take(&self, client: IpAddr) -> Result<Result<(), Duration>, StoreError> {
        let key = client_key(client);
        match &self.counts {
            Counts::Memory(limiter) => {
                // The idle are forgotten every minute (`forget_idle`).
                let key = if limiter.len() >= MAX_CLIENTS {
                    overflow_key(key)
                } else {
                    key
                };
                Ok(limiter.check_key(&key).map_err(|not_until| {
                    not_until
                        .wait_time_from(DefaultClock::default().now())
                        .max(Duration::from_secs(1))
                }))
            }
            Counts::Shared(store, name) => {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default();
                let tolerance = self.interval * (self.burst.get() - 1);
                let wait = store
                    .take_allowance(name, &key.to_string(), now, self.interval, tolerance)
                    .await?;
                Ok(wait.map_or(Ok(()), |wait| Err(wait.max(Duration::from_secs(1)))))
            }
        }
    }

    /// Forgets the clients whose allowance is whole again (in memory: the
    /// database's are forgotten by `Store::forget_allowances`).
    pub fn forget_idle(&self) {
        if let Counts::Memory(limiter) = &self.counts {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_buckets_are_few_and_stable() {
        let a = overflow_key("192.0.2.7".parse().unwrap());
        assert_eq!(a, overflow_key("192.0.2.7".parse().unwrap()));
        let buckets: std::collections::HashSet<IpAddr> = (0..=255u8)
            .map(|n| overflow_key(IpAddr::from([198, 51, 100, n])))
            .collect();
        // 256 clients spread over many buckets, all in the discard prefix.
        assert!(buckets.len() > 200, "{}", buckets.len());
        assert!(buckets.iter().all(|ip| ip.to_string().starts_with("100::")));
    }
}
