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
fn masks(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut masked: Vec<Range<usize>> = Vec::new();
    let mut links = Vec::new();
    let mut open_bracket: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'[' => open_bracket = Some(i + 1),
            b'\n' => open_bracket = None,
            b']' if b.get(i + 1) == Some(&b'(') => {
                if let Some(start) = open_bracket.take() {
                    links.push(start..i);
                }
                let end = b[i..]
                    .iter()
                    .position(|&c| c == b')' || c == b'\n')
                    .map_or(b.len(), |p| i + p);
                masked.push(i..end);
                i = end;
                continue;
            }
            b'h' | b'w'
                if is_url_start(&b[i..]) && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) =>
            {
                let end = i + b[i..]
                    .iter()
                    .position(|&c| url_stop(c))
                    .unwrap_or(b.len() - i);
                masked.push(i..end);
                i = end;
                continue;
            }
            b'@' if i > 0
                && b[i - 1].is_ascii_alphanumeric()
                && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) =>
            {
                let start = b[..i]
                    .iter()
                    .rposition(|&c| !email_byte(c))
                    .map_or(0, |p| p + 1);
                let end = i
                    + 1
                    + b[i + 1..]
                        .iter()
                        .position(|&c| !email_byte(c))
                        .unwrap_or(b.len() - i - 1);
                masked.push(start..end);
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
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

fn is_url_start(b: &[u8]) -> bool {
    b.starts_with(b"http://") || b.starts_with(b"https://") || b.starts_with(b"www.")
}

fn url_stop(c: u8) -> bool {
    c.is_ascii_whitespace() || matches!(c, b')' | b']' | b'>' | b'<' | b'"' | b'`' | b'|')
}

fn email_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits the text outside masks into words.
fn words(text: &str, masked: &[Range<usize>]) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices().peekable();
    let mut mask = masked.iter().peekable();
    while let Some((i, c)) = chars.next() {
        while mask.peek().is_some_and(|r| r.end <= i) {
            mask.next();
        }
        if mask.peek().is_some_and(|r| r.start <= i) || !is_word_char(c) {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let mut possessive = false;
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            if !matches!(d, '.' | '-' | '&' | '\'' | '’') {
                break;
            }
            let rest = &text[j + d.len_utf8()..];
            let mut after = rest.chars();
            let next = after.next();
            if matches!(d, '\'' | '’')
                && matches!(next, Some('s' | 'S'))
                && !after.next().is_some_and(is_word_char)
            {
                possessive = true;
                chars.next();
                chars.next();
                break;
            }
            if next.is_some_and(is_word_char) {
                chars.next();
                continue;
            }
            break;
        }
        out.push(Word {
            start,
            end,
            possessive,
        });
    }
    out
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
pub fn prev_token(text: &str, pos: usize) -> Side<'_> {
    let before = &text[..pos];
    let trimmed = before.trim_end_matches(|c: char| c == ' ' || c == '\t' || is_markup(c));
    let line = &trimmed[trimmed.rfind('\n').map_or(0, |p| p + 1)..];
    if is_line_prefix(line) {
        return Side::LineEdge;
    }
    match trimmed.chars().next_back() {
        None | Some('\n' | '\r') => Side::LineEdge,
        Some(c) if is_word_char(c) => {
            let start = trimmed
                .rfind(|c: char| !(is_word_char(c) || c == '\'' || c == '’' || c == '.'))
                .map_or(0, |p| {
                    p + trimmed[p..].chars().next().map_or(1, char::len_utf8)
                });
            Side::Word(trimmed[start..].trim_start_matches('.'))
        }
        Some(c) => Side::Punct(c),
    }
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

/// The line holding byte `pos`, without its newline.
pub fn line_of(text: &str, pos: usize) -> Range<usize> {
    let start = text[..pos].rfind('\n').map_or(0, |p| p + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |p| pos + p);
    start..end
}

/// `true` for a short line whose words are all capitalised, a heading
/// written in title case ("We Go Above And Beyond").
pub fn is_title_line(line: &str) -> bool {
    if line.len() > 120 {
        return false;
    }
    let mut capital = 0;
    for word in line
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
