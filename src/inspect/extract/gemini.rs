//! Gemini generateContent: `contents[].parts[]` (`text`, `inlineData`,
//! `fileData`, `functionCall.args`, `functionResponse.response`) and
//! `systemInstruction`. The model is in the path
//! (`/v1beta/models/{m}:generateContent`).

use super::Special;
use crate::inspect::json::Value;

/// Block rules for Gemini parts.
pub(super) fn block(body: &[u8], v: &Value) -> Option<Special> {
    // {"mimeType":…,"data":…} inside inlineData / inline_data.
    let mime = v
        .get_str(body, "mimeType")
        .or_else(|| v.get_str(body, "mime_type"));
    if let (Some(mime), Some(Value::Str(_))) = (mime, v.get(body, "data")) {
        return Some(if super::is_text_mime(&mime) {
            Special {
                base64_key: Some("data"),
                ..Special::default()
            }
        } else {
            Special {
                skip_key: Some("data"),
                ..Special::default()
            }
        });
    }
    if v.get(body, "thoughtSignature").is_some() {
        return Some(Special {
            skip_key: Some("thoughtSignature"),
            ..Special::default()
        });
    }
    None
}

/// `models/{m}:generateContent` → `m`.
pub(super) fn model_from_path(path: &str) -> Option<String> {
    let p = path.split('?').next()?;
    let idx = p.find("/models/")?;
    let rest = p.get(idx + "/models/".len()..)?;
    let m = rest.split(':').next()?;
    (!m.is_empty()).then(|| m.to_string())
}
