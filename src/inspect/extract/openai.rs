//! OpenAI Chat Completions (`messages[].content` strings or parts,
//! `tool_calls[].function.arguments`, `role:"tool"` outputs) and Responses
//! (`input` string or items, `instructions`, `function_call_output`).
//! Azure OpenAI uses the same shapes.
//!
//! Images and files arrive as `data:` URLs, which the walker handles for
//! every kind (text ones are decoded, others skipped).

use super::{type_of, Special};
use crate::inspect::json::Value;

/// Block rules for OpenAI content parts and items.
pub(super) fn block(body: &[u8], v: &Value) -> Option<Special> {
    // {"type":"input_audio","input_audio":{"data":…,"format":"wav"}}
    if v.get(body, "format").is_some() && v.get(body, "data").is_some() {
        if let Some(Value::Str(_)) = v.get(body, "data") {
            let fmt = v.get_str(body, "format").unwrap_or_default();
            if matches!(fmt.as_ref(), b"wav" | b"mp3" | b"flac" | b"opus" | b"pcm16") {
                return Some(Special {
                    skip_key: Some("data"),
                    ..Special::default()
                });
            }
        }
    }
    let ty = type_of(body, v)?;
    match ty.as_ref() {
        // Reasoning items carry encrypted state.
        b"reasoning" => Some(Special {
            skip_key: Some("encrypted_content"),
            ..Special::default()
        }),
        b"image_url" | b"input_image" => {
            // Remote image URLs can still carry secrets in the query string;
            // data: URLs are skipped by the walker.
            None
        }
        _ => None,
    }
}
