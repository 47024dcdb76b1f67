use super::*;

fn texts<'a>(e: &'a Extraction<'_>) -> Vec<(&'a str, String)> {
    e.segments
        .iter()
        .map(|s| {
            (
                s.pointer.as_str(),
                String::from_utf8_lossy(&s.text).into_owned(),
            )
        })
        .collect()
}

#[test]
fn anthropic_blocks() {
    let doc = base64::engine::general_purpose::STANDARD.encode("secret doc text");
    let body = format!(
        r#"{{"model":"claude-x","system":[{{"type":"text","text":"be nice please"}}],
        "messages":[{{"role":"user","content":[
          {{"type":"text","text":"line1\nline2"}},
          {{"type":"image","source":{{"type":"base64","media_type":"image/png","data":"iVBORw0KGgoAAAANSUhEUg"}}}},
          {{"type":"document","source":{{"type":"base64","media_type":"text/plain","data":"{doc}"}}}},
          {{"type":"tool_result","tool_use_id":"toolu_1","content":[{{"type":"text","text":"file contents here"}}]}},
          {{"type":"tool_use","id":"t","name":"bash","input":{{"command":"cat /etc/hosts"}}}},
          {{"type":"thinking","thinking":"hmm let me think","signature":"EqQBCkYIARgCKkDsig"}}
        ]}}]}}"#
    );
    let e = extract(ApiKind::Anthropic, "/v1/messages", body.as_bytes());
    assert_eq!(e.shape, Shape::AnthropicMessages);
    assert_eq!(e.model.as_deref(), Some("claude-x"));
    let t = texts(&e);
    assert!(t.contains(&("/system/0/text", "be nice please".into())));
    assert!(t.contains(&("/messages/0/content/0/text", "line1\nline2".into())));
    assert!(t.contains(&(
        "/messages/0/content/2/source/data",
        "secret doc text".into()
    )));
    assert!(t.contains(&(
        "/messages/0/content/3/content/0/text",
        "file contents here".into()
    )));
    assert!(t.contains(&(
        "/messages/0/content/4/input/command",
        "cat /etc/hosts".into()
    )));
    assert!(t.contains(&("/messages/0/content/5/thinking", "hmm let me think".into())));
    assert!(!t
        .iter()
        .any(|(_, s)| s.starts_with("iVBOR") || s.starts_with("EqQB")));
    // raw ranges point at the string content
    for s in &e.segments {
        if let OffsetMap::Escapes(_) | OffsetMap::Identity = s.map {
            let (a, b) = s.raw_range(0, s.text.len());
            assert_eq!((a, b), (s.raw_start, s.raw_end));
        }
    }
}

#[test]
fn openai_gemini_bedrock() {
    let body = br#"{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"hello there"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\"path\":\"/tmp/x\"}"}}]}]}"#;
    let e = extract(ApiKind::Openai, "/v1/chat/completions", body);
    assert_eq!(e.shape, Shape::OpenaiChat);
    let t = texts(&e);
    assert!(t.contains(&(
        "/messages/1/tool_calls/0/function/arguments",
        "{\"path\":\"/tmp/x\"}".into()
    )));
    assert!(!t.iter().any(|(_, s)| s.contains("iVBOR")));

    let body = br#"{"contents":[{"role":"user","parts":[{"text":"hi gemini"},{"inlineData":{"mimeType":"image/jpeg","data":"/9j/4AAQSkZJRg"}},{"inlineData":{"mimeType":"text/plain","data":"aGVsbG8gd29ybGQ="}}]}],"systemInstruction":{"parts":[{"text":"system says"}]}}"#;
    let e = extract(
        ApiKind::Gemini,
        "/v1beta/models/gemini-2.5-pro:generateContent",
        body,
    );
    assert_eq!(e.model.as_deref(), Some("gemini-2.5-pro"));
    let t = texts(&e);
    assert!(t.contains(&("/contents/0/parts/2/inlineData/data", "hello world".into())));
    assert!(t.contains(&("/systemInstruction/parts/0/text", "system says".into())));
    assert!(!t.iter().any(|(_, s)| s.contains("/9j/")));

    let body = br#"{"messages":[{"role":"user","content":[{"text":"converse text"},{"image":{"format":"png","source":{"bytes":"iVBORw0KGgo="}}},{"document":{"format":"txt","name":"n","source":{"bytes":"aGVsbG8gd29ybGQ="}}},{"document":{"format":"pdf","name":"p","source":{"bytes":"JVBERi0xLjQK"}}}]}],"system":[{"text":"sys text"}]}"#;
    let e = extract(
        ApiKind::Bedrock,
        "/model/anthropic.claude-3%3A0/converse",
        body,
    );
    assert_eq!(e.shape, Shape::BedrockConverse);
    assert_eq!(e.model.as_deref(), Some("anthropic.claude-3:0"));
    let t = texts(&e);
    assert!(t.contains(&(
        "/messages/0/content/2/document/source/bytes",
        "hello world".into()
    )));
    assert!(!t
        .iter()
        .any(|(_, s)| s.contains("iVBOR") || s.contains("JVBER")));
}

#[test]
fn malformed_is_raw() {
    let body = b"{\"messages\": [ \"unterminated";
    let e = extract(ApiKind::Anthropic, "/v1/messages", body);
    assert_eq!(e.shape, Shape::Raw);
    assert_eq!(e.segments.len(), 1);
    assert_eq!(e.segments[0].text.as_ref(), &body[..]);
}

#[test]
fn pointers_escape_keys_and_count_items() {
    let mut items = vec!["1"; 12];
    items.push(r#""the twelfth item""#);
    let body = format!(
        r#"{{"a/b~c": {{"x\u00e9": [{}], "pl\"ain": "one more string"}}}}"#,
        items.join(",")
    );
    let e = extract(ApiKind::Generic, "/x", body.as_bytes());
    let ptrs: Vec<&str> = e.segments.iter().map(|s| s.pointer.as_str()).collect();
    assert_eq!(ptrs, ["/a~1b~0c/xé/12", "/a~1b~0c/pl\"ain"]);
    let mut p = String::new();
    push_key(&mut p, b"a\xffb/");
    assert_eq!(p, "a\u{FFFD}b~1");
}

/// Long plain integers are segments of their raw digits in every API
/// kind's walk (the shared walker); short numbers, fractions, exponents and
/// negative numbers are not.
#[test]
fn long_integers_are_segments() {
    let body = br#"{"contents":[{"role":"user","parts":[{"functionResponse":{"name":"get_customer","response":{"customer":{"id":42,"autopay":{"card_number":4554621345334895,"exp":"09/27"},"balance":-1234567890123456,"ratio":1234567890123.5,"big":1.2345678901234e15,"created_ms":1710512525123,"short":123456789012}}}}]}]}"#;
    for api in [
        ApiKind::Gemini,
        ApiKind::Anthropic,
        ApiKind::Openai,
        ApiKind::Bedrock,
        ApiKind::Generic,
    ] {
        let e = extract(api, "/v1beta/models/gemini-2.0-flash:generateContent", body);
        let nums: Vec<&Segment> = e
            .segments
            .iter()
            .filter(|s| s.map == OffsetMap::Number)
            .collect();
        let got: Vec<(&str, &[u8])> = nums
            .iter()
            .map(|s| (s.pointer.as_str(), &body[s.raw_start..s.raw_end]))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "/contents/0/parts/0/functionResponse/response/customer/autopay/card_number",
                    &b"4554621345334895"[..]
                ),
                (
                    "/contents/0/parts/0/functionResponse/response/customer/created_ms",
                    &b"1710512525123"[..]
                ),
            ],
            "{api:?}"
        );
        for s in nums {
            assert_eq!(s.raw_range(0, s.text.len()), (s.raw_start, s.raw_end));
        }
    }
    // JSONL goes through the same walker.
    let jsonl = b"{\"a\":4554621345334895}\n{\"b\":1}\n";
    let e = extract(ApiKind::Openai, "/v1/batches", jsonl);
    assert!(e.segments.iter().any(|s| s.map == OffsetMap::Number));
}
