//! Tagging: [`ParsedDoc`] → [`TaggedDoc`]: company, role, skill and free
//! tags, each with the evidence for it.
//!
//! What the author wrote in front matter wins, kind by kind; extraction from
//! the text fills the kinds the author left empty. Names are made canonical
//! by the vocabulary here (`golang` → `Go`); merging spellings across
//! documents (`Tiktok` / `TikTok`) happens when the site is linked.

pub mod extract;
pub mod title;
pub mod vocab;

use serde::Serialize;

use crate::parse::ParsedDoc;
use crate::url::slugify;
use vocab::Vocab;

/// The four kinds of tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TagKind {
    Company,
    Role,
    Skill,
    Tag,
}

impl TagKind {
    /// Every kind, in display order.
    pub const ALL: [TagKind; 4] = [
        TagKind::Company,
        TagKind::Role,
        TagKind::Skill,
        TagKind::Tag,
    ];

    /// `company`, `role`, `skill`, `tag`: the key in JSON and templates.
    pub fn key(self) -> &'static str {
        match self {
            TagKind::Company => "company",
            TagKind::Role => "role",
            TagKind::Skill => "skill",
            TagKind::Tag => "tag",
        }
    }

    /// `companies`, …: the URL folder of the kind.
    pub fn plural_key(self) -> &'static str {
        match self {
            TagKind::Company => "companies",
            TagKind::Role => "roles",
            TagKind::Skill => "skills",
            TagKind::Tag => "tags",
        }
    }

    /// `Company`, …: the kind as a heading.
    pub fn label(self) -> &'static str {
        match self {
            TagKind::Company => "Company",
            TagKind::Role => "Role",
            TagKind::Skill => "Skill",
            TagKind::Tag => "Tag",
        }
    }

    /// `Companies`, …: the kind's list page title.
    pub fn plural_label(self) -> &'static str {
        match self {
            TagKind::Company => "Companies",
            TagKind::Role => "Roles",
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
    /// Extraction found it in the text: the quoted passage and its file line.
    Text {
        quote: std::sync::Arc<str>,
        line: u32,
    },
}

impl Evidence {
    /// `front matter`, or the quoted passage.
    pub fn describe(&self) -> &str {
        match self {
            Evidence::FrontMatter { .. } => "front matter",
            Evidence::Text { quote, .. } => quote,
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
}

impl Tag {
    /// A tag named `name`, with its slug.
    pub fn new(name: String, evidence: Evidence) -> Tag {
        Tag {
            slug: slugify(&name),
            name,
            evidence,
        }
    }
}

/// A document's tags, by kind, each name once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tags {
    pub by_kind: [Vec<Tag>; 4],
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
    for name in &meta.role {
        let name = vocab.normalize_role(name);
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
        && [TagKind::Company, TagKind::Role, TagKind::Skill]
            .iter()
            .any(|k| missing(*k, &tags))
    {
        let found = extract::extract(&doc.text, vocab);
        let evidence = |f: &extract::Found| Evidence::Text {
            quote: quote(&doc.text, f.start, f.end).into(),
            line: doc.body_line
                + doc.text[..f.start.min(doc.text.len())]
                    .matches('\n')
                    .count() as u32,
        };
        if missing(TagKind::Company, &tags)
            && let Some(f) = &found.company
        {
            tags.push(TagKind::Company, Tag::new(f.name.clone(), evidence(f)));
        }
        if missing(TagKind::Role, &tags)
            && let Some(f) = &found.role
        {
            tags.push(TagKind::Role, Tag::new(f.name.clone(), evidence(f)));
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

/// The passage around `text[start..end]`: its sentence, cut to about 80
/// characters on each side, `…` where it was cut; as plain words, without
/// list bullets or emphasis markers (see [`crate::parse::lines::plain`]).
pub fn quote(text: &str, start: usize, end: usize) -> String {
    const REACH: usize = 80;
    let start = floor_char(text, start.min(text.len()));
    let end = floor_char(text, end.clamp(start, text.len()));
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut from = start;
    let mut cut_left = false;
    for (i, c) in text[..start].char_indices().rev() {
        if is_stop(c) && !text[i + c.len_utf8()..start].trim().is_empty() {
            break;
        }
        // A line the match starts is its own unless the line before wraps
        // into it: a posting's title is not part of its company line.
        if c == '\n' && !crate::parse::lines::wraps_at(text, i) {
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
        if is_stop(c) {
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
    out.push_str(&crate::parse::lines::plain(&text[from..to]));
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
