//! The model of an import: a [`Posting`] as its source gave it, with its
//! [`Origin`] and values ([`Remote`], [`Employment`], [`Salary`]), and the
//! keys that find a posting again ([`id_key`], [`url_key`]).

use chrono::NaiveDate;

pub use crate::parse::values::{Employment, Period, Remote};

/// One job posting, as its source gave it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Posting {
    pub title: String,
    pub company: Option<String>,
    /// The source's own seniority field (JobSpy `job_level`), title case.
    pub level: Option<String>,
    pub location: Option<String>,
    pub remote: Option<Remote>,
    pub salary: Option<Salary>,
    pub employment: Option<Employment>,
    pub posted: Option<NaiveDate>,
    /// The original posting.
    pub url: Option<String>,
    /// JobSpy's `site`, or the host of a saved page.
    pub source: Option<String>,
    /// The source's id of the posting.
    pub source_id: Option<String>,
    pub skills: Vec<String>,
    /// Other fields of the source, as front matter keys, in a fixed order.
    pub extra: Vec<(String, String)>,
    /// The description, as Markdown.
    pub body: String,
    /// Where it was read.
    pub origin: Origin,
}

/// Where a posting was read: the input as given, and its row and line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    pub input: String,
    /// 1-based data row of an export (the header is not a row).
    pub row: Option<usize>,
    /// 1-based line of the file where the posting starts.
    pub line: Option<u32>,
}

impl Origin {
    /// `jobs.csv row 12`, `page.html`.
    pub fn describe(&self) -> String {
        match self.row {
            Some(row) => format!("{} row {row}", self.input),
            None => self.input.clone(),
        }
    }
}

/// A pay range.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Salary {
    pub currency: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub period: Option<Period>,
}

/// `mid-senior level` → `Mid-Senior Level`.
pub fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.trim().chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c.is_whitespace() || c == '-' || c == '/';
    }
    out
}

/// A URL as compared to find a posting again: no fragment, no trailing
/// `/`, scheme and host in lower case (the `url` crate's normal form).
pub fn url_key(text: &str) -> Option<String> {
    let mut url = url::Url::parse(text.trim()).ok()?;
    url.set_fragment(None);
    let mut key = url.to_string();
    while key.ends_with('/') {
        key.pop();
    }
    Some(key)
}

/// A posting's id across sources: `linkedin` + `li-123`.
pub fn id_key(posting: &Posting) -> Option<String> {
    let id = posting.source_id.as_deref()?;
    Some(format!(
        "{}\u{1f}{id}",
        posting.source.as_deref().unwrap_or_default()
    ))
}
