//! Job titles read with a grammar: a title as posted → its [`Level`] and
//! its role.
//!
//! A title is `[level] [modifiers] head [level] [tail]`: "Senior Java AWS
//! Developer", "Software Engineer II", "Principal Radar Systems Engineer
//! -Secret Clearance", "Software Engineer - .NET : 25-06987". The head is
//! a noun of the role lexicon (Engineer, Developer, Analyst, …); the
//! modifiers before it may be any words ("CICS", "LabVIEW", ".NET"), so
//! the vocabulary helps but does not bound what a title can be. Text in
//! brackets, requisition numbers, locations, clearances and work terms are
//! noise; a tail after a dash or comma names an area or team and stays in
//! the role as the posting wrote it ("Backend Engineer, Cash App Risk"),
//! since a posting names its job with it: only the level leaves.

use std::fmt;

use serde::Serialize;

use super::vocab::{RoleWords, Vocab};

/// A seniority: what a title says of rank, apart from the job itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Level {
    Intern,
    Junior,
    Mid,
    Senior,
    Staff,
    Principal,
    Lead,
    I,
    II,
    III,
    IV,
}

impl Level {
    /// The level as a tag name: `Senior`, `II`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Intern => "Intern",
            Level::Junior => "Junior",
            Level::Mid => "Mid",
            Level::Senior => "Senior",
            Level::Staff => "Staff",
            Level::Principal => "Principal",
            Level::Lead => "Lead",
            Level::I => "I",
            Level::II => "II",
            Level::III => "III",
            Level::IV => "IV",
        }
    }

    /// The level a word of a title names, any case: `Sr.` → Senior,
    /// `Mid-Level` → Mid. Roman numerals and `Intern` are read where they
    /// stand after the head noun; see [`parse`].
    pub fn of_word(word: &str) -> Option<Level> {
        let w = word.trim_end_matches(['.', ',']).as_bytes();
        // Lower-cased on the stack: this is asked of many words of a text,
        // and no level word is longer than the buffer.
        let mut buf = [0u8; 12];
        let lower = buf.get_mut(..w.len())?;
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        Some(match &*lower {
            b"senior" | b"sr" | b"snr" | b"sen" => Level::Senior,
            b"junior" | b"jr" | b"entry-level" | b"entry" => Level::Junior,
            b"mid" | b"mid-level" | b"midlevel" | b"intermediate" => Level::Mid,
            b"staff" => Level::Staff,
            b"principal" => Level::Principal,
            b"lead" => Level::Lead,
            b"intern" | b"internship" | b"interns" => Level::Intern,
            _ => return None,
        })
    }

    /// A level said in a phrase of its own: "Entry Level", "Mid-Level",
    /// "Senior level".
    fn of_phrase(text: &str) -> Option<Level> {
        let lower = text.to_ascii_lowercase();
        let words: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        match words.as_slice() {
            [w] => Level::of_word(w).filter(|l| *l != Level::Lead),
            [w, "level"] => Level::of_word(w),
            _ => None,
        }
    }

    /// A roman or arabic grade after the head: `II`, `2`.
    fn of_grade(word: &str) -> Option<Level> {
        Some(match word {
            "I" | "1" => Level::I,
            "II" | "2" => Level::II,
            "III" | "3" => Level::III,
            "IV" | "4" => Level::IV,
            _ => return None,
        })
    }

    /// Parses a level as an author writes it in front matter (`senior`,
    /// `Sr.`, `II`, `mid-level`).
    pub fn parse(text: &str) -> Option<Level> {
        let text = text.trim();
        Level::of_grade(&text.to_ascii_uppercase()).or_else(|| Level::of_word(text))
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A title read with its grammar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// The job without its seniority, in its normal form ("Radar Systems Engineer").
    pub role: String,
    pub level: Option<Level>,
    /// Byte range of the title's core (level, modifiers, head) in the text given.
    pub start: usize,
    pub end: usize,
}

/// Words of a title's tail that are noise, not an area: work terms,
/// clearances, employment terms.
const NOISE: &[&str] = &[
    "remote",
    "hybrid",
    "onsite",
    "on-site",
    "contract",
    "contractor",
    "permanent",
    "perm",
    "temporary",
    "temp",
    "full-time",
    "part-time",
    "secret",
    "clearance",
    "ts/sci",
    "polygraph",
    "w2",
    "c2c",
];

/// Reads a title as posted: `None` when no segment of it ends in a head
/// noun (or is a `Head of …` / `Member of …` construction).
pub fn parse(text: &str, vocab: &Vocab) -> Option<Title> {
    let roles = vocab.role_words();
    // Bracketed text is never the job: "(Hybrid)", "(m/w/d)", and inside a
    // title "Network Operations Center (NOC) Engineer". Blanked, so that
    // offsets still point into `text`.
    let original = text;
    let blanked = blank_brackets(text);
    let text = blanked.as_str();
    let segments = segments(text);
    let (core_at, words, head) = segments.iter().enumerate().find_map(|(i, s)| {
        let words = words(text, s.clone());
        let head = core_head(&words, vocab)?;
        Some((i, words, head))
    })?;
    let core = segments[core_at].clone();
    let mut level = None;
    if Level::of_word(words[head].1) == Some(Level::Intern) {
        // "Data Science Intern": the intern is the job and its level.
        level = Some(Level::Intern);
    }
    let mut keep: Vec<bool> = vec![true; words.len()];
    // Leading levels: "Senior Staff …", "Sr. …"; and the term of an
    // internship: "Summer 2027 Intern", "Fall 2026 Co-op Engineer".
    let mut first = 0;
    while first < head {
        let w = words[first].1;
        if is_year(w) || (first + 1 < head && is_season(w) && is_year(words[first + 1].1)) {
            keep[first] = false;
            first += 1;
            continue;
        }
        match Level::of_word(w) {
            Some(l) if !(l == Level::Intern && first + 1 == head) => {
                level.get_or_insert(l);
                keep[first] = false;
                first += 1;
            }
            _ => break,
        }
    }
    // A level just before the head: "Cloud Engineering Senior Consultant".
    if head > first
        && let Some(l) = Level::of_word(words[head - 1].1)
        && l != Level::Lead
    {
        level.get_or_insert(l);
        keep[head - 1] = false;
    }
    // After the head: "Engineer II", "Engineer Intern", "Administrator
    // Senior". Other words after the head are not the job ("Technician
    // opportunity with …"), except in "Head of Product".
    let of_phrase = words.get(head + 1).is_some_and(|(_, w)| *w == "of") || is_rank(words[head].1);
    for k in head + 1..words.len() {
        let w = words[k].1;
        // "Engineer 3 days a week": a count, not a grade.
        let counts = w.bytes().all(|b| b.is_ascii_digit())
            && words.get(k + 1).is_some_and(|(_, u)| is_unit(u));
        if let Some(l) = Level::of_grade(w).filter(|_| !counts).or_else(|| {
            Level::of_word(w).filter(|l| matches!(l, Level::Intern | Level::Senior | Level::Junior))
        }) {
            level.get_or_insert(l);
            keep[k] = false;
        } else if !of_phrase {
            keep[k] = false;
        }
    }
    let kept: Vec<&str> = words
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|((_, w), _)| *w)
        .collect();
    let mut role_words: Vec<&str> = kept;
    if !keep[head] {
        // "Data Science Intern": the level word is the only head.
        role_words = words.iter().map(|(_, w)| *w).collect();
        role_words.retain(|w| Level::of_grade(w).is_none());
    }
    let mut role = roles.normalize(&role_words.join(" "));
    // The first tail that names an area, and where it ends in `text`.
    let tail = segments[core_at + 1..].iter().find_map(|s| {
        let segment = &text[s.clone()];
        let t = segment.trim();
        let lead = segment.len() - segment.trim_start().len();
        (!t.is_empty() && is_area(t, vocab)).then_some((t, s.start + lead + t.len()))
    });
    match (tail, level) {
        (Some((tail, _)), _) => role = format!("{role}, {tail}"),
        (None, Some(l @ (Level::Staff | Level::Principal | Level::Lead)))
            if role_words.len() == 1 =>
        {
            // A bare head says little: "Staff Engineer".
            role = format!("{} {role}", l.name());
        }
        _ => {}
    }
    // A tail that is a level: "Software Engineer - Entry Level", or the
    // level alone in brackets: "AWS Cloud Engineer (Mid-Level)".
    if level.is_none() {
        level = segments[core_at + 1..]
            .iter()
            .find_map(|s| Level::of_phrase(text[s.clone()].trim()))
            .or_else(|| {
                original
                    .split('(')
                    .skip(1)
                    .filter_map(|b| b.split_once(')'))
                    .find_map(|(inside, _)| Level::of_phrase(inside.trim()))
            });
    }
    // The span covers the area the role keeps.
    let (start, end) = (
        words[0].0,
        tail.map_or_else(
            || words.last().map_or(core.end, |(at, w)| at + w.len()),
            |(_, end)| end,
        ),
    );
    Some(Title {
        role,
        level,
        start,
        end,
    })
}

/// The index (in the segment's words) of the head noun that ends the core
/// of a segment: the last head noun, or the head of a `Head of …`,
/// `Director of …`, `Member of …` phrase.
fn core_head(words: &[(usize, &str)], vocab: &Vocab) -> Option<usize> {
    let roles = vocab.role_words();
    let words: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
    if words.len() > 10 {
        return None;
    }
    let head = head_of(&words, roles)?;
    // A title's words before its head are levels, kinds of job, technologies
    // and names: capitalised or known. "join us as a Staff Data Scientist"
    // is a sentence that ends in a title, not a title.
    let stops = vocab.name_stops();
    // "Instrumentation and Controls Technician": "and" joining two
    // capitalised words of the title.
    let capital = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let title_like = words[..head].iter().enumerate().all(|(i, w)| {
        if *w == "and" && i > 0 && capital(i - 1) && capital(i + 1) {
            return true;
        }
        let kind = roles.kind(w);
        // "This Account Executive role": a determiner, not a title word;
        // in capitals it is an acronym ("IT Help Desk Technician").
        let acronym = w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
        if stops.get(w).lead && !kind.level && !kind.small && !acronym {
            return false;
        }
        kind.level
            || kind.modifier
            || kind.head
            || kind.small
            || Level::of_word(w).is_some()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || w.contains(['.', '#', '+', '/', '&'])
    });
    (title_like && !words[head].ends_with('.')).then_some(head)
}

/// The index of the head noun of a title's words.
fn head_of(words: &[&str], roles: &RoleWords) -> Option<usize> {
    if let Some(of) = words.iter().position(|w| *w == "of")
        && of > 0
        && of + 1 < words.len()
        && (roles.kind(words[of - 1]).head
            || matches!(words[of - 1], "Member" | "member")
            || is_rank(words[of - 1]))
    {
        return Some(of - 1);
    }
    let is_head = |w: &&str| {
        let w = w.trim_end_matches([',', '.']);
        roles.kind(w).head && !(Level::of_word(w) == Some(Level::Lead) && words.len() == 1)
    };
    // "Engineer Intern": the intern is the level of the engineer.
    let not_intern = |w: &&str| Level::of_word(w) != Some(Level::Intern);
    words
        .iter()
        .rposition(|w| is_head(w) && not_intern(w))
        .or_else(|| words.iter().rposition(is_head))
        // "VP, Engineering", "VP Engineering", "Head, Platform": a rank
        // that opens the title, then the field it leads.
        .or_else(|| words.first().is_some_and(|w| is_rank(w)).then_some(0))
}

/// `true` for the ranks a field follows, with or without "of": "Head of
/// Product", "VP Engineering", "Chief of Staff".
/// A unit that makes a number before it a count: "3 days", "2 years".
pub(crate) fn is_unit(word: &str) -> bool {
    ["year", "yr", "month", "week", "day", "hour"]
        .iter()
        .any(|u| word.len() <= u.len() + 1 && word.to_ascii_lowercase().starts_with(u))
}

/// A year a posting is for: "2027" of "Summer 2027 Intern".
pub(crate) fn is_year(word: &str) -> bool {
    word.len() == 4 && word.starts_with("20") && word.bytes().all(|b| b.is_ascii_digit())
}

/// A season that, before a year, says when a job runs.
pub(crate) fn is_season(word: &str) -> bool {
    ["summer", "fall", "autumn", "winter", "spring"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(word))
}

fn is_rank(word: &str) -> bool {
    ["Head", "VP", "SVP", "EVP", "Chief"].contains(&word)
}

/// `text` with every bracketed part replaced by spaces of the same length.
fn blank_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => {
                depth -= 1;
                out.push(' ');
                continue;
            }
            _ => {}
        }
        if depth > 0 {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// The segments of a title: its text split at dashes, bars, colons and
/// commas that separate parts, and at " at " / " @ " before an employer,
/// with bracketed text removed.
fn segments(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut i = 0;
    let push = |from: usize, to: usize, out: &mut Vec<std::ops::Range<usize>>| {
        if text[from..to].trim().is_empty() {
            return;
        }
        out.push(from..to);
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' => {
                if depth == 0 {
                    push(start, i, &mut out);
                }
                depth += 1;
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    start = i + 1;
                }
            }
            _ if depth > 0 => {}
            b'|' | b':' | b',' | b';' => {
                push(start, i, &mut out);
                start = i + 1;
            }
            b'-' if (i > 0 && b[i - 1] == b' ') || b.get(i + 1) == Some(&b' ') => {
                // " - ", " -Secret", "- Remote": a separating dash, not "Full-Stack".
                push(start, i, &mut out);
                start = i + 1;
            }
            0xE2 if text[i..].starts_with(['–', '—', '•']) => {
                push(start, i, &mut out);
                start = i + 3;
                i += 2;
            }
            0xC2 if text[i..].starts_with('·') => {
                push(start, i, &mut out);
                start = i + 2;
                i += 1;
            }
            b' ' if text[i..].starts_with(" at ") || text[i..].starts_with(" @ ") => {
                push(start, i, &mut out);
                // What follows names the employer, not the job.
                return out;
            }
            _ => {}
        }
        i += 1;
    }
    if depth == 0 {
        push(start, b.len(), &mut out);
    }
    out.iter()
        .map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            r.start + lead..r.end - trail
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// The words of `text[range]` with their byte offsets, punctuation that
/// ends a word trimmed (a trailing comma, a final period).
fn words(text: &str, range: std::ops::Range<usize>) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let s = &text[range.clone()];
    let mut at = 0;
    for w in s.split(' ') {
        let start = range.start + at;
        at += w.len() + 1;
        let w = w.trim_end_matches([',', ';']);
        if !w.is_empty() {
            out.push((start, w));
        }
    }
    out
}

/// `true` for a tail that names an area or team ("GenAI", "Data
/// Engineering"), not noise (a requisition number, "Remote", "Secret
/// Clearance", a place).
fn is_area(tail: &str, vocab: &Vocab) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    // "Entry Level" is the title's level, "Senior Game Engineer" another
    // title.
    if Level::of_phrase(tail).is_some()
        || words
            .last()
            .is_some_and(|w| vocab.role_words().kind(w).head)
    {
        return false;
    }
    // "Vaccine and Infectious Disease Division": joining words do not
    // make an area longer.
    let content = words
        .iter()
        .filter(|w| !matches!(**w, "and" | "&" | "of" | "the" | "for"))
        .count();
    // A number is noise ("25-06987", "2nd Shift") unless it is part of a
    // product's name: a few digits after a capitalised word ("Dynamics
    // 365", "Salesforce 360").
    let numbered = |i: usize, w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && !(w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit())
                && i > 0
                && words[i - 1].starts_with(char::is_uppercase))
    };
    !words.is_empty()
        && content <= 4
        && !words.iter().enumerate().any(|(i, w)| numbered(i, w))
        && !words
            .iter()
            .any(|w| NOISE.iter().any(|n| n.eq_ignore_ascii_case(w)))
        && words[0].starts_with(|c: char| c.is_uppercase() || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::vocab::Vocab;

    #[test]
    fn titles_split_into_level_and_role() {
        let vocab = Vocab::new(&Default::default());
        for (title, role, level) in [
            (
                "Senior Software Engineer",
                "Software Engineer",
                Some(Level::Senior),
            ),
            ("Software Engineer II", "Software Engineer", Some(Level::II)),
            ("Java AWS Developer", "Java AWS Developer", None),
            (".NET Developer", ".NET Developer", None),
            ("Mid Ruby Developer", "Ruby Developer", Some(Level::Mid)),
            ("CICS Engineer", "CICS Engineer", None),
            (
                "LabVIEW development engineer",
                "LabVIEW Development Engineer",
                None,
            ),
            (
                "Software Engineer - .NET : 25-06987",
                "Software Engineer, .NET",
                None,
            ),
            (
                "Principal Radar Systems Engineer -Secret Clearance",
                "Radar Systems Engineer",
                Some(Level::Principal),
            ),
            ("Data Engineer (Hybrid)", "Data Engineer", None),
            // The term an internship runs is no part of the job.
            (
                "Summer 2027 Intern – Data Analytics",
                "Intern, Data Analytics",
                Some(Level::Intern),
            ),
            (
                "Fall 2026 Data Science Intern",
                "Data Science Intern",
                Some(Level::Intern),
            ),
            ("Spring Boot Developer", "Spring Boot Developer", None),
            (
                "Senior DevOps Engineer (m/w/d)",
                "DevOps Engineer",
                Some(Level::Senior),
            ),
            (
                "Biostatistician II - Vaccine and Infectious Disease Division",
                "Biostatistician, Vaccine and Infectious Disease Division",
                Some(Level::II),
            ),
            (
                "Senior Consultant – Dynamics 365 Customer Engagement",
                "Consultant, Dynamics 365 Customer Engagement",
                Some(Level::Senior),
            ),
            ("Consultant - 25-06987", "Consultant", None),
            (
                "Senior Backend Engineer, Cash App Risk",
                "Backend Engineer, Cash App Risk",
                Some(Level::Senior),
            ),
            (
                "Software Engineer - Entry Level",
                "Software Engineer",
                Some(Level::Junior),
            ),
            (
                "AWS Cloud Engineer (Mid-Level)",
                "AWS Cloud Engineer",
                Some(Level::Mid),
            ),
            ("Data Analyst (Remote)", "Data Analyst", None),
            (
                "NetFrame recruiter screen: Senior Game Engineer",
                "NetFrame Recruiter",
                None,
            ),
            (
                "Staff Engineer, GenAI",
                "Engineer, GenAI",
                Some(Level::Staff),
            ),
            ("Staff Engineer", "Staff Engineer", Some(Level::Staff)),
            (
                "Research Computing Systems Administrator Senior",
                "Research Computing Systems Administrator",
                Some(Level::Senior),
            ),
            (
                "Cloud Engineering Senior Consultant - AWS",
                "Cloud Engineering Consultant, AWS",
                Some(Level::Senior),
            ),
            (
                "Full Stack Software Engineer Intern",
                "Full Stack Software Engineer",
                Some(Level::Intern),
            ),
            (
                "Data Science Intern",
                "Data Science Intern",
                Some(Level::Intern),
            ),
            (
                "Sr. Backend Engineer - Remote",
                "Backend Engineer",
                Some(Level::Senior),
            ),
            ("Director of Engineering", "Director of Engineering", None),
            // A rank leads its field, with "of", a comma or nothing between.
            ("Head of Engineering", "Head of Engineering", None),
            ("VP, Engineering", "VP, Engineering", None),
            ("VP Engineering", "VP Engineering", None),
            ("Chief of Staff", "Chief of Staff", None),
            (
                "Lead Member of Technical Staff - Java/Kubernetes",
                "Member of Technical Staff, Java/Kubernetes",
                Some(Level::Lead),
            ),
            ("Tech Lead", "Tech Lead", None),
            (
                "Engineering Manager, Payments",
                "Engineering Manager, Payments",
                None,
            ),
            ("Backend Engineer at Acme", "Backend Engineer", None),
            (
                "Quality Engineer II (SDET)",
                "Quality Engineer",
                Some(Level::II),
            ),
        ] {
            let got = parse(title, &vocab).unwrap_or_else(|| panic!("no title in {title:?}"));
            assert_eq!(
                (got.role.as_str(), got.level),
                (role, level),
                "title: {title:?}"
            );
        }
        for text in ["About the job", "Remote · Full-time", "3 days ago"] {
            assert_eq!(parse(text, &vocab), None, "text: {text:?}");
        }
    }
}
