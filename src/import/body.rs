//! A posting's description → the Markdown body of its document.
//!
//! Descriptions come as Markdown written by a converter (JobSpy's
//! markdownify, or [htmd] here for HTML), which escapes every character
//! that might be Markdown syntax: `C\+\+`, `\- item`, `node\_modules`.
//! [`clean_escapes`] removes the escapes that Markdown does not need, so the
//! file reads as written and the tagger sees `C++`; it keeps an escape
//! where removing it would change how the text renders, and proves that by
//! rendering both.
//!
//! [`neutralise_links`] then makes sure imported text cannot link inside
//! the site: a relative link is resolved against the posting's URL (or
//! becomes its text), and `[[wikilinks]]` are escaped. Otherwise a scraped
//! description could point at pages that do not exist, and the build would
//! report them as broken links in a file the user never wrote.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::markdown::parser_options;

/// HTML (a job page's description, or its main text) → Markdown with the
/// needless escapes removed and its links safe. `base` resolves relative
/// links.
pub fn from_html(html: &str, base: Option<&url::Url>) -> String {
    let markdown = html_converter().convert(html).unwrap_or_default();
    from_markdown(&markdown, base)
}

/// Markdown from a converter → the same with the needless escapes removed,
/// its links safe and its line ends and blank lines tidied.
pub fn from_markdown(markdown: &str, base: Option<&url::Url>) -> String {
    let text = markdown.replace("\r\n", "\n").replace('\r', "\n");
    let text = clean_escapes(&text);
    let text = neutralise_links(&text, base);
    tidy(&text)
}

/// `true` when a description is HTML rather than Markdown: it starts with
/// a tag and holds block or line-break markup (JobSpy with
/// `description_format="html"`).
pub fn looks_like_html(text: &str) -> bool {
    let text = text.trim_start();
    if !text.starts_with('<') {
        return false;
    }
    let lower = text.get(..text.len().min(4096)).unwrap_or(text);
    let lower = lower.to_ascii_lowercase();
    [
        "<p", "<div", "<br", "<ul", "<li", "<strong", "<span", "<h2", "<h3", "<b>",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

/// Turns HTML entities into characters: `R&amp;D` → `R&D`. Tags in the text
/// are dropped.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    scraper::Html::parse_fragment(text)
        .root_element()
        .text()
        .collect()
}

/// The converter: `-` bullets and one space after list markers, as people
/// write Markdown; scripts, styles and page furniture are left out.
fn html_converter() -> htmd::HtmlToMarkdown {
    htmd::HtmlToMarkdown::builder()
        .options(htmd::options::Options {
            bullet_list_marker: htmd::options::BulletListMarker::Dash,
            ul_bullet_spacing: 1,
            ol_number_spacing: 1,
            ..Default::default()
        })
        .skip_tags(vec![
            "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav",
            "footer", "aside",
        ])
        .build()
}

/// Removes the backslash escapes that the text does not need.
///
/// An escape is kept where the character would start Markdown syntax in
/// its place (a `#`, `-`, `+`, `>` or `1.` at the start of a line, `*`,
/// `` ` ``, `~`, `<` before a tag, `&` before an entity, `]` before `(`).
/// If the result still renders differently from the input, the paragraphs
/// that differ keep their escapes.
pub fn clean_escapes(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_string();
    }
    let cleaned = remove_needless_escapes(text);
    if cleaned == text {
        return cleaned;
    }
    let want = render(text);
    if render(&cleaned) == want {
        return cleaned;
    }
    // Rare: some escape mattered in a way the rules do not see. Clean one
    // block at a time, keeping each change that renders the same.
    let blocks = split_blocks(text);
    let mut chosen: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
    for i in 0..blocks.len() {
        let candidate = remove_needless_escapes(blocks[i]);
        if candidate == blocks[i] {
            continue;
        }
        let previous = std::mem::replace(&mut chosen[i], candidate);
        if render(&chosen.concat()) != want {
            chosen[i] = previous;
        }
    }
    chosen.concat()
}

/// The text cut after each blank line, keeping every byte.
fn split_blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start = 0;
    let mut previous_blank = false;
    for (at, line) in line_starts(text) {
        let blank = line.trim().is_empty();
        if previous_blank && !blank && at > start {
            blocks.push(&text[start..at]);
            start = at;
        }
        previous_blank = blank;
    }
    blocks.push(&text[start..]);
    blocks
}

fn line_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n').map(move |line| {
        let start = at;
        at += line.len();
        (start, line)
    })
}

fn render(markdown: &str) -> String {
    let mut html = String::with_capacity(markdown.len() + markdown.len() / 4);
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(markdown, parser_options()));
    html
}

/// One pass over the text applying the rules of [`clean_escapes`].
fn remove_needless_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            match next {
                Some('\\') if c == '\\' => {
                    out.push_str("\\\\");
                    i += 2;
                }
                Some(x) if c == '\\' && x.is_ascii_punctuation() => {
                    if escape_needed(&chars, i, x) {
                        out.push('\\');
                    }
                    out.push(x);
                    i += 2;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }
    out
}

/// Whether `\x` at `chars[at]` must stay escaped.
fn escape_needed(chars: &[char], at: usize, x: char) -> bool {
    let before = &chars[..at];
    let after = chars.get(at + 2).copied();
    let prev = before.last().copied();
    if at_block_start(before, x) && starts_block(x, after) {
        return true;
    }
    match x {
        '*' | '`' | '~' => true,
        '_' => {
            !(prev.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
        }
        '<' => after.is_some_and(|a| a.is_ascii_alphabetic() || matches!(a, '/' | '!' | '?')),
        '&' => entity_follows(&chars[at + 2..]),
        ']' => matches!(after, Some('(' | '[' | ':' | ']')),
        // `\[\[x]]` keeps both: pulldown-cmark reads `\[[x]]` as a wikilink.
        '[' => {
            let escaped_next = after == Some('\\') && chars.get(at + 3) == Some(&'[');
            matches!(after, Some('[' | '^')) || escaped_next || prev == Some('[')
        }
        _ => false,
    }
}

/// `true` when only indentation, `>` and list markers stand before `x` on
/// its line, where `x` could start a heading, list, quote, rule, table or
/// fence; or `x` is the `.`/`)` of an ordered-list number there.
fn at_block_start(before: &[char], x: char) -> bool {
    let mut i = 0;
    loop {
        while before.get(i).is_some_and(|c| matches!(c, ' ' | '\t' | '>')) {
            i += 1;
        }
        let marker = before.get(i).is_some_and(|c| matches!(c, '-' | '+' | '*'))
            && before.get(i + 1).is_some_and(|c| matches!(c, ' ' | '\t'));
        if !marker {
            break;
        }
        i += 2;
    }
    let rest = &before[i..];
    rest.is_empty()
        || (matches!(x, '.' | ')') && rest.len() <= 9 && rest.iter().all(char::is_ascii_digit))
}

/// `true` when `x` at the start of a line, followed by `after`, would start
/// a block: `# ` a heading, `- ` or `+ ` a list item, `---` a rule, `> ` a
/// quote, `1. ` an ordered item.
fn starts_block(x: char, after: Option<char>) -> bool {
    let spaced = after.is_none_or(char::is_whitespace);
    match x {
        '#' | '-' | '+' | '=' | '*' | '_' => spaced || after == Some(x) || after == Some('\\'),
        '.' | ')' => spaced,
        '>' | '`' | '~' | '|' | '<' => true,
        _ => false,
    }
}

/// `true` when the characters start an entity (`amp;`, `#39;`, `#x27;`).
fn entity_follows(chars: &[char]) -> bool {
    let name: String = chars
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !name.is_empty() && chars.get(name.chars().count()) == Some(&';')
}

/// Makes every link and image of `markdown` point outside the site.
///
/// A destination with a scheme (`https:`, `mailto:`) or `//` stays. A
/// relative one is resolved against `base` when there is one; a `#fragment`
/// or a relative link without a base becomes its text. `[[wikilinks]]` are
/// escaped, so they read as written.
pub fn neutralise_links(markdown: &str, base: Option<&url::Url>) -> String {
    let mut text = markdown.to_string();
    // Replacing a link can reveal another (a link in a link's text):
    // repeat until none is left, then escape every bracket as a last resort.
    for _ in 0..4 {
        let edits = link_edits(&text, base);
        if edits.is_empty() {
            return text;
        }
        for (range, replacement) in edits.into_iter().rev() {
            text.replace_range(range, &replacement);
        }
    }
    if link_edits(&text, base).is_empty() {
        text
    } else {
        text.replace('[', "\\[")
    }
}

/// A link or image being read: what [`safe_link`] needs to replace it.
struct OpenLink {
    link_type: LinkType,
    dest: String,
    image: bool,
    /// The whole link in the text.
    range: Range<usize>,
    /// Its text (or an image's description).
    inner: Option<Range<usize>>,
}

/// The edits that make the outermost internal links of `text` safe, in
/// order of position.
fn link_edits(text: &str, base: Option<&url::Url>) -> Vec<(Range<usize>, String)> {
    let mut edits = Vec::new();
    let mut open: Option<OpenLink> = None;
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(text, parser_options()).into_offset_iter() {
        let closes = matches!(event, Event::End(TagEnd::Link | TagEnd::Image));
        // Everything between the outermost start and end is its text.
        if depth > 0
            && !(closes && depth == 1)
            && let Some(link) = open.as_mut()
        {
            link.inner = Some(match link.inner.take() {
                Some(r) => r.start.min(range.start)..r.end.max(range.end),
                None => range.clone(),
            });
        }
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            })
            | Event::Start(Tag::Image {
                link_type,
                dest_url,
                ..
            }) => {
                if depth == 0 {
                    open = Some(OpenLink {
                        link_type,
                        dest: dest_url.to_string(),
                        image: text[range.clone()].starts_with('!'),
                        range,
                        inner: None,
                    });
                }
                depth += 1;
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                depth = depth.saturating_sub(1);
                if depth == 0
                    && let Some(link) = open.take()
                    && let Some(edit) = safe_link(text, link, base)
                {
                    edits.push(edit);
                }
            }
            _ => {}
        }
    }
    edits
}

/// The replacement of one link, or `None` when it already points outside.
fn safe_link(
    text: &str,
    link: OpenLink,
    base: Option<&url::Url>,
) -> Option<(Range<usize>, String)> {
    let dest = link.dest.trim();
    if matches!(link.link_type, LinkType::Email | LinkType::Autolink) || is_absolute(dest) {
        return None;
    }
    if matches!(link.link_type, LinkType::WikiLink { .. }) {
        let escaped = text[link.range.clone()].replace('[', "\\[");
        return Some((link.range, escaped));
    }
    let label = link.inner.map_or("", |r| &text[r]);
    let resolved = base
        .filter(|_| !dest.is_empty() && !dest.starts_with('#'))
        .and_then(|b| b.join(dest).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let replacement = match resolved {
        Some(url) if link.image => format!("![{label}](<{url}>)"),
        Some(url) if label.is_empty() => format!("<{url}>"),
        Some(url) => format!("[{label}](<{url}>)"),
        None => label.to_string(),
    };
    Some((link.range, replacement))
}

/// `true` for a destination that leaves the site: `//host`, or a scheme.
fn is_absolute(dest: &str) -> bool {
    let dest = dest.trim();
    if dest.starts_with("//") {
        return true;
    }
    let Some((scheme, _)) = dest.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Trims the text and keeps at most one blank line between blocks
/// (fenced code is left as it is).
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    let mut fence: Option<&str> = None;
    for line in text.trim().lines() {
        let start = line.trim_start();
        match fence {
            Some(f) if start.starts_with(f) => fence = None,
            Some(_) => {}
            None if start.starts_with("```") => fence = Some("```"),
            None if start.starts_with("~~~") => fence = Some("~~~"),
            None => {}
        }
        if line.trim().is_empty() && fence.is_none() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needless_escapes_are_removed() {
        for (input, want) in [
            ("C\\+\\+ and C\\# on \\.NET", "C++ and C# on .NET"),
            (
                "node\\_modules and snake\\_case",
                "node_modules and snake_case",
            ),
            ("5\\+ years \\- remote \\(US\\)", "5+ years - remote (US)"),
            ("R\\&D team", "R&D team"),
            ("a literal \\\\ backslash", "a literal \\\\ backslash"),
            ("\\[Remote\\] role", "[Remote] role"),
            (
                "on the \\[\\[Data Platform]] team",
                "on the \\[\\[Data Platform]] team",
            ),
            ("\\- not a list item", "\\- not a list item"),
            ("\\# not a heading", "\\# not a heading"),
            ("\\#LI\\-Hybrid", "#LI-Hybrid"),
            ("\\-5 degrees", "-5 degrees"),
            ("2024\\. A year", "2024\\. A year"),
            ("> \\- quoted dash", "> \\- quoted dash"),
            ("\\*not emphasis\\*", "\\*not emphasis\\*"),
            ("List\\<String\\> type", "List\\<String> type"),
            ("AT\\&amp;T", "AT\\&amp;T"),
            ("\\[text\\](not/a/link)", "[text\\](not/a/link)"),
            ("\\_leading underscore", "\\_leading underscore"),
            ("plain text", "plain text"),
        ] {
            assert_eq!(clean_escapes(input), want, "input: {input:?}");
        }
    }

    #[test]
    fn cleaning_never_changes_the_rendered_text() {
        for input in [
            "**Requirements**\n\n* 5\\+ years of C\\+\\+\n* SQL \\& Python\n",
            "Salary: \\$120,000 \\- \\$150,000\n\n1\\. Not a list\n",
            "a \\| b\n\\-\\-\\- \\| \\-\\-\\-\n",
            "x\n\\=\\=\\=\n",
            "`code \\+ span` and \\`tick\\`",
            "\\~\\~struck\\~\\~ and 3 \\> 2 and \\!\\[img\\](x)",
        ] {
            let cleaned = clean_escapes(input);
            assert_eq!(render(&cleaned), render(input), "input: {input:?}");
        }
    }

    #[test]
    fn internal_links_are_made_safe() {
        let base = url::Url::parse("https://boards.example.com/acme/jobs/42").unwrap();
        for (input, base, want) in [
            ("see [[Acme]] here", None, "see \\[\\[Acme]] here"),
            (
                "[apply](/jobs/42/apply)",
                Some(&base),
                "[apply](<https://boards.example.com/jobs/42/apply>)",
            ),
            (
                "[more](team.html)",
                Some(&base),
                "[more](<https://boards.example.com/acme/jobs/team.html>)",
            ),
            ("[apply](/jobs/42/apply)", None, "apply"),
            ("[top](#top) of page", Some(&base), "top of page"),
            ("![logo](logo.png)", None, "logo"),
            ("[![badge](b.png)](/x)", None, "badge"),
            (
                "[site](https://acme.example/) ok",
                None,
                "[site](https://acme.example/) ok",
            ),
            ("mail <jobs@acme.example>", None, "mail <jobs@acme.example>"),
            ("[**bold** text](../x.md)", None, "**bold** text"),
            (
                "[a][ref]\n\n[ref]: other.md\n",
                None,
                "a\n\n[ref]: other.md\n",
            ),
        ] {
            assert_eq!(neutralise_links(input, base), want, "input: {input:?}");
        }
    }

    #[test]
    fn html_becomes_readable_markdown() {
        let html = "<p>We use <b>C++</b> &amp; Rust.</p><ul><li>Go_lang</li><li>SQL</li></ul>\
                    <p><a href=\"/careers\">Careers</a> · <a href=\"#apply\">Apply</a></p>";
        let base = url::Url::parse("https://acme.example/jobs/1").unwrap();
        assert_eq!(
            from_html(html, Some(&base)),
            "We use **C++** & Rust.\n\n- Go_lang\n- SQL\n\n[Careers](<https://acme.example/careers>) · Apply\n"
        );
    }

    #[test]
    fn html_descriptions_are_told_from_markdown() {
        for (text, want) in [
            ("<p>Hello</p>", true),
            ("  <div><br/>x</div>", true),
            ("**Hello** <b>", false),
            ("<Senior> engineer", false),
        ] {
            assert_eq!(looks_like_html(text), want, "text: {text:?}");
        }
    }
}
