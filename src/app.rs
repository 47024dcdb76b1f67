//! Wires the parts from a validated [`Config`]: CA, TLS configs, pool,
//! listeners, admin, signals. No request logic lives here.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::Config;
use crate::enforce::{self, Live, Proxy};
use crate::http::client::{Pool, PoolConfig};
use crate::listen::admin::{self, Readiness};
use crate::listen::{self, sockopt, AcceptCtl, Mode};
use crate::telemetry::audit::Audit;
use crate::telemetry::metrics::Metrics;
use crate::tls;

/// Why the proxy could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Ca(#[from] tls::ca::CaError),
    #[error(transparent)]
    UpstreamTls(#[from] tls::upstream::UpstreamTlsError),
    #[error("TLS server config: {0}")]
    ServerTls(#[from] rustls::Error),
    #[error("cannot listen on {addr} ({what}): {source}{hint}")]
    Bind {
        addr: SocketAddr,
        what: &'static str,
        source: std::io::Error,
        hint: &'static str,
    },
    #[error("no proxy listener configured: set listen.explicit, listen.redirect or listen.tproxy")]
    NoListener,
    #[error(transparent)]
    Live(#[from] enforce::live::LiveError),
    #[error("audit log: {0}")]
    Audit(std::io::Error),
}

/// A running proxy: its bound addresses and the handles to stop it.
#[derive(Debug)]
pub struct Running {
    pub explicit: Option<SocketAddr>,
    pub redirect: Option<SocketAddr>,
    pub tproxy: Option<SocketAddr>,
    pub admin: Option<SocketAddr>,
    pub ca_cert: PathBuf,
    pub ca_created: bool,
    pub shutdown: CancellationToken,
    pub tracker: TaskTracker,
    pub readiness: Arc<Readiness>,
    pub metrics: Metrics,
    pub proxy: Arc<Proxy>,
}

impl Running {
    /// Stops accepting, lets in-flight work finish for up to `drain`, and
    /// returns how many connections were still open when it gave up.
    pub async fn stop(&self, drain: Duration) -> usize {
        self.shutdown.cancel();
        self.tracker.close();
        match tokio::time::timeout(drain, self.tracker.wait()).await {
            Ok(()) => 0,
            Err(_) => self.tracker.len(),
        }
    }
}

fn bind(addr: SocketAddr, what: &'static str, tproxy: bool) -> Result<TcpListener, StartError> {
    let r = if tproxy {
        sockopt::tproxy_listener(addr, 1024)
    } else {
        sockopt::listener(addr, 1024)
    };
    r.map_err(|source| {
        let hint = match source.kind() {
            std::io::ErrorKind::PermissionDenied if tproxy => " (TPROXY needs CAP_NET_ADMIN)",
            std::io::ErrorKind::PermissionDenied => " (ports below 1024 need CAP_NET_BIND_SERVICE)",
            std::io::ErrorKind::AddrInUse => {
                " (another process is listening there; change the listen: address)"
            }
            _ => "",
        };
        StartError::Bind {
            addr,
            what,
            source,
            hint,
        }
    })
}

/// Builds everything and starts the listeners; returns once they are bound.
pub async fn start(cfg: Config) -> Result<Running, StartError> {
    let metrics = Metrics::new();
    let readiness = Arc::new(Readiness::default());
    let shutdown = CancellationToken::new();
    let tracker = TaskTracker::new();

    // Admin first, so /readyz can say "not ready" while the rest starts.
    let admin_addr = match cfg.listen.admin {
        Some(addr) => {
            let l = bind(addr, "admin", false)?;
            let local = l.local_addr().ok();
            tokio::spawn(admin::serve(
                l,
                readiness.clone(),
                metrics.clone(),
                shutdown.clone(),
            ));
            local
        }
        None => None,
    };

    // Compile the policy first: a bad policy must stop start-up before
    // anything listens.
    Live::build(cfg.clone(), None)?;
    let domains = if cfg.ca.name_constraints {
        cfg.catalogue.constraint_domains()
    } else {
        Vec::new()
    };
    let (ca, ca_created) = loop {
        match tls::ca::load_or_create(&cfg.ca.dir, &domains, cfg.ca.create_if_missing) {
            Ok(x) => break x,
            // In Kubernetes the CA Secret may be mounted late or be fixed
            // by an operator: with `ca.wait`, stay up and not ready.
            Err(e) if cfg.ca.wait => {
                tracing::error!(error = %e, "CA not loaded; /readyz stays 503, retrying in 5s");
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
            Err(e) => return Err(e.into()),
        }
    };
    // Absolute, so the path printed for users works from any directory.
    let ca_cert = std::fs::canonicalize(&ca.cert_path).unwrap_or_else(|_| ca.cert_path.clone());
    readiness.ca_loaded.store(true, Ordering::Release);
    let minter = Arc::new(tls::mint::Minter::new(
        ca,
        cfg.ca.leaf_validity,
        cfg.ca.leaf_cache_size,
        metrics.clone(),
    ));
    let server_tls = tls::server_config(minter)?;
    let client_tls = tls::upstream::client_config(&cfg.upstream)?;
    let pool = Pool::new(
        client_tls,
        PoolConfig {
            connect_timeout: cfg.upstream.connect_timeout,
            response_timeout: cfg.upstream.response_timeout,
            idle_timeout: cfg.upstream.pool_idle_timeout,
            max_idle_per_key: cfg.upstream.pool_max_idle_per_host,
        },
        metrics.clone(),
    );

    let mut bound: Vec<(Mode, TcpListener)> = Vec::new();
    if let Some(a) = cfg.listen.explicit {
        bound.push((Mode::Explicit, bind(a, "explicit proxy", false)?));
    }
    if let Some(a) = cfg.listen.redirect {
        bound.push((Mode::Redirect, bind(a, "transparent REDIRECT", false)?));
    }
    if let Some(a) = cfg.listen.tproxy {
        bound.push((Mode::Tproxy, bind(a, "transparent TPROXY", true)?));
    }
    if bound.is_empty() {
        return Err(StartError::NoListener);
    }
    let local = |m: Mode| {
        bound
            .iter()
            .find(|(mm, _)| *mm == m)
            .and_then(|(_, l)| l.local_addr().ok())
    };
    let (explicit, redirect, tproxy) = (
        local(Mode::Explicit),
        local(Mode::Redirect),
        local(Mode::Tproxy),
    );
    let own_addrs = bound
        .iter()
        .filter_map(|(_, l)| l.local_addr().ok())
        .collect();

    if let Some(spec) = cfg.nft_quic_counter.clone() {
        tokio::spawn(crate::telemetry::nft::watch_quic_counter(
            spec,
            metrics.clone(),
            shutdown.clone(),
        ));
    }
    let permits = Arc::new(Semaphore::new(cfg.limits.max_connections));
    let audit = Arc::new(Audit::new(&cfg.audit).map_err(StartError::Audit)?);
    let live = Live::build(cfg, None)?;
    metrics.set_policy_version(&live.version);
    let proxy = Arc::new(Proxy {
        live: ArcSwap::from_pointee(live),
        audit,
        server_tls,
        pool,
        metrics: metrics.clone(),
        shutdown: shutdown.clone(),
        own_addrs,
    });
    for (mode, listener) in bound {
        let ctl = AcceptCtl {
            permits: permits.clone(),
            tracker: tracker.clone(),
            shutdown: shutdown.clone(),
            metrics: metrics.clone(),
        };
        let p = proxy.clone();
        tokio::spawn(listen::accept_loop(listener, mode, ctl, move |conn| {
            enforce::conn::handle(p.clone(), conn)
        }));
    }
    readiness.listeners_bound.store(true, Ordering::Release);
    readiness.policy_valid.store(true, Ordering::Release);
    Ok(Running {
        explicit,
        redirect,
        tproxy,
        admin: admin_addr,
        ca_cert,
        ca_created,
        shutdown,
        tracker,
        readiness,
        metrics,
        proxy,
    })
}

/// `promptwall run`: start, print what a user needs, wait for SIGTERM or
/// Ctrl-C, drain.
pub async fn run(cfg: Config, config_path: Option<PathBuf>) -> Result<(), StartError> {
    let drain = cfg.limits.drain_timeout;
    let running = start(cfg).await?;
    tokio::spawn(watch(
        running.proxy.clone(),
        config_path,
        running.shutdown.clone(),
    ));
    if running.ca_created {
        println!(
            "created a new interception CA: {}",
            running.ca_cert.display()
        );
    }
    if let Some(a) = running.explicit {
        println!("promptwall explicit proxy on {a}; point clients at it with:");
        println!("  export HTTPS_PROXY=http://{a}");
    }
    if let Some(a) = running.redirect {
        println!("transparent REDIRECT listener on {a}");
    }
    if let Some(a) = running.tproxy {
        println!("transparent TPROXY listener on {a}");
    }
    println!(
        "clients must trust the CA certificate: {}",
        running.ca_cert.display()
    );
    println!(
        "  e.g. export SSL_CERT_FILE={0} NODE_EXTRA_CA_CERTS={0}   (or: curl --cacert {0})",
        running.ca_cert.display()
    );
    if let Some(a) = running.admin {
        println!("health and metrics: http://{a}/healthz  http://{a}/readyz  http://{a}/metrics");
    }
    wait_for_signal().await;
    tracing::info!(
        "shutting down: no new connections, draining for up to {:?}",
        drain
    );
    let left = running.stop(drain).await;
    if left > 0 {
        tracing::warn!(left, "drain timeout: closing remaining connections");
    }
    Ok(())
}

/// Reloads on SIGHUP (also reopening the audit file) and when the config
/// file's modification time or size changes (polled every 2 s: portable, and
/// cheap next to the traffic).
pub async fn watch(proxy: Arc<Proxy>, path: Option<PathBuf>, shutdown: CancellationToken) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hup = signal(SignalKind::hangup()).ok();
    let stamp = |p: &PathBuf| {
        std::fs::metadata(p)
            .ok()
            .map(|m| (m.modified().ok(), m.len()))
    };
    let mut last = path.as_ref().and_then(stamp);
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    loop {
        let hup_fired = async {
            match hup.as_mut() {
                Some(h) => h.recv().await.is_some(),
                None => std::future::pending().await,
            }
        };
        let by_signal = tokio::select! {
            _ = shutdown.cancelled() => return,
            fired = hup_fired => fired,
            _ = tick.tick() => false,
        };
        if by_signal {
            if let Err(e) = proxy.audit.reopen() {
                tracing::warn!(error = %e, "audit log reopen failed");
            }
        }
        let Some(p) = &path else {
            if by_signal {
                tracing::info!("SIGHUP: running on the built-in config, nothing to reload");
            }
            continue;
        };
        let now = stamp(p);
        if by_signal || (now.is_some() && now != last) {
            last = now;
            enforce::live::reload(&proxy, p);
        }
    }
}

async fn wait_for_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let Ok(mut term) = signal(SignalKind::terminate()) else {
        let _ = tokio::signal::ctrl_c().await;
        return;
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
}
