//! Fuzzes the ClientHello parser: record framing and bare handshake messages.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwall::classify::client_hello::{parse_handshake, parse_records, HelloError};

fuzz_target!(|data: &[u8]| {
    // The last byte sets the cap, so small caps get exercised too; the rest
    // is the stream (seeds: a captured hello followed by 0xff).
    let Some((&cap, input)) = data.split_last() else {
        return;
    };
    let max_len = usize::from(cap) * 64;
    match parse_records(input, max_len) {
        Ok(hello) => assert!(hello.consumed <= input.len() && hello.consumed <= max_len),
        Err(HelloError::Incomplete { needed }) => {
            assert!(needed > input.len() && needed <= max_len)
        }
        Err(_) => {}
    }
    if let Ok(hello) = parse_handshake(input) {
        assert!(hello.consumed <= input.len());
    }
});
