//! The discovery report: per source address and AI service the flows, bytes
//! and first/last sighting, plus unknown hostnames that look like AI, and how
//! it is printed (aligned table or JSON lines).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::net::IpAddr;

use serde::Serialize;

/// How the ClientHello was carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    /// TLS over TCP.
    Tls,
    /// QUIC v1 (HTTP/3).
    Quic,
}

impl Transport {
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Tls => "tls",
            Transport::Quic => "quic",
        }
    }
}

/// Hosts kept per row; more are counted, not listed.
const MAX_HOSTS_PER_ROW: usize = 8;
/// Distinct sources remembered per suspicious host.
const MAX_SOURCES_PER_HOST: usize = 1024;

/// One line of the report: a source using a catalogue service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServiceRow {
    pub source: IpAddr,
    pub service: String,
    pub transport: Transport,
    pub flows: u64,
    /// TCP/UDP payload bytes, both directions.
    pub bytes: u64,
    /// Microseconds since the Unix epoch (packet timestamps).
    #[serde(serialize_with = "ser_time")]
    pub first_seen: u64,
    #[serde(serialize_with = "ser_time")]
    pub last_seen: u64,
    /// The SNIs seen (at most eight).
    pub hosts: BTreeSet<String>,
}

/// An unknown hostname that matched a keyword.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuspiciousRow {
    pub host: String,
    pub keyword: String,
    pub transports: BTreeSet<Transport>,
    pub flows: u64,
    pub bytes: u64,
    /// Distinct source addresses (counting stops at 1024).
    #[serde(skip)]
    pub source_set: BTreeSet<IpAddr>,
    #[serde(serialize_with = "ser_time")]
    pub first_seen: u64,
    #[serde(serialize_with = "ser_time")]
    pub last_seen: u64,
}

/// Counters over the whole capture.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Frames read.
    pub packets: u64,
    /// Frames that were not IPv4/IPv6 TCP/UDP (or cut short).
    pub undecodable: u64,
    /// TLS ClientHellos parsed over TCP.
    pub tls_hellos: u64,
    /// QUIC v1 client Initial packets decrypted.
    pub quic_initials: u64,
    /// QUIC ClientHellos reassembled and parsed.
    pub quic_hellos: u64,
    /// Hellos without SNI (often IP-literal connections).
    pub hellos_without_sni: u64,
    /// Flows whose first bytes were not a ClientHello after all, or broken.
    pub not_hello: u64,
    /// Flows dropped because the table was full.
    pub table_full: u64,
    /// Flows whose ClientHello never completed in time.
    pub hello_timeouts: u64,
    /// QUIC packets on UDP 443 that looked like an Initial but did not decrypt.
    pub quic_undecryptable: u64,
    /// Report rows refused because the row limit was reached.
    pub rows_dropped: u64,
}

/// Where a tracked flow's bytes are added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowRef {
    Service(usize),
    Suspicious(usize),
}

/// The accumulating report.
#[derive(Debug, Default)]
pub struct Report {
    pub services: Vec<ServiceRow>,
    pub suspicious: Vec<SuspiciousRow>,
    pub stats: Stats,
    service_index: HashMap<(IpAddr, String, Transport), usize>,
    suspicious_index: HashMap<String, usize>,
    max_rows: usize,
}

// === impl Report ===

impl Report {
    /// A report holding at most `max_rows` rows of each kind.
    pub fn new(max_rows: usize) -> Report {
        Report {
            max_rows,
            ..Report::default()
        }
    }

    /// Counts a new flow from `source` to a catalogue service.
    pub fn service_flow(
        &mut self,
        source: IpAddr,
        service: &str,
        transport: Transport,
        host: &str,
        first: u64,
        now: u64,
    ) -> Option<(RowRef, bool)> {
        let key = (source, service.to_string(), transport);
        let (idx, new) = match self.service_index.get(&key) {
            Some(&i) => (i, false),
            None => {
                if self.services.len() >= self.max_rows {
                    self.stats.rows_dropped += 1;
                    return None;
                }
                self.services.push(ServiceRow {
                    source,
                    service: key.1.clone(),
                    transport,
                    flows: 0,
                    bytes: 0,
                    first_seen: first,
                    last_seen: now,
                    hosts: BTreeSet::new(),
                });
                self.service_index.insert(key, self.services.len() - 1);
                (self.services.len() - 1, true)
            }
        };
        let row = self.services.get_mut(idx)?;
        row.flows += 1;
        row.first_seen = row.first_seen.min(first);
        row.last_seen = row.last_seen.max(now);
        if row.hosts.len() < MAX_HOSTS_PER_ROW {
            row.hosts.insert(host.to_string());
        }
        Some((RowRef::Service(idx), new))
    }

    /// Counts a new flow to an unknown host that matched `keyword`.
    pub fn suspicious_flow(
        &mut self,
        source: IpAddr,
        host: &str,
        keyword: &str,
        transport: Transport,
        first: u64,
        now: u64,
    ) -> Option<(RowRef, bool)> {
        let (idx, new) = match self.suspicious_index.get(host) {
            Some(&i) => (i, false),
            None => {
                if self.suspicious.len() >= self.max_rows {
                    self.stats.rows_dropped += 1;
                    return None;
                }
                self.suspicious.push(SuspiciousRow {
                    host: host.to_string(),
                    keyword: keyword.to_string(),
                    transports: BTreeSet::new(),
                    flows: 0,
                    bytes: 0,
                    source_set: BTreeSet::new(),
                    first_seen: first,
                    last_seen: now,
                });
                self.suspicious_index
                    .insert(host.to_string(), self.suspicious.len() - 1);
                (self.suspicious.len() - 1, true)
            }
        };
        let row = self.suspicious.get_mut(idx)?;
        row.flows += 1;
        row.transports.insert(transport);
        row.first_seen = row.first_seen.min(first);
        row.last_seen = row.last_seen.max(now);
        if row.source_set.len() < MAX_SOURCES_PER_HOST {
            row.source_set.insert(source);
        }
        Some((RowRef::Suspicious(idx), new))
    }

    /// Adds bytes seen on a tracked flow.
    pub fn add_bytes(&mut self, row: RowRef, bytes: u64, now: u64) {
        match row {
            RowRef::Service(i) => {
                if let Some(r) = self.services.get_mut(i) {
                    r.bytes += bytes;
                    r.last_seen = r.last_seen.max(now);
                }
            }
            RowRef::Suspicious(i) => {
                if let Some(r) = self.suspicious.get_mut(i) {
                    r.bytes += bytes;
                    r.last_seen = r.last_seen.max(now);
                }
            }
        }
    }

    /// Rows in a stable order: by source, then service, then transport.
    fn sorted_services(&self) -> Vec<&ServiceRow> {
        let mut rows: Vec<_> = self.services.iter().collect();
        rows.sort_by(|a, b| {
            (a.source, &a.service, a.transport).cmp(&(b.source, &b.service, b.transport))
        });
        rows
    }

    /// Suspicious hosts, most flows first.
    fn sorted_suspicious(&self) -> Vec<&SuspiciousRow> {
        let mut rows: Vec<_> = self.suspicious.iter().collect();
        rows.sort_by(|a, b| b.flows.cmp(&a.flows).then_with(|| a.host.cmp(&b.host)));
        rows
    }

    /// One JSON object per line: `"type":"service"` rows, then
    /// `"type":"suspicious"` rows, then one `"type":"stats"` line.
    pub fn write_jsonl(&self, out: &mut dyn Write) -> io::Result<()> {
        #[derive(Serialize)]
        struct Tagged<'a, T: Serialize> {
            #[serde(rename = "type")]
            kind: &'static str,
            #[serde(flatten)]
            row: &'a T,
        }
        #[derive(Serialize)]
        struct Sus<'a> {
            #[serde(flatten)]
            row: &'a SuspiciousRow,
            sources: usize,
        }
        for row in self.sorted_services() {
            serde_json::to_writer(
                &mut *out,
                &Tagged {
                    kind: "service",
                    row,
                },
            )?;
            out.write_all(b"\n")?;
        }
        for row in self.sorted_suspicious() {
            let row = Sus {
                row,
                sources: row.source_set.len(),
            };
            serde_json::to_writer(
                &mut *out,
                &Tagged {
                    kind: "suspicious",
                    row: &row,
                },
            )?;
            out.write_all(b"\n")?;
        }
        serde_json::to_writer(
            &mut *out,
            &Tagged {
                kind: "stats",
                row: &self.stats,
            },
        )?;
        out.write_all(b"\n")
    }

    /// Aligned columns for people.
    pub fn write_table(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut rows = vec![[
            "SOURCE",
            "SERVICE",
            "TRANSPORT",
            "FLOWS",
            "BYTES",
            "FIRST SEEN",
            "LAST SEEN",
            "HOSTS",
        ]
        .map(String::from)
        .to_vec()];
        for r in self.sorted_services() {
            rows.push(vec![
                r.source.to_string(),
                r.service.clone(),
                r.transport.as_str().to_string(),
                r.flows.to_string(),
                r.bytes.to_string(),
                rfc3339(r.first_seen),
                rfc3339(r.last_seen),
                r.hosts.iter().cloned().collect::<Vec<_>>().join(","),
            ]);
        }
        if self.services.is_empty() {
            writeln!(out, "No traffic to catalogue AI services seen.")?;
        } else {
            out.write_all(align(&rows).as_bytes())?;
        }
        if !self.suspicious.is_empty() {
            writeln!(out, "\nUnknown hostnames matching AI keywords:")?;
            let mut rows = vec![[
                "HOST",
                "KEYWORD",
                "TRANSPORT",
                "FLOWS",
                "SOURCES",
                "BYTES",
                "FIRST SEEN",
                "LAST SEEN",
            ]
            .map(String::from)
            .to_vec()];
            for r in self.sorted_suspicious() {
                rows.push(vec![
                    r.host.clone(),
                    r.keyword.clone(),
                    r.transports
                        .iter()
                        .map(|t| t.as_str())
                        .collect::<Vec<_>>()
                        .join(","),
                    r.flows.to_string(),
                    r.source_set.len().to_string(),
                    r.bytes.to_string(),
                    rfc3339(r.first_seen),
                    rfc3339(r.last_seen),
                ]);
            }
            out.write_all(align(&rows).as_bytes())?;
        }
        let s = &self.stats;
        writeln!(
            out,
            "\n{} packets; {} TLS and {} QUIC ClientHellos ({} without SNI); {} QUIC Initials decrypted; \
             {} undecodable packets; {} hello timeouts; {} flows over the table limit",
            s.packets,
            s.tls_hellos,
            s.quic_hellos,
            s.hellos_without_sni,
            s.quic_initials,
            s.undecodable,
            s.hello_timeouts,
            s.table_full
        )
    }
}

/// Pads every column to its widest cell.
fn align(rows: &[Vec<String>]) -> String {
    let cols = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 == row.len() {
                line.push_str(cell);
            } else {
                let w = widths.get(c).copied().unwrap_or(0);
                let _ = write!(line, "{cell:<w$}  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn ser_time<S: serde::Serializer>(micros: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rfc3339(*micros))
}

/// `2026-11-24T02:10:56.123456Z` from microseconds since the epoch (UTC).
pub fn rfc3339(micros: u64) -> String {
    let secs = micros / 1_000_000;
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:06}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        micros % 1_000_000
    )
}

/// The default keywords for unknown-but-suspicious hostnames.
pub const DEFAULT_KEYWORDS: &[&str] = &[
    "ai",
    "llm",
    "gpt",
    "claude",
    "copilot",
    "openai",
    "anthropic",
    "gemini",
    "mistral",
    "chat",
];

/// The keyword an unknown hostname matches, if any.
///
/// The name is split into tokens at `.`, `-` and `_`. Keywords of four or
/// more letters match anywhere in a token (`myopenaiproxy`); shorter ones
/// (`ai`, `gpt`, `llm`) must be a whole token or end one (`openai`,
/// `chatgpt`, `x.ai`) or start one followed by a digit (`gpt4`), so that
/// `mail`, `domain` or `airline` do not match.
pub fn keyword_match<'k>(host: &str, keywords: &'k [String]) -> Option<&'k str> {
    let tokens = || host.split(['.', '-', '_']).filter(|t| !t.is_empty());
    keywords.iter().map(String::as_str).find(|kw| {
        tokens().any(|t| {
            if kw.len() >= 4 {
                t.contains(kw)
            } else {
                t == *kw
                    || t.ends_with(kw)
                    || t.strip_prefix(kw)
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kws() -> Vec<String> {
        DEFAULT_KEYWORDS.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn keywords() {
        let k = kws();
        for (host, want) in [
            ("llm.internal.example", Some("llm")),
            ("chatgpt.com", Some("gpt")),
            ("perplexity.ai", Some("ai")),
            ("my-openai-proxy.example.net", Some("ai")),
            ("gpt4.example", Some("gpt")),
            ("claude-relay.example", Some("claude")),
            ("mail.google.com", None),
            ("airline.example", None),
            ("domain.example", None),
            ("www.example.com", None),
        ] {
            assert_eq!(keyword_match(host, &k), want, "{host}");
        }
    }

    #[test]
    fn time_format() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000000Z");
        assert_eq!(
            rfc3339(1_795_918_256_000_001),
            "2026-11-29T02:10:56.000001Z"
        );
        assert_eq!(rfc3339(951_782_400_000_000), "2000-02-29T00:00:00.000000Z");
    }

    #[test]
    fn rows_bounded_and_table_aligned() {
        let mut r = Report::new(1);
        let a: IpAddr = [198, 18, 0, 1].into();
        let b: IpAddr = [198, 18, 0, 2].into();
        let (row, new) = r
            .service_flow(a, "anthropic", Transport::Tls, "api.anthropic.com", 1, 2)
            .expect("row");
        assert!(new);
        r.add_bytes(row, 100, 3);
        assert!(r
            .service_flow(b, "anthropic", Transport::Tls, "api.anthropic.com", 1, 2)
            .is_none());
        assert_eq!(r.stats.rows_dropped, 1);
        let mut out = Vec::new();
        r.write_table(&mut out).expect("table");
        let text = String::from_utf8(out).expect("utf8");
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0].find("SERVICE"), lines[1].find("anthropic"));
        let mut out = Vec::new();
        r.write_jsonl(&mut out).expect("jsonl");
        let first: serde_json::Value =
            serde_json::from_slice(out.split(|&b| b == b'\n').next().expect("line")).expect("json");
        assert_eq!(first["type"], "service");
        assert_eq!(first["bytes"], 100);
        assert_eq!(first["transport"], "tls");
    }
}
