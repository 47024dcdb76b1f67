//! The anchor finder: every literal anchor of every rule, in one pass.
//!
//! Aho-Corasick was the first implementation, but with ~130 short anchors
//! (many 3-4 bytes, case-insensitive keywords among them) its prefilters
//! degrade to running the automaton byte by byte, a few hundred MB/s. This
//! finder hashes ASCII-case-folded 4-grams into a 2^20-bit table (128 KiB,
//! L2-resident): a clear bit rejects the position with a handful of
//! instructions, a set bit is confirmed against the few anchors entered
//! under that folded 4-gram.
//!
//! Only every second position is tested (stride 2), which halves the work
//! of the hot loop. Every anchor occurrence still has a tested 4-gram that
//! pins it down, because each anchor is entered under the grams that cover
//! it from an even position:
//! - at an even start, its first 4 bytes (a 3-byte anchor: its 3 bytes and
//!   any following byte);
//! - at an odd start, its bytes 1..5 (anchors of 5 bytes or more), or any
//!   preceding byte and its first 3 bytes (3- and 4-byte anchors).
//!
//! "Any byte" means the 128 distinct folded values, so a short anchor sets
//! up to 256 bits; the ~1% density keeps false confirmations rare. Anchors
//! of 1-2 bytes (only possible from custom keywords) are found by a plain
//! `memchr` side scan. Matches overlap freely (an anchor inside a longer one
//! is still found).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const BITS: u32 = 20;
const WORDS: usize = 1 << (BITS - 6);

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

/// Under one folded 4-gram: which anchor may start where, relative to the
/// tested position (`-1`, `0` or `+1`).
type GramMap = HashMap<u32, Vec<(u16, i8)>, BuildHasherDefault<GramHasher>>;

/// One anchor: its bytes, whether it matches case-insensitively, and the
/// rules it triggers.
#[derive(Clone, Debug)]
struct Anchor {
    bytes: Vec<u8>,
    ci: bool,
    rules: Vec<u16>,
}

impl Anchor {
    #[inline]
    fn at(&self, text: &[u8], s: usize) -> bool {
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
    bits: Box<[u64; WORDS]>,
    map: GramMap,
    anchors: Vec<Anchor>,
    /// Anchors of 1-2 bytes, found by the side scan.
    tiny: Vec<u16>,
    /// 3-byte anchors, checked directly at the one position the strided
    /// loop cannot see (an even start 3 bytes before the end).
    three: Vec<u16>,
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

#[inline(always)]
fn slot(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - BITS)) as usize
}

/// The 128 distinct values a byte takes once folded.
fn any_byte() -> impl Iterator<Item = u8> {
    (0u8..=255).filter(|b| b & 0x20 != 0)
}

impl AnchorTable {
    /// Builds the table from `(anchor, case_insensitive, rule)` triples.
    /// Empty anchors are skipped.
    pub fn new(patterns: &[(Vec<u8>, bool, u16)]) -> AnchorTable {
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
                None => anchors.push(Anchor {
                    bytes: bytes.clone(),
                    ci: *ci,
                    rules: vec![*rule],
                }),
            }
        }
        let mut t = AnchorTable {
            bits: Box::new([0u64; WORDS]),
            map: GramMap::default(),
            anchors: Vec::new(),
            tiny: Vec::new(),
            three: Vec::new(),
        };
        for (idx, a) in anchors.iter().enumerate() {
            let idx = idx as u16;
            let p = a.bytes.as_slice();
            match *p {
                [] => {}
                [_] | [_, _] => t.tiny.push(idx),
                [p0, p1, p2] => {
                    t.three.push(idx);
                    for c in any_byte() {
                        t.enter([p0, p1, p2, c], idx, 0);
                        t.enter([c, p0, p1, p2], idx, -1);
                    }
                }
                [p0, p1, p2, p3] => {
                    t.enter([p0, p1, p2, p3], idx, 0);
                    for c in any_byte() {
                        t.enter([c, p0, p1, p2], idx, -1);
                    }
                }
                [p0, p1, p2, p3, p4, ..] => {
                    t.enter([p0, p1, p2, p3], idx, 0);
                    t.enter([p1, p2, p3, p4], idx, 1);
                }
            }
        }
        // Within one tested position, report starts in ascending order
        // (offset +1 means the anchor starts one byte earlier).
        for v in t.map.values_mut() {
            v.sort_by_key(|&(a, off)| (-off, a));
        }
        t.anchors = anchors;
        t
    }

    fn enter(&mut self, gram: [u8; 4], anchor: u16, off: i8) {
        let k = fold(u32::from_le_bytes(gram));
        let s = slot(k);
        self.bits[(s >> 6) & (WORDS - 1)] |= 1u64 << (s & 63);
        let e = self.map.entry(k).or_default();
        if !e.contains(&(anchor, off)) {
            e.push((anchor, off));
        }
    }

    /// The rules triggered by anchor `a`.
    pub fn rules(&self, a: u16) -> &[u16] {
        self.anchors
            .get(a as usize)
            .map(|a| a.rules.as_slice())
            .unwrap_or_default()
    }

    /// Confirms the anchors entered under `key` around tested position `i`.
    #[cold]
    #[inline(never)]
    fn confirm(&self, text: &[u8], i: usize, key: u32, out: &mut Vec<AnchorMatch>) {
        let Some(cands) = self.map.get(&key) else {
            return;
        };
        for &(ai, off) in cands {
            let Some(s) = i.checked_add_signed(-isize::from(off)) else {
                continue;
            };
            let Some(a) = self.anchors.get(ai as usize) else {
                continue;
            };
            if a.at(text, s) {
                out.push(AnchorMatch {
                    start: s,
                    end: s + a.bytes.len(),
                    anchor: ai,
                });
            }
        }
    }

    /// Appends every anchor occurrence in `text` to `out`, in position
    /// order.
    pub fn find(&self, text: &[u8], out: &mut Vec<AnchorMatch>) {
        if self.anchors.is_empty() {
            return;
        }
        let first = out.len();
        let bits: &[u64; WORDS] = &self.bits;
        let hit = |k: u32| {
            let s = slot(k);
            bits[(s >> 6) & (WORDS - 1)] >> (s & 63) & 1 != 0
        };
        let n = text.len();
        // The hot loop: 6 tested positions per two 8-byte loads (the
        // 4-grams at i, i+2, i+4 are the shifted low words of one folded
        // u64, those at i+6, i+8, i+10 of the next).
        let mut i = 0;
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
            // No 4-gram at all: check every anchor everywhere.
            for s in 0..n {
                for (ai, a) in self.anchors.iter().enumerate() {
                    if a.at(text, s) {
                        out.push(AnchorMatch {
                            start: s,
                            end: s + a.bytes.len(),
                            anchor: ai as u16,
                        });
                    }
                }
            }
            return;
        }
        // A 3-byte anchor ending the text at an even start has no 4-gram.
        let s = n - 3;
        if s % 2 == 0 {
            for &ai in &self.three {
                if self.anchors.get(ai as usize).is_some_and(|a| a.at(text, s)) {
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
            if let Some(tail) = out.get_mut(first..) {
                tail.sort_by_key(|m| (m.start, m.anchor));
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

    impl AnchorTable {
        /// Diagnostic: table density and per-anchor counts on `text`.
        pub(crate) fn debug_stats(&self, text: &[u8]) {
            let mut tested = 0usize;
            let mut bit = 0usize;
            let mut i = 0;
            while let Some(w) = text.get(i..i + 4) {
                let k = fold(u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
                tested += 1;
                let s = slot(k);
                if self.bits[(s >> 6) & (WORDS - 1)] >> (s & 63) & 1 != 0 {
                    bit += 1;
                }
                i += 2;
            }
            let ones: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
            let mut out = Vec::new();
            self.find(text, &mut out);
            let mut by = std::collections::BTreeMap::new();
            for m in &out {
                *by.entry(
                    String::from_utf8_lossy(&self.anchors[m.anchor as usize].bytes).to_string(),
                )
                .or_insert(0) += 1;
            }
            eprintln!(
                "density {:.4} tested {tested} bithits {bit} confirmed {} {by:?}",
                f64::from(ones) / (WORDS as f64 * 64.0),
                out.len()
            );
        }
    }
}
