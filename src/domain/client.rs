//! Who a client is, for counting only: the socket address (or the header a
//! configured proxy sets), an IPv6 client counted per /64 (one household or
//! phone gets a whole /64, so counting single addresses would count nothing),
//! and the wider network it belongs to, for spotting concentrated bursts.

use std::net::IpAddr;

/// A client as the limits count it. Never stored or logged as is: every
/// bucket is a keyed hash of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// An IPv4 address, or an IPv6 /64.
    pub id: String,
    /// Its IPv4 /24 or IPv6 /48.
    pub network: String,
}

impl Client {
    pub fn of(ip: IpAddr) -> Client {
        match ip {
            IpAddr::V4(v4) => Client::v4(v4.octets()),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Client::v4(v4.octets()),
                None => {
                    let s = v6.segments();
                    Client {
                        id: format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3]),
                        network: format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2]),
                    }
                }
            },
        }
    }

    fn v4([a, b, c, d]: [u8; 4]) -> Client {
        Client {
            id: format!("{a}.{b}.{c}.{d}"),
            network: format!("{a}.{b}.{c}.0/24"),
        }
    }

    /// A client whose address Rocket could not learn (a local test client).
    pub fn unknown() -> Client {
        Client {
            id: "unknown".into(),
            network: "unknown".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_counted_per_64_and_mapped_ipv4_as_ipv4() {
        let a = Client::of("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = Client::of("2001:db8:1:2:bbbb:cccc:dddd:eeee".parse().unwrap());
        let other = Client::of("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(a, b);
        assert_ne!(a.id, other.id);
        assert_eq!(a.network, other.network);
        assert_eq!(a.id, "2001:db8:1:2::/64");
        let mapped = Client::of("::ffff:203.0.113.9".parse().unwrap());
        assert_eq!(mapped, Client::of("203.0.113.9".parse().unwrap()));
        assert_eq!(mapped.network, "203.0.113.0/24");
    }
}
