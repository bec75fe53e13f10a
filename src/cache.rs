//! Cache: the memo of the pipeline. Every entry is keyed by a hash of its
//! inputs, so a rebuild redoes only the work whose inputs changed and gives
//! the same bytes as a clean build.
//!
//! `build` starts from an empty cache; `serve` keeps one across edits.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3Default;

use crate::diag::Diagnostic;
use crate::link::LinkMemo;
use crate::load::Asset;
use crate::render::PageMemo;
use crate::tag::TaggedDoc;
use crate::tag::vocab::Vocab;

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

/// One document of `content/` as last read.
#[derive(Clone, Debug)]
pub struct SourceEntry {
    /// Hash of the file's bytes.
    pub hash: Key,
    /// Parsed and tagged, or what was wrong with it.
    pub result: Result<Arc<TaggedDoc>, Vec<Diagnostic>>,
}

/// Everything under `content/` as last loaded.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub docs: BTreeMap<String, SourceEntry>,
    pub assets: BTreeMap<String, Asset>,
    /// Problems of the walk itself.
    pub walk_diagnostics: Vec<Diagnostic>,
}

/// The memo of every stage.
#[derive(Default)]
pub struct Cache {
    /// Key of the config the entries were made with; another config drops them.
    pub config: Option<Key>,
    pub vocab: Option<Arc<Vocab>>,
    /// `None` until the first full walk.
    pub sources: Option<Sources>,
    pub link: LinkMemo,
    pub pages: PageMemo,
}

impl Cache {
    /// Drops every entry unless they were made with the config of key `config`.
    pub fn check_config(&mut self, config: Key) {
        if self.config != Some(config) {
            *self = Cache {
                config: Some(config),
                ..Cache::default()
            };
        }
    }
}
