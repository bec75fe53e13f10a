//! Link: tagged documents → the [`Site`]: every document's URL, title and
//! body HTML, the tag index with one canonical name per slug, links between
//! documents resolved, backlinks and related documents.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use rayon::prelude::*;

use xxhash_rust::xxh3::Xxh3Builder;

use crate::cache::{self, Key};
use crate::config::{CONTENT_DIR, Config};
use crate::diag::Diagnostic;
use crate::load::{Asset, DocKind};
use crate::markdown::{self, Heading, Resolved};
use crate::parse::{DocDate, plaintext};
use crate::tag::{Evidence, TagKind, TaggedDoc};
use crate::url;
use crate::wikilink::{self, WikiIndex};

/// Index of a document in [`Site::docs`].
pub type DocId = usize;
/// Index of a tag in [`Site::terms`].
pub type TermId = usize;

/// Top-level URL folders that belong to dossier's own pages.
pub const RESERVED: &[&str] = &["companies", "roles", "skills", "tags", "search", "page"];

/// How many related documents each document lists.
pub const RELATED: usize = 5;

/// The whole site, ready to render.
#[derive(Debug, Default)]
pub struct Site {
    /// Documents, sorted by source path. A document unchanged since the
    /// last build of a preview is the same `Arc`.
    pub docs: Vec<Arc<Doc>>,
    /// Tags of every kind, sorted by kind then name.
    pub terms: Vec<Term>,
    /// Tag ids of each kind (indexed by [`TagKind::index`]), sorted by name.
    pub by_kind: [Vec<TermId>; 4],
    /// Non-document files of `content/`, copied as they are.
    pub assets: Vec<Asset>,
    /// Every document, newest first (then by title, then by id): the order
    /// of every listing.
    pub order: Vec<DocId>,
    /// Each tag's roll-up of companies, roles and skills (see [`Rollup`]).
    pub rollups: Vec<Rollup>,
}

/// The kinds a [`Rollup`] counts, in its order.
const ROLLUP_KINDS: [TagKind; 3] = [TagKind::Company, TagKind::Role, TagKind::Skill];

/// One published document.
#[derive(Clone, Debug)]
pub struct Doc {
    /// Source path relative to `content/`.
    pub rel: String,
    pub kind: DocKind,
    /// URL path relative to the site root, ending in `/`.
    pub path: String,
    pub title: String,
    pub date: Option<DocDate>,
    pub updated: Option<DocDate>,
    /// Front-matter summary, or the start of the first paragraph.
    pub summary: Arc<str>,
    /// Body as HTML.
    pub html: Arc<str>,
    /// Hash of `html`.
    pub html_key: Key,
    pub words: usize,
    pub headings: Arc<[Heading]>,
    /// Tags by kind, as tag ids; [`Doc::tagged`] gives each with its evidence.
    pub tags: [Vec<TermId>; 4],
    /// The parsed and tagged source (front matter, evidence).
    pub source: Arc<TaggedDoc>,
    /// Documents this one links to.
    pub links: Vec<DocId>,
    /// Documents that link here.
    pub backlinks: Vec<DocId>,
    /// Documents sharing the most tags, best first.
    pub related: Vec<DocId>,
    pub draft: bool,
    /// Front-matter keys dossier does not know.
    pub extra: Arc<BTreeMap<String, serde_json::Value>>,
    /// Hash of the document as made from its file and body: every field
    /// above but its headings, its tag ids and the documents it links to,
    /// is linked from or is related to (which belong to the site, not to
    /// it), and the evidence of each tag.
    pub key: Key,
}

/// One tag with its documents.
#[derive(Clone, Debug)]
pub struct Term {
    pub kind: TagKind,
    /// The canonical name: the spelling most documents use.
    pub name: String,
    pub slug: String,
    /// URL path relative to the site root: `skills/go/`.
    pub path: String,
    /// Documents with this tag, newest first.
    pub docs: Vec<DocId>,
}

impl Doc {
    /// The tags of one kind, each with why the document has it.
    pub fn tagged(&self, kind: TagKind) -> impl Iterator<Item = (TermId, &Evidence)> {
        self.tags[kind.index()]
            .iter()
            .zip(self.source.tags.get(kind))
            .map(|(id, tag)| (*id, &tag.evidence))
    }
}

impl Site {
    /// The tags of one kind.
    pub fn terms_of(&self, kind: TagKind) -> impl Iterator<Item = &Term> {
        self.by_kind[kind.index()].iter().map(|&id| &self.terms[id])
    }

    /// Tag `term`'s roll-up of one kind: (tag, documents), most first. Free
    /// tags are not rolled up.
    pub fn rollup(&self, term: TermId, kind: TagKind) -> &[(TermId, usize)] {
        ROLLUP_KINDS
            .iter()
            .position(|k| *k == kind)
            .map_or(&[], |slot| &self.rollups[term][slot])
    }

    /// Every URL path the site publishes as a page, for link checks.
    pub fn page_paths(&self) -> HashSet<String> {
        page_paths(self.docs.iter().map(|d| &d.path), &self.terms).collect()
    }
}

/// The URL path of every page: the documents at `doc_paths`, the tag
/// pages, the kind lists, home and search.
fn page_paths<'a>(
    doc_paths: impl Iterator<Item = &'a String> + 'a,
    terms: &'a [Term],
) -> impl Iterator<Item = String> + 'a {
    let own = TagKind::ALL
        .iter()
        .map(|k| format!("{}/", k.plural_key()))
        .chain([String::new(), "search/".to_string()]);
    doc_paths
        .chain(terms.iter().map(|t| &t.path))
        .cloned()
        .chain(own)
}

/// What linking remembers between builds (see [`crate::cache`]). It is
/// made with one config: the cache is dropped when the config changes.
#[derive(Default)]
pub struct LinkMemo {
    /// Per document: the URL map key, the tagged document (the same `Arc`
    /// while its file is unchanged), and the body made from them.
    bodies: HashMap<String, (Key, Arc<TaggedDoc>, Arc<Body>), Xxh3Builder>,
    /// Key of every document's id, date, title and tags, with the orders
    /// derived from them: each term's documents, each document's related.
    graph: Option<GraphMemo>,
    /// The tag index and the key of what it was made of: each document's
    /// source path and tags.
    terms: Option<(Key, TermIndex)>,
    /// The URL map and its key (every document's path and title, drafts,
    /// assets, tags, base path).
    resolver: Option<(Key, Arc<Resolver>)>,
    /// The last site and what it was linked from, for [`relink`].
    last: Option<Last>,
}

/// The last linked site's documents with their inputs: when only bodies
/// changed since, the next site is this one with those documents made
/// again (its URL map, tag index and graph are the other memos).
struct Last {
    /// Published documents, sorted by source path.
    tagged: Vec<Arc<TaggedDoc>>,
    drafts: HashSet<String>,
    assets: Vec<String>,
    bodies: Vec<Arc<Body>>,
    docs: Vec<Arc<Doc>>,
}

impl LinkMemo {
    /// The site-wide parts of the last linked site, from the tag index and
    /// the graph: tags with their documents in site order, tag ids by kind,
    /// the site order and the roll-ups.
    fn site_parts(&self) -> Option<SiteParts> {
        let (_, (terms, by_kind, _)) = self.terms.as_ref()?;
        let (_, graph) = self.graph.as_ref()?;
        let terms = terms
            .iter()
            .zip(&graph.term_docs)
            .map(|(t, docs)| Term {
                kind: t.kind,
                name: t.name.clone(),
                slug: t.slug.clone(),
                path: t.path.clone(),
                docs: docs.clone(),
            })
            .collect();
        Some((
            terms,
            by_kind.clone(),
            graph.order.clone(),
            graph.rollups.clone(),
        ))
    }
}

/// See [`LinkMemo::site_parts`].
type SiteParts = (Vec<Term>, [Vec<TermId>; 4], Vec<DocId>, Vec<Rollup>);

/// The tags of the site, each tag's documents, and each document's tags.
type TermIndex = (Vec<Term>, [Vec<TermId>; 4], Vec<DocTerms>);

/// What the graph key decides: the order of all documents, each term's
/// documents in order, each document's related.
#[derive(Clone)]
struct Graph {
    order: Vec<DocId>,
    term_docs: Vec<Vec<DocId>>,
    related: Vec<Vec<DocId>>,
    rollups: Vec<Rollup>,
}

/// For one tag, the companies, roles and skills of its documents with their
/// counts, most frequent first (ties by name), at most [`ROLLUP_TOP`] each;
/// the tag itself is not counted.
pub type Rollup = [Vec<(TermId, usize)>; 3];

/// How many tags of each kind a roll-up keeps.
pub const ROLLUP_TOP: usize = 20;

/// The graph key and the graph.
type GraphMemo = (Key, Graph);

/// Links tagged documents into a site. Drafts are left out unless
/// `config.drafts`; every broken link and URL clash is a diagnostic.
pub fn link(
    tagged: &[Arc<TaggedDoc>],
    assets: Vec<Asset>,
    config: &Config,
    memo: &mut LinkMemo,
) -> (Site, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut tagged: Vec<&Arc<TaggedDoc>> = tagged.iter().collect();
    tagged.sort_by(|a, b| a.doc.rel.cmp(&b.doc.rel));
    let left_out = |t: &TaggedDoc| t.doc.meta.draft && !config.drafts;
    let drafts: HashSet<String> = tagged
        .iter()
        .filter(|t| left_out(t))
        .map(|t| t.doc.rel.clone())
        .collect();
    if !drafts.is_empty() {
        tagged.retain(|t| !left_out(t));
    }
    if let Some((docs, diags)) = relink(&tagged, &drafts, &assets, memo)
        && let Some((terms, by_kind, order, rollups)) = memo.site_parts()
    {
        let site = Site {
            docs,
            terms,
            by_kind,
            assets,
            order,
            rollups,
        };
        return (site, diags);
    }
    memo.last = None;

    let paths = assign_paths(&tagged, &mut diags);
    let paths_clash = !diags.is_empty();
    let last_drafts = drafts.clone();
    let terms_key = {
        let mut h = cache::hasher();
        for t in &tagged {
            (&t.doc.rel, t.tags_key).hash(&mut h);
        }
        cache::finish(&h)
    };
    let (mut terms, _, doc_terms) = match &memo.terms {
        Some((key, index)) if *key == terms_key => index.clone(),
        _ => {
            let index = index_terms(&tagged);
            memo.terms = Some((terms_key, index.clone()));
            index
        }
    };

    let titles: Vec<String> = tagged
        .iter()
        .zip(&doc_terms)
        .map(|(t, tags)| title_of(t, tags, &terms))
        .collect();
    let base_path = config.base_path();

    // Every body's links resolve against the same URL map; when it is
    // unchanged, a body depends only on its own document, and the map
    // itself is reused.
    let url_key = {
        let mut h = cache::hasher();
        for ((t, path), title) in tagged.iter().zip(&paths).zip(&titles) {
            (&t.doc.rel, path, title).hash(&mut h);
        }
        let mut sorted: Vec<&String> = drafts.iter().collect();
        sorted.sort();
        sorted.hash(&mut h);
        for a in &assets {
            a.rel.hash(&mut h);
        }
        // Wikilinks and autolinks resolve by tag name.
        for t in &terms {
            (t.kind, &t.name, &t.path).hash(&mut h);
        }
        (config.autolink, config.unsafe_html, &base_path).hash(&mut h);
        cache::finish(&h)
    };
    let resolver: Arc<Resolver> = match &memo.resolver {
        Some((key, resolver)) if *key == url_key => resolver.clone(),
        _ => {
            let resolver = Arc::new(Resolver::new(
                &tagged, &paths, &titles, &terms, &assets, drafts, config,
            ));
            memo.resolver = Some((url_key, resolver.clone()));
            resolver
        }
    };
    let ctx = resolver.as_ref();

    // A body is made again only when its document (the same Arc while the
    // file is unchanged) changed, or a link in it resolves differently.
    let bodies: Vec<Arc<Body>> = tagged
        .par_iter()
        .map(|t| match memo.bodies.get(&t.doc.rel) {
            Some((k, old, body))
                if Arc::ptr_eq(old, t)
                    && (*k == url_key || body.holds_in(dir_of(&t.doc.rel), ctx)) =>
            {
                body.clone()
            }
            _ => Arc::new(render_body(t, ctx)),
        })
        .collect();
    for (t, body) in tagged.iter().zip(&bodies) {
        match memo.bodies.get_mut(t.doc.rel.as_str()) {
            // Kept, and known to hold in this URL map.
            Some(entry) if Arc::ptr_eq(&entry.2, body) => entry.0 = url_key,
            Some(entry) => *entry = (url_key, Arc::clone(t), body.clone()),
            None => {
                memo.bodies
                    .insert(t.doc.rel.clone(), (url_key, Arc::clone(t), body.clone()));
            }
        }
    }
    if memo.bodies.len() != tagged.len() {
        let present: HashSet<&str> = tagged.iter().map(|t| t.doc.rel.as_str()).collect();
        memo.bodies.retain(|rel, _| present.contains(rel.as_str()));
    }

    for body in &bodies {
        diags.extend(body.diagnostics.iter().cloned());
    }
    let mut docs: Vec<Doc> = tagged
        .par_iter()
        .zip(&bodies)
        .zip(doc_terms)
        .zip(titles)
        .enumerate()
        .map(|(id, (((t, body), tags), title))| make_doc(t, body, paths[id].clone(), title, tags))
        .collect();
    for id in 0..docs.len() {
        for target in docs[id].links.clone() {
            if target != id && !docs[target].backlinks.contains(&id) {
                docs[target].backlinks.push(id);
            }
        }
    }

    // One total order of documents (newest first, then by title, then by
    // id) ranks every listing and breaks every tie. The rest of the graph
    // is made of that order and the tags alone: a retitled document that
    // keeps its place keeps it.
    let mut order: Vec<DocId> = (0..docs.len()).collect();
    order.par_sort_by(|&a, &b| newest_first(&docs[a], &docs[b]).then(a.cmp(&b)));
    let graph_key = {
        let mut h = cache::hasher();
        order.hash(&mut h);
        for doc in &docs {
            doc.tags.hash(&mut h);
        }
        terms.len().hash(&mut h);
        cache::finish(&h)
    };
    let graph = match memo.graph.take() {
        Some((key, graph)) if key == graph_key => graph,
        _ => {
            let mut rank = vec![0u32; docs.len()];
            for (i, &d) in order.iter().enumerate() {
                rank[d] = i as u32;
            }
            terms
                .par_iter_mut()
                .for_each(|term| term.docs.sort_unstable_by_key(|&d| rank[d]));
            let term_docs: Vec<Vec<DocId>> = terms.iter().map(|t| t.docs.clone()).collect();
            let ctx = RelatedCtx::new(&docs, &terms, &rank, &order);
            let related = (0..docs.len())
                .into_par_iter()
                .map_init(|| Scratch::new(docs.len()), |s, id| related_of(&ctx, id, s))
                .collect();
            let rollups = (0..terms.len())
                .into_par_iter()
                .map_init(
                    || vec![0usize; terms.len()],
                    |counts, id| rollup_of(&docs, &terms, id, counts),
                )
                .collect();
            Graph {
                order,
                term_docs,
                related,
                rollups,
            }
        }
    };
    for (doc, rel) in docs.iter_mut().zip(&graph.related) {
        doc.related.clone_from(rel);
    }
    memo.graph = Some((graph_key, graph));
    let (terms, by_kind, order, rollups) = memo.site_parts().expect("both memos were just set");
    let docs: Vec<Arc<Doc>> = docs.into_iter().map(Arc::new).collect();
    // A URL clash is reported with the line of a `slug:`, which a body
    // edit can move: such a site is always linked again in full.
    if !paths_clash {
        memo.last = Some(Last {
            tagged: tagged.iter().map(|t| Arc::clone(t)).collect(),
            drafts: last_drafts,
            assets: assets.iter().map(|a| a.rel.clone()).collect(),
            bodies,
            docs: docs.clone(),
        });
    }
    (
        Site {
            docs,
            terms,
            by_kind,
            assets,
            order,
            rollups,
        },
        diags,
    )
}

/// A published document from its source and body; backlinks and related
/// documents are left for the site graph.
fn make_doc(t: &Arc<TaggedDoc>, body: &Body, path: String, title: String, tags: DocTerms) -> Doc {
    let meta = &t.doc.meta;
    Doc {
        key: cache::key_of(&(body.doc_key, &path, &title)),
        rel: t.doc.rel.clone(),
        kind: t.doc.kind,
        path,
        title,
        date: meta.date,
        updated: meta.updated,
        summary: match &meta.summary {
            Some(s) => s.as_str().into(),
            None => body.summary.clone(),
        },
        html: body.html.clone(),
        html_key: body.html_key,
        words: body.words,
        headings: body.headings.clone(),
        tags,
        source: Arc::clone(t),
        links: body.links.clone(),
        backlinks: Vec::new(),
        related: Vec::new(),
        draft: meta.draft,
        extra: meta.extra.clone(),
    }
}

/// The fast path of [`link`]: when every document since the last site is
/// either the same (`Arc`) or changed only in what does not place it in the
/// site (its body, summary, update date, extra keys: not its path, title,
/// date, tags, kind or draft state), and its links point where they did,
/// the URL map, the tag index and the site graph all stand, and only the
/// changed documents are made again. Returns the documents and the
/// diagnostics of the new site, and updates the last site to it; `None`
/// when the site must be linked in full.
fn relink(
    tagged: &[&Arc<TaggedDoc>],
    drafts: &HashSet<String>,
    assets: &[Asset],
    memo: &mut LinkMemo,
) -> Option<(Vec<Arc<Doc>>, Vec<Diagnostic>)> {
    let last = memo.last.as_ref()?;
    let (url_key, resolver) = memo.resolver.clone()?;
    if last.tagged.len() != tagged.len()
        || last.assets.len() != assets.len()
        || last.drafts != *drafts
        || last.assets.iter().zip(assets).any(|(a, b)| *a != b.rel)
    {
        return None;
    }
    let mut changed = Vec::new();
    for (id, (old, new)) in last.tagged.iter().zip(tagged).enumerate() {
        if Arc::ptr_eq(old, new) {
            continue;
        }
        let (a, b) = (&old.doc, &new.doc);
        let placed_alike = a.rel == b.rel
            && a.kind == b.kind
            && a.path == b.path
            && a.meta.title == b.meta.title
            && a.meta.date == b.meta.date
            && a.meta.draft == b.meta.draft
            && old.tags_key == new.tags_key;
        if !placed_alike {
            return None;
        }
        changed.push(id);
    }
    let ctx = resolver.as_ref();
    let bodies: Vec<(DocId, Arc<Body>)> = changed
        .par_iter()
        .map(|&id| (id, Arc::new(render_body(tagged[id], ctx))))
        .collect();
    // Backlinks are made from every body's links.
    if bodies
        .iter()
        .any(|(id, body)| body.links != last.bodies[*id].links)
    {
        return None;
    }
    let last = memo.last.as_mut().expect("checked above");
    for (id, body) in bodies {
        let t = tagged[id];
        let old = &last.docs[id];
        let mut doc = make_doc(
            t,
            &body,
            old.path.clone(),
            old.title.clone(),
            old.tags.clone(),
        );
        doc.backlinks.clone_from(&old.backlinks);
        doc.related.clone_from(&old.related);
        last.docs[id] = Arc::new(doc);
        last.tagged[id] = Arc::clone(t);
        memo.bodies
            .insert(t.doc.rel.clone(), (url_key, Arc::clone(t), body.clone()));
        last.bodies[id] = body;
    }
    let diags = last
        .bodies
        .iter()
        .flat_map(|b| b.diagnostics.iter().cloned())
        .collect();
    Some((last.docs.clone(), diags))
}

/// URL paths of documents; clashes with each other or with dossier's own
/// pages are errors naming both files.
fn assign_paths(tagged: &[&Arc<TaggedDoc>], diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut seen: HashMap<&str, &str> = HashMap::with_capacity(tagged.len());
    let mut paths = Vec::with_capacity(tagged.len());
    for t in tagged {
        let doc = &t.doc;
        let path = doc.path.clone();
        let top = path.split('/').next().unwrap_or("");
        if RESERVED.contains(&top) {
            diags.push(
                Diagnostic::error(
                    doc.shown_path(),
                    format!(
                        "would be published at /{path}, where dossier puts its own {top} pages"
                    ),
                )
                .at(doc.meta.lines.get("slug").copied())
                .with_help(format!(
                    "move it out of a top-level folder named `{top}`, or rename it"
                )),
            );
        } else if let Some(other) = seen.get(path.as_str()) {
            diags.push(
                Diagnostic::error(
                    doc.shown_path(),
                    format!(
                        "this document and {CONTENT_DIR}/{other} would both be published at /{path}"
                    ),
                )
                .at(doc.meta.lines.get("slug").copied())
                .with_help(
                    "rename one of the files, or give one a different `slug:` in its front matter",
                ),
            );
        } else {
            seen.insert(&doc.path, &doc.rel);
        }
        paths.push(path);
    }
    paths
}

type DocTerms = [Vec<TermId>; 4];

/// Builds the tag index: names of one kind with the same slug are one tag,
/// named by the spelling most documents use (ties: more capitals, then
/// alphabetical — `TikTok` over `Tiktok`).
fn index_terms(tagged: &[&Arc<TaggedDoc>]) -> (Vec<Term>, [Vec<TermId>; 4], Vec<DocTerms>) {
    // One slot per (kind, slug), in order of first use, with its spellings.
    struct Slot<'a> {
        kind: TagKind,
        slug: &'a str,
        spellings: Vec<(&'a str, usize)>,
    }
    let mut index: HashMap<(TagKind, &str), usize, Xxh3Builder> =
        HashMap::with_hasher(Xxh3Builder::new());
    let mut slots: Vec<Slot> = Vec::new();
    let mut doc_slots: Vec<[Vec<usize>; 4]> = Vec::with_capacity(tagged.len());
    for t in tagged {
        let mut per_kind: [Vec<usize>; 4] = Default::default();
        for kind in TagKind::ALL {
            for tag in t.tags.get(kind) {
                let slot = *index.entry((kind, tag.slug.as_str())).or_insert_with(|| {
                    slots.push(Slot {
                        kind,
                        slug: &tag.slug,
                        spellings: Vec::new(),
                    });
                    slots.len() - 1
                });
                let spellings = &mut slots[slot].spellings;
                match spellings.iter_mut().find(|(name, _)| *name == tag.name) {
                    Some((_, n)) => *n += 1,
                    None => spellings.push((&tag.name, 1)),
                }
                per_kind[kind.index()].push(slot);
            }
        }
        doc_slots.push(per_kind);
    }
    let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
    let mut terms: Vec<(usize, Term)> = slots
        .iter()
        .enumerate()
        .map(|(slot, s)| {
            let name = s
                .spellings
                .iter()
                .max_by(|(a, na), (b, nb)| na.cmp(nb).then(caps(a).cmp(&caps(b))).then(b.cmp(a)))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            let term = Term {
                kind: s.kind,
                path: url::term_path(s.kind.plural_key(), s.slug),
                name,
                slug: s.slug.to_string(),
                docs: Vec::new(),
            };
            (slot, term)
        })
        .collect();
    terms.sort_by_cached_key(|(_, t)| (t.kind, t.name.to_lowercase(), t.slug.clone()));
    let mut id_of_slot = vec![0; slots.len()];
    for (id, (slot, _)) in terms.iter().enumerate() {
        id_of_slot[*slot] = id;
    }
    let mut terms: Vec<Term> = terms.into_iter().map(|(_, t)| t).collect();
    let mut doc_terms = Vec::with_capacity(tagged.len());
    for (doc_id, per_kind) in doc_slots.into_iter().enumerate() {
        let mut dt: DocTerms = Default::default();
        for (k, list) in per_kind.into_iter().enumerate() {
            for slot in list {
                let id = id_of_slot[slot];
                dt[k].push(id);
                terms[id].docs.push(doc_id);
            }
        }
        doc_terms.push(dt);
    }
    let mut by_kind: [Vec<TermId>; 4] = Default::default();
    for (id, term) in terms.iter().enumerate() {
        by_kind[term.kind.index()].push(id);
    }
    (terms, by_kind, doc_terms)
}

/// The title: front matter's, else "Role at Company" from the tags, else
/// the file name made readable.
fn title_of(t: &TaggedDoc, tags: &DocTerms, terms: &[Term]) -> String {
    if let Some(title) = &t.doc.meta.title {
        return title.clone();
    }
    let first = |kind: TagKind| {
        tags[kind.index()]
            .first()
            .map(|id| terms[*id].name.as_str())
    };
    match (first(TagKind::Role), first(TagKind::Company)) {
        (Some(role), Some(company)) => format!("{role} at {company}"),
        (Some(role), None) => role.to_string(),
        (None, Some(company)) => format!("Notes on {company}"),
        (None, None) => readable_name(&t.doc.rel),
    }
}

/// `jobs/acme-backend_notes.txt` → `Acme backend notes`.
pub fn readable_name(rel: &str) -> String {
    let file = rel.rsplit('/').next().unwrap_or(rel);
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => file.to_string(),
    }
}

/// Text cut at a word boundary to at most `max` bytes, with `…` if cut.
pub fn truncate_words(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(' ').unwrap_or(end);
    format!("{}…", text[..cut].trim_end_matches([',', ';', ':', '.']))
}

/// What links, wikilinks and autolinks resolve against: the site's URL
/// map, made again only when it changes.
struct Resolver {
    base_path: String,
    rel_index: HashMap<String, DocId, Xxh3Builder>,
    drafts: HashSet<String>,
    paths: Vec<String>,
    known_paths: HashSet<String, Xxh3Builder>,
    assets: HashSet<String, Xxh3Builder>,
    /// URL path → document, for root-relative links.
    path_index: HashMap<String, DocId, Xxh3Builder>,
    wiki: WikiIndex,
    /// URL path of each tag.
    term_paths: Vec<String>,
    autolink: Option<crate::autolink::AutoLinker>,
    /// Hash of the names and URLs the auto-linker links (0 when off).
    autolink_key: Key,
    markdown: markdown::RenderOptions,
}

impl Resolver {
    fn new(
        tagged: &[&Arc<TaggedDoc>],
        paths: &[String],
        titles: &[String],
        terms: &[Term],
        assets: &[Asset],
        drafts: HashSet<String>,
        config: &Config,
    ) -> Resolver {
        let hasher = Xxh3Builder::new;
        let mut rel_index = HashMap::with_capacity_and_hasher(tagged.len(), hasher());
        let mut path_index = HashMap::with_capacity_and_hasher(tagged.len(), hasher());
        for (i, (t, path)) in tagged.iter().zip(paths).enumerate() {
            rel_index.insert(t.doc.rel.clone(), i);
            path_index.insert(path.clone(), i);
        }
        let mut known_paths =
            HashSet::with_capacity_and_hasher(paths.len() + terms.len() + 6, hasher());
        known_paths.extend(page_paths(paths.iter(), terms));
        let mut asset_set = HashSet::with_capacity_and_hasher(assets.len(), hasher());
        asset_set.extend(assets.iter().map(|a| a.rel.clone()));
        let wiki = WikiIndex::new(
            tagged
                .iter()
                .zip(paths)
                .zip(titles)
                .map(|((t, path), title)| wikilink::DocEntry {
                    rel: &t.doc.rel,
                    path,
                    title,
                }),
            terms
                .iter()
                .enumerate()
                .map(|(id, t)| (id, t.kind, t.slug.as_str())),
        );
        let base_path = config.base_path();
        let linked: Vec<(String, String)> = if config.autolink {
            terms
                .iter()
                .filter(|t| matches!(t.kind, TagKind::Company | TagKind::Skill))
                .map(|t| (t.name.clone(), format!("{base_path}{}", t.path)))
                .collect()
        } else {
            Vec::new()
        };
        let autolink_key = if config.autolink {
            cache::key_of(&linked)
        } else {
            0
        };
        let autolink = config
            .autolink
            .then(|| crate::autolink::AutoLinker::new(linked))
            .flatten();
        Resolver {
            base_path,
            rel_index,
            drafts,
            paths: paths.to_vec(),
            known_paths,
            assets: asset_set,
            path_index,
            wiki,
            term_paths: terms.iter().map(|t| t.path.clone()).collect(),
            autolink,
            autolink_key,
            markdown: markdown::RenderOptions {
                unsafe_html: config.unsafe_html,
            },
        }
    }
}

/// A document's body as HTML, with what rendering learnt.
#[derive(Debug)]
pub struct Body {
    html: Arc<str>,
    html_key: Key,
    /// What [`Doc::key`] covers of the file and this body (all but the
    /// document's path and title), hashed when the body is made.
    doc_key: Key,
    /// The start of the first paragraph, cut to 200 bytes.
    summary: Arc<str>,
    words: usize,
    links: Vec<DocId>,
    headings: Arc<[Heading]>,
    /// Broken links.
    diagnostics: Vec<Diagnostic>,
    /// Every link destination looked up, and what it resolved to: with the
    /// auto-linker's key, all the body took from the URL map.
    lookups: Vec<Lookup>,
    autolink_key: Key,
}

/// One link looked up while rendering a body.
#[derive(Debug, PartialEq)]
struct Lookup {
    wiki: bool,
    dest: String,
    resolved: Resolved,
}

impl Body {
    /// Whether this body, rendered from its document against another URL
    /// map, is what rendering it against `ctx` would give: each link it
    /// looked up resolves the same, and the auto-linker is the same.
    fn holds_in(&self, dir: &str, ctx: &Resolver) -> bool {
        self.autolink_key == ctx.autolink_key
            && self.lookups.iter().all(|l| {
                let now = if l.wiki {
                    resolve_wikilink(&l.dest, ctx)
                } else {
                    resolve_link(&l.dest, dir, ctx)
                };
                now == l.resolved
            })
    }
}

/// The folder of a document's source path, against which its relative
/// links resolve.
pub(crate) fn dir_of(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(d, _)| d)
}

fn render_body(t: &TaggedDoc, ctx: &Resolver) -> Body {
    let doc = &t.doc;
    let words = doc.text.split_whitespace().count();
    // Plain text is split into blocks here, where it is rendered: keeping
    // the blocks from parsing would hold a second copy of every text.
    let blocks = match doc.kind {
        DocKind::Text => plaintext::parse_text(&doc.text),
        DocKind::Markdown => Vec::new(),
    };
    let lookups = std::cell::RefCell::new(Vec::new());
    let (mut html, summary, links, headings, diagnostics) = match doc.kind {
        DocKind::Text => (
            plaintext::to_html(&blocks),
            plaintext::first_paragraph(&blocks),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        ),
        DocKind::Markdown => {
            let dir = dir_of(&doc.rel);
            let record = |wiki: bool, dest: &str, resolved: Resolved| {
                lookups.borrow_mut().push(Lookup {
                    wiki,
                    dest: dest.to_string(),
                    resolved: resolved.clone(),
                });
                resolved
            };
            let resolve = |dest: &str| record(false, dest, resolve_link(dest, dir, ctx));
            let wiki = |dest: &str| record(true, dest, resolve_wikilink(dest, ctx));
            let rendered = markdown::render_with_options(&doc.text, &resolve, &wiki, ctx.markdown);
            let diags = rendered
                .broken
                .iter()
                .map(|b| {
                    let line = doc.body_line + b.line - 1;
                    if b.wiki {
                        Diagnostic::error(doc.shown_path(), format!("wikilink [[{}]]: {}", b.dest, b.reason))
                            .at_line(line)
                            .with_help("name a document by its title or its path under content/ ([[notes/acme-call]]), or a company, role, skill or tag by its name")
                    } else {
                        Diagnostic::error(doc.shown_path(), format!("link to `{}`: {}", b.dest, b.reason))
                            .at_line(line)
                            .with_help(format!(
                                "links to documents are relative to this file's folder ({CONTENT_DIR}/{dir}), or start with / for a page URL"
                            ))
                    }
                })
                .collect();
            (
                rendered.html,
                rendered.summary,
                rendered.links,
                rendered.headings,
                diags,
            )
        }
    };
    if let Some(linker) = &ctx.autolink {
        html = linker.apply(&html);
    }
    let html_key = cache::key_of(html.as_str());
    let summary: Arc<str> = truncate_words(&summary, 200).into();
    Body {
        doc_key: doc_key(t, html_key, &summary, words),
        html_key,
        html: html.into(),
        summary,
        words,
        links,
        headings: headings.into(),
        diagnostics,
        lookups: lookups.into_inner(),
        autolink_key: ctx.autolink_key,
    }
}

/// The part of [`Doc::key`] made of the file and the body: everything
/// [`make_doc`] takes from them.
fn doc_key(t: &TaggedDoc, html_key: Key, body_summary: &str, words: usize) -> Key {
    use std::hash::Hasher;
    let (doc, meta) = (&t.doc, &t.doc.meta);
    let summary = meta.summary.as_deref().unwrap_or(body_summary);
    let mut h = cache::hasher();
    (&doc.rel, doc.kind, meta.date, meta.updated, summary).hash(&mut h);
    (html_key, words, meta.draft).hash(&mut h);
    for kind in TagKind::ALL {
        for tag in t.tags.get(kind) {
            tag.evidence.hash(&mut h);
        }
        h.write_u8(0xff);
    }
    // JSON values have no `Hash`; their text does.
    serde_json::to_string(&*meta.extra)
        .unwrap_or_default()
        .hash(&mut h);
    cache::finish(&h)
}

/// Decides where `[[target#section]]` points (see [`wikilink`]).
fn resolve_wikilink(dest: &str, ctx: &Resolver) -> Resolved {
    let (target, section) = wikilink::split_section(dest);
    let fragment = section.map(|s| format!("#{s}")).unwrap_or_default();
    match ctx.wiki.resolve(target) {
        Ok(wikilink::Target::Doc(id)) => Resolved::Rewrite {
            href: format!("{}{}{fragment}", ctx.base_path, ctx.paths[id]),
            doc: Some(id),
        },
        Ok(wikilink::Target::Term(id)) => Resolved::Rewrite {
            href: format!("{}{}{fragment}", ctx.base_path, ctx.term_paths[id]),
            doc: None,
        },
        Err(reason) => Resolved::Broken(reason),
    }
}

/// Decides where a link written in a document in folder `dir` points.
fn resolve_link(dest: &str, dir: &str, ctx: &Resolver) -> Resolved {
    let dest = dest.trim();
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with("//") || has_scheme(dest) {
        return Resolved::Keep;
    }
    let (path_part, suffix) = match dest.find(['#', '?']) {
        Some(i) => dest.split_at(i),
        None => (dest, ""),
    };
    let decoded = percent_decode(path_part);
    if let Some(site_path) = decoded.strip_prefix('/') {
        let as_dir = url::page_dir(site_path);
        if ctx.known_paths.contains(&as_dir) {
            let doc = ctx.path_index.get(as_dir.as_str()).copied();
            return Resolved::Rewrite {
                href: format!("{}{as_dir}{suffix}", ctx.base_path),
                doc,
            };
        }
        if ctx.assets.contains(site_path) {
            return Resolved::Rewrite {
                href: format!("{}{site_path}{suffix}", ctx.base_path),
                doc: None,
            };
        }
        return Resolved::Broken(format!("no page of this site is at /{site_path}"));
    }
    let Some(target) = join_rel(dir, &decoded) else {
        return Resolved::Broken(format!("it points outside {CONTENT_DIR}/"));
    };
    if crate::load::doc_kind(&target).is_some() {
        if let Some(&id) = ctx.rel_index.get(target.as_str()) {
            return Resolved::Rewrite {
                href: format!("{}{}{suffix}", ctx.base_path, ctx.paths[id]),
                doc: Some(id),
            };
        }
        if ctx.drafts.contains(&target) {
            return Resolved::Broken(format!(
                "{CONTENT_DIR}/{target} is a draft, left out of the site (build with --drafts to include it)"
            ));
        }
        return Resolved::Broken(format!("there is no document {CONTENT_DIR}/{target}"));
    }
    if ctx.assets.contains(target.as_str()) {
        return Resolved::Rewrite {
            href: format!("{}{target}{suffix}", ctx.base_path),
            doc: None,
        };
    }
    Resolved::Broken(format!("there is no file {CONTENT_DIR}/{target}"))
}

pub(crate) fn has_scheme(dest: &str) -> bool {
    match dest.find(':') {
        Some(i) => {
            let scheme = &dest[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// `dir` + relative `path`, with `.` and `..` resolved; `None` if it leaves
/// the content folder.
pub(crate) fn join_rel(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Decodes `%20` and friends; invalid sequences stay as written.
pub(crate) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Order of listings: newest first, undated last, then by title.
pub fn newest_first(a: &Doc, b: &Doc) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title))
}

/// The roll-up of tag `id` (see [`Rollup`]); `counts` is scratch space,
/// one zero per tag, left as found.
fn rollup_of(docs: &[Doc], terms: &[Term], id: TermId, counts: &mut [usize]) -> Rollup {
    let mut out: Rollup = Default::default();
    for (slot, kind) in ROLLUP_KINDS.into_iter().enumerate() {
        let mut touched = Vec::new();
        for &d in &terms[id].docs {
            for &t in &docs[d].tags[kind.index()] {
                if t != id {
                    if counts[t] == 0 {
                        touched.push(t);
                    }
                    counts[t] += 1;
                }
            }
        }
        let mut list: Vec<(TermId, usize)> = touched.iter().map(|&t| (t, counts[t])).collect();
        for &t in &touched {
            counts[t] = 0;
        }
        // Term ids of one kind are in name order.
        list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(ROLLUP_TOP);
        out[slot] = list;
    }
    out
}

/// What [`related_of`] reads: documents, tags, and the site order, all by
/// rank (a document's place in the site order).
struct RelatedCtx<'a> {
    /// Each document's tags.
    tags: Vec<&'a DocTerms>,
    /// Per tag, how its documents are listed.
    lists: Vec<TagList>,
    /// Per dense tag, its documents as a bitset over ranks.
    bitsets: Vec<Vec<u64>>,
    /// Per rank, the dense tags of the document there, a bit each.
    signatures: Vec<u64>,
    rank: &'a [u32],
    /// Document at each rank.
    order: &'a [DocId],
}

/// The documents of one tag, for [`related_of`].
enum TagList {
    /// Their ranks, ascending.
    Sparse(Vec<u32>),
    /// Dense tag number `n`: `bitsets[n]`, bit `n` of the signatures.
    Dense(usize),
}

impl<'a> RelatedCtx<'a> {
    /// `terms` must list their documents in rank order.
    fn new(docs: &'a [Doc], terms: &[Term], rank: &'a [u32], order: &'a [DocId]) -> Self {
        RelatedCtx::with_tags(docs.iter().map(|d| &d.tags).collect(), terms, rank, order)
    }

    fn with_tags(
        tags: Vec<&'a DocTerms>,
        terms: &[Term],
        rank: &'a [u32],
        order: &'a [DocId],
    ) -> Self {
        let mut lists: Vec<Option<TagList>> = (0..terms.len()).map(|_| None).collect();
        let mut bitsets = Vec::new();
        let mut signatures = vec![0u64; rank.len()];
        for id in dense_terms(terms, rank.len()) {
            let n = bitsets.len();
            let mut bits = vec![0u64; bitset_words(rank.len())];
            for &d in &terms[id].docs {
                let r = rank[d] as usize;
                bits[r / 64] |= 1 << (r % 64);
                signatures[r] |= 1 << n;
            }
            bitsets.push(bits);
            lists[id] = Some(TagList::Dense(n));
        }
        let lists = lists
            .into_iter()
            .zip(terms)
            .map(|(list, t)| {
                list.unwrap_or_else(|| TagList::Sparse(t.docs.iter().map(|&d| rank[d]).collect()))
            })
            .collect();
        RelatedCtx {
            tags,
            lists,
            bitsets,
            signatures,
            rank,
            order,
        }
    }
}

/// Per-thread scratch space of [`related_of`], left as it was found.
struct Scratch {
    /// Tags shared with the document, per rank.
    counts: Vec<u32>,
    /// Ranks with a non-zero count: `touched[..len]` (room for every rank
    /// and one more, written and not kept).
    touched: Vec<u32>,
    /// Ranks whose count is final, as a bitset.
    seen: Vec<u64>,
}

impl Scratch {
    fn new(docs: usize) -> Scratch {
        Scratch {
            counts: vec![0; docs],
            touched: vec![0; docs + 1],
            seen: vec![0; bitset_words(docs)],
        }
    }
}

/// Tags held by more than one document in this many are dense.
const DENSE_SHARE: usize = 32;

/// At most this many tags are dense: one bit each in a signature.
const MAX_DENSE: usize = 64;

/// The dense tags (see [`DENSE_SHARE`]), at most [`MAX_DENSE`] of the
/// largest. Counting shared tags through a tag that half the site carries
/// would cost that half for every document; a dense tag is read as a
/// bitset over ranks instead.
fn dense_terms(terms: &[Term], docs: usize) -> Vec<TermId> {
    let min = (docs / DENSE_SHARE).max(256);
    let mut dense: Vec<TermId> = (0..terms.len())
        .filter(|&t| terms[t].docs.len() > min)
        .collect();
    dense.sort_by_key(|&t| std::cmp::Reverse(terms[t].docs.len()));
    dense.truncate(MAX_DENSE);
    dense
}

/// Words of a rank bitset that [`at_least`] reads at once; bitsets over
/// ranks are whole blocks long.
const BLOCK: usize = 8;

/// Length in words of a bitset over `docs` ranks.
fn bitset_words(docs: usize) -> usize {
    docs.div_ceil(64).next_multiple_of(BLOCK)
}

/// For each word of block `b`, the bits set in at least `k` of `sets` (a
/// superset of them when `k` is large).
fn at_least(sets: &[&[u64]], b: usize, k: u32) -> [u64; BLOCK] {
    const MAX: usize = 16;
    let block = |s: &[u64]| -> [u64; BLOCK] {
        s[b * BLOCK..(b + 1) * BLOCK]
            .try_into()
            .expect("a whole block")
    };
    let k = k as usize;
    if k == 0 {
        return [!0; BLOCK];
    }
    if k == sets.len() {
        return sets.iter().fold([!0; BLOCK], |mut all, s| {
            all.iter_mut().zip(block(s)).for_each(|(a, w)| *a &= w);
            all
        });
    }
    if k >= MAX {
        return sets.iter().fold([0; BLOCK], |mut any, s| {
            any.iter_mut().zip(block(s)).for_each(|(a, w)| *a |= w);
            any
        });
    }
    // ge[j]: set in at least j of the sets seen so far.
    let mut ge = [[0u64; BLOCK]; MAX];
    ge[0] = [!0; BLOCK];
    for s in sets {
        let words = block(s);
        for j in (1..=k).rev() {
            let (lower, upper) = ge.split_at_mut(j);
            for ((g, &below), w) in upper[0].iter_mut().zip(&lower[j - 1]).zip(words) {
                *g |= below & w;
            }
        }
    }
    ge[k]
}

/// The documents sharing the most tags with `id`; ties go to the one
/// ranked first (newer). Tags that are not dense are counted through their
/// rank lists; the documents reached only through dense tags are found by
/// scanning those bitsets in rank order, only as far as one of them could
/// still make the list.
fn related_of(ctx: &RelatedCtx, id: DocId, s: &mut Scratch) -> Vec<DocId> {
    let Scratch {
        counts,
        touched,
        seen,
    } = s;
    let own = ctx.rank[id];
    let mut dense: Vec<&[u64]> = Vec::new();
    // The dense tags of the document, as in a signature.
    let mut mine = 0u64;
    let mut len = 0;
    for kind_tags in ctx.tags[id] {
        for &term in kind_tags {
            let ranks = match &ctx.lists[term] {
                TagList::Dense(n) => {
                    dense.push(&ctx.bitsets[*n]);
                    mine |= 1 << n;
                    continue;
                }
                TagList::Sparse(ranks) => ranks,
            };
            for &other in ranks {
                // Without a branch: `other` is kept when first counted.
                let count = &mut counts[other as usize];
                touched[len] = other;
                len += (*count == 0) as usize;
                *count += 1;
            }
        }
    }
    // The document itself was counted through each of its tags.
    counts[own as usize] = 0;
    // The best RELATED by (most shared tags, best rank), kept sorted.
    let mut best: Vec<(u32, u32)> = Vec::with_capacity(RELATED + 1);
    let offer = |entry: (u32, u32), best: &mut Vec<(u32, u32)>| {
        let better = |a: &(u32, u32), b: &(u32, u32)| a.0 > b.0 || (a.0 == b.0 && a.1 < b.1);
        if best.len() == RELATED && !better(&entry, &best[RELATED - 1]) {
            return;
        }
        let at = best
            .iter()
            .position(|b| better(&entry, b))
            .unwrap_or(best.len());
        best.insert(at, entry);
        best.truncate(RELATED);
    };
    for &r in &touched[..len] {
        let r = r as usize;
        let count = std::mem::take(&mut counts[r]);
        if count == 0 {
            continue;
        }
        let shared = count + (ctx.signatures[r] & mine).count_ones();
        seen[r / 64] |= 1 << (r % 64);
        offer((shared, r as u32), &mut best);
    }
    if !dense.is_empty() {
        let own = own as usize;
        let lift = dense.len() as u32;
        for b in 0..seen.len() / BLOCK {
            // What a document of this block needs to make the list (or
            // less: the need only grows); none has more than `lift`.
            let need = match best.get(RELATED - 1) {
                None => 1,
                Some(&(c, r)) if (b * BLOCK * 64) as u32 > r => c + 1,
                Some(&(c, _)) => c,
            };
            if need > lift {
                break;
            }
            for (i, mut mask) in at_least(&dense, b, need).into_iter().enumerate() {
                let w = b * BLOCK + i;
                mask &= !seen[w];
                if w == own / 64 {
                    mask &= !(1 << (own % 64));
                }
                while mask != 0 {
                    let r = w * 64 + mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    let shared = (ctx.signatures[r] & mine).count_ones();
                    offer((shared, r as u32), &mut best);
                }
            }
        }
    }
    if len > seen.len() {
        seen.fill(0);
    } else {
        for &r in &touched[..len] {
            seen[r as usize / 64] = 0;
        }
    }
    best.into_iter()
        .map(|(_, r)| ctx.order[r as usize])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Related documents the slow way: every pair of documents.
    fn related_by_brute_force(tags: &[DocTerms], rank: &[u32], id: DocId) -> Vec<DocId> {
        let mut mine = vec![false; tags.iter().flatten().flatten().max().map_or(0, |t| t + 1)];
        for &t in tags[id].iter().flatten() {
            mine[t] = true;
        }
        let mut all: Vec<(usize, u32, DocId)> = (0..tags.len())
            .filter(|&o| o != id)
            .map(|o| {
                let shared = tags[o].iter().flatten().filter(|&&t| mine[t]).count();
                (shared, rank[o], o)
            })
            .filter(|e| e.0 > 0)
            .collect();
        all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        all.into_iter().take(RELATED).map(|e| e.2).collect()
    }

    /// Checks [`related_of`] against [`related_by_brute_force`] for every
    /// document of random sites of `n` documents, where tag `t` is on
    /// `share[t]` per mille of them; returns how many tags were dense.
    fn related_matches_brute_force(n: usize, share: &[u64]) -> usize {
        let mut dense = 0;
        for seed in 1..=2u64 {
            let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut next = move |n: u64| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % n
            };
            let tags: Vec<DocTerms> = (0..n)
                .map(|_| {
                    let mut dt: DocTerms = Default::default();
                    for (term, per_mille) in share.iter().enumerate() {
                        if next(1000) < *per_mille {
                            dt[term % 4].push(term);
                        }
                    }
                    dt
                })
                .collect();
            let mut order: Vec<DocId> = (0..n).collect();
            for i in (1..n).rev() {
                order.swap(i, next(i as u64 + 1) as usize);
            }
            let mut rank = vec![0u32; n];
            for (r, &d) in order.iter().enumerate() {
                rank[d] = r as u32;
            }
            let terms: Vec<Term> = (0..share.len())
                .map(|t| {
                    let mut docs: Vec<DocId> = (0..n)
                        .filter(|&d| tags[d].iter().flatten().any(|&x| x == t))
                        .collect();
                    docs.sort_by_key(|&d| rank[d]);
                    Term {
                        kind: TagKind::Skill,
                        name: format!("t{t}"),
                        slug: format!("t{t}"),
                        path: format!("skills/t{t}/"),
                        docs,
                    }
                })
                .collect();
            let ctx = RelatedCtx::with_tags(tags.iter().collect(), &terms, &rank, &order);
            dense = ctx.bitsets.len();
            let mut scratch = Scratch::new(n);
            for id in 0..n {
                assert_eq!(
                    related_of(&ctx, id, &mut scratch),
                    related_by_brute_force(&tags, &rank, id),
                    "document {id}, seed {seed}"
                );
            }
        }
        dense
    }

    #[test]
    fn related_documents_equal_a_brute_force_count_with_dense_tags() {
        // Tags from one carried by most documents (dense: counted as
        // bitsets) to ones carried by a few.
        let share = [700, 400, 150, 100, 60, 30, 20, 10, 5, 5, 3, 2];
        assert!(
            related_matches_brute_force(2000, &share) >= 2,
            "some tags are dense"
        );
    }

    #[test]
    fn related_documents_are_exact_with_more_common_tags_than_signature_bits() {
        // 70 tags on 40% of the documents each: 64 are dense, the other
        // common ones are counted through their lists.
        let mut share = vec![400; 70];
        share.extend([20, 5, 2]);
        assert_eq!(related_matches_brute_force(800, &share), MAX_DENSE);
    }

    #[test]
    fn relative_paths_join() {
        for (dir, path, want) in [
            ("notes", "a.md", Some("notes/a.md")),
            ("notes", "../jobs/a.txt", Some("jobs/a.txt")),
            ("", "./x/y.md", Some("x/y.md")),
            ("", "../a.md", None),
        ] {
            assert_eq!(join_rel(dir, path).as_deref(), want, "{dir} + {path}");
        }
    }

    #[test]
    fn schemes() {
        for (dest, want) in [
            ("https://x.io", true),
            ("mailto:a@b.c", true),
            ("a.md", false),
            ("../a:b.md", false),
            ("C:thing", true),
        ] {
            assert_eq!(has_scheme(dest), want, "dest: {dest:?}");
        }
    }

    #[test]
    fn readable_names_and_truncation() {
        assert_eq!(
            readable_name("jobs/acme-backend_notes.txt"),
            "Acme backend notes"
        );
        assert_eq!(truncate_words("one two three", 200), "one two three");
        assert_eq!(truncate_words("one two, three", 9), "one two…");
        assert_eq!(
            percent_decode("Offer%20comparison.md"),
            "Offer comparison.md"
        );
        assert_eq!(percent_decode("100%"), "100%");
    }
}
