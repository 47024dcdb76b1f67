//! Raw serde structs: exactly what the YAML file may say, nothing validated.
//!
//! Every struct rejects unknown keys so a typo is an error, not a silently
//! ignored setting. Values that need checking (addresses, durations, sizes,
//! host patterns) are `Spanned` so the validator can name their line.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::detect::DetectSection;
pub use super::policy::{AuditSection, PolicySection};

pub type S<T> = Spanned<T>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FileConfig {
    pub listen: ListenSection,
    pub ca: CaSection,
    pub upstream: UpstreamSection,
    pub limits: LimitsSection,
    pub classify: ClassifySection,
    pub services: Vec<ServiceEntry>,
    pub policy: PolicySection,
    pub detect: DetectSection,
    pub audit: AuditSection,
    pub metrics: MetricsSection,
    pub log: LogSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsSection {
    /// nftables counter of dropped QUIC, "FAMILY TABLE NAME".
    pub nft_quic_counter: Option<S<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ListenSection {
    /// HTTP proxy (CONNECT and absolute-form http://).
    pub explicit: Option<S<String>>,
    /// Transparent listener for iptables/nftables REDIRECT.
    pub redirect: Option<S<String>>,
    /// Transparent listener for TPROXY (needs CAP_NET_ADMIN).
    pub tproxy: Option<S<String>>,
    /// Admin listener: /healthz, /readyz, /metrics.
    pub admin: Option<S<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CaSection {
    pub dir: Option<S<String>>,
    pub create_if_missing: Option<bool>,
    pub name_constraints: Option<bool>,
    pub leaf_validity: Option<S<String>>,
    pub leaf_cache_size: Option<S<u64>>,
    /// Keep running (not ready) and retry while the CA cannot be loaded.
    pub wait: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UpstreamSection {
    /// Extra PEM files whose certificates are trusted for upstream TLS.
    pub extra_roots: Vec<S<String>>,
    /// Also trust the built-in webpki (Mozilla) roots; default true.
    pub webpki_roots: Option<bool>,
    pub connect_timeout: Option<S<String>>,
    pub response_timeout: Option<S<String>>,
    /// `original-destination` (default) or `sni`.
    pub resolve: Option<S<String>>,
    /// Static host → address overrides for `resolve: sni` and explicit mode.
    pub hosts: std::collections::BTreeMap<String, S<String>>,
    pub pool_idle_timeout: Option<S<String>>,
    pub pool_max_idle_per_host: Option<S<u64>>,
    /// Remove `Alt-Svc: h3` from intercepted responses (default true).
    pub strip_alt_svc: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsSection {
    pub max_inspect_body: Option<S<String>>,
    pub max_header_bytes: Option<S<String>>,
    pub header_read_timeout: Option<S<String>>,
    pub idle_timeout: Option<S<String>>,
    pub max_connections: Option<S<u64>>,
    pub client_hello_timeout: Option<S<String>>,
    pub client_hello_max_bytes: Option<S<String>>,
    pub drain_timeout: Option<S<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClassifySection {
    /// TLS without SNI: `splice` (default) or `close`.
    pub no_sni: Option<S<String>>,
    /// Bytes that are not TLS on a TLS port: `close` (default) or `splice`.
    pub not_tls: Option<S<String>>,
    /// A ClientHello over the byte cap or cut short: `close` (default) or `splice`.
    pub bad_client_hello: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceEntry {
    pub name: S<String>,
    #[serde(default)]
    pub hosts: Vec<S<String>>,
    #[serde(default)]
    pub api: Option<S<String>>,
    #[serde(default)]
    pub signed_body: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSection {
    /// `text` (default) or `json`.
    pub format: Option<S<String>>,
    /// tracing filter, e.g. `info,promptwall=debug`; RUST_LOG wins.
    pub level: Option<S<String>>,
}
