//! AWS Bedrock: InvokeModel carries the provider's native body (Anthropic
//! Messages for Claude, handled by the Anthropic rules); Converse carries
//! `messages[].content[]` with `text`, `image{source.bytes}`,
//! `document{format,source.bytes}`, `toolUse.input`, `toolResult.content`
//! and `system[]`. The model id is in the path (`/model/{id}/converse`).

use super::Special;
use crate::inspect::json::Value;

/// Block rules for Converse content blocks.
pub(super) fn block(body: &[u8], v: &Value) -> Option<Special> {
    // image {"format":"png","source":{"bytes":…}}
    if let Some(img) = v.get(body, "image") {
        if img.get(body, "source").is_some() {
            return Some(Special {
                skip_key: Some("image"),
                ..Special::default()
            });
        }
    }
    // document {"format":"txt","name":…,"source":{"bytes":…}}: the source
    // object itself has only `bytes`, so decide at the document level and
    // let the source rule below see the format through `text_doc`.
    if let Some(Value::Str(_)) = v.get(body, "bytes") {
        return Some(Special {
            base64_key: Some("bytes"),
            ..Special::default()
        });
    }
    if let (Some(fmt), Some(_)) = (v.get_str(body, "format"), v.get(body, "source")) {
        if !matches!(
            fmt.as_ref(),
            b"txt" | b"md" | b"csv" | b"html" | b"json" | b"xml"
        ) {
            // pdf, docx, xlsx, images: binary, not inspected as text.
            return Some(Special {
                skip_key: Some("source"),
                ..Special::default()
            });
        }
    }
    None
}

/// `/model/{id}/invoke` or `/model/{id}/converse` → `id` (URL-decoded `:`).
pub(super) fn model_from_path(path: &str) -> Option<String> {
    let p = path.split('?').next()?;
    let rest = p.strip_prefix("/model/")?;
    let id = rest.split('/').next()?;
    (!id.is_empty()).then(|| id.replace("%3A", ":").replace("%3a", ":"))
}
