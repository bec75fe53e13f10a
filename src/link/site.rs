//! The linked site's model: the [`Site`], its documents ([`Doc`]) and tags
//! ([`Term`]) with the ids between them, each tag's roll-up, and the order
//! of listings. Linking makes it; rendering, `check` and `tags` read it.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use crate::hash::Key;
use crate::load::{Asset, DocKind};
use crate::markdown::Heading;
use crate::parse::DocDate;
use crate::tag::{Evidence, TagKind, TaggedDoc};

/// Index of a document in [`Site::docs`].
pub type DocId = usize;

/// Index of a tag in [`Site::terms`].
pub type TermId = usize;

/// The whole site, ready to render.
#[derive(Debug, Default)]
pub struct Site {
    /// Documents, sorted by source path. A document unchanged since the
    /// last build of a preview is the same `Arc`.
    pub docs: Vec<Arc<Doc>>,
    /// Tags of every kind, sorted by kind then name.
    pub terms: Vec<Term>,
    /// Tag ids of each kind (indexed by [`TagKind::index`]), sorted by name.
    pub by_kind: [Vec<TermId>; TagKind::COUNT],
    /// Non-document files of `content/`, copied as they are.
    pub assets: Vec<Asset>,
    /// Every document, newest first (then by title, then by id): the order
    /// of every listing.
    pub order: Vec<DocId>,
    /// Each tag's roll-up of companies, roles and skills (see [`Rollup`]).
    pub rollups: Vec<Rollup>,
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
    pub summary: Arc<str>,
    /// Body as HTML.
    pub html: Arc<str>,
    /// Hash of `html`.
    pub html_key: Key,
    pub words: usize,
    pub headings: Arc<[Heading]>,
    /// Tags by kind, as tag ids; [`Doc::tagged`] gives each with its evidence.
    pub tags: [Vec<TermId>; TagKind::COUNT],
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
    /// A skill's vocabulary category ("Languages"), when the vocabulary
    /// knows the skill.
    pub category: Option<Arc<str>>,
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
pub(super) fn page_paths<'a>(
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

pub(super) type DocTerms = [Vec<TermId>; TagKind::COUNT];

/// The kinds a [`Rollup`] counts, in its order.
pub(super) const ROLLUP_KINDS: [TagKind; 4] = [
    TagKind::Company,
    TagKind::Role,
    TagKind::Level,
    TagKind::Skill,
];

/// For one tag, the companies, roles, levels and skills of its documents with their
/// counts, most frequent first (ties by name), at most [`ROLLUP_TOP`] each;
/// the tag itself is not counted.
pub type Rollup = [Vec<(TermId, usize)>; 4];

/// How many tags of each kind a roll-up keeps.
pub const ROLLUP_TOP: usize = 20;

/// Order of listings: newest first, undated last, then by title.
pub fn newest_first(a: &Doc, b: &Doc) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then_with(|| a.title.cmp(&b.title))
}
