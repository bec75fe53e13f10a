//! Sanitize: the HTML of a Markdown body that holds raw HTML → the same
//! HTML with only safe markup left, by [ammonia] (an HTML5 parser and an
//! allow-list). Scripts, styles, event handlers, `javascript:` URLs,
//! frames, forms and comments go; text formatting, tables, images, links
//! and `<details>` stay.
//!
//! The allow-list is ammonia's default plus what dossier's own Markdown
//! output needs (heading ids and anchors, footnotes, task-list boxes,
//! table alignment, code-block languages), so a body is unchanged in
//! meaning by the pass. Only bodies that hold raw HTML are cleaned: the
//! pass parses the whole body again.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The sanitizer's settings, built once: they are fixed, not site content.
static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(cleaner);

/// Cleans a body's HTML.
pub fn clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

/// Classes dossier's Markdown output uses, by element.
const CLASSES: &[(&str, &[&str])] = &[
    ("a", &["anchor"]),
    ("sup", &["footnote-reference", "footnote-definition-label"]),
    ("div", &["footnote-definition"]),
];

fn cleaner() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.add_tags(["input"])
        .link_rel(None)
        .add_tag_attributes("a", ["aria-label", "class"])
        .add_tag_attributes("img", ["title"])
        .add_tag_attributes("div", ["id", "class"])
        .add_tag_attributes("sup", ["class"])
        .add_tag_attributes("code", ["class"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("input", ["type", "checked", "disabled", "aria-label"])
        .filter_style_properties(HashSet::from(["text-align"]))
        .attribute_filter(|element, attribute, value| {
            // Task-list boxes: an `<input>` of another type loses its type.
            // (ammonia's set_tag_attribute_value would be simpler, but it
            // adds attributes in hash order: not the same bytes every build.)
            if element == "input" && attribute == "type" {
                return (value == "checkbox").then(|| value.into());
            }
            if attribute != "class" {
                return Some(value.into());
            }
            let keep: Vec<&str> = value
                .split_ascii_whitespace()
                .filter(|class| allowed_class(element, class))
                .collect();
            (!keep.is_empty()).then(|| keep.join(" ").into())
        });
    for h in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        b.add_tag_attributes(h, ["id"]);
    }
    b
}

fn allowed_class(element: &str, class: &str) -> bool {
    if element == "code" {
        // `language-rust` on fenced code blocks.
        return class.strip_prefix("language-").is_some_and(|lang| {
            !lang.is_empty()
                && lang
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-_.#".contains(&b))
        });
    }
    CLASSES
        .iter()
        .any(|(e, classes)| *e == element && classes.contains(&class))
}

/// `true` for a link or image destination that runs code or embeds a
/// document when followed: `javascript:`, `vbscript:`, `data:`. Browsers
/// ignore ASCII whitespace and control characters in a scheme, so they
/// are ignored here too.
pub fn is_script_url(url: &str) -> bool {
    let scheme: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take_while(|&c| c != ':')
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    url.contains(':') && matches!(scheme.as_str(), "javascript" | "vbscript" | "data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_markup_goes_and_safe_markup_stays() {
        for (input, want) in [
            ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
            ("<b onclick=\"x()\">bold</b>", "<b>bold</b>"),
            ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
            ("<a href=\" JaVa\tScRiPt:alert(1)\">x</a>", "<a>x</a>"),
            ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
            ("<iframe src=\"https://evil\"></iframe>ok", "ok"),
            ("<style>body{display:none}</style>ok", "ok"),
            ("<svg onload=alert(1)><circle/></svg>ok", "ok"),
            ("<!-- note -->ok", "ok"),
            ("<form action=x><button>go</button></form>", "go"),
            ("<p style=\"position:fixed\">x</p>", "<p>x</p>"),
            (
                "<td style=\"text-align: center; background: url(x)\">x</td>",
                "x",
            ),
            (
                "<table><tr><td style=\"text-align: center; background: url(x)\">x</td></tr></table>",
                "<table><tbody><tr><td style=\"text-align:center\">x</td></tr></tbody></table>",
            ),
            (
                "<input type=\"text\" value=\"x\" onfocus=\"x()\">",
                "<input>",
            ),
            (
                "<details><summary>More</summary><kbd>Ctrl</kbd></details>",
                "<details><summary>More</summary><kbd>Ctrl</kbd></details>",
            ),
            (
                "<a href=\"https://example.com/\" title=\"t\">x</a>",
                "<a href=\"https://example.com/\" title=\"t\">x</a>",
            ),
            (
                "<a href=\"/skills/go/\">Go</a>",
                "<a href=\"/skills/go/\">Go</a>",
            ),
            (
                "<div class=\"evil footnote-definition\">x</div>",
                "<div class=\"footnote-definition\">x</div>",
            ),
            (
                "<code class=\"language-rust x\">x</code>",
                "<code class=\"language-rust\">x</code>",
            ),
            ("<span class=\"x\">y</span>", "<span>y</span>"),
        ] {
            assert_eq!(clean(input), want, "input: {input:?}");
        }
    }

    #[test]
    fn script_urls_are_recognised() {
        for (url, want) in [
            ("javascript:alert(1)", true),
            ("  JavaScript:alert(1)", true),
            ("java\nscript:x", true),
            ("vbscript:x", true),
            ("data:text/html,<script>", true),
            ("https://example.com/javascript:x", false),
            ("notes/javascript.md", false),
            ("/search/?q=data:x", false),
            ("mailto:a@b.c", false),
            ("#javascript", false),
        ] {
            assert_eq!(is_script_url(url), want, "url: {url:?}");
        }
    }
}
