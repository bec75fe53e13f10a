//! Tagging: [`ParsedDoc`] → [`TaggedDoc`]: company, role, skill and free
//! tags, each with the evidence for it.
//!
//! What the author wrote in front matter wins, kind by kind; extraction from
//! the text fills the kinds the author left empty. Names are made canonical
//! by the vocabulary here (`golang` → `Go`); merging spellings across
//! documents (`Tiktok` / `TikTok`) happens when the site is linked.

mod evidence;
pub mod extract;
pub mod fields;
pub mod title;
pub mod vocab;

use std::sync::Mutex;

use serde::Serialize;

use crate::packed::PackedText;
use crate::parse::ParsedDoc;
use crate::url::slugify;
pub use evidence::{Evidence, LineStarts, Mention, quote, text_evidence};
pub use extract::layout::SectionKind;
use fields::{FieldError, Fields, Source};
use vocab::Vocab;

/// The kinds of tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TagKind {
    Company,
    /// The job without its seniority ("Software Engineer").
    Role,
    /// The seniority of the job ("Senior", "II").
    Level,
    /// A hard skill (technology, tool, language, method, practice, domain).
    Skill,
    Tag,
}

impl TagKind {
    /// How many kinds there are.
    pub const COUNT: usize = 5;

    /// Every kind, in display order.
    pub const ALL: [TagKind; TagKind::COUNT] = [
        TagKind::Company,
        TagKind::Role,
        TagKind::Level,
        TagKind::Skill,
        TagKind::Tag,
    ];

    /// `company`, `role`, `level`, `skill`, `tag`: the key in JSON and templates.
    pub fn key(self) -> &'static str {
        match self {
            TagKind::Company => "company",
            TagKind::Role => "role",
            TagKind::Level => "level",
            TagKind::Skill => "skill",
            TagKind::Tag => "tag",
        }
    }

    /// `companies`, …: the URL folder of the kind.
    pub fn plural_key(self) -> &'static str {
        match self {
            TagKind::Company => "companies",
            TagKind::Role => "roles",
            TagKind::Level => "levels",
            TagKind::Skill => "skills",
            TagKind::Tag => "tags",
        }
    }

    /// `Company`, …: the kind as a heading.
    pub fn label(self) -> &'static str {
        match self {
            TagKind::Company => "Company",
            TagKind::Role => "Role",
            TagKind::Level => "Level",
            TagKind::Skill => "Skill",
            TagKind::Tag => "Tag",
        }
    }

    /// `Companies`, …: the kind's list page title.
    pub fn plural_label(self) -> &'static str {
        match self {
            TagKind::Company => "Companies",
            TagKind::Role => "Roles",
            TagKind::Level => "Levels",
            TagKind::Skill => "Skills",
            TagKind::Tag => "Tags",
        }
    }

    /// Index of the kind in [`TagKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One tag of one document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Tag {
    pub name: String,
    /// `slugify(name)`: the tag's identity across documents.
    pub slug: String,
    pub evidence: Evidence,
    /// The part of the text that gives the tag the most weight (a skill
    /// under "Requirements" is asked for, under "Nice to have" it is
    /// not); `Other` for front matter.
    pub section: SectionKind,
    /// A skill's vocabulary category ("Languages", "Databases").
    pub category: Option<std::sync::Arc<str>>,
}

impl Tag {
    /// A tag named `name`, with its slug.
    pub fn new(name: String, evidence: Evidence) -> Tag {
        Tag {
            slug: slugify(&name),
            name,
            evidence,
            section: SectionKind::Other,
            category: None,
        }
    }

    /// `false` for a skill the text lists as a nice-to-have ("Preferred",
    /// "Bonus points"): every other tag is asked for.
    pub fn is_required(&self) -> bool {
        self.section != SectionKind::Preferred
    }
}

/// A document's tags, by kind, each name once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tags {
    pub by_kind: [Vec<Tag>; TagKind::COUNT],
}

impl Tags {
    /// The tags of one kind.
    pub fn get(&self, kind: TagKind) -> &[Tag] {
        &self.by_kind[kind.index()]
    }

    /// `true` when the document has no company, role or skill.
    pub fn is_untagged(&self) -> bool {
        [TagKind::Company, TagKind::Role, TagKind::Skill]
            .iter()
            .all(|k| self.get(*k).is_empty())
    }

    fn push(&mut self, kind: TagKind, tag: Tag) {
        let list = &mut self.by_kind[kind.index()];
        if !tag.slug.is_empty() && !list.iter().any(|t| t.slug == tag.slug) {
            list.push(tag);
        }
    }
}

/// A parsed document with its tags.
#[derive(Clone, Debug)]
pub struct TaggedDoc {
    /// The parsed document; its `text` is empty once tagged: the text is
    /// kept compressed in [`TaggedDoc::text`] in its place.
    pub doc: ParsedDoc,
    /// The body text, compressed: a preview keeps it as long as the site
    /// (to remake bodies whose links change); a build frees it once the
    /// body is made ([`TaggedDoc::free_text`]).
    source_text: SourceText,
    pub tags: Tags,
    /// Soft skills found in the text ("Communication"), when they are not
    /// tagged as skills: shown on the document's page, apart.
    pub soft_skills: Vec<Tag>,
    /// Hash of the kind, name and slug of every tag (not their evidence):
    /// what the site's tag index is made of.
    pub tags_key: crate::hash::Key,
    /// Location, remote, salary, employment, posting date and address,
    /// and the author's application status and dates: front matter first,
    /// the text filling the rest (when extraction is on).
    pub fields: Fields,
    /// Why each known field is known: its key (`salary`) and evidence, in
    /// the order of [`Fields::sources`].
    pub field_evidence: Vec<(&'static str, Evidence)>,
    /// Labelled lines at the top of a plain text that name a pipeline
    /// field with a value dossier cannot read; each `line` is a file line.
    pub field_errors: Vec<FieldError>,
}

impl TaggedDoc {
    /// The body text: Markdown source, or the whole plain text; empty
    /// once freed.
    pub fn text(&self) -> String {
        self.source_text.get().text()
    }

    /// Frees the body text, for a build that has made the body and reads
    /// the text no more: the document stays shared while it is linked, and
    /// a site's texts are as large as its sources.
    pub fn free_text(&self) {
        *self.source_text.lock() = PackedText::new("");
    }

    /// The document's date: front matter `date`, else the day the posting
    /// was published (`posted`, from front matter or the text).
    pub fn date(&self) -> Option<crate::parse::DocDate> {
        self.doc.meta.date.or_else(|| {
            let day = self.fields.posted.as_ref()?.value;
            crate::parse::DocDate::parse(&day.format("%Y-%m-%d").to_string())
        })
    }
}

/// A compressed text that can be freed where it is shared.
#[derive(Debug)]
struct SourceText(Mutex<PackedText>);

impl SourceText {
    fn lock(&self) -> std::sync::MutexGuard<'_, PackedText> {
        // A text is replaced whole: a panic elsewhere cannot leave it half written.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self) -> PackedText {
        self.lock().clone()
    }
}

impl Clone for SourceText {
    fn clone(&self) -> SourceText {
        SourceText(Mutex::new(self.get()))
    }
}

/// What the site's config asks of tagging.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Extract tags from the text where front matter is silent.
    pub extract: bool,
    /// Tag soft skills as skills.
    pub soft_skills: bool,
    /// Keep the body text as it is rather than compressed: for a build
    /// that reads it once, soon, and frees it ([`TaggedDoc::free_text`]).
    pub plain_text: bool,
}

impl Options {
    /// The options `config` sets.
    pub fn of(config: &crate::config::Config) -> Options {
        Options {
            extract: config.extract,
            soft_skills: config.skills.soft,
            plain_text: false,
        }
    }
}

/// Tags one document: front matter first, extraction (when
/// `options.extract` is on) for each kind the front matter leaves empty.
pub fn tag(mut doc: ParsedDoc, vocab: &Vocab, options: &Options) -> TaggedDoc {
    let extract = options.extract;
    let mut tags = Tags::default();
    let mut soft_skills = Vec::new();
    let meta = &doc.meta;
    let fm = |key: &str| Evidence::FrontMatter {
        line: meta.lines.get(key).copied(),
    };
    for name in &meta.company {
        let name = vocab.canonical_company(name).unwrap_or(name).to_string();
        tags.push(TagKind::Company, Tag::new(name, fm("company")));
    }
    for written in &meta.role {
        // What the author wrote is kept as written ("Staff Engineer,
        // GenAI"); the level a title starts with is read from it.
        let name = written.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(level) = title::parse(&name, vocab).and_then(|t| t.level) {
            tags.push(
                TagKind::Level,
                Tag::new(level.name().to_string(), fm("role")),
            );
        }
        tags.push(TagKind::Role, Tag::new(name, fm("role")));
    }
    for name in &meta.skills {
        let name = vocab.canonical_skill(name).unwrap_or(name).to_string();
        tags.push(TagKind::Skill, Tag::new(name, fm("skills")));
    }
    for name in &meta.tags {
        tags.push(TagKind::Tag, Tag::new(name.clone(), fm("tags")));
    }
    let missing = |kind: TagKind, tags: &Tags| tags.get(kind).is_empty();
    let lines = LineStarts::new(&doc.text);
    if extract
        && missing(TagKind::Company, &tags)
        && let Some(name) = meta
            .title
            .as_deref()
            .and_then(|t| extract::page_title_company(t, vocab))
    {
        // A saved page's title names the employer as a header line would.
        let name = vocab.canonical_company(name).unwrap_or(name).to_string();
        tags.push(TagKind::Company, Tag::new(name, fm("title")));
    }
    if extract && missing(TagKind::Company, &tags) {
        // A web clipper's `source:`, or the posting's `url:`, on a job board
        // that gives each employer its own board.
        let source = meta.extra.get("source").and_then(|v| v.as_str());
        let found = [("url", meta.url.as_deref()), ("source", source)]
            .into_iter()
            .find_map(|(key, url)| Some((key, extract::board_company(url?, &doc.text, vocab)?)));
        if let Some((key, name)) = found {
            tags.push(TagKind::Company, Tag::new(name, fm(key)));
        }
    }
    if extract
        && missing(TagKind::Role, &tags)
        && let Some(t) = meta.title.as_deref().and_then(|t| title::parse(t, vocab))
    {
        // A title in front matter is a title as posted: read it with the grammar.
        tags.push(TagKind::Role, Tag::new(t.role, fm("title")));
        if let Some(level) = t.level {
            tags.push(
                TagKind::Level,
                Tag::new(level.name().to_string(), fm("title")),
            );
        }
    }
    if extract
        && [TagKind::Company, TagKind::Role, TagKind::Skill]
            .iter()
            .any(|k| missing(*k, &tags))
    {
        let found = extract::extract(&doc.text, vocab);
        let evidence =
            |f: &extract::Found| text_evidence(&doc, &lines, f.start, f.end, &f.mentions);
        if missing(TagKind::Company, &tags)
            && let Some(f) = &found.company
        {
            tags.push(TagKind::Company, Tag::new(f.name.clone(), evidence(f)));
        }
        if missing(TagKind::Role, &tags)
            && let Some(f) = &found.role
        {
            tags.push(TagKind::Role, Tag::new(f.name.clone(), evidence(f)));
            if let Some(l) = &found.level {
                tags.push(TagKind::Level, Tag::new(l.name.clone(), evidence(l)));
            }
        }
        if missing(TagKind::Skill, &tags) {
            for f in &found.skills {
                let mut tag = Tag::new(f.name.clone(), evidence(f));
                tag.section = f.section;
                tags.push(TagKind::Skill, tag);
            }
            for f in &found.soft_skills {
                let tag = Tag::new(f.name.clone(), evidence(f));
                if options.soft_skills {
                    tags.push(TagKind::Skill, tag);
                } else {
                    soft_skills.push(tag);
                }
            }
        }
    }
    for tag in &mut tags.by_kind[TagKind::Skill.index()] {
        tag.category = vocab.category_of(&tag.name);
    }
    // Kept for the life of the site: no room left over from growing.
    for list in &mut tags.by_kind {
        list.shrink_to_fit();
    }
    let tags_key = crate::hash::key_of(
        &tags
            .by_kind
            .iter()
            .map(|k| k.iter().map(|t| (&t.name, &t.slug)).collect::<Vec<_>>())
            .collect::<Vec<_>>(),
    );
    // Without extraction only the front matter gives fields.
    let text = if extract { doc.text.as_str() } else { "" };
    let (fields, errors) = fields::of(&doc.meta, text, doc.kind == crate::load::DocKind::Text);
    let mut field_evidence: Vec<(&'static str, Evidence)> = fields
        .sources()
        .into_iter()
        .map(|(key, source)| {
            let evidence = match source {
                Source::FrontMatter { line } => Evidence::FrontMatter { line },
                Source::Text { start, end } => text_evidence(&doc, &lines, start, end, &[]),
            };
            (key, evidence)
        })
        .collect();
    evidence::share_quotes(
        (tags.by_kind.iter_mut().flatten())
            .chain(&mut soft_skills)
            .map(|t| &mut t.evidence)
            .chain(field_evidence.iter_mut().map(|(_, e)| e)),
    );
    let field_errors = errors
        .into_iter()
        .map(|e| FieldError {
            line: doc.body_line + e.line.saturating_sub(1),
            ..e
        })
        .collect();
    let text = std::mem::take(&mut doc.text);
    let source_text = SourceText(Mutex::new(if options.plain_text {
        PackedText::plain(&text)
    } else {
        PackedText::new(&text)
    }));
    TaggedDoc {
        doc,
        source_text,
        tags,
        soft_skills,
        tags_key,
        fields,
        field_evidence,
        field_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{DocKind, SourceFile};

    fn parsed(text: &str) -> ParsedDoc {
        crate::parse::parse(&SourceFile {
            rel: "a.md".into(),
            kind: DocKind::Markdown,
            bytes: text.as_bytes().to_vec(),
        })
        .unwrap()
    }

    #[test]
    fn front_matter_tags_with_lines() {
        let doc = parsed(
            "---\ncompany: Acme\nrole: sr.  backend engineer\nskills: [Go, go, Rust]\ntags: [remote]\n---\nbody",
        );
        let options = Options {
            extract: true,
            ..Options::default()
        };
        let tagged = tag(doc, &Vocab::new(&Default::default()), &options);
        let names = |k| {
            tagged
                .tags
                .get(k)
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(TagKind::Company), ["Acme"]);
        assert_eq!(names(TagKind::Skill), ["Go", "Rust"], "same slug kept once");
        assert_eq!(names(TagKind::Tag), ["remote"]);
        assert_eq!(
            tagged.tags.get(TagKind::Skill)[0].evidence,
            Evidence::FrontMatter { line: Some(4) }
        );
    }
}
