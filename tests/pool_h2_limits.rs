//! The upstream pool under many concurrent requests to one host (found
//! while benchmarking; see docs/PERFORMANCE.md): a burst beyond one h2
//! connection's streams is not queued, and a cold burst shares one connect.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::*;
use tokio::sync::Barrier;

const HOST: &str = "api.openai.com";

/// `n` clients, each on its own intercepted HTTP/1.1 connection, send one
/// request to the mock's `/slow` (800 ms) at the same moment. Returns the
/// most requests the upstream had seen before the first answer came back,
/// and the number of upstream TLS handshakes.
async fn burst(n: usize, warm: bool) -> (usize, u64) {
    let ca = TestCa::new("test public CA");
    let up = mock_upstream(&ca).await;
    let px = start_proxy(&ca, up.addr, "").await;
    if warm {
        let mut c = client_via(&px, HOST, &[b"http/1.1"]).await;
        body_bytes(c.send(post(HOST, "/x", "{}", false)).await.unwrap()).await;
        up.seen.lock().unwrap().clear();
    }
    let go = Arc::new(Barrier::new(n + 1));
    let answered = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..n {
        let mut c = client_via(&px, HOST, &[b"http/1.1"]).await;
        let (go, answered) = (go.clone(), answered.clone());
        tasks.push(tokio::spawn(async move {
            go.wait().await;
            let r = c.send(post(HOST, "/slow", "{}", false)).await.unwrap();
            answered.store(true, Ordering::Relaxed);
            assert_eq!(r.status(), 200);
            body_bytes(r).await;
        }));
    }
    go.wait().await;
    let mut most = 0;
    while !answered.load(Ordering::Relaxed) {
        most = most.max(up.seen.lock().unwrap().len());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    for t in tasks {
        t.await.unwrap();
    }
    let handshakes = px
        .running
        .metrics
        .render()
        .lines()
        .find(|l| {
            l.starts_with("promptwall_tls_handshakes_total")
                && l.contains("side=\"upstream\"")
                && l.contains("result=\"ok\"")
        })
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
        .unwrap_or(0);
    (most, handshakes)
}

/// All requests to one host share one upstream h2 connection, so beyond the
/// upstream's SETTINGS_MAX_CONCURRENT_STREAMS (200 for hyper's server; API
/// front ends use 100–250) requests queue inside h2 instead of going out on
/// a second connection. With long SSE answers that is a stall.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_concurrent_requests_than_one_h2_connection_allows_are_not_queued() {
    let n = 300;
    let (most, handshakes) = burst(n, true).await;
    println!("warm pool: upstream saw {most} of {n} requests in flight; {handshakes} upstream handshakes");
    assert_eq!(
        most, n,
        "requests beyond the upstream's stream limit were queued"
    );
}

/// A burst on a cold pool: every request that finds no pooled connection
/// opens its own upstream TLS connection; only the last one is kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cold_burst_opens_few_upstream_connections() {
    let n = 300;
    let (most, handshakes) = burst(n, false).await;
    println!("cold pool: upstream saw {most} of {n} requests in flight; {handshakes} upstream handshakes");
    assert!(
        handshakes <= 4,
        "{handshakes} upstream TLS handshakes for one burst"
    );
}
