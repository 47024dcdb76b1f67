//! The admin listener: `/healthz` (process alive), `/readyz` (CA loaded,
//! listeners bound, policy valid) and `/metrics` (Prometheus text).

use std::convert::Infallible;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::telemetry::metrics::Metrics;

/// What `/readyz` reports; set by `app` as start-up progresses.
#[derive(Debug, Default)]
pub struct Readiness {
    pub ca_loaded: AtomicBool,
    pub listeners_bound: AtomicBool,
    pub policy_valid: AtomicBool,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.ca_loaded.load(Ordering::Acquire)
            && self.listeners_bound.load(Ordering::Acquire)
            && self.policy_valid.load(Ordering::Acquire)
    }

    fn report(&self) -> String {
        let flag = |b: &AtomicBool| {
            if b.load(Ordering::Acquire) {
                "ok"
            } else {
                "not ready"
            }
        };
        format!(
            "{{\"ready\":{},\"ca\":\"{}\",\"listeners\":\"{}\",\"policy\":\"{}\"}}\n",
            self.is_ready(),
            flag(&self.ca_loaded),
            flag(&self.listeners_bound),
            flag(&self.policy_valid)
        )
    }
}

fn respond(status: StatusCode, ctype: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static(ctype),
    );
    r
}

fn route(req: &Request<Incoming>, ready: &Readiness, metrics: &Metrics) -> Response<Full<Bytes>> {
    match req.uri().path() {
        "/healthz" => respond(StatusCode::OK, "text/plain", "ok\n".into()),
        "/readyz" => {
            let status = if ready.is_ready() {
                StatusCode::OK
            } else {
                StatusCode::SERVICE_UNAVAILABLE
            };
            respond(status, "application/json", ready.report())
        }
        "/metrics" => respond(
            StatusCode::OK,
            "text/plain; version=0.0.4; charset=utf-8",
            metrics.render(),
        ),
        _ => respond(
            StatusCode::NOT_FOUND,
            "text/plain",
            "try /healthz, /readyz or /metrics\n".into(),
        ),
    }
}

/// Serves the admin endpoints until `shutdown`.
pub async fn serve(
    listener: TcpListener,
    ready: Arc<Readiness>,
    metrics: Metrics,
    shutdown: CancellationToken,
) {
    loop {
        let (stream, _) = tokio::select! {
            _ = shutdown.cancelled() => return,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(_) => continue,
            },
        };
        let ready = ready.clone();
        let metrics = metrics.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| {
                let resp = route(&req, &ready, &metrics);
                async move { Ok::<_, Infallible>(resp) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), svc)
                .await;
        });
    }
}
