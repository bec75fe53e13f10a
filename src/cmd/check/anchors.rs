//! Links to anchors: `other.md#section`, `#section`, `/skills/go/#x` and
//! `[[Other#Section]]` in Markdown documents → an error for each whose
//! `#fragment` names no id on the page it leads to.
//!
//! A document's ids are its headings' first; other ids of its page (and
//! of tag pages) are read from the rendered HTML.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, LinkType, Parser, Tag};

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::link::wikilink::{self, WikiIndex};
use crate::link::{self, DocId, Site};
use crate::load::DocKind;
use crate::tag::TaggedDoc;
use crate::url;

/// How many ids a help message lists before `…`.
const SHOWN_IDS: usize = 8;

/// A link with a `#fragment` in a Markdown document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FragmentLink {
    /// The document the link is in.
    pub from: DocId,
    /// Line of the file.
    pub line: u32,
    /// The destination as written.
    pub dest: String,
    pub wiki: bool,
    pub target: Target,
    /// The id it must find, without `#`.
    pub fragment: String,
}

/// The page a link leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Doc(DocId),
    /// Another page of the site, by output file (`skills/go/index.html`).
    Page(String),
}

/// Every link with a fragment in the site's Markdown documents, whose page
/// exists. Links to nothing are left out: the build reports them.
pub fn fragment_links(site: &Site, sources: &HashMap<&str, &TaggedDoc>) -> Vec<FragmentLink> {
    let wiki = WikiIndex::new(
        site.docs.iter().map(|d| wikilink::DocEntry {
            rel: &d.rel,
            path: &d.path,
            title: &d.title,
        }),
        site.terms
            .iter()
            .enumerate()
            .map(|(id, t)| (id, t.kind, t.slug.as_str())),
    );
    let by_rel: HashMap<&str, DocId> = site
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.rel.as_str(), i))
        .collect();
    let by_path: HashMap<&str, DocId> = site
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.path.as_str(), i))
        .collect();
    let mut links = Vec::new();
    for (from, doc) in site.docs.iter().enumerate() {
        let Some(source) = sources.get(doc.rel.as_str()) else {
            continue;
        };
        if doc.kind != DocKind::Markdown {
            continue;
        }
        let text = &source.text();
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let dir = link::dir_of(&doc.rel);
        for (event, range) in
            Parser::new_ext(text, crate::markdown::parser_options()).into_offset_iter()
        {
            let Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) = event
            else {
                continue;
            };
            let wiki_link = matches!(link_type, LinkType::WikiLink { .. });
            let found = if wiki_link {
                wiki_target(&wiki, site, &dest_url)
            } else {
                link_target(&dest_url, dir, from, &by_rel, &by_path)
            };
            if let Some((target, fragment)) = found {
                let line = line_starts.partition_point(|&s| s <= range.start) as u32;
                links.push(FragmentLink {
                    from,
                    line: source.doc.body_line + line - 1,
                    dest: dest_url.to_string(),
                    wiki: wiki_link,
                    target,
                    fragment,
                });
            }
        }
    }
    links
}

/// Where `[[Target#Section]]` leads, when it has a section and resolves.
fn wiki_target(wiki: &WikiIndex, site: &Site, dest: &str) -> Option<(Target, String)> {
    let (target, section) = wikilink::split_section(dest);
    let section = section?;
    match wiki.resolve(target).ok()? {
        wikilink::Target::Doc(id) => Some((Target::Doc(id), section)),
        wikilink::Target::Term(id) => Some((
            Target::Page(url::output_file(&site.terms[id].path)),
            section,
        )),
    }
}

/// Where a Markdown link with a fragment leads, resolved as the build
/// resolves it (relative to the document's folder, or `/` for a page URL).
fn link_target(
    dest: &str,
    dir: &str,
    from: DocId,
    by_rel: &HashMap<&str, DocId>,
    by_path: &HashMap<&str, DocId>,
) -> Option<(Target, String)> {
    let dest = dest.trim();
    let (path, fragment) = dest.split_once('#')?;
    let fragment = link::percent_decode(fragment);
    if fragment.is_empty() || dest.starts_with("//") || link::has_scheme(dest) {
        return None;
    }
    let path = path.split('?').next().unwrap_or("");
    if path.is_empty() {
        return Some((Target::Doc(from), fragment));
    }
    let decoded = link::percent_decode(path);
    if let Some(site_path) = decoded.strip_prefix('/') {
        let as_dir = url::page_dir(site_path);
        return Some(match by_path.get(as_dir.as_str()) {
            Some(&id) => (Target::Doc(id), fragment),
            None => (Target::Page(url::output_file(&as_dir)), fragment),
        });
    }
    let rel = link::join_rel(dir, &decoded)?;
    let id = *by_rel.get(rel.as_str())?;
    Some((Target::Doc(id), fragment))
}

/// The output file whose ids `check` needs to read for this link: none
/// when a heading of the target document has the id.
pub fn page_to_scan(site: &Site, link: &FragmentLink) -> Option<String> {
    match &link.target {
        Target::Doc(id) => {
            let doc = &site.docs[*id];
            (!doc.headings.iter().any(|h| h.id == link.fragment))
                .then(|| url::output_file(&doc.path))
        }
        Target::Page(file) => Some(file.clone()),
    }
}

/// Every `id="…"` of an HTML page.
pub fn ids_in(html: &[u8]) -> HashSet<String> {
    let text = String::from_utf8_lossy(html);
    let mut ids = HashSet::new();
    let mut rest = text.as_ref();
    while let Some(at) = rest.find(" id=\"") {
        rest = &rest[at + 5..];
        let end = rest.find('"').unwrap_or(rest.len());
        ids.insert(unescape(&rest[..end]));
        rest = &rest[end..];
    }
    ids
}

/// Undoes the escaping of an HTML attribute value.
fn unescape(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// An error for every link whose fragment is not an id of its page. Pages
/// that were not rendered (after a template error) are not judged.
pub fn check(
    site: &Site,
    links: &[FragmentLink],
    ids: &HashMap<String, HashSet<String>>,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for link in links {
        let Some(file) = page_to_scan(site, link) else {
            continue;
        };
        let Some(page_ids) = ids.get(&file) else {
            continue;
        };
        if page_ids.contains(&link.fragment) {
            continue;
        }
        let from = &site.docs[link.from];
        let (page, headings): (String, Vec<&str>) = match &link.target {
            Target::Doc(id) if *id == link.from => (
                "this document".to_string(),
                from.headings.iter().map(|h| h.id.as_str()).collect(),
            ),
            Target::Doc(id) => {
                let doc = &site.docs[*id];
                (
                    format!("{CONTENT_DIR}/{}", doc.rel),
                    doc.headings.iter().map(|h| h.id.as_str()).collect(),
                )
            }
            Target::Page(_) => (
                format!("the page /{}", file.trim_end_matches("index.html")),
                Vec::new(),
            ),
        };
        let what = if link.wiki {
            format!("wikilink [[{}]]", link.dest)
        } else {
            format!("link to `{}`", link.dest)
        };
        let help = if headings.is_empty() {
            format!(
                "link to the page without `#{}`, or to an id it has",
                link.fragment
            )
        } else {
            let mut shown: Vec<String> = headings
                .iter()
                .take(SHOWN_IDS)
                .map(|id| format!("#{id}"))
                .collect();
            if headings.len() > SHOWN_IDS {
                shown.push("…".to_string());
            }
            format!("its headings' anchors are {}", shown.join(", "))
        };
        diags.push(
            Diagnostic::error(
                format!("{CONTENT_DIR}/{}", from.rel),
                format!("{what}: {page} has no heading or id `{}`", link.fragment),
            )
            .at_line(link.line)
            .with_help(help),
        );
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_from_html() {
        let html =
            br#"<h2 id="why-go">Why</h2><div class="x" id="a&amp;b"></div><p>id="not-an-attr"</p>"#;
        let ids = ids_in(html);
        for (id, want) in [("why-go", true), ("a&b", true), ("not-an-attr", false)] {
            assert_eq!(ids.contains(id), want, "id: {id:?}");
        }
    }

    #[test]
    fn link_targets_resolve_like_the_build() {
        let by_rel: HashMap<&str, DocId> = [("notes/a.md", 0), ("jobs/b.txt", 1)].into();
        let by_path: HashMap<&str, DocId> = [("notes/a/", 0), ("jobs/b/", 1)].into();
        let doc = |id| Some((Target::Doc(id), "x".to_string()));
        for (dest, want) in [
            ("#x", doc(0)),
            ("../jobs/b.txt#x", doc(1)),
            ("a.md#x", doc(0)),
            ("/jobs/b/#x", doc(1)),
            ("/jobs/b#x", doc(1)),
            (
                "/skills/go/#x",
                Some((Target::Page("skills/go/index.html".into()), "x".into())),
            ),
            ("a.md", None),
            ("a.md#", None),
            ("https://example.com/#x", None),
            ("missing.md#x", None),
        ] {
            assert_eq!(
                link_target(dest, "notes", 0, &by_rel, &by_path),
                want,
                "dest: {dest:?}"
            );
        }
    }
}
