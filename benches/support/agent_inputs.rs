//! The inputs of the detection bench, shared with
//! `examples/inspect_profile.rs` (included by `#[path]`, so both measure
//! the same body).

/// Real source text: frozen copies of this crate's own files (Rust,
/// YAML, a lockfile full of checksums) as they were at the end of session
/// 2, so that editing the crate does not change the benchmark body and
/// figures compare across sessions.
pub const FILES: &[&str] = &[
    include_str!("agent_files/src_inspect_detect_mod.rs.txt"),
    include_str!("agent_files/src_inspect_extract_mod.rs.txt"),
    include_str!("agent_files/src_inspect_json.rs.txt"),
    include_str!("agent_files/src_inspect_decode.rs.txt"),
    include_str!("agent_files/src_config_mod.rs.txt"),
    include_str!("agent_files/src_config_catalogue.rs.txt"),
    include_str!("agent_files/src_inspect_mod.rs.txt"),
    include_str!("agent_files/Cargo.lock.txt"),
    include_str!("agent_files/deploy_promptwall.yaml.txt"),
    include_str!("agent_files/src_inspect_scan.rs.txt"),
];

/// Planted in the tool results, one per turn in turn.
pub const SECRETS: &[&str] = &[
    "github_pat",
    "aws_access_key_id",
    "pem_rsa_private_key",
    "email_address",
];

/// The bench's `detect:` section: the default rules plus three keywords.
pub fn keywords() -> Vec<String> {
    ["CONFIDENTIAL", "INTERNAL ONLY", "DO NOT DISTRIBUTE"]
        .iter()
        .map(|k| (*k).to_string())
        .collect()
}
