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
    /// A number token's raw byte range (no quotes, no escapes).
    Number {
        start: usize,
        end: usize,
    },
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
    parse_with(body, crate::inspect::has_avx2())
}

/// [`parse`] with the portable string scan, for benches and tests.
#[doc(hidden)]
pub fn parse_scalar(body: &[u8]) -> Result<Value, JsonError> {
    parse_with(body, false)
}

fn parse_with(body: &[u8], avx2: bool) -> Result<Value, JsonError> {
    let mut p = Parser {
        b: body,
        i: 0,
        avx2,
    };
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
    /// Checked once per body: the feature test is an atomic load, and
    /// bodies have thousands of short strings.
    avx2: bool,
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
                Ok(Value::Number { start, end: self.i })
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
        let start = self.i + 1;
        let found = if self.avx2 {
            scan_string_fast(self.b, start)
        } else {
            scan_string_scalar(self.b, start)
        };
        match found {
            Ok((end, escaped)) => {
                self.i = end + 1;
                Ok(StrRef {
                    start,
                    end,
                    escaped,
                })
            }
            Err(e) => {
                self.i = self.b.len();
                Err(e)
            }
        }
    }
}

/// Finds the closing quote of the string whose content starts at `start`:
/// its index and whether the content holds a backslash. Unterminated
/// strings fail at the end of `b`.
#[doc(hidden)]
pub fn scan_string(b: &[u8], start: usize) -> Result<(usize, bool), JsonError> {
    if crate::inspect::has_avx2() {
        scan_string_fast(b, start)
    } else {
        scan_string_scalar(b, start)
    }
}

#[inline]
fn scan_string_fast(b: &[u8], start: usize) -> Result<(usize, bool), JsonError> {
    #[cfg(target_arch = "x86_64")]
    #[allow(unsafe_code)] // Calls the AVX2 loop; soundness below.
    {
        // SAFETY: only reached when the CPU reported AVX2 (`has_avx2`, or
        // the parser's copy of it), which is all `scan_string_avx2` needs.
        unsafe { scan_string_avx2(b, start) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        scan_string_scalar(b, start)
    }
}

/// The portable scan (the fallback, and the reference for tests).
#[doc(hidden)]
pub fn scan_string_scalar(b: &[u8], start: usize) -> Result<(usize, bool), JsonError> {
    // Jump from quote to quote: a quote preceded by an odd number of
    // backslashes is escaped. Embedded source code has an escape on every
    // line, so stopping at backslashes would be slow.
    let mut from = start;
    loop {
        let rest = b.get(from..).ok_or(JsonError::Syntax(b.len()))?;
        let Some(off) = memchr::memchr(b'"', rest) else {
            return Err(JsonError::Syntax(b.len()));
        };
        let q = from + off;
        let mut bs = 0;
        while q > start + bs && b.get(q - 1 - bs) == Some(&b'\\') {
            bs += 1;
        }
        if bs % 2 == 0 {
            let content = b.get(start..q).unwrap_or_default();
            let escaped = memchr::memchr(b'\\', content).is_some();
            return Ok((q, escaped));
        }
        from = q + 1;
    }
}

/// One pass over 32-byte blocks: the quote mask gives the candidates, the
/// backslash mask the `escaped` flag (the scalar scan needs a second pass).
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[allow(unsafe_code)] // SIMD loads; each block states why it is sound.
unsafe fn scan_string_avx2(b: &[u8], start: usize) -> Result<(usize, bool), JsonError> {
    use std::arch::x86_64::*;
    let quote = _mm256_set1_epi8(b'"' as i8);
    let bslash = _mm256_set1_epi8(b'\\' as i8);
    let p = b.as_ptr();
    let mut escaped = false;
    let mut i = start;
    // Long strings (embedded files) a 64-byte block at a time: one branch
    // per block, and the backslashes of the blocks passed only OR-ed into
    // a vector (tested once at the end).
    let mut seen = _mm256_setzero_si256();
    while i + 64 <= b.len() {
        // SAFETY: i + 64 <= b.len(), so both 32-byte loads stay inside
        // `b`; unaligned loads allow any address.
        let (v0, v1) = unsafe {
            (
                _mm256_loadu_si256(p.add(i).cast::<__m256i>()),
                _mm256_loadu_si256(p.add(i + 32).cast::<__m256i>()),
            )
        };
        let s0 = _mm256_cmpeq_epi8(v0, bslash);
        let s1 = _mm256_cmpeq_epi8(v1, bslash);
        let q = u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, quote)) as u32)
            | u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v1, quote)) as u32) << 32;
        if q != 0 {
            let s = u64::from(_mm256_movemask_epi8(s0) as u32)
                | u64::from(_mm256_movemask_epi8(s1) as u32) << 32;
            let mut m = q;
            while m != 0 {
                let k = m.trailing_zeros() as usize;
                m &= m - 1;
                let at = i + k;
                let mut bs = 0;
                while at > start + bs && b.get(at - 1 - bs) == Some(&b'\\') {
                    bs += 1;
                }
                if bs % 2 == 0 {
                    // Backslashes before the quote: earlier blocks, then
                    // this one.
                    escaped = _mm256_movemask_epi8(seen) != 0 || s & ((1u64 << k) - 1) != 0;
                    return Ok((at, escaped));
                }
            }
        }
        seen = _mm256_or_si256(seen, _mm256_or_si256(s0, s1));
        i += 64;
    }
    escaped |= _mm256_movemask_epi8(seen) != 0;
    while i + 32 <= b.len() {
        // SAFETY: i + 32 <= b.len(), so the 32-byte load stays inside `b`;
        // unaligned loads allow any address.
        let v = unsafe { _mm256_loadu_si256(p.add(i).cast::<__m256i>()) };
        let q = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, quote)) as u32;
        let s = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, bslash)) as u32;
        // Quotes are rarer than backslashes in source code: visit the
        // quotes only, counting the backslashes before each (an odd run
        // escapes it), as the scalar scan does.
        let mut m = q;
        while m != 0 {
            let k = m.trailing_zeros() as usize;
            m &= m - 1;
            let at = i + k;
            let mut bs = 0;
            while at > start + bs && b.get(at - 1 - bs) == Some(&b'\\') {
                bs += 1;
            }
            if bs % 2 == 0 {
                // Backslashes before the quote in this block.
                escaped |= s & ((1u32 << k) - 1) != 0;
                return Ok((at, escaped));
            }
        }
        escaped |= s != 0;
        i += 32;
    }
    // The last < 32 bytes: the same test a byte at time.
    while let Some(&c) = b.get(i) {
        if c == b'"' {
            let mut bs = 0;
            while i > start + bs && b.get(i - 1 - bs) == Some(&b'\\') {
                bs += 1;
            }
            if bs % 2 == 0 {
                return Ok((i, escaped));
            }
        }
        escaped |= c == b'\\';
        i += 1;
    }
    Err(JsonError::Syntax(b.len()))
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
    let mut out = Unescaped::default();
    unescape_to(raw, &mut out);
    out
}

/// [`unescape`] into `out`, replacing its contents but keeping its
/// buffers: the inspector unescapes every segment into one scratch
/// [`Unescaped`], so the text is written to memory that is already mapped
/// and cached instead of a fresh allocation per string.
pub fn unescape_to(raw: &[u8], out: &mut Unescaped) {
    out.text.clear();
    out.escapes.clear();
    #[cfg(target_arch = "x86_64")]
    #[allow(unsafe_code)] // Calls the AVX2 loop; soundness below.
    if crate::inspect::has_avx2() {
        // SAFETY: the CPU reported AVX2 support, all `unescape_avx2` needs.
        return unsafe { unescape_avx2(raw, out) };
    }
    unescape_scalar_to(raw, out)
}

/// The portable [`unescape`] (the fallback, and the reference for tests).
#[doc(hidden)]
pub fn unescape_scalar(raw: &[u8]) -> Unescaped {
    let mut out = Unescaped::default();
    unescape_scalar_to(raw, &mut out);
    out
}

/// [`unescape_scalar`] appending to `out` (empty on entry).
fn unescape_scalar_to(raw: &[u8], out: &mut Unescaped) {
    out.text.reserve(raw.len());
    // Source code has an escape every few dozen bytes.
    out.escapes.reserve(raw.len() / 32);
    unescape_into(raw, 0, &mut out.text, &mut out.escapes);
}

/// Unescapes `raw[i..]`, appending to `text` and `escapes` (positions are
/// relative to `raw` and to the start of `text`).
fn unescape_into(raw: &[u8], mut i: usize, text: &mut Vec<u8>, escapes: &mut Vec<Escape>) {
    while i < raw.len() {
        // Copy up to the next backslash. Embedded source has one on every
        // line, so the gaps are short: a word at a time beats a `memchr`
        // call plus a `memcpy` call per gap.
        i = copy_plain(raw, i, text);
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
        let (consumed, out) = decode_escape(raw, i);
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
}

/// The escape at `raw[i]` (a backslash): raw bytes consumed and the
/// character it stands for; `(1, None)` when invalid (kept literally).
#[inline]
fn decode_escape(raw: &[u8], i: usize) -> (usize, Option<char>) {
    match raw.get(i + 1) {
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
    }
}

/// Byte a one-byte escape (`\n`, `\"`, ...) stands for, by the byte after
/// the backslash; 0 for the others (`\u`, invalid). A table load instead
/// of a compare chain: which of them comes next is unpredictable.
static SIMPLE: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'n' as usize] = b'\n';
    t[b't' as usize] = b'\t';
    t[b'r' as usize] = b'\r';
    t[b'b' as usize] = 0x08;
    t[b'f' as usize] = 0x0c;
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t[b'/' as usize] = b'/';
    t
};

/// [`unescape`] with AVX2. One backslash mask per 32-byte block; each
/// escape in it costs a tzcnt, a 32-byte copy of the plain bytes before it
/// (a whole vector is stored, the output position advances only past the
/// plain bytes) and a table lookup. No load depends on the previous escape,
/// so the escapes of a block overlap in the pipeline.
///
/// `out` must be empty on entry (its buffers are reused).
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[allow(unsafe_code)] // SIMD loads and stores; each block states why it is sound.
unsafe fn unescape_avx2(raw: &[u8], out: &mut Unescaped) {
    use std::arch::x86_64::*;
    /// Most escapes that start in one 32-byte block (each takes >= 2 bytes).
    const PER_BLOCK: usize = 16;
    let n = raw.len();
    let Unescaped { text, escapes } = out;
    // Start from empty buffers whatever the caller left: the invariants
    // below count from 0.
    text.clear();
    escapes.clear();
    // Text is never longer than raw (no escape grows), and 32 bytes of
    // slack take the whole-vector stores.
    text.reserve(n + 64);
    // Source code has an escape every ~20 bytes: no regrowth on it.
    escapes.reserve(n / 16 + 2 * PER_BLOCK);
    let bslash = _mm256_set1_epi8(b'\\' as i8);
    let src = raw.as_ptr();
    let dst = text.as_mut_ptr();
    // Written through a pointer: `push` keeps the length in memory, a
    // store-to-load chain per escape.
    let mut esc = escapes.as_mut_ptr();
    let mut e = 0usize;
    // Invariants: raw[..pos] is done, its text is dst[..o] (initialised)
    // and its escapes esc[..e] (initialised); o <= pos <= n (no escape
    // grows); at the top of each block i <= pos <= i + 11.
    let (mut i, mut pos, mut o) = (0usize, 0usize, 0usize);
    // One escape, the backslash at `$b` followed by the byte `$next`: its
    // text to dst[o..] (at most 4 bytes) and its record to esc[e]; then
    // pos, o and e move past it. Both loops use it; the caller states why
    // the writes are in bounds.
    macro_rules! escape {
        ($b:expr, $next:expr) => {{
            let b = $b;
            let c = SIMPLE[$next as usize];
            if c != 0 {
                // SAFETY: see the caller (one byte at o, one record at e).
                unsafe {
                    dst.add(o).write(c);
                    esc.add(e).write(Escape {
                        text_pos: o as u32,
                        raw_pos: b as u32,
                        raw_len: 2,
                        text_len: 1,
                    });
                }
                e += 1;
                o += 1;
                pos = b + 2;
            } else {
                let (consumed, out) = decode_escape(raw, b);
                let mut buf = [b'\\', 0, 0, 0];
                let len = match out {
                    Some(ch) => {
                        let len = ch.encode_utf8(&mut buf).len();
                        // SAFETY: see the caller (one record at e).
                        unsafe {
                            esc.add(e).write(Escape {
                                text_pos: o as u32,
                                raw_pos: b as u32,
                                raw_len: consumed as u8,
                                text_len: len as u8,
                            })
                        };
                        e += 1;
                        len
                    }
                    None => 1,
                };
                // SAFETY: see the caller (4 bytes at o); `len` <= `consumed`
                // keeps o <= pos.
                unsafe { dst.add(o).cast::<[u8; 4]>().write_unaligned(buf) };
                o += len;
                pos = b + consumed;
            }
        }};
    }
    // Long strings 64 bytes at a time: the same steps on a 64-bit mask,
    // each gap copied as two vectors. Source code has ~3 escapes per 64
    // bytes, and how many varies: the loop over them ends in a
    // mispredicted branch about once per block, half as often as with
    // 32-byte blocks.
    while i + 128 <= n {
        if escapes.capacity() - e < 2 * PER_BLOCK {
            // SAFETY: esc[..e] is initialised (invariant).
            unsafe { escapes.set_len(e) };
            escapes.reserve(2 * PER_BLOCK);
            esc = escapes.as_mut_ptr();
        }
        // SAFETY: i + 64 <= n: both loads are inside `raw`.
        let (v0, v1) = unsafe {
            (
                _mm256_loadu_si256(src.add(i).cast::<__m256i>()),
                _mm256_loadu_si256(src.add(i + 32).cast::<__m256i>()),
            )
        };
        let mask = u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, bslash)) as u32)
            | u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v1, bslash)) as u32) << 32;
        // An escape from the previous block may reach into this one
        // (pos - i <= 11).
        let mut m = mask & (u64::MAX << (pos - i));
        while m != 0 {
            let b = i + m.trailing_zeros() as usize;
            // SAFETY: i <= pos <= b < i + 64, so the loads end before
            // i + 128 <= n; the stores end at o + 64 <= pos + 64 <= n + 64
            // <= capacity. Unaligned loads and stores allow any address.
            unsafe {
                let p0 = _mm256_loadu_si256(src.add(pos).cast::<__m256i>());
                let p1 = _mm256_loadu_si256(src.add(pos + 32).cast::<__m256i>());
                _mm256_storeu_si256(dst.add(o).cast::<__m256i>(), p0);
                _mm256_storeu_si256(dst.add(o + 32).cast::<__m256i>(), p1);
            }
            o += b - pos;
            // SAFETY: b + 1 < i + 64 < n. The escape's writes: o <= b < n,
            // so 4 bytes at o end before n + 4 <= capacity; e < capacity:
            // at most 2 * PER_BLOCK escapes start in this block and the
            // capacity left was checked above.
            escape!(b, unsafe { *src.add(b + 1) });
            // Backslashes inside the escape (`\\\\`) are not escapes.
            m &= u64::MAX.checked_shl((pos - i) as u32).unwrap_or(0);
        }
        // The plain bytes after the last escape (none when it ran past the
        // block): `start` keeps the loads in bounds either way.
        let start = pos.min(i + 64);
        // SAFETY: start <= i + 64, so the loads end at start + 64 <=
        // i + 128 <= n; the stores end at o + 64 <= n + 64 <= capacity.
        unsafe {
            let p0 = _mm256_loadu_si256(src.add(start).cast::<__m256i>());
            let p1 = _mm256_loadu_si256(src.add(start + 32).cast::<__m256i>());
            _mm256_storeu_si256(dst.add(o).cast::<__m256i>(), p0);
            _mm256_storeu_si256(dst.add(o + 32).cast::<__m256i>(), p1);
        }
        o += i + 64 - start;
        pos = pos.max(i + 64);
        i += 64;
    }
    while i + 64 <= n {
        if escapes.capacity() - e < PER_BLOCK {
            // SAFETY: esc[..e] is initialised (invariant).
            unsafe { escapes.set_len(e) };
            escapes.reserve(PER_BLOCK);
            esc = escapes.as_mut_ptr();
        }
        // SAFETY: i + 32 <= n: the load is inside `raw`.
        let v = unsafe { _mm256_loadu_si256(src.add(i).cast::<__m256i>()) };
        let mask = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, bslash)) as u32;
        // An escape from the previous block may reach into this one
        // (pos - i <= 11).
        let mut m = u64::from(mask) & (u64::MAX << (pos - i));
        while m != 0 {
            let b = i + m.trailing_zeros() as usize;
            // SAFETY: i <= pos <= b < i + 32, so the load ends before
            // i + 64 <= n; the store ends at o + 32 <= pos + 32 <= n + 32
            // <= capacity. Unaligned loads and stores allow any address.
            unsafe {
                let plain = _mm256_loadu_si256(src.add(pos).cast::<__m256i>());
                _mm256_storeu_si256(dst.add(o).cast::<__m256i>(), plain);
            }
            o += b - pos;
            // The escape's writes as above, with at most PER_BLOCK escapes
            // starting in a 32-byte block.
            escape!(b, raw.get(b + 1).copied().unwrap_or(0));
            // Backslashes inside the escape (`\\\\`) are not escapes.
            m &= u64::MAX << (pos - i);
        }
        // The plain bytes after the last escape (none when it ran past the
        // block): `start` keeps the load in bounds either way.
        let start = pos.min(i + 32);
        // SAFETY: start <= i + 32, so the load ends at start + 32 <= i + 64
        // <= n; the store ends at o + 32 <= n + 32 <= capacity.
        unsafe {
            let plain = _mm256_loadu_si256(src.add(start).cast::<__m256i>());
            _mm256_storeu_si256(dst.add(o).cast::<__m256i>(), plain);
        }
        o += i + 32 - start;
        pos = pos.max(i + 32);
        i += 32;
    }
    // SAFETY: esc[..e] is initialised (invariant).
    unsafe { escapes.set_len(e) };
    // The last < 64 bytes: a block at a time, reloading after each escape.
    let mut i = pos;
    while i + 32 <= n {
        // SAFETY: i + 32 <= n, so the load stays inside `raw`; o <= i, so
        // the store ends at o + 32 <= n + 32 <= capacity.
        let v = unsafe { _mm256_loadu_si256(src.add(i).cast::<__m256i>()) };
        unsafe { _mm256_storeu_si256(dst.add(o).cast::<__m256i>(), v) };
        let m = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, bslash)) as u32;
        if m == 0 {
            i += 32;
            o += 32;
            continue;
        }
        // dst[o..o + k] was just stored and is kept.
        let k = m.trailing_zeros() as usize;
        i += k;
        o += k;
        let (consumed, out) = decode_escape(raw, i);
        let mut buf = [b'\\', 0, 0, 0];
        let len = match out {
            Some(ch) => {
                let len = ch.encode_utf8(&mut buf).len();
                escapes.push(Escape {
                    text_pos: o as u32,
                    raw_pos: i as u32,
                    raw_len: consumed as u8,
                    text_len: len as u8,
                });
                len
            }
            None => 1,
        };
        // SAFETY: o <= i < n, so the 4 bytes end at o + 4 <= n + 3 <
        // capacity; `len` <= `consumed` keeps o <= i.
        unsafe { dst.add(o).cast::<[u8; 4]>().write_unaligned(buf) };
        i += consumed;
        o += len;
    }
    // SAFETY: dst[..o] is initialised and o <= capacity (invariants above).
    unsafe { text.set_len(o) };
    unescape_into(raw, i, text, escapes);
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
