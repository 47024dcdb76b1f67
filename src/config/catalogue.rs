//! The service catalogue: which hosts are AI services, what API they speak.
//!
//! It lives in `config` rather than `policy` because three stages before the
//! policy need it: `classify` (intercept or splice), `tls::ca` (the CA's name
//! constraints) and `discover` (passive reports). The built-in list is
//! versioned; the config file can add services and override entries by name.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Bumped whenever the built-in list changes; shown by `check` and in metrics.
pub const BUILTIN_VERSION: &str = "2026-11-24.1";

/// The request-body shape a service speaks; picks the extractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApiKind {
    Anthropic,
    Openai,
    Gemini,
    Bedrock,
    AzureOpenai,
    Generic,
}

impl ApiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ApiKind::Anthropic => "anthropic",
            ApiKind::Openai => "openai",
            ApiKind::Gemini => "gemini",
            ApiKind::Bedrock => "bedrock",
            ApiKind::AzureOpenai => "azure-openai",
            ApiKind::Generic => "generic",
        }
    }
}

impl fmt::Display for ApiKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A host pattern: an exact name, or `*.suffix` which matches any name with
/// one or more labels before `suffix` (the same reach as an X.509 DNS name
/// constraint on `suffix`, minus the bare suffix itself).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HostPattern {
    Exact(String),
    Subdomains(String),
}

/// Why a host pattern string is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    #[error("empty host pattern")]
    Empty,
    #[error("'*' is only allowed as the whole first label, as in '*.example.com' (got '{0}')")]
    MisplacedWildcard(String),
    #[error("'{0}' is not a valid DNS name")]
    InvalidName(String),
}

impl HostPattern {
    pub fn parse(s: &str) -> Result<Self, PatternError> {
        let s = s.trim().trim_end_matches('.').to_ascii_lowercase();
        if s.is_empty() {
            return Err(PatternError::Empty);
        }
        let (wild, rest) = match s.strip_prefix("*.") {
            Some(rest) => (true, rest.to_string()),
            None => (false, s.clone()),
        };
        if rest.contains('*') {
            return Err(PatternError::MisplacedWildcard(s));
        }
        let valid = !rest.is_empty()
            && rest.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            });
        if !valid {
            return Err(PatternError::InvalidName(s));
        }
        Ok(if wild {
            HostPattern::Subdomains(rest)
        } else {
            HostPattern::Exact(rest)
        })
    }

    /// `host` must already be lower-case without a trailing dot.
    pub fn matches(&self, host: &str) -> bool {
        match self {
            HostPattern::Exact(h) => h == host,
            HostPattern::Subdomains(suffix) => {
                host.len() > suffix.len() + 1
                    && host.ends_with(suffix.as_str())
                    && host.as_bytes()[host.len() - suffix.len() - 1] == b'.'
            }
        }
    }

    /// The DNS subtree an X.509 name constraint needs to permit this pattern.
    pub fn constraint_domain(&self) -> &str {
        match self {
            HostPattern::Exact(h) | HostPattern::Subdomains(h) => h,
        }
    }
}

impl fmt::Display for HostPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostPattern::Exact(h) => f.write_str(h),
            HostPattern::Subdomains(h) => write!(f, "*.{h}"),
        }
    }
}

/// One AI service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    /// Stable identifier used in rules, metrics and the audit log.
    pub name: String,
    pub hosts: Vec<HostPattern>,
    pub api: ApiKind,
    /// Requests are signed over the body (AWS SigV4): a redacted body would
    /// break the signature, so `redact` degrades to `block` there.
    pub signed_body: bool,
}

/// The catalogue: an ordered list, first matching service wins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    services: Vec<Service>,
}

impl Catalogue {
    pub fn new(services: Vec<Service>) -> Self {
        Catalogue { services }
    }

    /// The built-in list of AI services.
    pub fn builtin() -> Self {
        let services = BUILTIN
            .iter()
            .map(|(name, api, signed, hosts)| Service {
                name: (*name).to_string(),
                api: *api,
                signed_body: *signed,
                hosts: hosts
                    .iter()
                    .flat_map(|h| expand_regions(h))
                    .map(|h| {
                        // The built-in list is a constant checked by a unit test.
                        HostPattern::parse(&h).unwrap_or(HostPattern::Exact(h))
                    })
                    .collect(),
            })
            .collect();
        Catalogue { services }
    }

    /// Replaces services with the same name and appends new ones.
    pub fn merge(&mut self, extra: Vec<Service>) {
        for svc in extra {
            match self.services.iter_mut().find(|s| s.name == svc.name) {
                Some(slot) => *slot = svc,
                None => self.services.push(svc),
            }
        }
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    pub fn get(&self, name: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.name == name)
    }

    /// The service a TLS server name (or HTTP host) belongs to.
    pub fn lookup(&self, host: &str) -> Option<&Service> {
        let host = normalise_host(host);
        self.services
            .iter()
            .find(|s| s.hosts.iter().any(|p| p.matches(&host)))
    }

    /// The DNS subtrees the interception CA may issue for, deduplicated and
    /// with subtrees already covered by a shorter one removed.
    pub fn constraint_domains(&self) -> Vec<String> {
        let mut all: Vec<String> = self
            .services
            .iter()
            .flat_map(|s| s.hosts.iter().map(|h| h.constraint_domain().to_string()))
            .collect();
        all.sort_by_key(|d| d.len());
        let mut out: Vec<String> = Vec::new();
        for d in all {
            let covered = out.iter().any(|o| d == *o || d.ends_with(&format!(".{o}")));
            if !covered {
                out.push(d);
            }
        }
        out.sort();
        out
    }
}

/// Lower-cases, strips a trailing dot and a `:port`.
pub fn normalise_host(host: &str) -> String {
    let host = if host.starts_with('[') {
        host.split(']')
            .next()
            .unwrap_or(host)
            .trim_start_matches('[')
    } else {
        match host.rsplit_once(':') {
            Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !h.contains(':') => h,
            _ => host,
        }
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// `{aws}` and `{gcp}` in a built-in host expand to one host per region, so
/// the CA's name constraints stay as narrow as the hosts themselves.
fn expand_regions(host: &str) -> Vec<String> {
    if host.contains("{aws}") {
        AWS_BEDROCK_REGIONS
            .iter()
            .map(|r| host.replace("{aws}", r))
            .collect()
    } else if host.contains("{gcp}") {
        GCP_VERTEX_REGIONS
            .iter()
            .map(|r| host.replace("{gcp}", r))
            .collect()
    } else {
        vec![host.to_string()]
    }
}

const AWS_BEDROCK_REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "us-gov-east-1",
    "us-gov-west-1",
    "ca-central-1",
    "ca-west-1",
    "sa-east-1",
    "mx-central-1",
    "eu-central-1",
    "eu-central-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-7",
    "ap-east-2",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "af-south-1",
];

const GCP_VERTEX_REGIONS: &[&str] = &[
    "us-central1",
    "us-east1",
    "us-east4",
    "us-east5",
    "us-south1",
    "us-west1",
    "us-west4",
    "northamerica-northeast1",
    "southamerica-east1",
    "europe-west1",
    "europe-west2",
    "europe-west3",
    "europe-west4",
    "europe-west6",
    "europe-west8",
    "europe-west9",
    "europe-north1",
    "europe-southwest1",
    "europe-central2",
    "asia-east1",
    "asia-east2",
    "asia-northeast1",
    "asia-northeast3",
    "asia-south1",
    "asia-southeast1",
    "australia-southeast1",
    "me-central1",
    "me-west1",
];

type BuiltinEntry = (&'static str, ApiKind, bool, &'static [&'static str]);

/// name, API kind, signed body, hosts.
const BUILTIN: &[BuiltinEntry] = &[
    (
        "anthropic",
        ApiKind::Anthropic,
        false,
        &["api.anthropic.com"],
    ),
    ("openai", ApiKind::Openai, false, &["api.openai.com"]),
    (
        "azure-openai",
        ApiKind::AzureOpenai,
        false,
        &[
            "*.openai.azure.com",
            "*.services.ai.azure.com",
            "*.cognitiveservices.azure.com",
        ],
    ),
    (
        "gemini",
        ApiKind::Gemini,
        false,
        &["generativelanguage.googleapis.com"],
    ),
    (
        "gemini-code-assist",
        ApiKind::Gemini,
        false,
        &["cloudcode-pa.googleapis.com"],
    ),
    (
        "vertex-ai",
        ApiKind::Gemini,
        false,
        &[
            "aiplatform.googleapis.com",
            "{gcp}-aiplatform.googleapis.com",
        ],
    ),
    (
        "bedrock",
        ApiKind::Bedrock,
        true,
        &[
            "bedrock-runtime.{aws}.amazonaws.com",
            "bedrock-runtime-fips.{aws}.amazonaws.com",
            "bedrock-agent-runtime.{aws}.amazonaws.com",
        ],
    ),
    (
        "mistral",
        ApiKind::Openai,
        false,
        &["api.mistral.ai", "codestral.mistral.ai"],
    ),
    (
        "cohere",
        ApiKind::Generic,
        false,
        &["api.cohere.com", "api.cohere.ai"],
    ),
    ("deepseek", ApiKind::Openai, false, &["api.deepseek.com"]),
    (
        "dashscope",
        ApiKind::Openai,
        false,
        &[
            "dashscope.aliyuncs.com",
            "dashscope-intl.aliyuncs.com",
            "*.maas.aliyuncs.com",
        ],
    ),
    (
        "moonshot",
        ApiKind::Openai,
        false,
        &["api.moonshot.ai", "api.moonshot.cn"],
    ),
    (
        "zhipu",
        ApiKind::Openai,
        false,
        &["open.bigmodel.cn", "api.z.ai"],
    ),
    (
        "minimax",
        ApiKind::Openai,
        false,
        &["api.minimax.io", "api.minimaxi.com"],
    ),
    ("volcengine-ark", ApiKind::Openai, false, &["*.volces.com"]),
    ("xai", ApiKind::Openai, false, &["api.x.ai"]),
    ("groq", ApiKind::Openai, false, &["api.groq.com"]),
    (
        "together",
        ApiKind::Openai,
        false,
        &["api.together.xyz", "api.together.ai"],
    ),
    ("fireworks", ApiKind::Openai, false, &["api.fireworks.ai"]),
    ("cerebras", ApiKind::Openai, false, &["api.cerebras.ai"]),
    ("deepinfra", ApiKind::Openai, false, &["api.deepinfra.com"]),
    ("openrouter", ApiKind::Openai, false, &["openrouter.ai"]),
    ("perplexity", ApiKind::Openai, false, &["api.perplexity.ai"]),
    (
        "huggingface",
        ApiKind::Openai,
        false,
        &[
            "router.huggingface.co",
            "api-inference.huggingface.co",
            "*.endpoints.huggingface.cloud",
        ],
    ),
    ("replicate", ApiKind::Generic, false, &["api.replicate.com"]),
    (
        "github-copilot",
        ApiKind::Openai,
        false,
        &[
            "api.githubcopilot.com",
            "*.githubcopilot.com",
            "copilot-proxy.githubusercontent.com",
        ],
    ),
    (
        "cursor",
        ApiKind::Generic,
        false,
        &["*.cursor.sh", "*.cursorapi.com"],
    ),
    (
        "windsurf",
        ApiKind::Generic,
        false,
        &["server.codeium.com", "*.codeium.com", "*.windsurf.com"],
    ),
    (
        "chatgpt",
        ApiKind::Generic,
        false,
        &["chatgpt.com", "chat.openai.com"],
    ),
    ("claude-ai", ApiKind::Generic, false, &["claude.ai"]),
    (
        "gemini-web",
        ApiKind::Generic,
        false,
        &["gemini.google.com"],
    ),
    (
        "microsoft-copilot",
        ApiKind::Generic,
        false,
        &["copilot.microsoft.com"],
    ),
    (
        "deepseek-chat",
        ApiKind::Generic,
        false,
        &["chat.deepseek.com"],
    ),
    (
        "perplexity-web",
        ApiKind::Generic,
        false,
        &["www.perplexity.ai", "perplexity.ai"],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_patterns_are_all_valid_and_numerous() {
        for (name, _, _, hosts) in BUILTIN {
            for h in hosts.iter().flat_map(|h| expand_regions(h)) {
                assert!(HostPattern::parse(&h).is_ok(), "{name}: {h}");
            }
        }
        assert!(Catalogue::builtin().services().len() >= 25);
    }

    #[test]
    fn lookup_matches_exact_and_wildcards_only() {
        let c = Catalogue::builtin();
        assert_eq!(
            c.lookup("api.anthropic.com").map(|s| s.name.as_str()),
            Some("anthropic")
        );
        assert_eq!(
            c.lookup("API.Anthropic.com.:443").map(|s| s.name.as_str()),
            Some("anthropic")
        );
        assert_eq!(
            c.lookup("myres.openai.azure.com").map(|s| s.name.as_str()),
            Some("azure-openai")
        );
        assert_eq!(
            c.lookup("bedrock-runtime.eu-west-1.amazonaws.com")
                .map(|s| (s.name.as_str(), s.signed_body)),
            Some(("bedrock", true))
        );
        assert!(
            c.lookup("openai.azure.com").is_none(),
            "bare suffix is not a subdomain"
        );
        assert!(c.lookup("evilopenai.azure.com").is_none());
        assert!(c.lookup("s3.eu-west-1.amazonaws.com").is_none());
        assert!(c.lookup("example.com").is_none());
    }

    #[test]
    fn constraints_are_narrow() {
        let d = Catalogue::builtin().constraint_domains();
        assert!(d.contains(&"api.anthropic.com".to_string()));
        assert!(d.contains(&"openai.azure.com".to_string()));
        assert!(!d
            .iter()
            .any(|x| x == "amazonaws.com" || x == "googleapis.com" || x == "com"));
        // chat.openai.com is not covered by api.openai.com and stays separate.
        assert!(d.contains(&"chat.openai.com".to_string()));
    }

    #[test]
    fn patterns_reject_bad_wildcards() {
        assert!(matches!(
            HostPattern::parse("api.*.com"),
            Err(PatternError::MisplacedWildcard(_))
        ));
        assert!(matches!(
            HostPattern::parse("a b.com"),
            Err(PatternError::InvalidName(_))
        ));
        assert!(matches!(HostPattern::parse(""), Err(PatternError::Empty)));
    }
}
