//! Fast word lookups: a word → its lower-case form without allocating, and
//! a small multiplicative hasher for the short keys of the word tables.
//!
//! Extraction looks up every word of every document, so these lookups
//! decide much of the throughput.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The FxHash function (rustc's): fast for short string keys, no DoS
/// resistance needed for built-in, trusted word tables.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("chunks of 8"));
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.hash = (self.hash.rotate_left(5) ^ u64::from(i)).wrapping_mul(SEED);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A map from lower-case words.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

/// A cheap first test for word tables: bit `last` of entry
/// `[len][first][second]` is set when some word of the table has `len`
/// bytes and those first, second and last letters, so most words of a
/// text are ruled out without hashing.
#[derive(Clone, Debug)]
pub struct QuickFilter {
    bits: Vec<u32>,
}

const QUICK_LEN: usize = 24;
const SLOTS: usize = 27;

impl Default for QuickFilter {
    fn default() -> Self {
        QuickFilter {
            bits: vec![0; QUICK_LEN * SLOTS * SLOTS],
        }
    }
}

impl QuickFilter {
    /// (index of the entry, bit of the last letter); letters a–z, then 26
    /// for anything else.
    fn key(word: &str) -> Option<(usize, u32)> {
        let b = word.as_bytes();
        let slot = |c: u8| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() {
                usize::from(c - b'a')
            } else {
                SLOTS - 1
            }
        };
        let (first, last) = (*b.first()?, *b.last()?);
        let second = b.get(1).copied().unwrap_or(b' ');
        (b.len() < QUICK_LEN).then(|| {
            (
                (b.len() * SLOTS + slot(first)) * SLOTS + slot(second),
                1 << slot(last),
            )
        })
    }

    /// Notes a word of the table.
    pub fn insert(&mut self, word: &str) {
        if let Some((entry, bit)) = Self::key(word) {
            self.bits[entry] |= bit;
        }
    }

    /// `false` when the word is surely not in the table (any ASCII case).
    pub fn may_contain(&self, word: &str) -> bool {
        Self::key(word).is_some_and(|(entry, bit)| self.bits[entry] & bit != 0)
    }
}

/// Calls `f` with the lower-case form of `word`, on the stack when the word
/// is short ASCII (almost always).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    if !bytes.iter().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 48];
    if bytes.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        f(std::str::from_utf8(lower).expect("ASCII is UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_lower_gives_lower_case_without_changing_meaning() {
        for (input, want) in [
            ("Engineer", "engineer"),
            ("sr.", "sr."),
            ("ÉCOLE", "école"),
            ("", ""),
        ] {
            assert_eq!(with_lower(input, str::to_string), want, "input: {input:?}");
        }
        let long = "A".repeat(100);
        assert_eq!(with_lower(&long, str::to_string), "a".repeat(100));
    }

    #[test]
    fn quick_filter_rules_out_words_it_never_saw() {
        let mut quick = QuickFilter::default();
        quick.insert("engineer");
        assert!(quick.may_contain("Engineer") && quick.may_contain("ENGINEER"));
        for word in ["the", "engines", "", "a-very-long-word-beyond-the-table"] {
            assert!(!quick.may_contain(word), "word: {word:?}");
        }
    }

    #[test]
    fn word_map_finds_by_str() {
        let mut map: WordMap<u32> = WordMap::default();
        map.insert("senior".into(), 1);
        assert_eq!(with_lower("Senior", |w| map.get(w).copied()), Some(1));
    }
}
