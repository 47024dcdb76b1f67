use std::io::Write;

use super::detect::samples::Gen;
use super::*;

fn inspector() -> Inspector {
    Inspector::new(&DetectSection {
        keywords: vec!["CONFIDENTIAL".into()],
        ..DetectSection::default()
    })
    .expect("inspector")
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("json")
}

#[test]
fn escaped_pem_is_found_and_located() {
    let mut g = Gen::new(1);
    let pem = g.pem("OPENSSH PRIVATE KEY", 6);
    let content = format!("here is my key:\n{pem}\nthanks \u{1F600} \"quoted\"");
    let body = format!(
        r#"{{"model":"claude-x","messages":[{{"role":"user","content":[{{"type":"text","text":{}}}]}}]}}"#,
        json_str(&content)
    );
    let ins = inspector();
    let r = ins
        .inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            body.as_bytes(),
            &DecodeLimits::default(),
        )
        .expect("inspect");
    assert_eq!(r.model.as_deref(), Some("claude-x"));
    assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
    let f = &r.findings[0];
    assert_eq!(&*f.detector, "openssh_private_key");
    assert_eq!(f.category, Category::PrivateKey);
    assert_eq!(f.location, "/messages/0/content/0/text");
    assert_eq!(f.line, 2);
    // The raw range is the escaped PEM; patching it keeps valid JSON.
    let raw = &body[f.start..f.end];
    assert_eq!(raw, json_str(&pem).trim_matches('"'));
    let patched = format!(
        "{}{}{}",
        &body[..f.start],
        f.redaction_marker(),
        &body[f.end..]
    );
    let v: serde_json::Value = serde_json::from_str(&patched).expect("still JSON");
    assert!(v["messages"][0]["content"][0]["text"]
        .as_str()
        .is_some_and(|t| t.contains("[REDACTED:openssh_private_key:")));
}

#[test]
fn unicode_escapes_map_back() {
    let mut g = Gen::new(2);
    let tok = g.github("ghp_");
    // Escape every character of the token as \uXXXX and surround it with
    // a surrogate pair.
    let escaped: String = tok
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    let body = format!(
        r#"{{"messages":[{{"role":"user","content":"\ud83d\ude00 {escaped} \ud83d\ude00"}}]}}"#
    );
    let r = inspector()
        .inspect(
            ApiKind::Openai,
            "/v1/chat/completions",
            None,
            body.as_bytes(),
            &DecodeLimits::default(),
        )
        .expect("inspect");
    assert_eq!(r.findings.len(), 1);
    let f = &r.findings[0];
    assert_eq!(&body[f.start..f.end], escaped);
}

#[test]
fn compressed_bodies_and_errors() {
    let mut g = Gen::new(3);
    let body = format!(
        r#"{{"messages":[{{"role":"user","content":{}}}]}}"#,
        json_str(&g.sample("stripe_secret_key").expect("s"))
    );
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(body.as_bytes()).expect("w");
    let gz = enc.finish().expect("f");
    let ins = inspector();
    let r = ins
        .inspect(
            ApiKind::Openai,
            "/v1/chat/completions",
            Some("gzip"),
            &gz,
            &DecodeLimits::default(),
        )
        .expect("inspect");
    assert_eq!(r.decoded.as_deref(), Some(body.as_bytes()));
    assert_eq!(&*r.findings[0].detector, "stripe_secret_key");
    let zs = zstd::encode_all(body.as_bytes(), 3).expect("zstd");
    let r = ins
        .inspect(
            ApiKind::Openai,
            "/v1/responses",
            Some("zstd"),
            &zs,
            &DecodeLimits::default(),
        )
        .expect("inspect");
    assert_eq!(r.findings.len(), 1);
    let err = ins
        .inspect(
            ApiKind::Openai,
            "/",
            Some("gzip"),
            b"garbage",
            &DecodeLimits::default(),
        )
        .expect_err("corrupt");
    assert_eq!(err.kind(), "corrupt");
}

#[test]
fn malformed_json_is_scanned_raw() {
    let mut g = Gen::new(4);
    let body = format!(
        r#"{{"messages":[{{"role":"user","content":"{}"#,
        g.sample("github_pat").expect("s")
    );
    let r = inspector()
        .inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            body.as_bytes(),
            &DecodeLimits::default(),
        )
        .expect("inspect");
    assert_eq!(r.shape, "raw");
    assert_eq!(&*r.findings[0].detector, "github_pat");
    assert_eq!(r.findings[0].location, "");
}

#[test]
fn cache_gives_identical_findings_rebased() {
    let mut g = Gen::new(5);
    let big: String = (0..200)
        .map(|i| format!("fn f{i}() {{ let x = {i}; }}\n"))
        .collect();
    let secret_block = format!("{big}{}\n{big}", g.sample("aws_access_key_id").expect("s"));
    let turn1 = format!(
        r#"{{"messages":[{{"role":"user","content":[{{"type":"tool_result","tool_use_id":"a","content":{}}}]}}]}}"#,
        json_str(&secret_block)
    );
    // Turn 2 resends turn 1's block at a different offset, after new text.
    let turn2 = format!(
        r#"{{"system":"new system prompt here","messages":[{{"role":"user","content":"hello again"}},{{"role":"user","content":[{{"type":"tool_result","tool_use_id":"a","content":{}}}]}}]}}"#,
        json_str(&secret_block)
    );
    let cached = inspector();
    let uncached = Inspector::new(&DetectSection {
        keywords: vec!["CONFIDENTIAL".into()],
        cache_max_bytes: 0,
        ..DetectSection::default()
    })
    .expect("inspector");
    let l = DecodeLimits::default();
    let a1 = cached
        .inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            turn1.as_bytes(),
            &l,
        )
        .expect("i");
    assert_eq!(a1.segments_cached, 0);
    let a2 = cached
        .inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            turn2.as_bytes(),
            &l,
        )
        .expect("i");
    assert_eq!(a2.segments_cached, 1);
    let b2 = uncached
        .inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            turn2.as_bytes(),
            &l,
        )
        .expect("i");
    assert_eq!(a2.findings, b2.findings);
    assert_eq!(a2.findings.len(), 1);
    let f = &a2.findings[0];
    assert!(turn2[f.start..f.end].starts_with("AKIA"));
    assert_eq!(f.location, "/messages/1/content/0/content");
    assert_eq!(f.line, 201);
}

#[test]
fn hash_is_keyed_and_stable() {
    let a = inspector();
    let b = inspector();
    assert_eq!(a.hash_value("x", b"v"), b.hash_value("x", b"v"));
    let c = Inspector::new(&DetectSection {
        hash_key: Some("other".into()),
        ..DetectSection::default()
    })
    .expect("i");
    assert_ne!(a.hash_value("x", b"v"), c.hash_value("x", b"v"));
}

#[test]
fn inspector_is_send_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Inspector>();
}

#[test]
fn base64_text_document_is_inspected() {
    use base64::Engine as _;
    let mut g = Gen::new(6);
    let doc = format!("notes\n{}\n", g.sample("anthropic_api_key").expect("s"));
    let data = base64::engine::general_purpose::STANDARD.encode(&doc);
    let body = format!(
        r#"{{"messages":[{{"role":"user","content":[{{"type":"document","source":{{"type":"base64","media_type":"text/plain","data":"{data}"}}}}]}}]}}"#
    );
    let r = inspector()
        .inspect(
            ApiKind::Anthropic,
            "/v1/messages",
            None,
            body.as_bytes(),
            &DecodeLimits::default(),
        )
        .expect("i");
    assert_eq!(r.findings.len(), 1);
    let f = &r.findings[0];
    assert_eq!(&*f.detector, "anthropic_api_key");
    // The whole base64 string is the range.
    assert_eq!(&body[f.start..f.end], data);
    assert_eq!(f.line, 2);
}

/// A card number sent as a JSON number (a Gemini `functionResponse`) is
/// found at its exact raw range and redacted into a JSON string; snowflake
/// ids and epoch milliseconds beside it are not cards, and a number is
/// judged exactly as the same digits in a string are.
#[test]
fn card_numbers_sent_as_json_numbers() {
    let mut g = Gen::new(8);
    let card = g.value("card_visa").unwrap_or_default().replace(' ', "");
    let ids = "\"order_id\":1190583372310036480,\"tweet_id\":1580661436132757506,\
               \"created_ms\":1710512525123,\"amount_cents\":129900";
    let body = format!(
        r#"{{"contents":[{{"role":"user","parts":[{{"functionResponse":{{"name":"get_customer","response":{{"customer":{{"autopay":{{"card_number":{card},"exp":"09/27"}},{ids}}}}}}}}}]}}]}}"#
    );
    let r = inspector()
        .inspect(
            ApiKind::Gemini,
            "/v1beta/models/gemini-2.0-flash:generateContent",
            None,
            body.as_bytes(),
            &DecodeLimits::default(),
        )
        .expect("inspect");
    assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
    let f = &r.findings[0];
    assert_eq!(&*f.detector, "credit_card_number");
    assert_eq!(&body[f.start..f.end], card);
    assert!(f.location.ends_with("/autopay/card_number"));
    assert!(f.bare);
    let patched = crate::enforce::redact::patch(body.as_bytes(), &[f]);
    let v: serde_json::Value = serde_json::from_slice(&patched).expect("still JSON");
    let redacted = &v["contents"][0]["parts"][0]["functionResponse"]["response"]["customer"]
        ["autopay"]["card_number"];
    assert!(redacted
        .as_str()
        .is_some_and(|s| s.starts_with("[REDACTED:credit_card_number:")));
    // Parity with strings: every number here is judged as its digits in a
    // string would be (a 19-digit Luhn-valid id starting with 4 is a card
    // either way; ids starting with 1 are not).
    let mut values: Vec<String> = vec![
        card.clone(),
        "1190583372310036480".into(),
        "1710512525123".into(),
    ];
    values.push(g.luhn("4", 19));
    values.push(g.luhn("1", 19));
    for v in &values {
        let as_num = format!(r#"{{"x":{{"n":{v}}}}}"#);
        let as_str = format!(r#"{{"x":{{"n":"{v}"}}}}"#);
        let find = |b: &str| {
            inspector()
                .inspect(
                    ApiKind::Generic,
                    "/",
                    None,
                    b.as_bytes(),
                    &DecodeLimits::default(),
                )
                .expect("inspect")
                .findings
                .iter()
                .map(|f| (f.detector.to_string(), f.example))
                .collect::<Vec<_>>()
        };
        assert_eq!(find(&as_num), find(&as_str), "{v}");
    }
}

fn inspect_anthropic(ins: &Inspector, body: &str) -> Inspection {
    ins.inspect(
        ApiKind::Anthropic,
        "/v1/messages",
        None,
        body.as_bytes(),
        &DecodeLimits::default(),
    )
    .expect("inspect")
}

/// A tool_use input object carrying `values`: the way agents pass
/// structured arguments (and what config files scanned as JSON look like).
fn tool_input_body(input: &serde_json::Value) -> String {
    serde_json::json!({
        "model": "claude-x",
        "messages": [{"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_01", "name": "write_config", "input": input}
        ]}]
    })
    .to_string()
}

#[test]
fn values_named_by_their_member_are_found() {
    let password = "Zq8vT2mW9xKp4LsR";
    let api_key = "f3a9c2e71b8d4f60a5e2c9d17b3f8a4e";
    let stripe = "Hw7kQ2xN9pL4vB8mR3tY6cJ1dF5gS0aZ";
    let input = serde_json::json!({
        "db_password": password,
        "settings": {"api_key": api_key, "comment": "ordinary words here"},
        "env": [
            {"name": "STRIPE_SECRET", "value": stripe},
            {"name": "LOG_LEVEL", "value": "debug-verbose"}
        ],
        "contact": {"phone": "06 71 82 93 04"}
    });
    let body = tool_input_body(&input);
    let r = inspect_anthropic(&inspector(), &body);
    let got: Vec<(&str, &str, &str)> = r
        .findings
        .iter()
        .map(|f| (&*f.detector, f.location.as_str(), &body[f.start..f.end]))
        .collect();
    let base = "/messages/0/content/0/input";
    let want = [
        (
            "password_assignment",
            format!("{base}/db_password"),
            password,
        ),
        (
            "secret_assignment",
            format!("{base}/settings/api_key"),
            api_key,
        ),
        ("secret_assignment", format!("{base}/env/0/value"), stripe),
        (
            "phone_number",
            format!("{base}/contact/phone"),
            "06 71 82 93 04",
        ),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (d, loc, v) in &want {
        assert!(
            got.iter().any(|g| g.0 == *d && g.1 == loc && g.2 == *v),
            "{d} at {loc} missing from {got:?}"
        );
    }
}

/// A Docker `config.json` sent as a structured object (a Gemini
/// `functionResponse`, a tool input): the `"auth"` anchor holds the
/// member name's quotes, and the name still introduces the value.
/// Each finding as its detector and the bytes of the body it covers.
fn detector_spans<'a>(r: &'a Inspection, body: &'a str) -> Vec<(&'a str, &'a str)> {
    r.findings
        .iter()
        .map(|f| (&*f.detector, body.get(f.start..f.end).unwrap_or_default()))
        .collect()
}

#[test]
fn docker_auths_as_a_structured_object() {
    use base64::Engine as _;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let auth = b64("octo-ci:Hw7kQ2xN9pL4vB8mR3tY6cJ1dF5g");
    let input = serde_json::json!({
        "auths": {
            "ghcr.io": {"auth": auth},
            "registry.example.net": {"auth": b64("oauth2")},
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}
        },
        "credHelpers": {"gcr.io": "gcloud"}
    });
    let body = tool_input_body(&input);
    let r = inspect_anthropic(&inspector(), &body);
    let got = detector_spans(&r, &body);
    assert_eq!(got, vec![("registry_auth", auth.as_str())], "{got:?}");
}

/// `terraform output -json` and plan JSON hold a value under `value` or
/// `constant_value` inside an object named for it: that object's name
/// names the value. Holders under another name, in a list, or a level
/// further down are not named by it.
#[test]
fn holder_members_take_their_object_name() {
    let password = "kH1eLNsLZSsKobpP3KGXIrm8_3Hq6sLT";
    let api_key = "2001822c754b09337a19afc66b4ccbe8";
    let input = serde_json::json!({
        "grafana_admin_password": {"sensitive": true, "type": "string", "value": password},
        "provider_config": {"datadog": {"expressions": {
            "api_key": {"constant_value": api_key},
            "api_url": {"constant_value": "https://api.datadoghq.eu"}
        }}}
    });
    let body = tool_input_body(&input);
    let r = inspect_anthropic(&inspector(), &body);
    let got = detector_spans(&r, &body);
    assert_eq!(
        got,
        vec![
            ("password_assignment", password),
            ("secret_assignment", api_key)
        ],
        "{got:?}"
    );
    let input = serde_json::json!({
        "lb_dns_name": {"sensitive": false, "value": password},
        "outputs": [{"value": api_key}],
        "db_password": {"meta": {"value": password}},
        "password_policy": {"default": password}
    });
    let body = tool_input_body(&input);
    let r = inspect_anthropic(&inspector(), &body);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

#[test]
fn member_names_add_nothing_where_the_value_is_harmless() {
    let same = "Zq8vT2mW9xKp4LsR";
    let input = serde_json::json!({
        "password": "changeme",
        "db_password": "${DB_PASSWORD}",
        "api_key": "<your-api-key>",
        "token_count": "1234 tokens used",
        "key": "src/main.rs",
        "comment": same,
        "list": [same, same],
        "nested": {"inner": {"note": same}},
        "password_hint": {"text": same}
    });
    let body = tool_input_body(&input);
    let r = inspect_anthropic(&inspector(), &body);
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

#[test]
fn cache_keeps_named_values_apart() {
    let ins = Inspector::new(&DetectSection {
        cache_min_segment: 1,
        ..DetectSection::default()
    })
    .expect("inspector");
    let v = "Zq8vT2mW9xKp4LsR";
    let plain = tool_input_body(&serde_json::json!({ "comment": v }));
    let named = tool_input_body(&serde_json::json!({ "password": v }));
    for _ in 0..2 {
        assert!(inspect_anthropic(&ins, &plain).findings.is_empty());
        let r = inspect_anthropic(&ins, &named);
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        assert_eq!(&named[r.findings[0].start..r.findings[0].end], v);
    }
    assert!(inspect_anthropic(&ins, &named).segments_cached > 0);
}

#[test]
fn bare_numbers_keep_their_name() {
    // A card number under its name, sent as a JSON number: still one
    // finding, and its redaction marker still brings its own quotes.
    let body = tool_input_body(&serde_json::json!({ "card_number": 4556737586899855u64 }));
    let r = inspect_anthropic(&inspector(), &body);
    assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
    let f = &r.findings[0];
    assert!(f.bare);
    assert_eq!(&body[f.start..f.end], "4556737586899855");
}

/// A JWK that is a JSON object of the request (a `tool_use` input), not
/// text: `"d"` and `"kty"` are separate members, and the value is still
/// found (in the raw body's coordinates). A `"d"` without `"kty"` in its
/// object is not, nor a public JWK.
#[test]
fn jwk_as_a_json_object_is_found() {
    use base64::Engine as _;
    let mut g = Gen::new(5);
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let d = url.encode(g.bytes(32));
    let (x, y) = (url.encode(g.bytes(32)), url.encode(g.bytes(32)));
    let ins = inspector();
    let run = |input: serde_json::Value| {
        let body = tool_input_body(&input);
        let findings = inspect_anthropic(&ins, &body).findings;
        (body, findings)
    };
    for input in [
        serde_json::json!({"path": "key.json", "jwk": {"kty": "EC", "crv": "P-256", "x": x, "y": y, "d": d}}),
        // Sorted members: `d` comes before `kty` in the body.
        serde_json::json!({"crv": "Ed25519", "d": d, "kty": "OKP", "x": x}),
    ] {
        let (body, findings) = run(input);
        assert_eq!(findings.len(), 1, "{body}: {findings:?}");
        let f = &findings[0];
        assert_eq!(&*f.detector, "jwk_private_key");
        assert_eq!(body.get(f.start..f.end), Some(d.as_str()));
    }
    for input in [
        serde_json::json!({"jwk": {"kty": "EC", "crv": "P-256", "x": x, "y": y}}),
        serde_json::json!({"kty": "EC", "other": {"d": d}}),
        serde_json::json!({"d": d, "n": 3}),
    ] {
        let (body, findings) = run(input);
        assert!(findings.is_empty(), "{body}: {findings:?}");
    }
}

/// The session 6 samples, as text in a message and as JSON left escaped
/// in a string (a pasted request body), are found with their value range
/// in the raw body.
#[test]
fn keymat_samples_in_request_bodies() {
    let mut g = Gen::new(8);
    let ins = inspector();
    for id in crate::inspect::detect::samples::KEYMAT_IDS {
        let sample = g.sample(id).expect("sample");
        for text in [sample.clone(), json_str(&sample)] {
            let body = serde_json::json!({
                "model": "claude-x",
                "messages": [{"role": "user", "content": [{"type": "text", "text": format!("fix this:\n{text}")}]}]
            })
            .to_string();
            let r = inspect_anthropic(&ins, &body);
            assert!(
                !r.findings.is_empty() && r.findings.iter().all(|f| &*f.detector == id),
                "{id}: {body}: {:?}",
                r.findings
            );
        }
    }
}
