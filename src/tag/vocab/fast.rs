//! Fast word lookups: a word → its entry in a table of lower-case words,
//! found without allocating or re-checking UTF-8, and a small multiplicative
//! hasher for the short keys of the word tables.
//!
//! Extraction looks up every word of every document, so these lookups
//! decide much of the throughput.

use std::hash::{BuildHasherDefault, Hash, Hasher};

use hashbrown::{Equivalent, HashMap};

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

    // The same hash as `write` of the little-endian bytes, without its loop:
    // the keys of [`AsciiMap`] are `u128`s.
    fn write_u64(&mut self, i: u64) {
        self.hash = (self.hash.rotate_left(5) ^ i).wrapping_mul(SEED);
    }

    fn write_u128(&mut self, i: u128) {
        self.write_u64(i as u64);
        self.write_u64((i >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A map from lower-case words. hashbrown's rather than std's: it finds a
/// `String` key by any value that hashes and compares like it ([`Lower`]).
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<FxHasher>>;

/// The bytes of a word with its ASCII letters lower-cased, standing for the
/// `String` of the same bytes in a [`WordMap`]: hashed as a `str` hashes
/// (its bytes, then `0xff`) and compared byte for byte.
struct Lower<'a>(&'a [u8]);

impl Hash for Lower<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.0);
        state.write_u8(0xff);
    }
}

impl Equivalent<String> for Lower<'_> {
    fn equivalent(&self, key: &String) -> bool {
        key.as_bytes() == self.0
    }
}

/// The entry of `word` in any case: the key is `word`'s lower-case form,
/// made on the stack when the word is short ASCII (almost always).
pub fn get_lower<'m, V>(map: &'m WordMap<V>, word: &str) -> Option<&'m V> {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 48];
    if let Some(lower) = buf.get_mut(..bytes.len()) {
        let mut seen = 0;
        for (to, &from) in lower.iter_mut().zip(bytes) {
            seen |= from;
            *to = from.to_ascii_lowercase();
        }
        if seen.is_ascii() {
            return map.get(&Lower(lower));
        }
    }
    map.get(word.to_lowercase().as_str())
}

/// A map from lower-case words for looking up ASCII words in any case: a
/// key of at most 16 bytes is kept as one `u128` (its bytes, zero-padded),
/// so a lookup lower-cases 16 bytes at once and compares one number, with
/// no loop over the word and no string comparison. Longer keys are kept
/// as strings. Most words of a text are in no table: a bitset of the short
/// keys' hashes rules most of them out before the map is probed.
#[derive(Clone, Debug)]
pub struct AsciiMap<V> {
    short: HashMap<u128, V, BuildHasherDefault<FxHasher>>,
    /// Bit [`filter_bit`] of every key of `short`.
    filter: Box<[u64; FILTER_WORDS]>,
    long: WordMap<V>,
}

impl<V> Default for AsciiMap<V> {
    fn default() -> Self {
        AsciiMap {
            short: HashMap::default(),
            filter: Box::new([0; FILTER_WORDS]),
            long: WordMap::default(),
        }
    }
}

/// 2^16 bits (8 KiB): a table of a few thousand words sets a few percent.
const FILTER_BITS: u32 = 16;
const FILTER_WORDS: usize = 1 << (FILTER_BITS - 6);

/// (word of the filter, bit in it) of a packed key: the top bits of a
/// multiplicative hash.
#[inline]
fn filter_bit(packed: u128) -> (usize, u64) {
    let mixed = (packed as u64 ^ ((packed >> 64) as u64).rotate_left(29)).wrapping_mul(SEED);
    let bit = (mixed >> (64 - FILTER_BITS)) as usize;
    (bit >> 6, 1 << (bit & 63))
}

/// An ASCII word of at most 16 bytes, lower-cased, as one number (its
/// bytes little-endian, zero-padded). Read with two loads that may overlap
/// and lower-cased eight bytes at a time, with no loop over the word: this
/// runs for every word of every document.
#[inline]
fn pack_lower(word: &[u8]) -> Option<u128> {
    let n = word.len();
    let (lo, hi) = match n {
        0 => (0, 0),
        1..=3 => {
            // The first, middle and last bytes cover up to three.
            let (a, b, c) = (word[0], word[n / 2], word[n - 1]);
            let v = u64::from(a) | u64::from(b) << (8 * (n / 2)) | u64::from(c) << (8 * (n - 1));
            (v, 0)
        }
        4..=7 => {
            let a = u32::from_le_bytes(word[..4].try_into().expect("four bytes"));
            let b = u32::from_le_bytes(word[n - 4..].try_into().expect("four bytes"));
            // The last four bytes start at `n - 4`, over what `a` holds.
            (u64::from(a) | u64::from(b) << (8 * (n - 4)), 0)
        }
        8..=16 => {
            let a = u64::from_le_bytes(word[..8].try_into().expect("eight bytes"));
            let b = u64::from_le_bytes(word[n - 8..].try_into().expect("eight bytes"));
            // Bytes 8..n are the last `n - 8` bytes of `b`.
            (a, b.checked_shr(8 * (16 - n as u32)).unwrap_or(0))
        }
        _ => return None,
    };
    Some(u128::from(lower8(lo)) | u128::from(lower8(hi)) << 64)
}

/// Eight bytes with their ASCII capitals lower-cased (other bytes as they
/// are), all at once.
#[inline]
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let seven = x & (0x7f * ONES);
    // The top bit of a byte is set where its low seven bits are ≥ 'A',
    // and where they are > 'Z'; no sum carries into the next byte.
    let from_a = seven + (0x80 - u64::from(b'A')) * ONES;
    let past_z = seven + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capital = from_a & !past_z & !x & (0x80 * ONES);
    x | (capital >> 2)
}

impl<V> AsciiMap<V> {
    /// The entry of a lower-case key, made when missing. A key with other
    /// than ASCII is never found and is not kept.
    pub fn entry_or_default(&mut self, key: &str) -> Option<&mut V>
    where
        V: Default,
    {
        if !key.is_ascii() {
            return None;
        }
        Some(match pack_lower(key.as_bytes()) {
            Some(packed) => {
                let (word, bit) = filter_bit(packed);
                self.filter[word] |= bit;
                self.short.entry(packed).or_default()
            }
            None => self.long.entry(key.to_string()).or_default(),
        })
    }

    /// The same keys with each value mapped.
    pub fn map<W>(self, mut f: impl FnMut(V) -> W) -> AsciiMap<W> {
        AsciiMap {
            short: self.short.into_iter().map(|(k, v)| (k, f(v))).collect(),
            filter: self.filter,
            long: self.long.into_iter().map(|(k, v)| (k, f(v))).collect(),
        }
    }

    /// The entry of an ASCII `word` in any case.
    #[inline]
    pub fn get_ascii(&self, word: &str) -> Option<&V> {
        debug_assert!(word.is_ascii());
        match pack_lower(word.as_bytes()) {
            Some(packed) => {
                let (word, bit) = filter_bit(packed);
                if self.filter[word] & bit == 0 {
                    return None;
                }
                self.short.get(&packed)
            }
            None => get_lower(&self.long, word),
        }
    }
}

/// A cheap first test for word tables: bit `last` of entry
/// `[len][first][second]` is set when some word of the table has `len`
/// bytes and those first, second and last letters, so most words of a
/// text are ruled out without hashing.
#[derive(Clone, Debug)]
pub struct QuickFilter {
    bits: Vec<u32>,
}

pub(super) const QUICK_LEN: usize = 24;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_lower_finds_words_in_any_case() {
        let mut map: WordMap<u32> = WordMap::default();
        for (i, word) in ["engineer", "sr.", "école", "", "a".repeat(100).as_str()]
            .into_iter()
            .enumerate()
        {
            map.insert(word.to_string(), i as u32);
        }
        for (input, want) in [
            ("Engineer", Some(0)),
            ("ENGINEER", Some(0)),
            ("engineer", Some(0)),
            ("SR.", Some(1)),
            ("ÉCOLE", Some(2)),
            ("", Some(3)),
            ("engineers", None),
            ("Enginee", None),
        ] {
            assert_eq!(get_lower(&map, input).copied(), want, "input: {input:?}");
        }
        assert_eq!(get_lower(&map, &"A".repeat(100)).copied(), Some(4));
    }

    /// Every length a key can have, every byte in every place: the packed
    /// key is the word's bytes lower-cased, zero-padded.
    #[test]
    fn pack_lower_is_the_lower_case_bytes() {
        let naive = |word: &[u8]| {
            let mut buf = [0u8; 16];
            buf.get_mut(..word.len())?.copy_from_slice(word);
            buf.make_ascii_lowercase();
            Some(u128::from_le_bytes(buf))
        };
        for len in 0..=17 {
            for byte in 0..=255u8 {
                for at in 0..len {
                    let mut word: Vec<u8> = (0..len).map(|i| b"aZ-q0M.x"[i % 8]).collect();
                    word[at] = byte;
                    assert_eq!(pack_lower(&word), naive(&word), "word: {word:?}");
                }
            }
        }
    }

    #[test]
    fn ascii_map_finds_words_in_any_case() {
        let mut map: AsciiMap<u32> = AsciiMap::default();
        let long = "a-very-long-word-beyond-sixteen-bytes";
        for (i, key) in ["engineer", "sr.", "sixteen-letters!", long, "école"]
            .into_iter()
            .enumerate()
        {
            if let Some(v) = map.entry_or_default(key) {
                *v = i as u32;
            }
        }
        for (input, want) in [
            ("Engineer", Some(0)),
            ("ENGINEER", Some(0)),
            ("SR.", Some(1)),
            ("Sixteen-Letters!", Some(2)),
            (&long.to_uppercase(), Some(3)),
            ("engineers", None),
            ("enginee", None),
            ("", None),
            ("ecole", None),
        ] {
            assert_eq!(map.get_ascii(input).copied(), want, "input: {input:?}");
        }
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
        assert_eq!(map.get("senior"), Some(&1));
        assert_eq!(get_lower(&map, "Senior"), Some(&1));
    }
}
