//! Autolinks (`autolink: true`): a document's body HTML → the same HTML
//! with the first mention of each known company and skill linked to its
//! tag page.
//!
//! A mention is the tag's name as written (case matters, so the skill `Go`
//! is not the verb "go" in lower case), standing as a whole word. Text
//! inside links, code, preformatted blocks and headings is never linked.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, MatchKind};

/// Elements whose text is never linked.
const SKIP: &[&str] = &["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"];

/// Names to link, compiled once per build.
pub struct AutoLinker {
    matcher: AhoCorasick,
    /// The `href` of each pattern.
    hrefs: Vec<String>,
}

impl AutoLinker {
    /// From `(name, href)` pairs; names shorter than two characters are
    /// left out (a lone `C` or `R` is too often just a letter). `None` when
    /// nothing is left to link.
    pub fn new(names: impl IntoIterator<Item = (String, String)>) -> Option<AutoLinker> {
        let (patterns, hrefs): (Vec<String>, Vec<String>) = names
            .into_iter()
            .filter(|(name, _)| name.chars().count() >= 2)
            .map(|(name, href)| (escape(&name), href))
            .unzip();
        if patterns.is_empty() {
            return None;
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("literal patterns always compile");
        Some(AutoLinker { matcher, hrefs })
    }

    /// Links first mentions in `html` (as made by dossier's renderers:
    /// well-formed, with `<`, `>`, `&` and quotes escaped in text).
    pub fn apply(&self, html: &str) -> String {
        let mut out = String::with_capacity(html.len() + 256);
        let mut linked: HashSet<usize> = HashSet::new();
        let mut skip_depth = 0usize;
        let mut rest = html;
        while !rest.is_empty() {
            let text_end = rest.find('<').unwrap_or(rest.len());
            let (text, after) = rest.split_at(text_end);
            if skip_depth == 0 {
                self.link_text(text, &mut linked, &mut out);
            } else {
                out.push_str(text);
            }
            if after.is_empty() {
                break;
            }
            let tag_end = after.find('>').map_or(after.len(), |i| i + 1);
            let tag = &after[..tag_end];
            let closing = tag.starts_with("</");
            let name: String = tag
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if SKIP.contains(&name.as_str()) {
                if closing {
                    skip_depth = skip_depth.saturating_sub(1);
                } else {
                    skip_depth += 1;
                }
            }
            out.push_str(tag);
            rest = &after[tag_end..];
        }
        out
    }

    fn link_text(&self, text: &str, linked: &mut HashSet<usize>, out: &mut String) {
        let mut last = 0;
        for m in self.matcher.find_iter(text) {
            let id = m.pattern().as_usize();
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let word_edge = |c: Option<char>| {
                c.is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '&' | '#' | '_'))
            };
            if linked.contains(&id) || !word_edge(before) || !word_edge(after) {
                continue;
            }
            linked.insert(id);
            out.push_str(&text[last..m.start()]);
            out.push_str(&format!(
                "<a class=\"autolink\" href=\"{}\">{}</a>",
                self.hrefs[id],
                &text[m.start()..m.end()]
            ));
            last = m.end();
        }
        out.push_str(&text[last..]);
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linker() -> AutoLinker {
        AutoLinker::new([
            ("Go".to_string(), "/skills/go/".to_string()),
            ("Acme".to_string(), "/companies/acme/".to_string()),
            ("R&D".to_string(), "/skills/r-and-d/".to_string()),
            ("C".to_string(), "/skills/c/".to_string()),
        ])
        .unwrap()
    }

    #[test]
    fn first_mentions_outside_links_code_and_headings_are_linked() {
        let l = linker();
        for (html, want) in [
            (
                "<p>Acme uses Go. Go again at Acme.</p>",
                "<p><a class=\"autolink\" href=\"/companies/acme/\">Acme</a> uses <a class=\"autolink\" href=\"/skills/go/\">Go</a>. Go again at Acme.</p>",
            ),
            (
                "<h2 id=\"go\">Go</h2><p><code>Go</code> <a href=\"x\">Go</a> then Go</p>",
                "<h2 id=\"go\">Go</h2><p><code>Go</code> <a href=\"x\">Go</a> then <a class=\"autolink\" href=\"/skills/go/\">Go</a></p>",
            ),
            (
                "<p>Gopher, go, Go2 and C.</p>",
                "<p>Gopher, go, Go2 and C.</p>",
            ),
            (
                "<pre><code>Go\n</code></pre><p>R&amp;D</p>",
                "<pre><code>Go\n</code></pre><p><a class=\"autolink\" href=\"/skills/r-and-d/\">R&amp;D</a></p>",
            ),
        ] {
            assert_eq!(l.apply(html), want, "html: {html:?}");
        }
    }
}
