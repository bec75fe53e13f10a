//! Neighbours and lines of a position in a text: the word or punctuation
//! before and after a span, sentence starts, list markers, title-case
//! headings and header cells. Every look is bounded, so callers can ask
//! about any position of any text cheaply.

use crate::tag::vocab::is_minor_word;

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
        } else if !is_minor_word(word) {
            return false;
        }
    }
    capital >= 3
}

/// Letters and digits, in any script.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Calls `f` with `text` in ASCII lower case (`str::to_ascii_lowercase`),
/// on the stack when it is short: the windows around every candidate name
/// are lower-cased, so this runs for most capitalised words of a text.
pub fn with_ascii_lower<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    match buf.get_mut(..text.len()) {
        Some(lower) => {
            lower.copy_from_slice(text.as_bytes());
            // Only ASCII bytes change, so the bytes stay UTF-8.
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).expect("ASCII lower-casing keeps UTF-8"))
        }
        None => f(&text.to_ascii_lowercase()),
    }
}
