//! Configuration: raw YAML (`file`) → validated [`Config`].
//!
//! Validation reports every problem at once, each with file, line and a hint,
//! and produces typed values (socket addresses, durations, byte sizes) so no
//! later stage re-parses strings.

pub mod catalogue;
pub mod detect;
pub mod file;
pub mod policy;
mod units;

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use catalogue::{ApiKind, Catalogue, HostPattern, Service};
pub use detect::DetectSection;
use file::{FileConfig, S};
pub use policy::{AuditTarget, FindingAction, PolicyConfig, ProxyAuth, RuleAction};

/// The built-in default config: the same file as `deploy/promptwall.yaml`.
pub const DEFAULT_YAML: &str = include_str!("../../deploy/promptwall.yaml");

/// A validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where it came from: a path, or `<built-in>`.
    pub source: String,
    /// Short SHA-256 of the file text: the policy version in metrics and logs.
    pub digest: String,
    pub listen: Listen,
    pub ca: CaConfig,
    pub upstream: UpstreamConfig,
    pub limits: Limits,
    pub classify: ClassifyConfig,
    pub catalogue: Catalogue,
    pub policy: PolicyConfig,
    pub detect: DetectSection,
    pub audit: AuditTarget,
    /// nftables counter of dropped QUIC ("FAMILY TABLE NAME"), read into the
    /// coverage metrics.
    pub nft_quic_counter: Option<String>,
    pub log: LogConfig,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listen {
    pub explicit: Option<SocketAddr>,
    pub redirect: Option<SocketAddr>,
    pub tproxy: Option<SocketAddr>,
    pub admin: Option<SocketAddr>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaConfig {
    pub dir: PathBuf,
    pub create_if_missing: bool,
    pub name_constraints: bool,
    pub leaf_validity: Duration,
    pub leaf_cache_size: usize,
    pub wait: bool,
}

/// How the upstream address of an intercepted or spliced connection is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolve {
    /// The address the client was connecting to (transparent modes); in
    /// explicit mode, the CONNECT target resolved by DNS.
    OriginalDestination,
    /// Resolve the TLS server name by DNS (or `upstream.hosts`).
    Sni,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpstreamConfig {
    pub extra_roots: Vec<PathBuf>,
    pub webpki_roots: bool,
    pub connect_timeout: Duration,
    pub response_timeout: Duration,
    pub resolve: Resolve,
    /// Static name → address overrides, consulted before DNS.
    pub hosts: HashMap<String, SocketAddr>,
    pub pool_idle_timeout: Duration,
    pub pool_max_idle_per_host: usize,
    pub strip_alt_svc: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_inspect_body: usize,
    pub max_header_bytes: usize,
    pub header_read_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_connections: usize,
    pub client_hello_timeout: Duration,
    pub client_hello_max_bytes: usize,
    pub drain_timeout: Duration,
}

/// What to do with a connection that cannot be classified by SNI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// Forward the bytes untouched to the original destination.
    Splice,
    /// Close the connection, with a log line.
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassifyConfig {
    pub no_sni: Fallback,
    pub not_tls: Fallback,
    pub bad_client_hello: Fallback,
}

/// What happens to a request body that cannot be inspected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyAction {
    /// Refuse the request (fail closed).
    Block,
    /// Forward it uninspected (fail open), counted and logged.
    Forward,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogConfig {
    pub format: LogFormat,
    pub level: String,
}

// === errors ===

/// One problem in a config file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// Everything wrong with a config file, or why it could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{}", render(.path, .problems))]
    Invalid {
        path: String,
        problems: Vec<Problem>,
    },
}

fn render(path: &str, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{path}:{}:{}: {}", p.line, p.column, p.message))
        .collect::<Vec<_>>()
        .join("\n")
}

impl ConfigError {
    pub fn problems(&self) -> &[Problem] {
        match self {
            ConfigError::Read { .. } => &[],
            ConfigError::Invalid { problems, .. } => problems,
        }
    }
}

// === impl Config ===

impl Config {
    /// The built-in default.
    pub fn builtin() -> Result<Config, ConfigError> {
        Config::from_yaml(DEFAULT_YAML, "<built-in>")
    }

    /// Reads and validates a file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Config::from_yaml(&text, &path.display().to_string())
    }

    /// `None` → built-in, otherwise the file.
    pub fn load_or_builtin(path: Option<&Path>) -> Result<Config, ConfigError> {
        match path {
            Some(p) => Config::load(p),
            None => Config::builtin(),
        }
    }

    pub fn from_yaml(text: &str, source: &str) -> Result<Config, ConfigError> {
        // An empty document means "all defaults".
        let raw: FileConfig = if text.trim().is_empty() {
            FileConfig::default()
        } else {
            serde_saphyr::from_str(text).map_err(|e| {
                let (line, column) = e
                    .location()
                    .map(|l| (l.line() as u32, l.column() as u32))
                    .unwrap_or((0, 0));
                ConfigError::Invalid {
                    path: source.to_string(),
                    problems: vec![Problem {
                        line,
                        column,
                        message: first_line(&e.to_string()),
                    }],
                }
            })?
        };
        let mut v = Validator::default();
        let mut cfg = v.config(raw, source);
        cfg.digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes())
            .as_ref()
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect();
        if v.problems.is_empty() {
            Ok(cfg)
        } else {
            v.problems.sort_by_key(|p| (p.line, p.column));
            Err(ConfigError::Invalid {
                path: source.to_string(),
                problems: v.problems,
            })
        }
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}

/// Collects problems while producing a best-effort config.
#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn problem<T>(&mut self, at: &S<T>, message: impl Into<String>) {
        self.problems.push(Problem {
            line: at.referenced.line() as u32,
            column: at.referenced.column() as u32,
            message: message.into(),
        });
    }

    fn addr(
        &mut self,
        v: &Option<S<String>>,
        key: &str,
        default: Option<&str>,
    ) -> Option<SocketAddr> {
        match v {
            None => default.and_then(|d| d.parse().ok()),
            Some(s) if s.value.trim().is_empty() || s.value == "off" => None,
            Some(s) => match s.value.parse::<SocketAddr>() {
                Ok(a) => Some(a),
                Err(_) => {
                    self.problem(
                        s,
                        format!(
                            "{key}: '{}' is not an address:port (write e.g. 127.0.0.1:3128 or [::]:3128, or 'off')",
                            s.value
                        ),
                    );
                    None
                }
            },
        }
    }

    fn duration(&mut self, v: &Option<S<String>>, key: &str, default: Duration) -> Duration {
        match v {
            None => default,
            Some(s) => {
                match units::parse_duration(&s.value) {
                    Some(d) => d,
                    None => {
                        self.problem(
                        s,
                        format!("{key}: '{}' is not a duration (write e.g. 500ms, 10s, 5m, 1h, 30d)", s.value),
                    );
                        default
                    }
                }
            }
        }
    }

    fn size(&mut self, v: &Option<S<String>>, key: &str, default: usize) -> usize {
        match v {
            None => default,
            Some(s) => match units::parse_size(&s.value) {
                Some(n) => n,
                None => {
                    self.problem(
                        s,
                        format!(
                            "{key}: '{}' is not a size (write e.g. 65536, 64KiB, 16MiB)",
                            s.value
                        ),
                    );
                    default
                }
            },
        }
    }

    fn count(&mut self, v: &Option<S<u64>>, key: &str, default: usize) -> usize {
        match v {
            None => default,
            Some(s) if s.value == 0 => {
                self.problem(s, format!("{key}: must be at least 1"));
                default
            }
            Some(s) => usize::try_from(s.value).unwrap_or(usize::MAX),
        }
    }

    fn choice<T: Copy>(
        &mut self,
        v: &Option<S<String>>,
        key: &str,
        options: &[(&str, T)],
        default: T,
    ) -> T {
        let Some(s) = v else { return default };
        match options.iter().find(|(name, _)| *name == s.value) {
            Some((_, t)) => *t,
            None => {
                let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
                self.problem(
                    s,
                    format!("{key}: '{}' is not one of: {}", s.value, names.join(", ")),
                );
                default
            }
        }
    }

    fn config(&mut self, raw: FileConfig, source: &str) -> Config {
        let listen = Listen {
            explicit: self.addr(
                &raw.listen.explicit,
                "listen.explicit",
                Some("127.0.0.1:3128"),
            ),
            redirect: self.addr(&raw.listen.redirect, "listen.redirect", None),
            tproxy: self.addr(&raw.listen.tproxy, "listen.tproxy", None),
            admin: self.addr(&raw.listen.admin, "listen.admin", Some("127.0.0.1:9090")),
        };
        let ca = CaConfig {
            dir: PathBuf::from(raw.ca.dir.as_ref().map_or("certs", |d| d.value.as_str())),
            create_if_missing: raw.ca.create_if_missing.unwrap_or(true),
            wait: raw.ca.wait.unwrap_or(false),
            name_constraints: raw.ca.name_constraints.unwrap_or(true),
            leaf_validity: self.duration(
                &raw.ca.leaf_validity,
                "ca.leaf_validity",
                Duration::from_secs(7 * 86400),
            ),
            leaf_cache_size: self.count(&raw.ca.leaf_cache_size, "ca.leaf_cache_size", 10_000),
        };
        let mut hosts = HashMap::new();
        for (name, addr) in &raw.upstream.hosts {
            match addr.value.parse::<SocketAddr>() {
                Ok(a) => {
                    hosts.insert(catalogue::normalise_host(name), a);
                }
                Err(_) => self.problem(
                    addr,
                    format!(
                        "upstream.hosts.{name}: '{}' is not an address:port",
                        addr.value
                    ),
                ),
            }
        }
        let mut extra_roots = Vec::new();
        for p in &raw.upstream.extra_roots {
            if p.value.trim().is_empty() {
                self.problem(p, "upstream.extra_roots: empty path");
            } else {
                extra_roots.push(PathBuf::from(&p.value));
            }
        }
        let upstream = UpstreamConfig {
            extra_roots,
            webpki_roots: raw.upstream.webpki_roots.unwrap_or(true),
            connect_timeout: self.duration(
                &raw.upstream.connect_timeout,
                "upstream.connect_timeout",
                Duration::from_secs(10),
            ),
            response_timeout: self.duration(
                &raw.upstream.response_timeout,
                "upstream.response_timeout",
                Duration::from_secs(300),
            ),
            resolve: self.choice(
                &raw.upstream.resolve,
                "upstream.resolve",
                &[
                    ("original-destination", Resolve::OriginalDestination),
                    ("sni", Resolve::Sni),
                ],
                Resolve::OriginalDestination,
            ),
            hosts,
            pool_idle_timeout: self.duration(
                &raw.upstream.pool_idle_timeout,
                "upstream.pool_idle_timeout",
                Duration::from_secs(90),
            ),
            strip_alt_svc: raw.upstream.strip_alt_svc.unwrap_or(true),
            pool_max_idle_per_host: self.count(
                &raw.upstream.pool_max_idle_per_host,
                "upstream.pool_max_idle_per_host",
                64,
            ),
        };
        let limits = Limits {
            max_inspect_body: self.size(
                &raw.limits.max_inspect_body,
                "limits.max_inspect_body",
                32 << 20,
            ),
            max_header_bytes: self.size(
                &raw.limits.max_header_bytes,
                "limits.max_header_bytes",
                64 << 10,
            ),
            header_read_timeout: self.duration(
                &raw.limits.header_read_timeout,
                "limits.header_read_timeout",
                Duration::from_secs(10),
            ),
            idle_timeout: self.duration(
                &raw.limits.idle_timeout,
                "limits.idle_timeout",
                Duration::from_secs(300),
            ),
            max_connections: self.count(
                &raw.limits.max_connections,
                "limits.max_connections",
                20_000,
            ),
            client_hello_timeout: self.duration(
                &raw.limits.client_hello_timeout,
                "limits.client_hello_timeout",
                Duration::from_secs(10),
            ),
            client_hello_max_bytes: self.size(
                &raw.limits.client_hello_max_bytes,
                "limits.client_hello_max_bytes",
                16 << 10,
            ),
            drain_timeout: self.duration(
                &raw.limits.drain_timeout,
                "limits.drain_timeout",
                Duration::from_secs(30),
            ),
        };
        if let Some(s) = &raw.limits.max_header_bytes {
            if limits.max_header_bytes < 8192 {
                self.problem(s, "limits.max_header_bytes: must be at least 8KiB");
            }
        }
        let fallback = [("splice", Fallback::Splice), ("close", Fallback::Close)];
        let classify = ClassifyConfig {
            no_sni: self.choice(
                &raw.classify.no_sni,
                "classify.no_sni",
                &fallback,
                Fallback::Splice,
            ),
            not_tls: self.choice(
                &raw.classify.not_tls,
                "classify.not_tls",
                &fallback,
                Fallback::Close,
            ),
            bad_client_hello: self.choice(
                &raw.classify.bad_client_hello,
                "classify.bad_client_hello",
                &fallback,
                Fallback::Close,
            ),
        };
        let catalogue = self.catalogue(&raw.services);
        let policy = self.policy(&raw.policy, &catalogue);
        let audit = self.audit(&raw.audit);
        let log = LogConfig {
            format: self.choice(
                &raw.log.format,
                "log.format",
                &[("text", LogFormat::Text), ("json", LogFormat::Json)],
                LogFormat::Text,
            ),
            level: raw
                .log
                .level
                .as_ref()
                .map_or_else(|| "info".to_string(), |l| l.value.clone()),
        };
        Config {
            source: source.to_string(),
            digest: String::new(),
            listen,
            ca,
            upstream,
            limits,
            classify,
            catalogue,
            policy,
            detect: raw.detect,
            audit,
            nft_quic_counter: self.nft_counter(&raw.metrics.nft_quic_counter),
            log,
        }
    }

    fn nft_counter(&mut self, v: &Option<S<String>>) -> Option<String> {
        let s = v.as_ref()?;
        if s.value.split_whitespace().count() != 3 {
            self.problem(
                s,
                "metrics.nft_quic_counter: write 'FAMILY TABLE NAME', e.g. 'inet promptwall_redirect quic_dropped'",
            );
            return None;
        }
        Some(s.value.clone())
    }

    fn catalogue(&mut self, entries: &[file::ServiceEntry]) -> Catalogue {
        let mut cat = Catalogue::builtin();
        let kinds = [
            ("anthropic", ApiKind::Anthropic),
            ("openai", ApiKind::Openai),
            ("gemini", ApiKind::Gemini),
            ("bedrock", ApiKind::Bedrock),
            ("azure-openai", ApiKind::AzureOpenai),
            ("generic", ApiKind::Generic),
        ];
        let mut extra = Vec::new();
        for e in entries {
            let existing = cat.get(&e.name.value).cloned();
            let mut hosts = Vec::new();
            for h in &e.hosts {
                match HostPattern::parse(&h.value) {
                    Ok(p) => hosts.push(p),
                    Err(err) => self.problem(h, format!("services[{}].hosts: {err}", e.name.value)),
                }
            }
            if hosts.is_empty() {
                match &existing {
                    Some(svc) => hosts = svc.hosts.clone(),
                    None if e.hosts.is_empty() => {
                        self.problem(
                            &e.name,
                            format!(
                                "services: new service '{}' needs at least one host",
                                e.name.value
                            ),
                        );
                        continue;
                    }
                    None => continue,
                }
            }
            let default_kind = existing.as_ref().map_or(ApiKind::Generic, |s| s.api);
            let api = self.choice(&e.api, "services[].api", &kinds, default_kind);
            extra.push(Service {
                name: e.name.value.clone(),
                hosts,
                api,
                signed_body: e
                    .signed_body
                    .unwrap_or_else(|| existing.as_ref().is_some_and(|s| s.signed_body)),
            });
        }
        cat.merge(extra);
        cat
    }
}

impl fmt::Display for Fallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fallback::Splice => "splice",
            Fallback::Close => "close",
        })
    }
}

#[cfg(test)]
mod tests;
