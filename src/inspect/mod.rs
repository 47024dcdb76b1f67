//! Inspection: decode a request body, extract its text, detect what must
//! not leave.
//!
//! [`Inspector`] is built once from the `detect:` config and shared
//! read-only (behind an `Arc`) by every connection; [`Inspector::inspect`]
//! runs on each intercepted request body:
//!
//! 1. [`decode`] undoes the Content-Encoding within [`DecodeLimits`];
//! 2. [`extract`] walks the API-shaped JSON (or takes the raw body) into
//!    segments that know their JSON pointer and raw byte range;
//! 3. [`detect`] runs all rules over each segment in one pass; segments seen
//!    before (coding agents resend the conversation) come from [`cache`].
//!
//! Findings carry byte ranges in the decoded raw body that cover whole JSON
//! escapes, a detector id, a category and a keyed hash of the value; never
//! the value itself.

pub mod cache;
pub mod decode;
pub mod detect;
pub mod extract;
pub mod json;
pub mod scan;

use std::sync::Arc;

use ring::hmac;

pub use self::decode::{DecodeError, DecodeLimits};
pub use self::detect::{Category, Confidence, Engine, RuleError};
pub use self::extract::{Segment, Shape};

/// Whether the CPU has AVX2 (and POPCNT, which every AVX2 CPU has), for
/// the vector loops of the JSON scanner, the unescaper and the anchor
/// finder (all keep a scalar path; `std` caches the answer).
pub(crate) fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("popcnt")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether the CPU has AVX-512 with VBMI2 (byte compress) besides AVX2,
/// for the unescaper's one-instruction squeeze.
pub(crate) fn has_vbmi2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        has_avx2()
            && std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512vbmi2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

use self::cache::{CachedHit, SegmentCache};
use crate::config::{ApiKind, DetectSection};

/// The fixed string the default hash key is derived from (see
/// `DetectSection::hash_key` for the trade-off).
const DEFAULT_HASH_KEY: &str = "promptwall/detect/hash-key/v1";

/// How many distinct member names one inspection remembers the engine's
/// answer for (bodies repeat `text`, `type`, `content`; beyond this the
/// engine is asked again).
const MAX_NAMES: usize = 32;

/// The name a JWK's `"d"` value is framed under (see `scan_segments`).
const JWK_FRAME: &[u8] = b"kty\":\"\",\"d";

/// Why a body could not be inspected.
#[derive(Debug, thiserror::Error)]
pub enum InspectError {
    /// The body could not be decoded (unknown coding, corrupt stream,
    /// decompression bomb, too large).
    #[error("decoding the body: {0}")]
    Decode(#[from] DecodeError),
    /// The configured rules do not compile (from [`Inspector::new`]).
    #[error("detection rules: {0}")]
    Rules(#[from] RuleError),
}

impl InspectError {
    /// Fixed metric label.
    pub fn kind(&self) -> &'static str {
        match self {
            InspectError::Decode(e) => e.kind(),
            InspectError::Rules(_) => "rules",
        }
    }
}

/// One thing found in a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable detector id, e.g. `aws_access_key_id`.
    pub detector: Arc<str>,
    pub category: Category,
    /// JSON pointer of the segment (`""` for a raw body).
    pub location: String,
    /// Byte range in the (decoded) body holding the value, JSON escapes
    /// included: replacing it with a JSON-safe redaction marker keeps the body
    /// valid JSON. For a base64 document it is the whole base64 string.
    pub start: usize,
    pub end: usize,
    /// 1-based line within the segment's unescaped text.
    pub line: u32,
    pub confidence: Confidence,
    /// A known documentation/example value, not a live credential.
    pub example: bool,
    /// Keyed hash of the value (HMAC-SHA256, first 8 bytes).
    pub hash: u64,
    /// The range is a whole JSON number (a card number sent unquoted), not
    /// text inside a string: its redaction marker brings its own quotes.
    pub bare: bool,
}

impl Finding {
    /// A JSON-safe redaction marker naming the detector and hash (a JSON
    /// string of its own where it replaces a bare number).
    pub fn redaction_marker(&self) -> String {
        let marker = format!("[REDACTED:{}:{:016x}]", self.detector, self.hash);
        if self.bare {
            format!("\"{marker}\"")
        } else {
            marker
        }
    }
}

/// Result of inspecting one body.
#[derive(Clone, Debug, Default)]
pub struct Inspection {
    pub findings: Vec<Finding>,
    /// The decoded body when it was compressed (redaction patches this);
    /// `None` when identity-encoded.
    pub decoded: Option<Vec<u8>>,
    /// The `model` of the request, from the body or the path.
    pub model: Option<String>,
    /// The shape the body was read as (`raw` when it was not JSON).
    pub shape: &'static str,
    pub segments_scanned: usize,
    pub segments_cached: usize,
    pub bytes_scanned: usize,
}

/// The shared, compiled inspection engine.
pub struct Inspector {
    engine: Engine,
    hash_key: hmac::Key,
    cache: Option<SegmentCache>,
    cache_min: usize,
}

impl std::fmt::Debug for Inspector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inspector")
            .field("engine", &self.engine)
            .field("cache", &self.cache.as_ref().map(SegmentCache::stats))
            .finish()
    }
}

// === impl Inspector ===

impl Inspector {
    /// Compiles the engine; the error names a bad custom rule.
    pub fn new(cfg: &DetectSection) -> Result<Inspector, InspectError> {
        let engine = Engine::new(cfg)?;
        let key_material = cfg.hash_key.as_deref().unwrap_or(DEFAULT_HASH_KEY);
        let hash_key = hmac::Key::new(hmac::HMAC_SHA256, key_material.as_bytes());
        let cache = (cfg.cache_max_bytes > 0).then(|| {
            SegmentCache::new(
                usize::try_from(cfg.cache_max_bytes).unwrap_or(usize::MAX),
                engine.version(),
            )
        });
        Ok(Inspector {
            engine,
            hash_key,
            cache,
            cache_min: cfg.cache_min_segment.max(1),
        })
    }

    /// The compiled engine (rule list, version).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The conversation-delta cache, if enabled.
    pub fn cache(&self) -> Option<&SegmentCache> {
        self.cache.as_ref()
    }

    /// Inspects one request body.
    ///
    /// `body` is the raw body as received, `content_encoding` the
    /// Content-Encoding header, `path` the request path (+query), which
    /// helps pick the API shape. Errors only when the body cannot be
    /// decoded; malformed JSON is scanned as raw text.
    pub fn inspect(
        &self,
        api: ApiKind,
        path: &str,
        content_encoding: Option<&str>,
        body: &[u8],
        limits: &DecodeLimits,
    ) -> Result<Inspection, InspectError> {
        let decoded = decode::decode(content_encoding, body, limits)?;
        let data = decoded.as_deref().unwrap_or(body);
        let ex = extract::extract_lazy(api, path, data);
        let mut out = Inspection {
            model: ex.model.clone(),
            shape: ex.shape.as_str(),
            ..Inspection::default()
        };
        out.findings = self.scan_segments(data, ex.segments, &mut out);
        out.decoded = decoded;
        Ok(out)
    }

    /// Inspects a body as plain text (no JSON walking): `promptwall scan`
    /// on source files.
    pub fn inspect_text(&self, text: &[u8]) -> Inspection {
        let ex = extract::raw(text);
        let mut out = Inspection {
            shape: ex.shape.as_str(),
            ..Inspection::default()
        };
        out.findings = self.scan_segments(text, ex.segments, &mut out);
        out
    }

    /// Scans segments, reusing cached results. The cache is keyed by the
    /// segment's *raw* bytes (so a hit needs no unescaping) and stores hits
    /// relative to the segment's raw start; identical raw bytes always give
    /// identical relative ranges and lines, wherever the segment sits.
    fn scan_segments(
        &self,
        data: &[u8],
        segments: Vec<Segment<'_>>,
        stats: &mut Inspection,
    ) -> Vec<Finding> {
        let mut findings = Vec::new();
        // Escaped strings are unescaped here, one at a time, into the same
        // buffers: scanned, mapped back, then overwritten by the next.
        let mut scratch = json::UnescapeBuf::default();
        // A named value framed as `"name": "value"`, and which names the
        // engine said introduce a finding (a body repeats a few names).
        let mut framed = Vec::new();
        let mut names: Vec<(Vec<u8>, bool)> = Vec::new();
        for seg in segments {
            let raw = data.get(seg.raw_start..seg.raw_end).unwrap_or_default();
            let bare = seg.map == extract::OffsetMap::Number;
            let name = seg.key.as_deref().filter(|n| {
                if let Some((_, yes)) = names.iter().find(|(k, _)| k.as_slice() == *n) {
                    return *yes;
                }
                let yes = self.engine.names_value(n);
                if names.len() < MAX_NAMES {
                    names.push((n.to_vec(), yes));
                }
                yes
            });
            // A JWK that is an object of the request itself: its `"d"` is
            // a string of its own, `"kty"` another (too short to be a
            // segment). With `"kty"` in the same object of the raw body,
            // the value is scanned as `"kty":"","d": "…"`, so the JWK rule
            // sees both (and the cache keys it by that name).
            let name = name.or_else(|| {
                (seg.key.as_deref() == Some(b"d")
                    && !bare
                    && detect::validate::jwk_has_kty(
                        data,
                        seg.raw_start.saturating_sub(1),
                        seg.raw_end.saturating_add(1),
                        detect::JWK_REACH,
                    ))
                .then_some(JWK_FRAME)
            });
            let cache = self.cache.as_ref().filter(|_| raw.len() >= self.cache_min);
            // Base64 documents and plain strings share raw bytes but not
            // coordinates, and a named value's findings depend on its
            // name: key them apart.
            let whole = seg.map == extract::OffsetMap::Whole;
            let key = cache.map(|c| {
                c.key(raw) ^ u128::from(whole) ^ name.map_or(0, |n| c.key(n).rotate_left(1))
            });
            let cached = cache.zip(key).and_then(|(c, k)| c.get(k));
            let hits: Arc<[CachedHit]> = match cached {
                Some(h) => {
                    stats.segments_cached += 1;
                    h
                }
                None => {
                    let text = seg.text_in(&mut scratch);
                    stats.segments_scanned += 1;
                    stats.bytes_scanned += text.len();
                    let hits = match name {
                        Some(n) => self.hits_named(n, text, bare, &mut framed),
                        None => self.hits_for(text),
                    };
                    let hits: Arc<[CachedHit]> = hits
                        .into_iter()
                        .map(|mut h| {
                            let (s, e) = seg.raw_range_in(&scratch, h.start, h.end);
                            h.start = s - seg.raw_start;
                            h.end = e - seg.raw_start;
                            h
                        })
                        .collect();
                    if let (Some(c), Some(k)) = (cache, key) {
                        c.insert(k, hits.clone());
                    }
                    hits
                }
            };
            for h in hits.iter() {
                findings.push(Finding {
                    detector: self.engine.rule_id(h.rule),
                    category: self.engine.rule_category(h.rule),
                    location: seg.pointer.clone(),
                    start: seg.raw_start + h.start,
                    end: seg.raw_start + h.end,
                    line: h.line,
                    confidence: h.confidence,
                    example: h.example,
                    hash: h.hash,
                    bare,
                });
            }
        }
        findings.sort_by(|a, b| (a.start, a.end, &a.detector).cmp(&(b.start, b.end, &b.detector)));
        findings
    }

    /// Hits for a value scanned as `"name": "value"` (`"name": value` for
    /// a bare number), in the value's own coordinates. Hits outside the
    /// value (in the name) are dropped: without the frame nothing would
    /// have reported them either.
    fn hits_named(
        &self,
        name: &[u8],
        text: &[u8],
        bare: bool,
        framed: &mut Vec<u8>,
    ) -> Vec<CachedHit> {
        framed.clear();
        framed.push(b'"');
        framed.extend_from_slice(name);
        framed.extend_from_slice(if bare { b"\": " } else { b"\": \"" });
        let start = framed.len();
        framed.extend_from_slice(text);
        if !bare {
            framed.push(b'"');
        }
        let end = start + text.len();
        let mut hits = self.hits_for(framed);
        hits.retain(|h| h.start >= start && h.end <= end);
        for h in &mut hits {
            h.start -= start;
            h.end -= start;
        }
        hits
    }

    /// Engine hits for a text, with line numbers and value hashes.
    fn hits_for(&self, text: &[u8]) -> Vec<CachedHit> {
        let hits = self.engine.scan(text);
        let mut out = Vec::with_capacity(hits.len());
        let mut line = 1u32;
        let mut line_pos = 0usize;
        for h in hits {
            // Hits are sorted by start; count newlines incrementally.
            if h.start >= line_pos {
                let seg = text.get(line_pos..h.start).unwrap_or_default();
                line = line.saturating_add(memchr::memchr_iter(b'\n', seg).count() as u32);
                line_pos = h.start;
            }
            let value = text.get(h.start..h.end).unwrap_or_default();
            out.push(CachedHit {
                rule: h.rule,
                start: h.start,
                end: h.end,
                line,
                confidence: h.confidence,
                example: h.example,
                hash: self.hash_value(&self.engine.rule_id(h.rule), value),
            });
        }
        out
    }

    /// Keyed hash of a found value, for correlation and redaction markers.
    pub fn hash_value(&self, detector: &str, value: &[u8]) -> u64 {
        let mut ctx = hmac::Context::with_key(&self.hash_key);
        ctx.update(detector.as_bytes());
        ctx.update(&[0]);
        ctx.update(value);
        let tag = ctx.sign();
        let mut b = [0u8; 8];
        for (dst, src) in b.iter_mut().zip(tag.as_ref()) {
            *dst = *src;
        }
        u64::from_be_bytes(b)
    }
}

#[cfg(test)]
mod tests;
