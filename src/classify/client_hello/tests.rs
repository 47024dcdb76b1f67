use super::*;

/// Real ClientHellos captured on loopback (see `testdata/README.md`).
const CURL: &[u8] = include_bytes!("../testdata/curl_anthropic.bin");
const PYTHON: &[u8] = include_bytes!("../testdata/python_ssl_openai.bin");
const NODE: &[u8] = include_bytes!("../testdata/node_https_gemini.bin");
const CURL_NO_SNI: &[u8] = include_bytes!("../testdata/curl_no_sni.bin");
const CURL_TLS12: &[u8] = include_bytes!("../testdata/curl_tls12_h1_copilot.bin");

const ALL: &[&[u8]] = &[CURL, PYTHON, NODE, CURL_NO_SNI, CURL_TLS12];
const MAX: usize = 16 * 1024;

/// The handshake message inside a single-record capture.
fn message(rec: &[u8]) -> &[u8] {
    &rec[RECORD_HEADER..]
}

/// Re-frames a handshake message into records cut at `cuts`.
fn records(msg: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut start = 0;
    for &end in cuts.iter().chain(std::iter::once(&msg.len())) {
        let frag = &msg[start..end];
        out.extend_from_slice(&[22, 3, 1]);
        out.extend_from_slice(&(frag.len() as u16).to_be_bytes());
        out.extend_from_slice(frag);
        start = end;
    }
    out
}

/// Builds a ClientHello handshake message with the given extensions.
fn hello_with(exts: &[(u16, Vec<u8>)]) -> Vec<u8> {
    let mut body = vec![3, 3];
    body.extend_from_slice(&[7; 32]);
    body.push(0); // session id
    body.extend_from_slice(&[0, 2, 0x13, 0x01]); // one suite
    body.extend_from_slice(&[1, 0]); // null compression
    let mut e = Vec::new();
    for (t, d) in exts {
        e.extend_from_slice(&t.to_be_bytes());
        e.extend_from_slice(&(d.len() as u16).to_be_bytes());
        e.extend_from_slice(d);
    }
    body.extend_from_slice(&(e.len() as u16).to_be_bytes());
    body.extend_from_slice(&e);
    let mut msg = vec![1];
    msg.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
    msg.extend_from_slice(&body);
    msg
}

fn sni_ext(name: &[u8]) -> (u16, Vec<u8>) {
    let mut entry = vec![0];
    entry.extend_from_slice(&(name.len() as u16).to_be_bytes());
    entry.extend_from_slice(name);
    let mut d = (entry.len() as u16).to_be_bytes().to_vec();
    d.extend_from_slice(&entry);
    (EXT_SERVER_NAME, d)
}

#[test]
fn curl_hello() {
    let h = parse_records(CURL, MAX).expect("curl hello");
    assert_eq!(h.sni.as_deref(), Some("api.anthropic.com"));
    assert_eq!(h.alpn, vec![b"h2".to_vec(), b"http/1.1".to_vec()]);
    assert_eq!(h.legacy_version, 0x0303);
    assert!(h.offers_tls13());
    assert!(h.offers_alpn(b"h2"));
    assert!(h.cipher_suites_len > 3);
    assert!(!h.ech);
    assert_eq!(h.consumed, CURL.len());
}

#[test]
fn python_and_node_hellos() {
    let p = parse_records(PYTHON, MAX).expect("python hello");
    assert_eq!(p.sni.as_deref(), Some("api.openai.com"));
    assert!(p.offers_tls13());
    let n = parse_records(NODE, MAX).expect("node hello");
    assert_eq!(n.sni.as_deref(), Some("generativelanguage.googleapis.com"));
    assert!(n.offers_tls13());
}

#[test]
fn tls12_only_hello() {
    let h = parse_records(CURL_TLS12, MAX).expect("tls1.2 hello");
    assert_eq!(h.sni.as_deref(), Some("api.githubcopilot.com"));
    assert_eq!(h.alpn, vec![b"http/1.1".to_vec()]);
    assert!(!h.offers_tls13());
}

#[test]
fn no_sni() {
    let h = parse_records(CURL_NO_SNI, MAX).expect("hello without SNI");
    assert_eq!(h.sni, None);
    assert!(!h.alpn.is_empty());
}

#[test]
fn bare_handshake_matches_records() {
    for rec in ALL {
        let a = parse_records(rec, MAX).expect("records");
        let b = parse_handshake(message(rec)).expect("handshake");
        assert_eq!(a.sni, b.sni);
        assert_eq!(a.alpn, b.alpn);
        assert_eq!(b.consumed, rec.len() - RECORD_HEADER);
    }
}

#[test]
fn split_across_two_records_at_every_point() {
    for rec in ALL {
        let msg = message(rec);
        let want = parse_records(rec, MAX).expect("whole");
        for cut in 1..msg.len() {
            let split = records(msg, &[cut]);
            let got = parse_records(&split, MAX).expect("split hello");
            assert_eq!(got.sni, want.sni, "cut at {cut}");
            assert_eq!(got.alpn, want.alpn);
            assert_eq!(got.consumed, split.len());
        }
    }
}

#[test]
fn split_into_many_tiny_records() {
    let msg = message(CURL);
    let cuts: Vec<usize> = (1..msg.len()).collect();
    let tiny = records(msg, &cuts);
    let h = parse_records(&tiny, tiny.len()).expect("one-byte records");
    assert_eq!(h.sni.as_deref(), Some("api.anthropic.com"));
    assert_eq!(
        parse_records(&tiny, tiny.len() - 1),
        Err(HelloError::TooLarge)
    );
}

#[test]
fn every_truncation_is_incomplete() {
    let msg = message(NODE);
    let inputs = [
        CURL.to_vec(),
        NODE.to_vec(),
        records(msg, &[2]),
        records(msg, &[100, 101, 300]),
    ];
    for input in &inputs {
        for n in 0..input.len() {
            match parse_records(&input[..n], MAX) {
                Err(HelloError::Incomplete { needed }) => {
                    assert!(needed > n, "needed {needed} at {n}");
                    assert!(needed <= input.len(), "needed {needed} > {}", input.len());
                }
                other => panic!("prefix {n}: {other:?}"),
            }
        }
    }
    for n in 0..msg.len() {
        match parse_handshake(&msg[..n]) {
            Err(HelloError::Incomplete { needed }) => assert!(needed > n && needed <= msg.len()),
            other => panic!("prefix {n}: {other:?}"),
        }
    }
}

#[test]
fn not_tls() {
    for input in [
        &b"GET / HTTP/1.1\r\nHost: api.openai.com\r\n\r\n"[..],
        b"G",
        b"SSH-2.0-OpenSSH_9.2\r\n",
        b"\x16\x02",     // handshake type byte, but not TLS 3.x
        b"\x80\x2e\x01", // SSLv2-style hello
        b"\x17\x03\x03\x00\x10",
    ] {
        assert_eq!(
            parse_records(input, MAX),
            Err(HelloError::NotTls),
            "{input:?}"
        );
    }
    assert_eq!(
        parse_records(b"", MAX),
        Err(HelloError::Incomplete { needed: 9 })
    );
}

#[test]
fn not_client_hello() {
    let mut server_hello = CURL.to_vec();
    server_hello[5] = 2;
    assert_eq!(
        parse_records(&server_hello, MAX),
        Err(HelloError::NotClientHello)
    );
    // Decided from the first handshake byte, before the rest arrives.
    assert_eq!(
        parse_records(&server_hello[..6], MAX),
        Err(HelloError::NotClientHello)
    );
    assert_eq!(
        parse_handshake(&[2, 0, 0, 0]),
        Err(HelloError::NotClientHello)
    );
}

#[test]
fn oversize() {
    assert_eq!(
        parse_records(CURL, CURL.len() - 1),
        Err(HelloError::TooLarge)
    );
    assert!(parse_records(CURL, CURL.len()).is_ok());
    // A header announcing a 16 MiB hello is refused from its first 9 bytes.
    let hostile = [22, 3, 1, 0x40, 0, 1, 0xff, 0xff, 0xff];
    assert_eq!(parse_records(&hostile, MAX), Err(HelloError::TooLarge));
    // A record longer than TLS allows is malformed.
    let long = [22, 3, 1, 0x40, 1, 1];
    assert!(matches!(
        parse_records(&long, 1 << 20),
        Err(HelloError::Malformed(_))
    ));
}

#[test]
fn malformed() {
    let bad = |msg: Vec<u8>| parse_handshake(&msg);
    assert!(matches!(
        bad(hello_with(&[sni_ext(b"a.example"), sni_ext(b"b.example")])),
        Err(HelloError::Malformed("duplicate extension"))
    ));
    for name in [
        &b"bad host"[..],
        b"",
        b"-x.example",
        b"a..b",
        b"\xc3\xa9.example",
    ] {
        assert_eq!(
            bad(hello_with(&[sni_ext(name)])),
            Err(HelloError::Malformed("invalid server name")),
            "{name:?}"
        );
    }
    let mut trailing = hello_with(&[]);
    trailing.push(0);
    trailing[3] += 1;
    assert!(matches!(bad(trailing), Err(HelloError::Malformed(_))));
    let empty_record = [22, 3, 1, 0, 0];
    assert!(matches!(
        parse_records(&empty_record, MAX),
        Err(HelloError::Malformed(_))
    ));
    // A non-handshake record in the middle of a split hello.
    let mut split = records(message(CURL), &[10]);
    split[15] = 23;
    assert!(matches!(
        parse_records(&split, MAX),
        Err(HelloError::Malformed(_))
    ));
}

#[test]
fn sni_is_lowercased_and_trailing_dot_dropped() {
    let h = parse_handshake(&hello_with(&[sni_ext(b"API.Anthropic.COM.")])).expect("hello");
    assert_eq!(h.sni.as_deref(), Some("api.anthropic.com"));
    let h = parse_handshake(&hello_with(&[(EXT_ENCRYPTED_CLIENT_HELLO, vec![0])])).expect("ech");
    assert!(h.ech);
    assert_eq!(h.sni, None);
}

#[test]
fn mutated_inputs_never_panic() {
    // A cheap deterministic fuzzer; the cargo-fuzz target goes further.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..20_000 {
        let base = ALL[(next() % ALL.len() as u64) as usize];
        let mut input = base.to_vec();
        for _ in 0..(next() % 4 + 1) {
            let i = (next() % input.len() as u64) as usize;
            input[i] = next() as u8;
        }
        let cut = (next() % (input.len() as u64 + 1)) as usize;
        let _ = parse_records(&input[..cut], MAX);
        let _ = parse_handshake(&input[RECORD_HEADER.min(cut)..cut]);
    }
}

#[test]
fn error_kinds_are_fixed_labels() {
    let kinds: Vec<_> = [
        HelloError::Incomplete { needed: 1 },
        HelloError::NotTls,
        HelloError::NotClientHello,
        HelloError::TooLarge,
        HelloError::Malformed("x"),
    ]
    .iter()
    .map(HelloError::kind)
    .collect();
    assert_eq!(
        kinds,
        [
            "incomplete",
            "not_tls",
            "not_client_hello",
            "too_large",
            "malformed"
        ]
    );
}
