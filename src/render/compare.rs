//! Side by side: the linked site → the `/compare/` page and its compact
//! JSON (`compare.json.gz`, gzip-compressed: every company and role with its documents,
//! roles, levels, skills with counts, salaries and locations stated; each
//! document's title and URL once, in `docs`, and each tag's name once, in
//! `names`, both named by their index), from
//! which `compare.js` draws two to four of them in columns as the query
//! names them (`?companies=a,b`), so any choice can be linked to.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::hash::{self, Key};
use crate::link::{DocId, Site, TermId};
use crate::tag::TagKind;

use super::page::Page;
use super::shared::Shared;
use super::views::{CompareOption, CompareView, PageView};

/// The URL path of the compare page.
pub const COMPARE_PATH: &str = "compare/";

/// `compare.json.gz`, serialized as it is made (keys in the file's order).
#[derive(Serialize)]
struct Data<'a> {
    companies: Vec<Entry<'a>>,
    /// Each listed document's title and URL.
    docs: Vec<(&'a str, &'a str)>,
    /// Each counted tag's name.
    names: Vec<&'a str>,
    roles: Vec<Entry<'a>>,
}

/// One company or role, as the compare script reads it (keys in the
/// file's order: by name).
#[derive(Serialize)]
struct Entry<'a> {
    /// Indexes into the file's `docs`.
    docs: Vec<usize>,
    /// `[name, documents]`, most first, for levels, roles (or companies)
    /// and skills; a name is an index into the file's `names`.
    levels: Vec<(usize, usize)>,
    /// Salaries and locations as the documents state them.
    locations: Vec<String>,
    name: &'a str,
    roles: Vec<(usize, usize)>,
    salaries: Vec<String>,
    skills: Vec<(usize, usize)>,
    slug: &'a str,
    url: &'a str,
}

/// The file of the compare page's data.
pub const DATA_FILE: &str = "compare.json.gz";

/// Renders `compare.json.gz`: gzip-compressed JSON, a fifth of its size,
/// which `compare.js` inflates.
pub fn data_page(shared: &Shared) -> Page {
    let site = shared.site;
    // A document is listed under each of its companies and roles: its
    // title and URL are written once, each list names it by index.
    let mut index: Vec<Option<usize>> = vec![None; site.docs.len()];
    let mut docs: Vec<(&str, &str)> = Vec::new();
    // Likewise each tag's name, by the order tags are first counted.
    let mut names = Names {
        index: vec![None; site.terms.len()],
        names: Vec::new(),
    };
    let mut entries = |kind: TagKind| -> Vec<Entry> {
        site.by_kind[kind.index()]
            .iter()
            .map(|&t| {
                let listed = site.terms[t]
                    .docs
                    .iter()
                    .map(|&d| {
                        *index[d].get_or_insert_with(|| {
                            docs.push((&site.docs[d].title, &shared.docs[d].url));
                            docs.len() - 1
                        })
                    })
                    .collect();
                entry(shared, t, listed, &mut names)
            })
            .collect()
    };
    let companies = entries(TagKind::Company);
    let roles = entries(TagKind::Role);
    let data = Data {
        companies,
        docs,
        names: names.names,
        roles,
    };
    Page::raw(
        DATA_FILE,
        crate::gzip::pack(&serde_json::to_vec(&data).expect("compare data serializes")),
    )
}

/// The hash of what `compare.json.gz` shows: each document's title, URL,
/// tags and fields, and the tags' names and paths. Body edits that leave
/// these alone reuse the last file.
pub(super) fn data_key(shared: &Shared) -> Key {
    use std::hash::Hash;
    let site = shared.site;
    let mut h = hash::hasher();
    (DATA_FILE, &shared.base_path).hash(&mut h);
    for data in &shared.docs {
        (data.link_key, data.tags_key, data.fields_key).hash(&mut h);
    }
    for t in &site.terms {
        (t.kind, &t.name, &t.slug, &t.path).hash(&mut h);
    }
    hash::finish(&h)
}

/// The compare page.
pub(super) fn compare_page<'a>(shared: &'a Shared) -> (PageView<'a>, CompareView<'a>, String) {
    let site = shared.site;
    let refs = |kind: TagKind| -> Vec<CompareOption> {
        site.by_kind[kind.index()]
            .iter()
            .map(|&t| CompareOption {
                name: &site.terms[t].name,
                slug: &site.terms[t].slug,
            })
            .collect()
    };
    let view = CompareView {
        companies: refs(TagKind::Company),
        roles: refs(TagKind::Role),
        data_url: format!("{}{DATA_FILE}", shared.base_path),
        script: format!("{}compare.js", shared.base_path),
    };
    let description = format!(
        "Two to four companies or roles of {} side by side: documents, roles, levels, skills, salaries and locations.",
        shared.config.title
    );
    let page = shared.page_view("compare", "Compare", COMPARE_PATH, description, "compare");
    (page, view, COMPARE_PATH.to_string())
}

/// The names of the tags `compare.json.gz` counts, each written once.
struct Names<'a> {
    /// A tag's index in `names`, once it has one.
    index: Vec<Option<usize>>,
    names: Vec<&'a str>,
}

fn entry<'a>(shared: &'a Shared, t: TermId, docs: Vec<usize>, names: &mut Names<'a>) -> Entry<'a> {
    let site = shared.site;
    let term = &site.terms[t];
    let other = if term.kind == TagKind::Company {
        TagKind::Role
    } else {
        TagKind::Company
    };
    let mut counted = |kind: TagKind| {
        counts(site, &term.docs, kind)
            .into_iter()
            .map(|(tag, n)| {
                let i = *names.index[tag].get_or_insert_with(|| {
                    names.names.push(&site.terms[tag].name);
                    names.names.len() - 1
                });
                (i, n)
            })
            .collect()
    };
    let mut salaries = Vec::new();
    let mut locations = Vec::new();
    for &d in &term.docs {
        for shown in site.docs[d].source.fields.shown() {
            let list = match shown.key {
                "salary" => &mut salaries,
                "location" | "remote" => &mut locations,
                _ => continue,
            };
            if !list.contains(&shown.text) {
                list.push(shown.text);
            }
        }
    }
    Entry {
        slug: &term.slug,
        name: &term.name,
        url: &shared.terms[t].url,
        docs,
        roles: counted(other),
        levels: counted(TagKind::Level),
        skills: counted(TagKind::Skill),
        salaries,
        locations,
    }
}

/// The tags of one kind among `docs`, each with its number of documents,
/// most first (ties by name).
fn counts(site: &Site, docs: &[DocId], kind: TagKind) -> Vec<(TermId, usize)> {
    let mut count: BTreeMap<TermId, usize> = BTreeMap::new();
    for &d in docs {
        for &t in &site.docs[d].tags[kind.index()] {
            *count.entry(t).or_default() += 1;
        }
    }
    let mut list: Vec<(TermId, usize)> = count.into_iter().collect();
    list.sort_by_key(|&(t, n)| (std::cmp::Reverse(n), site.terms[t].name.as_str()));
    list
}

/// For a company or role page: the compare page pre-filled with this tag
/// and its most similar peer of the same kind (see [`Site::peers`]), and
/// the peer's name. `None` on other pages, or without a compare page.
pub(super) fn with_peer<'a>(shared: &Shared<'a>, term: TermId) -> Option<(String, &'a str)> {
    let site = shared.site;
    let t = &site.terms[term];
    let key = match t.kind {
        TagKind::Company => "companies",
        TagKind::Role => "roles",
        _ => return None,
    };
    if !site.own.compare {
        return None;
    }
    let peer = site.peers[term]?;
    let url = format!(
        "{}{COMPARE_PATH}?{key}={},{}",
        shared.base_path, t.slug, site.terms[peer].slug
    );
    Some((url, site.terms[peer].name.as_str()))
}
