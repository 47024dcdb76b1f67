//! Per-body cost on small bodies: `cargo run --release --example small_bodies DIR`.
use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::{DecodeLimits, Inspector};
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_default();
    let mut bodies = Vec::new();
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if let Ok(b) = std::fs::read(e.path()) {
            bodies.push(b);
        }
    }
    let cfg = DetectSection {
        cache_max_bytes: 0,
        ..DetectSection::default()
    };
    let ins = Inspector::new(&cfg).expect("ins");
    ins.engine().warm();
    let limits = DecodeLimits::default();
    let total: usize = bodies.iter().map(Vec::len).sum();
    let run = || {
        let mut n = 0;
        for b in &bodies {
            n += ins
                .inspect(ApiKind::Generic, "", None, b, &limits)
                .map_or(0, |r| r.findings.len());
        }
        n
    };
    if std::env::var_os("LOOP").is_some() {
        for _ in 0..20000 {
            std::hint::black_box(run());
        }
        return;
    }
    let mut best = f64::MAX;
    for _ in 0..200 {
        let t = std::time::Instant::now();
        std::hint::black_box(run());
        best = best.min(t.elapsed().as_secs_f64());
    }
    if std::env::var_os("PER").is_some() {
        let mut names = Vec::new();
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            names.push(e.path());
        }
        let mut v = Vec::new();
        for (b, n) in bodies.iter().zip(&names) {
            let mut best = f64::MAX;
            for _ in 0..100 {
                let t = std::time::Instant::now();
                std::hint::black_box(
                    ins.inspect(ApiKind::Generic, "", None, b, &limits)
                        .map_or(0, |r| r.findings.len()),
                );
                best = best.min(t.elapsed().as_secs_f64());
            }
            v.push((
                best,
                b.len(),
                n.file_name()
                    .map(|x| x.to_string_lossy().to_string())
                    .unwrap_or_default(),
            ));
        }
        let sum: f64 = v.iter().map(|x| x.0).sum();
        v.sort_by(|a, b| b.0.total_cmp(&a.0));
        println!("sum of per-body best {:.3} ms", sum * 1e3);
        for (t, l, n) in v.iter().take(15) {
            println!("{:7.1} us {l:6} B  {n}", t * 1e6);
        }
        return;
    }
    println!(
        "{} bodies, {} bytes: {:.3} ms, {:.0} MB/s, {:.1} us/body",
        bodies.len(),
        total,
        best * 1e3,
        total as f64 / best / 1e6,
        best * 1e6 / bodies.len() as f64
    );
}
