//! Plain text: a `.txt` document → [`Block`]s.
//!
//! Paragraphs are separated by blank lines or by headings; a short line
//! that ends in a colon and stands alone (`Job Analysis:`) is a heading;
//! lines starting with `- `, `* ` or `• ` are list items; a conversational
//! first line (`Sure. Here's the analysis:`) is dropped. Nothing in the text
//! is ever interpreted as markup.

/// One block of a plain-text document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    /// A section label, without its colon.
    Heading(String),
    /// Lines of one paragraph, line breaks kept.
    Paragraph(Vec<String>),
    /// Items of a list, without their bullets.
    List(Vec<String>),
}

/// Splits plain text into blocks.
pub fn parse_text(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut first = true;
    for line in text.lines() {
        let line = line.trim();
        if first && !line.is_empty() {
            first = false;
            if is_preamble(line) {
                continue;
            }
        }
        if line.is_empty() {
            flush(&mut blocks, &mut para, &mut items);
        } else if let Some(label) = heading(line) {
            flush(&mut blocks, &mut para, &mut items);
            blocks.push(Block::Heading(label.to_string()));
        } else if let Some(item) = list_item(line) {
            if !para.is_empty() {
                blocks.push(Block::Paragraph(std::mem::take(&mut para)));
            }
            items.push(item.to_string());
        } else {
            if !items.is_empty() {
                blocks.push(Block::List(std::mem::take(&mut items)));
            }
            para.push(line.to_string());
        }
    }
    flush(&mut blocks, &mut para, &mut items);
    blocks
}

fn flush(blocks: &mut Vec<Block>, para: &mut Vec<String>, items: &mut Vec<String>) {
    if !para.is_empty() {
        blocks.push(Block::Paragraph(std::mem::take(para)));
    }
    if !items.is_empty() {
        blocks.push(Block::List(std::mem::take(items)));
    }
}

/// The label of a heading line: short, ends in `:`, reads like a label
/// rather than a sentence.
pub fn heading(line: &str) -> Option<&str> {
    let label = line.strip_suffix(':')?.trim_end();
    let words = label.split_whitespace().count();
    let starts_upper = label
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let sentence_like = label.contains(['.', '!', '?', ';', ':', '|']) && !label.ends_with('.');
    if label.is_empty()
        || label.len() > 60
        || words > 8
        || !starts_upper
        || sentence_like
        || label.contains(". ")
    {
        return None;
    }
    Some(label)
}

fn list_item(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "• ", "· ", "– ", "— "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest.trim_start());
        }
    }
    None
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

/// A plain-text body as HTML: every character escaped, headings with ids
/// and anchors, line breaks kept, `http(s)://` addresses made links.
pub fn to_html(blocks: &[Block]) -> String {
    let mut html = String::new();
    let mut used = std::collections::HashSet::new();
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
                html.push_str(&format!(
                    "<h2 id=\"{id}\"><a class=\"anchor\" href=\"#{id}\">{text}</a></h2>\n"
                ));
            }
            Block::Paragraph(lines) => {
                html.push_str("<p>");
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        html.push_str("<br>\n");
                    }
                    push_linked(&mut html, line);
                }
                html.push_str("</p>\n");
            }
            Block::List(items) => {
                html.push_str("<ul>\n");
                for item in items {
                    html.push_str("<li>");
                    push_linked(&mut html, item);
                    html.push_str("</li>\n");
                }
                html.push_str("</ul>\n");
            }
        }
    }
    html
}

/// The first paragraph of a plain-text body, for summaries.
pub fn first_paragraph(blocks: &[Block]) -> String {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(lines) => Some(lines.join(" ")),
            _ => None,
        })
        .unwrap_or_default()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

/// Appends escaped text, with web addresses made into links.
fn push_linked(html: &mut String, text: &str) {
    let mut rest = text;
    while let Some(start) = rest
        .find("http://")
        .into_iter()
        .chain(rest.find("https://"))
        .min()
    {
        let (before, from) = rest.split_at(start);
        let end = from.find(char::is_whitespace).unwrap_or(from.len());
        let url = from[..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']);
        html.push_str(&escape(before));
        let mut href = String::new();
        pulldown_cmark_escape::escape_href(&mut href, url)
            .expect("writing to a String cannot fail");
        html.push_str(&format!("<a href=\"{href}\">{}</a>", escape(url)));
        rest = &from[url.len()..];
    }
    html.push_str(&escape(rest));
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
            "<h2 id=\"job-analysis\"><a class=\"anchor\" href=\"#job-analysis\">Job Analysis</a></h2>\n\
             <p>line one<br>\nsee <a href=\"https://acme.example/jobs?id=1&amp;x=2\">https://acme.example/jobs?id=1&amp;x=2</a>.</p>\n\
             <ul>\n<li>Go</li>\n</ul>\n\
             <h2 id=\"job-analysis-1\"><a class=\"anchor\" href=\"#job-analysis-1\">Job Analysis</a></h2>\n"
        );
    }
}
