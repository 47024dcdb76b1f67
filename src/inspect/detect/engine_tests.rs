//! Differential tests of the engine's shortcuts: the gates and the
//! `@`-driven URL rules must not change what is found.

use super::*;
use crate::config::detect::DetectSection;

/// Random texts from fragments that sit on both sides of every gate (and
/// numbers for the digit-region rules):
/// keywords with and without key suffixes, quotes, operators, spaces,
/// URLs with and without `user:pass@`, tokens and noise.
fn texts(n: usize, urls_only: bool) -> Vec<Vec<u8>> {
    const URL_FRAGS: &[&str] = &[
        "https://",
        "postgres://",
        "redis://",
        "git://",
        "rediss://",
        "+psycopg2",
        "user",
        "admin",
        ":",
        "@",
        "db.internal.corp",
        "/path",
        "host",
        "example",
        " ",
        "\"",
        "x",
        "s3cr3tV4lu3xQ9zK",
        "Zx8Qw7Er6Ty5Ui4Op3",
        "1234",
    ];
    const FRAGS: &[&str] = &[
        "password",
        "PASSWORD",
        "passwd",
        "pwd",
        "passphrase",
        "ansible_ssh_pass",
        "db_pass",
        "DB_PASS",
        "_pass",
        "secret",
        "client_secret",
        "api_key",
        "apikey",
        "access_key",
        "token",
        "Token",
        "private_key",
        "authorization",
        "Authorization",
        "_hash",
        "_for_the_service_account_of_x",
        "-x",
        "'",
        "`",
        "  ",
        "\t",
        "\n",
        "=",
        ":=",
        "=>",
        "==",
        ",",
        "Bearer ",
        "bearer ",
        // `Authorization: token …` and an empty assignment before a line
        // break (the value must stay on the operator's line).
        "token ",
        "APP_KEY=\n",
        "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1x",
        ";",
        "(",
        ")",
        "{",
        "}",
        "\\\"",
        "\\",
        // HAR headers: `"name": "authorization", "value": "Basic …"`.
        "\"value\": \"",
        "value",
        // Subscript keys: `env["API_KEY"] = …`.
        "]",
        "\"]",
        "[\"",
        "_key",
        "OPENAI_KEY",
        "cache_key",
        "4111 1111 1111 1111",
        "+44 20 7946 0958",
        "+33 1 76 27 73 17",
        "%2B12144920977",
        "x%40gmail.com",
        "123-45-6789",
        "GB82 WEST 1234 5698 7654 32",
        "AB 12 34 56 C",
        "2345 6789 0123",
        "0049 30 1234567",
        "555-0100",
        "987654321",
        "20240115",
        "cf\"",
        "9e3cf\"",
        "codice fiscale: ",
        "cpf ",
        "customer_cpf,",
        "bsn: ",
        "aadhaar ",
        "task-",
        "|",
        "\n\n",
        " \n",
        "CF\n",
        "tel: ",
        "hotel",
        "Phone ",
        "Handy ",
        "excellent",
    ];
    // Valid national ids and `sk-` keys (generated) next to their keywords
    // and glued look-alikes, for the word-start gate.
    let mut g = super::samples::Gen::new(99);
    let ids: Vec<String> = [
        "it_codice_fiscale",
        "br_cpf",
        "nl_bsn",
        "in_aadhaar",
        "es_dni_nie",
        "openai_compatible_api_key",
    ]
    .iter()
    .flat_map(|id| {
        (0..3)
            .filter_map(|_| g.value(id).or_else(|| g.sample(id)))
            .collect::<Vec<_>>()
    })
    .collect();
    // URL-only texts make `user:pass@` URLs common enough to test.
    let frags: Vec<&str> = if urls_only {
        URL_FRAGS.to_vec()
    } else {
        URL_FRAGS
            .iter()
            .chain(FRAGS)
            .copied()
            .chain(ids.iter().map(String::as_str))
            .collect()
    };
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|_| {
            let parts = 4 + (next() % 40) as usize;
            (0..parts)
                .flat_map(|_| {
                    let f = frags[(next() % frags.len() as u64) as usize];
                    f.bytes().collect::<Vec<u8>>()
                })
                .collect()
        })
        .collect()
}

/// Asserts `a` and `b` find the same in every text; returns how many
/// texts had findings.
fn agree(texts: &[Vec<u8>], a: impl Fn(&[u8]) -> Vec<Hit>, b: impl Fn(&[u8]) -> Vec<Hit>) -> usize {
    let mut fired = 0;
    for t in texts {
        let (x, y) = (a(t), b(t));
        fired += usize::from(!x.is_empty());
        assert_eq!(x, y, "{:?}", String::from_utf8_lossy(t));
    }
    fired
}

#[test]
fn gates_do_not_change_findings() {
    let cfg = DetectSection::default();
    let gated = Engine::new(&cfg).expect("engine");
    let mut open = Engine::new(&cfg).expect("engine");
    open.gates = false;
    let fired = agree(&texts(20_000, false), |t| gated.scan(t), |t| open.scan(t));
    // The generator must reach the gated rules, or this proves nothing.
    assert!(fired > 500, "only {fired} texts had findings");
}

#[test]
fn url_rules_match_the_naive_scan() {
    let e = Engine::new(&DetectSection::default()).expect("engine");
    let url: Vec<u16> = e.url_rules.clone();
    assert_eq!(url.len(), 2);
    let pick = |hits: Vec<Hit>| -> Vec<Hit> {
        hits.into_iter().filter(|h| url.contains(&h.rule)).collect()
    };
    let fired = agree(
        &texts(20_000, true),
        |t| pick(e.scan(t)),
        |t| pick(e.scan_naive(t)),
    );
    assert!(fired > 200, "only {fired} texts had URL findings");
}

/// A spaced IBAN whose digits hold a Luhn-valid 16-digit run is one IBAN
/// finding, not an IBAN plus a card.
#[test]
fn card_inside_an_iban_is_the_iban() {
    let e = Engine::new(&DetectSection::default()).expect("engine");
    let &(card, iban) = e.contained.first().expect("card inside iban");
    assert_eq!(&*e.rule_id(card), "credit_card_number");
    assert_eq!(&*e.rule_id(iban), "iban");
    let mut with_luhn_run = 0;
    for seed in 0..300 {
        let value = super::samples::Gen::new(seed)
            .value("iban_fr")
            .expect("iban");
        let digits: Vec<u8> = value.bytes().filter(u8::is_ascii_digit).collect();
        // Does the IBAN carry a card-shaped run (four aligned 4-digit groups)?
        with_luhn_run += usize::from(
            digits
                .chunks(4)
                .collect::<Vec<_>>()
                .windows(4)
                .any(|w| validate::luhn(&w.concat()) && validate::card_issuer_ok(&w.concat())),
        );
        let text = format!("Please wire the refund to IBAN {value} today.");
        let hits = e.scan(text.as_bytes());
        assert!(hits.iter().any(|h| h.rule == iban), "{text}");
        assert!(!hits.iter().any(|h| h.rule == card), "{text}");
    }
    // The generator produced the case this test is about.
    assert!(with_luhn_run > 0);
}

/// Code found in real crates (the local cargo registry) that the generic
/// rules once reported.
#[test]
fn code_from_real_crates_is_not_a_secret() {
    let e = Engine::new(&DetectSection::default()).expect("engine");
    for t in [
        "pub type LSA_TOKEN_INFORMATION_V2 = LSA_TOKEN_INFORMATION_V1;\n",
        "    ResourceReturnTypeToken: D3D10_SB_RESOURCE_RETURN_TYPE,\n",
        "        let child_token1 = token1.child_token();\n",
        "    let grandchild2_token = child1_token.child_token();\n",
        "    date!(+999999-12-25).next_occurrence(Weekday::Monday)\n",
        "#[case(date!(+100_000-01-01), \"+100000-01-01\")]\n",
        "        min_key = self.G2_node_order.__getitem__\n",
        "        :type  tokens: antlr4.BufferedTokenStream.BufferedTokenStream\n",
        "        username, _, password = base64.b64decode(rest).decode()\n",
        "            password_last_used = \"not_supported\"\n",
        "    \"AWS::ApiGateway::ApiKey\": \"48205d4ffd7feba3\",\n",
    ] {
        let hits = e.scan(t.as_bytes());
        let ids: Vec<String> = hits.iter().map(|h| e.rule_id(h.rule).to_string()).collect();
        assert!(ids.is_empty(), "{t:?}: {ids:?}");
    }
    // The same shapes with real values still fire.
    let mut g = super::samples::Gen::new(5);
    let key = g.s(32, super::samples::ALNUM);
    let text = format!("api_token = {key}\ncall +44 20 7946 0958 now\n");
    let ids: Vec<String> = e
        .scan(text.as_bytes())
        .iter()
        .map(|h| e.rule_id(h.rule).to_string())
        .collect();
    assert!(ids.contains(&"secret_assignment".to_string()), "{ids:?}");
    assert!(ids.contains(&"phone_number".to_string()), "{ids:?}");
}

/// The digit runs the AVX2 anchor loop collects give exactly the windows
/// of the scalar probe, on texts dense with numbers, tokens and hashes and
/// on every length around the vector loop's 16-byte blocks.
#[test]
fn collected_digit_runs_match_the_probe() {
    let e = Engine::new(&DetectSection::default()).expect("engine");
    let mut g = super::samples::Gen::new(11);
    const PIECES: &[&str] = &[
        "1234",
        "12",
        "123",
        "4111111111111111",
        " ",
        "-",
        "\n",
        "a",
        "Z",
        "_",
        "9f3a",
        "deadbeef0123456789",
        "x1",
        "0",
        "+44 20 7946 0958",
        "DE89370400440532013000",
        ".",
        "%2b",
        "%2B",
        "%",
    ];
    let mut checked = 0;
    for _ in 0..3000 {
        let mut t = Vec::new();
        let parts = 1 + (g.next_u64() % 40) as usize;
        for _ in 0..parts {
            let k = (g.next_u64() % PIECES.len() as u64) as usize;
            t.extend_from_slice(PIECES.get(k).copied().unwrap_or_default().as_bytes());
        }
        for cut in [
            t.len(),
            t.len().saturating_sub(1),
            t.len().saturating_sub(7),
        ] {
            let text = t.get(..cut).unwrap_or_default();
            let mut found = Vec::new();
            let mut ends = Vec::new();
            if e.anchors.find_with_digits(text, &mut found, &mut ends) {
                let want = digit_regions(text);
                assert_eq!(
                    digit_regions_from(text, &ends),
                    want,
                    "{:?}",
                    String::from_utf8_lossy(text)
                );
                checked += 1;
            }
        }
    }
    // Without AVX2 there is nothing to compare; on the CI machine there is.
    if std::is_x86_feature_detected!("avx2") {
        assert!(checked > 0);
    }
}

/// National-ID windows end where the keyword stops naming values (see
/// `keyword_reach`): a table's rows are still found under a header, far
/// down the block, but not past a blank line, and a keyword in running
/// text names only its own line.
#[test]
fn national_id_windows_follow_tables() {
    let e = Engine::new(&DetectSection::default()).expect("engine");
    let mut g = super::samples::Gen::new(3);
    let cf = |g: &mut super::samples::Gen| g.value("it_codice_fiscale").unwrap_or_default();
    let found = |t: &str| {
        e.scan(t.as_bytes())
            .iter()
            .filter(|h| &*e.rule_id(h.rule) == "it_codice_fiscale")
            .count()
    };
    // Header with separators; 60 rows of filler before the value.
    let mut t = String::from("name,cf,city\n");
    for i in 0..60 {
        t.push_str(&format!("person{i},-,Roma\n"));
    }
    t.push_str(&format!("Mario,{},Milano\n", cf(&mut g)));
    assert_eq!(found(&t), 1, "row far below the header");
    // The same row after a blank line is another block.
    let t2 = t.replace("person59,-,Roma\n", "person59,-,Roma\n\n");
    assert_eq!(found(&t2), 0, "row after a blank line");
    // A short header line without separators names the first column.
    let t3 = format!("CF\n{},Roma\n{},Milano\n", cf(&mut g), cf(&mut g));
    assert_eq!(found(&t3), 2, "header without separators");
    // The `cf\n` anchor ends in the newline: the header is its own line,
    // not the (long, separator-free) line after it.
    let t4 = format!(
        "CF\nthese notes run on for more than forty-eight bytes of prose\n{};Roma\n",
        cf(&mut g)
    );
    assert_eq!(found(&t4), 1, "anchor ending in a newline");
    // In prose the keyword names a value on its own line only.
    let v = cf(&mut g);
    let prose =
        format!("We compare the cf values described below in detail here.\n{v} is unrelated\n");
    assert_eq!(found(&prose), 0, "value on the next line of prose");
    let same = format!("Il codice fiscale del cliente: {v}\n");
    assert_eq!(found(&same), 1, "value on the keyword's line");
}

/// Texts of `n` random concatenations of 4 to 43 of `frags`.
fn mix(frags: &[String], n: usize, seed: u64) -> Vec<Vec<u8>> {
    let mut g = super::samples::Gen::new(seed);
    (0..n)
        .map(|_| {
            let parts = 4 + (g.next_u64() % 40) as usize;
            (0..parts)
                .flat_map(|_| {
                    let k = (g.next_u64() % frags.len() as u64) as usize;
                    frags
                        .get(k)
                        .map(String::as_bytes)
                        .unwrap_or_default()
                        .to_vec()
                })
                .collect()
        })
        .collect()
}

/// An engine with the hand-written matchers off: every rule runs its
/// regex, as before they existed.
fn regex_only() -> Engine {
    let mut e = Engine::new(&DetectSection::default()).expect("engine");
    e.fast = false;
    e
}

/// `pem_find` finds what the PEM rules' regexes find: markers of every
/// kind, matching or not, body bytes and every byte that ends a body
/// (escapes, `-`, `:`, header lines), and bodies long enough to run past
/// the rules' windows.
#[test]
fn pem_matcher_matches_the_regex() {
    let fast = Engine::new(&DetectSection::default()).expect("engine");
    let slow = regex_only();
    let mut g = super::samples::Gen::new(21);
    let mut frags: Vec<String> = [
        "RSA PRIVATE KEY",
        "EC PRIVATE KEY",
        "DSA PRIVATE KEY",
        "PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY",
        "OPENSSH PRIVATE KEY",
        "PGP PRIVATE KEY BLOCK",
    ]
    .iter()
    .flat_map(|k| [format!("-----BEGIN {k}-----"), format!("-----END {k}-----")])
    .collect();
    for f in [
        "\n",
        "\r\n",
        "\\n",
        "\\r",
        "\\t",
        "\\",
        "\\\\n",
        " ",
        "\t",
        "\"",
        "'",
        ",",
        "-",
        "--",
        "-----",
        ":",
        "...",
        "Proc-Type: 4,ENCRYPTED",
        "DEK-Info: AES-128-CBC,9F3A",
        "Comment: x",
        "Version: 1",
        "Proc-Type:",
        "\\nProc-Type: 4\\n",
        "<",
        "*",
        "EXAMPLE",
        "-----BEGIN ",
        "\n     2\u{2192}",
        "\u{2192}",
        "\u{2502}",
        "\u{2190}",
        "\u{e2}",
        " | ",
        "|",
    ] {
        frags.push(f.to_string());
    }
    for len in [4, 16, 64, 64, 64, 700, 3000] {
        frags.push(g.s(len, super::samples::B64));
    }
    let texts = mix(&frags, 20_000, 7);
    let fired = agree(&texts, |t| fast.scan(t), |t| slow.scan(t));
    let pem = |e: &Engine, t: &[u8]| {
        e.scan(t)
            .iter()
            .any(|h| e.rule_category(h.rule) == Category::PrivateKey)
    };
    let keys = texts.iter().filter(|t| pem(&fast, t)).count();
    assert!(
        fired > 1000 && keys > 300,
        "{fired} texts with findings, {keys} with keys"
    );
}

/// The anchored search of keyword rules (`ANCHORED`) finds what the
/// unanchored search over each window finds: keywords with and without
/// anchors of their own (`access-key`, `privatekey`) in any case, next to
/// and inside each other's windows, with key suffixes, quotes, operators
/// and values of every length.
#[test]
fn anchored_keyword_search_matches_the_window_search() {
    let mut g = super::samples::Gen::new(33);
    let mut frags: Vec<String> = [
        "secret",
        "SECRET",
        "client_secret",
        "api_key",
        "API-KEY",
        "apikey",
        "access_key",
        "access-key",
        "Access-Key",
        "accesskey",
        "ACCESSKEY",
        "token",
        "Token",
        "private_key",
        "private-key",
        "privatekey",
        "PrivateKey",
        "_key",
        "_KEY",
        "-key",
        "key",
        "Key",
        "password",
        "PASSWORD",
        "passwd",
        "pwd",
        "passphrase",
        "_hash",
        "_id",
        "-x",
        "s",
        "\"",
        "'",
        "`",
        "\\\"",
        "\\",
        " ",
        "  ",
        "\t",
        "\n",
        "=",
        ":",
        ":=",
        "=>",
        "==",
        ",",
        ";",
        "(",
        ")",
        "{",
        "}",
        "#",
        ".",
        "/",
        "+",
        "~",
        "Bearer ",
        "ghp_",
        "12345678",
        // Typed declarations (`KEY: &'static str = "…"`).
        ": &str = ",
        ": String = ",
        ":&'static str=",
        "&",
        "'static ",
        "str",
        "Option<String>",
        "::",
        "    ",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for len in [4, 8, 15, 16, 17, 24, 40, 64, 129, 257] {
        frags.push(g.s(len, super::samples::ALNUM));
        frags.push(g.s(len, super::samples::B64));
    }
    let texts = mix(&frags, 24_000, 5);
    let fast = Engine::new(&DetectSection::default()).expect("engine");
    let slow = regex_only();
    let fired = agree(&texts, |t| fast.scan(t), |t| slow.scan(t));
    // And without the gates: every anchor opens a window.
    let mut open_fast = Engine::new(&DetectSection::default()).expect("engine");
    open_fast.gates = false;
    let mut open_slow = regex_only();
    open_slow.gates = false;
    agree(&texts, |t| open_fast.scan(t), |t| open_slow.scan(t));
    let by = |id: &str| {
        texts
            .iter()
            .filter(|t| fast.scan(t).iter().any(|h| &*fast.rule_id(h.rule) == id))
            .count()
    };
    let (secret, password) = (by("secret_assignment"), by("password_assignment"));
    assert!(
        fired > 2000 && secret > 500 && password > 500,
        "{fired} texts with findings, {secret} secret, {password} password"
    );
}

/// The word-at-a-time alphanumeric test agrees with the byte table on
/// every byte value in every position.
#[test]
fn all_alnum_matches_the_table() {
    for b in 0..=255u8 {
        for pos in 0..8 {
            let mut w = *b"aZ09zA5q";
            w[pos] = b;
            assert_eq!(
                all_alnum(&w),
                b.is_ascii_alphanumeric(),
                "byte {b:#x} at {pos}"
            );
        }
    }
}

/// `Spans` answers overlap and containment exactly as the pairwise
/// checks `finish` made before, on random span sets (nested, touching,
/// empty and duplicate spans included).
#[test]
fn spans_agree_with_pairwise_checks() {
    let mut g = super::samples::Gen::new(7);
    let span = |g: &mut super::samples::Gen| {
        let s = (g.next_u64() % 60) as usize;
        (s, s + (g.next_u64() % 12) as usize)
    };
    let (mut overlaps, mut contains) = (0, 0);
    for _ in 0..2000 {
        let n = (g.next_u64() % 6) as usize;
        let set: Vec<(usize, usize)> = (0..n).map(|_| span(&mut g)).collect();
        let spans = Spans::new(set.iter().copied());
        assert_eq!(spans.is_empty(), set.is_empty());
        for _ in 0..20 {
            let (hs, he) = span(&mut g);
            let o = set.iter().any(|&(s, e)| s < he && hs < e);
            let c = set.iter().any(|&(s, e)| s <= hs && he <= e);
            assert_eq!(spans.overlaps(hs, he), o, "{set:?} overlaps {hs}..{he}");
            assert_eq!(spans.contains(hs, he), c, "{set:?} contains {hs}..{he}");
            overlaps += usize::from(o);
            contains += usize::from(c);
        }
    }
    // Both answers occur often enough for the comparison to mean something.
    assert!(overlaps > 1000 && contains > 1000, "{overlaps} {contains}");
}

/// The `+`-opened phone regions and the `%40` e-mail starts find what the
/// phone regex and an e-mail search at every `@` and `%40` find over the
/// whole text: pluses before digit groups of every length and separator,
/// glued or not, encoded pluses and at-signs, percent signs, local parts,
/// domains, SSH names and Kerberos principals.
#[test]
fn plus_regions_and_encoded_ats_match_the_naive_scan() {
    let e = Engine::new(&DetectSection::default()).expect("engine");
    let phone = e
        .rules
        .iter()
        .position(|r| r.check == Check::Region(Pii::Phone))
        .expect("phone rule") as u16;
    let email = e.email_rule.expect("email rule");
    let frags: Vec<String> = [
        "+",
        "+33",
        "+1",
        "+41",
        "+61",
        "+4",
        "+100",
        "%2B",
        "%2b",
        "%40",
        "%",
        "40",
        "@",
        " ",
        "  ",
        ".",
        "-",
        "(0)",
        "(",
        ")",
        ":",
        "=",
        "&",
        "\n",
        "\n",
        "/",
        "x",
        "7",
        "1 ",
        "76",
        "27 ",
        "463 ",
        "759",
        "531",
        "44 668 18 00",
        "79 870 47 93",
        "6 27 34 51 86",
        "12144920977",
        "4915123456789",
        "2024-01-15",
        "10.0.0.1",
        "sofia.rossi",
        "icloud.com",
        "gmail.com",
        "example.com",
        "HTTP/",
        "web01.acme.internal",
        "ACME.INTERNAL",
        "aes256-gcm",
        "openssh.com",
        "https://",
        "?q=",
        "phone ",
        "+33 1 76 27 73 17",
        "+61 463 759 531",
        "+41 79 870 47 93",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let texts = mix(&frags, 20_000, 17);
    let pick = |hits: Vec<Hit>| -> Vec<Hit> {
        hits.into_iter()
            .filter(|h| h.rule == phone || h.rule == email)
            .collect()
    };
    let fired = agree(&texts, |t| pick(e.scan(t)), |t| pick(e.scan_naive(t)));
    let plus_only = texts
        .iter()
        .filter(|t| {
            e.scan(t).iter().any(|h| {
                h.rule == phone
                    && !t
                        .get(h.start..h.end)
                        .unwrap_or_default()
                        .windows(4)
                        .any(|w| w.iter().all(u8::is_ascii_digit))
            })
        })
        .count();
    let encoded = texts
        .iter()
        .filter(|t| {
            e.scan(t).iter().any(|h| {
                h.rule == email
                    && memchr::memmem::find(t.get(h.start..h.end).unwrap_or_default(), b"%40")
                        .is_some()
            })
        })
        .count();
    assert!(
        fired > 1000 && plus_only > 200 && encoded > 200,
        "{fired} texts with findings, {plus_only} short-group phones, {encoded} encoded addresses"
    );
}

/// The per-thread capture buffers belong to one engine: a thread that
/// scans with several engines in turn (a config reload) must get the same
/// findings as with fresh buffers, even where rule indices differ between
/// them (an engine without the first `k` rules has another regex, with
/// other groups, at index `r`).
#[test]
fn scratch_buffers_follow_the_engine() {
    let full = Engine::new(&DetectSection::default()).expect("engine");
    let mut engines = vec![Engine::new(&DetectSection::default()).expect("engine")];
    for k in [1, 2, 3, 5, 8, 13, 21, 34] {
        let cfg = DetectSection {
            disabled: full
                .rules
                .iter()
                .take(k)
                .map(|r| r.id.to_string())
                .collect(),
            ..DetectSection::default()
        };
        engines.push(Engine::new(&cfg).expect("engine"));
    }
    let texts = texts(2_000, false);
    let fresh = |e: &Engine, t: &[u8]| e.scan_with(t, &mut Scratch::default());
    let mut fired = 0;
    for t in &texts {
        for e in &engines {
            let hits = e.scan(t);
            fired += usize::from(!hits.is_empty());
            assert_eq!(hits, fresh(e, t), "{:?}", String::from_utf8_lossy(t));
        }
    }
    assert!(fired > 1_000, "only {fired} scans had findings");
}
