//! Who is asking: the client's address, and the host and scheme it asked
//! for, resolved once per request. Forwarded headers (`Forwarded`,
//! `X-Forwarded-For`, `X-Forwarded-Host`, `X-Forwarded-Proto`) are believed
//! only when the connection comes from a configured proxy
//! (`SAFEGRID_TRUSTED_PROXIES`, IPs or CIDRs); from anyone else they are
//! ignored, so a client cannot pick its own address to dodge the rate
//! limit or the login throttle, nor its own host to pass the same-origin
//! check. Behind a chain of trusted proxies the client is the last address
//! in the chain that is not one of them.
use actix_web::http::header::{HeaderMap, HOST};
use actix_web::HttpRequest;
use std::net::IpAddr;

/// An address block: `10.0.0.0/8`, `::1/128`, or one address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpNet {
    addr: IpAddr,
    prefix: u8,
}

impl IpNet {
    pub fn parse(text: &str) -> Option<IpNet> {
        let (addr, prefix) = match text.split_once('/') {
            Some((a, p)) => (a.parse::<IpAddr>().ok()?, Some(p.parse::<u8>().ok()?)),
            None => (text.parse::<IpAddr>().ok()?, None),
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(IpNet { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// `::ffff:1.2.3.4` is `1.2.3.4`.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// A comma- or space-separated list; entries that do not parse are
/// reported in the log and left out.
pub fn parse_list(text: &str) -> Vec<IpNet> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .filter_map(|s| {
            let net = IpNet::parse(s);
            if net.is_none() {
                tracing::warn!(
                    entry = s,
                    "SAFEGRID_TRUSTED_PROXIES: not an IP or CIDR; ignored"
                );
            }
            net
        })
        .collect()
}

/// The request as its client made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// The client's address (None only without a socket, in unit tests).
    pub ip: Option<IpAddr>,
    /// `host[:port]` the client asked for.
    pub host: String,
    /// `http` or `https`.
    pub scheme: String,
}

pub fn resolve(req: &HttpRequest, trusted: &[IpNet]) -> Client {
    resolve_parts(
        req.peer_addr().map(|a| a.ip()),
        req.headers(),
        req.uri().authority().map(|a| a.to_string()),
        trusted,
    )
}

fn resolve_parts(
    peer: Option<IpAddr>,
    headers: &HeaderMap,
    authority: Option<String>,
    trusted: &[IpNet],
) -> Client {
    let direct_host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or(authority)
        .unwrap_or_default();
    let peer = peer.map(canonical);
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    let direct = Client {
        ip: peer,
        host: direct_host.clone(),
        scheme: "http".into(),
    };
    let Some(peer_ip) = peer else { return direct };
    if !is_trusted(peer_ip) {
        return direct;
    }
    let forwarded = parse_forwarded(headers);
    let (chain, host, proto) = match forwarded {
        Some(f) => f,
        None => (
            header_list(headers, "x-forwarded-for")
                .iter()
                .filter_map(|s| parse_node(s))
                .collect(),
            header_list(headers, "x-forwarded-host").into_iter().next(),
            header_list(headers, "x-forwarded-proto").into_iter().next(),
        ),
    };
    // From the nearest hop back: the first address that is not a proxy of ours.
    let mut client = peer_ip;
    for hop in chain.iter().rev() {
        client = *hop;
        if !is_trusted(*hop) {
            break;
        }
    }
    Client {
        ip: Some(client),
        host: host.filter(|h| !h.is_empty()).unwrap_or(direct_host),
        scheme: match proto.as_deref().map(str::to_ascii_lowercase).as_deref() {
            Some("https") => "https".into(),
            _ => "http".into(),
        },
    }
}

/// Every comma-separated value of every instance of a header, trimmed.
fn header_list(headers: &HeaderMap, name: &str) -> Vec<String> {
    headers
        .get_all(name)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

type Forwarded = (Vec<IpAddr>, Option<String>, Option<String>);

/// RFC 7239 `Forwarded`: the `for=` chain, and the first `host=`/`proto=`.
fn parse_forwarded(headers: &HeaderMap) -> Option<Forwarded> {
    let elements = header_list(headers, "forwarded");
    if elements.is_empty() {
        return None;
    }
    let mut chain = Vec::new();
    let (mut host, mut proto) = (None, None);
    for element in elements {
        for pair in element.split(';') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let value = value.trim().trim_matches('"').to_string();
            match key.trim().to_ascii_lowercase().as_str() {
                "for" => {
                    if let Some(ip) = parse_node(&value) {
                        chain.push(ip);
                    }
                }
                "host" if host.is_none() => host = Some(value),
                "proto" if proto.is_none() => proto = Some(value),
                _ => {}
            }
        }
    }
    Some((chain, host, proto))
}

/// `1.2.3.4`, `1.2.3.4:80`, `[2001:db8::1]:4711`, `2001:db8::1`.
fn parse_node(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok().map(canonical);
    }
    let (addr, _port) = text.rsplit_once(':')?;
    addr.parse().ok().map(canonical)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.append(HeaderName::from_static(k), HeaderValue::from_static(v));
        }
        map
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn cidrs_match_their_block_only() {
        let net = IpNet::parse("10.1.0.0/16").unwrap();
        assert!(net.contains(ip("10.1.200.3")));
        assert!(!net.contains(ip("10.2.0.1")));
        assert!(net.contains(ip("::ffff:10.1.0.9")));
        assert!(IpNet::parse("::1").unwrap().contains(ip("::1")));
        assert!(IpNet::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert_eq!(IpNet::parse("10.0.0.0/33"), None);
        assert_eq!(IpNet::parse("proxy.local"), None);
        assert_eq!(parse_list("127.0.0.1, 10.0.0.0/8 nope").len(), 2);
    }

    #[test]
    fn forwarded_headers_from_an_untrusted_peer_are_ignored() {
        let h = headers(&[
            ("host", "grid.example"),
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-host", "evil.example"),
            ("forwarded", "for=5.6.7.8;host=evil.example"),
        ]);
        let c = resolve_parts(Some(ip("203.0.113.9")), &h, None, &[]);
        assert_eq!(c.ip, Some(ip("203.0.113.9")));
        assert_eq!(c.host, "grid.example");
        assert_eq!(c.scheme, "http");
    }

    #[test]
    fn behind_trusted_proxies_the_client_is_the_last_untrusted_hop() {
        let trusted = parse_list("10.0.0.0/8");
        let h = headers(&[
            ("host", "internal:8080"),
            ("x-forwarded-for", "6.6.6.6, 198.51.100.7, 10.0.0.2"),
            ("x-forwarded-host", "grid.example"),
            ("x-forwarded-proto", "https"),
        ]);
        let c = resolve_parts(Some(ip("10.0.0.1")), &h, None, &trusted);
        assert_eq!(
            c.ip,
            Some(ip("198.51.100.7")),
            "6.6.6.6 was made up by the client"
        );
        assert_eq!(c.host, "grid.example");
        assert_eq!(c.scheme, "https");

        let h = headers(&[(
            "forwarded",
            "for=\"[2001:db8::1]:4711\";proto=https;host=grid.example, for=10.0.0.3",
        )]);
        let c = resolve_parts(Some(ip("10.0.0.1")), &h, None, &trusted);
        assert_eq!(c.ip, Some(ip("2001:db8::1")));
        assert_eq!(c.host, "grid.example");
        assert_eq!(c.scheme, "https");
    }
}
