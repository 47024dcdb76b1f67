//! Who is asking: a peer becomes an [`Identity`].
//!
//! Three sources, strongest first: proxy authentication (explicit mode), the
//! owner of the AI provider API key the request carries (mapped by its
//! keyed fingerprint, so a transparent gateway can tell people apart without
//! proxy auth), and the source address (longest CIDR prefix wins). Every
//! decision records which one was used.

pub mod users;

use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;

use ipnet::IpNet;

use crate::config::policy::PolicyConfig;
pub use users::{AuthError, Users};

/// How an identity was established; recorded with every decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Only the client's source address is known.
    Address,
    /// Proxy authentication (explicit mode).
    ProxyAuth,
    /// The fingerprint of the AI provider API key the client sent.
    ApiKey,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Address => "address",
            Source::ProxyAuth => "proxy_auth",
            Source::ApiKey => "api_key",
        }
    }
}

/// The client behind a connection or request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub addr: IpAddr,
    pub user: Option<String>,
    pub group: Option<String>,
    pub source: Source,
}

impl Identity {
    pub fn from_addr(addr: IpAddr) -> Self {
        Identity {
            addr: canonical(addr),
            user: None,
            group: None,
            source: Source::Address,
        }
    }
}

/// An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        v4 => v4,
    }
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.user {
            Some(u) => write!(f, "{u}@{}", self.addr),
            None => write!(f, "{}", self.addr),
        }
    }
}

/// Group membership, compiled from the policy config.
#[derive(Debug, Default)]
pub struct Directory {
    /// (network, group), longest prefix first.
    cidrs: Vec<(IpNet, String)>,
    user_groups: HashMap<String, String>,
    /// fingerprint → (owner, group)
    api_keys: HashMap<String, (String, Option<String>)>,
}

impl Directory {
    pub fn new(policy: &PolicyConfig) -> Self {
        let mut cidrs: Vec<(IpNet, String)> = policy
            .groups
            .iter()
            .flat_map(|g| g.cidrs.iter().map(move |c| (*c, g.name.clone())))
            .collect();
        // Stable sort: among equal prefixes the group listed first wins.
        cidrs.sort_by_key(|(net, _)| std::cmp::Reverse(net.prefix_len()));
        let mut user_groups = HashMap::new();
        for g in &policy.groups {
            for u in &g.users {
                user_groups
                    .entry(u.clone())
                    .or_insert_with(|| g.name.clone());
            }
        }
        let api_keys = policy
            .api_keys
            .iter()
            .map(|k| (k.fingerprint.clone(), (k.owner.clone(), k.group.clone())))
            .collect();
        Directory {
            cidrs,
            user_groups,
            api_keys,
        }
    }

    /// The group of a source address (longest prefix), if any.
    pub fn group_of_addr(&self, addr: IpAddr) -> Option<&str> {
        let addr = canonical(addr);
        self.cidrs
            .iter()
            .find(|(net, _)| net.contains(&addr))
            .map(|(_, g)| g.as_str())
    }

    /// Identity from the address alone.
    pub fn by_addr(&self, addr: IpAddr) -> Identity {
        let mut id = Identity::from_addr(addr);
        id.group = self.group_of_addr(addr).map(str::to_string);
        id
    }

    /// Identity of an authenticated proxy user.
    pub fn by_user(&self, addr: IpAddr, user: &str) -> Identity {
        Identity {
            addr: canonical(addr),
            user: Some(user.to_string()),
            group: self
                .user_groups
                .get(user)
                .cloned()
                .or_else(|| self.group_of_addr(addr).map(str::to_string)),
            source: Source::ProxyAuth,
        }
    }

    /// Refines an address-only identity with an API key's owner, when the
    /// key's fingerprint is mapped. A proxy-auth identity is kept.
    pub fn with_api_key(&self, id: &Identity, fingerprint: &str) -> Option<Identity> {
        if id.source == Source::ProxyAuth {
            return None;
        }
        let (owner, group) = self.api_keys.get(fingerprint)?;
        Some(Identity {
            addr: id.addr,
            user: Some(owner.clone()),
            group: group.clone().or_else(|| id.group.clone()),
            source: Source::ApiKey,
        })
    }
}

/// The API key a request carries, from the headers providers use (and
/// Gemini's `?key=` query parameter).
pub fn api_key<'a>(headers: &'a http::HeaderMap, query: Option<&'a str>) -> Option<&'a str> {
    for name in ["x-api-key", "api-key", "x-goog-api-key"] {
        if let Some(v) = headers.get(name).and_then(|v| v.to_str().ok()) {
            return Some(v.trim());
        }
    }
    if let Some(v) = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        if let Some(tok) = v
            .strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))
        {
            return Some(tok.trim());
        }
    }
    query?
        .split('&')
        .find_map(|kv| kv.strip_prefix("key="))
        .filter(|k| !k.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn dir(yaml: &str) -> Directory {
        let cfg = Config::from_yaml(yaml, "t.yaml").expect("valid");
        Directory::new(&cfg.policy)
    }

    #[test]
    fn longest_prefix_wins_v4_and_v6() {
        let d = dir("policy:\n  groups:\n    - name: corp\n      cidrs: [10.0.0.0/8, 'fd00::/8']\n    - name: lab\n      cidrs: [10.1.0.0/16, 'fd00:1::/32']\n");
        assert_eq!(
            d.group_of_addr("10.2.3.4".parse().expect("ip")),
            Some("corp")
        );
        assert_eq!(
            d.group_of_addr("10.1.3.4".parse().expect("ip")),
            Some("lab")
        );
        assert_eq!(
            d.group_of_addr("::ffff:10.1.3.4".parse().expect("ip")),
            Some("lab")
        );
        assert_eq!(
            d.group_of_addr("fd00:1::5".parse().expect("ip")),
            Some("lab")
        );
        assert_eq!(
            d.group_of_addr("fd00:2::5".parse().expect("ip")),
            Some("corp")
        );
        assert_eq!(d.group_of_addr("192.0.2.1".parse().expect("ip")), None);
    }

    #[test]
    fn users_and_api_keys_refine_identity() {
        let d = dir("policy:\n  groups:\n    - name: eng\n      users: [alice]\n    - name: ops\n      cidrs: [127.0.0.0/8]\n  api_keys:\n    - fingerprint: 0123456789abcdef\n      owner: bob\n      group: eng\n");
        let ip: IpAddr = "127.0.0.1".parse().expect("ip");
        assert_eq!(d.by_user(ip, "alice").group.as_deref(), Some("eng"));
        assert_eq!(d.by_user(ip, "carol").group.as_deref(), Some("ops"));
        let base = d.by_addr(ip);
        let k = d.with_api_key(&base, "0123456789abcdef").expect("mapped");
        assert_eq!(
            (k.user.as_deref(), k.group.as_deref(), k.source),
            (Some("bob"), Some("eng"), Source::ApiKey)
        );
        assert!(d.with_api_key(&base, "ffffffffffffffff").is_none());
    }

    #[test]
    fn api_key_sources() {
        let mut h = http::HeaderMap::new();
        assert_eq!(api_key(&h, Some("alt=sse&key=AIzaX")), Some("AIzaX"));
        h.insert("authorization", "Bearer sk-abc".parse().expect("v"));
        assert_eq!(api_key(&h, None), Some("sk-abc"));
        h.insert("x-api-key", "sk-ant-1".parse().expect("v"));
        assert_eq!(api_key(&h, None), Some("sk-ant-1"));
    }
}
