//! Emphasis in plain text: a line → its `**bold**`, `__bold__`, `*italic*`
//! and `_italic_` spans, as HTML (every character escaped, only
//! `<strong>` and `<em>` added) or as text without the markers.
//!
//! Postings copied from job sites keep the Markdown their editors wrote.
//! A marker counts only where Markdown would read it and the text could
//! not mean it literally: it opens before a non-space, closes after one,
//! is not inside a word (`__init__.py`, `x*y`: punctuation next to the
//! marker does not end the word), and pairs with a marker of the same
//! character and length on the same line. So `snake_case_names`, `2 * 3`,
//! `__init__.py` and a lone `*` stay as written. CommonMark itself would also read indentation, `<tags>`,
//! `&entities;` and backslashes, which in plain text mean themselves.

use std::ops::Range;

/// A run of `*` or `_` that opens or closes emphasis, paired with its
/// other end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pair {
    open: usize,
    close: usize,
    /// Marker length: 1 italic, 2 bold, 3 both.
    len: usize,
}

/// A run of one marker character.
#[derive(Clone, Copy, Debug)]
struct Run {
    at: usize,
    len: usize,
    byte: u8,
    can_open: bool,
    can_close: bool,
}

/// The runs of `*` and `_` in `text` outside `skip` (ranges of web
/// addresses, whose underscores are part of them), with whether each can
/// open or close emphasis.
fn runs(text: &str, skip: &[Range<usize>]) -> Vec<Run> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'*' && b != b'_' {
            i += 1;
            continue;
        }
        if let Some(r) = skip.iter().find(|r| r.contains(&i)) {
            i = r.end;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == b && !skip.iter().any(|r| r.contains(&i)) {
            i += 1;
        }
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        out.push(Run {
            at: start,
            len: i - start,
            byte: b,
            can_open: !space(after) && !glued(text[..start].chars().rev()),
            can_close: !space(before) && !glued(text[i..].chars()),
        });
    }
    out
}

/// Whether a marker is inside a word on this side: the first character
/// past any punctuation (`.py` in `__init__.py`) is a letter or digit,
/// rather than a space, the end, or another marker.
fn glued(mut side: impl Iterator<Item = char>) -> bool {
    side.find(|&c| c.is_alphanumeric() || c.is_whitespace() || c == '*' || c == '_')
        .is_some_and(char::is_alphanumeric)
}

/// Pairs the runs: a closing run takes the nearest open run of the same
/// character and length; runs opened inside it and left unclosed stay text.
fn pairs(runs: &[Run]) -> Vec<Pair> {
    let mut open: Vec<&Run> = Vec::new();
    let mut out = Vec::new();
    for run in runs.iter().filter(|r| r.len <= 3) {
        if run.can_close
            && let Some(k) = open
                .iter()
                .rposition(|o| o.byte == run.byte && o.len == run.len)
        {
            out.push(Pair {
                open: open[k].at,
                close: run.at,
                len: run.len,
            });
            open.truncate(k);
        } else if run.can_open {
            open.push(run);
        }
    }
    out.sort_by_key(|p| p.open);
    out
}

/// What stands at a byte of the text: a marker that opens or closes
/// emphasis, to be dropped or replaced by a tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open(usize),
    Close(usize),
}

/// The markers of `text` in text order: where each starts and what it is.
fn marks(text: &str, skip: &[Range<usize>]) -> Vec<(usize, Mark)> {
    let mut marks: Vec<(usize, Mark)> = pairs(&runs(text, skip))
        .into_iter()
        .flat_map(|p| [(p.open, Mark::Open(p.len)), (p.close, Mark::Close(p.len))])
        .collect();
    marks.sort_by_key(|m| m.0);
    marks
}

/// Appends `text` as HTML: emphasis as `<strong>` and `<em>`, everything
/// else through `push_text` (which escapes it), web addresses in `links`
/// left whole for it.
pub fn push_html(
    html: &mut String,
    text: &str,
    links: &[Range<usize>],
    push_text: &mut dyn FnMut(&mut String, &str),
) {
    let mut from = 0;
    for (at, mark) in marks(text, links) {
        push_text(html, &text[from..at]);
        let (len, tags) = match mark {
            Mark::Open(len) => (len, ["<strong>", "<em>", "<strong><em>"]),
            Mark::Close(len) => (len, ["</strong>", "</em>", "</em></strong>"]),
        };
        html.push_str(tags[if len == 3 { 2 } else { 2 - len }]);
        from = at + len;
    }
    push_text(html, &text[from..]);
}

/// `text` without its emphasis markers; runs of two or three that would
/// open or close emphasis go too when their other end is missing (as in a
/// passage cut out of a longer text).
pub fn strip(text: &str) -> String {
    if !text.contains(['*', '_']) {
        return text.to_string();
    }
    let runs = runs(text, &[]);
    let mut drop: Vec<Range<usize>> = pairs(&runs)
        .iter()
        .flat_map(|p| [p.open..p.open + p.len, p.close..p.close + p.len])
        .collect();
    drop.extend(
        runs.iter()
            .filter(|r| (2..=3).contains(&r.len) && (r.can_open != r.can_close))
            .map(|r| r.at..r.at + r.len),
    );
    drop.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for r in drop {
        if r.start >= from {
            out.push_str(&text[from..r.start]);
            from = r.end;
        }
    }
    out.push_str(&text[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(text: &str) -> String {
        let mut out = String::new();
        push_html(&mut out, text, &[], &mut |h, t| {
            pulldown_cmark_escape::escape_html(&mut *h, t).unwrap()
        });
        out
    }

    #[test]
    fn markers_become_tags_where_markdown_reads_them() {
        for (text, want) in [
            ("**Qualifications**", "<strong>Qualifications</strong>"),
            ("in **Python** daily", "in <strong>Python</strong> daily"),
            (
                "__Bachelors degree__ or",
                "<strong>Bachelors degree</strong> or",
            ),
            ("with *Docker* and", "with <em>Docker</em> and"),
            ("_Equal opportunity._", "<em>Equal opportunity.</em>"),
            ("***Both***", "<strong><em>Both</em></strong>"),
            (
                "**Go, *Rust* and C**",
                "<strong>Go, <em>Rust</em> and C</strong>",
            ),
            ("(**Remote**)", "(<strong>Remote</strong>)"),
            (
                "**Go**/**Rust**",
                "<strong>Go</strong>/<strong>Rust</strong>",
            ),
        ] {
            assert_eq!(html(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn literal_stars_and_underscores_stay() {
        for text in [
            "snake_case_names and __init__.py",
            "2 * 3 * 4",
            "a lone * star",
            "**unclosed bold",
            "C++* and x*y*z",
            "foo.**bar**.baz",
            "** spaced **",
            "_underscored_word_here",
            "****",
        ] {
            assert_eq!(html(text), html_escape(text), "text: {text:?}");
        }
    }

    fn html_escape(text: &str) -> String {
        let mut out = String::new();
        pulldown_cmark_escape::escape_html(&mut out, text).unwrap();
        out
    }

    #[test]
    fn text_inside_markers_is_escaped() {
        assert_eq!(
            html("**<script>x</script>** & *<b>*"),
            "<strong>&lt;script&gt;x&lt;/script&gt;</strong> &amp; <em>&lt;b&gt;</em>"
        );
    }

    #[test]
    fn addresses_keep_their_underscores() {
        let text = "see https://x.example/_a_ now";
        let start = text.find("https").unwrap();
        let end = start + "https://x.example/_a_".len();
        let mut out = String::new();
        let address: Vec<Range<usize>> = std::iter::once(start..end).collect();
        push_html(&mut out, text, &address, &mut |h, t| h.push_str(t));
        assert_eq!(out, text);
    }

    #[test]
    fn stripping_drops_markers_and_cut_off_halves() {
        for (text, want) in [
            ("in **Python** with *Docker*", "in Python with Docker"),
            ("snake_case_names and 2 * 3", "snake_case_names and 2 * 3"),
            ("…in **Python with LangChain…", "…in Python with LangChain…"),
            ("…thon** with LangChain", "…thon with LangChain"),
            ("a *lone start", "a *lone start"),
            ("plain", "plain"),
        ] {
            assert_eq!(strip(text), want, "text: {text:?}");
        }
    }
}
