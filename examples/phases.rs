//! Per-phase timing of the detection engine on this crate's own source:
//! `cargo run --release --example phases`.
fn main() {
    let text: String = [
        "src/inspect/detect/mod.rs",
        "src/config/mod.rs",
        "Cargo.lock",
        "src/inspect/json.rs",
        "src/inspect/extract/mod.rs",
        "src/inspect/decode.rs",
    ]
    .iter()
    .map(|p| std::fs::read_to_string(p).unwrap_or_default())
    .collect();
    let cfg = promptwall::config::DetectSection {
        keywords: vec!["CONFIDENTIAL".into()],
        ..Default::default()
    };
    let Ok(e) = promptwall::inspect::Engine::new(&cfg) else {
        return;
    };
    let mut best = [std::time::Duration::MAX; 4];
    for _ in 0..50 {
        let p = e.profile_phases(text.as_bytes());
        for (b, d) in best.iter_mut().zip(p) {
            *b = (*b).min(d);
        }
    }
    let mb = text.len() as f64 / 1e6;
    for (n, d) in ["anchors", "digits", "email", "full"].iter().zip(best) {
        println!(
            "{n:8} {:8.3} ms {:8.1} MB/s",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64()
        );
    }
}
