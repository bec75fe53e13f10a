//! Extraction: text in, company, role and skills out, each with the span of
//! text that shows it.
//!
//! Placeholder until the extraction issue lands: it finds nothing, so
//! documents without front matter have no tags.

use super::vocab::Vocab;

/// One tag found in text: its canonical name and the byte range that shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// Everything extraction found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    pub company: Option<Found>,
    pub role: Option<Found>,
    pub skills: Vec<Found>,
}

/// Finds the company, the role and the skills of a text.
pub fn extract(_text: &str, _vocab: &Vocab) -> Extraction {
    Extraction::default()
}
