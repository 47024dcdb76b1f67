//! Load benchmark of promptwall's intercept path against a direct TLS
//! baseline measured in the same run.
//!
//! ```text
//! cargo bench --bench proxy                               # ~5 s per scenario and path
//! PROMPTWALL_BENCH_SECS=2 cargo bench --bench proxy       # quick mode
//! cargo bench --bench proxy -- latency                    # only scenarios whose name contains "latency"
//! ```
//!
//! Three tokio runtimes, each with exactly one worker thread on its own OS
//! thread: the load generator (`pw-client`), the mock AI upstream from
//! `tests/common` (`pw-mock`) and promptwall itself (`pw-proxy`, started
//! in-process with `promptwall::app::start`). Every scenario runs (a) the
//! client speaking TLS 1.3 straight to the mock and (b) the same client going
//! through promptwall's explicit listener (CONNECT, TLS to promptwall with its
//! CA trusted, promptwall re-encrypting to the mock). (a) and (b) alternate in
//! rounds so that drift on a shared machine hits both alike.
//!
//! Besides wall-clock rates, the bench reads every thread's CPU time from
//! `/proc/self/task/*/schedstat`, so it can say how much of a core the proxy
//! used and extrapolate "per proxy core" figures even though client, mock
//! and proxy share the machine's cores.
//!
//! Environment:
//! - `PROMPTWALL_BENCH_SECS`   measured seconds per scenario and path (default 5)
//! - `PROMPTWALL_BENCH_ROUNDS` direct/proxy alternations per scenario (default 4)
//! - `PROMPTWALL_BENCH_CONNS`  keep-alive connections for the 1 KiB h1 scenario (default 32)
//! - `PROMPTWALL_BENCH_CIPHER` `aes128` or `chacha20`: the client offers only
//!   that TLS 1.3 suite (default: rustls's order, AES-256-GCM-SHA384 first)
#![allow(clippy::unwrap_used)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use common::{Client, Proxy, TestCa, Upstream};
use http_body_util::BodyExt;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::runtime::Runtime;
use tokio::sync::Barrier;
use tokio_rustls::TlsConnector;

/// A catalogue host: promptwall intercepts it (the mock answers for it too).
const HOST: &str = "api.openai.com";
/// The mock's cheapest endpoint: it reads the whole body, answers `{}` and
/// does not hash the body (the echo endpoint hashes it with SHA-256, which
/// would make the mock, not TLS or the proxy, the bottleneck at 1 MiB).
/// Once inspection chooses extractors by path, a realistic path such as
/// `/v1/chat/completions` (the echo endpoint) may be the better choice.
const LOAD_PATH: &str = "/status/200";

const CLIENT: &str = "pw-client";
const MOCK: &str = "pw-mock";
const PROXY: &str = "pw-proxy";

fn one_thread_runtime(name: &str) -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name(name)
        .enable_all()
        .build()
        .unwrap()
}

// ---------------------------------------------------------------- CPU time

/// CPU nanoseconds per thread name (all threads of one runtime share a name).
fn cpu_by_thread_name() -> HashMap<String, u64> {
    let mut out = HashMap::new();
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else {
        return out;
    };
    for task in dir.flatten() {
        let p = task.path();
        let (Ok(comm), Ok(sched)) = (
            std::fs::read_to_string(p.join("comm")),
            std::fs::read_to_string(p.join("schedstat")),
        ) else {
            continue;
        };
        let ns: u64 = sched
            .split_whitespace()
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        *out.entry(comm.trim().to_string()).or_default() += ns;
    }
    out
}

/// CPU seconds used by each runtime between two snapshots.
fn cpu_delta(a: &HashMap<String, u64>, b: &HashMap<String, u64>) -> HashMap<&'static str, f64> {
    [CLIENT, MOCK, PROXY]
        .into_iter()
        .map(|name| {
            let before = a.get(name).copied().unwrap_or(0);
            let after = b.get(name).copied().unwrap_or(0);
            (name, after.saturating_sub(before) as f64 / 1e9)
        })
        .collect()
}

// ---------------------------------------------------------------- clients

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Path {
    Direct,
    Proxy,
}

/// What the load generator needs to reach the mock either way.
#[derive(Clone)]
struct Target {
    mock: SocketAddr,
    proxy: SocketAddr,
    /// Trusting the mock's test CA, resp. promptwall's CA; resumption off,
    /// so every new connection is a full TLS 1.3 handshake.
    direct_h1: TlsConnector,
    direct_h2: TlsConnector,
    proxy_h1: TlsConnector,
    proxy_h2: TlsConnector,
}

/// The client's crypto provider. By default it offers rustls's order
/// (TLS13_AES_256_GCM_SHA384 first, as curl/OpenSSL clients do too);
/// `PROMPTWALL_BENCH_CIPHER=aes128|chacha20` offers only that suite.
fn client_provider() -> rustls::crypto::CryptoProvider {
    use rustls::CipherSuite as S;
    let mut p = rustls::crypto::ring::default_provider();
    let only = match std::env::var("PROMPTWALL_BENCH_CIPHER").as_deref() {
        Ok("aes128") => Some(S::TLS13_AES_128_GCM_SHA256),
        Ok("chacha20") => Some(S::TLS13_CHACHA20_POLY1305_SHA256),
        _ => None,
    };
    if let Some(only) = only {
        p.cipher_suites.retain(|s| s.suite() == only);
    }
    p
}

fn connector(root: &CertificateDer<'static>, alpn: &[u8]) -> TlsConnector {
    let mut store = rustls::RootCertStore::empty();
    store.add(root.clone()).unwrap();
    let provider = Arc::new(client_provider());
    let mut cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])
        .unwrap()
        .with_root_certificates(store)
        .with_no_client_auth();
    cfg.alpn_protocols = vec![alpn.to_vec()];
    cfg.resumption = rustls::client::Resumption::disabled();
    TlsConnector::from(Arc::new(cfg))
}

type Error = Box<dyn std::error::Error + Send + Sync>;

/// `CONNECT HOST:443` through the explicit listener. promptwall sends nothing
/// after its reply until the client speaks, so one buffered read is safe.
async fn tunnel(proxy: SocketAddr) -> Result<TcpStream, Error> {
    let mut s = TcpStream::connect(proxy).await?;
    s.set_nodelay(true)?;
    s.write_all(format!("CONNECT {HOST}:443 HTTP/1.1\r\nHost: {HOST}:443\r\n\r\n").as_bytes())
        .await?;
    let mut buf = [0u8; 1024];
    let mut n = 0;
    while !buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
        if n == buf.len() {
            return Err("CONNECT reply too long".into());
        }
        let m = s.read(&mut buf[n..]).await?;
        if m == 0 {
            return Err("proxy closed during CONNECT".into());
        }
        n += m;
    }
    if !buf.starts_with(b"HTTP/1.1 200") {
        return Err(format!("CONNECT refused: {}", String::from_utf8_lossy(&buf[..n])).into());
    }
    Ok(s)
}

/// A new TCP connection and a full TLS 1.3 handshake, direct or through
/// promptwall.
async fn open(t: &Target, path: Path, h2: bool) -> Result<Client, Error> {
    let (tcp, tls) = match path {
        Path::Direct => {
            let s = TcpStream::connect(t.mock).await?;
            s.set_nodelay(true)?;
            (s, if h2 { &t.direct_h2 } else { &t.direct_h1 })
        }
        Path::Proxy => (
            tunnel(t.proxy).await?,
            if h2 { &t.proxy_h2 } else { &t.proxy_h1 },
        ),
    };
    let stream = tls.connect(ServerName::try_from(HOST)?, tcp).await?;
    Ok(Client::over(stream).await)
}

/// Another handle on the same h2 connection (a new stream per request).
fn share(c: &Client) -> Option<Client> {
    match c {
        Client::H2(s) => Some(Client::H2(s.clone())),
        Client::H1(_) => None,
    }
}

/// An OpenAI-style chat request of exactly `len` bytes (from ~100 up) with
/// ordinary prose as the message, so that the figures stay meaningful once
/// inspection runs on intercepted bodies.
fn chat_body(len: usize) -> Bytes {
    const HEAD: &str = r#"{"model":"gpt-4o","messages":[{"role":"user","content":""#;
    const TAIL: &str = r#""}],"stream":false}"#;
    const PROSE: &str = "Please review the following function and suggest a clearer name \
        for the loop variable, then explain why the retry logic backs off exponentially. ";
    let fill = len.saturating_sub(HEAD.len() + TAIL.len());
    let mut b = String::with_capacity(len);
    b.push_str(HEAD);
    b.extend(PROSE.chars().cycle().take(fill));
    b.push_str(TAIL);
    Bytes::from(b)
}

async fn request(c: &mut Client, body: &Bytes) -> Result<(), Error> {
    let h2 = matches!(c, Client::H2(_));
    let resp = c
        .send(common::post(HOST, LOAD_PATH, body.clone(), h2))
        .await?;
    let status = resp.status();
    resp.into_body().collect().await?;
    if status != 200 {
        return Err(format!("status {status}").into());
    }
    Ok(())
}

// ---------------------------------------------------------------- scenarios

#[derive(Clone, Copy, Debug)]
enum Load {
    /// `conns` connections opened up front, `streams` concurrent sequential
    /// request loops on each (h1: 1), every request a POST of `body` bytes.
    KeepAlive {
        conns: usize,
        streams: usize,
        h2: bool,
        body: usize,
    },
    /// `workers` loops of: new TCP (+ CONNECT) + full TLS handshake + one
    /// small POST, then close.
    Handshakes { workers: usize, body: usize },
}

#[derive(Default)]
struct Outcome {
    ok: u64,
    errors: u64,
    first_error: Option<String>,
    body_bytes: u64,
    latencies_ns: Vec<u64>,
    secs: f64,
    cpu: HashMap<&'static str, f64>,
}

impl Outcome {
    fn absorb(&mut self, o: Outcome) {
        self.ok += o.ok;
        self.errors += o.errors;
        if self.first_error.is_none() {
            self.first_error = o.first_error;
        }
        self.body_bytes += o.body_bytes;
        self.latencies_ns.extend(o.latencies_ns);
        self.secs += o.secs;
        for (k, v) in o.cpu {
            *self.cpu.entry(k).or_default() += v;
        }
    }
    fn rate(&self) -> f64 {
        self.ok as f64 / self.secs
    }
    fn mbps(&self) -> f64 {
        self.body_bytes as f64 / 1e6 / self.secs
    }
    /// Cores the named runtime kept busy on average.
    fn cores(&self, name: &str) -> f64 {
        self.cpu.get(name).copied().unwrap_or(0.0) / self.secs
    }
    /// CPU microseconds the named runtime spent per completed unit.
    fn cpu_us_per_op(&self, name: &str) -> f64 {
        self.cpu.get(name).copied().unwrap_or(0.0) * 1e6 / self.ok.max(1) as f64
    }
    fn percentile_us(&mut self, p: f64) -> f64 {
        if self.latencies_ns.is_empty() {
            return f64::NAN;
        }
        self.latencies_ns.sort_unstable();
        let i = ((self.latencies_ns.len() as f64 - 1.0) * p).round() as usize;
        self.latencies_ns[i] as f64 / 1e3
    }
}

/// What one task measured.
#[derive(Default)]
struct TaskStats {
    ok: u64,
    errors: u64,
    first_error: Option<String>,
    latencies_ns: Vec<u64>,
}

impl TaskStats {
    fn fail(&mut self, e: Error) {
        self.errors += 1;
        if self.first_error.is_none() {
            self.first_error = Some(e.to_string());
        }
    }
}

/// One measured window of `load` over `path`.
fn measure(rt: &Runtime, t: &Target, path: Path, load: Load, secs: f64, record: bool) -> Outcome {
    rt.block_on(async {
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        let body_len;
        match load {
            Load::KeepAlive {
                conns,
                streams,
                h2,
                body,
            } => {
                body_len = body;
                let barrier = Arc::new(Barrier::new(conns * streams + 1));
                let payload = chat_body(body);
                for _ in 0..conns {
                    // Connect and warm up (one request) before the window opens.
                    let first = match open(t, path, h2).await {
                        Ok(mut c) => request(&mut c, &payload).await.map(|()| c),
                        Err(e) => Err(e),
                    };
                    let mut clients = Vec::new();
                    match first {
                        Ok(c) => {
                            for _ in 1..streams {
                                clients.push(share(&c).map_or_else(
                                    || Err::<Client, Error>("h1 has one stream".into()),
                                    Ok,
                                ));
                            }
                            clients.push(Ok(c));
                        }
                        Err(e) => {
                            let msg = e.to_string();
                            clients.extend((0..streams).map(|_| Err(msg.clone().into())));
                        }
                    }
                    for client in clients {
                        let (stop, barrier, payload, t) =
                            (stop.clone(), barrier.clone(), payload.clone(), t.clone());
                        tasks.push(tokio::spawn(async move {
                            let mut st = TaskStats::default();
                            barrier.wait().await;
                            let mut c = match client {
                                Ok(c) => c,
                                Err(e) => {
                                    st.fail(e);
                                    return st;
                                }
                            };
                            while !stop.load(Ordering::Relaxed) {
                                let t0 = Instant::now();
                                let r = request(&mut c, &payload).await;
                                let ns = t0.elapsed().as_nanos() as u64;
                                if stop.load(Ordering::Relaxed) {
                                    break;
                                }
                                match r {
                                    Ok(()) => {
                                        st.ok += 1;
                                        if record {
                                            st.latencies_ns.push(ns);
                                        }
                                    }
                                    Err(e) => {
                                        st.fail(e);
                                        // The connection is likely dead: replace it.
                                        tokio::time::sleep(Duration::from_millis(10)).await;
                                        match open(&t, path, h2).await {
                                            Ok(n) => c = n,
                                            Err(e) => st.fail(e),
                                        }
                                    }
                                }
                            }
                            st
                        }));
                    }
                }
                drop(payload);
                finish(barrier, stop, tasks, secs, body_len as u64).await
            }
            Load::Handshakes { workers, body } => {
                body_len = body;
                let barrier = Arc::new(Barrier::new(workers + 1));
                let payload = chat_body(body);
                for _ in 0..workers {
                    let (stop, barrier, payload, t) =
                        (stop.clone(), barrier.clone(), payload.clone(), t.clone());
                    tasks.push(tokio::spawn(async move {
                        let mut st = TaskStats::default();
                        // Warm-up iteration (the leaf is minted on the first one).
                        if let Err(e) = handshake_once(&t, path, &payload).await {
                            st.fail(e);
                        }
                        st.errors = 0;
                        barrier.wait().await;
                        while !stop.load(Ordering::Relaxed) {
                            let t0 = Instant::now();
                            let r = handshake_once(&t, path, &payload).await;
                            let ns = t0.elapsed().as_nanos() as u64;
                            if stop.load(Ordering::Relaxed) {
                                break;
                            }
                            match r {
                                Ok(()) => {
                                    st.ok += 1;
                                    if record {
                                        st.latencies_ns.push(ns);
                                    }
                                }
                                Err(e) => {
                                    st.fail(e);
                                    tokio::time::sleep(Duration::from_millis(1)).await;
                                }
                            }
                        }
                        st
                    }));
                }
                finish(barrier, stop, tasks, secs, body_len as u64).await
            }
        }
    })
}

async fn handshake_once(t: &Target, path: Path, body: &Bytes) -> Result<(), Error> {
    let mut c = open(t, path, false).await?;
    request(&mut c, body).await
    // Dropping the client closes the connection.
}

async fn finish(
    barrier: Arc<Barrier>,
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<TaskStats>>,
    secs: f64,
    body_len: u64,
) -> Outcome {
    barrier.wait().await;
    let cpu0 = cpu_by_thread_name();
    let t0 = Instant::now();
    tokio::time::sleep(Duration::from_secs_f64(secs)).await;
    stop.store(true, Ordering::Relaxed);
    let elapsed = t0.elapsed().as_secs_f64();
    let cpu1 = cpu_by_thread_name();
    let mut out = Outcome {
        secs: elapsed,
        cpu: cpu_delta(&cpu0, &cpu1),
        ..Outcome::default()
    };
    for task in tasks {
        let st = task.await.unwrap_or_default();
        out.ok += st.ok;
        out.errors += st.errors;
        if out.first_error.is_none() {
            out.first_error = st.first_error;
        }
        out.latencies_ns.extend(st.latencies_ns);
    }
    out.body_bytes = out.ok * body_len;
    out
}

// ---------------------------------------------------------------- setup

struct Env {
    client_rt: Runtime,
    _mock_rt: Runtime,
    proxy_rt: Runtime,
    target: Target,
    _ca: TestCa,
    _upstream: Upstream,
    proxy: Proxy,
}

fn setup() -> Env {
    // As in production: an info-level subscriber (the output is discarded).
    let _ = tracing_subscriber::fmt()
        .with_env_filter("info")
        .with_writer(std::io::sink)
        .try_init();

    let mock_rt = one_thread_runtime(MOCK);
    let proxy_rt = one_thread_runtime(PROXY);
    let client_rt = one_thread_runtime(CLIENT);

    let ca = TestCa::new("test public CA");
    // `mock_upstream` and `start` spawn their tasks on the runtime they are
    // called from, so each lands on its own single worker thread.
    let upstream = mock_rt.block_on(common::mock_upstream(&ca));
    // The mock logs every request (bodies included); keep that log empty.
    let seen = upstream.seen.clone();
    mock_rt.spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_millis(50)).await;
            seen.lock().unwrap().clear();
        }
    });
    let proxy = proxy_rt.block_on(common::start_proxy(&ca, upstream.addr, ""));

    let target = Target {
        mock: upstream.addr,
        proxy: proxy.explicit(),
        direct_h1: connector(&ca.der, b"http/1.1"),
        direct_h2: connector(&ca.der, b"h2"),
        proxy_h1: connector(&proxy.ca_der, b"http/1.1"),
        proxy_h2: connector(&proxy.ca_der, b"h2"),
    };
    Env {
        client_rt,
        _mock_rt: mock_rt,
        proxy_rt,
        target,
        _ca: ca,
        _upstream: upstream,
        proxy,
    }
}

/// One request each way to the echo endpoint: the bench measures the real
/// intercept path (leaf from promptwall's CA, body byte-identical upstream).
fn sanity(env: &Env) -> String {
    let t = env.target.clone();
    env.client_rt.block_on(async move {
        let body = chat_body(1024);
        let want = common::sha256_hex(&body);
        let mut notes = String::new();
        for path in [Path::Direct, Path::Proxy] {
            let tcp = match path {
                Path::Direct => TcpStream::connect(t.mock).await.unwrap(),
                Path::Proxy => tunnel(t.proxy).await.unwrap(),
            };
            let conn = if path == Path::Direct {
                &t.direct_h1
            } else {
                &t.proxy_h1
            };
            let tls = conn
                .connect(ServerName::try_from(HOST).unwrap(), tcp)
                .await
                .unwrap();
            let issuer = common::leaf_issuer_cn(&tls);
            let suite = tls
                .get_ref()
                .1
                .negotiated_cipher_suite()
                .map(|s| format!("{:?}", s.suite()))
                .unwrap_or_default();
            let mut c = Client::over(tls).await;
            let resp = c
                .send(common::post(
                    HOST,
                    "/v1/chat/completions",
                    body.clone(),
                    false,
                ))
                .await
                .unwrap();
            assert_eq!(resp.status(), 200, "{path:?}");
            let v = common::body_json(resp).await;
            assert_eq!(
                v["sha256"],
                want.as_str(),
                "{path:?}: body changed on the way"
            );
            let _ = writeln!(notes, "- {path:?}: leaf issued by \"{issuer}\", {suite}");
        }
        notes
    })
}

// ---------------------------------------------------------------- report

struct Scenario {
    name: &'static str,
    title: String,
    load: Load,
    unit: &'static str,
}

fn env_num<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_default();
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    format!("{cores} cores, {cpu}, Linux {kernel}, load average {load} at start")
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters scenarios.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let secs: f64 = env_num("PROMPTWALL_BENCH_SECS", 5.0);
    let rounds: usize = env_num("PROMPTWALL_BENCH_ROUNDS", 4).max(1);
    let conns: usize = env_num("PROMPTWALL_BENCH_CONNS", 32).max(1);

    let machine = machine();
    let env = setup();
    let notes = sanity(&env);

    let scenarios = vec![
        Scenario {
            name: "rps-h1",
            title: format!("1 KiB POST, HTTP/1.1 keep-alive, {conns} conns"),
            load: Load::KeepAlive {
                conns,
                streams: 1,
                h2: false,
                body: 1024,
            },
            unit: "req/s",
        },
        Scenario {
            name: "rps-h2",
            title: "1 KiB POST, HTTP/2, 4 conns x 8 streams".into(),
            load: Load::KeepAlive {
                conns: 4,
                streams: 8,
                h2: true,
                body: 1024,
            },
            unit: "req/s",
        },
        Scenario {
            name: "mbps-h1",
            title: "1 MiB POST, HTTP/1.1 keep-alive, 4 conns".into(),
            load: Load::KeepAlive {
                conns: 4,
                streams: 1,
                h2: false,
                body: 1 << 20,
            },
            unit: "MB/s",
        },
        Scenario {
            name: "handshakes",
            title: "new TLS conn + 1 small POST, 8 loops".into(),
            load: Load::Handshakes {
                workers: 8,
                body: 128,
            },
            unit: "conn/s",
        },
        Scenario {
            name: "latency",
            title: "1 KiB POST, HTTP/1.1 keep-alive, 1 conn".into(),
            load: Load::KeepAlive {
                conns: 1,
                streams: 1,
                h2: false,
                body: 1024,
            },
            unit: "µs",
        },
    ];

    println!("promptwall proxy bench: {machine}");
    println!(
        "{secs} s measured per scenario and path, in {rounds} alternating rounds; client, mock \
         and proxy each on a 1-worker tokio runtime (client, mock and proxy share the cores, so \
         the ratios are what count)"
    );
    print!("{notes}");
    println!();

    let mut table = String::new();
    let mut cpu_table = String::new();
    table.push_str("| scenario | direct (a) | via promptwall (b) | b/a (per-round range) | proxy CPU | via promptwall per proxy core |\n");
    table.push_str("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    cpu_table.push_str(
        "| scenario | unit | client (a) | mock (a) | client (b) | proxy (b) | mock (b) | busy cores (a) | busy cores (b) |\n",
    );
    cpu_table.push_str("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    let mut errors = Vec::new();

    for sc in &scenarios {
        if !filters.is_empty() && !filters.iter().any(|f| sc.name.contains(f.as_str())) {
            continue;
        }
        eprintln!("running {} ({})", sc.name, sc.title);
        let record = sc.name == "latency";
        let mut a = Outcome::default();
        let mut b = Outcome::default();
        // b/a of each round, to show how much the machine's noise moves it.
        let mut round_ratios: Vec<f64> = Vec::new();
        for _ in 0..rounds {
            let per = secs / rounds as f64;
            let ra = measure(
                &env.client_rt,
                &env.target,
                Path::Direct,
                sc.load,
                per,
                record,
            );
            let rb = measure(
                &env.client_rt,
                &env.target,
                Path::Proxy,
                sc.load,
                per,
                record,
            );
            round_ratios.push(rb.rate() / ra.rate());
            a.absorb(ra);
            b.absorb(rb);
        }
        let spread = if round_ratios.len() > 1 {
            let lo = round_ratios.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = round_ratios.iter().copied().fold(0.0, f64::max);
            format!(" ({lo:.2}–{hi:.2})")
        } else {
            String::new()
        };
        for (o, path) in [(&a, "direct"), (&b, "via promptwall")] {
            if o.errors > 0 {
                errors.push(format!(
                    "{} {path}: {} errors, first: {}",
                    sc.name,
                    o.errors,
                    o.first_error.as_deref().unwrap_or("?")
                ));
            }
        }
        let proxy_cores = b.cores(PROXY);
        let (per_op, unit_cost) = match sc.load {
            Load::KeepAlive { body, .. } if body >= 1 << 20 => ("MB", 1e6 / body as f64),
            Load::Handshakes { .. } => ("conn", 1.0),
            _ => ("req", 1.0),
        };
        let _ = writeln!(
            cpu_table,
            "| {} | µs CPU/{per_op} | {:.1} | {:.1} | {:.1} | {:.1} | {:.1} | {:.2} | {:.2} |",
            sc.name,
            a.cpu_us_per_op(CLIENT) * unit_cost,
            a.cpu_us_per_op(MOCK) * unit_cost,
            b.cpu_us_per_op(CLIENT) * unit_cost,
            b.cpu_us_per_op(PROXY) * unit_cost,
            b.cpu_us_per_op(MOCK) * unit_cost,
            a.cores(CLIENT) + a.cores(MOCK),
            b.cores(CLIENT) + b.cores(PROXY) + b.cores(MOCK),
        );
        if sc.name == "latency" {
            for (label, p) in [("p50", 0.5), ("p99", 0.99), ("p99.9", 0.999)] {
                let (da, db) = (a.percentile_us(p), b.percentile_us(p));
                let _ = writeln!(
                    table,
                    "| {} latency {label} | {da:.0} µs | {db:.0} µs | {:.2} | | added {:+.0} µs |",
                    sc.title,
                    db / da,
                    db - da
                );
            }
            let _ = writeln!(
                table,
                "| {} (req/s, sequential) | {:.0} | {:.0} | {:.2}{spread} | {proxy_cores:.2} cores | |",
                sc.title,
                a.rate(),
                b.rate(),
                b.rate() / a.rate(),
            );
            continue;
        }
        let (da, db) = if sc.unit == "MB/s" {
            (a.mbps(), b.mbps())
        } else {
            (a.rate(), b.rate())
        };
        let per_core = if proxy_cores > 0.0 {
            format!("{:.0} {}", db / proxy_cores, sc.unit)
        } else {
            "-".into()
        };
        let _ = writeln!(
            table,
            "| {} | {da:.0} {u} | {db:.0} {u} | {:.2}{spread} | {proxy_cores:.2} cores | {per_core} |",
            sc.title,
            db / da,
            u = sc.unit,
        );
    }

    println!("{table}");
    println!("CPU time per unit of work, from /proc/self/task/*/schedstat ((a) direct, (b) via promptwall):\n");
    println!("{cpu_table}");
    println!(
        "\"per proxy core\" = rate via promptwall / cores the proxy runtime kept busy \
         (an extrapolation: the proxy had one worker thread and shared the cores with client and mock).\n\
         \"busy cores\" = CPU the bench's runtimes got per wall-clock second; well under the core count \
         means other load on the machine starved the bench and the absolute rates are low."
    );
    if errors.is_empty() {
        println!("errors: none");
    } else {
        for e in &errors {
            println!("error: {e}");
        }
    }
    let m = env.proxy.running.metrics.render();
    let intercepted = m
        .lines()
        .find(|l| l.contains("connections_total") && l.contains("intercepted"))
        .unwrap_or("")
        .to_string();
    println!("proxy metrics: {intercepted}");
    let running = &env.proxy.running;
    env.proxy_rt
        .block_on(running.stop(Duration::from_millis(200)));
}
