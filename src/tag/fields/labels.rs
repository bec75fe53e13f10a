//! Labelled lines → fields: `Location: Austin, TX`, `**Salary:** £60k`,
//! `| Location | Zurich |`, and a label alone on its line with the value
//! on the next (`Pay` / `$50 - $60 an hour`, as job boards lay out their
//! details). In plain text, the labelled lines at the top also carry the
//! author's pipeline: `Status: applied`, `Applied: 2024-05-01`,
//! `Deadline: 2024-06-01`.

use super::lines::{Line, offset, peel, plain};
use super::model::{FieldError, Finds, Rank};
use super::{dates, employment, location, salary, url};
use crate::parse::values::{Choice, Remote, Status};

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Location,
    Remote,
    Salary,
    Employment,
    /// `Type:`: an employment only when its value is one.
    Type,
    Posted,
    Url,
    Deadline,
    Status,
    Applied,
}

/// The label a name is, ignoring case and punctuation.
pub fn label(name: &str) -> Option<Label> {
    let mut key = String::with_capacity(name.len());
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    let key = key.strip_suffix(" s").unwrap_or(&key);
    Some(match key {
        "location" | "locations" | "job location" | "job locations" | "work location"
        | "office location" | "office" | "based in" | "city" | "primary location" | "where"
        | "standort" | "work site" | "worksite" => Label::Location,
        "workplace type" | "workplace" | "location type" | "remote" | "remote status"
        | "remote policy" | "work model" | "work arrangement" | "work mode" | "work setting"
        | "working model" | "remote work" | "work style" => Label::Remote,
        "salary" | "salary range" | "pay" | "pay range" | "compensation" | "base salary"
        | "base pay" | "base pay range" | "rate" | "hourly rate" | "day rate" | "pay rate"
        | "salary band" | "compensation range" | "wage" | "wages" | "ote" | "annual salary"
        | "ctc" | "package" | "remuneration" | "estimated salary" | "salary estimate"
        | "employer est" | "total compensation" | "base compensation" | "target salary"
        | "gehalt" => Label::Salary,
        "job type" | "employment type" | "employment" | "time type" | "commitment" | "schedule"
        | "contract type" | "position type" | "job schedule" | "engagement" | "contract"
        | "worker type" | "work type" | "employment status" | "hours" => Label::Employment,
        "type" => Label::Type,
        "posted" | "date posted" | "posted on" | "posting date" | "published"
        | "date published" | "listed" | "posted date" | "job posted" => Label::Posted,
        "url" | "link" | "job link" | "posting" | "job posting" | "source" | "apply"
        | "apply at" | "apply here" | "application link" | "job url" | "original posting"
        | "listing" | "apply link" | "posting url" => Label::Url,
        "deadline"
        | "application deadline"
        | "closing date"
        | "apply by"
        | "applications close"
        | "closes"
        | "apply before"
        | "closing" => Label::Deadline,
        "status" | "application status" => Label::Status,
        "applied" | "applied on" | "date applied" | "applied date" => Label::Applied,
        _ => return None,
    })
}

/// `Label: value` (with Markdown emphasis around either) or a table row
/// `| Label | value |` → the label's name and the value.
pub fn labelled(line: &str) -> Option<(&str, &str)> {
    let line = peel(line);
    if let Some(row) = line.strip_prefix('|') {
        let mut cells = row.split('|').map(str::trim);
        let name = plain(cells.next()?);
        let value = plain(cells.next()?);
        return (!name.is_empty()).then_some((name, value));
    }
    // A label is short: look for its colon near the start only.
    let near = &line[..super::lines::floor(line, line.len().min(44))];
    let colon = near.find([':', '：'])?;
    if colon > 40 {
        return None;
    }
    let name = plain(&line[..colon]);
    let words = name.split_whitespace().count();
    if words == 0 || words > 4 || !name.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let value = plain(&line[colon + line[colon..].chars().next()?.len_utf8()..]);
    Some((name, value))
}

/// The lines at the top of a plain text that are labelled: an optional
/// title line, then `Label: value` lines up to the first blank line.
fn top_block(lines: &[Line]) -> std::ops::Range<usize> {
    let mut i = lines
        .iter()
        .position(|l| !l.text.trim().is_empty())
        .unwrap_or(0);
    let start = i;
    let mut labelled_seen = false;
    while i < lines.len() && i < start + 15 {
        let text = lines[i].text.trim();
        if text.is_empty() {
            if labelled_seen {
                break;
            }
        } else if labelled(text).is_some_and(|(n, v)| !v.is_empty() && !n.contains("http")) {
            labelled_seen = true;
        } else if i > start || labelled_seen {
            break;
        }
        i += 1;
    }
    if labelled_seen { start..i } else { 0..0 }
}

/// Finds the fields that labelled lines give.
pub fn scan(text: &str, lines: &[Line], plain_text: bool, finds: &mut Finds) {
    let top = if plain_text { top_block(lines) } else { 0..0 };
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        // Most lines are prose: too long for a label alone, and without a
        // colon near the start (`：` starts with 0xEF).
        let head = &line.text.as_bytes()[..line.text.len().min(48)];
        let colon = memchr::memchr2(b':', 0xEF, head).is_some() || head.first() == Some(&b'|');
        if line.code || (!colon && line.text.len() > 40) {
            continue;
        }
        let (name, value) = match labelled(line.text) {
            Some((name, value)) if !value.is_empty() => (name, value),
            // A label alone, the value on the next line that has text.
            other => {
                let name = other.map_or_else(|| plain(peel(line.text)), |(n, _)| n);
                // A label alone is a few words, never a list item.
                let item = line.text.trim_start().starts_with(['-', '*', '•', '+']);
                let short = name.len() <= 32 && name.split_whitespace().count() <= 3;
                if name.is_empty() || item || !short || label(name).is_none() {
                    continue;
                }
                let Some(next) = lines[i..]
                    .iter()
                    .take(2)
                    .find(|l| !l.text.trim().is_empty() && !l.code)
                else {
                    continue;
                };
                let value = plain(peel(next.text));
                if value.is_empty() || label(value).is_some() {
                    continue;
                }
                (name, value)
            }
        };
        let Some(kind) = label(name) else {
            continue;
        };
        let number = i as u32;
        let in_top = top.contains(&(i - 1));
        value_of(text, kind, name, value, number, in_top, finds);
    }
}

/// Reads the value of one label.
fn value_of(
    text: &str,
    kind: Label,
    name: &str,
    value: &str,
    line: u32,
    in_top: bool,
    finds: &mut Finds,
) {
    let span = |s: &str| {
        let at = offset(text, s);
        (at, at + s.len())
    };
    match kind {
        Label::Location => {
            let w = location::split(value, false);
            if let Some(p) = w.place {
                let (a, b) = span(p);
                finds.location.offer(Rank::Label, a, b, p.to_string());
            }
            if let Some((r, word)) = w.remote {
                let (a, b) = span(word);
                finds.remote.offer(Rank::Label, a, b, r);
            }
        }
        Label::Remote => {
            let found = Remote::parse(value)
                .map(|r| (r, value))
                .or_else(|| location::split(value, false).remote);
            if let Some((r, word)) = found {
                let (a, b) = span(word);
                finds.remote.offer(Rank::Label, a, b, r);
            }
        }
        Label::Salary => salary::in_value(text, value, Rank::Label, finds),
        Label::Employment | Label::Type => {
            if let Some((e, word)) = employment::in_value(value) {
                let (a, b) = span(word);
                finds.employment.offer(Rank::Label, a, b, e);
            }
        }
        Label::Posted => {
            if let Some((d, a, b)) = dates::date_in(value) {
                let at = offset(text, value);
                finds.posted.offer(Rank::Label, at + a, at + b, d);
            }
        }
        Label::Url => {
            if let Some(u) = url::in_value(value) {
                let (a, b) = span(u);
                finds.url.offer(Rank::Label, a, b, u.to_string());
            }
        }
        Label::Deadline | Label::Applied => {
            if kind == Label::Applied && !in_top {
                return;
            }
            match dates::date_in(value) {
                Some((d, a, b)) => {
                    let at = offset(text, value);
                    let slot = if kind == Label::Applied {
                        &mut finds.applied
                    } else {
                        &mut finds.deadline
                    };
                    let rank = if in_top { Rank::Top } else { Rank::Label };
                    slot.offer(rank, at + a, at + b, d);
                }
                None if in_top => finds.errors.push(FieldError {
                    line,
                    message: format!("`{name}` is not a date: `{value}`"),
                    help: format!("write `{name}: 2024-05-21` (year-month-day)"),
                }),
                None => {}
            }
        }
        Label::Status if in_top => match Status::parse(value) {
            Some(s) => {
                let (a, b) = span(value);
                finds.status.offer(Rank::Top, a, b, s);
            }
            None => finds.errors.push(FieldError {
                line,
                message: format!("`{name}` must be one of {}, not `{value}`", Status::keys()),
                help: format!("write `{name}: applied`"),
            }),
        },
        Label::Status => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_by_name() {
        for (name, want) in [
            ("Location", Some(Label::Location)),
            ("locations", Some(Label::Location)),
            ("Location(s)", Some(Label::Location)),
            ("Job Type", Some(Label::Employment)),
            ("time type", Some(Label::Employment)),
            ("Workplace type", Some(Label::Remote)),
            ("Base pay range", Some(Label::Salary)),
            ("CTC", Some(Label::Salary)),
            ("posted on", Some(Label::Posted)),
            ("Application deadline", Some(Label::Deadline)),
            ("Status", Some(Label::Status)),
            ("Experience", None),
            ("Subject", None),
        ] {
            assert_eq!(label(name), want, "name: {name:?}");
        }
    }

    #[test]
    fn labelled_lines_in_their_shapes() {
        for (line, want) in [
            ("Location: Austin, TX", Some(("Location", "Austin, TX"))),
            (
                "- **Location:** Remote (Canada)",
                Some(("Location", "Remote (Canada)")),
            ),
            ("**Salary**: £60k", Some(("Salary", "£60k"))),
            (
                "| Location | Zurich, Switzerland |",
                Some(("Location", "Zurich, Switzerland")),
            ),
            (
                "Apply: https://x.example/jobs/1",
                Some(("Apply", "https://x.example/jobs/1")),
            ),
            ("Location:", Some(("Location", ""))),
            (
                "This sentence has a colon: somewhere late in it, far away",
                None,
            ),
            ("$50 - $60 an hour", None),
        ] {
            assert_eq!(labelled(line), want, "line: {line:?}");
        }
    }

    #[test]
    fn top_block_is_the_labelled_lines_first() {
        let text = "Status: applied\nApplied: 2024-05-01\n\nStatus: later\n";
        let lines = super::super::lines::lines(text);
        assert_eq!(top_block(&lines), 0..2);
        let text = "Acme notes\nStatus: offer\n\nbody";
        let lines = super::super::lines::lines(text);
        assert_eq!(top_block(&lines), 0..2);
        let text = "Just prose here.\nMore prose.\nStatus: offer\n";
        let lines = super::super::lines::lines(text);
        assert_eq!(top_block(&lines), 0..0);
    }
}
