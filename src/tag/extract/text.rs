//! A text prepared for extraction: the text → [`Doc`] with the spans never
//! to read (URLs, link targets, e-mail addresses), the spans of link text,
//! and the words with their byte ranges and what each can be (a title
//! word, a name stop, a common word), looked up once.

mod lines;

use std::ops::Range;

pub use lines::*;

use super::layout::Layout;
use crate::tag::vocab::{Vocab, WordClass};

/// One word: a run of letters and digits, with inner `.`, `-`, `&`, `'`
/// (`Node.js`, `Full-Stack`, `AT&T`, `we're`); a trailing `'s` is dropped
/// and noted as `possessive`, but for one a verb follows, which is the
/// name's own ("Macy's is hiring").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub possessive: bool,
}

/// The text with its masks and words.
pub struct Doc<'a> {
    pub text: &'a str,
    /// Sorted, disjoint spans that are not prose (URLs, link targets, e-mail).
    pub masked: Vec<Range<usize>>,
    /// Spans of Markdown link text: `[this](…)`.
    pub links: Vec<Range<usize>>,
    /// Spans of the text of links to other documents (`[…](/notes/…)`),
    /// which describe those documents, not this one.
    pub internal_links: Vec<Range<usize>>,
    pub words: Vec<Word>,
    /// What each word can be, by the index of [`Doc::words`]: rules read
    /// it instead of asking the vocabulary's word lists again.
    pub class: Vec<WordClass>,
    /// The sections of the text.
    pub layout: &'a Layout,
    /// Lines where the text labels its own skills or industry.
    pub lists: Vec<super::lists::List>,
}

impl<'a> Doc<'a> {
    /// Finds masks, link text and words, and classifies the words;
    /// `layout`'s code blocks are masked too, so no name or skill is read
    /// from code.
    pub fn new(text: &'a str, layout: &'a Layout, vocab: &Vocab) -> Doc<'a> {
        let (masked, links) = masks(text, &layout.code);
        let words = words(text, &masked);
        let class = words
            .iter()
            .map(|w| vocab.word_class(&text[w.start..w.end]))
            .collect();
        let internal_links = links
            .iter()
            .filter(|r| {
                let target = text[r.end..].trim_start_matches("](");
                !(target.starts_with("http")
                    || target.starts_with("www.")
                    || target.starts_with("mailto:"))
            })
            .cloned()
            .collect();
        Doc {
            text,
            masked,
            links,
            internal_links,
            words,
            class,
            layout,
            lists: super::lists::find(text),
        }
    }

    /// The text of a word.
    pub fn word(&self, w: &Word) -> &'a str {
        &self.text[w.start..w.end]
    }

    /// `true` when `pos` is inside link text.
    pub fn in_link(&self, pos: usize) -> bool {
        inside(&self.links, pos).is_some()
    }

    /// `true` when `pos` is inside the text of a link to another document.
    pub fn in_internal_link(&self, pos: usize) -> bool {
        inside(&self.internal_links, pos).is_some()
    }

    /// The end of the mask holding `pos`, if one does.
    pub fn mask_end(&self, pos: usize) -> Option<usize> {
        inside(&self.masked, pos).map(|r| r.end)
    }
}

fn inside(spans: &[Range<usize>], pos: usize) -> Option<&Range<usize>> {
    let i = spans.partition_point(|r| r.end <= pos);
    spans.get(i).filter(|r| r.start <= pos)
}

/// URLs, Markdown link targets and e-mail addresses; and link text.
/// Finds their markers with `memchr` rather than a byte-by-byte loop: this
/// runs over every byte of every document.
fn masks(text: &str, code: &[Range<usize>]) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut masked: Vec<Range<usize>> = code.to_vec();
    let mut links = Vec::new();
    // Every scan is bounded, and none restarts inside the span the previous
    // one covered, so a hostile file (a megabyte of "](" or "@") stays linear.
    let mut covered = 0;
    for i in memchr::memmem::find_iter(b, b"](") {
        if i < covered {
            continue;
        }
        // The link text: back to its `[` on the same line.
        let line = &b[i.saturating_sub(300).max(covered)..i];
        if let Some(open) = line
            .iter()
            .rposition(|&c| c == b'[' || c == b'\n')
            .filter(|&p| line[p] == b'[')
        {
            links.push(i - line.len() + open + 1..i);
        }
        let end = find_within(b, i, 2048, |c| c == b')' || c == b'\n');
        masked.push(i..end);
        covered = end;
    }
    covered = 0;
    for i in memchr::memmem::find_iter(b, b"://") {
        if i < covered {
            continue;
        }
        let scheme = &b[i.saturating_sub(16)..i];
        let start = scheme
            .iter()
            .rposition(|c| !c.is_ascii_alphabetic())
            .map_or(0, |p| p + 1)
            + i
            - scheme.len();
        covered = find_within(b, i, 4096, url_stop);
        masked.push(start..covered);
    }
    covered = 0;
    for i in memchr::memmem::find_iter(b, b"www.") {
        if i >= covered && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            covered = find_within(b, i, 4096, url_stop);
            masked.push(i..covered);
        }
    }
    covered = 0;
    for i in memchr::memchr_iter(b'@', b) {
        if i >= covered
            && i > 0
            && b[i - 1].is_ascii_alphanumeric()
            && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            let local = &b[i.saturating_sub(256).max(covered)..i];
            let start = local
                .iter()
                .rposition(|&c| !email_byte(c))
                .map_or(0, |p| p + 1)
                + i
                - local.len();
            covered = find_within(b, i + 1, 256, |c| !email_byte(c));
            masked.push(start..covered);
        }
    }
    masked.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(masked.len());
    for r in masked {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    (merged, links)
}

/// The first byte at or after `from` (within `limit` bytes) that `stop`
/// accepts, or the end of that window, moved to a char boundary.
fn find_within(b: &[u8], from: usize, limit: usize, stop: impl Fn(u8) -> bool) -> usize {
    let window = &b[from..(from + limit).min(b.len())];
    let mut end = window
        .iter()
        .position(|&c| stop(c))
        .map_or(from + window.len(), |p| from + p);
    // A window cut inside a multi-byte character ends before it.
    while end < b.len() && (b[end] & 0xC0) == 0x80 {
        end -= 1;
    }
    end
}

fn url_stop(c: u8) -> bool {
    c.is_ascii_whitespace() || matches!(c, b')' | b']' | b'>' | b'<' | b'"' | b'`' | b'|')
}

fn email_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Splits the text outside masks into words.
fn words(text: &str, masked: &[Range<usize>]) -> Vec<Word> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 7);
    let mut mask = masked.iter().peekable();
    let mut i = 0;
    while i < b.len() {
        // Skip to the next word start: ASCII non-word bytes in a tight loop.
        while i < b.len() && BYTE_CLASS[usize::from(b[i])] == SPACE {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let (c, len) = char_at_byte(text, i);
        if !is_word_char(c) {
            i += len;
            continue;
        }
        while mask.peek().is_some_and(|r| r.end <= i) {
            mask.next();
        }
        if let Some(r) = mask.peek().filter(|r| r.start <= i) {
            i = r.end;
            continue;
        }
        let start = i;
        let mut possessive = false;
        loop {
            while i < b.len() && BYTE_CLASS[usize::from(b[i])] == ALNUM {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            let (d, len) = char_at_byte(text, i);
            if !d.is_ascii() && is_word_char(d) {
                i += len;
                continue;
            }
            if !matches!(d, '.' | '-' | '&' | '\'' | '’') {
                break;
            }
            let after = i + len;
            let next = (after < b.len()).then(|| char_at_byte(text, after).0);
            if matches!(d, '\'' | '’') && matches!(next, Some('s' | 'S')) {
                let tail = after + 1;
                // "Macy's is hiring", "Kohl's offers": a verb after it makes
                // the "'s" the name's own, as no possessive takes a verb.
                if finite_verb_after(&text[tail..]) {
                    i = tail;
                    break;
                }
                if tail >= b.len() || !is_word_char(char_at_byte(text, tail).0) {
                    possessive = true;
                    out.push(Word {
                        start,
                        end: i,
                        possessive,
                    });
                    i = tail;
                    break;
                }
            }
            if next.is_some_and(is_word_char) {
                i = after;
                continue;
            }
            break;
        }
        if !possessive {
            out.push(Word {
                start,
                end: i,
                possessive,
            });
        }
    }
    out
}

/// `true` when `rest` opens with a space and a finite verb that follows a
/// subject: "Macy's is", "Kohl's offers". A possessive is followed by its
/// noun, never by one of these.
fn finite_verb_after(rest: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "offers", "provides", "seeks",
        "believes", "values", "welcomes",
    ];
    rest.strip_prefix(' ').is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        VERBS.contains(&word)
    })
}

/// ASCII bytes outside words.
const SPACE: u8 = 0;
/// ASCII letters and digits.
const ALNUM: u8 = 1;
/// Bytes of non-ASCII characters, which may be letters.
const OTHER: u8 = 2;

/// The class of every byte: one load a byte in the loops over a text,
/// which run over every byte of every document.
static BYTE_CLASS: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = if (b as u8).is_ascii_alphanumeric() {
            ALNUM
        } else {
            SPACE
        };
        b += 1;
    }
    classes
};

/// The character at byte `i` (a char boundary) and its length; ASCII first.
#[inline]
fn char_at_byte(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

#[cfg(test)]
mod tests;
