//! Wikilinks: the target of `[[…]]` in Markdown → a document or a tag.
//!
//! `[[TARGET]]`, `[[TARGET|label]]` and `[[TARGET#section]]`. TARGET is
//! looked up in this order, the first that matches wins:
//! 1. a document by its path under `content/`, with or without extension,
//!    compared as URLs are (`[[notes/Acme call]]`, `[[notes/acme-call.md]]`);
//! 2. a document by its title, ignoring case and spacing; two documents with
//!    that title are an error (link by path instead);
//! 3. a tag by its name, ignoring case and punctuation as tag URLs do; a
//!    name that is a tag of several kinds goes to the company, else the
//!    role, else the skill, else the free tag.
//!
//! Anything else is unresolved, an error reported with file and line.

use std::collections::HashMap;

use super::site::{DocId, TermId};
use crate::tag::TagKind;
use crate::url;

/// Where a wikilink points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Doc(DocId),
    Term(TermId),
}

/// What a wikilink can name: documents by path and title, tags by name.
#[derive(Debug, Default)]
pub struct WikiIndex {
    by_path: HashMap<String, DocId>,
    by_title: HashMap<String, Vec<DocId>>,
    by_tag: HashMap<String, TermId>,
    sources: Vec<String>,
}

/// A document as the index needs it.
pub struct DocEntry<'a> {
    /// Source path under `content/`.
    pub rel: &'a str,
    /// Its URL path (`notes/acme-call/`).
    pub path: &'a str,
    pub title: &'a str,
}

impl WikiIndex {
    /// Indexes documents (ids are positions in `docs`) and tags (`(kind,
    /// slug)` by id).
    pub fn new<'a>(
        docs: impl IntoIterator<Item = DocEntry<'a>>,
        tags: impl IntoIterator<Item = (TermId, TagKind, &'a str)>,
    ) -> WikiIndex {
        let mut index = WikiIndex::default();
        for (id, doc) in docs.into_iter().enumerate() {
            index.by_path.insert(url::doc_path(doc.rel, None), id);
            index.by_path.entry(doc.path.to_string()).or_insert(id);
            index
                .by_title
                .entry(title_key(doc.title))
                .or_default()
                .push(id);
            index.sources.push(doc.rel.to_string());
        }
        let mut tags: Vec<(TermId, TagKind, &str)> = tags.into_iter().collect();
        tags.sort_by_key(|(id, kind, _)| (*kind, *id));
        for (id, _, slug) in tags {
            index.by_tag.entry(slug.to_string()).or_insert(id);
        }
        index
    }

    /// The documents whose title has this [`title_key`], in id order.
    pub fn titled(&self, key: &str) -> &[DocId] {
        self.by_title.get(key).map_or(&[], Vec::as_slice)
    }

    /// Document `id`, titled `from` (a [`title_key`]), is now titled `to`.
    pub fn retitle(&mut self, id: DocId, from: &str, to: String) {
        if let Some(ids) = self.by_title.get_mut(from) {
            ids.retain(|&d| d != id);
            if ids.is_empty() {
                self.by_title.remove(from);
            }
        }
        let ids = self.by_title.entry(to).or_default();
        let at = ids.partition_point(|&d| d < id);
        ids.insert(at, id);
    }

    /// Resolves the target of a wikilink (without `#section`); the error
    /// says why nothing matched.
    pub fn resolve(&self, target: &str) -> Result<Target, String> {
        let target = target.trim();
        let as_path = target.trim_start_matches('/');
        if !as_path.is_empty() {
            let with_ext = if crate::load::doc_kind(as_path).is_some() {
                as_path.to_string()
            } else {
                format!("{as_path}.md")
            };
            if let Some(&id) = self.by_path.get(&url::doc_path(&with_ext, None)) {
                return Ok(Target::Doc(id));
            }
        }
        if let Some(ids) = self.by_title.get(&title_key(target)) {
            return match ids.as_slice() {
                [id] => Ok(Target::Doc(*id)),
                _ => Err(format!(
                    "{} documents have this title ({}); link to one by its path",
                    ids.len(),
                    ids.iter()
                        .map(|&id| format!("content/{}", self.sources[id]))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            };
        }
        let slug = url::slugify(target);
        if let Some(&id) = self.by_tag.get(&slug) {
            return Ok(Target::Term(id));
        }
        Err(format!("no document or tag is called `{target}`"))
    }
}

/// Titles compare without case and with spaces collapsed.
pub fn title_key(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Splits `target#section` into the target and the section's anchor id
/// (slugged as heading ids are).
pub fn split_section(dest: &str) -> (&str, Option<String>) {
    match dest.split_once('#') {
        Some((target, section)) => (
            target,
            Some(url::slugify(section)).filter(|s| !s.is_empty()),
        ),
        None => (dest, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> WikiIndex {
        let docs = [
            ("notes/Acme call.md", "notes/acme-call/", "Call with Acme"),
            (
                "jobs/tiktok.txt",
                "jobs/tiktok-backend/",
                "Backend at TikTok",
            ),
            ("jobs/a.md", "jobs/a/", "Same title"),
            ("jobs/b.md", "jobs/b/", "Same Title"),
            ("go.md", "go/", "Go notes"),
        ];
        let tags = [
            (0, TagKind::Company, "tiktok"),
            (1, TagKind::Skill, "go"),
            (2, TagKind::Tag, "go"),
            (3, TagKind::Skill, "c-plus-plus"),
        ];
        WikiIndex::new(
            docs.iter()
                .map(|(rel, path, title)| DocEntry { rel, path, title }),
            tags,
        )
    }

    #[test]
    fn targets_resolve_in_the_documented_order() {
        let index = index();
        for (target, want) in [
            ("notes/Acme call", Ok(Target::Doc(0))),
            ("notes/acme-call.md", Ok(Target::Doc(0))),
            ("/notes/acme-call", Ok(Target::Doc(0))),
            ("jobs/tiktok.txt", Ok(Target::Doc(1))),
            ("jobs/tiktok-backend", Ok(Target::Doc(1))),
            ("call  with ACME", Ok(Target::Doc(0))),
            ("TikTok", Ok(Target::Term(0))),
            ("tiktok", Ok(Target::Term(0))),
            ("C++", Ok(Target::Term(3))),
            // A document path wins over a tag; a skill over a free tag.
            ("go", Ok(Target::Doc(4))),
            ("Go notes", Ok(Target::Doc(4))),
        ] {
            assert_eq!(index.resolve(target), want, "target: {target:?}");
        }
        let no_doc = WikiIndex::new(
            std::iter::empty(),
            [(1, TagKind::Tag, "go"), (2, TagKind::Skill, "go")],
        );
        assert_eq!(no_doc.resolve("Go"), Ok(Target::Term(2)));
    }

    #[test]
    fn unknown_and_ambiguous_targets_are_errors() {
        let index = index();
        assert_eq!(
            index.resolve("Nowhere"),
            Err("no document or tag is called `Nowhere`".to_string())
        );
        let err = index.resolve("same title").unwrap_err();
        assert!(
            err.starts_with("2 documents have this title (content/jobs/a.md, content/jobs/b.md)"),
            "{err}"
        );
    }

    #[test]
    fn sections_are_slugged() {
        assert_eq!(
            split_section("Doc#Open Questions"),
            ("Doc", Some("open-questions".to_string()))
        );
        assert_eq!(split_section("Doc"), ("Doc", None));
    }
}
