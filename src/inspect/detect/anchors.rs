//! The anchor finder: every literal anchor of every rule, in one pass.
//!
//! Aho-Corasick was the first implementation, but with ~130 short anchors
//! (many 3-4 bytes, case-insensitive keywords among them) its prefilters
//! degrade to running the automaton byte by byte, a few hundred MB/s. This
//! finder hashes ASCII-case-folded 4-grams into a blocked Bloom filter of
//! 2^20 bits (128 KiB, L2-resident; each gram sets two bits of one 32-bit
//! block, so one load tests both): a failed test rejects the
//! position with a handful of instructions, a pass is confirmed against
//! the few anchors entered under that folded 4-gram.
//!
//! Only every second position is tested (stride 2), which halves the work
//! of the hot loop. Every anchor occurrence still has a tested 4-gram that
//! pins it down, because each anchor is entered under grams that cover it
//! from an even position:
//! - an anchor of 5+ bytes under two consecutive grams inside it, at
//!   offsets k and k+1 (one of them is even wherever the anchor starts);
//!   k picks the window whose grams are rarest in real source code
//!   (`common_grams.txt`, measured), so `-----BEGIN RSA PRIVATE KEY-----`
//!   is not confirmed at every `----` of a Markdown rule;
//! - a 4-byte anchor under its own bytes (even start) and under any
//!   preceding byte plus its first 3 (odd start);
//! - a 3-byte anchor under its bytes plus any following byte (even start)
//!   and any preceding byte plus its bytes (odd start); an even start 3
//!   bytes before the end is checked directly.
//!
//! "Any byte" means the 128 distinct folded values, so a short anchor sets
//! up to 256 filter entries; the confirmation map holds one masked key for
//! them instead. The hash multiplier is chosen at build, among eight, as
//! the one that lets the least common-code-gram traffic through without an
//! anchor behind it. With AVX2 (detected at run time) 16 positions (32
//! bytes, two independent halves of eight) are hashed and looked up per
//! iteration, and the same loads yield the text's runs of 4 digits for
//! the number rules (one pass instead of two). A pass is confirmed only
//! if a 512-byte presence filter admits one of its three keys (exact and
//! masked). Anchors of
//! 1-2 bytes (only possible from custom keywords) are found by a plain
//! `memchr` side scan. Matches overlap freely (an anchor inside a longer
//! one is still found).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const BITS: u32 = 20;
/// The table as 32-bit blocks: each gram sets two bits in one block.
const WORD_BITS: u32 = BITS - 5;
const WORDS: usize = 1 << WORD_BITS;

/// The keys are already well-mixed 4-grams: a multiply is hash enough, and
/// SipHash showed up in profiles.
#[derive(Default)]
struct GramHasher(u64);

impl Hasher for GramHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Under one folded 4-gram: which anchor may start where: `(anchor, off)`
/// means the anchor starts `off` bytes before the tested position (`-1`
/// when it starts one byte after it).
type GramMap = HashMap<u32, Vec<(u16, i8)>, BuildHasherDefault<GramHasher>>;

trait AddCand {
    fn add(&mut self, key: u32, anchor: u16, off: i8);
}

impl AddCand for GramMap {
    fn add(&mut self, key: u32, anchor: u16, off: i8) {
        let e = self.entry(key).or_default();
        if !e.contains(&(anchor, off)) {
            e.push((anchor, off));
        }
    }
}

/// A folded gram with its first byte masked ("any byte, then 3 anchor
/// bytes") and with its last byte masked. Folded bytes always have bit
/// 0x20 set, so a masked key never equals an exact one.
const LEAD_WILD: u32 = 0xFFFF_FF00;
const TRAIL_WILD: u32 = 0x00FF_FFFF;

#[inline(always)]
fn fold_gram(g: [u8; 4]) -> u32 {
    fold(u32::from_le_bytes(g))
}

/// One candidate of a key's list: the anchor, where it starts (see
/// [`GramMap`]), and whether it ends the list (4 bytes, like the pair).
#[derive(Clone, Copy, Debug, Default)]
struct Cand {
    anchor: u16,
    off: i8,
    last: bool,
}

/// Bits in the presence filter of [`Grams`].
const SEEN_BITS: u32 = 12;

/// The confirmation map, flattened: open addressing over a few hundred
/// keys (the exact grams plus one masked key per short anchor, not its 128
/// variants), small enough to stay in cache between the rare lookups.
/// A pass of the big filter looks up three keys (exact, lead-masked,
/// trail-masked), and most are absent: `seen`, one bit per hashed key in
/// 512 bytes, settles most absences in one L1 load without probing.
#[derive(Clone, Debug)]
struct Grams {
    /// `(key, first candidate)`; key 0 marks an empty slot. The list runs
    /// to the candidate marked `last`. 8 bytes, 8 slots a cache line.
    slots: Box<[(u32, u32)]>,
    cands: Vec<Cand>,
    seen: Box<[u64; 1 << (SEEN_BITS - 6)]>,
}

impl Default for Grams {
    fn default() -> Grams {
        Grams {
            slots: Box::default(),
            cands: Vec::new(),
            seen: Box::new([0; 1 << (SEEN_BITS - 6)]),
        }
    }
}

impl Grams {
    fn build(map: &GramMap) -> Grams {
        let size = (map.len() * 2).next_power_of_two().max(16);
        let mut g = Grams {
            slots: vec![(0u32, 0u32); size].into_boxed_slice(),
            ..Grams::default()
        };
        let mut keys: Vec<&u32> = map.keys().collect();
        keys.sort_unstable();
        for k in keys {
            let list = map.get(k).map(Vec::as_slice).unwrap_or_default();
            if list.is_empty() {
                continue;
            }
            let mut i = Self::home(*k, size);
            while g.slots.get(i).is_some_and(|s| s.0 != 0) {
                i = (i + 1) & (size - 1);
            }
            if let Some(s) = g.slots.get_mut(i) {
                *s = (*k, g.cands.len() as u32);
            }
            let (w, b) = Self::seen_bit(*k);
            if let Some(x) = g.seen.get_mut(w) {
                *x |= b;
            }
            for (j, &(anchor, off)) in list.iter().enumerate() {
                g.cands.push(Cand {
                    anchor,
                    off,
                    last: j + 1 == list.len(),
                });
            }
        }
        g
    }

    #[inline(always)]
    fn home(key: u32, size: usize) -> usize {
        (key.wrapping_mul(0x85EB_CA6B) >> 16) as usize & (size - 1)
    }

    #[inline(always)]
    fn seen_bit(key: u32) -> (usize, u64) {
        let h = key.wrapping_mul(0x9E37_79B1) >> (32 - SEEN_BITS);
        ((h >> 6) as usize, 1 << (h & 63))
    }

    /// Whether `key` may be in the map (no false negatives).
    #[inline(always)]
    fn maybe(&self, key: u32) -> bool {
        let (w, b) = Self::seen_bit(key);
        self.seen.get(w).is_some_and(|x| x & b != 0)
    }

    /// Whether `key` may have candidates, exactly or masked.
    #[inline(always)]
    fn maybe_any(&self, key: u32) -> bool {
        self.maybe(key) || self.maybe(key & LEAD_WILD) || self.maybe(key & TRAIL_WILD)
    }

    /// The index of the first candidate under `key`.
    #[inline]
    fn first(&self, key: u32) -> Option<usize> {
        let size = self.slots.len();
        if size == 0 {
            return None;
        }
        let mut i = Self::home(key, size);
        while let Some(&(k, start)) = self.slots.get(i) {
            if k == key {
                return Some(start as usize);
            }
            if k == 0 {
                break;
            }
            i = (i + 1) & (size - 1);
        }
        None
    }

    /// The candidates entered under exactly `key`.
    fn lookup(&self, key: u32) -> &[Cand] {
        let Some(start) = self.first(key) else {
            return &[];
        };
        let tail = self.cands.get(start..).unwrap_or_default();
        let n = tail.iter().position(|c| c.last).map_or(0, |p| p + 1);
        tail.get(..n).unwrap_or_default()
    }

    /// Every candidate entered under the folded gram `key`: exactly, or
    /// as a short anchor's masked gram.
    fn get(&self, key: u32) -> impl Iterator<Item = &Cand> {
        self.lookup(key)
            .iter()
            .chain(self.lookup(key & LEAD_WILD))
            .chain(self.lookup(key & TRAIL_WILD))
    }
}

/// One anchor: its bytes, whether it matches case-insensitively, and the
/// rules it triggers.
#[derive(Clone, Debug)]
struct Anchor {
    bytes: Vec<u8>,
    ci: bool,
    rules: Vec<u16>,
    /// The first (up to) 8 bytes as a little-endian word, letters lower
    /// case when `ci`; `mask` covers them, `fold` has 0x20 on the letters
    /// of a case-insensitive anchor. `(word | fold) & mask == head` is an
    /// exact test of those bytes (OR-ing 0x20 maps only `A`-`Z` onto
    /// `a`-`z`), so most candidates are settled by one load.
    head: u64,
    mask: u64,
    fold: u64,
}

impl Anchor {
    fn new(bytes: Vec<u8>, ci: bool, rule: u16) -> Anchor {
        let (mut head, mut mask, mut fold) = (0u64, 0u64, 0u64);
        for (k, &b) in bytes.iter().take(8).enumerate() {
            let letter = ci && b.is_ascii_alphabetic();
            let b = if letter { b.to_ascii_lowercase() } else { b };
            head |= u64::from(b) << (8 * k);
            mask |= 0xFF << (8 * k);
            if letter {
                fold |= 0x20 << (8 * k);
            }
        }
        Anchor {
            bytes,
            ci,
            rules: vec![rule],
            head,
            mask,
            fold,
        }
    }

    #[inline]
    fn at(&self, text: &[u8], s: usize) -> bool {
        if let Some(w) = text.get(s..s + 8) {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            if (u64::from_le_bytes(b) | self.fold) & self.mask != self.head {
                return false;
            }
            if self.bytes.len() <= 8 {
                return true;
            }
        }
        let Some(win) = text.get(s..s + self.bytes.len()) else {
            return false;
        };
        if self.ci {
            win.eq_ignore_ascii_case(&self.bytes)
        } else {
            win == self.bytes.as_slice()
        }
    }
}

/// The compiled anchor table.
#[derive(Clone, Debug)]
pub(crate) struct AnchorTable {
    /// A blocked Bloom filter: a gram's hash picks one 32-bit block and
    /// two bits in it. Two bits reject ~15x more collisions than one, at
    /// the cost of a few vector ALU ops but no second memory access.
    bits: Box<[u32; WORDS]>,
    /// The hash multiplier (see [`MULS`]).
    mul: u32,
    /// Every folded gram the table holds, for rebuilding it under another
    /// multiplier.
    keys: Vec<u32>,
    /// Candidates per gram, exact or with the one "any byte" masked to
    /// zero (see [`Grams`]).
    grams: Grams,
    anchors: Vec<Anchor>,
    /// Anchors of 1-2 bytes, found by the side scan.
    tiny: Vec<u16>,
    /// The 3-byte anchors by their bytes folded (`fold`, as a 24-bit
    /// word), sorted: checked directly at the one position the strided
    /// loop cannot see (an even start 3 bytes before the end), where the
    /// text's last 3 bytes find theirs by a binary search, not a test of
    /// each (every segment ends somewhere).
    three_folded: Vec<(u32, u16)>,
    /// Whether the CPU has AVX2 (checked once, at build).
    avx2: bool,
}

/// A found anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct AnchorMatch {
    pub start: usize,
    pub end: usize,
    pub anchor: u16,
}

#[inline(always)]
fn fold(w: u32) -> u32 {
    // OR-ing 0x20 lower-cases ASCII letters (and maps a few other bytes
    // onto each other, which confirmation sorts out).
    w | 0x2020_2020
}

/// Sorts matches by `(start, anchor)`. They come nearly sorted (only a
/// long anchor's start lags its tested gram, by at most ~120 bytes), so an
/// insertion sort does it in about one pass; past a budget of moves it
/// hands over to the general sort. The keys are unique (each occurrence is
/// reported from one tested position), so the result is the same as
/// any sort's.
fn sort_matches(v: &mut [AnchorMatch]) {
    let key = |m: &AnchorMatch| (m.start, m.anchor);
    let mut budget = 8 * v.len() + 64;
    for j in 1..v.len() {
        let mut k = j;
        while k > 0 {
            let (Some(a), Some(b)) = (v.get(k - 1), v.get(k)) else {
                break;
            };
            if key(a) <= key(b) {
                break;
            }
            v.swap(k - 1, k);
            k -= 1;
            budget = budget.saturating_sub(1);
        }
        if budget == 0 {
            v.sort_unstable_by_key(key);
            return;
        }
    }
}

/// Hash multipliers to choose from (odd, well mixed): the table takes the
/// one under which the fewest common code grams collide with an anchor's.
const MULS: [u32; 8] = [
    0x9E37_79B1,
    0x85EB_CA77,
    0xC2B2_AE3D,
    0x27D4_EB2F,
    0x1656_67B1,
    0xD3A2_646D,
    0xFD70_46C5,
    0xB55A_4F09,
];
/// Blocks the AVX2 loop collects before handling them (a power of 2).
const BATCH: usize = 64;
/// The shift that mixes high product bits into the bit positions (low
/// product bits depend only on the gram's first bytes).
const MIX: u32 = 11;

/// A folded gram's block (the product's top bits) and its two bits (from
/// the mixed low bits).
#[inline(always)]
fn probe(key: u32, mul: u32) -> (usize, u32) {
    let h = key.wrapping_mul(mul);
    let g = h ^ (h >> MIX);
    (
        (h >> (32 - WORD_BITS)) as usize,
        (1 << (g & 31)) | (1 << ((g >> 5) & 31)),
    )
}

#[inline(always)]
fn passes(bits: &[u32; WORDS], key: u32, mul: u32) -> bool {
    let (w, m) = probe(key, mul);
    bits[w & (WORDS - 1)] & m == m
}

/// How common a byte is in source code and prose once case-folded
/// (English letter frequencies; separators and digits are rarer).
fn commonness(b: u8) -> u32 {
    match b | 0x20 {
        b'e' => 10,
        b't' | b'a' | b' ' => 9,
        b'o' | b'i' | b'n' | b's' | b'r' => 8,
        b'l' => 7,
        b'h' | b'd' | b'c' | b'u' => 6,
        b'm' | b'f' | b'p' | b'"' | b'.' | b'*' => 5,
        b'g' | b'_' | b'-' | b'/' | b':' | b'=' | b'(' | b',' | b'\n' => 4,
        b'w' | b'y' | b'b' | b'0'..=b'9' => 3,
        b'v' | b'k' => 2,
        b'x' | b'j' => 1,
        _ => 0,
    }
}

/// How common each folded 4-gram is in source code, per million
/// positions: the top grams of a 35 MB sample of Rust, Python, JavaScript,
/// Go, Java, YAML and JSON files (`examples/gram_counts.rs` regenerates
/// it). A gram not listed is rarer than the last one listed.
static GRAM_PPM: std::sync::LazyLock<HashMap<u32, u32>> = std::sync::LazyLock::new(|| {
    include_str!("common_grams.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (hex, ppm) = l.split_once('\t')?;
            // Hex in byte order; keys are little-endian words.
            let g = u32::from_str_radix(hex, 16).ok()?.swap_bytes();
            Some((g, ppm.parse().ok()?))
        })
        .collect()
});

fn gram_ppm(g: &[u8]) -> u32 {
    let mut b = [0u8; 4];
    for (d, c) in b.iter_mut().zip(g) {
        *d = *c;
    }
    GRAM_PPM
        .get(&fold(u32::from_le_bytes(b)))
        .copied()
        .unwrap_or(0)
}

/// The offset k of the rarest 5-byte window of `p` (len >= 5): the grams
/// at k and k + 1 are the ones entered. Rarest by the measured gram
/// counts; among unlisted grams, by letter frequencies.
fn rarest_window(p: &[u8]) -> usize {
    let last = p.len().saturating_sub(5).min(120);
    (0..=last)
        .min_by_key(|&k| {
            let w = p.get(k..k + 5).unwrap_or_default();
            let measured =
                gram_ppm(w.get(..4).unwrap_or_default()) + gram_ppm(w.get(1..).unwrap_or_default());
            let letters: u32 = w.iter().map(|&b| commonness(b)).sum();
            (measured, letters)
        })
        .unwrap_or(0)
}

/// The 128 distinct values a byte takes once folded.
fn any_byte() -> impl Iterator<Item = u8> {
    (0u8..=255).filter(|b| b & 0x20 != 0)
}

impl AnchorTable {
    /// Builds the table from `(anchor, case_insensitive, rule)` triples.
    /// Empty anchors are skipped.
    #[cfg(test)]
    pub fn new(patterns: &[(Vec<u8>, bool, u16)]) -> AnchorTable {
        Self::with_word_starts(patterns, &[])
    }

    /// [`new`](Self::new), knowing that `word_start_rules` only take an
    /// anchor at a word start (their gate refuses one after an ASCII
    /// letter or digit): an anchor all of whose rules are among them is not
    /// entered under the grams that put a letter before it ("any byte"
    /// then its first bytes), so `sin:` is not confirmed inside every
    /// `using:`. Such occurrences may still be reported (at an even start),
    /// and the gate drops them.
    pub fn with_word_starts(
        patterns: &[(Vec<u8>, bool, u16)],
        word_start_rules: &[u16],
    ) -> AnchorTable {
        let mut anchors: Vec<Anchor> = Vec::new();
        for (bytes, ci, rule) in patterns {
            if bytes.is_empty() {
                continue;
            }
            let same = |a: &Anchor| {
                a.ci == *ci
                    && if *ci {
                        a.bytes.eq_ignore_ascii_case(bytes)
                    } else {
                        a.bytes == *bytes
                    }
            };
            match anchors.iter_mut().find(|a| same(a)) {
                Some(a) => {
                    if !a.rules.contains(rule) {
                        a.rules.push(*rule);
                    }
                }
                None => anchors.push(Anchor::new(bytes.clone(), *ci, *rule)),
            }
        }
        let mut map = GramMap::default();
        let mut t = AnchorTable {
            bits: Box::new([0u32; WORDS]),
            mul: MULS[0],
            keys: Vec::new(),
            grams: Grams::default(),
            anchors: Vec::new(),
            tiny: Vec::new(),
            three_folded: Vec::new(),
            avx2: crate::inspect::has_avx2(),
        };
        for (idx, a) in anchors.iter().enumerate() {
            let idx = idx as u16;
            let p = a.bytes.as_slice();
            // Folded values 0x61..=0x7A come from ASCII letters only.
            let word_start = a.rules.iter().all(|r| word_start_rules.contains(r));
            let lead = || any_byte().filter(move |c| !(word_start && c.is_ascii_lowercase()));
            match *p {
                [] => {}
                [_] | [_, _] => t.tiny.push(idx),
                [p0, p1, p2] => {
                    t.three_folded
                        .push((fold_gram([p0, p1, p2, 0]) & TRAIL_WILD, idx));
                    for c in any_byte() {
                        t.set_bits([p0, p1, p2, c]);
                    }
                    for c in lead() {
                        t.set_bits([c, p0, p1, p2]);
                    }
                    map.add(fold_gram([p0, p1, p2, 0]) & TRAIL_WILD, idx, 0);
                    map.add(fold_gram([0, p0, p1, p2]) & LEAD_WILD, idx, -1);
                }
                [p0, p1, p2, p3] => {
                    t.enter(&mut map, [p0, p1, p2, p3], idx, 0);
                    for c in lead() {
                        t.set_bits([c, p0, p1, p2]);
                    }
                    map.add(fold_gram([0, p0, p1, p2]) & LEAD_WILD, idx, -1);
                }
                [_, _, _, _, _, ..] => {
                    // Any two consecutive grams inside the anchor pin it
                    // down; take the rarest pair, so `github_pat_` is not
                    // confirmed at every `github.com`.
                    let k = rarest_window(p);
                    let g = |o: usize| {
                        let mut b = [0u8; 4];
                        if let Some(w) = p.get(o..o + 4) {
                            b.copy_from_slice(w);
                        }
                        b
                    };
                    // The gram at anchor offset o is tested at s + o, which
                    // is even for exactly one of o = k, k + 1.
                    t.enter(&mut map, g(k), idx, k as i8);
                    t.enter(&mut map, g(k + 1), idx, k as i8 + 1);
                }
            }
        }
        t.three_folded.sort_unstable();
        t.anchors = anchors;
        t.grams = Grams::build(&map);
        t.choose_mul();
        t
    }

    fn set_bits(&mut self, gram: [u8; 4]) {
        self.keys.push(fold_gram(gram));
    }

    /// Fills the filter under each multiplier and keeps the one that lets
    /// through the least common-gram traffic that no anchor was entered
    /// under (each such pass is a wasted confirmation).
    fn choose_mul(&mut self) {
        let mut best: Option<(u64, u32)> = None;
        for mul in MULS {
            self.fill(mul);
            let wasted: u64 = GRAM_PPM
                .iter()
                .filter(|(g, _)| {
                    passes(&self.bits, **g, mul) && self.grams.get(**g).next().is_none()
                })
                .map(|(_, ppm)| u64::from(*ppm))
                .sum();
            if best.is_none_or(|(w, _)| wasted < w) {
                best = Some((wasted, mul));
            }
        }
        if let Some((_, mul)) = best {
            self.fill(mul);
        }
    }

    fn fill(&mut self, mul: u32) {
        self.mul = mul;
        self.bits.fill(0);
        for &k in &self.keys {
            let (w, m) = probe(k, mul);
            if let Some(b) = self.bits.get_mut(w & (WORDS - 1)) {
                *b |= m;
            }
        }
    }

    fn enter(&mut self, map: &mut GramMap, gram: [u8; 4], anchor: u16, off: i8) {
        self.set_bits(gram);
        map.add(fold_gram(gram), anchor, off);
    }

    /// Every anchor once (case-insensitive ones merged at build), with
    /// whether it matches ignoring ASCII case.
    pub fn literals(&self) -> impl Iterator<Item = (&[u8], bool)> {
        self.anchors.iter().map(|a| (a.bytes.as_slice(), a.ci))
    }

    /// The rules triggered by anchor `a`.
    pub fn rules(&self, a: u16) -> &[u16] {
        self.anchors
            .get(a as usize)
            .map(|a| a.rules.as_slice())
            .unwrap_or_default()
    }

    /// Confirms the anchors entered under `key` around tested position `i`:
    /// the lists of the exact key and of its two masked forms, each looked
    /// up only when the presence filter has its bit.
    #[cold]
    #[inline(never)]
    fn confirm(&self, text: &[u8], i: usize, key: u32, out: &mut Vec<AnchorMatch>) {
        for k in [key, key & LEAD_WILD, key & TRAIL_WILD] {
            if !self.grams.maybe(k) {
                continue;
            }
            let Some(mut j) = self.grams.first(k) else {
                continue;
            };
            while let Some(&Cand { anchor, off, last }) = self.grams.cands.get(j) {
                j += 1;
                if let (Some(s), Some(a)) = (
                    i.checked_add_signed(-isize::from(off)),
                    self.anchors.get(anchor as usize),
                ) {
                    if a.at(text, s) {
                        out.push(AnchorMatch {
                            start: s,
                            end: s + a.bytes.len(),
                            anchor,
                        });
                    }
                }
                if last {
                    break;
                }
            }
        }
    }

    /// Appends every anchor occurrence in `text` to `out`, in position
    /// order.
    pub fn find(&self, text: &[u8], out: &mut Vec<AnchorMatch>) {
        self.find_with_digits(text, out, &mut Vec::new());
    }

    /// [`find`](Self::find), and on the AVX2 path also where each run of
    /// 4 or more digits first reaches 4 (its fourth digit: a digit with 3
    /// digits before it and no digit 4 before it), in order, into
    /// `run_ends`, from the same loads. Returns whether it did (otherwise
    /// the caller probes for digits itself).
    pub fn find_with_digits(
        &self,
        text: &[u8],
        out: &mut Vec<AnchorMatch>,
        run_ends: &mut Vec<usize>,
    ) -> bool {
        let mut digits = false;
        if self.anchors.is_empty() {
            return digits;
        }
        let first = out.len();
        let mut i = 0;
        #[cfg(target_arch = "x86_64")]
        #[allow(unsafe_code)] // Calls the AVX2 loop; soundness below.
        if self.avx2 {
            // Texts too short for one vector block (roles, ids, short
            // prose) skip the call and its set-up.
            if text.len() >= 24 {
                // SAFETY: `avx2` is only true when the CPU reported AVX2
                // support (`has_avx2`), which is all `find_avx2` requires.
                i = unsafe { self.find_avx2(text, out, run_ends) };
            }
            // The vector loop saw the digits of text[..i]; runs ending
            // later are found here: a run's fourth digit, not its fifth.
            let mut run = 0usize;
            for (e, c) in text.iter().enumerate().skip(i.saturating_sub(4)) {
                run = if c.is_ascii_digit() { run + 1 } else { 0 };
                if run == 4 && e >= i {
                    run_ends.push(e);
                }
            }
            digits = true;
        }
        let hit = |k: u32| passes(&self.bits, k, self.mul);
        let n = text.len();
        // The hot loop: 6 tested positions per two 8-byte loads (the
        // 4-grams at i, i+2, i+4 are the shifted low words of one folded
        // u64, those at i+6, i+8, i+10 of the next).
        while let (Some(a), Some(b)) = (text.get(i..i + 8), text.get(i + 6..i + 14)) {
            let mut x = [0u8; 8];
            x.copy_from_slice(a);
            let wa = u64::from_le_bytes(x) | 0x2020_2020_2020_2020;
            x.copy_from_slice(b);
            let wb = u64::from_le_bytes(x) | 0x2020_2020_2020_2020;
            for (base, w) in [(i, wa), (i + 6, wb)] {
                for j in [0, 2, 4] {
                    let k = (w >> (8 * j)) as u32;
                    if hit(k) {
                        self.confirm(text, base + j, k, out);
                    }
                }
            }
            i += 12;
        }
        // The remaining even positions with a full 4-gram.
        while let Some(w) = text.get(i..i + 4) {
            let k = fold(u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
            if hit(k) {
                self.confirm(text, i, k, out);
            }
            i += 2;
        }
        if n < 4 {
            // No 4-gram at all: check the anchors short enough to fit
            // everywhere (not all ~600: `ok` and `id` are common strings).
            for s in 0..n {
                let three = self.three_folded.iter().map(|&(_, ai)| ai);
                for ai in self.tiny.iter().copied().chain(three) {
                    if let Some(a) = self.anchors.get(ai as usize) {
                        if a.at(text, s) {
                            out.push(AnchorMatch {
                                start: s,
                                end: s + a.bytes.len(),
                                anchor: ai,
                            });
                        }
                    }
                }
            }
            // Tiny anchors may come after 3-byte ones at one start.
            if let Some(tail) = out.get_mut(first..) {
                sort_matches(tail);
            }
            return digits;
        }
        // A 3-byte anchor ending the text at an even start has no 4-gram.
        let s = n - 3;
        if s % 2 == 0 {
            // The last 3 bytes as a word (no 8-byte load fits here, and
            // a comparison per 3-byte anchor called `memcmp` in every
            // segment): the head test is exact on a 3-byte anchor.
            let tail = text.get(s..).map_or(0, |t| {
                t.iter().rev().fold(0u64, |w, &c| w << 8 | u64::from(c))
            });
            let key = fold(tail as u32) & TRAIL_WILD;
            let from = self.three_folded.partition_point(|&(k, _)| k < key);
            let same = self.three_folded.get(from..).unwrap_or_default();
            for &(_, ai) in same.iter().take_while(|&&(k, _)| k == key) {
                if self
                    .anchors
                    .get(ai as usize)
                    .is_some_and(|a| (tail | a.fold) & a.mask == a.head)
                {
                    out.push(AnchorMatch {
                        start: s,
                        end: n,
                        anchor: ai,
                    });
                }
            }
        }
        if !self.tiny.is_empty() {
            self.find_tiny(text, out);
        }
        // Grams inside long anchors report starts a little behind the
        // tested position: restore position order (matches are few).
        if let Some(tail) = out.get_mut(first..) {
            sort_matches(tail);
        }
        digits
    }

    /// The hot loop with AVX2: the 4-grams at 16 even positions (32
    /// bytes) are built by two byte shuffles, folded, hashed by two
    /// multiplies, and their filter blocks fetched by scalar loads; only a
    /// pass leaves the vector code (into a batch). A last 16-byte block
    /// takes the rest that two 16-byte loads reach. Returns the first even
    /// position it did not test.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    #[allow(unsafe_code)] // SIMD intrinsics; each block states why it is sound.
    unsafe fn find_avx2(
        &self,
        text: &[u8],
        out: &mut Vec<AnchorMatch>,
        run_ends: &mut Vec<usize>,
    ) -> usize {
        use std::arch::x86_64::*;
        // In each 16-byte lane, the 4-grams at lane offsets 0, 2, 4, 6.
        let shuf = _mm256_setr_epi8(
            0, 1, 2, 3, 2, 3, 4, 5, 4, 5, 6, 7, 6, 7, 8, 9, 0, 1, 2, 3, 2, 3, 4, 5, 4, 5, 6, 7, 6,
            7, 8, 9,
        );
        let case = _mm256_set1_epi32(0x2020_2020);
        let mul = _mm256_set1_epi32(self.mul as i32);
        let low5 = _mm256_set1_epi32(31);
        let one = _mm256_set1_epi32(1);
        let zero = _mm256_set1_epi8(b'0' as i8);
        let nine = _mm256_set1_epi8(9);
        let bits: &[u32; WORDS] = &self.bits;
        // Whether the 8 grams of `g` (folded) pass the filter, as 8 lanes
        // of all-ones or zero; the same hash as `probe`.
        macro_rules! test8 {
            ($g:expr) => {{
                let h = _mm256_mullo_epi32($g, mul);
                let word = _mm256_srli_epi32::<{ 32 - WORD_BITS as i32 }>(h);
                let g = _mm256_xor_si256(h, _mm256_srli_epi32::<{ MIX as i32 }>(h));
                let mask = _mm256_or_si256(
                    _mm256_sllv_epi32(one, _mm256_and_si256(g, low5)),
                    _mm256_sllv_epi32(one, _mm256_and_si256(_mm256_srli_epi32::<5>(g), low5)),
                );
                // Eight scalar loads: measured faster than a gather and
                // than storing the indices to reload them (see the commit
                // log). The indices leave the vector in pairs (four 64-bit
                // extracts, split by shifts on the integer side: ~9% less
                // time than eight 32-bit extracts). The mask keeps the
                // index in the fixed-size table, so no bounds check
                // remains.
                let at = |x: u64| bits[x as usize & (WORDS - 1)] as i32;
                let q = [
                    _mm256_extract_epi64::<0>(word) as u64,
                    _mm256_extract_epi64::<1>(word) as u64,
                    _mm256_extract_epi64::<2>(word) as u64,
                    _mm256_extract_epi64::<3>(word) as u64,
                ];
                let w = _mm256_set_epi32(
                    at(q[3] >> 32),
                    at(q[3] & 0xFFFF_FFFF),
                    at(q[2] >> 32),
                    at(q[2] & 0xFFFF_FFFF),
                    at(q[1] >> 32),
                    at(q[1] & 0xFFFF_FFFF),
                    at(q[0] >> 32),
                    at(q[0] & 0xFFFF_FFFF),
                );
                _mm256_cmpeq_epi32(_mm256_and_si256(w, mask), mask)
            }};
        }
        // Digit bits of the previous 32 bytes, to see runs across blocks.
        let mut prev: u32 = 0;
        // Blocks with something to look at: their start, and
        // `ends << 32 | m` (see `handle`), appended without a branch and
        // handled in batches: a call from the loop would spill every
        // vector constant.
        let mut at = [0usize; BATCH];
        let mut found = [0u64; BATCH];
        let mut n = 0;
        let p = text.as_ptr();
        let mut i = 0;
        while i + 40 <= text.len() {
            // SAFETY: i + 40 <= text.len(), so both 32-byte loads (at i and
            // at i + 8) stay inside `text`; unaligned loads allow any
            // address.
            let (a, b) = unsafe {
                (
                    _mm256_loadu_si256(p.add(i).cast::<__m256i>()),
                    _mm256_loadu_si256(p.add(i + 8).cast::<__m256i>()),
                )
            };
            // Digits of bytes i..i+32: (b - '0') as u8 <= 9. With the last
            // 4 of the previous block below them, bit j of `ends` is set
            // when bytes i+j-3..=i+j are all digits and byte i+j-4 is not
            // (the first end of each run; the rest add nothing).
            let off = _mm256_sub_epi8(a, zero);
            let d = _mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(off, nine), off)) as u32;
            let y = u64::from(d) << 4 | u64::from(prev >> 28);
            let ends = ((y >> 1) & (y >> 2) & (y >> 3) & (y >> 4) & !y) as u32;
            prev = d;
            // `a`'s lanes hold the grams at i..i+6 and i+16..i+22, `b`'s
            // at i+8..i+14 and i+24..i+30: packing the two results per
            // lane puts all 16 in position order, 2 mask bits each, so
            // bit 2j stands for the gram at i + 2j.
            let ha = test8!(_mm256_or_si256(_mm256_shuffle_epi8(a, shuf), case));
            let hb = test8!(_mm256_or_si256(_mm256_shuffle_epi8(b, shuf), case));
            let m = _mm256_movemask_epi8(_mm256_packs_epi32(ha, hb)) as u32;
            let k = n & (BATCH - 1);
            if let (Some(x), Some(y)) = (at.get_mut(k), found.get_mut(k)) {
                *x = i;
                *y = u64::from(ends) << 32 | u64::from(m);
            }
            n += usize::from(ends | m != 0);
            if n == BATCH {
                self.handle(text, &at, &found, out, run_ends);
                n = 0;
            }
            i += 32;
        }
        if i + 24 <= text.len() {
            // One last 16-byte block (lanes: bytes i..i+16, i+8..i+24).
            // SAFETY: i + 24 <= text.len(), so both 16-byte loads (at i and
            // at i + 8) stay inside `text`.
            let (lo, hi) = unsafe {
                (
                    _mm_loadu_si128(p.add(i).cast::<__m128i>()),
                    _mm_loadu_si128(p.add(i + 8).cast::<__m128i>()),
                )
            };
            let off = _mm_sub_epi8(lo, _mm256_castsi256_si128(zero));
            let d = _mm_movemask_epi8(_mm_cmpeq_epi8(
                _mm_min_epu8(off, _mm256_castsi256_si128(nine)),
                off,
            )) as u32;
            let y = u64::from(d) << 4 | u64::from(prev >> 28);
            let ends = ((y >> 1) & (y >> 2) & (y >> 3) & (y >> 4) & !y) as u32 & 0xFFFF;
            let h = test8!(_mm256_or_si256(
                _mm256_shuffle_epi8(_mm256_set_m128i(hi, lo), shuf),
                case
            ));
            // Lanes hold the grams at i..i+6 and i+8..i+14; packing `h`
            // with zero leaves them at bits 0-7 and 16-23.
            let m = _mm256_movemask_epi8(_mm256_packs_epi32(h, _mm256_setzero_si256())) as u32;
            let m = (m & 0xFF) | (m >> 8 & 0xFF00);
            let k = n & (BATCH - 1);
            if let (Some(x), Some(y)) = (at.get_mut(k), found.get_mut(k)) {
                *x = i;
                *y = u64::from(ends) << 32 | u64::from(m);
            }
            n += usize::from(ends | m != 0);
            i += 16;
        }
        let n = n.min(BATCH);
        self.handle(
            text,
            at.get(..n).unwrap_or_default(),
            found.get(..n).unwrap_or_default(),
            out,
            run_ends,
        );
        i
    }

    /// The blocks the vector loop kept, starting at `at`: confirms their
    /// anchor candidates (bits 2j and 2j+1 of the low word of `found`:
    /// the gram at i + 2j) and records their digit run ends (bit j of the
    /// high word: position i + j).
    #[cold]
    #[inline(never)]
    fn handle(
        &self,
        text: &[u8],
        at: &[usize],
        found: &[u64],
        out: &mut Vec<AnchorMatch>,
        run_ends: &mut Vec<usize>,
    ) {
        for (&i, &f) in at.iter().zip(found) {
            let mut m = f as u32;
            while m != 0 {
                let j = m.trailing_zeros();
                let pos = i + j as usize;
                m &= !(3 << j);
                if let Some(g) = text.get(pos..pos + 4) {
                    let k = fold(u32::from_le_bytes([g[0], g[1], g[2], g[3]]));
                    if self.grams.maybe_any(k) {
                        self.confirm(text, pos, k, out);
                    }
                }
            }
            let mut ends = (f >> 32) as u32;
            while ends != 0 {
                run_ends.push(i + ends.trailing_zeros() as usize);
                ends &= ends - 1;
            }
        }
    }

    /// 1-2 byte anchors: `memchr` for the first byte (both cases when
    /// case-insensitive), then a direct compare.
    fn find_tiny(&self, text: &[u8], out: &mut Vec<AnchorMatch>) {
        for &ai in &self.tiny {
            let Some(a) = self.anchors.get(ai as usize) else {
                continue;
            };
            let Some(&c) = a.bytes.first() else {
                continue;
            };
            let (lo, up) = (c.to_ascii_lowercase(), c.to_ascii_uppercase());
            let starts: Box<dyn Iterator<Item = usize>> = if a.ci && lo != up {
                Box::new(memchr::memchr2_iter(lo, up, text))
            } else {
                Box::new(memchr::memchr_iter(c, text))
            };
            for s in starts {
                if a.at(text, s) {
                    out.push(AnchorMatch {
                        start: s,
                        end: s + a.bytes.len(),
                        anchor: ai,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &AnchorTable, text: &[u8]) -> Vec<(usize, Vec<u16>)> {
        let mut out = Vec::new();
        t.find(text, &mut out);
        out.iter()
            .map(|m| (m.start, t.rules(m.anchor).to_vec()))
            .collect()
    }

    #[test]
    fn finds_overlapping_and_case_folded() {
        let t = AnchorTable::new(&[
            (b"password".to_vec(), true, 1),
            (b"password=".to_vec(), true, 2),
            (b"ghp_".to_vec(), false, 3),
            (b"://".to_vec(), false, 4),
            (b"Q~".to_vec(), false, 5),
            (b"eyJ".to_vec(), false, 6),
        ]);
        let text = b"DB_PASSWORD=x ghp_ GHP_ https://h 8Q~a eyJ";
        assert_eq!(
            found(&t, text),
            vec![
                (3, vec![1]),
                (3, vec![2]),
                (14, vec![3]),
                (29, vec![4]),
                (35, vec![5]),
                (39, vec![6]),
            ]
        );
    }

    /// Every anchor length at every offset and text length finds exactly
    /// the occurrences a naive search finds, in order.
    #[test]
    fn agrees_with_naive_search_at_every_alignment() {
        let words: [&[u8]; 7] = [
            b"ab",
            b"xyz",
            b"AKIA",
            b"sk-ant",
            b"zq",
            b"Qz9",
            b"-----BEGIN",
        ];
        let pats: Vec<(Vec<u8>, bool, u16)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_vec(), i % 2 == 1, i as u16))
            .collect();
        let t = AnchorTable::new(&pats);
        for w in words {
            for pre in 0..7 {
                for post in 0..6 {
                    let mut text = b"..#_ ..".get(..pre).unwrap_or_default().to_vec();
                    text.extend_from_slice(w);
                    text.extend_from_slice(b" xYz.ab".get(..post).unwrap_or_default());
                    let mut want = Vec::new();
                    for s in 0..text.len() {
                        for (ai, a) in t.anchors.iter().enumerate() {
                            if a.at(&text, s) {
                                want.push((s, ai as u16));
                            }
                        }
                    }
                    let mut got = Vec::new();
                    t.find(&text, &mut got);
                    let mut got: Vec<(usize, u16)> =
                        got.iter().map(|m| (m.start, m.anchor)).collect();
                    // Same start: order between anchors is unspecified.
                    got.sort();
                    want.sort();
                    assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&text));
                }
            }
        }
    }

    /// A table over `words` (every second one case-insensitive) as the
    /// CPU runs it, and the same table forced onto the scalar path.
    fn vector_and_scalar(words: &[&[u8]]) -> (AnchorTable, AnchorTable) {
        let pats: Vec<(Vec<u8>, bool, u16)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_vec(), i % 2 == 1, i as u16))
            .collect();
        let vector = AnchorTable::new(&pats);
        let scalar = AnchorTable {
            avx2: false,
            ..vector.clone()
        };
        (vector, scalar)
    }

    /// The AVX2 loop and the scalar loop find the same occurrences.
    #[test]
    fn vector_and_scalar_paths_agree() {
        let (vector, scalar) = vector_and_scalar(&[
            b"ghp_",
            b"password",
            b"://",
            b"eyJ",
            b"-----BEGIN",
            b"AKIA",
            b"secret",
        ]);
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let alphabet = b"ghp_PASSWORDsecret:/eyJ-BEGINAKIA x\\n";
        for len in [0usize, 3, 23, 24, 25, 40, 1000, 4099] {
            let text: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    alphabet[(x % alphabet.len() as u64) as usize]
                })
                .collect();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            vector.find(&text, &mut a);
            scalar.find(&text, &mut b);
            assert_eq!(a, b, "len {len}");
        }
    }

    /// The insertion sort with its fallback orders like the general sort:
    /// nearly sorted input (its use) and reversed input (past the budget).
    #[test]
    fn sort_matches_agrees_with_sort() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for len in [0usize, 1, 2, 7, 100, 1000] {
            // Sorted, unique keys, as `find` produces them once sorted.
            let sorted: Vec<AnchorMatch> = (0..len)
                .map(|j| AnchorMatch {
                    start: j / 3,
                    end: j / 3 + 4,
                    anchor: (j % 3) as u16,
                })
                .collect();
            for reach in [1usize, 5, 40] {
                // Nearly sorted: each element moved back up to `reach`.
                let mut v = sorted.clone();
                for j in 0..v.len() {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let to = j.saturating_sub(x as usize % (reach + 1));
                    let m = v.remove(j);
                    v.insert(to, m);
                }
                sort_matches(&mut v);
                assert_eq!(v, sorted, "len {len} reach {reach}");
            }
            let mut v = sorted.clone();
            v.reverse();
            sort_matches(&mut v);
            assert_eq!(v, sorted, "len {len} reversed");
        }
    }

    /// Every text length around the vector loop's block sizes: the AVX2
    /// path finds the scalar path's anchors and the naive digit runs.
    #[test]
    fn vector_digit_runs_and_tails_agree() {
        let (vector, scalar) = vector_and_scalar(&[b"ghp_", b"://", b"password", b"tel"]);
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let parts: [&[u8]; 9] = [
            b"ghp_",
            b"://",
            b"PassWord",
            b"tel",
            b"1234",
            b"56",
            b"7",
            b"x",
            b" ",
        ];
        for len in 0..200usize {
            for _ in 0..8 {
                // Anchors and digit runs at every alignment.
                let mut text = Vec::new();
                while text.len() < len {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    text.extend_from_slice(parts[(x % parts.len() as u64) as usize]);
                }
                text.truncate(len);
                let (mut a, mut b, mut ends) = (Vec::new(), Vec::new(), Vec::new());
                let digits = vector.find_with_digits(&text, &mut a, &mut ends);
                scalar.find(&text, &mut b);
                assert_eq!(a, b, "len {len}");
                if digits {
                    let want: Vec<usize> = (3..len)
                        .filter(|&e| text[e - 3..=e].iter().all(u8::is_ascii_digit))
                        .filter(|&e| e < 4 || !text[e - 4].is_ascii_digit())
                        .collect();
                    assert_eq!(ends, want, "{:?}", String::from_utf8_lossy(&text));
                }
            }
        }
    }

    #[test]
    fn starts_come_in_order() {
        let t = AnchorTable::new(&[
            (b"abcd".to_vec(), false, 0),
            (b"bcdef".to_vec(), false, 1),
            (b"cde".to_vec(), true, 2),
        ]);
        let text = b"xabcdefg abcdef CDE abcdefabcdef".repeat(3);
        let mut out = Vec::new();
        t.find(&text, &mut out);
        assert!(out.len() >= 18);
        assert!(out.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn long_anchors_are_pinned_under_rare_code_grams() {
        assert!(
            GRAM_PPM.len() >= 2000,
            "gram table parsed: {}",
            GRAM_PPM.len()
        );
        // Dashes, spaces and `toke`/`oken` fill source code; the grams
        // chosen for these anchors must not be among the common ones.
        for a in [
            &b"-----BEGIN RSA PRIVATE KEY-----"[..],
            b"DO NOT DISTRIBUTE",
            b"github_pat_",
            b"access_token$production$",
        ] {
            let k = rarest_window(a);
            let pair = gram_ppm(&a[k..k + 4]) + gram_ppm(&a[k + 1..k + 5]);
            let worst = (0..=a.len() - 5)
                .map(|j| gram_ppm(&a[j..j + 4]) + gram_ppm(&a[j + 1..j + 5]))
                .max()
                .unwrap_or(0);
            assert!(
                pair < 20 && pair < worst,
                "{:?}: {pair} vs {worst}",
                String::from_utf8_lossy(a)
            );
        }
        assert!(gram_ppm(b"----") > 100 && gram_ppm(b"oken") > 20);
    }

    /// Word-start anchors lose only occurrences glued to a letter: every
    /// other occurrence the full table finds, the pruned one finds too.
    #[test]
    fn word_start_pruning_keeps_word_starts() {
        let words = ["sin:", "nir", "cf\"", "sk-", "bsn", "token", "nino"];
        let pats: Vec<(Vec<u8>, bool, u16)> = words
            .iter()
            .enumerate()
            .map(|(i, a)| (a.as_bytes().to_vec(), true, i as u16))
            .collect();
        // All but `token` take word starts only.
        let ws: Vec<u16> = (0..words.len() as u16).filter(|&i| i != 5).collect();
        let full = AnchorTable::new(&pats);
        let pruned = AnchorTable::with_word_starts(&pats, &ws);
        let mut x = 0x1234_5678_9ABC_DEF1u64;
        let mut checked = 0;
        for _ in 0..3000 {
            let mut text = Vec::new();
            for _ in 0..(x % 30) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let f = [
                    "u", "SIN:", " ", "nir", "a", "cF\"", "sk-", "_", "1", "bsn", "Token", "nino",
                    "x", "\n",
                ];
                text.extend_from_slice(f[(x % f.len() as u64) as usize].as_bytes());
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            full.find(&text, &mut a);
            pruned.find(&text, &mut b);
            let glued = |m: &AnchorMatch| {
                ws.contains(&m.anchor)
                    && m.start
                        .checked_sub(1)
                        .and_then(|i| text.get(i))
                        .is_some_and(u8::is_ascii_alphanumeric)
            };
            let want: Vec<_> = a.iter().filter(|m| !glued(m)).collect();
            let got: Vec<_> = b.iter().filter(|m| !glued(m)).collect();
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&text));
            checked += usize::from(b.len() < a.len());
        }
        // Some glued occurrences were actually pruned.
        assert!(checked > 0);
    }

    /// The one-load head test decides exactly: case folds only letters
    /// of case-insensitive anchors, and bytes past the 8th are compared.
    #[test]
    fn head_test_is_exact() {
        let cases: &[(&[u8], bool, &[u8], bool)] = &[
            (b"cf\"", true, b"CF\"xxxxxx", true),
            (b"cf@", true, b"cf`xxxxxxx", false),
            (b"cf@", true, b"CF@", true),
            (b"ghp_", false, b"GHP_xxxxxxx", false),
            (b"ghp_", false, b"ghp_xxxxxxx", true),
            (b"password=", true, b"PassWord=xxxx", true),
            (b"password=", true, b"PassWord-xxxx", false),
            (b"sk-ant-api", false, b"sk-ant-apX", false),
            (b"sk-ant-api", false, b"sk-ant-api03", true),
            (b"_key", true, b"\x7fKEY and more", false),
        ];
        for (anchor, ci, text, want) in cases {
            let a = Anchor::new(anchor.to_vec(), *ci, 0);
            assert_eq!(
                a.at(text, 0),
                *want,
                "{:?} in {:?}",
                String::from_utf8_lossy(anchor),
                String::from_utf8_lossy(text)
            );
        }
        // Every start, the last bytes of the text included (fewer than 8
        // left: the full comparison), against a plain comparison.
        let texts: &[&[u8]] = &[
            b"xcf\"",
            b"CF\"",
            b"tok_KEY",
            b"_key",
            b"ghp_",
            b"GHP_",
            b"a_ke",
            b"sk-ant-api",
        ];
        for (anchor, ci) in [
            (&b"cf\""[..], true),
            (b"_key", true),
            (b"ghp_", false),
            (b"sk-ant-api", false),
            (b"token", true),
        ] {
            let a = Anchor::new(anchor.to_vec(), ci, 0);
            for text in texts {
                for s in 0..=text.len() {
                    let want = text.get(s..s + anchor.len()).is_some_and(|w| {
                        if ci {
                            w.eq_ignore_ascii_case(anchor)
                        } else {
                            w == anchor
                        }
                    });
                    assert_eq!(
                        a.at(text, s),
                        want,
                        "{:?} at {s} of {:?}",
                        String::from_utf8_lossy(anchor),
                        String::from_utf8_lossy(text)
                    );
                }
            }
        }
    }

    #[test]
    fn the_multiplier_chosen_wastes_least() {
        let pats: Vec<(Vec<u8>, bool, u16)> = ["token", "_key", "password", "sin:", "phone"]
            .iter()
            .enumerate()
            .map(|(i, a)| (a.as_bytes().to_vec(), true, i as u16))
            .collect();
        let mut t = AnchorTable::new(&pats);
        let chosen = t.mul;
        let waste = |t: &mut AnchorTable, mul: u32| {
            t.fill(mul);
            GRAM_PPM
                .iter()
                .filter(|(g, _)| passes(&t.bits, **g, mul) && t.grams.get(**g).next().is_none())
                .map(|(_, p)| u64::from(*p))
                .sum::<u64>()
        };
        let best = waste(&mut t, chosen);
        for m in MULS {
            assert!(best <= waste(&mut t, m));
        }
        // Still finds its anchors after the refills above, once restored.
        t.fill(chosen);
        let mut out = Vec::new();
        t.find(b"my Token and api_key, PASSWORD sin: 1", &mut out);
        assert_eq!(out.len(), 4);
    }

    /// The engine's table, as `Engine::new` builds it.
    fn engine_table() -> AnchorTable {
        let cfg = crate::config::DetectSection {
            keywords: vec!["CONFIDENTIAL".into(), "DO NOT DISTRIBUTE".into()],
            ..Default::default()
        };
        match super::super::Engine::new(&cfg) {
            Ok(e) => e.anchors,
            Err(e) => panic!("engine: {e:?}"),
        }
    }

    /// Diagnostic: the time of `find_with_digits` on a corpus file
    /// (`PROMPTWALL_GRAM_CORPUS`), best of many runs, and a fingerprint of
    /// its output, to compare two builds:
    /// `cargo test --release --lib anchor_timing_corpus -- --ignored --nocapture`.
    #[test]
    #[ignore = "diagnostic: times the anchor finder on PROMPTWALL_GRAM_CORPUS"]
    fn anchor_timing_corpus() {
        use std::hash::{DefaultHasher, Hash};
        let Some(path) = std::env::var_os("PROMPTWALL_GRAM_CORPUS") else {
            return;
        };
        let text = std::fs::read(path).expect("corpus");
        let t = engine_table();
        let (mut out, mut ends) = (Vec::new(), Vec::new());
        let runs: usize = std::env::var("RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(200);
        let mut best = std::time::Duration::MAX;
        for _ in 0..runs {
            out.clear();
            ends.clear();
            let t0 = std::time::Instant::now();
            t.find_with_digits(std::hint::black_box(&text), &mut out, &mut ends);
            best = best.min(t0.elapsed());
        }
        let mut h = DefaultHasher::new();
        for m in &out {
            (m.start, m.end, m.anchor).hash(&mut h);
        }
        ends.hash(&mut h);
        eprintln!(
            "find_with_digits: {:.1} us best of {runs}, {:.2} GB/s, {} anchors, {} run ends, fingerprint {:016x}",
            best.as_secs_f64() * 1e6,
            text.len() as f64 / best.as_secs_f64() / 1e9,
            out.len(),
            ends.len(),
            h.finish()
        );
    }

    impl AnchorTable {
        /// Diagnostic: table density, the grams that pass the bit test
        /// most often, and per-anchor counts on `text`.
        pub(crate) fn debug_stats(&self, text: &[u8]) {
            let mut tested = 0usize;
            let mut bit = 0usize;
            let mut grams = std::collections::HashMap::new();
            let mut i = 0;
            while let Some(w) = text.get(i..i + 4) {
                let k = fold(u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
                tested += 1;
                if passes(&self.bits, k, self.mul) {
                    bit += 1;
                    *grams
                        .entry((w.to_vec(), self.grams.get(k).next().is_some()))
                        .or_insert(0usize) += 1;
                }
                i += 2;
            }
            let mut top: Vec<_> = grams.into_iter().collect();
            let (mut with, mut without) = (0usize, 0usize);
            for ((_, in_map), c) in &top {
                if *in_map {
                    with += c
                } else {
                    without += c
                }
            }
            eprintln!("bit hits on grams with candidates {with}, without {without}");
            top.sort_by_key(|x| std::cmp::Reverse(x.1));
            for ((g, in_map), c) in top.iter().take(25) {
                eprintln!("{c:6} {:?} {in_map}", String::from_utf8_lossy(g));
            }
            let ones: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
            let _ = ones;
            let mut out = Vec::new();
            self.find(text, &mut out);
            let mut by = std::collections::BTreeMap::new();
            for m in &out {
                let a = self.anchors.get(m.anchor as usize).map(|a| a.bytes.clone());
                *by.entry(String::from_utf8_lossy(&a.unwrap_or_default()).to_string())
                    .or_insert(0) += 1;
            }
            eprintln!(
                "density {:.4} tested {tested} bithits {bit} confirmed {} {by:?}",
                f64::from(ones) / (WORDS as f64 * 32.0),
                out.len()
            );
        }
    }
}
