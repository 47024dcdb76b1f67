//! Fuzzes the ClientHello parser: record framing and bare handshake messages.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promptwall::classify::client_hello::{parse_handshake, parse_records, HelloError};

fuzz_target!(|data: &[u8]| {
    // The cap comes from the input so small caps get exercised too.
    let max_len = data.first().map_or(0, |&b| usize::from(b) * 64);
    match parse_records(data, max_len) {
        Ok(hello) => assert!(hello.consumed <= data.len() && hello.consumed <= max_len),
        Err(HelloError::Incomplete { needed }) => {
            assert!(needed > data.len() && needed <= max_len)
        }
        Err(_) => {}
    }
    if let Ok(hello) = parse_handshake(data) {
        assert!(hello.consumed <= data.len());
    }
});
