//! Link: tagged documents → the [`Site`]: every document's URL, title and
//! body HTML, the tag index with one canonical name per slug, links between
//! documents resolved, backlinks and related documents.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use rayon::prelude::*;

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
    /// Documents, sorted by source path.
    pub docs: Vec<Doc>,
    /// Tags of every kind, sorted by kind then name.
    pub terms: Vec<Term>,
    /// Tag ids of each kind (indexed by [`TagKind::index`]), sorted by name.
    pub by_kind: [Vec<TermId>; 4],
    /// Non-document files of `content/`, copied as they are.
    pub assets: Vec<Asset>,
}

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
    pub summary: String,
    /// Body as HTML.
    pub html: Arc<str>,
    /// Hash of `html`.
    pub html_key: Key,
    pub words: usize,
    pub headings: Vec<Heading>,
    /// Tags by kind: the tag and why the document has it.
    pub tags: [Vec<(TermId, Evidence)>; 4],
    /// Documents this one links to.
    pub links: Vec<DocId>,
    /// Documents that link here.
    pub backlinks: Vec<DocId>,
    /// Documents sharing the most tags, best first.
    pub related: Vec<DocId>,
    pub draft: bool,
    /// Front-matter keys dossier does not know.
    pub extra: BTreeMap<String, serde_json::Value>,
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

impl Site {
    /// The tags of one kind.
    pub fn terms_of(&self, kind: TagKind) -> impl Iterator<Item = &Term> {
        self.by_kind[kind.index()].iter().map(|&id| &self.terms[id])
    }

    /// Every URL path the site publishes as a page, for link checks.
    pub fn page_paths(&self) -> HashSet<String> {
        let mut paths: HashSet<String> = self.docs.iter().map(|d| d.path.clone()).collect();
        paths.extend(self.terms.iter().map(|t| t.path.clone()));
        paths.extend(TagKind::ALL.iter().map(|k| format!("{}/", k.plural_key())));
        paths.insert(String::new());
        paths.insert("search/".to_string());
        paths
    }
}

/// What linking remembers between builds (see [`crate::cache`]).
#[derive(Default)]
pub struct LinkMemo {
    /// Per document: the key of its body's inputs, and the body.
    bodies: HashMap<String, (Key, Arc<Body>)>,
    /// Key of every document's id, date, title and tags, with the orders
    /// derived from them: each term's documents, each document's related.
    graph: Option<GraphMemo>,
}

/// The graph key, each term's documents in order, each document's related.
type GraphMemo = (Key, Vec<Vec<DocId>>, Vec<Vec<DocId>>);

/// Links tagged documents into a site. Drafts are left out unless
/// `config.drafts`; every broken link and URL clash is a diagnostic.
pub fn link(
    tagged: &[Arc<TaggedDoc>],
    assets: Vec<Asset>,
    config: &Config,
    memo: &mut LinkMemo,
) -> (Site, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut tagged: Vec<&TaggedDoc> = tagged.iter().map(|t| t.as_ref()).collect();
    tagged.sort_by(|a, b| a.doc.rel.cmp(&b.doc.rel));
    let drafts: HashSet<String> = tagged
        .iter()
        .filter(|t| t.doc.meta.draft && !config.drafts)
        .map(|t| t.doc.rel.clone())
        .collect();
    tagged.retain(|t| !drafts.contains(&t.doc.rel));

    let paths = assign_paths(&tagged, &mut diags);
    let (mut terms, by_kind, doc_terms) = index_terms(&tagged);

    let rel_index: HashMap<&str, DocId> = tagged
        .iter()
        .enumerate()
        .map(|(i, t)| (t.doc.rel.as_str(), i))
        .collect();
    let asset_set: HashSet<&str> = assets.iter().map(|a| a.rel.as_str()).collect();
    let mut known_paths: HashSet<String> = paths.iter().cloned().collect();
    known_paths.extend(terms.iter().map(|t| t.path.clone()));
    known_paths.extend(TagKind::ALL.iter().map(|k| format!("{}/", k.plural_key())));
    known_paths.insert(String::new());
    known_paths.insert("search/".to_string());
    let path_index: HashMap<&str, DocId> = paths
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let titles: Vec<String> = tagged
        .iter()
        .zip(&doc_terms)
        .map(|(t, tags)| title_of(t, tags, &terms))
        .collect();
    let wiki = WikiIndex::new(
        tagged
            .iter()
            .zip(&paths)
            .zip(&titles)
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
    let autolinker = config
        .autolink
        .then(|| {
            crate::autolink::AutoLinker::new(
                terms
                    .iter()
                    .filter(|t| matches!(t.kind, TagKind::Company | TagKind::Skill))
                    .map(|t| (t.name.clone(), format!("{base_path}{}", t.path))),
            )
        })
        .flatten();
    let ctx = LinkContext {
        base_path,
        rel_index: &rel_index,
        path_index: &path_index,
        drafts: &drafts,
        paths: &paths,
        known_paths: &known_paths,
        assets: &asset_set,
        wiki: &wiki,
        terms: &terms,
        autolink: autolinker.as_ref(),
        markdown: markdown::RenderOptions {
            unsafe_html: config.unsafe_html,
        },
    };

    // Every body's links resolve against the same URL map; when it is
    // unchanged, a body depends only on its own document.
    let url_key = {
        let mut h = cache::hasher();
        (
            &paths,
            &tagged.iter().map(|t| &t.doc.rel).collect::<Vec<_>>(),
        )
            .hash(&mut h);
        let mut sorted: Vec<&String> = drafts.iter().collect();
        sorted.sort();
        (sorted, asset_set.len()).hash(&mut h);
        let mut asset_list: Vec<&&str> = asset_set.iter().collect();
        asset_list.sort();
        asset_list.hash(&mut h);
        // Wikilinks resolve by title and tag name; autolinks by tag name.
        terms
            .iter()
            .map(|t| (t.kind, &t.name, &t.path))
            .collect::<Vec<_>>()
            .hash(&mut h);
        titles.hash(&mut h);
        (config.autolink, &ctx.base_path).hash(&mut h);
        cache::finish(&h)
    };
    let bodies: Vec<(Key, Arc<Body>)> = tagged
        .par_iter()
        .map(|t| {
            let doc = &t.doc;
            let key = cache::key_of(&(url_key, &doc.rel, &doc.text, doc.body_line, &doc.blocks));
            match memo.bodies.get(&doc.rel) {
                Some((k, body)) if *k == key => (key, body.clone()),
                _ => (key, Arc::new(render_body(t, &ctx))),
            }
        })
        .collect();
    memo.bodies = tagged
        .iter()
        .zip(&bodies)
        .map(|(t, b)| (t.doc.rel.clone(), b.clone()))
        .collect();

    let mut docs: Vec<Doc> = Vec::with_capacity(tagged.len());
    let mut titles = titles.into_iter();
    for (id, (t, (_, body))) in tagged.iter().zip(&bodies).enumerate() {
        diags.extend(body.diagnostics.iter().cloned());
        let tags = doc_terms[id].clone();
        let title = titles.next().expect("one title per document");
        let meta = &t.doc.meta;
        let summary = meta
            .summary
            .clone()
            .unwrap_or_else(|| truncate_words(&body.summary, 200));
        docs.push(Doc {
            rel: t.doc.rel.clone(),
            kind: t.doc.kind,
            path: paths[id].clone(),
            title,
            date: meta.date,
            updated: meta.updated,
            summary,
            html: body.html.clone(),
            html_key: body.html_key,
            words: body.words,
            headings: body.headings.clone(),
            tags,
            links: body.links.clone(),
            backlinks: Vec::new(),
            related: Vec::new(),
            draft: meta.draft,
            extra: meta.extra.clone(),
        });
    }
    for id in 0..docs.len() {
        for target in docs[id].links.clone() {
            if target != id && !docs[target].backlinks.contains(&id) {
                docs[target].backlinks.push(id);
            }
        }
    }

    let graph_key = {
        let mut h = cache::hasher();
        for (id, doc) in docs.iter().enumerate() {
            (id, &doc.date, &doc.title).hash(&mut h);
            for kind in &doc.tags {
                kind.iter()
                    .map(|(t, _)| *t)
                    .collect::<Vec<_>>()
                    .hash(&mut h);
            }
        }
        terms.len().hash(&mut h);
        cache::finish(&h)
    };
    let (orders, related) = match memo.graph.take() {
        Some((key, orders, related)) if key == graph_key => (orders, related),
        _ => {
            for term in &mut terms {
                term.docs
                    .sort_by(|&a, &b| newest_first(&docs[a], &docs[b]).then(a.cmp(&b)));
            }
            let orders: Vec<Vec<DocId>> = terms.iter().map(|t| t.docs.clone()).collect();
            let related = (0..docs.len())
                .into_par_iter()
                .map(|id| related_of(&docs, &terms, id))
                .collect();
            (orders, related)
        }
    };
    for (term, order) in terms.iter_mut().zip(&orders) {
        term.docs.clone_from(order);
    }
    for (doc, rel) in docs.iter_mut().zip(&related) {
        doc.related.clone_from(rel);
    }
    memo.graph = Some((graph_key, orders, related));
    (
        Site {
            docs,
            terms,
            by_kind,
            assets,
        },
        diags,
    )
}

/// URL paths of documents; clashes with each other or with dossier's own
/// pages are errors naming both files.
fn assign_paths(tagged: &[&TaggedDoc], diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut paths = Vec::with_capacity(tagged.len());
    for t in tagged {
        let doc = &t.doc;
        let path = url::doc_path(&doc.rel, doc.meta.slug.as_deref());
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
        } else if let Some(other) = seen.get(&path) {
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
            seen.insert(path.clone(), &doc.rel);
        }
        paths.push(path);
    }
    paths
}

type DocTerms = [Vec<(TermId, Evidence)>; 4];

/// Builds the tag index: names of one kind with the same slug are one tag,
/// named by the spelling most documents use (ties: more capitals, then
/// alphabetical — `TikTok` over `Tiktok`).
fn index_terms(tagged: &[&TaggedDoc]) -> (Vec<Term>, [Vec<TermId>; 4], Vec<DocTerms>) {
    // (kind, slug) → spelling → number of documents
    let mut spellings: BTreeMap<(TagKind, String), BTreeMap<&str, usize>> = BTreeMap::new();
    for t in tagged {
        for kind in TagKind::ALL {
            for tag in t.tags.get(kind) {
                let slug = url::slugify(&tag.name);
                *spellings
                    .entry((kind, slug))
                    .or_default()
                    .entry(tag.name.as_str())
                    .or_default() += 1;
            }
        }
    }
    let mut terms: Vec<Term> = spellings
        .into_iter()
        .map(|((kind, slug), names)| {
            let name = names
                .into_iter()
                .max_by(|(a, na), (b, nb)| {
                    let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
                    na.cmp(nb).then(caps(a).cmp(&caps(b))).then(b.cmp(a))
                })
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            Term {
                kind,
                path: url::term_path(kind.plural_key(), &slug),
                name,
                slug,
                docs: Vec::new(),
            }
        })
        .collect();
    terms.sort_by(|a, b| {
        (a.kind, a.name.to_lowercase(), &a.slug).cmp(&(b.kind, b.name.to_lowercase(), &b.slug))
    });
    let ids: HashMap<(TagKind, &str), TermId> = terms
        .iter()
        .enumerate()
        .map(|(i, t)| ((t.kind, t.slug.as_str()), i))
        .collect();
    let mut doc_terms = Vec::with_capacity(tagged.len());
    let mut members: Vec<Vec<DocId>> = vec![Vec::new(); terms.len()];
    for (doc_id, t) in tagged.iter().enumerate() {
        let mut dt: DocTerms = Default::default();
        for kind in TagKind::ALL {
            for tag in t.tags.get(kind) {
                let id = ids[&(kind, tag.slug.as_str())];
                dt[kind.index()].push((id, tag.evidence.clone()));
                members[id].push(doc_id);
            }
        }
        doc_terms.push(dt);
    }
    let mut by_kind: [Vec<TermId>; 4] = Default::default();
    for (id, term) in terms.iter().enumerate() {
        by_kind[term.kind.index()].push(id);
    }
    for (term, docs) in terms.iter_mut().zip(members) {
        term.docs = docs;
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
            .map(|(id, _)| terms[*id].name.as_str())
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

struct LinkContext<'a> {
    base_path: String,
    rel_index: &'a HashMap<&'a str, DocId>,
    drafts: &'a HashSet<String>,
    paths: &'a [String],
    known_paths: &'a HashSet<String>,
    assets: &'a HashSet<&'a str>,
    /// URL path → document, for root-relative links.
    path_index: &'a HashMap<&'a str, DocId>,
    wiki: &'a WikiIndex,
    terms: &'a [Term],
    autolink: Option<&'a crate::autolink::AutoLinker>,
    markdown: markdown::RenderOptions,
}

/// A document's body as HTML, with what rendering learnt.
#[derive(Debug)]
pub struct Body {
    html: Arc<str>,
    html_key: Key,
    summary: String,
    words: usize,
    links: Vec<DocId>,
    headings: Vec<Heading>,
    /// Broken links.
    diagnostics: Vec<Diagnostic>,
}

fn render_body(t: &TaggedDoc, ctx: &LinkContext) -> Body {
    let doc = &t.doc;
    let words = doc.text.split_whitespace().count();
    let (mut html, summary, links, headings, diagnostics) = match doc.kind {
        DocKind::Text => (
            plaintext::to_html(&doc.blocks),
            plaintext::first_paragraph(&doc.blocks),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        ),
        DocKind::Markdown => {
            let dir = doc.rel.rsplit_once('/').map_or("", |(d, _)| d);
            let resolve = |dest: &str| resolve_link(dest, dir, ctx);
            let wiki = |dest: &str| resolve_wikilink(dest, ctx);
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
    if let Some(linker) = ctx.autolink {
        html = linker.apply(&html);
    }
    Body {
        html_key: cache::key_of(html.as_str()),
        html: html.into(),
        summary,
        words,
        links,
        headings,
        diagnostics,
    }
}

/// Decides where `[[target#section]]` points (see [`wikilink`]).
fn resolve_wikilink(dest: &str, ctx: &LinkContext) -> Resolved {
    let (target, section) = wikilink::split_section(dest);
    let fragment = section.map(|s| format!("#{s}")).unwrap_or_default();
    match ctx.wiki.resolve(target) {
        Ok(wikilink::Target::Doc(id)) => Resolved::Rewrite {
            href: format!("{}{}{fragment}", ctx.base_path, ctx.paths[id]),
            doc: Some(id),
        },
        Ok(wikilink::Target::Term(id)) => Resolved::Rewrite {
            href: format!("{}{}{fragment}", ctx.base_path, ctx.terms[id].path),
            doc: None,
        },
        Err(reason) => Resolved::Broken(reason),
    }
}

/// Decides where a link written in a document in folder `dir` points.
fn resolve_link(dest: &str, dir: &str, ctx: &LinkContext) -> Resolved {
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
        let trimmed = site_path.trim_end_matches("index.html");
        let as_dir = if trimmed.is_empty() || trimmed.ends_with('/') {
            trimmed.to_string()
        } else {
            format!("{trimmed}/")
        };
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

fn has_scheme(dest: &str) -> bool {
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
fn join_rel(dir: &str, path: &str) -> Option<String> {
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
fn percent_decode(s: &str) -> String {
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

/// The documents sharing the most tags with `id`; ties go to the newer one.
fn related_of(docs: &[Doc], terms: &[Term], id: DocId) -> Vec<DocId> {
    let mut counts: HashMap<DocId, u32> = HashMap::new();
    for kind_tags in &docs[id].tags {
        for (term, _) in kind_tags {
            for &other in &terms[*term].docs {
                if other != id {
                    *counts.entry(other).or_default() += 1;
                }
            }
        }
    }
    let mut scored: Vec<(u32, DocId)> = counts.into_iter().map(|(d, c)| (c, d)).collect();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| newest_first(&docs[a.1], &docs[b.1]))
            .then(a.1.cmp(&b.1))
    });
    scored.into_iter().take(RELATED).map(|(_, d)| d).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
