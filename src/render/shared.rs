//! What every page lists, formatted once per build: the [`Site`] and
//! config → [`Shared`], from which each page kind borrows its links to
//! documents and tags and its `page` variable.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use crate::config::Config;
use crate::hash::{self, Key};
use crate::link::wikilink::title_key;
use crate::link::{Doc, DocId, Site, TermId, newest_first};
use crate::parse::DocDate;
use crate::tag::TagKind;

use super::views::{DocLink, LinkValues, PageView, TagLink, TagRef};

/// Per-site data every page lists, computed once per build; views borrow it.
pub struct Shared<'a> {
    pub site: &'a Site,
    pub config: &'a Config,
    pub(super) base_path: String,
    pub(super) docs: Vec<Arc<DocData>>,
    pub(super) terms: Vec<TermData>,
    /// Feed entries, made once for every feed.
    pub(super) feed_parts: FeedParts,
}

/// A document's listing data, formatted once.
pub struct DocData {
    pub(super) url: String,
    pub(super) date: String,
    pub(super) date_human: String,
    pub(super) company_term: Option<TermId>,
    pub(super) role_term: Option<TermId>,
    /// Hash of the document's [`DocLink`].
    pub(super) link_key: Key,
    /// The names of its first company and role, as the link shows them.
    company: Box<str>,
    role: Box<str>,
    /// Hash of what its feed entry is made of.
    pub(super) feed_key: Key,
    /// Hash of its fields (location, salary, status, …).
    pub(super) fields_key: Key,
    /// Hash of its tags.
    pub(super) tags_key: Key,
    /// Hash of what the search index holds of it: its link, path,
    /// qualifier, body, fields and tags.
    pub(super) search_key: Key,
    /// Its [`DocLink`] as template values, shared by every list of it.
    link_values: LinkValues,
}

impl DocData {
    fn new(
        site: &Site,
        doc: &Doc,
        base_path: &str,
        dates: &HashMap<DocDate, (String, String)>,
    ) -> DocData {
        let first = |kind: TagKind| doc.tags[kind.index()].first().copied();
        let name = |t: Option<TermId>| t.map_or("", |t| site.terms[t].name.as_str());
        let (date, date_human) = doc
            .date
            .and_then(|d| dates.get(&d).cloned())
            .unwrap_or_default();
        let (company_term, role_term) = (first(TagKind::Company), first(TagKind::Role));
        let url = format!("{base_path}{}", doc.path);
        let fields_key = hash::key_of(&doc.source.fields);
        let tags_key = hash::key_of(&doc.tags);
        let link_key = hash::key_of(&(
            &doc.title,
            &doc.qualifier,
            &url,
            &date,
            &date_human,
            &doc.summary,
            name(company_term),
            name(role_term),
        ));
        let link_values = LinkValues {
            title: doc.title.as_str().into(),
            url: url.as_str().into(),
            summary: (*doc.summary).into(),
            company: name(company_term).into(),
            role: name(role_term).into(),
        };
        DocData {
            link_values,
            feed_key: hash::key_of(&(
                &doc.title,
                &doc.qualifier,
                &doc.path,
                &doc.date,
                &doc.updated,
                &doc.summary,
            )),
            fields_key,
            search_key: hash::key_of(&(
                link_key,
                &doc.path,
                &doc.qualifier,
                doc.html_key,
                fields_key,
                tags_key,
            )),
            tags_key,
            company: name(company_term).into(),
            role: name(role_term).into(),
            url,
            date,
            date_human,
            company_term,
            role_term,
            link_key,
        }
    }
}

/// Every document's listing data as the last build made it: the same
/// document (`Arc`), whose company and role keep their names, lists the same.
#[derive(Clone, Default)]
pub struct Listed {
    base_path: String,
    docs: Vec<(Arc<Doc>, Arc<DocData>)>,
}

impl Listed {
    /// Document `id`'s data, if `doc` is the one it was made for and its
    /// company and role are named as they were.
    fn get(&self, site: &Site, id: DocId, doc: &Arc<Doc>) -> Option<Arc<DocData>> {
        let (old, data) = self.docs.get(id)?;
        let name = |t: Option<TermId>| t.map_or("", |t| site.terms[t].name.as_str());
        (Arc::ptr_eq(old, doc)
            && *data.company == *name(data.company_term)
            && *data.role == *name(data.role_term))
        .then(|| data.clone())
    }
}

/// A tag's URL, formatted once, the hash of its name and URL, and its
/// [`TagRef`] as a template value.
pub(super) struct TermData {
    pub(super) url: String,
    pub(super) key: Key,
    value: tera::Value,
}

impl<'a> Shared<'a> {
    /// Formats what every page lists, once.
    pub fn new(site: &'a Site, config: &'a Config) -> Shared<'a> {
        Shared::reusing(site, config, None)
    }

    /// Like [`Shared::new`], taking each document's listing data from
    /// `known` (the last build's, see [`Shared::listed`]) where it is
    /// still what it would be made again.
    pub fn reusing(site: &'a Site, config: &'a Config, known: Option<&Listed>) -> Shared<'a> {
        let base_path = config.base_path();
        let known = known.filter(|k| k.base_path == base_path);
        let reused: Vec<Option<Arc<DocData>>> = site
            .docs
            .iter()
            .enumerate()
            .map(|(id, doc)| known.and_then(|k| k.get(site, id, doc)))
            .collect();
        // Documents share few dates: each is formatted once.
        let dates: HashMap<DocDate, (String, String)> = site
            .docs
            .iter()
            .zip(&reused)
            .filter(|(_, r)| r.is_none())
            .filter_map(|(d, _)| d.date)
            .collect::<std::collections::HashSet<_>>()
            .into_iter()
            .map(|d| (d, (d.ymd(), d.human())))
            .collect();
        let docs: Vec<Arc<DocData>> = site
            .docs
            .par_iter()
            .zip(reused)
            .map(|(doc, reused)| {
                reused.unwrap_or_else(|| Arc::new(DocData::new(site, doc, &base_path, &dates)))
            })
            .collect();
        let terms = site
            .terms
            .iter()
            .map(|t| {
                let url = format!("{base_path}{}", t.path);
                let key = hash::key_of(&(&t.name, &url));
                let value = tera::Value::from_serializable(&TagRef {
                    name: &t.name,
                    url: &url,
                    key,
                    value: None,
                });
                TermData { key, url, value }
            })
            .collect();
        let feed_parts = FeedParts::new(site, &docs);
        Shared {
            site,
            config,
            base_path,
            docs,
            terms,
            // Made before pages render in parallel: a lazy cell here would
            // make every other worker wait while one makes it.
            feed_parts,
        }
    }

    /// Each document's listing data, for the next build to reuse.
    pub fn listed(&self) -> Listed {
        Listed {
            base_path: self.base_path.clone(),
            docs: self
                .site
                .docs
                .iter()
                .cloned()
                .zip(self.docs.iter().cloned())
                .collect(),
        }
    }

    pub(super) fn page_view<'p>(
        &self,
        kind: &'static str,
        title: impl Into<Cow<'p, str>>,
        path: &str,
        description: impl Into<Cow<'p, str>>,
        section: &'static str,
    ) -> PageView<'p> {
        let url = format!("{}{path}", self.base_path);
        self.page_view_at(kind, title, url.into(), path, description, section)
    }

    /// Like [`Shared::page_view`] with the page's URL already made.
    pub(super) fn page_view_at<'p>(
        &self,
        kind: &'static str,
        title: impl Into<Cow<'p, str>>,
        url: Cow<'p, str>,
        path: &str,
        description: impl Into<Cow<'p, str>>,
        section: &'static str,
    ) -> PageView<'p> {
        let permalink = if self.config.has_host() {
            Cow::Owned(format!("{}{path}", self.config.base_url()))
        } else {
            url.clone()
        };
        PageView {
            kind,
            title: title.into(),
            url,
            permalink,
            description: description.into(),
            section,
        }
    }

    pub(super) fn doc_link(&self, id: DocId) -> DocLink<'_> {
        let doc = &self.site.docs[id];
        let data = &self.docs[id];
        let name = |t: Option<TermId>| t.map_or("", |t| self.site.terms[t].name.as_str());
        DocLink {
            title: &doc.title,
            qualifier: doc.qualifier.as_deref().unwrap_or(""),
            url: &data.url,
            date: &data.date,
            date_human: &data.date_human,
            summary: &doc.summary,
            company: name(data.company_term),
            role: name(data.role_term),
            key: data.link_key,
            values: Some(&data.link_values),
        }
    }

    /// Links to documents as one list shows them, titles only: an entry
    /// keeps its qualifier only where another entry of the list has its
    /// title (see [`distinct`]).
    pub(super) fn doc_links(&self, ids: &[DocId]) -> Vec<DocLink<'_>> {
        let mut links: Vec<DocLink> = ids.iter().map(|&id| self.doc_link(id)).collect();
        distinct(&mut links, |_| String::new());
        links
    }

    /// Links to documents as a dated list shows them (the theme's
    /// `doc_list`: each with its date, and its company and role where the
    /// title does not name them and they are not of kind `hide`): an entry
    /// keeps its qualifier only where another entry of the list has its
    /// title and that line below it.
    pub(super) fn dated_doc_links(&self, ids: &[DocId], hide: Option<TagKind>) -> Vec<DocLink<'_>> {
        let mut links: Vec<DocLink> = ids.iter().map(|&id| self.doc_link(id)).collect();
        fn shown<'s>(name: &'s str, hidden: bool, title: &str) -> &'s str {
            if hidden || title.contains(name) {
                ""
            } else {
                name
            }
        }
        distinct(&mut links, |l| {
            format!(
                "{}\n{}\n{}",
                l.date,
                shown(l.company, hide == Some(TagKind::Company), l.title),
                shown(l.role, hide == Some(TagKind::Role), l.title)
            )
        });
        links
    }

    pub(super) fn tag_link(&self, id: TermId, count: usize, percent: usize) -> TagLink<'_> {
        TagLink {
            name: &self.site.terms[id].name,
            url: &self.terms[id].url,
            count,
            percent,
            key: self.terms[id].key,
        }
    }

    pub(super) fn tag_refs(&self, doc: &'a Doc, kind: TagKind) -> Vec<TagRef<'_>> {
        doc.tags[kind.index()]
            .iter()
            .map(|&id| self.tag_ref(id))
            .collect()
    }

    pub(super) fn tag_ref(&self, id: TermId) -> TagRef<'_> {
        TagRef {
            name: &self.site.terms[id].name,
            url: &self.terms[id].url,
            key: self.terms[id].key,
            value: Some(&self.terms[id].value),
        }
    }

    /// The `top` tags of `kind` with the most documents, ties by name.
    pub(super) fn top_tags(&self, kind: TagKind, top: usize) -> Vec<TagLink<'_>> {
        self.top_tags_by(kind, top, false)
    }

    /// The `top` tags of `kind` with the most documents. Among tags of one
    /// count, with `by_recency` the one with the newest document comes
    /// first (what the author researched last), else the first by name.
    pub(super) fn top_tags_by(
        &self,
        kind: TagKind,
        top: usize,
        by_recency: bool,
    ) -> Vec<TagLink<'_>> {
        let site = self.site;
        let mut list: Vec<(TermId, usize)> = site.by_kind[kind.index()]
            .iter()
            .map(|&id| (id, site.terms[id].docs.len()))
            .collect();
        // A tag's documents are in the site's order, so its first is its
        // newest; term ids of one kind are in name order (see `link`).
        let newest =
            |a: TermId, b: TermId| match (site.terms[a].docs.first(), site.terms[b].docs.first()) {
                (Some(&x), Some(&y)) if by_recency => {
                    newest_first(&site.docs[x], &site.docs[y]).then(x.cmp(&y))
                }
                _ => std::cmp::Ordering::Equal,
            };
        list.sort_unstable_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| newest(a.0, b.0))
                .then(a.0.cmp(&b.0))
        });
        list.truncate(top);
        self.tag_links(&list)
    }

    /// Ranked (tag, count) pairs → links, with bar widths against the first.
    pub(super) fn tag_links(&self, ranked: &[(TermId, usize)]) -> Vec<TagLink<'_>> {
        let max = ranked.first().map_or(1, |(_, c)| *c).max(1);
        ranked
            .iter()
            .map(|&(id, count)| self.tag_link(id, count, count * 100 / max))
            .collect()
    }
}

/// Clears the qualifier of every entry that no other entry of `links`
/// reads like: same title (ignoring case and spacing) and same `shown`
/// (what else the list shows of each entry). A qualifier is there to tell
/// entries of one list apart; on an entry that is already apart it is a
/// file name repeated on every line of every list that shows it.
fn distinct(links: &mut [DocLink], shown: impl Fn(&DocLink) -> String) {
    if links.iter().all(|l| l.qualifier.is_empty()) {
        return;
    }
    // Entries whose title no other entry's reads like are apart whatever
    // they show: found by a hash of the title's key, made without a copy
    // for most titles; only the rest are compared in full.
    let mut scratch = String::new();
    let hashes: Vec<u64> = links
        .iter()
        .map(|l| title_key_hash(l.title, &mut scratch))
        .collect();
    let mut titled: HashMap<u64, usize> = HashMap::with_capacity(hashes.len());
    for h in &hashes {
        *titled.entry(*h).or_default() += 1;
    }
    let alike: Vec<usize> = (0..links.len())
        .filter(|&i| titled[&hashes[i]] > 1)
        .collect();
    let keys: Vec<(String, String)> = alike
        .iter()
        .map(|&i| (title_key(links[i].title), shown(&links[i])))
        .collect();
    let mut seen: HashMap<&(String, String), usize> = HashMap::with_capacity(keys.len());
    for k in &keys {
        *seen.entry(k).or_default() += 1;
    }
    let mut apart = vec![true; links.len()];
    for (&i, key) in alike.iter().zip(&keys) {
        apart[i] = seen[key] < 2;
    }
    for (link, apart) in links.iter_mut().zip(apart) {
        if apart {
            link.qualifier = "";
        }
    }
}

/// The hash of [`title_key`]`(title)`; an ASCII title's key is made in
/// `scratch` instead of new strings.
fn title_key_hash(title: &str, scratch: &mut String) -> u64 {
    if !title.is_ascii() {
        return xxhash_rust::xxh3::xxh3_64(title_key(title).as_bytes());
    }
    scratch.clear();
    for word in title.split_whitespace() {
        if !scratch.is_empty() {
            scratch.push(' ');
        }
        scratch.push_str(word);
    }
    scratch.make_ascii_lowercase();
    xxhash_rust::xxh3::xxh3_64(scratch.as_bytes())
}

impl Shared<'_> {
    /// A link to `path` (relative to the site root) for feeds and sitemaps:
    /// absolute when `base_url` names a host, root-relative otherwise.
    pub(super) fn href(&self, path: &str) -> String {
        if self.config.has_host() {
            format!("{}{path}", self.config.base_url())
        } else {
            format!("{}{path}", self.base_path)
        }
    }

    /// A permanent IRI naming the page at `path`: its absolute URL when
    /// there is a host, else a name-based `urn:uuid:` of its path.
    pub(super) fn iri_id(&self, path: &str) -> String {
        if self.config.has_host() {
            return self.href(path);
        }
        let hash =
            xxhash_rust::xxh3::xxh3_128(format!("dossier:{}{path}", self.base_path).as_bytes());
        let b = hash.to_be_bytes();
        // RFC 4122 layout: version 5 (name-based) and the variant bits set.
        let h =
            |r: std::ops::Range<usize>| b[r].iter().map(|x| format!("{x:02x}")).collect::<String>();
        let version = format!("{:02x}", (b[6] & 0x0f) | 0x50);
        let variant = format!("{:02x}", (b[8] & 0x3f) | 0x80);
        format!(
            "urn:uuid:{}-{}-{version}{}-{variant}{}-{}",
            h(0..4),
            h(4..6),
            h(7..8),
            h(9..10),
            h(10..16)
        )
    }
}

/// What every feed is made of (see [`feeds`](super::feeds)): each document's `<entry>` (without
/// categories), formatted on first use and then shared by every feed that
/// lists the document, the key of each entry's inputs, and the fallback date.
#[derive(Default)]
pub(super) struct FeedParts {
    /// The newest date of any document (see [`newest_date`]).
    pub(super) newest: String,
    /// One `<entry>…` per document, without the closing tag, so the site
    /// feed can add categories.
    pub(super) entries: Vec<OnceLock<String>>,
    /// Hash of what each entry is made of.
    pub(super) keys: Vec<Key>,
}

impl FeedParts {
    fn new(site: &Site, docs: &[Arc<DocData>]) -> FeedParts {
        let newest = newest_date(site);
        let keys = docs.iter().map(|d| d.feed_key).collect();
        let entries = (0..site.docs.len()).map(|_| OnceLock::new()).collect();
        FeedParts {
            newest,
            entries,
            keys,
        }
    }
}

/// The newest date of any document, for entries and feeds without one
/// (Atom requires `updated`); the Unix epoch when nothing is dated. It
/// depends on the content only, so a build is reproducible.
fn newest_date(site: &Site) -> String {
    site.docs
        .iter()
        .filter_map(|d| d.updated.max(d.date))
        .max()
        .map(|d| d.rfc3339())
        .unwrap_or_else(|| "1970-01-01T00:00:00+00:00".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_key_hash_is_the_hash_of_the_title_key() {
        let mut scratch = String::from("left over");
        for title in [
            "Backend Engineer at Acme",
            "  backend\tengineer \n at\u{b}ACME ",
            "Ingénieur à Zürich",
            "\u{212a}elvin Labs",
            "",
        ] {
            assert_eq!(
                title_key_hash(title, &mut scratch),
                xxhash_rust::xxh3::xxh3_64(title_key(title).as_bytes()),
                "title: {title:?}"
            );
        }
    }
}
