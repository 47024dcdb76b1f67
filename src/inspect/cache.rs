//! Conversation-delta cache.
//!
//! Coding agents resend the whole conversation every turn, so most segments
//! of a body were inspected seconds earlier. The cache maps a 128-bit hash
//! of a segment's raw bytes (seeded with the rule-set version, so a config
//! change never reuses stale verdicts) to that segment's hits, stored
//! relative to the segment's raw start. Identical raw bytes give identical
//! relative ranges, so the inspector re-bases cached hits by adding the
//! segment's current offset: findings are identical with and without the
//! cache wherever the block sits in the new body, and a hit costs one hash,
//! no unescaping and no scan.
//!
//! Bounded by bytes (entry overhead + hits), evicted first-in first-out:
//! conversations grow at the end, so the oldest entries are the ones least
//! likely to be resent.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use super::detect::Confidence;

/// A hit as remembered for a segment (range relative to its raw start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CachedHit {
    pub rule: u16,
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub confidence: Confidence,
    pub example: bool,
    pub hash: u64,
}

/// Cache key: hash of the segment's raw bytes seeded with the rule-set version.
pub type Key = u128;

const ENTRY_OVERHEAD: usize = 96;

/// Bounded map from segment text to hits.
#[derive(Debug)]
pub struct SegmentCache {
    inner: Mutex<Inner>,
    max_bytes: usize,
    version: u64,
}

#[derive(Debug, Default)]
struct Inner {
    map: HashMap<Key, Arc<[CachedHit]>>,
    order: VecDeque<Key>,
    bytes: usize,
}

/// Hit/miss counters, for metrics and benches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub entries: usize,
    pub bytes: usize,
}

// === impl SegmentCache ===

impl SegmentCache {
    pub fn new(max_bytes: usize, version: u64) -> SegmentCache {
        SegmentCache {
            inner: Mutex::new(Inner::default()),
            max_bytes,
            version,
        }
    }

    /// The key of a segment text.
    pub fn key(&self, text: &[u8]) -> Key {
        xxhash_rust::xxh3::xxh3_128_with_seed(text, self.version)
    }

    pub fn get(&self, key: Key) -> Option<Arc<[CachedHit]>> {
        // A poisoned lock only means another thread panicked mid-insert;
        // the map itself is still consistent enough to read.
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.map.get(&key).cloned()
    }

    pub fn insert(&self, key: Key, hits: Arc<[CachedHit]>) {
        let cost = ENTRY_OVERHEAD + hits.len() * std::mem::size_of::<CachedHit>();
        if cost > self.max_bytes {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.map.contains_key(&key) {
            return;
        }
        while inner.bytes + cost > self.max_bytes {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            if let Some(h) = inner.map.remove(&old) {
                inner.bytes = inner
                    .bytes
                    .saturating_sub(ENTRY_OVERHEAD + h.len() * std::mem::size_of::<CachedHit>());
            }
        }
        inner.map.insert(key, hits);
        inner.order.push_back(key);
        inner.bytes += cost;
    }

    /// Drops every entry.
    pub fn clear(&self) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.map.clear();
        inner.order.clear();
        inner.bytes = 0;
    }

    pub fn stats(&self) -> CacheStats {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        CacheStats {
            entries: inner.map.len(),
            bytes: inner.bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded() {
        let c = SegmentCache::new(ENTRY_OVERHEAD * 3, 1);
        for i in 0..10u8 {
            c.insert(c.key(&[i]), Arc::from(Vec::new()));
        }
        assert_eq!(c.stats().entries, 3);
        assert!(c.get(c.key(&[9])).is_some());
        assert!(c.get(c.key(&[0])).is_none());
        // a different version never shares keys
        let other = SegmentCache::new(1024, 2);
        assert_ne!(c.key(b"abc"), other.key(b"abc"));
    }
}
