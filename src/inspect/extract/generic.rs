//! Generic JSON: every string value is inspected; only obviously opaque
//! members (signatures, encrypted state) are skipped.

use super::Special;
use crate::inspect::json::Value;

/// Fallback rule applied after the kind-specific ones.
pub(super) fn block(body: &[u8], v: &Value) -> Option<Special> {
    for key in ["encrypted_content", "thoughtSignature", "thought_signature"] {
        if v.get(body, key).is_some() {
            return Some(Special {
                skip_key: Some(key),
                ..Special::default()
            });
        }
    }
    None
}
