//! A saved job page (HTML) → its [`Posting`]s.
//!
//! Job boards (Greenhouse, Lever, Workday, Ashby, LinkedIn, …) embed the
//! posting as schema.org `JobPosting` JSON-LD for search engines: that is
//! read first, field by field, wherever it sits (alone, in an array, in an
//! `@graph`, in an `ItemList`). A page without it gives one posting from
//! its main text (`<main>`, else `<article>`, else `<body>`) and its `<h1>`.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::body;
use super::posting::{Employment, Origin, Period, Posting, Remote, Salary};
use crate::diag::Diagnostic;
use crate::parse::values::Choice as _;

/// A page with less main text than this holds no posting.
const MIN_WORDS: usize = 25;

/// Reads one saved page. A page that is not UTF-8, or holds neither a
/// `JobPosting` nor enough main text, is an error naming it.
pub fn import_page(bytes: &[u8], shown: &str) -> (Vec<Posting>, Vec<Diagnostic>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = 1 + memchr::memchr_iter(b'\n', &bytes[..e.valid_up_to()]).count();
            let d = Diagnostic::error(shown, "the page is not UTF-8 text")
                .at_line(line as u32)
                .with_help("save the page again from the browser (it saves UTF-8), or convert it with `iconv -t UTF-8`");
            return (Vec::new(), vec![d]);
        }
    };
    let page = Html::parse_document(text);
    let page_url = page_url(&page, text);
    let mut diags = Vec::new();
    let mut found = Vec::new();
    let mut other = None;
    for (json, line) in json_ld_blocks(&page, text) {
        match parse_json_ld(&json) {
            Ok(value) => {
                collect_postings(&value, &mut found, line);
                other = other.or_else(|| described_content(&value).map(|t| (t, line)));
            }
            Err(e) => diags.push(
                Diagnostic::warning(shown, format!("a JSON-LD block is not valid JSON: {e}"))
                    .at_line(line + e.line().saturating_sub(1) as u32),
            ),
        }
    }
    let origin = Origin {
        input: shown.to_string(),
        row: None,
        line: None,
    };
    if !found.is_empty() {
        let fallback_body = || main_text(&page, page_url.as_ref());
        let postings = found
            .iter()
            .filter_map(|(json, line)| {
                let origin = Origin {
                    line: Some(*line),
                    ..origin.clone()
                };
                match from_json_ld(json, page_url.as_ref(), origin, &fallback_body) {
                    Some(p) => Some(p),
                    None => {
                        diags.push(
                            Diagnostic::error(shown, "a JobPosting has no title; it is left out")
                                .at_line(*line),
                        );
                        None
                    }
                }
            })
            .collect();
        return (postings, diags);
    }
    if let Some((kind, line)) = other {
        diags.push(
            Diagnostic::error(
                shown,
                format!("no job posting found: the page describes a {kind}"),
            )
            .at_line(line)
            .with_help("save the posting's own page, the one with the job description"),
        );
        return (Vec::new(), diags);
    }
    match from_main_text(&page, page_url.as_ref(), origin) {
        Some(posting) => (vec![posting], diags),
        None => {
            diags.push(
                Diagnostic::error(shown, "no job posting found in this page")
                    .with_help(
                        "it has no schema.org JobPosting data and almost no main text; \
                         save the posting's own page (File → Save Page As…, \"Webpage, Complete\" or \"HTML Only\")",
                    ),
            );
            (Vec::new(), diags)
        }
    }
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// The page's own address: its canonical link, `og:url`, or the
/// `saved from url=` comment browsers add when saving.
fn page_url(page: &Html, text: &str) -> Option<url::Url> {
    let canonical = page
        .select(&selector("link[rel=canonical]"))
        .find_map(|e| e.value().attr("href"));
    let og = page
        .select(&selector("meta[property='og:url']"))
        .find_map(|e| e.value().attr("content"));
    let saved = text.find("saved from url=(").and_then(|at| {
        let rest = &text[at..];
        let start = rest.find(')')? + 1;
        let end = rest[start..].find(char::is_whitespace)?;
        Some(rest[start..start + end].trim_end_matches("-->"))
    });
    [canonical, og, saved]
        .into_iter()
        .flatten()
        .filter_map(|u| url::Url::parse(u.trim()).ok())
        .find(|u| matches!(u.scheme(), "http" | "https"))
}

/// Every `<script type="application/ld+json">` of the page, with the line
/// of the file it starts on.
fn json_ld_blocks(page: &Html, text: &str) -> Vec<(String, u32)> {
    page.select(&selector("script"))
        .filter(|e| {
            e.value()
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .map(|e| {
            let json: String = e.text().collect();
            let line = text
                .find(json.as_str())
                .map_or(1, |at| 1 + text[..at].matches('\n').count() as u32);
            (json, line)
        })
        .collect()
}

/// JSON-LD as pages write it: control characters inside strings are
/// common (a raw line break in a description) and read as spaces.
fn parse_json_ld(json: &str) -> Result<Value, serde_json::Error> {
    let json = json
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->");
    serde_json::from_str(json).or_else(|e| {
        if json.chars().any(|c| c.is_control() && c != '\n') || json.contains('\n') {
            let spaced: String = json
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            serde_json::from_str(&spaced).map_err(|_| e)
        } else {
            Err(e)
        }
    })
}

/// Finds every object whose `@type` is `JobPosting`, at any depth.
fn collect_postings(value: &Value, out: &mut Vec<(Value, u32)>, line: u32) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_postings(v, out, line)),
        Value::Object(map) => {
            if is_type(value, "JobPosting") {
                out.push((value.clone(), line));
                return;
            }
            map.values().for_each(|v| collect_postings(v, out, line));
        }
        _ => {}
    }
}

/// The schema.org type of a JSON-LD block that describes something other
/// than a job (`NewsArticle`, `Product`, …), at its top or in its `@graph`.
fn described_content(value: &Value) -> Option<String> {
    const CONTENT: &[&str] = &[
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Product",
        "Recipe",
        "Event",
        "Course",
        "Book",
        "Movie",
        "VideoObject",
        "Review",
        "Question",
        "QAPage",
    ];
    let nodes: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => match map.get("@graph") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![value],
        },
        _ => Vec::new(),
    };
    nodes
        .into_iter()
        .find_map(|n| CONTENT.iter().find(|t| is_type(n, t)))
        .map(|t| t.to_string())
}

/// `true` when `@type` names `name` (`JobPosting`, `schema:JobPosting`,
/// `http://schema.org/JobPosting`, or a list holding one).
fn is_type(value: &Value, name: &str) -> bool {
    let matches = |t: &Value| {
        t.as_str()
            .is_some_and(|t| t.rsplit(['/', ':', '#']).next() == Some(name))
    };
    match value.get("@type") {
        Some(Value::Array(types)) => types.iter().any(matches),
        Some(t) => matches(t),
        None => false,
    }
}

/// The first text of a value: a string, the `name` of an object, the first
/// of a list; entities decoded, spaces collapsed.
fn text_of(value: &Value) -> Option<String> {
    let raw = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Object(map) => return map.get("name").and_then(text_of),
        Value::Array(items) => return items.iter().find_map(text_of),
        _ => return None,
    };
    let text = body::decode_entities(&raw);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

fn number_of(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => {
            let digits: String = s
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            digits.parse().ok()
        }
        _ => None,
    }
    .filter(|n: &f64| n.is_finite() && *n > 0.0)
}

/// One `JobPosting` object → a posting; `None` without a title.
fn from_json_ld(
    json: &Value,
    page_url: Option<&url::Url>,
    origin: Origin,
    fallback_body: &dyn Fn() -> Option<String>,
) -> Option<Posting> {
    let field = |key: &str| json.get(key).filter(|v| !v.is_null());
    let title = field("title").or(field("name")).and_then(text_of)?;
    let url = field("url")
        .and_then(Value::as_str)
        .and_then(|u| match page_url {
            Some(base) => base.join(u.trim()).ok(),
            None => url::Url::parse(u.trim()).ok(),
        })
        .or_else(|| page_url.cloned());
    let organization = field("hiringOrganization");
    let mut extra = Vec::new();
    if let Some(industry) = field("industry").and_then(text_of) {
        extra.push(("industry".to_string(), industry));
    }
    if let Some(site) = organization
        .and_then(|o| o.get("sameAs").or(o.get("url")))
        .and_then(text_of)
    {
        extra.push(("company_url".to_string(), site));
    }
    if let Some(until) = field("validThrough")
        .and_then(Value::as_str)
        .and_then(parse_date)
    {
        extra.push(("valid_through".to_string(), until.to_string()));
    }
    let description = field("description")
        .and_then(Value::as_str)
        .map(description_html);
    let body = match description {
        Some(html) if !html.trim().is_empty() => body::from_html(&html, url.as_ref()),
        _ => fallback_body().unwrap_or_default(),
    };
    let remote = field("jobLocationType")
        .and_then(text_of)
        .and_then(|t| Remote::parse(&t));
    let location = field("jobLocation")
        .and_then(location_of)
        .or_else(|| field("applicantLocationRequirements").and_then(text_of));
    Some(Posting {
        title,
        company: organization.and_then(text_of),
        level: None,
        location,
        remote,
        salary: field("baseSalary")
            .or(field("estimatedSalary"))
            .and_then(|s| salary_of(s, field("salaryCurrency"))),
        employment: field("employmentType").and_then(employment_of),
        posted: field("datePosted")
            .and_then(Value::as_str)
            .and_then(parse_date),
        source: url.as_ref().and_then(host_of),
        source_id: field("identifier").and_then(identifier_of),
        url: url.map(String::from),
        skills: field("skills").map(skills_of).unwrap_or_default(),
        extra,
        body,
        origin,
    })
}

/// Descriptions are HTML, and some boards escape it once more
/// (`&lt;p&gt;`): that is undone first.
fn description_html(text: &str) -> String {
    if !text.contains('<') && text.contains("&lt;") {
        body::decode_entities(text)
    } else {
        text.to_string()
    }
}

/// `Austin, TX, US`; several places joined with `; `.
fn location_of(value: &Value) -> Option<String> {
    let places: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut names: Vec<String> = Vec::new();
    for place in places {
        let name = match place.get("address") {
            Some(Value::Object(address)) => {
                let parts: Vec<String> = ["addressLocality", "addressRegion", "addressCountry"]
                    .iter()
                    .filter_map(|k| address.get(*k).and_then(text_of))
                    .collect();
                (!parts.is_empty()).then(|| parts.join(", "))
            }
            Some(other) => text_of(other),
            None => text_of(place),
        };
        if let Some(name) = name
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join("; "))
}

/// A `MonetaryAmount` (its `value` a `QuantitativeValue` or a number), or
/// a list of them (the first).
fn salary_of(value: &Value, currency: Option<&Value>) -> Option<Salary> {
    if let Value::Array(items) = value {
        return items.iter().find_map(|v| salary_of(v, currency));
    }
    let amount = value.get("value").unwrap_or(value);
    let (min, max, unit) = match amount {
        Value::Object(q) => {
            let exact = q.get("value").and_then(number_of);
            (
                q.get("minValue").and_then(number_of).or(exact),
                q.get("maxValue").and_then(number_of).or(exact),
                q.get("unitText").and_then(text_of),
            )
        }
        other => {
            let n = number_of(other);
            (n, n, None)
        }
    };
    if min.is_none() && max.is_none() {
        return None;
    }
    let unit = unit.or_else(|| value.get("unitText").and_then(text_of));
    Some(Salary {
        currency: value.get("currency").or(currency).and_then(text_of),
        min,
        max,
        period: unit.as_deref().and_then(Period::parse),
    })
}

fn employment_of(value: &Value) -> Option<Employment> {
    match value {
        Value::Array(items) => items.iter().find_map(employment_of),
        Value::String(s) => s.split(',').find_map(Employment::parse),
        _ => None,
    }
}

/// `identifier` as a `PropertyValue` (`value`), a string or a number.
fn identifier_of(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => map.get("value").and_then(identifier_of),
        Value::Array(items) => items.iter().find_map(identifier_of),
        other => text_of(other),
    }
}

/// `skills` as a list, or a text of short comma-separated names; prose is
/// not a list of skills and is left out.
fn skills_of(value: &Value) -> Vec<String> {
    let items: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(text_of).collect(),
        other => text_of(other)
            .map(|t| {
                t.split([',', ';', '•'])
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
    };
    if items.iter().any(|s| s.split_whitespace().count() > 4) {
        return Vec::new();
    }
    items
}

fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text.trim().get(..10)?, "%Y-%m-%d").ok()
}

/// `boards.greenhouse.io`; `www.` dropped.
fn host_of(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

/// The main content element of a page.
fn main_element(page: &Html) -> Option<ElementRef<'_>> {
    ["main", "[role=main]", "article", "body"]
        .iter()
        .find_map(|css| page.select(&selector(css)).next())
}

/// The page's main text as Markdown, when it has enough words.
fn main_text(page: &Html, page_url: Option<&url::Url>) -> Option<String> {
    let main = main_element(page)?;
    let words: usize = main.text().map(|t| t.split_whitespace().count()).sum();
    if words < MIN_WORDS {
        return None;
    }
    Some(body::from_html(&main.html(), page_url))
}

/// A page without JSON-LD → a posting of its `<h1>` (or `og:title`, or
/// `<title>`) and main text.
fn from_main_text(page: &Html, page_url: Option<&url::Url>, origin: Origin) -> Option<Posting> {
    let body = main_text(page, page_url)?;
    let text = |e: ElementRef| {
        let t = e.text().collect::<String>();
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        (!t.is_empty()).then_some(t)
    };
    let title = page
        .select(&selector("h1"))
        .find_map(text)
        .or_else(|| {
            page.select(&selector("meta[property='og:title']"))
                .find_map(|e| e.value().attr("content"))
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
        })
        .or_else(|| page.select(&selector("title")).find_map(text))?;
    Some(Posting {
        title,
        source: page_url.and_then(host_of),
        url: page_url.map(|u| u.to_string()),
        body,
        origin,
        ..Posting::default()
    })
}

#[cfg(test)]
mod tests;
