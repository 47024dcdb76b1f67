//! Fuzzes the discovery packet path (link/IP/TCP/UDP decoding, the flow
//! table with ClientHello reassembly, QUIC Initial parsing) and the pcap
//! reader, over sequences of hostile frames.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use promptwall::config::catalogue::Catalogue;
use promptwall::discover::decode::LinkType;
use promptwall::discover::engine::{Engine, Options};
use promptwall::discover::pcap::PcapReader;

const LINKS: [LinkType; 5] = [
    LinkType::Ethernet,
    LinkType::RawIp,
    LinkType::LinuxSll,
    LinkType::LinuxSll2,
    LinkType::Null,
];

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let opts = Options {
        max_flows: 64,
        max_hello: 4096,
        ..Options::default()
    };
    let mut engine = Engine::new(Catalogue::builtin(), opts, None);
    if sel & 0x80 != 0 {
        // The rest is a capture file.
        if let Ok(mut r) = PcapReader::new(rest, Path::new("fuzz.pcap")) {
            for _ in 0..10_000 {
                match r.next_record() {
                    Ok(Some(rec)) => {
                        engine.process(rec.ts, rec.link.unwrap_or(LinkType::Ethernet), rec.data)
                    }
                    _ => break,
                }
            }
        }
        return;
    }
    // The rest is frames, each prefixed with a 16-bit length.
    let link = LINKS[usize::from(sel) % LINKS.len()];
    let mut ts = 1_000_000u64;
    let mut input = rest;
    while let [hi, lo, tail @ ..] = input {
        let len = usize::from(u16::from_be_bytes([*hi, *lo])).min(tail.len());
        let (frame, next) = tail.split_at(len);
        ts += u64::from(*lo) * 100_000;
        engine.process(ts, link, frame);
        input = next;
    }
    assert!(engine.flows_len() <= 64);
});
