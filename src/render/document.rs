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
/// sentence that names three skills is shown once, not three times; two
/// quotes of one sentence cut at different lengths are one passage, shown
/// at the longer length.
fn reasons_of<'a>(evidence: &[EvidenceView<'a>]) -> Vec<ReasonView<'a>> {
    fn cut(q: &str) -> &str {
        q.strip_suffix('…').unwrap_or(q)
    }
    let same = |a: &str, b: &str| {
        let (a, b) = (cut(a), cut(b));
        a.starts_with(b) || b.starts_with(a)
    };
    let mut reasons: Vec<ReasonView> = Vec::new();
    for e in evidence {
        let tag = TagRef {
            name: e.name,
            url: e.url,
            key: e.key,
        };
        match reasons
            .iter_mut()
            .find(|r| r.source == e.source && r.line == e.line && same(r.quote, e.quote))
        {
            Some(r) => {
                if e.quote.len() > r.quote.len() {
                    r.quote = e.quote;
                }
                r.tags.push(tag);
            }
            None => reasons.push(ReasonView {
                source: e.source,
                quote: e.quote,
                line: e.line,
                tags: vec![tag],
            }),
        }
    }
    reasons
}
