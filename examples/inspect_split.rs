//! Where a full inspection of the bench's agent body spends its time:
//! `cargo run --release --example inspect_split` prints best-of-N times
//! for the whole `Inspector::inspect`, the JSON parse alone, the
//! extraction (parse and walk), the inspector's segment loop alone
//! (unescape into a scratch buffer, then the engine, per segment),
//! unescaping every string (alone, and as the segment loop does it), and
//! the engine over the unescaped strings (per string and concatenated).
//! `ONLY=1 N=1500` loops the engine alone, for `perf` (`ONLY=inspect`: the
//! whole inspection; `ONLY=segments`: the segment loop); `DISABLE=id,id` leaves detectors out, to compare
//! their cost; `SOURCE=FILE` cuts the tool results from that file instead
//! of the bench's frozen sources (other people's code: fewer anchors).
use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::detect::samples::{agent_body, Gen};
use promptwall::inspect::json::{self, StrRef, Value};
use promptwall::inspect::{extract, DecodeLimits, Engine, Inspector};

#[path = "../benches/support/agent_inputs.rs"]
mod agent_inputs;

use agent_inputs::{FILES, SECRETS};

fn best<F: FnMut() -> usize>(n: usize, mut f: F) -> f64 {
    let mut b = f64::MAX;
    for _ in 0..n {
        let t = std::time::Instant::now();
        std::hint::black_box(f());
        b = b.min(t.elapsed().as_secs_f64());
    }
    b
}

fn strings(v: &Value, out: &mut Vec<StrRef>) {
    match v {
        Value::Str(s) => out.push(*s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.iter().for_each(|(_, x)| strings(x, out)),
        _ => {}
    }
}

fn main() {
    // `SOURCE=FILE`: tool results cut from that file instead of the
    // bench's frozen sources, to compare on other code.
    let other = std::env::var_os("SOURCE").and_then(|p| std::fs::read_to_string(p).ok());
    let chunks: Vec<&str> = other.as_deref().map_or_else(Vec::new, |s| {
        let mut out = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            let mut cut = rest.len().min(24_000);
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            let (a, b) = rest.split_at(cut);
            out.push(a);
            rest = b;
        }
        out
    });
    let files = if chunks.is_empty() { FILES } else { &chunks };
    let (body, _) = agent_body(&mut Gen::new(42), files, 40, SECRETS);
    let body = body.as_bytes();
    // `DISABLE=id,id`: without those detectors, to compare a rule's cost.
    let disabled = std::env::var("DISABLE")
        .map(|v| {
            v.split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let cfg = DetectSection {
        keywords: agent_inputs::keywords(),
        cache_max_bytes: 0,
        disabled,
        ..DetectSection::default()
    };
    let ins = Inspector::new(&cfg).expect("inspector");
    let engine = Engine::new(&cfg).expect("engine");
    engine.warm();
    let limits = DecodeLimits::default();
    let root = json::parse(body).expect("the bench body is JSON");
    let mut strs = Vec::new();
    strings(&root, &mut strs);
    let texts: Vec<Vec<u8>> = strs.iter().map(|s| s.text(body).into_owned()).collect();
    let all: Vec<u8> = texts.concat();
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    // `DUMP=FILE`: write the unescaped strings, for the anchor statistics
    // (`PROMPTWALL_GRAM_CORPUS=FILE cargo test anchor_stats_corpus`).
    if let Some(path) = std::env::var_os("DUMP") {
        if let Err(e) = std::fs::write(&path, &all) {
            eprintln!("writing {}: {e}", path.to_string_lossy());
        }
        return;
    }
    if std::env::var("ONLY").is_ok_and(|v| v == "inspect") {
        for _ in 0..n {
            let r = ins.inspect(ApiKind::Anthropic, "/v1/messages", None, body, &limits);
            std::hint::black_box(r.map_or(0, |r| r.findings.len()));
        }
        return;
    }
    if std::env::var("ONLY").is_ok_and(|v| v == "segments") {
        let ex = extract::extract_lazy(ApiKind::Anthropic, "/v1/messages", body);
        let mut scratch = json::UnescapeBuf::default();
        for _ in 0..n {
            for seg in &ex.segments {
                std::hint::black_box(engine.scan(seg.text_in(&mut scratch)).len());
            }
        }
        return;
    }
    if std::env::var_os("ONLY").is_some() {
        for _ in 0..n {
            std::hint::black_box(engine.scan(&all).len());
        }
        return;
    }
    let inspect = best(n, || {
        ins.inspect(ApiKind::Anthropic, "/v1/messages", None, body, &limits)
            .map_or(0, |r| r.findings.len())
    });
    let parse = best(n, || usize::from(json::parse(body).is_ok()));
    let unescape = best(n, || strs.iter().map(|s| s.text(body).len()).sum());
    let extract = best(n, || {
        extract::extract_lazy(ApiKind::Anthropic, "/v1/messages", body)
            .segments
            .len()
    });
    // The inspector's segment loop without the rest: each segment
    // unescaped into one scratch buffer and scanned (extracted once).
    let ex = extract::extract_lazy(ApiKind::Anthropic, "/v1/messages", body);
    let mut scratch = json::UnescapeBuf::default();
    let segment_loop = best(n, || {
        let mut found = 0;
        for seg in &ex.segments {
            found += engine.scan(seg.text_in(&mut scratch)).len();
        }
        found
    });
    // The same loop without the engine: what unescaping into the scratch
    // costs on its own.
    let unescape_loop = best(n, || {
        ex.segments
            .iter()
            .map(|seg| seg.text_in(&mut scratch).len())
            .sum()
    });
    let per_string = best(n, || texts.iter().map(|t| engine.scan(t).len()).sum());
    let concat = best(n, || engine.scan(&all).len());
    let mb = body.len() as f64 / 1e6;
    println!(
        "body {} bytes, {} strings, {} bytes unescaped",
        body.len(),
        strs.len(),
        all.len()
    );
    for (name, t) in [
        ("inspect", inspect),
        ("parse", parse),
        ("extract", extract),
        ("segment loop", segment_loop),
        ("unescape", unescape),
        ("unescape loop", unescape_loop),
        ("scan strings", per_string),
        ("scan concat", concat),
    ] {
        println!("{name:13} {:7.3} ms {:7.0} MB/s of body", t * 1e3, mb / t);
    }
}
