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
mod coordination;
mod found;
mod header;
pub mod layout;
mod lists;
mod reach;
mod role;
mod siblings;
mod skills;
mod text;
mod verbs;
mod voice;

use std::ops::Range;

use super::vocab::{Kind, Vocab};
pub use found::Found;
use layout::{Layout, SectionKind};

/// Everything extraction found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The employer the text is about.
    pub company: Option<Found>,
    /// The job the text is about, without its seniority, normalised.
    pub role: Option<Found>,
    /// The seniority of that job ("Senior", "II"), when its title gives one.
    pub level: Option<Found>,
    /// Each canonical hard skill once, in order of first mention.
    pub skills: Vec<Found>,
    /// Soft skills ("communication"), kept apart: recognised, not tags
    /// unless the site asks for them.
    pub soft_skills: Vec<Found>,
}

/// The employer a saved page's title names ("Data Analyst @ Ramp"), as
/// written in it.
pub fn page_title_company<'a>(title: &'a str, vocab: &Vocab) -> Option<&'a str> {
    header::page_title_company(title, vocab).map(|r| &title[r])
}

/// The employer a job board's address names ("https://jobs.lever.co/ramp/…"
/// → "Ramp"), spelled as `text` writes it.
pub fn board_company(url: &str, text: &str, vocab: &Vocab) -> Option<String> {
    company::boards::name(&company::boards::slug(url)?, text, vocab)
}

/// Finds the company, the role and the skills of a text.
pub fn extract(text: &str, vocab: &Vocab) -> Extraction {
    let layout = Layout::new(text);
    let doc = text::Doc::new(text, &layout, vocab);
    let hits = coordination::expand(&doc, vocab, skills::scan(&doc, vocab));
    // Verb phrases ("model data") are clauses, not names: the rules on
    // names and lists read the other mentions only.
    let phrases = verbs::find(&doc, vocab, &hits);
    let header = header::find(text, vocab);
    let company = company::find(&doc, vocab, &hits, &header);
    let mut role = role::find(&doc, vocab, &header);
    // "Scrum Master — HSBC": a title's tail naming the employer is no area.
    if let (Some(found), Some(company)) = (&mut role.found, &company)
        && let Some((job, tail)) = found.name.rsplit_once(", ")
        && company.names.iter().any(|n| n.eq_ignore_ascii_case(tail))
    {
        found.name = job.to_string();
    }
    // Each skill once, with all its mentions; by first mention.
    let mut by_skill: Vec<(u32, Found)> = Vec::new();
    let mentions = if phrases.is_empty() {
        std::borrow::Cow::Borrowed(&hits[..])
    } else {
        std::borrow::Cow::Owned(verbs::merge(&doc, &hits, &phrases))
    };
    for hit in mentions.iter() {
        let Kind::Skill(id) = hit.kind else { continue };
        if company
            .as_ref()
            .is_some_and(|c| c.mentions(text, hit.start, hit.end))
            || (covered(&role.phrases, hit.start, hit.end)
                && is_specialty(&text[hit.start..hit.end], vocab))
        {
            continue;
        }
        let section = layout.kind_at(hit.start);
        if matches!(section, SectionKind::Benefits | SectionKind::Legal) {
            // A perk ("mentoring program") or boilerplate, not what the job asks.
            continue;
        }
        let names = company.as_ref().map_or(&[][..], |c| c.names.as_slice());
        if employer_prose(&doc, vocab, names, hit, section, id) {
            continue;
        }
        match by_skill.iter_mut().find(|(s, _)| *s == id) {
            Some((_, found)) => {
                found.mentions.push(hit.start..hit.end);
                if rank(section) > rank(found.section) {
                    found.section = section;
                }
            }
            None => {
                let mut found = Found::at(vocab.skill_name(id).to_string(), hit.start, hit.end);
                found.section = section;
                by_skill.push((id, found));
            }
        }
    }
    // The employer's own products and stack in "About us" are not what the
    // job asks for — unless nothing else in the text names a skill.
    if by_skill
        .iter()
        .any(|(_, f)| f.section != SectionKind::About)
    {
        by_skill.retain(|(_, f)| f.section != SectionKind::About);
    }
    let (soft, hard): (Vec<_>, Vec<_>) = by_skill
        .into_iter()
        .partition(|(id, _)| vocab.is_soft_skill(*id));
    let mut skills: Vec<Found> = hard.into_iter().map(|(_, f)| f).collect();
    listed_skills(&doc, vocab, &hits, &mut skills);
    let names = company.as_ref().map_or(&[][..], |c| c.names.as_slice());
    sibling_skills(&doc, vocab, &hits, names, &mut skills);
    Extraction {
        company: company.map(|c| c.found),
        role: role.found,
        level: role.level,
        skills,
        soft_skills: soft.into_iter().map(|(_, f)| f).collect(),
    }
}

/// The items of the text's own skills fields ("Skills: Python, SQL,
/// Apache Beam", Stack Overflow's "Technologies" line of tags) that no
/// vocabulary form matched: the source lists them as skills, so they are.
/// A tag written as a slug ("amazon-web-services") is looked up in words.
fn listed_skills(doc: &text::Doc, vocab: &Vocab, hits: &[skills::Hit], skills: &mut Vec<Found>) {
    let text = doc.text;
    let reach = reach::Reach::new(hits);
    for list in doc
        .lists
        .iter()
        .filter(|l| l.kind == lists::ListKind::Skills)
    {
        for item in lists::items(text, &list.items) {
            if reach.overlaps(item.start, item.end) {
                continue;
            }
            let written = &text[item.clone()];
            let words = written.replace(['-', '_'], " ");
            let name = match vocab
                .canonical_skill(written)
                .or_else(|| vocab.canonical_skill(&words))
            {
                Some(known) if vocab.is_soft(known) => continue,
                Some(known) => known.to_string(),
                None if lists::is_skill_like(written) && !vocab.is_ignored(written) => {
                    lists::item_name(written)
                }
                None => continue,
            };
            if skills.iter().any(|f| f.name.eq_ignore_ascii_case(&name)) {
                continue;
            }
            let mut found = Found::at(name, item.start, item.end);
            found.section = SectionKind::Required;
            skills.push(found);
        }
    }
}

/// The unknown names a list coordinates with known skills (see
/// [`siblings`]), where the job asks for things: not the employer's
/// "About us", its benefits or its legal text, and not the employer's own
/// name.
fn sibling_skills(
    doc: &text::Doc,
    vocab: &Vocab,
    hits: &[skills::Hit],
    employer: &[String],
    skills: &mut Vec<Found>,
) {
    for sibling in siblings::find(doc, vocab, hits) {
        let section = doc.layout.kind_at(sibling.span.start);
        if matches!(
            section,
            SectionKind::About | SectionKind::Benefits | SectionKind::Legal
        ) || employer
            .iter()
            .any(|n| n.eq_ignore_ascii_case(&sibling.name))
        {
            continue;
        }
        match skills
            .iter_mut()
            .find(|f| f.name.eq_ignore_ascii_case(&sibling.name))
        {
            Some(found) => {
                let at = found
                    .mentions
                    .partition_point(|m| m.start < sibling.span.start);
                found.mentions.insert(at, sibling.span);
            }
            None => {
                let mut found = Found::at(sibling.name, sibling.span.start, sibling.span.end);
                found.section = section;
                skills.push(found);
            }
        }
    }
}

/// `true` for a skill named in common words ("scalability", "digital
/// payments", "code review") in a sentence where the employer describes
/// itself ("Our customers count on us for availability and scalability"):
/// its business, not what the job asks. A technology's proper name
/// ("We run Kubernetes"), requirements and skill lists keep theirs; so does
/// a skill whose own name is lower case ("dbt", "illumos"), a proper name
/// whatever its case.
fn employer_prose(
    doc: &text::Doc,
    vocab: &Vocab,
    names: &[String],
    hit: &skills::Hit,
    section: SectionKind,
    id: u32,
) -> bool {
    let text = doc.text;
    if text[hit.start..hit.end].chars().any(char::is_uppercase)
        || !vocab.skill_name(id).chars().any(char::is_uppercase)
        || matches!(section, SectionKind::Required | SectionKind::Preferred)
        || doc
            .lists
            .iter()
            .any(|l| l.items.start <= hit.start && hit.end <= l.items.end)
    {
        return false;
    }
    let roles = vocab.role_words();
    voice::describes_employer(&text[voice::sentence_at(text, hit.start)], names, |w| {
        // "engineer", "developers".
        roles.kind(w).head || w.strip_suffix('s').is_some_and(|w| roles.kind(w).head)
    })
}

/// How much a section says a skill is asked for: requirements first.
fn rank(kind: SectionKind) -> u8 {
    match kind {
        SectionKind::Required => 5,
        SectionKind::Duties => 4,
        SectionKind::Preferred => 3,
        SectionKind::Other => 2,
        SectionKind::About => 1,
        SectionKind::Benefits | SectionKind::Legal => 0,
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
