//! Differential property tests: the fast (AVX2) JSON string scan and
//! unescape give exactly what the portable ones give, and the unescaper's
//! coarse offset map gives what recording every escape gives.
//!
//! Inputs are built from pieces biased toward escapes: every one-byte
//! escape, `\u` with valid and invalid hex (and the `+` that
//! `from_str_radix` accepts), surrogate pairs and lone halves, runs of
//! backslashes, quotes, non-ASCII bytes, plain runs whose lengths move the
//! escapes across 8/16/32/64-byte boundaries, then cut at a random length
//! (so an escape can end the input half-written).

use proptest::prelude::*;

use promptwall::inspect::json;

const PLAIN: &[u8] = b"abcdefgh ();{}=<>#]\n\t";

fn piece() -> impl Strategy<Value = Vec<u8>> {
    let hex = prop::sample::select(b"0123456789abcdefABCDEF+g\xc3 ".to_vec());
    prop_oneof![
        // Plain runs (no backslash, no quote), lengths around block sizes.
        4 => (0usize..70).prop_map(|n| PLAIN.iter().copied().cycle().take(n).collect()),
        6 => prop::sample::select(vec![
            &b"\\n"[..], b"\\t", b"\\r", b"\\b", b"\\f", b"\\\"", b"\\\\", b"\\/",
        ])
        .prop_map(<[u8]>::to_vec),
        1 => any::<u8>().prop_map(|c| vec![b'\\', c]),
        2 => prop::collection::vec(hex, 4).prop_map(|h| [&b"\\u"[..], &h].concat()),
        2 => prop::sample::select(vec![
            &b"\\ud83d\\ude00"[..], // pair
            b"\\uD800\\uDC00",
            b"\\udbff\\udfff",
            b"\\ud83d",       // lone high
            b"\\ude00",       // lone low
            b"\\ud83d\\u0041", // high then non-low
            b"\\ud83d\\n",
            b"\\ud83dx",
            b"\\u00e9",
            b"\\u0000",
            b"\\u+041",
            b"\\u+d8",
            b"\\uFFFF",
            b"\\u12",
        ])
        .prop_map(<[u8]>::to_vec),
        1 => (1usize..10).prop_map(|n| vec![b'\\'; n]),
        1 => Just(b"\"".to_vec()),
        1 => prop::collection::vec(0x80u8..=0xff, 1..5),
        1 => Just("é😀ß".as_bytes().to_vec()),
    ]
}

fn raw_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => (prop::collection::vec(piece(), 0..40), any::<prop::sample::Index>()).prop_map(
            |(ps, cut)| {
                let v = ps.concat();
                let n = cut.index(v.len() + 1);
                v.get(..n).unwrap_or_default().to_vec()
            }
        ),
        1 => prop::collection::vec(any::<u8>(), 0..200),
        1 => prop::collection::vec(
            prop::sample::select(b"\\\"nu0d8a".to_vec()),
            0..130
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn unescape_fast_equals_scalar(raw in raw_input(), before in raw_input()) {
        let slow = json::unescape(&raw);
        // Into buffers that held another string (the inspector's scratch).
        let mut fast = json::UnescapeBuf::default();
        fast.fill(&before);
        prop_assert_eq!(fast.fill(&raw), &slow.text[..]);
        let mut portable = json::UnescapeBuf::default();
        prop_assert_eq!(portable.fill_scalar(&raw), &slow.text[..]);
        // The AVX2 loop too where `fill` takes the AVX-512 one.
        let mut avx2 = json::UnescapeBuf::default();
        prop_assert_eq!(avx2.fill_via(&raw, json::FillPath::Avx2), &slow.text[..]);
        // Every text offset maps back as with every escape recorded.
        for pos in 0..=slow.text.len() {
            let want = (json::map_start(&slow.escapes, pos), json::map_end(&slow.escapes, pos));
            for buf in [&fast, &portable, &avx2] {
                let got = (buf.raw_range(&raw, pos, pos + 1).0, buf.raw_range(&raw, 0, pos).1);
                prop_assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn string_scan_fast_equals_scalar(
        prefix in 0usize..40,
        content in raw_input(),
        tail in prop_oneof![Just(&b""[..]), Just(&b"\""[..]), Just(&b"\", \"x\\\"y\"}"[..])],
        start in any::<prop::sample::Index>(),
    ) {
        let b = [&b"x".repeat(prefix)[..], b"\"", &content, tail].concat();
        let s = prefix + 1;
        prop_assert_eq!(json::scan_string(&b, s), json::scan_string_scalar(&b, s));
        // Any start is a valid content start for both.
        let s = start.index(b.len() + 1);
        prop_assert_eq!(json::scan_string(&b, s), json::scan_string_scalar(&b, s));
    }

    #[test]
    fn parse_fast_equals_scalar(
        strs in prop::collection::vec(raw_input(), 1..6),
        cut in any::<prop::sample::Index>(),
    ) {
        // Valid JSON holding the strings (when they are escaped-valid) ...
        let members: Vec<String> = strs
            .iter()
            .enumerate()
            .map(|(k, s)| format!("\"k{k}\": \"{}\"", String::from_utf8_lossy(s)))
            .collect();
        let doc = format!("{{\"a\": [{{{}}}, 1, true]}}", members.join(", "));
        prop_assert_eq!(json::parse(doc.as_bytes()), json::parse_scalar(doc.as_bytes()));
        // ... and cut short (unterminated strings, truncated structure).
        let b = doc.as_bytes();
        let b = b.get(..cut.index(b.len() + 1)).unwrap_or_default();
        prop_assert_eq!(json::parse(b), json::parse_scalar(b));
        let escaped: Vec<String> = strs
            .iter()
            .map(|s| serde_json::to_string(&String::from_utf8_lossy(s)).unwrap_or_default())
            .collect();
        let doc = format!("[{}]", escaped.join(","));
        let v = json::parse(doc.as_bytes());
        prop_assert!(v.is_ok());
        prop_assert_eq!(v, json::parse_scalar(doc.as_bytes()));
    }
}

#[test]
fn long_agent_like_strings() {
    // Several KB with an escape every ~19 bytes, at every alignment.
    let line = "    let x = \"a\\\\b\";\tfoo(x); // é\n";
    let src = line.repeat(300);
    let enc = serde_json::to_string(&src).unwrap_or_default();
    for shift in 0..40 {
        let doc = format!("{}{enc}", " ".repeat(shift));
        let b = doc.as_bytes();
        let s = shift + 1;
        let scanned = json::scan_string(b, s);
        assert_eq!(scanned, json::scan_string_scalar(b, s));
        assert_eq!(scanned, Ok((b.len() - 1, true)));
        let raw = b.get(s..b.len() - 1).unwrap_or_default();
        let u = json::unescape(raw);
        assert_eq!(u.text, src.as_bytes());
    }
}
