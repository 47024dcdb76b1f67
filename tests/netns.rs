//! Transparent interception end to end, in network namespaces the test
//! creates itself:
//!
//! ```text
//!  client ns                gateway ns                       upstream ns
//!  eth0 198.18.1.2/24 ──── lan0 198.18.1.1/24
//!  (curl, /etc/netns hosts)  nft (the shipped deploy/appliance file)
//!                            promptwall (the real binary)
//!                           wan0 198.18.2.1/24 ───────────── eth0 198.18.2.2/24
//!                                                            mock AI upstream :443
//! ```
//!
//! The client resolves api.anthropic.com, api.openai.com and example.test to
//! the upstream's address through `/etc/netns/<client>/hosts` and sends plain
//! HTTPS; the gateway diverts it to promptwall with REDIRECT or TPROXY. A
//! catalogue host must be intercepted (the client sees a leaf from the
//! promptwall CA; the upstream receives the body byte for byte); a
//! non-catalogue host must be spliced (the client sees the upstream's own
//! certificate). The namespaces have no link to anything else, so no packet
//! can leave the 198.18.0.0/15 test addresses.
//!
//! Along the way: the gateway has no DNS and no hosts entries, so promptwall
//! can only have reached the upstream through the original destination
//! address; promptwall runs as `nobody` with exactly the capabilities
//! `deploy/appliance/promptwall.service` grants (none for REDIRECT,
//! CAP_NET_ADMIN for TPROXY, which must refuse to start without it); the
//! metrics prove the connections went through the transparent listener and
//! not around it; `[::]` listeners serve IPv4 flows; QUIC is rejected.
//!
//! Needs root, `ip`, `nft`, `curl` and `setpriv`. Without them each test prints
//! "SKIP netns test: <reason>" and passes, unless PROMPTWALL_REQUIRE_NETNS=1
//! (CI), where it fails instead.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs::{File, Permissions};
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::{mock_upstream_on, sha256_hex, TestCa, Upstream};

const CLIENT_IP: &str = "198.18.1.2";
const GW_LAN_IP: &str = "198.18.1.1";
const GW_WAN_IP: &str = "198.18.2.1";
const UPSTREAM_IP: &str = "198.18.2.2";
const REDIRECT_PORT: u16 = 3129;
const TPROXY_PORT: u16 = 3130;
const ADMIN: &str = "127.0.0.1:9090";
const TEST_CA_CN: &str = "netns test public CA";
const PROMPTWALL_CA_CN: &str = "promptwall interception CA";
/// promptwall runs as this user, not root, as under promptwall.service.
const SERVICE_USER: &str = "nobody";

/// How the gateway diverts client traffic to promptwall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Divert {
    Redirect,
    Tproxy,
}

impl Divert {
    /// The capabilities promptwall.service documents for this mode.
    fn caps(self) -> &'static [&'static str] {
        match self {
            Divert::Redirect => &[],
            Divert::Tproxy => &["net_admin"],
        }
    }

    fn mode(self) -> &'static str {
        match self {
            Divert::Redirect => "redirect",
            Divert::Tproxy => "tproxy",
        }
    }
}

#[test]
fn redirect_intercepts_catalogue_host_and_splices_others() {
    transparent_end_to_end(Divert::Redirect, "0.0.0.0");
}

#[test]
fn tproxy_intercepts_catalogue_host_and_splices_others() {
    transparent_end_to_end(Divert::Tproxy, "0.0.0.0");
}

/// `[::]` is what deploy/appliance/README.md recommends (one listener for
/// IPv4 and IPv6); IPv4 flows then arrive as IPv4-mapped IPv6 sockets.
#[test]
fn redirect_dual_stack_listener_handles_ipv4_flows() {
    transparent_end_to_end(Divert::Redirect, "[::]");
}

#[test]
fn tproxy_dual_stack_listener_handles_ipv4_flows() {
    transparent_end_to_end(Divert::Tproxy, "[::]");
}

fn transparent_end_to_end(divert: Divert, listen_host: &str) {
    if let Err(reason) = prerequisites() {
        skip(&reason);
        return;
    }
    let mut topo = match Topology::create() {
        Ok(t) => t,
        Err(TopoError::Unsupported(reason)) => {
            skip(&reason);
            return;
        }
        Err(TopoError::Failed(e)) => panic!("building the namespaces: {e}"),
    };
    topo.divert(divert);
    let test_ca_pem = topo.start_upstream();
    if divert == Divert::Tproxy {
        topo.assert_tproxy_needs_cap_net_admin(&test_ca_pem);
    }
    let pw_ca = topo.start_promptwall(divert, listen_host, &test_ca_pem);

    // 1. A catalogue host is intercepted, over h2 and HTTP/1.1.
    let body =
        "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":16,\"messages\":[{\"role\":\"user\",\
                \"content\":\"h\u{e9}llo \u{2603} from the client namespace\\nline 2\"}]}\n  ";
    let body_file = topo.dir.path().join("body.json");
    std::fs::write(&body_file, body).unwrap();
    for http in ["--http2", "--http1.1"] {
        let r = topo.client_curl(&[
            http,
            "--cacert",
            path_str(&pw_ca),
            "-H",
            "content-type: application/json",
            "-H",
            "anthropic-version: 2023-06-01",
            "--data-binary",
            &format!("@{}", body_file.display()),
            "https://api.anthropic.com/v1/messages",
        ]);
        r.assert_ok(&topo);
        assert_eq!(r.status, "200", "{http}: {r:?}\n{}", topo.diagnostics());
        let json: serde_json::Value = serde_json::from_str(&r.body)
            .unwrap_or_else(|e| panic!("{http}: not the mock's JSON ({e}): {r:?}"));
        assert_eq!(
            json["sha256"],
            sha256_hex(body.as_bytes()),
            "{http}: {json}"
        );
        assert_eq!(json["len"], body.len(), "{http}: {json}");
        let issuer = r.leaf_issuer();
        assert!(
            issuer.contains(PROMPTWALL_CA_CN),
            "{http}: the client must see a leaf minted by promptwall, got issuer {issuer:?}\n{}",
            r.certs
        );
    }
    let seen = topo.upstream().requests();
    let posts: Vec<_> = seen
        .iter()
        .filter(|s| s.method == "POST" && s.path == "/v1/messages")
        .collect();
    assert_eq!(posts.len(), 2, "upstream log: {seen:?}");
    for s in &posts {
        assert_eq!(
            s.body.as_ref(),
            body.as_bytes(),
            "body must arrive byte-identical"
        );
    }

    // 2. Trusting only the public (test) CA, the catalogue host must fail
    //    verification: what the client sees there is promptwall, not the upstream.
    let r = topo.client_curl(&[
        "--cacert",
        path_str(&test_ca_pem),
        "https://api.openai.com/v1/models",
    ]);
    assert_eq!(
        r.exit,
        Some(60),
        "an intercepted host must not verify against the upstream's CA: {r:?}"
    );

    // 3. A host outside the catalogue is spliced: the client completes TLS
    //    with the upstream's own certificate, which promptwall cannot forge.
    let before = seen.len();
    let r = topo.client_curl(&["--cacert", path_str(&test_ca_pem), "https://example.test/"]);
    r.assert_ok(&topo);
    assert_eq!(r.status, "200", "{r:?}\n{}", topo.diagnostics());
    let issuer = r.leaf_issuer();
    assert!(
        issuer.contains(TEST_CA_CN),
        "a spliced connection must show the upstream's own certificate, got issuer {issuer:?}"
    );
    let seen = topo.upstream().requests();
    assert!(
        seen[before..]
            .iter()
            .any(|s| s.method == "GET" && s.path == "/"),
        "upstream log: {seen:?}"
    );

    // 4. And both really went through promptwall's transparent listener, not
    //    around it by plain forwarding.
    let metrics = topo.gw_curl(&format!("http://{ADMIN}/metrics"));
    let mode = divert.mode();
    for (outcome, min) in [("intercepted", 2), ("spliced", 1)] {
        let n = metric(
            &metrics,
            &format!("promptwall_connections_total{{mode=\"{mode}\",outcome=\"{outcome}\"}}"),
        );
        assert!(
            n >= min,
            "expected >= {min} {mode} connections {outcome}, metrics say {n}\n{metrics}"
        );
    }

    // 5. QUIC cannot be intercepted; the shipped ruleset rejects it.
    assert_quic_rejected(&topo, divert);

    // 6. Fail-closed: with promptwall down, diverted traffic is refused at
    //    the gateway instead of flowing to the upstream uninspected.
    topo.stop_promptwall();
    let before = topo.upstream().requests().len();
    let r = topo.client_curl(&["--cacert", path_str(&test_ca_pem), "https://example.test/"]);
    assert_ne!(
        r.exit,
        Some(0),
        "with promptwall stopped, traffic must not bypass it: {r:?}"
    );
    assert_eq!(topo.upstream().requests().len(), before);
}

/// UDP/443 from the LAN (QUIC) is rejected at the gateway by the shipped
/// ruleset, so clients fall back to TCP where promptwall sees them.
fn assert_quic_rejected(topo: &Topology, divert: Divert) {
    let sent = in_netns(&topo.client, || {
        let sock = std::net::UdpSocket::bind("0.0.0.0:0")?;
        sock.send_to(b"not really QUIC", format!("{UPSTREAM_IP}:443"))
    });
    sent.unwrap_or_else(|e| panic!("sending UDP from the client namespace: {e}"));
    let table = format!("promptwall_{}", divert.mode());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let chain = must(&[
            "ip", "netns", "exec", &topo.gw, "nft", "list", "chain", "inet", &table, "forward",
        ])
        .unwrap();
        let packets = chain
            .split("counter packets ")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0);
        if packets >= 1 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the QUIC reject rule never matched:\n{chain}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs `f` on a thread that has joined network namespace `ns`.
fn in_netns<T: Send + 'static>(
    ns: &str,
    f: impl FnOnce() -> std::io::Result<T> + Send + 'static,
) -> std::io::Result<T> {
    let path = format!("/var/run/netns/{ns}");
    std::thread::spawn(move || {
        let file = File::open(&path)?;
        nix::sched::setns(&file, nix::sched::CloneFlags::CLONE_NEWNET)
            .map_err(std::io::Error::from)?;
        f()
    })
    .join()
    .unwrap_or_else(|_| Err(std::io::Error::other("netns thread panicked")))
}

// === prerequisites ===

fn prerequisites() -> Result<(), String> {
    if !nix::unistd::geteuid().is_root() {
        return Err("not running as root (network namespaces need it)".into());
    }
    for tool in ["ip", "nft", "curl", "setpriv"] {
        if which(tool).is_none() {
            return Err(format!(
                "'{tool}' is not installed (apt-get install iproute2 nftables curl util-linux)"
            ));
        }
    }
    Ok(())
}

fn service_user() -> (u32, u32) {
    let user = nix::unistd::User::from_name(SERVICE_USER)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no user '{SERVICE_USER}' on this machine"));
    (user.uid.as_raw(), user.gid.as_raw())
}

fn skip(reason: &str) {
    if std::env::var("PROMPTWALL_REQUIRE_NETNS").as_deref() == Ok("1") {
        panic!("netns test cannot run and PROMPTWALL_REQUIRE_NETNS=1: {reason}");
    }
    // Straight to the stderr handle: libtest captures eprintln! of passing
    // tests, and a skip must be visible without --nocapture.
    let _ = writeln!(std::io::stderr(), "SKIP netns test: {reason}");
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::split_paths(&search_path())
        .map(|d| d.join(tool))
        .find(|p| p.is_file())
}

/// PATH plus the sbin directories, where `ip` and `nft` live: root shells
/// entered with plain `su` often lack them. Set on every child.
fn search_path() -> std::ffi::OsString {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    for d in ["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"] {
        if !dirs.iter().any(|x| x == Path::new(d)) {
            dirs.push(d.into());
        }
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn appliance_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("deploy/appliance")
        .join(name)
}

/// The shipped nft file with the named `define NAME = …` lines replaced;
/// every name must occur exactly once, so renaming a define in the shipped
/// file fails the test instead of silently testing defaults.
fn render_nft(file: &Path, defines: &[(&str, &str)]) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let mut out = String::with_capacity(text.len());
    let mut hits = vec![0; defines.len()];
    for line in text.lines() {
        let replaced = defines.iter().enumerate().find_map(|(i, (name, value))| {
            let rest = line.strip_prefix("define ")?.strip_prefix(*name)?;
            rest.trim_start().starts_with('=').then(|| {
                hits[i] += 1;
                format!("define {name} = {value}")
            })
        });
        out.push_str(replaced.as_deref().unwrap_or(line));
        out.push('\n');
    }
    for ((name, _), n) in defines.iter().zip(hits) {
        assert_eq!(n, 1, "{}: `define {name}` found {n} times", file.display());
    }
    out
}

fn metric(text: &str, series: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.trim().parse::<f64>().ok())
        .map_or(0, |v| v as u64)
}

// === commands ===

/// A finished command.
#[derive(Debug)]
struct Output {
    exit: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `argv` with a deadline; a command still running then is killed.
fn run(argv: &[&str], timeout: Duration) -> Output {
    let mut child = Command::new(argv[0])
        .args(&argv[1..])
        .env("PATH", search_path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawning {argv:?}: {e}"));
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut s = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut s);
            }
            String::from_utf8_lossy(&s).into_owned()
        })
    };
    let out = drain(child.stdout.take().map(|r| Box::new(r) as _));
    let err = drain(child.stderr.take().map(|r| Box::new(r) as _));
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("waiting for {argv:?}: {e}"),
        }
    };
    let mut stderr = err.join().unwrap_or_default();
    if status.is_none() {
        stderr.push_str(&format!("\n[killed after {timeout:?}]"));
    }
    Output {
        exit: status.and_then(|s| s.code()),
        stdout: out.join().unwrap_or_default(),
        stderr,
    }
}

/// Runs a setup command that must succeed.
fn must(argv: &[&str]) -> Result<String, String> {
    let o = run(argv, Duration::from_secs(20));
    if o.exit == Some(0) {
        Ok(o.stdout)
    } else {
        Err(format!(
            "{} failed ({:?}): {}{}",
            argv.join(" "),
            o.exit,
            o.stderr.trim(),
            o.stdout.trim()
        ))
    }
}

/// What curl in the client namespace got.
#[derive(Debug)]
struct CurlResult {
    exit: Option<i32>,
    status: String,
    body: String,
    certs: String,
    stderr: String,
}

impl CurlResult {
    fn assert_ok(&self, topo: &Topology) {
        assert_eq!(
            self.exit,
            Some(0),
            "curl failed: {}\n{self:?}\n{}",
            self.stderr.trim(),
            topo.diagnostics()
        );
    }

    /// The issuer of the first (leaf) certificate curl reported.
    fn leaf_issuer(&self) -> String {
        self.certs
            .lines()
            .find_map(|l| l.trim().strip_prefix("Issuer:"))
            .unwrap_or_default()
            .trim()
            .to_string()
    }
}

// === topology ===

static NEXT: AtomicU32 = AtomicU32::new(0);

enum TopoError {
    /// The machine cannot do network namespaces at all (skip).
    Unsupported(String),
    /// Something that should work did not (fail).
    Failed(String),
}

/// Three namespaces, two veth pairs, and everything started in them. Drop
/// undoes it all, also when a test panics.
struct Topology {
    client: String,
    gw: String,
    upstream_ns: String,
    dir: tempfile::TempDir,
    promptwall: Option<Child>,
    promptwall_log: PathBuf,
    mock: Option<MockUpstream>,
}

impl Topology {
    fn create() -> Result<Topology, TopoError> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let base = format!("pw-{}-{n}", std::process::id());
        let dir = tempfile::tempdir().map_err(|e| TopoError::Failed(e.to_string()))?;
        let topo = Topology {
            client: format!("{base}-c"),
            gw: format!("{base}-g"),
            upstream_ns: format!("{base}-u"),
            promptwall_log: dir.path().join("promptwall.log"),
            dir,
            promptwall: None,
            mock: None,
        };
        // The first namespace tells whether this machine can do it at all
        // (root in an unprivileged container cannot).
        must(&["ip", "netns", "add", &topo.client]).map_err(TopoError::Unsupported)?;
        topo.build().map_err(TopoError::Failed)?;
        Ok(topo)
    }

    fn build(&self) -> Result<(), String> {
        let (c, g, u) = (&self.client, &self.gw, &self.upstream_ns);
        must(&["ip", "netns", "add", g])?;
        must(&["ip", "netns", "add", u])?;
        // Created directly inside the namespaces, so the names cannot clash
        // with anything on the host or in a parallel test.
        must(&[
            "ip", "link", "add", "lan0", "netns", g, "type", "veth", "peer", "name", "eth0",
            "netns", c,
        ])?;
        must(&[
            "ip", "link", "add", "wan0", "netns", g, "type", "veth", "peer", "name", "eth0",
            "netns", u,
        ])?;
        for (ns, dev, addr) in [
            (c, "eth0", CLIENT_IP),
            (g, "lan0", GW_LAN_IP),
            (g, "wan0", GW_WAN_IP),
            (u, "eth0", UPSTREAM_IP),
        ] {
            must(&[
                "ip",
                "-n",
                ns,
                "addr",
                "add",
                &format!("{addr}/24"),
                "dev",
                dev,
            ])?;
            must(&["ip", "-n", ns, "link", "set", dev, "up"])?;
        }
        for ns in [c, g, u] {
            must(&["ip", "-n", ns, "link", "set", "lo", "up"])?;
        }
        must(&["ip", "-n", c, "route", "add", "default", "via", GW_LAN_IP])?;
        must(&["ip", "-n", u, "route", "add", "default", "via", GW_WAN_IP])?;
        self.sh(g, "echo 1 > /proc/sys/net/ipv4/ip_forward")?;

        // `ip netns exec` bind-mounts these over /etc/hosts and
        // /etc/resolv.conf for processes in the client namespace.
        let etc = self.etc_dir();
        std::fs::create_dir_all(&etc).map_err(|e| format!("{}: {e}", etc.display()))?;
        std::fs::write(
            etc.join("hosts"),
            format!(
                "127.0.0.1 localhost\n{UPSTREAM_IP} api.anthropic.com api.openai.com example.test\n"
            ),
        )
        .map_err(|e| e.to_string())?;
        std::fs::write(etc.join("resolv.conf"), "nameserver 127.0.0.1\n")
            .map_err(|e| e.to_string())?;
        Ok(())
    }

    fn etc_dir(&self) -> PathBuf {
        Path::new("/etc/netns").join(&self.client)
    }

    fn sh(&self, ns: &str, script: &str) -> Result<String, String> {
        must(&["ip", "netns", "exec", ns, "sh", "-c", script])
    }

    /// Loads the shipped nft file (and, for TPROXY, the shipped policy
    /// routing) into the gateway namespace.
    fn divert(&self, divert: Divert) {
        let (file, defines) = match divert {
            Divert::Redirect => (
                "promptwall-redirect.nft",
                vec![
                    ("LAN_IFACES", "{ \"lan0\" }".to_string()),
                    ("INTERCEPT_PORTS", "{ 443 }".to_string()),
                    ("REDIRECT_PORT", REDIRECT_PORT.to_string()),
                    ("PROMPTWALL_USER", format!("\"{SERVICE_USER}\"")),
                ],
            ),
            Divert::Tproxy => (
                "promptwall-tproxy.nft",
                vec![
                    ("LAN_IFACES", "{ \"lan0\" }".to_string()),
                    ("INTERCEPT_PORTS", "{ 443 }".to_string()),
                    ("TPROXY_PORT", TPROXY_PORT.to_string()),
                    ("TPROXY_MARK", "0x00000001".to_string()),
                ],
            ),
        };
        let defines: Vec<(&str, &str)> = defines.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let rules = render_nft(&appliance_file(file), &defines);
        let path = self.dir.path().join(file);
        std::fs::write(&path, rules).unwrap();
        must(&[
            "ip",
            "netns",
            "exec",
            &self.gw,
            "nft",
            "-f",
            path_str(&path),
        ])
        .unwrap_or_else(|e| panic!("loading the shipped {file}: {e}"));
        if divert == Divert::Tproxy {
            let script = appliance_file("tproxy-routing.sh");
            for _ in 0..2 {
                // Twice: `up` must be idempotent.
                must(&[
                    "ip",
                    "netns",
                    "exec",
                    &self.gw,
                    "env",
                    "MARK=0x1",
                    "sh",
                    path_str(&script),
                    "up",
                ])
                .unwrap_or_else(|e| panic!("tproxy-routing.sh up: {e}"));
            }
            let rules = must(&["ip", "-n", &self.gw, "rule", "show"]).unwrap();
            assert_eq!(
                rules.matches("lookup 100").count(),
                1,
                "`tproxy-routing.sh up` twice must leave one rule:\n{rules}"
            );
        }
    }

    /// Starts the mock AI upstream inside the upstream namespace; returns
    /// the PEM file of its (test "public") CA.
    fn start_upstream(&mut self) -> PathBuf {
        let ca = TestCa::new(TEST_CA_CN);
        let pem = ca.write_pem(self.dir.path());
        let mock = MockUpstream::start(&self.upstream_ns, ca)
            .unwrap_or_else(|e| panic!("mock upstream in {}: {e}", self.upstream_ns));
        self.mock = Some(mock);
        pem
    }

    fn upstream(&self) -> &Upstream {
        &self.mock.as_ref().unwrap().upstream
    }

    /// Runs the real binary in the gateway namespace, waits for /readyz,
    /// and returns the path of its CA certificate.
    /// Writes promptwall's config; returns it and the CA directory (owned
    /// by the unprivileged user promptwall runs as).
    fn write_config(&self, divert: Divert, host: &str, test_ca_pem: &Path) -> (PathBuf, PathBuf) {
        let (redirect, tproxy) = match divert {
            Divert::Redirect => (format!("'{host}:{REDIRECT_PORT}'"), "off".to_string()),
            Divert::Tproxy => ("off".to_string(), format!("'{host}:{TPROXY_PORT}'")),
        };
        let ca_dir = self.dir.path().join("ca");
        let yaml = format!(
            "listen:\n  explicit: off\n  redirect: {redirect}\n  tproxy: {tproxy}\n  admin: {ADMIN}\n\
             ca:\n  dir: {}\nupstream:\n  extra_roots: ['{}']\n  connect_timeout: 3s\n  response_timeout: 10s\n\
             limits:\n  drain_timeout: 1s\nlog:\n  level: info,promptwall=debug\n",
            ca_dir.display(),
            test_ca_pem.display(),
        );
        let config = self.dir.path().join("promptwall.yaml");
        std::fs::write(&config, yaml).unwrap();
        // The tempdir is 0700 root; the service user must reach the config
        // and the test CA, and own the CA directory (as in the systemd unit).
        let (uid, gid) = service_user();
        std::fs::set_permissions(self.dir.path(), Permissions::from_mode(0o755)).unwrap();
        if !ca_dir.exists() {
            std::fs::create_dir(&ca_dir).unwrap();
            std::fs::set_permissions(&ca_dir, Permissions::from_mode(0o700)).unwrap();
            std::os::unix::fs::chown(&ca_dir, Some(uid), Some(gid)).unwrap();
        }
        (config, ca_dir)
    }

    /// `promptwall run` in the gateway namespace as the unprivileged service
    /// user with exactly `caps` (what promptwall.service grants: nothing for
    /// REDIRECT, CAP_NET_ADMIN for TPROXY) and no_new_privs.
    fn promptwall_command(&self, config: &Path, caps: &[&str]) -> Command {
        let (uid, gid) = service_user();
        let plus: String = caps.iter().map(|c| format!(",+{c}")).collect();
        let mut cmd = Command::new("ip");
        cmd.env("PATH", search_path())
            .args(["netns", "exec", &self.gw, "setpriv"])
            .arg(format!("--reuid={uid}"))
            .arg(format!("--regid={gid}"))
            .args(["--clear-groups", "--no-new-privs"])
            .arg(format!("--inh-caps=-all{plus}"))
            .arg(format!("--bounding-set=-all{plus}"));
        if !caps.is_empty() {
            cmd.arg(format!("--ambient-caps={}", &plus[1..]));
        }
        cmd.arg("--")
            .arg(env!("CARGO_BIN_EXE_promptwall"))
            .args(["run", "--config", path_str(config)])
            .env("RUST_LOG", "info,promptwall=debug")
            .stdin(Stdio::null());
        cmd
    }

    /// TPROXY's listener needs CAP_NET_ADMIN: without it promptwall must
    /// refuse to start and say so (the claim in promptwall.service).
    fn assert_tproxy_needs_cap_net_admin(&self, test_ca_pem: &Path) {
        let (config, _) = self.write_config(Divert::Tproxy, "0.0.0.0", test_ca_pem);
        let mut child = self
            .promptwall_command(&config, &[])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(15);
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("promptwall started a TPROXY listener without CAP_NET_ADMIN");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut err = String::new();
        let _ = child.stderr.take().unwrap().read_to_string(&mut err);
        assert!(!status.success(), "{err}");
        assert!(err.contains("CAP_NET_ADMIN"), "{err}");
    }

    /// Runs the real binary in the gateway namespace, waits for /readyz,
    /// and returns the path of its CA certificate.
    fn start_promptwall(&mut self, divert: Divert, host: &str, test_ca_pem: &Path) -> PathBuf {
        let (config, ca_dir) = self.write_config(divert, host, test_ca_pem);
        let log = File::create(&self.promptwall_log).unwrap();
        let child = self
            .promptwall_command(&config, divert.caps())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        self.promptwall = Some(child);

        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.promptwall.as_mut().unwrap().try_wait().unwrap() {
                panic!("promptwall exited early ({status})\n{}", self.diagnostics());
            }
            let o = self.gw_curl_raw(&[
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--max-time",
                "2",
                &format!("http://{ADMIN}/readyz"),
            ]);
            if o.stdout.trim() == "200" {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "promptwall not ready after 20s\n{}",
                self.diagnostics()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        // The pid is promptwall itself (`ip netns exec` and setpriv exec):
        // check it really runs unprivileged, with just the documented caps.
        let pid = self.promptwall.as_ref().unwrap().id();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap_or_default()
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string()
        };
        assert_eq!(field("Uid:"), service_user().0.to_string(), "{status}");
        let want: u64 = divert
            .caps()
            .iter()
            .map(|c| match *c {
                "net_admin" => 1u64 << 12,
                other => panic!("unknown cap {other}"),
            })
            .sum();
        let eff = u64::from_str_radix(&field("CapEff:"), 16).unwrap();
        assert_eq!(eff, want, "effective capabilities of promptwall: {status}");
        ca_dir.join("ca.pem")
    }

    /// Kills promptwall by its PID (never by name) and reaps it.
    fn stop_promptwall(&mut self) {
        if let Some(mut child) = self.promptwall.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn gw_curl_raw(&self, args: &[&str]) -> Output {
        let mut argv = vec!["ip", "netns", "exec", &self.gw, "curl"];
        argv.extend_from_slice(args);
        run(&argv, Duration::from_secs(10))
    }

    fn gw_curl(&self, url: &str) -> String {
        let o = self.gw_curl_raw(&["-sS", "--max-time", "5", url]);
        assert_eq!(o.exit, Some(0), "{url}: {o:?}");
        o.stdout
    }

    /// curl in the client namespace; `-w` reports the status and the
    /// certificate chain the client was shown.
    fn client_curl(&self, args: &[&str]) -> CurlResult {
        let body_file = self.dir.path().join(format!(
            "curl-body-{}",
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let mut argv = vec![
            "ip",
            "netns",
            "exec",
            &self.client,
            "curl",
            "-sS",
            "--max-time",
            "10",
            "-o",
            path_str(&body_file),
            "-w",
            "%{http_code}\n%{certs}",
        ];
        argv.extend_from_slice(args);
        let o = run(&argv, Duration::from_secs(15));
        let (status, certs) = o.stdout.split_once('\n').unwrap_or((&o.stdout, ""));
        CurlResult {
            exit: o.exit,
            status: status.trim().to_string(),
            body: std::fs::read_to_string(&body_file).unwrap_or_default(),
            certs: certs.to_string(),
            stderr: o.stderr,
        }
    }

    /// What to print when something fails: promptwall's log, the ruleset.
    fn diagnostics(&self) -> String {
        let log = std::fs::read_to_string(&self.promptwall_log).unwrap_or_default();
        let rules = run(
            &["ip", "netns", "exec", &self.gw, "nft", "list", "ruleset"],
            Duration::from_secs(5),
        );
        format!(
            "--- promptwall log ---\n{log}\n--- gateway nft ruleset ---\n{}",
            rules.stdout
        )
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        // The child's PID is promptwall itself (`ip netns exec` and setpriv
        // exec it).
        self.stop_promptwall();
        drop(self.mock.take());
        for ns in [&self.client, &self.gw, &self.upstream_ns] {
            let _ = run(&["ip", "netns", "del", ns], Duration::from_secs(10));
        }
        let _ = std::fs::remove_dir_all(self.etc_dir());
    }
}

// === mock upstream in its namespace ===

/// The mock AI upstream, running on a thread that has joined the upstream
/// namespace (`setns` affects only the calling thread, so every socket its
/// current-thread runtime creates lives there).
struct MockUpstream {
    upstream: Upstream,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl MockUpstream {
    fn start(ns: &str, ca: TestCa) -> Result<MockUpstream, String> {
        let ns_path = format!("/var/run/netns/{ns}");
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<Upstream, String>>();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let joined = File::open(&ns_path)
                .map_err(|e| format!("{ns_path}: {e}"))
                .and_then(|f| {
                    nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWNET)
                        .map_err(|e| format!("setns {ns_path}: {e}"))
                });
            if let Err(e) = joined {
                let _ = ready_tx.send(Err(e));
                return;
            }
            let rt = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(format!("runtime: {e}")));
                    return;
                }
            };
            rt.block_on(async move {
                let addr = format!("{UPSTREAM_IP}:443").parse().unwrap();
                let up = mock_upstream_on(addr, &ca).await;
                let _ = ready_tx.send(Ok(up));
                // Bounded even if the test forgets to stop it.
                let _ = tokio::time::timeout(Duration::from_secs(300), stopped).await;
            });
        });
        let upstream = ready_rx
            .recv_timeout(Duration::from_secs(10))
            .map_err(|e| format!("mock did not start: {e}"))??;
        Ok(MockUpstream {
            upstream,
            stop: Some(stop),
            thread: Some(thread),
        })
    }
}

impl Drop for MockUpstream {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
