//! Enforcement: the last stage, which drives the others. `conn` takes an
//! accepted connection through classify → identity → splice | close |
//! intercept; `request` takes each intercepted request through body reading
//! → inspection → verdict → forward | block | redact; `reply` turns every
//! error and block into an API-shaped response in one place.

pub mod conn;
pub mod live;
pub mod redact;
pub mod reply;
pub mod request;
pub mod splice;
pub mod usage;

use std::net::SocketAddr;
use std::sync::Arc;

use arc_swap::ArcSwap;
use rustls::ServerConfig;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::http::client::Pool;
use crate::inspect::Inspector;
use crate::listen::Destination;
use crate::policy::Policy;
use crate::telemetry::audit::Audit;
use crate::telemetry::metrics::Metrics;

/// Everything a reload replaces, swapped as one so a request never sees a
/// policy from one file and rules from another.
#[derive(Debug)]
pub struct Live {
    pub config: Arc<Config>,
    pub policy: Policy,
    pub inspector: Arc<Inspector>,
    /// Short hash of the config text, shown in metrics and logs.
    pub version: String,
}

/// State shared by every connection. [`Live`] is swapped whole on reload;
/// each request takes the current one.
pub struct Proxy {
    pub live: ArcSwap<Live>,
    pub audit: Arc<Audit>,
    pub server_tls: Arc<ServerConfig>,
    pub pool: Pool,
    pub metrics: Metrics,
    pub shutdown: CancellationToken,
    /// Our own listening addresses, so a transparent connection whose
    /// original destination is us is refused instead of looping.
    pub own_addrs: Vec<SocketAddr>,
}

impl std::fmt::Debug for Proxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Proxy")
            .field("own_addrs", &self.own_addrs)
            .finish_non_exhaustive()
    }
}

/// Why no upstream address could be found.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("cannot resolve {host}: {reason}")]
    Dns { host: String, reason: String },
    #[error("no destination known for this connection (no original destination and no host)")]
    NoDestination,
    #[error("destination {0} is promptwall itself; refusing to loop")]
    Loop(SocketAddr),
}

impl Proxy {
    pub fn config(&self) -> Arc<Config> {
        self.live.load().config.clone()
    }

    pub fn live(&self) -> Arc<Live> {
        self.live.load_full()
    }

    /// The address to dial for `host` (the SNI or CONNECT host): a static
    /// override, else the original destination (transparent modes, unless
    /// `upstream.resolve: sni`), else DNS.
    pub async fn resolve(
        &self,
        cfg: &Config,
        host: Option<&str>,
        dest: &Destination,
    ) -> Result<SocketAddr, ResolveError> {
        let addr = self.resolve_inner(cfg, host, dest).await?;
        if self.own_addrs.iter().any(|a| {
            *a == addr
                || (a.ip().is_unspecified() && a.port() == addr.port() && addr.ip().is_loopback())
        }) {
            return Err(ResolveError::Loop(addr));
        }
        Ok(addr)
    }

    async fn resolve_inner(
        &self,
        cfg: &Config,
        host: Option<&str>,
        dest: &Destination,
    ) -> Result<SocketAddr, ResolveError> {
        let name = host.or(dest.host.as_deref());
        if let Some(name) = name {
            if let Some(a) = cfg
                .upstream
                .hosts
                .get(&crate::config::catalogue::normalise_host(name))
            {
                return Ok(*a);
            }
        }
        if cfg.upstream.resolve == crate::config::Resolve::OriginalDestination {
            if let Some(a) = dest.addr {
                return Ok(a);
            }
        }
        let Some(name) = name else {
            return dest.addr.ok_or(ResolveError::NoDestination);
        };
        let mut addrs = tokio::net::lookup_host((name, dest.port))
            .await
            .map_err(|e| ResolveError::Dns {
                host: name.to_string(),
                reason: e.to_string(),
            })?;
        addrs.next().ok_or_else(|| ResolveError::Dns {
            host: name.to_string(),
            reason: "no addresses".into(),
        })
    }
}
