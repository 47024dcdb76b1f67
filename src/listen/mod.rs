//! Listeners: accept connections and say where each one was going.
//!
//! Three ways in: the explicit HTTP proxy (`CONNECT host:port` and plain
//! `http://` requests), transparent REDIRECT (original destination from
//! conntrack) and TPROXY (the socket's local address is the destination).
//! The admin listener serves health and metrics. Accept loops hand each
//! [`Conn`] to a handler supplied by `app`, so this module knows nothing of
//! the stages after it.

pub mod admin;
pub mod explicit;
pub mod sockopt;

use std::fmt;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::telemetry::metrics::Metrics;

/// How a connection reached us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Explicit,
    Redirect,
    Tproxy,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Explicit => "explicit",
            Mode::Redirect => "redirect",
            Mode::Tproxy => "tproxy",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the client meant to go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    /// The original destination address (transparent modes).
    pub addr: Option<SocketAddr>,
    /// The host name the client asked for (CONNECT target); the TLS SNI is
    /// added by classification.
    pub host: Option<String>,
    pub port: u16,
}

impl fmt::Display for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.host, self.addr) {
            (Some(h), _) => write!(f, "{h}:{}", self.port),
            (None, Some(a)) => write!(f, "{a}"),
            (None, None) => write!(f, "?:{}", self.port),
        }
    }
}

/// One accepted connection.
#[derive(Debug)]
pub struct Conn {
    pub id: u64,
    pub mode: Mode,
    pub peer: SocketAddr,
    pub stream: TcpStream,
    /// Known at accept time for transparent modes; explicit mode learns it
    /// from the CONNECT request.
    pub dest: Option<Destination>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A process-unique connection id, also used in audit records.
pub fn next_conn_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Shared accept-loop plumbing: connection cap, task tracking, shutdown.
#[derive(Clone, Debug)]
pub struct AcceptCtl {
    pub permits: Arc<Semaphore>,
    pub tracker: TaskTracker,
    pub shutdown: CancellationToken,
    pub metrics: Metrics,
}

/// Accepts until shutdown, handing each connection to `handler` on its own
/// task. At `max_connections`, accepting pauses until one closes, so the
/// kernel backlog absorbs bursts instead of us running out of memory.
pub async fn accept_loop<H, F>(listener: TcpListener, mode: Mode, ctl: AcceptCtl, handler: H)
where
    H: Fn(Conn) -> F + Send + Sync + 'static,
    F: Future<Output = ()> + Send + 'static,
{
    let handler = Arc::new(handler);
    loop {
        let permit = tokio::select! {
            _ = ctl.shutdown.cancelled() => break,
            p = ctl.permits.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            _ = ctl.shutdown.cancelled() => break,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    // EMFILE and friends: back off briefly instead of spinning.
                    tracing::warn!(error = %e, %mode, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let peer = sockopt::canonical(peer);
        let dest = match mode {
            Mode::Explicit => None,
            Mode::Redirect => match sockopt::original_dst(&stream) {
                Ok(addr) => Some(Destination {
                    addr: Some(addr),
                    host: None,
                    port: addr.port(),
                }),
                Err(e) => {
                    tracing::warn!(error = %e, %peer, "no original destination (is the REDIRECT rule in place?)");
                    ctl.metrics
                        .connections
                        .with_label_values(&[mode.as_str(), "failed"])
                        .inc();
                    continue;
                }
            },
            Mode::Tproxy => match stream.local_addr().map(sockopt::canonical) {
                Ok(addr) => Some(Destination {
                    addr: Some(addr),
                    host: None,
                    port: addr.port(),
                }),
                Err(_) => continue,
            },
        };
        let conn = Conn {
            id: next_conn_id(),
            mode,
            peer,
            stream,
            dest,
        };
        let handler = handler.clone();
        let active = ctl.metrics.active_connections.clone();
        active.inc();
        ctl.tracker.spawn(async move {
            handler(conn).await;
            active.dec();
            drop(permit);
        });
    }
}
