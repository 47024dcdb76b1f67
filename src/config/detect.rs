//! Raw config for the detection engine (`detect:` in the config file).
//!
//! Owned by the inspect work: the engine compiles these into its automata.

use serde::{Deserialize, Serialize};

/// `detect:` section.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DetectSection {
    /// Confidential markers, matched case-insensitively as whole words.
    pub keywords: Vec<String>,
    /// Custom detectors compiled into the same engine.
    pub custom: Vec<CustomRule>,
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
    /// Literal keywords (alternative to `regex`).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Category reported for findings; `custom` when omitted.
    #[serde(default)]
    pub category: Option<String>,
}
