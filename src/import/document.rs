//! A [`Posting`] → the text of its Markdown document (YAML front matter,
//! then the description), and the file name it would like.
//!
//! Front matter keys come in a fixed order and only when the source gave
//! them, so the same posting always gives the same bytes.

use std::fmt::Write as _;

use super::posting::{Posting, Salary};
use crate::parse::values::Choice as _;

/// How long the company-and-title part of a file name may be, in bytes.
const NAME_MAX: usize = 72;

/// The document of a posting: front matter, a blank line, the body.
pub fn render(posting: &Posting) -> String {
    let mut out = String::with_capacity(posting.body.len() + 512);
    out.push_str("---\n");
    let mut key = |name: &str, value: String| {
        let _ = writeln!(out, "{name}: {value}");
    };
    key("title", scalar(&posting.title));
    if let Some(company) = &posting.company {
        key("company", scalar(company));
    }
    if let Some(level) = &posting.level {
        key("level", scalar(level));
    }
    if let Some(location) = &posting.location {
        key("location", scalar(location));
    }
    if let Some(remote) = posting.remote {
        key("remote", remote.key().to_string());
    }
    if let Some(salary) = &posting.salary {
        key("salary", salary_map(salary));
    }
    if let Some(employment) = posting.employment {
        key("employment", employment.key().to_string());
    }
    if let Some(posted) = posting.posted {
        key("posted", posted.format("%Y-%m-%d").to_string());
    }
    if let Some(url) = &posting.url {
        key("url", scalar(url));
    }
    if let Some(source) = &posting.source {
        key("source", scalar(source));
    }
    if let Some(id) = &posting.source_id {
        key("source_id", scalar(id));
    }
    if !posting.skills.is_empty() {
        let items: Vec<String> = posting.skills.iter().map(|s| flow_scalar(s)).collect();
        key("skills", format!("[{}]", items.join(", ")));
    }
    for (name, value) in &posting.extra {
        key(name, scalar(value));
    }
    out.push_str("---\n");
    if !posting.body.is_empty() {
        out.push('\n');
        out.push_str(&posting.body);
        if !posting.body.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// `{currency: USD, min: 120000, max: 150000, period: year}`.
fn salary_map(salary: &Salary) -> String {
    let mut parts = Vec::new();
    if let Some(currency) = &salary.currency {
        parts.push(format!("currency: {}", flow_scalar(currency)));
    }
    if let Some(min) = salary.min {
        parts.push(format!("min: {}", number(min)));
    }
    if let Some(max) = salary.max {
        parts.push(format!("max: {}", number(max)));
    }
    if let Some(period) = salary.period {
        parts.push(format!("period: {}", period.key()));
    }
    format!("{{{}}}", parts.join(", "))
}

/// `120000`, `52.5`: whole amounts without a decimal point.
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A YAML scalar that reads back as exactly `text` as the value of a
/// `key: ` line: plain when that is unambiguous, else double-quoted (a JSON
/// string is a valid YAML double-quoted scalar).
pub fn scalar(text: &str) -> String {
    quoted_unless_plain(text, is_plain_safe(text, false))
}

/// [`scalar`] for an item of a flow list or map (`[a, b]`), where `,`,
/// brackets and braces end a plain scalar.
pub fn flow_scalar(text: &str) -> String {
    quoted_unless_plain(text, is_plain_safe(text, true))
}

fn quoted_unless_plain(text: &str, plain: bool) -> String {
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).expect("a string always serializes")
    }
}

fn is_plain_safe(text: &str, flow: bool) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let forbidden_first = "-?:,[]{}#&*!|>'\"%@`\\~=+.0123456789";
    if forbidden_first.contains(first)
        || text.ends_with([' ', ':', '\t'])
        || text.contains(": ")
        || text.contains(" #")
        || text.contains(['"', '\\'])
        || (flow && text.contains([',', '[', ']', '{', '}']))
        || text.chars().any(char::is_control)
    {
        return false;
    }
    // Words YAML reads as another type.
    const SPECIAL: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf",
    ];
    !SPECIAL.contains(&text.to_ascii_lowercase().as_str())
}

/// The file name a posting would like (without `.md`): company and title
/// as a slug, `posting` when both are empty.
pub fn base_name(posting: &Posting) -> String {
    let words = match &posting.company {
        Some(company) => format!("{company} {}", posting.title),
        None => posting.title.clone(),
    };
    let slug = truncate_slug(&crate::url::slugify(&words), NAME_MAX);
    if slug.is_empty() {
        "posting".to_string()
    } else {
        slug
    }
}

/// Other names to try, in order, when the wanted one is taken: the
/// location added, then the source id (or a hash of the URL), then numbers.
pub fn alternative_names(posting: &Posting, base: &str) -> impl Iterator<Item = String> {
    let mut names = Vec::new();
    if let Some(location) = &posting.location {
        let place = truncate_slug(&crate::url::slugify(location), 40);
        if !place.is_empty() {
            names.push(format!("{base}-{place}"));
        }
    }
    let tag = match (&posting.source_id, &posting.url) {
        (Some(id), _) => truncate_slug(&crate::url::slugify(id), 40),
        (None, Some(url)) => format!("{:08x}", xxhash_rust::xxh3::xxh3_64(url.as_bytes()) as u32),
        (None, None) => String::new(),
    };
    if !tag.is_empty() {
        names.push(format!("{base}-{tag}"));
    }
    let last = names.last().cloned().unwrap_or_else(|| base.to_string());
    names
        .into_iter()
        .chain((2..1000).map(move |n| format!("{last}-{n}")))
}

/// Cuts a slug to at most `max` bytes at a `-`.
fn truncate_slug(slug: &str, max: usize) -> String {
    if slug.len() <= max {
        return slug.to_string();
    }
    let cut = &slug[..max];
    match cut.rfind('-') {
        Some(i) if i > 0 => cut[..i].to_string(),
        _ => cut.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::posting::{Employment, Period, Remote};

    fn posting() -> Posting {
        Posting {
            title: "Senior Data Engineer".into(),
            company: Some("Acme Corp".into()),
            level: Some("Mid-Senior Level".into()),
            location: Some("Austin, TX, US".into()),
            remote: Some(Remote::Remote),
            salary: Some(Salary {
                currency: Some("USD".into()),
                min: Some(120000.0),
                max: Some(150000.0),
                period: Some(Period::Year),
            }),
            employment: Some(Employment::FullTime),
            posted: chrono::NaiveDate::from_ymd_opt(2024, 5, 1),
            url: Some("https://www.linkedin.com/jobs/view/123".into()),
            source: Some("linkedin".into()),
            source_id: Some("li-123".into()),
            skills: vec!["Python".into(), "SQL".into()],
            extra: vec![("industry".into(), "Software Development".into())],
            body: "We build **pipelines**.\n".into(),
            ..Posting::default()
        }
    }

    #[test]
    fn front_matter_has_the_keys_in_order() {
        assert_eq!(
            render(&posting()),
            "---\ntitle: Senior Data Engineer\ncompany: Acme Corp\nlevel: Mid-Senior Level\n\
             location: Austin, TX, US\nremote: remote\n\
             salary: {currency: USD, min: 120000, max: 150000, period: year}\n\
             employment: full-time\nposted: 2024-05-01\nurl: https://www.linkedin.com/jobs/view/123\n\
             source: linkedin\nsource_id: li-123\nskills: [Python, SQL]\n\
             industry: Software Development\n---\n\nWe build **pipelines**.\n"
        );
    }

    #[test]
    fn every_scalar_reads_back_as_written() {
        for text in [
            "Acme: Platform",
            "- dash first",
            "#1 team",
            "yes",
            "No",
            "2024",
            "1.5",
            "C++",
            "C#",
            ".NET",
            "@handle",
            "Tab\tinside",
            "quote \" and \\ backslash",
            "Line\nbreak",
            "Ünïcödé 東京",
            "trailing: ",
            "[Remote]",
            "a, b",
            "~",
            "Research & Development",
        ] {
            let yaml = format!("k: {}\nlist: [{}]\n", scalar(text), flow_scalar(text));
            let value: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
            assert_eq!(
                value["k"].as_str(),
                Some(text),
                "text: {text:?}, yaml: {yaml}"
            );
            assert_eq!(
                value["list"][0].as_str(),
                Some(text),
                "text: {text:?}, yaml: {yaml}"
            );
        }
    }

    #[test]
    fn names_come_from_company_and_title() {
        let mut p = posting();
        assert_eq!(base_name(&p), "acme-corp-senior-data-engineer");
        p.title = "C++ Developer (Low-Latency) — Team Lead".into();
        assert_eq!(
            base_name(&p),
            "acme-corp-c-plus-plus-developer-low-latency-team-lead"
        );
        p.company = None;
        p.title = "***".into();
        assert_eq!(base_name(&p), "posting");
        p.title = "word ".repeat(40);
        assert!(base_name(&p).len() <= NAME_MAX);
        assert!(!base_name(&p).ends_with('-'));
    }

    #[test]
    fn alternatives_add_location_then_id() {
        let p = posting();
        let names: Vec<String> = alternative_names(&p, "acme-corp-senior-data-engineer")
            .take(3)
            .collect();
        assert_eq!(names[0], "acme-corp-senior-data-engineer-austin-tx-us");
        assert_eq!(names[1], "acme-corp-senior-data-engineer-li-123");
        assert_eq!(names[2], "acme-corp-senior-data-engineer-li-123-2");
    }
}
