//! What rendering remembers between builds of a preview ([`PageMemo`]),
//! and the key of a document page, made without building its view.

use std::collections::HashMap;
use std::sync::Arc;

use crate::hash::{self, Key};
use crate::link::DocId;

use super::page::Page;
use super::shared::Shared;
use super::templates::Renderer;

/// What rendering remembers between builds: each output file's key and
/// bytes, and the compiled templates.
#[derive(Clone, Default)]
pub struct PageMemo {
    pub pages: HashMap<String, (Key, Arc<Vec<u8>>)>,
    /// The templates of the last build, compiled, with their key.
    pub renderer: Option<Arc<Renderer>>,
}

impl PageMemo {
    /// The remembered `file`, when it was made with `key`.
    pub(super) fn page(&self, file: &str, key: Key) -> Option<Page> {
        match self.pages.get(file) {
            Some((k, bytes)) if *k == key => Some(Page {
                file: file.to_string(),
                bytes: bytes.clone(),
                key,
                rendered: false,
                deferred: false,
            }),
            _ => None,
        }
    }
}

/// The key of document `id`'s page, made of keys alone: the renderer's,
/// the document's own ([`Doc::key`](crate::link::Doc::key)), and those of
/// what the page shows from the rest of the site (its link, which holds
/// its URL and the names of its company and role; the names and URLs of
/// its tags; the documents it is related to and linked from).
pub(super) fn doc_page_key(shared: &Shared, renderer: &Renderer, id: DocId, file: &str) -> Key {
    use std::hash::{Hash, Hasher};
    let doc = &shared.site.docs[id];
    let mut h = hash::hasher();
    (renderer.key, file, doc.key, shared.docs[id].link_key).hash(&mut h);
    for kind_tags in &doc.tags {
        for &term in kind_tags {
            h.write_u128(shared.terms[term].key);
        }
        h.write_u8(0xff);
    }
    // Its match against the profile: the skills you have change it.
    if let Some(standing) = &shared.site.standing {
        (&standing.matches[id], &standing.skills).hash(&mut h);
    }
    for list in [&doc.related, &doc.backlinks] {
        for &other in list {
            h.write_u128(shared.docs[other].link_key);
        }
        h.write_u8(0xff);
    }
    hash::finish(&h)
}
