//! One connection, from accept to close: (explicit: read the proxy request)
//! → peek the ClientHello → decide → splice, close, or intercept and serve
//! its requests.

use std::sync::Arc;

use tokio::net::TcpStream;
use tracing::{debug, info, info_span, warn, Instrument};

use super::request::{self, ConnCtx};
use super::{splice, Proxy};
use crate::classify::replay::Replay;
use crate::classify::{self, Decision};
use crate::config::Config;
use crate::http::client::Target;
use crate::http::server::{self, ServeLimits};
use std::net::SocketAddr;

use crate::config::ProxyAuth;
use crate::identity::{AuthError, Identity};
use crate::listen::explicit::{self, ProxyRequest};
use crate::listen::{Conn, Destination, Mode};
use crate::telemetry::audit::{self, AuditRecord};

/// Entry point for every accepted connection.
pub async fn handle(proxy: Arc<Proxy>, conn: Conn) {
    let span = info_span!("conn", id = conn.id, mode = %conn.mode, peer = %conn.peer);
    drive(proxy, conn).instrument(span).await;
}

fn count(proxy: &Proxy, mode: Mode, outcome: &str) {
    proxy
        .metrics
        .connections
        .with_label_values(&[mode.as_str(), outcome])
        .inc();
}

async fn drive(proxy: Arc<Proxy>, conn: Conn) {
    let cfg = proxy.config();
    let Conn {
        id,
        mode,
        peer,
        mut stream,
        dest,
    } = conn;
    let (dest, prefix, identity) = match dest {
        Some(d) => (d, Vec::new(), request::identity_of(&proxy, peer)),
        None => match explicit_request(&proxy, &cfg, mode, id, peer, &mut stream).await {
            ExplicitNext::Tunnel {
                dest,
                leftover,
                identity,
            } => (dest, leftover, identity),
            ExplicitNext::Plain { buffered, identity } => {
                serve_plain(
                    proxy,
                    cfg,
                    id,
                    mode,
                    identity,
                    Replay::new(buffered, stream),
                )
                .await;
                return;
            }
            ExplicitNext::Done => return,
        },
    };
    let (bytes, outcome) = classify::peek(
        &mut stream,
        prefix,
        cfg.limits.client_hello_max_bytes,
        cfg.limits.client_hello_timeout,
    )
    .await;
    let decision = classify::decide(&outcome, &cfg.catalogue, &cfg.classify);
    match decision {
        Decision::Splice { sni, reason } => {
            debug!(sni = sni.as_deref().unwrap_or("-"), reason = reason.as_str(), %dest, "splice");
            if reason != classify::SpliceReason::NotCatalogue {
                proxy
                    .metrics
                    .uninspected
                    .with_label_values(&[reason.as_str()])
                    .inc();
            }
            let addr = match proxy.resolve(&cfg, sni.as_deref(), &dest).await {
                Ok(a) => a,
                Err(e) => {
                    warn!(error = %e, "splice: no upstream");
                    count(&proxy, mode, "failed");
                    return;
                }
            };
            count(&proxy, mode, "spliced");
            let relayed = splice::run(
                stream,
                bytes,
                addr,
                cfg.upstream.connect_timeout,
                cfg.limits.idle_timeout,
            )
            .await;
            match relayed {
                Ok((up, _down)) if reason != classify::SpliceReason::NotCatalogue => {
                    // Client bytes we could not classify: count them as unseen.
                    proxy
                        .metrics
                        .uninspected_bytes
                        .with_label_values(&[reason.as_str()])
                        .inc_by(up);
                }
                Ok(_) => {}
                Err(e) => debug!(error = %e, "splice ended"),
            }
        }
        Decision::Close { reason } => {
            info!(reason = reason.as_str(), %dest, "closing connection that cannot be classified");
            count(&proxy, mode, "closed");
        }
        Decision::Intercept { sni, service } => {
            let conn = Accepted {
                id,
                mode,
                identity,
                stream,
            };
            intercept(proxy, cfg, conn, dest, bytes, sni, service).await;
        }
    }
}

/// A connection whose destination is known.
struct Accepted {
    id: u64,
    mode: Mode,
    identity: Identity,
    stream: TcpStream,
}

enum ExplicitNext {
    Tunnel {
        dest: Destination,
        leftover: Vec<u8>,
        identity: Identity,
    },
    Plain {
        buffered: Vec<u8>,
        identity: Identity,
    },
    Done,
}

/// Reads the explicit proxy request and answers CONNECT.
async fn explicit_request(
    proxy: &Proxy,
    cfg: &Config,
    mode: Mode,
    id: u64,
    peer: SocketAddr,
    stream: &mut TcpStream,
) -> ExplicitNext {
    let req = explicit::read_request(
        stream,
        cfg.limits.max_header_bytes,
        cfg.limits.header_read_timeout,
    )
    .await;
    let auth = match &req {
        Ok(ProxyRequest::Connect { auth, .. }) | Ok(ProxyRequest::Http { auth, .. }) => {
            auth.clone()
        }
        Err(_) => None,
    };
    let identity = if req.is_ok() {
        match authenticate(proxy, peer, auth.as_deref()) {
            Ok(identity) => identity,
            Err(e) => {
                info!(error = %e, "proxy authentication failed");
                count(proxy, mode, "auth_failed");
                audit_connection(proxy, id, mode, peer, "proxy_auth_failed", e.kind());
                let body = serde_json::json!({"error": {"type": "proxy_auth_required", "message": format!("promptwall: proxy authentication required ({e})")}}).to_string();
                let _ = explicit::reply(
                    stream,
                    "407 Proxy Authentication Required",
                    "proxy-authenticate: Basic realm=\"promptwall\"\r\n",
                    &body,
                )
                .await;
                return ExplicitNext::Done;
            }
        }
    } else {
        Identity::from_addr(peer.ip())
    };
    match req {
        Ok(ProxyRequest::Connect {
            host,
            port,
            leftover,
            ..
        }) => {
            if let Err(e) = explicit::reply_connected(stream).await {
                debug!(error = %e, "client left before the tunnel opened");
                return ExplicitNext::Done;
            }
            ExplicitNext::Tunnel {
                dest: Destination {
                    addr: None,
                    host: Some(host),
                    port,
                },
                leftover,
                identity,
            }
        }
        Ok(ProxyRequest::Http { buffered, .. }) => ExplicitNext::Plain { buffered, identity },
        Err(e) => {
            debug!(error = %e, "bad proxy request");
            count(proxy, mode, "failed");
            if let Some(status) = e.status() {
                let body =
                    serde_json::json!({"error": {"type": e.kind(), "message": e.to_string()}})
                        .to_string();
                let _ = explicit::reply(stream, status, "", &body).await;
            }
            ExplicitNext::Done
        }
    }
}

/// Proxy authentication per `policy.proxy_auth`: `off` names the client by
/// address; `optional` accepts no credentials but refuses wrong ones;
/// `required` refuses both.
fn authenticate(
    proxy: &Proxy,
    peer: SocketAddr,
    auth: Option<&str>,
) -> Result<Identity, AuthError> {
    let live = proxy.live();
    let policy = &live.policy;
    let Some(users) = policy
        .users
        .as_ref()
        .filter(|_| policy.config.proxy_auth != ProxyAuth::Off)
    else {
        return Ok(policy.directory.by_addr(peer.ip()));
    };
    match users.authenticate(auth) {
        Ok(user) => Ok(policy.directory.by_user(peer.ip(), &user)),
        Err(AuthError::Missing) if policy.config.proxy_auth == ProxyAuth::Optional => {
            Ok(policy.directory.by_addr(peer.ip()))
        }
        Err(e) => Err(e),
    }
}

/// One audit line for a connection refused before any request.
fn audit_connection(
    proxy: &Proxy,
    id: u64,
    mode: Mode,
    peer: SocketAddr,
    verdict: &'static str,
    why: &'static str,
) {
    proxy.audit.write(&AuditRecord {
        time: audit::now(),
        kind: "connection",
        conn_id: id,
        client: peer.ip().to_string(),
        mode: mode.as_str(),
        identity_source: "address",
        verdict,
        rule: why.to_string(),
        ..AuditRecord::default()
    });
}

/// Plain `http://` proxy requests: each request names its own host.
async fn serve_plain(
    proxy: Arc<Proxy>,
    cfg: Arc<Config>,
    id: u64,
    mode: Mode,
    identity: Identity,
    io: Replay<TcpStream>,
) {
    count(&proxy, mode, "plain_http");
    let limits = serve_limits(&cfg);
    let p = proxy.clone();
    let handler =
        move |req| request::handle_plain(p.clone(), cfg.clone(), id, mode, identity.clone(), req);
    if let Err(e) = server::serve(io, false, limits, proxy.shutdown.clone(), handler).await {
        debug!(error = %e, "plain HTTP connection ended with an error");
    }
}

async fn intercept(
    proxy: Arc<Proxy>,
    cfg: Arc<Config>,
    conn: Accepted,
    dest: Destination,
    hello_bytes: Vec<u8>,
    sni: String,
    service: String,
) {
    let Some(svc) = cfg.catalogue.get(&service).cloned() else {
        return;
    };
    let acceptor = tokio_rustls::TlsAcceptor::from(proxy.server_tls.clone());
    let io = Replay::new(hello_bytes, conn.stream);
    let tls = match tokio::time::timeout(cfg.limits.client_hello_timeout, acceptor.accept(io)).await
    {
        Ok(Ok(tls)) => {
            proxy
                .metrics
                .handshakes
                .with_label_values(&["client", "ok"])
                .inc();
            tls
        }
        Ok(Err(e)) => {
            // The usual cause: the client does not trust the promptwall CA.
            let result = if e.to_string().contains("alert") {
                "client_rejected_cert"
            } else {
                "failed"
            };
            proxy
                .metrics
                .handshakes
                .with_label_values(&["client", result])
                .inc();
            count(&proxy, conn.mode, "failed");
            info!(error = %e, %sni, "client TLS handshake failed (does the client trust the promptwall CA?)");
            return;
        }
        Err(_) => {
            proxy
                .metrics
                .handshakes
                .with_label_values(&["client", "timeout"])
                .inc();
            count(&proxy, conn.mode, "failed");
            return;
        }
    };
    count(&proxy, conn.mode, "intercepted");
    let h2 = tls.get_ref().1.alpn_protocol() == Some(b"h2");
    let target = match proxy.resolve(&cfg, Some(&sni), &dest).await {
        Ok(addr) => Ok(Target {
            host: sni.clone(),
            port: dest.port,
            addr,
            tls: true,
        }),
        Err(e) => Err(e.to_string()),
    };
    let ctx = Arc::new(ConnCtx {
        id: conn.id,
        mode: conn.mode,
        identity: conn.identity,
        service: svc,
        sni,
        target,
    });
    let limits = serve_limits(&cfg);
    let p = proxy.clone();
    let handler = move |req| request::handle(p.clone(), ctx.clone(), req);
    if let Err(e) = server::serve(tls, h2, limits, proxy.shutdown.clone(), handler).await {
        debug!(error = %e, "connection ended with an error");
    }
}

pub fn serve_limits(cfg: &Config) -> ServeLimits {
    ServeLimits {
        max_header_bytes: cfg.limits.max_header_bytes,
        header_read_timeout: cfg.limits.header_read_timeout,
        idle_timeout: cfg.limits.idle_timeout,
        max_concurrent_streams: 256,
    }
}
