//! Bodies: a tagged document and the [`Resolver`] → its [`Body`]: HTML
//! (Markdown through pulldown-cmark, plain text by its blocks) with links
//! and wikilinks resolved, summary, word count, headings, broken links, and
//! every link it looked up, so that a body made against one URL map can be
//! kept under another where those links resolve the same.

use std::hash::Hash;
use std::sync::Arc;

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::hash::{self, Key};
use crate::load::DocKind;
use crate::markdown::{self, Heading, Resolved};
use crate::packed::PackedText;
use crate::parse::plaintext::{self, Block};
use crate::tag::{TagKind, TaggedDoc};

use super::paths::dir_of;
use super::qualify::is_analysis;
use super::resolve::{Resolver, resolve_link, resolve_wikilink};
use super::site::DocId;

/// The longest summary taken from a body, in bytes: two lines of a list,
/// as the search index keeps it; a feed entry or a meta description
/// longer than that is read in full on the page it links to.
pub(super) const SUMMARY_BYTES: usize = 120;

/// A document's body as HTML, with what rendering learnt.
#[derive(Debug)]
pub struct Body {
    /// Kept compressed: it is read only when the document's page is made.
    pub(super) html: PackedText,
    pub(super) html_key: Key,
    /// What [`Doc::key`] covers of the file and this body (all but the
    /// document's path and title), hashed when the body is made.
    pub(super) doc_key: Key,
    /// The start of the first paragraph, cut to [`SUMMARY_BYTES`].
    pub(super) summary: Arc<str>,
    pub(super) words: usize,
    pub(super) links: Vec<DocId>,
    pub(super) headings: Arc<[Heading]>,
    /// Whether the document is an analysis (see [`is_analysis`]).
    pub(super) analysis: bool,
    /// Broken links.
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Every link destination looked up, and what it resolved to: with the
    /// auto-linker's key, all the body took from the URL map.
    lookups: Vec<Lookup>,
    autolink_key: Key,
}

/// One link looked up while rendering a body.
#[derive(Debug, PartialEq)]
struct Lookup {
    wiki: bool,
    dest: String,
    resolved: Resolved,
}

impl Body {
    /// Whether this body, rendered from its document against another URL
    /// map, is what rendering it against `ctx` would give: each link it
    /// looked up resolves the same, and the auto-linker is the same.
    pub(super) fn holds_in(&self, dir: &str, ctx: &Resolver) -> bool {
        self.autolink_key == ctx.autolink_key
            && self.lookups.iter().all(|l| {
                let now = if l.wiki {
                    resolve_wikilink(&l.dest, ctx)
                } else {
                    resolve_link(&l.dest, dir, ctx)
                };
                now == l.resolved
            })
    }

    /// Like [`Body::holds_in`] for a URL map that differs from the one
    /// this body was made against only in documents' titles, which only
    /// wikilinks look up.
    pub(super) fn titles_hold_in(&self, ctx: &Resolver) -> bool {
        self.lookups
            .iter()
            .filter(|l| l.wiki)
            .all(|l| resolve_wikilink(&l.dest, ctx) == l.resolved)
    }
}

pub(super) fn render_body(t: &TaggedDoc, ctx: &Resolver) -> Body {
    let doc = &t.doc;
    let text = t.text();
    let words = count_words(&text);
    // Plain text is split into blocks here, where it is rendered: keeping
    // the blocks from parsing would hold a second copy of every text.
    let blocks = match doc.kind {
        DocKind::Text => plaintext::parse_text(&text),
        DocKind::Markdown => Vec::new(),
    };
    let lookups = std::cell::RefCell::new(Vec::new());
    let analysis = match doc.kind {
        DocKind::Text => is_analysis(blocks.iter().filter_map(|b| match b {
            Block::Heading(text) => Some(text.as_str()),
            _ => None,
        })),
        DocKind::Markdown => false,
    };
    let (mut html, summary, links, headings, diagnostics) = match doc.kind {
        DocKind::Text => (
            plaintext::to_html(&blocks),
            plaintext::summary(&blocks),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        ),
        DocKind::Markdown => {
            let dir = dir_of(&doc.rel);
            let record = |wiki: bool, dest: &str, resolved: Resolved| {
                lookups.borrow_mut().push(Lookup {
                    wiki,
                    dest: dest.to_string(),
                    resolved: resolved.clone(),
                });
                resolved
            };
            let resolve = |dest: &str| record(false, dest, resolve_link(dest, dir, ctx));
            let wiki = |dest: &str| record(true, dest, resolve_wikilink(dest, ctx));
            let rendered = markdown::render_with_options(&text, &resolve, &wiki, ctx.markdown);
            let diags = rendered
                .broken
                .iter()
                .map(|b| {
                    let line = doc.body_line + b.line - 1;
                    if b.wiki {
                        Diagnostic::error(doc.shown_path(), format!("wikilink [[{}]]: {}", b.dest, b.reason))
                            .at_line(line)
                            .with_help("name a document by its title or its path under content/ ([[notes/acme-call]]), or a company, role, skill or tag by its name")
                    } else {
                        Diagnostic::error(doc.shown_path(), format!("link to `{}`: {}", b.dest, b.reason))
                            .at_line(line)
                            .with_help(format!(
                                "links to documents are relative to this file's folder ({CONTENT_DIR}/{dir}), or start with / for a page URL"
                            ))
                    }
                })
                .collect();
            (
                rendered.html,
                rendered.summary,
                rendered.links,
                rendered.headings,
                diags,
            )
        }
    };
    if let Some(linker) = &ctx.autolink {
        html = linker.apply(&html);
    }
    let html_key = hash::key_of(html.as_str());
    let summary: Arc<str> = truncate_words(&summary, SUMMARY_BYTES).into();
    Body {
        doc_key: doc_key(t, html_key, &summary, words),
        html_key,
        html: PackedText::new(&html),
        summary,
        words,
        links,
        analysis: analysis || is_analysis(headings.iter().map(|h| h.text.as_str())),
        headings: headings.into(),
        diagnostics,
        lookups: lookups.into_inner(),
        autolink_key: ctx.autolink_key,
    }
}

/// The part of [`Doc::key`] made of the file and the body: everything
/// [`make_doc`] takes from them.
fn doc_key(t: &TaggedDoc, html_key: Key, body_summary: &str, words: usize) -> Key {
    use std::hash::Hasher;
    let (doc, meta) = (&t.doc, &t.doc.meta);
    let summary = meta.summary.as_deref().unwrap_or(body_summary);
    let mut h = hash::hasher();
    (&doc.rel, doc.kind, t.date(), meta.updated, summary).hash(&mut h);
    (html_key, words, meta.draft).hash(&mut h);
    for kind in TagKind::ALL {
        for tag in t.tags.get(kind) {
            (&tag.evidence, tag.section).hash(&mut h);
        }
        h.write_u8(0xff);
    }
    (&t.fields, &t.field_evidence).hash(&mut h);
    for tag in &t.soft_skills {
        (&tag.name, &tag.evidence).hash(&mut h);
    }
    // JSON values have no `Hash`; their text does.
    serde_json::to_string(&*meta.extra)
        .unwrap_or_default()
        .hash(&mut h);
    hash::finish(&h)
}

/// The words of `text` as `text.split_whitespace().count()` counts them,
/// a byte at a time: a body is read whole for its count, and only the
/// bytes that can start a non-ASCII space (U+0085, U+00A0, U+1680, U+2000
/// to U+3000) need decoding.
fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let space = match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => true,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => {
                let c = text[i..].chars().next().expect("a character starts here");
                // The rest of a space is space; of another character, word.
                i += c.len_utf8() - 1;
                c.is_whitespace()
            }
            _ => false,
        };
        words += usize::from(!space && !in_word);
        in_word = !space;
        i += 1;
    }
    words
}

/// Text cut at a word boundary to at most `max` bytes, with `…` if cut.
pub fn truncate_words(text: &str, max: usize) -> String {
    // Words are joined only until the text is known to be too long: what
    // is cut depends on its first `max` bytes alone.
    let mut joined = String::with_capacity(text.len().min(max + 1));
    for word in text.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(word);
        if joined.len() > max {
            break;
        }
    }
    let text = joined;
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(' ').unwrap_or(end);
    format!("{}…", text[..cut].trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "   ",
            "one",
            " one  two\tthree\nfour\r\nfive ",
            "vertical\x0btab\x0cfeed",
            "no\u{a0}break and\u{2003}em\u{3000}space\u{85}next",
            "caf\u{e9} na\u{ef}ve \u{1f600} \u{65e5}\u{672c}",
            "it\u{2019}s \u{2014} \u{2028}line\u{2029}\u{202f}\u{205f}\u{1680}\u{180e}\u{200b}",
            "\u{1c}\u{1f} are not spaces",
        ] {
            assert_eq!(
                count_words(text),
                text.split_whitespace().count(),
                "text: {text:?}"
            );
        }
    }

    #[test]
    fn truncation_cuts_at_a_word() {
        for (text, max, want) in [
            ("one two three", 200, "one two three"),
            ("one two, three", 9, "one two…"),
            ("  one \n two\tthree ", 13, "one two three"),
            ("one two three", 12, "one two…"),
            ("one two three", 7, "one…"),
            ("one two three", 8, "one two…"),
            ("onetwothree four", 5, "onetw…"),
            ("caf\u{e9}s caf\u{e9}s", 5, "caf\u{e9}…"),
            ("caf\u{e9}s caf\u{e9}s", 4, "caf…"),
            ("", 5, ""),
        ] {
            assert_eq!(truncate_words(text, max), want, "text: {text:?}, max {max}");
        }
    }
}
