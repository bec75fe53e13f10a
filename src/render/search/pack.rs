//! Packing for the search index: ascending ids → short strings
//! ([`pack_ids`], read back by [`unpack_ids`]), and the shard a word's posting list goes in
//! ([`word_shard`]). `search.js` reads both the same way.

/// The 64 characters of packed id lists, 6 bits each.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Packs ascending ids into a string of [`ALPHABET`] characters: either
/// gaps as variable-length numbers (5 bits a character, the sixth bit
/// saying "more follows", low bits first; the first gap is from -1), or,
/// when shorter, `*` and a bitset of `n` bits, 6 a character.
pub fn pack_ids(ids: &[u32], n: usize) -> String {
    let mut packer = Packer::default();
    for &id in ids {
        packer.push(id);
    }
    packer.finish(n)
}

/// Ascending ids packed one at a time, as [`pack_ids`] packs them: a
/// word's list of documents kept as its gaps (a byte or two a document)
/// while the index is made, instead of four bytes an id.
#[derive(Debug, Default)]
pub struct Packer {
    gaps: Vec<u8>,
    prev: i64,
    started: bool,
}

impl Packer {
    /// Adds `id`, greater than every id added before.
    pub fn push(&mut self, id: u32) {
        let prev = if self.started { self.prev } else { -1 };
        let mut gap = (id as i64 - prev) as u64;
        self.prev = id as i64;
        self.started = true;
        loop {
            let low = (gap & 31) as usize;
            gap >>= 5;
            if gap == 0 {
                self.gaps.push(ALPHABET[low]);
                return;
            }
            self.gaps.push(ALPHABET[low | 32]);
        }
    }

    /// The packed list of ids below `n` (see [`pack_ids`]).
    pub fn finish(self, n: usize) -> String {
        let gaps = if self.gaps.len() <= n.div_ceil(6) + 1 {
            self.gaps
        } else {
            let mut bits = vec![0u8; n.div_ceil(6)];
            for id in gap_ids(&self.gaps) {
                bits[id as usize / 6] |= 1 << (id % 6);
            }
            std::iter::once(b'*')
                .chain(bits.into_iter().map(|b| ALPHABET[b as usize]))
                .collect()
        };
        String::from_utf8(gaps).expect("ALPHABET is ASCII")
    }
}

/// The 6 bits an [`ALPHABET`] character stands for.
fn value_of(c: u8) -> u64 {
    (match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        _ => 63,
    }) as u64
}

/// The ids of a list of gaps (see [`pack_ids`]): each gap is 5-bit groups,
/// low first, a set sixth bit saying another group follows.
fn gap_ids(gaps: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let (mut prev, mut gap, mut shift) = (-1i64, 0u64, 0);
    gaps.iter().filter_map(move |&c| {
        let v = value_of(c);
        gap |= (v & 31) << shift;
        if v & 32 != 0 {
            shift += 5;
            return None;
        }
        prev += gap as i64;
        (gap, shift) = (0, 0);
        Some(prev as u32)
    })
}

/// Reads a list [`pack_ids`] made of ids below `n`: what `search.js` does.
pub fn unpack_ids(s: &str, n: usize) -> Vec<u32> {
    if let Some(bits) = s.strip_prefix('*') {
        return (0..n as u32)
            .filter(|&i| {
                bits.as_bytes()
                    .get(i as usize / 6)
                    .is_some_and(|&c| value_of(c) & (1 << (i % 6)) != 0)
            })
            .collect();
    }
    gap_ids(s.as_bytes()).collect()
}

/// The shard of `word` among `shards`: FNV-1a (32 bits) of the code points
/// of its first two characters, mixed. Every word that starts with the same two
/// characters is in one shard, so a prefix of two or more characters is
/// looked up in one file; a one-character word is its own prefix.
pub fn word_shard(word: &str, shards: usize) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for c in word.chars().take(2) {
        h ^= c as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    // FNV's low bits follow the characters' low bits; mixing spreads
    // them (MurmurHash3's finalizer).
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h as usize % shards.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_ids_round_trip() {
        for (ids, n) in [
            (vec![], 10),
            (vec![0], 10),
            (vec![5, 6, 40, 1000, 70_000], 100_000),
            ((0..100).collect::<Vec<u32>>(), 100),
            ((0..300).step_by(3).collect(), 300),
        ] {
            let packed = pack_ids(&ids, n);
            assert_eq!(unpack_ids(&packed, n), ids, "packed: {packed}");
        }
        assert!(pack_ids(&(0..100).collect::<Vec<u32>>(), 100).starts_with('*'));
        assert!(
            pack_ids(&[1, 5, 7, 8, 9, 10, 11], 12).starts_with('*'),
            "a bitset when shorter than the gaps"
        );
        assert_eq!(
            unpack_ids(&pack_ids(&[1, 5, 7, 8, 9, 10, 11], 12), 12),
            [1, 5, 7, 8, 9, 10, 11]
        );
        for (c, v) in ALPHABET.iter().zip(0..) {
            assert_eq!(value_of(*c), v, "character {}", *c as char);
        }
        assert_eq!(pack_ids(&[0, 1, 2], 1000), "BBB");
    }

    #[test]
    fn words_with_the_same_first_two_characters_share_a_shard() {
        for (a, b) in [
            ("kubernetes", "kube"),
            ("ku", "kubectl"),
            ("zürich", "zü"),
            ("c++", "c+"),
        ] {
            for shards in [1, 7, 64] {
                assert_eq!(
                    word_shard(a, shards),
                    word_shard(b, shards),
                    "{a} and {b} in {shards}"
                );
            }
        }
    }

    #[test]
    fn word_shards_are_fixed_numbers_search_js_computes_too() {
        // The same values search.js's wordShard gives: the shard of a word
        // is part of the index format.
        for (word, shards, want) in [("go", 64, 48), ("kubernetes", 64, 23), ("c", 10, 3)] {
            assert_eq!(word_shard(word, shards), want, "word: {word:?}");
        }
        assert_eq!(word_shard("anything", 1), 0);
        let used: std::collections::BTreeSet<usize> = ["ab", "cd", "ef", "gh", "ij", "kl", "mn"]
            .iter()
            .map(|w| word_shard(w, 4))
            .collect();
        assert!(used.len() > 1, "prefixes spread over the shards: {used:?}");
    }
}
