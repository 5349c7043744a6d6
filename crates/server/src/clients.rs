//! Who a client is: the address a connection comes from, or, when it comes
//! from a proxy of ours (`[limits] trusted_proxies`), the address that proxy
//! saw, read from `X-Forwarded-For`. A peer that is not a trusted proxy is
//! never believed about anybody's address, so a forged header from outside
//! changes nothing. Clients are counted by their address, an IPv6 client by
//! its /64.

use std::net::IpAddr;

use ipnet::IpNet;

/// The key a client is counted by: an IPv4 address, or an IPv6 /64 (one
/// subscriber's network: counting each of its addresses would give it
/// billions of allowances).
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

/// The networks of the proxies in front of the server.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Reads `entries`, each an address or a network in CIDR notation; the
    /// entries that do not read, as they were written.
    pub fn parse(entries: &[String]) -> Result<Self, Vec<String>> {
        let mut networks = Vec::with_capacity(entries.len());
        let mut wrong = Vec::new();
        for entry in entries {
            let entry = entry.trim();
            match entry
                .parse::<IpNet>()
                .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
            {
                Ok(network) => networks.push(network),
                Err(_) => wrong.push(entry.to_owned()),
            }
        }
        if wrong.is_empty() {
            Ok(TrustedProxies(networks))
        } else {
            Err(wrong)
        }
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        self.0.iter().any(|network| network.contains(&ip))
    }

    /// The client behind a connection from `peer` whose request carries
    /// the `X-Forwarded-For` entries `forwarded` (oldest first): walking
    /// back from the proxy nearest the server, the first address that is
    /// not one of our proxies. Entries written before it came from the
    /// client itself and are not believed; an entry that does not read ends
    /// the walk at the last address believed.
    pub fn client<'a>(
        &self,
        peer: IpAddr,
        forwarded: impl DoubleEndedIterator<Item = &'a str>,
    ) -> IpAddr {
        let mut client = peer;
        if !self.contains(peer) {
            return client;
        }
        for entry in forwarded.rev() {
            let Ok(ip) = entry.trim().parse::<IpAddr>() else {
                break;
            };
            client = ip;
            if !self.contains(ip) {
                break;
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let a = ip("2001:db8:1:2:aaaa::1");
        let b = ip("2001:db8:1:2:ffff:1:2:3");
        let other = ip("2001:db8:1:3::1");
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(other));
        assert_eq!(client_key(a), ip("2001:db8:1:2::"));
        assert_eq!(client_key(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(client_key(ip("192.0.2.7")), ip("192.0.2.7"));
    }

    #[test]
    fn only_a_trusted_proxy_is_believed_and_only_about_the_hop_before_it() {
        let proxies =
            TrustedProxies::parse(&["10.0.0.0/8".to_owned(), "127.0.0.1".to_owned()]).unwrap();
        let list = |s: &'static str| s.split(',');
        // From outside, the header is the client's own words.
        assert_eq!(
            proxies.client(ip("203.0.113.9"), list("198.51.100.1")),
            ip("203.0.113.9")
        );
        // Through our proxy: the address it saw, whatever the client wrote before.
        assert_eq!(
            proxies.client(ip("127.0.0.1"), list("1.2.3.4, 198.51.100.1")),
            ip("198.51.100.1")
        );
        // Through two of ours.
        assert_eq!(
            proxies.client(ip("127.0.0.1"), list("198.51.100.1, 10.1.2.3")),
            ip("198.51.100.1")
        );
        // Through ours, without a header: the proxy itself.
        assert_eq!(proxies.client(ip("127.0.0.1"), list("")), ip("127.0.0.1"));
        assert_eq!(
            proxies.client(ip("::ffff:127.0.0.1"), list("198.51.100.2")),
            ip("198.51.100.2")
        );
        // Nobody trusted: the peer.
        assert_eq!(
            TrustedProxies::default().client(ip("127.0.0.1"), list("198.51.100.1")),
            ip("127.0.0.1")
        );
        assert_eq!(
            TrustedProxies::parse(&["10.0.0.0/33".to_owned(), "x".to_owned()]).unwrap_err(),
            vec!["10.0.0.0/33", "x"]
        );
    }
}
