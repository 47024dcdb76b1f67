//! Who is asking: a peer becomes an [`Identity`]. Today that is the source
//! address; proxy authentication and API-key ownership add to it.

use std::fmt;
use std::net::IpAddr;

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
        // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
        let addr = match addr {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
            v4 => v4,
        };
        Identity {
            addr,
            user: None,
            group: None,
            source: Source::Address,
        }
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
