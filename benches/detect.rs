//! Detection throughput on realistic coding-agent bodies.
//!
//! `cargo bench --bench detect` measures, in one run:
//! - `detect/engine`: the full default rule set (one pass per segment) on a
//!   ~500 KB Claude-Code-like body (source files in tool results, a few
//!   planted secrets), end to end through `Inspector::inspect` (JSON walk,
//!   unescaping, detection) with the delta cache off;
//! - `detect/engine_text`: the engine alone on the same source text;
//! - `detect/naive`: the same rules applied one regex at a time over the
//!   same text (the baseline);
//! - `conversation/cache` and `conversation/nocache`: a 20-turn agent
//!   conversation replayed turn by turn (each turn resends the history),
//!   with and without the conversation-delta cache.
//!
//! Figures are reported as ratios to the baseline in docs/DETECTION.md.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::detect::samples::{agent_body, Gen};
use promptwall::inspect::{DecodeLimits, Engine, Inspector};

#[path = "support/agent_inputs.rs"]
mod agent_inputs;

use agent_inputs::{FILES, SECRETS};

fn default_cfg() -> DetectSection {
    DetectSection {
        keywords: agent_inputs::keywords(),
        ..DetectSection::default()
    }
}

fn bench(c: &mut Criterion) {
    let mut g = Gen::new(42);
    // ~500 KB: enough turns over the files to reach it.
    let (body, _) = agent_body(&mut g, FILES, 40, SECRETS);
    let text: String = FILES.concat();
    let cfg = default_cfg();
    let nocache = DetectSection {
        cache_max_bytes: 0,
        ..cfg.clone()
    };
    let ins = Inspector::new(&nocache).expect("inspector");
    let engine = Engine::new(&cfg).expect("engine");
    let limits = DecodeLimits::default();

    let mut grp = c.benchmark_group("detect");
    grp.throughput(Throughput::Bytes(body.len() as u64));
    grp.bench_function("engine", |b| {
        b.iter(|| {
            let r = ins
                .inspect(
                    ApiKind::Anthropic,
                    "/v1/messages",
                    None,
                    black_box(body.as_bytes()),
                    &limits,
                )
                .expect("inspect");
            black_box(r.findings.len())
        })
    });
    grp.throughput(Throughput::Bytes(text.len() as u64));
    grp.bench_function("engine_text", |b| {
        b.iter(|| black_box(engine.scan(black_box(text.as_bytes())).len()))
    });
    // The anchors as two automata: case-sensitive ones, and the
    // case-insensitive ones with ASCII case folding.
    let literals = engine.anchor_literals();
    let automaton = |ci: bool| {
        let pats = literals.iter().filter(|l| l.1 == ci).map(|l| l.0);
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(ci)
            .build(pats)
            .expect("anchors build")
    };
    let (ac_cs, ac_ci) = (automaton(false), automaton(true));
    grp.bench_function("aho_corasick_anchors", |b| {
        b.iter(|| {
            let t = black_box(text.as_bytes());
            black_box(ac_cs.find_iter(t).count() + ac_ci.find_iter(t).count())
        })
    });
    grp.sample_size(10);
    grp.bench_function("naive", |b| {
        b.iter(|| black_box(engine.scan_naive(black_box(text.as_bytes())).len()))
    });
    grp.finish();

    // 20-turn conversation: turn k resends turns 1..k.
    let turns: Vec<String> = (1..=20)
        .map(|k| agent_body(&mut Gen::new(7), FILES, k, SECRETS).0)
        .collect();
    let total: usize = turns.iter().map(String::len).sum();
    let mut grp = c.benchmark_group("conversation");
    grp.throughput(Throughput::Bytes(total as u64));
    grp.sample_size(10);
    // Engines are built once; only the cache is reset per replay, so every
    // iteration pays for turn 1 and nothing pays for regex compilation.
    let ins_nocache = Inspector::new(&nocache).expect("inspector");
    let ins_cache = Inspector::new(&cfg).expect("inspector");
    grp.bench_function("nocache", |b| {
        b.iter(|| {
            for t in &turns {
                black_box(
                    ins_nocache
                        .inspect(
                            ApiKind::Anthropic,
                            "/v1/messages",
                            None,
                            t.as_bytes(),
                            &limits,
                        )
                        .expect("i"),
                );
            }
        })
    });
    grp.bench_function("cache", |b| {
        b.iter(|| {
            if let Some(c) = ins_cache.cache() {
                c.clear();
            }
            for t in &turns {
                black_box(
                    ins_cache
                        .inspect(
                            ApiKind::Anthropic,
                            "/v1/messages",
                            None,
                            t.as_bytes(),
                            &limits,
                        )
                        .expect("i"),
                );
            }
        })
    });
    grp.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
