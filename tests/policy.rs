//! End-to-end tests of the policy (issue 4): identity by source address,
//! proxy auth and API key; block, redact and deny with API-shaped replies;
//! hot reload; the audit log; the binary keeping secrets out of its output.
#![allow(clippy::unwrap_used)]

mod common;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::*;
use http::Request;
use http_body_util::Full;

// === fixtures ===

const ANTHROPIC: &str = "api.anthropic.com";
const OPENAI: &str = "api.openai.com";
const GEMINI: &str = "generativelanguage.googleapis.com";

fn anthropic_body(text: &str) -> String {
    serde_json::json!({
        "model": "claude-sonnet-4-5",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": text}],
    })
    .to_string()
}

fn openai_body(text: &str) -> String {
    serde_json::json!({
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": text}],
    })
    .to_string()
}

fn gemini_body(text: &str) -> String {
    serde_json::json!({
        "contents": [{"role": "user", "parts": [{"text": text}]}],
    })
    .to_string()
}

const GEMINI_PATH: &str = "/v1beta/models/gemini-2.0-flash:generateContent";

fn audit_yaml(dir: &Path) -> (PathBuf, String) {
    let p = dir.join("audit.jsonl");
    let y = format!("audit:\n  path: {}\n", p.display());
    (p, y)
}

/// Sends one request with a bounded wait; a transport error panics.
async fn send(c: &mut Client, req: Request<Full<bytes::Bytes>>) -> (u16, http::HeaderMap, String) {
    let resp = tokio::time::timeout(Duration::from_secs(10), c.send(req))
        .await
        .expect("request timed out")
        .expect("transport error");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = tokio::time::timeout(Duration::from_secs(10), body_bytes(resp))
        .await
        .expect("response body timed out");
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

/// The incident id (`pw-` + hex) quoted in a message.
fn incident_in(message: &str) -> String {
    let re = regex::Regex::new(r"pw-[0-9a-f]{6,}").unwrap();
    re.find(message)
        .unwrap_or_else(|| panic!("no incident id in: {message}"))
        .as_str()
        .to_string()
}

/// A mock-upstream response (the mock echoes length and hash as JSON).
fn assert_forwarded(status: u16, headers: &http::HeaderMap, body: &str) {
    assert_eq!(status, 200, "{body}");
    assert_eq!(headers.get("x-upstream").unwrap(), "mock", "{body}");
}

fn assert_blocked(status: u16, headers: &http::HeaderMap, body: &str) {
    assert_eq!(status, 400, "{body}");
    assert_eq!(headers.get("x-promptwall").unwrap(), "1", "{body}");
    assert!(headers.get("x-upstream").is_none(), "{body}");
}

const TWO_GROUPS: &str = "policy:
  groups:
    - name: strict
      cidrs: [127.0.0.2/32]
      users: [alice]
    - name: lax
      cidrs: [127.0.0.3/32]
      users: [bob]
  rules:
    - name: strict-secrets
      groups: [strict]
      action: inspect
      on: {secret: block}
    - name: lax-secrets
      groups: [lax]
      action: inspect
      on: {secret: log}
";

// === 1. identity ===

#[tokio::test]
async fn groups_by_source_address_get_different_outcomes() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let px = start_proxy(&ca, up.addr, &format!("{TWO_GROUPS}{ay}")).await;
    let key = aws_key(1);
    let body = anthropic_body(&format!("deploy with {key} please"));

    let mut strict = client_from(&px, "127.0.0.2", ANTHROPIC, None).await;
    let (s, h, b) = send(
        &mut strict,
        post(ANTHROPIC, "/v1/messages", body.clone(), false),
    )
    .await;
    assert_blocked(s, &h, &b);
    assert!(
        up.requests().is_empty(),
        "a blocked request reached upstream"
    );

    let mut lax = client_from(&px, "127.0.0.3", ANTHROPIC, None).await;
    let (s, h, b) = send(
        &mut lax,
        post(ANTHROPIC, "/v1/messages", body.clone(), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    let seen = up.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].body,
        body.as_bytes(),
        "logged finding must not change the body"
    );

    let blocked = wait_audit(&audit, |r| r["verdict"] == "block").await;
    assert_eq!(blocked["client"], "127.0.0.2");
    assert_eq!(blocked["group"], "strict");
    assert_eq!(blocked["identity_source"], "address");
    assert_eq!(blocked["rule"], "strict-secrets");
    let passed = wait_audit(&audit, |r| r["verdict"] == "pass").await;
    assert_eq!(passed["client"], "127.0.0.3");
    assert_eq!(passed["group"], "lax");
    assert_eq!(passed["rule"], "lax-secrets");
    assert_eq!(passed["findings"][0]["detector"], "aws_access_key_id");
    assert_eq!(passed["findings"][0]["action"], "log");
}

fn users_file(dir: &Path, users: &[(&str, &str)]) -> PathBuf {
    let p = dir.join("users");
    let text: String = users
        .iter()
        .map(|(u, pw)| {
            let h = promptwall::identity::users::hash_password(pw).unwrap();
            assert!(h.starts_with("$argon2id$"), "{h}");
            format!("{u}:{h}\n")
        })
        .collect();
    std::fs::write(&p, text).unwrap();
    p
}

#[tokio::test]
async fn users_by_proxy_auth_get_different_outcomes_and_bad_credentials_get_407() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let users = users_file(tmp.path(), &[("alice", "alice-pw-1"), ("bob", "bob-pw-2")]);
    let extra = format!(
        "{TWO_GROUPS}  proxy_auth: required\n  users_file: {}\n{ay}",
        users.display()
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(2);
    let body = openai_body(&format!("my key: {key}"));

    // Both from the same address: only the user tells them apart.
    let alice = basic_auth("alice", "alice-pw-1");
    let mut c = client_from(&px, "127.0.0.1", OPENAI, Some(&alice)).await;
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", body.clone(), false),
    )
    .await;
    assert_blocked(s, &h, &b);
    assert!(up.requests().is_empty());

    let bob = basic_auth("bob", "bob-pw-2");
    let mut c = client_from(&px, "127.0.0.1", OPENAI, Some(&bob)).await;
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", body.clone(), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    assert_eq!(up.requests().len(), 1);

    let rec = wait_audit(&audit, |r| r["user"] == "alice").await;
    assert_eq!(
        (&rec["group"], &rec["identity_source"], &rec["verdict"]),
        (
            &serde_json::json!("strict"),
            &serde_json::json!("proxy_auth"),
            &serde_json::json!("block")
        )
    );
    let rec = wait_audit(&audit, |r| r["user"] == "bob").await;
    assert_eq!(rec["group"], "lax");
    assert_eq!(rec["verdict"], "pass");

    // Missing, wrong and unknown credentials, and a non-Basic scheme.
    let wrong = basic_auth("alice", "bob-pw-2");
    let unknown = basic_auth("mallory", "x");
    for auth in [
        None,
        Some(wrong.as_str()),
        Some(unknown.as_str()),
        Some("Bearer abc"),
    ] {
        let (_, head) = connect_raw_from(
            "127.0.0.1".parse().unwrap(),
            px.explicit(),
            OPENAI,
            443,
            auth,
        )
        .await;
        assert!(head.starts_with("HTTP/1.1 407"), "{auth:?}: {head}");
        let lower = head.to_ascii_lowercase();
        assert!(
            lower.contains("\r\nproxy-authenticate: basic"),
            "{auth:?}: {head}"
        );
    }
    assert_eq!(up.requests().len(), 1, "nothing more went upstream");
    let refused = audit_records(&audit)
        .into_iter()
        .filter(|r| r["kind"] == "connection" && r["verdict"] == "proxy_auth_failed")
        .count();
    assert_eq!(refused, 4);
    // The passwords are never logged.
    let log = std::fs::read_to_string(&audit).unwrap();
    for secret in ["alice-pw-1", "bob-pw-2", key.as_str()] {
        assert!(!log.contains(secret), "{secret} in the audit log");
    }
}

// === 2. blocks are API-shaped ===

#[tokio::test]
async fn blocked_requests_get_api_shaped_errors_and_never_reach_upstream() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    // The built-in default: inspect, secrets block.
    let px = start_proxy(&ca, up.addr, &ay).await;
    let key = aws_key(3);
    let text = format!("here is the config\naws_key = {key}\nthanks");

    let cases = [
        (
            ANTHROPIC,
            "/v1/messages",
            anthropic_body(&text),
            "/messages/0/content",
        ),
        (
            OPENAI,
            "/v1/chat/completions",
            openai_body(&text),
            "/messages/0/content",
        ),
        (
            GEMINI,
            GEMINI_PATH,
            gemini_body(&text),
            "/contents/0/parts/0/text",
        ),
    ];
    let mut incidents = Vec::new();
    for (host, path, body, pointer) in cases {
        let mut c = client_via(&px, host, &[b"h2", b"http/1.1"]).await;
        let (s, h, b) = send(&mut c, post(host, path, body, true)).await;
        assert_blocked(s, &h, &b);
        assert!(
            h.get("content-type")
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{host}"
        );
        assert!(
            !b.contains(&key),
            "{host}: the reply contains the secret: {b}"
        );
        let v = json(&b);
        let message = match host {
            ANTHROPIC => {
                assert_eq!(v["type"], "error", "{b}");
                assert_eq!(v["error"]["type"], "invalid_request_error", "{b}");
                v["error"]["message"].as_str().unwrap().to_string()
            }
            OPENAI => {
                assert_eq!(v["error"]["type"], "invalid_request_error", "{b}");
                assert_eq!(v["error"]["code"], "promptwall_blocked", "{b}");
                v["error"]["message"].as_str().unwrap().to_string()
            }
            _ => {
                assert_eq!(v["error"]["code"], 400, "{b}");
                assert_eq!(v["error"]["status"], "INVALID_ARGUMENT", "{b}");
                v["error"]["message"].as_str().unwrap().to_string()
            }
        };
        assert!(message.contains("aws_access_key_id"), "{host}: {message}");
        assert!(
            message.contains(pointer),
            "{host}: no location {pointer}: {message}"
        );
        assert!(message.contains("line 2"), "{host}: no line: {message}");
        let incident = incident_in(&message);
        let rec = wait_audit(&audit, |r| r["incident_id"] == incident.as_str()).await;
        assert_eq!(rec["verdict"], "block", "{rec}");
        assert_eq!(rec["host"], host);
        assert_eq!(rec["findings"][0]["location"], pointer);
        incidents.push(incident);
    }
    assert!(
        up.requests().is_empty(),
        "blocked requests reached the upstream: {:?}",
        up.requests()
    );
    incidents.sort();
    incidents.dedup();
    assert_eq!(incidents.len(), 3, "incident ids must be unique");
    let log = std::fs::read_to_string(&audit).unwrap();
    assert!(!log.contains(&key));
}

// === 3. redaction ===

const REDACT: &str = "policy:\n  default:\n    action: inspect\n    on: {secret: redact}\n";

/// The redaction marker the upstream saw for `detector`.
fn marker_in(body: &str, detector: &str) -> String {
    let re = regex::Regex::new(&format!(r"\[REDACTED:{detector}:[0-9a-f]{{4,}}\]")).unwrap();
    re.find(body)
        .unwrap_or_else(|| panic!("no {detector} redaction marker in: {body}"))
        .as_str()
        .to_string()
}

fn assert_length_header(seen: &Seen) {
    let cl = seen
        .headers
        .get("content-length")
        .unwrap_or_else(|| panic!("no content-length: {:?}", seen.headers));
    assert_eq!(
        cl.to_str().unwrap().parse::<usize>().unwrap(),
        seen.body.len()
    );
}

#[tokio::test]
async fn redacted_request_is_valid_json_identical_elsewhere_with_a_stable_marker() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let px = start_proxy(&ca, up.addr, &format!("{REDACT}{ay}")).await;
    let key = aws_key(4);
    // Escapes and non-ASCII around the secret: the patch must keep them.
    let first = anthropic_body(&format!("line \"one\"\n\tkey {key} — é ✓\\ end"));
    let second = format!(
        r#"{{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{{"role":"user","content":"line \"one\"\n\tkey {key} — é ✓\\ end"}},{{"role":"assistant","content":"ok"}},{{"role":"user","content":"again: {key}"}}],"metadata":{{"user_id":"u1"}}}}"#
    );
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    for body in [&first, &second] {
        let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
        assert_forwarded(s, &h, &b);
    }
    let seen = up.requests();
    assert_eq!(seen.len(), 2);
    let mut markers = Vec::new();
    for (sent, got) in [&first, &second].into_iter().zip(&seen) {
        let got_text = String::from_utf8(got.body.to_vec()).unwrap();
        assert!(
            !got_text.contains(&key),
            "secret reached upstream: {got_text}"
        );
        let ph = marker_in(&got_text, "aws_access_key_id");
        assert_eq!(
            got_text,
            sent.replace(&key, &ph),
            "bytes other than the secret changed"
        );
        serde_json::from_str::<serde_json::Value>(&got_text).expect("valid JSON upstream");
        assert_length_header(got);
        markers.push(ph);
    }
    assert_eq!(
        markers[0], markers[1],
        "the same secret must get the same redaction marker"
    );
    // A different secret gets a different redaction marker.
    let other = anthropic_body(&format!("key {}", aws_key(5)));
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", other, false)).await;
    assert_forwarded(s, &h, &b);
    let third = String::from_utf8(up.requests()[2].body.to_vec()).unwrap();
    assert_ne!(marker_in(&third, "aws_access_key_id"), markers[0]);

    let rec = wait_audit(&audit, |r| r["verdict"] == "redact").await;
    assert!(rec["incident_id"].as_str().unwrap().starts_with("pw-"));
    assert_eq!(rec["findings"][0]["action"], "redact");
    assert!(!std::fs::read_to_string(&audit).unwrap().contains(&key));
}

#[tokio::test]
async fn gzip_body_is_redacted_and_forwarded_uncompressed() {
    use std::io::Write;
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, REDACT).await;
    let key = aws_key(6);
    let plain = openai_body(&format!("rotate {key} today"));
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(plain.as_bytes()).unwrap();
    let gz = enc.finish().unwrap();

    for h2 in [false, true] {
        let alpn: &[&[u8]] = if h2 { &[b"h2"] } else { &[b"http/1.1"] };
        let mut c = client_via(&px, OPENAI, alpn).await;
        let mut req = post(OPENAI, "/v1/chat/completions", gz.clone(), h2);
        req.headers_mut()
            .insert("content-encoding", "gzip".parse().unwrap());
        let (s, h, b) = send(&mut c, req).await;
        assert_forwarded(s, &h, &b);
    }
    let seen = up.requests();
    assert_eq!(seen.len(), 2);
    for got in &seen {
        assert!(
            got.headers.get("content-encoding").is_none(),
            "still marked compressed: {:?}",
            got.headers
        );
        let text = String::from_utf8(got.body.to_vec()).expect("forwarded uncompressed");
        let ph = marker_in(&text, "aws_access_key_id");
        assert_eq!(text, plain.replace(&key, &ph));
        serde_json::from_str::<serde_json::Value>(&text).expect("valid JSON upstream");
        assert_length_header(got);
    }
}

// === 4. deny ===

#[tokio::test]
async fn denied_service_and_deny_rule_get_api_shaped_errors_and_nothing_upstream() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let extra = format!(
        "policy:
  groups:
    - name: lax
      cidrs: [127.0.0.3/32]
  deny_services: [openai]
  rules:
    - name: no-gemini-for-lax
      groups: [lax]
      services: [gemini]
      action: deny
{ay}"
    );
    let px = start_proxy(&ca, up.addr, &extra).await;

    let mut c = client_from(&px, "127.0.0.1", OPENAI, None).await;
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", openai_body("hello"), false),
    )
    .await;
    assert_blocked(s, &h, &b);
    let v = json(&b);
    assert_eq!(v["error"]["type"], "invalid_request_error", "{b}");
    assert_eq!(v["error"]["code"], "promptwall_denied", "{b}");
    let openai_incident = incident_in(v["error"]["message"].as_str().unwrap());

    let mut c = client_from(&px, "127.0.0.3", GEMINI, None).await;
    let (s, h, b) = send(
        &mut c,
        post(GEMINI, GEMINI_PATH, gemini_body("hello"), false),
    )
    .await;
    assert_blocked(s, &h, &b);
    let v = json(&b);
    assert_eq!(v["error"]["status"], "INVALID_ARGUMENT", "{b}");
    assert_eq!(v["error"]["code"], 400, "{b}");
    let gemini_incident = incident_in(v["error"]["message"].as_str().unwrap());
    assert!(up.requests().is_empty(), "denied requests reached upstream");

    // The rule names a group: others still get Gemini.
    let mut c = client_from(&px, "127.0.0.2", GEMINI, None).await;
    let (s, h, b) = send(
        &mut c,
        post(GEMINI, GEMINI_PATH, gemini_body("hello"), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    assert_eq!(up.requests().len(), 1);

    let r = wait_audit(&audit, |r| r["incident_id"] == openai_incident.as_str()).await;
    assert_eq!(
        (&r["verdict"], &r["rule"], &r["service"]),
        (
            &serde_json::json!("deny"),
            &serde_json::json!("deny_services"),
            &serde_json::json!("openai")
        )
    );
    let r = wait_audit(&audit, |r| r["incident_id"] == gemini_incident.as_str()).await;
    assert_eq!(r["verdict"], "deny");
    assert_eq!(r["rule"], "no-gemini-for-lax");
    assert_eq!(r["group"], "lax");
}

// === 5. reload ===

fn reload_policy(secret_action: &str, group: &str, audit: &Path) -> String {
    format!(
        "policy:
  groups:
    - name: eng
      cidrs: [127.0.0.0/8]
  rules:
    - name: eng-secrets
      groups: [{group}]
      action: inspect
      on: {{secret: {secret_action}}}
audit:
  path: {}
",
        audit.display()
    )
}

fn rewrite(path: &Path, ca: &TestCa, upstream: SocketAddr, policy: &str) {
    let dir = path.parent().unwrap();
    std::fs::write(path, proxy_yaml(dir, ca, upstream, policy)).unwrap();
}

#[tokio::test]
async fn reload_rejects_a_broken_file_and_applies_a_changed_rule_on_the_same_connection() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let audit = tmp.path().join("audit.jsonl");
    let (px, path) = start_proxy_file(&ca, up.addr, &reload_policy("block", "eng", &audit)).await;
    let proxy = px.running.proxy.clone();
    let key = aws_key(7);
    let body = anthropic_body(&format!("key {key}"));
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
    assert_blocked(s, &h, &b);

    // Unknown group: rejected, old policy in force, connection intact.
    rewrite(
        &path,
        &ca,
        up.addr,
        &reload_policy("log", "no-such-group", &audit),
    );
    assert!(!promptwall::enforce::live::reload(&proxy, &path));
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
    assert_blocked(s, &h, &b);
    // Unknown detector in 'on:' (caught when the policy compiles).
    rewrite(
        &path,
        &ca,
        up.addr,
        &reload_policy("log, no_such_detector: block", "eng", &audit),
    );
    assert!(!promptwall::enforce::live::reload(&proxy, &path));
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
    assert_blocked(s, &h, &b);
    assert!(up.requests().is_empty());

    // block → log: the next request on the same connection is forwarded.
    rewrite(&path, &ca, up.addr, &reload_policy("log", "eng", &audit));
    assert!(promptwall::enforce::live::reload(&proxy, &path));
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
    assert_forwarded(s, &h, &b);
    assert_eq!(up.requests().len(), 1);

    let m = px.running.metrics.render();
    assert!(
        m.contains("promptwall_policy_reloads_total{result=\"rejected\"} 2"),
        "{m}"
    );
    assert!(
        m.contains("promptwall_policy_reloads_total{result=\"ok\"} 1"),
        "{m}"
    );
    // All four requests went over the one intercepted connection.
    assert!(
        m.contains("promptwall_connections_total{mode=\"explicit\",outcome=\"intercepted\"} 1"),
        "{m}"
    );
}

#[tokio::test]
async fn reload_under_load_switches_decisions_without_dropping_requests() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let audit = tmp.path().join("audit.jsonl");
    let (px, path) = start_proxy_file(&ca, up.addr, &reload_policy("block", "eng", &audit)).await;
    let proxy = px.running.proxy.clone();
    let key = aws_key(8);
    let body = openai_body(&format!("key {key}"));

    const CONNS: usize = 4;
    const PER_CONN: usize = 50;
    let done = Arc::new(AtomicUsize::new(0));
    // Set just before reload() is called, and after it returned.
    let reloading = Arc::new(AtomicBool::new(false));
    let reloaded = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for i in 0..CONNS {
        let h2 = i % 2 == 1;
        let alpn: &[&[u8]] = if h2 { &[b"h2"] } else { &[b"http/1.1"] };
        let mut c = client_via(&px, OPENAI, alpn).await;
        let (done, reloading, reloaded, body) = (
            done.clone(),
            reloading.clone(),
            reloaded.clone(),
            body.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut outcomes = Vec::new();
            for _ in 0..PER_CONN {
                let after = reloaded.load(Ordering::SeqCst);
                let req = post(OPENAI, "/v1/chat/completions", body.clone(), h2);
                let resp = tokio::time::timeout(Duration::from_secs(10), c.send(req))
                    .await
                    .map_err(|_| "timeout".to_string())
                    .and_then(|r| r.map_err(|e| format!("transport error: {e}")))?;
                let status = resp.status().as_u16();
                let mock = resp.headers().contains_key("x-upstream");
                let _ = body_bytes(resp).await;
                let before = !reloading.load(Ordering::SeqCst);
                outcomes.push((status, mock, after, before));
                done.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Ok::<_, String>(outcomes)
        }));
    }
    let wait = async {
        while done.load(Ordering::SeqCst) < CONNS * PER_CONN * 2 / 5 {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(10), wait)
        .await
        .expect("load loop too slow");
    rewrite(&path, &ca, up.addr, &reload_policy("log", "eng", &audit));
    reloading.store(true, Ordering::SeqCst);
    assert!(promptwall::enforce::live::reload(&proxy, &path));
    reloaded.store(true, Ordering::SeqCst);

    let (mut blocked, mut forwarded) = (0, 0);
    for t in tasks {
        let outcomes = tokio::time::timeout(Duration::from_secs(20), t)
            .await
            .expect("load loop did not finish")
            .unwrap()
            .unwrap_or_else(|e| panic!("a request failed: {e}"));
        assert_eq!(outcomes.len(), PER_CONN);
        let mut seen_forward = false;
        for (status, mock, sent_after, answered_before) in outcomes {
            match (status, mock) {
                (400, false) => {
                    assert!(!sent_after, "blocked after the reload returned");
                    assert!(
                        !seen_forward,
                        "blocked after an earlier request was forwarded"
                    );
                    blocked += 1;
                }
                (200, true) => {
                    assert!(!answered_before, "forwarded before the reload started");
                    seen_forward = true;
                    forwarded += 1;
                }
                other => panic!("unexpected outcome {other:?}"),
            }
        }
        assert!(seen_forward, "a connection never saw the new rule");
    }
    assert_eq!(blocked + forwarded, CONNS * PER_CONN);
    assert!(blocked >= CONNS * PER_CONN * 2 / 5, "{blocked}");
    assert_eq!(up.requests().len(), forwarded);
    // Every request has its audit record, with the decision it got.
    let wait = async {
        loop {
            let recs = audit_records(&audit);
            if recs.len() >= CONNS * PER_CONN {
                return recs;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let recs = tokio::time::timeout(Duration::from_secs(5), wait)
        .await
        .expect("audit records missing");
    assert_eq!(recs.len(), CONNS * PER_CONN);
    let count = |v: &str| recs.iter().filter(|r| r["verdict"] == v).count();
    assert_eq!((count("block"), count("pass")), (blocked, forwarded));
    let m = px.running.metrics.render();
    assert!(
        m.contains("promptwall_policy_reloads_total{result=\"ok\"} 1"),
        "{m}"
    );
}

// === 6. audit log ===

const AUDIT_FIELDS: &[&str] = &[
    "time",
    "kind",
    "conn_id",
    "request_id",
    "incident_id",
    "client",
    "mode",
    "user",
    "group",
    "identity_source",
    "service",
    "host",
    "method",
    "path",
    "model",
    "rule",
    "verdict",
    "findings",
    "bytes_in",
    "bytes_out",
    "inspect_us",
    "upstream_status",
];

#[tokio::test]
async fn audit_log_has_every_field_and_never_a_secret() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let users = users_file(tmp.path(), &[("alice", "alice-pw-1")]);
    let extra = format!(
        "{TWO_GROUPS}  proxy_auth: optional\n  users_file: {}\n{ay}",
        users.display()
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(9);
    let gkey = format!("AIza{}", "Sy3Kq9ZbX7wT2mV5nR8pL4cJ6hF1dG0eQa"); // 39 chars
    let body = anthropic_body(&format!("hello\nthe key is {key}"));

    let auth = basic_auth("alice", "alice-pw-1");
    let mut c = client_from(&px, "127.0.0.1", ANTHROPIC, Some(&auth)).await;
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
    assert_blocked(s, &h, &b);
    let incident = incident_in(&b);

    let r = wait_audit(&audit, |r| r["incident_id"] == incident.as_str()).await;
    let obj = r.as_object().unwrap();
    for f in AUDIT_FIELDS {
        assert!(obj.contains_key(*f), "field {f} missing: {r}");
    }
    let time = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$").unwrap();
    assert!(time.is_match(r["time"].as_str().unwrap()), "{r}");
    assert_eq!(r["kind"], "request");
    assert!(r["conn_id"].as_u64().is_some(), "{r}");
    assert!(r["request_id"].as_str().unwrap().starts_with("req-"), "{r}");
    assert_eq!(r["client"], "127.0.0.1");
    assert_eq!(r["mode"], "explicit");
    assert_eq!(r["user"], "alice");
    assert_eq!(r["group"], "strict");
    assert_eq!(r["identity_source"], "proxy_auth");
    assert_eq!(r["service"], "anthropic");
    assert_eq!(r["host"], ANTHROPIC);
    assert_eq!(r["method"], "POST");
    assert_eq!(r["path"], "/v1/messages");
    assert_eq!(r["model"], "claude-sonnet-4-5");
    assert_eq!(r["rule"], "strict-secrets");
    assert_eq!(r["verdict"], "block");
    assert_eq!(r["bytes_in"], body.len());
    assert!(r["bytes_out"].as_u64().is_some(), "{r}");
    assert!(r["inspect_us"].as_u64().is_some(), "{r}");
    assert!(r["upstream_status"].is_null(), "nothing went upstream: {r}");
    let f = &r["findings"][0];
    for k in ["detector", "category", "location", "line", "hash", "action"] {
        assert!(f.get(k).is_some(), "finding field {k} missing: {r}");
    }
    assert_eq!(f["detector"], "aws_access_key_id");
    assert_eq!(f["category"], "secret");
    assert_eq!(f["location"], "/messages/0/content");
    assert_eq!(f["line"], 2);
    assert!(
        regex::Regex::new("^[0-9a-f]{16}$")
            .unwrap()
            .is_match(f["hash"].as_str().unwrap()),
        "{r}"
    );
    assert_eq!(f["action"], "block");

    // A forwarded request: upstream status and bytes out.
    let clean = anthropic_body("nothing to see");
    let (s, h, b) = send(
        &mut c,
        post(ANTHROPIC, "/v1/messages", clean.clone(), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    let r = wait_audit(&audit, |r| r["verdict"] == "pass").await;
    assert_eq!(r["upstream_status"], 200);
    assert_eq!(r["bytes_out"], b.len());
    assert_eq!(r["bytes_in"], clean.len());
    assert_eq!(r["user"], "alice");

    // Gemini's key travels in the URL: never logged.
    let mut g = client_from(&px, "127.0.0.3", GEMINI, None).await;
    let path = format!("{GEMINI_PATH}?alt=sse&key={gkey}");
    let (s, h, b) = send(&mut g, post(GEMINI, &path, gemini_body("hi"), false)).await;
    assert_forwarded(s, &h, &b);
    assert_eq!(
        up.requests().last().unwrap().path,
        path,
        "query forwarded intact"
    );
    let r = wait_audit(&audit, |r| r["service"] == "gemini").await;
    assert_eq!(r["path"], format!("{GEMINI_PATH}?alt=sse&key=REDACTED"));
    assert_eq!(r["model"], "gemini-2.0-flash", "model from the URL: {r}");
    assert_eq!(r["group"], "lax");

    let log = std::fs::read_to_string(&audit).unwrap();
    for secret in [key.as_str(), gkey.as_str(), "alice-pw-1"] {
        assert!(!log.contains(secret), "{secret} in the audit log:\n{log}");
    }
}

// === 7. API-key ownership ===

#[tokio::test]
async fn api_key_owner_gets_the_group_decision_and_the_key_is_never_logged() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let detect = "detect:\n  hash_key: policy-test-hash-key\n";
    let cfg = Config::from_yaml(detect, "detect.yaml").unwrap();
    let inspector = promptwall::inspect::Inspector::new(&cfg.detect).unwrap();
    let api_key = "sk-ant-api03-Zq8Lw2Nf5Rb9Tx4Kc7Vm1Hj6Pd3Gs0Ya-carol";
    let fp = promptwall::enforce::request::fingerprint(&inspector, api_key);
    // `promptwall fingerprint` prints the same value for the same config.
    let detect_file = tmp.path().join("detect.yaml");
    std::fs::write(&detect_file, detect).unwrap();
    let mut cli = std::process::Command::new(env!("CARGO_BIN_EXE_promptwall"))
        .arg("fingerprint")
        .arg("--config")
        .arg(&detect_file)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = cli.stdin.take().unwrap();
        stdin.write_all(format!("{api_key}\n").as_bytes()).unwrap();
    }
    let out = cli.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), fp);
    let extra = format!(
        "policy:
  groups:
    - name: contractors
  api_keys:
    - fingerprint: '{fp}'
      owner: carol
      group: contractors
  rules:
    - name: contractors-secrets
      groups: [contractors]
      action: inspect
      on: {{secret: block}}
  default:
    action: inspect
    on: {{secret: log}}
{detect}{ay}"
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(10);
    let body = anthropic_body(&format!("key {key}"));

    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    let mut req = post(ANTHROPIC, "/v1/messages", body.clone(), false);
    req.headers_mut()
        .insert("x-api-key", api_key.parse().unwrap());
    let (s, h, b) = send(&mut c, req).await;
    assert_blocked(s, &h, &b);
    assert!(up.requests().is_empty());
    let incident = incident_in(&b);
    let r = wait_audit(&audit, |r| r["incident_id"] == incident.as_str()).await;
    assert_eq!(r["user"], "carol");
    assert_eq!(r["group"], "contractors");
    assert_eq!(r["identity_source"], "api_key");
    assert_eq!(r["rule"], "contractors-secrets");

    // Same connection, another key (Authorization: Bearer), then none: default.
    let mut req = post(ANTHROPIC, "/v1/messages", body.clone(), false);
    req.headers_mut().insert(
        "authorization",
        "Bearer sk-ant-api03-someone-else-entirely-0000"
            .parse()
            .unwrap(),
    );
    let (s, h, b) = send(&mut c, req).await;
    assert_forwarded(s, &h, &b);
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
    assert_forwarded(s, &h, &b);
    // The owner's key also works as a Bearer token.
    let mut req = post(OPENAI, "/v1/chat/completions", openai_body(&key), false);
    req.headers_mut().insert(
        "authorization",
        format!("Bearer {api_key}").parse().unwrap(),
    );
    let mut o = client_via(&px, OPENAI, &[b"http/1.1"]).await;
    let (s, h, b) = send(&mut o, req).await;
    assert_blocked(s, &h, &b);
    assert_eq!(up.requests().len(), 2);
    // Forwarded requests keep their credentials for the provider.
    assert!(up.requests()[0].headers.contains_key("authorization"));

    let passes = wait_audit(&audit, |r| r["verdict"] == "pass" && r["user"].is_null()).await;
    assert_eq!(passes["identity_source"], "address");
    let log = std::fs::read_to_string(&audit).unwrap();
    assert!(!log.contains(api_key), "API key in the audit log");
    assert!(
        !log.contains("someone-else-entirely"),
        "API key in the audit log"
    );
    assert!(!log.contains(&key));
}

// === 6b. the binary ===

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn binary_yaml(dir: &Path, ca_pem: &Path, port: u16, upstream: SocketAddr, openai: &str) -> String {
    let audit = dir.join("audit.jsonl");
    format!(
        "listen:
  explicit: 127.0.0.1:{port}
  admin: off
ca:
  dir: {ca_dir}
upstream:
  extra_roots: ['{roots}']
  webpki_roots: false
  connect_timeout: 2s
  hosts:
    {ANTHROPIC}: {upstream}
    {OPENAI}: {upstream}
    {GEMINI}: {upstream}
policy:
  rules:
    - name: openai-rule
      services: [openai]
      action: inspect
      on: {{secret: {openai}}}
    - name: anthropic-redact
      services: [anthropic]
      action: inspect
      on: {{secret: redact}}
audit:
  path: {audit}
log:
  level: debug
",
        ca_dir = dir.join("ca").display(),
        roots = ca_pem.display(),
        audit = audit.display(),
    )
}

/// curl through the proxy; returns (status, body).
async fn curl(dir: &Path, port: u16, host: &str, path: &str, body: &str) -> (u16, String) {
    curl_with(dir, port, host, path, body, &[]).await
}

async fn curl_with(
    dir: &Path,
    port: u16,
    host: &str,
    path: &str,
    body: &str,
    headers: &[&str],
) -> (u16, String) {
    let file = dir.join(format!("body-{}.json", rand::random::<u32>()));
    std::fs::write(&file, body).unwrap();
    let out = tokio::time::timeout(
        Duration::from_secs(20),
        tokio::process::Command::new("curl")
            .args(["-sS", "--max-time", "10", "-x"])
            .arg(format!("http://127.0.0.1:{port}"))
            .arg("--cacert")
            .arg(dir.join("ca").join("ca.pem"))
            .args(headers.iter().flat_map(|h| ["-H", h]))
            .args(["-H", "content-type: application/json", "--data-binary"])
            .arg(format!("@{}", file.display()))
            .args(["-w", "\n%{http_code}"])
            .arg(format!("https://{host}{path}"))
            .env_remove("HTTPS_PROXY")
            .env_remove("https_proxy")
            .env_remove("ALL_PROXY")
            .env("NO_PROXY", "")
            .kill_on_drop(true)
            .output(),
    )
    .await
    .expect("curl timed out")
    .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap_or(("", &text));
    (
        code.trim().parse().unwrap_or_else(|_| {
            panic!(
                "curl failed: {text} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        }),
        body.to_string(),
    )
}

fn signal(pid: u32, sig: &str) {
    let ok = std::process::Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{sig} {pid}");
}

/// Replaces `path` atomically with `text` of the same length and the old
/// modification time, so only SIGHUP (not the file watcher) can notice.
fn replace_unnoticed(path: &Path, text: &str) {
    let old = std::fs::metadata(path).unwrap();
    assert_eq!(old.len() as usize, text.len(), "same length");
    let tmp = path.with_extension("new");
    std::fs::write(&tmp, text).unwrap();
    let f = std::fs::File::options().write(true).open(&tmp).unwrap();
    f.set_modified(old.modified().unwrap()).unwrap();
    drop(f);
    std::fs::rename(&tmp, path).unwrap();
}

#[tokio::test]
async fn binary_keeps_secrets_out_of_stdout_stderr_and_audit_and_reloads_on_sighup() {
    // This test drives the real binary with curl, a real client.
    let has_curl = std::process::Command::new("curl")
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .status()
        .is_ok();
    if !has_curl {
        assert_ne!(
            std::env::var("PROMPTWALL_REQUIRE_NETNS").as_deref(),
            Ok("1"),
            "curl is required here (apt-get install curl)"
        );
        eprintln!("SKIP binary test: curl is not installed (apt-get install curl)");
        return;
    }
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let roots = ca.write_pem(dir);
    let port = free_port();
    let path = dir.join("promptwall.yaml");
    std::fs::write(&path, binary_yaml(dir, &roots, port, up.addr, "block")).unwrap();
    let stdout = std::fs::File::create(dir.join("stdout")).unwrap();
    let stderr = std::fs::File::create(dir.join("stderr")).unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_promptwall"))
        .arg("run")
        .arg("--config")
        .arg(&path)
        .env_remove("RUST_LOG")
        .stdout(stdout)
        .stderr(stderr)
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let pid = child.id().unwrap();

    // Ready when the port accepts and the CA exists.
    let ready = async {
        loop {
            if dir.join("ca").join("ca.pem").exists()
                && tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .is_ok()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    if tokio::time::timeout(Duration::from_secs(15), ready)
        .await
        .is_err()
    {
        let _ = child.kill().await;
        panic!(
            "promptwall did not start: {}",
            std::fs::read_to_string(dir.join("stderr")).unwrap_or_default()
        );
    }

    let key = aws_key(11);
    let key2 = aws_key(12);
    let (status, body) = curl(
        dir,
        port,
        OPENAI,
        "/v1/chat/completions",
        &openai_body(&format!("key {key}")),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("promptwall_blocked"), "{body}");
    assert!(!body.contains(&key));
    assert!(up.requests().is_empty());

    let api_key = "sk-ant-api03-Bq7Nw3Kx9Lm2Vt5Rz8Hc4Pj6Yd1Gf0Se-binary";
    let sent = anthropic_body(&format!("key {key2}"));
    let x_api_key = format!("x-api-key: {api_key}");
    let (status, body) = curl_with(
        dir,
        port,
        ANTHROPIC,
        "/v1/messages",
        &sent,
        &[x_api_key.as_str()],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let seen = up.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].headers.get("x-api-key").unwrap(), api_key);
    let got = String::from_utf8(seen[0].body.to_vec()).unwrap();
    assert_eq!(
        got,
        sent.replace(&key2, &marker_in(&got, "aws_access_key_id"))
    );

    let gkey = "AIzaSyBq7Nw3Kx9Lm2Vt5Rz8Hc4Pj6Yd1Gf0Sx";
    let (status, body) = curl(
        dir,
        port,
        GEMINI,
        &format!("{GEMINI_PATH}?key={gkey}"),
        &gemini_body("hello"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        up.requests().last().unwrap().path,
        format!("{GEMINI_PATH}?key={gkey}")
    );

    // block → log ("log  " keeps the length): invisible to the watcher…
    replace_unnoticed(&path, &binary_yaml(dir, &roots, port, up.addr, "log  "));
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let (status, body) = curl(
        dir,
        port,
        OPENAI,
        "/v1/chat/completions",
        &openai_body(&format!("key {key}")),
    )
    .await;
    assert_eq!(status, 400, "reloaded without SIGHUP? {body}");
    // …until SIGHUP, which also reopens the audit file (logrotate).
    std::fs::rename(dir.join("audit.jsonl"), dir.join("audit.jsonl.1")).unwrap();
    signal(pid, "HUP");
    let mut switched = false;
    for _ in 0..50 {
        let (status, _) = curl(
            dir,
            port,
            OPENAI,
            "/v1/chat/completions",
            &openai_body(&format!("key {key}")),
        )
        .await;
        if status == 200 {
            switched = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(switched, "SIGHUP did not apply the new rule");
    assert_eq!(
        String::from_utf8(up.requests().last().unwrap().body.to_vec()).unwrap(),
        openai_body(&format!("key {key}")),
        "a logged finding is forwarded unchanged"
    );
    let rotated = wait_audit(&dir.join("audit.jsonl"), |r| r["verdict"] == "pass").await;
    assert_eq!(rotated["rule"], "openai-rule");

    // A broken file: rejected with file, line and reason; "log" stays.
    let good = binary_yaml(dir, &roots, port, up.addr, "log  ");
    let broken = good.replacen(
        "      services: [openai]\n",
        "      services: [openai]\n      groups: [no-such-group]\n",
        1,
    );
    let bad_line = broken
        .lines()
        .position(|l| l.contains("no-such-group"))
        .unwrap()
        + 1;
    std::fs::write(&path, &broken).unwrap();
    signal(pid, "HUP");
    let want = format!("{}:{bad_line}:", path.display());
    let mut logged = false;
    for _ in 0..100 {
        let err = std::fs::read_to_string(dir.join("stderr")).unwrap();
        if err.contains(&want) && err.contains("no-such-group") {
            logged = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        logged,
        "no rejection naming {want}: {}",
        std::fs::read_to_string(dir.join("stderr")).unwrap()
    );
    let (status, body) = curl(
        dir,
        port,
        OPENAI,
        "/v1/chat/completions",
        &openai_body(&format!("key {key}")),
    )
    .await;
    assert_eq!(status, 200, "the old policy must stay in force: {body}");

    // A changed file is picked up without a signal (the watcher).
    std::fs::write(&path, binary_yaml(dir, &roots, port, up.addr, "block")).unwrap();
    let mut blocked = false;
    for _ in 0..40 {
        let (status, _) = curl(
            dir,
            port,
            OPENAI,
            "/v1/chat/completions",
            &openai_body(&format!("key {key}")),
        )
        .await;
        if status == 400 {
            blocked = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(blocked, "the file watcher did not apply the changed file");

    signal(pid, "TERM");
    let exited = tokio::time::timeout(Duration::from_secs(10), child.wait()).await;
    if exited.is_err() {
        let _ = child.kill().await;
    }
    let out = std::fs::read_to_string(dir.join("stdout")).unwrap();
    let err = std::fs::read_to_string(dir.join("stderr")).unwrap();
    let log = std::fs::read_to_string(dir.join("audit.jsonl.1")).unwrap()
        + &std::fs::read_to_string(dir.join("audit.jsonl")).unwrap();
    assert!(out.contains("explicit proxy on"), "stdout: {out}");
    assert!(err.contains("reloaded"), "stderr: {err}");
    let mut records = audit_records(&dir.join("audit.jsonl.1"));
    records.extend(audit_records(&dir.join("audit.jsonl")));
    for v in ["block", "redact", "pass"] {
        assert!(
            records.iter().any(|r| r["verdict"] == v),
            "no {v} record: {log}"
        );
    }
    for secret in [key.as_str(), key2.as_str(), api_key, gkey] {
        assert!(!out.contains(secret), "{secret} on stdout:\n{out}");
        assert!(!err.contains(secret), "{secret} on stderr:\n{err}");
        assert!(!log.contains(secret), "{secret} in the audit log:\n{log}");
    }
    assert!(exited.is_ok(), "promptwall did not exit on SIGTERM");
}

// === more: fail-closed bodies, signed APIs, per-detector actions ===

/// A GitLab token the engine detects (high entropy, not an example).
fn gitlab_token(seed: u64) -> String {
    format!(
        "glpat-{}{}",
        &aws_key(seed)[4..],
        &aws_key(seed + 1000)[4..10]
    )
    .replace('A', "x")
}

#[tokio::test]
async fn uninspectable_bodies_fail_closed_with_api_shaped_errors() {
    use std::io::Write;
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let px = start_proxy(
        &ca,
        up.addr,
        &format!("limits:\n  max_inspect_body: 4KiB\n{ay}"),
    )
    .await;
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;

    // Over the inspection limit.
    let big = anthropic_body(&"x".repeat(8 << 10));
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", big, false)).await;
    assert_eq!(s, 413, "{b}");
    assert_eq!(h.get("x-promptwall").unwrap(), "1");
    assert_eq!(json(&b)["type"], "error", "{b}");
    assert_eq!(json(&b)["error"]["type"], "request_too_large", "{b}");

    // Content-Encoding that does not decode.
    let mut c = client_via(&px, OPENAI, &[b"http/1.1"]).await;
    let mut req = post(
        OPENAI,
        "/v1/chat/completions",
        &b"\x1f\x8bnot gzip at all"[..],
        false,
    );
    req.headers_mut()
        .insert("content-encoding", "gzip".parse().unwrap());
    let (s, _, b) = send(&mut c, req).await;
    assert_eq!(s, 400, "{b}");
    assert_eq!(json(&b)["error"]["code"], "promptwall_undecodable", "{b}");

    // JSON content type, not JSON.
    let (s, _, b) = send(
        &mut c,
        post(
            OPENAI,
            "/v1/chat/completions",
            "{\"messages\": [ oops",
            false,
        ),
    )
    .await;
    assert_eq!(s, 400, "{b}");
    assert_eq!(json(&b)["error"]["code"], "promptwall_unparseable", "{b}");

    // A gzip bomb is not decoded past the limit.
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![b' '; 1 << 20]).unwrap();
    let bomb = enc.finish().unwrap();
    assert!(bomb.len() < 4 << 10);
    let mut req = post(OPENAI, "/v1/chat/completions", bomb, false);
    req.headers_mut()
        .insert("content-encoding", "gzip".parse().unwrap());
    let (s, _, b) = send(&mut c, req).await;
    assert!(s == 400 || s == 413, "{s} {b}");

    assert!(up.requests().is_empty(), "{:?}", up.requests());
    for v in [
        "oversize_blocked",
        "undecodable_blocked",
        "unparseable_blocked",
    ] {
        let r = wait_audit(&audit, |r| r["verdict"] == v).await;
        assert!(r["incident_id"].as_str().unwrap().starts_with("pw-"), "{r}");
    }
}

#[tokio::test]
async fn redaction_on_a_signed_api_becomes_a_block() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let bedrock = "bedrock-runtime.us-east-1.amazonaws.com";
    // Continues the `hosts:` map of the base YAML.
    let extra = format!("    {bedrock}: {}\n{REDACT}", up.addr);
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(13);
    let body = serde_json::json!({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": format!("key {key}")}],
    })
    .to_string();
    let mut c = client_via(&px, bedrock, &[b"http/1.1"]).await;
    let (s, h, b) = send(
        &mut c,
        post(
            bedrock,
            "/model/anthropic.claude-3-5-sonnet-20240620-v1:0/invoke",
            body,
            false,
        ),
    )
    .await;
    assert_blocked(s, &h, &b);
    assert_eq!(h.get("x-amzn-errortype").unwrap(), "ValidationException");
    let v = json(&b);
    assert!(
        v["message"].as_str().unwrap().contains("aws_access_key_id"),
        "{b}"
    );
    assert!(!b.contains(&key));
    assert!(up.requests().is_empty());
}

#[tokio::test]
async fn detector_entries_override_categories_and_block_wins_over_redact() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let extra = format!(
        "policy:\n  default:\n    action: inspect\n    on: {{secret: redact, gitlab_pat: block}}\n{ay}"
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(14);
    let gl = gitlab_token(15);
    let mut c = client_via(&px, ANTHROPIC, &[b"h2"]).await;

    // Only the AWS key: redacted.
    let (s, h, b) = send(
        &mut c,
        post(
            ANTHROPIC,
            "/v1/messages",
            anthropic_body(&format!("aws {key}")),
            true,
        ),
    )
    .await;
    assert_forwarded(s, &h, &b);
    // Both, the GitLab token inside a tool result on line 3: blocked.
    let body = serde_json::json!({
        "model": "claude-sonnet-4-5",
        "max_tokens": 64,
        "messages": [
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1",
                 "content": [{"type": "text", "text": format!("a\nb\nGITLAB={gl}\naws {key}")}]}
            ]}
        ],
    })
    .to_string();
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body, true)).await;
    assert_blocked(s, &h, &b);
    let message = json(&b)["error"]["message"].as_str().unwrap().to_string();
    assert!(message.contains("gitlab_pat"), "{message}");
    assert!(
        message.contains("/messages/0/content/0/content/0/text"),
        "{message}"
    );
    assert!(message.contains("line 3"), "{message}");
    assert!(
        !message.contains(&gl) && !message.contains(&key),
        "{message}"
    );
    assert_eq!(up.requests().len(), 1);
    let r = wait_audit(&audit, |r| r["verdict"] == "block").await;
    let acts: Vec<(String, String)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["detector"].as_str().unwrap().to_string(),
                f["action"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        acts.contains(&("gitlab_pat".into(), "block".into())),
        "{acts:?}"
    );
    assert!(
        acts.contains(&("aws_access_key_id".into(), "redact".into())),
        "{acts:?}"
    );
}

#[tokio::test]
async fn redaction_replaces_an_escaped_secret_in_the_raw_json() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, REDACT).await;
    let key = aws_key(16);
    // The same key with its fifth character written as a JSON \u escape.
    let escaped = format!("{}\\u{:04x}{}", &key[..4], key.as_bytes()[4], &key[5..]);
    let sent = format!(
        r#"{{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{{"role":"user","content":"k\u00e9y: {escaped} \"end\""}}]}}"#
    );
    assert!(json(&sent)["messages"][0]["content"]
        .as_str()
        .unwrap()
        .contains(&key));
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", sent.clone(), false)).await;
    assert_forwarded(s, &h, &b);
    let got = String::from_utf8(up.requests()[0].body.to_vec()).unwrap();
    let ph = marker_in(&got, "aws_access_key_id");
    assert_eq!(got, sent.replace(&escaped, &ph));
    let v = json(&got);
    assert!(!v.to_string().contains(&key));
}

#[tokio::test]
async fn h2_streams_on_one_connection_get_their_own_decisions() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let key = aws_key(17);
    let c = client_via(&px, OPENAI, &[b"h2"]).await;
    let Client::H2(sender) = c else {
        panic!("expected h2")
    };
    let mut tasks = Vec::new();
    for i in 0..20 {
        let mut s = sender.clone();
        let text = if i % 2 == 0 {
            format!("req {i} key {key}")
        } else {
            format!("req {i} clean")
        };
        tasks.push(tokio::spawn(async move {
            let req = post(OPENAI, "/v1/chat/completions", openai_body(&text), true);
            let resp = tokio::time::timeout(Duration::from_secs(10), s.send_request(req))
                .await
                .unwrap()
                .unwrap();
            (i, resp.status().as_u16(), body_bytes(resp).await)
        }));
    }
    for t in tasks {
        let (i, status, body) = tokio::time::timeout(Duration::from_secs(15), t)
            .await
            .unwrap()
            .unwrap();
        let want = if i % 2 == 0 { 400 } else { 200 };
        assert_eq!(
            status,
            want,
            "request {i}: {}",
            String::from_utf8_lossy(&body)
        );
    }
    let seen = up.requests();
    assert_eq!(seen.len(), 10);
    assert!(seen
        .iter()
        .all(|s| !String::from_utf8_lossy(&s.body).contains(&key)));
}

#[tokio::test]
async fn reload_picks_up_the_users_file_and_rejects_a_broken_one() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let users = users_file(tmp.path(), &[("alice", "alice-pw-1")]);
    let policy = format!(
        "{TWO_GROUPS}  proxy_auth: required\n  users_file: {}\n",
        users.display()
    );
    let (px, path) = start_proxy_file(&ca, up.addr, &policy).await;
    let proxy = px.running.proxy.clone();
    let bob = basic_auth("bob", "bob-pw-2");
    let alice = basic_auth("alice", "alice-pw-1");
    let (_, head) = connect_raw_from(
        "127.0.0.1".parse().unwrap(),
        px.explicit(),
        OPENAI,
        443,
        Some(&bob),
    )
    .await;
    assert!(head.starts_with("HTTP/1.1 407"), "{head}");

    // bob added: reload (the config file itself is unchanged).
    let hash = promptwall::identity::users::hash_password("bob-pw-2").unwrap();
    let mut text = std::fs::read_to_string(&users).unwrap();
    text.push_str(&format!("bob:{hash}\n"));
    std::fs::write(&users, &text).unwrap();
    assert!(promptwall::enforce::live::reload(&proxy, &path));
    let mut c = client_from(&px, "127.0.0.1", OPENAI, Some(&bob)).await;
    let (s, h, b) = send(
        &mut c,
        post(
            OPENAI,
            "/v1/chat/completions",
            openai_body(&aws_key(18)),
            false,
        ),
    )
    .await;
    assert_forwarded(s, &h, &b); // bob is in 'lax': secrets only logged

    // A broken users file is rejected; both users keep working.
    std::fs::write(&users, format!("{text}this line has no hash\n")).unwrap();
    assert!(!promptwall::enforce::live::reload(&proxy, &path));
    for auth in [&alice, &bob] {
        let (_, head) = connect_raw_from(
            "127.0.0.1".parse().unwrap(),
            px.explicit(),
            OPENAI,
            443,
            Some(auth),
        )
        .await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    }
    let (s, h, b) = send(
        &mut c,
        post(
            OPENAI,
            "/v1/chat/completions",
            openai_body("still here"),
            false,
        ),
    )
    .await;
    assert_forwarded(s, &h, &b);

    // alice removed: her (previously verified, cached) credentials stop
    // working for new connections.
    std::fs::write(&users, format!("bob:{hash}\n")).unwrap();
    assert!(promptwall::enforce::live::reload(&proxy, &path));
    let (_, head) = connect_raw_from(
        "127.0.0.1".parse().unwrap(),
        px.explicit(),
        OPENAI,
        443,
        Some(&alice),
    )
    .await;
    assert!(
        head.starts_with("HTTP/1.1 407"),
        "revoked user accepted: {head}"
    );
}

#[tokio::test]
async fn allow_rule_by_method_and_path_forwards_uninspected_and_is_audited() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let extra = format!(
        "policy:
  rules:
    - name: uploads-allowed
      services: [openai]
      methods: [post]
      paths: ['/v1/files*']
      action: allow
    - name: everything-else
      action: inspect
      on: {{secret: block}}
{ay}"
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(19);
    let body = openai_body(&format!("key {key}"));
    let mut c = client_via(&px, OPENAI, &[b"http/1.1"]).await;
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/files/upload", body.clone(), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    assert_eq!(
        up.requests()[0].body,
        body.as_bytes(),
        "allow: forwarded as is"
    );
    // Same body, other path: inspected and blocked.
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", body.clone(), false),
    )
    .await;
    assert_blocked(s, &h, &b);
    // A prefix rule does not match a path that merely starts alike.
    let (s, h, b) = send(&mut c, post(OPENAI, "/v1/file", body.clone(), false)).await;
    assert_blocked(s, &h, &b);
    assert_eq!(up.requests().len(), 1);
    let r = wait_audit(&audit, |r| r["verdict"] == "allow").await;
    assert_eq!(r["rule"], "uploads-allowed");
    assert_eq!(r["findings"], serde_json::json!([]), "{r}");
    assert_eq!(r["uninspected"], "policy_allow", "{r}");
    assert_eq!(r["upstream_status"], 200);
}

#[tokio::test]
async fn proxy_auth_optional_uses_bcrypt_users_and_refuses_wrong_credentials() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let users = tmp.path().join("users");
    let bcrypt = bcrypt::hash("bob-pw-2", 4).unwrap();
    std::fs::write(&users, format!("bob:{bcrypt}\n")).unwrap();
    let extra = format!(
        "{TWO_GROUPS}  proxy_auth: optional\n  users_file: {}\n{ay}",
        users.display()
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let key = aws_key(20);
    let body = openai_body(&format!("key {key}"));

    // bcrypt user → lax (secrets logged), though the address says strict.
    let bob = basic_auth("bob", "bob-pw-2");
    let mut c = client_from(&px, "127.0.0.2", OPENAI, Some(&bob)).await;
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", body.clone(), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    // No credentials: optional → the address decides (strict).
    let mut c = client_from(&px, "127.0.0.2", OPENAI, None).await;
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", body.clone(), false),
    )
    .await;
    assert_blocked(s, &h, &b);
    // Wrong credentials are refused even when auth is optional.
    let wrong = basic_auth("bob", "nope");
    let (_, head) = connect_raw_from(
        "127.0.0.2".parse().unwrap(),
        px.explicit(),
        OPENAI,
        443,
        Some(&wrong),
    )
    .await;
    assert!(head.starts_with("HTTP/1.1 407"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("proxy-authenticate: basic"),
        "{head}"
    );
    assert_eq!(up.requests().len(), 1);
    let r = wait_audit(&audit, |r| r["user"] == "bob").await;
    assert_eq!(
        (&r["group"], &r["identity_source"]),
        (&serde_json::json!("lax"), &serde_json::json!("proxy_auth"))
    );
}

#[tokio::test]
async fn plain_http_proxy_requests_need_credentials_when_required() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let users = users_file(tmp.path(), &[("alice", "alice-pw-1")]);
    let extra = format!(
        "{TWO_GROUPS}  proxy_auth: required\n  users_file: {}\n",
        users.display()
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let mut s = tokio::net::TcpStream::connect(px.explicit()).await.unwrap();
    let body = openai_body("hi");
    s.write_all(
        format!(
            "POST http://api.openai.com/v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let head = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(head.starts_with("HTTP/1.1 407"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("proxy-authenticate: basic"),
        "{head}"
    );
    assert!(up.requests().is_empty());
}

#[tokio::test]
async fn cached_and_large_segments_are_redacted_at_their_own_offsets() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, REDACT).await;
    let key = aws_key(21);
    // Over cache_min_segment (1 KiB): the second time it comes from the
    // conversation cache, at a different offset in a different body.
    let long = format!(
        "{}\nkey {key}\n{}",
        "lorem ipsum ".repeat(150),
        "dolor ".repeat(50)
    );
    let first = anthropic_body(&long);
    let second = serde_json::json!({
        "model": "claude-sonnet-4-5-with-a-longer-model-name",
        "system": "you are helpful",
        "max_tokens": 64,
        "messages": [
            {"role": "user", "content": "earlier turn"},
            {"role": "assistant", "content": "ok"},
            {"role": "user", "content": long},
        ],
    })
    .to_string();
    // Over 512 KiB: inspected off the async workers.
    let big = anthropic_body(&format!("{}\nkey {key} at the end", "x".repeat(700 << 10)));
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    for body in [&first, &second, &big] {
        let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body.clone(), false)).await;
        assert_forwarded(s, &h, &b);
    }
    let seen = up.requests();
    assert_eq!(seen.len(), 3);
    let mut markers = Vec::new();
    for (sent, got) in [&first, &second, &big].into_iter().zip(&seen) {
        let text = String::from_utf8(got.body.to_vec()).unwrap();
        let ph = marker_in(&text, "aws_access_key_id");
        assert!(
            text == sent.replace(&key, &ph),
            "patched at the wrong offset"
        );
        assert_length_header(got);
        markers.push(ph);
    }
    assert!(markers.windows(2).all(|w| w[0] == w[1]), "{markers:?}");
    let m = px.running.metrics.render();
    assert!(
        m.contains("promptwall_delta_cache_segments_total 1"),
        "the second request was meant to hit the cache: {m}"
    );
}

#[tokio::test]
async fn chunked_request_is_redacted_with_a_content_length() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, REDACT).await;
    let key = aws_key(22);
    let body = openai_body(&format!("chunked {key} body"));
    let tcp = connect_tunnel(px.explicit(), OPENAI, 443).await;
    let mut tls = tls_over(
        tcp,
        OPENAI,
        std::slice::from_ref(&px.ca_der),
        &[b"http/1.1"],
    )
    .await
    .unwrap();
    let (a, b) = body.split_at(body.len() / 2);
    let req = format!(
        "POST /v1/chat/completions HTTP/1.1\r\nHost: {OPENAI}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
        a.len(),
        b.len()
    );
    tls.write_all(req.as_bytes()).await.unwrap();
    let mut resp = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), tls.read_to_end(&mut resp))
        .await
        .unwrap()
        .ok();
    let resp = String::from_utf8_lossy(&resp);
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    let seen = up.requests();
    assert_eq!(seen.len(), 1);
    let got = String::from_utf8(seen[0].body.to_vec()).unwrap();
    assert_eq!(
        got,
        body.replace(&key, &marker_in(&got, "aws_access_key_id"))
    );
    assert!(seen[0].headers.get("transfer-encoding").is_none());
    assert_length_header(&seen[0]);
}

#[tokio::test]
async fn blocked_requests_keep_the_keep_alive_connection_usable() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let key = aws_key(23);
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    for body in [
        anthropic_body(&format!("k {key}")),
        anthropic_body("clean"),
        anthropic_body(&format!("{} k {key}", "z".repeat(200 << 10))),
        anthropic_body("clean again"),
    ] {
        let secret = body.contains(&key);
        let (s, h, b) = send(&mut c, post(ANTHROPIC, "/v1/messages", body, false)).await;
        if secret {
            assert_blocked(s, &h, &b);
        } else {
            assert_forwarded(s, &h, &b);
        }
    }
    assert_eq!(up.requests().len(), 2);
}

/// A denied request is answered before its body is read. The reply must
/// either leave the connection usable (drain the body) or say
/// `Connection: close`; a silent close breaks clients that reuse it.
#[tokio::test]
async fn denied_requests_with_large_bodies_keep_the_connection_or_announce_close() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "policy:\n  deny_services: [openai]\n").await;
    let mut c = client_via(&px, OPENAI, &[b"http/1.1"]).await;
    for n in [10usize, 200 << 10, 10] {
        let req = post(
            OPENAI,
            "/v1/chat/completions",
            openai_body(&"y".repeat(n)),
            false,
        );
        let resp = tokio::time::timeout(Duration::from_secs(10), c.send(req))
            .await
            .expect("request timed out");
        let resp = match resp {
            Ok(r) => r,
            Err(e) => {
                panic!("body of {n} bytes: the previous reply closed the connection silently: {e}")
            }
        };
        let closes = resp
            .headers()
            .get("connection")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"close"));
        let (s, h) = (resp.status().as_u16(), resp.headers().clone());
        let b = String::from_utf8_lossy(&body_bytes(resp).await).into_owned();
        assert_blocked(s, &h, &b);
        if closes {
            // Announced: a client opens a new connection.
            c = client_via(&px, OPENAI, &[b"http/1.1"]).await;
        }
    }
    assert!(up.requests().is_empty());
}

#[tokio::test]
async fn custom_detectors_and_categories_have_their_own_actions() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let extra = format!(
        "detect:
  keywords: [\"INTERNAL ONLY\"]
  custom:
    - id: project_bluebird
      keywords: [bluebird-core]
policy:
  default:
    action: inspect
    on: {{project_bluebird: block, confidential: redact, secret: log}}
{ay}"
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let mut c = client_via(&px, OPENAI, &[b"http/1.1"]).await;
    let (s, h, b) = send(
        &mut c,
        post(
            OPENAI,
            "/v1/chat/completions",
            openai_body("the bluebird-core design doc"),
            false,
        ),
    )
    .await;
    assert_blocked(s, &h, &b);
    assert!(b.contains("project_bluebird"), "{b}");
    let sent = openai_body("marked INTERNAL ONLY, please summarise");
    let (s, h, b) = send(
        &mut c,
        post(OPENAI, "/v1/chat/completions", sent.clone(), false),
    )
    .await;
    assert_forwarded(s, &h, &b);
    let got = String::from_utf8(up.requests()[0].body.to_vec()).unwrap();
    assert!(got.contains("[REDACTED:"), "{got}");
    assert!(!got.contains("INTERNAL ONLY"), "{got}");
    serde_json::from_str::<serde_json::Value>(&got).unwrap();
    let r = wait_audit(&audit, |r| r["verdict"] == "block").await;
    assert_eq!(r["findings"][0]["detector"], "project_bluebird");
    assert_eq!(r["findings"][0]["category"], "custom");
}

/// As above for a body over the inspection limit: refused with 413 after
/// reading only the limit.
#[tokio::test]
async fn oversize_refusal_keeps_the_connection_or_announces_close() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "limits:\n  max_inspect_body: 4KiB\n").await;
    let mut c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
    for n in [200usize << 10, 10] {
        let req = post(
            ANTHROPIC,
            "/v1/messages",
            anthropic_body(&"y".repeat(n)),
            false,
        );
        let resp = tokio::time::timeout(Duration::from_secs(10), c.send(req))
            .await
            .expect("request timed out")
            .unwrap_or_else(|e| {
                panic!("body of {n} bytes: the previous reply closed the connection silently: {e}")
            });
        let closes = resp
            .headers()
            .get("connection")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"close"));
        let status = resp.status().as_u16();
        let _ = body_bytes(resp).await;
        assert_eq!(status, if n > 4096 { 413 } else { 200 });
        if closes {
            c = client_via(&px, ANTHROPIC, &[b"http/1.1"]).await;
        }
    }
}

fn compress(encoding: &str, data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    match encoding {
        "gzip" => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        "deflate" => {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        "br" => {
            let mut out = Vec::new();
            {
                let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                w.write_all(data).unwrap();
            }
            out
        }
        "zstd" => zstd::encode_all(data, 3).unwrap(),
        other => panic!("{other}"),
    }
}

#[tokio::test]
async fn every_content_encoding_is_redacted_uncompressed_and_clean_bodies_stay_compressed() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, REDACT).await;
    let key = aws_key(24);
    let mut c = client_via(&px, OPENAI, &[b"h2"]).await;
    for enc in ["gzip", "deflate", "br", "zstd"] {
        let plain = openai_body(&format!("{enc}: {key}"));
        let mut req = post(
            OPENAI,
            "/v1/chat/completions",
            compress(enc, plain.as_bytes()),
            true,
        );
        req.headers_mut()
            .insert("content-encoding", enc.parse().unwrap());
        let (s, h, b) = send(&mut c, req).await;
        assert_forwarded(s, &h, &b);
        let got = up.requests().pop().unwrap();
        assert!(got.headers.get("content-encoding").is_none(), "{enc}");
        let text = String::from_utf8(got.body.to_vec()).unwrap();
        assert_eq!(
            text,
            plain.replace(&key, &marker_in(&text, "aws_access_key_id")),
            "{enc}"
        );
        assert_length_header(&got);

        // Nothing found: forwarded exactly as sent, still compressed.
        let clean = compress(enc, openai_body("nothing secret").as_bytes());
        let mut req = post(OPENAI, "/v1/chat/completions", clean.clone(), true);
        req.headers_mut()
            .insert("content-encoding", enc.parse().unwrap());
        let (s, h, b) = send(&mut c, req).await;
        assert_forwarded(s, &h, &b);
        let got = up.requests().pop().unwrap();
        assert_eq!(got.headers.get("content-encoding").unwrap(), enc);
        assert_eq!(got.body, clean, "{enc}");
    }
}

#[tokio::test]
async fn denied_h2_request_with_a_large_body_gets_its_reply() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "policy:\n  deny_services: [openai]\n").await;
    let mut c = client_via(&px, OPENAI, &[b"h2"]).await;
    for n in [200usize << 10, 10, 1 << 20] {
        let (s, h, b) = send(
            &mut c,
            post(
                OPENAI,
                "/v1/chat/completions",
                openai_body(&"q".repeat(n)),
                true,
            ),
        )
        .await;
        assert_blocked(s, &h, &b);
        assert_eq!(json(&b)["error"]["code"], "promptwall_denied");
    }
    assert!(up.requests().is_empty());
}

#[tokio::test]
async fn gemini_keys_in_the_url_or_header_identify_their_owner() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let tmp = tempfile::tempdir().unwrap();
    let (audit, ay) = audit_yaml(tmp.path());
    let inspector =
        promptwall::inspect::Inspector::new(&Config::from_yaml("", "empty.yaml").unwrap().detect)
            .unwrap();
    let gkey = "AIzaSyDq7Nw3Kx9Lm2Vt5Rz8Hc4Pj6Yd1Gf0Sz";
    let fp = promptwall::enforce::request::fingerprint(&inspector, gkey);
    let extra = format!(
        "policy:
  groups:
    - name: interns
  api_keys:
    - fingerprint: {fp}
      owner: dave
      group: interns
  rules:
    - name: interns-no-gemini
      groups: [interns]
      services: [gemini]
      action: deny
{ay}"
    );
    let px = start_proxy(&ca, up.addr, &extra).await;
    let mut c = client_via(&px, GEMINI, &[b"http/1.1"]).await;
    let (s, h, b) = send(
        &mut c,
        post(
            GEMINI,
            &format!("{GEMINI_PATH}?key={gkey}"),
            gemini_body("hi"),
            false,
        ),
    )
    .await;
    assert_blocked(s, &h, &b);
    let mut req = post(GEMINI, GEMINI_PATH, gemini_body("hi"), false);
    req.headers_mut()
        .insert("x-goog-api-key", gkey.parse().unwrap());
    let (s, h, b) = send(&mut c, req).await;
    assert_blocked(s, &h, &b);
    let (s, h, b) = send(&mut c, post(GEMINI, GEMINI_PATH, gemini_body("hi"), false)).await;
    assert_forwarded(s, &h, &b);
    let recs: Vec<_> = audit_records(&audit)
        .into_iter()
        .filter(|r| r["verdict"] == "deny")
        .collect();
    assert_eq!(recs.len(), 2);
    for r in &recs {
        assert_eq!(
            (&r["user"], &r["group"], &r["identity_source"]),
            (
                &serde_json::json!("dave"),
                &serde_json::json!("interns"),
                &serde_json::json!("api_key")
            )
        );
    }
    assert!(!std::fs::read_to_string(&audit).unwrap().contains(gkey));
}
