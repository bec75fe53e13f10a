//! The linked site's model: the [`Site`], its documents ([`Doc`]) and tags
//! ([`Term`]) with the ids between them, each tag's roll-up, and the order
//! of listings. Linking makes it; rendering, `check` and `tags` read it.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use crate::hash::Key;
use crate::load::{Asset, DocKind};
use crate::markdown::Heading;
use crate::packed::PackedText;
use crate::parse::DocDate;
use crate::tag::{Evidence, TagKind, TaggedDoc};

pub use super::ids::{DocId, TermId};

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
    pub rollups: Arc<Vec<Rollup>>,
    /// Each company's and role's most similar other one of its kind, to
    /// compare with (see [`peers`](super::peers)).
    pub peers: Arc<Vec<Option<TermId>>>,
    /// Where you stand against the postings, with a profile in the config
    /// (see [`standing`](super::standing())).
    pub standing: Option<super::standing::model::Standing>,
    /// Which pages about you and your search the site has.
    pub own: OwnPages,
}

/// The pages beyond documents and tags that a site has only when it has
/// something to show on them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OwnPages {
    /// `/profile/`: `dossier.yaml` has a profile.
    pub profile: bool,
    /// `/pipeline/`: some document has an application status.
    pub pipeline: bool,
    /// `/compare/`: there are two companies or two roles to compare.
    pub compare: bool,
}

impl OwnPages {
    /// The pages of a site with a profile or not, statuses or not, and these tags.
    pub fn of(profile: bool, statuses: bool, terms: &[Term]) -> OwnPages {
        let count = |kind: TagKind| terms.iter().filter(|t| t.kind == kind).count();
        OwnPages {
            profile,
            pipeline: statuses,
            compare: count(TagKind::Company) >= 2 || count(TagKind::Role) >= 2,
        }
    }

    /// Their URL paths.
    pub fn paths(self) -> impl Iterator<Item = &'static str> {
        [
            (self.profile, "profile/"),
            (self.pipeline, "pipeline/"),
            (self.compare, "compare/"),
        ]
        .into_iter()
        .filter_map(|(on, path)| on.then_some(path))
    }
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
    /// What lists add to the title, where another document has the same
    /// one (see [`super::qualify`]).
    pub qualifier: Option<Arc<str>>,
    pub date: Option<DocDate>,
    pub updated: Option<DocDate>,
    /// Front-matter summary, or the body's first sentence on (see
    /// [`crate::parse::lines::Summary`]).
    pub summary: Arc<str>,
    /// Body as HTML, kept compressed: a site's bodies are as large as its
    /// sources, and each is read once per render of its page.
    pub html: PackedText,
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
    /// above but its qualifier, its headings, its tag ids and the documents it links to,
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
    /// The title as search results and feeds list it: with its qualifier,
    /// if any, in brackets ("AI Engineer at PepsiCo (analysis)").
    pub fn listed_title(&self) -> String {
        match &self.qualifier {
            Some(q) => format!("{} ({q})", self.title),
            None => self.title.clone(),
        }
    }

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
        page_paths(self.docs.iter().map(|d| &d.path), &self.terms, self.own).collect()
    }
}

/// The URL path of every page: the documents at `doc_paths`, the tag
/// pages, the kind lists, home, search and the site's `own` pages.
pub(super) fn page_paths<'a>(
    doc_paths: impl Iterator<Item = &'a String> + 'a,
    terms: &'a [Term],
    own: OwnPages,
) -> impl Iterator<Item = String> + 'a {
    let own = TagKind::ALL
        .iter()
        .map(|k| format!("{}/", k.plural_key()))
        .chain([String::new(), "search/".to_string()])
        .chain(own.paths().map(String::from));
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
