//! Links as every listing shows them: to a tag, with or without its
//! count, and to a document. Each hashes as a key made once per build.

use std::hash::{Hash, Hasher};

use serde::Serialize;

use crate::hash::Key;

/// A link to a tag, with its number of documents.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TagLink<'a> {
    pub name: &'a str,
    pub url: &'a str,
    pub count: usize,
    /// `count` as a share of the largest count in its list, 0–100 (for bars).
    pub percent: usize,
    /// Hash of `name` and `url`, made once per build.
    #[serde(skip)]
    pub key: Key,
}

impl Hash for TagLink<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        (self.key, self.count, self.percent).hash(h);
    }
}

/// A link to a tag, without counts (a document's chips).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TagRef<'a> {
    pub name: &'a str,
    pub url: &'a str,
    /// Hash of `name` and `url`, made once per build.
    #[serde(skip)]
    pub key: Key,
}

impl Hash for TagRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u128(self.key);
    }
}

/// A link to a document, as listed on other pages.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct DocLink<'a> {
    pub title: &'a str,
    /// What tells the document apart from another of the same title
    /// (`analysis`, or its source path), or empty.
    pub qualifier: &'a str,
    pub url: &'a str,
    /// `2024-05-21`, or empty.
    pub date: &'a str,
    /// `21 May 2024`, or empty.
    pub date_human: &'a str,
    pub summary: &'a str,
    /// First company and role, or empty.
    pub company: &'a str,
    pub role: &'a str,
    /// Hash of all the fields above, made once per build: a listing of
    /// fifty documents hashes fifty keys, not fifty titles and summaries.
    #[serde(skip)]
    pub key: Key,
}

impl Hash for DocLink<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u128(self.key);
    }
}
