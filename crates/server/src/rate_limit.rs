//! Per-client rate limits, answered with 429 and `Retry-After`: a burst of
//! attempts, then so many a minute (the generic cell rate algorithm).
//!
//! A client is its address, an IPv6 client its /64 (one subscriber's
//! network: counting each of its addresses would give it billions of
//! allowances). On SQLite (one instance) the counts are in memory, in
//! `governor`'s sharded map; on PostgreSQL, where several instances serve
//! the same clients, they are in the database, so that a client's allowance
//! is the same whichever instance it reaches.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use governor::clock::{Clock, DefaultClock};
use governor::{Quota, RateLimiter};

use crate::store::{Backend, Store, StoreError};

/// Clients remembered at most by one limit in memory (about ten megabytes).
/// Past it (a flood from that many networks within a minute), every attempt
/// waits until the idle clients are forgotten, at the next minute.
const MAX_CLIENTS: usize = 200_000;

/// The key a client is counted by: an IPv4 address, or an IPv6 /64.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let network = u128::from(v6) & !u128::from(u64::MAX);
                IpAddr::V6(network.into())
            }
        },
    }
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
        }
    }

    /// Takes one attempt for `client`; when none is left, how long to wait.
    pub async fn check(&self, client: IpAddr) -> Result<Result<(), Duration>, StoreError> {
        let key = client_key(client);
        match &self.counts {
            Counts::Memory(limiter) => {
                if limiter.len() >= MAX_CLIENTS {
                    return Ok(Err(self.interval));
                }
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
    fn ipv6_clients_are_counted_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(other));
        assert_eq!(client_key(a), "2001:db8:1:2::".parse::<IpAddr>().unwrap());
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(client_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(client_key(v4), v4);
    }
}
