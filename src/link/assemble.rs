//! Linking step by step: tagged documents → the [`Site`]. Places every
//! document, indexes the tags, makes the URL map and the bodies, then the
//! site graph (order, backlinks, related, roll-ups, peers), each step kept in the
//! [`LinkMemo`] and made again only when its inputs changed; when only
//! bodies changed, [`relink`] remakes just those documents.

use std::collections::HashSet;
use std::hash::Hash;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::hash;
use crate::load::Asset;
use crate::tag::TaggedDoc;

use super::body::{Body, render_body};
use super::memo::{Graph, Last, LinkMemo, Rolled, SiteParts};
use super::paths::{assign_paths, dir_of};
use super::peers::peers;
use super::qualify::{Listed, qualifiers};
use super::related::{RelatedCtx, Scratch, related_of};
use super::resolve::Resolver;
use super::site::{Doc, DocId, DocTerms, Rollup, Site, Term, newest_first};
use super::terms::{index_terms, rollup_of, title_of};
use super::wikilink::title_key;

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
    memo.linked += 1;
    memo.relinked = None;
    if let Some((docs, diags)) = relink(&tagged, &drafts, &assets, config, memo)
        && let Some(parts) = memo.site_parts()
    {
        return (site(docs, parts, assets), diags);
    }
    memo.last = None;
    memo.relinked = None;

    let once = memo.once;
    // A build that links once remembers nothing: it needs no keys.
    let terms_key = if once {
        0
    } else {
        let mut h = hash::hasher();
        for t in &tagged {
            (&t.doc.rel, t.tags_key).hash(&mut h);
        }
        hash::finish(&h)
    };
    let known_terms = match &memo.terms {
        Some((key, index)) if *key == terms_key => Some(index),
        _ => None,
    };
    // Places and the tag index are independent of each other.
    let (paths, (mut terms, by_kind, doc_terms)) = rayon::join(
        || assign_paths(&tagged, &mut diags),
        || match known_terms {
            Some(index) => index.clone(),
            None => index_terms(&tagged),
        },
    );
    if known_terms.is_none() && !once {
        memo.terms = Some((
            terms_key,
            (terms.clone(), by_kind.clone(), doc_terms.clone()),
        ));
    }
    let paths_clash = !diags.is_empty();
    let last_drafts = drafts.clone();

    let titles: Vec<String> = tagged
        .par_iter()
        .zip(&doc_terms)
        .map(|(t, tags)| title_of(t, tags, &terms))
        .collect();

    // Every body's links resolve against the same URL map; when it is
    // unchanged, a body depends only on its own document, and the map
    // itself is reused.
    let url_key = if once {
        0
    } else {
        url_key(
            &tagged,
            paths
                .iter()
                .zip(&titles)
                .map(|(p, t)| (p.as_str(), t.as_str())),
            &drafts,
            assets.iter().map(|a| a.rel.as_str()),
            &terms,
            config,
        )
    };
    let resolver: Arc<Resolver> = match &memo.resolver {
        Some((key, resolver)) if *key == url_key => resolver.clone(),
        _ => {
            let resolver = Arc::new(Resolver::new(
                &tagged, &paths, &titles, &terms, &assets, drafts, config,
            ));
            if !memo.once {
                memo.resolver = Some((url_key, resolver.clone()));
            }
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
            _ => {
                let body = Arc::new(render_body(t, ctx));
                if once {
                    t.free_text();
                }
                body
            }
        })
        .collect();
    for (t, body) in tagged.iter().zip(&bodies).filter(|_| !once) {
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
    // Each document is in its `Arc` from the start: a site's documents
    // moved into new ones at the end would be there twice for a moment.
    let mut docs: Vec<Arc<Doc>> = tagged
        .par_iter()
        .zip(&bodies)
        .zip(doc_terms)
        .zip(titles)
        .enumerate()
        .map(|(id, (((t, body), tags), title))| {
            Arc::new(make_doc(t, body, paths[id].clone(), title, tags))
        })
        .collect();
    let listed: Vec<Listed> = docs
        .iter()
        .zip(&bodies)
        .map(|(d, body)| Listed {
            title: &d.title,
            rel: &d.rel,
            analysis: body.analysis,
        })
        .collect();
    // One total order of documents (newest first, then by title, then by
    // id) ranks every listing and breaks every tie. The rest of the graph
    // is made of that order and the tags alone: a retitled document that
    // keeps its place keeps it. Qualifiers, backlinks and the order each
    // read what the others do not change.
    let ((qualified, backlinks), order) = rayon::join(
        || rayon::join(|| qualifiers(&listed), || backlinks_of(&docs)),
        || {
            let mut order: Vec<DocId> = (0..docs.len()).collect();
            order.par_sort_by(|&a, &b| newest_first(&docs[a], &docs[b]).then(a.cmp(&b)));
            order
        },
    );
    drop(listed);
    for ((doc, qualifier), backlinks) in docs.iter_mut().zip(qualified).zip(backlinks) {
        let doc = linking(doc);
        doc.qualifier = qualifier;
        doc.backlinks = backlinks;
    }
    let graph_key = if once {
        0
    } else {
        let mut h = hash::hasher();
        order.hash(&mut h);
        for doc in &docs {
            // Related documents leave out the backlinks.
            (&doc.tags, &doc.backlinks).hash(&mut h);
        }
        terms.len().hash(&mut h);
        hash::finish(&h)
    };
    // The graph and the roll-ups read the same documents and tags; each
    // has steps of one thread the other can run beside.
    let known_graph = match memo.graph.take() {
        Some((key, graph)) if key == graph_key => Some(graph),
        _ => None,
    };
    let known_rolled = match memo.rolled.take() {
        Some((key, rolled)) if key == terms_key => Some(rolled),
        _ => None,
    };
    // Each document's place in the order, when the graph is made again.
    let rank = known_graph.is_none().then(|| {
        let mut rank = vec![0u32; docs.len()];
        for (i, &d) in order.iter().enumerate() {
            rank[d] = i as u32;
        }
        terms
            .par_iter_mut()
            .for_each(|term| term.docs.sort_unstable_by_key(|&d| rank[d]));
        rank
    });
    let (graph, rolled) = rayon::join(
        || match known_graph {
            Some(graph) => graph,
            None => {
                let rank = rank.as_deref().expect("ranked when the graph is made");
                // A build that links once reads them from `terms`.
                let term_docs: Vec<Vec<DocId>> = if once {
                    Vec::new()
                } else {
                    terms.iter().map(|t| t.docs.clone()).collect()
                };
                let ctx = RelatedCtx::new(&docs, &terms, rank, &order);
                let related = (0..docs.len())
                    .into_par_iter()
                    .map_init(
                        || Scratch::new(docs.len()),
                        |s, id| related_of(&ctx, id, &docs[id].backlinks, s),
                    )
                    .collect();
                Graph {
                    order,
                    term_docs,
                    related,
                }
            }
        },
        // Roll-ups count tags, whatever the order of documents.
        || match known_rolled {
            Some(rolled) => rolled,
            None => {
                let rollups: Vec<Rollup> = (0..terms.len())
                    .into_par_iter()
                    .map_init(
                        || vec![0usize; terms.len()],
                        |counts, id| rollup_of(&docs, &terms, id, counts),
                    )
                    .collect();
                Rolled {
                    peers: Arc::new(peers(&terms, &by_kind, &rollups)),
                    rollups: Arc::new(rollups),
                }
            }
        },
    );
    if once {
        // The graph was made just now, and `terms` lists its documents in order.
        let Graph { order, related, .. } = graph;
        for (doc, related) in docs.iter_mut().zip(related) {
            linking(doc).related = related;
        }
        return (site(docs, (terms, by_kind, order, rolled), assets), diags);
    }
    memo.rolled = Some((terms_key, rolled));
    for (doc, rel) in docs.iter_mut().zip(&graph.related) {
        linking(doc).related.clone_from(rel);
    }
    memo.graph = Some((graph_key, graph));
    let parts = memo.site_parts().expect("both memos were just set");
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
    (site(docs, parts, assets), diags)
}

/// Each document's backlinks: the documents linking to it, in id order
/// of the first link, each once, itself left out.
fn backlinks_of(docs: &[Arc<Doc>]) -> Vec<Vec<DocId>> {
    let mut backlinks: Vec<Vec<DocId>> = vec![Vec::new(); docs.len()];
    for (id, doc) in docs.iter().enumerate() {
        for &target in &doc.links {
            if target != id && !backlinks[target].contains(&id) {
                backlinks[target].push(id);
            }
        }
    }
    backlinks
}

/// A document being linked: no one else holds it yet.
fn linking(doc: &mut Arc<Doc>) -> &mut Doc {
    Arc::get_mut(doc).expect("a document is shared only once linked")
}

/// The site of these parts; the profile's standing and the pages only
/// some sites have are added by the caller, which has the config.
fn site(docs: Vec<Arc<Doc>>, parts: SiteParts, assets: Vec<Asset>) -> Site {
    let (terms, by_kind, order, Rolled { rollups, peers }) = parts;
    Site {
        docs,
        terms,
        by_kind,
        assets,
        order,
        rollups,
        peers,
        standing: None,
        own: Default::default(),
    }
}

/// Documents with their new qualifier.
type Requalified = Vec<(DocId, Option<Arc<str>>)>;

/// The key of the URL map links resolve against: every document's source
/// path, URL path and title (`placed`, in the order of `tagged`), drafts,
/// assets, tags, and what of the config links read.
fn url_key<'a>(
    tagged: &[&Arc<TaggedDoc>],
    placed: impl Iterator<Item = (&'a str, &'a str)>,
    drafts: &HashSet<String>,
    assets: impl Iterator<Item = &'a str>,
    terms: &[Term],
    config: &Config,
) -> hash::Key {
    let mut h = hash::hasher();
    for (t, (path, title)) in tagged.iter().zip(placed) {
        (&t.doc.rel, path, title).hash(&mut h);
    }
    let mut sorted: Vec<&String> = drafts.iter().collect();
    sorted.sort();
    sorted.hash(&mut h);
    for rel in assets {
        rel.hash(&mut h);
    }
    // Wikilinks and autolinks resolve by tag name.
    for t in terms {
        (t.kind, &t.name, &t.path).hash(&mut h);
    }
    (config.autolink, config.unsafe_html, &config.base_path()).hash(&mut h);
    // Links to /profile/, /pipeline/ and /compare/ resolve when they exist.
    super::resolve::own_pages(tagged, terms, config).hash(&mut h);
    hash::finish(&h)
}

/// A published document from its source and body; backlinks and related
/// documents are left for the site graph.
fn make_doc(t: &Arc<TaggedDoc>, body: &Body, path: String, title: String, tags: DocTerms) -> Doc {
    let meta = &t.doc.meta;
    Doc {
        key: hash::key_of(&(body.doc_key, &path, &title)),
        rel: t.doc.rel.clone(),
        kind: t.doc.kind,
        path,
        title,
        qualifier: None,
        date: t.date(),
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
/// date, tags, kind or draft state), its links point where they did and
/// it is an analysis as it was (see [`super::is_analysis`]), the URL map, the
/// tag index and the site graph all stand, and only the changed
/// documents are made again. Returns the documents and the
/// diagnostics of the new site, and updates the last site to it; `None`
/// when the site must be linked in full.
fn relink(
    tagged: &[&Arc<TaggedDoc>],
    drafts: &HashSet<String>,
    assets: &[Asset],
    config: &Config,
    memo: &mut LinkMemo,
) -> Option<(Vec<Arc<Doc>>, Vec<Diagnostic>)> {
    let last = memo.last.as_ref()?;
    if last.tagged.len() != tagged.len()
        || last.assets.len() != assets.len()
        || last.drafts != *drafts
        || last.assets.iter().zip(assets).any(|(a, b)| *a != b.rel)
    {
        return None;
    }
    let mut changed = Vec::new();
    let mut retitled = None;
    for (id, (old, new)) in last.tagged.iter().zip(tagged).enumerate() {
        if Arc::ptr_eq(old, new) {
            continue;
        }
        let (a, b) = (&old.doc, &new.doc);
        let placed_alike = a.rel == b.rel
            && a.kind == b.kind
            && a.path == b.path
            && old.date() == new.date()
            && a.meta.draft == b.meta.draft
            && old.tags_key == new.tags_key;
        if !placed_alike {
            return None;
        }
        if a.meta.title != b.meta.title {
            if retitled.is_some() {
                return None;
            }
            retitled = Some(id);
        }
        changed.push(id);
    }
    let (title, requalified) = match retitled {
        Some(id) => {
            let (title, requalified) = retitle(tagged, id, &changed, config, memo)?;
            (Some((id, title)), requalified)
        }
        None => (None, Vec::new()),
    };
    let (url_key, resolver) = memo.resolver.clone()?;
    let last = memo.last.as_ref()?;
    let ctx = resolver.as_ref();
    let bodies: Vec<(DocId, Arc<Body>)> = changed
        .par_iter()
        .map(|&id| (id, Arc::new(render_body(tagged[id], ctx))))
        .collect();
    // Backlinks are made from every body's links; qualifiers from
    // whether a body is an analysis.
    if bodies.iter().any(|(id, body)| {
        body.links != last.bodies[*id].links || body.analysis != last.bodies[*id].analysis
    }) {
        return None;
    }
    let last = memo.last.as_mut().expect("checked above");
    for (id, body) in bodies {
        let t = tagged[id];
        let old = &last.docs[id];
        let title = match &title {
            Some((retitled, title)) if *retitled == id => title.clone(),
            _ => old.title.clone(),
        };
        let mut doc = make_doc(t, &body, old.path.clone(), title, old.tags.clone());
        doc.qualifier = match requalified.iter().find(|(d, _)| *d == id) {
            Some((_, q)) => q.clone(),
            None => old.qualifier.clone(),
        };
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
    // Documents whose title another took or left are listed otherwise.
    for (id, qualifier) in requalified {
        if !changed.contains(&id) {
            let mut doc = Doc::clone(&last.docs[id]);
            doc.qualifier = qualifier;
            last.docs[id] = Arc::new(doc);
            changed.push(id);
        }
    }
    let docs = last.docs.clone();
    memo.relinked = Some(changed);
    Some((docs, diags))
}

/// For [`relink`]: the new title of document `id`, retitled in place, with
/// the URL map updated to it (`changed` being every document whose body is
/// made again), and the qualifier of each document whose qualifier it
/// changes (those of its old and new title: see [`qualifiers`]). `None`
/// when the site must be linked in full: the title moves the document in
/// the site's order (which ranks every listing), or a wikilink in another
/// document resolves differently by it.
fn retitle(
    tagged: &[&Arc<TaggedDoc>],
    id: DocId,
    changed: &[DocId],
    config: &Config,
    memo: &mut LinkMemo,
) -> Option<(String, Requalified)> {
    let last = memo.last.as_ref()?;
    let (_, (terms, _, _)) = memo.terms.as_ref()?;
    let (_, graph) = memo.graph.as_ref()?;
    let old = &last.docs[id];
    let title = title_of(tagged[id], &old.tags, terms);
    if title == old.title {
        return Some((title, Vec::new()));
    }
    let at = graph.order.iter().position(|&d| d == id)?;
    let mut moved = Doc::clone(old);
    moved.title.clone_from(&title);
    let before = |a: (&Doc, DocId), b: (&Doc, DocId)| {
        newest_first(a.0, b.0).then(a.1.cmp(&b.1)) == std::cmp::Ordering::Less
    };
    if let Some(&prev) = at.checked_sub(1).and_then(|p| graph.order.get(p))
        && !before((&last.docs[prev], prev), (&moved, id))
    {
        return None;
    }
    if let Some(&next) = graph.order.get(at + 1)
        && !before((&moved, id), (&last.docs[next], next))
    {
        return None;
    }
    let (from, to) = (title_key(&old.title), title_key(&title));
    let (key, resolver) = memo.resolver.as_mut()?;
    let map = Arc::get_mut(resolver)?;
    // Lists qualify the documents of one title: those of the old title
    // and of the new are qualified again.
    let mut group: Vec<DocId> = map.wiki.titled(&from).to_vec();
    group.extend(map.wiki.titled(&to).iter().filter(|&&d| d != id));
    let listed: Vec<Listed> = group
        .iter()
        .map(|&d| Listed {
            title: if d == id { &title } else { &last.docs[d].title },
            rel: &last.docs[d].rel,
            analysis: last.bodies[d].analysis,
        })
        .collect();
    let requalified: Requalified = group
        .iter()
        .zip(qualifiers(&listed))
        .filter(|(d, q)| last.docs[**d].qualifier != *q)
        .map(|(d, q)| (*d, q))
        .collect();
    map.wiki.retitle(id, &from, to);
    *key = url_key(
        tagged,
        last.docs.iter().enumerate().map(|(d, doc)| {
            let title = if d == id { &title } else { &doc.title };
            (doc.path.as_str(), title.as_str())
        }),
        &last.drafts,
        last.assets.iter().map(String::as_str),
        terms,
        config,
    );
    let map: &Resolver = map;
    let holds = last
        .bodies
        .par_iter()
        .enumerate()
        .all(|(d, body)| changed.contains(&d) || body.titles_hold_in(map));
    holds.then_some((title, requalified))
}
