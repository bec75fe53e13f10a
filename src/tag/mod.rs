//! Tagging: [`ParsedDoc`] → [`TaggedDoc`]: company, role, skill and free
//! tags, each with the evidence for it.
//!
//! What the author wrote in front matter wins, kind by kind; extraction from
//! the text fills the kinds the author left empty. Names are made canonical
//! by the vocabulary here (`golang` → `Go`); merging spellings across
//! documents (`Tiktok` / `TikTok`) happens when the site is linked.

pub mod extract;
pub mod fields;
pub mod title;
pub mod vocab;

use serde::Serialize;

use crate::parse::ParsedDoc;
use crate::url::slugify;
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

/// Why a document carries a tag.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Evidence {
    /// The author wrote it in front matter, at this file line.
    FrontMatter { line: Option<u32> },
    /// Extraction found it in the text: the quoted passage, the file line
    /// and column (1-based, in characters) of its first mention, and the
    /// byte range of every mention in the document's text as read (UTF-8,
    /// line ends as `\n`).
    Text {
        quote: std::sync::Arc<str>,
        line: u32,
        column: u32,
        mentions: std::sync::Arc<[Mention]>,
    },
}

/// One mention of a tag in a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    /// File line (1-based).
    pub line: u32,
    /// Column of the first character (1-based, in characters).
    pub column: u32,
    /// Byte range in the document's text as read.
    pub start: u32,
    pub end: u32,
}

impl Evidence {
    /// `front matter`, or the quoted passage.
    pub fn describe(&self) -> &str {
        match self {
            Evidence::FrontMatter { .. } => "front matter",
            Evidence::Text { quote, .. } => quote,
        }
    }

    /// The file line that shows the tag, when there is one.
    pub fn line(&self) -> Option<u32> {
        match self {
            Evidence::FrontMatter { line } => *line,
            Evidence::Text { line, .. } => Some(*line),
        }
    }
}

/// One tag of one document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Tag {
    pub name: String,
    /// `slugify(name)`: the tag's identity across documents.
    pub slug: String,
    pub evidence: Evidence,
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
            category: None,
        }
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
    pub doc: ParsedDoc,
    pub tags: Tags,
    /// Soft skills found in the text ("Communication"), when they are not
    /// tagged as skills: shown on the document's page, apart.
    pub soft_skills: Vec<Tag>,
    /// Hash of the kind, name and slug of every tag (not their evidence):
    /// what the site's tag index is made of.
    pub tags_key: crate::hash::Key,
}

/// What the site's config asks of tagging.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Extract tags from the text where front matter is silent.
    pub extract: bool,
    /// Tag soft skills as skills.
    pub soft_skills: bool,
}

impl Options {
    /// The options `config` sets.
    pub fn of(config: &crate::config::Config) -> Options {
        Options {
            extract: config.extract,
            soft_skills: config.skills.soft,
        }
    }
}

/// Tags one document: front matter first, extraction (when
/// `options.extract` is on) for each kind the front matter leaves empty.
pub fn tag(doc: ParsedDoc, vocab: &Vocab, options: &Options) -> TaggedDoc {
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
        let evidence = |f: &extract::Found| text_evidence(&doc, f);
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
                tags.push(TagKind::Skill, Tag::new(f.name.clone(), evidence(f)));
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
    TaggedDoc {
        doc,
        tags,
        soft_skills,
        tags_key,
    }
}

/// The evidence of a tag extraction found: the quote around its first
/// mention, and every mention with its line and column.
fn text_evidence(doc: &ParsedDoc, f: &extract::Found) -> Evidence {
    let text = &doc.text;
    let mut mentions = Vec::with_capacity(f.mentions.len().max(1));
    // Lines are counted once, walking the mentions in text order.
    let (mut line, mut line_start, mut at) = (doc.body_line, 0, 0);
    let mut spans: Vec<std::ops::Range<usize>> = f.mentions.clone();
    if spans.is_empty() {
        spans.push(f.start..f.end);
    }
    spans.sort_by_key(|r| r.start);
    for r in &spans {
        let start = r.start.min(text.len());
        for (i, b) in text.as_bytes()[at..start].iter().enumerate() {
            if *b == b'\n' {
                line += 1;
                line_start = at + i + 1;
            }
        }
        at = start;
        let column = text[line_start..floor_char(text, start)].chars().count() as u32 + 1;
        mentions.push(Mention {
            line,
            column,
            start: r.start as u32,
            end: r.end as u32,
        });
    }
    let first = mentions
        .iter()
        .find(|m| m.start as usize == f.start)
        .copied()
        .unwrap_or(mentions[0]);
    Evidence::Text {
        quote: quote(text, f.start, f.end).into(),
        line: first.line,
        column: first.column,
        mentions: mentions.into(),
    }
}

/// The passage around `text[start..end]`: its sentence, cut to about 80
/// characters on each side, whitespace collapsed, `…` where it was cut.
pub fn quote(text: &str, start: usize, end: usize) -> String {
    const REACH: usize = 80;
    let start = floor_char(text, start.min(text.len()));
    let end = floor_char(text, end.clamp(start, text.len()));
    // A line end ends the passage unless the line before it runs on: it
    // ends in a lower-case word or a comma ("We use Rust and\nKubernetes").
    // Header lines ("Senior Data Engineer\nAcme · Austin, TX") never run on.
    let runs_on = |newline: usize| {
        let line = &text[..newline];
        let line = &line[line.rfind('\n').map_or(0, |p| p + 1)..];
        let end = line.trim_end();
        !line.contains(['·', '|'])
            && end
                .chars()
                .last()
                .is_some_and(|c| c.is_lowercase() || c == ',')
    };
    // A dot ends a sentence only before a space or a line end: not in
    // ".NET", "Node.js" or "3.5".
    let is_stop = |i: usize, c: char| match c {
        '!' | '?' => true,
        '\n' => !runs_on(i),
        '.' => text[i + 1..].chars().next().is_none_or(char::is_whitespace),
        _ => false,
    };
    let mut from = start;
    let mut cut_left = false;
    for (i, c) in text[..start].char_indices().rev() {
        if (c == '\n' && !runs_on(i))
            || (is_stop(i, c) && !text[i + c.len_utf8()..start].trim().is_empty())
        {
            break;
        }
        if start - i > REACH {
            cut_left = true;
            break;
        }
        from = i;
    }
    let mut to = end;
    let mut cut_right = false;
    for (i, c) in text[end..].char_indices() {
        to = end + i + c.len_utf8();
        if is_stop(end + i, c) {
            if c == '\n' {
                to -= 1;
            }
            break;
        }
        if i > REACH {
            cut_right = true;
            break;
        }
    }
    let mut out = String::new();
    if cut_left {
        out.push('…');
    }
    out.push_str(
        &text[from..to]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    );
    if cut_right {
        out.push('…');
    }
    out
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
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

    #[test]
    fn quote_is_the_sentence_around_the_span() {
        let text = "First sentence here. This role at Acme builds payments. Last one.";
        let start = text.find("Acme").unwrap();
        assert_eq!(
            quote(text, start, start + 4),
            "This role at Acme builds payments."
        );
        let long = format!("{} Acme {}", "word ".repeat(40), "more ".repeat(40));
        let start = long.find("Acme").unwrap();
        let q = quote(&long, start, start + 4);
        assert!(
            q.starts_with('…') && q.ends_with('…') && q.contains("Acme"),
            "{q}"
        );
    }
}
