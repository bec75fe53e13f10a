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

use std::ops::Range;

use super::layout::{self, SectionKind};
use crate::tag::title;
use crate::tag::vocab::Vocab;

/// What the header says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The title as posted (a line or a cell).
    pub title: Option<Range<usize>>,
    /// The employer's name as written.
    pub company: Option<Range<usize>>,
}

/// At most this many lines are read as the header.
const MAX_LINES: usize = 14;

/// Labels of a line naming the employer.
const COMPANY_LABELS: &[&str] = &[
    "company",
    "company name",
    "employer",
    "organization",
    "organisation",
    "client",
    "hiring company",
];

/// Labels of a line holding the title.
const TITLE_LABELS: &[&str] = &[
    "job title",
    "title",
    "position",
    "position title",
    "job position",
    "role",
    "job role",
    "job",
    "opening",
    "vacancy",
];

/// Field labels standing alone on a line, their value on the next line
/// (Workday, Ashby, Lever, Stack Overflow).
const FIELD_LABELS: &[&str] = &[
    "location",
    "locations",
    "department",
    "team",
    "employment type",
    "compensation",
    "time type",
    "posted on",
    "job requisition id",
    "requisition id",
    "job id",
    "req id",
    "workplace type",
    "job type",
    "salary",
    "pay",
    "experience level",
    "seniority level",
    "role",
    "industry",
    "company size",
    "company type",
    "date posted",
    "commitment",
    "location type",
];

/// Words that mark a header cell as a term of the job, not a name.
const META: &[&str] = &[
    " ago",
    "applicant",
    "out of 5",
    "stars",
    "reviews",
    "promoted",
    "easy apply",
    "apply",
    "full-time",
    "full time",
    "fulltime",
    "part-time",
    "part time",
    "contract",
    "internship",
    "temporary",
    "permanent",
    "remote",
    "hybrid",
    "on-site",
    "onsite",
    "in-office",
    "in office",
    "posted",
    "$",
    "£",
    "€",
    "₹",
    "/hr",
    "an hour",
    "a year",
    "per year",
    "per hour",
    "salary",
    "job details",
    "description",
    "about the",
    "skills",
    "see more",
    "show more",
    "save",
    "share",
    "actively",
    "responses",
    "benefits",
    "overview",
    "application",
    "mid-senior",
    "entry level",
    "seniority",
    "urgent",
    "requirement",
    "need",
    "opportunit",
    "w2",
    "c2c",
    "visa",
    "relocation",
    "equity",
    "http",
    "www.",
    "@",
    "from:",
    "to:",
    "date:",
    "sent:",
    "cc:",
    "shift",
    "clearance",
    "req ",
    "requisition",
    " level ",
    "inmail",
    " month",
    " year",
    " week",
    " day",
    " hour",
    "ir35",
    "ts/sci",
    " poly",
    "secret",
    "confidential",
    "stealth",
];

/// What a title line never holds: counts of applicants, dates, money, links.
const NOT_TITLE: &[&str] = &[
    " ago",
    "applicant",
    "$",
    "£",
    "€",
    "₹",
    "http",
    "www.",
    "@",
    "out of 5",
    "stars",
];

/// `true` when a line or cell reads as a job title.
fn is_title(cell: &str, vocab: &Vocab) -> bool {
    let lower = format!(" {} ", cell.to_lowercase());
    !NOT_TITLE.iter().any(|m| lower.contains(m))
        && !cell.contains(": ")
        && title::parse(cell, vocab).is_some()
}

/// US states, which follow a city after a comma ("Los Gatos, California").
const STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "district of columbia",
    "ontario",
    "quebec",
    "british columbia",
    "england",
    "scotland",
];

/// Countries, regions and words of places, lower case, that make a cell a
/// location (with the "City, ST" pattern).
const PLACES: &[&str] = &[
    "united states",
    "usa",
    "us",
    "u.s.",
    "united kingdom",
    "uk",
    "canada",
    "germany",
    "india",
    "france",
    "ireland",
    "netherlands",
    "spain",
    "poland",
    "australia",
    "singapore",
    "japan",
    "brazil",
    "mexico",
    "europe",
    "emea",
    "apac",
    "latam",
    "americas",
    "anywhere",
    "worldwide",
    "global",
    "multiple locations",
    "new york",
    "nyc",
    "sf",
    "bay area",
    "los angeles",
    "chicago",
    "boston",
    "austin",
    "denver",
    "atlanta",
    "washington",
    "leeds",
    "manchester",
    "edinburgh",
    "zurich",
    "stockholm",
    "barcelona",
    "madrid",
    "lisbon",
    "warsaw",
    "hyderabad",
    "pune",
    "chennai",
    "sydney",
    "melbourne",
    "tel aviv",
    "vancouver",
    "montreal",
    "london",
    "berlin",
    "paris",
    "amsterdam",
    "toronto",
    "san francisco",
    "seattle",
    "bangalore",
    "bengaluru",
    "dublin",
    "munich",
    "remote",
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
        let t = line.trim_start();
        ["Subject:", "Re:", "RE:", "Fwd:", "FW:", "Fw:"]
            .iter()
            .find_map(|p| t.strip_prefix(p))
            .map(|rest| (at + (line.len() - rest.len()), rest))
    });
    if let Some((at, rest)) = subject {
        read_cells(text, at, rest, vocab, &mut header);
        return header;
    }
    if first.matches(" | ").count() >= 2 || first.matches(" || ").count() >= 1 {
        read_cells(text, first_at, first, vocab, &mut header);
        return header;
    }
    board_copy(&lines, vocab, &mut header);
    header
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
    for &(at, line) in lines {
        let trimmed = line.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '_' | '-' | '•' | '#')
        });
        let Some((label, value)) = trimmed.split_once(':') else {
            continue;
        };
        let label = label
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
            .to_lowercase();
        let value_at = at + (line.len() - trimmed.len()) + label_len(trimmed) + 1;
        let value = value.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
        let start = value_at
            + (text[value_at..].len() - text[value_at..].trim_start_matches([' ', '*', '_']).len());
        let value = value.trim_end_matches(['*', '_', ' ']);
        if value.is_empty() || value.len() > 120 {
            continue;
        }
        let range = start..start + value.len();
        if header.company.is_none() && COMPANY_LABELS.contains(&label.as_str()) {
            let name = first_cell(value);
            if is_name(name, vocab) {
                header.company = Some(start..start + name.len());
            }
        } else if header.title.is_none()
            && TITLE_LABELS.contains(&label.as_str())
            && title::parse(value, vocab).is_some()
        {
            header.title = Some(range);
        }
    }
}

fn label_len(line: &str) -> usize {
    line.find(':').unwrap_or(0)
}

/// The text before the first " · ", " - ", " | " or " • " of a line.
fn first_cell(line: &str) -> &str {
    let end = [" · ", " – ", " — ", " - ", " | ", " • ", " (", "\t"]
        .iter()
        .filter_map(|s| line.find(s))
        .min()
        .unwrap_or(line.len());
    line[..end].trim()
}

/// Cells of a subject or "|" line: the first title cell is the title, the
/// first name cell the employer.
fn read_cells(text: &str, at: usize, line: &str, vocab: &Vocab, header: &mut Header) {
    let mut cells: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let seps = [" || ", " | ", " - ", " – ", " — ", " · ", " / ", ": "];
    let mut i = 0;
    while i < line.len() {
        if let Some(sep) = seps.iter().find(|s| line[i..].starts_with(**s)) {
            cells.push(start..i);
            i += sep.len();
            start = i;
        } else {
            i += line[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    cells.push(start..line.len());
    let cells: Vec<Range<usize>> = cells
        .into_iter()
        .map(|r| {
            let s = &line[r.clone()];
            let lead = s.len() - s.trim_start().len();
            at + r.start + lead..at + r.start + s.trim_end().len()
        })
        .filter(|r| !r.is_empty())
        .collect();
    let mut title_seen = false;
    for cell in &cells {
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
            continue;
        }
        // A name before the title may also be a skill's ("Snowflake -
        // Software Engineer"); after it, a skill is the title's area.
        if header.company.is_none()
            && is_name(s, vocab)
            && (!title_seen || vocab.canonical_skill(s).is_none())
        {
            header.company = Some(cell.clone());
        }
    }
}

/// A job board's lines on top of the posting: the title line and the
/// employer's line.
fn board_copy(lines: &[(usize, &str)], vocab: &Vocab, header: &mut Header) {
    let mut seen = 0;
    let mut skip_next = false;
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
        let lower = t.trim_end_matches(':').to_lowercase();
        if FIELD_LABELS.contains(&lower.as_str()) {
            skip_next = true;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let start = at + lead;
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
            continue;
        }
        if title_line.is_none() && t.split_whitespace().count() <= 14 {
            let cell = t.split(" · ").next().unwrap_or(t);
            if is_title(cell, vocab) {
                // A labelled "Position:" line may have given the title already.
                header.title.get_or_insert(start..start + cell.len());
                title_line = Some(n);
                if let Some(i) = t.find(" at ").or_else(|| t.find(" @ ")) {
                    let name = first_cell(&t[i + 4..]);
                    if header.company.is_none() && is_name(name, vocab) {
                        header.company = Some(start + i + 4..start + i + 4 + name.len());
                    }
                }
                continue;
            }
        }
        if company.is_none() && seen <= 5 {
            let cell = first_cell(t.trim_end_matches(" logo"));
            // A line of cells ("Acme · Austin, TX · 3 days ago") is the
            // company line even when the name is also a skill ("Snowflake").
            let has_cells = cell.len() < t.len() && t.contains([' ', '·']) && !t.ends_with(" logo");
            if is_name(cell, vocab) && (has_cells || vocab.canonical_skill(cell).is_none()) {
                company = Some((start..start + cell.len(), has_cells, n));
            }
        }
        if company.is_some() && title_line.is_some() {
            break;
        }
    }
    // A lone name is the employer only beside the title: without a title
    // on top, the first lines are the body ("Why Mayo Clinic").
    if let Some((range, has_cells, n)) = company
        && header.company.is_none()
        && (has_cells || title_line.is_some_and(|t| t.abs_diff(n) <= 3))
    {
        header.company = Some(range);
    }
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
    let words = line.split_whitespace().count();
    let lower = line.to_lowercase();
    words > 16
        || (words > 7 && line.ends_with(['.', '!', '?']))
        || ["hi ", "hi,", "hello", "dear ", "greetings", "hey "]
            .iter()
            .any(|g| lower.starts_with(g))
        || (words <= 8
            && !matches!(
                layout::classify(line.trim_end_matches(':')),
                SectionKind::Other
            )
            && !lower.starts_with("skills"))
}

/// `true` for a cell that is a term of the job: a date, a count of
/// applicants, a work mode, a salary, a button.
fn is_meta(cell: &str) -> bool {
    let lower = format!(" {} ", cell.to_lowercase());
    META.iter().any(|m| lower.contains(m))
}

/// `true` for a cell that is a place: "Austin, TX", "Remote (US)",
/// "Berlin, Germany", "USA - Saint Louis, MO".
fn is_location(cell: &str) -> bool {
    // "San Francisco or New York", "Leeds/Remote", "Berlin and Remote (EU)".
    let parts: Vec<&str> = cell
        .split(" or ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split('/'))
        .collect();
    if parts.len() > 1 {
        return parts.iter().any(|p| is_one_location(p.trim()));
    }
    is_one_location(cell)
}

fn is_one_location(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if PLACES.contains(&bare) {
        return true;
    }
    // "City, ST" and "City, ST 12345".
    cell.split(", ").skip(1).any(|part| {
        let code = part.split_whitespace().next().unwrap_or("");
        (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()))
            || PLACES.contains(&part.trim().to_lowercase().as_str())
            || STATES.contains(&part.trim().to_lowercase().as_str())
    })
}

/// `true` for a cell that looks like the name of an organisation.
pub fn is_name(cell: &str, vocab: &Vocab) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 || cell.len() > 60 {
        return false;
    }
    let first = cell.chars().next().unwrap_or(' ');
    let second = cell.chars().nth(1).unwrap_or(' ');
    let starts_like_a_name = first.is_uppercase()
        || first.is_ascii_digit()
        || (first.is_lowercase() && second.is_uppercase());
    let stops = vocab.name_stops();
    // "Why Mayo Clinic", "Our Purpose", "What We Offer": a phrase, not a name.
    if words[0] != "The" && stops.get(words[0]).lead {
        return false;
    }
    // "Python/C++", "TS/SCI w/ FS Poly", "Series C climate tech": a name's
    // words are capitalised, but for its connectors.
    let lower_words = words
        .iter()
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    **w,
                    "of" | "and" | "the" | "for" | "de" | "du" | "la" | "y" | "&"
                )
                && !w.chars().skip(1).any(char::is_uppercase)
        })
        .count();
    if lower_words > 0 && !(lower_words == 1 && words.len() >= 3) || cell.contains('/') {
        return false;
    }
    let sentence = cell.ends_with(['!', '?', ':', ','])
        || cell.contains(':')
        || (cell.ends_with('.')
            && !cell.ends_with("Inc.")
            && !cell.ends_with("Co.")
            && !cell.ends_with("Corp.")
            && !cell.ends_with("Ltd.")
            && !cell.ends_with("com."));
    starts_like_a_name
        && !sentence
        && cell.chars().any(char::is_alphabetic)
        && !is_meta(cell)
        && !is_location(cell)
        && title::parse(cell, vocab).is_none()
        && !words
            .iter()
            .all(|w| stops.get(w).alone || stops.get(w).lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Option<&str>, Option<&str>) {
        let vocab = Vocab::new(&Default::default());
        let h = find(text, &vocab);
        (h.title.map(|r| &text[r]), h.company.map(|r| &text[r]))
    }

    #[test]
    fn headers_of_every_shape() {
        for (text, title, company) in [
            (
                "Senior Data Engineer\nThe Home Depot · Atlanta, GA · 2 days ago · 80 applicants\nHybrid · Full-time\nAbout the job\nWe build.",
                "Senior Data Engineer",
                "The Home Depot",
            ),
            (
                "Principal Radar Systems Engineer -Secret Clearance\nBooz Allen Hamilton\n2 days ago · 9 applicants\nOn-site · Full-time\nAbout the job\n",
                "Principal Radar Systems Engineer -Secret Clearance",
                "Booz Allen Hamilton",
            ),
            (
                "Deloitte\nCloud Engineering Senior Consultant - AWS\nArlington, VA · 1 week ago\nAbout the job\n",
                "Cloud Engineering Senior Consultant - AWS",
                "Deloitte",
            ),
            (
                "Quality Engineer II (SDET)\nBank of America - Charlotte, NC 28255\n$90,000 - $120,000 a year - Full-time\nJob details\n",
                "Quality Engineer II (SDET)",
                "Bank of America",
            ),
            (
                "Kraken\nSenior Rust Engineer - Exchange\nRemote\nEngineering /\nFull-time /\nApply for this job\n",
                "Senior Rust Engineer - Exchange",
                "Kraken",
            ),
            (
                "Backend Engineer at Stripe\nSan Francisco, CA\n\nAbout the role\n",
                "Backend Engineer at Stripe",
                "Stripe",
            ),
            (
                "Subject: Snowflake - Software Engineer - Query Processing\nFrom: a@b.com\n\nHi Alex,\n",
                "Software Engineer",
                "Snowflake",
            ),
            (
                "Tailscale | Senior Software Engineer, Networking | REMOTE (US, Canada) | Full-time | $168k\n\nWe build.",
                "Senior Software Engineer, Networking",
                "Tailscale",
            ),
            (
                "Hello,\n\nPosition: Data Engineer (Azure Databricks)\nCompany: Acme Health\nLocation: Remote\n",
                "Data Engineer (Azure Databricks)",
                "Acme Health",
            ),
        ] {
            assert_eq!(
                read(text),
                (Some(title), Some(company)),
                "text: {text:.50?}"
            );
        }
    }

    #[test]
    fn field_labels_and_places_are_not_names() {
        let text = "Security Compliance Analyst\nLocation\nRemote (US)\nDepartment\nSecurity\nCompensation\n$110K\nOverview\n";
        assert_eq!(read(text), (Some("Security Compliance Analyst"), None));
        let text = "Experienced Systems Engineer (Mission Systems)\nApply\nlocations\nUSA - Saint Louis, MO\ntime type\nFull time\n";
        assert_eq!(read(text).1, None);
    }
}
