//! Policy: who (identity) × where (service, method, path) × what was found
//! (findings) → [`Verdict`].
//!
//! Rules are matched first-match-wins; `deny_services` is checked before the
//! rules and `default` applies when none matches. An `inspect` rule names per
//! category or per detector whether a finding blocks, redacts or is only
//! logged; a detector entry overrides its category. Findings of known
//! documentation/example values are only logged.

use std::collections::{HashMap, HashSet};

use crate::config::policy::{OnEntry, Rule};
use crate::config::{Config, FindingAction, PolicyConfig, RuleAction, Service};
use crate::identity::{Directory, Identity, Users};
use crate::inspect::{Category, Engine, Finding};

/// Why a policy could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}:{line}: policy: unknown detector or category '{key}' in 'on:' (categories: secret, private_key, pii, confidential, custom; detector ids: see README)")]
    UnknownDetector {
        path: String,
        line: u32,
        key: String,
    },
    #[error(transparent)]
    Users(#[from] crate::identity::AuthError),
}

/// The outcome for one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Forwarded without inspection (an `allow` rule).
    Allow,
    /// The service is not approved for this client.
    Deny,
    /// Inspected and forwarded unchanged (findings, if any, only logged).
    Pass,
    /// Inspected and refused because of findings.
    Block,
    /// Inspected and forwarded with findings redacted.
    Redact,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Allow => "allow",
            Verdict::Deny => "deny",
            Verdict::Pass => "pass",
            Verdict::Block => "block",
            Verdict::Redact => "redact",
        }
    }
}

/// Per-finding actions of an `inspect` rule.
#[derive(Clone, Debug, Default)]
pub struct Actions {
    by_detector: HashMap<String, FindingAction>,
    by_category: HashMap<Category, FindingAction>,
}

/// A compiled rule action.
#[derive(Clone, Debug)]
pub enum Action {
    Allow,
    Deny,
    Inspect(Actions),
}

/// The rule that matched a request.
#[derive(Clone, Copy, Debug)]
pub struct Matched<'a> {
    pub rule: &'a str,
    pub action: &'a Action,
}

struct CompiledRule {
    rule: Rule,
    action: Action,
}

/// The compiled, immutable policy; swapped whole on reload.
pub struct Policy {
    pub config: PolicyConfig,
    pub directory: Directory,
    pub users: Option<Users>,
    rules: Vec<CompiledRule>,
    default: Action,
    deny_services: HashSet<String>,
}

impl std::fmt::Debug for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Policy")
            .field("rules", &self.rules.len())
            .finish_non_exhaustive()
    }
}

static DENY: Action = Action::Deny;

impl Policy {
    /// Compiles the policy of `cfg`; detector ids in `on:` are checked
    /// against `engine`, and the users file is loaded.
    pub fn new(cfg: &Config, engine: &Engine) -> Result<Policy, PolicyError> {
        let known: HashSet<String> = engine
            .detectors()
            .iter()
            .map(|r| r.id.to_string())
            .collect();
        let compile = |action: &RuleAction| -> Result<Action, PolicyError> {
            Ok(match action {
                RuleAction::Allow => Action::Allow,
                RuleAction::Deny => Action::Deny,
                RuleAction::Inspect(on) => Action::Inspect(actions(on, &known, &cfg.source)?),
            })
        };
        let mut rules = Vec::new();
        for r in &cfg.policy.rules {
            rules.push(CompiledRule {
                action: compile(&r.action)?,
                rule: r.clone(),
            });
        }
        let default = compile(&cfg.policy.default)?;
        let users = match &cfg.policy.users_file {
            Some(p) => Some(Users::load(p)?),
            None => None,
        };
        Ok(Policy {
            config: cfg.policy.clone(),
            directory: Directory::new(&cfg.policy),
            users,
            rules,
            default,
            deny_services: cfg.policy.deny_services.iter().cloned().collect(),
        })
    }

    /// The first rule matching this request (or `default`).
    pub fn decide<'a>(
        &'a self,
        id: &Identity,
        service: &Service,
        method: &str,
        path: &str,
    ) -> Matched<'a> {
        if self.deny_services.contains(&service.name) {
            return Matched {
                rule: "deny_services",
                action: &DENY,
            };
        }
        for r in &self.rules {
            if rule_matches(&r.rule, id, service, method, path) {
                return Matched {
                    rule: &r.rule.name,
                    action: &r.action,
                };
            }
        }
        Matched {
            rule: "default",
            action: &self.default,
        }
    }

    /// The effective action per (group, service), for `promptwall check`.
    pub fn describe(&self, group: Option<&str>, service: &Service) -> String {
        let id = Identity {
            addr: std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
            user: None,
            group: group.map(str::to_string),
            source: crate::identity::Source::Address,
        };
        let m = self.decide(&id, service, "POST", "/");
        let action = match m.action {
            Action::Allow => "allow",
            Action::Deny => "deny",
            Action::Inspect(_) => "inspect",
        };
        format!("{action} [{}]", m.rule)
    }

    /// One line per `inspect` rule with its finding actions.
    pub fn legend(&self) -> String {
        let mut out = String::new();
        let named = self
            .rules
            .iter()
            .map(|r| (r.rule.name.as_str(), &r.action))
            .chain(std::iter::once(("default", &self.default)));
        for (name, action) in named {
            if let Action::Inspect(a) = action {
                out.push_str(&format!("  [{name}] inspect: {}\n", a.summary()));
            }
        }
        out
    }
}

fn rule_matches(r: &Rule, id: &Identity, service: &Service, method: &str, path: &str) -> bool {
    let group_ok = r.groups.is_empty()
        || id
            .group
            .as_ref()
            .is_some_and(|g| r.groups.iter().any(|x| x == g));
    let service_ok = r.services.is_empty() || r.services.contains(&service.name);
    let method_ok =
        r.methods.is_empty() || r.methods.iter().any(|m| m.eq_ignore_ascii_case(method));
    let path_only = path.split('?').next().unwrap_or(path);
    let path_ok = r.paths.is_empty()
        || r.paths.iter().any(|p| match p.strip_suffix('*') {
            Some(prefix) => path_only.starts_with(prefix),
            None => path_only == p,
        });
    group_ok && service_ok && method_ok && path_ok
}

fn actions(on: &[OnEntry], known: &HashSet<String>, path: &str) -> Result<Actions, PolicyError> {
    let mut a = Actions::default();
    for e in on {
        if let Some(c) = Category::parse(&e.key) {
            a.by_category.insert(c, e.action);
        } else if known.contains(&e.key) {
            a.by_detector.insert(e.key.clone(), e.action);
        } else {
            return Err(PolicyError::UnknownDetector {
                path: path.to_string(),
                line: e.line,
                key: e.key.clone(),
            });
        }
    }
    Ok(a)
}

impl Actions {
    /// The action for one finding: detector entry, else category entry,
    /// else log. Example values are only logged.
    pub fn for_finding(&self, f: &Finding) -> FindingAction {
        if f.example {
            return FindingAction::Log;
        }
        self.by_detector
            .get(f.detector.as_ref())
            .or_else(|| self.by_category.get(&f.category))
            .copied()
            .unwrap_or(FindingAction::Log)
    }

    /// The verdict and the action taken on each finding. On a service whose
    /// body is signed (Bedrock SigV4), redaction would break the signature,
    /// so it becomes a block.
    pub fn judge(&self, findings: &[Finding], signed_body: bool) -> (Verdict, Vec<FindingAction>) {
        let mut acts: Vec<FindingAction> = findings.iter().map(|f| self.for_finding(f)).collect();
        if signed_body {
            for a in &mut acts {
                if *a == FindingAction::Redact {
                    *a = FindingAction::Block;
                }
            }
        }
        let worst = acts.iter().copied().max();
        let verdict = match worst {
            Some(FindingAction::Block) => Verdict::Block,
            Some(FindingAction::Redact) => Verdict::Redact,
            _ => Verdict::Pass,
        };
        (verdict, acts)
    }

    fn summary(&self) -> String {
        let mut parts: Vec<String> = self
            .by_category
            .iter()
            .filter(|(_, a)| **a != FindingAction::Log)
            .map(|(c, a)| format!("{}:{}", c.as_str(), a.as_str()))
            .chain(
                self.by_detector
                    .iter()
                    .map(|(d, a)| format!("{d}:{}", a.as_str())),
            )
            .collect();
        parts.sort();
        if parts.is_empty() {
            "log only".into()
        } else {
            parts.join(" ")
        }
    }
}

#[cfg(test)]
mod tests;
