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
    // a vector (tested once at the end). Which quotes are escaped comes
    // from the backslash mask by bit arithmetic ([`escape_starts`]):
    // embedded source has escaped quotes on most lines, and walking back
    // from each one was a branch per quote.
    let mut seen = _mm256_setzero_si256();
    // 1 when the block's first byte is escaped (by a backslash ending the
    // previous block); the content starts after the opening quote.
    let mut carry = 0u64;
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
        let s = u64::from(_mm256_movemask_epi8(s0) as u32)
            | u64::from(_mm256_movemask_epi8(s1) as u32) << 32;
        let starts = escape_starts(s, carry);
        let closing = q & !(starts << 1 | carry);
        if closing != 0 {
            let k = closing.trailing_zeros() as usize;
            // Backslashes before the quote: earlier blocks, then this one.
            escaped = _mm256_movemask_epi8(seen) != 0 || s & ((1u64 << k) - 1) != 0;
            return Ok((i + k, escaped));
        }
        carry = starts >> 63;
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
/// Every escape is recorded: for the few strings extracted eagerly (tests,
/// keys), and as the portable reference of [`UnescapeBuf`], the
/// inspector's hot path.
pub fn unescape(raw: &[u8]) -> Unescaped {
    let mut out = Unescaped {
        text: Vec::with_capacity(raw.len()),
        // Source code has an escape every few dozen bytes.
        escapes: Vec::with_capacity(raw.len() / 32),
    };
    push_units(raw, 0, raw.len(), &mut out.text, Some(&mut out.escapes));
    out
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

/// A point where raw and unescaped offsets correspond: a unit (a plain byte
/// or a whole escape) starts at `raw`, and its text at `text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Mark {
    raw: u32,
    text: u32,
}

/// Raw bytes between two [`Mark`]s: one vector block.
const MARK_EVERY: usize = 64;

/// Which loop [`UnescapeBuf::fill_via`] runs: the best the CPU has, AVX2
/// without AVX-512, or none.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FillPath {
    Best,
    Avx2,
    Scalar,
}

/// One string at a time unescaped into reused buffers: the text, and a
/// coarse map back to raw offsets, a [`Mark`] about every 64 raw bytes.
/// The few offsets a finding needs are refined by decoding forward from
/// the nearest mark. Recording every escape instead (as [`Unescaped`]
/// does) takes a loop over each block's escapes whose length varies, and
/// its mispredicted exit cost more than the copying: source code has an
/// escape every ~20 bytes.
#[derive(Clone, Debug, Default)]
pub struct UnescapeBuf {
    text: Vec<u8>,
    marks: Vec<Mark>,
}

impl UnescapeBuf {
    /// Unescapes JSON string content (without quotes), replacing what the
    /// buffer held; the same text as [`unescape`].
    pub fn fill(&mut self, raw: &[u8]) -> &[u8] {
        self.fill_via(raw, FillPath::Best)
    }

    /// [`fill`](Self::fill) by a chosen loop (a vector loop the CPU lacks
    /// falls back to the next one down), so tests cover each on one
    /// machine.
    #[doc(hidden)]
    pub fn fill_via(&mut self, raw: &[u8], path: FillPath) -> &[u8] {
        self.text.clear();
        self.marks.clear();
        #[cfg(target_arch = "x86_64")]
        #[allow(unsafe_code)] // Calls the vector loops; soundness below.
        {
            if path == FillPath::Best && crate::inspect::has_vbmi2() {
                // SAFETY: the CPU reported every feature `fill_vbmi2`
                // needs (`has_vbmi2`).
                unsafe { fill_vbmi2(raw, &mut self.text, &mut self.marks) };
                return &self.text;
            }
            if path != FillPath::Scalar && crate::inspect::has_avx2() {
                // SAFETY: the CPU reported AVX2 and POPCNT, all `fill_avx2`
                // needs.
                unsafe { fill_avx2(raw, &mut self.text, &mut self.marks) };
                return &self.text;
            }
        }
        self.fill_scalar(raw)
    }

    /// [`fill`](Self::fill) without vectors (the fallback; tests compare
    /// the two).
    #[doc(hidden)]
    pub fn fill_scalar(&mut self, raw: &[u8]) -> &[u8] {
        self.text.clear();
        self.marks.clear();
        self.text.reserve(raw.len());
        let mut pos = 0;
        while pos < raw.len() {
            self.marks.push(Mark {
                raw: pos as u32,
                text: self.text.len() as u32,
            });
            pos = push_units(raw, pos, pos + MARK_EVERY, &mut self.text, None);
        }
        &self.text
    }

    /// The text the last [`fill`](Self::fill) left.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// The raw range (in `raw`, the string [`fill`](Self::fill) was given)
    /// of a text range: what [`map_start`] and [`map_end`] give with every
    /// escape recorded, so a range touching part of an escape covers all
    /// of it.
    pub fn raw_range(&self, raw: &[u8], start: usize, end: usize) -> (usize, usize) {
        let start = self.unit_at(raw, start).map_or(raw.len(), |(r, _)| r);
        let end = match end.checked_sub(1) {
            None => 0,
            Some(last) => self
                .unit_at(raw, last)
                .map_or(raw.len(), |(r, len)| r + len),
        };
        (start, end)
    }

    /// The unit whose text holds byte `pos`: its raw start and length;
    /// `None` past the end of the text.
    fn unit_at(&self, raw: &[u8], pos: usize) -> Option<(usize, usize)> {
        let k = self.marks.partition_point(|m| m.text as usize <= pos);
        let (mut r, mut t) = k
            .checked_sub(1)
            .and_then(|k| self.marks.get(k))
            .map_or((0, 0), |m| (m.raw as usize, m.text as usize));
        while r < raw.len() {
            let (raw_len, text_len) = unit(raw, r);
            if pos < t + text_len {
                return Some((r, raw_len));
            }
            r += raw_len;
            t += text_len;
        }
        None
    }
}

/// The unit starting at `raw[r]`: raw bytes and text bytes it takes.
fn unit(raw: &[u8], r: usize) -> (usize, usize) {
    if raw.get(r) != Some(&b'\\') {
        return (1, 1);
    }
    match decode_escape(raw, r) {
        (consumed, Some(ch)) => (consumed, ch.len_utf8()),
        (consumed, None) => (consumed, 1),
    }
}

/// Unescapes whole units from `raw[pos..]` to `text` until at least
/// `limit` (or the end); returns where it stopped, a unit boundary. With
/// `escapes`, each escape is recorded there (positions relative to `raw`
/// and to the start of `text`).
fn push_units(
    raw: &[u8],
    mut pos: usize,
    limit: usize,
    text: &mut Vec<u8>,
    mut escapes: Option<&mut Vec<Escape>>,
) -> usize {
    let limit = limit.min(raw.len());
    // Plain bytes stop at `limit`; an escape may read past it.
    let head = raw.get(..limit).unwrap_or_default();
    while pos < limit {
        // Copy up to the next backslash. Embedded source has one on every
        // line, so the gaps are short: a word at a time beats a `memchr`
        // call plus a `memcpy` call per gap.
        pos = copy_plain(head, pos, text);
        if pos >= limit {
            break;
        }
        let text_pos = text.len();
        let (consumed, out) = decode_escape(raw, pos);
        match out {
            Some(ch) => {
                let mut buf = [0u8; 4];
                let s = ch.encode_utf8(&mut buf);
                text.extend_from_slice(s.as_bytes());
                if let Some(esc) = escapes.as_deref_mut() {
                    esc.push(Escape {
                        text_pos: text_pos as u32,
                        raw_pos: pos as u32,
                        raw_len: consumed as u8,
                        text_len: s.len() as u8,
                    });
                }
            }
            None => text.push(b'\\'),
        }
        pos += consumed;
    }
    pos
}

/// For each 8-bit mask, the indices of its set bits in order, as the byte
/// lanes of a `pshufb` control (unused lanes 0x80: zero).
static COMPACT: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut m = 0;
    while m < 256 {
        let mut lanes = [0x80u8; 8];
        let (mut bit, mut n) = (0, 0);
        while bit < 8 {
            if m & (1 << bit) != 0 {
                lanes[n] = bit as u8;
                n += 1;
            }
            bit += 1;
        }
        t[m] = u64::from_le_bytes(lanes);
        m += 1;
    }
    t
};

/// Positions in a 64-byte block that start an escape, from its backslash
/// mask and whether its first byte is escaped (`carry`, the previous block
/// ending in an escape's backslash). Each run of backslashes starts with an
/// escape, and every second one after it is one; the run's parity decides
/// which bits those are. The add carries through each run that starts on
/// an even position, which sorts the runs by parity without a loop.
#[inline(always)]
fn escape_starts(backslash: u64, carry: u64) -> u64 {
    const EVEN: u64 = 0x5555_5555_5555_5555;
    let b = backslash & !carry;
    let run_starts = b & !(b << 1);
    let even_runs = b & !b.wrapping_add(run_starts & EVEN);
    (even_runs & EVEN) | (b & !even_runs & !EVEN)
}

/// [`UnescapeBuf::fill`] with AVX2, 64 bytes a block without a branch
/// that depends on the escapes: the escaped bytes are translated in the
/// vectors (`\n` → newline; `"`, `\` and `/` stay), then the escapes'
/// backslashes are squeezed out 8 bytes at a time with a `pshufb` control
/// from [`COMPACT`]. A block with any other escape (`\u`, invalid) is done
/// by [`push_units`] instead; the block after it starts where that stopped.
///
/// # Safety
/// The CPU must support AVX2 and POPCNT.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
#[allow(unsafe_code)] // SIMD loads and stores; each block states why it is sound.
unsafe fn fill_avx2(raw: &[u8], text: &mut Vec<u8>, marks: &mut Vec<Mark>) {
    use std::arch::x86_64::*;
    let n = raw.len();
    // Text is never longer than raw (no escape grows); 64 bytes of slack
    // take the last block's 8-byte stores.
    text.reserve(n + 64);
    marks.reserve(n / MARK_EVERY + 2);
    let bslash = _mm256_set1_epi8(b'\\' as i8);
    let low4 = _mm256_set1_epi8(0x0F);
    // The nibble hash of the bytes after a backslash (`ESCAPE_TABLES`).
    let [hi_key, expect, flip] = ESCAPE_TABLES.map(|t| {
        // SAFETY: each table is 16 bytes; unaligned loads allow any address.
        _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr().cast::<__m128i>()) })
    });
    // Bit j of a 32-bit mask to byte lane j: broadcast, each lane picks its
    // byte of the mask, then tests its bit.
    let spread = _mm256_setr_epi8(
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3,
        3, 3,
    );
    let bit_of = _mm256_set1_epi64x(0x8040_2010_0804_0201_u64 as i64);
    macro_rules! lanes {
        ($m:expr) => {{
            let b = _mm256_shuffle_epi8(_mm256_set1_epi32($m as i32), spread);
            _mm256_cmpeq_epi8(_mm256_and_si256(b, bit_of), bit_of)
        }};
    }
    // The escaped bytes of a vector (lanes in `esc`) translated; and the
    // lanes of `esc` whose byte is no one-byte escape.
    macro_rules! translate {
        ($v:expr, $esc:expr) => {{
            let (v, esc) = ($v, $esc);
            let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(v), low4);
            let h = _mm256_xor_si256(_mm256_and_si256(v, low4), _mm256_shuffle_epi8(hi_key, hi));
            let ok = _mm256_cmpeq_epi8(v, _mm256_shuffle_epi8(expect, h));
            let f = _mm256_and_si256(_mm256_shuffle_epi8(flip, h), esc);
            (_mm256_xor_si256(v, f), _mm256_andnot_si256(ok, esc))
        }};
    }
    let src = raw.as_ptr();
    let mut dst = text.as_mut_ptr();
    // Invariants: the text of raw[..i] (less the backslash at i - 1 when
    // `carry` is 1) is dst[..o], initialised; o <= i.
    let (mut i, mut o, mut carry) = (0usize, 0usize, 0u64);
    while i + 64 <= n {
        marks.push(Mark {
            raw: (i - carry as usize) as u32,
            text: o as u32,
        });
        // SAFETY: i + 64 <= n: both loads are inside `raw`.
        let (v0, v1) = unsafe {
            (
                _mm256_loadu_si256(src.add(i).cast::<__m256i>()),
                _mm256_loadu_si256(src.add(i + 32).cast::<__m256i>()),
            )
        };
        let backslash = u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v0, bslash)) as u32)
            | u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v1, bslash)) as u32) << 32;
        let starts = escape_starts(backslash, carry);
        let escaped = starts << 1 | carry;
        let (t0, bad0) = translate!(v0, lanes!(escaped as u32));
        let (t1, bad1) = translate!(v1, lanes!((escaped >> 32) as u32));
        if _mm256_testz_si256(_mm256_or_si256(bad0, bad1), _mm256_or_si256(bad0, bad1)) == 0 {
            // A `\u` (or invalid) escape: this block unit by unit, from the
            // backslash of an escape the last block began.
            // SAFETY: dst[..o] is initialised (invariant), o <= capacity.
            unsafe { text.set_len(o) };
            i = push_units(raw, i - carry as usize, i + 64, text, None);
            o = text.len();
            dst = text.as_mut_ptr();
            carry = 0;
            continue;
        }
        let keep = !starts;
        let halves = [
            _mm256_castsi256_si128(t0),
            _mm256_extracti128_si256::<1>(t0),
            _mm256_castsi256_si128(t1),
            _mm256_extracti128_si256::<1>(t1),
        ];
        for (k, half) in halves.into_iter().enumerate() {
            let m = keep >> (16 * k);
            let (lo, hi) = ((m & 0xFF) as usize, (m >> 8 & 0xFF) as usize);
            let ctl = _mm_set_epi64x(
                COMPACT[hi].wrapping_add(0x0808_0808_0808_0808) as i64,
                COMPACT[lo] as i64,
            );
            let packed = _mm_shuffle_epi8(half, ctl);
            // SAFETY: o <= i + 16k before this half (no more text than
            // raw so far), so its two 8-byte stores end by i + 16k + 16
            // <= i + 64 <= n, inside the capacity (n + 64).
            unsafe {
                _mm_storel_epi64(dst.add(o).cast::<__m128i>(), packed);
                o += lo.count_ones() as usize;
                _mm_storel_epi64(
                    dst.add(o).cast::<__m128i>(),
                    _mm_unpackhi_epi64(packed, packed),
                );
                o += hi.count_ones() as usize;
            }
        }
        carry = starts >> 63;
        i += 64;
    }
    // SAFETY: dst[..o] is initialised (invariant), o <= capacity.
    unsafe { text.set_len(o) };
    fill_rest(raw, i - carry as usize, text, marks);
}

/// [`UnescapeBuf::fill`] with AVX-512 (Zen 4, Ice Lake and later): the
/// steps of [`fill_avx2`] on one 64-byte vector, with the byte masks in
/// mask registers (no movemask, no spreading a mask back into lanes), the
/// escaped bytes translated under the mask, and one `vpcompressb`
/// squeezing the block instead of eight table shuffles.
///
/// # Safety
/// The CPU must support AVX2, POPCNT, AVX-512F, AVX-512BW and AVX-512
/// VBMI2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt,avx512f,avx512bw,avx512vbmi2")]
#[allow(unsafe_code)] // SIMD loads and stores; each block states why it is sound.
unsafe fn fill_vbmi2(raw: &[u8], text: &mut Vec<u8>, marks: &mut Vec<Mark>) {
    use std::arch::x86_64::*;
    let n = raw.len();
    // Text is never longer than raw; 64 bytes of slack take the last
    // block's full-width store.
    text.reserve(n + 64);
    marks.reserve(n / MARK_EVERY + 2);
    let bslash = _mm512_set1_epi8(b'\\' as i8);
    let low4 = _mm512_set1_epi8(0x0F);
    // `fill_avx2`'s nibble hash tables, in each 16-byte lane.
    let [hi_key, expect, flip] = ESCAPE_TABLES.map(|t| {
        // SAFETY: each table is 16 bytes; unaligned loads allow any address.
        _mm512_broadcast_i32x4(unsafe { _mm_loadu_si128(t.as_ptr().cast::<__m128i>()) })
    });
    let src = raw.as_ptr();
    let mut dst = text.as_mut_ptr();
    // Invariants: the text of raw[..i] (less the backslash at i - 1 when
    // `carry` is 1) is dst[..o], initialised; o <= i.
    let (mut i, mut o, mut carry) = (0usize, 0usize, 0u64);
    while i + 64 <= n {
        marks.push(Mark {
            raw: (i - carry as usize) as u32,
            text: o as u32,
        });
        // SAFETY: i + 64 <= n: the load is inside `raw`.
        let v = unsafe { _mm512_loadu_si512(src.add(i).cast::<__m512i>()) };
        let starts = escape_starts(_mm512_cmpeq_epi8_mask(v, bslash), carry);
        let escaped = starts << 1 | carry;
        let hi = _mm512_and_si512(_mm512_srli_epi16::<4>(v), low4);
        let h = _mm512_xor_si512(_mm512_and_si512(v, low4), _mm512_shuffle_epi8(hi_key, hi));
        let ok = _mm512_cmpeq_epi8_mask(v, _mm512_shuffle_epi8(expect, h));
        if escaped & !ok != 0 {
            // A `\u` (or invalid) escape: this block unit by unit, from the
            // backslash of an escape the last block began.
            // SAFETY: dst[..o] is initialised (invariant), o <= capacity.
            unsafe { text.set_len(o) };
            i = push_units(raw, i - carry as usize, i + 64, text, None);
            o = text.len();
            dst = text.as_mut_ptr();
            carry = 0;
            continue;
        }
        let t = _mm512_xor_si512(v, _mm512_maskz_shuffle_epi8(escaped, flip, h));
        let keep = !starts;
        let packed = _mm512_maskz_compress_epi8(keep, t);
        // SAFETY: o <= i (no more text than raw so far), so the 64-byte
        // store ends by i + 64 <= n, inside the capacity (n + 64).
        unsafe { _mm512_storeu_si512(dst.add(o).cast::<__m512i>(), packed) };
        o += keep.count_ones() as usize;
        carry = starts >> 63;
        i += 64;
    }
    // SAFETY: dst[..o] is initialised (invariant), o <= capacity.
    unsafe { text.set_len(o) };
    fill_rest(raw, i - carry as usize, text, marks);
}

/// The bytes a vector loop left (less than a block, from `pos`), unit by
/// unit, a [`Mark`] every [`MARK_EVERY`] raw bytes.
fn fill_rest(raw: &[u8], mut pos: usize, text: &mut Vec<u8>, marks: &mut Vec<Mark>) {
    while pos < raw.len() {
        marks.push(Mark {
            raw: pos as u32,
            text: text.len() as u32,
        });
        pos = push_units(raw, pos, pos + MARK_EVERY, text, None);
    }
}

/// The vector unescapers' nibble hash of the eight bytes that may follow
/// a backslash: low nibble XOR a value per high nibble (3 for 0x6_, 2 for
/// 0x7_) gives each a lane of its own. The three 16-byte tables: that
/// value by high nibble (`pshufb` key), the byte each hash stands for (a
/// miss is an escape the vectors cannot do), what to XOR it with.
const ESCAPE_TABLES: [[i8; 16]; 3] = {
    let mut t = [[0i8; 16]; 3];
    t[0][6] = 3;
    t[0][7] = 2;
    let mut k = 0;
    while k < ESCAPED.len() {
        let (c, to) = ESCAPED[k];
        let h = ((c & 0x0F) ^ t[0][(c >> 4) as usize & 15] as u8) as usize;
        t[1][h] = c as i8;
        t[2][h] = (c ^ to) as i8;
        k += 1;
    }
    t
};

/// The one-byte escapes: the byte after the backslash, and what it stands
/// for.
const ESCAPED: [(u8, u8); 8] = [
    (b'"', b'"'),
    (b'\\', b'\\'),
    (b'/', b'/'),
    (b'b', 0x08),
    (b'f', 0x0C),
    (b'n', b'\n'),
    (b'r', b'\r'),
    (b't', b'\t'),
];

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

    /// Escape starts by walking the bytes one at a time.
    fn starts_walk(backslash: u64, carry: u64) -> u64 {
        let (mut out, mut escaped) = (0u64, carry == 1);
        for j in 0..64 {
            if escaped {
                escaped = false;
            } else if backslash >> j & 1 == 1 {
                out |= 1 << j;
                escaped = true;
            }
        }
        out
    }

    #[test]
    fn escape_starts_match_a_walk() {
        let mut x = 0x9E37_79B9_7F4A_7C15_u64;
        for n in 0..20_000u32 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Dense masks (long runs) as often as sparse ones.
            let m = match n % 3 {
                0 => x,
                1 => x | x >> 1 | x >> 2,
                _ => x & x >> 1,
            };
            for carry in [0, 1] {
                assert_eq!(
                    escape_starts(m, carry),
                    starts_walk(m, carry),
                    "{m:064b} carry {carry}"
                );
            }
        }
    }

    /// Strings of every kind of unit, long enough for many blocks, at
    /// every length: the buffer's text equals [`unescape`]'s, and every
    /// offset maps back as [`map_start`] / [`map_end`] map it.
    #[test]
    fn unescape_buf_matches_the_recorded_escapes() {
        let pieces: &[&[u8]] = &[
            b"plain text ",
            b"x",
            br"\n",
            br"\t",
            br#"\""#,
            br"\\",
            br"\/",
            br"\b",
            br"\f",
            br"\r",
            br"\\\\\\",
            br"\\\",
            br"\u00e9",
            br"\ud83d\ude00",
            br"\ud800",
            br"\x",
            br"\u12",
            "é→".as_bytes(),
            b"0123456789abcdef0123456789abcdef",
        ];
        let mut x = 0x2545_F491_4F6C_DD1D_u64;
        let mut buf = UnescapeBuf::default();
        let mut avx2 = UnescapeBuf::default();
        let mut scalar = UnescapeBuf::default();
        for round in 0..400 {
            let mut raw = Vec::new();
            let target = round * 3 % 700;
            while raw.len() < target {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // Mostly plain text and simple escapes, as in source code.
                let k = (x % 100) as usize;
                let piece = if k < 60 {
                    pieces[(k % 11).min(10)]
                } else {
                    pieces[k % pieces.len()]
                };
                raw.extend_from_slice(piece);
            }
            // Cut anywhere: a trailing backslash or half an escape too.
            raw.truncate(target);
            let want = unescape(&raw);
            for (name, text) in [
                ("fill", buf.fill(&raw).to_vec()),
                ("fill avx2", avx2.fill_via(&raw, FillPath::Avx2).to_vec()),
                ("fill_scalar", scalar.fill_scalar(&raw).to_vec()),
            ] {
                assert_eq!(text, want.text, "{name}: {}", String::from_utf8_lossy(&raw));
            }
            for pos in 0..=want.text.len() {
                let expect = (map_start(&want.escapes, pos), map_end(&want.escapes, pos));
                for (name, b) in [
                    ("fill", &buf),
                    ("fill avx2", &avx2),
                    ("fill_scalar", &scalar),
                ] {
                    let (s, _) = b.raw_range(&raw, pos, pos + 1);
                    let (_, e) = b.raw_range(&raw, 0, pos);
                    assert_eq!(
                        (s, e),
                        expect,
                        "{name} at {pos}: {}",
                        String::from_utf8_lossy(&raw)
                    );
                }
            }
        }
    }
}
