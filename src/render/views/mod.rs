//! View structs: the documented template API. Templates receive these,
//! never the pipeline's internal types. Every URL here already carries the
//! site's base path.
//!
//! Page views borrow from the site and hash cheaply, so that `serve` can
//! tell whether a page would change without rendering it.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

use crate::hash::Key;
use crate::packed::PackedText;

mod links;
mod standing;

pub use links::{DocLink, LinkValues, TagLink, TagRef};
pub use standing::{
    ApplicationView, CompareOption, CompareView, MatchView, PipelineView, ProfileSkillView,
    ProfileView, RankedView, RoleStandingView, SkillDemandView, StatusGroupView,
};

/// A value that serializes as itself and hashes as a precomputed key (for
/// large or unhashable values: a body's HTML, front-matter `extra`).
#[derive(Debug)]
pub struct Keyed<'a, T: ?Sized> {
    pub value: &'a T,
    pub key: Key,
}

impl<T: ?Sized> Clone for Keyed<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Keyed<'_, T> {}

impl<T: Serialize + ?Sized> Serialize for Keyed<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: ?Sized> Hash for Keyed<'_, T> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u128(self.key);
    }
}

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
    /// URL of the stylesheet.
    pub stylesheet: String,
    /// URL of the favicon.
    pub favicon: String,
    /// URL of the site-wide Atom feed.
    pub feed_url: String,
    /// URL of the search page.
    pub search_url: String,
    /// URL of the search page's script, with a content hash.
    pub search_script: String,
    /// URL of the script that gives a document's headings a link to
    /// themselves (the page holds the ids only).
    pub anchor_script: String,
    /// URL of `/profile/`, or empty when `dossier.yaml` has no profile.
    pub profile_url: String,
    /// URL of `/pipeline/`, or empty when no document has a status.
    pub pipeline_url: String,
    /// URL of `/compare/`, or empty with fewer than two companies and two roles.
    pub compare_url: String,
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
    pub levels: usize,
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
#[derive(Clone, Debug, Serialize, Hash)]
pub struct PageView<'a> {
    /// `home`, `document`, `term`, `list`, `search` or `404`.
    pub kind: &'static str,
    pub title: Cow<'a, str>,
    /// Root-relative URL of this page.
    pub url: Cow<'a, str>,
    /// Absolute URL when `base_url` names a host, else the same as `url`.
    pub permalink: Cow<'a, str>,
    /// Meta description.
    pub description: Cow<'a, str>,
    /// Which navigation entry is current: a kind key, `home`, or empty.
    pub section: &'static str,
}

/// A soft skill the text shows, with the passage that shows it.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct SoftSkillView<'a> {
    pub name: &'a str,
    pub quote: &'a str,
    /// File line of the passage.
    pub line: u32,
}

/// Why a document carries a tag.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct EvidenceView<'a> {
    /// `company`, `role`, `skill`, `tag`.
    pub kind: &'static str,
    pub name: &'a str,
    pub url: &'a str,
    /// `front matter` or `text`.
    pub source: &'static str,
    /// The passage that shows it (empty for front matter).
    pub quote: &'a str,
    /// Line in the source file, or 0.
    pub line: u32,
    /// Hash of the tag's name and URL, made once per build.
    #[serde(skip)]
    pub key: Key,
    /// The tag's link as a template value (see [`TagRef`]).
    #[serde(skip)]
    pub value: Option<&'a tera::Value>,
}

impl Hash for EvidenceView<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        (self.kind, self.key, self.source, self.quote, self.line).hash(h);
    }
}

/// A field of a document as its page shows it.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct FieldView {
    /// `location`, `remote`, `salary`, `employment`, `posted`, `url`,
    /// `status`, `applied`, `deadline`.
    pub key: &'static str,
    /// `Salary`, …
    pub label: &'static str,
    /// `€85,000–€105,000 a year`, `Hybrid`, `3 May 2025`, an address.
    pub text: String,
    /// `2025-05-03` for dates, else empty.
    pub date: String,
    /// For `url`, the address (and `text` is its host); else empty.
    pub href: String,
    /// `front matter` or `text`.
    pub source: &'static str,
    /// The passage it was found in (empty for front matter).
    pub quote: String,
    /// Line in the source file, or 0.
    pub line: u32,
}

/// A front-matter key dossier does not know, with its value as text.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct DetailView {
    pub key: String,
    /// Text as written; a list joined with `, `; other values as JSON.
    pub value: String,
}

/// One passage (or front-matter line) and the tags it gave a document:
/// the evidence grouped by where it was found.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct ReasonView<'a> {
    /// `front matter` or `text`.
    pub source: &'static str,
    /// The passage (empty for front matter).
    pub quote: Cow<'a, str>,
    /// Line in the source file, or 0.
    pub line: u32,
    /// The tags it gave, in the order of `evidence`.
    pub tags: Vec<TagRef<'a>>,
}

/// `doc`: a document page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct DocView<'a> {
    pub title: &'a str,
    pub url: &'a str,
    /// Source path under `content/`.
    pub source: &'a str,
    /// `markdown` or `text`.
    pub shape: &'static str,
    pub date: &'a str,
    pub date_human: &'a str,
    pub updated: String,
    pub updated_human: String,
    pub summary: &'a str,
    /// The body as HTML (already safe).
    pub content: Keyed<'a, PackedText>,
    pub words: usize,
    pub reading_minutes: usize,
    pub companies: Vec<TagRef<'a>>,
    pub roles: Vec<TagRef<'a>>,
    pub levels: Vec<TagRef<'a>>,
    pub skills: Vec<TagRef<'a>>,
    pub tags: Vec<TagRef<'a>>,
    pub evidence: Vec<EvidenceView<'a>>,
    /// The same evidence grouped by passage.
    pub reasons: Vec<ReasonView<'a>>,
    /// Soft skills the text shows ("Communication"), when they are not
    /// tagged as skills (`skills: {soft: true}`): each with its quote.
    pub soft_skills: Vec<SoftSkillView<'a>>,
    pub related: Vec<DocLink<'a>>,
    pub backlinks: Vec<DocLink<'a>>,
    pub draft: bool,
    /// Front-matter keys dossier does not know.
    pub extra: Keyed<'a, BTreeMap<String, serde_json::Value>>,
    /// The same keys with their values as text, in key order, for the
    /// page's details table.
    pub details: Vec<DetailView>,
    /// Facts of the posting: location, remote, salary, employment,
    /// posted, url (each when known).
    pub fields: Vec<FieldView>,
    /// The author's application: status, applied, deadline (each when known).
    pub application: Vec<FieldView>,
    /// The status key (`applied`, …), or empty.
    pub status: &'static str,
    /// Where you stand against this posting, with a profile.
    pub standing: Option<MatchView<'a>>,
}

/// Page links of a paginated listing.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// The first and last pages and the two on each side of the current
    /// one, in order, with a gap entry where pages are left out.
    pub pages: Vec<PageLink>,
}

/// One entry of a pager: a page, or a gap (`gap` true, no number).
#[derive(Clone, Debug, Serialize, Hash)]
pub struct PageLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    pub gap: bool,
}

/// `term`: a company, role, skill or tag page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct TermView<'a> {
    /// `company`, `role`, `skill`, `tag`.
    pub kind: &'static str,
    /// `Company`, …
    pub kind_label: &'static str,
    /// `Companies`, …
    pub kind_plural: &'static str,
    /// URL of the kind's list page.
    pub list_url: String,
    pub name: &'a str,
    pub slug: &'a str,
    /// URL of the first page.
    pub url: &'a str,
    /// Number of documents.
    pub count: usize,
    /// This page's documents, newest first.
    pub documents: Vec<DocLink<'a>>,
    pub pagination: Pagination,
    /// The most frequent companies of these documents (empty on company
    /// pages and on pages after the first), at most ten.
    pub companies: Vec<TagLink<'a>>,
    /// The most frequent roles of these documents (empty on role pages).
    pub roles: Vec<TagLink<'a>>,
    /// The levels of its documents (on its first page).
    pub levels: Vec<TagLink<'a>>,
    /// Skill profile; on skill pages, the skills asked together with this one.
    pub skills: Vec<TagLink<'a>>,
    /// One of the roll-ups above lists only the most frequent of more.
    pub rollups_cut: bool,
    /// The search page narrowed to this tag (`/search/?skill=go`), whose
    /// filters count every company, role, level and skill of its documents.
    pub search_url: String,
    /// `skills` differ in their counts, so a bar chart says something;
    /// when every skill has the same count (a company with one posting)
    /// they are shown as a plain list.
    pub skills_chart: bool,
    /// URL of this tag's Atom feed.
    pub feed_url: String,
    /// On a company or role page: the compare page with this tag and its
    /// most similar peer, and the peer's name; else empty.
    pub compare_url: String,
    pub compare_with: &'a str,
}

/// `list`: every tag of one kind.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct ListView<'a> {
    pub kind: &'static str,
    pub kind_label: &'static str,
    pub kind_plural: &'static str,
    pub url: String,
    /// Tags, by name.
    pub terms: Vec<TagLink<'a>>,
    /// Skills only: the same tags by vocabulary category, the category
    /// asked for most first, each category's skills most documents first
    /// (skills the vocabulary does not know are under "Other").
    pub groups: Vec<TagGroup<'a>>,
}

/// Tags of one category.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct TagGroup<'a> {
    pub name: &'a str,
    pub terms: Vec<TagLink<'a>>,
}

/// `home`: the front page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct HomeView<'a> {
    /// The first documents of the site's order: the newest when `dated`.
    pub recent: Vec<DocLink<'a>>,
    /// Some document has a date, so `recent` is newest first; else it is
    /// in title order.
    pub dated: bool,
    /// The most frequent tags of each kind, most documents first (ties:
    /// the tag of the newest document first when `dated`, else by name).
    pub companies: Vec<TagLink<'a>>,
    pub roles: Vec<TagLink<'a>>,
    pub levels: Vec<TagLink<'a>>,
    pub skills: Vec<TagLink<'a>>,
    /// For each kind, `true` when no tag of it has more than one document:
    /// its list is then not a ranking, and shows no counts.
    pub flat: HomeFlat,
}

/// Which of the home page's tag lists have one document per tag.
#[derive(Clone, Copy, Debug, Default, Serialize, Hash)]
pub struct HomeFlat {
    pub companies: bool,
    pub roles: bool,
    pub levels: bool,
    pub skills: bool,
}

/// `search`: the search page. The results are made in the browser by
/// `search.js` from `index_url`; the tag lists are what the page shows
/// without script.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct SearchView<'a> {
    /// URL of `search-index.json`.
    pub index_url: String,
    /// The most frequent tags of each kind, most documents first.
    pub companies: Vec<TagLink<'a>>,
    pub roles: Vec<TagLink<'a>>,
    pub skills: Vec<TagLink<'a>>,
}
