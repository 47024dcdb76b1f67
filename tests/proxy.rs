//! Loopback integration tests of the proxy core: interception, splicing,
//! exact forwarding over h1 and h2, streaming, failures and limits.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::*;
use http_body_util::BodyExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn catalogue_host_is_intercepted_with_a_minted_leaf() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let tcp = connect_tunnel(px.explicit(), "api.anthropic.com", 443).await;
    let tls = tls_over(
        tcp,
        "api.anthropic.com",
        std::slice::from_ref(&px.ca_der),
        &[b"h2", b"http/1.1"],
    )
    .await
    .expect("client trusts the promptwall CA");
    assert_eq!(leaf_issuer_cn(&tls), "promptwall interception CA");
    let mut c = Client::over(tls).await;
    let resp = c
        .send(post("api.anthropic.com", "/v1/messages", "{}", true))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["x-upstream"], "mock");
    let seen = up.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/v1/messages");
}

#[tokio::test]
async fn non_catalogue_host_is_spliced_untouched() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let tcp = connect_tunnel(px.explicit(), "example.test", 443).await;
    // Only the upstream's own CA is trusted: a minted leaf would fail here.
    let tls = tls_over(
        tcp,
        "example.test",
        std::slice::from_ref(&ca.der),
        &[b"http/1.1"],
    )
    .await
    .expect("spliced: the client sees the upstream's own certificate");
    assert_eq!(leaf_issuer_cn(&tls), "test public CA");
    let mut c = Client::over(tls).await;
    let resp = c
        .send(post("example.test", "/x", "hello", false))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let m = px.running.metrics.render();
    assert!(
        m.contains("promptwall_connections_total{mode=\"explicit\",outcome=\"spliced\"} 1"),
        "{m}"
    );
}

async fn roundtrip_sizes(alpn: &'static [u8]) {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let h2 = alpn == b"h2";
    let mut c = client_via(&px, "api.openai.com", &[alpn]).await;
    let sizes = [0usize, 1, 1024, 65_537, 1 << 20, 8 << 20];
    for (i, &n) in sizes.iter().enumerate() {
        // Deterministic, incompressible-ish bytes, including every byte value.
        let body: Vec<u8> = (0..n).map(|j| ((j * 31 + i * 7) % 251) as u8).collect();
        let want = sha256_hex(&body);
        // Binary, so the API's JSON parser is not involved: inspected as raw bytes.
        let resp = c
            .send(post_as(
                "api.openai.com",
                "/v1/files",
                "application/octet-stream",
                body,
                h2,
            ))
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "size {n}");
        let v = body_json(resp).await;
        assert_eq!(v["len"], n, "size {n}");
        assert_eq!(v["sha256"], want.as_str(), "size {n}");
    }
    let seen = up.requests();
    assert_eq!(seen.len(), sizes.len());
    for s in &seen {
        assert_eq!(
            s.headers.get("content-type").unwrap(),
            "application/octet-stream"
        );
    }
}

#[tokio::test]
async fn bodies_arrive_byte_identical_over_http1() {
    roundtrip_sizes(b"http/1.1").await;
}

#[tokio::test]
async fn bodies_arrive_byte_identical_over_h2() {
    roundtrip_sizes(b"h2").await;
}

#[tokio::test]
async fn h2_streams_are_multiplexed_on_one_connection() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let Client::H2(send) = client_via(&px, "api.anthropic.com", &[b"h2"]).await else {
        panic!("expected h2");
    };
    let mut tasks = Vec::new();
    for i in 0..16 {
        let mut s = send.clone();
        tasks.push(tokio::spawn(async move {
            let body = format!("{{\"i\":{i}}}");
            let resp = s
                .send_request(post("api.anthropic.com", "/slow", body.clone(), true))
                .await
                .unwrap();
            let v = body_json(resp).await;
            assert_eq!(v["sha256"], sha256_hex(body.as_bytes()).as_str());
        }));
    }
    let started = std::time::Instant::now();
    for t in tasks {
        t.await.unwrap();
    }
    // 16 × 800 ms sequentially would be 12.8 s; concurrently it is ~1 s.
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(up.requests().len(), 16);
}

#[tokio::test]
async fn sse_events_arrive_before_the_stream_ends() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    for alpn in [&b"http/1.1"[..], &b"h2"[..]] {
        let mut c = client_via(&px, "api.anthropic.com", &[alpn]).await;
        let resp = c
            .send(post(
                "api.anthropic.com",
                "/sse",
                "{\"stream\":true}",
                alpn == b"h2",
            ))
            .await
            .unwrap();
        assert_eq!(resp.headers()["content-type"], "text/event-stream");
        let mut body = resp.into_body();
        // The upstream holds event 2 until we confirm event 1: a buffering
        // proxy would never deliver event 1 and this times out.
        let first = tokio::time::timeout(Duration::from_secs(5), body.frame())
            .await
            .expect("first event must arrive while the stream is still open")
            .unwrap()
            .unwrap();
        let first = first.into_data().unwrap();
        assert!(first.starts_with(b"event: message_start"), "{first:?}");
        up.sse_gate.notify_one();
        let rest = body.collect().await.unwrap().to_bytes();
        assert!(rest.ends_with(b"data: {\"n\":2}\n\n"), "{rest:?}");
    }
}

#[tokio::test]
async fn untrusted_upstream_gets_502_and_nothing_is_forwarded() {
    let trusted = TestCa::new("test public CA");
    let rogue = TestCa::new("rogue CA");
    let up = mock_upstream(&rogue).await;
    let px = start_proxy(&trusted, up.addr, "").await;
    let mut c = client_via(&px, "api.anthropic.com", &[b"http/1.1"]).await;
    let resp = c
        .send(post(
            "api.anthropic.com",
            "/v1/messages",
            "{\"secret\":1}",
            false,
        ))
        .await
        .unwrap();
    assert_eq!(resp.status(), 502);
    let v = body_json(resp).await;
    assert_eq!(v["type"], "error", "Anthropic-shaped: {v}");
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(msg.contains("verification"), "{msg}");
    assert!(
        up.requests().is_empty(),
        "the upstream must receive nothing"
    );
}

#[tokio::test]
async fn oversize_body_gets_413_and_nothing_is_forwarded() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "limits:\n  max_inspect_body: 64KiB\n").await;
    for alpn in [&b"http/1.1"[..], &b"h2"[..]] {
        let mut c = client_via(&px, "api.openai.com", &[alpn]).await;
        let resp = c
            .send(post(
                "api.openai.com",
                "/v1/chat/completions",
                vec![b'a'; 65 * 1024],
                alpn == b"h2",
            ))
            .await
            .unwrap();
        assert_eq!(resp.status(), 413);
        let v = body_json(resp).await;
        assert_eq!(v["error"]["code"], "promptwall_body_too_large", "{v}");
    }
    // Just under the limit passes.
    let mut c = client_via(&px, "api.openai.com", &[b"http/1.1"]).await;
    let resp = c
        .send(post_as(
            "api.openai.com",
            "/ok",
            "text/plain",
            vec![b'a'; 64 * 1024],
            false,
        ))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(up.requests().len(), 1);
}

#[tokio::test]
async fn oversize_body_can_be_forwarded_when_policy_says_so() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(
        &ca,
        up.addr,
        "limits:\n  max_inspect_body: 16KiB\npolicy:\n  oversize: forward\n",
    )
    .await;
    let mut c = client_via(&px, "api.openai.com", &[b"h2"]).await;
    let body: Vec<u8> = (0..100_000u32).map(|i| (i % 253) as u8).collect();
    let resp = c
        .send(post_as(
            "api.openai.com",
            "/big",
            "application/octet-stream",
            body.clone(),
            true,
        ))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(body_json(resp).await["sha256"], sha256_hex(&body).as_str());
    let m = px.running.metrics.render();
    assert!(
        m.contains("promptwall_uninspected_total{reason=\"oversize\"} 1"),
        "{m}"
    );
}

#[tokio::test]
async fn slow_client_is_cut_off_by_the_header_timeout() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "limits:\n  header_read_timeout: 1s\n").await;
    let tcp = connect_tunnel(px.explicit(), "api.anthropic.com", 443).await;
    let mut tls = tls_over(
        tcp,
        "api.anthropic.com",
        std::slice::from_ref(&px.ca_der),
        &[b"http/1.1"],
    )
    .await
    .unwrap();
    tls.write_all(b"POST /v1/messages HTTP/1.1\r\nHost: api.anthropic.com\r\nX-Slow: ")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut buf = Vec::new();
    let r = tokio::time::timeout(Duration::from_secs(10), tls.read_to_end(&mut buf)).await;
    assert!(
        r.is_ok(),
        "the proxy must close a connection that never finishes its headers"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(up.requests().is_empty());

    // Also on the CONNECT request itself.
    let mut raw = tokio::net::TcpStream::connect(px.explicit()).await.unwrap();
    raw.write_all(b"CONNECT api.anthropic.com:443 HTTP/1.1\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let r = tokio::time::timeout(Duration::from_secs(10), raw.read_to_end(&mut buf)).await;
    assert!(r.is_ok());
    assert!(
        String::from_utf8_lossy(&buf).starts_with("HTTP/1.1 408"),
        "{}",
        String::from_utf8_lossy(&buf)
    );
}

#[tokio::test]
async fn refused_upstream_gets_a_json_502() {
    let ca = TestCa::new("test public CA");
    // A port with nothing listening: bind, note, drop.
    let addr = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let px = start_proxy(&ca, addr, "").await;
    let mut c = client_via(&px, "api.openai.com", &[b"http/1.1"]).await;
    let resp = c
        .send(post("api.openai.com", "/v1/chat/completions", "{}", false))
        .await
        .unwrap();
    assert_eq!(resp.status(), 502);
    let v = body_json(resp).await;
    assert_eq!(v["error"]["code"], "promptwall_upstream_connect", "{v}");
}

#[tokio::test]
async fn upstream_response_timeout_gets_504() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy_with(&ca, up.addr, "  response_timeout: 200ms\n", "").await;
    let mut c = client_via(&px, "api.openai.com", &[b"http/1.1"]).await;
    let resp = c
        .send(post("api.openai.com", "/slow", "{}", false))
        .await
        .unwrap();
    assert_eq!(resp.status(), 504);
    let v = body_json(resp).await;
    assert_eq!(v["error"]["type"], "server_error", "{v}");
    assert_eq!(
        v["error"]["code"], "promptwall_upstream_response_timeout",
        "{v}"
    );
}

#[tokio::test]
async fn http1_keepalive_reuses_the_upstream_connection() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let mut c = client_via(&px, "api.openai.com", &[b"http/1.1"]).await;
    for _ in 0..5 {
        let resp = c
            .send(post("api.openai.com", "/x", "{}", false))
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let _ = body_bytes(resp).await;
    }
    let m = px.running.metrics.render();
    // The upstream negotiates h2, so one upstream handshake serves all five.
    assert!(
        m.contains("promptwall_tls_handshakes_total{result=\"ok\",side=\"upstream\"} 1"),
        "{m}"
    );
}

#[tokio::test]
async fn plain_http_proxy_requests_are_forwarded() {
    let ca = TestCa::new("test public CA");
    // A plain HTTP origin on loopback.
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = l.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut s, _) = l.accept().await.unwrap();
        let mut buf = vec![0u8; 4096];
        let n = s.read(&mut buf).await.unwrap();
        let head = String::from_utf8_lossy(&buf[..n]).to_string();
        assert!(head.starts_with("GET /plain HTTP/1.1"), "{head}");
        s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nplain")
            .await
            .unwrap();
    });
    let px = start_proxy(&ca, origin, "").await;
    let mut s = tokio::net::TcpStream::connect(px.explicit()).await.unwrap();
    s.write_all(format!("GET http://example.test:{}/plain HTTP/1.1\r\nHost: example.test\r\nConnection: close\r\n\r\n", origin.port()).as_bytes())
        .await
        .unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut out))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&out);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.ends_with("plain"), "{text}");
}

#[tokio::test]
async fn not_tls_is_closed_and_no_sni_is_spliced() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    // Garbage after CONNECT: closed with a log line.
    let mut t = connect_tunnel(px.explicit(), "api.anthropic.com", 443).await;
    t.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = Vec::new();
    let n = tokio::time::timeout(Duration::from_secs(5), t.read_to_end(&mut buf))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(n, 0);
    // No SNI (IP address as the server name): spliced to the CONNECT target.
    let tcp = connect_tunnel(px.explicit(), "example.test", 443).await;
    let mut store = rustls::RootCertStore::empty();
    store.add(ca.der.clone()).unwrap();
    let cfg = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(store)
    .with_no_client_auth();
    let mut cfg = cfg;
    cfg.enable_sni = false;
    let conn = tokio_rustls::TlsConnector::from(std::sync::Arc::new(cfg));
    let tls = conn
        .connect(
            rustls::pki_types::ServerName::try_from("example.test").unwrap(),
            tcp,
        )
        .await
        .expect("spliced to the upstream, which presents its own certificate");
    assert_eq!(leaf_issuer_cn(&tls), "test public CA");
    let m = px.running.metrics.render();
    assert!(
        m.contains("promptwall_uninspected_total{reason=\"no_sni\"} 1"),
        "{m}"
    );
    assert!(m.contains("outcome=\"closed\"} 1"), "{m}");
}

#[tokio::test]
async fn readiness_and_health() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let admin = px.running.admin.unwrap();
    for (path, want) in [
        ("/healthz", "200"),
        ("/readyz", "200"),
        ("/metrics", "200"),
        ("/nope", "404"),
    ] {
        let mut s = tokio::net::TcpStream::connect(admin).await.unwrap();
        s.write_all(
            format!("GET {path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).await.unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.starts_with(&format!("HTTP/1.1 {want}")),
            "{path}: {text}"
        );
    }
}

#[tokio::test]
async fn shutdown_drains_in_flight_requests() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    let mut c = client_via(&px, "api.anthropic.com", &[b"http/1.1"]).await;
    let req = c.send(post("api.anthropic.com", "/slow", "{}", false));
    let stopper = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        px.running.stop(Duration::from_secs(5)).await
    };
    let (resp, left) = tokio::join!(req, stopper);
    assert_eq!(
        resp.unwrap().status(),
        200,
        "the in-flight request completes"
    );
    assert_eq!(left, 0);
    // New connections are refused after shutdown.
    assert!(tokio::net::TcpStream::connect(px.explicit()).await.is_err());
}

#[tokio::test]
async fn upstream_reset_mid_response_ends_the_client_stream_and_nothing_else() {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    for alpn in [&b"http/1.1"[..], &b"h2"[..]] {
        let mut c = client_via(&px, "api.openai.com", &[alpn]).await;
        // Either the head never completes (h1 may flush it together with the
        // first bytes) or the body errors: never a response that looks whole.
        let outcome = tokio::time::timeout(Duration::from_secs(10), async {
            let resp = c
                .send(post("api.openai.com", "/reset", "{}", alpn == b"h2"))
                .await?;
            resp.into_body().collect().await.map(|b| b.to_bytes())
        })
        .await
        .expect("the client learns of the reset promptly");
        assert!(
            outcome.is_err(),
            "a truncated response must not look complete: {outcome:?}"
        );
    }
    // The proxy is unharmed: the next request on a new connection works.
    let mut c = client_via(&px, "api.openai.com", &[b"h2"]).await;
    let resp = c
        .send(post("api.openai.com", "/ok", "{}", true))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(px.running.metrics.active_connections.get() >= 1);
}
