//! The `policy:` and `audit:` sections: raw YAML and their validated form.
//!
//! Validation checks every cross-reference it can without the detection
//! engine (group names, service names, CIDRs, actions); detector ids in
//! `on:` keep their line so `policy` can name it if the engine has no such
//! detector.

use std::collections::BTreeMap;
use std::path::PathBuf;

use ipnet::IpNet;
use serde::Deserialize;

use super::file::S;
use super::{BodyAction, Catalogue, Validator};

// === raw ===

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicySection {
    /// Body larger than `limits.max_inspect_body`: block | forward.
    pub oversize: Option<S<String>>,
    /// Body whose content-encoding cannot be decoded: block | forward.
    pub undecodable: Option<S<String>>,
    /// Body that is not the JSON its API speaks: block | inspect (as raw text).
    pub unparseable: Option<S<String>>,
    /// Proxy authentication in explicit mode: off | optional | required.
    pub proxy_auth: Option<S<String>>,
    /// `user:hash` lines (argon2id `$argon2id$…` or bcrypt `$2b$…`).
    pub users_file: Option<S<String>>,
    /// HTTP status of a block or deny reply (400 is shown verbatim by
    /// coding agents; 403 makes some of them report an auth failure).
    pub block_status: Option<S<u16>>,
    pub groups: Vec<GroupEntry>,
    pub api_keys: Vec<ApiKeyEntry>,
    /// Known but unapproved services, denied for everyone without inspection.
    pub deny_services: Vec<S<String>>,
    pub rules: Vec<RuleEntry>,
    pub default: Option<ActionEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupEntry {
    pub name: S<String>,
    #[serde(default)]
    pub cidrs: Vec<S<String>>,
    #[serde(default)]
    pub users: Vec<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyEntry {
    /// `promptwall fingerprint` output for the key (hex).
    pub fingerprint: S<String>,
    pub owner: S<String>,
    #[serde(default)]
    pub group: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub groups: Vec<S<String>>,
    #[serde(default)]
    pub services: Vec<S<String>>,
    #[serde(default)]
    pub methods: Vec<S<String>>,
    #[serde(default)]
    pub paths: Vec<S<String>>,
    pub action: S<String>,
    #[serde(default)]
    pub on: BTreeMap<String, S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionEntry {
    pub action: S<String>,
    #[serde(default)]
    pub on: BTreeMap<String, S<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditSection {
    /// `stdout` (default), `off`, or a file path (reopened on SIGHUP).
    pub path: Option<S<String>>,
}

// === validated ===

/// What happens to a body that is not the JSON its API speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnparseableAction {
    Block,
    /// Scan it as raw text and apply the rule's finding actions.
    Inspect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProxyAuth {
    Off,
    /// Authenticated users get their group; others fall back to address.
    Optional,
    /// CONNECT without valid credentials gets 407.
    Required,
}

/// What to do with a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingAction {
    Log,
    Redact,
    Block,
}

impl FindingAction {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingAction::Log => "log",
            FindingAction::Redact => "redact",
            FindingAction::Block => "block",
        }
    }
}

/// `on:` entry: a category (`secret`, `pii`, …) or a detector id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnEntry {
    pub key: String,
    pub action: FindingAction,
    pub line: u32,
}

/// A rule's action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleAction {
    /// Forward without inspection (still audited).
    Allow,
    /// The service is not approved for these users.
    Deny,
    /// Inspect and act per finding.
    Inspect(Vec<OnEntry>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub cidrs: Vec<IpNet>,
    pub users: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKeyOwner {
    pub fingerprint: String,
    pub owner: String,
    pub group: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub name: String,
    /// Empty: any group (including none).
    pub groups: Vec<String>,
    /// Empty: any service.
    pub services: Vec<String>,
    /// Upper-case; empty: any method.
    pub methods: Vec<String>,
    /// Exact paths, or prefixes ending in `*`; empty: any path.
    pub paths: Vec<String>,
    pub action: RuleAction,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyConfig {
    pub oversize: BodyAction,
    pub undecodable: BodyAction,
    pub unparseable: UnparseableAction,
    pub proxy_auth: ProxyAuth,
    pub users_file: Option<PathBuf>,
    pub block_status: u16,
    pub groups: Vec<Group>,
    pub api_keys: Vec<ApiKeyOwner>,
    pub deny_services: Vec<String>,
    pub rules: Vec<Rule>,
    pub default: RuleAction,
}

/// Where audit records go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditTarget {
    Stdout,
    Off,
    File(PathBuf),
}

/// The built-in finding actions of `default` when the file has none.
pub fn default_on() -> Vec<OnEntry> {
    [
        ("secret", FindingAction::Block),
        ("private_key", FindingAction::Block),
        ("pii", FindingAction::Log),
        ("confidential", FindingAction::Log),
        ("custom", FindingAction::Log),
    ]
    .into_iter()
    .map(|(k, a)| OnEntry {
        key: k.to_string(),
        action: a,
        line: 0,
    })
    .collect()
}

const ACTIONS: [(&str, FindingAction); 3] = [
    ("block", FindingAction::Block),
    ("redact", FindingAction::Redact),
    ("log", FindingAction::Log),
];

impl Validator {
    fn rule_action(
        &mut self,
        action: &S<String>,
        on: &BTreeMap<String, S<String>>,
        at: &str,
    ) -> RuleAction {
        let kind = self.choice(
            &Some(action.clone()),
            &format!("{at}.action"),
            &[("allow", 0u8), ("deny", 1), ("inspect", 2)],
            2,
        );
        if kind != 2 && !on.is_empty() {
            self.problem(
                action,
                format!("{at}: 'on:' only applies to action: inspect"),
            );
        }
        match kind {
            0 => RuleAction::Allow,
            1 => RuleAction::Deny,
            _ => {
                let mut entries = Vec::new();
                for (key, act) in on {
                    let a = self.choice(
                        &Some(act.clone()),
                        &format!("{at}.on.{key}"),
                        &ACTIONS,
                        FindingAction::Block,
                    );
                    entries.push(OnEntry {
                        key: key.clone(),
                        action: a,
                        line: act.referenced.line() as u32,
                    });
                }
                if entries.is_empty() {
                    entries = default_on();
                }
                RuleAction::Inspect(entries)
            }
        }
    }

    pub(super) fn policy(&mut self, raw: &PolicySection, catalogue: &Catalogue) -> PolicyConfig {
        let body = [
            ("block", BodyAction::Block),
            ("forward", BodyAction::Forward),
        ];
        let oversize = self.choice(&raw.oversize, "policy.oversize", &body, BodyAction::Block);
        let undecodable = self.choice(
            &raw.undecodable,
            "policy.undecodable",
            &body,
            BodyAction::Block,
        );
        let unparseable = self.choice(
            &raw.unparseable,
            "policy.unparseable",
            &[
                ("block", UnparseableAction::Block),
                ("inspect", UnparseableAction::Inspect),
            ],
            UnparseableAction::Block,
        );
        let proxy_auth = self.choice(
            &raw.proxy_auth,
            "policy.proxy_auth",
            &[
                ("off", ProxyAuth::Off),
                ("optional", ProxyAuth::Optional),
                ("required", ProxyAuth::Required),
            ],
            ProxyAuth::Off,
        );
        let users_file = raw.users_file.as_ref().map(|p| PathBuf::from(&p.value));
        if proxy_auth != ProxyAuth::Off && users_file.is_none() {
            if let Some(s) = &raw.proxy_auth {
                self.problem(s, "policy.proxy_auth needs policy.users_file (lines of user:argon2id-or-bcrypt-hash)");
            }
        }
        let block_status = match &raw.block_status {
            Some(s) if !(400..=499).contains(&s.value) => {
                self.problem(
                    s,
                    "policy.block_status must be a 4xx status (400 recommended)",
                );
                400
            }
            Some(s) => s.value,
            None => 400,
        };

        let mut groups: Vec<Group> = Vec::new();
        for g in &raw.groups {
            if groups.iter().any(|x| x.name == g.name.value) {
                self.problem(
                    &g.name,
                    format!("policy.groups: duplicate group '{}'", g.name.value),
                );
                continue;
            }
            let mut cidrs = Vec::new();
            for c in &g.cidrs {
                match c.value.parse::<IpNet>().or_else(|_| c.value.parse::<std::net::IpAddr>().map(IpNet::from)) {
                    Ok(n) => cidrs.push(n.trunc()),
                    Err(_) => self.problem(
                        c,
                        format!("policy.groups[{}].cidrs: '{}' is not a CIDR (write e.g. 10.0.0.0/8 or fd00::/8)", g.name.value, c.value),
                    ),
                }
            }
            groups.push(Group {
                name: g.name.value.clone(),
                cidrs,
                users: g.users.iter().map(|u| u.value.clone()).collect(),
            });
        }
        let group_exists = |n: &str| groups.iter().any(|g| g.name == n);

        let mut api_keys = Vec::new();
        for k in &raw.api_keys {
            let fp = k.fingerprint.value.trim().to_ascii_lowercase();
            if fp.len() != 16 || !fp.bytes().all(|b| b.is_ascii_hexdigit()) {
                self.problem(
                    &k.fingerprint,
                    "policy.api_keys: fingerprint must be the 16 hex digits printed by `promptwall fingerprint`",
                );
            }
            if let Some(g) = &k.group {
                if !group_exists(&g.value) {
                    self.problem(g, format!("policy.api_keys: unknown group '{}'", g.value));
                }
            }
            api_keys.push(ApiKeyOwner {
                fingerprint: fp,
                owner: k.owner.value.clone(),
                group: k.group.as_ref().map(|g| g.value.clone()),
            });
        }

        let service_ok = |v: &mut Validator, s: &S<String>, at: &str| -> bool {
            if s.value == "*" || catalogue.get(&s.value).is_some() {
                true
            } else {
                v.problem(s, format!("{at}: unknown service '{}' (see the catalogue: `promptwall check` lists it)", s.value));
                false
            }
        };
        let mut deny_services = Vec::new();
        for s in &raw.deny_services {
            if service_ok(self, s, "policy.deny_services") {
                deny_services.push(s.value.clone());
            }
        }

        let mut rules = Vec::new();
        for (i, r) in raw.rules.iter().enumerate() {
            let at = format!("policy.rules[{i}]");
            for g in &r.groups {
                if g.value != "*" && !group_exists(&g.value) {
                    self.problem(g, format!("{at}.groups: unknown group '{}'", g.value));
                }
            }
            let mut services = Vec::new();
            for s in &r.services {
                if service_ok(self, s, &format!("{at}.services")) && s.value != "*" {
                    services.push(s.value.clone());
                }
            }
            let mut methods = Vec::new();
            for m in &r.methods {
                let up = m.value.to_ascii_uppercase();
                if up.is_empty() || !up.bytes().all(|b| b.is_ascii_uppercase()) {
                    self.problem(
                        m,
                        format!("{at}.methods: '{}' is not an HTTP method", m.value),
                    );
                } else {
                    methods.push(up);
                }
            }
            for p in &r.paths {
                if !p.value.starts_with('/') {
                    self.problem(p, format!("{at}.paths: '{}' must start with '/'", p.value));
                }
            }
            rules.push(Rule {
                name: r.name.clone().unwrap_or_else(|| format!("rule{i}")),
                groups: r
                    .groups
                    .iter()
                    .filter(|g| g.value != "*")
                    .map(|g| g.value.clone())
                    .collect(),
                services,
                methods,
                paths: r.paths.iter().map(|p| p.value.clone()).collect(),
                action: self.rule_action(&r.action, &r.on, &at),
            });
        }
        let default = match &raw.default {
            Some(d) => self.rule_action(&d.action, &d.on, "policy.default"),
            None => RuleAction::Inspect(default_on()),
        };
        PolicyConfig {
            oversize,
            undecodable,
            unparseable,
            proxy_auth,
            users_file,
            block_status,
            groups,
            api_keys,
            deny_services,
            rules,
            default,
        }
    }

    pub(super) fn audit(&mut self, raw: &AuditSection) -> AuditTarget {
        match &raw.path {
            None => AuditTarget::Stdout,
            Some(p) if p.value == "stdout" || p.value == "-" => AuditTarget::Stdout,
            Some(p) if p.value == "off" => AuditTarget::Off,
            Some(p) if p.value.trim().is_empty() => {
                self.problem(p, "audit.path: empty (write stdout, off, or a file path)");
                AuditTarget::Stdout
            }
            Some(p) => AuditTarget::File(PathBuf::from(&p.value)),
        }
    }
}
