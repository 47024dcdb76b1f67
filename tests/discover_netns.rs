//! `promptwall discover` on a live interface, end to end: two network
//! namespaces (client, server) joined by a veth pair with 198.18.0.0/15
//! addresses, AI hostnames mapped to the server in the client's
//! `/etc/netns/NAME/hosts`, a TCP listener in the server namespace, curl as
//! the client, and the real binary capturing on the server's veth.
//!
//! Needs root, `ip` and `curl`. Without them the test prints why and skips,
//! unless `PROMPTWALL_REQUIRE_NETNS=1`, where a missing prerequisite fails.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use nix::sched::{setns, CloneFlags};

/// Runs a command and returns its output; panics with the command line on
/// failure to start.
fn cmd(args: &[&str]) -> Output {
    Command::new(args[0])
        .args(&args[1..])
        .output()
        .unwrap_or_else(|e| panic!("running {args:?}: {e}"))
}

/// Runs a command that must succeed.
fn must(args: &[&str]) {
    let out = cmd(args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `Some(reason)` when the test cannot run here.
fn missing_prerequisite() -> Option<String> {
    if !nix::unistd::geteuid().is_root() {
        return Some("not running as root".into());
    }
    for tool in ["ip", "curl"] {
        let found = Command::new(tool)
            .arg("-V")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        if !found {
            return Some(format!("`{tool}` is not installed"));
        }
    }
    None
}

/// Skips (returns true) or fails according to `PROMPTWALL_REQUIRE_NETNS`.
fn skip(test: &str) -> bool {
    let Some(reason) = missing_prerequisite() else {
        return false;
    };
    if std::env::var("PROMPTWALL_REQUIRE_NETNS").as_deref() == Ok("1") {
        panic!("{test}: PROMPTWALL_REQUIRE_NETNS=1 but {reason}");
    }
    eprintln!("SKIPPED {test}: {reason} (set PROMPTWALL_REQUIRE_NETNS=1 to make this a failure)");
    true
}

/// Two namespaces and a veth pair; removed on drop, also when a test panics.
struct Topology {
    client: String,
    server: String,
    server_if: String,
}

impl Topology {
    /// `tag` keeps names unique per test; the pid keeps them unique per run.
    fn new(tag: &str, subnet: u8, hosts: &str) -> Topology {
        let id = std::process::id() % 100_000;
        let t = Topology {
            client: format!("pwdisc-c-{tag}-{id}"),
            server: format!("pwdisc-s-{tag}-{id}"),
            // Interface names are at most 15 bytes.
            server_if: format!("pwS{tag}{id}"),
        };
        let client_if = format!("pwC{tag}{id}");
        let _ = std::fs::remove_dir_all(t.hosts_dir());
        must(&["ip", "netns", "add", &t.client]);
        must(&["ip", "netns", "add", &t.server]);
        must(&[
            "ip",
            "link",
            "add",
            &client_if,
            "netns",
            &t.client,
            "type",
            "veth",
            "peer",
            "name",
            &t.server_if,
            "netns",
            &t.server,
        ]);
        let net = format!("198.18.{subnet}");
        for (ns, ifc, addrs) in [
            (
                &t.client,
                &client_if,
                vec![format!("{net}.1/24"), format!("{net}.11/24")],
            ),
            (&t.server, &t.server_if, vec![format!("{net}.2/24")]),
        ] {
            for a in addrs {
                must(&["ip", "-n", ns, "addr", "add", &a, "dev", ifc]);
            }
            must(&["ip", "-n", ns, "link", "set", ifc, "up"]);
            must(&["ip", "-n", ns, "link", "set", "lo", "up"]);
        }
        std::fs::create_dir_all(t.hosts_dir()).expect("create /etc/netns dir");
        std::fs::write(t.hosts_dir().join("hosts"), hosts).expect("write netns hosts");
        t
    }

    fn hosts_dir(&self) -> PathBuf {
        PathBuf::from("/etc/netns").join(&self.client)
    }

    /// Runs `args` inside the client namespace.
    fn in_client(&self, args: &[&str]) -> Output {
        let mut full = vec!["ip", "netns", "exec", &self.client];
        full.extend_from_slice(args);
        cmd(&full)
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        // Deleting a namespace deletes its end of the veth pair, and the
        // peer with it.
        let _ = cmd(&["ip", "netns", "del", &self.client]);
        let _ = cmd(&["ip", "netns", "del", &self.server]);
        let _ = std::fs::remove_dir_all(self.hosts_dir());
    }
}

/// Kills and reaps a child process on drop (the one this test started).
struct Reap(Option<Child>);

impl Drop for Reap {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A TCP listener inside the server namespace on `addr`: reads what the
/// client sends (its ClientHello) for a moment, then closes. Stops when
/// `stop` is set; every loop is bounded by a deadline.
fn listener_in(ns: &str, addr: SocketAddr, stop: Arc<AtomicBool>) -> thread::JoinHandle<()> {
    let ns_file = File::open(format!("/var/run/netns/{ns}")).expect("open netns");
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let handle = thread::spawn(move || {
        // Only this thread moves into the server namespace.
        setns(&ns_file, CloneFlags::CLONE_NEWNET).expect("setns");
        let l = TcpListener::bind(addr).expect("bind in server namespace");
        l.set_nonblocking(true).expect("nonblocking");
        ready_tx.send(()).expect("ready");
        let deadline = Instant::now() + Duration::from_secs(60);
        while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
            match l.accept() {
                Ok((mut s, _)) => {
                    let _ = s.set_nonblocking(false);
                    let _ = s.set_read_timeout(Some(Duration::from_millis(300)));
                    let mut buf = [0u8; 4096];
                    let _ = s.read(&mut buf);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    thread::sleep(Duration::from_millis(20));
                }
                Err(_) => break,
            }
        }
    });
    ready_rx
        .recv_timeout(Duration::from_secs(5))
        .expect("listener ready");
    handle
}

#[test]
fn discover_reports_curl_traffic_on_a_veth() {
    if skip("discover_reports_curl_traffic_on_a_veth") {
        return;
    }
    let topo = Topology::new(
        "a",
        77,
        "198.18.77.2 api.anthropic.com api.openai.com llm.corp.example www.example.com\n",
    );
    let stop = Arc::new(AtomicBool::new(false));
    let listener = listener_in(
        &topo.server,
        "198.18.77.2:443".parse().expect("addr"),
        stop.clone(),
    );

    let bin = env!("CARGO_BIN_EXE_promptwall");
    let seconds: u64 = 6;
    let discover = Command::new("ip")
        .args([
            "netns",
            "exec",
            &topo.server,
            bin,
            "discover",
            "--iface",
            &topo.server_if,
        ])
        .args(["--seconds", &seconds.to_string(), "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start promptwall discover");
    let mut discover = Reap(Some(discover));
    // Give the capture socket time to open before traffic starts.
    thread::sleep(Duration::from_millis(1500));

    let curl = |src: &str, host: &str| {
        let url = format!("https://{host}/v1/messages");
        let out = topo.in_client(&["curl", "-sk", "--max-time", "2", "--interface", src, &url]);
        // The listener never answers TLS; curl fails after sending its hello.
        assert_ne!(
            out.status.code(),
            Some(6),
            "{host} did not resolve via /etc/netns hosts"
        );
    };
    curl("198.18.77.1", "api.anthropic.com");
    curl("198.18.77.1", "api.anthropic.com");
    curl("198.18.77.11", "api.openai.com");
    curl("198.18.77.11", "llm.corp.example");
    curl("198.18.77.11", "www.example.com");

    // Bounded wait for the capture to end on its own.
    let deadline = Instant::now() + Duration::from_secs(seconds + 20);
    let child = discover.0.as_mut().expect("child");
    while child.try_wait().expect("try_wait").is_none() {
        assert!(
            Instant::now() < deadline,
            "discover did not stop after --seconds"
        );
        thread::sleep(Duration::from_millis(100));
    }
    let out = discover
        .0
        .take()
        .expect("child")
        .wait_with_output()
        .expect("output");
    stop.store(true, Ordering::Relaxed);
    let _ = listener.join();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "discover failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );

    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("jsonl line"))
        .collect();
    let service = |src: &str, svc: &str| {
        lines
            .iter()
            .find(|v| v["type"] == "service" && v["source"] == src && v["service"] == svc)
            .unwrap_or_else(|| panic!("no {src} → {svc} row in:\n{stdout}"))
    };
    let a = service("198.18.77.1", "anthropic");
    assert_eq!(a["flows"], 2, "{stdout}");
    assert_eq!(a["transport"], "tls");
    assert!(a["bytes"].as_u64().expect("bytes") > 500, "{stdout}");
    assert_eq!(service("198.18.77.11", "openai")["flows"], 1);
    let sus: Vec<_> = lines.iter().filter(|v| v["type"] == "suspicious").collect();
    assert_eq!(sus.len(), 1, "{stdout}");
    assert_eq!(sus[0]["host"], "llm.corp.example");
    assert!(!stdout.contains("www.example.com"), "{stdout}");
    let stats = lines
        .iter()
        .find(|v| v["type"] == "stats")
        .expect("stats line");
    assert_eq!(stats["tls_hellos"], 5, "{stdout}");
}

#[test]
fn discover_names_a_missing_interface() {
    let out = cmd(&[
        env!("CARGO_BIN_EXE_promptwall"),
        "discover",
        "--iface",
        "pw-no-such0",
        "--seconds",
        "1",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("no interface named 'pw-no-such0'") && err.contains("lo"),
        "{err}"
    );
}
