//! Bodies that are not one JSON value but hold several: JSONL (the OpenAI
//! Batch API's input, one request per line) and `multipart/form-data`
//! (file uploads, whose file part is often JSONL or source code).
//!
//! Each inner JSON document is walked like a JSON body, so its strings are
//! unescaped and located exactly; anything else is one raw segment. Raw
//! ranges stay offsets into the whole body (redaction patches them), and
//! pointers say where a segment came from: `/lines/3/body/messages/0/…`,
//! `/parts/1/…`.

use super::{Rule, Segment, Walker};
use crate::inspect::json;

/// Nested containers deeper than this are scanned as raw text.
const MAX_NESTING: usize = 2;

/// Looks like JSONL: at least two non-empty lines, every one of which
/// starts like a JSON object or array.
pub(super) fn is_jsonl(body: &[u8]) -> bool {
    let mut lines = 0;
    for line in body.split(|&c| c == b'\n') {
        let t = line.trim_ascii();
        if t.is_empty() {
            continue;
        }
        if !matches!(t.first(), Some(b'{' | b'[')) {
            return false;
        }
        lines += 1;
    }
    lines >= 2
}

/// The boundary of a multipart body, from its first line (`--boundary`),
/// when the first part starts with part headers.
pub(super) fn multipart_boundary(body: &[u8]) -> Option<&[u8]> {
    let rest = body.strip_prefix(b"--")?;
    let eol = memchr::memchr(b'\n', rest)?;
    let b = rest.get(..eol)?;
    let b = b.strip_suffix(b"\r").unwrap_or(b);
    // RFC 2046: 1-70 characters, no trailing space.
    if b.is_empty() || b.len() > 70 || b.ends_with(b" ") {
        return None;
    }
    let headers = rest.get(eol + 1..)?;
    let first = headers.get(..headers.len().min(200))?;
    first
        .to_ascii_lowercase()
        .starts_with(b"content-")
        .then_some(b)
}

impl<'a> Walker<'a, '_> {
    /// Walks `slice` (at `offset` in the body) as JSONL: one JSON document
    /// per line; a line that does not parse is a raw segment.
    pub(super) fn jsonl(&mut self, offset: usize, slice: &'a [u8], depth: usize) {
        let mut start = 0;
        for (n, line) in slice.split(|&c| c == b'\n').enumerate() {
            let at = offset + start;
            start += line.len() + 1;
            if line.trim_ascii().is_empty() {
                continue;
            }
            let len = self.ptr.len();
            self.ptr.push_str("/lines/");
            self.ptr.push_str(&n.to_string());
            self.document(at, line, depth);
            self.ptr.truncate(len);
        }
    }

    /// Walks the parts of a multipart body.
    pub(super) fn multipart(
        &mut self,
        offset: usize,
        slice: &'a [u8],
        boundary: &[u8],
        depth: usize,
    ) {
        let mut delim = b"--".to_vec();
        delim.extend_from_slice(boundary);
        let finder = memchr::memmem::Finder::new(&delim);
        let mut bounds: Vec<usize> = finder.find_iter(slice).collect();
        bounds.push(slice.len());
        for (n, w) in bounds.windows(2).enumerate() {
            let (from, to) = (w[0] + delim.len(), w[1]);
            let Some(part) = slice.get(from..to) else {
                continue;
            };
            // `--boundary--` closes the body.
            if part.starts_with(b"--") {
                break;
            }
            let Some(head_end) = memchr::memmem::find(part, b"\r\n\r\n")
                .map(|i| i + 4)
                .or_else(|| memchr::memmem::find(part, b"\n\n").map(|i| i + 2))
            else {
                continue;
            };
            let headers = part
                .get(..head_end)
                .unwrap_or_default()
                .to_ascii_lowercase();
            // Media parts are not text (as base64 images are skipped in
            // JSON bodies).
            if [
                &b"content-type: image/"[..],
                b"content-type: audio/",
                b"content-type: video/",
            ]
            .iter()
            .any(|h| memchr::memmem::find(&headers, h).is_some())
            {
                continue;
            }
            // The CRLF before the next delimiter belongs to it.
            let mut content = part.get(head_end..).unwrap_or_default();
            content = content.strip_suffix(b"\n").unwrap_or(content);
            content = content.strip_suffix(b"\r").unwrap_or(content);
            let len = self.ptr.len();
            self.ptr.push_str("/parts/");
            self.ptr.push_str(&n.to_string());
            self.document(offset + from + head_end, content, depth);
            self.ptr.truncate(len);
        }
    }

    /// One inner document: JSON, JSONL, nested multipart, or raw text.
    fn document(&mut self, offset: usize, doc: &'a [u8], depth: usize) {
        let t = doc.trim_ascii_start();
        if matches!(t.first(), Some(b'{' | b'[')) {
            if let Ok(root) = json::parse(doc) {
                let first = self.out.len();
                let body = std::mem::replace(&mut self.body, doc);
                self.walk(&root);
                self.body = body;
                // The walk saw offsets into `doc`: make them body offsets.
                for seg in self.out.get_mut(first..).unwrap_or_default() {
                    seg.raw_start += offset;
                    seg.raw_end += offset;
                }
                return;
            }
        }
        if depth < MAX_NESTING {
            if let Some(b) = multipart_boundary(doc) {
                let b = b.to_vec();
                return self.multipart(offset, doc, &b, depth + 1);
            }
            if is_jsonl(doc) {
                return self.jsonl(offset, doc, depth + 1);
            }
        }
        if !doc.is_empty() {
            self.out.push(Segment {
                pointer: self.ptr.clone(),
                raw_start: offset,
                raw_end: offset + doc.len(),
                text: std::borrow::Cow::Borrowed(doc),
                map: super::OffsetMap::Identity,
                key: None,
            });
        }
    }
}

/// The rules for JSON found inside containers: every kind's, since a
/// batch line or an uploaded file can hold any request shape.
pub(super) const ALL_RULES: &[Rule] = &[
    super::anthropic::block,
    super::openai::block,
    super::gemini::block,
    super::bedrock::block,
    super::generic::block,
];

#[cfg(test)]
mod tests {
    use crate::config::{ApiKind, DetectSection};
    use crate::inspect::detect::samples::Gen;
    use crate::inspect::extract::{extract, extract_lazy, Shape};
    use crate::inspect::{DecodeLimits, Inspector};

    fn batch(token: &str) -> String {
        format!(
            concat!(
                r#"{{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{{"model":"gpt-x","messages":[{{"role":"user","content":"summarise the release notes"}}]}}}}"#,
                "\n",
                r#"{{"custom_id":"b","method":"POST","url":"/v1/chat/completions","body":{{"model":"gpt-x","messages":[{{"role":"user","content":"deploy with\nGITHUB_TOKEN={}\nthanks"}}]}}}}"#,
                "\n"
            ),
            token
        )
    }

    fn multipart(file: &str) -> String {
        [
            "--XyZb0und4ry\r\n",
            "Content-Disposition: form-data; name=\"purpose\"\r\n\r\n",
            "batch\r\n",
            "--XyZb0und4ry\r\n",
            "Content-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n",
            "Content-Type: image/png\r\n\r\n",
            "\u{89}PNG ghp_notreallyatokenbutskippedanyway\r\n",
            "--XyZb0und4ry\r\n",
            "Content-Disposition: form-data; name=\"file\"; filename=\"batch.jsonl\"\r\n",
            "Content-Type: application/jsonl\r\n\r\n",
            file,
            "\r\n--XyZb0und4ry--\r\n",
        ]
        .concat()
    }

    #[test]
    fn jsonl_lines_are_walked_as_json() {
        let body = batch("ghp_x");
        let e = extract(ApiKind::Openai, "/v1/files", body.as_bytes());
        assert_eq!(e.shape, Shape::Jsonl);
        let seg = e
            .segments
            .iter()
            .find(|s| s.pointer == "/lines/1/body/messages/0/content")
            .expect("line 2's message");
        assert_eq!(&*seg.text, b"deploy with\nGITHUB_TOKEN=ghp_x\nthanks");
        // Raw range: the escaped JSON string in the whole body.
        assert_eq!(
            body.as_bytes().get(seg.raw_start..seg.raw_end),
            Some(&br"deploy with\nGITHUB_TOKEN=ghp_x\nthanks"[..])
        );
    }

    #[test]
    fn multipart_parts_by_content() {
        let body = multipart(&batch("ghp_x"));
        let e = extract_lazy(ApiKind::Openai, "/v1/files", body.as_bytes());
        assert_eq!(e.shape, Shape::Multipart);
        let ptrs: Vec<&str> = e.segments.iter().map(|s| s.pointer.as_str()).collect();
        assert!(ptrs.contains(&"/parts/0"), "{ptrs:?}");
        assert!(
            ptrs.contains(&"/parts/2/lines/1/body/messages/0/content"),
            "{ptrs:?}"
        );
        // The image part is skipped.
        assert!(!ptrs.iter().any(|p| p.starts_with("/parts/1")), "{ptrs:?}");
        let purpose = e.segments.iter().find(|s| s.pointer == "/parts/0");
        assert_eq!(purpose.map(|s| &*s.text), Some(&b"batch"[..]));
    }

    #[test]
    fn findings_in_containers_point_at_the_value() {
        let mut g = Gen::new(3);
        let token = g.sample("github_pat").unwrap_or_default();
        let token = token.split('=').nth(1).unwrap_or_default().to_string();
        assert!(token.starts_with("ghp_"));
        let ins = Inspector::new(&DetectSection::default()).expect("inspector");
        for body in [batch(&token), multipart(&batch(&token))] {
            let r = ins
                .inspect(
                    ApiKind::Openai,
                    "/v1/files",
                    None,
                    body.as_bytes(),
                    &DecodeLimits::default(),
                )
                .expect("inspect");
            let f = r
                .findings
                .iter()
                .find(|f| &*f.detector == "github_pat")
                .unwrap_or_else(|| panic!("not found in {body}"));
            assert_eq!(body.get(f.start..f.end), Some(token.as_str()));
            assert!(
                f.location.ends_with("/body/messages/0/content"),
                "{}",
                f.location
            );
        }
    }

    #[test]
    fn other_text_stays_raw() {
        for body in [
            "{\"a\": 1}\nnot json\n{\"b\": 2}\n",
            "{\"only\": \"one line\"",
            "--not a boundary\nhello\n",
        ] {
            let e = extract(ApiKind::Openai, "/v1/x", body.as_bytes());
            assert_eq!(e.shape, Shape::Raw, "{body}");
        }
    }
}
