//! The front matter model ([`Meta`], [`DocDate`]), its error, and the
//! readers of single YAML values every key shares.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use serde_yaml::Value;

use super::salary::Salary;
use super::values::{Employment, Remote, Status};

/// A problem in the front matter: message, 1-based line of the file, help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontMatterError {
    pub line: Option<u32>,
    pub message: String,
    pub help: Option<String>,
}

impl FrontMatterError {
    pub(super) fn new(
        line: Option<u32>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        FrontMatterError {
            line,
            message: message.into(),
            help: Some(help.into()),
        }
    }
}

/// A date from front matter, kept with whether it had a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocDate {
    pub at: DateTime<FixedOffset>,
    pub has_time: bool,
}

impl DocDate {
    /// Parses `2024-05-21`, `2024-05-21 09:30[:00]` or RFC 3339; times without
    /// a zone are UTC.
    pub fn parse(text: &str) -> Option<DocDate> {
        let text = text.trim();
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            return Some(DocDate { at, has_time: true });
        }
        let utc = FixedOffset::east_opt(0).expect("zero offset is valid");
        for format in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"] {
            if let Ok(naive) = NaiveDateTime::parse_from_str(text, format) {
                let at = utc.from_utc_datetime(&naive);
                return Some(DocDate { at, has_time: true });
            }
        }
        let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        let at = utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0)?);
        Some(DocDate {
            at,
            has_time: false,
        })
    }

    /// `2024-05-21`.
    pub fn ymd(&self) -> String {
        self.at.format("%Y-%m-%d").to_string()
    }

    /// `21 May 2024`.
    pub fn human(&self) -> String {
        self.at.format("%-d %B %Y").to_string()
    }

    /// RFC 3339, for feeds and `<time datetime>`.
    pub fn rfc3339(&self) -> String {
        self.at.to_rfc3339()
    }
}

/// The known keys of front matter, checked; the rest in `extra`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub company: Vec<String>,
    pub role: Vec<String>,
    pub skills: Vec<String>,
    pub tags: Vec<String>,
    pub date: Option<DocDate>,
    pub updated: Option<DocDate>,
    pub draft: bool,
    pub slug: Option<String>,
    pub summary: Option<String>,
    /// Where the job is: `Austin, TX`.
    pub location: Option<String>,
    pub remote: Option<Remote>,
    pub salary: Option<Salary>,
    pub employment: Option<Employment>,
    /// When the posting was published.
    pub posted: Option<DocDate>,
    /// The original posting.
    pub url: Option<String>,
    /// Where the author stands with the application.
    pub status: Option<Status>,
    pub applied: Option<DocDate>,
    pub deadline: Option<DocDate>,
    /// Keys dossier does not know, for templates.
    pub extra: std::sync::Arc<BTreeMap<String, serde_json::Value>>,
    /// File line of each key present, for later diagnostics.
    pub lines: BTreeMap<String, u32>,
}

pub(crate) fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub(crate) fn text(
    key: &str,
    value: Value,
    line: Option<u32>,
) -> Result<Option<String>, FrontMatterError> {
    if value.is_null() {
        return Ok(None);
    }
    match scalar(&value) {
        Some(s) if s.is_empty() => Ok(None),
        Some(s) => Ok(Some(s)),
        None => Err(FrontMatterError::new(
            line,
            format!("`{key}` must be text"),
            format!("write `{key}: ` and the text on one line"),
        )),
    }
}

pub(crate) fn one_or_list(
    key: &str,
    value: Value,
    line: Option<u32>,
) -> Result<Vec<String>, FrontMatterError> {
    match value {
        Value::Sequence(_) => list(key, value, line),
        other => Ok(text(key, other, line)?.into_iter().collect()),
    }
}

pub(crate) fn list(
    key: &str,
    value: Value,
    line: Option<u32>,
) -> Result<Vec<String>, FrontMatterError> {
    let items = match value {
        Value::Null => return Ok(Vec::new()),
        Value::Sequence(items) => items,
        _ => {
            let example = if key == "skills" {
                "[Go, Rust]"
            } else {
                "[interview, remote]"
            };
            return Err(FrontMatterError::new(
                line,
                format!("`{key}` must be a list"),
                format!("write `{key}: {example}`"),
            ));
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match scalar(&item) {
            Some(s) if s.is_empty() => {}
            Some(s) => out.push(s),
            None if item.is_null() => {}
            None => {
                return Err(FrontMatterError::new(
                    line,
                    format!("every item of `{key}` must be text"),
                    format!("write `{key}:` as a list of names, one per line starting with `- `"),
                ));
            }
        }
    }
    Ok(out)
}

pub(crate) fn date(
    key: &str,
    value: Value,
    line: Option<u32>,
) -> Result<Option<DocDate>, FrontMatterError> {
    let Some(text) = text(key, value, line)? else {
        return Ok(None);
    };
    DocDate::parse(&text).map(Some).ok_or_else(|| {
        FrontMatterError::new(
            line,
            format!("`{key}` is not a date: `{text}`"),
            format!("write `{key}: 2024-05-21` (year-month-day), optionally with a time"),
        )
    })
}

pub(crate) fn slug(value: Value, line: Option<u32>) -> Result<Option<String>, FrontMatterError> {
    let Some(s) = text("slug", value, line)? else {
        return Ok(None);
    };
    let ok = !s.contains(['/', '\\', '?', '#', '%'])
        && s != "."
        && !s.contains("..")
        && !s.chars().any(char::is_control);
    if !ok {
        return Err(FrontMatterError::new(
            line,
            format!("`slug` must be one part of a URL, not `{s}`"),
            "write a name without `/`, `\\`, `..`, `?`, `#` or `%`, e.g. `slug: acme-backend`",
        ));
    }
    Ok(Some(s))
}
