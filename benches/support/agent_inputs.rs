//! The inputs of the detection bench, shared with
//! `examples/inspect_profile.rs` (included by `#[path]`, so both measure
//! the same body).

/// Real source text: this crate's own files (Rust, YAML, TOML, a lockfile
/// full of checksums).
pub const FILES: &[&str] = &[
    include_str!("../../src/inspect/detect/mod.rs"),
    include_str!("../../src/inspect/extract/mod.rs"),
    include_str!("../../src/inspect/json.rs"),
    include_str!("../../src/inspect/decode.rs"),
    include_str!("../../src/config/mod.rs"),
    include_str!("../../src/config/catalogue.rs"),
    include_str!("../../src/inspect/mod.rs"),
    include_str!("../../Cargo.lock"),
    include_str!("../../deploy/promptwall.yaml"),
    include_str!("../../src/inspect/scan.rs"),
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
