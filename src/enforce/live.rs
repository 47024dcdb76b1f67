//! Building and hot-swapping the [`Live`] state: policy, detection engine
//! and config. A reload that fails validation keeps the old state, logs
//! file, line and reason, and counts the failure; connections never drop.

use std::path::Path;
use std::sync::Arc;

use super::{Live, Proxy};
use crate::config::{Config, ConfigError};
use crate::inspect::{InspectError, Inspector};
use crate::policy::{Policy, PolicyError};

/// Why a config could not become the live state.
#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Inspect(#[from] InspectError),
    #[error(transparent)]
    Policy(#[from] PolicyError),
}

impl Live {
    /// Compiles `cfg`; reuses `previous`'s inspector (and its warm
    /// conversation cache) when the `detect:` section did not change.
    pub fn build(cfg: Config, previous: Option<&Live>) -> Result<Live, LiveError> {
        let inspector = match previous {
            Some(p) if p.config.detect == cfg.detect => p.inspector.clone(),
            _ => {
                let inspector = Inspector::new(&cfg.detect)?;
                // Compile every regex now: the first requests must not pay.
                inspector.engine().warm();
                Arc::new(inspector)
            }
        };
        let policy = Policy::new(&cfg, inspector.engine())?;
        Ok(Live {
            version: cfg.digest.clone(),
            config: Arc::new(cfg),
            policy,
            inspector,
        })
    }
}

/// The effective policy as a table: one row per service, one column per
/// group (plus "(none)" for clients in no group), for `promptwall check`.
pub fn effective_policy(live: &Live) -> String {
    let mut groups: Vec<Option<&str>> = live
        .config
        .policy
        .groups
        .iter()
        .map(|g| Some(g.name.as_str()))
        .collect();
    groups.push(None);
    let header: Vec<String> = groups
        .iter()
        .map(|g| g.unwrap_or("(none)").to_string())
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for svc in live.config.catalogue.services() {
        let mut row = vec![svc.name.clone()];
        row.extend(groups.iter().map(|g| live.policy.describe(*g, svc)));
        rows.push(row);
    }
    let mut widths: Vec<usize> = std::iter::once("service".len())
        .chain(header.iter().map(String::len))
        .collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.len());
        }
    }
    let line = |cells: &[String]| -> String {
        let mut s: String = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ");
        s.truncate(s.trim_end().len());
        s.push('\n');
        s
    };
    let mut out = String::from("\neffective policy (first matching rule per group and service; method/path rules may narrow it):\n");
    let mut head = vec!["service".to_string()];
    head.extend(header);
    out.push_str(&line(&head));
    for r in &rows {
        out.push_str(&line(r));
    }
    out.push_str("\nfinding actions (anything not listed is logged):\n");
    out.push_str(&live.policy.legend());
    out
}

/// Settings that only take effect on restart.
fn restart_only_changes(old: &Config, new: &Config) -> Vec<&'static str> {
    let mut v = Vec::new();
    if old.listen != new.listen {
        v.push("listen");
    }
    if old.ca != new.ca {
        v.push("ca");
    }
    if old.upstream != new.upstream {
        v.push("upstream");
    }
    if old.audit != new.audit {
        v.push("audit");
    }
    v
}

/// Reloads from `path` and swaps the live state; returns whether it did.
pub fn reload(proxy: &Proxy, path: &Path) -> bool {
    let old = proxy.live();
    let result = Config::load(path).map_err(LiveError::from).and_then(|cfg| {
        let pending = restart_only_changes(&old.config, &cfg);
        Live::build(cfg, Some(&old)).map(|l| (l, pending))
    });
    match result {
        Ok((live, pending)) => {
            if !pending.is_empty() {
                tracing::warn!(sections = ?pending, "reloaded; changes to these sections take effect only after a restart");
            }
            tracing::info!(version = %live.version, from = %old.version, "policy reloaded");
            proxy.metrics.reloads.with_label_values(&["ok"]).inc();
            proxy.metrics.set_policy_version(&live.version);
            proxy.live.store(Arc::new(live));
            true
        }
        Err(e) => {
            tracing::error!(error = %e, "policy reload rejected; the previous policy stays in force");
            proxy.metrics.reloads.with_label_values(&["rejected"]).inc();
            false
        }
    }
}
