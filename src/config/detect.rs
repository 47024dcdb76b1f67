//! Raw config for the detection engine (`detect:` in the config file).
//!
//! Owned by the inspect work: the engine compiles these into its automata.

use serde::{Deserialize, Serialize};

/// `detect:` section.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DetectSection {
    /// Confidential markers, matched case-insensitively as whole words;
    /// a single-word marker must appear in upper case ("CONFIDENTIAL").
    pub keywords: Vec<String>,
    /// Custom detectors compiled into the same engine.
    pub custom: Vec<CustomRule>,
    /// Built-in detector ids to switch off.
    pub disabled: Vec<String>,
    /// Key for the salted hash of found values (audit correlation and
    /// redaction markers). Unset: a key derived from a fixed string,
    /// so hashes are stable across restarts and gateways but can be
    /// brute-forced for low-entropy values by anyone who knows the build;
    /// set a private value in production.
    pub hash_key: Option<String>,
    /// Memory cap of the conversation-delta cache, in bytes (0 disables it).
    pub cache_max_bytes: u64,
    /// Segments shorter than this are always rescanned, never cached.
    pub cache_min_segment: usize,
}

impl Default for DetectSection {
    fn default() -> Self {
        DetectSection {
            keywords: Vec::new(),
            custom: Vec::new(),
            disabled: Vec::new(),
            hash_key: None,
            cache_max_bytes: 64 * 1024 * 1024,
            cache_min_segment: 1024,
        }
    }
}

/// One custom detector: a regex or a keyword list.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRule {
    /// Stable id, reported as the detector name.
    pub id: String,
    /// Regular expression (Rust `regex` syntax).
    #[serde(default)]
    pub regex: Option<String>,
    /// Literal keywords (alternative to `regex`), matched case-insensitively
    /// as whole words.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Category reported for findings; `custom` when omitted.
    #[serde(default)]
    pub category: Option<String>,
}
