//! JSON parsing and API-aware extraction must never panic, and every
//! segment's raw range must lie inside the body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwall::config::ApiKind;
use promptwall::inspect::extract::extract;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else {
        return;
    };
    let api = [
        ApiKind::Anthropic,
        ApiKind::Openai,
        ApiKind::Gemini,
        ApiKind::Bedrock,
        ApiKind::AzureOpenai,
        ApiKind::Generic,
    ][sel as usize % 6];
    let ex = extract(api, "/v1/messages", body);
    for s in &ex.segments {
        assert!(s.raw_start <= s.raw_end && s.raw_end <= body.len());
        let (a, b) = s.raw_range(0, s.text.len());
        assert!(a <= b && b <= body.len());
    }
});
