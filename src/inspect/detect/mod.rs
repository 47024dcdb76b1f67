//! The detection engine: all rules in one pass over a segment.
//!
//! 1. The anchor table (`anchors.rs`: hashed, case-folded 4-grams tested at
//!    every second position, with AVX2 when the CPU has it) finds every
//!    literal anchor of every rule in one pass.
//! 2. Context-keyword rules (`password`, `token`, `authorization`) pass a
//!    gate first: only a keyword followed by an assignment operator opens a
//!    regex window. Rules without an anchor are driven by cheap probes: a
//!    strided digit probe for number-shaped personal data, `memchr` for `@`
//!    (e-mail, and credentials in URLs: a password in a URL ends at an `@`),
//!    and one `RegexSet` pass for custom regex rules.
//! 3. Each rule's confirmation regex runs only inside the merged windows
//!    around its candidates; validators (checksums, entropy, dummy values,
//!    example values) run on what the regex confirms.
//!
//! The engine is immutable after [`Engine::new`] and shared across threads.
//! Offsets it returns are in the segment's text; the inspector maps them to
//! raw body offsets.

mod anchors;
mod country_id;
mod national_id;
pub(crate) mod rules;
pub mod samples;
mod table;
pub mod validate;

use std::sync::Arc;

use base64::Engine as _;
use regex::bytes::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use self::anchors::AnchorTable;
use self::rules::{Bound, Check, Def, Pii, RULES};
use crate::config::detect::DetectSection;

/// Detectors whose finding inside another's is part of it: sixteen digits
/// of a spaced IBAN (`FR76 3000 6000 0112 3456 …`) can pass Luhn, and a
/// card number inside a valid IBAN is the IBAN.
const CONTAINED: &[(&str, &str)] = &[("credit_card_number", "iban")];

/// Bumped whenever built-in rules change meaning; part of the cache key.
const ENGINE_VERSION: u64 = 10;

/// What kind of thing a detector finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Secret,
    PrivateKey,
    Pii,
    Confidential,
    Custom,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::PrivateKey => "private_key",
            Category::Pii => "pii",
            Category::Confidential => "confidential",
            Category::Custom => "custom",
        }
    }

    /// Parses the config spelling.
    pub fn parse(s: &str) -> Option<Category> {
        Some(match s {
            "secret" => Category::Secret,
            "private_key" => Category::PrivateKey,
            "pii" => Category::Pii,
            "confidential" => Category::Confidential,
            "custom" => Category::Custom,
            _ => return None,
        })
    }

    pub const ALL: [Category; 5] = [
        Category::Secret,
        Category::PrivateKey,
        Category::Pii,
        Category::Confidential,
        Category::Custom,
    ];
}

/// How sure a detector is. Checksummed or unmistakable formats are `High`;
/// prefix + entropy `Medium`; context-driven generic rules `Low`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A detector hit in segment-text coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Engine::rule`].
    pub rule: u16,
    pub start: usize,
    pub end: usize,
    pub confidence: Confidence,
    /// A known documentation/example value, not a live credential.
    pub example: bool,
}

/// Why the engine could not be built from the config.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    /// A custom rule's regex does not compile.
    #[error("custom rule {id:?}: bad regex: {reason}")]
    BadRegex { id: String, reason: String },
    /// A custom rule has neither `regex` nor `keywords`, or both.
    #[error("custom rule {id:?}: give exactly one of `regex` or `keywords`")]
    Shape { id: String },
    /// A custom rule names an unknown category.
    #[error("custom rule {id:?}: unknown category {category:?} (secret, private_key, pii, confidential, custom)")]
    Category { id: String, category: String },
    /// Two rules share an id.
    #[error("detector id {0:?} is used twice")]
    DuplicateId(String),
    /// `disabled` names a detector that does not exist.
    #[error("detect.disabled: unknown detector {0:?}")]
    UnknownDisabled(String),
}

/// Public description of one detector (for docs and `scan --list`).
#[derive(Clone, Debug)]
pub struct RuleInfo {
    pub id: Arc<str>,
    pub category: Category,
}

struct Rule {
    id: Arc<str>,
    category: Category,
    regex: Option<Confirm>,
    back: usize,
    fwd: usize,
    check: Check,
    bound: Bound,
    conf: Confidence,
    /// Generic context rules yield to a specific rule on the same bytes.
    generic: bool,
    /// A cheap necessary condition checked after the anchor, before any
    /// regex runs.
    gate: Option<Gate>,
    /// PEM rules (`BEGIN PEMBODY (?:END)?`): the two literal markers, for
    /// [`pem_find`], which stands in for the regex.
    pem: Option<(&'static [u8], &'static [u8])>,
    /// Rules whose regex starts with its keyword: searched anchored at
    /// each keyword in a window, not across the whole window.
    anchored: Option<AnchoredConfirm>,
}

/// Rules whose regex starts with a keyword alternation: each match starts
/// at one of the rule's anchors or at one of these other spellings of the
/// keyword (matched ASCII case-insensitively), all containing `key`.
/// Most windows of these rules hold no match at all, and an unanchored
/// search scanned each whole 300-byte window to find that out; an
/// anchored search at each keyword stops a few bytes past it.
/// The third field: the shortest value the rule's regex takes, for rules
/// whose value is one run of `[A-Za-z0-9_\-+/=.~]` (see
/// [`secret_value_follows`]).
const ANCHORED: &[(&str, &[&str], Option<usize>)] = &[
    (
        "secret_assignment",
        // `access[_-]?key` and `private[_-]?key`: the spellings without
        // an anchor of their own (`_key` covers the underscored ones).
        &["access-key", "private-key", "privatekey"],
        Some(16),
    ),
    ("password_assignment", &[], None),
];

/// The anchored form of a rule's regex (see [`ANCHORED`]), compiled on
/// first use like [`Confirm`].
struct AnchoredConfirm {
    extra: &'static [&'static str],
    /// The shortest value run, when the rule's value is one such run.
    value_min: Option<usize>,
    /// The longest anchor or extra spelling.
    longest: usize,
    re: std::sync::OnceLock<Option<regex_automata::meta::Regex>>,
}

impl AnchoredConfirm {
    fn get(&self, pattern: &str) -> Option<&regex_automata::meta::Regex> {
        use regex_automata::{meta, util::syntax};
        self.re
            .get_or_init(|| {
                // The configuration `regex::bytes` uses for `Confirm`, so
                // both match the same.
                meta::Regex::builder()
                    .syntax(syntax::Config::new().unicode(false).utf8(false))
                    .configure(
                        meta::Config::new()
                            .nfa_size_limit(Some(1 << 24))
                            .utf8_empty(false),
                    )
                    .build(pattern)
                    .ok()
            })
            .as_ref()
    }

    /// Appends where the `extra` spellings start in `hay[ws..]`.
    fn extra_starts(&self, hay: &[u8], ws: usize, out: &mut Vec<usize>) {
        if self.extra.is_empty() {
            return;
        }
        let Some(w) = hay.get(ws..) else {
            return;
        };
        for i in memchr::memchr2_iter(b'k', b'K', w) {
            for e in self.extra {
                let e = e.as_bytes();
                let Some(j) = memchr::memchr(b'k', e) else {
                    continue;
                };
                let at = i.checked_sub(j).and_then(|s| w.get(s..s + e.len()));
                if at.is_some_and(|t| t.eq_ignore_ascii_case(e)) {
                    out.push(ws + i - j);
                }
            }
        }
    }
}

/// A cheap necessary condition on an anchor occurrence, checked before its
/// rule's regex window opens.
#[derive(Clone, Copy, Debug)]
enum Gate {
    /// What must follow a context keyword for the regex to match there: up
    /// to `key` identifier characters (`password_hash`), an optional
    /// backslash and quote, a subscript's `]`, whitespace, then one of
    /// `ops`. Code mentions `password` and `token` everywhere; only
    /// assignments are worth a regex.
    Assign { key: usize, ops: &'static [u8] },
    /// A `value` field follows the name the keyword is in (see
    /// [`value_field_follows`]).
    ValueField,
    /// The anchor is a label keyword, which the validator accepts only as
    /// a whole word: a short keyword glued to a token (`cf"` ending a hex
    /// checksum) opens no window.
    WordStart,
    /// A quote, or `is`, `was`, `to` or `as`, follows the keyword on its
    /// line within the rule's 60 bytes of words, before any `=` (see
    /// [`prose_value_follows`]).
    Prose,
    /// The keyword of a config directive: only white space and name
    /// characters since the line's start (within 40 bytes), a blank
    /// after it (see [`directive_at`]).
    Directive,
    /// The keyword is inside an upper-case name that fills a `|` or `│`
    /// table cell (see [`table_cell_name_at`]).
    TableCell,
}

impl Gate {
    fn open(self, text: &[u8], start: usize, end: usize) -> bool {
        match self {
            Gate::Assign { key, ops } => assignment_follows(text, end, key, ops),
            Gate::ValueField => value_field_follows(text, end),
            Gate::WordStart => start
                .checked_sub(1)
                .and_then(|i| text.get(i))
                .is_none_or(|c| !c.is_ascii_alphanumeric()),
            Gate::Prose => prose_value_follows(text, start, end),
            Gate::Directive => directive_at(text, start, end),
            Gate::TableCell => table_cell_name_at(text, start, end),
        }
    }
}

/// Whether `secret_table_row` can match at the keyword `start..end`: the
/// name's characters (`A-Z`, `0-9`, `_`) around it, then blanks, then a
/// cell border (`|`, or the last byte of `│`) on both sides.
fn table_cell_name_at(text: &[u8], start: usize, end: usize) -> bool {
    let name = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_';
    let blank = |c: &u8| matches!(c, b' ' | b'\t');
    let before = text.get(..start).unwrap_or_default();
    let left = before
        .iter()
        .rev()
        .skip_while(|c| name(c))
        .find(|c| !blank(c));
    let after = text.get(end..).unwrap_or_default();
    let right = after.iter().skip_while(|c| name(c)).find(|c| !blank(c));
    matches!(left, Some(b'|' | 0x82)) && matches!(right, Some(b'|' | 0xE2))
}

/// Whether `password_directive` can match at the keyword `start..end`:
/// its line starts at most 40 bytes before (the rule's reach back) with
/// white space and name characters only (`  remote_`, `\toption `), and
/// a space or tab follows the keyword.
fn directive_at(text: &[u8], start: usize, end: usize) -> bool {
    let before = text
        .get(start.saturating_sub(40)..start)
        .unwrap_or_default();
    let line = match memchr::memrchr(b'\n', before) {
        Some(i) => before.get(i + 1..).unwrap_or_default(),
        None if start <= 40 => before,
        None => return false,
    };
    line.iter().all(|c| {
        c.is_ascii_alphanumeric() || !c.is_ascii() || matches!(c, b'_' | b' ' | b'\t' | b'#')
    }) && matches!(text.get(end), Some(b' ' | b'\t'))
}

/// Whether `password_in_prose` can match after the keyword ending at
/// `at`: its words (no line break, no `=`, at most 60 bytes after an
/// optional plural `s`) end at a quote or a verb introducing the value.
/// (What [`prose_words`] refuses first is refused here too: a keyword
/// glued to a name or in capitals, a quote right after it.)
fn prose_value_follows(text: &[u8], start: usize, at: usize) -> bool {
    let at = at + usize::from(text.get(at) == Some(&b's'));
    if !prose_keyword(text, start) || matches!(text.get(at), Some(b'"' | b'\'' | b'`') | None) {
        return false;
    }
    let rest = text.get(at..).unwrap_or_default();
    for (i, &c) in rest.iter().enumerate().take(63) {
        match c {
            b'\n' | b'\r' | b'=' => return false,
            b'"' | b'\'' | b'`' => return true,
            b'i' | b'w' | b't' | b'a' | b'e' | 0xC3 => {
                let word = rest.get(i..).unwrap_or_default();
                // (Spanish, French, German, Portuguese: `es`, `est`,
                // `ist`, `era`, `é`.)
                let verbs = [
                    &b"is"[..],
                    b"was",
                    b"to",
                    b"as",
                    b"es",
                    b"est",
                    b"ist",
                    b"era",
                    b"\xC3\xA9",
                ];
                if verbs
                    .iter()
                    .any(|v| word.starts_with(v) && matches!(word.get(v.len()), Some(b' ' | b'\t')))
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// `password_in_prose`'s keyword at `start` starts a word and is not in
/// capitals (SQL's `WITH LOGIN PASSWORD '…'`, a constant's name).
fn prose_keyword(text: &[u8], start: usize) -> bool {
    let glued = start
        .checked_sub(1)
        .and_then(|i| text.get(i))
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    let shouted = text
        .get(start..start + 2)
        .is_some_and(|k| k.iter().all(u8::is_ascii_uppercase));
    !glued && !shouted
}

/// The words between `password_in_prose`'s keyword (at `ms`) and its
/// value: a short phrase of a sentence, not code (no brackets, calls,
/// member access or operators) and not an example being described
/// (`such as`, `e.g.`, `like`). The keyword starts a word (not
/// `caching_sha2_password BY '…'`, SQL's); a quote glued
/// to it (`"password":"…"`) is a JSON key, and a lone `:` leaves the
/// value to the assignment rule.
fn prose_words(text: &[u8], ms: usize, w: &[u8]) -> bool {
    let t = w.trim_ascii();
    if !prose_keyword(text, ms) || w.is_empty() || t == b":" {
        return false;
    }
    let code = w.iter().any(|c| {
        matches!(
            c,
            b'(' | b')'
                | b'{'
                | b'}'
                | b'['
                | b']'
                | b';'
                | b'<'
                | b'>'
                | b'|'
                | b'\\'
                | b'$'
                | b'%'
                | b'#'
                | b'*'
                | b'&'
                | b'+'
        )
    }) || w
        .windows(2)
        .any(|p| p[0] == b'.' && p[1].is_ascii_alphanumeric());
    if code
        || t.split(|c| c.is_ascii_whitespace())
            .filter(|x| !x.is_empty())
            .count()
            > 8
    {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    const DESCRIBED: &[&[u8]] = &[
        b"example",
        b"e.g",
        b"such as",
        b"like",
        b"sample",
        b"dummy",
        b"fake",
        b"format",
        b"pattern",
        b"regex",
        b"hash",
        b"salt",
        b"encrypt",
        // (Any word it starts, singular or plural.)
        b"placehold",
    ];
    !DESCRIBED
        .iter()
        .any(|d| memchr::memmem::find(&lower, d).is_some())
}

/// A value built like a password, for `password_in_prose`: three kinds of
/// character (lower, upper, digit, other), or two with a digit in 12+
/// characters; letters and digits alone must alternate often (`Argon2id`,
/// `Summer2024` and `Base64` are names; a capital starting a word does not
/// count). Not a hash, path, URL, address,
/// constant name, known dummy or algorithm name.
fn prose_password_ok(v: &[u8]) -> bool {
    if validate::is_dummy_value(v)
        || validate::looks_like_code(v)
        || validate::is_example(v)
        || validate::password_hash(v)
        || constant_name(v)
        || file_path(v)
        || memchr::memmem::find(v, b"://").is_some()
        || v.contains(&b'@')
        || v.iter().all(u8::is_ascii_hexdigit)
    {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    const NAMES: &[&[u8]] = &[
        b"sha", b"hmac", b"pbkdf", b"bcrypt", b"argon", b"scrypt", b"md5", b"base64", b"utf",
    ];
    if NAMES
        .iter()
        .any(|n| memchr::memmem::find(&lower, n).is_some())
    {
        return false;
    }
    let class = |c: u8| match c {
        b'a'..=b'z' => 0u8,
        b'A'..=b'Z' => 1,
        b'0'..=b'9' => 2,
        _ => 3,
    };
    let mut kinds = [false; 4];
    for &c in v {
        if let Some(k) = kinds.get_mut(usize::from(class(c))) {
            *k = true;
        }
    }
    let n = kinds.iter().filter(|k| **k).count();
    let digit = kinds.get(2).copied().unwrap_or(false);
    let strong = n >= 3 || (v.len() >= 12 && n >= 2 && digit);
    // A capital starting a word is no change: `RotateSecretsJob2` is three
    // words and a digit.
    let changes = v
        .windows(2)
        .filter(|p| class(p[0]) != class(p[1]) && !(class(p[0]) == 1 && class(p[1]) == 0))
        .count();
    let alnum = v.iter().all(u8::is_ascii_alphanumeric);
    strong && (!alnum || changes >= 4) && !camel_words(v) && validate::entropy(v) >= 2.5
}

/// `KEY: Type = value` (Rust, TypeScript, Kotlin, Swift): the "value" at
/// `vs..ve` after the key ending at `ke` is an unquoted type, because the
/// operator before it is `:` and an assignment `=` (not `==`, `=>`)
/// follows it, after the type's generic arguments if any.
fn type_annotation(text: &[u8], ke: usize, vs: usize, ve: usize) -> bool {
    let op = text.get(ke..vs).unwrap_or_default();
    let unquoted = vs
        .checked_sub(1)
        .and_then(|i| text.get(i))
        .is_some_and(|c| !matches!(c, b'"' | b'\'' | b'`'));
    let mut rest = text.get(ve..).unwrap_or_default();
    // Generic arguments of the type (`Curve25519SeedBin<'_>`), on one line.
    if rest.first() == Some(&b'<') {
        let close = rest.iter().take(64).position(|&c| c == b'>' || c == b'\n');
        if let Some(i) = close.filter(|&i| rest.get(i) == Some(&b'>')) {
            rest = rest.get(i + 1..).unwrap_or_default();
        }
    }
    let after = rest
        .iter()
        .position(|c| !matches!(c, b' ' | b'\t'))
        .and_then(|i| rest.get(i..));
    unquoted
        && op.contains(&b':')
        && !op.contains(&b'=')
        && after.is_some_and(|a| a.first() == Some(&b'=') && !matches!(a.get(1), Some(b'=' | b'>')))
}

/// `v(…)`: the "value" ending at `ve` is a function being called.
fn followed_by_call(text: &[u8], ve: usize) -> bool {
    text.get(ve) == Some(&b'(')
}

/// Whether the keyword at `s..e` lies in a whole cell of a table header:
/// the identifier around it (quoted or not) runs from the line's start or
/// a separator to a separator or the line's end
/// (`serial,dtls_psk_hex,provisioned`), with a separator on one side at
/// least. A look on each side, so the many keywords in code and prose cost
/// little.
fn header_cell_at(text: &[u8], s: usize, e: usize) -> bool {
    let ident = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.');
    let cell_sep = |c: Option<&u8>| matches!(c, Some(b',' | b';' | b'\t' | b'|'));
    let mut i = s;
    while i > 0 && s - i < 40 && text.get(i - 1).is_some_and(ident) {
        i -= 1;
    }
    let mut j = e;
    while j - e < 40 && text.get(j).is_some_and(ident) {
        j += 1;
    }
    // A quoted cell (`"password","role"`).
    if i > 0 && text.get(i - 1) == Some(&b'"') && text.get(j) == Some(&b'"') {
        i -= 1;
        j += 1;
    }
    let before = i.checked_sub(1).and_then(|k| text.get(k));
    let after = text.get(j);
    let edge = |c: Option<&u8>| matches!(c, None | Some(b'\n' | b'\r'));
    (cell_sep(before) || edge(before))
        && (cell_sep(after) || edge(after))
        && (cell_sep(before) || cell_sep(after))
}

/// The words that make a name a credential's, looked for in this order
/// (`AWS_SECRET_ACCESS_KEY` names a secret, `dtls_psk_hex` a key).
const CREDENTIAL_WORDS: [&[u8]; 10] = [
    b"password",
    b"passwd",
    b"secret",
    b"token",
    b"api_key",
    b"apikey",
    b"access_key",
    b"private_key",
    b"psk",
    b"key",
];

/// Whether `v`, given as the value of the whole name `name` (a variable,
/// a field's name, a table header: `DB_PASSWORD`, `jwt_secret`,
/// `dtls_psk_hex`) away from an assignment the rules' regexes see, passes
/// the value gates of `password_assignment` (a password's name) or of
/// `secret_assignment`: the rules that find a name and its value apart
/// (`name_value_secret`, `code_secret_literal`, `secret_column`) share it.
fn credential_value_ok(name: &[u8], v: &[u8], quoted: bool) -> bool {
    let lower = name.to_ascii_lowercase();
    let Some((at, word)) = CREDENTIAL_WORDS
        .iter()
        .find_map(|w| memchr::memmem::find(&lower, w).map(|i| (i, *w)))
    else {
        return false;
    };
    let prefix = name.get(..at).unwrap_or_default();
    let key = name.get(at + word.len()..).unwrap_or_default();
    if word.starts_with(b"passw") {
        password_ok(key, v, quoted) && !file_path(v)
    } else {
        let bare_key = word == b"key" && prefix.ends_with(b"_");
        !file_path(v)
            && !validate::public_key_value(v)
            && assign_ok(prefix, bare_key, key, name, v, 3.6)
    }
}

/// `name_value_secret`'s regex from the keyword's end `at` to `value`:
/// the rest of the name, a quote, a comma, white space (the next line of
/// YAML), a list dash, a quote. Most keywords stand in code, where no
/// `value` field follows.
fn value_field_follows(text: &[u8], at: usize) -> bool {
    let mut i = at;
    while i - at <= 30
        && text
            .get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
    {
        i += 1;
    }
    let skip = |i: &mut usize, set: &[u8]| {
        while text.get(*i).is_some_and(|c| set.contains(c)) && *i - at < 80 {
            *i += 1;
        }
    };
    skip(&mut i, b"\\\"' \t,\n\r-");
    text.get(i..i + 5)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"value"))
}

/// Whether the name starting at `p` is the value of a `name` or `key`
/// field on its line (`- name: `, `"name": "`, `{"key": "`, `name = "`).
fn named_by_field(text: &[u8], p: usize) -> bool {
    let ls = memchr::memrchr(b'\n', text.get(..p).unwrap_or_default()).map_or(0, |i| i + 1);
    let before = text.get(ls..p).unwrap_or_default();
    let trim = |b: &[u8]| -> usize {
        b.iter()
            .rposition(|c| !matches!(c, b' ' | b'\t' | b'"' | b'\'' | b'\\'))
            .map_or(0, |i| i + 1)
    };
    let before = before.get(..trim(before)).unwrap_or_default();
    let Some(label) = before
        .strip_suffix(b":")
        .or_else(|| before.strip_suffix(b"="))
    else {
        return false;
    };
    let label = label.get(..trim(label)).unwrap_or_default();
    let word = label
        .iter()
        .rposition(|c| !c.is_ascii_alphanumeric())
        .map_or(label, |i| label.get(i + 1..).unwrap_or_default());
    word.eq_ignore_ascii_case(b"name") || word.eq_ignore_ascii_case(b"key")
}

/// Whether a digit comes within `reach` bytes after `at`, before the
/// line ends.
fn digit_on_line_within(text: &[u8], at: usize, reach: usize) -> bool {
    text.get(at..)
        .unwrap_or_default()
        .iter()
        .take(reach)
        .take_while(|&&c| c != b'\n')
        .any(u8::is_ascii_digit)
}

fn assignment_follows(text: &[u8], at: usize, key: usize, ops: &[u8]) -> bool {
    operator_after(text, at, key, ops).is_some()
}

/// Where the operator of [`assignment_follows`] stands, if it does.
fn operator_after(text: &[u8], at: usize, key: usize, ops: &[u8]) -> Option<usize> {
    let mut i = at;
    while i - at <= key
        && text
            .get(i)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
    {
        i += 1;
    }
    if i - at > key {
        return None;
    }
    // `\\?["'`]?`: a quote, escaped or not (JSON inside raw text).
    if text.get(i) == Some(&b'\\') {
        i += 1;
    }
    if matches!(text.get(i), Some(b'"' | b'\'' | b'`')) {
        i += 1;
    }
    // `\]?`: a subscript key (`os.environ["API_KEY"] = …`).
    if text.get(i) == Some(&b']') {
        i += 1;
    }
    // `\s` of the regexes (ASCII): space, \t, \n, \v, \f, \r.
    while text
        .get(i)
        .is_some_and(|&c| c == b' ' || (b'\t'..=b'\r').contains(&c))
    {
        i += 1;
    }
    text.get(i).is_some_and(|c| ops.contains(c)).then_some(i)
}

/// `secret_assignment`'s value class, `[A-Za-z0-9_\-+/=.~]`.
static SECRET_VALUE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || matches!(c, b'_' | b'-' | b'+' | b'/' | b'=' | b'.' | b'~');
        b += 1;
    }
    t
};

/// Whether `min` value bytes can follow the operator at `op`, as
/// `(?:[:=]|:=|=>)[ \t]*\\?["'`]?(?P<v>[A-Za-z0-9_\-+/=.~]{min,})` needs:
/// the value starts after the one-byte operator or after a two-byte one,
/// and each optional piece before it can only be taken when present (a
/// space, backslash or quote is not a value byte), so both parses are
/// checked directly.
fn secret_value_follows(text: &[u8], op: usize, min: usize) -> bool {
    value_run_at(text, op + 1, min, false)
        || (matches!(text.get(op + 1), Some(b'=' | b'>')) && value_run_at(text, op + 2, min, false))
        || (text.get(op) == Some(&b':')
            && (typed_value_follows(text, op, min) || holder_value_follows(text, op, min)))
}

/// The rules' `HOLDEROP` after the `:` at `op`: `{`, a `"constant_value"`
/// or `"sensitive_value"` member (quotes escaped or not) and its `:`,
/// then a quoted value of `min` bytes.
fn holder_value_follows(text: &[u8], op: usize, min: usize) -> bool {
    let blank = |i: &mut usize| {
        while matches!(text.get(*i), Some(b' ' | b'\t')) {
            *i += 1;
        }
    };
    let mut i = op + 1;
    blank(&mut i);
    if text.get(i) != Some(&b'{') {
        return false;
    }
    i += 1;
    blank(&mut i);
    if text.get(i) == Some(&b'\\') {
        i += 1;
    }
    if text.get(i) != Some(&b'"') {
        return false;
    }
    i += 1;
    let Some(len) = [&b"constant_value"[..], b"sensitive_value"]
        .iter()
        .find(|m| text.get(i..).is_some_and(|t| t.starts_with(m)))
        .map(|m| m.len())
    else {
        return false;
    };
    i += len;
    if text.get(i) == Some(&b'\\') {
        i += 1;
    }
    if text.get(i) != Some(&b'"') {
        return false;
    }
    i += 1;
    blank(&mut i);
    text.get(i) == Some(&b':') && value_run_at(text, i + 1, min, true)
}

/// Whether `[ \t]*\\?`, a quote (optional unless `quote`), then `min`
/// bytes of `secret_assignment`'s value class follow position `i`.
fn value_run_at(text: &[u8], mut i: usize, min: usize, quote: bool) -> bool {
    while matches!(text.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    if text.get(i) == Some(&b'\\') {
        i += 1;
    }
    if matches!(text.get(i), Some(b'"' | b'\'' | b'`')) {
        i += 1;
    } else if quote {
        return false;
    }
    let run = text.get(i..).unwrap_or_default().iter().take(min);
    run.take_while(|&&c| SECRET_VALUE[c as usize]).count() >= min
}

/// The typed form of the operator, `KEY: Type = "value"` (the rules'
/// `TYPEDOP`): a necessary condition for it, not its exact parse (the
/// regex has that): an `=` within the 64 bytes after the `:` on its line
/// (`TYPEDOP` is at most 62 bytes, without a line break), then
/// `[ \t]*\\?` and a quote, then `min` value bytes.
fn typed_value_follows(text: &[u8], op: usize, min: usize) -> bool {
    let line = text.get(op + 1..).unwrap_or_default();
    let line = line.get(..line.len().min(64)).unwrap_or_default();
    let line = line.split(|&c| c == b'\n').next().unwrap_or_default();
    memchr::memchr_iter(b'=', line).any(|eq| value_run_at(text, op + eq + 2, min, true))
}

/// A rule's confirmation regex, compiled on first use: scanning one file
/// needs a handful of the ~100 regexes, and compiling all of them was most
/// of `promptwall scan`'s start-up time. The proxy compiles them all up
/// front ([`Engine::warm`]) so no request pays for it.
struct Confirm {
    pattern: String,
    re: std::sync::OnceLock<Option<Regex>>,
}

impl Confirm {
    fn lazy(pattern: String) -> Confirm {
        Confirm {
            pattern,
            re: std::sync::OnceLock::new(),
        }
    }

    fn ready(re: Regex) -> Confirm {
        Confirm {
            pattern: String::new(),
            re: std::sync::OnceLock::from(Some(re)),
        }
    }

    fn get(&self) -> Option<&Regex> {
        self.re
            .get_or_init(|| {
                // Built-in patterns are tested (`builtin_regexes_compile`);
                // a failure is a programming error, so the rule goes quiet
                // rather than panic in production.
                RegexBuilder::new(&self.pattern)
                    .unicode(false)
                    .size_limit(1 << 24)
                    .build()
                    .ok()
            })
            .as_ref()
    }
}

/// The compiled rule set.
pub struct Engine {
    rules: Vec<Rule>,
    anchors: AnchorTable,
    region_rules: Vec<u16>,
    /// Per region rule, the digits a region needs to hold one of its
    /// values: every number-shaped value but the UK NINO (6 digits) has at
    /// least 9.
    region_min: Vec<usize>,
    /// All region rules' regexes as one set (built on first use): one pass
    /// over a digit region tells which rules can match there at all.
    region_set: std::sync::OnceLock<Option<RegexSet>>,
    /// Rules for credentials in URLs, driven by `@` rather than by `://`
    /// (URLs are everywhere, a password in one is rare).
    url_rules: Vec<u16>,
    email_rule: Option<u16>,
    /// The digit-probe phone rule is on: every `+` followed by enough
    /// digits opens a region too, so an international number in short
    /// groups (`+33 1 76 27 73 17`, no run of 4 digits) is always seen.
    plus_regions: bool,
    custom_set: Option<RegexSet>,
    custom_set_rules: Vec<u16>,
    aws_id: Option<u16>,
    aws_secret: Option<u16>,
    /// `(inner, outer)`: an `inner` hit lying inside an `outer` hit is
    /// part of it (see [`CONTAINED`]).
    contained: Vec<(u16, u16)>,
    version: u64,
    /// This engine instance, for the per-thread [`Scratch`] (rule
    /// indices mean something else in another engine).
    instance: u64,
    /// Off only in tests that compare scans with and without the
    /// shortcuts (gates, region set).
    gates: bool,
    /// Off only in tests that compare the hand-written matchers that stand
    /// in for some regexes (PEM blocks) with the regexes themselves.
    fast: bool,
}

/// Numbers engine instances for [`Scratch`].
static NEXT_INSTANCE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The buffers `run_regex` needs, kept per thread across windows and
/// scans: a capture buffer per rule and the anchored candidates. Made per
/// window they cost ~1 µs of each call on source code, more than the
/// search in most windows of the assignment rules.
#[derive(Default)]
struct Scratch {
    /// The engine instance the buffers were made for (0: none yet).
    instance: u64,
    locs: Vec<Option<regex::bytes::CaptureLocations>>,
    caps: Vec<Option<regex_automata::util::captures::Captures>>,
    cands: Vec<usize>,
    /// The anchor pass's output for one scan: anchor matches, digit run
    /// ends and `@` positions (allocated per segment they showed up in
    /// profiles, ~5% of an inspection of many short strings).
    found: Vec<anchors::AnchorMatch>,
    run_ends: Vec<usize>,
    ats: Vec<usize>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("rules", &self.rules.len())
            .field("version", &self.version)
            .finish()
    }
}

// === impl Engine ===

impl Engine {
    /// Compiles the built-in rules plus the config's keywords and custom
    /// rules. Errors name the offending custom rule.
    pub fn new(cfg: &DetectSection) -> Result<Engine, RuleError> {
        let mut rules: Vec<Rule> = Vec::new();
        let mut patterns: Vec<(Vec<u8>, bool, u16)> = Vec::new();
        let mut region_rules = Vec::new();
        let mut url_rules = Vec::new();
        let mut email_rule = None;

        let disabled: Vec<&str> = cfg.disabled.iter().map(String::as_str).collect();
        for d in disabled.iter() {
            let known = RULES.iter().any(|r| r.id == *d)
                || *d == "confidential_marker"
                || cfg.custom.iter().any(|c| c.id == *d);
            if !known {
                return Err(RuleError::UnknownDisabled((*d).to_string()));
            }
        }

        for def in RULES {
            if disabled.contains(&def.id) {
                continue;
            }
            let idx = rules.len() as u16;
            rules.push(compile_builtin(def));
            match def.check {
                Check::Region(_) => region_rules.push(idx),
                Check::NationalId(k) if k.probed() => region_rules.push(idx),
                Check::Email => email_rule = Some(idx),
                Check::UrlPassword => {
                    url_rules.push(idx);
                    continue;
                }
                _ => {}
            }
            for a in def.anchors {
                patterns.push((a.as_bytes().to_vec(), def.ci, idx));
            }
        }

        if !cfg.keywords.is_empty() && !disabled.contains(&"confidential_marker") {
            let idx = rules.len() as u16;
            rules.push(Rule {
                id: Arc::from("confidential_marker"),
                category: Category::Confidential,
                regex: None,
                back: 0,
                fwd: 0,
                check: Check::Marker,
                bound: Bound::None,
                conf: Confidence::Medium,
                generic: false,
                gate: None,
                pem: None,
                anchored: None,
            });
            for k in &cfg.keywords {
                if !k.trim().is_empty() {
                    patterns.push((k.trim().as_bytes().to_vec(), true, idx));
                }
            }
        }

        let mut custom_res = Vec::new();
        let mut custom_set_rules = Vec::new();
        for c in &cfg.custom {
            if disabled.contains(&c.id.as_str()) {
                continue;
            }
            if rules.iter().any(|r| &*r.id == c.id.as_str()) {
                return Err(RuleError::DuplicateId(c.id.clone()));
            }
            let category = match &c.category {
                None => Category::Custom,
                Some(s) => Category::parse(s).ok_or_else(|| RuleError::Category {
                    id: c.id.clone(),
                    category: s.clone(),
                })?,
            };
            let idx = rules.len() as u16;
            match (&c.regex, c.keywords.is_empty()) {
                (Some(re), true) => {
                    let regex = RegexBuilder::new(re)
                        .size_limit(1 << 22)
                        .build()
                        .map_err(|e| RuleError::BadRegex {
                            id: c.id.clone(),
                            reason: e.to_string(),
                        })?;
                    custom_res.push(re.clone());
                    custom_set_rules.push(idx);
                    rules.push(Rule {
                        id: Arc::from(c.id.as_str()),
                        category,
                        regex: Some(Confirm::ready(regex)),
                        back: 0,
                        fwd: 0,
                        check: Check::Plain,
                        bound: Bound::None,
                        conf: Confidence::Medium,
                        generic: false,
                        gate: None,
                        pem: None,
                        anchored: None,
                    });
                }
                (None, false) => {
                    rules.push(Rule {
                        id: Arc::from(c.id.as_str()),
                        category,
                        regex: None,
                        back: 0,
                        fwd: 0,
                        check: Check::Keyword,
                        bound: Bound::None,
                        conf: Confidence::Medium,
                        generic: false,
                        gate: None,
                        pem: None,
                        anchored: None,
                    });
                    for k in &c.keywords {
                        if !k.trim().is_empty() {
                            patterns.push((k.trim().as_bytes().to_vec(), true, idx));
                        }
                    }
                }
                _ => return Err(RuleError::Shape { id: c.id.clone() }),
            }
        }

        let word_start: Vec<u16> = (0..rules.len() as u16)
            .filter(|&r| {
                rules
                    .get(r as usize)
                    .is_some_and(|x| matches!(x.gate, Some(Gate::WordStart)))
            })
            .collect();
        let anchors = AnchorTable::with_word_starts(&patterns, &word_start);
        let custom_set = if custom_res.is_empty() {
            None
        } else {
            Some(
                RegexSetBuilder::new(&custom_res)
                    .size_limit(1 << 24)
                    .build()
                    .map_err(|e| RuleError::BadRegex {
                        id: "custom".into(),
                        reason: e.to_string(),
                    })?,
            )
        };
        let find = |id: &str| rules.iter().position(|r| &*r.id == id).map(|i| i as u16);
        let aws_id = find("aws_access_key_id");
        let aws_secret = find("aws_secret_access_key");
        let contained = CONTAINED
            .iter()
            .filter_map(|(inner, outer)| Some((find(inner)?, find(outer)?)))
            .collect();

        // The rule-set version: the engine version plus everything in the
        // config that changes verdicts.
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&ENGINE_VERSION.to_le_bytes());
        h.update(format!("{:?}|{:?}|{:?}", cfg.keywords, cfg.custom, cfg.disabled).as_bytes());
        let version = h.digest();

        let region_min = region_rules
            .iter()
            .map(|&r| match rules.get(r as usize).map(|x| x.check) {
                Some(Check::Region(Pii::UkNino)) => 6,
                _ => 9,
            })
            .collect();
        let plus_regions = region_rules.iter().any(|&r| {
            rules
                .get(r as usize)
                .is_some_and(|x| x.check == Check::Region(Pii::Phone))
        });
        Ok(Engine {
            rules,
            anchors,
            region_rules,
            region_min,
            region_set: std::sync::OnceLock::new(),
            url_rules,
            email_rule,
            plus_regions,
            custom_set,
            custom_set_rules,
            aws_id,
            aws_secret,
            contained,
            version,
            instance: NEXT_INSTANCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            gates: true,
            fast: true,
        })
    }

    /// Compiles every confirmation regex now (they are otherwise compiled
    /// on first use), so that no request pays for it.
    pub fn warm(&self) {
        self.region_set();
        for r in &self.rules {
            if let Some(c) = &r.regex {
                c.get();
                if let Some(a) = &r.anchored {
                    a.get(&c.pattern);
                }
            }
        }
    }

    /// The region rules' regexes as one set; `None` if it cannot be built
    /// (every region rule then runs its own regex).
    fn region_set(&self) -> Option<&RegexSet> {
        self.region_set
            .get_or_init(|| {
                let pats: Option<Vec<&str>> = self
                    .region_rules
                    .iter()
                    .map(|&r| {
                        let c = self.rules.get(r as usize)?.regex.as_ref()?;
                        (!c.pattern.is_empty()).then_some(c.pattern.as_str())
                    })
                    .collect();
                RegexSetBuilder::new(pats?)
                    .unicode(false)
                    .size_limit(1 << 24)
                    .build()
                    .ok()
            })
            .as_ref()
    }

    /// Rule-set version (changes when rules or their config change).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Number of compiled detectors.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Id and category of rule `idx`.
    pub fn rule(&self, idx: u16) -> Option<RuleInfo> {
        self.rules.get(idx as usize).map(|r| RuleInfo {
            id: r.id.clone(),
            category: r.category,
        })
    }

    pub(crate) fn rule_id(&self, idx: u16) -> Arc<str> {
        self.rules
            .get(idx as usize)
            .map(|r| r.id.clone())
            .unwrap_or_else(|| Arc::from("unknown"))
    }

    pub(crate) fn rule_category(&self, idx: u16) -> Category {
        self.rules
            .get(idx as usize)
            .map(|r| r.category)
            .unwrap_or(Category::Custom)
    }

    /// All detectors, in rule order.
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.rules
            .iter()
            .map(|r| RuleInfo {
                id: r.id.clone(),
                category: r.category,
            })
            .collect()
    }

    /// The detector ids, each once (several compiled rules may report
    /// under one id, e.g. `phone_number` with and without a keyword).
    pub fn detectors(&self) -> Vec<RuleInfo> {
        let mut out: Vec<RuleInfo> = Vec::new();
        for r in self.rules() {
            if !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
        out
    }

    /// Whether a JSON member name can introduce a finding in the value
    /// it names (`password`, `api_key`, `phone`): one of the rules'
    /// anchors occurs in it. The inspector then scans the value as
    /// `"name": "value"`, so the assignment and keyword-context rules
    /// see the name the JSON structure split off.
    pub fn names_value(&self, name: &[u8]) -> bool {
        /// Longer names are not assignment keys (and are scanned as
        /// values themselves).
        const MAX_NAME: usize = 64;
        if name.is_empty()
            || name.len() > MAX_NAME
            || name.iter().any(|&c| c == b'"' || c == b'\\' || c < 0x20)
        {
            return false;
        }
        let mut found = Vec::new();
        self.anchors.find(name, &mut found);
        if found.is_empty() {
            // Anchors that hold the quotes of a JSON member name
            // (`"auth"` of a Docker config).
            let quoted = [b"\"".as_slice(), name, b"\""].concat();
            self.anchors.find(&quoted, &mut found);
        }
        !found.is_empty()
    }

    /// Scans one segment's text; hits are sorted by start offset.
    pub fn scan(&self, text: &[u8]) -> Vec<Hit> {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => {
                if sc.instance != self.instance {
                    *sc = Scratch {
                        instance: self.instance,
                        ..Scratch::default()
                    };
                }
                self.scan_with(text, &mut sc)
            }
            // Not reentered today; a fresh scratch if it ever is.
            Err(_) => self.scan_with(text, &mut Scratch::default()),
        })
    }

    fn scan_with(&self, text: &[u8], sc: &mut Scratch) -> Vec<Hit> {
        let len = text.len();
        let mut hits = Vec::new();
        let mut vetoes = Vec::new();
        // Per rule, the window being grown: candidates of one rule arrive in
        // position order, so overlapping windows merge on the fly and each
        // rule's regex runs once per merged window (no sort, no big list).
        // Only the few rules with candidates have a window: a short list
        // (no allocation for a segment without candidates, and most
        // segments are short strings).
        let mut open: Vec<(u16, usize, usize)> = Vec::new();
        // Per anchored rule (see [`ANCHORED`]), the starts of its anchors
        // not yet searched, in order: gated-out ones too, as a window
        // opened by another anchor still covers them.
        let mut starts: Vec<(u16, Vec<usize>)> = Vec::new();
        fn starts_of(starts: &mut [(u16, Vec<usize>)], r: u16) -> Option<&mut Vec<usize>> {
            starts.iter_mut().find(|s| s.0 == r).map(|s| &mut s.1)
        }
        let mut push = |r: u16,
                        ws: usize,
                        we: usize,
                        starts: &mut Vec<(u16, Vec<usize>)>,
                        hits: &mut Vec<Hit>,
                        vetoes: &mut Vec<(usize, usize)>,
                        sc: &mut Scratch| {
            match open.iter_mut().find(|o| o.0 == r) {
                Some((_, _, e)) if ws <= *e => *e = (*e).max(we),
                Some(slot) => {
                    let (_, s0, e0) = std::mem::replace(slot, (r, ws, we));
                    if let Some(rule) = self.rules.get(r as usize) {
                        let st = starts_of(starts, r);
                        self.run_regex(text, r, rule, s0, e0, st, hits, vetoes, sc);
                    }
                }
                None => open.push((r, ws, we)),
            }
        };
        let mut found = std::mem::take(&mut sc.found);
        let mut run_ends = std::mem::take(&mut sc.run_ends);
        let mut ats = std::mem::take(&mut sc.ats);
        found.clear();
        run_ends.clear();
        ats.clear();
        let have_runs = self
            .anchors
            .find_with_digits(text, &mut found, &mut run_ends);
        for &m in &found {
            for &r in self.anchors.rules(m.anchor) {
                let Some(rule) = self.rules.get(r as usize) else {
                    continue;
                };
                if rule.anchored.is_some() && self.fast {
                    match starts_of(&mut starts, r) {
                        Some(st) if st.last() == Some(&m.start) => {}
                        Some(st) => st.push(m.start),
                        None => starts.push((r, vec![m.start])),
                    }
                }
                if rule.check == Check::CountryId {
                    self.country_id_hits(text, m.start, m.end, r, &mut hits);
                } else if rule.check == Check::SecretColumn {
                    if header_cell_at(text, m.start, m.end) {
                        self.secret_column_hits(text, m.start, r, &mut hits);
                    }
                } else if rule.regex.is_none() {
                    // Keyword rules: the anchor is the match.
                    self.keyword_hit(text, r, rule, m.start, m.end, &mut hits);
                } else if self.gates && rule.gate.is_some_and(|g| !g.open(text, m.start, m.end)) {
                    // Not an assignment: the regex cannot match here.
                } else {
                    if rule.check == Check::Ctx(Pii::Phone) {
                        self.column_hits(text, m.start, r, &mut hits);
                        // The regex wants the number's first digit within
                        // a few words of the keyword, on its line: most
                        // phone keywords in code have none.
                        if self.gates && !digit_on_line_within(text, m.end, 64) {
                            continue;
                        }
                    }
                    let mut we = (m.end + rule.fwd).min(len);
                    if self.gates && matches!(rule.check, Check::NationalId(_)) {
                        we = keyword_reach(text, m.start, we);
                    }
                    push(
                        r,
                        m.start.saturating_sub(rule.back),
                        we,
                        &mut starts,
                        &mut hits,
                        &mut vetoes,
                        sc,
                    );
                }
            }
        }
        // `+` before a digit (phone numbers in short groups) and `%40`
        // (URL-encoded e-mail addresses), found in one pass.
        let signs = if self.plus_regions || self.email_rule.is_some() {
            Signs::find(text)
        } else {
            Signs::default()
        };
        if !self.region_rules.is_empty() {
            let mut regions = if have_runs {
                digit_regions_from(text, &run_ends)
            } else {
                digit_regions(text)
            };
            if self.plus_regions {
                regions = merge_regions(regions, plus_regions(text, &signs.plus));
            }
            for (ws, we) in regions {
                // Skip the regexes where the region cannot hold a value.
                let digits = text
                    .get(ws..we)
                    .unwrap_or_default()
                    .iter()
                    .filter(|c| c.is_ascii_digit())
                    .count();
                if !self.region_min.iter().any(|&m| digits >= m) {
                    continue;
                }
                // Same haystack and start as `run_regex`, so the set
                // matches exactly where a rule's own search would.
                let can = self
                    .region_set()
                    .filter(|_| self.gates)
                    .map(|set| set.matches_at(text.get(..we).unwrap_or(text), ws));
                let rules = self.region_rules.iter().zip(&self.region_min);
                for (i, (&r, &min)) in rules.enumerate() {
                    let possible = can.as_ref().is_none_or(|m| m.matched(i));
                    if possible && digits >= min {
                        push(r, ws, we, &mut starts, &mut hits, &mut vetoes, sc);
                    }
                }
            }
        }
        // The `@`s, found once for the URL rules and the e-mail rule.
        if !self.url_rules.is_empty() || self.email_rule.is_some() {
            ats.extend(memchr::memchr_iter(b'@', text));
        }
        if !self.url_rules.is_empty() {
            for &at in &ats {
                let Some(c) = url_before_at(text, at) else {
                    continue;
                };
                for &r in &self.url_rules {
                    if let Some(rule) = self.rules.get(r as usize) {
                        push(
                            r,
                            c.saturating_sub(rule.back),
                            (c + 3 + rule.fwd).min(len),
                            &mut starts,
                            &mut hits,
                            &mut vetoes,
                            sc,
                        );
                    }
                }
            }
        }
        // In rule order, as the hits of each rule have always come.
        open.sort_unstable_by_key(|o| o.0);
        for &(r, ws, we) in &open {
            if let Some(rule) = self.rules.get(r as usize) {
                let st = starts_of(&mut starts, r);
                self.run_regex(text, r, rule, ws, we, st, &mut hits, &mut vetoes, sc);
            }
        }
        if let Some(er) = self.email_rule {
            email_hits(text, ats.iter().copied(), 1, er, &mut hits);
            email_hits(text, signs.encoded_at.iter().copied(), 3, er, &mut hits);
        }

        if let Some(set) = &self.custom_set {
            for pi in set.matches(text).iter() {
                if let Some(&r) = self.custom_set_rules.get(pi) {
                    if let Some(rule) = self.rules.get(r as usize) {
                        self.run_regex(text, r, rule, 0, len, None, &mut hits, &mut vetoes, sc);
                    }
                }
            }
        }
        sc.found = found;
        sc.run_ends = run_ends;
        sc.ats = ats;
        self.finish(hits, &vetoes)
    }

    /// Time spent per engine phase on `text` (anchors, digit probe,
    /// e-mail, full scan), for tuning.
    #[doc(hidden)]
    pub fn profile_phases(&self, text: &[u8]) -> [std::time::Duration; 4] {
        let t = std::time::Instant::now();
        let mut found = Vec::new();
        self.anchors.find(text, &mut found);
        let mut n = found.len();
        let a = t.elapsed();
        let t = std::time::Instant::now();
        n += digit_regions(text).len();
        let d = t.elapsed();
        let t = std::time::Instant::now();
        let mut hits = Vec::new();
        if let Some(er) = self.email_rule {
            email_hits(text, memchr::memchr_iter(b'@', text), 1, er, &mut hits);
        }
        let e = t.elapsed();
        let t = std::time::Instant::now();
        n += self.scan(text).len();
        let f = t.elapsed();
        std::hint::black_box(n);
        [a, d, e, f]
    }

    /// Every anchor literal once, with whether it matches ignoring ASCII
    /// case: the bench runs them through the `aho-corasick` crate as a
    /// reference for the literal pass alone.
    #[doc(hidden)]
    pub fn anchor_literals(&self) -> Vec<(&[u8], bool)> {
        self.anchors.literals().collect()
    }

    /// The naive baseline for benches and cross-checks: every rule's
    /// regex run over the whole text, one rule at a time, with the same
    /// validators. Keyword rules are not included.
    #[doc(hidden)]
    pub fn scan_naive(&self, text: &[u8]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut vetoes = Vec::new();
        if let Some(er) = self.email_rule {
            email_hits(text, memchr::memchr_iter(b'@', text), 1, er, &mut hits);
            let encoded = memchr::memmem::find_iter(text, b"%40");
            email_hits(text, encoded, 3, er, &mut hits);
        }
        let sc = &mut Scratch::default();
        for (r, rule) in self.rules.iter().enumerate() {
            if rule.regex.is_some() {
                let (n, st) = (text.len(), None);
                self.run_regex(text, r as u16, rule, 0, n, st, &mut hits, &mut vetoes, sc);
            }
        }
        self.finish(hits, &vetoes)
    }

    fn keyword_hit(
        &self,
        text: &[u8],
        r: u16,
        rule: &Rule,
        s: usize,
        e: usize,
        hits: &mut Vec<Hit>,
    ) {
        let before = s.checked_sub(1).and_then(|i| text.get(i)).copied();
        let after = text.get(e).copied();
        let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_');
        if word(before) || word(after) {
            return;
        }
        let m = text.get(s..e).unwrap_or_default();
        // A marker in lower case is ordinary prose ("confidential client"
        // in OAuth code, "for internal only use"); markers are shouted or
        // Title Cased ("CONFIDENTIAL", "Internal Only").
        if rule.check == Check::Marker {
            let single = !m.contains(&b' ');
            let shouted = !m.iter().any(u8::is_ascii_lowercase);
            let titled = m
                .split(|&c| c == b' ')
                .all(|w| w.first().is_none_or(|c| !c.is_ascii_lowercase()));
            // A Title Case word alone is prose ("Confidential Computing"),
            // unless it stands as a banner: a line of its own, or a cell of
            // a page footer (`Acme Corp | Confidential | Page 1 of 6`).
            let banner = single && titled && banner_word(text, s, e);
            if !(shouted || (!single && titled) || banner) || label_name_value(text, s, e) {
                return;
            }
            // A marker in a script without case (`社外秘`, `机密`, `대외비`) is
            // also a common word of its prose: only a banner counts.
            if m.iter().all(|&c| c >= 0x80) && !cjk_banner(text, s, e) {
                return;
            }
            // A one-word marker that names something in code is an
            // identifier, not a label: `CONFIDENTIAL = 2` in an enum,
            // `Level.CONFIDENTIAL`, `Level::CONFIDENTIAL`, `CONFIDENTIAL(…)`;
            // or a value compared with (`WHERE level <> 'CONFIDENTIAL'`).
            let next = text
                .get(e..)
                .unwrap_or_default()
                .iter()
                .find(|&&c| c != b' ');
            let prev = text.get(..s).unwrap_or_default();
            if single
                && (matches!(next, Some(b'=' | b'('))
                    || prev.ends_with(b".")
                    || prev.ends_with(b"::")
                    || in_constant_list(text, s)
                    || compared_literal(text, s, e))
            {
                return;
            }
        }
        hits.push(Hit {
            rule: r,
            start: s,
            end: e,
            confidence: rule.conf,
            example: false,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn run_regex(
        &self,
        text: &[u8],
        r: u16,
        rule: &Rule,
        ws: usize,
        we: usize,
        starts: Option<&mut Vec<usize>>,
        hits: &mut Vec<Hit>,
        vetoes: &mut Vec<(usize, usize)>,
        sc: &mut Scratch,
    ) {
        let Some(confirm) = rule.regex.as_ref() else {
            return;
        };
        let Some(re) = confirm.get() else {
            return;
        };
        let hay = text.get(..we).unwrap_or(text);
        let mut pos = ws;
        let ri = usize::from(r);
        if sc.locs.len() <= ri {
            sc.locs.resize_with(ri + 1, || None);
            sc.caps.resize_with(ri + 1, || None);
        }
        let Scratch {
            locs, caps, cands, ..
        } = sc;
        let Some(locs) = locs
            .get_mut(ri)
            .map(|l| l.get_or_insert_with(|| re.capture_locations()))
        else {
            return;
        };
        // Without groups the DFA alone gives the match: skip the slower
        // capture engines.
        let groups = re.captures_len() > 1;
        let pem = rule.pem.filter(|_| self.fast);
        // Anchored rules: every keyword start in the window, each searched
        // once, in order (the leftmost match at or after `pos` starts at
        // the first of them that matches).
        let mut anchored = None;
        if let (Some(a), Some(st)) = (rule.anchored.as_ref().filter(|_| self.fast), starts) {
            let k = st.partition_point(|&c| c < we);
            cands.clear();
            cands.extend(st.drain(..k).filter(|&c| c >= ws));
            if let (Some(meta), Some(slot)) = (a.get(&confirm.pattern), caps.get_mut(ri)) {
                a.extra_starts(hay, ws, cands);
                cands.sort_unstable();
                cands.dedup();
                let caps = slot.get_or_insert_with(|| meta.create_captures());
                anchored = Some((meta, &*cands, caps, 0));
            }
        }
        while pos < we {
            let found = if let Some((meta, cands, caps, next)) = anchored.as_mut() {
                let mut found = None;
                while let Some(&c) = cands.get(*next) {
                    *next += 1;
                    if c < pos || c >= hay.len() || !self.may_assign(text, rule, c) {
                        continue;
                    }
                    let input = regex_automata::Input::new(hay)
                        .range(c..)
                        .anchored(regex_automata::Anchored::Yes);
                    meta.search_captures(&input, caps);
                    if let Some(m) = caps.get_match() {
                        found = Some((m.start(), m.end()));
                        break;
                    }
                }
                found
            } else if let Some((begin, end)) = pem {
                pem_find(hay, pos, begin, end)
            } else if groups {
                re.captures_read_at(locs, hay, pos)
                    .map(|m| (m.start(), m.end()))
            } else {
                re.find_at(hay, pos).map(|m| (m.start(), m.end()))
            };
            let Some((ms, me)) = found else {
                break;
            };
            let next = if me > ms { me } else { ms + 1 };
            let g = match &anchored {
                Some((_, _, caps, _)) => Groups::Meta(caps),
                None => Groups::Re(re, locs),
            };
            let v = if groups {
                g.get("v").or_else(|| g.get("u")).or_else(|| g.get("x"))
            } else {
                None
            };
            let (vs, ve) = v.unwrap_or((ms, me));
            // A value cut short for display (`Bearer eyJhbGciOi…`,
            // `api_key=3f9a…[masked]`) is not the credential; a format
            // with its own structure (a checksummed token) still is.
            let ok = self.bounds_ok(text, rule, ms, vs, ve)
                && !((rule.generic || rule.check == Check::Jwt) && masked_after(text, ve));
            // A key public where it stands is asked about only once it
            // validates: its context searches cost more than most rejects.
            let valid = ok.then(|| {
                self.validate(text, rule, g, ms, me, vs, ve)
                    .filter(|_| !public_by_context(&rule.id, text, vs, ve))
            });
            match valid {
                Some(Some((conf, example))) => {
                    // A service-account file is found by its `"type"`; the
                    // secret in it is its private key.
                    let (vs, ve) = match rule.check {
                        Check::GcpSa => gcp_key_span(text, ms, me).unwrap_or((vs, ve)),
                        _ => (vs, ve),
                    };
                    hits.push(Hit {
                        rule: r,
                        start: vs,
                        end: ve,
                        confidence: conf,
                        example,
                    });
                    pos = next;
                }
                // A well-formed token with a bad checksum is made up: no
                // generic rule may report it either.
                Some(None) if rule.check == Check::GithubCrc => {
                    vetoes.push((vs, ve));
                    pos = next;
                }
                // A rejected match may hide a real one starting inside it;
                // a number-shaped value may not start right after a letter
                // or digit (`region_ok` rejects it), so skip those starts
                // instead of retrying at every digit of a long number.
                _ => {
                    pos = ms + 1;
                    // (Only where the value is the whole match.)
                    if matches!(rule.check, Check::Region(_)) && v.is_none() {
                        while pos < we && text.get(pos - 1).is_some_and(u8::is_ascii_alphanumeric) {
                            pos += 1;
                        }
                    }
                }
            }
        }
    }

    /// For a keyword rule with an assignment gate: whether an assignment
    /// can start at `c`, before the regex is asked. The keyword and the key
    /// suffix (`password_hash`) are one run of identifier characters, which
    /// the regex must consume whole (quote, space and operator are not
    /// identifier characters); so the run is at most `key` plus the longest
    /// keyword long, and quote, space and operator follow it as the gate
    /// requires. Most keywords in code are not assignments, and each
    /// regex call costs more than this.
    fn may_assign(&self, text: &[u8], rule: &Rule, c: usize) -> bool {
        match (rule.gate, &rule.anchored) {
            (Some(Gate::Assign { key, ops }), Some(a)) => {
                let op = operator_after(text, c, key + a.longest, ops);
                // `token: String`: an assignment, but no 16-byte value.
                match (op, a.value_min) {
                    (Some(op), Some(min)) => secret_value_follows(text, op, min),
                    (op, _) => op.is_some(),
                }
            }
            _ => true,
        }
    }

    fn bounds_ok(&self, text: &[u8], rule: &Rule, ms: usize, vs: usize, ve: usize) -> bool {
        // Before a token, `=`, `-` and `:` are assignment or flag syntax;
        // after it, `-`, `+`, `/` and `=` would mean the token goes on.
        let tok_before = |c: u8, set: Bound| match set {
            Bound::None => false,
            Bound::Word => c.is_ascii_alphanumeric() || c == b'_',
            Bound::Token => c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'/'),
        };
        let tok_after = |c: u8, set: Bound| match set {
            Bound::None => false,
            Bound::Word => c.is_ascii_alphanumeric() || c == b'_',
            Bound::Token => {
                c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'+' | b'/' | b'=')
            }
        };
        // With a value group the match starts at a context keyword, which
        // may well be glued to an identifier (`client_secret`).
        let start_ok = vs != ms
            || ms
                .checked_sub(1)
                .and_then(|i| text.get(i))
                .is_none_or(|&c| !tok_before(c, rule.bound));
        let end_ok = text.get(ve).is_none_or(|&c| !tok_after(c, rule.bound));
        start_ok && end_ok
    }

    #[allow(clippy::too_many_arguments)]
    fn validate(
        &self,
        text: &[u8],
        rule: &Rule,
        groups: Groups,
        ms: usize,
        me: usize,
        vs: usize,
        ve: usize,
    ) -> Option<(Confidence, bool)> {
        let v = text.get(vs..ve)?;
        // `is_example` scans the whole value (a PEM body is kilobytes), and
        // most checks need it only once the value has passed: compute it
        // on first use.
        let mut known: Option<bool> = None;
        let mut example = || *known.get_or_insert_with(|| validate::is_example(v));
        let conf = rule.conf;
        let ok = match rule.check {
            Check::Plain | Check::Marker | Check::Keyword | Check::Email => true,
            // Validated where it is found (`country_id`); it has no regex.
            Check::CountryId | Check::SecretColumn => false,
            Check::Entropy(min) => validate::entropy(v) >= min || example(),
            Check::GithubCrc => {
                if validate::github_crc(v) {
                    return Some((Confidence::High, example()));
                }
                // Right shape, wrong checksum: a made-up or mistyped token.
                return example().then_some((Confidence::Low, true));
            }
            Check::Jwt => validate::jwt_ok(v) && !validate::jwt_public(v),
            Check::Jwk => {
                validate::jwk_has_kty(text, ms, me, JWK_REACH) && validate::entropy(v) >= 3.5
            }
            Check::Assign(min) => {
                let key = groups
                    .get("k")
                    .and_then(|(a, b)| text.get(a..b))
                    .unwrap_or_default();
                // The identifier the keyword ends (`nextPage` of
                // `nextPageToken`, `csrf_` of `csrf_token`).
                let mut p = ms;
                while p > 0
                    && ms - p < 40
                    && text
                        .get(p - 1)
                        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
                {
                    p -= 1;
                }
                let prefix = text.get(p..ms).unwrap_or_default();
                let key_end = groups.get("k").map_or(ms, |(_, ke)| ke);
                let name = text.get(p..key_end).unwrap_or_default();
                // An access key *id* (MinIO, Wasabi, Scaleway: 20 upper-case
                // characters) is an identifier; its secret is the finding.
                // (The keyword may be `access_key` or the `_key` of it.)
                let access = |k: &[u8]| k.eq_ignore_ascii_case(b"access");
                let access_id = (text.get(ms..ms + 6).is_some_and(access)
                    || prefix
                        .len()
                        .checked_sub(6)
                        .and_then(|i| prefix.get(i..))
                        .is_some_and(access))
                    && v.len() <= 24
                    && v.iter()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
                // A key id paired with its secret (`CONFLUENT_API_KEY=` 16
                // capitals, then `CONFLUENT_API_SECRET=`; Shopify's
                // `SHOPIFY_API_KEY`, the app's client id, in 32 hex
                // digits before `SHOPIFY_API_SECRET`): the secret is the
                // finding.
                let paired_id = (16..=64).contains(&v.len())
                    && v.iter().all(u8::is_ascii_alphanumeric)
                    && secret_sibling(text, name, ve);
                // `x = token1.child_token()`: a call, not a value; and
                // `"AWS::ApiGateway::ApiKey": "…"` names a type, not a key.
                let call = followed_by_call(text, ve)
                    || p.checked_sub(2).and_then(|i| text.get(i..p)) == Some(b"::");
                let typed = groups
                    .get("k")
                    .is_some_and(|(_, ke)| type_annotation(text, ke, vs, ve));
                !access_id
                    && !paired_id
                    && !call
                    && !typed
                    && !push_device_token(text, vs, ve)
                    && !validate::public_key_value(v)
                    && assign_ok(prefix, text.get(ms) == Some(&b'_'), key, name, v, min)
            }
            Check::Password => {
                // A `.netrc` entry's password line is `netrc_password`'s.
                if &*rule.id == "password_directive"
                    && text
                        .get(ms.saturating_sub(300)..ms)
                        .is_some_and(|b| memchr::memmem::find(b, b"machine").is_some())
                {
                    return None;
                }
                // `_PASS` ends an upper-case variable name (`RABBITMQ_PASS`),
                // not `_PASS` alone or a lower-case `first_pass`.
                if text.get(ms) == Some(&b'_')
                    && !ms
                        .checked_sub(1)
                        .and_then(|i| text.get(i))
                        .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                {
                    return None;
                }
                let key = groups
                    .get("k")
                    .and_then(|(a, b)| text.get(a..b))
                    .unwrap_or_default();
                // `x`: the text of an XML element (`<password>…</password>`),
                // delimited like a quoted value.
                let xml = groups.get("x").is_some();
                if xml {
                    // The keyword ends the name of an element: its `<` is
                    // before the name. A value in braces is a Maven
                    // encrypted password (`{COQLCE6DU6GtcS5P=}`), which only
                    // the master password in `settings-security.xml` opens.
                    let p = name_start(text, ms);
                    let tag = p.checked_sub(1).and_then(|i| text.get(i)) == Some(&b'<');
                    if !tag || (v.starts_with(b"{") && v.ends_with(b"}")) {
                        return None;
                    }
                }
                let quoted = groups.get("v").is_some() || xml;
                // `password = base64.b64decode(rest)`: a call, not a value.
                let call = !quoted && followed_by_call(text, ve);
                // After a typed declaration (`password: String = x`) or Go's
                // `:=`, an unquoted value is a variable, not a literal; and
                // one between `:` and `=` is a type.
                let code = groups.get("k").is_some_and(|(_, ke)| {
                    let op = text.get(ke..vs).unwrap_or_default();
                    (!quoted && op.contains(&b':') && op.contains(&b'='))
                        || type_annotation(text, ke, vs, ve)
                });
                // An Apple app-specific password (`abcd-efgh-ijkl-mnop`,
                // fastlane's `APPLICATION_SPECIFIC_PASSWORD`): dashes,
                // which `password_ok` reads as a slug of words.
                if app_password(v, b'-') {
                    return Some((conf, example()));
                }
                if quoted && app_password(v, b' ') {
                    // A Google app password (`abcd efgh ijkl mnop`) has
                    // spaces, which `password_ok` refuses: only under a
                    // mail name (`EMAIL_HOST_PASSWORD`, `smtp_password`).
                    let p = name_start(text, ms);
                    let name = text.get(p..vs).unwrap_or_default().to_ascii_lowercase();
                    if memchr::memmem::find(&name, b"mail").is_some()
                        || memchr::memmem::find(&name, b"smtp").is_some()
                    {
                        return Some((conf, example()));
                    }
                }
                // The shell's working directories in an `env` dump
                // (`PWD=/home/mia/src`, `OLDPWD=…`), not a password.
                let shell_dir = matches!(v.first(), Some(b'/' | b'~'))
                    && groups.get("k").is_some_and(|(_, ke)| {
                        matches!(text.get(name_start(text, ms)..ke), Some(b"PWD" | b"OLDPWD"))
                    });
                // `[REDACTED:database_url_password:9f1c2a7e]`: a redaction
                // marker's rule name and hash, not an assignment.
                let redaction = text
                    .get(name_start(text, ms).saturating_sub(10)..ms)
                    .is_some_and(|b| {
                        memchr::memmem::find(&b.to_ascii_uppercase(), b"REDACTED:").is_some()
                    });
                // `${AIRFLOW_PASSWORD:-airflow}`: the default of a shell
                // expansion follows its `:-` (or `:=`); the dash is syntax.
                let p = name_start(text, ms);
                let v = match p.checked_sub(2).and_then(|i| text.get(i..p)) {
                    Some(b"${") => v.strip_prefix(b"-").or(v.strip_prefix(b"=")).unwrap_or(v),
                    _ => v,
                };
                !call
                    && !code
                    && !shell_dir
                    && !redaction
                    && !file_path(v)
                    && password_ok(key, v, quoted)
            }
            Check::Literal => {
                let name = groups
                    .get("n")
                    .and_then(|(a, b)| text.get(a..b))
                    .unwrap_or_default();
                credential_value_ok(name, v, true)
            }
            Check::NameValue => {
                let p = name_start(text, ms);
                let key_end = groups.get("k").map_or(ms, |(_, ke)| ke);
                let name = text.get(p..key_end).unwrap_or_default();
                named_by_field(text, p) && credential_value_ok(name, v, groups.get("v").is_some())
            }
            Check::Prose => {
                let w = groups
                    .get("w")
                    .and_then(|(a, b)| text.get(a..b))
                    .unwrap_or_default();
                prose_words(text, ms, w) && prose_password_ok(v)
            }
            Check::BitLocker => {
                v.split(|&c| c == b'-').all(|g| {
                    let n = g
                        .iter()
                        .fold(0u32, |n, &c| n * 10 + u32::from(c.saturating_sub(b'0')));
                    n % 11 == 0 && n < 720_896
                }) && !validate::is_example(v)
            }
            Check::RecoveryCode => recovery_code_ok(text, vs, ve),
            Check::LoRaWan => {
                let near = text
                    .get(vs.saturating_sub(600)..(ve + 600).min(text.len()))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let named = [
                    &b"lora"[..],
                    b"ttn",
                    b"otaa",
                    b"chirpstack",
                    b"lmic",
                    b"deveui",
                    b"dev_eui",
                    b"joineui",
                    b"join_eui",
                    b"appeui",
                    b"app_eui",
                    // LoRaWAN 1.1's network key names itself.
                    b"nwkkey",
                    b"nwk_key",
                ]
                .iter()
                .any(|w| memchr::memmem::find(&near, w).is_some());
                named
                    && !v.iter().all(|&c| c == v[0])
                    && validate::entropy(v) >= 3.0
                    && !validate::is_example(v)
            }
            Check::UrlPassword => url_password_ok(v) && !user_as_password(text, vs, v),
            Check::Cli => {
                // The flag's value may be quoted: a trailing quote or
                // backslash-escape is not part of the password.
                v.len() >= 4
                    && url_password_ok(v)
                    && !validate::looks_like_code(v)
                    && !v.iter().all(u8::is_ascii_uppercase)
                    && !validate::password_hash(v)
            }
            Check::Cookie => {
                let name = groups
                    .get("k")
                    .and_then(|(a, b)| text.get(a..b))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                cookie_ok(&name, v)
            }
            // With a value group this is the `SECRET_KEY = …` rule: a
            // `django-insecure-` value is the prefix rule's finding.
            Check::AppKey => app_key_ok(v) && (vs == ms || !v.starts_with(b"django-insecure-")),
            Check::B64Pem => base64::engine::general_purpose::STANDARD
                .decode(v.get(..v.len() - v.len() % 4).unwrap_or_default())
                .ok()
                .is_some_and(|d| {
                    d.starts_with(b"-----BEGIN ")
                        && memchr::memmem::find(d.get(..80).unwrap_or(&d[..]), b"PRIVATE KEY-----")
                            .is_some()
                        && d.iter().filter(|c| c.is_ascii_alphanumeric()).count() >= 160
                        && !has_ellipsis(&d)
                }),
            Check::Decoded(rules::Decoded::RsaKeyValue) => {
                // The XML's own `<` would make any block an example: judge
                // the private exponent alone.
                if !validate::decoded_ok(rules::Decoded::RsaKeyValue, v) {
                    return None;
                }
                let d = validate::xml_member(v, b"D").unwrap_or_default();
                let example = validate::is_example(d);
                return Some((if example { Confidence::Low } else { conf }, example));
            }
            Check::Decoded(kind) => validate::decoded_ok(kind, v),
            Check::Pem => {
                // Counting stops at the 120 that suffice (bodies are KiBs).
                let b64 = v.iter().filter(|c| c.is_ascii_alphanumeric()).take(120);
                // Shorter bodies (Ed25519 and X25519 keys are 64 base64
                // characters) must be a whole DER structure.
                (b64.count() >= 120 || validate::short_pem_is_der(v)) && !has_ellipsis(v)
            }
            Check::BasicAuth => base64::engine::general_purpose::STANDARD
                .decode(v)
                .ok()
                .is_some_and(|d| {
                    let colon = memchr::memchr(b':', &d);
                    let pass = d.get(colon.unwrap_or(0) + 1..).unwrap_or_default();
                    // An empty user name with a token for the password:
                    // Azure DevOps PATs (`git -c http.extraheader=…`).
                    let token = pass.len() >= 20 && validate::entropy(pass) >= 3.5;
                    colon.is_some_and(|c| (c > 0 || token) && c + 1 < d.len())
                        && d.iter().all(|b| (0x20..0x7f).contains(b))
                        && !validate::is_dummy_value(pass)
                }),
            Check::Sas => {
                let ctx = text.get(ms.saturating_sub(500)..ms).unwrap_or_default();
                memchr::memmem::find(ctx, b"sv=").is_some()
                    && (memchr::memmem::find(ctx, b"se=").is_some()
                        || memchr::memmem::find(ctx, b"sp=").is_some())
            }
            Check::GcpSa => {
                let ctx = text
                    .get(ms.saturating_sub(4000)..(me + 4000).min(text.len()))
                    .unwrap_or_default();
                // A `"private_key"` member holds the key itself, not a
                // redacted one (`"<redacted>"`).
                let key = memchr::memmem::find(ctx, b"\"private_key\"").and_then(|i| {
                    let rest = ctx.get(i + 13..)?;
                    let colon = rest.iter().position(|c| !c.is_ascii_whitespace())?;
                    (rest.get(colon) == Some(&b':')).then(|| rest.get(colon + 1..))?
                });
                let redacted = key.is_some_and(|r| {
                    let r = r.trim_ascii_start().strip_prefix(b"\"").unwrap_or_default();
                    // Key material after the header: 64 base64 characters
                    // before the END line (`\n<redacted>\n` has none).
                    let body = memchr::memmem::find(r, b"KEY-----")
                        .and_then(|h| r.get(h + 8..(h + 400).min(r.len())))
                        .unwrap_or_default();
                    let body = body
                        .get(..memchr::memmem::find(body, b"-----").unwrap_or(body.len()))
                        .unwrap_or_default();
                    let material = body
                        .split(|&c| c == b'\\')
                        .map(|p| p.strip_prefix(b"n").unwrap_or(p))
                        .flat_map(|p| p.iter())
                        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
                        .count();
                    !r.starts_with(b"-----BEGIN") || material < 64 || body.contains(&b'<')
                });
                memchr::memmem::find(ctx, b"private_key").is_some() && !redacted
            }
            Check::Region(kind) => {
                return region_ok(kind, text, groups, vs, ve, false)
                    .map(|c| (c, example() || region_example(kind, v)))
            }
            Check::NationalId(kind) => return national_id::validate(kind, text, vs, ve),
            Check::Ctx(kind) => {
                // Where the digit-probe rule reports this number itself,
                // the context rule stays silent (one finding per value).
                if self.probe_reports(kind, text, vs, ve) {
                    return None;
                }
                return region_ok(kind, text, groups, vs, ve, true)
                    .map(|c| (c, example() || region_example(kind, v)));
            }
        };
        if !ok {
            return None;
        }
        let example = example();
        Some((if example { Confidence::Low } else { conf }, example))
    }

    /// Whether the digit-probe rule of `kind` reports a number overlapping
    /// `vs..ve` on its own.
    fn probe_reports(&self, kind: Pii, text: &[u8], vs: usize, ve: usize) -> bool {
        let Some(pre) = self
            .rules
            .iter()
            .find(|r| r.check == Check::Region(kind))
            .and_then(|r| r.regex.as_ref().and_then(Confirm::get))
        else {
            return false;
        };
        let hay = text.get(..(ve + 1).min(text.len())).unwrap_or_default();
        let mut plocs = pre.capture_locations();
        let mut pos = vs.saturating_sub(2);
        while let Some(m) = pre.captures_read_at(&mut plocs, hay, pos) {
            if m.start() >= ve {
                break;
            }
            let g = Groups::Re(pre, &plocs);
            if m.end() > vs && region_ok(kind, text, g, m.start(), m.end(), false).is_some() {
                return true;
            }
            pos = m.start() + 1;
        }
        false
    }

    /// Phone numbers in a table column whose header names them (a CRM
    /// export: `"Id","Email","MobilePhone"`, then a row per contact). The
    /// keyword is a header cell of its own, rows away from the values, so
    /// the context rule's same-line regex cannot see them: each cell of
    /// that column, down to the first blank line or row of another cell
    /// count, is checked as a number written after its keyword.
    fn column_hits(&self, text: &[u8], ks: usize, r: u16, hits: &mut Vec<Hit>) {
        const MAX_ROWS: usize = 2_000;
        // Neither kind of table has a code line for its header: most phone
        // keywords stand in code, and this spares them both parses.
        let (ls, le) = table::line_at(text, ks);
        if text.get(ls..le).is_none_or(table::code_line) {
            return;
        }
        // A table printed with aligned columns (`df.head()`; a notebook's
        // output line ends in `\n",`, which is no CSV).
        let aligned = table::aligned_cells(text, ks, MAX_ROWS);
        if !aligned.is_empty() {
            for (a, b) in aligned {
                self.column_value(text, a, b, r, hits);
            }
            return;
        }
        let Some(table) = table::Table::with_header_at(text, ks) else {
            return;
        };
        let Some(col) = table.column_at(ks) else {
            return;
        };
        // The keyword's cell is a column name (`MobilePhone`, `"Tel."`),
        // not a value with a label (`tel: 030 …`).
        let name = table.name(text, col);
        if name.len() > 32 || name.iter().filter(|c| c.is_ascii_digit()).count() > 2 {
            return;
        }
        for row in table.rows(text, MAX_ROWS) {
            if let Some(&(a, b)) = row.get(col) {
                self.column_value(text, a, b, r, hits);
            }
        }
    }

    /// The cells under a header cell naming a credential at `ks` (see
    /// [`Check::SecretColumn`]), each checked as the value of an
    /// assignment to that name.
    fn secret_column_hits(&self, text: &[u8], ks: usize, r: u16, hits: &mut Vec<Hit>) {
        const MAX_ROWS: usize = 2_000;
        let Some(table) = table::Table::with_header_at(text, ks) else {
            return;
        };
        let Some(col) = table.column_at(ks) else {
            return;
        };
        let name = table.name(text, col);
        // A header cell is a name of a few words, not prose cut at a `;`.
        let words = name
            .split(|c| c.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
            .count();
        if name.len() > 40 || words > 3 {
            return;
        }
        for row in table.rows(text, MAX_ROWS) {
            let Some(&(a, b)) = row.get(col) else {
                continue;
            };
            let cell = text.get(a..b).unwrap_or_default();
            let v = table::trim_cell(cell);
            let vs = a + (v.as_ptr() as usize - cell.as_ptr() as usize);
            // Secrets have no spaces; payment tokens and object ids
            // (`tok_…`, `pm_…`, `cus_…`) stand in for a card or customer.
            let object_id = [
                &b"tok_"[..],
                b"pm_",
                b"card_",
                b"cus_",
                b"src_",
                b"seti_",
                b"pi_",
            ]
            .iter()
            .any(|p| v.starts_with(p));
            let ok = !v.iter().any(u8::is_ascii_whitespace)
                && !object_id
                && credential_value_ok(name, v, true);
            if ok {
                hits.push(Hit {
                    rule: r,
                    start: vs,
                    end: vs + v.len(),
                    confidence: Confidence::Medium,
                    example: validate::is_example(v),
                });
            }
        }
    }

    /// National ids under a generic label at `ls..le` (see `country_id`).
    fn country_id_hits(&self, text: &[u8], ls: usize, le: usize, r: u16, hits: &mut Vec<Hit>) {
        let mut found = Vec::new();
        country_id::find(text, ls, le, &mut found);
        hits.extend(
            found
                .into_iter()
                .map(|(start, end, confidence, example)| Hit {
                    rule: r,
                    start,
                    end,
                    confidence,
                    example,
                }),
        );
    }

    /// One cell of a phone column: its value (quotes and spaces trimmed)
    /// checked as a number after its keyword, unless the digit probe
    /// reports it already.
    fn column_value(&self, text: &[u8], a: usize, b: usize, r: u16, hits: &mut Vec<Hit>) {
        let cell = text.get(a..b).unwrap_or_default();
        let v = table::trim_cell(cell);
        let Some(off) = v
            .first()
            .map(|f| f as *const u8 as usize - cell.as_ptr() as usize)
        else {
            return;
        };
        let (vs, ve) = (a + off, a + off + v.len());
        let phone_chars = v
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'+' | b' ' | b'(' | b')' | b'.' | b'-'));
        let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
        if !phone_chars
            || !(8..=15).contains(&digits)
            || self.probe_reports(Pii::Phone, text, vs, ve)
        {
            return;
        }
        if let Some(conf) = region_ok(Pii::Phone, text, Groups::None, vs, ve, true) {
            let example = region_example(Pii::Phone, v);
            hits.push(Hit {
                rule: r,
                start: vs,
                end: ve,
                confidence: if example { Confidence::Low } else { conf },
                example,
            });
        }
    }

    fn finish(&self, mut hits: Vec<Hit>, vetoes: &[(usize, usize)]) -> Vec<Hit> {
        // Most segments (roles, ids, paths, prose) have nothing to sort out.
        if hits.is_empty() {
            return hits;
        }
        hits.sort_unstable_by_key(|h| (h.start, h.end, h.rule));
        hits.dedup_by_key(|h| (h.start, h.end, h.rule));
        // Generic context rules yield to a specific detector on the same
        // bytes (`token = "ghp_…"` is a GitHub token, not a generic secret).
        let specific = Spans::new(
            hits.iter()
                .filter(|h| !self.rules.get(h.rule as usize).is_some_and(|r| r.generic))
                .map(|h| (h.start, h.end))
                .chain(vetoes.iter().copied()),
        );
        hits.retain(|h| {
            !self.rules.get(h.rule as usize).is_some_and(|r| r.generic)
                || !specific.overlaps(h.start, h.end)
        });
        for &(inner, outer) in &self.contained {
            let outers = Spans::new(
                hits.iter()
                    .filter(|h| h.rule == outer)
                    .map(|h| (h.start, h.end)),
            );
            if !outers.is_empty() {
                hits.retain(|h| h.rule != inner || !outers.contains(h.start, h.end));
            }
        }
        // An AWS key id next to a secret key is a live pair.
        if let (Some(id), Some(sk)) = (self.aws_id, self.aws_secret) {
            let has = |r: u16| hits.iter().any(|h| h.rule == r && !h.example);
            if has(id) && has(sk) {
                for h in hits
                    .iter_mut()
                    .filter(|h| (h.rule == id || h.rule == sk) && !h.example)
                {
                    h.confidence = Confidence::High;
                }
            }
        }
        hits
    }
}

/// Byte spans sorted by start, with the running maximum of their ends:
/// whether any span overlaps or contains a range is one binary search, so
/// a body with thousands of generic hits is not checked pair by pair.
struct Spans {
    /// `(start, max end of this and every earlier span)`.
    by_start: Vec<(usize, usize)>,
}

impl Spans {
    fn new(spans: impl Iterator<Item = (usize, usize)>) -> Spans {
        let mut by_start: Vec<(usize, usize)> = spans.collect();
        by_start.sort_unstable();
        let mut max_end = 0;
        for span in &mut by_start {
            max_end = max_end.max(span.1);
            span.1 = max_end;
        }
        Spans { by_start }
    }

    fn is_empty(&self) -> bool {
        self.by_start.is_empty()
    }

    /// The largest end among the spans starting in `..limit`.
    fn max_end_before(&self, limit: usize) -> Option<usize> {
        let k = self.by_start.partition_point(|&(s, _)| s < limit);
        k.checked_sub(1)
            .and_then(|i| self.by_start.get(i))
            .map(|&(_, e)| e)
    }

    /// Some span shares a byte with `start..end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.max_end_before(end).is_some_and(|e| e > start)
    }

    /// Some span covers all of `start..end`.
    fn contains(&self, start: usize, end: usize) -> bool {
        self.max_end_before(start + 1).is_some_and(|e| e >= end)
    }
}

/// `...` in a key body: an elided key in documentation. Key bodies have no
/// `.` at all, so one `memchr` settles it (`memmem::find` built a searcher
/// per call).
/// How far a JWK's `"d"` may be from its `"kty"` (an RSA key's `n`, `dp`
/// and `dq` may lie between them): the `jwk_private_key` rule's window.
pub(crate) const JWK_REACH: usize = 2048;

fn has_ellipsis(v: &[u8]) -> bool {
    memchr::memchr_iter(b'.', v).any(|i| v.get(i..i + 3) == Some(b"..."))
}

fn compile_builtin(def: &Def) -> Rule {
    let regex = (!def.re.is_empty()).then(|| Confirm::lazy(rules::expand(def.re)));
    Rule {
        id: Arc::from(def.id),
        category: def.cat,
        regex,
        back: def.back,
        fwd: def.fwd,
        check: def.check,
        bound: def.bound,
        conf: def.conf,
        generic: matches!(
            def.id,
            "secret_assignment"
                | "password_assignment"
                | "http_bearer_token"
                | "url_credentials"
                | "cli_password"
                | "session_cookie"
        ),
        // Each gate restates the start of its rule's regex (keyword, key
        // suffix, quote, space, operator); tests/detect check that gated
        // and ungated scans agree.
        gate: match (def.id, def.check) {
            // `>`: the end of an XML open tag (`<password>…</password>`).
            ("password_assignment", _) => Some(Gate::Assign {
                key: 20,
                ops: b":=>",
            }),
            ("secret_assignment", _) => Some(Gate::Assign {
                key: 20,
                ops: b":=",
            }),
            ("http_bearer_token", _) => Some(Gate::Assign {
                key: 0,
                ops: b":=,",
            }),
            (_, Check::NameValue) => Some(Gate::ValueField),
            (_, Check::Prose) => Some(Gate::Prose),
            ("password_directive", _) => Some(Gate::Directive),
            ("secret_table_row", _) => Some(Gate::TableCell),
            ("consul_gossip_key" | "kaggle_api_key", _) => {
                Some(Gate::Assign { key: 0, ops: b":=" })
            }
            (_, Check::NationalId(kind)) if !kind.probed() => Some(Gate::WordStart),
            // A 3-byte anchor inside words (`task-`, `disk-`); the regex
            // starts at it and the Word bound refuses a glued start.
            ("openai_compatible_api_key", _) => Some(Gate::WordStart),
            // `ssl.`, `tsl.` in code; the token starts a word.
            ("dropbox_access_token" | "facebook_access_token", _) => Some(Gate::WordStart),
            // Short prefixes that also end words (`pico-`, `mexico-`,
            // `sqa_` in `nosqa_`); their regexes start at the anchor and
            // refuse a glued start too.
            (
                "infracost_api_token"
                | "adobe_client_secret"
                | "onepassword_secret_key"
                | "prefect_api_key"
                | "sonarqube_token"
                | "sourcegraph_token",
                _,
            ) => Some(Gate::WordStart),
            // Its regex starts with `\b` before every keyword.
            ("phone_number", Check::Ctx(_)) => Some(Gate::WordStart),
            _ => None,
        },
        pem: pem_markers(def.re),
        anchored: ANCHORED
            .iter()
            .find(|(id, _, _)| *id == def.id)
            .map(|&(_, extra, value_min)| AnchoredConfirm {
                extra,
                value_min,
                longest: def
                    .anchors
                    .iter()
                    .chain(extra)
                    .map(|a| a.len())
                    .max()
                    .unwrap_or(0),
                re: std::sync::OnceLock::new(),
            }),
    }
}

/// The BEGIN and END markers of a rule whose regex is
/// `BEGIN PEMBODY(?:END)?` with literal markers.
fn pem_markers(re: &'static str) -> Option<(&'static [u8], &'static [u8])> {
    let (begin, rest) = re.split_once("PEMBODY")?;
    let end = rest.strip_prefix("(?:")?.strip_suffix(")?")?;
    let literal = |s: &str| {
        s.starts_with("-----")
            && s.bytes()
                .all(|c| c.is_ascii_uppercase() || c == b' ' || c == b'-')
    };
    (literal(begin) && literal(end)).then_some((begin.as_bytes(), end.as_bytes()))
}

/// `[A-Za-z0-9+/=\r\n \t"',|>]`, the byte class of `PEM_BODY`.
static PEM_CLASS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'+' | b'/'
                    | b'='
                    | b'\r'
                    | b'\n'
                    | b' '
                    | b'\t'
                    | b'"'
                    | b'\''
                    | b','
                    | b'|'
                    | b'>'
            );
        b += 1;
    }
    t
};

/// [`PEM_CLASS`] without the first letters of the header alternatives.
static PEM_PLAIN: [bool; 256] = {
    let mut t = PEM_CLASS;
    t[b'P' as usize] = false;
    t[b'D' as usize] = false;
    t[b'C' as usize] = false;
    t[b'V' as usize] = false;
    t
};

/// The leftmost match at or after `pos` in `hay` of the regex
/// `BEGIN PEMBODY(?:END)?`, without the regex: its lazy DFA ran forward
/// across every key body, backward again for the start, and most of a
/// 16 KiB window after it.
///
/// Same match as the regex (leftmost-first): at each byte the first body
/// alternative that matches there wins, with its greedy length, and what
/// follows the body is optional, so the body never backtracks: a header
/// line (`Proc-Type:` … up to a line break or `\\`), else one class byte,
/// else `\\r`/`\\n` (after up to 8 backslashes); the body ends at the first byte where none
/// matches, and the optional END marker follows if it is there in full.
/// An empty body is no match at that BEGIN.
fn pem_find(hay: &[u8], pos: usize, begin: &[u8], end: &[u8]) -> Option<(usize, usize)> {
    const HEADERS: [&[u8]; 4] = [b"Proc-Type:", b"DEK-Info:", b"Comment:", b"Version:"];
    let mut from = pos;
    loop {
        let s = from + memchr::memmem::find(hay.get(from..)?, begin)?;
        let b = s + begin.len();
        let mut i = b;
        loop {
            // Class bytes that cannot start a header, in one tight loop.
            let rest = hay.get(i..).unwrap_or_default();
            i += rest
                .iter()
                .position(|&c| !PEM_PLAIN[c as usize])
                .unwrap_or(rest.len());
            let Some(&c) = hay.get(i) else {
                break;
            };
            let rest = hay.get(i..).unwrap_or_default();
            // The run of backslashes here (counted to 9: more is no match).
            let slashes = rest.iter().take(9).take_while(|&&b| b == b'\\').count();
            let header = matches!(c, b'P' | b'D' | b'C' | b'V')
                .then(|| HEADERS.iter().find(|h| rest.starts_with(h)))
                .flatten();
            if let Some(h) = header {
                let line = rest.get(h.len()..).unwrap_or_default();
                i += h.len()
                    + line
                        .iter()
                        .position(|c| matches!(c, b'\r' | b'\n' | b'\\'))
                        .unwrap_or(line.len());
            } else if PEM_CLASS[c as usize] {
                i += 1;
            } else if (1..=8).contains(&slashes)
                && matches!(hay.get(i + slashes), Some(b'r' | b'n'))
            {
                // `\\{1,8}[rn]`: an escaped line break, escaped again for
                // each level of JSON nesting (see `PEM_BODY`).
                i += slashes + 1;
            } else if c == b'\\' && hay.get(i + 1) == Some(&b'\n') {
                // A `.properties` line continuation (see `PEM_BODY`).
                i += 2;
            } else if c == b'\\' && hay.get(i + 1..i + 3) == Some(b"\r\n") {
                i += 3;
            } else if c == 0xE2
                && matches!(hay.get(i + 1..i + 3), Some([0x86, 0x92] | [0x94, 0x82]))
            {
                // A viewer's line-number gutter, `→` or `│` (see `PEM_BODY`).
                i += 3;
            } else {
                break;
            }
        }
        if i > b {
            let tail = hay.get(i..).is_some_and(|t| t.starts_with(end));
            return Some((s, if tail { i + end.len() } else { i }));
        }
        from = s + 1;
    }
}

/// The `://` of a URL whose `user:password@` ends at the `@` at `at`: the
/// last `://` in the 200 bytes before it (user and password are at most
/// 64 + 128 bytes and contain no `://`), if the userinfo shape holds.
fn url_before_at(text: &[u8], at: usize) -> Option<usize> {
    let from = at.saturating_sub(200);
    // Built once: `memmem::rfind` builds a searcher per call.
    static SCHEME: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new(b"://"));
    let c = from + SCHEME.rfind(text.get(from..at)?)?;
    userinfo_follows(text, c + 3).then_some(c)
}

/// Whether `user:password@` follows a `://` ending at `at`, with the
/// character classes of the URL rules' regexes (a necessary condition for
/// them to match there).
fn userinfo_follows(text: &[u8], at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    let stop = |c: u8| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'<' | b'>');
    let user = rest
        .iter()
        .take(65)
        .position(|&c| stop(c) || matches!(c, b':' | b'/' | b'@'));
    // Database URLs may have an empty user (`redis://:pw@host`).
    let Some(u) = user.filter(|&u| u <= 64) else {
        return false;
    };
    if rest.get(u) != Some(&b':') {
        return false;
    }
    let pass = rest.get(u + 1..).unwrap_or_default();
    let p = pass
        .iter()
        .take(129)
        .position(|&c| stop(c) || matches!(c, b'@' | b'/'));
    p.is_some_and(|p| (1..=128).contains(&p) && pass.get(p) == Some(&b'@'))
}

/// A match's capture groups, from the `regex` API or from an anchored
/// `regex_automata` search.
#[derive(Clone, Copy)]
enum Groups<'a> {
    Re(&'a Regex, &'a regex::bytes::CaptureLocations),
    Meta(&'a regex_automata::util::captures::Captures),
    /// A value found without a regex (a table cell).
    None,
}

impl Groups<'_> {
    fn get(self, name: &str) -> Option<(usize, usize)> {
        match self {
            Groups::Re(re, locs) => group(re, locs, name),
            Groups::Meta(c) => c.get_group_by_name(name).map(|s| (s.start, s.end)),
            Groups::None => None,
        }
    }
}

fn group(re: &Regex, locs: &regex::bytes::CaptureLocations, name: &str) -> Option<(usize, usize)> {
    let idx = re.capture_names().position(|n| n == Some(name))?;
    locs.get(idx)
}

/// Regions around runs of at least 4 digits, found by probing every 4th
/// byte: any run of 4+ digits contains a probed position, so the probe
/// touches a quarter of the bytes of digit-free text.
///
/// A probe that lands on a digit takes in the whole alphanumeric token
/// around it at once: a digit run inside a long token is part of a hash, a
/// key or an id (lockfile checksums, git SHAs, base64), not a number, and
/// skipping the token in one step keeps hex-heavy text (lockfiles) cheap.
/// `[A-Za-z0-9]` as a table: one load per byte in the token walks.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// How far a national-ID keyword starting at `ks` can name a value: to the end
/// of its line (the value follows it there), or, when the line may be a
/// table header (it has a cell separator or is one short cell), to the end
/// of its block of lines (a table's rows run until a blank line), never
/// past `cap` (the rule's own window end). These are
/// the only two contexts `national_id::validate` accepts, so a window
/// ending here loses nothing; it spares the regex the rest of an 8 KiB
/// window after every `cf ` or `dni` in prose and code.
fn keyword_reach(text: &[u8], ks: usize, cap: usize) -> usize {
    let n = text.len();
    let line_end = |from: usize| {
        memchr::memchr(b'\n', text.get(from..).unwrap_or_default()).map_or(n, |i| from + i)
    };
    let ls = memchr::memrchr(b'\n', text.get(..ks).unwrap_or_default()).map_or(0, |i| i + 1);
    // From the keyword's start: an anchor may end in the newline (`cf\n`).
    let le = line_end(ks);
    let line = text.get(ls..le).unwrap_or_default();
    let header = (line.len() <= 48
        || line.iter().any(|c| matches!(c, b',' | b';' | b'\t' | b'|'))
        || table::aligned_header(line))
        && !table::code_line(line);
    if !header {
        return le.min(cap);
    }
    let mut end = le;
    while end < cap {
        let next = line_end(end + 1);
        let row = text.get(end + 1..next).unwrap_or_default();
        if row.iter().all(u8::is_ascii_whitespace) {
            break;
        }
        end = next;
    }
    end.min(cap)
}

/// The windows the number rules look at: every run of 4+ digits (the
/// shortest value any of them takes is longer), padded, unless it sits in
/// a long token (a hash, a base64 blob). Probes every fourth byte, since a
/// run of 4 digits always covers one probed position.
fn digit_regions(text: &[u8]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 3;
    while let Some(&c) = text.get(i) {
        if !c.is_ascii_digit() {
            i += 4;
            continue;
        }
        let te = digit_token(text, i, &mut out);
        // A run starting after the token's end (te is not alphanumeric)
        // covers te + 3.
        i = te + 3;
    }
    out
}

/// The same windows from the fourth digit of each of the text's runs of 4+
/// digits (as the AVX2 anchor loop collects them, in order): each token
/// holding a run is visited once, exactly as the probe visits it. (One
/// position per run is enough: a run lies inside one alphanumeric token,
/// and `digit_token` covers that whole token.)
fn digit_regions_from(text: &[u8], run_ends: &[usize]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    for &p in run_ends {
        if p >= next {
            next = digit_token(text, p, &mut out);
        }
    }
    out
}

/// Where `+` stands before a digit and where `%40` is, in one pass: code
/// is full of `+` and `%` (arithmetic, format strings), and one packed
/// search over the two-byte pairs stops at far fewer of them than a
/// `memchr` per byte did.
#[derive(Default)]
struct Signs {
    plus: Vec<usize>,
    encoded_at: Vec<usize>,
}

impl Signs {
    fn find(text: &[u8]) -> Signs {
        // Teddy (the packed SIMD searcher) tests both bytes of each pair
        // at once; the automaton's own prefilter stopped at every `+`
        // and `%`, ~9% of a scan of source code.
        static PAIRS: std::sync::LazyLock<Option<aho_corasick::packed::Searcher>> =
            std::sync::LazyLock::new(|| {
                let pats = ["%40", "+1", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9"];
                aho_corasick::packed::Config::new()
                    .builder()
                    .extend(pats)
                    .build()
            });
        let mut out = Signs {
            plus: Vec::new(),
            encoded_at: Vec::new(),
        };
        // Overlaps cannot be missed: no pattern is a suffix or prefix of
        // another's start (`%` and `+` begin them, neither occurs inside).
        for m in PAIRS.iter().flat_map(|ac| ac.find_iter(text)) {
            if m.pattern().as_usize() == 0 {
                out.encoded_at.push(m.start());
            } else {
                out.plus.push(m.start());
            }
        }
        out
    }
}

/// Regions at each `+` that may start an international phone number: a
/// digit 1-9 follows, no letter or digit before it, and at least 10 digits
/// among the phone characters after it (`region_ok` wants 10). A region
/// spans the longest value the phone regex takes from a `+` (52 bytes).
fn plus_regions(text: &[u8], plus: &[usize]) -> Vec<(usize, usize)> {
    const SPAN: usize = 64;
    let mut out: Vec<(usize, usize)> = Vec::new();
    // (`Signs` found each `+` before a digit 1-9.)
    for &p in plus {
        if p.checked_sub(1)
            .and_then(|i| text.get(i))
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        let tail = text
            .get(p + 1..(p + SPAN).min(text.len()))
            .unwrap_or_default();
        let digits = tail
            .iter()
            .take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b'-' | b'(' | b')'))
            .filter(|c| c.is_ascii_digit())
            .count();
        if digits < 10 {
            continue;
        }
        let we = (p + SPAN).min(text.len());
        match out.last_mut() {
            Some(last) if last.1 >= p => last.1 = we,
            _ => out.push((p, we)),
        }
    }
    out
}

/// Two sorted lists of regions as one, overlapping regions joined.
fn merge_regions(a: Vec<(usize, usize)>, b: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    if b.is_empty() {
        return a;
    }
    let mut all = [a, b].concat();
    all.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(all.len());
    for (s, e) in all {
        match out.last_mut() {
            Some(last) if last.1 >= s => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Whether all 8 bytes of `w` are ASCII letters or digits (SWAR: a byte
/// is in `lo..=hi` when adding `0x80 - lo` sets its top bit and adding
/// `0x7F - hi` does not; bytes >= 0x80 are masked out first, so no add
/// carries into the next byte).
fn all_alnum(w: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let mut b = [0u8; 8];
    b.copy_from_slice(w.get(..8).unwrap_or(&[0; 8]));
    let x = u64::from_le_bytes(b);
    let low = x & !HIGH;
    let within = |v: u64, lo: u8, hi: u8| {
        v.wrapping_add(ONES * u64::from(0x80 - lo)) & !v.wrapping_add(ONES * u64::from(0x7F - hi))
    };
    let digit = within(low, b'0', b'9');
    let letter = within(low | (ONES * 0x20), b'a', b'z');
    (digit | letter) & !x & HIGH == HIGH
}

/// Adds the padded windows of the digit runs in the token around digit
/// `i` to `out` (merging with the last); returns the token's end.
fn digit_token(text: &[u8], i: usize, out: &mut Vec<(usize, usize)>) -> usize {
    const PAD: usize = 48;
    let n = text.len();
    let alnum = |i: usize| text.get(i).is_some_and(|&c| ALNUM[c as usize]);
    let mut ts = i;
    // Eight bytes at a time while they are all alphanumeric (hashes and
    // base64 make long tokens), then byte by byte to the edge.
    while let Some(w) = ts.checked_sub(8).and_then(|b| text.get(b..ts)) {
        if !all_alnum(w) {
            break;
        }
        ts -= 8;
    }
    while ts > 0 && alnum(ts - 1) {
        ts -= 1;
    }
    // `%2B` is an encoded plus (`phone=%2B4479…`): its `2B` is not part
    // of the number's token (a lower-case `b` would make it look like a
    // hash).
    if ts > 0
        && text.get(ts - 1) == Some(&b'%')
        && matches!(text.get(ts..ts + 2), Some(b"2B" | b"2b"))
    {
        ts += 2;
    }
    let mut te = i + 1;
    while let Some(w) = text.get(te..te + 8) {
        if !all_alnum(w) {
            break;
        }
        te += 8;
    }
    while alnum(te) {
        te += 1;
    }
    let token = text.get(ts..te).unwrap_or_default();
    // IBANs are at most 34 upper-case characters.
    let in_token =
        token.len() > 34 || (token.len() >= 16 && token.iter().any(u8::is_ascii_lowercase));
    if !in_token {
        let mut s = ts;
        while s < te {
            if !text.get(s).is_some_and(u8::is_ascii_digit) {
                s += 1;
                continue;
            }
            let mut e = s + 1;
            while text.get(e).is_some_and(u8::is_ascii_digit) {
                e += 1;
            }
            if e - s >= 4 {
                let ws = s.saturating_sub(PAD);
                let we = (e + PAD).min(n);
                match out.last_mut() {
                    Some(last) if last.1 >= ws => last.1 = we,
                    _ => out.push((ws, we)),
                }
            }
            s = e;
        }
    }
    te
}

/// `ctx`: the value follows a keyword naming it (`phone:`, `SSN`), so
/// assignment syntax before it (`phone=…`) is not a sign of a larger token.
fn region_ok(
    kind: Pii,
    text: &[u8],
    groups: Groups,
    vs: usize,
    ve: usize,
    ctx: bool,
) -> Option<Confidence> {
    let v = text.get(vs..ve)?;
    let before = vs.checked_sub(1).and_then(|i| text.get(i)).copied();
    let before2 = vs.checked_sub(2).and_then(|i| text.get(i)).copied();
    let after = text.get(ve).copied();
    let after2 = text.get(ve + 1).copied();
    let alnum = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_');
    let digit = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_digit());
    // `.5` after a number is a decimal, `-`/`.`/`/` before it a larger token
    // (a version, a path, an IP, a date).
    let glued_after =
        alnum(after) || (matches!(after, Some(b'.' | b'-' | b'/' | b':')) && digit(after2));
    let glued_before = alnum(before)
        || (!ctx
            && matches!(
                before,
                Some(b'.' | b'-' | b'/' | b'+' | b'$' | b'#' | b'=' | b'\\')
            ));
    // A digit group just before or after, across one space, means the
    // match is a slice of a longer run of numbers (a table row, a byte
    // dump, `0 12 34 56 78 90`), not a number of its own.
    let in_run =
        (after == Some(b' ') && digit(after2)) || (!ctx && before == Some(b' ') && digit(before2));
    match kind {
        Pii::Card => {
            // `card=4464…` in a log line or a query string: `=` glues a
            // number to an id unless the key names a card.
            let keyed = before == Some(b'=') && card_key_before(text, vs - 1);
            if (glued_before && !keyed) || glued_after {
                return None;
            }
            let seps: Vec<u8> = v.iter().copied().filter(|c| !c.is_ascii_digit()).collect();
            if seps.windows(2).any(|w| w[0] != w[1]) {
                return None;
            }
            let digits: Vec<u8> = v.iter().copied().filter(u8::is_ascii_digit).collect();
            // 13-digit Visa numbers are long retired, and EAN-13 barcodes
            // (`40…` in Germany) pass Luhn at the same length: only where
            // the text names a card.
            if digits.len() == 13 && !(keyed || card_named_before(text, vs)) {
                return None;
            }
            // Four groups of four in a hex dump (`00040000: 4858 4657 …`).
            if hexdump_line(text, vs) {
                return None;
            }
            // A cell of a column named for something else (`order_no`,
            // `invoice_id`, `sku`): some ids carry a Luhn digit too.
            if table::column_header(text, vs, ve).is_some_and(other_id_column) {
                return None;
            }
            ((13..=19).contains(&digits.len())
                && validate::card_issuer_ok(&digits)
                && validate::luhn(&digits)
                && !digits.iter().all(|&c| c == digits[0]))
            .then_some(Confidence::High)
        }
        Pii::Iban => {
            if (alnum(before) && !mt940_subfield_before(text, vs)) || alnum(after) {
                return None;
            }
            let compact: Vec<u8> = v.iter().copied().filter(|c| *c != b' ').collect();
            (validate::iban_ok(&compact) && !company_account(text, vs)).then_some(Confidence::High)
        }
        Pii::Ssn => {
            if glued_before || glued_after || (ctx && in_run) {
                return None;
            }
            let g = |n: &str| groups.get(n).and_then(|(a, b)| text.get(a..b));
            let (a, gr, s) = (g("a")?, g("g")?, g("s")?);
            validate::ssn_ok(a, gr, s).then_some(Confidence::Medium)
        }
        Pii::Phone => {
            // After `%2B` (a URL-encoded plus, `phone=%2B1…`) the number
            // sits in a query string: `=` before it is the normal case.
            let (intl, body) = match intl_prefix(v) {
                Some((len, _)) => (true, v.get(len..)?),
                None => (false, v),
            };
            let encoded = intl && v.first() == Some(&b'%');
            // `=` before an encoded plus is its query parameter.
            let glued_before = if encoded { alnum(before) } else { glued_before };
            if glued_before
                || glued_after
                || in_run
                || (!ctx && matches!(before, Some(b':' | b'@')))
            {
                return None;
            }
            let digits = body.iter().filter(|c| c.is_ascii_digit()).count();
            // Spanish, Portuguese and Polish mobiles have 9 digits and no
            // trunk `0`: only after a phone keyword and in their usual
            // groupings.
            let es_mobile = ctx && !intl && digits == 9 && nine_digit_mobile(v);
            let nordic = ctx && !intl && digits == 8 && eight_digit_number(v);
            if !(10..=15).contains(&digits) && !es_mobile && !nordic {
                return None;
            }
            if counting_number_in_code(text, vs, ve, v) {
                return None;
            }
            // After `+`, the country code decides the national number's
            // length, and with separators the first group is the country
            // code: `+999999-12-25` is an extended-year date, `+100 200 300`
            // a counter, not phone numbers.
            if intl && !country_length_ok(body) {
                return None;
            }
            let run4 = body.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            // The digit probe only opens a region around a run of 4+
            // digits, and a `+` followed by 10 digits opens one too: a
            // national number in short groups (`06 12 34 56 78`) would be
            // seen or not depending on its neighbours, so without a
            // keyword it is never reported; after a literal `+` it is.
            let plus = intl && !encoded;
            if !ctx && !run4 && !plus {
                return None;
            }
            if (ctx || !run4) && odd_phone_shape(v) {
                return None;
            }
            if conference_dial_in(text, vs, ve)
                || service_number(v)
                || switchboard(v)
                || office_line(text, vs, ve)
                || register_line(text, vs, ve)
            {
                return None;
            }
            // Bare `+digits` is E.164 only when it is not arithmetic.
            if v.first() == Some(&b'+')
                && v.iter().skip(1).all(u8::is_ascii_digit)
                && before.is_some_and(|c| c == b' ')
            {
                let bb = vs.checked_sub(2).and_then(|i| text.get(i)).copied();
                if bb.is_some_and(|c| c.is_ascii_digit() || c == b')') {
                    return None;
                }
            }
            Some(Confidence::Medium)
        }
        Pii::UkNino => {
            if alnum(before) || alnum(after) {
                return None;
            }
            let p = v.get(..2)?;
            (!matches!(p, b"BG" | b"GB" | b"NK" | b"KN" | b"TN" | b"NT" | b"ZZ"))
                .then_some(Confidence::Medium)
        }
    }
}

/// The digit group sizes of a number written with one kind of separator
/// (space, `.` or `-`), or `None` for anything else.
fn national_groups(v: &[u8]) -> Option<Vec<usize>> {
    let seps: Vec<u8> = v.iter().copied().filter(|c| !c.is_ascii_digit()).collect();
    let ok = v
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b'-'))
        && seps.windows(2).all(|w| w[0] == w[1]);
    ok.then(|| {
        v.split(|c| matches!(c, b' ' | b'.' | b'-'))
            .map(<[u8]>::len)
            .collect()
    })
}

/// A 9-digit mobile number in national form: Spanish (`6`/`7`, grouped
/// 3-2-2-2 `628 02 68 36` or 3-3-3), Portuguese (`91`/`92`/`93`/`96`,
/// 3-3-3 `937 145 762`) or Polish (`45`, `5`, `6`, `7`, `8`, 3-3-3 `514
/// 921 871`), with one kind of separator.
fn nine_digit_mobile(v: &[u8]) -> bool {
    let lead = |p: &[u8]| v.starts_with(p);
    let es = matches!(v.first(), Some(b'6' | b'7'));
    let pt = [&b"91"[..], b"92", b"93", b"96"].iter().any(|p| lead(p));
    let pl = lead(b"45") || matches!(v.first(), Some(b'5' | b'6' | b'7' | b'8'));
    national_groups(v).is_some_and(|groups| {
        (es && groups == [3, 2, 2, 2]) || ((es || pt || pl) && groups == [3, 3, 3])
    })
}

/// An 8-digit number in national form, as Denmark and Norway write every
/// number (`57 90 65 74`, `412 34 567`): first digit 2-9, grouped 2-2-2-2
/// or 3-2-3 with one kind of separator (not 4-4 with a dash: a Brazilian
/// company's `4004-7751`). Also 4-4 with a space from 5, 6, 8 or 9: a
/// Hong Kong or Singapore mobile (`5102 1240`, `9123 4567`).
fn eight_digit_number(v: &[u8]) -> bool {
    let hk_sg = matches!(v.first(), Some(b'5' | b'6' | b'8' | b'9')) && v.get(4) == Some(&b' ');
    matches!(v.first(), Some(b'2'..=b'9'))
        && national_groups(v).is_some_and(|g| match g.as_slice() {
            [2, 2, 2, 2] | [3, 2, 3] => true,
            [4, 4] => hk_sg,
            _ => false,
        })
}

/// A made-up number in code: the subscriber part (the last digit group)
/// is an ascending run of 7 or more digits (`1234567`), the number is a
/// quoted literal, and its line is code (a call, a comparison or an
/// `assert`): `assert normalize('0171 1234567', 'DE') == …`. A counting
/// run alone is not enough: real numbers have them.
fn counting_number_in_code(text: &[u8], vs: usize, ve: usize, v: &[u8]) -> bool {
    let Some(last) = v.split(|c| !c.is_ascii_digit()).rfind(|g| !g.is_empty()) else {
        return false;
    };
    let ascending = last.len() >= 7
        && last
            .windows(2)
            .all(|w| w[1] == w[0] + 1 || (w[0] == b'9' && w[1] == b'0'));
    let quote = vs.checked_sub(1).and_then(|i| text.get(i)).copied();
    if !ascending || !matches!(quote, Some(b'\'' | b'"')) || text.get(ve).copied() != quote {
        return false;
    }
    // The line: from the last line break (also a JSON-escaped `\n`) before
    // the number to the next one after it.
    let from = vs.saturating_sub(200);
    let before = text.get(from..vs).unwrap_or_default();
    let ls = [
        memchr::memrchr(b'\n', before).map(|i| i + 1),
        memchr::memmem::rfind(before, b"\\n").map(|i| i + 2),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    let after = text.get(ve..(ve + 200).min(text.len())).unwrap_or_default();
    let le = [
        memchr::memchr(b'\n', after),
        memchr::memmem::find(after, b"\\n"),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(after.len());
    let line = [
        before.get(ls..).unwrap_or_default(),
        after.get(..le).unwrap_or_default(),
    ]
    .concat();
    line.contains(&b'(')
        || memchr::memmem::find(&line, b"==").is_some()
        || memchr::memmem::find(&line, b"assert").is_some()
}

/// Legal forms that end a company's name (`Weber KG`, `Dupont SAS`,
/// `Acme B.V.`, `Nordic Oy`): its account is the company's, not a
/// person's. Matched as the name's last word, in this case.
const LEGAL_FORMS: &[&[u8]] = &[
    b"A/S", b"AB", b"AG", b"ApS", b"AS", b"B.V.", b"BV", b"Corp", b"Corp.", b"GmbH", b"Inc",
    b"Inc.", b"KG", b"KGaA", b"LLC", b"LLP", b"Limited", b"Ltd", b"Ltd.", b"N.V.", b"NV", b"OHG",
    b"Oy", b"Oyj", b"PLC", b"S.A.", b"S.A.S.", b"S.L.", b"S.p.A.", b"S.r.l.", b"SA", b"SARL",
    b"SAS", b"SE", b"SL", b"SpA", b"Srl", b"UG", b"e.K.", b"e.V.", b"mbH", b"o.o.", b"plc",
];

/// Whether the IBAN at `vs` is a company's account: the owner named just
/// before it ends in a legal form. The owner is the nearest `<Nm>` before
/// it in ISO 20022 XML (`<Cdtr><Nm>Weber KG</Nm></Cdtr><CdtrAcct><Id>
/// <IBAN>`), with no other account between; or the cell before it on its
/// line (`Weber KG;DE84…`, `holder: Weber KG, IBAN: DE84…`). A person's
/// name there keeps the IBAN personal data.
fn company_account(text: &[u8], vs: usize) -> bool {
    let before = text.get(vs.saturating_sub(300)..vs).unwrap_or_default();
    let company = |name: &[u8]| {
        name.trim_ascii()
            .rsplit(|&c| c == b' ')
            .next()
            .is_some_and(|w| LEGAL_FORMS.contains(&w))
    };
    if let Some(end) = memchr::memmem::rfind(before, b"</Nm>") {
        let between = before.get(end..).unwrap_or_default();
        if memchr::memmem::find(between, b"</IBAN>").is_none() {
            let head = before.get(..end).unwrap_or_default();
            return memchr::memmem::rfind(head, b"<Nm>")
                .and_then(|s| head.get(s + 4..))
                .is_some_and(company);
        }
    }
    let line = before.rsplit(|&c| c == b'\n').next().unwrap_or_default();
    // Spaces, quotes, `:` / `=` and cell separators at the end.
    fn trim(t: &[u8]) -> &[u8] {
        let keep = t
            .iter()
            .rposition(|c| {
                !(c.is_ascii_whitespace()
                    || matches!(c, b'"' | b'\'' | b':' | b'=' | b';' | b',' | b'|'))
            })
            .map_or(0, |i| i + 1);
        t.get(..keep).unwrap_or_default()
    }
    let mut line = trim(line);
    if let Some(i) = line.len().checked_sub(4) {
        if line
            .get(i..)
            .is_some_and(|l| l.eq_ignore_ascii_case(b"iban"))
        {
            line = trim(line.get(..i).unwrap_or_default());
        }
    }
    let cell = line
        .rsplit(|c| matches!(c, b';' | b',' | b'|' | b'\t'))
        .next()
        .unwrap_or_default();
    company(cell) || holder_above(before, company) || letterhead(text, vs)
}

/// Account holder labels (`Kontoinhaber: Müller Logistik GmbH` on the line
/// above `IBAN: …`), lower case.
const HOLDER_LABELS: [&[u8]; 9] = [
    b"kontoinhaber",
    b"account holder",
    b"account name",
    b"beneficiary",
    b"titular",
    b"titulaire",
    b"rekeninghouder",
    b"intestatario",
    b"empf\xc3\xa4nger",
];

/// The line above the IBAN's names its holder, and `company` says the
/// holder is a company.
fn holder_above(before: &[u8], company: impl Fn(&[u8]) -> bool) -> bool {
    let mut lines = before.rsplit(|&c| c == b'\n');
    let own = lines.next().unwrap_or_default();
    // Only a label before the IBAN on its own line (`IBAN: `).
    if own.iter().filter(|c| c.is_ascii_alphanumeric()).count() > 12 {
        return false;
    }
    let above = lines.next().unwrap_or_default();
    let Some(colon) = memchr::memchr(b':', above) else {
        return false;
    };
    let label = above.get(..colon).unwrap_or_default().to_ascii_lowercase();
    let label = label.trim_ascii();
    HOLDER_LABELS.iter().any(|h| label.ends_with(h))
        && company(above.get(colon + 1..).unwrap_or_default())
}

/// What a company's letterhead or imprint carries beside its bank
/// account: a register or VAT number, the register court, the managers.
const REGISTER_MARKS: &[&[u8]] = &[
    b"USt-IdNr",
    b"USt-ID",
    b"UID-Nr",
    b"HRB ",
    b"HRA ",
    b"Handelsregister",
    b"Amtsgericht",
    b"Registergericht",
    b"Gesch\xc3\xa4ftsf\xc3\xbchrer",
    b"VAT No",
    b"VAT Reg",
    b"VAT ID",
    b"Company No",
    b"Company number",
    b"Registered in England",
    b"SIRET",
    b"SIREN",
    b"RCS ",
    b"TVA intracom",
    b"KvK",
    b"Partita IVA",
    b"P.IVA",
    b"REGON",
    b"KRS",
];

/// Whether the IBAN at `vs` stands in a company's letterhead or imprint:
/// its line is the bank details (`Bankverbindung:`, `Bank details`,
/// `Coordonnées bancaires`), and its paragraph (the lines back to a blank
/// one, at most ten: an imprint) names a company with its legal form (`Acme Outdoor
/// GmbH`) and carries a register mark (`USt-IdNr.`, `HRB`, `Company No`).
/// A sole trader's invoice has a register number but no legal form, and
/// a contract's payment clause (`płatne przelewem na rachunek`) pays the
/// person named beside the company: both stay personal.
fn letterhead(text: &[u8], vs: usize) -> bool {
    let before = text.get(vs.saturating_sub(600)..vs).unwrap_or_default();
    let own_line = before.rsplit(|&c| c == b'\n').next().unwrap_or_default();
    let lower = own_line.to_ascii_lowercase();
    if memchr::memmem::find(&lower, b"bank").is_none()
        && memchr::memmem::find(&lower, b"banc").is_none()
    {
        return false;
    }
    // Back line by line from the IBAN's own: a blank line ends the
    // paragraph (and is left out), and so does the tenth line.
    let (mut start, mut line_end) = (0, before.len());
    for (n, i) in memchr::memrchr_iter(b'\n', before).enumerate() {
        let line = before.get(i + 1..line_end).unwrap_or_default();
        if n > 0 && line.trim_ascii().is_empty() {
            start = line_end;
            break;
        }
        if n == 10 {
            start = i + 1;
            break;
        }
        line_end = i;
    }
    let after = text.get(vs..(vs + 200).min(text.len())).unwrap_or_default();
    let end = memchr::memchr(b'\n', after).unwrap_or(after.len());
    let para = [
        before.get(start..).unwrap_or_default(),
        after.get(..end).unwrap_or_default(),
    ]
    .concat();
    let legal_form = para
        .split(|c| c.is_ascii_whitespace() || matches!(c, b',' | b';' | b'|' | b'\xc2' | b'\xb7'))
        .any(|w| LEGAL_FORMS.contains(&w));
    legal_form
        && REGISTER_MARKS
            .iter()
            .any(|m| memchr::memmem::find(&para, m).is_some())
}

/// Whether an IBAN at `vs` follows an MT940 `:86:` subfield tag, `?` and
/// two digits (`?31DE89…`: the counterparty's IBAN, glued to its tag).
fn mt940_subfield_before(text: &[u8], vs: usize) -> bool {
    vs.checked_sub(3)
        .and_then(|i| text.get(i..vs))
        .is_some_and(|t| t[0] == b'?' && t[1].is_ascii_digit() && t[2].is_ascii_digit())
}

/// A toll-free, freephone or shared-cost service number: a company's
/// hotline, never a person's line. With `+` the country code says which
/// plan's service ranges apply (a written trunk `(0)` ignored). Without
/// it only prefixes no plan gives a subscriber: `0800` (freephone across
/// Europe, Brazil, South Africa, New Zealand), a first group of `0808`
/// (UK; `08081` is a Bavarian area code), `1800`/`1300` as 10 digits
/// (Australia, Ireland, India) or a first group of `1800`, and North
/// American `8xx` toll-free codes as 10 digits or after a separate `1`.
/// An ungrouped `18001234567` is left alone: China's `180` is a mobile
/// prefix. Also a grouped number ending in `00 00`: a company's round
/// switchboard or bridge number.
fn service_number(v: &[u8]) -> bool {
    let d: Vec<u8> = v.iter().copied().filter(u8::is_ascii_digit).collect();
    let groups: Vec<&[u8]> = v
        .split(|c| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    // Toll-free `8xx` with a repeated digit, and premium-rate `900`.
    let nanp = |n: &[u8]| {
        n.len() == 10
            && ((n.first() == Some(&b'8')
                && n.get(1) == n.get(2)
                && n.get(1).is_some_and(|c| b"0345678".contains(c)))
                || n.starts_with(b"900"))
    };
    // A line ending in `00 00` (`+47 22 96 00 00`): a company's switchboard
    // or bridge, the round number it asked for, not a person's line.
    // (A fiction range's number is an example, asked about later.)
    if d.len() >= 8
        && d.ends_with(b"0000")
        && groups.last().is_some_and(|g| g.len() <= 4)
        && !fiction_phone(v)
    {
        return true;
    }
    let plus = v.iter().find(|c| !matches!(c, b'(' | b' ')) == Some(&b'+');
    if !plus {
        let first = groups.first().copied().unwrap_or_default();
        return d.starts_with(b"0800")
            || first == b"0808"
            || (d.len() == 10 && (d.starts_with(b"1800") || d.starts_with(b"1300")))
            || first == b"1800"
            || nanp(&d)
            || (first == b"1" && d.get(1..).is_some_and(nanp));
    }
    let Some((cc, _)) = country_code(&d) else {
        return false;
    };
    let national = d.get(cc..).unwrap_or_default();
    let n = national.strip_prefix(b"0").unwrap_or(national);
    let any = |prefixes: &[&[u8]]| prefixes.iter().any(|p| n.starts_with(p));
    match d.get(..cc).unwrap_or_default() {
        b"1" => nanp(n),
        // Germany: 0800 free, 0180x shared cost.
        b"49" => any(&[b"800", b"180"]),
        b"44" => any(&[
            b"800", b"808", b"500", b"843", b"844", b"845", b"870", b"871",
        ]),
        // France: 0800-0805 free, 081x shared cost.
        b"33" => any(&[b"80", b"81"]),
        b"34" => any(&[b"800", b"900", b"901", b"902"]),
        b"39" => any(&[b"800", b"803"]),
        b"41" => any(&[b"800", b"840", b"842", b"844", b"848"]),
        b"55" => any(&[b"800", b"300"]),
        b"61" | b"353" | b"91" => any(&[b"1800", b"1300", b"1850"]),
        b"45" => any(&[b"80"]),
        b"46" => any(&[b"20"]),
        b"81" => any(&[b"120", b"800"]),
        b"64" => any(&[b"800", b"508"]),
        b"27" => any(&[b"800", b"860"]),
        b"7" => any(&[b"800"]),
        // 0800 is freephone in the Netherlands, Belgium, Austria, Norway,
        // Finland, Poland, Portugal, Mexico and most other plans.
        _ => any(&[b"800"]),
    }
}

/// A German or Austrian switchboard: the extension `-0` (`+49 89
/// 41320-0`) is the number of the company's exchange, not a person's line.
fn switchboard(v: &[u8]) -> bool {
    v.ends_with(b"-0") && v.len() > 2 && v.get(v.len() - 3).is_some_and(u8::is_ascii_digit)
}

/// Whether a marker without case stands as a banner: at the start of its
/// line or inside brackets (`【机密】`, `[대외비]`, `社外秘 2025年度`, also
/// after a chat template's tokens), with
/// nothing of a sentence glued to it (`・社外秘という区分は` defines the
/// label; `商业机密` is a trade secret in prose).
fn cjk_banner(text: &[u8], s: usize, e: usize) -> bool {
    const OPEN: [&str; 8] = [
        "\u{3010}", "[", "\u{ff3b}", "\u{3014}", "\u{300c}", "(", "\u{ff08}", "\u{300a}",
    ];
    const CLOSE: [&str; 8] = [
        "\u{3011}", "]", "\u{ff3d}", "\u{3015}", "\u{300d}", ")", "\u{ff09}", "\u{300b}",
    ];
    const APART: [&str; 7] = [" ", "\u{3000}", ":", "\u{ff1a}", "|", "-", "\u{2014}"];
    let (ls, le) = table::line_at(text, s);
    let pre = text.get(ls..s).unwrap_or_default().trim_ascii();
    let post = text.get(e..le).unwrap_or_default().trim_ascii_end();
    let starts = |t: &[u8], set: &[&str]| set.iter().any(|x| t.starts_with(x.as_bytes()));
    let ends = |t: &[u8], set: &[&str]| set.iter().any(|x| t.ends_with(x.as_bytes()));
    // Bracketed on both sides it is a banner wherever the line starts
    // (`<s>[INST] 【社外秘】`: a chat template before it).
    let bracketed = ends(pre, &OPEN) && starts(post, &CLOSE);
    bracketed
        || ((pre.is_empty() || OPEN.iter().any(|o| pre == o.as_bytes()))
            && (post.is_empty() || starts(post, &CLOSE) || starts(post, &APART)))
}

/// Whether the number is an office's line by what is written around it:
/// a fax label just before it (`Fax +49 …`, `Telefax: …`, `fax no. …`: no
/// one reaches a person by fax), or a switchboard named as one, by a
/// label before it (`PBX`, `tel. conmutador`, `centralita`, `Zentrale`,
/// `Receptie`, `centrala`, `main line:`) or a note after it (`(main line)`, `(switchboard)`). A
/// person's line is never called that.
fn office_line(text: &[u8], vs: usize, ve: usize) -> bool {
    const BEFORE: [&[u8]; 23] = [
        // French for a switchboard, and its front desk.
        b"standard",
        // An office or head office: Spanish, Portuguese, Indonesian.
        b"oficina",
        b"sede",
        b"escritorio",
        b"kantor pusat",
        b"kantor",
        // Dutch, Polish, Italian and Romanian.
        b"receptie",
        b"centrala",
        b"centrale",
        b"recepcja",
        b"accueil",
        b"pbx",
        b"pabx",
        b"conmutador",
        b"centralita",
        b"centralino",
        b"switchboard",
        b"zentrale",
        b"main line",
        b"main number",
        b"main office",
        b"head office",
        b"reception",
    ];
    const AFTER: [&[u8]; 6] = [
        b"(main",
        b"(switchboard",
        b"(pbx",
        b"(head office",
        b"(reception",
        b"(conmutador",
    ];
    // The label: up to 24 bytes before, lower case, its `:` and `.` off.
    let before = text.get(vs.saturating_sub(24)..vs).unwrap_or_default();
    // (`sede (+351) 220 …`: the number's own parenthesis.)
    let before = before.strip_suffix(b"(").unwrap_or(before);
    let label = before.trim_ascii_end();
    let label = label.strip_suffix(b":").unwrap_or(label).trim_ascii_end();
    let label = label
        .strip_suffix(b".")
        .unwrap_or(label)
        .to_ascii_lowercase();
    let fax = {
        // The fax label's last 16 bytes, as the check always read them.
        let short = label
            .get(label.len().saturating_sub(16)..)
            .unwrap_or_default();
        let short = short
            .strip_suffix(b" no")
            .or_else(|| short.strip_suffix(b" nr"))
            .unwrap_or(short);
        short.ends_with(b"fax")
            && short
                .len()
                .checked_sub(4)
                .and_then(|i| short.get(i))
                // Not `Tel./Fax`: one line for both is a small office's
                // or a person's.
                .is_none_or(|c| {
                    !(c.is_ascii_alphabetic() || *c == b'/') || short.ends_with(b"telefax")
                })
    };
    let after = text.get(ve..(ve + 24).min(text.len())).unwrap_or_default();
    let after = after.trim_ascii_start();
    let noted = |w: &&[u8]| {
        after
            .get(..w.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(w))
    };
    // A field or column named for the main line (`"phone_main": "…"`,
    // `main_phone`, `hq_phone`).
    let key = label
        .split(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
        .rfind(|w| !w.is_empty())
        .unwrap_or_default();
    let main_key = (memchr::memmem::find(key, b"phone").is_some()
        || memchr::memmem::find(key, b"tel").is_some())
        && key.split(|&c| c == b'_').any(|w| {
            matches!(
                w,
                b"main" | b"hq" | b"switchboard" | b"reception" | b"general"
            )
        });
    fax || main_key || BEFORE.iter().any(|w| label.ends_with(w)) || AFTER.iter().any(noted)
}

/// Whether the number at `vs..ve` stands on a line that carries a company
/// register or VAT mark (`SIREN … | TVA … | standard +33 …`, `KvK … – btw
/// … – tel. 020 …`): a supplier list or an imprint, whose numbers are the
/// company's lines.
fn register_line(text: &[u8], vs: usize, ve: usize) -> bool {
    let (ls, le) = table::line_at(text, vs);
    let line = text.get(ls..le.max(ve)).unwrap_or_default();
    line.len() <= 600
        && REGISTER_MARKS
            .iter()
            .any(|m| memchr::memmem::find(line, m).is_some())
}

/// Whether the marker at `s..e` is the whole value of a JSON member
/// whose key ends in `name` (`"name": "Highly Confidential"`,
/// `"displayName": …`): a sensitivity label's definition names the label,
/// it does not mark the text it is in.
fn label_name_value(text: &[u8], s: usize, e: usize) -> bool {
    let quote = |c: Option<&u8>| c == Some(&b'"');
    if !quote(text.get(e)) || !quote(s.checked_sub(1).and_then(|i| text.get(i))) {
        return false;
    }
    let head = text.get(..s - 1).unwrap_or_default().trim_ascii_end();
    let Some(head) = head.strip_suffix(b":").map(<[u8]>::trim_ascii_end) else {
        return false;
    };
    let Some(key) = head.strip_suffix(b"\"") else {
        return false;
    };
    key.len()
        .checked_sub(4)
        .and_then(|i| key.get(i..))
        .is_some_and(|k| k.eq_ignore_ascii_case(b"name"))
}

/// Whether the phone number at `vs..ve` is a conference dial-in (Zoom,
/// Teams, Webex, Google Meet invitations): a dial-in heading before it in
/// the same block of lines (up to a blank line, at most 600 bytes back),
/// or a meeting id, conference id or PIN after it on its own line. These
/// are the service's numbers, not a person's.
fn conference_dial_in(text: &[u8], vs: usize, ve: usize) -> bool {
    const BEFORE: [&[u8]; 12] = [
        b"dial by your location",
        b"join by phone",
        b"join by telephone",
        b"dial-in",
        b"dial in number",
        b"dial in:",
        b"dialin",
        b"one tap mobile",
        b"call in (audio only)",
        b"meeting id",
        b"conference id",
        b"find your local number",
    ];
    const AFTER: [&[u8]; 6] = [
        b"meeting id",
        b"conference id",
        b"pin",
        b"passcode",
        b"access code",
        b",,",
    ];
    let from = vs.saturating_sub(600);
    let mut back = text.get(from..vs).unwrap_or_default().to_ascii_lowercase();
    // The block the number is in: after the last blank line (also as
    // JSON escapes in a raw body).
    for blank in [b"\n\n".as_slice(), b"\n\r\n", b"\\n\\n"] {
        if let Some(i) = memchr::memmem::rfind(&back, blank) {
            back.drain(..i);
        }
    }
    if BEFORE
        .iter()
        .any(|m| memchr::memmem::find(&back, m).is_some())
    {
        return true;
    }
    let rest = text.get(ve..(ve + 80).min(text.len())).unwrap_or_default();
    let line_end = rest
        .iter()
        .position(|&c| c == b'\n' || c == b'\\')
        .unwrap_or(rest.len());
    let line = rest
        .get(..line_end)
        .unwrap_or_default()
        .to_ascii_lowercase();
    AFTER.iter().any(|m| {
        memchr::memmem::find_iter(&line, m).any(|i| {
            // `pin` as a word (not `pinned`, `shipping`).
            let word = |j: Option<usize>| {
                j.and_then(|j| line.get(j))
                    .is_none_or(|c| !c.is_ascii_alphabetic())
            };
            m.len() > 3 || (word(i.checked_sub(1)) && word(Some(i + m.len())))
        })
    })
}

/// The length of an international prefix at the start of `v`: `+`, or
/// `%2B` (URL-encoded; `true`).
fn intl_prefix(v: &[u8]) -> Option<(usize, bool)> {
    match v {
        [b'+', ..] => Some((1, false)),
        [b'%', b'2', b'B' | b'b', ..] => Some((3, true)),
        _ => None,
    }
}

/// Shapes a phone number given in any grouping must not have: a date
/// (`2024-01-15 10:30`), an IPv4 address, a version or build number
/// (dots only with a 1-digit or 5+-digit group: `10.0.19045.3930`, not
/// `06.12.34.56.78`) or one repeated digit.
fn odd_phone_shape(v: &[u8]) -> bool {
    let groups: Vec<&[u8]> = v
        .split(|c| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let date = v.windows(10).any(|w| {
        let d =
            |r: std::ops::Range<usize>| w.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
        (d(0..4) && matches!(w[4], b'-' | b'/' | b'.') && d(5..7) && w[7] == w[4] && d(8..10))
            || (d(0..2)
                && matches!(w[2], b'-' | b'/' | b'.')
                && d(3..5)
                && w[5] == w[2]
                && d(6..10))
    });
    let ip = groups.len() == 4
        && v.iter().filter(|&&c| c == b'.').count() == 3
        && groups.iter().all(|g| g.len() <= 3);
    let version = v.contains(&b'.')
        && v.iter().all(|c| c.is_ascii_digit() || *c == b'.')
        && groups.iter().any(|g| g.len() == 1 || g.len() >= 5);
    let first = v.iter().find(|c| c.is_ascii_digit());
    let same = v
        .iter()
        .filter(|c| c.is_ascii_digit())
        .all(|c| Some(c) == first);
    date || ip || version || same
}

/// An international number after its `+`: the country code (E.164 codes
/// are prefix-free) is the first group when the number is grouped, and
/// the national number (a written trunk `0` or `(0)` not counted) has a
/// length that country uses. Codes not in the table only get E.164's
/// bound, which `region_ok`'s 10-15 digits already enforce.
fn country_length_ok(rest: &[u8]) -> bool {
    let digits: Vec<u8> = rest.iter().copied().filter(u8::is_ascii_digit).collect();
    let Some((cc, lens)) = country_code(&digits) else {
        return false;
    };
    let first = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if first < rest.len() && first != cc {
        return false;
    }
    let national = digits.get(cc..).unwrap_or_default();
    let national = national.strip_prefix(b"0").unwrap_or(national);
    lens.is_none_or(|(lo, hi)| (lo..=hi).contains(&national.len()))
}

/// The country code's length at the start of `d` and, for the common
/// codes, the lengths of their national significant numbers (ITU-T E.164
/// national numbering plans).
fn country_code(d: &[u8]) -> Option<(usize, Option<(usize, usize)>)> {
    let two = |a: u8| d.get(1).is_some_and(|&b| b == a);
    let code = |n: usize| -> u32 {
        d.get(..n)
            .unwrap_or_default()
            .iter()
            .fold(0, |acc, c| acc * 10 + u32::from(c.saturating_sub(b'0')))
    };
    let cc = match d.first()? {
        b'1' | b'7' => 1,
        b'2' if two(b'0') || two(b'7') => 2,
        b'3' if d.get(1).is_some_and(|c| b"0123469".contains(c)) => 2,
        b'4' if !two(b'2') => 2,
        b'5' if !two(b'0') && !two(b'9') => 2,
        b'6' if d.get(1).is_some_and(|c| b"0123456".contains(c)) => 2,
        b'8' if d.get(1).is_some_and(|c| b"1246".contains(c)) => 2,
        b'9' if d.get(1).is_some_and(|c| b"0123458".contains(c)) => 2,
        b'0' => return None,
        _ => 3,
    };
    if d.len() < cc {
        return None;
    }
    let lens = match code(cc) {
        1 | 7 | 52 | 57 | 58 | 90 | 91 | 98 => (10, 10),
        20 => (8, 10),
        27 | 31 | 33 | 34 | 40 | 41 | 48 | 56 | 61 | 93 | 94 | 966 | 351 | 380 | 420 | 421 => {
            (9, 9)
        }
        30 => (10, 10),
        32 | 36 | 66 | 886 | 971 | 972 | 359 | 385 => (8, 9),
        39 => (6, 11),
        43 => (4, 13),
        44 => (9, 10),
        45 | 47 | 65 | 852 | 853 | 370 | 371 | 386 | 965 | 974 => (8, 8),
        46 => (7, 10),
        49 => (6, 13),
        51 | 53 => (8, 9),
        54 | 55 => (10, 11),
        60 | 64 | 82 | 95 => (8, 10),
        62 => (8, 12),
        63 => (8, 10),
        81 | 84 => (9, 10),
        86 => (9, 11),
        92 => (9, 10),
        353 | 354 => (7, 9),
        358 => (5, 12),
        372 => (7, 8),
        _ => return Some((cc, None)),
    };
    Some((cc, Some(lens)))
}

/// Whether the key ending at `eq` (the `=` before a value) names a payment
/// card: `card`, `card_number`, `cc`, `cc_num`, `ccnum`, `pan`,
/// `creditCard`.
fn card_key_before(text: &[u8], eq: usize) -> bool {
    let head = text.get(..eq).unwrap_or_default();
    let start = head
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')))
        .map_or(0, |i| i + 1);
    let key = head.get(start..).unwrap_or_default().to_ascii_lowercase();
    let words: Vec<&[u8]> = key
        .split(|c| matches!(c, b'_' | b'-' | b'.'))
        .filter(|w| !w.is_empty())
        .collect();
    memchr::memmem::find(&key, b"card").is_some()
        || words
            .iter()
            .any(|w| matches!(*w, b"cc" | b"ccnum" | b"ccn" | b"pan" | b"cardnum"))
}

/// A card keyword (`card`, `pan`, `cc`, `visa`) in the 48 bytes before
/// `at`, as a word or part of one (`card_number`, `"pan": "`).
fn card_named_before(text: &[u8], at: usize) -> bool {
    let before = text
        .get(at.saturating_sub(48)..at)
        .unwrap_or_default()
        .to_ascii_lowercase();
    let word = |w: &[u8]| {
        memchr::memmem::find_iter(&before, w).any(|i| {
            let edge = |c: Option<&u8>| c.is_none_or(|c| !c.is_ascii_alphabetic());
            edge(i.checked_sub(1).and_then(|j| before.get(j))) && edge(before.get(i + w.len()))
        })
    };
    memchr::memmem::find(&before, b"card").is_some()
        || [&b"pan"[..], b"cc", b"ccn", b"visa", b"ccnum"]
            .iter()
            .any(|w| word(w))
}

/// A number from a range regulators reserve for fiction and examples, so
/// no person has it: in North America the 555 exchange (555-01xx is the
/// reserved block; documentation uses all of 555) and area code 555; in
/// the UK Ofcom's drama ranges (`07700 900xxx`, `020 7946 0xxx`, `01x1 496
/// 0xxx`, `0113`-`0118 496 0xxx`, `01632 960xxx`); in Australia ACMA's
/// mobile range `0491 57x xxx`. Written with `+` the country code says
/// which plan applies; a national number starting with 0 is not North
/// American (`+81-90-4555-9827` and `090-4555-9827` are Japanese mobiles).
/// And anywhere, five zeros in a row.
fn fiction_phone(v: &[u8]) -> bool {
    let d: Vec<u8> = v.iter().copied().filter(u8::is_ascii_digit).collect();
    // A subscriber number of zeros (`(11) 90000-0000`, `+55 11 90000-0012`):
    // a form's or a fixture's dummy; no numbering plan hands out five
    // zeros in a row to a person's line.
    // Five nines end a numbering-plan range (`+47 400 00 000 - +47 409 99
    // 999`), the other bound of the zeros.
    if d.windows(5).any(|w| w == b"00000" || w == b"99999") {
        return true;
    }
    let plus = v.iter().find(|c| !matches!(c, b'(' | b' ')) == Some(&b'+');
    if libphonenumber_example(&d, plus) {
        return true;
    }
    let uk = |n: &[u8]| {
        n.len() == 10
            && (n.starts_with(b"7700900")
                || n.starts_with(b"2079460")
                || n.starts_with(b"1632960")
                || (n.first() == Some(&b'1')
                    && n.get(3..7) == Some(b"4960")
                    && (n.get(2) == Some(&b'1') || n.get(1) == Some(&b'1'))))
    };
    let au = |n: &[u8]| n.len() == 9 && n.starts_with(b"49157");
    let nanp = |n: &[u8]| {
        let n = if n.len() == 11 {
            n.strip_prefix(b"1").unwrap_or(n)
        } else {
            n
        };
        let k = n.len();
        (k == 7 || k == 10)
            && (n.get(k - 7..k - 4) == Some(b"555") || (k == 10 && n.starts_with(b"555")))
    };
    if plus {
        match (d.strip_prefix(b"44"), d.strip_prefix(b"61")) {
            (Some(n), _) => uk(n),
            (_, Some(n)) => au(n),
            _ => d.first() == Some(&b'1') && nanp(&d),
        }
    } else if let Some(n) = d.strip_prefix(b"0") {
        uk(n) || au(n)
    } else {
        nanp(&d)
    }
}

/// libphonenumber's example numbers (`phone_examples.txt`): what phone
/// inputs show as hints and test fixtures copy. Matched on all
/// digits with the country code (`+48 512 345 678`, `0048…`), or on the
/// national number after a trunk `0` when it has 8+ digits (shorter
/// ones are too likely to be someone's).
fn libphonenumber_example(d: &[u8], plus: bool) -> bool {
    struct Examples {
        full: std::collections::HashSet<Vec<u8>>,
        national: std::collections::HashSet<Vec<u8>>,
    }
    static EXAMPLES: std::sync::LazyLock<Examples> = std::sync::LazyLock::new(|| {
        let mut ex = Examples {
            full: Default::default(),
            national: Default::default(),
        };
        let lines = include_str!("phone_examples.txt").lines();
        for (cc, nsn) in lines
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(' '))
        {
            ex.full.insert(format!("{cc}{nsn}").into_bytes());
            if nsn.len() >= 8 {
                ex.national.insert(nsn.as_bytes().to_vec());
            }
        }
        ex
    });
    if plus {
        return EXAMPLES.full.contains(d);
    }
    if let Some(intl) = d.strip_prefix(b"00") {
        return EXAMPLES.full.contains(intl);
    }
    EXAMPLES
        .national
        .contains(d.strip_prefix(b"0").unwrap_or(d))
}

fn region_example(kind: Pii, v: &[u8]) -> bool {
    match kind {
        Pii::Phone => fiction_phone(v),
        // Published test cards, looked up by their digits alone, so any
        // grouping (`4000 0000 0000 9995`, `4000-0000-…`) matches.
        Pii::Card => {
            let d: Vec<u8> = v.iter().copied().filter(u8::is_ascii_digit).collect();
            validate::is_test_card(&d) || validate::is_example(&d)
        }
        // Documented IBANs are listed without separators.
        _ => {
            let compact: Vec<u8> = v
                .iter()
                .copied()
                .filter(u8::is_ascii_alphanumeric)
                .collect();
            validate::is_example(&compact)
        }
    }
}

const KEY_REJECT: &[&str] = &[
    // `passwordVariable: 'NEXUS_PASS'` (Jenkins): the name of a variable.
    "variable",
    "var",
    "hash",
    "salt",
    "length",
    "len",
    "field",
    "policy",
    "reset",
    "input",
    "label",
    "hint",
    "prompt",
    "regex",
    "pattern",
    "min",
    "max",
    "type",
    "name",
    "url",
    "uri",
    "path",
    "file",
    "count",
    "strength",
    "validator",
    "error",
    "message",
    "text",
    "placeholder",
    "header",
    "expire",
    "expiry",
    "expires",
    "changed",
    "used",
    "last",
    "required",
    "enabled",
    "id",
    "ids",
    "endpoint",
    "ttl",
    "limit",
    "prefix",
    "format",
    "env",
    "var",
    "size",
    "kind",
    "version",
    "encoding",
    "manager",
    "store",
    "provider",
    "class",
    "mode",
    "key_id",
    "usage",
    "budget",
    "index",
    "col",
    "column",
    "ref",
    "arn",
];

fn key_rejected(key: &[u8]) -> bool {
    let k = key.to_ascii_lowercase();
    let k = k.strip_suffix(b"s").unwrap_or(&k);
    let parts: Vec<&[u8]> = k
        .split(|&c| c == b'_' || c == b'-')
        .filter(|p| !p.is_empty())
        .collect();
    parts
        .iter()
        .any(|p| KEY_REJECT.iter().any(|r| r.as_bytes() == *p))
        || KEY_REJECT
            .iter()
            .any(|r| k.ends_with(r.as_bytes()) && r.len() >= 4)
}

/// Words before the keyword that make a `…token`/`…key` a public or
/// non-credential value: pagination cursors, CSRF form tokens, browser-
/// exposed keys, idempotency and cache keys.
const PREFIX_REJECT: &[&str] = &[
    // detect-secrets' baseline stores `hashed_secret`s.
    "hashed",
    "page",
    "next",
    "prev",
    "cursor",
    "continuation",
    "pagination",
    "sync",
    "idempotency",
    "publishable",
    "public",
    "csrf",
    "xsrf",
    "authenticity",
    "cache",
    "file",
    "upload",
    "resume",
    "bos",
    "eos",
    "pad",
    "unk",
    "max",
    "num",
];

/// Names ending in a bare `_key` that hold identifiers or public values,
/// not credentials (`PRIMARY_KEY`, `S3_KEY`, `RECAPTCHA_SITE_KEY`).
const KEYNAME_REJECT: &[&str] = &[
    "primary",
    "foreign",
    "partition",
    "sort",
    "routing",
    "object",
    "s3",
    "lookup",
    "translation",
    "i18n",
    "dedup",
    "dedupe",
    "shard",
    "license",
    "product",
    "site",
    "recaptcha",
    "turnstile",
    "hcaptcha",
    "row",
    "map",
    "hash",
    "ssh",
    "gpg",
    "pgp",
    "cert",
    "tls",
    // Pusher's app key is public (the browser client sends it); its
    // `PUSHER_APP_SECRET` is the secret.
    "pusher",
];

/// True when one word of `prefix` (split at `_`, `-` and camelCase) is in
/// `list`.
fn prefix_rejected(prefix: &[u8], list: &[&str]) -> bool {
    ident_words(prefix, |c| matches!(c, b'_' | b'-'))
        .iter()
        .any(|w| list.iter().any(|r| r.as_bytes() == w.as_slice()))
}

/// The words of a name, lower case: split where `sep` says and at
/// camelCase humps (`nextPageToken`, `OrderNumber`); separators are
/// dropped.
fn ident_words(name: &[u8], sep: impl Fn(u8) -> bool) -> Vec<Vec<u8>> {
    let mut words: Vec<Vec<u8>> = vec![Vec::new()];
    let mut prev_lower = false;
    for &c in name {
        if sep(c) {
            words.push(Vec::new());
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower {
            words.push(Vec::new());
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        if let Some(w) = words.last_mut() {
            w.push(c.to_ascii_lowercase());
        }
    }
    words
}

/// `bare_key`: the keyword was a bare `_key` (`OPENAI_KEY`), a weaker
/// signal than `api_key` or `secret`.
/// `name` is the whole assigned name (`SNYK_TOKEN`): prefix, keyword, key.
fn assign_ok(prefix: &[u8], bare_key: bool, key: &[u8], name: &[u8], v: &[u8], min: f32) -> bool {
    let v = v.strip_suffix(b".").unwrap_or(v);
    if (key_rejected(key) && !approle_secret_id(name))
        || prefix_rejected(prefix, PREFIX_REJECT)
        || (bare_key && (prefix.is_empty() || prefix_rejected(prefix, KEYNAME_REJECT)))
        || v.len() < 16
    {
        return false;
    }
    // Hex carries at most 4 bits per character, and a random 32-digit hex
    // key often measures below the general threshold.
    let min = if v.iter().all(u8::is_ascii_hexdigit) || validate::is_uuid(v) {
        min.min(3.0)
    } else {
        min
    };
    if validate::is_dummy_value(v)
        || validate::looks_like_code(v)
        || (validate::is_uuid(v) && !uuid_credential(name))
        || (v.starts_with(b"/") && !base64_key(v))
        || v.starts_with(b"./")
    {
        return false;
    }
    let has_digit = v.iter().any(u8::is_ascii_digit);
    let has_alpha = v.iter().any(u8::is_ascii_alphabetic);
    if !(has_digit && has_alpha) || validate::entropy(v) < min {
        return false;
    }
    // `my-app-staging-2` is a name: separated parts that are each all
    // letters or all digits.
    let slug = v.iter().any(|c| matches!(c, b'-' | b'_' | b'.'))
        && v.split(|c| matches!(c, b'-' | b'_' | b'.'))
            .all(|p| p.iter().all(u8::is_ascii_alphabetic) || p.iter().all(u8::is_ascii_digit));
    !slug && !identifier_path(v) && !camel_words(v) && !constant_name(v)
}

/// A line of a hex dump (`xxd`, `hexdump -C`, `od`): an offset of 6 to
/// 16 hex digits and a `:` (or two spaces) at its start, then six or more
/// groups of 2 or 4 hex digits (a log line's date and one card number
/// make four).
fn hexdump_line(text: &[u8], vs: usize) -> bool {
    let (ls, le) = table::line_at(text, vs);
    let line = text.get(ls..le).unwrap_or_default().trim_ascii_start();
    let n = line.iter().take_while(|c| c.is_ascii_hexdigit()).count();
    let rest = match line.get(n) {
        Some(b':') => line.get(n + 1..),
        Some(b' ') if line.get(n + 1) == Some(&b' ') => line.get(n + 2..),
        _ => None,
    };
    let groups = rest.map_or(0, |r| {
        r.split(|&c| c == b' ')
            .filter(|g| !g.is_empty())
            .take_while(|g| matches!(g.len(), 2 | 4) && g.iter().all(u8::is_ascii_hexdigit))
            .count()
    });
    (6..=16).contains(&n) && groups >= 6
}

/// A push notification device token, which addresses an app install and
/// grants nothing: an FCM registration token (`…:APA91b…`), or 64 hex
/// digits (APNs) on a line about push or a device (`push.sent
/// platform=ios token=…`).
fn push_device_token(text: &[u8], vs: usize, ve: usize) -> bool {
    let v = text.get(vs..ve).unwrap_or_default();
    // The value classes stop at the `:` of an FCM token.
    let fcm = |t: &[u8]| t.starts_with(b":APA91b") || t.starts_with(b"APA91b");
    if fcm(text.get(ve..).unwrap_or_default())
        || fcm(v)
        || memchr::memmem::find(v, b":APA91b").is_some()
    {
        return true;
    }
    if v.len() != 64 || !v.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let (ls, _) = table::line_at(text, vs);
    let line = text.get(ls..vs).unwrap_or_default().to_ascii_lowercase();
    [&b"push"[..], b"apns", b"device", b"platform=ios"]
        .iter()
        .any(|w| memchr::memmem::find(&line, w).is_some())
}

/// A long base64 value that happens to start with `/` (a random 48-byte
/// signing key does one time in 64), not a path: base64 characters only,
/// all of upper case, lower case and digits, and few slashes (a path has
/// one every few characters).
fn base64_key(v: &[u8]) -> bool {
    v.len() >= 32
        && v.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
        && v.iter().any(u8::is_ascii_uppercase)
        && v.iter().any(u8::is_ascii_lowercase)
        && v.iter().any(u8::is_ascii_digit)
        && v.iter().filter(|&&c| c == b'/').count() * 16 <= v.len()
}

/// Whether a UUID under this name is a credential: Snyk, Heroku and
/// Postmark issue their tokens as UUIDs (`SNYK_TOKEN: cf065514-…`), while
/// most UUIDs in code and config are ids (`request_id`, `tenant_id`,
/// `session_token`, `client_secret_id`, a bare `token`). Only names that
/// say token, secret, key or password and nothing that names an id.
fn uuid_credential(name: &[u8]) -> bool {
    const CREDENTIAL: [&[u8]; 7] = [
        b"token",
        b"secret",
        b"apikey",
        b"api_key",
        b"api-key",
        b"password",
        b"passwd",
    ];
    const ID: [&[u8]; 12] = [
        b"id",
        b"request",
        b"trace",
        b"correlation",
        b"session",
        b"nonce",
        b"csrf",
        b"state",
        b"guid",
        b"uuid",
        b"tenant",
        b"subscription",
    ];
    let name = name.to_ascii_lowercase();
    let has = |w: &&[u8]| memchr::memmem::find(&name, w).is_some();
    // A bare `token` is as often a pagination or request token.
    approle_secret_id(&name)
        || (CREDENTIAL.iter().any(has) && !ID.iter().any(has) && name != b"token")
}

/// Whether the name of a key (`CONFLUENT_CLOUD_API_KEY`, `api_key`) is
/// followed within a few lines by its secret's name: the same stem, `KEY`
/// replaced by `SECRET` (`CONFLUENT_CLOUD_API_SECRET`, `api_secret`).
fn secret_sibling(text: &[u8], name: &[u8], from: usize) -> bool {
    let n = name.len();
    if n < 3
        || !name
            .get(n - 3..)
            .is_some_and(|k| k.eq_ignore_ascii_case(b"key"))
    {
        return false;
    }
    let mut sibling = name.get(..n - 3).unwrap_or_default().to_ascii_lowercase();
    sibling.extend_from_slice(b"secret");
    let after = text
        .get(from..(from + 300).min(text.len()))
        .unwrap_or_default();
    after
        .windows(sibling.len())
        .any(|w| w.eq_ignore_ascii_case(&sibling))
}

/// Vault AppRole's `secret_id` (`secret_id=` on a `vault write`,
/// `VAULT_SECRET_ID`): the secret itself, though its name ends in an id.
/// Only the bare name or one that names Vault: a `tenant_secret_id` or
/// `client_secret_id` names a secret.
fn approle_secret_id(name: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&name, w).is_some();
    [&b"secret_id"[..], b"secret-id", b"secretid"]
        .iter()
        .any(|w| name == *w || (name.ends_with(w) && (has(b"vault") || has(b"approle"))))
}

/// An upper-case constant whose name says what it is (`TOKEN: D3DKMT_
/// PRESENTHISTORYTOKEN,` declares a field of that type): a name made of
/// `_`-joined capitals and digits that contains the keyword itself.
fn constant_name(v: &[u8]) -> bool {
    v.contains(&b'_')
        && v.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        && [&b"TOKEN"[..], b"KEY", b"SECRET", b"PASSWORD"]
            .iter()
            .any(|w| memchr::memmem::find(v, w).is_some())
}

/// `Rfc3565KeyWrapBlob`, `ClientCredentialsProvider2`: a capital, then
/// only CamelCase words (each capital followed by 2+ lower-case letters or
/// digits), three or more of them. A random value of 16+ characters
/// almost never spaces its capitals out like that.
fn camel_words(v: &[u8]) -> bool {
    let words = v.split(u8::is_ascii_uppercase);
    v.first().is_some_and(u8::is_ascii_uppercase)
        && v.iter().filter(|c| c.is_ascii_uppercase()).count() >= 3
        && words.skip(1).all(|w| {
            w.len() >= 2
                && w.iter()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// `LSA_TOKEN_INFORMATION_V1`, `D3D10_SB_RESOURCE_RETURN_TYPE`,
/// `child1_token.child_token`, `self.G2_node_order.__getitem__`,
/// `antlr4.BufferedTokenStream.BufferedTokenStream`,
/// `TLS13_CHACHA20_POLY1305_SHA256`: three or more parts joined by `_` or
/// `.`, each one case or CamelCase words, digits inside at most one part
/// (a part's digit suffix does not count). A generated secret mixes case
/// at random or puts digits everywhere.
fn identifier_path(v: &[u8]) -> bool {
    let parts: Vec<&[u8]> = v
        .split(|c| matches!(c, b'_' | b'.'))
        .filter(|p| !p.is_empty())
        .collect();
    let wordy = |p: &[u8]| {
        let upper = p.iter().filter(|c| c.is_ascii_uppercase()).count();
        let lower = p.iter().filter(|c| c.is_ascii_lowercase()).count();
        p.iter().all(u8::is_ascii_alphanumeric)
            && (upper == 0
                || lower == 0
                // CamelCase: every capital starts a word of 2+ lower-case
                // letters (`Buffered`, `Token`).
                || p.split(u8::is_ascii_uppercase).skip(1).all(|w| {
                    w.len() >= 2 && w.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                }))
    };
    // Digits only at the end of a part are a version or size (`TLS13`,
    // `SHA256`, `POLY1305`); digits inside one are not a word's.
    let mixed = |p: &&&[u8]| {
        let letters = p.iter().position(u8::is_ascii_digit).unwrap_or(p.len());
        p.get(letters..)
            .unwrap_or_default()
            .iter()
            .any(|c| !c.is_ascii_digit())
    };
    parts.len() >= 3 && parts.iter().all(|p| wordy(p)) && parts.iter().filter(mixed).count() <= 1
}

/// The password part of a URL or command line: not a variable, a
/// dummy value, a well-known default or one repeated character.
fn url_password_ok(v: &[u8]) -> bool {
    !validate::is_dummy_value(v)
        && !matches!(
            v.to_ascii_lowercase().as_slice(),
            b"pass"
                | b"pw"
                | b"pwd"
                | b"user"
                | b"guest"
                | b"root"
                | b"postgres"
                | b"mysql"
                | b"x"
                | b"oauth2"
                | b"token"
                | b"foo"
                | b"bar"
                | b"baz"
                // SNMP's default communities.
                | b"public"
                | b"private"
        )
        && (v.len() <= 1 || v.iter().any(|&c| Some(&c) != v.first()))
}

/// A session/auth cookie value: CSRF cookies are public by design, and a
/// session id is long and random (`sessionid=abc123` is a made-up one).
fn cookie_ok(name: &[u8], v: &[u8]) -> bool {
    if memchr::memmem::find(name, b"csrf").is_some()
        || memchr::memmem::find(name, b"xsrf").is_some()
        || v.len() < 16
        || validate::is_dummy_value(v)
        || validate::is_example(v)
    {
        return false;
    }
    let has_digit = v.iter().any(u8::is_ascii_digit);
    let has_alpha = v.iter().any(u8::is_ascii_alphabetic);
    has_digit && has_alpha && validate::entropy(v) >= 3.3
}

/// A framework signing key literal: long and random, not a sentence such
/// as `dev-secret-key-not-for-production`.
fn app_key_ok(v: &[u8]) -> bool {
    // `get_random_secret_key()`, `env.str(...)`: code, not a literal.
    let call = v.ends_with(b")")
        && v.iter()
            .position(|&c| c == b'(')
            .and_then(|i| v.get(..i))
            .is_some_and(|f| {
                !f.is_empty()
                    && f.iter()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.'))
            });
    // Django keys are drawn from `a-z0-9!@#$%^&*(-_=+)`, so a long one
    // may well contain `$(` or start with `%`: past 40 characters only a
    // leading template reference makes it a dummy (dummy sentences fail
    // the word test below).
    let dummy = if v.len() >= 40 {
        [b"${".as_slice(), b"$(", b"{{", b"%("]
            .iter()
            .any(|p| v.starts_with(p))
    } else {
        validate::is_dummy_value(v)
    };
    if v.len() < 24 || dummy || call {
        return false;
    }
    let v_lower = v.to_ascii_lowercase();
    let words = v_lower
        .split(|c| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .all(|p| p.iter().all(u8::is_ascii_alphabetic) || p.iter().all(u8::is_ascii_digit));
    let has_digit = v.iter().any(u8::is_ascii_digit);
    // Hex keys (Flask `secrets.token_hex()`) carry at most 4 bits a character.
    let min = if v.iter().all(u8::is_ascii_hexdigit) {
        3.0
    } else {
        3.8
    };
    !words && has_digit && validate::entropy(v) >= min
}

fn password_ok(key: &[u8], v: &[u8], quoted: bool) -> bool {
    if key_rejected(key)
        || validate::is_dummy_value(v)
        || validate::looks_like_code(v)
        || validate::password_hash(v)
    {
        return false;
    }
    // A GUID in it (`_SA_{262E99C9-…}`) names an object; a password that
    // is a whole UUID (Postmark's server tokens serve as SMTP passwords)
    // is a credential.
    if v.len() > 36 && v.windows(36).any(validate::is_uuid) {
        return false;
    }
    // Numbers, and dotted numbers: OIDs (`challengePwd` is
    // 1.2.840.113549.1.9.7), versions, addresses.
    if v.contains(&b' ') || v.iter().all(|c| c.is_ascii_digit() || *c == b'.') {
        return false;
    }
    // A long pure-base64 value under a password key is an encrypted blob
    // (SealedSecret `encryptedData`, SOPS, Ansible vault) or a digest.
    if v.len() > 64
        && v.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
    {
        return false;
    }
    let has_digit = v.iter().any(u8::is_ascii_digit);
    // A letter outside ASCII is a letter, not a symbol: `"Hasło"` in a
    // locale file is the word.
    let has_sym = v.iter().any(|c| c.is_ascii() && !c.is_ascii_alphanumeric());
    if quoted {
        v.len() >= 6 && validate::entropy(v) >= 2.3 && (has_digit || has_sym || v.len() >= 12)
    } else {
        // Unquoted values are often type names, variables or paths
        // (`password: String`, `password = std::env::var`); demand more.
        let identifier = v
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
            && v.iter()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, b'_' | b'.' | b':' | b'-'));
        let code = memchr::memmem::find(v, b"::").is_some()
            || memchr::memmem::find(v, b"->").is_some()
            || v.starts_with(b"&")
            || v.ends_with(b"?");
        !identifier
            && !code
            && v.len() >= 8
            && (has_digit || has_sym)
            && validate::entropy(v) >= 2.8
    }
}

/// An absolute file path (`/etc/credstore/orders-db`, `~/.secrets/db`): a
/// value naming where a password is kept (systemd's
/// `LoadCredential=db-password:/etc/…`, a Docker secret under
/// `/run/secrets/`), not the password. Path characters only, two or more
/// non-empty segments.
fn file_path(v: &[u8]) -> bool {
    let Some(rest) = v.strip_prefix(b"/").or_else(|| v.strip_prefix(b"~/")) else {
        return false;
    };
    rest.iter()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'.' | b'_' | b'-'))
        && rest.split(|&c| c == b'/').filter(|p| !p.is_empty()).count() >= 2
        && !rest.split(|&c| c == b'/').any(<[u8]>::is_empty)
}

/// Four groups of four lower-case letters apart by `sep`: `abcd efgh
/// ijkl mnop` is how Google shows an app password, `abcd-efgh-ijkl-mnop`
/// how Apple shows an app-specific one. Not a run of the alphabet or one
/// letter repeated (dummies).
fn app_password(v: &[u8], sep: u8) -> bool {
    v.len() == 19
        && v.iter().enumerate().all(|(i, c)| {
            if i % 5 == 4 {
                *c == sep
            } else {
                c.is_ascii_lowercase()
            }
        })
        && {
            let letters: Vec<u8> = v.iter().copied().filter(|c| *c != sep).collect();
            let run = letters.windows(2).all(|w| w[1] == w[0] + 1);
            !run && validate::entropy(&letters) >= 3.0
        }
}

/// Whether the token ending at `s` holds a `://` (the local part at `s`
/// is a URL's userinfo).
fn in_url_authority(text: &[u8], s: usize) -> bool {
    let mut t = s;
    while t > 0
        && s - t < 256
        && text
            .get(t - 1)
            .is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'"' | b'\'' | b'<' | b'('))
    {
        t -= 1;
    }
    text.get(t..s)
        .is_some_and(|pre| memchr::memmem::find(pre, b"://").is_some())
}

/// SSH algorithm and extension names (`chacha20-poly1305@openssh.com`,
/// `curve25519-sha256@libssh.org`, `zlib@openssh.com`): RFC 4251 names
/// local extensions `name@domain` after the implementation's domain. They
/// carry a digit or a dash; a plain name at those domains is a person.
fn ssh_extension_name(local: &[u8], domain: &[u8]) -> bool {
    const DOMAINS: &[&[u8]] = &[b"openssh.com", b"libssh.org", b"lysator.liu.se", b"ssh.com"];
    DOMAINS.contains(&domain)
        && (local.iter().any(|c| c.is_ascii_digit() || *c == b'-')
            || matches!(local, b"zlib" | b"ping" | b"keepalive"))
}

/// A Kerberos service principal, `service/host@REALM` (`krbtgt/…`,
/// `HTTP/web01.acme.internal@ACME.INTERNAL`): the part after a `/`, with an
/// upper-case realm, names a service, not a person. A user principal
/// (`alice@ACME.COM`, no `/`) is still an address.
fn kerberos_service_principal(text: &[u8], s: usize, realm: &[u8]) -> bool {
    let slash = s
        .checked_sub(1)
        .and_then(|i| text.get(i))
        .is_some_and(|&c| c == b'/');
    // The service name before the slash: one word (`HTTP`, `host`, `ldap`).
    let service = text
        .get(..s.saturating_sub(1))
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
        .count();
    slash
        && (1..=32).contains(&service)
        && !realm.iter().any(u8::is_ascii_lowercase)
        && realm.iter().any(u8::is_ascii_uppercase)
}

/// E-mail addresses around each at-sign in `ats`, which is `at_len` bytes
/// long: 1 for `@`, 3 for `%40` (query strings, form bodies: the reported
/// range covers the encoded form).
fn email_hits(
    text: &[u8],
    ats: impl Iterator<Item = usize>,
    at_len: usize,
    rule: u16,
    hits: &mut Vec<Hit>,
) {
    let local_ok =
        |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let dom_ok = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-');
    let encoded = at_len > 1;
    for at in ats {
        let ds = at + at_len;
        let mut s = at;
        while s > 0 && at - s < 64 && text.get(s - 1).is_some_and(|&c| local_ok(c)) {
            s -= 1;
        }
        let mut e = ds;
        while e - ds < 254 && text.get(e).is_some_and(|&c| dom_ok(c)) {
            e += 1;
        }
        while e > ds && matches!(text.get(e - 1), Some(b'.' | b'-')) {
            e -= 1;
        }
        let Some(local) = text.get(s..at) else {
            continue;
        };
        let Some(domain) = text.get(ds..e) else {
            continue;
        };
        if local.is_empty() || local.starts_with(b".") || local.ends_with(b".") || domain.len() < 4
        {
            continue;
        }
        // A `\` before the local part is an escape (`\nuser@…` in raw text).
        if s > 0 && text.get(s - 1) == Some(&b'\\') {
            continue;
        }
        let labels: Vec<&[u8]> = domain.split(|&c| c == b'.').collect();
        if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
            continue;
        }
        let tld = labels
            .last()
            .copied()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !(2..=24).contains(&tld.len()) || !tld.iter().all(u8::is_ascii_alphabetic) {
            continue;
        }
        const FILE_EXT: &[&[u8]] = &[
            b"png", b"jpg", b"jpeg", b"gif", b"svg", b"webp", b"js", b"ts", b"mjs", b"cjs", b"css",
            b"json", b"md", b"py", b"rs", b"go", b"java", b"html", b"txt", b"lock", b"yaml",
            b"yml", b"toml", b"zip", b"gz", b"tsx", b"jsx", b"vue", b"scss", b"map", b"wasm",
            b"ico", b"pdf", b"sh", b"rb", b"kt", b"swift", b"xml", b"csv", b"tgz", b"whl",
        ];
        if FILE_EXT.contains(&tld.as_slice()) {
            continue;
        }
        let dl = domain.to_ascii_lowercase();
        let ll = local.to_ascii_lowercase();
        // Robot identities, not people: Google Cloud service accounts
        // (`client_email` of every service-account key file).
        if ll == b"git"
            || dl.ends_with(b".gserviceaccount.com")
            || memchr::memmem::find(&dl, b"noreply").is_some()
            || memchr::memmem::find(&ll, b"noreply").is_some()
            || memchr::memmem::find(&ll, b"no-reply").is_some()
            || ssh_extension_name(&ll, &dl)
            || kerberos_service_principal(text, s, domain)
        {
            continue;
        }
        // A `user@host` inside a URL authority (`https://user@host`) is a
        // login, covered by the URL rules; an encoded `%40` never delimits
        // a login (it sits in a path or query).
        if !encoded && in_url_authority(text, s) {
            continue;
        }
        // `ssh deploy@host`, `scp f user@host:/tmp`: a login on a host.
        if text.get(e) == Some(&b':')
            && text
                .get(e + 1)
                .is_some_and(|c| matches!(c, b'/' | b'~' | b'.'))
        {
            continue;
        }
        let line_start = text
            .get(s.saturating_sub(200)..s)
            .and_then(|pre| memchr::memrchr(b'\n', pre).map(|i| s.saturating_sub(200) + i + 1))
            .unwrap_or(s.saturating_sub(200));
        let line = text.get(line_start..s).unwrap_or_default();
        let shell_login = line
            .split(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_')))
            .any(|w| {
                matches!(
                    w,
                    b"ssh" | b"scp" | b"sftp" | b"rsync" | b"mosh" | b"ssh-copy-id"
                )
            });
        if shell_login || machine_address(&ll, line) || role_mailbox(&ll, &dl) {
            continue;
        }
        const EXAMPLE_DOMAINS: &[&[u8]] = &[
            b"example.com",
            b"example.org",
            b"example.net",
            b"test.com",
            b"domain.com",
            b"email.com",
            b"company.com",
            b"yourcompany.com",
            b"mycompany.com",
            b"acme.com",
            b"foo.com",
            b"bar.com",
            b"foo.bar",
            b"yourdomain.com",
            b"mail.com",
            b"localhost.localdomain",
            b"sample.com",
        ];
        let example = EXAMPLE_DOMAINS
            .iter()
            .any(|d| dl == *d || dl.ends_with(&[b".", *d].concat()))
            || matches!(
                tld.as_slice(),
                b"test" | b"example" | b"invalid" | b"local" | b"localhost"
            )
            || matches!(
                ll.as_slice(),
                b"user"
                    | b"username"
                    | b"name"
                    | b"someone"
                    | b"john.doe"
                    | b"jane.doe"
                    | b"you"
                    | b"me"
                    | b"email"
                    | b"your.name"
                    | b"first.last"
            );
        hits.push(Hit {
            rule,
            start: s,
            end: e,
            confidence: if example {
                Confidence::Low
            } else {
                Confidence::Medium
            },
            example,
        });
    }
}

/// Whether the word at `s..e` is one item of a bracketed list of
/// upper-case names (`enum Sensitivity { PUBLIC, INTERNAL, CONFIDENTIAL }`,
/// `('PUBLIC', 'CONFIDENTIAL')`): back to an opening bracket there are only
/// such names, quotes, commas and spaces, and at least one other name.
/// `CONFIDENTIAL, DO NOT FORWARD` on a page has no bracket.
fn in_constant_list(text: &[u8], s: usize) -> bool {
    let before = text.get(s.saturating_sub(200)..s).unwrap_or_default();
    let mut names = 0;
    let mut in_name = false;
    for &c in before.iter().rev() {
        match c {
            b'{' | b'(' | b'[' => return names > 0,
            b'A'..=b'Z' | b'0'..=b'9' | b'_' => {
                if !in_name {
                    names += 1;
                }
                in_name = true;
            }
            b',' | b' ' | b'\t' | b'\n' | b'\r' | b'\'' | b'"' => in_name = false,
            _ => return false,
        }
    }
    false
}

/// Keys that are public by design where they stand: a Google API key in a
/// Firebase web config (`authDomain` beside it; Firebase documents these
/// as identifiers, shipped in every web app), an Algolia key the line
/// calls search-only or public.
fn public_by_context(rule: &str, text: &[u8], vs: usize, ve: usize) -> bool {
    let value = text.get(vs..ve).unwrap_or_default();
    match rule {
        // (The generic rules too: they would report it otherwise.)
        _ if value.starts_with(b"AIza") => {
            let near = text
                .get(vs.saturating_sub(400)..(vs + 400).min(text.len()))
                .unwrap_or_default();
            memchr::memmem::find(near, b"authDomain").is_some()
                || google_client_key(text, vs)
                || firebase_web_key(text, vs)
        }
        // Algolia DocSearch's `apiKey` is the search-only key every
        // documentation site publishes in its page.
        "secret_assignment" | "algolia_api_key"
            if text
                .get(vs.saturating_sub(300)..vs)
                .is_some_and(|b| b.windows(9).any(|w| w.eq_ignore_ascii_case(b"docsearch"))) =>
        {
            true
        }
        // A Segment or RudderStack write key (`analytics.write_key =`,
        // `writeKey:`): it only sends events, and every browser snippet
        // carries one.
        "secret_assignment"
            if text.get(vs.saturating_sub(40)..vs).is_some_and(|b| {
                let b = b.to_ascii_lowercase();
                memchr::memmem::find(&b, b"write_key").is_some()
                    || memchr::memmem::find(&b, b"writekey").is_some()
            }) =>
        {
            true
        }
        // HERE's Maps API for JavaScript (`new H.service.Platform({ apikey:
        // … })`) runs in the browser with a referrer-restricted key.
        "secret_assignment"
            if text
                .get(vs.saturating_sub(80)..vs)
                .is_some_and(|b| memchr::memmem::find(b, b"H.service.Platform(").is_some()) =>
        {
            true
        }
        // InstantSearch's client (`searchClient = algoliasearch(…)`) runs
        // in the browser with the search-only key.
        "algolia_api_key" => {
            let (ls, le) = table::line_at(text, vs);
            let line = text.get(ls..le).unwrap_or_default().to_ascii_lowercase();
            [
                &b"search-only"[..],
                b"search only",
                b"searchonly",
                b"search_key",
                b"searchclient",
                b"public",
            ]
            .iter()
            .any(|w| memchr::memmem::find(&line, w).is_some())
        }
        _ => false,
    }
}

/// The shape of a one-time recovery code, for `mfa_recovery_code`:
/// `xxxxx-xxxxx` (both halves mixing letters and digits in the list, so
/// `tcp-proxy` or `2024-2025` is none) or `1234 5678`.
fn recovery_code_shape(t: &[u8]) -> Option<u8> {
    let dashed = |t: &[u8]| {
        let (a, b) = t.split_at(t.iter().position(|&c| c == b'-')?);
        let b = b.get(1..)?;
        let ok = |h: &[u8]| {
            (4..=5).contains(&h.len())
                && h.iter()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        };
        (ok(a) && ok(b)).then_some(1)
    };
    let digits = t.len() == 9
        && t.get(4) == Some(&b' ')
        && t.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit());
    if digits {
        Some(2)
    } else {
        dashed(t)
    }
}

/// A code of a list: another code of the same shape on the line before or
/// after it (codes come eight to sixteen at a time), and dashed codes
/// with a letter and a digit in them.
fn recovery_code_ok(text: &[u8], vs: usize, ve: usize) -> bool {
    let v = text.get(vs..ve).unwrap_or_default();
    let Some(shape) = recovery_code_shape(v) else {
        return false;
    };
    if shape == 1 && !(v.iter().any(u8::is_ascii_digit) && v.iter().any(u8::is_ascii_lowercase)) {
        return false;
    }
    if validate::is_example(v) {
        return false;
    }
    let near = text
        .get(vs.saturating_sub(24)..(ve + 24).min(text.len()))
        .unwrap_or_default();
    let width = v.len();
    let others = near
        .windows(width)
        .enumerate()
        .filter(|(i, w)| {
            let at = vs.saturating_sub(24) + i;
            (at + width <= vs || at >= ve) && recovery_code_shape(w) == Some(shape)
        })
        .count();
    others > 0
}

/// `scheme://airflow:airflow@…`, `guest:guest`: a URL whose password
/// repeats its user name, a packaged default (compose files, quick starts),
/// not a credential anyone chose.
fn user_as_password(text: &[u8], vs: usize, v: &[u8]) -> bool {
    let Some(user_end) = vs.checked_sub(1) else {
        return false;
    };
    let before = text.get(..user_end).unwrap_or_default();
    before.len() > v.len()
        && before.ends_with(v)
        && before.get(before.len() - v.len() - 1) == Some(&b'/')
}

/// The string value of the `"private_key"` member near a service
/// account's `"type"` at `ms..me` (same reach as its validation), without
/// its quotes; escaped quotes inside do not end it.
fn gcp_key_span(text: &[u8], ms: usize, me: usize) -> Option<(usize, usize)> {
    let from = ms.saturating_sub(4000);
    let ctx = text.get(from..(me + 4000).min(text.len()))?;
    let i = memchr::memmem::find(ctx, b"\"private_key\"")? + 13;
    let rest = ctx.get(i..)?;
    let colon = rest.iter().position(|c| !c.is_ascii_whitespace())?;
    if rest.get(colon) != Some(&b':') {
        return None;
    }
    let q = colon
        + 1
        + rest
            .get(colon + 1..)?
            .iter()
            .position(|c| !c.is_ascii_whitespace())?;
    if rest.get(q) != Some(&b'"') {
        return None;
    }
    let start = i + q + 1;
    let mut k = start;
    while let Some(&c) = ctx.get(k) {
        match c {
            b'\\' => k += 2,
            b'"' => return Some((from + start, from + k)),
            _ => k += 1,
        }
    }
    None
}

/// A Firebase web config value named as one on its line
/// (`NEXT_PUBLIC_FIREBASE_API_KEY=`, `firebaseApiKey:`): Firebase's web API
/// key identifies the project to browsers and is public by design. Not a
/// server's or an admin's.
fn firebase_web_key(text: &[u8], vs: usize) -> bool {
    let (ls, _) = table::line_at(text, vs);
    let before = text.get(ls..vs).unwrap_or_default().to_ascii_lowercase();
    // (A legacy FCM *server* key was an `AIza…` key too, and secret.)
    memchr::memmem::find(&before, b"firebase").is_some()
        && memchr::memmem::find(&before, b"server").is_none()
        && memchr::memmem::find(&before, b"admin").is_none()
}

/// A Google key that an app ships to every device: Firebase's
/// `google-services.json` (`"current_key"`) and `GoogleService-Info.plist`
/// (`<key>API_KEY</key>` beside `GCM_SENDER_ID`), and the Maps SDK key
/// where Android and Expo configure it (`google_maps_key`,
/// `com.google.android.geo.API_KEY`, `MAPS_API_KEY=`, `googleMapsApiKey`,
/// `"googleMaps": {"apiKey"`). Restricted to the app, not a secret.
fn google_client_key(text: &[u8], vs: usize) -> bool {
    const NAMES: [&[u8]; 5] = [
        b"\"current_key\"",
        b"google_maps_key",
        b"geo.api_key",
        b"googlemapsapikey",
        b"\"googlemaps\"",
    ];
    let before = text
        .get(vs.saturating_sub(80)..vs)
        .unwrap_or_default()
        .to_ascii_lowercase();
    if NAMES
        .iter()
        .any(|n| memchr::memmem::find(&before, n).is_some())
    {
        return true;
    }
    // The Secrets Gradle plugin's `local.properties` line, the whole
    // name (a server's `GOOGLE_MAPS_API_KEY = "…"` is a secret).
    if let Some(b) = before.strip_suffix(b"maps_api_key=") {
        if b.last().is_none_or(|&c| c == b'\n') {
            return true;
        }
    }
    // The plist: the key right before, the sender id in the same file.
    before
        .strip_suffix(b"<string>")
        .is_some_and(|b| b.trim_ascii_end().ends_with(b"<key>api_key</key>"))
        && text
            .get(vs.saturating_sub(600)..(vs + 600).min(text.len()))
            .is_some_and(|n| memchr::memmem::find(n, b"GCM_SENDER_ID").is_some())
}

/// Whether a value ending at `ve` is cut short for display: an ellipsis
/// (`…`, `...`), stars or a `[masked]` / `[redacted]` / `<redacted>` tag
/// right after it.
fn masked_after(text: &[u8], ve: usize) -> bool {
    let rest = text.get(ve..(ve + 12).min(text.len())).unwrap_or_default();
    // An ellipsis still JSON-escaped (`\u2026`: a log line of JSON).
    let unescaped = rest.iter().take_while(|&&c| c == b'\\').count();
    if rest
        .get(unescaped..unescaped + 5)
        .is_some_and(|u| u.eq_ignore_ascii_case(b"u2026"))
        && unescaped > 0
    {
        return true;
    }
    let tag = |t: &[u8]| {
        rest.get(..t.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(t))
    };
    ["\u{2026}".as_bytes(), b"...", b"***"]
        .iter()
        .any(|t| rest.starts_with(t))
        || [
            &b"[masked"[..],
            b"[redacted",
            b"<redacted",
            b"(masked",
            b"(redacted",
        ]
        .iter()
        .any(|t| tag(t))
}

/// Whether a table column's name says it holds ids of something other
/// than a payment card (`order_no`, `Invoice #`, `sku`); a name with a
/// card word (`card_number`, `pan`, `cc`) is a card column whatever else
/// it says.
fn other_id_column(name: &[u8]) -> bool {
    const CARD: &[&[u8]] = &[
        b"card",
        b"cc",
        b"pan",
        b"credit",
        b"debit",
        b"visa",
        b"mastercard",
        b"amex",
        b"kreditkarte",
        b"karte",
        b"carte",
        b"tarjeta",
    ];
    const OTHER: &[&[u8]] = &[
        b"order",
        b"orders",
        b"invoice",
        b"sku",
        b"tracking",
        b"shipment",
        b"ref",
        b"reference",
        b"transaction",
        b"txn",
        b"ticket",
        b"serial",
        b"imei",
        b"isbn",
        b"gtin",
        b"ean",
        b"upc",
        b"barcode",
        b"id",
        b"no",
        b"nr",
        b"num",
        b"number",
        b"code",
        b"batch",
        b"lot",
        b"po",
        b"customer",
        b"account",
        b"booking",
        b"parcel",
        b"article",
        b"item",
        b"product",
    ];
    let words = ident_words(name, |c| !c.is_ascii_alphanumeric());
    let has = |list: &[&[u8]]| words.iter().any(|w| list.contains(&w.as_slice()));
    !has(CARD) && has(OTHER)
}

/// Whether the word at `s..e` stands as a banner on its line: nothing else
/// on it but separators (`— Confidential —`), or a cell between `|` / `•`
/// / ` - ` separators of a footer line that numbers its page or carries a
/// copyright (`Acme Corp | Confidential | Page 1 of 6`).
fn banner_word(text: &[u8], s: usize, e: usize) -> bool {
    let (ls, le) = table::line_at(text, s);
    let line = text.get(ls..le).unwrap_or_default();
    let (pre, post) = (
        text.get(ls..s).unwrap_or_default(),
        text.get(e..le).unwrap_or_default(),
    );
    // Rules and brackets of a banner (and UTF-8 dashes and bullets); not
    // `@` (a Java annotation), quotes or dots (code).
    let sep = |c: &u8| c.is_ascii_whitespace() || !c.is_ascii() || b"-=*#|[]()_~:".contains(c);
    if pre.iter().all(sep) && post.iter().all(sep) {
        return true;
    }
    // A footer's cell separators: `|`, a bullet, a dash.
    let seps = [&b"|"[..], "\u{2022}".as_bytes(), b"-"];
    let cell_edge = |t: &[u8]| {
        let t = t.trim_ascii();
        t.is_empty() || seps.iter().any(|s| t.ends_with(s))
    };
    let cell_start = |t: &[u8]| {
        let t = t.trim_ascii();
        t.is_empty() || seps.iter().any(|s| t.starts_with(s))
    };
    let cell = cell_edge(pre)
        && cell_start(post)
        && (!pre.trim_ascii().is_empty() || !post.trim_ascii().is_empty());
    let lower = line.to_ascii_lowercase();
    let page = memchr::memmem::find_iter(&lower, b"page ")
        .any(|i| lower.get(i + 5).is_some_and(u8::is_ascii_digit));
    let copyright = line.windows(2).any(|w| w == "\u{a9}".as_bytes())
        || memchr::memmem::find(&lower, b"(c)").is_some()
        || memchr::memmem::find(&lower, b"copyright").is_some();
    cell && (page || copyright)
}

/// Whether `text[s..e]` is a quoted literal right after a comparison
/// operator (`= 'X'`, `<> "X"`, `!= 'X'`, `LIKE 'X'`): a value in code.
fn compared_literal(text: &[u8], s: usize, e: usize) -> bool {
    let (Some(&open), Some(&close)) = (s.checked_sub(1).and_then(|i| text.get(i)), text.get(e))
    else {
        return false;
    };
    if !matches!(open, b'\'' | b'"') || close != open {
        return false;
    }
    let before = text
        .get(s.saturating_sub(12)..s - 1)
        .unwrap_or_default()
        .trim_ascii_end();
    [&b"="[..], b"<>", b"!="]
        .iter()
        .any(|op| before.ends_with(op))
        || before
            .get(before.len().saturating_sub(5)..)
            .is_some_and(|w| w.eq_ignore_ascii_case(b" like"))
}

/// Where the name that ends at a keyword starting at `ms` begins: up to 40
/// identifier characters (and `-`, `.`) before it (`EMAIL_HOST_` of
/// `EMAIL_HOST_PASSWORD`, `OLD` of `OLDPWD`).
fn name_start(text: &[u8], ms: usize) -> usize {
    let mut p = ms;
    while p > 0
        && ms - p < 40
        && text
            .get(p - 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
    {
        p -= 1;
    }
    p
}

/// Words a shared mailbox is named with (`support`, `billing-bot`,
/// `dmarc-reports`, `cfo-office`), in English and in the languages of
/// European, Turkish and Latin American company sites (`kontakt`,
/// `vertrieb`, `ventas`, `klantenservice`, `vendas`, `sac`, `pomoc`,
/// `destek`, `asiakaspalvelu`), and a town hall's offices (`poststelle`,
/// `standesamt`, `etat-civil`, `anagrafe`): an address whose local part is only such words
/// belongs to a function, not to a person, and is not personal data.
const ROLE_WORDS: &[&[u8]] = &[
    b"abuse",
    b"accounting",
    b"accounts",
    b"accueil",
    b"admin",
    b"administracion",
    b"administratie",
    b"admissions",
    b"alert",
    b"alerts",
    b"all",
    b"allstaff",
    b"amministrazione",
    b"anagrafe",
    b"anfrage",
    b"anfragen",
    b"api",
    b"apoio",
    b"asiakaspalvelu",
    b"assistenza",
    b"atencion",
    b"atencionalcliente",
    b"atencionciudadana",
    b"atendimento",
    b"automation",
    b"ayuda",
    b"ayuntamiento",
    b"backup",
    b"bauamt",
    b"bestellingen",
    b"bestellung",
    b"bestellungen",
    b"bestilling",
    b"bewerbung",
    b"bilgi",
    b"billing",
    b"biuro",
    b"board",
    b"boekhouding",
    b"booking",
    b"bookings",
    b"bot",
    b"bounce",
    b"bounces",
    b"buchhaltung",
    b"buergerbuero",
    b"builds",
    b"burgerbuero",
    b"care",
    b"careers",
    b"ceo",
    b"cert",
    b"certs",
    b"cfo",
    b"ci",
    b"civil",
    b"claims",
    b"clientes",
    b"cobranca",
    b"cobranzas",
    b"comenzi",
    b"comercial",
    b"commercial",
    b"community",
    b"complaints",
    b"compliance",
    b"compras",
    b"compta",
    b"comptabilite",
    b"comune",
    b"contabilidad",
    b"contabilidade",
    b"contabilitate",
    b"contact",
    b"contacto",
    b"contato",
    b"contatti",
    b"contatto",
    b"coo",
    b"crm",
    b"cs",
    b"cto",
    b"customercare",
    b"customerservice",
    b"daemon",
    b"data",
    b"datenschutz",
    b"deploy",
    b"destek",
    b"dev",
    b"devops",
    b"diretoria",
    b"dispatch",
    b"dmarc",
    b"dpo",
    b"dsar",
    b"duty",
    b"einkauf",
    b"ekonomi",
    b"empfang",
    b"employees",
    b"encomendas",
    b"engineering",
    b"enquiries",
    b"enquiry",
    b"ertekesites",
    b"etat",
    b"events",
    b"everyone",
    b"expedicao",
    b"exypiretisi",
    b"facilities",
    b"facturacion",
    b"facturas",
    b"facturation",
    b"facturen",
    b"faktura",
    b"fakturace",
    b"faktury",
    b"faturacao",
    b"faturamento",
    b"feedback",
    b"finance",
    b"financeiro",
    b"fleet",
    b"fornecedores",
    b"frontdesk",
    b"garansi",
    b"gdpr",
    b"gemeinde",
    b"general",
    b"geral",
    b"gerencia",
    b"halo",
    b"hello",
    b"help",
    b"helpdesk",
    b"hiring",
    b"hjaelp",
    b"hjalp",
    b"hjelp",
    b"hostmaster",
    b"hr",
    b"iade",
    b"iletisim",
    b"imprensa",
    b"incidencias",
    b"info",
    b"inquiries",
    b"inquiry",
    b"integration",
    b"integrations",
    b"investors",
    b"invoices",
    b"it",
    b"jobs",
    b"juridico",
    b"karriere",
    b"kasse",
    b"klantenservice",
    b"kontakt",
    b"kontor",
    b"ksiegowosc",
    b"kundendienst",
    b"kundenservice",
    b"kundeservice",
    b"kundservice",
    b"kundtjanst",
    b"laskutus",
    b"leadership",
    b"legal",
    b"logistica",
    b"logistics",
    b"mailer",
    b"mairie",
    b"management",
    b"marketing",
    b"media",
    b"membership",
    b"monitoring",
    b"muhasebe",
    b"municipio",
    b"musteri",
    b"musterihizmetleri",
    b"myynti",
    b"network",
    b"news",
    b"newsletter",
    b"noc",
    b"notification",
    b"notifications",
    b"notify",
    b"obchod",
    b"objednavky",
    b"obsluga",
    b"office",
    b"operations",
    b"ops",
    b"orcamento",
    b"orders",
    b"ordnungsamt",
    b"ouvidoria",
    b"pagos",
    b"partner",
    b"partners",
    b"partnerships",
    b"payments",
    b"payroll",
    b"pedidos",
    b"platform",
    b"pliroforeies",
    b"podpora",
    b"pomoc",
    b"portal",
    b"postmaster",
    b"poststelle",
    b"press",
    b"presse",
    b"privacy",
    b"procurement",
    b"protection",
    b"protocollo",
    b"proveedores",
    b"purchasing",
    b"pwliseis",
    b"quotes",
    b"rathaus",
    b"receipts",
    b"recepcao",
    b"recepcion",
    b"receptie",
    b"reception",
    b"rechnung",
    b"rechnungen",
    b"recruiting",
    b"recruitment",
    b"recrutement",
    b"refunds",
    b"registro",
    b"reklamace",
    b"reklamacje",
    b"relatii",
    b"relay",
    b"release",
    b"releases",
    b"rendeles",
    b"reply",
    b"reports",
    b"reservations",
    b"returns",
    b"rh",
    b"root",
    b"rrhh",
    b"sac",
    b"sales",
    b"salg",
    b"satis",
    b"secretaria",
    b"secretariaat",
    b"secretariat",
    b"security",
    b"segreteria",
    b"sekretariat",
    b"service",
    b"serviceclient",
    b"servicedesk",
    b"servicio",
    b"servicioalcliente",
    b"shipping",
    b"shop",
    b"signing",
    b"siparis",
    b"soc",
    b"soporte",
    b"sprzedaz",
    b"staff",
    b"standesamt",
    b"status",
    b"store",
    b"subscriptions",
    b"suport",
    b"suporte",
    b"suppliers",
    b"support",
    b"sync",
    b"system",
    b"szamlazas",
    b"team",
    b"tesoreria",
    b"tilaukset",
    b"treasury",
    b"tributi",
    b"tuki",
    b"ufficio",
    b"ugyfelszolgalat",
    b"unsub",
    b"unsubscribe",
    b"updates",
    b"urbanisme",
    b"user",
    b"vanzari",
    b"vendas",
    b"vendite",
    b"vendors",
    b"ventas",
    b"ventes",
    b"verkauf",
    b"verkoop",
    b"vertrieb",
    b"warehouse",
    b"webmaster",
    b"zamowienia",
    b"zentrale",
    b"zwroty",
];

/// Words that end the name of a sending service (`crm-notify`,
/// `ledger-mailer`, `platform-announce`, `accounts-payable`): whatever
/// comes before them names the system or the team, not a person.
const SERVICE_SUFFIXES: &[&[u8]] = &[
    b"alerts",
    b"announce",
    b"announcements",
    b"bot",
    b"daemon",
    b"digest",
    b"mailer",
    b"notifications",
    b"notifier",
    b"notify",
    b"payable",
    b"receivable",
    b"robot",
];

/// Whether a local part ends in a [`SERVICE_SUFFIXES`] word joined by `-`
/// or `_` (`crm-notify`; a person's `anna.notify` is joined by a dot).
fn service_suffix(base: &[u8]) -> bool {
    base.iter()
        .rposition(|c| matches!(c, b'-' | b'_'))
        .and_then(|i| base.get(i + 1..))
        .is_some_and(|w| SERVICE_SUFFIXES.contains(&w))
        && !base.contains(&b'.')
}

/// Whether a local part starts with a bot's name joined by `-` or `_`
/// (`bot-agent`, `robot_ci`, a service account's `svc-jsm-sync`; a
/// person's `bot.anna` is joined by a dot).
fn service_prefix(base: &[u8]) -> bool {
    base.iter()
        .position(|c| matches!(c, b'-' | b'_'))
        .and_then(|i| base.get(..i))
        .is_some_and(|w| matches!(w, b"bot" | b"robot" | b"svc"))
        && !base.contains(&b'.')
}

/// A role mailbox: every word of the local part (split at `.`, `-`, `_`;
/// a `+tag` ignored) is a [`ROLE_WORDS`] word; or its last word names a
/// sending service ([`SERVICE_SUFFIXES`], see [`service_suffix`]) or its first
/// a bot ([`service_prefix`]); or it is a bounce address
/// (VERP: `bounce-<tag>`, `bounces+<tag>`, whatever the tag); or it is a
/// mailing list's (`announce@lists.acme.io`).
/// Role words that name an office's front desk or general line: before
/// a site name (`reception.milano`) the address is still the desk's.
const DESK_WORDS: &[&[u8]] = &[
    b"accueil",
    b"contact",
    b"empfang",
    b"frontdesk",
    b"info",
    b"kontakt",
    b"office",
    b"recepcao",
    b"recepcion",
    b"reception",
    b"receptie",
    b"secretaria",
    b"segreteria",
    b"sekretariat",
    b"zentrale",
];

fn role_mailbox(local: &[u8], domain: &[u8]) -> bool {
    let base = local.split(|&c| c == b'+').next().unwrap_or_default();
    let words: Vec<&[u8]> = base
        .split(|c| matches!(c, b'.' | b'-' | b'_'))
        .filter(|w| !w.is_empty())
        .collect();
    let list_host = domain
        .split(|&c| c == b'.')
        .next()
        .is_some_and(|l| matches!(l, b"lists" | b"list" | b"groups" | b"lists-ml"));
    // `backup01`, `alerts2`: a numbered instance of the same mailbox.
    let role = |w: &&[u8]| {
        let end = w
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        ROLE_WORDS.contains(&w.get(..end).unwrap_or_default())
    };
    // An office's front desk, by site: `accueil.paris`, `empfang.berlin`.
    let desk = words.len() == 2
        && words.first().is_some_and(|w| DESK_WORDS.contains(w))
        && words.iter().all(|w| w.iter().all(u8::is_ascii_alphabetic));
    // A team's regional desk (`support-jp`, `sales-de`): role words and a
    // two-letter country code.
    let region = |w: &&[u8]| w.len() == 2 && w.iter().all(u8::is_ascii_lowercase);
    list_host
        || desk
        || (!words.is_empty()
            && words.iter().any(role)
            && words.iter().all(|w| role(w) || region(w)))
        || service_suffix(base)
        || service_prefix(base)
        || words
            .first()
            .is_some_and(|w| matches!(*w, b"bounce" | b"bounces" | b"return" | b"verp"))
}

/// A mail or calendar identifier shaped like an address (`Message-ID:
/// <4137974388@github.com>`, `UID:9q1s607i…@google.com`): on such a header
/// line, or a local part no person has (all digits, or a long run of
/// letters and digits with no separator).
fn machine_address(local: &[u8], line: &[u8]) -> bool {
    const ID_HEADERS: [&[u8]; 4] = [b"message-id:", b"uid:", b"in-reply-to:", b"references:"];
    let digits = local.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = local.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let line = line.to_ascii_lowercase();
    (digits == local.len() && digits >= 6)
        || (local.len() >= 20 && digits + letters == local.len() && digits >= 3 && letters >= 3)
        || ID_HEADERS
            .iter()
            .any(|h| memchr::memmem::find(&line, h).is_some())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod engine_tests;
