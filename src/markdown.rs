//! Markdown → HTML with pulldown-cmark (tables, footnotes, strikethrough,
//! task lists, heading ids), links rewritten by a
//! caller-given resolver, and the first sentence kept as a summary. A
//! top-level paragraph of short lines that are not sentences (a pasted
//! posting's title, company and place) keeps its line breaks.
//!
//! Raw HTML in the source is sanitized (see [`crate::sanitize`]) unless
//! [`Options::unsafe_html`]; links and images whose destination would run
//! code (`javascript:`) are shown as their text.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::parse::lines;
use crate::url::slugify;

/// What the resolver says of one link destination.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// Leave it as written (external URLs, `#fragments`, `mailto:`).
    Keep,
    /// Replace it; `Some(doc)` when it points at a document of the site.
    Rewrite { href: String, doc: Option<usize> },
    /// It points at nothing; the message says why.
    Broken(String),
}

/// A link the resolver could not resolve, with its 1-based line in the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrokenLink {
    pub line: u32,
    pub dest: String,
    pub reason: String,
    /// `true` for a `[[wikilink]]`.
    pub wiki: bool,
}

/// A heading of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// The HTML of a Markdown body and what was learnt while rendering it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    /// Documents linked from the body, in order, each once.
    pub links: Vec<usize>,
    pub broken: Vec<BrokenLink>,
    /// Plain text of the first paragraph with a sentence, from that
    /// sentence on (see [`crate::parse::lines::Summary`]).
    pub summary: String,
    pub headings: Vec<Heading>,
}

/// The Markdown extensions dossier turns on (`dossier check` parses with the same).
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_WIKILINKS
}

/// How a body is rendered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Pass raw HTML and `javascript:` links through as written
    /// (`unsafe_html: true` in `dossier.yaml`); by default raw HTML is
    /// sanitized and such links are shown as text.
    pub unsafe_html: bool,
}

/// Renders a Markdown body; `resolve` decides every link and image
/// destination, `[[wikilinks]]` included.
pub fn render(source: &str, resolve: &dyn Fn(&str) -> Resolved) -> Rendered {
    render_with(source, resolve, resolve)
}

/// Renders a Markdown body with raw HTML sanitized; `resolve` decides link
/// and image destinations, `wiki` the targets of `[[wikilinks]]`.
pub fn render_with(
    source: &str,
    resolve: &dyn Fn(&str) -> Resolved,
    wiki: &dyn Fn(&str) -> Resolved,
) -> Rendered {
    render_with_options(source, resolve, wiki, RenderOptions::default())
}

/// [`render_with`], with options.
pub fn render_with_options(
    source: &str,
    resolve: &dyn Fn(&str) -> Resolved,
    wiki: &dyn Fn(&str) -> Resolved,
    options: RenderOptions,
) -> Rendered {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset) as u32;

    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut heading_at: Option<usize> = None;
    let mut summary = SummaryState::default();
    // Lists, quotes and footnotes the parser is in; and whether the
    // paragraph under way keeps its line breaks.
    let (mut depth, mut line_block) = (0usize, false);
    let mut has_raw_html = false;
    // Links do not nest, so one flag each tells which end tag to drop.
    let (mut drop_link_end, mut drop_image_end) = (false, false);
    let resolver = |link_type: LinkType| match link_type {
        LinkType::WikiLink { .. } => wiki,
        _ => resolve,
    };

    for (event, range) in Parser::new_ext(source, parser_options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                ref dest_url,
                ..
            }) if blocked(options, link_type, dest_url) => {
                drop_link_end = true;
                continue;
            }
            Event::End(TagEnd::Link) if drop_link_end => {
                drop_link_end = false;
                continue;
            }
            Event::Start(Tag::Image {
                link_type,
                ref dest_url,
                ..
            }) if blocked(options, link_type, dest_url) => {
                drop_image_end = true;
                continue;
            }
            Event::End(TagEnd::Image) if drop_image_end => {
                drop_image_end = false;
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite(
                    &mut out,
                    resolver(link_type),
                    link_type,
                    dest_url,
                    line_of(range.start),
                );
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite(
                    &mut out,
                    resolver(link_type),
                    link_type,
                    dest_url,
                    line_of(range.start),
                );
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Heading { .. }) => {
                heading_at = Some(events.len());
                events.push(event);
                continue;
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_at.take() {
                    finish_heading(&mut events, start, level, &mut used_ids, &mut out.headings);
                }
                events.push(Event::End(TagEnd::Heading(level)));
                continue;
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                has_raw_html = true;
                Event::InlineHtml(html)
            }
            Event::Start(Tag::Item | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_)) => {
                depth += 1;
                event
            }
            Event::End(TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition) => {
                depth -= 1;
                event
            }
            Event::Start(Tag::Paragraph) => {
                let lines: Vec<&str> = source[range.clone()].lines().map(str::trim).collect();
                line_block = depth == 0 && lines::is_line_block(&lines);
                event
            }
            Event::SoftBreak if line_block => Event::HardBreak,
            Event::TaskListMarker(done) => {
                let (checked, label) = if done {
                    (" checked", "done")
                } else {
                    ("", "to do")
                };
                Event::InlineHtml(CowStr::from(format!(
                    "<input type=\"checkbox\" disabled{checked} aria-label=\"{label}\"> "
                )))
            }
            other => other,
        };
        summary.feed(&event, line_block);
        events.push(event);
    }
    out.summary = summary.picker.finish();
    demote_headings(&mut events, &mut out.headings);
    out.html.reserve(source.len() + source.len() / 4);
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
    // Only bodies with raw HTML pay for a second parse.
    if has_raw_html && !options.unsafe_html {
        out.html = crate::sanitize::clean(&out.html);
    }
    out
}

/// `true` when a link or image must be shown as its text: its destination
/// would run code, and the site did not ask for unsafe HTML.
fn blocked(options: RenderOptions, link_type: LinkType, dest: &str) -> bool {
    !options.unsafe_html
        && !matches!(link_type, LinkType::WikiLink { .. })
        && crate::sanitize::is_script_url(dest)
}

/// The page's title is its only `<h1>`: when the body uses `#` headings,
/// every heading moves one level down (`#` → `<h2>`, `##` → `<h3>`, …).
fn demote_headings(events: &mut [Event], headings: &mut [Heading]) {
    if !headings.iter().any(|h| h.level == 1) {
        return;
    }
    let down =
        |level: HeadingLevel| HeadingLevel::try_from((level as usize + 1).min(6)).unwrap_or(level);
    for event in events.iter_mut() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => *level = down(*level),
            Event::End(TagEnd::Heading(level)) => *level = down(*level),
            _ => {}
        }
    }
    for h in headings {
        h.level = (h.level + 1).min(6);
    }
}

fn rewrite<'a>(
    out: &mut Rendered,
    resolve: &dyn Fn(&str) -> Resolved,
    link_type: LinkType,
    dest: CowStr<'a>,
    line: u32,
) -> CowStr<'a> {
    if matches!(link_type, LinkType::Email) {
        return dest;
    }
    match resolve(&dest) {
        Resolved::Keep => dest,
        Resolved::Rewrite { href, doc } => {
            if let Some(doc) = doc
                && !out.links.contains(&doc)
            {
                out.links.push(doc);
            }
            CowStr::from(href)
        }
        Resolved::Broken(reason) => {
            out.broken.push(BrokenLink {
                line,
                dest: dest.to_string(),
                reason,
                wiki: matches!(link_type, LinkType::WikiLink { .. }),
            });
            dest
        }
    }
}

/// Gives the heading that starts at `events[start]` an id (its own
/// `{#id}`, or the slug of its text, made unique). The page carries no
/// link to it: the theme's `anchors.js` adds one where scripts run, as
/// Hugo and Zola leave headings with ids only.
fn finish_heading(
    events: &mut [Event],
    start: usize,
    level: HeadingLevel,
    used: &mut HashSet<String>,
    headings: &mut Vec<Heading>,
) {
    let text: String = events[start + 1..]
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let Event::Start(Tag::Heading {
        id, classes, attrs, ..
    }) = &events[start]
    else {
        return;
    };
    let base = match id {
        Some(id) => id.to_string(),
        None => {
            let s = slugify(&text);
            if s.is_empty() {
                "section".to_string()
            } else {
                s
            }
        }
    };
    let mut unique = base.clone();
    let mut n = 1;
    while !used.insert(unique.clone()) {
        unique = format!("{base}-{n}");
        n += 1;
    }
    events[start] = Event::Start(Tag::Heading {
        level,
        id: Some(CowStr::from(unique.clone())),
        classes: classes.clone(),
        attrs: attrs.clone(),
    });
    headings.push(Heading {
        level: level as u8,
        id: unique,
        text,
    });
}

/// Collects the text of paragraphs, a line at a time, until one gives the
/// summary.
#[derive(Default)]
struct SummaryState {
    picker: lines::Summary,
    /// Lines of the paragraph under way, when in one.
    lines: Option<Vec<String>>,
    done: bool,
}

impl SummaryState {
    /// `line_block`: the paragraph under way keeps its line breaks.
    fn feed(&mut self, event: &Event, line_block: bool) {
        if self.done {
            return;
        }
        match (&mut self.lines, event) {
            (None, Event::Start(Tag::Paragraph)) => self.lines = Some(vec![String::new()]),
            (Some(lines), Event::End(TagEnd::Paragraph)) => {
                self.done = self.picker.offer(lines, !line_block);
                self.lines = None;
            }
            (Some(lines), Event::Text(t) | Event::Code(t)) => {
                lines.last_mut().expect("never empty").push_str(t)
            }
            (Some(lines), Event::SoftBreak | Event::HardBreak) => lines.push(String::new()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(_: &str) -> Resolved {
        Resolved::Keep
    }

    #[test]
    fn extensions_render() {
        let r = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ text[^1]\n\n[^1]: note\n\n- [x] done\n- [ ] todo\n",
            &keep,
        );
        assert!(r.html.contains("<table>"), "{}", r.html);
        assert!(r.html.contains("<del>old</del>"), "{}", r.html);
        assert!(r.html.contains("footnote-definition"), "{}", r.html);
        assert!(
            r.html
                .contains("<input type=\"checkbox\" disabled checked aria-label=\"done\">"),
            "{}",
            r.html
        );
    }

    #[test]
    fn headings_get_unique_ids() {
        let r = render("## Skills\n\n### Skills\n\n### Own {#mine}\n", &keep);
        assert!(
            r.html.contains("<h2 id=\"skills\">Skills</h2>"),
            "{}",
            r.html
        );
        let r2 = render("## See [Go](https://go.dev)\n", &keep);
        let want = "<h2 id=\"see-go\">See <a href=\"https://go.dev\">Go</a></h2>";
        assert!(r2.html.contains(want), "{}", r2.html);
        assert!(r.html.contains("<h3 id=\"skills-1\">"), "{}", r.html);
        assert!(r.html.contains("<h3 id=\"mine\">"), "{}", r.html);
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["skills", "skills-1", "mine"]);
    }

    #[test]
    fn h1_in_the_body_moves_down_a_level() {
        let r = render("# Top\n\n## Sub\n\n###### Deep\n", &keep);
        assert!(r.html.contains("<h2 id=\"top\">"), "{}", r.html);
        assert!(r.html.contains("<h3 id=\"sub\">"), "{}", r.html);
        assert!(r.html.contains("<h6 id=\"deep\">"), "{}", r.html);
        let levels: Vec<u8> = r.headings.iter().map(|h| h.level).collect();
        assert_eq!(levels, [2, 3, 6]);
    }

    #[test]
    fn raw_html_is_sanitized() {
        let r = render(
            "<script>alert(1)</script>\n\nHi <b onclick=\"x()\">x</b> <i>y</i>\n",
            &keep,
        );
        assert_eq!(r.html, "\n<p>Hi <b>x</b> <i>y</i></p>\n");
    }

    #[test]
    fn sanitizing_keeps_what_markdown_made() {
        let source = "## Head\n\n- [x] done\n\n| a |\n|:-:|\n| 1 |\n\nNote[^n] <kbd>K</kbd>\n\n[^n]: foot\n\n```rust\nfn x() {}\n```\n";
        let r = render(source, &keep);
        for want in [
            "<h2 id=\"head\">Head</h2>",
            "<input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"done\">",
            "<th style=\"text-align:center\">a</th>",
            "<sup class=\"footnote-reference\"><a href=\"#n\">1</a></sup>",
            "<div class=\"footnote-definition\" id=\"n\">",
            "<code class=\"language-rust\">",
            "<kbd>K</kbd>",
        ] {
            assert!(r.html.contains(want), "want {want:?} in {}", r.html);
        }
    }

    #[test]
    fn unsafe_html_passes_raw_html_through() {
        let r = render_with_options(
            "<div onclick=\"go()\">x</div>\n\n[a](javascript:go())\n",
            &keep,
            &keep,
            RenderOptions { unsafe_html: true },
        );
        assert!(
            r.html.contains("<div onclick=\"go()\">x</div>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("href=\"javascript:go()\""), "{}", r.html);
    }

    #[test]
    fn script_links_and_images_become_text() {
        let r = render(
            "[click](javascript:alert(1)) [ok](https://x.io) ![pic](data:text/html,x) [e](java&#115;cript:x)\n",
            &keep,
        );
        assert_eq!(
            r.html,
            "<p>click <a href=\"https://x.io\">ok</a> pic e</p>\n"
        );
    }

    #[test]
    fn links_are_resolved_and_broken_ones_reported_with_line() {
        let resolve = |dest: &str| match dest {
            "other.md" => Resolved::Rewrite {
                href: "/other/".into(),
                doc: Some(3),
            },
            "missing.md" => Resolved::Broken("no such document".into()),
            _ => Resolved::Keep,
        };
        let r = render(
            "[a](other.md) [b](https://x.io)\n\nline\n[c](missing.md) [a2](other.md)\n",
            &resolve,
        );
        assert!(r.html.contains("<a href=\"/other/\">a</a>"), "{}", r.html);
        assert!(
            r.html.contains("<a href=\"https://x.io\">b</a>"),
            "{}",
            r.html
        );
        assert_eq!(r.links, [3]);
        assert_eq!(
            r.broken,
            [BrokenLink {
                line: 4,
                dest: "missing.md".into(),
                reason: "no such document".into(),
                wiki: false,
            }]
        );
    }

    #[test]
    fn wikilinks_go_to_their_own_resolver_with_label_and_line() {
        let wiki = |dest: &str| match dest {
            "TikTok" => Resolved::Rewrite {
                href: "/companies/tiktok/".into(),
                doc: None,
            },
            "notes/call" => Resolved::Rewrite {
                href: "/notes/call/".into(),
                doc: Some(2),
            },
            _ => Resolved::Broken("no document or tag is called".into()),
        };
        let r = render_with(
            "See [[TikTok]] and [[notes/call|the call]].\n\n[[Nowhere]]\n",
            &keep,
            &wiki,
        );
        assert!(
            r.html
                .contains("<a href=\"/companies/tiktok/\">TikTok</a> and <a href=\"/notes/call/\">the call</a>"),
            "{}",
            r.html
        );
        assert_eq!(r.links, [2]);
        assert_eq!(r.broken.len(), 1);
        assert_eq!((r.broken[0].line, r.broken[0].wiki), (3, true));
        assert_eq!(r.broken[0].dest, "Nowhere");
    }

    #[test]
    fn summary_is_first_paragraph_text() {
        let r = render(
            "# Title\n\nThis *is* the `first`\nparagraph.\n\nSecond.\n",
            &keep,
        );
        assert_eq!(r.summary, "This is the first paragraph.");
    }

    #[test]
    fn header_lines_keep_their_breaks_and_prose_runs_on() {
        let r = render(
            "Senior Engineer\n**Acme** · Remote\n\nWe build payments\nfor small shops.\n\n- Item one\n  Item two\n",
            &keep,
        );
        assert!(
            r.html
                .contains("<p>Senior Engineer<br />\n<strong>Acme</strong> · Remote</p>"),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<p>We build payments\nfor small shops.</p>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<li>Item one\nItem two</li>"), "{}", r.html);
    }

    #[test]
    fn summary_skips_header_lines_to_the_first_sentence() {
        let r = render(
            "# Research Engineer\n\nLocation: San Francisco\nEmployment Type: Full time\n\n**Acme** · Remote · Engineering\n\nAcme was born in 2007.\n",
            &keep,
        );
        assert_eq!(r.summary, "Acme was born in 2007.");
        let r = render("Just a title\n", &keep);
        assert_eq!(r.summary, "Just a title");
    }
}
