//! A text as lines for finding fields: each line with its byte offset and
//! whether it is fenced code, Markdown markers peeled off a line, words
//! around a position, and the sentence a position is in.
//!
//! Every function returns slices of the text it was given, so a span found
//! in a slice is a span of the text ([`offset`]).

/// One line of a text, without its `\n`.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// Byte offset of the line in the text.
    pub start: usize,
    pub text: &'a str,
    /// Inside a fenced code block (or its fence): never a field.
    pub code: bool,
}

/// The lines of `text`, fenced code marked.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(text.len() / 48 + 1);
    let mut fence: Option<&str> = None;
    let mut start = 0;
    for line in text.split('\n') {
        let trimmed = line.trim_start();
        let marker = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
        let code = match (fence, marker) {
            (None, Some(m)) => {
                fence = Some(m);
                true
            }
            (Some(f), Some(m)) if f == m => {
                fence = None;
                true
            }
            (Some(_), _) => true,
            (None, None) => false,
        };
        out.push(Line {
            start,
            text: line,
            code,
        });
        start += line.len() + 1;
    }
    out
}

/// Byte offset of `inner` (a slice of `outer`) in `outer`.
pub fn offset(outer: &str, inner: &str) -> usize {
    let at = inner.as_ptr() as usize - outer.as_ptr() as usize;
    debug_assert!(at + inner.len() <= outer.len(), "inner is a slice of outer");
    at
}

/// A line without its Markdown or list markers: `## `, `> `, `- `, `* `,
/// `• `, `1. `, and the whitespace around.
pub fn peel(line: &str) -> &str {
    let mut s = line.trim();
    loop {
        let before = s.len();
        s = s.trim_start_matches('#').trim_start();
        if let Some(rest) = s.strip_prefix('>') {
            s = rest.trim_start();
        }
        for bullet in ["- ", "* ", "+ ", "• ", "· ", "– "] {
            if let Some(rest) = s.strip_prefix(bullet) {
                s = rest.trim_start();
            }
        }
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) && s[digits..].starts_with(". ") {
            s = s[digits + 2..].trim_start();
        }
        if s.len() == before {
            return s;
        }
    }
}

/// `text` without emphasis markers and whitespace around it: `**Pay**` → `Pay`.
pub fn plain(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '`'))
}

/// Words near a position, nearest first: at most [`Words::MAX`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Words<'a> {
    words: [&'a str; Words::MAX],
    len: usize,
}

impl<'a> Words<'a> {
    pub const MAX: usize = 10;

    fn from_iter(iter: impl Iterator<Item = &'a str>, n: usize) -> Self {
        let mut out = Words::default();
        for w in iter.take(n.min(Words::MAX)) {
            out.words[out.len] = w;
            out.len += 1;
        }
        out
    }
}

impl<'a> std::ops::Deref for Words<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.words[..self.len]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '%'
}

/// Does a sentence end at byte `i`: `.`, `!` or `?` before a space or
/// the end, and not an abbreviation (`Co. is`, `e.g. a`: a lower-case
/// word follows)?
fn ends_sentence(b: &[u8], i: usize) -> bool {
    if !matches!(b[i], b'.' | b'!' | b'?') {
        return false;
    }
    let rest = &b[i + 1..];
    let Some(next) = rest.iter().position(|c| !c.is_ascii_whitespace()) else {
        return true;
    };
    next > 0 && !(b[i] == b'.' && rest[next].is_ascii_lowercase())
}

/// Does the clause around a position stop at byte `i`?
fn ends_clause(b: &[u8], i: usize, marks: &[u8]) -> bool {
    b[i] == b'\n' || marks.contains(&b[i]) || ends_sentence(b, i)
}

/// Up to `n` words after `at` in the same sentence, nearest first.
pub fn words_after(text: &str, at: usize, n: usize) -> Words<'_> {
    let end = floor(text, (at + 120).min(text.len()));
    let b = text.as_bytes();
    let stop = (at..end).find(|&i| ends_clause(b, i, b";(")).unwrap_or(end);
    let words = text[at..stop]
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    Words::from_iter(words, n)
}

/// Up to `n` words before `at` in the same sentence, nearest first.
pub fn words_before(text: &str, at: usize, n: usize) -> Words<'_> {
    let start = floor(text, at.saturating_sub(120));
    let b = text.as_bytes();
    let from = (start..at)
        .rev()
        .find(|&i| ends_clause(b, i, b";)"))
        .map_or(start, |i| i + 1);
    let words = text[from..at]
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    Words::from_iter(words, n)
}

/// The sentence around `text[start..end]`, at most `reach` bytes each side:
/// it stops at `.`, `!` or `?` before a space (not after an abbreviation),
/// and at line ends.
pub fn sentence(text: &str, start: usize, end: usize, reach: usize) -> &str {
    let b = text.as_bytes();
    let lo = floor(text, start.saturating_sub(reach));
    let from = (lo..start)
        .rev()
        .find(|&i| ends_clause(b, i, b""))
        .map_or(lo, |i| i + 1);
    let hi = floor(text, (end + reach).min(text.len()));
    let to = (end..hi).find(|&i| ends_clause(b, i, b"")).unwrap_or(hi);
    &text[from..to]
}

/// The largest char boundary at or before `i`.
pub fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `text` in ASCII lower case, written into `buf`; empty when it does not
/// fit. For comparing short words without allocating.
pub fn lower<'b>(text: &str, buf: &'b mut [u8; 32]) -> &'b str {
    let Some(dst) = buf.get_mut(..text.len()) else {
        return "";
    };
    dst.copy_from_slice(text.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).unwrap_or("")
}

/// `true` when one of `words` occurs in `text` as a whole word, ignoring case.
pub fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_know_offsets_and_fences() {
        let text = "a\n```sh\n$ x\n```\nb";
        let got: Vec<_> = lines(text)
            .iter()
            .map(|l| (l.start, l.text, l.code))
            .collect();
        assert_eq!(
            got,
            [
                (0, "a", false),
                (2, "```sh", true),
                (8, "$ x", true),
                (12, "```", true),
                (16, "b", false)
            ]
        );
    }

    #[test]
    fn peel_drops_markers() {
        for (line, want) in [
            ("- **Location:** Austin", "**Location:** Austin"),
            ("## Compensation", "Compensation"),
            ("> Salary: €50k", "Salary: €50k"),
            ("• 28 days", "28 days"),
            ("2. Pay: $5", "Pay: $5"),
            ("  plain  ", "plain"),
            ("$50 - $60", "$50 - $60"),
        ] {
            assert_eq!(peel(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        let text = "The role at Summit Co. is located in Denver. Next one.";
        let at = text.find("located").unwrap();
        assert_eq!(*words_before(text, at, 3), ["is", "Co", "Summit"]);
        assert_eq!(
            sentence(text, at, at + 7, 100),
            "The role at Summit Co. is located in Denver"
        );
        let text = "It pays $43.27 an hour.";
        let at = text.find("$").unwrap();
        assert_eq!(sentence(text, at, at + 6, 100), "It pays $43.27 an hour");
    }

    #[test]
    fn words_and_sentences_around_a_position() {
        let text = "Perks. A $10k learning budget and more. Next.";
        let at = text.find("$10k").unwrap();
        assert_eq!(*words_after(text, at + 4, 2), ["learning", "budget"]);
        assert_eq!(*words_before(text, at, 3), ["A"]);
        assert_eq!(
            sentence(text, at, at + 4, 100),
            " A $10k learning budget and more"
        );
    }
}
