//! Anthropic Messages (`/v1/messages`, also Bedrock InvokeModel and Vertex
//! rawPredict bodies): `system`, `messages[].content[]` blocks `text`,
//! `tool_use.input`, `tool_result.content` (nested blocks), `document` with
//! text or base64 sources, `thinking`.

use super::{type_of, Special};
use crate::inspect::json::Value;

/// Block rules for Anthropic content blocks.
pub(super) fn block(body: &[u8], v: &Value) -> Option<Special> {
    let ty = type_of(body, v)?;
    match ty.as_ref() {
        // {"type":"image","source":{...}}: pixels, not text.
        b"image" => Some(Special {
            skip_all: true,
            ..Special::default()
        }),
        // thinking blocks carry an opaque signature next to the text.
        b"thinking" => Some(Special {
            skip_key: Some("signature"),
            ..Special::default()
        }),
        b"redacted_thinking" => Some(Special {
            skip_key: Some("data"),
            ..Special::default()
        }),
        // A document/image source: {"type":"base64","media_type":…,"data":…}.
        b"base64" => {
            let mime = v.get_str(body, "media_type").unwrap_or_default();
            if super::is_text_mime(&mime) {
                Some(Special {
                    base64_key: Some("data"),
                    ..Special::default()
                })
            } else {
                // PDFs and images are not inspected as text.
                Some(Special {
                    skip_key: Some("data"),
                    ..Special::default()
                })
            }
        }
        _ => None,
    }
}
