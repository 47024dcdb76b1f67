//! The anchor finder: every literal anchor of every rule, in one pass.
//!
//! Aho-Corasick was the first implementation, but with ~130 short anchors
//! (many 3-4 bytes, case-insensitive keywords among them) its prefilters
//! degrade to running the automaton byte by byte, a few hundred MB/s. This
//! finder instead hashes the 4 bytes at each position, ASCII-case-folded,
//! into a 2^18-bit table (32 KiB, L1/L2-resident): a clear bit rejects the
//! position with a handful of instructions, a set bit is confirmed against
//! the few anchors that share the folded 4-gram. All positions are checked,
//! so matches overlap freely (an anchor inside a longer one is still found).
//!
//! Anchors shorter than 4 bytes are entered once per possible following
//! printable byte; at the very end of a text the last 3 positions are
//! checked directly.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const BITS: u32 = 18;

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

type GramMap = HashMap<u32, Vec<u16>, BuildHasherDefault<GramHasher>>;

/// One anchor: its bytes, whether it matches case-insensitively, and the
/// rules it triggers.
#[derive(Clone, Debug)]
struct Anchor {
    bytes: Vec<u8>,
    ci: bool,
    rules: Vec<u16>,
}

/// The compiled anchor table.
#[derive(Clone, Debug, Default)]
pub(crate) struct AnchorTable {
    bits: Vec<u64>,
    map: GramMap,
    anchors: Vec<Anchor>,
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
fn slot(key: u32) -> u32 {
    key.wrapping_mul(0x9E37_79B1) >> (32 - BITS)
}

fn key_of(b: &[u8; 4]) -> u32 {
    fold(u32::from_le_bytes(*b))
}

impl AnchorTable {
    /// Builds the table from `(anchor, case_insensitive, rule)` triples.
    /// Anchors must be at least 2 bytes long (shorter ones are skipped).
    pub fn new(patterns: &[(Vec<u8>, bool, u16)]) -> AnchorTable {
        let mut anchors: Vec<Anchor> = Vec::new();
        for (bytes, ci, rule) in patterns {
            if bytes.len() < 2 {
                continue;
            }
            match anchors.iter_mut().find(|a| {
                a.ci == *ci
                    && if *ci {
                        a.bytes.eq_ignore_ascii_case(bytes)
                    } else {
                        a.bytes == *bytes
                    }
            }) {
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
            bits: vec![0u64; 1 << (BITS - 6)],
            map: GramMap::default(),
            anchors: Vec::new(),
        };
        for (idx, a) in anchors.iter().enumerate() {
            let mut grams: Vec<[u8; 4]> = Vec::new();
            let p = &a.bytes;
            match p.len() {
                2 => {
                    for c in 0x20u8..0x7f {
                        for d in 0x20u8..0x7f {
                            grams.push([p[0], p[1], c, d]);
                        }
                    }
                }
                3 => {
                    for c in 0x20u8..0x7f {
                        grams.push([p[0], p[1], p[2], c]);
                    }
                    // Also tabs/newlines after a short keyword.
                    for c in [b'\t', b'\n', b'\r'] {
                        grams.push([p[0], p[1], p[2], c]);
                    }
                }
                _ => grams.push([p[0], p[1], p[2], p[3]]),
            }
            for g in grams {
                let k = key_of(&g);
                let s = slot(k);
                if let Some(w) = t.bits.get_mut((s >> 6) as usize) {
                    *w |= 1u64 << (s & 63);
                }
                let e = t.map.entry(k).or_default();
                if !e.contains(&(idx as u16)) {
                    e.push(idx as u16);
                }
            }
        }
        t.anchors = anchors;
        t
    }

    /// The rules triggered by anchor `a`.
    pub fn rules(&self, a: u16) -> &[u16] {
        self.anchors
            .get(a as usize)
            .map(|a| a.rules.as_slice())
            .unwrap_or_default()
    }

    #[inline]
    fn confirm(&self, text: &[u8], i: usize, key: u32, f: &mut impl FnMut(AnchorMatch)) {
        let Some(cands) = self.map.get(&key) else {
            return;
        };
        for &ai in cands {
            let Some(a) = self.anchors.get(ai as usize) else {
                continue;
            };
            let Some(win) = text.get(i..i + a.bytes.len()) else {
                continue;
            };
            let ok = if a.ci {
                win.eq_ignore_ascii_case(&a.bytes)
            } else {
                win == a.bytes.as_slice()
            };
            if ok {
                f(AnchorMatch {
                    start: i,
                    end: i + a.bytes.len(),
                    anchor: ai,
                });
            }
        }
    }

    /// Calls `f` for every anchor occurrence, in position order.
    pub fn find(&self, text: &[u8], mut f: impl FnMut(AnchorMatch)) {
        if self.anchors.is_empty() {
            return;
        }
        let bits = self.bits.as_slice();
        // `bits` has exactly 2^(BITS-6) words and every slot is < 2^BITS.
        let test = |k: u32| {
            let s = slot(k);
            bits.get((s >> 6) as usize).copied().unwrap_or(0) >> (s & 63) & 1 != 0
        };
        // Four positions per 8-byte load: the 4-grams at i..i+4 are the
        // shifted low words of one folded u64.
        let mut i = 0;
        while let Some(w8) = text.get(i..i + 8) {
            let mut b = [0u8; 8];
            b.copy_from_slice(w8);
            let w = u64::from_le_bytes(b) | 0x2020_2020_2020_2020;
            for j in 0..4 {
                let k = (w >> (8 * j)) as u32;
                if test(k) {
                    self.confirm(text, i + j, k, &mut f);
                }
            }
            i += 4;
        }
        // The remaining full 4-grams, one position at a time.
        while let Some(w) = text.get(i..i + 4) {
            let k = fold(u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
            if test(k) {
                self.confirm(text, i, k, &mut f);
            }
            i += 1;
        }
        // The last 3 positions have no full 4-gram: check short anchors
        // directly.
        let tail = text.len().saturating_sub(3);
        for i in tail..text.len() {
            for (ai, a) in self.anchors.iter().enumerate() {
                let Some(win) = text.get(i..i + a.bytes.len()) else {
                    continue;
                };
                let ok = if a.ci {
                    win.eq_ignore_ascii_case(&a.bytes)
                } else {
                    win == a.bytes.as_slice()
                };
                if ok {
                    f(AnchorMatch {
                        start: i,
                        end: i + a.bytes.len(),
                        anchor: ai as u16,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut got = Vec::new();
        t.find(text, |m| got.push((m.start, t.rules(m.anchor).to_vec())));
        assert_eq!(
            got,
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
}
