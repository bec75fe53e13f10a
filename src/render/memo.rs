//! What rendering remembers between builds of a preview ([`PageMemo`], with
//! which pages list each document as related: [`Shown`]),
//! and the keys of document and tag pages, made without building their
//! views.

use std::collections::HashMap;
use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3Builder;

use crate::hash::{self, Key};
use crate::link::{DocId, OwnPages, Site, TermId};
use crate::tag::TagKind;

use super::page::Page;
use super::shared::{Listed, Shared};
use super::templates::Renderer;

/// What rendering remembers between builds: each output file's key and
/// bytes, the compiled templates, and each document's listing data.
#[derive(Clone, Default)]
pub struct PageMemo {
    pub pages: HashMap<String, (Key, Arc<Vec<u8>>), Xxh3Builder>,
    /// The templates of the last build, compiled, with their key.
    pub renderer: Option<Arc<Renderer>>,
    /// What every page lists of each document, as the last build made it.
    pub listed: Option<Listed>,
    /// What the pages in the memo were made of, when every page of that
    /// site is in it.
    pub made: Option<Made>,
}

/// What the pages of a preview's memo were made of: the site they show
/// (its number among those linked with the cache), with what decides
/// which pages an edit of documents in place can change.
#[derive(Clone, Debug)]
pub struct Made {
    pub(super) site: u64,
    pub(super) own: OwnPages,
    /// The newest date of the site, which every feed states.
    pub(super) newest: String,
    pub(super) shown: Arc<Shown>,
}

/// Which document pages show each document as related: the one reverse
/// index a page's documents need (a document's tags list their documents,
/// and its links are the pages it is a backlink on).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Shown {
    /// Per document, the documents whose page lists it as related.
    pub(super) related_on: Vec<Vec<DocId>>,
}

impl Shown {
    /// The reverse index of `site`'s related lists.
    pub fn of(site: &Site) -> Shown {
        let mut related_on = vec![Vec::new(); site.docs.len()];
        for (id, doc) in site.docs.iter().enumerate() {
            for &other in &doc.related {
                related_on[other].push(id);
            }
        }
        Shown { related_on }
    }
}

impl PageMemo {
    /// The remembered `file`, when it was made with `key`.
    pub(super) fn page(&self, file: String, key: Key) -> Result<Page, String> {
        match self.pages.get(&file) {
            Some((k, bytes)) if *k == key => Ok(Page {
                bytes: bytes.clone(),
                file,
                key,
                rendered: false,
                deferred: false,
            }),
            _ => Err(file),
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

/// The key of page `page` of tag `term`, made of keys alone, like
/// [`doc_page_key`]: the renderer's; the tag's name, slug, URL and count;
/// the links of the documents on the page; and on the first page its
/// roll-ups (each tag's key and count) and the peer it offers to compare
/// with. Everything else on the page (the pager, feed and list URLs, the
/// permalink) is made of these and the config's base URL.
pub(super) fn term_page_key(
    shared: &Shared,
    renderer: &Renderer,
    term: TermId,
    page: usize,
    file: &str,
) -> Key {
    use std::hash::{Hash, Hasher};
    let site = shared.site;
    let config = shared.config;
    let t = &site.terms[term];
    let per = config.paginate_by;
    let mut h = hash::hasher();
    (
        renderer.key,
        file,
        page,
        per,
        &shared.base_path,
        &config.base_url,
    )
        .hash(&mut h);
    (t.kind, &t.name, &t.slug, &t.path, t.docs.len()).hash(&mut h);
    h.write_u128(shared.terms[term].key);
    let slice = &t.docs[((page - 1) * per).min(t.docs.len())..(page * per).min(t.docs.len())];
    for &id in slice {
        h.write_u128(shared.docs[id].link_key);
    }
    if page == 1 {
        for kind in TagKind::ALL {
            for &(id, count) in site.rollup(term, kind) {
                h.write_u128(shared.terms[id].key);
                h.write_usize(count);
            }
            h.write_u8(0xff);
        }
        site.own.compare.hash(&mut h);
        if let Some(peer) = site.peers.get(term).copied().flatten() {
            (&site.terms[peer].name, &site.terms[peer].slug).hash(&mut h);
        }
    }
    hash::finish(&h)
}
