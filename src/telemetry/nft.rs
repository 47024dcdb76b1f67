//! QUIC that the firewall dropped never reaches promptwall, so the coverage
//! metric reads it from the nftables named counter the appliance rulesets
//! keep (`quic_dropped`), via `nft -j list counter FAMILY TABLE NAME`.
//! Optional: configured with `metrics.nft_quic_counter`; needs CAP_NET_ADMIN
//! to read the ruleset.

use std::time::Duration;

use serde_json::Value;
use tokio_util::sync::CancellationToken;

use super::metrics::Metrics;

/// Packets and bytes of one named counter in `nft -j` output.
pub fn parse_counter(json: &[u8], name: &str) -> Option<(u64, u64)> {
    let v: Value = serde_json::from_slice(json).ok()?;
    v.get("nftables")?.as_array()?.iter().find_map(|item| {
        let c = item.get("counter")?;
        if c.get("name")?.as_str()? != name {
            return None;
        }
        Some((c.get("packets")?.as_u64()?, c.get("bytes")?.as_u64()?))
    })
}

/// Every 15 s, adds the counter's growth to
/// `promptwall_uninspected_total{reason="quic_dropped"}` (packets) and
/// `promptwall_uninspected_bytes_total{reason="quic_dropped"}`.
/// `spec` is "FAMILY TABLE NAME", e.g. "inet promptwall_redirect quic_dropped".
pub async fn watch_quic_counter(spec: String, metrics: Metrics, shutdown: CancellationToken) {
    let parts: Vec<String> = spec.split_whitespace().map(str::to_string).collect();
    let [family, table, name] = parts.as_slice() else {
        tracing::warn!(%spec, "metrics.nft_quic_counter must be 'FAMILY TABLE NAME'");
        return;
    };
    let mut last: Option<(u64, u64)> = None;
    let mut tick = tokio::time::interval(Duration::from_secs(15));
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tick.tick() => {}
        }
        let out = tokio::process::Command::new("nft")
            .args(["-j", "list", "counter", family, table, name])
            .output()
            .await;
        let now = match out {
            Ok(o) if o.status.success() => parse_counter(&o.stdout, name),
            Ok(o) => {
                tracing::debug!(stderr = %String::from_utf8_lossy(&o.stderr), "nft counter not readable");
                None
            }
            Err(e) => {
                tracing::debug!(error = %e, "nft not runnable");
                None
            }
        };
        if let Some((packets, bytes)) = now {
            // The first reading is a baseline; a reset ruleset starts over.
            if let Some((p0, b0)) = last.filter(|(p0, b0)| packets >= *p0 && bytes >= *b0) {
                metrics
                    .uninspected
                    .with_label_values(&["quic_dropped"])
                    .inc_by(packets - p0);
                metrics
                    .uninspected_bytes
                    .with_label_values(&["quic_dropped"])
                    .inc_by(bytes - b0);
            }
            last = Some((packets, bytes));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_named_counter() {
        let json = br#"{"nftables": [{"metainfo": {"version": "1.0.6", "json_schema_version": 1}}, {"counter": {"family": "inet", "name": "quic_dropped", "table": "promptwall_redirect", "handle": 3, "packets": 42, "bytes": 51234}}]}"#;
        assert_eq!(parse_counter(json, "quic_dropped"), Some((42, 51234)));
        assert_eq!(parse_counter(json, "other"), None);
        assert_eq!(parse_counter(b"not json", "quic_dropped"), None);
    }
}
