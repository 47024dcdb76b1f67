//! Labelled corpus of realistic API request bodies (`tests/corpus/*.json`).
//!
//! Each case names the API kind, the path, the body (a JSON value, or a
//! string used verbatim when `raw` is true) and the expected findings as
//! `[category, detector]` pairs. Template slots are filled with generated,
//! format-valid values so that no file in the repository holds a
//! credential-shaped string: `{{s:ID}}` is a sample for detector ID in a
//! small context, `{{v:ID}}` a bare value for detector ID or a named
//! variant (`{{v:jwt}}`, `{{v:bearer}}`, `{{v:phone_uk}}`, `{{v:iban_fr}}`,
//! … see `Gen::value`), `{{b64:ID}}` a sample base64-encoded.
//!
//! The test prints precision and recall per category (and every miss and
//! false alarm) and asserts the floors stated in docs/DETECTION.md.
//! Example/documentation values (reported with `example: true`) are not
//! counted: the corpus treats them as negatives.

use std::collections::BTreeMap;

use base64::Engine as _;
use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::detect::samples::Gen;
use promptwall::inspect::{DecodeLimits, Inspector};

/// Floors asserted per category: (precision, recall).
const FLOORS: &[(&str, f64, f64)] = &[
    ("secret", 0.95, 0.95),
    ("private_key", 1.0, 1.0),
    ("pii", 0.95, 0.95),
    ("confidential", 0.90, 0.90),
];

fn api(s: &str) -> ApiKind {
    match s {
        "anthropic" => ApiKind::Anthropic,
        "openai" => ApiKind::Openai,
        "azure-openai" => ApiKind::AzureOpenai,
        "gemini" => ApiKind::Gemini,
        "bedrock" => ApiKind::Bedrock,
        _ => ApiKind::Generic,
    }
}

/// Fills the template slots; values are JSON-escaped (without quotes).
fn fill(template: &str, g: &mut Gen) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find("{{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let tag = &after[..j];
        let value = match tag.split_once(':') {
            Some(("s", id)) => g.sample(id),
            Some(("v", id)) => g.value(id),
            Some(("b64", id)) => g
                .sample(id)
                .map(|s| base64::engine::general_purpose::STANDARD.encode(s)),
            _ => None,
        };
        match value {
            Some(v) => {
                let esc = serde_json::to_string(&v).expect("json");
                out.push_str(&esc[1..esc.len() - 1]);
            }
            // Not a template slot (e.g. `${{ secrets.X }}` in a workflow).
            None => out.push_str(&rest[i..i + 2 + j + 2]),
        }
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    out
}

/// Writes a filled body and its labels for `benches/compare_scanners.py`
/// (set `PROMPTWALL_CORPUS_DUMP=dir`): `dir/NNN_name.body`, one line per
/// body in `dir/labels.jsonl`.
fn dump(
    dir: &std::path::Path,
    n: usize,
    case: &std::path::Path,
    body: &str,
    expected: &BTreeMap<(String, String), usize>,
) {
    use std::io::Write as _;
    std::fs::create_dir_all(dir).expect("dump dir");
    let stem = case.file_stem().and_then(|s| s.to_str()).unwrap_or("case");
    let file = format!("{n:03}_{stem}.body");
    std::fs::write(dir.join(&file), body).expect("write body");
    let labels: Vec<(&str, &str, usize)> = expected
        .iter()
        .map(|((c, d), k)| (c.as_str(), d.as_str(), *k))
        .collect();
    let line = serde_json::json!({"file": file, "labels": labels});
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("labels.jsonl"))
        .expect("labels");
    writeln!(f, "{line}").expect("write labels");
}

#[derive(Default, Debug)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

#[test]
fn corpus_precision_recall() {
    let cfg = DetectSection {
        keywords: vec![
            "CONFIDENTIAL".into(),
            "INTERNAL ONLY".into(),
            "DO NOT DISTRIBUTE".into(),
        ],
        ..DetectSection::default()
    };
    let ins = Inspector::new(&cfg).expect("inspector");
    let mut dir: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))
        .expect("corpus dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    dir.sort();
    assert!(dir.len() >= 80, "corpus too small");
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut problems = Vec::new();
    for (n, path) in dir.iter().enumerate() {
        let case: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).expect("read")).expect("case json");
        let name = case["name"].as_str().unwrap_or("?").to_string();
        let template = if case["raw"].as_bool().unwrap_or(false) {
            case["body"].as_str().expect("raw body").to_string()
        } else {
            serde_json::to_string(&case["body"]).expect("body")
        };
        let body = fill(&template, &mut Gen::new(1000 + n as u64));
        let r = ins
            .inspect(
                api(case["api"].as_str().unwrap_or("generic")),
                case["path"].as_str().unwrap_or("/"),
                None,
                body.as_bytes(),
                &DecodeLimits::default(),
            )
            .expect("inspect");
        let mut expected: BTreeMap<(String, String), usize> = BTreeMap::new();
        for l in case["labels"].as_array().expect("labels") {
            let cat = l[0].as_str().expect("cat").to_string();
            let det = l[1].as_str().expect("det").to_string();
            *expected.entry((cat, det)).or_default() += 1;
        }
        if let Some(out) = std::env::var_os("PROMPTWALL_CORPUS_DUMP") {
            dump(std::path::Path::new(&out), n, path, &body, &expected);
        }
        let mut found: BTreeMap<(String, String), usize> = BTreeMap::new();
        for f in r.findings.iter().filter(|f| !f.example) {
            *found
                .entry((f.category.as_str().to_string(), f.detector.to_string()))
                .or_default() += 1;
        }
        // Score per category by counts; report detector-level differences.
        let mut exp_cat: BTreeMap<&str, usize> = BTreeMap::new();
        let mut got_cat: BTreeMap<&str, usize> = BTreeMap::new();
        for ((c, _), k) in &expected {
            *exp_cat.entry(c).or_default() += k;
        }
        for ((c, _), k) in &found {
            *got_cat.entry(c).or_default() += k;
        }
        let cats: std::collections::BTreeSet<&str> =
            exp_cat.keys().chain(got_cat.keys()).copied().collect();
        for c in cats {
            let e = exp_cat.get(c).copied().unwrap_or(0);
            let g = got_cat.get(c).copied().unwrap_or(0);
            let s = scores.entry(c.to_string()).or_default();
            s.tp += e.min(g);
            s.fp += g.saturating_sub(e);
            s.fn_ += e.saturating_sub(g);
        }
        if expected != found {
            problems.push(format!("{name}: expected {expected:?}\n   found {found:?}"));
        }
    }
    println!("category       precision  recall   (tp/fp/fn)");
    for (c, s) in &scores {
        let p = if s.tp + s.fp == 0 {
            1.0
        } else {
            s.tp as f64 / (s.tp + s.fp) as f64
        };
        let r = if s.tp + s.fn_ == 0 {
            1.0
        } else {
            s.tp as f64 / (s.tp + s.fn_) as f64
        };
        println!("{c:<14} {p:>9.3}  {r:>6.3}   ({}/{}/{})", s.tp, s.fp, s.fn_);
    }
    for p in &problems {
        println!("MISMATCH {p}");
    }
    for (c, pf, rf) in FLOORS {
        let s = scores.get(*c).expect("category present in corpus");
        let p = if s.tp + s.fp == 0 {
            1.0
        } else {
            s.tp as f64 / (s.tp + s.fp) as f64
        };
        let r = if s.tp + s.fn_ == 0 {
            1.0
        } else {
            s.tp as f64 / (s.tp + s.fn_) as f64
        };
        assert!(p >= *pf, "{c}: precision {p:.3} below floor {pf}");
        assert!(r >= *rf, "{c}: recall {r:.3} below floor {rf}");
    }
}
