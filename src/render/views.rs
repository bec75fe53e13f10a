//! View structs: the documented template API. Templates receive these,
//! never the pipeline's internal types. Every URL here already carries the
//! site's base path.

use std::collections::BTreeMap;

use serde::Serialize;

/// `site`: the same on every page.
#[derive(Clone, Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    /// `base_url` with a trailing `/`.
    pub base_url: String,
    /// Path of the site root: `/` or `/research/`.
    pub base_path: String,
    pub language: String,
    /// URL of the stylesheet, with a content hash so browsers never keep a stale copy.
    pub stylesheet: String,
    /// URL of the favicon.
    pub favicon: String,
    /// URL of the site-wide Atom feed.
    pub feed_url: String,
    /// URL of the search page.
    pub search_url: String,
    /// URL of the search page's script, with a content hash.
    pub search_script: String,
    pub counts: Counts,
    /// The tag kinds, for navigation: companies, roles, skills, tags.
    pub kinds: Vec<KindLink>,
    /// `dossier X.Y.Z`.
    pub generator: String,
    /// `extra` of `dossier.yaml`.
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// How much the site holds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    pub documents: usize,
    pub companies: usize,
    pub roles: usize,
    pub skills: usize,
    pub tags: usize,
}

/// One tag kind in navigation.
#[derive(Clone, Debug, Serialize)]
pub struct KindLink {
    /// `company`, `role`, `skill`, `tag`.
    pub key: String,
    /// `Companies`, …
    pub label: String,
    pub url: String,
    pub count: usize,
}

/// `page`: what every page says about itself.
#[derive(Clone, Debug, Serialize)]
pub struct PageView {
    /// `home`, `document`, `term`, `list`, `search` or `404`.
    pub kind: String,
    pub title: String,
    /// Root-relative URL of this page.
    pub url: String,
    /// Absolute URL when `base_url` names a host, else the same as `url`.
    pub permalink: String,
    /// Meta description.
    pub description: String,
    /// Which navigation entry is current: a kind key, `home`, or empty.
    pub section: String,
}

/// A link to a tag, with its number of documents.
#[derive(Clone, Debug, Serialize)]
pub struct TagLink {
    pub name: String,
    pub url: String,
    pub count: usize,
    /// `count` as a share of the largest count in its list, 0–100 (for bars).
    pub percent: usize,
}

/// A link to a document, as listed on other pages.
#[derive(Clone, Debug, Serialize)]
pub struct DocLink {
    pub title: String,
    pub url: String,
    /// `2024-05-21`, or empty.
    pub date: String,
    /// `21 May 2024`, or empty.
    pub date_human: String,
    pub summary: String,
    /// First company and role, or empty.
    pub company: String,
    pub role: String,
}

/// Why a document carries a tag.
#[derive(Clone, Debug, Serialize)]
pub struct EvidenceView {
    /// `company`, `role`, `skill`, `tag`.
    pub kind: String,
    pub name: String,
    pub url: String,
    /// `front matter` or `text`.
    pub source: String,
    /// The passage that shows it (empty for front matter).
    pub quote: String,
    /// Line in the source file, or 0.
    pub line: u32,
}

/// `doc`: a document page.
#[derive(Clone, Debug, Serialize)]
pub struct DocView {
    pub title: String,
    pub url: String,
    /// Source path under `content/`.
    pub source: String,
    /// `markdown` or `text`.
    pub shape: String,
    pub date: String,
    pub date_human: String,
    pub updated: String,
    pub updated_human: String,
    pub summary: String,
    /// The body as HTML (already safe).
    pub content: String,
    pub words: usize,
    pub reading_minutes: usize,
    pub companies: Vec<TagLink>,
    pub roles: Vec<TagLink>,
    pub skills: Vec<TagLink>,
    pub tags: Vec<TagLink>,
    pub evidence: Vec<EvidenceView>,
    pub related: Vec<DocLink>,
    pub backlinks: Vec<DocLink>,
    pub draft: bool,
    /// Front-matter keys dossier does not know.
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Page links of a paginated listing.
#[derive(Clone, Debug, Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PageLink>,
}

/// One page of a paginated listing.
#[derive(Clone, Debug, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

/// `term`: a company, role, skill or tag page.
#[derive(Clone, Debug, Serialize)]
pub struct TermView {
    /// `company`, `role`, `skill`, `tag`.
    pub kind: String,
    /// `Company`, …
    pub kind_label: String,
    /// `Companies`, …
    pub kind_plural: String,
    /// URL of the kind's list page.
    pub list_url: String,
    pub name: String,
    pub slug: String,
    /// URL of the first page.
    pub url: String,
    /// Number of documents.
    pub count: usize,
    /// This page's documents, newest first.
    pub documents: Vec<DocLink>,
    pub pagination: Pagination,
    /// Companies of these documents (empty on company pages).
    pub companies: Vec<TagLink>,
    /// Roles of these documents (empty on role pages).
    pub roles: Vec<TagLink>,
    /// Skill profile; on skill pages, the skills asked together with this one.
    pub skills: Vec<TagLink>,
    /// URL of this tag's Atom feed.
    pub feed_url: String,
}

/// `list`: every tag of one kind.
#[derive(Clone, Debug, Serialize)]
pub struct ListView {
    pub kind: String,
    pub kind_label: String,
    pub kind_plural: String,
    pub url: String,
    /// Tags, by name.
    pub terms: Vec<TagLink>,
}

/// `home`: the front page.
#[derive(Clone, Debug, Serialize)]
pub struct HomeView {
    /// Newest documents.
    pub recent: Vec<DocLink>,
    /// The most frequent tags of each kind, most documents first.
    pub companies: Vec<TagLink>,
    pub roles: Vec<TagLink>,
    pub skills: Vec<TagLink>,
}

/// `search`: the search page. The results are made in the browser by
/// `search.js` from `index_url`; the tag lists are what the page shows
/// without script.
#[derive(Clone, Debug, Serialize)]
pub struct SearchView {
    /// URL of `search-index.json`.
    pub index_url: String,
    /// The most frequent tags of each kind, most documents first.
    pub companies: Vec<TagLink>,
    pub roles: Vec<TagLink>,
    pub skills: Vec<TagLink>,
}
