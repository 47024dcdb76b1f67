//! Runs the full inspection of the bench's agent body in a loop, for
//! `perf record`: `cargo run --release --example inspect_profile`.
use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::detect::samples::{agent_body, Gen};
use promptwall::inspect::{DecodeLimits, Inspector};

#[path = "../benches/support/agent_inputs.rs"]
mod agent_inputs;

use agent_inputs::{FILES, SECRETS};

fn main() {
    let (body, _) = agent_body(&mut Gen::new(42), FILES, 40, SECRETS);
    let cfg = DetectSection {
        keywords: agent_inputs::keywords(),
        cache_max_bytes: 0,
        ..DetectSection::default()
    };
    let Ok(ins) = Inspector::new(&cfg) else {
        return;
    };
    let limits = DecodeLimits::default();
    let inspect = || {
        ins.inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            body.as_bytes(),
            &limits,
        )
    };
    let iters: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..iters {
        let t = std::time::Instant::now();
        if let Ok(r) = inspect() {
            n += r.findings.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    // `SHOW=1`: the findings by detector, to check the body is scanned.
    if std::env::var_os("SHOW").is_some() {
        if let Ok(r) = inspect() {
            let mut m = std::collections::BTreeMap::new();
            for f in &r.findings {
                *m.entry(f.detector.to_string()).or_insert(0) += 1;
            }
            println!("{m:?}");
        }
    }
    println!(
        "{} bytes, best {:.3} ms, {:.0} MB/s ({n})",
        body.len(),
        best * 1e3,
        body.len() as f64 / best / 1e6
    );
}
