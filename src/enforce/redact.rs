//! Redaction by patching the raw body: each redacted finding's byte range
//! (inside a JSON string, escapes included, or a whole long JSON number) is
//! replaced by a redaction marker such as `[REDACTED:aws_access_key_id:3f9a0c…]`
//! (quoted where it replaces a number). Nothing outside those
//! ranges changes, so the JSON stays valid and a conversation keeps a
//! byte-identical prefix turn after turn (the marker depends only on a
//! keyed hash of the value, so provider prompt caching keeps working).

use crate::inspect::Finding;

/// Returns `body` with every finding in `redact` replaced by its
/// redaction marker. Overlapping ranges are merged into the first one.
pub fn patch(body: &[u8], redact: &[&Finding]) -> Vec<u8> {
    let mut spans: Vec<(usize, usize, String)> = redact
        .iter()
        .filter(|f| f.start < f.end && f.end <= body.len())
        .map(|f| (f.start, f.end, f.redaction_marker()))
        .collect();
    spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    for (start, end, marker) in spans {
        if start < pos {
            // Overlaps a range already replaced: extend past it if needed.
            if end > pos {
                pos = end;
            }
            continue;
        }
        out.extend_from_slice(&body[pos..start]);
        out.extend_from_slice(marker.as_bytes());
        pos = end;
    }
    out.extend_from_slice(&body[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inspect::{Category, Confidence};
    use std::sync::Arc;

    fn f(start: usize, end: usize, hash: u64) -> Finding {
        Finding {
            detector: Arc::from("test_secret"),
            category: Category::Secret,
            location: String::new(),
            start,
            end,
            line: 1,
            confidence: Confidence::High,
            example: false,
            hash,
            bare: false,
        }
    }

    #[test]
    fn patches_only_the_ranges_and_keeps_json_valid() {
        let body = br#"{"messages":[{"content":"key AKIA1234 and AKIA1234 end"}]}"#;
        let s = body.windows(8).position(|w| w == b"AKIA1234").expect("pos");
        let t = s + 13;
        let a = f(s, s + 8, 0xabc);
        let b = f(t, t + 8, 0xabc);
        let out = patch(body, &[&b, &a]);
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(
            text,
            r#"{"messages":[{"content":"key [REDACTED:test_secret:0000000000000abc] and [REDACTED:test_secret:0000000000000abc] end"}]}"#
        );
        serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON");
    }

    #[test]
    fn a_bare_number_becomes_a_json_string() {
        let body = br#"{"card_number":4554621345334895,"exp":"09/27"}"#;
        let s = 15;
        let mut n = f(s, s + 16, 0xabc);
        n.bare = true;
        let out = patch(body, &[&n]);
        let v: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(
            v["card_number"],
            "[REDACTED:test_secret:0000000000000abc]",
            "{}",
            String::from_utf8_lossy(&out)
        );
    }

    #[test]
    fn overlapping_ranges_are_merged() {
        let body = b"0123456789";
        let out = patch(body, &[&f(2, 6, 1), &f(4, 8, 2)]);
        assert_eq!(out, b"01[REDACTED:test_secret:0000000000000001]89".to_vec());
    }
}
