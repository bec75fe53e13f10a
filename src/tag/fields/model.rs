//! The model of found fields: [`Fields`] with each value's source, and the
//! candidate slots the readers offer into, best place first.

use chrono::NaiveDate;
use serde::Serialize;

use crate::parse::salary::Salary;
use crate::parse::values::{Employment, Remote, Status};

/// The fields of one document; each `None` when neither the front matter
/// nor the text gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Fields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Found<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote: Option<Found<Remote>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<Found<Salary>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment: Option<Found<Employment>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posted: Option<Found<NaiveDate>>,
    /// The original posting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Found<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Found<Status>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied: Option<Found<NaiveDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Found<NaiveDate>>,
}

/// A field's value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Found<T> {
    pub value: T,
    pub source: Source,
}

/// Where a field came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum Source {
    /// The front matter key, at this line of the file.
    FrontMatter { line: Option<u32> },
    /// This byte range of the text given to [`of`].
    Text { start: usize, end: usize },
}

/// A labelled line at the top of a plain text that names a pipeline field
/// with a value that is not one (`Status: pending`). Worth a warning: the
/// text is still read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// 1-based line of the text given to [`of`].
    pub line: u32,
    pub message: String,
    pub help: String,
}

impl Fields {
    /// Each field of `self`, or else of `other`.
    pub fn or(self, other: Fields) -> Fields {
        Fields {
            location: self.location.or(other.location),
            remote: self.remote.or(other.remote),
            salary: self.salary.or(other.salary),
            employment: self.employment.or(other.employment),
            posted: self.posted.or(other.posted),
            url: self.url.or(other.url),
            status: self.status.or(other.status),
            applied: self.applied.or(other.applied),
            deadline: self.deadline.or(other.deadline),
        }
    }

    /// `true` when no field is known.
    pub fn is_empty(&self) -> bool {
        *self == Fields::default()
    }

    /// Each known field's key and where it came from, in [`KEYS`] order.
    pub fn sources(&self) -> Vec<(&'static str, Source)> {
        fn at<T>(key: &'static str, f: &Option<Found<T>>) -> Option<(&'static str, Source)> {
            f.as_ref().map(|f| (key, f.source))
        }
        [
            at("location", &self.location),
            at("remote", &self.remote),
            at("salary", &self.salary),
            at("employment", &self.employment),
            at("posted", &self.posted),
            at("url", &self.url),
            at("status", &self.status),
            at("applied", &self.applied),
            at("deadline", &self.deadline),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// The field keys, in display order: the posting's facts, then the
/// author's pipeline.
pub const KEYS: [&str; 9] = crate::parse::FIELD_KEYS;

/// How good a place in the text a candidate was found in; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Rank {
    /// The labelled lines at the top of a plain text.
    Top,
    Label,
    Header,
    Prose,
    /// Prose that only hints ("a remote-first company").
    Weak,
}

/// The best candidate for one field: lowest rank, then earliest.
pub(super) struct Slot<T> {
    best: Option<(Rank, usize, usize, T)>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot { best: None }
    }
}

impl<T> Slot<T> {
    pub(super) fn offer(&mut self, rank: Rank, start: usize, end: usize, value: T) {
        if self
            .best
            .as_ref()
            .is_none_or(|(r, s, ..)| (rank, start) < (*r, *s))
        {
            self.best = Some((rank, start, end, value));
        }
    }

    pub(super) fn rank(&self) -> Option<Rank> {
        self.best.as_ref().map(|b| b.0)
    }

    pub(super) fn into_found(self) -> Option<Found<T>> {
        self.best.map(|(_, start, end, value)| Found {
            value,
            source: Source::Text { start, end },
        })
    }
}

/// The candidates found so far, field by field.
#[derive(Default)]
pub(super) struct Finds {
    pub(super) location: Slot<String>,
    pub(super) remote: Slot<Remote>,
    pub(super) salary: Slot<Salary>,
    pub(super) employment: Slot<Employment>,
    pub(super) posted: Slot<NaiveDate>,
    pub(super) url: Slot<String>,
    pub(super) status: Slot<Status>,
    pub(super) applied: Slot<NaiveDate>,
    pub(super) deadline: Slot<NaiveDate>,
    pub(super) errors: Vec<FieldError>,
}

impl Finds {
    pub(super) fn into_fields(self) -> (Fields, Vec<FieldError>) {
        let fields = Fields {
            location: self.location.into_found(),
            remote: self.remote.into_found(),
            salary: self.salary.into_found(),
            employment: self.employment.into_found(),
            posted: self.posted.into_found(),
            url: self.url.into_found(),
            status: self.status.into_found(),
            applied: self.applied.into_found(),
            deadline: self.deadline.into_found(),
        };
        (fields, self.errors)
    }
}
