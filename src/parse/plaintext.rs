//! Plain text: a `.txt` document → [`Block`]s, and blocks → HTML and a
//! summary.
//!
//! Paragraphs are separated by blank lines or by headings; a short line
//! that ends in a colon and stands alone (`Job Analysis:`) is a heading, and
//! so is a short capitalised line after a blank line with a list item or a
//! sentence right under it (`About the job`, `What you'll do`), as job
//! sites' pages copy their section titles; a conversational first line
//! (`Sure. Here's the analysis:`) is dropped.
//! The Markdown that postings copied from job sites carry is read as
//! Markdown would read it, and nothing more (see [`lines`] and
//! [`emphasis`]): `# Heading` and `**Heading**` lines, `-`, `*`, `+`, `•`
//! and `1.` lists, `---` separators, `**bold**` and `*italic*`. Nothing in
//! the text is ever interpreted as HTML.

use super::{emphasis, lines};

/// One block of a plain-text document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    /// A section label, without its colon or markers.
    Heading(String),
    /// Lines of one paragraph: wrapped prose, or lines in their own right
    /// (see [`lines::flows`]).
    Paragraph(Vec<String>),
    /// Items of a list, without their bullets.
    List(Vec<String>),
    /// Items of a numbered list, without their numbers, and the number of
    /// the first.
    Numbered(u32, Vec<String>),
    /// A separator line.
    Rule,
}

/// Splits plain text into blocks.
pub fn parse_text(text: &str) -> Vec<Block> {
    let mut out = Blocks::default();
    let mut first = true;
    let all: Vec<&str> = text.lines().collect();
    for (n, raw) in all.iter().enumerate() {
        let line = raw.trim();
        let opening = first;
        if first && !line.is_empty() {
            first = false;
            if is_preamble(line) {
                continue;
            }
        }
        if line.is_empty() {
            out.flush();
        } else if lines::is_rule(line) {
            out.push(Block::Rule);
        } else if let Some(label) = lines::atx_heading(line) {
            out.push(Block::Heading(label));
        } else if let Some(label) = lines::bold_heading(line).or_else(|| lines::heading(line)) {
            out.push(Block::Heading(emphasis::strip(label)));
        } else if !opening
            && out.para.is_empty()
            && out.items.is_empty()
            && n.checked_sub(1).is_none_or(|p| all[p].trim().is_empty())
            && all
                .get(n + 1)
                .is_some_and(|next| opens_section(next.trim()))
            && lines::bare_heading(line)
        {
            out.push(Block::Heading(line.to_string()));
        } else if let Some((n, item)) = lines::numbered(line) {
            out.item(Some(n), item);
        } else if let Some(item) = lines::bullet(line) {
            out.item(None, item);
        } else if raw.starts_with([' ', '\t']) && out.para.is_empty() && !out.items.is_empty() {
            // An indented line under a list item goes on with the item.
            let last = out.items.last_mut().expect("checked above");
            last.push(' ');
            last.push_str(line);
        } else {
            out.flush_list();
            out.para.push(line.to_string());
        }
    }
    out.flush();
    out.blocks
}

/// `true` when a line can open a section's text under a bare heading: a
/// list item, or a sentence or prose of six words or more that opens with
/// a capital ("About the job\nAcme is hiring a …"); never a line that
/// goes on with a sentence in lower case.
fn opens_section(line: &str) -> bool {
    lines::bullet(line).is_some()
        || lines::numbered(line).is_some()
        || (line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && (lines::reads_as_sentence(line)
                || (line.split_whitespace().count() >= 6 && !lines::has_cells(line))))
}

/// Blocks being made: the paragraph or list under way.
#[derive(Default)]
struct Blocks {
    blocks: Vec<Block>,
    para: Vec<String>,
    items: Vec<String>,
    /// The number of the first item when the list is numbered.
    numbered: Option<u32>,
}

impl Blocks {
    fn flush_para(&mut self) {
        if !self.para.is_empty() {
            self.blocks
                .push(Block::Paragraph(std::mem::take(&mut self.para)));
        }
    }

    fn flush_list(&mut self) {
        if !self.items.is_empty() {
            let items = std::mem::take(&mut self.items);
            self.blocks.push(match self.numbered.take() {
                Some(n) => Block::Numbered(n, items),
                None => Block::List(items),
            });
        }
    }

    fn flush(&mut self) {
        self.flush_para();
        self.flush_list();
    }

    fn push(&mut self, block: Block) {
        self.flush();
        self.blocks.push(block);
    }

    /// A list item; `number` when the list is numbered.
    fn item(&mut self, number: Option<u32>, text: &str) {
        self.flush_para();
        if self.numbered.is_some() != number.is_some() {
            self.flush_list();
        }
        if self.items.is_empty() {
            self.numbered = number;
        }
        self.items.push(text.to_string());
    }
}

/// A conversational first line, written by an assistant rather than about
/// the job: `Sure. Here's the analysis:`, `Certainly! Below is ...`.
pub fn is_preamble(line: &str) -> bool {
    const OPENERS: &[&str] = &[
        "sure",
        "certainly",
        "of course",
        "absolutely",
        "okay",
        "ok,",
        "ok.",
        "ok!",
        "great",
        "here's",
        "here is",
        "here are",
        "below is",
        "below are",
        "happy to",
        "no problem",
        "alright",
        "all right",
        "i've",
        "i have put",
        "as requested",
    ];
    let lower = line.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    line.len() <= 160
        && OPENERS.iter().any(|o| {
            lower.starts_with(o)
                && lower[o.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        && (line.ends_with(':') || line.ends_with('.') || line.ends_with('!'))
}

/// A plain-text body as HTML: every character escaped, headings with ids,
/// emphasis as `<strong>` and `<em>`, line breaks kept but
/// in wrapped prose, `http(s)://` addresses made links.
pub fn to_html(blocks: &[Block]) -> String {
    let mut html = String::new();
    let mut used = std::collections::HashSet::new();
    let items = |html: &mut String, items: &[String]| {
        for item in items {
            html.push_str("<li>");
            push_inline(html, item);
            html.push_str("</li>\n");
        }
    };
    for block in blocks {
        match block {
            Block::Heading(label) => {
                let base = crate::url::slugify(label);
                let base = if base.is_empty() {
                    "section".to_string()
                } else {
                    base
                };
                let mut id = base.clone();
                let mut n = 1;
                while !used.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                let text = escape(label);
                html.push_str(&format!("<h2 id=\"{id}\">{text}</h2>\n"));
            }
            Block::Paragraph(lines) => {
                // Wrapped prose ends its paragraph with a sentence; lines
                // that do not ("Title - Team\nAcme - Berlin - 12 weeks")
                // are lines, however long.
                let ends_sentence = lines.last().is_some_and(|l| {
                    l.trim_end()
                        .trim_end_matches(['"', '\'', ')', '”', '’', '*', '_'])
                        .ends_with(['.', '!', '?', ':', ';'])
                });
                let joint = if ends_sentence && lines::flows(lines) {
                    "\n"
                } else {
                    "<br>\n"
                };
                html.push_str("<p>");
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        html.push_str(joint);
                    }
                    push_inline(&mut html, line);
                }
                html.push_str("</p>\n");
            }
            Block::List(list) => {
                html.push_str("<ul>\n");
                items(&mut html, list);
                html.push_str("</ul>\n");
            }
            Block::Numbered(first, list) => {
                match first {
                    1 => html.push_str("<ol>\n"),
                    n => html.push_str(&format!("<ol start=\"{n}\">\n")),
                }
                items(&mut html, list);
                html.push_str("</ol>\n");
            }
            Block::Rule => html.push_str("<hr>\n"),
        }
    }
    html
}

/// The summary of a plain-text body: its first sentence after the lines a
/// pasted posting starts with, without emphasis markers (see
/// [`lines::Summary`]).
pub fn summary(blocks: &[Block]) -> String {
    let mut summary = lines::Summary::default();
    for block in blocks {
        if let Block::Paragraph(lines) = block {
            let plain: Vec<String> = lines.iter().map(|l| emphasis::strip(l)).collect();
            if summary.offer(&plain, lines::flows(lines)) {
                break;
            }
        }
    }
    summary.finish()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(html: &mut String, text: &str) {
    pulldown_cmark_escape::escape_html(html, text).expect("writing to a String cannot fail");
}

/// Appends a line as HTML: escaped, with emphasis, and web addresses made
/// into links.
fn push_inline(html: &mut String, text: &str) {
    let ranges = links(text);
    if ranges.is_empty() {
        emphasis::push_html(html, text, &ranges, &mut push_escaped);
        return;
    }
    // Emphasis never splits an address, so each piece holds whole ones.
    emphasis::push_html(html, text, &ranges, &mut |html, piece| {
        let mut rest = piece;
        for url in links(piece) {
            let start = url.start - (piece.len() - rest.len());
            let (before, from) = rest.split_at(start);
            let url = &from[..url.len()];
            push_escaped(html, before);
            html.push_str("<a href=\"");
            pulldown_cmark_escape::escape_href(&mut *html, url)
                .expect("writing to a String cannot fail");
            html.push_str("\">");
            push_escaped(html, url);
            html.push_str("</a>");
            rest = &from[url.len()..];
        }
        push_escaped(html, rest);
    });
}

/// The web addresses in `text`: from `http://` or `https://` to the next
/// space, without the punctuation or emphasis that ends a sentence.
fn links(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = ["http://", "https://"]
        .iter()
        .filter_map(|scheme| text[at..].find(scheme))
        .min()
    {
        let start = at + start;
        let end = text[start..]
            .find(char::is_whitespace)
            .map_or(text.len(), |e| start + e);
        let url = text[start..end]
            .trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'', '*', '_']);
        out.push(start..start + url.len());
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lines: &[&str]) -> Block {
        Block::Paragraph(lines.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn seed_shape_becomes_headings_and_paragraphs() {
        let text = "Sure. Here's the analysis:\nJob Analysis:\nThis role builds things.\nCompany Analysis:\nAcme operates widely.";
        assert_eq!(
            parse_text(text),
            vec![
                Block::Heading("Job Analysis".into()),
                p(&["This role builds things."]),
                Block::Heading("Company Analysis".into()),
                p(&["Acme operates widely."]),
            ]
        );
    }

    #[test]
    fn a_section_title_over_its_text_is_a_heading() {
        // As job sites' pages copy: a short capitalised line after a blank
        // line, with the section's sentence or list right under it.
        let text = "Senior Data Engineer\nAcme · Austin, TX · 2 days ago\n\nAbout the job\n\
                    Acme is hiring a data engineer to build\npipelines in Python.\n\n\
                    What you'll do\n- Build pipelines\n\nHybrid  Full-time\n\n\
                    Salary: $90,000\nPaid weekly.\n";
        assert_eq!(
            parse_text(text),
            vec![
                p(&["Senior Data Engineer", "Acme · Austin, TX · 2 days ago"]),
                Block::Heading("About the job".into()),
                p(&[
                    "Acme is hiring a data engineer to build",
                    "pipelines in Python."
                ]),
                Block::Heading("What you'll do".into()),
                Block::List(vec!["Build pipelines".into()]),
                // Nothing under it: a line of terms, not a title.
                p(&["Hybrid  Full-time"]),
                // A label with its value is no title.
                p(&["Salary: $90,000", "Paid weekly."]),
            ]
        );
        // The text's first line is its own title, never a section's.
        let blocks = parse_text("Data Engineer\nWe are hiring a data engineer today.\n");
        assert_eq!(blocks.len(), 1, "{blocks:?}");
    }

    #[test]
    fn preamble_lines() {
        for (line, want) in [
            ("Sure. Here's the analysis:", true),
            ("Certainly. Here is the analysis:", true),
            ("Of course! Below is a breakdown.", true),
            ("Here's my take on the role:", true),
            ("Surely the best team:", false),
            ("Job Analysis:", false),
            ("Acme is hiring a Backend Engineer.", false),
            ("Okay so this is a very long line that goes on", false),
        ] {
            assert_eq!(is_preamble(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn preamble_only_on_the_first_line() {
        let blocks = parse_text("Job Analysis:\nSure. Here's the analysis:\n");
        assert_eq!(blocks.len(), 2, "{blocks:?}");
    }

    #[test]
    fn bullets_become_lists_and_blank_lines_split_paragraphs() {
        let text = "Acme | Backend Engineer | Remote\nWe build payments.\n\nRequirements:\n- Go\n* Kubernetes\n• PostgreSQL\nApply by email.";
        assert_eq!(
            parse_text(text),
            vec![
                p(&["Acme | Backend Engineer | Remote", "We build payments."]),
                Block::Heading("Requirements".into()),
                Block::List(vec!["Go".into(), "Kubernetes".into(), "PostgreSQL".into()]),
                p(&["Apply by email."]),
            ]
        );
    }

    #[test]
    fn markup_is_kept_as_text() {
        let blocks = parse_text("<script>alert(1)</script>\n");
        assert_eq!(blocks, vec![p(&["<script>alert(1)</script>"])]);
        assert_eq!(
            to_html(&blocks),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
        );
    }

    #[test]
    fn html_has_heading_ids_breaks_lists_and_links() {
        let blocks = parse_text(
            "Job Analysis:\nline one\nsee https://acme.example/jobs?id=1&x=2.\n- Go\nJob Analysis:\n",
        );
        assert_eq!(
            to_html(&blocks),
            "<h2 id=\"job-analysis\">Job Analysis</h2>\n\
             <p>line one<br>\nsee <a href=\"https://acme.example/jobs?id=1&amp;x=2\">https://acme.example/jobs?id=1&amp;x=2</a>.</p>\n\
             <ul>\n<li>Go</li>\n</ul>\n\
             <h2 id=\"job-analysis-1\">Job Analysis</h2>\n"
        );
    }

    #[test]
    fn markdown_left_in_a_posting_becomes_structure() {
        let text = "**Overview**\nWe ship **models** with *Docker*.\n\n### Qualifications\n1. Python and SQL\n2. PyTorch\n   or TensorFlow\n- Go\n---\n__Benefits__:\n5) five\n";
        let blocks = parse_text(text);
        assert_eq!(
            blocks,
            vec![
                Block::Heading("Overview".into()),
                p(&["We ship **models** with *Docker*."]),
                Block::Heading("Qualifications".into()),
                Block::Numbered(
                    1,
                    vec!["Python and SQL".into(), "PyTorch or TensorFlow".into()]
                ),
                Block::List(vec!["Go".into()]),
                Block::Rule,
                Block::Heading("Benefits".into()),
                Block::Numbered(5, vec!["five".into()]),
            ]
        );
        let html = to_html(&blocks);
        assert!(
            html.contains("<p>We ship <strong>models</strong> with <em>Docker</em>.</p>"),
            "{html}"
        );
        assert!(
            html.contains("<ol>\n<li>Python and SQL</li>\n<li>PyTorch or TensorFlow</li>\n</ol>"),
            "{html}"
        );
        assert!(
            html.contains("<hr>\n") && html.contains("<ol start=\"5\">"),
            "{html}"
        );
        assert!(!html.contains('*') && !html.contains("__"), "{html}");
    }

    #[test]
    fn emphasis_around_an_address_leaves_the_address_whole() {
        let html = to_html(&parse_text("Apply at **https://acme.example/jobs_1**.\n"));
        assert_eq!(
            html,
            "<p>Apply at <strong><a href=\"https://acme.example/jobs_1\">https://acme.example/jobs_1</a></strong>.</p>\n"
        );
    }

    #[test]
    fn wrapped_prose_runs_on_and_header_lines_stay_lines() {
        let long = "Full Stack Software Engineer Intern (Summer 2025) - Player & Live Events\n\
                    Cobaltreef - Amsterdam or Berlin - 12 weeks, paid\n";
        assert_eq!(
            to_html(&parse_text(long)),
            "<p>Full Stack Software Engineer Intern (Summer 2025) - Player &amp; Live Events<br>\n\
             Cobaltreef - Amsterdam or Berlin - 12 weeks, paid</p>\n"
        );
        let text = "Ai Engineer\nPepsiCo · Chicago, IL\n\nAcme Corp is hiring a Backend Software Engineer to build its payments\nAPI in Go, with PostgreSQL and Kubernetes in production.\n";
        assert_eq!(
            to_html(&parse_text(text)),
            "<p>Ai Engineer<br>\nPepsiCo · Chicago, IL</p>\n\
             <p>Acme Corp is hiring a Backend Software Engineer to build its payments\nAPI in Go, with PostgreSQL and Kubernetes in production.</p>\n"
        );
    }

    #[test]
    fn summary_is_the_first_sentence_not_the_header_lines() {
        for (text, want) in [
            (
                "Ai Engineer\nPepsiCo · Chicago, IL · 3 days ago\nHybrid · Full-time\n\nAbout the job\n**Overview**\nPepsiCo's **AI** team builds models. It is big.\n",
                "PepsiCo's AI team builds models. It is big.",
            ),
            (
                "Sure. Here's the analysis:\nJob Analysis:\nThis role builds things.\n",
                "This role builds things.",
            ),
            (
                "Acme | Backend Engineer | Remote\n\nWe build payments for\nsmall shops in twelve countries, in Go and Rust, with a small team.\n",
                "We build payments for small shops in twelve countries, in Go and Rust, with a small team.",
            ),
            ("Acme call\nTuesday 3pm\n", "Acme call · Tuesday 3pm"),
            ("- only a list\n", ""),
        ] {
            assert_eq!(summary(&parse_text(text)), want, "text: {text:?}");
        }
    }
}
