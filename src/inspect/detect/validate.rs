//! Validators: checksums and structure checks that turn a regex match into
//! a finding (or drop it), plus the example-value and dummy-value lists.

use base64::Engine as _;

/// Shannon entropy in bits per byte.
pub fn entropy(s: &[u8]) -> f32 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in s {
        counts[b as usize] += 1;
    }
    let n = s.len() as f32;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f32 / n;
            -p * p.log2()
        })
        .sum()
}

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Encodes `n` as 6 base62 digits (GitHub's token checksum format).
pub fn base62_6(mut n: u32) -> [u8; 6] {
    let mut out = [b'0'; 6];
    for slot in out.iter_mut().rev() {
        *slot = BASE62.get((n % 62) as usize).copied().unwrap_or(b'0');
        n /= 62;
    }
    out
}

/// GitHub `gh?_` tokens: the last 6 characters are the base62 CRC32 of the
/// random part before them.
pub fn github_crc(token: &[u8]) -> bool {
    let Some(us) = memchr::memrchr(b'_', token) else {
        return false;
    };
    let body = token.get(us + 1..).unwrap_or_default();
    if body.len() <= 6 {
        return false;
    }
    let (random, check) = body.split_at(body.len() - 6);
    base62_6(crc32fast::hash(random)) == check
}

/// Luhn checksum over the digits of `s` (separators ignored).
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    let mut n = 0;
    for &c in digits.iter().rev() {
        if !c.is_ascii_digit() {
            continue;
        }
        n += 1;
        let mut d = u32::from(c - b'0');
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
    }
    n > 0 && sum % 10 == 0
}

/// Payment card issuer rules: prefix and length.
pub fn card_issuer_ok(d: &[u8]) -> bool {
    let len = d.len();
    let p = |n: usize| -> u32 {
        std::str::from_utf8(d.get(..n).unwrap_or_default())
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    };
    match d.first() {
        Some(b'4') => matches!(len, 13 | 16 | 19),
        Some(b'5') => {
            (51..=55).contains(&p(2)) && len == 16
                // Maestro
                || matches!(p(4), 5018 | 5020 | 5038 | 5893) && (16..=19).contains(&len)
        }
        // Mastercard 2-series, Mir
        Some(b'2') => ((2221..=2720).contains(&p(4)) || (2200..=2204).contains(&p(4))) && len == 16,
        Some(b'3') => {
            (matches!(p(2), 34 | 37) && len == 15)
                || ((300..=305).contains(&p(3)) || matches!(p(2), 36 | 38 | 39)) && len == 14
                || (3528..=3589).contains(&p(4)) && (16..=19).contains(&len)
        }
        Some(b'6') => {
            // Discover, UnionPay, Maestro
            (p(4) == 6011
                || p(2) == 65
                || (644..=649).contains(&p(3))
                || p(2) == 62
                || matches!(p(4), 6304 | 6759 | 6761 | 6762 | 6763))
                && (16..=19).contains(&len)
        }
        _ => false,
    }
}

/// Card numbers the payment providers publish for their test modes
/// (Stripe's testing page: brands, countries, declines, 3D Secure, fraud
/// and dispute outcomes; Braintree, Adyen and Authorize.net sandbox
/// numbers), digits only and sorted. They are pasted into code, fixtures
/// and support threads daily and charge nothing.
const TEST_CARDS: &[&[u8]] = &[
    b"2222400070000005",
    b"2223000010309703",
    b"2223000048400011",
    b"2223003122003222",
    b"3056930009020004",
    b"30569309025904",
    b"3530111333300000",
    b"3566002020360505",
    b"36006666333344",
    b"36227206271667",
    b"36259600000004",
    b"370000000000002",
    b"371449635398431",
    b"378282246310005",
    b"38000000000006",
    b"38520000023237",
    b"4000000000000002",
    b"4000000000000010",
    b"4000000000000028",
    b"4000000000000036",
    b"4000000000000044",
    b"4000000000000069",
    b"4000000000000077",
    b"4000000000000093",
    b"4000000000000101",
    b"4000000000000119",
    b"4000000000000127",
    b"4000000000000259",
    b"4000000000000341",
    b"4000000000001976",
    b"4000000000002685",
    b"4000000000003055",
    b"4000000000003063",
    b"4000000000003220",
    b"4000000000004954",
    b"4000000000005126",
    b"4000000000005423",
    b"4000000000006975",
    b"4000000000009235",
    b"4000000000009979",
    b"4000000000009987",
    b"4000000000009995",
    b"4000000360000006",
    b"4000000400000008",
    b"4000000560000004",
    b"4000000760000002",
    b"4000001240000000",
    b"4000002080000001",
    b"4000002460000001",
    b"4000002500000003",
    b"4000002500001001",
    b"4000002500003155",
    b"4000002760000016",
    b"4000002760003184",
    b"4000003440000004",
    b"4000003720000005",
    b"4000003720000278",
    b"4000003800000008",
    b"4000003920000003",
    b"4000004420000006",
    b"4000004840008001",
    b"4000005280000002",
    b"4000005540000008",
    b"4000005780000007",
    b"4000006200000007",
    b"4000007020000003",
    b"4000007240000007",
    b"4000007520000008",
    b"4000007560000009",
    b"4000008260000000",
    b"4000008400001629",
    b"4000056655665556",
    b"4000058260000005",
    b"4000111111111115",
    b"4005519200000004",
    b"4007000000027",
    b"4009348888881881",
    b"4012000033330026",
    b"4012000077777777",
    b"4012888818888",
    b"4012888888881881",
    b"4100000000000019",
    b"4111111111111111",
    b"4111111145551142",
    b"4217651111111119",
    b"4222222222222",
    b"4242424242424242",
    b"4500600000000061",
    b"5105105105105100",
    b"5200828282828210",
    b"5424000000000015",
    b"5431111111111111",
    b"5454545454545454",
    b"5500000000000004",
    b"5555444433331111",
    b"5555552500001001",
    b"5555555555554444",
    b"5555558265554449",
    b"6011000000000012",
    b"6011000990139424",
    b"6011111111111117",
    b"6011601160116611",
    b"6011981111111113",
    b"6200000000000005",
    b"6200000000000047",
    b"6205500000000000004",
    b"6555900000604105",
];

/// True when `digits` (separators removed) is a published test card.
pub fn is_test_card(digits: &[u8]) -> bool {
    TEST_CARDS.binary_search(&digits).is_ok()
}

/// IBAN: country length table and ISO 7064 mod-97.
pub fn iban_ok(compact: &[u8]) -> bool {
    let Some(cc) = compact.get(..2) else {
        return false;
    };
    let Some(want) = iban_len(cc) else {
        return false;
    };
    if compact.len() != want {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem: u64 = 0;
    for &c in tail.iter().chain(head) {
        let v = match c {
            b'0'..=b'9' => u64::from(c - b'0'),
            b'A'..=b'Z' => u64::from(c - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

fn iban_len(cc: &[u8]) -> Option<usize> {
    const T: &[(&[u8; 2], usize)] = &[
        (b"AD", 24),
        (b"AE", 23),
        (b"AL", 28),
        (b"AT", 20),
        (b"AZ", 28),
        (b"BA", 20),
        (b"BE", 16),
        (b"BG", 22),
        (b"BH", 22),
        (b"BR", 29),
        (b"CH", 21),
        (b"CR", 22),
        (b"CY", 28),
        (b"CZ", 24),
        (b"DE", 22),
        (b"DK", 18),
        (b"DO", 28),
        (b"EE", 20),
        (b"EG", 29),
        (b"ES", 24),
        (b"FI", 18),
        (b"FO", 18),
        (b"FR", 27),
        (b"GB", 22),
        (b"GE", 22),
        (b"GI", 23),
        (b"GL", 18),
        (b"GR", 27),
        (b"GT", 28),
        (b"HR", 21),
        (b"HU", 28),
        (b"IE", 22),
        (b"IL", 23),
        (b"IS", 26),
        (b"IT", 27),
        (b"JO", 30),
        (b"KW", 30),
        (b"KZ", 20),
        (b"LB", 28),
        (b"LI", 21),
        (b"LT", 20),
        (b"LU", 20),
        (b"LV", 21),
        (b"MC", 27),
        (b"MD", 24),
        (b"ME", 22),
        (b"MK", 19),
        (b"MR", 27),
        (b"MT", 31),
        (b"MU", 30),
        (b"NL", 18),
        (b"NO", 15),
        (b"PK", 24),
        (b"PL", 28),
        (b"PS", 29),
        (b"PT", 25),
        (b"QA", 29),
        (b"RO", 24),
        (b"RS", 22),
        (b"SA", 24),
        (b"SE", 24),
        (b"SI", 19),
        (b"SK", 24),
        (b"SM", 27),
        (b"TN", 24),
        (b"TR", 26),
        (b"UA", 29),
        (b"VG", 24),
        (b"XK", 20),
    ];
    T.iter().find(|(c, _)| c.as_slice() == cc).map(|(_, n)| *n)
}

/// US SSN area/group/serial rules (SSA: no 000, 666 or 9xx area, no 00
/// group, no 0000 serial).
pub fn ssn_ok(area: &[u8], group: &[u8], serial: &[u8]) -> bool {
    area != b"000"
        && area != b"666"
        && area.first() != Some(&b'9')
        && group != b"00"
        && serial != b"0000"
}

/// JWT: three base64url parts; the header decodes to a JSON object with
/// `alg`, the payload to a JSON object.
pub fn jwt_ok(tok: &[u8]) -> bool {
    let mut parts = tok.split(|&c| c == b'.');
    let (Some(h), Some(p), Some(s)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let dec = |x: &[u8]| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(x)
            .ok()
    };
    let (Some(h), Some(p)) = (dec(h), dec(p)) else {
        return false;
    };
    let header_ok = h.first() == Some(&b'{')
        && h.windows(5).any(|w| w == b"\"alg\"")
        && h.last() == Some(&b'}');
    header_ok && p.first() == Some(&b'{') && s.len() >= 16
}

/// A stored password hash rather than a password: PostgreSQL `md5…` and
/// `SCRAM-SHA-256$…`, MySQL's `*` + 40 hex, crypt(3) forms (`$2b$…`,
/// `$argon2id$…`, `$6$…`).
/// The bytes of a C array (`0x30, 0x81, …`) read as DER: a SEQUENCE whose
/// length the array covers, starting a PKCS#8 (`02 01 00 30`), PKCS#1 RSA
/// (`02 01 00 02`) or SEC1 EC (`02 01 01 04`) private key.
fn der_array_key(v: &[u8]) -> bool {
    let bytes: Vec<u8> = v
        .split(|&c| c == b',')
        .filter_map(|t| {
            let t = t.trim_ascii();
            let h = t.strip_prefix(b"0x").or_else(|| t.strip_prefix(b"0X"))?;
            let h = std::str::from_utf8(h).ok()?;
            u8::from_str_radix(h, 16).ok()
        })
        .collect();
    let (len, body) = match bytes.get(1) {
        Some(&n) if n < 0x80 => (usize::from(n), 2),
        Some(0x81) => (bytes.get(2).map_or(0, |&n| usize::from(n)), 3),
        Some(0x82) => (
            bytes
                .get(2..4)
                .map_or(0, |b| usize::from(b[0]) << 8 | usize::from(b[1])),
            4,
        ),
        _ => return false,
    };
    let head = bytes.get(body..body + 4).unwrap_or_default();
    bytes.first() == Some(&0x30)
        && len >= 40
        && bytes.len() >= body + len
        && matches!(head, [2, 1, 0, 0x30] | [2, 1, 0, 2] | [2, 1, 1, 4])
}

pub fn password_hash(v: &[u8]) -> bool {
    // Spring's `DelegatingPasswordEncoder` names the encoder first
    // (`{bcrypt}$2a$10$…`); `{noop}` stores the password itself.
    if let Some(rest) = v.strip_prefix(b"{").and_then(|r| {
        let close = r.iter().position(|&c| c == b'}')?;
        (r.get(..close) != Some(b"noop")).then(|| r.get(close + 1..))?
    }) {
        if !rest.is_empty() && rest != v {
            return password_hash(rest)
                || (rest.len() >= 32
                    && rest
                        .iter()
                        .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(c)));
        }
    }
    let hex = |h: &[u8]| h.iter().all(u8::is_ascii_hexdigit);
    (v.len() == 35 && v.starts_with(b"md5") && hex(&v[3..]))
        || (v.len() == 41 && v.first() == Some(&b'*') && hex(&v[1..]))
        || v.starts_with(b"SCRAM-SHA-256$")
        || (v.first() == Some(&b'$') && v.iter().filter(|&&c| c == b'$').count() >= 3)
}

/// A JWT that is public by design: a Supabase anon key (`"role": "anon"`
/// in its claims), which ships in every browser bundle.
pub fn jwt_public(tok: &[u8]) -> bool {
    let claims = tok
        .split(|&c| c == b'.')
        .nth(1)
        .and_then(|p| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p)
                .ok()
        })
        .unwrap_or_default();
    let compact: Vec<u8> = claims
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    compact.windows(13).any(|w| w == b"\"role\":\"anon\"")
}

/// A value that is a public or test key, whatever name it is assigned
/// to: Stripe publishable and test-mode keys (`pk_live_`, `pk_test_`,
/// `sk_test_`, `rk_test_`) and Mapbox public tokens (`pk.eyJ…`).
pub fn public_key_value(v: &[u8]) -> bool {
    const PREFIXES: [&[u8]; 5] = [
        b"pk_live_",
        b"pk_test_",
        b"sk_test_",
        b"rk_test_",
        b"pk.eyJ",
    ];
    PREFIXES.iter().any(|p| v.starts_with(p))
}

/// Tokens whose body is base64 of a known structure: the structure must
/// decode, so a random string behind the prefix is not reported.
pub(crate) fn decoded_ok(kind: super::rules::Decoded, v: &[u8]) -> bool {
    use super::rules::Decoded;
    match kind {
        Decoded::OnePasswordSa => v
            .strip_prefix(b"ops_")
            .and_then(b64_lenient)
            .is_some_and(|d| json_object(&d)),
        Decoded::JfrogReference => b64_lenient(v).is_some_and(|d| reference_token(&d)),
        Decoded::Key32 => {
            base64::engine::general_purpose::STANDARD
                .decode(v)
                .is_ok_and(|d| d.len() == 32)
                && entropy(v) >= 4.0
        }
        Decoded::Bip32 => bip32_private(v),
        Decoded::SignifyKey => base64::engine::general_purpose::STANDARD
            .decode(v)
            .is_ok_and(|d| {
                d.len() >= 100
                    && (d.starts_with(b"EdBK\0\0\0\0") || d.starts_with(b"Ed\0\0"))
                    && entropy(v) >= 4.5
            }),
        Decoded::DerArray => der_array_key(v),
        Decoded::SaJsonB64 => base64::engine::general_purpose::STANDARD
            .decode(v)
            .is_ok_and(|d| {
                memchr::memmem::find(&d, b"\"private_key\"").is_some()
                    && memchr::memmem::find(&d, b"PRIVATE KEY-----").is_some()
            }),
        Decoded::Keytab => base64::engine::general_purpose::STANDARD
            .decode(v)
            .is_ok_and(|d| d.starts_with(&[5, 2]) && d.len() >= 60),
        Decoded::HexKey => {
            v.len() % 2 == 0 && v.iter().all(u8::is_ascii_hexdigit) && entropy(v) >= 3.0
        }
        Decoded::CfTunnel => b64_lenient(v)
            .or_else(|| {
                let end = v.iter().rposition(|&c| c != b'=').map_or(0, |i| i + 1);
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(v.get(..end)?)
                    .ok()
            })
            .is_some_and(|d| cf_tunnel(&d)),
        Decoded::SmtpPlain => base64::engine::general_purpose::STANDARD
            .decode(v)
            .is_ok_and(|d| {
                let parts: Vec<&[u8]> = d.split(|&c| c == 0).collect();
                matches!(parts.as_slice(), [_, user, pass] if !user.is_empty() && login_password(pass))
            }),
        Decoded::SmtpLogin => base64::engine::general_purpose::STANDARD
            .decode(v)
            .is_ok_and(|d| login_password(&d)),
        Decoded::OvpnStatic => {
            let hex: Vec<u8> = v
                .iter()
                .skip(10)
                .copied()
                .filter(u8::is_ascii_hexdigit)
                .collect();
            // The armour's own letters (`OpenVPN Static key V1`) are not
            // in the body: counting starts after `-----BEGIN`, and the
            // END line's hex letters (`e`, `d`, `c`, `a`) are a handful.
            hex.len() >= 256 && entropy(&hex) >= 3.6
        }
        Decoded::RsaKeyValue => [b"D".as_slice(), b"P", b"Q"]
            .iter()
            .all(|tag| xml_member(v, tag).is_some_and(|m| m.len() >= 20 && entropy(m) >= 3.5)),
        Decoded::DockerConfig => b64_lenient(v).is_some_and(|d| docker_config_credential(&d)),
        Decoded::B64Jwt => b64_lenient(v).is_some_and(|d| {
            let d = d.trim_ascii();
            jwt_ok(d) && !is_example(d)
        }),
    }
}

/// A Docker config (`{"auths": {"<registry>": {…}}}`) where a registry
/// has a credential: `auth` (base64 `user:password`), `password` or
/// `identitytoken`, not empty and not a dummy value.
fn docker_config_credential(d: &[u8]) -> bool {
    let Ok(serde_json::Value::Object(o)) = serde_json::from_slice::<serde_json::Value>(d) else {
        return false;
    };
    let Some(serde_json::Value::Object(auths)) = o.get("auths") else {
        return false;
    };
    auths.values().any(|reg| {
        ["auth", "password", "identitytoken"].iter().any(|k| {
            reg.get(k)
                .and_then(serde_json::Value::as_str)
                .is_some_and(|x| x.len() >= 4 && !is_dummy_value(x.as_bytes()))
        })
    })
}

/// `{"a": account tag, "t": tunnel id, "s": secret}` of a Cloudflare
/// tunnel token, the secret random.
fn cf_tunnel(d: &[u8]) -> bool {
    let Ok(serde_json::Value::Object(o)) = serde_json::from_slice::<serde_json::Value>(d) else {
        return false;
    };
    let text = |k: &str| o.get(k).and_then(serde_json::Value::as_str);
    text("a").is_some_and(|a| !a.is_empty())
        && text("t").is_some_and(|t| !t.is_empty())
        && text("s").is_some_and(|s| s.len() >= 16 && entropy(s.as_bytes()) >= 3.5)
}

/// A password sent in an SMTP login: printable, not a dummy.
fn login_password(p: &[u8]) -> bool {
    p.len() >= 4
        && p.iter().all(|c| (0x20..0x7f).contains(c))
        && !is_dummy_value(p)
        && entropy(p) >= 2.0
}

/// The text of `<tag>…` (or `&lt;tag&gt;…`) in an XML fragment, up to the
/// next `<` or `&`.
pub(crate) fn xml_member<'a>(v: &'a [u8], tag: &[u8]) -> Option<&'a [u8]> {
    for (open, close) in [(b"<".as_slice(), b">".as_slice()), (b"&lt;", b"&gt;")] {
        let needle = [open, tag, close].concat();
        if let Some(i) = memchr::memmem::find(v, &needle) {
            let rest = v.get(i + needle.len()..)?;
            let end = rest
                .iter()
                .position(|&c| c == b'<' || c == b'&')
                .unwrap_or(rest.len());
            return rest.get(..end);
        }
    }
    None
}

const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Base58 (Bitcoin alphabet) to bytes; leading `1`s are zero bytes.
pub fn base58_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut digits = [0xFFu8; 128];
    for (i, &c) in BASE58.iter().enumerate() {
        if let Some(d) = digits.get_mut(usize::from(c)) {
            *d = i as u8;
        }
    }
    // Big-endian bytes of the number, grown as digits come in.
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    for &c in s {
        let d = *digits.get(usize::from(c))?;
        if d == 0xFF {
            return None;
        }
        let mut carry = u32::from(d);
        for b in out.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xFF) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            out.insert(0, (carry & 0xFF) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.iter().take_while(|&&c| c == b'1').count();
    let mut v = vec![0u8; zeros];
    v.extend(out);
    Some(v)
}

/// Bytes to Base58 (Bitcoin alphabet); leading zero bytes become `1`s.
pub fn base58_encode(bytes: &[u8]) -> String {
    // Little-endian base-58 digits of the number.
    let mut digits: Vec<u8> = Vec::with_capacity(bytes.len() * 138 / 100 + 1);
    for &b in bytes {
        let mut carry = u32::from(b);
        for d in digits.iter_mut() {
            carry += u32::from(*d) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    let mut out = "1".repeat(zeros);
    for &d in digits.iter().rev() {
        out.push(char::from(
            BASE58.get(usize::from(d)).copied().unwrap_or(b'1'),
        ));
    }
    out
}

/// Base58Check: payload + the first 4 bytes of SHA-256(SHA-256(payload)).
pub fn base58check_payload(s: &[u8]) -> Option<Vec<u8>> {
    let mut d = base58_decode(s)?;
    let split = d.len().checked_sub(4)?;
    let check = d.split_off(split);
    let h1 = ring::digest::digest(&ring::digest::SHA256, &d);
    let h2 = ring::digest::digest(&ring::digest::SHA256, h1.as_ref());
    (h2.as_ref().get(..4) == Some(&check[..])).then_some(d)
}

/// A BIP32 extended private key: a checksummed 78-byte payload (version
/// 4, depth 1, parent fingerprint 4, child number 4, chain code 32, key
/// 33) whose key is `0x00` + a 32-byte secret.
fn bip32_private(v: &[u8]) -> bool {
    base58check_payload(v).is_some_and(|p| p.len() == 78 && p.get(45) == Some(&0))
}

/// Whether the JSON object around a `"d": "…"` member at `ms..me` has a
/// `"kty"` member: searched back to the object's `{` and on to its `}`,
/// at most `reach` bytes each way; a `}` before or a `{` after is another
/// object. Quotes may be `"`, `\"` (JSON left escaped in raw text) or `'`.
pub fn jwk_has_kty(text: &[u8], ms: usize, me: usize, reach: usize) -> bool {
    let quote = |c: Option<&u8>| matches!(c, Some(b'"' | b'\''));
    // `"kty"` as a member name: a quote before, then a quote (`\"` too),
    // spaces and `:`.
    let kty_at = |i: usize| {
        if text.get(i..i + 3) != Some(b"kty")
            || !i.checked_sub(1).is_some_and(|p| quote(text.get(p)))
        {
            return false;
        }
        let mut j = i + 3;
        if text.get(j) == Some(&b'\\') {
            j += 1;
        }
        if !quote(text.get(j)) {
            return false;
        }
        j += 1;
        while matches!(text.get(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        text.get(j) == Some(&b':')
    };
    let lo = ms.saturating_sub(reach);
    let mut i = ms;
    while i > lo {
        i -= 1;
        match text.get(i) {
            Some(b'{') | Some(b'}') | None => break,
            Some(b'k') if kty_at(i) => return true,
            _ => {}
        }
    }
    let hi = me.saturating_add(reach).min(text.len());
    for i in me..hi {
        match text.get(i) {
            Some(b'}') | Some(b'{') | None => break,
            Some(b'k') if kty_at(i) => return true,
            _ => {}
        }
    }
    false
}

/// Standard base64 with or without padding.
fn b64_lenient(v: &[u8]) -> Option<Vec<u8>> {
    let end = v.iter().rposition(|&c| c != b'=').map_or(0, |i| i + 1);
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(v.get(..end)?)
        .ok()
}

/// A whole JSON object (a truncated or altered token does not parse).
fn json_object(d: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(d).is_ok_and(|j| j.is_object())
}

/// `reftkn:01:<expiry digits>:<random>`, all printable.
fn reference_token(d: &[u8]) -> bool {
    let Some(rest) = d.strip_prefix(b"reftkn:01:") else {
        return false;
    };
    let mut parts = rest.splitn(2, |&c| c == b':');
    let expiry = parts.next().unwrap_or_default();
    let random = parts.next().unwrap_or_default();
    !expiry.is_empty()
        && expiry.iter().all(u8::is_ascii_digit)
        && random.len() >= 16
        && random.iter().all(u8::is_ascii_graphic)
}

/// Known documentation/example values, reported as examples.
const EXAMPLES: &[&[u8]] = &[
    b"AKIAIOSFODNN7EXAMPLE",
    b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    b"AKIAI44QH8DHBEXAMPLE",
    b"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // RFC 7519 section 3.1 (and RFC 7515 appendix A.1).
    b"eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    b"4111111111111111",
    b"4242424242424242",
    b"5555555555554444",
    b"5105105105105100",
    b"378282246310005",
    b"371449635398431",
    b"6011111111111117",
    b"4000056655665556",
    b"4012888888881881",
    b"GB82WEST12345698765432",
    b"DE89370400440532013000",
    b"GB29NWBK60161331926819",
    b"FR1420041010050500013M02606",
    // Wikipedia's Dutch IBAN; the Kubernetes docs' Secret password
    // (`echo -n '1f2d1e2e67df' | base64`).
    b"NL91ABNA0417164300",
    b"MWYyZDFlMmU2N2Rm",
    b"123-45-6789",
    b"078-05-1120",
    b"219-09-9999",
    // The classic dummy password of tests and tutorials.
    // The NT hash of the empty password (a disabled or blank account).
    b"31d6cfe0d16ae931b73c59d7e0c089c0",
    b"P@ssw0rd",
    b"p@ssw0rd",
    b"Passw0rd",
    b"Pa$$w0rd",
    // The HL7 v2.5 specification's sample ADT message (`MASSIE^JAMES`).
    b"371-66-9256",
    b"xoxb-not-a-real-token-this-will-not-work",
    // The Azurite / Azure Storage Emulator account key (`devstoreaccount1`),
    // published in Microsoft's docs and built into every emulator.
    b"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    // wg(8)'s example `[Interface]` key.
    b"yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=",
    // BIP32 test vector 1, master key.
    b"xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
];

/// Substrings that mark documentation or dummy values.
const EXAMPLE_MARKERS: &[&[u8]] = &[
    b"EXAMPLE",
    b"example",
    b"Example",
    b"xxxxxxxx",
    b"XXXXXXXX",
    b"abcdefgh",
    b"ABCDEFGH",
    b"your",
    b"YOUR",
    b"dummy",
    b"DUMMY",
    b"sample",
    b"SAMPLE",
    b"placeholder",
    b"PLACEHOLDER",
    b"changeme",
    b"fake",
    b"FAKE",
    b"redacted",
    b"REDACTED",
    b"*****",
    b"...",
    // Payment providers' non-production credentials (Plaid's
    // `access-sandbox-…`, Braintree's `sandbox_…` tokenization keys).
    b"sandbox",
    // Microsoft's documented client secret shape (`Aa1Bb~2Cc3.-Dd4…`).
    b"Aa1Bb",
];

/// True when `value` is a known example or looks like a dummy value.
pub fn is_example(value: &[u8]) -> bool {
    if EXAMPLES.contains(&value) || has_marker(value) {
        return true;
    }
    // Counting or zero runs mark a made-up token (`sk_live_12345678…`), but
    // a number is only an example when it is nothing but the run: a real
    // phone number may well end in `12345678` (`030 12345678`).
    let numeric = value
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'+'));
    let run = |d: &[u8]| {
        const UP: &[u8] = b"0123456789012345678901234567890";
        const DOWN: &[u8] = b"9876543210987654321098765432109";
        d.len() >= 8
            && (memchr::memmem::find(UP, d).is_some() || memchr::memmem::find(DOWN, d).is_some())
    };
    if numeric {
        let digits: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
        if run(&digits) {
            return true;
        }
    } else {
        // Searchers built once: `memmem::find` builds one per call, which
        // costs more than the search on a short value.
        static RUNS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
            std::sync::LazyLock::new(|| {
                [
                    memchr::memmem::Finder::new(b"00000000"),
                    memchr::memmem::Finder::new(b"12345678"),
                ]
            });
        if RUNS.iter().any(|f| f.find(value).is_some()) {
            return true;
        }
    }
    // One repeated character or a short repeated unit (e.g. "abababab").
    (value.len() >= 8 && at_most_distinct(value, 3)) || filler_run(value)
}

/// A fixed prefix and one character repeated for the rest
/// (`AGE-SECRET-KEY-1QQQQ…`): a run of 16 or more of one byte filling
/// at least half the value. A random token of any alphabet has no such run.
///
/// A run that long covers the middle of the value (byte `len / 2`, or
/// `len / 2 - 1` when it is the first half exactly), so only the runs
/// through those two bytes are measured: O(1) on a random value, where
/// walking every run cost ~1 µs on a PEM body.
fn filler_run(value: &[u8]) -> bool {
    let n = value.len();
    if n < 16 {
        return false;
    }
    let run_through = |m: usize| {
        let Some(&c) = value.get(m) else {
            return 0;
        };
        let before = value.get(..m).unwrap_or_default();
        let after = value.get(m..).unwrap_or_default();
        let left = before.iter().rev().take_while(|&&b| b == c).count();
        left + after.iter().take_while(|&&b| b == c).count()
    };
    [n / 2 - 1, n / 2].into_iter().any(|m| {
        let l = run_through(m);
        l >= 16 && l * 2 >= n
    })
}

/// Whether `value` holds at most `n` distinct bytes (stops at the
/// `n + 1`-th: a random value shows it within a few bytes).
fn at_most_distinct(value: &[u8], n: usize) -> bool {
    let mut seen = [false; 256];
    let mut distinct = 0;
    for &b in value {
        if !std::mem::replace(&mut seen[b as usize], true) {
            distinct += 1;
            if distinct > n {
                return false;
            }
        }
    }
    true
}

/// The marker bigrams: bit `b0 << 8 | b1` is set when some marker (of 3+
/// bytes) has the pair `b0 b1` at one of its two chosen offsets.
struct MarkerGrams {
    bits: [u64; 1024],
    /// `(bigram, marker, offset of the bigram in it)` for each chosen
    /// bigram, sorted by bigram: a set bit compares only the markers
    /// entered under that bigram, not all of them.
    at: Vec<(u16, &'static [u8], usize)>,
}

/// Whether one of [`EXAMPLE_MARKERS`] occurs in `value`.
///
/// This runs on every confirmed value, PEM bodies of kilobytes included:
/// an Aho-Corasick automaton took ~2 ns a byte (no prefilter helps with a
/// one-byte marker and letters everywhere). Each marker of 3+ bytes is
/// entered under its first two bigrams (offsets 0 and 1); wherever it
/// occurs, one of the two starts at an even position, so only even
/// positions are looked up in a 64 Ki-bit table, and a set bit is checked
/// against the markers entered there. One-byte markers are a `memchr`.
fn has_marker(value: &[u8]) -> bool {
    static GRAMS: std::sync::LazyLock<MarkerGrams> = std::sync::LazyLock::new(|| {
        let mut g = MarkerGrams {
            bits: [0; 1024],
            at: Vec::new(),
        };
        for &m in EXAMPLE_MARKERS {
            for k in 0..2 {
                if let Some(&[a, b]) = m.get(k..k + 2) {
                    let key = usize::from(a) << 8 | usize::from(b);
                    g.bits[key >> 6] |= 1 << (key & 63);
                    g.at.push((key as u16, m, k));
                }
            }
        }
        g.at.sort_unstable_by_key(|e| e.0);
        g
    });
    if angle_template(value) {
        return true;
    }
    // Markers too short for two bigrams.
    for &m in EXAMPLE_MARKERS {
        let found = match m {
            [] => false,
            [c] => memchr::memchr(*c, value).is_some(),
            [_, _] => memchr::memmem::find(value, m).is_some(),
            _ => continue,
        };
        if found {
            return true;
        }
    }
    let g = &*GRAMS;
    let mut i = 0;
    while let Some(&[a, b]) = value.get(i..i + 2) {
        let key = usize::from(a) << 8 | usize::from(b);
        if g.bits[key >> 6] & (1 << (key & 63)) != 0 {
            let from = g.at.partition_point(|e| usize::from(e.0) < key);
            let under = g.at.get(from..).unwrap_or_default().iter();
            let hit = under
                .take_while(|e| usize::from(e.0) == key)
                .any(|&(_, m, k)| {
                    i.checked_sub(k)
                        .and_then(|s| value.get(s..s + m.len()))
                        .is_some_and(|w| w == m)
                });
            if hit {
                return true;
            }
        }
        i += 2;
    }
    false
}

/// What marks a dummy value (see [`is_dummy_value`]).
const DUMMY_WORDS: &[&[u8]] = &[
    b"password",
    b"passwd",
    b"secret",
    b"changeme",
    b"hunter2",
    b"change_me",
    b"null",
    b"none",
    b"true",
    b"false",
    b"undefined",
    b"required",
    b"optional",
    b"string",
    b"hidden",
    b"redacted",
    // GitLab CI's mask in job logs.
    b"[masked]",
    b"example",
    b"test",
    b"testing",
    b"dummy",
    b"placeholder",
    b"xxx",
    b"your_",
    b"your-",
    b"yourpassword",
    b"mypassword",
    b"foobar",
    b"token",
    b"api_key",
    b"apikey",
    b"secret_key",
    b"admin",
    b"default",
    b"empty",
    b"todo",
    b"fixme",
    b"notasecret",
    b"not_a_secret",
    b"insert",
    b"replace",
    b"enter",
    b"${",
    b"{{",
    b"%(",
    b"$(",
    b"process.env",
    b"os.environ",
    b"getenv",
    b"env(",
    b"env[",
    b"env.",
    b"config.",
    b"settings.",
    b"secrets.",
    b"vault:",
    b"ref+",
    b"***",
    b"...",
];

/// Dummy values of `password=`-style assignments (`changeme`, `${VAR}`, …).
///
/// Short alphabetic words count only as the whole value (`none`, `todo`);
/// the rest anywhere in it (`your_password_here`, `${DB_PASSWORD}`).
pub fn is_dummy_value(value: &[u8]) -> bool {
    fn whole(w: &[u8]) -> bool {
        w.len() <= 6 && w.iter().all(u8::is_ascii_alphabetic)
    }
    // One automaton for all the substring words, built once: a `memmem`
    // per word built a searcher per call (~4 µs for each value checked).
    static ANYWHERE: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(DUMMY_WORDS.iter().filter(|w| !whole(w)))
                .ok()
        });
    if DUMMY_WORDS
        .iter()
        .any(|w| whole(w) && value.eq_ignore_ascii_case(w))
    {
        return true;
    }
    if ANYWHERE.as_ref().is_some_and(|ac| ac.is_match(value)) {
        return true;
    }
    // `$VAR`, `%VAR%`, `%(name)s` and `%{name}` references, whatever
    // follows, and printf verbs (`%s`). A `%` before anything else starts
    // a password (`%E4I*nuHb::s3n`).
    if value.first() == Some(&b'$') || percent_reference(value) || angle_template(value) {
        return true;
    }
    // `:var`, `@var`, YAML `*alias` / `&anchor`, and `*` masks: a sigil
    // before a name. A sigil before punctuation starts a password
    // (`*T^364XdJYK7S18d`).
    match value.split_first() {
        Some((b'@' | b':' | b'&' | b'*', rest)) => rest
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'*')),
        _ => false,
    }
}

/// A value that is or holds a template slot in angle brackets (`<token>`,
/// `Bearer <your api key>`, `<` opening the value). A `<` among the
/// punctuation of a random value (WordPress salts, generated passwords:
/// `9zn<Q%#%Zqi~A`) is a character of it.
pub fn angle_template(value: &[u8]) -> bool {
    if value.first() == Some(&b'<') {
        return true;
    }
    memchr::memchr_iter(b'<', value).any(|i| {
        let rest = value.get(i + 1..).unwrap_or_default();
        let n = rest
            .iter()
            .take(41)
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'_' | b'-' | b'.'))
            .count();
        n > 0 && rest.get(n) == Some(&b'>')
    })
}

/// A `%` reference: `%(name)s`, `%{name}`, `%NAME%` (Windows, Gradle,
/// Maven filtering), or a value of printf verbs only (`%s`, `%-8.3f%%`).
pub fn percent_reference(value: &[u8]) -> bool {
    let Some((b'%', rest)) = value.split_first() else {
        return false;
    };
    if matches!(rest.first(), Some(b'(' | b'{')) {
        return true;
    }
    let name = rest
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')))
        .unwrap_or(rest.len());
    if name > 0 && rest.get(name) == Some(&b'%') {
        return true;
    }
    // Printf verbs: `%`, flags/width/precision, one letter; repeated.
    let mut i = 0;
    while i < value.len() {
        if value.get(i) != Some(&b'%') {
            return false;
        }
        i += 1;
        while value.get(i).is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, b'-' | b'+' | b' ' | b'#' | b'.' | b'*')
        }) {
            i += 1;
        }
        match value.get(i) {
            Some(c) if c.is_ascii_alphabetic() || *c == b'%' => i += 1,
            _ => return false,
        }
    }
    true
}

/// A dotted identifier or call (`self.password`, `cfg.get_token()`).
pub fn looks_like_code(value: &[u8]) -> bool {
    if value.iter().any(|c| matches!(c, b'(' | b')' | b'[' | b']')) {
        return true;
    }
    let dotted = value.contains(&b'.')
        && value
            .split(|&c| c == b'.')
            .all(|p| !p.is_empty() && p.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_'))
        && value
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        && !value.iter().any(u8::is_ascii_digit);
    dotted
}

/// UUID in canonical form.
pub fn is_uuid(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                *c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// A PEM block too short to tell from a truncated or made-up one by its
/// length alone (an Ed25519 or X25519 PKCS#8 key is 48 bytes, 64 base64
/// characters): its body must decode to exactly one DER SEQUENCE, and the
/// END line must be there. `v` is the block as matched, possibly written
/// with `\n` escapes.
pub(crate) fn short_pem_is_der(v: &[u8]) -> bool {
    /// The smallest private key body (Ed25519 PKCS#8 is 48 bytes).
    const MIN_DER: usize = 40;
    let Some(end) = memchr::memmem::find(v, b"-----END") else {
        return false;
    };
    // The body starts after the BEGIN line's closing dashes.
    let head = v.get(10..end).unwrap_or_default();
    let Some(open) = memchr::memmem::find(head, b"-----") else {
        return false;
    };
    let body = head.get(open + 5..).unwrap_or_default();
    let mut b64 = Vec::with_capacity(body.len());
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        match c {
            // `\n`, `\r` written as escapes in JSON-in-text.
            b'\\' => i += 1,
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'=' => b64.push(c),
            _ => {}
        }
        i += 1;
    }
    let Ok(der) = base64::engine::general_purpose::STANDARD.decode(&b64) else {
        return false;
    };
    // The SEQUENCE's length, short or long form, must cover the rest.
    let total = match (der.first(), der.get(1)) {
        (Some(0x30), Some(&l)) if l < 0x80 => usize::from(l) + 2,
        (Some(0x30), Some(0x81)) => der.get(2).map_or(0, |&l| usize::from(l) + 3),
        (Some(0x30), Some(0x82)) => match (der.get(2), der.get(3)) {
            (Some(&a), Some(&b)) => (usize::from(a) << 8 | usize::from(b)) + 4,
            _ => 0,
        },
        _ => 0,
    };
    der.len() >= MIN_DER && total == der.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_example` as it was before the bigram filter and the early
    /// exits: the reference for the differential test below.
    fn is_example_ref(value: &[u8]) -> bool {
        if EXAMPLES.contains(&value) || angle_template(value) {
            return true;
        }
        if EXAMPLE_MARKERS
            .iter()
            .any(|m| memchr::memmem::find(value, m).is_some())
        {
            return true;
        }
        let digits: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
        let numeric = value.iter().all(|c| {
            c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'+')
        });
        let run = |d: &[u8]| {
            const UP: &[u8] = b"0123456789012345678901234567890";
            const DOWN: &[u8] = b"9876543210987654321098765432109";
            d.len() >= 8
                && (memchr::memmem::find(UP, d).is_some()
                    || memchr::memmem::find(DOWN, d).is_some())
        };
        if numeric {
            if run(&digits) {
                return true;
            }
        } else if [b"00000000".as_slice(), b"12345678"]
            .iter()
            .any(|m| memchr::memmem::find(value, m).is_some())
        {
            return true;
        }
        let distinct = {
            let mut seen = [false; 256];
            value
                .iter()
                .filter(|&&b| !std::mem::replace(&mut seen[b as usize], true))
                .count()
        };
        let longest = value
            .chunk_by(|a, b| a == b)
            .map(<[u8]>::len)
            .max()
            .unwrap_or(0);
        (value.len() >= 8 && distinct <= 3) || (longest >= 16 && longest * 2 >= value.len())
    }

    /// The bigram marker filter and the early exits find what a search
    /// for every marker finds: markers whole, cut, in other cases and at
    /// odd and even offsets, among random and repetitive bytes.
    #[test]
    fn is_example_matches_the_reference() {
        let mut frags: Vec<Vec<u8>> = Vec::new();
        for m in EXAMPLE_MARKERS.iter().chain(EXAMPLES) {
            frags.push(m.to_vec());
            frags.push(m.get(1..).unwrap_or_default().to_vec());
            frags.push(
                m.get(..m.len().saturating_sub(1))
                    .unwrap_or_default()
                    .to_vec(),
            );
            frags.push(m.to_ascii_lowercase());
        }
        for f in [
            "a",
            "x",
            "X",
            "y",
            "<",
            "<your-key>",
            "9zn<Q%",
            ".",
            "..",
            "*",
            "**",
            "-",
            " ",
            "0",
            "1",
            "12345",
            "678",
            "0000",
            "9876",
            "ab",
            "abab",
            "aB3",
            "Zq9+/",
            "\n",
            // Runs of one byte around the middle, for the filler check.
            "QQQQQQQQ",
            "QQQQQQQQQQQQQQQQQ",
            "Q",
            "AGE-SECRET-KEY-1",
            "k8Jw2mXv",
            "zzzzzzzzzz",
        ] {
            frags.push(f.as_bytes().to_vec());
        }
        let mut g = super::super::samples::Gen::new(17);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..200_000 {
            let mut v = Vec::new();
            for _ in 0..(g.next_u64() % 8) {
                let k = (g.next_u64() % frags.len() as u64) as usize;
                v.extend_from_slice(frags.get(k).map(Vec::as_slice).unwrap_or_default());
            }
            let want = is_example_ref(&v);
            assert_eq!(is_example(&v), want, "{:?}", String::from_utf8_lossy(&v));
            assert_eq!(
                has_marker(&v),
                angle_template(&v)
                    || EXAMPLE_MARKERS
                        .iter()
                        .any(|m| memchr::memmem::find(&v, m).is_some()),
                "{:?}",
                String::from_utf8_lossy(&v)
            );
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 10_000 && no > 10_000, "{yes} examples, {no} not");
    }

    #[test]
    fn luhn_and_cards() {
        assert!(luhn(b"4539 1488 0343 6467"));
        assert!(!luhn(b"4539 1488 0343 6468"));
        assert!(card_issuer_ok(b"4539148803436467"));
        assert!(card_issuer_ok(b"378282246310005"));
        assert!(!card_issuer_ok(b"1234567812345670"));
    }

    /// Every listed test card is a valid card number (so a typo in the list
    /// cannot hide as a never-matching entry), the list is sorted for the
    /// binary search, and the lookup is exact.
    #[test]
    fn test_cards_are_valid_and_sorted() {
        for c in TEST_CARDS {
            assert!(luhn(c), "{}", String::from_utf8_lossy(c));
            assert!(c.iter().all(u8::is_ascii_digit));
            assert!(is_test_card(c));
        }
        assert!(
            TEST_CARDS.windows(2).all(|w| w[0] < w[1]),
            "unsorted or doubled"
        );
        assert!(is_test_card(b"4000000000009995"));
        assert!(!is_test_card(b"4000000000009996"));
        assert!(!is_test_card(b"400000000000999"));
        assert!(!is_test_card(b"4539148803436467"));
    }

    #[test]
    fn iban() {
        assert!(iban_ok(b"GB82WEST12345698765432"));
        assert!(iban_ok(b"DE89370400440532013000"));
        assert!(!iban_ok(b"DE89370400440532013001"));
        assert!(!iban_ok(b"GB8WEST12345698765432"));
    }

    #[test]
    fn ssn() {
        assert!(ssn_ok(b"536", b"22", b"8726"));
        assert!(!ssn_ok(b"666", b"22", b"8726"));
        assert!(!ssn_ok(b"912", b"22", b"8726"));
        assert!(!ssn_ok(b"536", b"00", b"8726"));
        assert!(!ssn_ok(b"536", b"22", b"0000"));
    }

    #[test]
    fn github() {
        let random = b"aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1";
        let mut tok = b"ghp_".to_vec();
        tok.extend_from_slice(random);
        tok.extend_from_slice(&base62_6(crc32fast::hash(random)));
        assert!(github_crc(&tok));
        let last = tok.len() - 1;
        tok[last] = if tok[last] == b'a' { b'b' } else { b'a' };
        assert!(!github_crc(&tok));
    }

    #[test]
    fn jwt_and_examples() {
        assert!(jwt_ok(EXAMPLES[4]));
        assert!(!jwt_ok(b"eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.sig"));
        assert!(is_example(b"AKIAIOSFODNN7EXAMPLE"));
        assert!(!is_example(b"AKIA2E0A8F3B244C9986"));
        // A prefix, then one character repeated: a filler.
        let q = format!("AGE-SECRET-KEY-1{}", "Q".repeat(58));
        assert!(is_example(q.as_bytes()));
        assert!(is_example(b"ghp_jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj"));
        // Short runs, or a run in a long random value, are not.
        assert!(!is_example(
            b"AGE-SECRET-KEY-1QQQQQQQQQQQQQQQ9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN"
        ));
        assert!(!is_example(
            b"MIIEvAIBADANBgkqhkiG9w0BAQEFAAAAAAAAAAAAAAAASCBKYwggSiAgEAAoIBAQC7VJTUt9Us8cKj"
        ));
        assert!(is_uuid(b"123e4567-e89b-12d3-a456-426614174000"));
        assert!(is_dummy_value(b"${DB_PASSWORD}"));
        assert!(is_dummy_value(b"changeme"));
        assert!(!is_dummy_value(b"Tr0ub4dor&3x"));
        // A sigil before a name is a reference or a mask; before
        // punctuation it starts a password.
        for v in [
            &b"*db_password"[..],
            b"&default",
            b":db_pass",
            b"@admin_pw",
            b"*",
            b"****",
        ] {
            assert!(is_dummy_value(v), "{}", String::from_utf8_lossy(v));
        }
        for v in [&b"*T^364XdJYK7S18d"[..], b"@dm1n#2024!x", b"&Kq9!vX2#mZ"] {
            assert!(!is_dummy_value(v), "{}", String::from_utf8_lossy(v));
        }
        assert!(looks_like_code(b"self.password"));
        assert!(looks_like_code(b"os.getenv(\"X\")"));
        assert!(!looks_like_code(b"s3cr3t.Pa55"));
    }

    /// The automaton finds exactly what one `memmem` per lower-cased word
    /// did: every word, in three cases, alone and inside other text.
    #[test]
    fn dummy_value_matches_word_by_word_search() {
        fn reference(value: &[u8]) -> bool {
            let lower = value.to_ascii_lowercase();
            let hit = DUMMY_WORDS.iter().any(|w| {
                if w.len() <= 6 && w.iter().all(u8::is_ascii_alphabetic) {
                    lower == *w
                } else {
                    memchr::memmem::find(&lower, w).is_some()
                }
            });
            hit || value.first() == Some(&b'$') || percent_reference(value)
        }
        let mut values: Vec<Vec<u8>> = vec![b"Tr0ub4dor&3x".to_vec(), b"".to_vec()];
        for w in DUMMY_WORDS {
            for v in [w.to_vec(), w.to_ascii_uppercase()] {
                values.push(v.clone());
                values.push([b"q9".as_slice(), &v, b"Z7"].concat());
                values.push([v.as_slice(), b"1"].concat());
                values.push(v.get(1..).unwrap_or_default().to_vec());
            }
        }
        // (Sigils before a name are checked in `jwt_and_examples`.)
        for v in values
            .iter()
            .filter(|v| !matches!(v.first(), Some(b'@' | b':' | b'&' | b'*')))
        {
            assert_eq!(
                is_dummy_value(v),
                reference(v),
                "{}",
                String::from_utf8_lossy(v)
            );
        }
        assert!(values.iter().any(|v| is_dummy_value(v)));
        assert!(values.iter().any(|v| !is_dummy_value(v)));
    }
}
