//! [`Found`]: one tag found in a text, with the spans that show it.

use std::ops::Range;

use super::layout::SectionKind;

/// One tag found in text: its canonical name and the byte range that shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The canonical name (`Go` for a text that says `Golang`).
    pub name: String,
    /// Start of the span of the text that shows the tag (byte offset).
    pub start: usize,
    /// End of that span (byte offset, exclusive).
    pub end: usize,
    /// Every span of the text that names it, in text order (the evidence
    /// span among them).
    pub mentions: Vec<Range<usize>>,
    /// The part of the posting that gives it the most weight: a skill
    /// under "Requirements" is asked for, one under "Nice to have" is not.
    pub section: SectionKind,
}

impl Found {
    /// A tag shown by one span.
    pub fn at(name: String, start: usize, end: usize) -> Found {
        Found {
            name,
            start,
            end,
            mentions: std::iter::once(start..end).collect(),
            section: SectionKind::Other,
        }
    }
}
