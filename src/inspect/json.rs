//! A small JSON parser that keeps raw byte ranges.
//!
//! serde_json gives values but not where they came from; redaction patches
//! the raw body, so every string must know its exact byte range. This parser
//! builds a tree whose strings are ranges into the body (unescaped only when
//! a detector needs the text) and unescapes with an offset map back to raw
//! bytes. It is lenient about control characters inside strings (clients do
//! send them) but strict about structure: a body it cannot parse is scanned
//! as raw text instead.

use std::borrow::Cow;

/// Deepest nesting accepted; deeper bodies are scanned as raw text.
const MAX_DEPTH: usize = 512;

/// Why a body is not JSON.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// Unexpected byte or end of input at this offset.
    #[error("malformed JSON at byte {0}")]
    Syntax(usize),
    /// Nesting deeper than the parser accepts.
    #[error("JSON nested deeper than {MAX_DEPTH}")]
    TooDeep,
}

/// A string's raw content range (between the quotes) in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrRef {
    pub start: usize,
    pub end: usize,
    pub escaped: bool,
}

impl StrRef {
    /// Raw bytes between the quotes.
    pub fn raw<'a>(&self, body: &'a [u8]) -> &'a [u8] {
        body.get(self.start..self.end).unwrap_or_default()
    }

    /// Unescaped text; borrowed when the string has no escapes.
    pub fn text<'a>(&self, body: &'a [u8]) -> Cow<'a, [u8]> {
        if self.escaped {
            Cow::Owned(unescape(self.raw(body)).text)
        } else {
            Cow::Borrowed(self.raw(body))
        }
    }

    /// True when the unescaped text equals `s` (cheap for unescaped keys).
    pub fn eq_str(&self, body: &[u8], s: &str) -> bool {
        if self.escaped {
            unescape(self.raw(body)).text == s.as_bytes()
        } else {
            self.raw(body) == s.as_bytes()
        }
    }
}

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number,
    Str(StrRef),
    Array(Vec<Value>),
    Object(Vec<(StrRef, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, body: &[u8], key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members
                .iter()
                .find(|(k, _)| k.eq_str(body, key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The member `key` when it is a string, unescaped.
    pub fn get_str<'a>(&self, body: &'a [u8], key: &str) -> Option<Cow<'a, [u8]>> {
        match self.get(body, key) {
            Some(Value::Str(s)) => Some(s.text(body)),
            _ => None,
        }
    }
}

/// Parses a whole body; trailing whitespace only.
pub fn parse(body: &[u8]) -> Result<Value, JsonError> {
    let mut p = Parser { b: body, i: 0 };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i != body.len() {
        return Err(JsonError::Syntax(p.i));
    }
    Ok(v)
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn err(&self) -> JsonError {
        JsonError::Syntax(self.i)
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::TooDeep);
        }
        match self.peek().ok_or_else(|| self.err())? {
            b'"' => Ok(Value::Str(self.string()?)),
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Value::Object(members));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err());
                    }
                    let k = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.err());
                    }
                    self.i += 1;
                    self.ws();
                    let v = self.value(depth + 1)?;
                    members.push((k, v));
                    if self.closes(b'}')? {
                        return Ok(Value::Object(members));
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    self.ws();
                    items.push(self.value(depth + 1)?);
                    if self.closes(b']')? {
                        return Ok(Value::Array(items));
                    }
                }
            }
            b't' => self.lit(b"true", Value::Bool(true)),
            b'f' => self.lit(b"false", Value::Bool(false)),
            b'n' => self.lit(b"null", Value::Null),
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                while let Some(c) = self.peek() {
                    if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E') {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                if self.i == start {
                    return Err(self.err());
                }
                Ok(Value::Number)
            }
            _ => Err(self.err()),
        }
    }

    /// After a member or item: `,` (more follow: false) or the closing
    /// bracket (true), both consumed.
    fn closes(&mut self, close: u8) -> Result<bool, JsonError> {
        self.ws();
        match self.peek() {
            Some(b',') => {
                self.i += 1;
                Ok(false)
            }
            Some(c) if c == close => {
                self.i += 1;
                Ok(true)
            }
            _ => Err(self.err()),
        }
    }

    fn lit(&mut self, word: &[u8], v: Value) -> Result<Value, JsonError> {
        if self.b.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err())
        }
    }

    /// At an opening quote; returns the content range.
    fn string(&mut self) -> Result<StrRef, JsonError> {
        self.i += 1;
        let start = self.i;
        // Jump from quote to quote: a quote preceded by an odd number of
        // backslashes is escaped. Embedded source code has an escape on
        // every line, so stopping at backslashes would be slow.
        let mut from = start;
        loop {
            let rest = self.b.get(from..).ok_or_else(|| self.err())?;
            let Some(off) = memchr::memchr(b'"', rest) else {
                self.i = self.b.len();
                return Err(self.err());
            };
            let q = from + off;
            let mut bs = 0;
            while q > start + bs && self.b.get(q - 1 - bs) == Some(&b'\\') {
                bs += 1;
            }
            if bs % 2 == 0 {
                let content = self.b.get(start..q).unwrap_or_default();
                let escaped = memchr::memchr(b'\\', content).is_some();
                self.i = q + 1;
                return Ok(StrRef {
                    start,
                    end: q,
                    escaped,
                });
            }
            from = q + 1;
        }
    }
}

/// One escape sequence: where it sits in the raw string and what it became.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escape {
    pub text_pos: u32,
    pub raw_pos: u32,
    pub raw_len: u8,
    pub text_len: u8,
}

/// Unescaped text plus the map back to raw offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unescaped {
    pub text: Vec<u8>,
    pub escapes: Vec<Escape>,
}

/// Unescapes JSON string content (without quotes). Invalid escapes are kept
/// literally and lone surrogates become U+FFFD, so this never fails.
pub fn unescape(raw: &[u8]) -> Unescaped {
    let mut text = Vec::with_capacity(raw.len());
    // Source code has an escape every few dozen bytes.
    let mut escapes = Vec::with_capacity(raw.len() / 32);
    let mut i = 0;
    while i < raw.len() {
        // Copy up to the next backslash. Embedded source has one on every
        // line, so the gaps are short: a word at a time beats a `memchr`
        // call plus a `memcpy` call per gap.
        i = copy_plain(raw, i, &mut text);
        if i >= raw.len() {
            break;
        }
        let text_pos = text.len();
        // The escapes source code is full of: one byte out, no UTF-8.
        let simple = match raw.get(i + 1) {
            Some(b'n') => Some(b'\n'),
            Some(b't') => Some(b'\t'),
            Some(b'r') => Some(b'\r'),
            Some(b'"') => Some(b'"'),
            Some(b'\\') => Some(b'\\'),
            Some(b'/') => Some(b'/'),
            _ => None,
        };
        if let Some(c) = simple {
            text.push(c);
            escapes.push(Escape {
                text_pos: text_pos as u32,
                raw_pos: i as u32,
                raw_len: 2,
                text_len: 1,
            });
            i += 2;
            continue;
        }
        let (consumed, out): (usize, Option<char>) = match raw.get(i + 1) {
            Some(b'n') => (2, Some('\n')),
            Some(b't') => (2, Some('\t')),
            Some(b'r') => (2, Some('\r')),
            Some(b'b') => (2, Some('\u{8}')),
            Some(b'f') => (2, Some('\u{c}')),
            Some(b'"') => (2, Some('"')),
            Some(b'\\') => (2, Some('\\')),
            Some(b'/') => (2, Some('/')),
            Some(b'u') => match hex4(raw, i + 2) {
                Some(hi @ 0xD800..=0xDBFF) => {
                    let lo = if raw.get(i + 6) == Some(&b'\\') && raw.get(i + 7) == Some(&b'u') {
                        hex4(raw, i + 8)
                    } else {
                        None
                    };
                    match lo {
                        Some(lo @ 0xDC00..=0xDFFF) => {
                            let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            (12, Some(char::from_u32(cp).unwrap_or('\u{FFFD}')))
                        }
                        _ => (6, Some('\u{FFFD}')),
                    }
                }
                Some(cp) => (6, Some(char::from_u32(cp).unwrap_or('\u{FFFD}'))),
                None => (1, None),
            },
            _ => (1, None),
        };
        match out {
            Some(c) => {
                let mut buf = [0u8; 4];
                let s = c.encode_utf8(&mut buf);
                text.extend_from_slice(s.as_bytes());
                escapes.push(Escape {
                    text_pos: text_pos as u32,
                    raw_pos: i as u32,
                    raw_len: consumed as u8,
                    text_len: s.len() as u8,
                });
            }
            None => text.push(b'\\'),
        }
        i += consumed;
    }
    Unescaped { text, escapes }
}

/// Appends `raw[i..]` up to (not including) the next backslash to `text`;
/// returns the backslash's index (or `raw.len()`).
#[inline]
fn copy_plain(raw: &[u8], mut i: usize, text: &mut Vec<u8>) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    while let Some(chunk) = raw.get(i..i + 8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        // Zero-byte test on the word XOR backslashes: the lowest set high
        // bit marks the first backslash exactly.
        let x = u64::from_le_bytes(b) ^ (ONES * u64::from(b'\\'));
        let t = x.wrapping_sub(ONES) & !x & (ONES << 7);
        // Always append the whole word (a fixed-size copy), then cut back.
        text.extend_from_slice(&b);
        if t != 0 {
            let keep = (t.trailing_zeros() / 8) as usize;
            text.truncate(text.len() - 8 + keep);
            return i + keep;
        }
        i += 8;
    }
    while let Some(&c) = raw.get(i) {
        if c == b'\\' {
            return i;
        }
        text.push(c);
        i += 1;
    }
    i
}

fn hex4(raw: &[u8], at: usize) -> Option<u32> {
    let h = raw.get(at..at + 4)?;
    let s = std::str::from_utf8(h).ok()?;
    u32::from_str_radix(s, 16).ok()
}

/// Maps offsets in unescaped text back to offsets in the raw string content.
/// A range that touches part of an escape is widened to the whole escape, so
/// patching the raw range never splits an escape sequence.
pub fn map_start(escapes: &[Escape], pos: usize) -> usize {
    let idx = escapes.partition_point(|e| e.text_pos as usize <= pos);
    match idx.checked_sub(1).and_then(|i| escapes.get(i)) {
        None => pos,
        Some(e) => {
            let (tp, tl, rp, rl) = (
                e.text_pos as usize,
                e.text_len as usize,
                e.raw_pos as usize,
                e.raw_len as usize,
            );
            if pos < tp + tl {
                rp
            } else {
                rp + rl + (pos - tp - tl)
            }
        }
    }
}

/// Like [`map_start`] for an exclusive end offset.
pub fn map_end(escapes: &[Escape], pos: usize) -> usize {
    let idx = escapes.partition_point(|e| (e.text_pos as usize) < pos);
    match idx.checked_sub(1).and_then(|i| escapes.get(i)) {
        None => pos,
        Some(e) => {
            let (tp, tl, rp, rl) = (
                e.text_pos as usize,
                e.text_len as usize,
                e.raw_pos as usize,
                e.raw_len as usize,
            );
            if pos <= tp + tl {
                rp + rl
            } else {
                rp + rl + (pos - tp - tl)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_with_ranges() {
        let body = br#"{"a": ["x\"y", 1, true, null, {"b": "c"}]}"#;
        let v = parse(body).expect("parse");
        let Some(Value::Array(items)) = v.get(body, "a") else {
            panic!("no array")
        };
        let Value::Str(s) = items[0] else { panic!() };
        assert_eq!(s.raw(body), br#"x\"y"#);
        assert_eq!(&*s.text(body), b"x\"y");
        assert!(parse(b"{\"a\":}").is_err());
        assert!(parse(b"{\"a\":1} x").is_err());
        assert!(parse(&b"[".repeat(2000)).is_err());
    }

    #[test]
    fn unescape_and_map() {
        let raw = br#"a\nb\u00e9c\ud83d\ude00d\\"#;
        let u = unescape(raw);
        assert_eq!(u.text, "a\nbéc😀d\\".as_bytes());
        // 'c' is at text 5 (a,\n,b,é(2)) -> raw 10
        assert_eq!(map_start(&u.escapes, 5), 10);
        // 'd' after the emoji: text 10 -> raw 23
        assert_eq!(map_start(&u.escapes, 10), 23);
        // a range ending inside the emoji widens to its end
        assert_eq!(map_end(&u.escapes, 7), 23);
        assert_eq!(map_end(&u.escapes, 1), 1);
        assert_eq!(map_end(&u.escapes, 2), 3);
        let lone = unescape(br#"\ud800x"#);
        assert_eq!(lone.text, "\u{FFFD}x".as_bytes());
    }
}
