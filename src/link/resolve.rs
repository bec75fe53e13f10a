//! The URL map: the site's documents, tags and assets → a [`Resolver`],
//! what links, wikilinks and autolinks resolve against; and the resolution
//! of one link or wikilink written in a document.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3Builder;

use crate::config::{CONTENT_DIR, Config};
use crate::hash::{self, Key};
use crate::load::Asset;
use crate::markdown::{self, Resolved};
use crate::tag::{TagKind, TaggedDoc};
use crate::url;

use super::paths::{has_scheme, join_rel, percent_decode};
use super::site::{DocId, OwnPages, Term, page_paths};
use super::wikilink::{self, WikiIndex};

/// What links, wikilinks and autolinks resolve against: the site's URL
/// map, made again only when it changes.
pub(super) struct Resolver {
    base_path: String,
    rel_index: HashMap<String, DocId, Xxh3Builder>,
    drafts: HashSet<String>,
    paths: Vec<String>,
    known_paths: HashSet<String, Xxh3Builder>,
    assets: HashSet<String, Xxh3Builder>,
    /// URL path → document, for root-relative links.
    path_index: HashMap<String, DocId, Xxh3Builder>,
    pub(super) wiki: WikiIndex,
    /// URL path of each tag.
    term_paths: Vec<String>,
    pub(super) autolink: Option<crate::autolink::AutoLinker>,
    /// Hash of the names and URLs the auto-linker links (0 when off).
    pub(super) autolink_key: Key,
    pub(super) markdown: markdown::RenderOptions,
}

impl Resolver {
    pub(super) fn new(
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
        known_paths.extend(page_paths(
            paths.iter(),
            terms,
            own_pages(tagged, terms, config),
        ));
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
            hash::key_of(&linked)
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

/// Decides where `[[target#section]]` points (see [`wikilink`]).
pub(super) fn resolve_wikilink(dest: &str, ctx: &Resolver) -> Resolved {
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
pub(super) fn resolve_link(dest: &str, dir: &str, ctx: &Resolver) -> Resolved {
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

/// The pages about you a site of these documents and tags has.
pub(super) fn own_pages(tagged: &[&Arc<TaggedDoc>], terms: &[Term], config: &Config) -> OwnPages {
    let statuses = tagged.iter().any(|t| t.fields.status.is_some());
    OwnPages::of(config.profile.is_set(), statuses, terms)
}
