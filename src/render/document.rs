//! Document pages: one document of the [`Shared`] site → its `doc` view:
//! body, dates, tags with their evidence, related documents and backlinks.

use std::borrow::Cow;

use crate::link::DocId;
use crate::tag::{Evidence, TagKind};

use super::shared::Shared;
use super::views::{
    DetailView, DocView, EvidenceView, FieldView, Keyed, PageView, ReasonView, SoftSkillView,
    TagRef,
};

/// The page of document `id`: its views and URL path.
pub(super) fn doc_page<'a>(shared: &'a Shared, id: DocId) -> (PageView<'a>, DocView<'a>, String) {
    let doc = &shared.site.docs[id];
    let url = Cow::Borrowed(shared.docs[id].url.as_str());
    let page = shared.page_view_at(
        "document",
        doc.title.as_str(),
        url,
        &doc.path,
        &*doc.summary,
        "",
    );
    (page, doc_view(shared, id), doc.path.clone())
}

fn doc_view<'a>(shared: &'a Shared, id: DocId) -> DocView<'a> {
    let site = shared.site;
    let doc = &site.docs[id];
    let data = &shared.docs[id];
    let mut evidence = Vec::new();
    for kind in TagKind::ALL {
        for (term, ev) in doc.tagged(kind) {
            let (source, quote, line) = match ev {
                Evidence::FrontMatter { line } => ("front matter", "", line.unwrap_or(0)),
                Evidence::Text { quote, line, .. } => ("text", &**quote, *line),
            };
            evidence.push(EvidenceView {
                kind: kind.key(),
                name: &site.terms[term].name,
                url: &shared.terms[term].url,
                source,
                quote,
                line,
                key: shared.terms[term].key,
                value: shared.tag_ref(term).value,
            });
        }
    }
    let source = &doc.source;
    let (application, fields): (Vec<FieldView>, Vec<FieldView>) = source
        .fields
        .shown()
        .into_iter()
        .zip(&source.field_evidence)
        .map(|(shown, (_, ev))| {
            let (from, quote, line) = match ev {
                Evidence::FrontMatter { line } => ("front matter", "", line.unwrap_or(0)),
                Evidence::Text { quote, line, .. } => ("text", &**quote, *line),
            };
            let (text, href) = match shown.key {
                "url" => (host_of(&shown.text).to_string(), shown.text),
                _ => (shown.text, String::new()),
            };
            FieldView {
                key: shown.key,
                label: shown.label,
                text,
                date: shown.ymd,
                href,
                source: from,
                quote: quote.to_string(),
                line,
            }
        })
        .partition(|f| matches!(f.key, "status" | "applied" | "deadline"));
    let reasons = reasons_of(&evidence);
    DocView {
        title: &doc.title,
        url: &data.url,
        source: &doc.rel,
        shape: match doc.kind {
            crate::load::DocKind::Markdown => "markdown",
            crate::load::DocKind::Text => "text",
        },
        date: &data.date,
        date_human: &data.date_human,
        updated: doc.updated.map(|d| d.ymd()).unwrap_or_default(),
        updated_human: doc.updated.map(|d| d.human()).unwrap_or_default(),
        summary: &doc.summary,
        content: Keyed {
            value: &doc.html,
            key: doc.html_key,
        },
        words: doc.words,
        reading_minutes: doc.words.div_ceil(220).max(1),
        companies: shared.tag_refs(doc, TagKind::Company),
        roles: shared.tag_refs(doc, TagKind::Role),
        levels: shared.tag_refs(doc, TagKind::Level),
        skills: shared.tag_refs(doc, TagKind::Skill),
        tags: shared.tag_refs(doc, TagKind::Tag),
        evidence,
        reasons,
        soft_skills: doc
            .source
            .soft_skills
            .iter()
            .map(|t| SoftSkillView {
                name: &t.name,
                quote: t.evidence.describe(),
                line: t.evidence.line().unwrap_or(0),
            })
            .collect(),
        related: shared.doc_links(&doc.related),
        backlinks: shared.doc_links(&doc.backlinks),
        draft: doc.draft,
        extra: Keyed {
            value: &doc.extra,
            // The document's key covers its `extra`.
            key: doc.key,
        },
        details: doc
            .extra
            .iter()
            .map(|(key, value)| DetailView {
                key: key.clone(),
                value: detail_text(value),
            })
            .collect(),
        status: source
            .fields
            .status
            .as_ref()
            .map_or("", |s| crate::tag::fields::Choice::key(s.value)),
        fields,
        application,
        standing: super::profile::match_view(shared, id),
    }
}

/// `jobs.example.com` of `https://jobs.example.com/4821`.
fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// A front-matter value as a line of text: a string as written, a list
/// of plain values joined with `, `, anything else as JSON.
fn detail_text(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => {
            items.iter().map(detail_text).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

/// The evidence grouped by passage: one reason per quote (or front-matter
/// line), with every tag it gave, in the order they first appear. A
/// sentence that names three skills is shown once, not three times: two
/// quotes of one line that overlap (each is a window around its own
/// mention, so two mentions of one sentence give two windows) are one
/// passage, shown as the stretch of text both cover.
fn reasons_of<'a>(evidence: &[EvidenceView<'a>]) -> Vec<ReasonView<'a>> {
    let mut reasons: Vec<ReasonView> = Vec::new();
    for e in evidence {
        let tag = TagRef {
            name: e.name,
            url: e.url,
            key: e.key,
            value: e.value,
        };
        let joined = reasons.iter_mut().find_map(|r| {
            if r.source != e.source || r.line != e.line {
                return None;
            }
            joined_quotes(&r.quote, e.quote).map(|q| (r, q))
        });
        match joined {
            Some((r, quote)) => {
                r.quote = quote;
                r.tags.push(tag);
            }
            None => reasons.push(ReasonView {
                source: e.source,
                quote: Cow::Borrowed(e.quote),
                line: e.line,
                tags: vec![tag],
            }),
        }
    }
    reasons
}

/// The fewest characters two windows must share to be one passage: less
/// than that (a word or two) may be a phrase the text repeats.
const MIN_OVERLAP: usize = 12;

/// Two quotes of one line as one passage, when they overlap: `a` when it
/// holds `b` (or the other way round), else the text from the start of one
/// to the end of the other; `None` when they do not overlap. A quote's `…`
/// marks where its window was cut, and stays only where the passage is.
fn joined_quotes<'a>(a: &str, b: &'a str) -> Option<Cow<'a, str>> {
    fn parts(q: &str) -> (bool, &str, bool) {
        let (left, q) = match q.strip_prefix('…') {
            Some(rest) => (true, rest),
            None => (false, q),
        };
        let (q, right) = match q.strip_suffix('…') {
            Some(rest) => (rest, true),
            None => (q, false),
        };
        (left, q, right)
    }
    let (a_left, a_text, a_right) = parts(a);
    let (b_left, b_text, b_right) = parts(b);
    if a_text.contains(b_text) {
        return Some(Cow::Owned(a.to_string()));
    }
    if b_text.contains(a_text) {
        return Some(Cow::Borrowed(b));
    }
    // `first` ends with what `second` starts with, over the longest stretch.
    let join = |first: &str, second: &str| {
        second
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter(|&k| k >= MIN_OVERLAP && k < second.len())
            .rev()
            .find(|&k| first.ends_with(&second[..k]))
    };
    let (left, first, second, right, k) = match join(a_text, b_text) {
        Some(k) => (a_left, a_text, b_text, b_right, k),
        None => {
            let k = join(b_text, a_text)?;
            (b_left, b_text, a_text, a_right, k)
        }
    };
    let mut out = String::with_capacity(first.len() + second.len() - k + 6);
    if left {
        out.push('…');
    }
    out.push_str(first);
    out.push_str(&second[k..]);
    if right {
        out.push('…');
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_windows_of_one_line_are_one_passage() {
        for (a, b, want) in [
            (
                "The role needs SQL and Vue.js and…",
                "…and Vue.js and Robotics for versatility.",
                Some("The role needs SQL and Vue.js and Robotics for versatility."),
            ),
            (
                "…and Vue.js and Robotics for versatility.",
                "The role needs SQL and Vue.js and…",
                Some("The role needs SQL and Vue.js and Robotics for versatility."),
            ),
            (
                "…core of the job is Go and Rust.",
                "…job is Go and Rust.",
                Some("…core of the job is Go and Rust."),
            ),
            ("We use Go.", "We use Go.", Some("We use Go.")),
            ("We use Go and more.", "Kafka runs the queue.", None),
            // A shared word or two is not a passage.
            ("…writes the Go…", "…the Go tooling…", None),
        ] {
            assert_eq!(
                joined_quotes(a, b).as_deref(),
                want,
                "quotes: {a:?} and {b:?}"
            );
        }
    }
}
