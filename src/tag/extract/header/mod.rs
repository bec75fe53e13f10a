//! The header of a pasted posting: a text → the span of its title and of
//! its employer's name, read from the lines job boards put on top.
//!
//! How people paste postings, each shape read by where its lines stand:
//! - job-board copies (LinkedIn, Indeed, Lever, Ashby): the title line,
//!   then "Company · Location · 3 days ago", "Company - City, ST", or the
//!   company alone on a line; field labels ("Location", "time type") with
//!   their value on the next line;
//! - "Title at Company" (Greenhouse), or "at Company" under the title;
//! - labelled lines anywhere near the top: "Company: X", "Job Title: Y";
//! - an e-mail's subject line, and a Hacker News "Company | Role |
//!   Location | REMOTE | $" line: cells, each told apart by what it looks
//!   like (a title, a place, a term of the job, a name).
//!
//! Structure outranks counting: what the header names is the employer and
//! the title, whatever the body mentions more often.

mod cells;
mod mail;

use std::ops::Range;

use super::layout::{self, SectionKind};
use crate::tag::title;
use crate::tag::vocab::Vocab;
use cells::{
    COMPANY_LABELS, FIELD_LABELS, TITLE_LABELS, is_employer_cell, is_location, is_lone_name,
    is_name, is_title,
};
pub(crate) use cells::{ORGANIZATION_LABELS, common_words};
use mail::{is_thread_meta, reader, subject};

/// What the header says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The title as posted (a line or a cell).
    pub title: Option<Range<usize>>,
    /// The employer's name as written.
    pub company: Option<Range<usize>>,
    /// A message sender's own line ("Senior Technical Recruiter at Robert
    /// Half"): its title is the sender's, not the job's.
    pub sender: Option<Range<usize>>,
}

/// At most this many lines are read as the header.
const MAX_LINES: usize = 14;

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

/// Reads the header of `text`.
pub fn find(text: &str, vocab: &Vocab) -> Header {
    let mut header = Header::default();
    let lines = first_lines(text, 40);
    labelled(text, &lines, vocab, &mut header);
    if header.title.is_some() && header.company.is_some() {
        return header;
    }
    let Some(&(first_at, first)) = lines.iter().find(|(_, l)| !l.trim().is_empty()) else {
        return header;
    };
    // An e-mail's subject, or a "Company | Role | Location" line.
    let subject = lines.iter().take(6).find_map(|&(at, line)| {
        let rest = subject(line)?;
        Some((at + (line.len() - rest.len()), rest))
    });
    if let Some((at, rest)) = subject {
        read_cells(text, at, rest, reader(&lines), vocab, &mut header);
        return header;
    }
    // A Hacker News comment copied with its thread opens with its meta line
    // ("jdoe 5 hours ago | parent | next [–]"); the post's line is next.
    let (first_at, first) = if is_thread_meta(first) {
        lines
            .iter()
            .filter(|(at, l)| *at > first_at && !l.trim().is_empty())
            .map(|&(at, l)| (at, l))
            .next()
            .unwrap_or((first_at, first))
    } else {
        (first_at, first)
    };
    if first.matches(" | ").count() >= 2 || first.matches(" || ").count() >= 1 {
        read_cells(text, first_at, first, None, vocab, &mut header);
        return header;
    }
    board_copy(&lines, vocab, &mut header);
    header
}

/// The employer a saved page's title names, as web clippers keep it in
/// front matter: "Software Engineer, Backend @ Ramp" (Ashby), "Job
/// Application for Data Analyst at Ramp" (Greenhouse), "Ramp - Software
/// Engineer" (Lever), "Ramp hiring Data Analyst in New York, NY |
/// LinkedIn", "Data Analyst - Ramp - New York, NY - Indeed.com".
pub fn page_title_company(title: &str, vocab: &Vocab) -> Option<Range<usize>> {
    let mut end = title.len();
    for board in [" | LinkedIn", " - Indeed.com", " | Indeed.com"] {
        if let Some(rest) = title[..end].strip_suffix(board) {
            end = rest.len();
        }
    }
    let start = title
        .strip_prefix("Job Application for ")
        .map_or(0, |rest| title.len() - rest.len());
    let line = &title[start..end];
    if let Some(i) = line.find(" hiring ") {
        let name = &line[..i];
        return is_name(name, vocab).then(|| start..start + i);
    }
    let mut header = Header::default();
    read_cells(title, start, line, None, vocab, &mut header);
    // A page's title names an employer only beside a job's title: a note's
    // title ("Comparing the Apex Systems offer") is no such page.
    header.title.and(header.company)
}

/// The first `n` lines of the text with their offsets, line ends trimmed.
fn first_lines(text: &str, n: usize) -> Vec<(usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n')
        .take(n)
        .map(|l| {
            let start = at;
            at += l.len();
            (start, l.trim_end())
        })
        .collect()
}

/// "Company: X" and "Job Title: Y" lines among the first lines.
fn labelled(text: &str, lines: &[(usize, &str)], vocab: &Vocab, header: &mut Header) {
    for (n, &(at, line)) in lines.iter().enumerate() {
        let trimmed = line.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '_' | '-' | '•' | '#')
        });
        let Some((label, value)) = trimmed.split_once(':') else {
            continue;
        };
        let label = label.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        let value_at = at + (line.len() - trimmed.len()) + label_len(trimmed) + 1;
        let value = value.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        let start = value_at
            + (text[value_at..].len() - text[value_at..].trim_start_matches([' ', '*', '_']).len());
        let value = value.trim_end_matches(['*', '_', ' ']);
        if value.is_empty() || value.len() > 120 {
            continue;
        }
        let range = start..start + value.len();
        if header.company.is_none() && lower_is_one_of(label, COMPANY_LABELS) {
            let name = first_cell(value);
            // An ATS's organisation field may hold a department: "Organization:
            // Information Technology - Infrastructure Services".
            // Below the header lines (Taleo's field block at the foot) it
            // is the body's to weigh.
            let department = lower_is_one_of(label, ORGANIZATION_LABELS)
                && (n >= MAX_LINES || common_words(name, vocab));
            if is_name(name, vocab) && !department {
                header.company = Some(start..start + name.len());
            }
        } else if header.title.is_none()
            && lower_is_one_of(label, TITLE_LABELS)
            && title::parse(value, vocab).is_some()
        {
            header.title = Some(range);
        }
    }
}

fn label_len(line: &str) -> usize {
    line.find(':').unwrap_or(0)
}

/// The text before the first " · ", " - ", " | " or " • " of a line,
/// without Markdown emphasis closing it ("**Airbnb** · Remote").
fn first_cell(line: &str) -> &str {
    let end = [" · ", " – ", " — ", " - ", " | ", " • ", " (", "\t"]
        .iter()
        .filter_map(|s| line.find(s))
        .min()
        .unwrap_or(line.len());
    // "… at MongoDB?": a subject may ask.
    let cell = line[..end].trim().trim_end_matches(['*', '_', '?', '!']);
    // Indeed's rating beside the name: "Chewy 4.0★", "Chewy ★ 4.0".
    match cell.find('★') {
        Some(star) => cell[..star]
            .trim_end()
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim_end(),
        None => cell,
    }
}

/// `true` for a line that opens with a field's label and holds its value:
/// "Job Locations US-AR-Springdale", "Type Regular Full-Time".
fn labels_its_value(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    // "Department of Veterans Affairs" is a name that opens with a label's
    // word: a value does not go on with "of".
    (1..=3.min(words.len().saturating_sub(1))).any(|n| {
        lower_is_one_of(&words[..n].join(" "), FIELD_LABELS)
            && !matches!(words[n], "of" | "for" | "and" | "&")
    })
}

/// A brand written in lower case, as a few are ("tldraw", "n8n",
/// "fly.io"): one token of letters, digits and dots that is no common word
/// and no skill.
fn is_lower_brand(cell: &str, vocab: &Vocab) -> bool {
    is_lower_token(cell, vocab) && !vocab.skill_as_written(cell)
}

/// One token of lower-case letters, digits and dots that is no common
/// word: a brand's shape, or a product's ("athenahealth").
fn is_lower_token(cell: &str, vocab: &Vocab) -> bool {
    cell.len() >= 2
        && cell.starts_with(|c: char| c.is_ascii_lowercase())
        && cell
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.')
        && !vocab.english().is_common(cell)
}

/// A line that opens with a name and goes on, past a dash or bar, with a
/// title: the name, where the title starts, and the title's cell.
fn name_then_title<'a>(line: &'a str, vocab: &Vocab) -> Option<(&'a str, usize, &'a str)> {
    let (i, sep) = [" — ", " – ", " - ", " | "]
        .iter()
        .filter_map(|s| line.find(s).map(|i| (i, s.len())))
        .min()?;
    let name = line[..i].trim_end();
    let title = first_cell(&line[i + sep..]);
    (is_lone_name(name, vocab) && !is_title(name, vocab) && is_title(title, vocab)).then_some((
        name,
        i + sep,
        title,
    ))
}

/// Cells of a subject or "|" line: the first title cell is the title, the
/// first name cell the employer; a cell that is the `reader`'s name is
/// neither.
fn read_cells(
    text: &str,
    at: usize,
    line: &str,
    reader: Option<&str>,
    vocab: &Vocab,
    header: &mut Header,
) {
    let mut cells: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let seps = [" || ", " | ", " - ", " – ", " — ", " · ", " / ", ": "];
    let mut i = 0;
    // A separator inside brackets is the cell's own: "Senior Engineer
    // (canvas / TypeScript)".
    let mut depth = 0usize;
    while i < line.len() {
        if let Some(sep) = seps.iter().find(|s| line[i..].starts_with(**s))
            && depth == 0
        {
            cells.push(start..i);
            i += sep.len();
            start = i;
        } else {
            match line.as_bytes()[i] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            i += line[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    cells.push(start..line.len());
    let cells: Vec<Range<usize>> = cells
        .into_iter()
        .map(|r| {
            // Markdown emphasis left around a cell ("**Airbnb** · Remote")
            // is not part of its text.
            let s = &line[r.clone()];
            let marks = |c: char| c.is_whitespace() || matches!(c, '*' | '_');
            let lead = s.len() - s.trim_start_matches(marks).len();
            at + r.start + lead..at + r.start + s.trim_end_matches(marks).len().max(lead)
        })
        .filter(|r| !r.is_empty())
        .collect();
    // "SEEKING WORK | Backend Engineer | Remote": a Hacker News post by
    // someone looking for work names a job but no employer.
    let seeking = cells.first().is_some_and(|c| {
        let first = text[c.clone()].to_ascii_lowercase();
        first == "seeking work" || first == "seeking freelancer"
    });
    // "tldraw | Senior Software Engineer | London": a Hacker News line
    // opens with the employer, whatever its case.
    let lower_brand = cells.len() >= 3
        && cells
            .first()
            .is_some_and(|c| is_lower_brand(&text[c.clone()], vocab))
        && cells[1..].iter().any(|c| is_title(&text[c.clone()], vocab));
    if lower_brand && header.company.is_none() {
        header.company = cells.first().cloned();
    }
    let mut title_seen = false;
    for (k, cell) in cells.iter().enumerate() {
        let s = &text[cell.clone()];
        if header.title.is_none() && s.split_whitespace().count() <= 10 && is_title(s, vocab) {
            header.title = Some(cell.clone());
            // "Test Technician opportunity with Caterpillar".
            if let Some(i) = [" with ", " at ", " @ ", " for "]
                .iter()
                .find_map(|p| s.find(p).map(|i| i + p.len()))
            {
                let name = first_cell(&s[i..]);
                if header.company.is_none() && is_name(name, vocab) {
                    header.company = Some(cell.start + i..cell.start + i + name.len());
                }
            }
            title_seen = true;
            // "Subject: Senior Engineer - OT Cybersecurity (…)" and "a Senior
            // Engineer - OT Cybersecurity opening": the cell the body writes
            // on from the title is the title's area.
            if let Some(next) = cells.get(k + 1)
                && matches!(&text[cell.end..next.start], " - " | " – ")
            {
                // Up to a bracket of its own: "(Cranberry Township, PA)".
                let end = text[next.clone()]
                    .find(" (")
                    .map_or(next.end, |i| next.start + i);
                if written_again(text, cell.start..end) {
                    header.title = Some(cell.start..end);
                    break;
                }
            }
            continue;
        }
        // A name before the title may also be a skill's ("Snowflake -
        // Software Engineer"); after it, a skill is the title's area.
        if header.company.is_none()
            && !seeking
            && reader.is_none_or(|r| !r.eq_ignore_ascii_case(s))
            && is_lone_name(s, vocab)
            && (!title_seen || vocab.canonical_skill(s).is_none())
        {
            header.company = Some(cell.clone());
        }
    }
}

/// `true` when the text writes `span`'s words again after it.
fn written_again(text: &str, span: Range<usize>) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find(&bytes[span.end..], &bytes[span]).is_some()
}

/// A job board's lines on top of the posting: the title line and the
/// employer's line.
fn board_copy(lines: &[(usize, &str)], vocab: &Vocab, header: &mut Header) {
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
                && (is_employer_cell(name, vocab) || is_lower_token(name, vocab))
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
                || (slot && is_lower_token(cell, vocab));
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
    let mut next = rest.iter().map(|(_, l)| l.trim()).filter(|l| !l.is_empty());
    next.next().is_some_and(|l| is_title(l, vocab)) && next.next().is_some_and(is_location)
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

/// `true` when `text` in lower case (`str::to_lowercase`) is one of the
/// lower-case ASCII `labels`; ASCII text is compared without a copy (every
/// line of a header is asked).
fn lower_is_one_of(text: &str, labels: &[&str]) -> bool {
    if text.is_ascii() {
        labels.iter().any(|l| l.eq_ignore_ascii_case(text))
    } else {
        labels.contains(&text.to_lowercase().as_str())
    }
}

/// `true` when `text` in lower case (`str::to_lowercase`) starts with the
/// lower-case ASCII `prefix`, without a copy when `text` starts in ASCII.
fn lower_starts_with(text: &str, prefix: &str) -> bool {
    match text.as_bytes().get(..prefix.len()) {
        // Lower-casing maps ASCII to ASCII of the same length, whatever follows.
        Some(head) if head.is_ascii() => head.eq_ignore_ascii_case(prefix.as_bytes()),
        _ if text.is_ascii() => false,
        _ => text.to_lowercase().starts_with(prefix),
    }
}

#[cfg(test)]
mod tests;
