//! Fields of a document: its front matter and text → [`Fields`]: where the
//! job is, whether it is remote, the salary, the kind of employment, when
//! it was posted and where, and the author's application status and dates,
//! each with where it came from.
//!
//! Front matter wins key by key; the text fills the rest, best source
//! first: the labelled lines at the top of a plain text (the author's
//! pipeline: `Status: applied`), labelled lines (`Location: Austin, TX`),
//! header lines as job boards print them (`Acme · Austin, TX (Hybrid) ·
//! 3 days ago`), then prose ("The base salary range for this role is …").
//! Every step is a bounded scan, linear in the text.

mod dates;
mod employment;
mod header;
mod labels;
mod lines;
mod location;
mod prose;
mod remote;
mod salary;
mod shown;
mod triggers;
mod url;

mod model;

use crate::parse::Meta;
pub use crate::parse::salary::{Bound, Salary};
pub use crate::parse::values::{Choice, Employment, Period, Remote, Status};
pub use location::places;
use model::Finds;
pub use model::{FieldError, Fields, Found, KEYS, Source};
pub use shown::{Shown, human_day};

/// The fields of a document: front matter first, key by key, then what
/// its text (a Markdown body or a whole plain text) gives. `plain_text`
/// reads the author's pipeline from the labelled lines at its top.
pub fn of(meta: &Meta, text: &str, plain_text: bool) -> (Fields, Vec<FieldError>) {
    let fields = from_front_matter(meta);
    let complete = fields.location.is_some()
        && fields.remote.is_some()
        && fields.salary.is_some()
        && fields.employment.is_some()
        && fields.posted.is_some()
        && fields.url.is_some()
        && fields.deadline.is_some()
        && !plain_text;
    if complete {
        return (fields, Vec::new());
    }
    let (found, errors) = find(text, plain_text);
    (fields.or(found), errors)
}

/// The fields a text gives by itself.
pub fn find(text: &str, plain_text: bool) -> (Fields, Vec<FieldError>) {
    let lines = lines::lines(text);
    let mut finds = Finds::default();
    labels::scan(text, &lines, plain_text, &mut finds);
    header::scan(text, &lines, &mut finds);
    prose::scan(text, &lines, &mut finds);
    finds.into_fields()
}

fn from_front_matter(meta: &Meta) -> Fields {
    fn found<T>(meta: &Meta, key: &str, value: Option<T>) -> Option<Found<T>> {
        let line = meta.lines.get(key).copied();
        value.map(|value| Found {
            value,
            source: Source::FrontMatter { line },
        })
    }
    let day = |d: Option<crate::parse::DocDate>| d.map(|d| d.at.date_naive());
    Fields {
        location: found(meta, "location", meta.location.clone()),
        remote: found(meta, "remote", meta.remote),
        salary: found(meta, "salary", meta.salary.clone()),
        employment: found(meta, "employment", meta.employment),
        posted: found(meta, "posted", day(meta.posted)),
        url: found(meta, "url", meta.url.clone()),
        status: found(meta, "status", meta.status),
        applied: found(meta, "applied", day(meta.applied)),
        deadline: found(meta, "deadline", day(meta.deadline)),
    }
}

#[cfg(test)]
mod tests;
