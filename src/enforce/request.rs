//! One intercepted request: read the body (bounded) → inspect → verdict →
//! forward | block | redact. Nothing reaches the upstream before the verdict.
//! The response streams back as it arrives.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use http::{HeaderMap, Request, Response, StatusCode};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use tracing::{debug, info};

use super::reply::{self, ErrorClass};
use super::Proxy;
use crate::config::{ApiKind, BodyAction, Config, Service};
use crate::http::body::{read_capped, BodyError};
use crate::http::client::{Target, UpstreamError};
use crate::http::{strip_hop_by_hop, BoxError, ProxyBody};
use crate::identity::Identity;
use crate::listen::{Destination, Mode};

/// What every request on an intercepted connection shares.
#[derive(Debug)]
pub struct ConnCtx {
    pub id: u64,
    pub mode: Mode,
    pub identity: Identity,
    pub service: Service,
    pub sni: String,
    /// Where requests go, or why there is nowhere to send them.
    pub target: Result<Target, String>,
    /// The config snapshot taken when the connection started.
    pub config: Arc<Config>,
}

fn content_length(h: &HeaderMap) -> Option<u64> {
    h.get(http::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// The request pipeline for an intercepted request.
pub async fn handle(
    proxy: Arc<Proxy>,
    ctx: Arc<ConnCtx>,
    req: Request<Incoming>,
) -> Response<ProxyBody> {
    let api = ctx.service.api;
    let cfg = &ctx.config;
    let (parts, body) = req.into_parts();
    let declared = content_length(&parts.headers);
    let body = match read_capped(body, declared, cfg.limits.max_inspect_body).await {
        Ok(b) => b,
        Err(BodyError::TooLarge {
            limit,
            prefix,
            rest,
        }) => {
            proxy
                .metrics
                .uninspected
                .with_label_values(&["oversize"])
                .inc();
            return match cfg.policy.oversize {
                BodyAction::Block => {
                    info!(service = %ctx.service.name, limit, "request body over the inspection limit: blocked");
                    proxy
                        .metrics
                        .requests
                        .with_label_values(&[&ctx.service.name, "oversize_blocked"])
                        .inc();
                    reply::error(
                        api,
                        StatusCode::PAYLOAD_TOO_LARGE,
                        ErrorClass::TooLarge,
                        "promptwall_body_too_large",
                        &format!(
                            "promptwall: the request body is larger than the inspection limit of {limit} bytes and was not sent. Send a smaller request or ask your administrator to raise limits.max_inspect_body."
                        ),
                    )
                }
                BodyAction::Forward => {
                    info!(service = %ctx.service.name, limit, "request body over the inspection limit: forwarded uninspected");
                    proxy
                        .metrics
                        .requests
                        .with_label_values(&[&ctx.service.name, "oversize_forwarded"])
                        .inc();
                    let stream = prefixed(prefix, rest);
                    forward_streaming(&proxy, &ctx, Request::from_parts(parts, stream)).await
                }
            };
        }
        Err(e @ BodyError::Read(_)) => {
            debug!(error = %e, "client body read failed");
            return reply::error(
                api,
                StatusCode::BAD_REQUEST,
                ErrorClass::BadRequest,
                "promptwall_body_read",
                &e.to_string(),
            );
        }
    };
    proxy
        .metrics
        .requests
        .with_label_values(&[&ctx.service.name, "forwarded"])
        .inc();
    forward(&proxy, &ctx, Request::from_parts(parts, body)).await
}

/// A body that yields `prefix` and then the rest of `rest`.
fn prefixed(prefix: Bytes, rest: Incoming) -> ProxyBody {
    let head = http_body_util::Full::new(prefix).map_err(|never| -> BoxError { match never {} });
    let tail = rest.map_err(BoxError::from);
    http_body_util::BodyExt::boxed(Chain {
        head: Some(head),
        tail,
    })
}

struct Chain<A, B> {
    head: Option<A>,
    tail: B,
}

impl<A, B> http_body::Body for Chain<A, B>
where
    A: http_body::Body<Data = Bytes, Error = BoxError> + Unpin,
    B: http_body::Body<Data = Bytes, Error = BoxError> + Unpin,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, BoxError>>> {
        use std::task::Poll;
        if let Some(head) = self.head.as_mut() {
            match std::pin::Pin::new(head).poll_frame(cx) {
                Poll::Ready(None) => self.head = None,
                other => return other,
            }
        }
        std::pin::Pin::new(&mut self.tail).poll_frame(cx)
    }
}

fn prepare(parts: &mut http::request::Parts) {
    strip_hop_by_hop(&mut parts.headers);
}

fn upstream_failed(
    api: ApiKind,
    proxy: &Proxy,
    host: &str,
    e: &UpstreamError,
) -> Response<ProxyBody> {
    proxy
        .metrics
        .upstream_errors
        .with_label_values(&[e.kind()])
        .inc();
    info!(error = %e, %host, "upstream failed");
    let (status, class) = if e.is_timeout() {
        (StatusCode::GATEWAY_TIMEOUT, ErrorClass::Timeout)
    } else {
        (StatusCode::BAD_GATEWAY, ErrorClass::Upstream)
    };
    reply::error(
        api,
        status,
        class,
        &format!("promptwall_upstream_{}", e.kind()),
        &format!("promptwall: upstream {host}: {e}"),
    )
}

fn no_target(api: ApiKind, why: &str) -> Response<ProxyBody> {
    reply::error(
        api,
        StatusCode::BAD_GATEWAY,
        ErrorClass::Upstream,
        "promptwall_upstream_resolve",
        &format!("promptwall: no upstream address: {why}"),
    )
}

/// Sends a buffered request upstream and streams the response back.
pub async fn forward(proxy: &Proxy, ctx: &ConnCtx, req: Request<Bytes>) -> Response<ProxyBody> {
    let target = match &ctx.target {
        Ok(t) => t,
        Err(why) => return no_target(ctx.service.api, why),
    };
    let (mut parts, body) = req.into_parts();
    prepare(&mut parts);
    let started = Instant::now();
    let result = proxy
        .pool
        .send(target, Request::from_parts(parts, body))
        .await;
    respond(proxy, ctx, target, started, result)
}

async fn forward_streaming(
    proxy: &Proxy,
    ctx: &ConnCtx,
    req: Request<ProxyBody>,
) -> Response<ProxyBody> {
    let target = match &ctx.target {
        Ok(t) => t,
        Err(why) => return no_target(ctx.service.api, why),
    };
    let (mut parts, body) = req.into_parts();
    prepare(&mut parts);
    let started = Instant::now();
    let result = proxy
        .pool
        .send_streaming(target, Request::from_parts(parts, body))
        .await;
    respond(proxy, ctx, target, started, result)
}

fn respond(
    proxy: &Proxy,
    ctx: &ConnCtx,
    target: &Target,
    started: Instant,
    result: Result<Response<ProxyBody>, UpstreamError>,
) -> Response<ProxyBody> {
    match result {
        Ok(mut resp) => {
            proxy
                .metrics
                .upstream_seconds
                .with_label_values(&[&ctx.service.name])
                .observe(started.elapsed().as_secs_f64());
            strip_hop_by_hop(resp.headers_mut());
            resp
        }
        Err(e) => upstream_failed(ctx.service.api, proxy, &target.host, &e),
    }
}

/// A plain `http://` proxy request (explicit mode). Catalogue hosts go
/// through the same inspection pipeline; anything else is streamed through.
pub async fn handle_plain(
    proxy: Arc<Proxy>,
    cfg: Arc<Config>,
    id: u64,
    mode: Mode,
    peer: SocketAddr,
    req: Request<Incoming>,
) -> Response<ProxyBody> {
    let Some(host) = req.uri().host().map(str::to_ascii_lowercase) else {
        return reply::error(
            ApiKind::Generic,
            StatusCode::BAD_REQUEST,
            ErrorClass::BadRequest,
            "promptwall_bad_proxy_request",
            "promptwall: a proxy request needs an absolute http:// URL",
        );
    };
    let port = req.uri().port_u16().unwrap_or(80);
    let dest = Destination {
        addr: None,
        host: Some(host.clone()),
        port,
    };
    let target = proxy
        .resolve(&cfg, Some(&host), &dest)
        .await
        .map(|addr| Target {
            host: host.clone(),
            port,
            addr,
            tls: false,
        })
        .map_err(|e| e.to_string());
    match cfg.catalogue.lookup(&host).cloned() {
        Some(service) => {
            let ctx = Arc::new(ConnCtx {
                id,
                mode,
                identity: Identity::from_addr(peer.ip()),
                service,
                sni: host,
                target,
                config: cfg.clone(),
            });
            handle(proxy, ctx, req).await
        }
        None => {
            let target = match target {
                Ok(t) => t,
                Err(why) => return no_target(ApiKind::Generic, &why),
            };
            let (mut parts, body) = req.into_parts();
            prepare(&mut parts);
            let body = body.map_err(BoxError::from).boxed();
            match proxy
                .pool
                .send_streaming(&target, Request::from_parts(parts, body))
                .await
            {
                Ok(mut resp) => {
                    strip_hop_by_hop(resp.headers_mut());
                    resp
                }
                Err(e) => upstream_failed(ApiKind::Generic, &proxy, &host, &e),
            }
        }
    }
}
