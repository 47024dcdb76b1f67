//! One intercepted request, as plain async stages over a [`Flight`]:
//! identify → decide → read the body (bounded) → inspect → judge → forward
//! | block | redact, then audit. Nothing reaches the upstream before the
//! verdict; the response streams back as it arrives and the audit record is
//! written when it ends.

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Request, Response, StatusCode};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use tracing::{debug, info};

use super::reply::{self, ErrorClass};
use super::usage::UsageTap;
use super::{redact, Live, Proxy};
use crate::config::policy::UnparseableAction;
use crate::config::{ApiKind, BodyAction, Config, FindingAction, Service};
use crate::http::body::{read_capped, BodyError};
use crate::http::client::{Target, UpstreamError};
use crate::http::{strip_hop_by_hop, BoxError, ProxyBody};
use crate::identity::Identity;
use crate::inspect::{DecodeLimits, Finding, Inspection};
use crate::listen::{Destination, Mode};
use crate::policy::{Action, Verdict};
use crate::telemetry::audit::{self, AuditFinding, AuditRecord};

/// What every request on an intercepted connection shares.
#[derive(Debug)]
pub struct ConnCtx {
    pub id: u64,
    pub mode: Mode,
    /// From proxy authentication or the source address; a request's API key
    /// may refine it.
    pub identity: Identity,
    pub service: Service,
    pub sni: String,
    /// Where requests go, or why there is nowhere to send them.
    pub target: Result<Target, String>,
}

/// Per-request state carried through the stages.
struct Flight {
    live: Arc<Live>,
    ctx: Arc<ConnCtx>,
    identity: Identity,
    record: AuditRecord,
}

fn content_length(h: &HeaderMap) -> Option<u64> {
    h.get(http::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

fn new_id(prefix: &str) -> String {
    let b: [u8; 6] = rand::random();
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{prefix}-{hex}")
}

/// The request pipeline for an intercepted request.
pub async fn handle(
    proxy: Arc<Proxy>,
    ctx: Arc<ConnCtx>,
    req: Request<Incoming>,
) -> Response<ProxyBody> {
    let live = proxy.live();
    let (parts, body) = req.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_string();
    let identity = identify(&live, &ctx, &parts.headers, parts.uri.query());
    let mut f = Flight {
        record: AuditRecord {
            time: audit::now(),
            kind: "request",
            conn_id: ctx.id,
            request_id: new_id("req"),
            client: identity.addr.to_string(),
            mode: ctx.mode.as_str(),
            user: identity.user.clone(),
            group: identity.group.clone(),
            identity_source: identity.source.as_str(),
            service: ctx.service.name.clone(),
            host: ctx.sni.clone(),
            method: parts.method.to_string(),
            path: audit::sanitize_path(&path),
            ..AuditRecord::default()
        },
        live: live.clone(),
        ctx,
        identity,
    };
    if is_websocket(&parts.headers) {
        return refuse_websocket(&proxy, f);
    }
    let matched = live
        .policy
        .decide(&f.identity, &f.ctx.service, parts.method.as_str(), &path);
    f.record.rule = matched.rule.to_string();
    let cfg = &live.config;
    let declared = content_length(&parts.headers);
    if let Action::Deny = matched.action {
        // Read (and drop) the body so the keep-alive connection survives;
        // one too large to read is answered with `Connection: close`.
        let drained = read_capped(body, declared, cfg.limits.max_inspect_body)
            .await
            .is_ok();
        let resp = deny(&proxy, f);
        return if drained {
            resp
        } else {
            closing(resp, parts.version)
        };
    }
    let body = match read_capped(body, declared, cfg.limits.max_inspect_body).await {
        Ok(b) => b,
        Err(BodyError::TooLarge {
            limit,
            prefix,
            rest,
        }) => {
            return oversize(&proxy, f, parts, limit, prefix, rest).await;
        }
        Err(e @ BodyError::Read(_)) => {
            debug!(error = %e, "client body read failed");
            return reply::error(
                f.ctx.service.api,
                StatusCode::BAD_REQUEST,
                ErrorClass::BadRequest,
                "promptwall_body_read",
                &e.to_string(),
            );
        }
    };
    f.record.bytes_in = body.len() as u64;

    let actions = match matched.action {
        Action::Inspect(a) => a,
        Action::Allow | Action::Deny => {
            f.record.verdict = Verdict::Allow.as_str();
            f.record.uninspected = Some("policy_allow");
            proxy
                .metrics
                .uninspected
                .with_label_values(&["policy_allow"])
                .inc();
            proxy
                .metrics
                .uninspected_bytes
                .with_label_values(&["policy_allow"])
                .inc_by(body.len() as u64);
            return forward(&proxy, f, Request::from_parts(parts, body)).await;
        }
    };

    let encoding = parts
        .headers
        .get(http::header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let inspected = inspect(
        &proxy,
        &live,
        f.ctx.service.api,
        &path,
        encoding.as_deref(),
        body.clone(),
    )
    .await;
    f.record.inspect_us = inspected.1;
    let insp = match inspected.0 {
        Ok(i) => i,
        Err(e) => return undecodable(&proxy, f, parts, body, &e).await,
    };
    f.record.model = insp.model.clone();
    if is_unparseable(&f.ctx.service, &parts.headers, &body, &insp)
        && cfg.policy.unparseable == UnparseableAction::Block
    {
        return refuse(
            &proxy,
            f,
            "unparseable_blocked",
            "promptwall_unparseable",
            "promptwall could not parse this request body as the JSON this API expects, so it was not sent. Incident {incident}.",
        );
    }

    let (verdict, acts) = actions.judge(&insp.findings, f.ctx.service.signed_body);
    f.record.verdict = verdict.as_str();
    f.record.findings = audit_findings(&insp.findings, &acts);
    for (finding, act) in insp.findings.iter().zip(&acts) {
        proxy
            .metrics
            .findings
            .with_label_values(&[&finding.detector, finding.category.as_str(), act.as_str()])
            .inc();
    }
    match verdict {
        Verdict::Block => block(&proxy, f, &insp, &acts),
        Verdict::Redact => {
            let to_redact: Vec<&Finding> = insp
                .findings
                .iter()
                .zip(&acts)
                .filter(|(_, a)| **a == FindingAction::Redact)
                .map(|(fnd, _)| fnd)
                .collect();
            let source = insp.decoded.as_deref().unwrap_or(&body);
            let patched = Bytes::from(redact::patch(source, &to_redact));
            f.record.incident_id = Some(new_id("pw"));
            let mut parts = parts;
            if insp.decoded.is_some() {
                // Forwarded uncompressed: the patch applies to decoded bytes.
                parts.headers.remove(http::header::CONTENT_ENCODING);
            }
            set_length(&mut parts.headers, patched.len());
            info!(incident = ?f.record.incident_id, redacted = to_redact.len(), "request redacted");
            forward(&proxy, f, Request::from_parts(parts, patched)).await
        }
        _ => forward(&proxy, f, Request::from_parts(parts, body)).await,
    }
}

/// Refines the connection's identity with the owner of the request's API
/// key, when its fingerprint is mapped in the policy.
fn identify(live: &Live, ctx: &ConnCtx, headers: &HeaderMap, query: Option<&str>) -> Identity {
    let Some(key) = crate::identity::api_key(headers, query) else {
        return ctx.identity.clone();
    };
    let fp = fingerprint(&live.inspector, key);
    live.policy
        .directory
        .with_api_key(&ctx.identity, &fp)
        .unwrap_or_else(|| ctx.identity.clone())
}

/// The fingerprint of an API key as `policy.api_keys` lists it.
pub fn fingerprint(inspector: &crate::inspect::Inspector, key: &str) -> String {
    format!("{:016x}", inspector.hash_value("api_key", key.as_bytes()))
}

/// Bodies above this are inspected on the blocking pool so a large upload
/// does not stall other connections on the same worker.
const INLINE_INSPECT_MAX: usize = 512 << 10;

async fn inspect(
    proxy: &Proxy,
    live: &Arc<Live>,
    api: ApiKind,
    path: &str,
    encoding: Option<&str>,
    body: Bytes,
) -> (Result<Inspection, String>, u64) {
    let limits = DecodeLimits {
        max_decoded: live.config.limits.max_inspect_body.max(1),
        ..DecodeLimits::default()
    };
    let started = Instant::now();
    let result = if body.len() <= INLINE_INSPECT_MAX {
        live.inspector
            .inspect(api, path, encoding, &body, &limits)
            .map_err(|e| e.to_string())
    } else {
        let inspector = live.inspector.clone();
        let (path, encoding) = (path.to_string(), encoding.map(str::to_string));
        let job = move || inspector.inspect(api, &path, encoding.as_deref(), &body, &limits);
        match tokio::task::spawn_blocking(job).await {
            Ok(r) => r.map_err(|e| e.to_string()),
            // Fail closed: a body we could not inspect is treated as undecodable.
            Err(e) => Err(format!("inspection failed: {e}")),
        }
    };
    let elapsed = started.elapsed();
    proxy.metrics.inspect_seconds.observe(elapsed.as_secs_f64());
    if let Ok(i) = &result {
        proxy.metrics.bytes_inspected.inc_by(i.bytes_scanned as u64);
        proxy
            .metrics
            .segments_cached
            .inc_by(i.segments_cached as u64);
    }
    (result, elapsed.as_micros() as u64)
}

/// A known API whose JSON body did not parse. Multipart uploads and
/// non-JSON content types are expected to be raw.
fn is_unparseable(service: &Service, headers: &HeaderMap, body: &[u8], insp: &Inspection) -> bool {
    if service.api == ApiKind::Generic || body.is_empty() || insp.shape != "raw" {
        return false;
    }
    match headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    {
        Some(ct) => ct.contains("json"),
        None => true,
    }
}

fn audit_findings(findings: &[Finding], acts: &[FindingAction]) -> Vec<AuditFinding> {
    findings
        .iter()
        .zip(acts)
        .map(|(f, a)| AuditFinding {
            detector: f.detector.to_string(),
            category: f.category.as_str(),
            location: f.location.clone(),
            line: f.line,
            hash: format!("{:016x}", f.hash),
            confidence: f.confidence.as_str(),
            example: f.example,
            action: a.as_str(),
        })
        .collect()
}

fn set_length(headers: &mut HeaderMap, len: usize) {
    headers.remove(http::header::TRANSFER_ENCODING);
    headers.insert(http::header::CONTENT_LENGTH, HeaderValue::from(len));
}

/// Writes the audit record of a reply promptwall made itself.
fn audit_reply(proxy: &Proxy, mut record: AuditRecord, resp: &Response<ProxyBody>) {
    record.bytes_out = resp.body().size_hint().exact().unwrap_or(0);
    proxy.audit.write(&record);
}

/// A refusal sent before the request body was read: on HTTP/1.1 hyper
/// closes the connection rather than read the rest, so say so.
fn closing(mut resp: Response<ProxyBody>, version: http::Version) -> Response<ProxyBody> {
    if version <= http::Version::HTTP_11 {
        resp.headers_mut()
            .insert(http::header::CONNECTION, HeaderValue::from_static("close"));
    }
    resp
}

fn count(proxy: &Proxy, f: &Flight, verdict: &str) {
    proxy
        .metrics
        .requests
        .with_label_values(&[
            &f.ctx.service.name,
            f.identity.group.as_deref().unwrap_or("-"),
            verdict,
        ])
        .inc();
}

/// Where a finding is, in words a developer can act on.
fn describe(f: &Finding) -> String {
    let place = if f.location.is_empty() {
        "the request body".to_string()
    } else {
        f.location.clone()
    };
    format!(
        "{} ({}) at {place} line {}",
        f.detector,
        f.category.as_str(),
        f.line
    )
}

/// A block: an API-shaped error, nothing upstream, an audit record.
fn block(
    proxy: &Proxy,
    mut f: Flight,
    insp: &Inspection,
    acts: &[FindingAction],
) -> Response<ProxyBody> {
    let incident = new_id("pw");
    f.record.incident_id = Some(incident.clone());
    let blocking: Vec<String> = insp
        .findings
        .iter()
        .zip(acts)
        .filter(|(_, a)| **a == FindingAction::Block)
        .map(|(fnd, _)| describe(fnd))
        .collect();
    let shown = blocking
        .iter()
        .take(5)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    let more = blocking.len().saturating_sub(5);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let message = format!(
        "promptwall blocked this request because it contains data that must not leave the company: {shown}{more}. \
         Remove it (or replace it with a dummy value) and send the request again. \
         Incident {incident}: quote it to your security team if you think this is wrong."
    );
    info!(incident = %incident, findings = blocking.len(), "request blocked");
    policy_reply(proxy, f, "block", "promptwall_blocked", &message)
}

/// A block or deny: counted, answered in the API's shape with the
/// configured status, audited. Nothing was sent upstream.
fn policy_reply(
    proxy: &Proxy,
    f: Flight,
    verdict: &str,
    code: &str,
    message: &str,
) -> Response<ProxyBody> {
    count(proxy, &f, verdict);
    let status =
        StatusCode::from_u16(f.live.config.policy.block_status).unwrap_or(StatusCode::BAD_REQUEST);
    let resp = reply::error(f.ctx.service.api, status, ErrorClass::Policy, code, message);
    audit_reply(proxy, f.record, &resp);
    resp
}

/// The service is not approved for this client.
fn deny(proxy: &Proxy, mut f: Flight) -> Response<ProxyBody> {
    let incident = new_id("pw");
    f.record.incident_id = Some(incident.clone());
    f.record.verdict = Verdict::Deny.as_str();
    let who = f
        .identity
        .group
        .as_deref()
        .map_or_else(|| "your network".to_string(), |g| format!("group '{g}'"));
    let message = format!(
        "promptwall: {} ({}) is not approved for {who} by your organisation's AI usage policy (rule '{}'). \
         Use an approved service, or ask your security team. Incident {incident}.",
        f.ctx.service.name, f.ctx.sni, f.record.rule
    );
    info!(incident = %incident, service = %f.ctx.service.name, "request denied");
    policy_reply(proxy, f, "deny", "promptwall_denied", &message)
}

fn is_websocket(h: &HeaderMap) -> bool {
    h.get(http::header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
}

/// WebSocket frames cannot be inspected before they leave, so the upgrade
/// is refused with 426: clients such as Codex then fall back to HTTPS,
/// which is inspected.
fn refuse_websocket(proxy: &Proxy, mut f: Flight) -> Response<ProxyBody> {
    proxy
        .metrics
        .uninspected
        .with_label_values(&["websocket"])
        .inc();
    f.record.verdict = "websocket_refused";
    f.record.uninspected = Some("websocket");
    count(proxy, &f, "websocket_refused");
    let resp = reply::error(
        f.ctx.service.api,
        StatusCode::UPGRADE_REQUIRED,
        ErrorClass::BadRequest,
        "promptwall_websocket_refused",
        "promptwall: WebSocket connections to AI services cannot be inspected and are refused; use HTTPS (most clients fall back automatically).",
    );
    audit_reply(proxy, f.record, &resp);
    resp
}

/// A fail-closed refusal for a body that could not be inspected.
fn refuse(
    proxy: &Proxy,
    mut f: Flight,
    verdict: &'static str,
    code: &str,
    template: &str,
) -> Response<ProxyBody> {
    let incident = new_id("pw");
    f.record.incident_id = Some(incident.clone());
    f.record.verdict = verdict;
    count(proxy, &f, verdict);
    let message = template.replace("{incident}", &incident);
    info!(incident = %incident, verdict, "request refused");
    let resp = reply::error(
        f.ctx.service.api,
        StatusCode::BAD_REQUEST,
        ErrorClass::BadRequest,
        code,
        &message,
    );
    audit_reply(proxy, f.record, &resp);
    resp
}

async fn oversize(
    proxy: &Proxy,
    mut f: Flight,
    parts: http::request::Parts,
    limit: usize,
    prefix: Bytes,
    rest: Incoming,
) -> Response<ProxyBody> {
    proxy
        .metrics
        .uninspected
        .with_label_values(&["oversize"])
        .inc();
    f.record.uninspected = Some("oversize");
    match f.live.config.policy.oversize {
        BodyAction::Block => {
            let incident = new_id("pw");
            f.record.incident_id = Some(incident.clone());
            f.record.verdict = "oversize_blocked";
            f.record.bytes_in = prefix.len() as u64;
            count(proxy, &f, "oversize_blocked");
            info!(service = %f.ctx.service.name, limit, "request body over the inspection limit: blocked");
            let resp = reply::error(
                f.ctx.service.api,
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorClass::TooLarge,
                "promptwall_body_too_large",
                &format!(
                    "promptwall: the request body is larger than the inspection limit of {limit} bytes and was not sent. \
                     Send a smaller request or ask your administrator to raise limits.max_inspect_body. Incident {incident}."
                ),
            );
            audit_reply(proxy, f.record, &resp);
            // The rest of the body stays unread.
            closing(resp, parts.version)
        }
        BodyAction::Forward => {
            f.record.verdict = "oversize_forwarded";
            info!(service = %f.ctx.service.name, limit, "request body over the inspection limit: forwarded uninspected");
            send_upstream(proxy, f, parts, Outgoing::Streamed(prefixed(prefix, rest))).await
        }
    }
}

async fn undecodable(
    proxy: &Proxy,
    mut f: Flight,
    parts: http::request::Parts,
    body: Bytes,
    e: &str,
) -> Response<ProxyBody> {
    proxy
        .metrics
        .uninspected
        .with_label_values(&["undecodable"])
        .inc();
    f.record.uninspected = Some("undecodable");
    info!(error = %e, "request body could not be decoded");
    match f.live.config.policy.undecodable {
        BodyAction::Block => refuse(
            proxy,
            f,
            "undecodable_blocked",
            "promptwall_undecodable",
            &format!("promptwall could not decode this request body ({e}), so it was not sent. Incident {{incident}}."),
        ),
        BodyAction::Forward => {
            f.record.verdict = "undecodable_forwarded";
            proxy
                .metrics
                .uninspected_bytes
                .with_label_values(&["undecodable"])
                .inc_by(body.len() as u64);
            forward(proxy, f, Request::from_parts(parts, body)).await
        }
    }
}

/// A body that yields `prefix` and then the rest of `rest`.
fn prefixed(prefix: Bytes, rest: Incoming) -> ProxyBody {
    Chain {
        head: Some(prefix).filter(|p| !p.is_empty()),
        tail: rest,
    }
    .boxed()
}

struct Chain {
    head: Option<Bytes>,
    tail: Incoming,
}

impl Body for Chain {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        if let Some(head) = self.head.take() {
            return Poll::Ready(Some(Ok(Frame::data(head))));
        }
        Pin::new(&mut self.tail)
            .poll_frame(cx)
            .map_err(BoxError::from)
    }
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

/// A request body on its way upstream: buffered (inspected, retryable) or
/// streamed (forwarded uninspected past the size limit).
enum Outgoing {
    Buffered(Bytes),
    Streamed(ProxyBody),
}

/// Sends a request upstream and streams the response back.
async fn send_upstream(
    proxy: &Proxy,
    f: Flight,
    mut parts: http::request::Parts,
    body: Outgoing,
) -> Response<ProxyBody> {
    let target = match &f.ctx.target {
        Ok(t) => t.clone(),
        Err(why) => {
            let failure = Failure::NoTarget(why.clone());
            return finish_failed(proxy, f, failure);
        }
    };
    strip_hop_by_hop(&mut parts.headers);
    // The client's `Expect: 100-continue` was answered when its body was
    // read; the upstream gets the whole body at once.
    parts.headers.remove(http::header::EXPECT);
    let started = Instant::now();
    let result = match body {
        Outgoing::Buffered(b) => {
            proxy
                .pool
                .send(&target, Request::from_parts(parts, b))
                .await
        }
        Outgoing::Streamed(s) => {
            proxy
                .pool
                .send_streaming(&target, Request::from_parts(parts, s))
                .await
        }
    };
    finish(proxy, f, &target, started, result)
}

async fn forward(proxy: &Proxy, f: Flight, req: Request<Bytes>) -> Response<ProxyBody> {
    let (parts, body) = req.into_parts();
    send_upstream(proxy, f, parts, Outgoing::Buffered(body)).await
}

enum Failure {
    NoTarget(String),
    Upstream(String, UpstreamError),
}

fn finish_failed(proxy: &Proxy, mut f: Flight, failure: Failure) -> Response<ProxyBody> {
    let api = f.ctx.service.api;
    let resp = match &failure {
        Failure::NoTarget(why) => no_target(api, why),
        Failure::Upstream(host, e) => upstream_failed(api, proxy, host, e),
    };
    if f.record.verdict.is_empty() {
        f.record.verdict = "pass";
    }
    f.record.upstream_status = Some(resp.status().as_u16());
    count(proxy, &f, "upstream_error");
    audit_reply(proxy, f.record, &resp);
    resp
}

fn finish(
    proxy: &Proxy,
    mut f: Flight,
    target: &Target,
    started: Instant,
    result: Result<Response<ProxyBody>, UpstreamError>,
) -> Response<ProxyBody> {
    match result {
        Ok(mut resp) => {
            let elapsed = started.elapsed();
            proxy
                .metrics
                .upstream_seconds
                .with_label_values(&[&f.ctx.service.name])
                .observe(elapsed.as_secs_f64());
            strip_hop_by_hop(resp.headers_mut());
            if f.record.verdict.is_empty() {
                f.record.verdict = Verdict::Pass.as_str();
            }
            f.record.upstream_status = Some(resp.status().as_u16());
            f.record.upstream_ms = Some(elapsed.as_millis() as u64);
            count(proxy, &f, f.record.verdict);
            if f.live.config.upstream.strip_alt_svc {
                strip_h3_alt_svc(resp.headers_mut());
            }
            let content_type = resp
                .headers()
                .get(http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok());
            let tap = UsageTap::new(content_type);
            let (audit, metrics) = (proxy.audit.clone(), proxy.metrics.clone());
            resp.map(move |body| {
                ResponseTap {
                    body,
                    bytes: 0,
                    tap: Some(tap),
                    record: Some(f.record),
                    audit,
                    metrics,
                }
                .boxed()
            })
        }
        Err(e) => finish_failed(proxy, f, Failure::Upstream(target.host.clone(), e)),
    }
}

/// Removes HTTP/3 advertisements so browsers stay on TCP, where promptwall
/// can see them (QUIC with a private CA cannot be intercepted).
fn strip_h3_alt_svc(headers: &mut HeaderMap) {
    let keep: Vec<HeaderValue> = headers
        .get_all(http::header::ALT_SVC)
        .iter()
        .filter(|v| v.to_str().map_or(true, |s| !s.contains("h3")))
        .cloned()
        .collect();
    headers.remove(http::header::ALT_SVC);
    for v in keep {
        headers.append(http::header::ALT_SVC, v);
    }
}

/// Watches the response as it streams: counts bytes, reads token usage,
/// and writes the audit record and usage metrics when the response is done
/// (or abandoned), so nothing is buffered.
struct ResponseTap {
    body: ProxyBody,
    bytes: u64,
    tap: Option<UsageTap>,
    record: Option<AuditRecord>,
    audit: Arc<crate::telemetry::audit::Audit>,
    metrics: crate::telemetry::metrics::Metrics,
}

impl Drop for ResponseTap {
    fn drop(&mut self) {
        let Some(mut r) = self.record.take() else {
            return;
        };
        r.bytes_out = self.bytes;
        if let Some(tap) = self.tap.take() {
            let usage = tap.finish();
            r.tokens_in = usage.input;
            r.tokens_out = usage.output;
            if usage.input + usage.output > 0 {
                let model = usage
                    .model
                    .or_else(|| r.model.clone())
                    .unwrap_or_else(|| "-".into());
                let group = r.group.clone().unwrap_or_else(|| "-".into());
                for (kind, n) in [("input", usage.input), ("output", usage.output)] {
                    self.metrics
                        .tokens
                        .with_label_values(&[&r.service, &group, &model, kind])
                        .inc_by(n);
                }
            }
        }
        self.audit.write(&r);
    }
}

impl Body for ResponseTap {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        let r = Pin::new(&mut this.body).poll_frame(cx);
        if let Poll::Ready(Some(Ok(frame))) = &r {
            if let Some(d) = frame.data_ref() {
                this.bytes += d.len() as u64;
                if let Some(t) = this.tap.as_mut() {
                    t.feed(d);
                }
            }
        }
        r
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// A plain `http://` proxy request (explicit mode). Catalogue hosts go
/// through the same pipeline; anything else is streamed through.
pub async fn handle_plain(
    proxy: Arc<Proxy>,
    cfg: Arc<Config>,
    id: u64,
    mode: Mode,
    identity: Identity,
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
                identity,
                service,
                sni: host,
                target,
            });
            handle(proxy, ctx, req).await
        }
        None => {
            let target = match target {
                Ok(t) => t,
                Err(why) => return no_target(ApiKind::Generic, &why),
            };
            let (mut parts, body) = req.into_parts();
            strip_hop_by_hop(&mut parts.headers);
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

/// Peer address helper for callers that only have a socket address.
pub fn identity_of(proxy: &Proxy, peer: SocketAddr) -> Identity {
    proxy.live.load().policy.directory.by_addr(peer.ip())
}
