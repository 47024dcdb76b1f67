//! Content-Encoding decoding must never panic and must respect the limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwall::inspect::decode::{decode, DecodeLimits};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else {
        return;
    };
    let enc = ["gzip", "deflate", "br", "zstd", "gzip, br", "identity"][sel as usize % 6];
    let limits = DecodeLimits {
        max_decoded: 1 << 20,
        max_ratio: 100,
        ratio_floor: 4096,
    };
    if let Ok(Some(out)) = decode(Some(enc), body, &limits) {
        assert!(out.len() <= limits.max_decoded);
    }
});
