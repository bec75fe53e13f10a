//! Pages: one output file of the site ([`Page`]), with its bytes and the
//! key of what it was made of.

use std::sync::Arc;

use crate::hash::Key;

/// One output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// File path relative to the output folder: `skills/go/index.html`.
    pub file: String,
    pub bytes: Arc<Vec<u8>>,
    /// Hash of everything the page was made from (0 when not computed).
    pub key: Key,
    /// `false` when the bytes were taken from the memo without rendering.
    pub rendered: bool,
    /// The output changed but was not made: costly site-wide outputs (the
    /// search index) are made by `serve` when first asked for. `bytes` is
    /// empty; `key` says what to make.
    pub deferred: bool,
}

impl Page {
    /// An output made without a template (feeds, sitemaps, the search index).
    pub fn raw(file: impl Into<String>, bytes: Vec<u8>) -> Page {
        Page {
            file: file.into(),
            bytes: bytes.into(),
            key: 0,
            rendered: true,
            deferred: false,
        }
    }
}
