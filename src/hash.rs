//! Keys: any hashable value → a 128-bit [`Key`] (XXH3), the identity of a
//! memo entry's inputs. A leaf: it imports nothing of the crate, so every
//! stage can key its own memo.

use std::hash::{Hash, Hasher};

use xxhash_rust::xxh3::Xxh3Default;

/// A 128-bit hash of a memo entry's inputs.
pub type Key = u128;

/// The key of any hashable value.
pub fn key_of<T: Hash + ?Sized>(value: &T) -> Key {
    let mut h = Xxh3Default::new();
    value.hash(&mut h);
    h.digest128()
}

/// A hasher for building keys field by field.
pub fn hasher() -> Xxh3Default {
    Xxh3Default::new()
}

/// Finishes a hasher from [`hasher`] into a key.
pub fn finish(h: &Xxh3Default) -> Key {
    h.digest128()
}

/// Hashes a key into a hasher.
pub fn add(h: &mut impl Hasher, key: Key) {
    h.write_u128(key);
}
