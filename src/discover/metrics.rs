//! Prometheus metrics for long-running discovery, in a registry of their
//! own (no globals), served as text on `--metrics ADDR`.
//!
//! Per-row counters are created once when a row appears and kept in the flow
//! entry, so the packet path only does an atomic add. Source addresses and
//! hostnames are labels here on purpose (that is the report); their number
//! is bounded by the engine's row limit.

use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

use prometheus::{Encoder, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};

use super::report::{Stats, Transport};
use super::DiscoverError;

/// The discovery metrics and the registry that owns them.
#[derive(Clone)]
pub struct DiscoverMetrics {
    registry: Registry,
    flows: IntCounterVec,
    bytes: IntCounterVec,
    suspicious_flows: IntCounterVec,
    suspicious_bytes: IntCounterVec,
    packets: IntCounter,
    hellos: IntCounterVec,
    table: IntGauge,
}

/// Counters of one report row, cached in the flow entry.
#[derive(Clone)]
pub struct RowCounters {
    pub flows: IntCounter,
    pub bytes: IntCounter,
}

// === impl DiscoverMetrics ===

impl DiscoverMetrics {
    pub fn new() -> Result<DiscoverMetrics, prometheus::Error> {
        let registry = Registry::new();
        let vec =
            |name: &str, help: &str, labels: &[&str]| -> Result<IntCounterVec, prometheus::Error> {
                let c = IntCounterVec::new(Opts::new(name, help), labels)?;
                registry.register(Box::new(c.clone()))?;
                Ok(c)
            };
        let flows = vec(
            "promptwall_discover_flows_total",
            "Flows from a source address to a catalogue AI service",
            &["source", "service", "transport"],
        )?;
        let bytes = vec(
            "promptwall_discover_bytes_total",
            "TCP/UDP payload bytes of those flows, both directions",
            &["source", "service", "transport"],
        )?;
        let suspicious_flows = vec(
            "promptwall_discover_suspicious_flows_total",
            "Flows to unknown hostnames matching an AI keyword",
            &["host", "transport"],
        )?;
        let suspicious_bytes = vec(
            "promptwall_discover_suspicious_bytes_total",
            "Payload bytes of flows to unknown hostnames matching an AI keyword",
            &["host", "transport"],
        )?;
        let hellos = vec(
            "promptwall_discover_hellos_total",
            "ClientHellos parsed, by transport",
            &["transport"],
        )?;
        let packets = IntCounter::new(
            "promptwall_discover_packets_total",
            "Frames captured or read",
        )?;
        registry.register(Box::new(packets.clone()))?;
        let table = IntGauge::new(
            "promptwall_discover_flow_table_entries",
            "Flows currently tracked",
        )?;
        registry.register(Box::new(table.clone()))?;
        Ok(DiscoverMetrics {
            registry,
            flows,
            bytes,
            suspicious_flows,
            suspicious_bytes,
            packets,
            hellos,
            table,
        })
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    pub fn service_row(&self, source: IpAddr, service: &str, transport: Transport) -> RowCounters {
        let source = source.to_string();
        let labels = [source.as_str(), service, transport.as_str()];
        RowCounters {
            flows: self.flows.with_label_values(&labels),
            bytes: self.bytes.with_label_values(&labels),
        }
    }

    pub fn suspicious_row(&self, host: &str, transport: Transport) -> RowCounters {
        let labels = [host, transport.as_str()];
        RowCounters {
            flows: self.suspicious_flows.with_label_values(&labels),
            bytes: self.suspicious_bytes.with_label_values(&labels),
        }
    }

    /// Brings the capture-wide counters up to the engine's stats (called
    /// from the periodic sweep, so the packet path stays free of them).
    pub fn publish(&self, stats: &Stats, table_len: usize) {
        let bump = |c: &IntCounter, to: u64| c.inc_by(to.saturating_sub(c.get()));
        bump(&self.packets, stats.packets);
        bump(&self.hellos.with_label_values(&["tls"]), stats.tls_hellos);
        bump(&self.hellos.with_label_values(&["quic"]), stats.quic_hellos);
        self.table.set(i64::try_from(table_len).unwrap_or(i64::MAX));
    }

    /// The registry in Prometheus text format.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Encoding into a Vec only fails on invalid metric families, which
        // the constructors above cannot produce.
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        out
    }

    /// Serves `GET /metrics` on `addr` from a background thread.
    pub fn serve(&self, addr: SocketAddr) -> Result<SocketAddr, DiscoverError> {
        let listener =
            TcpListener::bind(addr).map_err(|cause| DiscoverError::Metrics { addr, cause })?;
        let bound = listener
            .local_addr()
            .map_err(|cause| DiscoverError::Metrics { addr, cause })?;
        let metrics = self.clone();
        std::thread::Builder::new()
            .name("discover-metrics".into())
            .spawn(move || {
                for conn in listener.incoming().flatten() {
                    // One scrape at a time is plenty for Prometheus.
                    let _ = metrics.answer(conn);
                }
            })
            .map_err(|cause| DiscoverError::Metrics { addr, cause })?;
        Ok(bound)
    }

    fn answer(&self, conn: TcpStream) -> std::io::Result<()> {
        conn.set_read_timeout(Some(Duration::from_secs(2)))?;
        conn.set_write_timeout(Some(Duration::from_secs(2)))?;
        let mut reader = BufReader::new(conn.try_clone()?);
        let mut request_line = String::new();
        // Bounded read of the request line; the headers are drained below.
        reader.by_ref().take(4096).read_line(&mut request_line)?;
        let mut line = String::new();
        for _ in 0..100 {
            line.clear();
            if reader.by_ref().take(8192).read_line(&mut line)? == 0
                || line == "\r\n"
                || line == "\n"
            {
                break;
            }
        }
        let mut conn = conn;
        let path = request_line.split_whitespace().nth(1).unwrap_or("");
        if request_line.starts_with("GET ") && (path == "/metrics" || path == "/") {
            let body = self.encode();
            write!(
                conn,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            conn.write_all(&body)
        } else {
            conn.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            )
        }
    }
}

impl std::fmt::Debug for DiscoverMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscoverMetrics").finish_non_exhaustive()
    }
}

use std::io::Read as _;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_text_format() {
        let m = DiscoverMetrics::new().expect("metrics");
        let row = m.service_row([198, 18, 0, 1].into(), "anthropic", Transport::Tls);
        row.flows.inc();
        row.bytes.inc_by(42);
        let addr = m
            .serve("127.0.0.1:0".parse().expect("addr"))
            .expect("serve");
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("write");
        let mut body = String::new();
        s.read_to_string(&mut body).expect("read");
        assert!(body.starts_with("HTTP/1.1 200 OK"));
        assert!(body.contains(
            r#"promptwall_discover_bytes_total{service="anthropic",source="198.18.0.1",transport="tls"} 42"#
        ));
    }
}
