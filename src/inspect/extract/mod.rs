//! API-aware extraction: which text in a request body is inspected.
//!
//! The body is parsed with [`crate::inspect::json`] so that every string keeps
//! its raw byte range. Every string value is a [`Segment`] (so nothing in a
//! JSON body goes uninspected), and so is every long integer (a card number
//! sent as a JSON number), but each API kind knows its block types:
//! base64 images, audio and opaque signatures are skipped (they are not text
//! and would only produce noise), base64 `text/*` documents are decoded and
//! inspected, and the `model` field is picked up. A body that is not JSON is
//! one raw segment.
//!
//! One file per API kind holds its block rules; the walker here applies the
//! rules of the kind the catalogue names, or of every kind when the shape is
//! only known from the content (`generic`, `promptwall scan`).

mod anthropic;
mod bedrock;
mod container;
mod gemini;
mod generic;
mod openai;

use std::borrow::Cow;
use std::fmt::Write as _;

use base64::Engine as _;

use super::json::{self, Escape, StrRef, Value};
use crate::config::ApiKind;

/// Strings shorter than this cannot hold anything a detector reports.
const MIN_SEGMENT: usize = 6;

/// JSON integers with at least this many digits are inspected: the
/// shortest card number (13 digits) sent as a number, e.g. a tool result's
/// `"card_number": 4554…`. Shorter numbers (counts, ids, prices, epoch
/// seconds) cannot hold one, and most numbers in a body are short, so
/// they cost nothing.
const MIN_NUMBER_DIGITS: usize = 13;

/// The request shape, from the API kind, the path and the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    AnthropicMessages,
    OpenaiChat,
    OpenaiResponses,
    GeminiGenerate,
    BedrockConverse,
    /// JSON of no known shape: every string.
    GenericJson,
    /// One JSON document per line (OpenAI Batch input).
    Jsonl,
    /// `multipart/form-data` (file uploads): each part by its content.
    Multipart,
    /// Not JSON (or malformed JSON): the whole body as text.
    Raw,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::AnthropicMessages => "anthropic_messages",
            Shape::OpenaiChat => "openai_chat",
            Shape::OpenaiResponses => "openai_responses",
            Shape::GeminiGenerate => "gemini_generate",
            Shape::BedrockConverse => "bedrock_converse",
            Shape::GenericJson => "generic_json",
            Shape::Jsonl => "jsonl",
            Shape::Multipart => "multipart",
            Shape::Raw => "raw",
        }
    }
}

/// How segment text offsets map back to the raw body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OffsetMap {
    /// Text is the raw bytes.
    Identity,
    /// Text is the raw bytes of a JSON number (outside quotes): a
    /// redaction marker replacing it must bring its own quotes.
    Number,
    /// Text is unescaped JSON; the escapes say where offsets shift.
    Escapes(Vec<Escape>),
    /// Text was decoded from base64: any finding covers the whole raw range.
    Whole,
    /// Escaped JSON not unescaped yet (lazy extraction): `text` holds the
    /// raw bytes; [`Segment::text_in`] unescapes. The inspector unescapes
    /// only segments that miss the delta cache.
    Pending,
}

/// One piece of text to inspect.
#[derive(Clone, Debug)]
pub struct Segment<'a> {
    /// JSON pointer of the string (`""` for a raw body).
    pub pointer: String,
    /// Raw byte range of the string content (inside the quotes) in the body.
    pub raw_start: usize,
    pub raw_end: usize,
    /// Unescaped (or decoded) text.
    pub text: Cow<'a, [u8]>,
    pub map: OffsetMap,
    /// The name the value is assigned to in the JSON structure: its object
    /// member's key, or the `name` of a `{"name": …, "value": …}` pair
    /// (Kubernetes env lists, HAR headers). `{"db_password": "…"}` splits
    /// the keyword from its value into two strings; the inspector scans the
    /// value as `"db_password": "…"` when the engine says the name can
    /// introduce a finding.
    pub key: Option<Cow<'a, [u8]>>,
}

impl Segment<'_> {
    /// Raw body range for a text range.
    pub fn raw_range(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.map {
            OffsetMap::Identity | OffsetMap::Number => {
                (self.raw_start + start, self.raw_start + end)
            }
            OffsetMap::Escapes(esc) => (
                self.raw_start + json::map_start(esc, start),
                self.raw_start + json::map_end(esc, end),
            ),
            OffsetMap::Whole => (self.raw_start, self.raw_end),
            OffsetMap::Pending => {
                let u = json::unescape(&self.text);
                (
                    self.raw_start + json::map_start(&u.escapes, start),
                    self.raw_start + json::map_end(&u.escapes, end),
                )
            }
        }
    }

    /// The text to scan: a lazily extracted segment's raw bytes unescaped
    /// into `scratch` (one buffer reused for every segment of a body),
    /// otherwise the segment's own text.
    pub fn text_in<'s>(&'s self, scratch: &'s mut json::UnescapeBuf) -> &'s [u8] {
        if self.map == OffsetMap::Pending {
            scratch.fill(&self.text)
        } else {
            &self.text
        }
    }

    /// [`raw_range`](Self::raw_range) for a range of the text
    /// [`text_in`](Self::text_in) returned, `scratch` as that call left it
    /// (a pending segment's escapes are there, not unescaped again).
    pub fn raw_range_in(
        &self,
        scratch: &json::UnescapeBuf,
        start: usize,
        end: usize,
    ) -> (usize, usize) {
        match &self.map {
            OffsetMap::Pending => {
                let (s, e) = scratch.raw_range(&self.text, start, end);
                (self.raw_start + s, self.raw_start + e)
            }
            _ => self.raw_range(start, end),
        }
    }
}

/// Everything extracted from one body.
#[derive(Clone, Debug)]
pub struct Extraction<'a> {
    pub shape: Shape,
    pub segments: Vec<Segment<'a>>,
    pub model: Option<String>,
}

/// What a kind's block rule says about one JSON object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Special {
    /// Do not descend at all (an image block).
    pub skip_all: bool,
    /// Do not descend into this member (opaque data, signatures).
    pub skip_key: Option<&'static str>,
    /// This member is base64 of a text document: decode and inspect.
    pub base64_key: Option<&'static str>,
}

type Rule = fn(&[u8], &Value) -> Option<Special>;

/// Extracts the segments of `body` for `api` at `path`.
pub fn extract<'a>(api: ApiKind, path: &str, body: &'a [u8]) -> Extraction<'a> {
    extract_with(api, path, body, false)
}

/// Like [`extract`], but escaped strings are left [`OffsetMap::Pending`]
/// (resolve them before reading `text`).
pub fn extract_lazy<'a>(api: ApiKind, path: &str, body: &'a [u8]) -> Extraction<'a> {
    extract_with(api, path, body, true)
}

fn extract_with<'a>(api: ApiKind, path: &str, body: &'a [u8], lazy: bool) -> Extraction<'a> {
    let trimmed = body.iter().position(|c| !c.is_ascii_whitespace());
    let looks_json = matches!(trimmed.and_then(|i| body.get(i)), Some(b'{' | b'['));
    let root = if looks_json {
        json::parse(body).ok()
    } else {
        None
    };
    let Some(root) = root else {
        return containers(body, lazy);
    };
    let shape = shape_of(api, path, body, &root);
    let rules: &[Rule] = match api {
        ApiKind::Anthropic => &[anthropic::block, generic::block],
        ApiKind::Openai | ApiKind::AzureOpenai => &[openai::block, generic::block],
        ApiKind::Gemini => &[gemini::block, generic::block],
        ApiKind::Bedrock => &[bedrock::block, anthropic::block, generic::block],
        ApiKind::Generic => &[
            anthropic::block,
            openai::block,
            gemini::block,
            bedrock::block,
            generic::block,
        ],
    };
    let mut w = Walker {
        body,
        rules,
        out: Vec::new(),
        ptr: String::new(),
        lazy,
        key: None,
    };
    w.walk(&root);
    let model = match root.get_str(body, "model") {
        Some(m) => Some(String::from_utf8_lossy(&m).into_owned()),
        None => gemini::model_from_path(path).or_else(|| bedrock::model_from_path(path)),
    };
    Extraction {
        shape,
        segments: w.out,
        model,
    }
}

/// A body that is not one JSON value: JSONL, multipart, or raw text.
fn containers(body: &[u8], lazy: bool) -> Extraction<'_> {
    let boundary = container::multipart_boundary(body).map(<[u8]>::to_vec);
    let shape = match &boundary {
        Some(_) => Shape::Multipart,
        None if container::is_jsonl(body) => Shape::Jsonl,
        None => return raw(body),
    };
    let mut w = Walker {
        body,
        rules: container::ALL_RULES,
        out: Vec::new(),
        ptr: String::new(),
        lazy,
        key: None,
    };
    match &boundary {
        Some(b) => w.multipart(0, body, b, 0),
        None => w.jsonl(0, body, 0),
    }
    Extraction {
        shape,
        segments: w.out,
        model: None,
    }
}

/// The whole body as one raw segment.
pub fn raw(body: &[u8]) -> Extraction<'_> {
    Extraction {
        shape: Shape::Raw,
        segments: vec![Segment {
            pointer: String::new(),
            raw_start: 0,
            raw_end: body.len(),
            text: Cow::Borrowed(body),
            map: OffsetMap::Identity,
            key: None,
        }],
        model: None,
    }
}

fn shape_of(api: ApiKind, path: &str, body: &[u8], root: &Value) -> Shape {
    let has = |k: &str| root.get(body, k).is_some();
    let p = path.split('?').next().unwrap_or(path);
    match api {
        ApiKind::Anthropic => Shape::AnthropicMessages,
        ApiKind::Openai | ApiKind::AzureOpenai if p.ends_with("/responses") => {
            Shape::OpenaiResponses
        }
        ApiKind::Openai | ApiKind::AzureOpenai => Shape::OpenaiChat,
        ApiKind::Gemini => Shape::GeminiGenerate,
        ApiKind::Bedrock if p.ends_with("/converse") || p.ends_with("/converse-stream") => {
            Shape::BedrockConverse
        }
        ApiKind::Bedrock => Shape::AnthropicMessages,
        ApiKind::Generic => {
            if has("contents") {
                Shape::GeminiGenerate
            } else if has("input") || has("instructions") {
                Shape::OpenaiResponses
            } else if has("anthropic_version") || has("system") && has("messages") {
                Shape::AnthropicMessages
            } else if has("messages") {
                Shape::OpenaiChat
            } else {
                Shape::GenericJson
            }
        }
    }
}

struct Walker<'a, 'r> {
    body: &'a [u8],
    rules: &'r [Rule],
    out: Vec<Segment<'a>>,
    ptr: String,
    lazy: bool,
    /// The name of the member being walked, for the string or number it
    /// holds (taken by [`Walker::walk`], so nested values do not inherit it).
    key: Option<StrRef>,
}

/// Member names that pair with a sibling `value` member as its name.
const PAIR_NAMES: [&str; 4] = ["name", "key", "Name", "Key"];
/// The member holding a pair's value.
const PAIR_VALUES: [&str; 2] = ["value", "Value"];
/// Members that only hold their object's value: the name is the object's
/// (`"grafana_admin_password": {"sensitive": true, "value": "…"}` from
/// `terraform output -json`, `"api_key": {"constant_value": "…"}` in a
/// plan, a variable's `default`).
const HOLDER_NAMES: [&str; 6] = [
    "value",
    "Value",
    "constant_value",
    "sensitive_value",
    "default",
    "Default",
];

impl<'a> Walker<'a, '_> {
    fn walk(&mut self, v: &Value) {
        let key = self.key.take();
        match v {
            Value::Str(s) => self.string(*s, key),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = self.ptr.len();
                    self.ptr.push('/');
                    // Formatted into the pointer: no `to_string` per item.
                    let _ = write!(self.ptr, "{i}");
                    self.walk(item);
                    self.ptr.truncate(len);
                }
            }
            Value::Object(members) => {
                let parent = key;
                let special = self
                    .rules
                    .iter()
                    .find_map(|r| r(self.body, v))
                    .unwrap_or_default();
                if special.skip_all {
                    return;
                }
                // `{"name": "DB_PASSWORD", "value": "…"}`: the value's name
                // is the sibling's string, not `value`.
                let pair_name = pair_name(self.body, members);
                for (k, val) in members {
                    let len = self.ptr.len();
                    self.ptr.push('/');
                    let key = k.text(self.body);
                    push_key(&mut self.ptr, &key);
                    let is =
                        |name: Option<&str>| name.is_some_and(|n| key.as_ref() == n.as_bytes());
                    if is(special.skip_key) {
                        // opaque data: not text
                    } else if is(special.base64_key) {
                        if let Value::Str(s) = val {
                            self.base64(*s, None);
                        }
                    } else {
                        let pair_value = PAIR_VALUES.iter().any(|n| key.as_ref() == n.as_bytes());
                        let holder = HOLDER_NAMES.iter().any(|n| key.as_ref() == n.as_bytes());
                        self.key = match pair_name {
                            Some(name) if pair_value => Some(name),
                            _ if holder => parent.or(Some(*k)),
                            _ => Some(*k),
                        };
                        self.walk(val);
                    }
                    self.ptr.truncate(len);
                }
            }
            Value::Number { start, end } => self.number(*start, *end, key),
            Value::Null | Value::Bool(_) => {}
        }
    }

    /// A long plain integer (a card number sent as a JSON number) is a
    /// segment of its own raw digits; fractions, exponents and negative
    /// numbers are measurements, not identifiers.
    fn number(&mut self, start: usize, end: usize, key: Option<StrRef>) {
        let Some(raw) = self.body.get(start..end) else {
            return;
        };
        if raw.len() < MIN_NUMBER_DIGITS || !raw.iter().all(u8::is_ascii_digit) {
            return;
        }
        self.out.push(Segment {
            pointer: self.ptr.clone(),
            raw_start: start,
            raw_end: end,
            text: Cow::Borrowed(raw),
            map: OffsetMap::Number,
            key: key.map(|k| k.text(self.body)),
        });
    }

    fn string(&mut self, s: StrRef, key: Option<StrRef>) {
        if s.end - s.start < MIN_SEGMENT {
            return;
        }
        let raw = s.raw(self.body);
        // data: URLs carry images, audio or files; text ones are inspected.
        if raw.starts_with(b"data:") {
            if let Some(comma) = memchr::memchr(b',', raw) {
                let meta = raw.get(5..comma).unwrap_or_default();
                if meta.ends_with(b";base64") {
                    if is_text_mime(meta) {
                        let data = StrRef {
                            start: s.start + comma + 1,
                            end: s.end,
                            escaped: s.escaped,
                        };
                        self.base64(data, key);
                    }
                    return;
                }
            }
        }
        let (text, map) = if s.escaped && self.lazy {
            (Cow::Borrowed(raw), OffsetMap::Pending)
        } else if s.escaped {
            let u = json::unescape(raw);
            (Cow::Owned(u.text), OffsetMap::Escapes(u.escapes))
        } else {
            (Cow::Borrowed(raw), OffsetMap::Identity)
        };
        self.out.push(Segment {
            pointer: self.ptr.clone(),
            raw_start: s.start,
            raw_end: s.end,
            text,
            map,
            key: key.map(|k| k.text(self.body)),
        });
    }

    /// A base64 string holding a text document.
    fn base64(&mut self, s: StrRef, key: Option<StrRef>) {
        let text = s.text(self.body);
        let compact: Vec<u8> = text
            .iter()
            .copied()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(&compact)
            .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(&compact))
            .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(&compact));
        match decoded {
            Ok(d) => self.out.push(Segment {
                pointer: self.ptr.clone(),
                raw_start: s.start,
                raw_end: s.end,
                text: Cow::Owned(d),
                map: OffsetMap::Whole,
                key: None,
            }),
            // Not base64 after all: inspect it as it stands.
            Err(_) => self.string(
                StrRef {
                    start: s.start,
                    end: s.end,
                    escaped: s.escaped,
                },
                key,
            ),
        }
    }
}

/// The name of a `{"name": …, "value": …}` pair: the string under one of
/// [`PAIR_NAMES`] when a string member of [`PAIR_VALUES`] is there too
/// (one pass over the members; most objects have neither).
fn pair_name(body: &[u8], members: &[(StrRef, Value)]) -> Option<StrRef> {
    let mut name = None;
    let mut value = false;
    for (k, v) in members {
        let Value::Str(s) = v else {
            continue;
        };
        if PAIR_VALUES.iter().any(|n| k.eq_str(body, n)) {
            value = true;
        } else if name.is_none() && PAIR_NAMES.iter().any(|n| k.eq_str(body, n)) {
            name = Some(*s);
        }
    }
    name.filter(|_| value)
}

/// Appends an object key to a JSON pointer, `~` and `/` escaped (RFC
/// 6901), invalid UTF-8 replaced. Keys are short ASCII words: copied whole.
fn push_key(ptr: &mut String, key: &[u8]) {
    match std::str::from_utf8(key) {
        Ok(k) if !k.contains(['~', '/']) => ptr.push_str(k),
        _ => {
            for c in String::from_utf8_lossy(key).chars() {
                match c {
                    '~' => ptr.push_str("~0"),
                    '/' => ptr.push_str("~1"),
                    c => ptr.push(c),
                }
            }
        }
    }
}

/// `text/*`, JSON, XML, YAML, CSV and similar: worth decoding and inspecting.
pub(crate) fn is_text_mime(m: &[u8]) -> bool {
    let m = m.to_ascii_lowercase();
    m.starts_with(b"text/")
        || [
            &b"json"[..],
            b"xml",
            b"yaml",
            b"csv",
            b"javascript",
            b"x-sh",
            b"x-python",
            b"markdown",
            b"sql",
            b"toml",
        ]
        .iter()
        .any(|t| m.windows(t.len()).any(|w| w == *t))
}

/// The `type` member of an object, unescaped.
pub(crate) fn type_of<'a>(body: &'a [u8], v: &Value) -> Option<Cow<'a, [u8]>> {
    v.get_str(body, "type")
}

#[cfg(test)]
mod tests;
