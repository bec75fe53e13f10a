//! A job board's copy: the title line, the employer's line and what a
//! board prints around them (places, ages, ratings, a sender's headline),
//! read line by line from the top until the body starts.

use std::ops::Range;

use super::cells::{
    COMPANY_LABELS, FIELD_LABELS, first_cell, is_employer_cell, is_location, is_lone_name,
    is_lower_brand, is_lower_led_name, is_lower_token, is_name, is_title, labels_its_value,
    lower_is_one_of, lower_starts_with, name_then_title,
};
use super::found::{Header, MAX_LINES};
use crate::tag::extract::layout::{self, SectionKind};
use crate::tag::vocab::Vocab;

/// The words of a careers page's heading before "at": "Jobs at", "Current
/// openings at", "Open positions at", "Careers at".
const JOB_LIST_WORDS: &[&str] = &[
    "all",
    "careers",
    "current",
    "jobs",
    "open",
    "openings",
    "opportunities",
    "positions",
    "roles",
    "view",
];

/// A job board's lines on top of the posting: the title line and the
/// employer's line.
pub(super) fn board_copy(lines: &[(usize, &str)], vocab: &Vocab, header: &mut Header) {
    let mut seen = 0;
    let mut skip_next = false;
    let mut sender_next = false;
    let mut title_line = None;
    let mut company: Option<(Range<usize>, bool, usize)> = None;
    for (n, &(at, line)) in lines.iter().enumerate() {
        // A Markdown heading or bold line holds its text like any line.
        let line = line
            .trim_start_matches(['#', '>', '*', '_', ' '])
            .trim_end_matches(['*', '_']);
        let at = at
            + (lines[n].1.len()
                - lines[n]
                    .1
                    .trim_start_matches(['#', '>', '*', '_', ' '])
                    .len());
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if seen >= MAX_LINES || ends_header(t) {
            break;
        }
        seen += 1;
        if skip_next {
            skip_next = false;
            continue;
        }
        // A label on a line of its own ("time type", "Work Location:")
        // stands over its value; only a company or title label's value is
        // the employer's or the job's, and `labelled` reads those.
        if lower_is_one_of(t.trim_end_matches(':'), FIELD_LABELS)
            || (t.ends_with(':')
                && t.split_whitespace().count() <= 4
                && !lower_is_one_of(t.trim_end_matches(':'), COMPANY_LABELS))
        {
            skip_next = true;
            continue;
        }
        // iCIMS writes label and value on one line: "Job ID 2025-118402",
        // "Category Engineering", "Posted Date 10/14/2025".
        if labels_its_value(t) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let start = at + lead;
        // A LinkedIn message: "Jessica Alvarez · 2nd", then the sender's
        // headline, "Senior Technical Recruiter at Robert Half": the
        // sender's employer, not the job's title.
        if sender_next {
            sender_next = false;
            if let Some(i) = t.find(" at ") {
                header.sender = Some(start..start + t.len());
                employer_after(t, i + 4, start, vocab, header);
                continue;
            }
        }
        if is_connection(t) {
            sender_next = true;
            continue;
        }
        // LinkedIn's alt text for the employer's logo: "Company logo for
        // Under Armour.", "Company logo for Polaris Inc.." (the page adds a
        // period to the name's own). The employer's slot, as the first cell
        // of a board's line of place and age is.
        if let Some(rest) = t.strip_prefix("Company logo for ") {
            let name = rest.strip_suffix('.').unwrap_or(rest).trim_end();
            if header.company.is_none()
                && (is_employer_cell(name, vocab)
                    || is_lower_token(name, vocab)
                    || is_lower_led_name(name, vocab))
            {
                let from = start + (t.len() - rest.len());
                header.company = Some(from..from + name.len());
            }
            continue;
        }
        // A careers page's own heading: "Jobs at Ramp", "Current openings at
        // Ramp": the employer, never a title or a name of its own.
        if let Some(i) = t.find(" at ")
            && t[..i]
                .split_whitespace()
                .all(|w| lower_is_one_of(w, JOB_LIST_WORDS))
        {
            employer_after(t, i + 4, start, vocab, header);
            continue;
        }
        // "Title at Company" on one line, or "at Company" under the title.
        if let Some(rest) = t.strip_prefix("at ").or_else(|| t.strip_prefix("@ ")) {
            let name = first_cell(rest);
            if header.company.is_none() && is_name(name, vocab) {
                let from = start + (t.len() - rest.len());
                header.company = Some(from..from + name.len());
            }
            continue;
        }
        // A message's sender: "Kayla Brooks · Technical Recruiter at Acme".
        if header.company.is_none()
            && let Some((cell_at, name)) = sender_employer(t, vocab)
        {
            header.company = Some(start + cell_at..start + cell_at + name.len());
            header.sender = Some(start..start + t.len());
            continue;
        }
        // "IQVIA - Clinical Data Manager 2", "Twilio — Senior Technical
        // Writer" (a note's heading, Lever's page title): the employer first.
        if title_line.is_none()
            && header.company.is_none()
            && let Some((name, title_at, title)) = name_then_title(t, vocab)
        {
            header.company = Some(start..start + name.len());
            header
                .title
                .get_or_insert(start + title_at..start + title_at + title.len());
            title_line = Some(n);
            continue;
        }
        if title_line.is_none() && t.split_whitespace().count() <= 14 {
            let cell = t.split(" · ").next().unwrap_or(t);
            if is_title(cell, vocab) {
                // A labelled "Position:" line may have given the title already.
                header.title.get_or_insert(start..start + cell.len());
                title_line = Some(n);
                if let Some(i) = t.find(" at ").or_else(|| t.find(" @ ")) {
                    employer_after(t, i + 4, start, vocab, header);
                }
                continue;
            }
        }
        // A page's own controls over the title ("Share", "Print", "Save") are
        // single common words; a name right under the title is the
        // employer then ("IT Specialist\nDepartment of Veterans Affairs").
        let chrome = company.as_ref().is_some_and(|(_, cells, k)| {
            !cells
                && title_line.is_some_and(|t| *k < t && t + 1 == n)
                && lines[*k].1.split_whitespace().count() == 1
                && vocab.english().is_common(lines[*k].1.trim())
        });
        if (company.is_none() || chrome) && seen <= 5 {
            let cell = first_cell(t.trim_end_matches(" logo"));
            // A line of cells ("Acme · Austin, TX · 3 days ago") is the
            // company line even when the name is also a skill ("Snowflake").
            let has_cells = cell.len() < t.len() && t.contains([' ', '·']) && !t.ends_with(" logo");
            // So is a line the board rates ("Oracle" over "3.9 out of 5
            // stars"), or one over the title and the board's cells of place
            // and age ("Stripe\nBackend Engineer\nSeattle, WA · 1 week ago").
            let rated = lines[n + 1..]
                .iter()
                .map(|(_, l)| l.trim())
                .filter(|l| !l.is_empty())
                .take(2)
                .any(is_board_line);
            // "monday.com · New York, NY · 2 days ago": under the title, a
            // line of cells opens with the employer whatever its case.
            // The first cell of a board's line of place and age ("Under
            // Armour · Baltimore, MD · 2 days ago"), or a line of its own
            // over it ("Under Armour\nData Engineer\nBaltimore, MD · 2 days
            // ago"), is the employer's slot: there a first word that opens
            // phrases elsewhere is the name's, and so is a lower-case
            // product's name ("athenahealth").
            let board_cells = has_cells && t.contains(" · ") && is_board_line(t);
            // Indeed's "Under Armour - Baltimore, MD 21230" and Glassdoor's
            // "Under Armour 4.0 ★" hold the employer's slot too, as does a
            // careers page's name line over the title and its place
            // ("Under Armour\nData Engineer\nBaltimore, MD").
            let placed = has_cells
                && t[cell.len()..]
                    .trim_start_matches([' ', '-', '–', '—', '|', '·'])
                    .split(" · ")
                    .next()
                    .is_some_and(is_location);
            let slot = board_cells
                || placed
                || t.contains('★')
                || (rated && !has_cells)
                || (!has_cells && over_title_and_place(&lines[n + 1..], vocab));
            let lower_brand = (has_cells
                && title_line.is_some()
                && t.contains(" · ")
                && is_lower_brand(cell, vocab))
                || (slot && (is_lower_token(cell, vocab) || is_lower_led_name(cell, vocab)));
            let name = if slot {
                is_employer_cell(cell, vocab)
            } else {
                is_lone_name(cell, vocab)
            };
            if (lower_brand
                || (name && (has_cells || rated || slot || vocab.canonical_skill(cell).is_none())))
                && !above_sender(&lines[n + 1..])
            {
                company = Some((start..start + cell.len(), has_cells, n));
            }
        }
        if company.is_some() && title_line.is_some_and(|t| n > t) {
            break;
        }
    }
    // A lone name is the employer only beside the title: without a title
    // on top, the first lines are the body ("Why Mayo Clinic").
    // Common words alone further above the title than the line over it
    // are the page's navigation ("Sign In", "Introduce Yourself").
    let navigation = |n: usize, range: &Range<usize>| {
        title_line.is_some_and(|t| n + 2 <= t)
            && lines[n].1[range.start - lines[n].0..range.end - lines[n].0]
                .split_whitespace()
                .all(|w| vocab.english().is_common(w))
    };
    if let Some((range, has_cells, n)) = company
        && header.company.is_none()
        && (has_cells || title_line.is_some_and(|t| t.abs_diff(n) <= 3))
        && !field_value(lines, lines[n].1.trim())
        && (has_cells || !navigation(n, &range))
    {
        header.company = Some(range);
    }
}

/// `true` when the next lines are a title and a place: a careers page's
/// name line stands over them ("Under Armour\nData Engineer\nBaltimore,
/// MD").
fn over_title_and_place(rest: &[(usize, &str)], vocab: &Vocab) -> bool {
    let mut next = rest
        .iter()
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty())
        // The page's controls may stand between ("Share", "Show more
        // options"): a few common words that are no title.
        .skip_while(|l| {
            l.split_whitespace().count() <= 3
                && l.split_whitespace().all(|w| vocab.english().is_common(w))
                && !is_title(l, vocab)
        });
    next.next().is_some_and(|l| is_title(l, vocab))
        && next
            .next()
            .is_some_and(|l| is_location(l) || (is_board_line(l) && is_location(first_cell(l))))
}

/// `true` when the next line is a message's sender, "Jenna Park
/// <jpark@example.com>": a mail program's page puts its folder labels
/// ("Inbox", "Important") between the subject and the sender, and no
/// employer.
fn above_sender(rest: &[(usize, &str)]) -> bool {
    rest.iter()
        .map(|(_, l)| l.trim())
        .find(|l| !l.is_empty())
        .is_some_and(|l| {
            l.ends_with('>')
                && l.rfind('<')
                    .is_some_and(|open| l[open..].contains('@') && open > 0)
        })
}

/// `true` when the page gives `value` again under a field's label
/// ("Department\nTechnical Support", "Team: Payments"): a line under the
/// title that repeats it is that field, not the employer.
fn field_value(lines: &[(usize, &str)], value: &str) -> bool {
    let mut prev = "";
    for line in lines
        .iter()
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty())
    {
        let labelled = match line.split_once(':') {
            Some((label, rest)) if lower_is_one_of(label.trim(), FIELD_LABELS) => rest.trim(),
            _ if lower_is_one_of(prev.trim_end_matches(':'), FIELD_LABELS) => line,
            _ => "",
        };
        if labelled == value {
            return true;
        }
        prev = line;
    }
    false
}

/// Takes the name opening `line[from..]` ("Robert Half" in "Senior
/// Technical Recruiter at Robert Half") as the employer, unless one is
/// known; `start` is where `line` stands in the text.
fn employer_after(line: &str, from: usize, start: usize, vocab: &Vocab, header: &mut Header) {
    let name = first_cell(&line[from..]);
    if header.company.is_none() && is_name(name, vocab) {
        header.company = Some(start + from..start + from + name.len());
    }
}

/// `true` for the line a job board puts under an employer's name: its
/// rating or its followers ("3.9 out of 5 stars", "4.1 ★ 2,300 reviews",
/// "12,345 followers"), or LinkedIn's cells of place, age and applicants
/// ("San Francisco, CA · 2 weeks ago · 89 applicants").
fn is_board_line(line: &str) -> bool {
    // Both shapes are ruled out before the line (often a paragraph) is
    // lower-cased: lower-casing keeps digits, spaces and "·".
    if !(line.starts_with(|c: char| c.is_ascii_digit()) || line.contains(" · ")) {
        return false;
    }
    let lower = line.to_lowercase();
    let rating = line.starts_with(|c: char| c.is_ascii_digit())
        && ["out of 5", "★", "reviews", "followers"]
            .iter()
            .any(|m| lower.contains(m));
    let posting_cells = lower.contains(" · ")
        && lower
            .split(" · ")
            .skip(1)
            .any(|cell| cell.ends_with(" ago") || cell.ends_with(" applicants"));
    rating || posting_cells
}

/// `true` for a LinkedIn member's line with the degree of connection:
/// "Jessica Alvarez · 2nd", "Sam Lee (He/Him) · 3rd+".
fn is_connection(line: &str) -> bool {
    line.rsplit_once(" · ")
        .is_some_and(|(_, degree)| matches!(degree.trim(), "1st" | "2nd" | "3rd" | "3rd+"))
}

/// In a "Name · Title at Company" line (a message's sender), where the
/// company's name stands in the line, and the name.
fn sender_employer<'a>(line: &'a str, vocab: &Vocab) -> Option<(usize, &'a str)> {
    let mut at = 0;
    for (i, cell) in line.split(" · ").enumerate() {
        let cell_at = at;
        at += cell.len() + " · ".len();
        if i == 0 {
            continue;
        }
        let (title, name) = cell.rsplit_once(" at ")?;
        let name = first_cell(name);
        // The sender's job title: a few capitalised words ("Principal
        // Associate, Tech Recruiting").
        let title = title.trim_start_matches(|c: char| !c.is_alphanumeric());
        if title.starts_with(char::is_uppercase)
            && title.split_whitespace().count() <= 8
            && is_name(name, vocab)
        {
            return Some((cell_at + title.len() + " at ".len(), name));
        }
    }
    None
}

/// `true` for a line where the body starts: a sentence, a greeting, a
/// heading that names a section.
fn ends_header(line: &str) -> bool {
    // LinkedIn's alt text for the logo is no sentence, whatever its length.
    if line.starts_with("Company logo for ") {
        return false;
    }
    // A board's line of cells is no sentence however long its cells make
    // it: "Anthem Blue Cross and Blue Shield · Indianapolis, IN · 2 days
    // ago · Over 100 applicants". Its longest cell is what may be one.
    let longest = line
        .split(" · ")
        .map(|cell| cell.split_whitespace().count())
        .max()
        .unwrap_or(0);
    let words = line.split_whitespace().count();
    longest > 16
        || (longest > 7 && line.ends_with(['.', '!', '?']))
        || ["hi ", "hi,", "hello", "dear ", "greetings", "hey "]
            .iter()
            .any(|g| lower_starts_with(line, g))
        || (words <= 8
            && !matches!(
                layout::classify(line.trim_end_matches(':')),
                SectionKind::Other
            )
            && !lower_starts_with(line, "skills"))
}
