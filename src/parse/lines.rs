//! Lines of text: a line → what it is (a heading, a list item, a
//! separator), a paragraph's lines → whether they are wrapped prose or a
//! block of lines, and paragraphs → the summary, their first sentence.
//!
//! Plain text marks headings as `Label:` lines, `# Heading` and whole-line
//! `**Heading**`; lists with `-`, `*`, `+`, `•` and `1.` or `1)`; a
//! separator with `---`, `***` or `___`. Postings pasted from job sites
//! start with lines that are not a paragraph (title, company and place,
//! dates): such a block is told from wrapped prose by its line lengths,
//! and a summary skips it.

use super::emphasis;

/// The label of a heading line: short, ends in `:`, reads like a label
/// rather than a sentence.
pub fn heading(line: &str) -> Option<&str> {
    let label = line.strip_suffix(':')?.trim_end();
    is_label(label).then_some(label)
}

/// Whether a line without a colon or markers can be a section's title: at
/// most six words and 50 bytes, capitalised, not ending like a sentence or
/// a clause, nor on a word that leaves one open ("We build payments for"),
/// holding no cells (" · ", " | ") and a letter.
pub fn bare_heading(line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("").to_lowercase();
    !OPEN_ENDS.contains(&last.as_str())
        && line.split_whitespace().count() <= 6
        && line.len() <= 50
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', ',', ';', '!', '?', ':', '-', '–', '—'])
        && !has_cells(line)
        && !line.contains(": ")
        && line.chars().any(char::is_alphabetic)
        && bullet(line).is_none()
        && numbered(line).is_none()
}

/// Whether `label` reads like a section label: short, capitalised, not a
/// sentence.
fn is_label(label: &str) -> bool {
    let words = label.split_whitespace().count();
    let starts_upper = label
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let sentence_like = label.contains(['.', '!', '?', ';', ':', '|']) && !label.ends_with('.');
    !(label.is_empty()
        || label.len() > 60
        || words > 8
        || !starts_upper
        || sentence_like
        || label.contains(". "))
}

/// The text of a Markdown heading line (`## Qualifications`), without its
/// markers, emphasis or final colon; `#1` and `#hashtag` are not headings.
pub fn atx_heading(line: &str) -> Option<String> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let rest = line.get(hashes..)?;
    if !(1..=6).contains(&hashes) || !rest.starts_with([' ', '\t']) {
        return None;
    }
    let mut text = rest.trim();
    // A closing run of `#` goes when a space comes before it: `## C#` keeps it.
    let open = text.trim_end_matches('#');
    if open.is_empty() || open.ends_with([' ', '\t']) {
        text = open.trim_end();
    }
    let text = emphasis::strip(text);
    let text = text.trim_end_matches(':').trim_end();
    (!text.is_empty()).then(|| text.to_string())
}

/// The label of a line that is all bold and reads like a label:
/// `**Qualifications**`, `**Job Analysis:**`, `__Benefits__:`.
pub fn bold_heading(line: &str) -> Option<&str> {
    let line = line.strip_suffix(':').unwrap_or(line);
    ["**", "__"].into_iter().find_map(|m| {
        let inner = line.strip_prefix(m)?.strip_suffix(m)?;
        let label = inner.strip_suffix(':').unwrap_or(inner);
        let trimmed = label.trim();
        (trimmed == label && !label.contains(['*', '_']) && is_label(label)).then_some(label)
    })
}

/// The text of a bulleted list item: `- `, `* `, `+ `, `• `, `· `, `– `,
/// `— `, or `-` and `•` right before a word (`-10+ years`).
pub fn bullet(line: &str) -> Option<&str> {
    for mark in ["- ", "* ", "+ ", "• ", "· ", "– ", "— "] {
        if let Some(rest) = line.strip_prefix(mark) {
            return Some(rest.trim_start());
        }
    }
    let rest = line.strip_prefix('-').or_else(|| line.strip_prefix('•'))?;
    rest.starts_with(char::is_alphanumeric).then_some(rest)
}

/// The number and text of a numbered list item: `1. ` or `1) `.
pub fn numbered(line: &str) -> Option<(u32, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = line[digits..]
        .strip_prefix(['.', ')'])?
        .strip_prefix([' ', '\t'])?
        .trim_start();
    let n = line[..digits].parse().ok()?;
    (!rest.is_empty()).then_some((n, rest))
}

/// A separator line: three or more `-`, `*` or `_` (spaces between
/// allowed), and nothing else.
pub fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_') && marks.clone().count() >= 2 && marks.all(|c| c == first)
}

/// Prose is wrapped at this many characters or more; shorter lines are
/// lines in their own right.
const MIN_WRAP: usize = 40;

/// Whether the lines of a paragraph are prose wrapped to a width: each
/// line but the last is so long that the next line's first word would not
/// have fitted on it. A block of short lines (a posting's title, company
/// and place) is not, nor is text written one sentence a line.
pub fn flows<S: AsRef<str>>(lines: &[S]) -> bool {
    let len = |s: &str| s.chars().count();
    let Some(width) = lines.iter().map(|l| len(l.as_ref())).max() else {
        return false;
    };
    lines.len() > 1
        && width >= MIN_WRAP
        && lines.windows(2).all(|w| {
            let next = w[1].as_ref().split_whitespace().next().unwrap_or("");
            len(w[0].as_ref()) + 1 + len(next) > width
        })
}

/// Paragraph lines read around a line break, each way, to tell whether
/// it wraps prose; a longer paragraph is judged by these.
const AROUND: usize = 20;

/// Words that leave a sentence open at the end of a line.
const OPEN_ENDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether the line break at byte `newline` of `text` only wraps prose:
/// the line before ends on a comma or on a word like `and` or `with`,
/// the next line goes on in lower case, or the lines around the break, to
/// the blank lines before and after, [`flow`](flows). A next line of
/// cells ("athenahealth · Boston, MA · 2 days ago") is a board's, not
/// the sentence's, whatever its case.
pub fn wraps_at(text: &str, newline: usize) -> bool {
    let prev = text[..newline].rsplit('\n').next().unwrap_or("").trim();
    let next = text[newline + 1..].trim_start_matches([' ', '\t']);
    let next_line = next.split('\n').next().unwrap_or("");
    let cells = has_cells(next_line);
    let last_word = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
    let goes_on = next.starts_with(char::is_lowercase) && !prev.ends_with([':', '.']) && !cells;
    let open = prev.ends_with(',') || OPEN_ENDS.contains(&last_word.as_str());
    if !prev.is_empty() && (goes_on || open) {
        return true;
    }
    let before = text[..newline].rsplit('\n').take(AROUND);
    let before = before.take_while(|l| !l.trim().is_empty());
    let after = text[newline + 1..].split('\n').take(AROUND);
    let after = after.take_while(|l| !l.trim().is_empty());
    let mut lines: Vec<&str> = before.map(str::trim).collect();
    lines.reverse();
    lines.extend(after.map(str::trim));
    flows(&lines)
}

/// A passage of text as plain words: the marks of list items and
/// headings at its line starts, and emphasis markers, dropped; its lines
/// joined and spaces collapsed.
pub fn plain(passage: &str) -> String {
    let lines: Vec<&str> = passage
        .lines()
        .map(|line| {
            let line = line.trim();
            let hashes = line.bytes().take_while(|&b| b == b'#').count();
            if hashes > 0 && atx_heading(line).is_some() {
                return line[hashes..].trim_start();
            }
            numbered(line)
                .map(|(_, text)| text)
                .or_else(|| bullet(line))
                .unwrap_or(line)
        })
        .collect();
    let text = emphasis::strip(&lines.join(" "));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the source lines of a Markdown paragraph are a block of lines
/// rather than text that runs on: not wrapped prose, no line ending a
/// sentence (nor, but the last, a clause), and every line after the first
/// starting with a capital, digit or sign (a new item, not a sentence
/// going on).
pub fn is_line_block<S: AsRef<str>>(lines: &[S]) -> bool {
    let Some((last, rest)) = lines.split_last() else {
        return false;
    };
    let ends = |l: &S, stops: &[char]| l.as_ref().trim_end().ends_with(stops);
    !rest.is_empty()
        && !flows(lines)
        && !ends(last, &['.', '!', '?'])
        && rest.iter().all(|l| !ends(l, &['.', '!', '?', ',', ';']))
        && lines[1..].iter().all(|l| {
            l.as_ref()
                .trim_start()
                .starts_with(|c: char| !c.is_lowercase())
        })
}

/// Whether a line holds cells, as job boards' and subjects' lines do
/// ("Acme · Austin, TX", "Acme | Backend Engineer", tab-separated): no
/// sentence does.
pub fn has_cells(line: &str) -> bool {
    [" · ", " | ", " • ", "\t"].iter().any(|c| line.contains(c))
}

/// Whether a line reads as a sentence of the body rather than a header
/// line: no `·` or `|` cells, and either ending like a sentence with three
/// words or more, or (when not a `Label: value` line) twelve words long.
pub fn reads_as_sentence(line: &str) -> bool {
    let line = line.trim();
    if has_cells(line) {
        return false;
    }
    let words = line.split_whitespace().count();
    let end = line.trim_end_matches(['"', '\'', ')', ']', '”', '’', '*', '_']);
    if words >= 3 && end.ends_with(['.', '!', '?', '…']) {
        return true;
    }
    let labelled = line
        .split_once(": ")
        .is_some_and(|(label, _)| label.split_whitespace().count() <= 3);
    words >= 12 && !labelled
}

/// A document's summary, chosen from its paragraphs in order: the first
/// one with a sentence, from that sentence on; failing that, the first
/// paragraph. Lines that are not prose are never run together: a summary
/// made of them keeps them apart with ` · `.
#[derive(Debug, Default)]
pub struct Summary {
    first: Option<String>,
    chosen: Option<String>,
}

impl Summary {
    /// Offers the lines of the next paragraph, `flows` when they are prose
    /// that runs on; returns `true` once the summary is chosen.
    pub fn offer<S: AsRef<str>>(&mut self, lines: &[S], flows: bool) -> bool {
        if self.chosen.is_some() {
            return true;
        }
        let lines: Vec<&str> = lines
            .iter()
            .map(|l| l.as_ref().trim())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            return false;
        }
        if flows {
            let text = lines.join(" ");
            if reads_as_sentence(&text) {
                self.chosen = Some(text);
            } else {
                self.first.get_or_insert(text);
            }
        } else if let Some(mut from) = lines.iter().position(|l| reads_as_sentence(l)) {
            // A sentence begun on an earlier line goes on in lower case.
            let goes_on = |at: usize| {
                lines[at].starts_with(char::is_lowercase)
                    && !lines[at - 1].ends_with(['.', '!', '?', ':'])
            };
            while from > 0 && goes_on(from) {
                from -= 1;
            }
            let mut to = from + 1;
            while to < lines.len() && (goes_on(to) || reads_as_sentence(lines[to])) {
                to += 1;
            }
            self.chosen = Some(lines[from..to].join(" "));
        } else if self.first.is_none() {
            self.first = Some(join_lines(&lines));
        }
        self.chosen.is_some()
    }

    /// The summary.
    pub fn finish(self) -> String {
        self.chosen.or(self.first).unwrap_or_default()
    }
}

/// Lines as one line: ` · ` between them, or a space after one that ends
/// in punctuation.
fn join_lines(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        if !out.is_empty() {
            let ends = out.ends_with(['.', ',', ';', ':', '!', '?', '·', '|', '-']);
            out.push_str(if ends { " " } else { " · " });
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_lines() {
        for (line, want) in [
            ("Job Analysis:", Some("Job Analysis")),
            ("About Us:", Some("About Us")),
            ("What you'll do:", Some("What you'll do")),
            ("Requirements :", Some("Requirements")),
            (
                "The role requires the following:",
                Some("The role requires the following"),
            ),
            ("Note: this is a sentence:", None),
            ("we use Go:", None),
            ("Sure. Here's the analysis:", None),
            ("Acme | Backend Engineer | Remote:", None),
            ("Job Analysis", None),
        ] {
            assert_eq!(heading(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn markdown_headings() {
        for (line, want) in [
            ("# Title", Some("Title")),
            ("### Qualifications", Some("Qualifications")),
            ("## Benefits ##", Some("Benefits")),
            ("## What you'll do:", Some("What you'll do")),
            ("## **Perks**", Some("Perks")),
            ("## C#", Some("C#")),
            ("#1 priority", None),
            ("#hashtag", None),
            ("####### seven", None),
            ("#", None),
            ("## ", None),
        ] {
            assert_eq!(atx_heading(line).as_deref(), want, "line: {line:?}");
        }
        for (line, want) in [
            ("**Qualifications**", Some("Qualifications")),
            ("**Job Analysis:**", Some("Job Analysis")),
            ("__Benefits__:", Some("Benefits")),
            ("**Equal opportunity employer. Apply now!**", None),
            ("**Note:** remote is fine", None),
            ("**Python** and **Go**", None),
            ("** spaced **", None),
        ] {
            assert_eq!(bold_heading(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn list_items() {
        for (line, want) in [
            ("- Go", Some("Go")),
            ("* Kubernetes", Some("Kubernetes")),
            ("+ Rust", Some("Rust")),
            ("• PostgreSQL", Some("PostgreSQL")),
            ("•Python", Some("Python")),
            ("-10+ years of C++", Some("10+ years of C++")),
            ("*Docker* is required", None),
            ("**Overview**", None),
            ("-- not a bullet", None),
            ("---", None),
        ] {
            assert_eq!(bullet(line), want, "line: {line:?}");
        }
        for (line, want) in [
            ("1. Python and SQL", Some((1, "Python and SQL"))),
            ("12) PyTorch", Some((12, "PyTorch"))),
            ("2024. A year", None),
            ("3.5 years", None),
            ("1.", None),
        ] {
            assert_eq!(numbered(line), want, "line: {line:?}");
        }
        for (line, want) in [
            ("---", true),
            ("* * *", true),
            ("___", true),
            ("--", false),
            ("-*-", false),
            ("- item", false),
        ] {
            assert_eq!(is_rule(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn wrapped_prose_flows_and_header_lines_do_not() {
        let wrapped = [
            "Acme Corp is hiring a Backend Software Engineer to build its payments",
            "API in Go, with PostgreSQL and Kubernetes in production, for shops in",
            "twelve countries.",
        ];
        assert!(flows(&wrapped));
        for lines in [
            &[
                "PepsiCo",
                "Data Scientist II",
                "Purchase, NY · Reposted 1 week ago · 87 applicants",
                "On-site · Full-time · Associate",
            ][..],
            &["Ai Engineer", "PepsiCo · Chicago, IL · 3 days ago"],
            &[
                "Overview",
                "PepsiCo products are enjoyed by consumers more than one billion times a day.",
            ],
            &["Hybrid · Full-time", "About the job"],
            &["One single line that is long enough to be prose on its own."],
        ] {
            assert!(!flows(lines), "{lines:?}");
        }
    }

    #[test]
    fn line_blocks_in_markdown() {
        for (lines, want) in [
            (&["Senior Engineer", "**Acme** · Remote"][..], true),
            (
                &[
                    "Location: San Francisco",
                    "Employment Type: Full time",
                    "Department: Research",
                ],
                true,
            ),
            (&["We build payments.", "Our team is small."], false),
            (&["We build payments", "for small shops."], false),
            (&["We use Rust and", "Kubernetes here."], false),
            (&["One line only"], false),
        ] {
            assert_eq!(is_line_block(lines), want, "{lines:?}");
        }
    }

    #[test]
    fn sentences_and_header_lines() {
        for (line, want) in [
            ("The AI Engineer role at PepsiCo is about shipping.", true),
            ("Call went well.", true),
            ("Ai Engineer", false),
            (
                "PepsiCo · Chicago, IL · 3 days ago · Over 100 applicants",
                false,
            ),
            (
                "Acme | Backend Engineer | Remote | $150k | https://acme.example/jobs",
                false,
            ),
            ("Location: San Francisco", false),
            ("Acme Inc.", false),
            (
                "Subject: Exciting Senior Java Developer opportunity with a leading fintech in Austin",
                false,
            ),
            (
                "We are looking for an engineer who enjoys building reliable payment systems",
                true,
            ),
        ] {
            assert_eq!(reads_as_sentence(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn summary_is_the_first_sentence_after_the_header() {
        let mut s = Summary::default();
        assert!(!s.offer(&["Ai Engineer", "PepsiCo · Chicago, IL", "Hybrid"], false));
        assert!(!s.offer(&["About the job"], false));
        assert!(s.offer(
            &["Overview", "PepsiCo makes snacks.", "It is large.", "Apply"],
            false
        ));
        assert_eq!(s.finish(), "PepsiCo makes snacks. It is large.");

        let mut s = Summary::default();
        s.offer(&["Ai Engineer", "PepsiCo · Chicago, IL", "Hybrid"], false);
        s.offer(&["Remote"], false);
        assert_eq!(s.finish(), "Ai Engineer · PepsiCo · Chicago, IL · Hybrid");
    }

    #[test]
    fn line_breaks_that_wrap_prose() {
        let text = "Ai Engineer\nPepsiCo · Chicago, IL\n\nAcme Corp is hiring a Backend Software Engineer to build its payments\nAPI in Go, with PostgreSQL and Kubernetes in production.\n";
        let at = |s: &str| text.find(s).unwrap() - 1;
        assert!(!wraps_at(text, at("PepsiCo")));
        assert!(wraps_at(text, at("API in Go")));
        let text = "We build payments\nfor small shops.\nJob Analysis:\nthe role";
        assert!(wraps_at(text, text.find("for small").unwrap() - 1));
        assert!(!wraps_at(text, text.find("the role").unwrap() - 1));
        let text = "We use Rust and\nKubernetes here.";
        assert!(wraps_at(text, text.find("Kubernetes").unwrap() - 1));
        // A board's line of cells under the title, whatever the case of
        // the employer's name opening it.
        let text = "Senior Product Manager\nathenahealth · Boston, MA · 2 days ago\n";
        assert!(!wraps_at(text, text.find("athena").unwrap() - 1));
    }

    #[test]
    fn passages_as_plain_words() {
        for (passage, want) in [
            ("* Build apps in **Python**", "Build apps in Python"),
            ("1. Experience with *PyTorch*", "Experience with PyTorch"),
            ("### Qualifications", "Qualifications"),
            ("**Airbnb** · Remote", "Airbnb · Remote"),
            ("runs on\n  two lines", "runs on two lines"),
            ("#1 priority", "#1 priority"),
        ] {
            assert_eq!(plain(passage), want, "passage: {passage:?}");
        }
    }
}
