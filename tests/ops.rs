//! Operations: exact metric changes after known traffic, readiness.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The value of one series in the Prometheus text, 0 when absent.
fn series(text: &str, name_and_labels: &str) -> f64 {
    text.lines()
        .find_map(|l| {
            l.strip_prefix(name_and_labels)
                .and_then(|rest| rest.trim().parse().ok())
        })
        .unwrap_or(0.0)
}

async fn http_get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.unwrap();
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

const POLICY: &str = "policy:
  rules:
    - name: no-embeddings
      services: [openai]
      paths: ['/v1/embeddings*']
      action: deny
    - name: models-uninspected
      services: [openai]
      paths: ['/v1/models*']
      action: allow
  default:
    action: inspect
    on:
      secret: block
audit:
  path: off
";

#[tokio::test]
async fn metrics_count_exactly_what_happened() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, POLICY).await;
    let admin = px.running.admin.unwrap();

    // 2 intercepted connections: one non-streamed + one streamed request, one
    // blocked request, one denied request.
    let mut a = client_via(&px, "api.anthropic.com", &[b"http/1.1"]).await;
    let r = a
        .send(post(
            "api.anthropic.com",
            "/v1/messages",
            r#"{"model":"claude-x","messages":[{"role":"user","content":"hi"}]}"#,
            false,
        ))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let _ = body_bytes(r).await;
    let r = a
        .send(post(
            "api.anthropic.com",
            "/v1/messages",
            r#"{"model":"claude-x","stream":true,"messages":[{"role":"user","content":"hi"}]}"#,
            false,
        ))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let _ = body_bytes(r).await;
    let key = format!("AKIA{}", "Q3EGRIZBQWXYZ7LM");
    let r = a
        .send(post(
            "api.anthropic.com",
            "/v1/messages",
            format!(
                r#"{{"model":"claude-x","messages":[{{"role":"user","content":"key {key}"}}]}}"#
            ),
            false,
        ))
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let _ = body_bytes(r).await;
    let mut o = client_via(&px, "api.openai.com", &[b"h2"]).await;
    let r = o
        .send(post(
            "api.openai.com",
            "/v1/embeddings",
            r#"{"input":"x"}"#,
            true,
        ))
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let _ = body_bytes(r).await;
    // Allowed without inspection: counted as uninspected, with its bytes.
    let r = o
        .send(post("api.openai.com", "/v1/models", "0123456789", true))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let _ = body_bytes(r).await;
    // 1 spliced connection.
    let tcp = connect_tunnel(px.explicit(), "example.test", 443).await;
    let tls = tls_over(
        tcp,
        "example.test",
        std::slice::from_ref(&ca.der),
        &[b"http/1.1"],
    )
    .await
    .unwrap();
    drop(tls);

    // Audit records and token counts are written when response bodies end.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let (status, m) = http_get(admin, "/metrics").await;
    assert_eq!(status, 200);
    assert_eq!(
        series(
            &m,
            "promptwall_connections_total{mode=\"explicit\",outcome=\"intercepted\"}"
        ),
        2.0,
        "{m}"
    );
    assert_eq!(
        series(
            &m,
            "promptwall_connections_total{mode=\"explicit\",outcome=\"spliced\"}"
        ),
        1.0
    );
    assert_eq!(
        series(&m, "promptwall_uninspected_total{reason=\"policy_allow\"}"),
        1.0
    );
    assert_eq!(
        series(
            &m,
            "promptwall_uninspected_bytes_total{reason=\"policy_allow\"}"
        ),
        10.0
    );
    assert_eq!(
        series(
            &m,
            "promptwall_requests_total{group=\"-\",service=\"openai\",verdict=\"allow\"}"
        ),
        1.0
    );
    assert_eq!(
        series(
            &m,
            "promptwall_requests_total{group=\"-\",service=\"anthropic\",verdict=\"pass\"}"
        ),
        2.0
    );
    assert_eq!(
        series(
            &m,
            "promptwall_requests_total{group=\"-\",service=\"anthropic\",verdict=\"block\"}"
        ),
        1.0
    );
    assert_eq!(
        series(
            &m,
            "promptwall_requests_total{group=\"-\",service=\"openai\",verdict=\"deny\"}"
        ),
        1.0
    );
    assert_eq!(
        series(&m, "promptwall_findings_total{action=\"block\",category=\"secret\",detector=\"aws_access_key_id\"}"),
        1.0
    );
    // Non-streamed usage 3/4 (model from the response), streamed 11/22.
    assert_eq!(series(&m, "promptwall_tokens_total{group=\"-\",kind=\"input\",model=\"mock\",service=\"anthropic\"}"), 3.0, "{m}");
    assert_eq!(series(&m, "promptwall_tokens_total{group=\"-\",kind=\"output\",model=\"mock\",service=\"anthropic\"}"), 4.0);
    assert_eq!(series(&m, "promptwall_tokens_total{group=\"-\",kind=\"input\",model=\"mock-stream\",service=\"anthropic\"}"), 11.0);
    assert_eq!(series(&m, "promptwall_tokens_total{group=\"-\",kind=\"output\",model=\"mock-stream\",service=\"anthropic\"}"), 22.0);
    assert_eq!(
        series(
            &m,
            "promptwall_tls_handshakes_total{result=\"ok\",side=\"client\"}"
        ),
        2.0
    );
    assert!(series(&m, "promptwall_inspected_bytes_total") > 0.0);
    assert!(m.contains("promptwall_policy_info{version="), "{m}");
    // The upstream saw exactly the three forwarded requests.
    assert_eq!(up.requests().len(), 3);
}

#[tokio::test]
async fn alt_svc_h3_is_stripped_and_websocket_refused() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let mut c = client_via(&px, "api.anthropic.com", &[b"http/1.1"]).await;
    let r = c
        .send(post("api.anthropic.com", "/alt-svc", "{}", false))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers().get("alt-svc").is_none(),
        "h3 advertisement must be stripped: {:?}",
        r.headers()
    );
    let _ = body_bytes(r).await;
    let req = http::Request::get("/v1/realtime")
        .header("host", "api.anthropic.com")
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-version", "13")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .body(http_body_util::Full::new(bytes::Bytes::new()))
        .unwrap();
    let r = c.send(req).await.unwrap();
    assert_eq!(r.status(), 426);
    let m = px.running.metrics.render();
    assert_eq!(
        series(&m, "promptwall_uninspected_total{reason=\"websocket\"}"),
        1.0,
        "{m}"
    );
    // /alt-svc reached the upstream; the upgrade did not.
    assert_eq!(up.requests().len(), 1);
}

#[tokio::test]
async fn readyz_is_not_ready_until_the_ca_loads() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let dir = tempfile::tempdir().unwrap();
    let admin_port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let ca_dir = dir.path().join("ca");
    let yaml = format!(
        "listen:\n  explicit: 127.0.0.1:0\n  admin: 127.0.0.1:{admin_port}\nca:\n  dir: {}\n  create_if_missing: false\n  wait: true\nupstream:\n  hosts:\n    api.anthropic.com: {}\n",
        ca_dir.display(),
        up.addr
    );
    let cfg = Config::from_yaml(&yaml, "t.yaml").unwrap();
    let starting = tokio::spawn(start(cfg));
    let admin: std::net::SocketAddr = format!("127.0.0.1:{admin_port}").parse().unwrap();
    // The admin listener comes up first and says why it is not ready.
    let mut status = 0;
    for _ in 0..50 {
        if let Ok(s) = tokio::net::TcpStream::connect(admin).await {
            drop(s);
            let (st, body) = http_get(admin, "/readyz").await;
            status = st;
            assert!(body.contains("\"ca\":\"not ready\""), "{body}");
            assert!(body.contains("\"listeners\":\"not ready\""), "{body}");
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, 503);
    assert_eq!(http_get(admin, "/healthz").await.0, 200);
    // An operator provides the CA; the next retry picks it up.
    promptwall::tls::ca::init(&ca_dir, &[], false).unwrap();
    let running = tokio::time::timeout(Duration::from_secs(15), starting)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(http_get(admin, "/readyz").await.0, 200);
    running.stop(Duration::from_secs(1)).await;
}
