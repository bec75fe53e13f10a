//! A text prepared for extraction: the text → [`Doc`] with the spans never
//! to read (URLs, link targets, e-mail addresses), the spans of link text,
//! and the words with their byte ranges.

use std::ops::Range;

/// One word: a run of letters and digits, with inner `.`, `-`, `&`, `'`
/// (`Node.js`, `Full-Stack`, `AT&T`, `we're`); a trailing `'s` is dropped
/// and noted as `possessive`.
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
}

impl<'a> Doc<'a> {
    /// Finds masks, link text and words.
    pub fn new(text: &'a str) -> Doc<'a> {
        let (masked, links) = masks(text);
        let words = words(text, &masked);
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
fn masks(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut masked: Vec<Range<usize>> = Vec::new();
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

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Splits the text outside masks into words.
fn words(text: &str, masked: &[Range<usize>]) -> Vec<Word> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 7);
    let mut mask = masked.iter().peekable();
    let mut i = 0;
    while i < b.len() {
        // Skip to the next word start: ASCII non-word bytes in a tight loop.
        while i < b.len() && b[i].is_ascii() && !b[i].is_ascii_alphanumeric() {
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
            while i < b.len() && b[i].is_ascii_alphanumeric() {
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

/// The character at byte `i` (a char boundary) and its length; ASCII first.
fn char_at_byte(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// The character before byte `pos`.
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The character at byte `pos`.
pub fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// Markdown markers skipped when looking at neighbours: emphasis and code.
fn is_markup(c: char) -> bool {
    matches!(c, '*' | '_' | '`')
}

/// What separates the cells of a "Company | Role | Location" line.
pub const HEADER_SEPARATORS: &[&str] = &[" | ", " – ", " — ", " - ", " · "];

/// `true` when `pos` is on one of the first lines of the text and follows a
/// cell separator: the role cell of "Company | Role | Location".
pub fn in_header_cell(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    pos < 400
        && before.matches('\n').count() < 4
        && HEADER_SEPARATORS
            .iter()
            .any(|s| before.trim_end_matches(['*', '_']).ends_with(s))
}

/// A neighbour of a span: a word, a punctuation character, or the edge of
/// the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side<'a> {
    Word(&'a str),
    Punct(char),
    LineEdge,
}

/// The word or punctuation after byte `pos` on the same line, skipping
/// spaces and emphasis markers.
pub fn next_token(text: &str, pos: usize) -> Side<'_> {
    let rest = &text[pos..];
    let skip = rest
        .find(|c: char| !(c == ' ' || c == '\t' || is_markup(c)))
        .unwrap_or(rest.len());
    let rest = &rest[skip..];
    match rest.chars().next() {
        None | Some('\n' | '\r') => Side::LineEdge,
        Some(c) if is_word_char(c) => {
            let end = rest
                .find(|c: char| !(is_word_char(c) || c == '\'' || c == '’'))
                .unwrap_or(rest.len());
            Side::Word(&rest[..end])
        }
        Some(c) => Side::Punct(c),
    }
}

/// The word or punctuation before byte `pos` on the same line; a list
/// bullet or heading marker at the start of the line counts as the edge.
/// Looks back only as far as the previous token.
pub fn prev_token(text: &str, pos: usize) -> Side<'_> {
    let trimmed = text[..pos].trim_end_matches(|c: char| c == ' ' || c == '\t' || is_markup(c));
    match trimmed.chars().next_back() {
        None | Some('\n' | '\r') => Side::LineEdge,
        Some(c) if is_word_char(c) => {
            let start = trimmed
                .rfind(|c: char| !(is_word_char(c) || c == '\'' || c == '’' || c == '.'))
                .map_or(0, |p| {
                    p + trimmed[p..].chars().next().map_or(1, char::len_utf8)
                });
            let word = trimmed[start..].trim_start_matches('.');
            // "1." of a numbered list is a marker, not a word.
            if word.bytes().all(|b| b.is_ascii_digit() || b == b'.') && at_line_start(text, start) {
                return Side::LineEdge;
            }
            Side::Word(word)
        }
        Some(c) if matches!(c, '-' | '+' | '•' | '#' | '>' | '.' | ')') => {
            // A list or heading marker is a few bytes at the start of its line.
            let from = floor_boundary(trimmed, trimmed.len().saturating_sub(16));
            let marker_start = trimmed[from..]
                .rfind(|c: char| {
                    c == '\n'
                        || !(c.is_ascii_digit()
                            || c.is_whitespace()
                            || is_markup(c)
                            || matches!(c, '-' | '+' | '•' | '#' | '>' | '.' | ')'))
                })
                .map_or(from, |p| {
                    from + p + trimmed[from + p..].chars().next().map_or(1, char::len_utf8)
                });
            if at_line_start(text, marker_start) && is_line_prefix(&text[marker_start..pos]) {
                Side::LineEdge
            } else {
                Side::Punct(c)
            }
        }
        Some(c) => Side::Punct(c),
    }
}

/// `true` when only spaces stand between the start of its line and `pos`.
fn at_line_start(text: &str, pos: usize) -> bool {
    let from = floor_boundary(text, pos.saturating_sub(64));
    let before = text[from..pos].trim_end_matches([' ', '\t']);
    if before.is_empty() {
        // More than 64 spaces of indentation is no list marker's line.
        return from == 0 || text[..from].ends_with(['\n', '\r']);
    }
    before.ends_with(['\n', '\r'])
}

/// The start of the line holding `pos`, if it is at most `limit` bytes back.
pub fn line_start_within(text: &str, pos: usize, limit: usize) -> Option<usize> {
    let from = floor_boundary(text, pos.saturating_sub(limit));
    match text[from..pos].rfind('\n') {
        Some(p) => Some(from + p + 1),
        None if from == 0 => Some(0),
        None => None,
    }
}

/// The end of the line holding `pos`, if it is at most `limit` bytes on.
pub fn line_end_within(text: &str, pos: usize, limit: usize) -> Option<usize> {
    let to = ceil_boundary(text, (pos + limit).min(text.len()));
    match text[pos..to].find('\n') {
        Some(p) => Some(pos + p),
        None if to == text.len() => Some(to),
        None => None,
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `true` for what may precede the text of a line: spaces, a bullet, a
/// numbered-list marker, heading hashes, a quote marker, emphasis.
pub fn is_line_prefix(line: &str) -> bool {
    let rest = line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '#' | '>' | '*' | '_' | '`')
    });
    let rest = rest.strip_prefix(['-', '+', '•']).unwrap_or(rest);
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    rest.trim_matches(|c: char| c.is_whitespace() || is_markup(c))
        .is_empty()
}

/// `true` when byte `pos` starts a sentence: the start of a line (after
/// list and heading markers) or after `.`, `!`, `?` or `:`.
pub fn is_sentence_start(text: &str, pos: usize) -> bool {
    match prev_token(text, pos) {
        Side::LineEdge => true,
        Side::Punct(c) => matches!(c, '.' | '!' | '?' | ':' | '"' | '“'),
        Side::Word(_) => false,
    }
}

/// `true` when `pos` is in a short line whose words are all capitalised,
/// a heading written in title case ("We Go Above And Beyond").
pub fn in_title_line(text: &str, pos: usize) -> bool {
    let (Some(start), Some(end)) = (
        line_start_within(text, pos, 120),
        line_end_within(text, pos, 120),
    ) else {
        return false;
    };
    // A heading does not end like a sentence.
    if text[start..end].trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let mut capital = 0;
    for word in text[start..end]
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        let first = word.chars().next().unwrap_or(' ');
        if first.is_uppercase() || first.is_ascii_digit() {
            capital += 1;
        } else if !matches!(
            word,
            "a" | "an"
                | "and"
                | "as"
                | "at"
                | "for"
                | "in"
                | "of"
                | "on"
                | "or"
                | "the"
                | "to"
                | "with"
        ) {
            return false;
        }
    }
    capital >= 3
}

#[cfg(test)]
mod tests;
