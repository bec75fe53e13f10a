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

mod board;
mod cells;
mod found;
mod mail;

use std::ops::Range;

use crate::tag::title;
use crate::tag::vocab::Vocab;
use cells::{
    COMPANY_LABELS, TITLE_LABELS, first_cell, is_lone_name, is_lower_brand, is_name, is_title,
    lower_is_one_of,
};
pub(crate) use cells::{ORGANIZATION_LABELS, common_words};
pub use found::Header;
use found::MAX_LINES;
use mail::{is_thread_meta, reader, subject};

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
    board::board_copy(&lines, vocab, &mut header);
    if header.company.is_none() {
        header.company = about_the_company(text);
    }
    header
}

/// LinkedIn's block about the employer at the foot of a job's page: "About
/// the company", the employer's name on a line of its own, then its
/// followers ("12,345 followers"). A page copied from its title down has
/// no company line on top, and this is LinkedIn's own field, so the name
/// stands whatever its shape ("bp", "Macy's", "E*TRADE", "dbt Labs").
fn about_the_company(text: &str) -> Option<Range<usize>> {
    let heading = b"About the company";
    memchr::memmem::find_iter(text.as_bytes(), heading).find_map(|at| {
        let opens_line = text[..at].trim_end_matches([' ', '\t']).ends_with('\n') || at == 0;
        let rest = &text[at + heading.len()..];
        let (heading_end, rest) = rest.split_once('\n')?;
        if !opens_line || !heading_end.trim().is_empty() {
            return None;
        }
        let mut lines = rest.lines().filter(|l| !l.trim().is_empty());
        let name = lines.next()?.trim();
        let followers = lines.next()?.trim();
        let counted = followers
            .strip_suffix(" followers")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b','));
        (counted && name.split_whitespace().count() <= 10 && name.len() <= 80).then(|| {
            let start = text.len() - rest.len() + rest.find(name)?;
            Some(start..start + name.len())
        })?
    })
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

#[cfg(test)]
mod tests;
