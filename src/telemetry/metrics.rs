//! Prometheus metrics. [`Metrics`] owns its registry and is cloned down to
//! every stage (clones share the same series); there are no globals.
//!
//! Label sets are bounded: modes, outcomes, reasons and verdicts are fixed
//! vocabularies; services come from the catalogue.

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    /// Accepted connections by listener mode and what became of them.
    pub connections: IntCounterVec,
    pub active_connections: IntGauge,
    /// TLS handshakes by side (client, upstream) and result.
    pub handshakes: IntCounterVec,
    /// Intercepted requests by service, group and verdict.
    pub requests: IntCounterVec,
    /// Findings by detector, category and the action taken.
    pub findings: IntCounterVec,
    /// Segments whose findings came from the conversation-delta cache.
    pub segments_cached: IntCounter,
    /// AI-bound traffic that was not inspected, by reason.
    pub uninspected: IntCounterVec,
    pub bytes_inspected: IntCounter,
    pub inspect_seconds: Histogram,
    pub upstream_seconds: HistogramVec,
    pub upstream_errors: IntCounterVec,
    pub cert_cache_hits: IntCounter,
    pub cert_mints: IntCounter,
    pub cert_cache_size: IntGauge,
    /// Tokens by service, group, model and kind (input, output).
    pub tokens: IntCounterVec,
    /// AI-bound bytes that were not inspected, by reason.
    pub uninspected_bytes: IntCounterVec,
    /// Policy reloads by result (ok, rejected).
    pub reloads: IntCounterVec,
    /// 1 for the loaded policy's version.
    pub policy_info: IntGaugeVec,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

fn counter_vec(r: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels)
        .unwrap_or_else(|e| panic!("metric {name} is malformed: {e}"));
    register(r, Box::new(c.clone()));
    c
}

fn counter(r: &Registry, name: &str, help: &str) -> IntCounter {
    let c =
        IntCounter::new(name, help).unwrap_or_else(|e| panic!("metric {name} is malformed: {e}"));
    register(r, Box::new(c.clone()));
    c
}

fn gauge(r: &Registry, name: &str, help: &str) -> IntGauge {
    let g = IntGauge::new(name, help).unwrap_or_else(|e| panic!("metric {name} is malformed: {e}"));
    register(r, Box::new(g.clone()));
    g
}

fn register(r: &Registry, c: Box<dyn prometheus::core::Collector>) {
    // Names are constants defined below; a duplicate is a programming error
    // caught by the unit test, never by input.
    if let Err(e) = r.register(c) {
        panic!("metric registration failed: {e}");
    }
}

const LATENCY_BUCKETS: &[f64] = &[
    0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
    1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0,
];

impl Metrics {
    pub fn new() -> Self {
        let r = Registry::new();
        let inspect_seconds = Histogram::with_opts(
            HistogramOpts::new(
                "promptwall_inspect_seconds",
                "Time spent inspecting one request body",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
        )
        .unwrap_or_else(|e| panic!("histogram: {e}"));
        register(&r, Box::new(inspect_seconds.clone()));
        let upstream_seconds = HistogramVec::new(
            HistogramOpts::new(
                "promptwall_upstream_seconds",
                "Time from forwarding a request to the upstream's response headers",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["service"],
        )
        .unwrap_or_else(|e| panic!("histogram: {e}"));
        register(&r, Box::new(upstream_seconds.clone()));
        Metrics {
            connections: counter_vec(
                &r,
                "promptwall_connections_total",
                "Accepted connections by listener mode and outcome",
                &["mode", "outcome"],
            ),
            active_connections: gauge(
                &r,
                "promptwall_active_connections",
                "Connections currently open",
            ),
            handshakes: counter_vec(
                &r,
                "promptwall_tls_handshakes_total",
                "TLS handshakes by side (client, upstream) and result",
                &["side", "result"],
            ),
            requests: counter_vec(
                &r,
                "promptwall_requests_total",
                "Intercepted requests by service, group and verdict",
                &["service", "group", "verdict"],
            ),
            findings: counter_vec(
                &r,
                "promptwall_findings_total",
                "Findings by detector, category and action taken",
                &["detector", "category", "action"],
            ),
            segments_cached: counter(
                &r,
                "promptwall_delta_cache_segments_total",
                "Body segments whose findings were reused from the conversation-delta cache",
            ),
            uninspected: counter_vec(
                &r,
                "promptwall_uninspected_total",
                "AI-bound connections or requests that were not inspected, by reason",
                &["reason"],
            ),
            bytes_inspected: counter(
                &r,
                "promptwall_inspected_bytes_total",
                "Request body bytes inspected",
            ),
            inspect_seconds,
            upstream_seconds,
            upstream_errors: counter_vec(
                &r,
                "promptwall_upstream_errors_total",
                "Upstream failures by kind",
                &["kind"],
            ),
            cert_cache_hits: counter(
                &r,
                "promptwall_cert_cache_hits_total",
                "Leaf certificates served from cache",
            ),
            cert_mints: counter(
                &r,
                "promptwall_cert_mints_total",
                "Leaf certificates minted",
            ),
            cert_cache_size: gauge(
                &r,
                "promptwall_cert_cache_entries",
                "Leaf certificates cached",
            ),
            tokens: counter_vec(
                &r,
                "promptwall_tokens_total",
                "Tokens reported in responses' usage, by service, group, model and kind",
                &["service", "group", "model", "kind"],
            ),
            uninspected_bytes: counter_vec(
                &r,
                "promptwall_uninspected_bytes_total",
                "AI-bound bytes that were not inspected, by reason",
                &["reason"],
            ),
            reloads: counter_vec(
                &r,
                "promptwall_policy_reloads_total",
                "Policy reloads by result",
                &["result"],
            ),
            policy_info: {
                let g = IntGaugeVec::new(
                    Opts::new(
                        "promptwall_policy_info",
                        "The loaded policy: 1 for its version (config digest)",
                    ),
                    &["version"],
                )
                .unwrap_or_else(|e| panic!("metric: {e}"));
                register(&r, Box::new(g.clone()));
                g
            },
            registry: r,
        }
    }

    /// Marks `version` as the loaded policy (and only it).
    pub fn set_policy_version(&self, version: &str) {
        self.policy_info.reset();
        self.policy_info.with_label_values(&[version]).set(1);
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        // Encoding into a Vec cannot fail for well-formed metric families.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_registered_series() {
        let m = Metrics::new();
        m.connections
            .with_label_values(&["explicit", "intercepted"])
            .inc();
        let text = m.render();
        assert!(
            text.contains(
                "promptwall_connections_total{mode=\"explicit\",outcome=\"intercepted\"} 1"
            ),
            "{text}"
        );
    }
}
