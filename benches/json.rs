//! JSON parsing and unescaping on a realistic coding-agent body.
//!
//! `cargo bench --bench json` measures, in one run, on the ~1 MB body
//! `examples/inspect_profile` inspects (40 turns of source files in tool
//! results, escapes every ~19 bytes):
//! - `json/unescape_fast` and `json/unescape_scalar`: `UnescapeBuf::fill`
//!   (AVX2 when the CPU has it; what the inspector runs) and the portable
//!   `unescape` that records every escape, over every escaped string value
//!   of the body, one reused buffer for all (as the inspector does).
//!   Alone, the two differ less than in the inspector: there the fast
//!   one's lack of data-dependent branches matters more, the branch
//!   history being the engine's, not the unescaper's;
//! - `json/parse` and `json/parse_scalar`: the whole body parsed with the
//!   fast and the portable string scan.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use promptwall::inspect::detect::samples::{agent_body, Gen};
use promptwall::inspect::json::{self, Value};

#[path = "support/agent_inputs.rs"]
#[allow(dead_code)] // `keywords` is for the detect bench.
mod agent_inputs;

use agent_inputs::{FILES, SECRETS};

/// Raw contents of every escaped string value.
fn escaped_strings<'a>(v: &Value, body: &'a [u8], out: &mut Vec<&'a [u8]>) {
    match v {
        Value::Str(s) if s.escaped => out.push(s.raw(body)),
        Value::Array(items) => items.iter().for_each(|i| escaped_strings(i, body, out)),
        Value::Object(members) => members
            .iter()
            .for_each(|(_, m)| escaped_strings(m, body, out)),
        _ => {}
    }
}

fn bench(c: &mut Criterion) {
    let (body, _) = agent_body(&mut Gen::new(42), FILES, 40, SECRETS);
    let body = body.as_bytes();
    let root = json::parse(body).expect("parse");
    let mut strs = Vec::new();
    escaped_strings(&root, body, &mut strs);
    let total: usize = strs.iter().map(|s| s.len()).sum();
    let mut buf = json::UnescapeBuf::default();
    for s in &strs {
        assert_eq!(buf.fill(s), &json::unescape(s).text[..]);
    }
    assert_eq!(Ok(&root), json::parse_scalar(body).as_ref());

    let mut grp = c.benchmark_group("json");
    grp.throughput(Throughput::Bytes(total as u64));
    grp.bench_function("unescape_fast", |b| {
        b.iter(|| {
            strs.iter()
                .map(|s| buf.fill(black_box(s)).len())
                .sum::<usize>()
        })
    });
    grp.bench_function("unescape_scalar", |b| {
        b.iter(|| {
            strs.iter()
                .map(|s| json::unescape(black_box(s)).text.len())
                .sum::<usize>()
        })
    });
    grp.throughput(Throughput::Bytes(body.len() as u64));
    grp.bench_function("parse", |b| b.iter(|| json::parse(black_box(body)).is_ok()));
    grp.bench_function("parse_scalar", |b| {
        b.iter(|| json::parse_scalar(black_box(body)).is_ok())
    });
    grp.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
