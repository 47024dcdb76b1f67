//! A mock AI upstream for trying promptwall without internet access: TLS
//! with its own test CA for api.anthropic.com, api.openai.com and
//! generativelanguage.googleapis.com, Anthropic/OpenAI-shaped replies, an
//! SSE endpoint, and a log line per request received.
//!
//! ```sh
//! cargo run --example mock_upstream -- 127.0.0.1:8443 /tmp/mock
//! ```
//! It writes `/tmp/mock/test-public-ca.pem` and prints the config lines
//! that point promptwall at it.
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::PathBuf;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8443".into());
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "/tmp/promptwall-mock".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let ca = common::TestCa::new("promptwall mock public CA");
    let pem = ca.write_pem(&dir);
    let up = common::mock_upstream_on(addr.parse().expect("address:port"), &ca).await;
    println!("mock AI upstream on {}", up.addr);
    println!("add to your promptwall config:");
    println!("upstream:\n  extra_roots: ['{}']\n  hosts:", pem.display());
    for n in common::NAMES {
        println!("    {n}: {}", up.addr);
    }
    let mut seen = 0;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let reqs = up.requests();
        for r in &reqs[seen..] {
            println!(
                "received {} {} ({} bytes): {}",
                r.method,
                r.path,
                r.body.len(),
                String::from_utf8_lossy(&r.body[..r.body.len().min(300)])
            );
        }
        seen = reqs.len();
    }
}
