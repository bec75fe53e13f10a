//! Evidence: a span of a document's text → why the document carries a
//! tag or a field: the quoted passage, and the file line, column and byte
//! range of every mention.

use crate::parse::ParsedDoc;

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

/// Makes equal quotes one shared string: a document's skills listed in
/// one sentence each quote that sentence, and every tagged document keeps
/// its evidence as long as the site.
pub fn share_quotes<'a>(evidence: impl IntoIterator<Item = &'a mut Evidence>) {
    let mut seen: Vec<std::sync::Arc<str>> = Vec::new();
    for e in evidence {
        if let Evidence::Text { quote, .. } = e {
            match seen.iter().find(|q| q[..] == quote[..]) {
                Some(q) => *quote = q.clone(),
                None => seen.push(quote.clone()),
            }
        }
    }
}

/// Where the lines of a document's text start: found once per document,
/// so that each tag's evidence finds its mentions' lines by binary search
/// instead of walking the text from its start (a long text with many tags
/// would otherwise cost the product of the two).
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn new(text: &str) -> LineStarts {
        let after_breaks = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        LineStarts(std::iter::once(0).chain(after_breaks).collect())
    }

    /// The index of the line holding byte `pos` (0 for the first) and the
    /// byte its line starts at.
    fn line_of(&self, pos: usize) -> (usize, usize) {
        let i = self.0.partition_point(|&s| s <= pos) - 1;
        (i, self.0[i])
    }
}

/// The evidence of a span of a document's text: the quote around
/// `start..end`, and each of `spans` (that one among them; itself when
/// empty) with its file line and column. `lines` are the text's.
pub fn text_evidence(
    doc: &ParsedDoc,
    lines: &LineStarts,
    start: usize,
    end: usize,
    spans: &[std::ops::Range<usize>],
) -> Evidence {
    let text = &doc.text;
    let mut mentions = Vec::with_capacity(spans.len().max(1));
    // Columns are counted in characters from the previous mention on the
    // same line, so a long line is walked once.
    let (mut counted_to, mut column) = (0, 0);
    let mut spans: Vec<std::ops::Range<usize>> = spans.to_vec();
    if spans.is_empty() {
        spans.push(start..end);
    }
    spans.sort_by_key(|r| r.start);
    for r in &spans {
        let from = r.start.min(text.len());
        let (index, line_start) = lines.line_of(from);
        if counted_to < line_start {
            (counted_to, column) = (line_start, 0);
        }
        let to = floor_char(text, from);
        column += text[counted_to..to].chars().count() as u32;
        counted_to = to;
        mentions.push(Mention {
            line: doc.body_line + index as u32,
            column: column + 1,
            start: r.start as u32,
            end: r.end as u32,
        });
    }
    let first = mentions
        .iter()
        .find(|m| m.start as usize == start)
        .copied()
        .unwrap_or(mentions[0]);
    Evidence::Text {
        quote: quote(text, start, end).into(),
        line: first.line,
        column: first.column,
        mentions: mentions.into(),
    }
}

/// The passage around `text[start..end]`: its sentence, cut at a word
/// boundary about 40 characters from the match on each side, `…` where it
/// was cut (a sentence that ends within 60 characters is shown whole); as
/// plain words, without list bullets or emphasis markers (see
/// [`crate::parse::lines::plain`]). A quote says where a tag was found;
/// the page shows the sentence in full.
pub fn quote(text: &str, start: usize, end: usize) -> String {
    // Characters kept on each side of the match, and how much further a
    // sentence may run and still be shown whole rather than cut.
    const REACH: usize = 40;
    const SLACK: usize = 20;
    let start = floor_char(text, start.min(text.len()));
    let end = floor_char(text, end.clamp(start, text.len()));
    // A line end ends the passage unless the line break only wraps prose
    // ("We use Rust and\nKubernetes"): a posting's title is not part of
    // its company line ("Senior Data Engineer\nAcme · Austin, TX").
    let runs_on = |newline: usize| crate::parse::lines::wraps_at(text, newline);
    // A dot ends a sentence only before a space or a line end: not in
    // ".NET", "Node.js" or "3.5".
    let is_stop = |i: usize, c: char| match c {
        '!' | '?' => true,
        '\n' => !runs_on(i),
        '.' => text[i + 1..].chars().next().is_none_or(char::is_whitespace),
        _ => false,
    };
    let mut from = start;
    // Where a cut on the left starts: the farthest word start within
    // reach, else the farthest character.
    let (mut word_from, mut reach_from) = (None, start);
    let mut cut_left = false;
    for (i, c) in text[..start].char_indices().rev() {
        if (c == '\n' && !runs_on(i))
            || (is_stop(i, c) && !text[i + c.len_utf8()..start].trim().is_empty())
        {
            break;
        }
        if start - i > REACH + SLACK {
            cut_left = true;
            from = word_from.unwrap_or(reach_from);
            break;
        }
        if start - i <= REACH {
            reach_from = i;
            if c.is_whitespace() {
                word_from = Some(i + c.len_utf8());
            }
        }
        from = i;
    }
    let mut to = end;
    // Where a cut on the right ends: the farthest word end within reach,
    // else the farthest character.
    let (mut word_to, mut reach_to) = (None, end);
    let mut cut_right = false;
    for (i, c) in text[end..].char_indices() {
        if i > REACH + SLACK {
            cut_right = true;
            to = word_to.unwrap_or(reach_to);
            break;
        }
        if i <= REACH {
            reach_to = end + i + c.len_utf8();
            if c.is_whitespace() {
                word_to = Some(end + i);
            }
        }
        to = end + i + c.len_utf8();
        if is_stop(end + i, c) {
            if c == '\n' {
                to -= 1;
            }
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

    #[test]
    fn equal_quotes_share_one_string() {
        let text = |q: &str| Evidence::Text {
            quote: q.into(),
            line: 1,
            column: 1,
            mentions: Vec::new().into(),
        };
        let mut evidence = [
            text("Go and Rust."),
            Evidence::FrontMatter { line: Some(2) },
            text("Go and Rust."),
            text("Kafka."),
        ];
        share_quotes(evidence.iter_mut());
        let quote = |e: &Evidence| match e {
            Evidence::Text { quote, .. } => quote.clone(),
            Evidence::FrontMatter { .. } => unreachable!("a text quote"),
        };
        assert!(std::sync::Arc::ptr_eq(
            &quote(&evidence[0]),
            &quote(&evidence[2])
        ));
        assert_eq!(evidence[2].describe(), "Go and Rust.");
        assert_eq!(evidence[3].describe(), "Kafka.");
        assert_eq!(evidence[1], Evidence::FrontMatter { line: Some(2) });
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
        assert_eq!(
            q,
            format!(
                "…{}Acme {}…",
                "word ".repeat(7),
                "more ".repeat(8).trim_end()
            ),
            "a long sentence is cut at the words about 40 characters away"
        );
        let short = "PepsiCo · Chicago, IL · 3 days ago · Over 100 applicants";
        assert_eq!(quote(short, 0, 7), short, "a short line is whole");
        let one_word = format!("Acme {}", "x".repeat(100));
        let q = quote(&one_word, 0, 4);
        assert!(q.ends_with('…') && q.len() < 60, "{q}");
    }
}
