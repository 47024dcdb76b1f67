//! The upstream client: verified TLS, h2 or http/1.1 by ALPN, pooled.
//!
//! Hand-written rather than hyper-util's legacy client because the pool key
//! must be (server name, address): in transparent mode the address is the
//! client's original destination, not a DNS lookup of the name, and two
//! clients may reach the same name at different addresses. An h2 connection
//! is shared by every request to its key; http/1.1 connections return to the
//! pool when their response body has been read to the end.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Request, Response, Uri};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::client::conn::{http1, http2};
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use super::{BoxError, ProxyBody};
use crate::telemetry::metrics::Metrics;

/// Where to send a request.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    /// TLS server name and the `:authority` / Host sent upstream.
    pub host: String,
    pub port: u16,
    pub addr: SocketAddr,
    pub tls: bool,
}

/// Why the upstream could not answer.
#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    #[error("could not connect to {addr}: {source}")]
    Connect {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("connecting to {addr} timed out after {after:?}")]
    ConnectTimeout { addr: SocketAddr, after: Duration },
    #[error("upstream certificate for {host} failed verification: {reason}")]
    CertVerify { host: String, reason: String },
    #[error("TLS handshake with {host} failed: {reason}")]
    Tls { host: String, reason: String },
    #[error("'{0}' is not a valid TLS server name")]
    ServerName(String),
    #[error("HTTP handshake with upstream failed: {0}")]
    Handshake(hyper::Error),
    #[error("upstream failed before responding: {0}")]
    Send(hyper::Error),
    #[error("upstream sent no response headers within {0:?}")]
    ResponseTimeout(Duration),
    #[error("cannot build the upstream request: {0}")]
    Request(String),
}

impl UpstreamError {
    /// A small fixed label for metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            UpstreamError::Connect { .. } => "connect",
            UpstreamError::ConnectTimeout { .. } => "connect_timeout",
            UpstreamError::CertVerify { .. } => "cert_verify",
            UpstreamError::Tls { .. } => "tls",
            UpstreamError::ServerName(_) => "server_name",
            UpstreamError::Handshake(_) => "handshake",
            UpstreamError::Send(_) => "send",
            UpstreamError::ResponseTimeout(_) => "response_timeout",
            UpstreamError::Request(_) => "request",
        }
    }

    /// 504 for timeouts, 502 for everything else.
    pub fn is_timeout(&self) -> bool {
        matches!(
            self,
            UpstreamError::ConnectTimeout { .. } | UpstreamError::ResponseTimeout(_)
        )
    }
}

/// Pool settings.
#[derive(Clone, Debug)]
pub struct PoolConfig {
    pub connect_timeout: Duration,
    pub response_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_idle_per_key: usize,
}

struct IdleH1 {
    send: http1::SendRequest<ProxyBody>,
    since: Instant,
}

/// One shared h2 connection and the number of requests on it.
#[derive(Clone)]
struct SharedH2 {
    send: http2::SendRequest<ProxyBody>,
    inflight: Arc<AtomicUsize>,
}

/// Requests per upstream h2 connection before another one is opened. API
/// front ends allow 100–250 concurrent streams; staying under the smallest
/// keeps long SSE answers from queueing inside h2.
const H2_STREAMS_PER_CONN: usize = 96;

#[derive(Default)]
struct Slots {
    h1: HashMap<Target, Vec<IdleH1>>,
    h2: HashMap<Target, Vec<SharedH2>>,
    /// Targets known to speak only http/1.1: connects need no single-flight.
    h1_only: std::collections::HashSet<Target>,
    /// One connect at a time per target until we know it speaks h2, so a
    /// cold burst shares one handshake instead of opening hundreds.
    connecting: HashMap<Target, Arc<tokio::sync::Mutex<()>>>,
}

struct Inner {
    tls: TlsConnector,
    cfg: PoolConfig,
    slots: Mutex<Slots>,
    metrics: Metrics,
}

/// A cloneable handle to the upstream connection pool.
#[derive(Clone)]
pub struct Pool {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("cfg", &self.inner.cfg)
            .finish_non_exhaustive()
    }
}

enum Conn {
    H1(http1::SendRequest<ProxyBody>),
    H2(SharedH2),
}

impl Pool {
    pub fn new(tls: Arc<rustls::ClientConfig>, cfg: PoolConfig, metrics: Metrics) -> Self {
        Pool {
            inner: Arc::new(Inner {
                tls: TlsConnector::from(tls),
                cfg,
                slots: Mutex::new(Slots::default()),
                metrics,
            }),
        }
    }

    fn slots(&self) -> std::sync::MutexGuard<'_, Slots> {
        self.inner.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Sends a buffered request. A request that fails on a reused http/1.1
    /// connection before any response (the server closed it while idle) is
    /// retried once on a fresh connection; the body is buffered, so this is
    /// safe.
    pub async fn send(
        &self,
        target: &Target,
        req: Request<Bytes>,
    ) -> Result<Response<ProxyBody>, UpstreamError> {
        let (parts, body) = req.into_parts();
        let (conn, reused) = self.checkout(target).await?;
        let first = Request::from_parts(parts.clone(), super::full(body.clone()));
        match self.dispatch(target, conn, first).await {
            Err(UpstreamError::Send(e))
                if reused && (e.is_canceled() || e.is_closed() || e.is_incomplete_message()) =>
            {
                let conn = self.connect(target).await?;
                self.dispatch(target, conn, Request::from_parts(parts, super::full(body)))
                    .await
            }
            other => other,
        }
    }

    /// Sends a streamed request (no retry).
    pub async fn send_streaming(
        &self,
        target: &Target,
        req: Request<ProxyBody>,
    ) -> Result<Response<ProxyBody>, UpstreamError> {
        let (conn, _) = self.checkout(target).await?;
        self.dispatch(target, conn, req).await
    }

    /// A pooled connection for `target`, or a new one.
    fn reuse(&self, target: &Target) -> Option<Conn> {
        let mut slots = self.slots();
        if let Some(list) = slots.h2.get_mut(target) {
            list.retain(|c| !c.send.is_closed());
            if let Some(c) = list
                .iter()
                .filter(|c| c.send.is_ready())
                .min_by_key(|c| c.inflight.load(Ordering::Relaxed))
                .filter(|c| c.inflight.load(Ordering::Relaxed) < H2_STREAMS_PER_CONN)
            {
                return Some(Conn::H2(c.clone()));
            }
        }
        if let Some(list) = slots.h1.get_mut(target) {
            let idle_timeout = self.inner.cfg.idle_timeout;
            while let Some(idle) = list.pop() {
                if idle.send.is_ready() && idle.since.elapsed() < idle_timeout {
                    return Some(Conn::H1(idle.send));
                }
            }
        }
        None
    }

    async fn checkout(&self, target: &Target) -> Result<(Conn, bool), UpstreamError> {
        if let Some(c) = self.reuse(target) {
            return Ok((c, true));
        }
        let gate = {
            let mut slots = self.slots();
            if slots.h1_only.contains(target) {
                None
            } else {
                Some(slots.connecting.entry(target.clone()).or_default().clone())
            }
        };
        let Some(gate) = gate else {
            return Ok((self.connect(target).await?, false));
        };
        // Bounded wait: if the connect ahead of us is failing slowly, go on
        // and connect ourselves rather than queue behind every timeout.
        let _turn = tokio::time::timeout(self.inner.cfg.connect_timeout, gate.lock())
            .await
            .ok();
        // Whoever connected while we waited may have left a usable h2
        // connection behind.
        if let Some(c) = self.reuse(target) {
            return Ok((c, true));
        }
        Ok((self.connect(target).await?, false))
    }

    async fn connect(&self, target: &Target) -> Result<Conn, UpstreamError> {
        let cfg = &self.inner.cfg;
        let metrics = &self.inner.metrics;
        let tcp = match tokio::time::timeout(cfg.connect_timeout, TcpStream::connect(target.addr))
            .await
        {
            Err(_) => {
                return Err(UpstreamError::ConnectTimeout {
                    addr: target.addr,
                    after: cfg.connect_timeout,
                })
            }
            Ok(Err(source)) => {
                return Err(UpstreamError::Connect {
                    addr: target.addr,
                    source,
                })
            }
            Ok(Ok(s)) => s,
        };
        let _ = tcp.set_nodelay(true);
        if !target.tls {
            let (send, conn) = http1::handshake(TokioIo::new(tcp))
                .await
                .map_err(UpstreamError::Handshake)?;
            tokio::spawn(async move {
                let _ = conn.await;
            });
            return Ok(Conn::H1(send));
        }
        let name = ServerName::try_from(target.host.clone())
            .map_err(|_| UpstreamError::ServerName(target.host.clone()))?;
        let tls = match tokio::time::timeout(cfg.connect_timeout, self.inner.tls.connect(name, tcp))
            .await
        {
            Err(_) => {
                metrics
                    .handshakes
                    .with_label_values(&["upstream", "timeout"])
                    .inc();
                return Err(UpstreamError::ConnectTimeout {
                    addr: target.addr,
                    after: cfg.connect_timeout,
                });
            }
            Ok(Err(e)) => {
                let cert = e
                    .get_ref()
                    .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                    .is_some_and(|re| matches!(re, rustls::Error::InvalidCertificate(_)));
                metrics
                    .handshakes
                    .with_label_values(&[
                        "upstream",
                        if cert { "cert_verify_failed" } else { "failed" },
                    ])
                    .inc();
                return Err(if cert {
                    UpstreamError::CertVerify {
                        host: target.host.clone(),
                        reason: e.to_string(),
                    }
                } else {
                    UpstreamError::Tls {
                        host: target.host.clone(),
                        reason: e.to_string(),
                    }
                });
            }
            Ok(Ok(s)) => s,
        };
        metrics
            .handshakes
            .with_label_values(&["upstream", "ok"])
            .inc();
        let is_h2 = tls.get_ref().1.alpn_protocol() == Some(b"h2");
        let io = TokioIo::new(tls);
        if is_h2 {
            let (send, conn) = http2::Builder::new(TokioExecutor::new())
                .timer(TokioTimer::new())
                .keep_alive_interval(Duration::from_secs(30))
                .handshake(io)
                .await
                .map_err(UpstreamError::Handshake)?;
            tokio::spawn(async move {
                let _ = conn.await;
            });
            let shared = SharedH2 {
                send,
                inflight: Arc::new(AtomicUsize::new(0)),
            };
            self.slots()
                .h2
                .entry(target.clone())
                .or_default()
                .push(shared.clone());
            Ok(Conn::H2(shared))
        } else {
            {
                let mut slots = self.slots();
                slots.h1_only.insert(target.clone());
                slots.connecting.remove(target);
            }
            let (send, conn) = http1::handshake(io)
                .await
                .map_err(UpstreamError::Handshake)?;
            tokio::spawn(async move {
                let _ = conn.await;
            });
            Ok(Conn::H1(send))
        }
    }

    async fn dispatch(
        &self,
        target: &Target,
        conn: Conn,
        mut req: Request<ProxyBody>,
    ) -> Result<Response<ProxyBody>, UpstreamError> {
        let timeout = self.inner.cfg.response_timeout;
        match conn {
            Conn::H2(SharedH2 { mut send, inflight }) => {
                set_absolute_uri(&mut req, target)?;
                req.headers_mut().remove(http::header::HOST);
                // Counted until the response body ends or is dropped.
                let stream = InflightGuard::new(inflight);
                let fut = send.send_request(req);
                let resp = with_timeout(timeout, fut).await?;
                Ok(resp.map(move |body| {
                    LeasedBody {
                        body,
                        lease: Lease::H2(stream),
                    }
                    .boxed()
                }))
            }
            Conn::H1(mut send) => {
                set_origin_form(&mut req, target)?;
                let fut = send.send_request(req);
                let resp = with_timeout(timeout, fut).await?;
                let pool = self.clone();
                let target = target.clone();
                Ok(resp.map(move |body| {
                    let done = body.is_end_stream();
                    LeasedBody {
                        body,
                        lease: Lease::H1(Returner {
                            pool,
                            target,
                            send: Some(send),
                            done,
                        }),
                    }
                    .boxed()
                }))
            }
        }
    }

    fn put_back(&self, target: Target, send: http1::SendRequest<ProxyBody>) {
        if send.is_closed() {
            return;
        }
        let max = self.inner.cfg.max_idle_per_key;
        let mut slots = self.slots();
        let list = slots.h1.entry(target).or_default();
        if list.len() < max {
            list.push(IdleH1 {
                send,
                since: Instant::now(),
            });
        }
    }

    /// Idle http/1.1 plus live h2 connections, for tests and metrics.
    pub fn idle_connections(&self) -> usize {
        let slots = self.slots();
        slots.h1.values().map(Vec::len).sum::<usize>()
            + slots.h2.values().map(Vec::len).sum::<usize>()
    }
}

async fn with_timeout<F>(timeout: Duration, fut: F) -> Result<Response<Incoming>, UpstreamError>
where
    F: std::future::Future<Output = hyper::Result<Response<Incoming>>>,
{
    match tokio::time::timeout(timeout, fut).await {
        Err(_) => Err(UpstreamError::ResponseTimeout(timeout)),
        Ok(r) => r.map_err(UpstreamError::Send),
    }
}

fn path_and_query(uri: &Uri) -> &str {
    uri.path_and_query().map_or("/", |p| p.as_str())
}

fn set_absolute_uri(req: &mut Request<ProxyBody>, target: &Target) -> Result<(), UpstreamError> {
    let scheme = if target.tls { "https" } else { "http" };
    let authority = authority_of(req, target);
    let uri = Uri::builder()
        .scheme(scheme)
        .authority(authority)
        .path_and_query(path_and_query(req.uri()))
        .build()
        .map_err(|e| UpstreamError::Request(e.to_string()))?;
    *req.uri_mut() = uri;
    *req.version_mut() = http::Version::HTTP_2;
    Ok(())
}

fn set_origin_form(req: &mut Request<ProxyBody>, target: &Target) -> Result<(), UpstreamError> {
    let authority = authority_of(req, target);
    if !req.headers().contains_key(http::header::HOST) {
        let v = http::HeaderValue::from_str(&authority)
            .map_err(|e| UpstreamError::Request(e.to_string()))?;
        req.headers_mut().insert(http::header::HOST, v);
    }
    let uri: Uri = path_and_query(req.uri())
        .parse()
        .map_err(|e: http::uri::InvalidUri| UpstreamError::Request(e.to_string()))?;
    *req.uri_mut() = uri;
    *req.version_mut() = http::Version::HTTP_11;
    Ok(())
}

/// The authority the client asked for (URI, then Host), else the target.
fn authority_of(req: &Request<ProxyBody>, target: &Target) -> String {
    if let Some(a) = req.uri().authority() {
        return a.as_str().to_string();
    }
    if let Some(h) = req
        .headers()
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
    {
        return h.to_string();
    }
    let default = if target.tls { 443 } else { 80 };
    if target.port == default {
        target.host.clone()
    } else {
        format!("{}:{}", target.host, target.port)
    }
}

/// One in-flight request on a shared h2 connection.
struct InflightGuard(Arc<AtomicUsize>);

impl InflightGuard {
    fn new(n: Arc<AtomicUsize>) -> Self {
        n.fetch_add(1, Ordering::Relaxed);
        InflightGuard(n)
    }
}

impl Drop for InflightGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Returns an http/1.1 connection to the pool once its response body has
/// been read to the end; a body dropped early takes its connection with it.
struct Returner {
    pool: Pool,
    target: Target,
    send: Option<http1::SendRequest<ProxyBody>>,
    done: bool,
}

impl Drop for Returner {
    fn drop(&mut self) {
        if self.done {
            if let Some(send) = self.send.take() {
                self.pool.put_back(self.target.clone(), send);
            }
        }
    }
}

/// What a response body holds on to until it ends: its h2 stream slot,
/// or its http/1.1 connection (returned to the pool on a clean end).
enum Lease {
    // Held only for its Drop, which frees the stream slot.
    #[allow(dead_code)]
    H2(InflightGuard),
    H1(Returner),
}

struct LeasedBody {
    body: Incoming,
    lease: Lease,
}

impl LeasedBody {
    fn mark_done(&mut self) {
        if let Lease::H1(r) = &mut self.lease {
            r.done = true;
        }
    }
}

impl Body for LeasedBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        match Pin::new(&mut this.body).poll_frame(cx) {
            Poll::Ready(None) => {
                this.mark_done();
                Poll::Ready(None)
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(Some(Ok(frame))) => {
                // hyper stops polling once a body reports its end.
                if this.body.is_end_stream() {
                    this.mark_done();
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
