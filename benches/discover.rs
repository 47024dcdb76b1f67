//! Discovery throughput on a large, mostly-bulk capture, against a baseline
//! measured in the same run: only iterating the pcap records.
//!
//! The capture is synthesised once into a temporary pcap file: 64 long TLS
//! flows of 1448-byte records with the peer's ACKs, DNS-like UDP, and every
//! 500 packets a new flow with a real curl ClientHello to a catalogue host.
//!
//! Run: `cargo bench --bench discover`

use std::fs::File;
use std::hint::black_box;
use std::io::BufWriter;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use promptwall::config::catalogue::Catalogue;
use promptwall::discover::decode::LinkType;
use promptwall::discover::engine::{Engine, Options};
use promptwall::discover::pcap::{PcapReader, PcapWriter};

const HELLO: &[u8] = include_bytes!("../src/classify/testdata/curl_anthropic.bin");
const PACKETS: u32 = 400_000;

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
    f.extend_from_slice(&[0x08, 0x00, 0x45, 0]);
    f.extend_from_slice(&((40 + payload.len()) as u16).to_be_bytes());
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

fn udp4(src: [u8; 4], dst: [u8; 4], dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![0u8; 12];
    f.extend_from_slice(&[0x08, 0x00, 0x45, 0]);
    f.extend_from_slice(&((28 + payload.len()) as u16).to_be_bytes());
    f.extend_from_slice(&[0, 0, 0x40, 0, 64, 17, 0, 0]);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    f.extend_from_slice(&[0xc3, 0x50]);
    f.extend_from_slice(&dport.to_be_bytes());
    f.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(payload);
    f
}

/// Writes the synthetic capture; returns the number of frames.
fn synthesise(path: &Path) -> u64 {
    let file = BufWriter::new(File::create(path).expect("create pcap"));
    let mut w = PcapWriter::new(file, 1).expect("pcap header");
    let bulk = [0x17u8; 1448];
    let server = [198, 18, 200, 1];
    let mut seqs = [0u32; 64];
    let mut ts = 1_700_000_000_000_000u64;
    let mut n = 0u64;
    for i in 0..PACKETS {
        ts += 10;
        let flow = (i % 64) as usize;
        let client = [198, 18, 1, flow as u8];
        let frame = match i % 500 {
            // A new flow: SYN, then the ClientHello, then it is bulk.
            0 => tcp4(
                client,
                40_000 + (i / 500) as u16,
                server,
                443,
                1000,
                0x02,
                &[],
            ),
            1 => tcp4(
                client,
                40_000 + (i / 500) as u16,
                server,
                443,
                1001,
                0x18,
                HELLO,
            ),
            2..=4 => udp4(client, [198, 18, 200, 53], 53, &[0x12; 60]),
            k if k % 3 == 0 => tcp4(server, 443, client, 50_000 + flow as u16, 1, 0x10, &[]),
            _ => {
                seqs[flow] = seqs[flow].wrapping_add(1448);
                tcp4(
                    server,
                    443,
                    client,
                    50_000 + flow as u16,
                    seqs[flow],
                    0x10,
                    &bulk,
                )
            }
        };
        w.write(ts, &frame).expect("write frame");
        n += 1;
    }
    drop(w.into_inner());
    n
}

fn iterate(path: &Path) -> u64 {
    let mut r = PcapReader::open(path).expect("open");
    let mut bytes = 0u64;
    while let Some(rec) = r.next_record().expect("record") {
        bytes += rec.data.len() as u64;
    }
    bytes
}

fn discover(path: &Path) -> u64 {
    let mut e = Engine::new(Catalogue::builtin(), Options::default(), None);
    let mut r = PcapReader::open(path).expect("open");
    while let Some(rec) = r.next_record().expect("record") {
        e.process(rec.ts, rec.link.unwrap_or(LinkType::Ethernet), rec.data);
    }
    e.report().stats.tls_hellos
}

/// Best of a few timed runs, in seconds.
fn best(f: impl Fn() -> u64) -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bulk.pcap");
    let n = synthesise(&path);
    assert_eq!(
        discover(&path),
        u64::from(PACKETS / 500),
        "every hello found"
    );

    let mut g = c.benchmark_group("discover");
    g.throughput(Throughput::Elements(n));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("baseline_iterate_pcap", |b| b.iter(|| iterate(&path)));
    g.bench_function("discover_pcap", |b| b.iter(|| discover(&path)));
    g.finish();

    // The engine alone on frames already in memory (the first 100 000), to
    // separate its cost from the file reading.
    let mut frames = Vec::new();
    let mut r = PcapReader::open(&path).expect("open");
    while let Some(rec) = r.next_record().expect("record") {
        if frames.len() == 100_000 {
            break;
        }
        frames.push((rec.ts, rec.data.to_vec()));
    }
    let engine_only = || {
        let mut e = Engine::new(Catalogue::builtin(), Options::default(), None);
        for (ts, f) in &frames {
            e.process(*ts, LinkType::Ethernet, f);
        }
        e.report().stats.packets
    };
    let mut g = c.benchmark_group("discover_in_memory");
    g.throughput(Throughput::Elements(frames.len() as u64));
    g.sample_size(10);
    g.bench_function("engine_only", |b| b.iter(engine_only));
    g.finish();

    // The same loops timed back to back, for the ratio.
    let base = best(|| iterate(&path));
    let disc = best(|| discover(&path));
    let mem = best(engine_only);
    eprintln!(
        "\n{n} packets: baseline (iterate pcap) {:.2} M packets/s, discover {:.2} M packets/s, \
         discover/baseline throughput ratio {:.2}; engine alone on {} in-memory frames {:.2} M packets/s",
        n as f64 / base / 1e6,
        n as f64 / disc / 1e6,
        base / disc,
        frames.len(),
        frames.len() as f64 / mem / 1e6,
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
