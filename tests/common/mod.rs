//! Shared test fixtures: a test "public" CA, a mock AI upstream (rustls,
//! h1 + h2, echo and SSE endpoints, a request log), an in-process
//! promptwall, and a client that goes through its CONNECT proxy.
#![allow(dead_code, clippy::unwrap_used)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

pub use promptwall::app::{start, Running};
pub use promptwall::config::Config;

/// Hostnames the mock answers for.
pub const NAMES: &[&str] = &[
    "api.anthropic.com",
    "api.openai.com",
    "generativelanguage.googleapis.com",
    "example.test",
    "localhost",
];

pub fn sha256_hex(data: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, data)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A CA that plays the public PKI for tests.
pub struct TestCa {
    pub issuer: Issuer<'static, KeyPair>,
    pub pem: String,
    pub der: CertificateDer<'static>,
}

impl TestCa {
    pub fn new(cn: &str) -> TestCa {
        let key = KeyPair::generate().unwrap();
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        p.distinguished_name.push(DnType::CommonName, cn);
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let cert = p.self_signed(&key).unwrap();
        TestCa {
            pem: cert.pem(),
            der: cert.der().clone(),
            issuer: Issuer::new(p, key),
        }
    }

    /// A server config for `names`, ALPN h2 + http/1.1.
    pub fn server_config(&self, names: &[&str]) -> Arc<rustls::ServerConfig> {
        let key = KeyPair::generate().unwrap();
        let mut p = CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .unwrap();
        p.distinguished_name.push(DnType::CommonName, names[0]);
        let cert = p.signed_by(&key, &self.issuer).unwrap();
        let pk = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut cfg = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert.der().clone()], pk)
            .unwrap();
        cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Arc::new(cfg)
    }

    pub fn write_pem(&self, dir: &Path) -> PathBuf {
        let p = dir.join("test-public-ca.pem");
        std::fs::write(&p, &self.pem).unwrap();
        p
    }
}

/// One request as the mock upstream saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub version: http::Version,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

/// The mock AI upstream.
pub struct Upstream {
    pub addr: SocketAddr,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    /// `/sse` sends its first event, then waits for this before the rest.
    pub sse_gate: Arc<Notify>,
}

impl Upstream {
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn mock_handle(
    req: Request<Incoming>,
    seen: Arc<Mutex<Vec<Seen>>>,
    gate: Arc<Notify>,
) -> Result<Response<http_body_util::combinators::BoxBody<Bytes, Infallible>>, Infallible> {
    let (parts, body) = req.into_parts();
    let body = body
        .collect()
        .await
        .map(|c| c.to_bytes())
        .unwrap_or_default();
    let path = parts
        .uri
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    seen.lock().unwrap().push(Seen {
        method: parts.method.to_string(),
        path: path.clone(),
        version: parts.version,
        headers: parts.headers.clone(),
        body: body.clone(),
    });
    if path.starts_with("/sse") {
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<Frame<Bytes>, Infallible>>(4);
        tokio::spawn(async move {
            let _ = tx
                .send(Ok(Frame::data(Bytes::from_static(
                    b"event: message_start\ndata: {\"n\":1}\n\n",
                ))))
                .await;
            // Wait for the test to confirm event 1 arrived (bounded).
            let _ = tokio::time::timeout(Duration::from_secs(10), gate.notified()).await;
            let _ = tx
                .send(Ok(Frame::data(Bytes::from_static(
                    b"event: message_stop\ndata: {\"n\":2}\n\n",
                ))))
                .await;
        });
        let stream = tokio_stream_from(rx);
        let mut resp = Response::new(StreamBody::new(stream).boxed());
        resp.headers_mut()
            .insert("content-type", "text/event-stream".parse().unwrap());
        return Ok(resp);
    }
    if path.starts_with("/v1/messages") && body.windows(13).any(|w| w == b"\"stream\":true") {
        let sse = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_mock\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"mock-stream\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":11,\"output_tokens\":1}}}\n\n\
event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n\
event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"ok from mock\"}}\n\n\
event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n\
event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":22}}\n\n\
event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        let mut resp = Response::new(Full::new(Bytes::from(sse)).boxed());
        resp.headers_mut()
            .insert("content-type", "text/event-stream".parse().unwrap());
        return Ok(resp);
    }
    if path.starts_with("/reset") {
        // Promise 100000 bytes, send 10, stop: hyper aborts the connection,
        // which is what an upstream reset mid-response looks like.
        let chunks: Vec<Result<Frame<Bytes>, Infallible>> =
            vec![Ok(Frame::data(Bytes::from_static(b"0123456789")))];
        let mut resp = Response::new(StreamBody::new(futures_util::stream::iter(chunks)).boxed());
        resp.headers_mut()
            .insert("content-length", "100000".parse().unwrap());
        return Ok(resp);
    }
    if path.starts_with("/slow") {
        tokio::time::sleep(Duration::from_millis(800)).await;
    }
    if path.starts_with("/status/") {
        let code: u16 = path.trim_start_matches("/status/").parse().unwrap_or(500);
        let mut resp = Response::new(Full::new(Bytes::from_static(b"{}")).boxed());
        *resp.status_mut() = StatusCode::from_u16(code).unwrap();
        return Ok(resp);
    }
    // The echo (len, sha256) that tests check, inside a reply shaped like
    // the API's own so real SDKs and agents accept it.
    let echo = format!(
        "\"len\":{},\"sha256\":\"{}\",\"version\":\"{:?}\"",
        body.len(),
        sha256_hex(&body),
        parts.version
    );
    let json = if path.starts_with("/v1/messages") {
        format!("{{\"id\":\"msg_mock\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"mock\",\"content\":[{{\"type\":\"text\",\"text\":\"ok from mock\"}}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":{{\"input_tokens\":3,\"output_tokens\":4}},{echo}}}")
    } else if path.contains("/chat/completions") {
        format!("{{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"mock\",\"choices\":[{{\"index\":0,\"message\":{{\"role\":\"assistant\",\"content\":\"ok from mock\"}},\"finish_reason\":\"stop\"}}],\"usage\":{{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}},{echo}}}")
    } else {
        format!("{{{echo}}}")
    };
    let mut resp = Response::new(Full::new(Bytes::from(json)).boxed());
    resp.headers_mut()
        .insert("content-type", "application/json".parse().unwrap());
    resp.headers_mut()
        .insert("x-upstream", "mock".parse().unwrap());
    Ok(resp)
}

fn tokio_stream_from<T: Send + 'static>(
    mut rx: tokio::sync::mpsc::Receiver<T>,
) -> impl futures_util::Stream<Item = T> + Send {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

/// Starts the mock on 127.0.0.1:0 with a certificate from `ca`.
pub async fn mock_upstream(ca: &TestCa) -> Upstream {
    mock_upstream_on("127.0.0.1:0".parse().unwrap(), ca).await
}

pub async fn mock_upstream_on(addr: SocketAddr, ca: &TestCa) -> Upstream {
    let listener = TcpListener::bind(addr).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(ca.server_config(NAMES));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let gate = Arc::new(Notify::new());
    let (s, g) = (seen.clone(), gate.clone());
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            // As real API front ends do; without it Nagle + delayed ACK add
            // ~40 ms stalls after the TLS tickets on new connections.
            let _ = tcp.set_nodelay(true);
            let acceptor = acceptor.clone();
            let (s, g) = (s.clone(), g.clone());
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let h2 = tls.get_ref().1.alpn_protocol() == Some(b"h2");
                let svc = service_fn(move |req| mock_handle(req, s.clone(), g.clone()));
                let io = TokioIo::new(tls);
                if h2 {
                    let _ = hyper::server::conn::http2::Builder::new(TokioExecutor::new())
                        .serve_connection(io, svc)
                        .await;
                } else {
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(io, svc)
                        .await;
                }
            });
        }
    });
    Upstream {
        addr,
        seen,
        sse_gate: gate,
    }
}

/// An in-process promptwall for tests.
pub struct Proxy {
    pub running: Running,
    pub dir: tempfile::TempDir,
    pub ca_der: CertificateDer<'static>,
}

impl Proxy {
    pub fn explicit(&self) -> SocketAddr {
        self.running.explicit.unwrap()
    }
}

/// Starts promptwall with the mock's names mapped to `upstream` and the test
/// CA trusted upstream. `extra` is appended to the YAML (top-level keys not
/// used by the base: limits, classify, policy, detect…).
pub async fn start_proxy(ca: &TestCa, upstream: SocketAddr, extra: &str) -> Proxy {
    start_proxy_with(ca, upstream, "", extra).await
}

/// As [`start_proxy`], with `upstream_extra` lines added under `upstream:`
/// (each indented by two spaces).
pub async fn start_proxy_with(
    ca: &TestCa,
    upstream: SocketAddr,
    upstream_extra: &str,
    extra: &str,
) -> Proxy {
    let dir = tempfile::tempdir().unwrap();
    let roots = ca.write_pem(dir.path());
    let hosts: String = NAMES
        .iter()
        .map(|n| format!("    {n}: {upstream}\n"))
        .collect();
    let yaml = format!(
        "listen:\n  explicit: 127.0.0.1:0\n  admin: 127.0.0.1:0\nca:\n  dir: {}\nupstream:\n  extra_roots: ['{}']\n  connect_timeout: 2s\n{upstream_extra}  hosts:\n{hosts}{extra}",
        dir.path().join("ca").display(),
        roots.display(),
    );
    let cfg = Config::from_yaml(&yaml, "test.yaml").unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    let running = start(cfg).await.unwrap();
    let pem = std::fs::read(&running.ca_cert).unwrap();
    let ca_der = rustls_pki_types_pem(&pem);
    Proxy {
        running,
        dir,
        ca_der,
    }
}

fn rustls_pki_types_pem(pem: &[u8]) -> CertificateDer<'static> {
    use rustls::pki_types::pem::PemObject;
    CertificateDer::pem_slice_iter(pem).next().unwrap().unwrap()
}

/// Opens a CONNECT tunnel to `host:port` through the proxy.
pub async fn connect_tunnel(proxy: SocketAddr, host: &str, port: u16) -> TcpStream {
    let mut s = TcpStream::connect(proxy).await.unwrap();
    s.write_all(
        format!("CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    let mut b = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut b).await.unwrap();
        assert!(
            n > 0,
            "proxy closed during CONNECT: {}",
            String::from_utf8_lossy(&buf)
        );
        buf.push(b[0]);
    }
    assert!(
        buf.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&buf)
    );
    s
}

/// TLS over a tunnel, trusting only `roots`; returns the stream and the
/// server's leaf certificate.
pub async fn tls_over(
    tcp: TcpStream,
    host: &str,
    roots: &[CertificateDer<'static>],
    alpn: &[&[u8]],
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, std::io::Error> {
    let mut store = rustls::RootCertStore::empty();
    for r in roots {
        store.add(r.clone()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(store)
        .with_no_client_auth();
    cfg.alpn_protocols = alpn.iter().map(|a| a.to_vec()).collect();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(cfg));
    connector
        .connect(ServerName::try_from(host.to_string()).unwrap(), tcp)
        .await
}

pub fn leaf_issuer_cn(tls: &tokio_rustls::client::TlsStream<TcpStream>) -> String {
    let certs = tls.get_ref().1.peer_certificates().unwrap();
    let (_, cert) = x509_parser::parse_x509_certificate(&certs[0]).unwrap();
    let cn = cert
        .issuer()
        .iter_common_name()
        .next()
        .and_then(|c| c.as_str().ok())
        .unwrap_or_default()
        .to_string();
    cn
}

/// An HTTP client over an established TLS stream.
pub enum Client {
    H1(hyper::client::conn::http1::SendRequest<Full<Bytes>>),
    H2(hyper::client::conn::http2::SendRequest<Full<Bytes>>),
}

impl Client {
    pub async fn over(tls: tokio_rustls::client::TlsStream<TcpStream>) -> Client {
        let h2 = tls.get_ref().1.alpn_protocol() == Some(b"h2");
        let io = TokioIo::new(tls);
        if h2 {
            let (s, c) = hyper::client::conn::http2::handshake(TokioExecutor::new(), io)
                .await
                .unwrap();
            tokio::spawn(c);
            Client::H2(s)
        } else {
            let (s, c) = hyper::client::conn::http1::handshake(io).await.unwrap();
            tokio::spawn(c);
            Client::H1(s)
        }
    }

    pub async fn send(&mut self, req: Request<Full<Bytes>>) -> hyper::Result<Response<Incoming>> {
        match self {
            Client::H1(s) => {
                s.ready().await?;
                s.send_request(req).await
            }
            Client::H2(s) => s.send_request(req).await,
        }
    }
}

/// Through the proxy to `host`, trusting the promptwall CA, with ALPN.
pub async fn client_via(proxy: &Proxy, host: &str, alpn: &[&[u8]]) -> Client {
    let tcp = connect_tunnel(proxy.explicit(), host, 443).await;
    let tls = tls_over(tcp, host, std::slice::from_ref(&proxy.ca_der), alpn)
        .await
        .unwrap();
    Client::over(tls).await
}

pub fn post(host: &str, path: &str, body: impl Into<Bytes>, h2: bool) -> Request<Full<Bytes>> {
    post_as(host, path, "application/json", body, h2)
}

pub fn post_as(
    host: &str,
    path: &str,
    content_type: &str,
    body: impl Into<Bytes>,
    h2: bool,
) -> Request<Full<Bytes>> {
    let uri = if h2 {
        format!("https://{host}{path}")
    } else {
        path.to_string()
    };
    let mut b = Request::post(uri).header("content-type", content_type);
    if !h2 {
        b = b.header("host", host);
    }
    b.body(Full::new(body.into())).unwrap()
}

pub async fn body_bytes(resp: Response<Incoming>) -> Bytes {
    resp.into_body().collect().await.unwrap().to_bytes()
}

pub async fn body_json(resp: Response<Incoming>) -> serde_json::Value {
    let b = body_bytes(resp).await;
    serde_json::from_slice(&b)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&b)))
}

// === policy tests: source addresses, proxy auth, config files ===

/// Opens a TCP connection to the proxy from `src` (any 127.0.0.0/8 address
/// on Linux), sends CONNECT with an optional `Proxy-Authorization` value, and
/// returns the stream and the proxy's response head.
pub async fn connect_raw_from(
    src: std::net::IpAddr,
    proxy: SocketAddr,
    host: &str,
    port: u16,
    proxy_auth: Option<&str>,
) -> (TcpStream, String) {
    let sock = tokio::net::TcpSocket::new_v4().unwrap();
    sock.bind(SocketAddr::new(src, 0)).unwrap();
    let mut s = tokio::time::timeout(Duration::from_secs(5), sock.connect(proxy))
        .await
        .expect("connect to proxy timed out")
        .unwrap();
    let auth = proxy_auth
        .map(|a| format!("Proxy-Authorization: {a}\r\n"))
        .unwrap_or_default();
    s.write_all(
        format!("CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n{auth}\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    let mut b = [0u8; 1];
    let read_head = async {
        while !buf.ends_with(b"\r\n\r\n") {
            let n = s.read(&mut b).await.unwrap();
            if n == 0 {
                break;
            }
            buf.push(b[0]);
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read_head)
        .await
        .expect("CONNECT reply timed out");
    (s, String::from_utf8_lossy(&buf).into_owned())
}

/// A CONNECT tunnel from source address `src`; panics unless the proxy
/// answers 200.
pub async fn connect_tunnel_from(
    src: std::net::IpAddr,
    proxy: SocketAddr,
    host: &str,
    port: u16,
    proxy_auth: Option<&str>,
) -> TcpStream {
    let (s, head) = connect_raw_from(src, proxy, host, port, proxy_auth).await;
    assert!(head.starts_with("HTTP/1.1 200"), "CONNECT refused: {head}");
    s
}

/// An HTTP/1.1 client through the proxy's CONNECT tunnel from `src`.
pub async fn client_from(proxy: &Proxy, src: &str, host: &str, proxy_auth: Option<&str>) -> Client {
    let tcp = connect_tunnel_from(
        src.parse().unwrap(),
        proxy.explicit(),
        host,
        443,
        proxy_auth,
    )
    .await;
    let tls = tls_over(
        tcp,
        host,
        std::slice::from_ref(&proxy.ca_der),
        &[b"http/1.1"],
    )
    .await
    .unwrap();
    Client::over(tls).await
}

/// `Basic base64(user:password)`.
pub fn basic_auth(user: &str, password: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// A syntactically valid, high-entropy AWS access key id that is not a
/// documentation example; different seeds give different keys.
pub fn aws_key(seed: u64) -> String {
    const ALPHA: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut x = seed
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(0x1234_5678_9ABC_DEF1);
    let mut s = String::from("AKIA");
    for _ in 0..16 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push(ALPHA[(x % 32) as usize] as char);
    }
    s
}

/// The YAML `start_proxy_with` builds, for tests that need it in a file.
pub fn proxy_yaml(dir: &Path, ca: &TestCa, upstream: SocketAddr, extra: &str) -> String {
    let roots = ca.write_pem(dir);
    let hosts: String = NAMES
        .iter()
        .map(|n| format!("    {n}: {upstream}\n"))
        .collect();
    format!(
        "listen:\n  explicit: 127.0.0.1:0\n  admin: 127.0.0.1:0\nca:\n  dir: {}\nupstream:\n  extra_roots: ['{}']\n  connect_timeout: 2s\n  hosts:\n{hosts}{extra}",
        dir.join("ca").display(),
        roots.display(),
    )
}

/// Starts promptwall from a config file `dir/promptwall.yaml` holding
/// [`proxy_yaml`]`(extra)`, as `promptwall run --config` would load it.
pub async fn start_proxy_file(ca: &TestCa, upstream: SocketAddr, extra: &str) -> (Proxy, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("promptwall.yaml");
    std::fs::write(&path, proxy_yaml(dir.path(), ca, upstream, extra)).unwrap();
    let cfg = Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let running = start(cfg).await.unwrap();
    let pem = std::fs::read(&running.ca_cert).unwrap();
    let ca_der = rustls_pki_types_pem(&pem);
    (
        Proxy {
            running,
            dir,
            ca_der,
        },
        path,
    )
}

/// The audit log's records (JSON lines) from `path`.
pub fn audit_records(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("audit line not JSON ({e}): {l}"))
        })
        .collect()
}

/// Polls the audit log until a record satisfies `pred` (records of
/// forwarded requests are written when the response body ends), for up to
/// 5 s.
pub async fn wait_audit(
    path: &Path,
    pred: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    for _ in 0..100 {
        if let Some(r) = audit_records(path).into_iter().find(|r| pred(r)) {
            return r;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "no matching audit record in {}:\n{}",
        path.display(),
        std::fs::read_to_string(path).unwrap_or_default()
    );
}
