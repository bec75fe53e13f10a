//! Extraction: text in, company, role and skills out, each with the span of
//! text that shows it.
//!
//! The text is a whole plain-text document or the Markdown body of one
//! (front matter removed). Two automata built once in `Vocab::new` (forms
//! matched in any case, forms matched only as written) each run once over
//! the text and find skill and known-company mentions; phrase rules over the
//! words find the company and the role.
//! Skill words inside the company's name ("Quill Robotics") or inside a job
//! title ("Machine Learning Engineer") are not skill mentions.

mod company;
mod role;
mod skills;
mod text;

use std::ops::Range;

use super::vocab::{Kind, Vocab};

/// One tag found in text: its canonical name and the byte range that shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The canonical name (`Go` for a text that says `Golang`).
    pub name: String,
    /// Start of the span of the text that shows the tag (byte offset).
    pub start: usize,
    /// End of that span (byte offset, exclusive).
    pub end: usize,
}

/// Everything extraction found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The employer the text is about.
    pub company: Option<Found>,
    /// The job title the text is about, normalised.
    pub role: Option<Found>,
    /// Each canonical skill once, in order of first mention.
    pub skills: Vec<Found>,
}

/// Finds the company, the role and the skills of a text.
pub fn extract(text: &str, vocab: &Vocab) -> Extraction {
    let doc = text::Doc::new(text);
    let hits = skills::scan(&doc, vocab);
    let company = company::find(&doc, vocab, &hits);
    let role = role::find(&doc, vocab);
    let mut skills: Vec<Found> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    for hit in &hits {
        let Kind::Skill(id) = hit.kind else { continue };
        if seen.contains(&id)
            || company
                .as_ref()
                .is_some_and(|c| c.mentions(text, hit.start, hit.end))
            || (covered(&role.phrases, hit.start, hit.end)
                && is_specialty(&text[hit.start..hit.end], vocab))
        {
            continue;
        }
        seen.push(id);
        skills.push(Found {
            name: vocab.skill_name(id).to_string(),
            start: hit.start,
            end: hit.end,
        });
    }
    Extraction {
        company: company.map(|c| c.found),
        role: role.found,
        skills,
    }
}

/// `true` when every word of a skill mention is a role word, so that inside
/// a title it names the specialty ("Machine Learning Engineer"), not a
/// technology the job asks for ("Senior Go Engineer").
fn is_specialty(written: &str, vocab: &Vocab) -> bool {
    let roles = vocab.role_words();
    written
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let kind = roles.kind(w);
            kind.modifier || kind.level || kind.head
        })
}

/// `true` when `start..end` lies inside one of the sorted spans.
fn covered(spans: &[Range<usize>], start: usize, end: usize) -> bool {
    let i = spans.partition_point(|r| r.end < end);
    spans[i..]
        .iter()
        .take_while(|r| r.start <= start)
        .any(|r| r.start <= start && end <= r.end)
}

#[cfg(test)]
mod tests;
