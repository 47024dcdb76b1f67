//! `promptwall discover`: passive, packet-level discovery of who talks to
//! which AI service, before anything is enforced.
//!
//! Frames come from a live interface (`live`, pnet) or a capture file
//! (`pcap`); `decode` reads link/IP/TCP/UDP headers in place; `engine` keeps
//! a bounded flow table that reassembles only the ClientHello of each new
//! flow (TLS over TCP, or QUIC v1 Initials decrypted by `quic`), matches the
//! SNI against the service catalogue and then only counts bytes; `report`
//! prints the result and `metrics` serves it to Prometheus. Nothing is
//! decrypted beyond QUIC Initial packets (whose keys are public by design),
//! and no payload is kept past the ClientHello.

pub mod decode;
pub mod engine;
pub mod live;
pub mod metrics;
pub mod pcap;
pub mod quic;
pub mod report;

use std::io::{self, BufWriter, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::config::{Config, ConfigError};

use engine::{Engine, Options};
use metrics::DiscoverMetrics;
use pcap::PcapReader;

/// Options of `promptwall discover`.
#[derive(clap::Args, Debug, Clone)]
pub struct DiscoverArgs {
    /// Interface to capture on: a mirror/SPAN port or the gateway's own
    /// interface (needs CAP_NET_RAW).
    #[arg(long, value_name = "IF", required_unless_present = "pcap")]
    pub iface: Option<String>,
    /// Read a capture file (pcap or pcapng; `-` for standard input) instead
    /// of an interface.
    #[arg(long, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
    /// Stop a live capture after N seconds (default: run until Ctrl-C or
    /// SIGTERM, then print the report).
    #[arg(long, value_name = "N")]
    pub seconds: Option<u64>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Serve the report as Prometheus metrics on ADDR (e.g. 127.0.0.1:9191).
    #[arg(long, value_name = "ADDR")]
    pub metrics: Option<SocketAddr>,
    /// Config file whose service catalogue is used (default: built-in).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Comma-separated keywords that make an unknown hostname suspicious
    /// (default: ai,llm,gpt,claude,copilot,openai,anthropic,gemini,mistral,chat).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub keywords: Option<Vec<String>>,
    /// Flows tracked at once; new flows beyond it are counted, not tracked.
    #[arg(long, value_name = "N", default_value_t = 65_536)]
    pub max_flows: usize,
}

/// Report formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// One JSON object per line.
    Jsonl,
}

/// Why discovery could not run.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("no interface named '{name}'; available: {available}")]
    NoSuchInterface { name: String, available: String },
    #[error(
        "capturing on '{iface}' needs the CAP_NET_RAW capability: run as root, or grant it with \
         `sudo setcap cap_net_raw,cap_net_admin+ep $(command -v promptwall)`"
    )]
    Privileges { iface: String },
    // The io::Error fields are named `cause`, not `source`: the message
    // already shows them, and a `source()` would print them twice in an
    // anyhow chain.
    #[error("capture on '{iface}' failed: {cause}")]
    Capture { iface: String, cause: io::Error },
    #[error("cannot open capture file {path}: {cause}")]
    PcapOpen { path: PathBuf, cause: io::Error },
    #[error("cannot read capture file {path}: {cause}")]
    PcapRead { path: PathBuf, cause: io::Error },
    #[error("{path}: corrupt capture file at byte {offset}: {reason}")]
    PcapCorrupt {
        path: PathBuf,
        offset: u64,
        reason: String,
    },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("metrics listener on {addr}: {cause}")]
    Metrics { addr: SocketAddr, cause: io::Error },
    #[error("setting up metrics: {0}")]
    MetricsSetup(prometheus::Error),
    #[error("writing the report: {0}")]
    Output(io::Error),
}

impl DiscoverError {
    /// A short fixed label for logs and metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            DiscoverError::NoSuchInterface { .. } => "no_such_interface",
            DiscoverError::Privileges { .. } => "privileges",
            DiscoverError::Capture { .. } => "capture",
            DiscoverError::PcapOpen { .. } => "pcap_open",
            DiscoverError::PcapRead { .. } => "pcap_read",
            DiscoverError::PcapCorrupt { .. } => "pcap_corrupt",
            DiscoverError::Config(_) => "config",
            DiscoverError::Metrics { .. } | DiscoverError::MetricsSetup(_) => "metrics",
            DiscoverError::Output(_) => "output",
        }
    }
}

/// Runs discovery and prints the report on stdout.
///
/// A capture file that ends in a cut-off record still gets its report (a
/// killed tcpdump leaves such files); the problem is printed on stderr.
///
/// # Errors
/// A missing interface (with the list of available ones), missing
/// privileges, an unreadable or corrupt capture file, a bad config, a
/// metrics address that cannot be bound.
pub fn run(args: &DiscoverArgs) -> Result<ExitCode, DiscoverError> {
    let cfg = Config::load_or_builtin(args.config.as_deref())?;
    let mut opts = Options {
        max_flows: args.max_flows.max(1),
        ..Options::default()
    };
    if let Some(k) = &args.keywords {
        opts.keywords = k
            .iter()
            .map(|s| s.trim().to_ascii_lowercase())
            .filter(|s| !s.is_empty())
            .collect();
    }
    let metrics = match args.metrics {
        Some(addr) => {
            let m = DiscoverMetrics::new().map_err(DiscoverError::MetricsSetup)?;
            let bound = m.serve(addr)?;
            eprintln!("promptwall discover: metrics on http://{bound}/metrics");
            Some(m)
        }
        None => None,
    };
    let mut engine = Engine::new(cfg.catalogue.clone(), opts, metrics);
    match (&args.pcap, &args.iface) {
        (Some(path), iface) => {
            if let Some(i) = iface {
                eprintln!(
                    "promptwall discover: reading {}, not capturing on {i}",
                    path.display()
                );
            }
            if let Err(err) = read_pcap(&mut engine, path) {
                match err {
                    // Cut short mid-record: report what was read.
                    DiscoverError::PcapCorrupt { offset, .. }
                        if offset > 24 && engine.report().stats.packets > 0 =>
                    {
                        eprintln!("promptwall discover: warning: {err}; the report covers the records before it");
                    }
                    err => return Err(err),
                }
            }
        }
        (None, Some(iface)) => {
            let stop = Arc::new(AtomicBool::new(false));
            stop_on_signal(&stop);
            live::capture(&mut engine, iface, args.seconds, &stop)?;
        }
        // clap requires one of the two.
        (None, None) => {}
    }
    engine.finish();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Table => engine.report().write_table(&mut out),
        Format::Jsonl => engine.report().write_jsonl(&mut out),
    }
    .and_then(|()| out.flush())
    .map_err(DiscoverError::Output)?;
    Ok(ExitCode::SUCCESS)
}

/// Feeds every record of a capture file to the engine.
/// `-` reads standard input (`tcpdump -w - | promptwall discover --pcap -`).
pub fn read_pcap(engine: &mut Engine, path: &Path) -> Result<(), DiscoverError> {
    if path == Path::new("-") {
        let reader = PcapReader::new(io::stdin().lock(), Path::new("<stdin>"))?;
        feed(engine, reader)
    } else {
        feed(engine, PcapReader::open(path)?)
    }
}

fn feed<R: io::Read>(engine: &mut Engine, mut reader: PcapReader<R>) -> Result<(), DiscoverError> {
    while let Some(rec) = reader.next_record()? {
        match rec.link {
            Some(link) => engine.process(rec.ts, link, rec.data),
            None => engine.count_undecodable(),
        }
    }
    Ok(())
}

/// Sets `stop` on SIGINT or SIGTERM, so a live capture ends with a report.
fn stop_on_signal(stop: &Arc<AtomicBool>) {
    let stop = Arc::clone(stop);
    let spawned = std::thread::Builder::new()
        .name("discover-signals".into())
        .spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                use tokio::signal::unix::{signal, SignalKind};
                let (Ok(mut int), Ok(mut term)) = (
                    signal(SignalKind::interrupt()),
                    signal(SignalKind::terminate()),
                ) else {
                    return;
                };
                tokio::select! {
                    _ = int.recv() => {}
                    _ = term.recv() => {}
                }
                stop.store(true, Ordering::Relaxed);
            });
        });
    if let Err(e) = spawned {
        eprintln!("promptwall discover: no signal handling ({e}); use --seconds");
    }
}
