//! The whole inspection path on arbitrary bodies: no panic, and every
//! finding's range lies inside the (decoded) body.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use promptwall::config::{ApiKind, DetectSection};
use promptwall::inspect::{DecodeLimits, Inspector};

fn inspector() -> &'static Inspector {
    static I: OnceLock<Inspector> = OnceLock::new();
    I.get_or_init(|| {
        let cfg = DetectSection {
            keywords: vec!["CONFIDENTIAL".into()],
            ..DetectSection::default()
        };
        match Inspector::new(&cfg) {
            Ok(i) => i,
            Err(e) => panic!("default rules must compile: {e}"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let ins = inspector();
    if let Ok(r) = ins.inspect(ApiKind::Generic, "/", None, data, &DecodeLimits::default()) {
        for f in &r.findings {
            assert!(f.start <= f.end && f.end <= data.len());
        }
    }
    let r = ins.inspect_text(data);
    for f in &r.findings {
        assert!(f.start <= f.end && f.end <= data.len());
    }
});
