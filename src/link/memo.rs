//! What linking remembers between builds of a preview: the [`LinkMemo`],
//! with each step's result and the key of what it was made of.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3Builder;

use crate::hash::Key;
use crate::tag::{TagKind, TaggedDoc};

use super::body::Body;
use super::resolve::Resolver;
use super::site::{Doc, DocId, Rollup, Term, TermId};
use super::terms::TermIndex;

/// What linking remembers between builds (see [`crate::cache`]). It is
/// made with one config: the cache is dropped when the config changes.
#[derive(Default)]
pub struct LinkMemo {
    /// Per document: the URL map key, the tagged document (the same `Arc`
    /// while its file is unchanged), and the body made from them.
    pub(super) bodies: HashMap<String, (Key, Arc<TaggedDoc>, Arc<Body>), Xxh3Builder>,
    /// Key of every document's id, date, title, tags and backlinks, with
    /// the orders derived from them: each term's documents, each
    /// document's related.
    pub(super) graph: Option<GraphMemo>,
    /// Each tag's roll-up and peer, with the key of the tag index they
    /// were made of: they count tags, so the order of documents (and so a
    /// retitled document) leaves them as they are.
    pub(super) rolled: Option<(Key, Rolled)>,
    /// The tag index and the key of what it was made of: each document's
    /// source path and tags.
    pub(super) terms: Option<(Key, TermIndex)>,
    /// The URL map and its key (every document's path and title, drafts,
    /// assets, tags, base path).
    pub(super) resolver: Option<(Key, Arc<Resolver>)>,
    /// The last site and what it was linked from, for [`relink`].
    pub(super) last: Option<Last>,
    /// Made by [`LinkMemo::once`]: nothing is remembered.
    pub(super) once: bool,
    /// How many sites were linked with this memo: the number of the last.
    pub(super) linked: u64,
    /// The documents the last site remade in place from the one before
    /// (see [`relink`]); `None` when it was linked in full.
    pub(super) relinked: Option<Vec<DocId>>,
}

/// The last linked site's documents with their inputs: when only bodies
/// changed since, the next site is this one with those documents made
/// again (its URL map, tag index and graph are the other memos).
pub(super) struct Last {
    /// Published documents, sorted by source path.
    pub(super) tagged: Vec<Arc<TaggedDoc>>,
    pub(super) drafts: HashSet<String>,
    pub(super) assets: Vec<String>,
    pub(super) bodies: Vec<Arc<Body>>,
    pub(super) docs: Vec<Arc<Doc>>,
}

impl LinkMemo {
    /// The memo of a site linked once and then rendered (`dossier
    /// build`): it remembers nothing, and each document's source text is
    /// freed as soon as its body is made, so a build never holds every
    /// source and every body at once.
    pub fn once() -> LinkMemo {
        LinkMemo {
            once: true,
            ..LinkMemo::default()
        }
    }

    /// The number of the last site linked with this memo (1 for the first).
    pub fn linked(&self) -> u64 {
        self.linked
    }

    /// The documents the last site remade in place: it is the site before
    /// it with these documents' bodies, summaries, fields and other
    /// unplaced parts changed, and nothing else (the same paths, titles,
    /// order, tags, links, related documents and backlinks). `None` when
    /// the last site was linked in full.
    pub fn relinked(&self) -> Option<&[DocId]> {
        self.relinked.as_deref()
    }

    /// The site-wide parts of the last linked site, from the tag index and
    /// the graph: tags with their documents in site order, tag ids by kind,
    /// the site order and the roll-ups.
    pub(super) fn site_parts(&self) -> Option<SiteParts> {
        let (_, (terms, by_kind, _)) = self.terms.as_ref()?;
        let (_, graph) = self.graph.as_ref()?;
        let (_, rolled) = self.rolled.as_ref()?;
        let terms = terms
            .iter()
            .zip(&graph.term_docs)
            .map(|(t, docs)| Term {
                kind: t.kind,
                name: t.name.clone(),
                slug: t.slug.clone(),
                path: t.path.clone(),
                docs: docs.clone(),
                category: t.category.clone(),
            })
            .collect();
        Some((terms, by_kind.clone(), graph.order.clone(), rolled.clone()))
    }
}

/// See [`LinkMemo::site_parts`].
pub(super) type SiteParts = (Vec<Term>, [Vec<TermId>; TagKind::COUNT], Vec<DocId>, Rolled);

/// What the graph key decides: the order of all documents, each term's
/// documents in order, each document's related.
#[derive(Clone)]
pub(super) struct Graph {
    pub(super) order: Vec<DocId>,
    pub(super) term_docs: Vec<Vec<DocId>>,
    pub(super) related: Vec<Vec<DocId>>,
}

/// What the tag index decides: each tag's roll-up and peer.
#[derive(Clone)]
pub(super) struct Rolled {
    pub(super) rollups: Arc<Vec<Rollup>>,
    pub(super) peers: Arc<Vec<Option<TermId>>>,
}

/// The graph key and the graph.
pub(super) type GraphMemo = (Key, Graph);
