//! Property tests: findings do not depend on how a body is escaped or
//! chunked.
//!
//! The same text (filler code plus a planted sample value) is embedded in
//! an API body as a JSON string with randomly chosen escaping (`\uXXXX`,
//! `\/`, surrogate pairs for non-BMP characters, plain); and split at line
//! boundaries into several content blocks. The detector multiset must equal
//! that of a raw-text scan of the same text, and every finding's raw range,
//! unescaped, must be exactly the value the raw scan found.

use proptest::prelude::*;

use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::detect::samples::Gen;
use promptwall::inspect::json;
use promptwall::inspect::{DecodeLimits, Inspector};

const IDS: &[&str] = &[
    "github_pat",
    "aws_access_key_id",
    "slack_bot_token",
    "stripe_secret_key",
    "openai_api_key",
    "jwt",
    "database_url_password",
    "email_address",
    "credit_card_number",
    "iban",
    "pem_ec_private_key",
    "password_assignment",
    "google_api_key",
    "confidential_marker",
];

const FILLER: &[&str] = &[
    "fn main() { println!(\"héllo wörld\"); }",
    "let v = vec![1, 2, 3]; // résumé 😀",
    "if x < 10 && y > 3 { return \"a\\\\b\"; }",
    "\tconst url = '/api/v1/items?id=42&sort=desc';",
    "SELECT * FROM users WHERE id = 7;",
    "",
];

fn inspector() -> Inspector {
    Inspector::new(&DetectSection {
        keywords: vec!["CONFIDENTIAL".into()],
        cache_max_bytes: 0,
        ..DetectSection::default()
    })
    .expect("inspector")
}

/// JSON-escapes `s`; `mode` bits pick, per character, plain or `\u` form.
fn escape(s: &str, modes: &[u8]) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        let m = modes.get(i % modes.len().max(1)).copied().unwrap_or(0);
        match c {
            '"' => out.push_str(if m % 2 == 0 { "\\\"" } else { "\\u0022" }),
            '\\' => out.push_str(if m % 2 == 0 { "\\\\" } else { "\\u005c" }),
            '\n' => out.push_str(if m % 2 == 0 { "\\n" } else { "\\u000a" }),
            '\t' => out.push_str(if m % 2 == 0 { "\\t" } else { "\\u0009" }),
            '/' if m % 3 == 0 => out.push_str("\\/"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if m % 5 == 1 => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{u:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

fn text_for(seed: u64, id: &str, filler: &[usize]) -> String {
    let mut g = Gen::new(seed);
    let sample = g.sample(id).expect("sample");
    let mut lines: Vec<String> = filler
        .iter()
        .map(|&i| FILLER[i % FILLER.len()].to_string())
        .collect();
    let at = filler.first().copied().unwrap_or(0) % (lines.len() + 1);
    lines.insert(at, sample);
    lines.join("\n")
}

/// Detector ids with their lines, sorted.
fn by_line(findings: &[promptwall::inspect::Finding]) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = findings
        .iter()
        .map(|f| (f.detector.to_string(), f.line))
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn escaping_does_not_change_findings(
        seed in 0u64..1_000_000,
        which in 0usize..IDS.len(),
        filler in proptest::collection::vec(0usize..FILLER.len(), 0..6),
        modes in proptest::collection::vec(0u8..30, 1..40),
    ) {
        let ins = inspector();
        let text = text_for(seed, IDS[which], &filler);
        let raw = ins.inspect_text(text.as_bytes());
        let body = format!(
            r#"{{"model":"m","messages":[{{"role":"user","content":[{{"type":"text","text":"{}"}}]}}]}}"#,
            escape(&text, &modes)
        );
        prop_assert!(serde_json::from_str::<serde_json::Value>(&body).is_ok());
        let got = ins
            .inspect(ApiKind::Anthropic, "/v1/messages", None, body.as_bytes(), &DecodeLimits::default())
            .expect("inspect");
        let a = by_line(&raw.findings);
        prop_assert_eq!(&a, &by_line(&got.findings));
        prop_assert!(a.iter().any(|(d, _)| d == IDS[which]), "planted {} not found in {:?}", IDS[which], a);
        // Every raw range unescapes to exactly the value found in the text.
        for (fr, fj) in raw.findings.iter().zip(got.findings.iter()) {
            let want = &text.as_bytes()[fr.start..fr.end];
            let span = &body.as_bytes()[fj.start..fj.end];
            let unescaped = json::unescape(span).text;
            prop_assert_eq!(unescaped.as_slice(), want);
            prop_assert_eq!(fr.hash, fj.hash);
        }
    }

    #[test]
    fn chunking_into_blocks_does_not_change_findings(
        seed in 0u64..1_000_000,
        which in 0usize..IDS.len(),
        filler in proptest::collection::vec(0usize..FILLER.len(), 1..8),
        cuts in proptest::collection::vec(any::<bool>(), 1..10),
    ) {
        let ins = inspector();
        let text = text_for(seed, IDS[which], &filler);
        let raw = ins.inspect_text(text.as_bytes());
        // Split at line boundaries into content blocks (a multi-line PEM
        // stays within one block: cuts only between its own lines' ends
        // would split it, so keep lines of one sample together).
        let lines: Vec<&str> = text.split('\n').collect();
        let mut blocks: Vec<String> = vec![String::new()];
        let mut in_pem = false;
        for (i, l) in lines.iter().enumerate() {
            if l.starts_with("-----BEGIN") { in_pem = true; }
            let last = blocks.last_mut().expect("block");
            if !last.is_empty() { last.push('\n'); }
            last.push_str(l);
            if l.starts_with("-----END") { in_pem = false; }
            if !in_pem && cuts.get(i % cuts.len()).copied().unwrap_or(false) {
                blocks.push(String::new());
            }
        }
        let content: Vec<serde_json::Value> = blocks
            .iter()
            .map(|b| serde_json::json!({"type": "text", "text": b}))
            .collect();
        let body = serde_json::json!({"model": "m", "messages": [{"role": "user", "content": content}]}).to_string();
        let got = ins
            .inspect(ApiKind::Anthropic, "/v1/messages", None, body.as_bytes(), &DecodeLimits::default())
            .expect("inspect");
        let mut a: Vec<String> = raw.findings.iter().map(|f| f.detector.to_string()).collect();
        let mut b: Vec<String> = got.findings.iter().map(|f| f.detector.to_string()).collect();
        a.sort();
        b.sort();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn containers_do_not_change_findings(
        seed in 0u64..1_000_000,
        which in 0usize..IDS.len(),
        filler in proptest::collection::vec(0usize..FILLER.len(), 0..6),
        others in 1usize..4,
        multipart in any::<bool>(),
    ) {
        let ins = inspector();
        let text = text_for(seed, IDS[which], &filler);
        let raw = ins.inspect_text(text.as_bytes());
        // The text as one request of an OpenAI Batch file among clean
        // ones, optionally uploaded as a multipart file part.
        let line = |t: &str| serde_json::json!({"custom_id": "x", "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "m", "messages": [{"role": "user", "content": t}]}}).to_string();
        let mut lines: Vec<String> = (0..others).map(|i| line(&format!("clean request {i}"))).collect();
        lines.insert(others / 2, line(&text));
        let jsonl = lines.join("\n") + "\n";
        let body = if multipart {
            format!("--b0undary\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n\
                     --b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"in.jsonl\"\r\n\
                     Content-Type: application/jsonl\r\n\r\n{jsonl}\r\n--b0undary--\r\n")
        } else {
            jsonl
        };
        let got = ins
            .inspect(ApiKind::Openai, "/v1/files", None, body.as_bytes(), &DecodeLimits::default())
            .expect("inspect");
        let a = by_line(&raw.findings);
        prop_assert_eq!(&a, &by_line(&got.findings));
        prop_assert_eq!(got.shape, if multipart { "multipart" } else { "jsonl" });
        for (fr, fj) in raw.findings.iter().zip(got.findings.iter()) {
            let want = &text.as_bytes()[fr.start..fr.end];
            let unescaped = json::unescape(&body.as_bytes()[fj.start..fj.end]).text;
            prop_assert_eq!(unescaped.as_slice(), want);
        }
    }
}
