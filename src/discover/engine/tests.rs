use std::net::IpAddr;
use std::path::Path;

use super::*;
use crate::discover::pcap::PcapReader;
use crate::discover::report::ServiceRow;

/// Recorded on loopback with real clients (see tests/fixtures/discover/capture.sh).
const LOOPBACK: &[u8] = include_bytes!("../../../tests/fixtures/discover/loopback.pcap");
const CURL_HELLO: &[u8] = include_bytes!("../../classify/testdata/curl_anthropic.bin");
const NODE_HELLO: &[u8] = include_bytes!("../../classify/testdata/node_https_gemini.bin");

fn frames(pcap: &[u8]) -> Vec<(u64, Vec<u8>)> {
    let mut r = PcapReader::new(pcap, Path::new("fixture")).expect("fixture opens");
    let mut out = Vec::new();
    while let Some(rec) = r.next_record().expect("fixture reads") {
        out.push((rec.ts, rec.data.to_vec()));
    }
    out
}

fn engine() -> Engine {
    Engine::new(Catalogue::builtin(), Options::default(), None)
}

fn run(frames: &[(u64, Vec<u8>)]) -> Engine {
    let mut e = engine();
    for (ts, f) in frames {
        e.process(*ts, LinkType::Ethernet, f);
    }
    e
}

fn row<'a>(e: &'a Engine, src: &str, service: &str) -> &'a ServiceRow {
    let src: IpAddr = src.parse().expect("ip");
    e.report()
        .services
        .iter()
        .find(|r| r.source == src && r.service == service)
        .unwrap_or_else(|| panic!("no row {src} {service}: {:#?}", e.report().services))
}

#[test]
fn loopback_fixture_report() {
    let e = run(&frames(LOOPBACK));
    let r = e.report();
    let bulk = row(&e, "127.0.0.11", "anthropic");
    assert_eq!(bulk.flows, 2);
    assert_eq!(bulk.transport, Transport::Tls);
    assert!(bulk.bytes > 200_000, "bytes {}", bulk.bytes);
    assert!(bulk.first_seen < bulk.last_seen);
    assert_eq!(row(&e, "127.0.0.12", "openai").flows, 1);
    assert_eq!(row(&e, "127.0.0.13", "gemini").flows, 1);
    // The hello written in two TCP segments.
    assert_eq!(row(&e, "127.0.0.14", "anthropic").flows, 1);
    // IPv6.
    assert_eq!(row(&e, "::1", "mistral").flows, 1);
    assert_eq!(r.services.len(), 5);
    assert_eq!(r.suspicious.len(), 1);
    assert_eq!(r.suspicious[0].host, "llm.internal.example");
    assert_eq!(r.suspicious[0].keyword, "llm");
    assert_eq!(r.stats.tls_hellos, 9);
    assert_eq!(r.stats.hellos_without_sni, 1);
    assert_eq!(r.stats.undecodable, 0);
    // Nothing is held once the flows are classified and closed.
    assert_eq!(e.flows_len(), 0, "flow table not empty");
}

#[test]
fn split_hello_out_of_order() {
    let mut f = frames(LOOPBACK);
    // The two segments of 127.0.0.14's hello: 100 bytes then 417 bytes.
    let seg = |len: usize| {
        move |(_, fr): &(u64, Vec<u8>)| {
            matches!(decode(LinkType::Ethernet, fr), Some(p)
                if p.src == IpAddr::from([127, 0, 0, 14])
                && matches!(p.l4, L4::Tcp { payload, .. } if payload.len() == len))
        }
    };
    let a = f.iter().position(seg(100)).expect("first part");
    let b = f.iter().position(seg(417)).expect("second part");
    f.swap(a, b);
    let e = run(&f);
    assert_eq!(row(&e, "127.0.0.14", "anthropic").flows, 1);
}

/// Inserts 802.1Q (and optionally 802.1ad) tags into every Ethernet frame.
fn tagged(frames: &[(u64, Vec<u8>)], qinq: bool) -> Vec<(u64, Vec<u8>)> {
    frames
        .iter()
        .map(|(ts, f)| {
            let mut t = f[..12].to_vec();
            if qinq {
                t.extend_from_slice(&[0x88, 0xa8, 0x00, 0x64]);
            }
            t.extend_from_slice(&[0x81, 0x00, 0x00, 0x0a]);
            t.extend_from_slice(&f[12..]);
            (*ts, t)
        })
        .collect()
}

#[test]
fn vlan_tagged_frames_give_the_same_report() {
    let plain = run(&frames(LOOPBACK));
    for qinq in [false, true] {
        let e = run(&tagged(&frames(LOOPBACK), qinq));
        assert_eq!(e.report().services, plain.report().services);
        assert_eq!(e.report().stats, plain.report().stats);
    }
}

/// Ethernet + IPv4 + UDP.
fn udp4(src: [u8; 4], sport: u16, dst: [u8; 4], dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![0u8; 12];
    f.extend_from_slice(&[0x08, 0x00]);
    let total = (20 + 8 + payload.len()) as u16;
    f.extend_from_slice(&[0x45, 0]);
    f.extend_from_slice(&total.to_be_bytes());
    f.extend_from_slice(&[0, 0, 0x40, 0, 64, 17, 0, 0]);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    f.extend_from_slice(&sport.to_be_bytes());
    f.extend_from_slice(&dport.to_be_bytes());
    f.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(payload);
    f
}

/// Ethernet + IPv4 + TCP.
fn tcp4(
    src: [u8; 4],
    sport: u16,
    dst: [u8; 4],
    dport: u16,
    seq: u32,
    flags: u8,
    payload: &[u8],
) -> Vec<u8> {
    let mut f = vec![0u8; 12];
    f.extend_from_slice(&[0x08, 0x00]);
    let total = (20 + 20 + payload.len()) as u16;
    f.extend_from_slice(&[0x45, 0]);
    f.extend_from_slice(&total.to_be_bytes());
    f.extend_from_slice(&[0, 0, 0x40, 0, 64, 6, 0, 0]);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    f.extend_from_slice(&sport.to_be_bytes());
    f.extend_from_slice(&dport.to_be_bytes());
    f.extend_from_slice(&seq.to_be_bytes());
    f.extend_from_slice(&[0, 0, 0, 0, 0x50, flags, 0xff, 0xff, 0, 0, 0, 0]);
    f.extend_from_slice(payload);
    f
}

#[test]
fn quic_initial_is_decrypted_and_classified() {
    let hello = &CURL_HELLO[5..]; // the bare handshake message
    let dgram = quic::seal_client_initial(
        &[0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08],
        &[1; 8],
        0,
        0,
        hello,
    )
    .expect("seal");
    let mut e = engine();
    let src = [198, 18, 0, 7];
    e.process(
        1_000_000,
        LinkType::Ethernet,
        &udp4(src, 50000, [198, 18, 1, 1], 443, &dgram),
    );
    // Server's reply and a short-header packet count as bytes.
    e.process(
        1_100_000,
        LinkType::Ethernet,
        &udp4([198, 18, 1, 1], 443, src, 50000, &[0x40; 300]),
    );
    let r = row(&e, "198.18.0.7", "anthropic");
    assert_eq!(r.transport, Transport::Quic);
    assert_eq!(r.flows, 1);
    assert_eq!(r.bytes, 1200 + 300);
    assert_eq!(e.report().stats.quic_hellos, 1);
}

#[test]
fn quic_hello_across_two_initials_out_of_order() {
    let msg = &NODE_HELLO[5..];
    let dcid = [7u8; 8];
    let (a, b) = msg.split_at(150);
    let p1 = quic::seal_client_initial(&dcid, &[], 0, 0, a).expect("seal 1");
    let p2 = quic::seal_client_initial(&dcid, &[], 1, a.len() as u64, b).expect("seal 2");
    let mut e = engine();
    let frame = |p: &[u8]| udp4([198, 18, 0, 8], 40000, [198, 18, 1, 1], 443, p);
    e.process(1, LinkType::Ethernet, &frame(&p2));
    assert!(e.report().services.is_empty());
    e.process(2, LinkType::Ethernet, &frame(&p1));
    assert_eq!(row(&e, "198.18.0.8", "gemini").transport, Transport::Quic);
    assert_eq!(e.report().stats.quic_initials, 2);
}

#[test]
fn garbage_on_udp_443_is_dropped() {
    let mut e = engine();
    let mut fake = vec![0xc0, 0, 0, 0, 1, 8];
    fake.extend_from_slice(&[1; 8]);
    fake.extend_from_slice(&[0, 0, 0x44, 0x00]);
    fake.resize(1200, 0xaa);
    e.process(
        1,
        LinkType::Ethernet,
        &udp4([198, 18, 0, 9], 1, [198, 18, 1, 1], 443, &fake),
    );
    assert_eq!(e.report().stats.quic_undecryptable, 1);
    assert_eq!(e.flows_len(), 0);
}

#[test]
fn bulk_data_does_not_enter_the_table() {
    let mut e = engine();
    for i in 0..1000u32 {
        let f = tcp4(
            [198, 18, 0, 1],
            1000,
            [198, 18, 1, 1],
            443,
            i * 1400,
            ACK,
            &[0x17; 1400],
        );
        e.process(u64::from(i), LinkType::Ethernet, &f);
    }
    assert_eq!(e.flows_len(), 0);
    assert_eq!(e.report().stats.packets, 1000);
}

#[test]
fn table_is_bounded_and_expires() {
    let opts = Options {
        max_flows: 10,
        ..Options::default()
    };
    let mut e = Engine::new(Catalogue::builtin(), opts, None);
    for port in 0..100u16 {
        e.process(
            0,
            LinkType::Ethernet,
            &tcp4([198, 18, 0, 1], port, [198, 18, 1, 1], 443, 0, SYN, &[]),
        );
    }
    // SYNs alone fill half the table; hellos still find room.
    assert_eq!(e.flows_len(), 5);
    assert_eq!(e.report().stats.table_full, 95);
    for port in 0..10u16 {
        let hello = tcp4(
            [198, 18, 0, 4],
            port,
            [198, 18, 1, 1],
            443,
            1,
            ACK,
            &CURL_HELLO[..300],
        );
        e.process(1, LinkType::Ethernet, &hello);
    }
    assert_eq!(e.flows_len(), 10);
    assert_eq!(e.report().stats.table_full, 100);
    // Eleven seconds later the unfinished hellos are gone.
    e.process(
        11_000_001,
        LinkType::Ethernet,
        &tcp4([198, 18, 0, 2], 1, [198, 18, 1, 1], 443, 0, SYN, &[]),
    );
    assert_eq!(e.flows_len(), 1);
    assert_eq!(e.report().stats.hello_timeouts, 10);
}

#[test]
fn oversized_hello_is_given_up() {
    let mut e = engine();
    let src = [198, 18, 0, 3];
    e.process(
        0,
        LinkType::Ethernet,
        &tcp4(src, 5, [198, 18, 1, 1], 443, 99, SYN, &[]),
    );
    // A record header announcing a 16 KiB hello, then filler.
    let mut first = vec![22, 3, 1, 0x40, 0, 1, 0, 0x3f, 0xfc];
    first.resize(1400, 0);
    e.process(
        1,
        LinkType::Ethernet,
        &tcp4(src, 5, [198, 18, 1, 1], 443, 100, ACK, &first),
    );
    assert_eq!(e.flows_len(), 0);
    assert_eq!(e.report().stats.not_hello, 1);
}

#[test]
fn hostile_frames_never_panic() {
    let base = frames(LOOPBACK);
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut e = engine();
    for round in 0..20 {
        for (ts, f) in &base {
            let mut f = f.clone();
            for _ in 0..(next() % 6) {
                let i = (next() % f.len() as u64) as usize;
                f[i] = next() as u8;
            }
            let cut = (next() % (f.len() as u64 + 1)) as usize;
            let link = [
                LinkType::Ethernet,
                LinkType::RawIp,
                LinkType::LinuxSll,
                LinkType::Null,
            ][round % 4];
            e.process(*ts, link, &f[..cut]);
        }
    }
    // Mutations aimed at the headers (first 80 bytes), where the lengths are.
    for (ts, f) in base.iter().cycle().take(50_000) {
        let mut f = f.clone();
        for _ in 0..(next() % 4 + 1) {
            let i = (next() % f.len().min(80) as u64) as usize;
            f[i] = next() as u8;
        }
        let cut = (next() % (f.len() as u64 + 1)) as usize;
        e.process(*ts, LinkType::Ethernet, &f[..cut]);
    }
    assert!(e.flows_len() <= Options::default().max_flows);
}

/// Initials of a real QUIC client (aioquic 1.7), recorded on loopback with
/// `tests/fixtures/discover/capture_quic.sh`; each connection retransmits
/// its Initial three times.
const QUIC: &[u8] = include_bytes!("../../../tests/fixtures/discover/quic.pcap");

#[test]
fn real_quic_initials() {
    let e = run(&frames(QUIC));
    let openai = row(&e, "127.0.0.1", "openai");
    assert_eq!(openai.transport, Transport::Quic);
    assert_eq!(openai.flows, 1);
    assert_eq!(openai.bytes, 4 * 1200);
    assert_eq!(row(&e, "127.0.0.1", "gemini-web").flows, 1);
    assert_eq!(e.report().stats.quic_hellos, 2);
    assert_eq!(e.report().stats.quic_undecryptable, 0);
}

#[test]
fn hello_in_tiny_segments_without_syn() {
    let mut e = engine();
    let (src, dst) = ([198, 18, 0, 5], [198, 18, 1, 1]);
    // No SYN captured; the hello arrives 3 bytes, then 200, then the rest.
    let cuts = [0usize, 3, 203, CURL_HELLO.len()];
    for w in cuts.windows(2) {
        let seg = &CURL_HELLO[w[0]..w[1]];
        e.process(
            1,
            LinkType::Ethernet,
            &tcp4(src, 7, dst, 443, 5000 + w[0] as u32, ACK, seg),
        );
    }
    assert_eq!(row(&e, "198.18.0.5", "anthropic").flows, 1);
}

#[test]
fn hello_in_a_fast_open_syn() {
    let mut e = engine();
    let syn = tcp4(
        [198, 18, 0, 6],
        9,
        [198, 18, 1, 1],
        443,
        41,
        SYN,
        CURL_HELLO,
    );
    e.process(1, LinkType::Ethernet, &syn);
    assert_eq!(row(&e, "198.18.0.6", "anthropic").flows, 1);
}

#[test]
fn reused_ports_count_as_a_new_flow() {
    let mut e = engine();
    let (src, dst) = ([198, 18, 0, 10], [198, 18, 1, 1]);
    for (i, isn) in [100u32, 90_000].into_iter().enumerate() {
        let t = i as u64 * 1_000_000;
        e.process(
            t,
            LinkType::Ethernet,
            &tcp4(src, 4000, dst, 443, isn, SYN, &[]),
        );
        let hello = tcp4(src, 4000, dst, 443, isn + 1, ACK, CURL_HELLO);
        e.process(t + 1, LinkType::Ethernet, &hello);
        // No FIN is captured.
    }
    assert_eq!(row(&e, "198.18.0.10", "anthropic").flows, 2);
}
