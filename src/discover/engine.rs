//! The packet path: a bounded flow table that reassembles each new flow's
//! client→server start just far enough to read the ClientHello (TLS over
//! TCP, or CRYPTO frames of QUIC Initials), names the service, and then only
//! counts bytes.
//!
//! Cheap rejection comes first, because most packets are bulk data of flows
//! that are either not tracked or already classified: a TCP packet without
//! payload and without SYN/FIN/RST returns right after decoding; a packet of
//! an untracked flow is only looked at further if it is a SYN or its payload
//! starts like a TLS handshake record carrying a ClientHello. Nothing of a
//! payload is kept once the hello is parsed (or the flow turns out not to be
//! TLS), and a flow's reassembly buffer never grows past `max_hello` bytes.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::net::IpAddr;

use crate::classify::client_hello::{parse_handshake, parse_records, ClientHello, HelloError};
use crate::config::catalogue::Catalogue;

use super::decode::{decode, LinkType, ACK, FIN, L4, RST, SYN};
use super::metrics::{DiscoverMetrics, RowCounters};
use super::quic::{self, InitialKeys};
use super::report::{keyword_match, Report, RowRef, Transport, DEFAULT_KEYWORDS};

/// Limits and knobs of the engine.
#[derive(Clone, Debug)]
pub struct Options {
    /// Flows tracked at once (pending hellos plus classified flows).
    pub max_flows: usize,
    /// Bytes a ClientHello may occupy before the flow is given up.
    pub max_hello: usize,
    /// Microseconds a flow may take to complete its ClientHello.
    pub hello_timeout: u64,
    /// Microseconds of silence after which a classified flow is forgotten
    /// (it counts again as a new flow if it reappears with a new hello).
    pub idle_timeout: u64,
    /// Rows per report section.
    pub max_rows: usize,
    /// Keywords for unknown-but-suspicious hostnames.
    pub keywords: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_flows: 65_536,
            max_hello: 16 * 1024,
            hello_timeout: 10_000_000,
            idle_timeout: 300_000_000,
            max_rows: 65_536,
            keywords: DEFAULT_KEYWORDS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// Out-of-order pieces kept per flow.
const MAX_OOO_SEGMENTS: usize = 16;
/// Table sweeps run at most this often (packet time, microseconds).
const SWEEP_INTERVAL: u64 = 1_000_000;
/// UDP port of QUIC.
const QUIC_PORT: u16 = 443;

/// Endpoints in canonical order, so both directions find the same entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FlowKey {
    lo: (IpAddr, u16),
    hi: (IpAddr, u16),
    udp: bool,
}

/// Three word-sized writes instead of the derived field-by-field hashing:
/// the lookup runs for every payload packet.
impl Hash for FlowKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        fn wide(ip: IpAddr) -> u128 {
            match ip {
                IpAddr::V4(v4) => u128::from(v4.to_bits()),
                IpAddr::V6(v6) => v6.to_bits() ^ (1 << 127),
            }
        }
        h.write_u128(wide(self.lo.0));
        h.write_u128(wide(self.hi.0));
        h.write_u64(u64::from(self.lo.1) << 32 | u64::from(self.hi.1) << 1 | u64::from(self.udp));
    }
}

/// The flow table's hasher: fast, and seeded per process so that crafted
/// addresses cannot aim at one bucket chain.
type FlowMap = HashMap<FlowKey, Flow, foldhash::fast::RandomState>;

impl FlowKey {
    fn new(a: (IpAddr, u16), b: (IpAddr, u16), udp: bool) -> FlowKey {
        if a <= b {
            FlowKey { lo: a, hi: b, udp }
        } else {
            FlowKey { lo: b, hi: a, udp }
        }
    }
}

struct Flow {
    client: (IpAddr, u16),
    first: u64,
    last: u64,
    state: State,
}

enum State {
    /// Waiting for the ClientHello.
    Pending(Box<Pending>),
    /// Classified; bytes go to a report row.
    Tracked(RowRef, Option<RowCounters>),
}

struct Pending {
    /// TCP: sequence number of the first payload byte (from the SYN, or
    /// the first segment when the capture started mid-handshake).
    base: Option<u32>,
    asm: Reassembly,
    /// Payload bytes seen before classification, both directions.
    bytes: u64,
    /// QUIC: keys from the first Initial's DCID; later Initials of the same
    /// connection keep using them (RFC 9001 §5.2).
    keys: Option<Box<InitialKeys>>,
}

/// The start of a byte stream, assembled from pieces at offsets; bounded.
#[derive(Default)]
struct Reassembly {
    data: Vec<u8>,
    ooo: Vec<(usize, Vec<u8>)>,
}

impl Reassembly {
    /// Adds `bytes` at stream offset `off`, keeping at most `cap` bytes.
    fn insert(&mut self, off: usize, bytes: &[u8], cap: usize) {
        if off >= cap || bytes.is_empty() {
            return;
        }
        let bytes = bytes
            .get(..(cap - off).min(bytes.len()))
            .unwrap_or_default();
        let end = off + bytes.len();
        if end <= self.data.len() {
            return; // a retransmission of what we have
        }
        if off > self.data.len() {
            let held: usize = self.ooo.iter().map(|(_, b)| b.len()).sum();
            if self.ooo.len() < MAX_OOO_SEGMENTS && held + bytes.len() <= cap {
                self.ooo.push((off, bytes.to_vec()));
            }
            return;
        }
        self.data
            .extend_from_slice(bytes.get(self.data.len() - off..).unwrap_or_default());
        // Pull in out-of-order pieces that now touch the end.
        while let Some(i) = self.ooo.iter().position(|(o, _)| *o <= self.data.len()) {
            let (o, piece) = self.ooo.swap_remove(i);
            if o + piece.len() > self.data.len() {
                self.data
                    .extend_from_slice(piece.get(self.data.len() - o..).unwrap_or_default());
            }
        }
    }
}

/// The discovery engine: feed it frames, read the report.
pub struct Engine {
    catalogue: Catalogue,
    opts: Options,
    flows: FlowMap,
    report: Report,
    metrics: Option<DiscoverMetrics>,
    last_sweep: u64,
    scratch: Vec<u8>,
}

/// What became of a pending flow after new bytes.
enum Outcome {
    Wait,
    Done(Result<ClientHello, HelloError>),
}

// === impl Engine ===

impl Engine {
    pub fn new(catalogue: Catalogue, opts: Options, metrics: Option<DiscoverMetrics>) -> Engine {
        Engine {
            catalogue,
            report: Report::new(opts.max_rows),
            opts,
            flows: FlowMap::default(),
            metrics,
            last_sweep: 0,
            scratch: Vec::new(),
        }
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Flows currently in the table.
    pub fn flows_len(&self) -> usize {
        self.flows.len()
    }

    /// Processes one captured frame taken at `ts` (microseconds since the
    /// epoch). Never fails: anything unreadable is counted and skipped.
    pub fn process(&mut self, ts: u64, link: LinkType, frame: &[u8]) {
        self.report.stats.packets += 1;
        if ts >= self.last_sweep + SWEEP_INTERVAL {
            self.sweep(ts);
        }
        let Some(pkt) = decode(link, frame) else {
            self.report.stats.undecodable += 1;
            return;
        };
        match pkt.l4 {
            L4::Tcp {
                sport,
                dport,
                seq,
                flags,
                payload,
            } => self.tcp(ts, (pkt.src, sport), (pkt.dst, dport), seq, flags, payload),
            L4::Udp {
                sport,
                dport,
                payload,
            } => self.udp(ts, (pkt.src, sport), (pkt.dst, dport), payload),
        }
    }

    fn tcp(
        &mut self,
        ts: u64,
        src: (IpAddr, u16),
        dst: (IpAddr, u16),
        seq: u32,
        flags: u8,
        payload: &[u8],
    ) {
        // Pure ACKs are most of the non-bulk packets; nothing to learn.
        if payload.is_empty() && flags & (SYN | FIN | RST) == 0 {
            return;
        }
        let key = FlowKey::new(src, dst, false);
        let Some(flow) = self.flows.get_mut(&key) else {
            if flags & SYN != 0 && flags & ACK == 0 {
                // SYNs may fill only half the table, so a SYN flood cannot
                // crowd out flows that show up with a ClientHello.
                if self.flows.len() < self.opts.max_flows / 2 {
                    self.insert(key, src, ts, Some(seq.wrapping_add(1)));
                    // TCP Fast Open carries the hello in the SYN itself.
                    if !payload.is_empty() {
                        self.tcp_data(key, ts, src, seq.wrapping_add(1), payload);
                    }
                } else {
                    self.report.stats.table_full += 1;
                }
            } else if looks_like_hello_record(payload) {
                self.insert(key, src, ts, Some(seq));
                self.tcp_data(key, ts, src, seq, payload);
            }
            return;
        };
        flow.last = ts;
        let closing = flags & (FIN | RST) != 0;
        match &mut flow.state {
            State::Tracked(..) if flags & (SYN | ACK) == SYN => {
                // A new connection on the same ports whose predecessor's FIN
                // was not captured: start over, so it counts as a new flow.
                self.flows.remove(&key);
                self.tcp(ts, src, dst, seq, flags, payload);
            }
            State::Tracked(row, counters) => {
                let n = payload.len() as u64;
                if let Some(c) = counters {
                    c.bytes.inc_by(n);
                }
                let row = *row;
                self.report.add_bytes(row, n, ts);
                if closing {
                    self.flows.remove(&key);
                }
            }
            State::Pending(p) => {
                if src != flow.client {
                    p.bytes += payload.len() as u64;
                } else if flags & SYN != 0 {
                    // A retransmitted SYN restarts the stream numbering.
                    p.base = Some(seq.wrapping_add(1));
                    if !payload.is_empty() {
                        self.tcp_data(key, ts, src, seq.wrapping_add(1), payload);
                    }
                } else if !payload.is_empty() {
                    self.tcp_data(key, ts, src, seq, payload);
                }
                if closing {
                    self.flows.remove(&key);
                }
            }
        }
    }

    /// Client→server payload on a pending TCP flow.
    fn tcp_data(&mut self, key: FlowKey, ts: u64, src: (IpAddr, u16), seq: u32, payload: &[u8]) {
        let max_hello = self.opts.max_hello;
        let Some(Flow {
            state: State::Pending(p),
            ..
        }) = self.flows.get_mut(&key)
        else {
            return;
        };
        p.bytes += payload.len() as u64;
        let base = *p.base.get_or_insert(seq);
        let off = seq.wrapping_sub(base);
        // Offsets "before" the base wrap to huge values: old retransmissions.
        if off > 1 << 30 {
            return;
        }
        p.asm.insert(off as usize, payload, max_hello);
        if p.asm.data.is_empty() {
            return;
        }
        let outcome = match parse_records(&p.asm.data, max_hello) {
            Err(HelloError::Incomplete { .. }) => Outcome::Wait,
            r => Outcome::Done(r),
        };
        self.conclude(key, ts, src.0, Transport::Tls, outcome);
    }

    fn udp(&mut self, ts: u64, src: (IpAddr, u16), dst: (IpAddr, u16), payload: &[u8]) {
        let key = FlowKey::new(src, dst, true);
        match self.flows.get_mut(&key) {
            Some(flow) => {
                flow.last = ts;
                match &mut flow.state {
                    State::Tracked(row, counters) => {
                        let n = payload.len() as u64;
                        if let Some(c) = counters {
                            c.bytes.inc_by(n);
                        }
                        let row = *row;
                        self.report.add_bytes(row, n, ts);
                    }
                    State::Pending(p) => {
                        if src != flow.client {
                            p.bytes += payload.len() as u64;
                        } else {
                            self.quic_initial(key, ts, src, payload);
                        }
                    }
                }
            }
            None => {
                if dst.1 == QUIC_PORT && quic::parse_initial_header(payload).is_some() {
                    self.insert(key, src, ts, None);
                    self.quic_initial(key, ts, src, payload);
                }
            }
        }
    }

    /// A client datagram on a pending QUIC flow.
    fn quic_initial(&mut self, key: FlowKey, ts: u64, src: (IpAddr, u16), dgram: &[u8]) {
        let max_hello = self.opts.max_hello;
        let Some(Flow {
            state: State::Pending(p),
            ..
        }) = self.flows.get_mut(&key)
        else {
            return;
        };
        p.bytes += dgram.len() as u64;
        let Some(hdr) = quic::parse_initial_header(dgram) else {
            return; // 0-RTT or Handshake packets: not ours to read
        };
        if p.keys.is_none() {
            p.keys = InitialKeys::client(hdr.dcid).map(Box::new);
        }
        let Some(keys) = p.keys.as_deref() else {
            return;
        };
        let Some(plain) = quic::decrypt_initial(keys, dgram, &hdr, &mut self.scratch) else {
            self.report.stats.quic_undecryptable += 1;
            // A first packet that does not decrypt is not a QUIC client.
            if p.asm.data.is_empty() && p.asm.ooo.is_empty() {
                self.flows.remove(&key);
            }
            return;
        };
        self.report.stats.quic_initials += 1;
        let asm = &mut p.asm;
        let framed = quic::crypto_frames(plain, |off, data| {
            if let Ok(off) = usize::try_from(off) {
                asm.insert(off, data, max_hello);
            }
        });
        if framed.is_none() || p.asm.data.is_empty() {
            return;
        }
        let outcome = match parse_handshake(&p.asm.data) {
            Err(HelloError::Incomplete { needed }) if needed <= max_hello => Outcome::Wait,
            Err(HelloError::Incomplete { .. }) => Outcome::Done(Err(HelloError::TooLarge)),
            r => Outcome::Done(r),
        };
        self.conclude(key, ts, src.0, Transport::Quic, outcome);
    }

    /// Classifies a flow whose hello is complete (or broken).
    fn conclude(
        &mut self,
        key: FlowKey,
        ts: u64,
        source: IpAddr,
        transport: Transport,
        outcome: Outcome,
    ) {
        let Outcome::Done(result) = outcome else {
            return;
        };
        let stats = &mut self.report.stats;
        let hello = match result {
            Ok(h) => h,
            Err(_) => {
                stats.not_hello += 1;
                self.flows.remove(&key);
                return;
            }
        };
        match transport {
            Transport::Tls => stats.tls_hellos += 1,
            Transport::Quic => stats.quic_hellos += 1,
        }
        let Some(sni) = hello.sni else {
            stats.hellos_without_sni += 1;
            self.flows.remove(&key);
            return;
        };
        let Some(flow) = self.flows.get_mut(&key) else {
            return;
        };
        let (first, pre_bytes) = match &flow.state {
            State::Pending(p) => (flow.first, p.bytes),
            State::Tracked(..) => return,
        };
        let tracked = if let Some(svc) = self.catalogue.lookup(&sni) {
            let svc_name = svc.name.clone();
            self.report
                .service_flow(source, &svc_name, transport, &sni, first, ts)
                .map(|(row, _)| {
                    let counters = self
                        .metrics
                        .as_ref()
                        .map(|m| m.service_row(source, &svc_name, transport));
                    (row, counters)
                })
        } else if let Some(kw) = keyword_match(&sni, &self.opts.keywords) {
            let kw = kw.to_string();
            self.report
                .suspicious_flow(source, &sni, &kw, transport, first, ts)
                .map(|(row, _)| {
                    let counters = self
                        .metrics
                        .as_ref()
                        .map(|m| m.suspicious_row(&sni, transport));
                    (row, counters)
                })
        } else {
            None
        };
        match tracked {
            Some((row, counters)) => {
                if let Some(c) = &counters {
                    c.flows.inc();
                    c.bytes.inc_by(pre_bytes);
                }
                self.report.add_bytes(row, pre_bytes, ts);
                // The reassembly buffer is dropped here with the Pending box.
                flow.state = State::Tracked(row, counters);
            }
            None => {
                self.flows.remove(&key);
            }
        }
    }

    fn insert(&mut self, key: FlowKey, client: (IpAddr, u16), ts: u64, base: Option<u32>) {
        if self.flows.len() >= self.opts.max_flows {
            self.report.stats.table_full += 1;
            return;
        }
        self.flows.insert(
            key,
            Flow {
                client,
                first: ts,
                last: ts,
                state: State::Pending(Box::new(Pending {
                    base,
                    asm: Reassembly::default(),
                    bytes: 0,
                    keys: None,
                })),
            },
        );
    }

    /// Counts a frame of a link type that cannot be decoded.
    pub fn count_undecodable(&mut self) {
        self.report.stats.packets += 1;
        self.report.stats.undecodable += 1;
    }

    /// Publishes the final counters (the table is left as it is).
    pub fn finish(&mut self) {
        if let Some(m) = &self.metrics {
            m.publish(&self.report.stats, self.flows.len());
        }
    }

    /// Expires pending flows that did not finish their hello and classified
    /// flows that went quiet; publishes table-level metrics.
    pub fn sweep(&mut self, now: u64) {
        self.last_sweep = now;
        let (hello_timeout, idle_timeout) = (self.opts.hello_timeout, self.opts.idle_timeout);
        let mut timeouts = 0;
        self.flows.retain(|_, f| match f.state {
            State::Pending(_) if now.saturating_sub(f.first) > hello_timeout => {
                timeouts += 1;
                false
            }
            _ => now.saturating_sub(f.last) <= idle_timeout,
        });
        self.report.stats.hello_timeouts += timeouts;
        if let Some(m) = &self.metrics {
            m.publish(&self.report.stats, self.flows.len());
        }
    }
}

/// The start of a TLS handshake record (content type 22, version 3.0–3.4)
/// whose first handshake byte, when present, is ClientHello (1). A first
/// segment shorter than six bytes still qualifies, so a hello cut into tiny
/// segments is followed even when the SYN was not captured.
fn looks_like_hello_record(p: &[u8]) -> bool {
    match p {
        [22, 3, minor, _, _, typ, ..] => *minor <= 4 && *typ == 1,
        [22, 3, minor, ..] => *minor <= 4,
        [22] | [22, 3] => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
