//! Cache: the memo of the pipeline, bundled. Every entry is keyed by a hash
//! of its inputs ([`crate::hash`]), so a rebuild redoes only the work whose
//! inputs changed and gives the same bytes as a clean build. Each stage
//! keeps its own memo ([`LinkMemo`], [`PageMemo`]); this module only holds
//! them with the sources as last read and tagged.
//!
//! `build` starts from an empty cache; `serve` keeps one across edits.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::hash::Key;
use crate::link::LinkMemo;
use crate::load::Asset;
use crate::render::PageMemo;
use crate::tag::TaggedDoc;
use crate::tag::vocab::Vocab;

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
