//! Fields said in running text, found in one pass: an Aho-Corasick search
//! for the words that can start one (a currency, "remote", "based in",
//! "full-time", "http", "posted"), each hit judged by the words around it.
//! What labelled lines and header lines gave wins over what is found here.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::lines::{Line, has_word, is_word, sentence, words_before};
use super::remote::Vote;
use super::{Finds, Rank, dates, employment, location, remote, salary, url};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A currency sign or code.
    Money,
    Remote,
    Place,
    Work,
    Url,
    Posted,
}

/// The words that start a field, in the order ties are broken.
const TRIGGERS: &[(&str, Trigger)] = &[
    ("$", Trigger::Money),
    ("€", Trigger::Money),
    ("£", Trigger::Money),
    ("₹", Trigger::Money),
    ("¥", Trigger::Money),
    ("lpa", Trigger::Money),
    ("remotely", Trigger::Remote),
    ("remote", Trigger::Remote),
    ("hybrid", Trigger::Remote),
    ("on-site", Trigger::Remote),
    ("onsite", Trigger::Remote),
    ("on site", Trigger::Remote),
    ("in-office", Trigger::Remote),
    ("in office", Trigger::Remote),
    ("in the office", Trigger::Remote),
    ("in-person", Trigger::Remote),
    ("in person", Trigger::Remote),
    ("work from home", Trigger::Remote),
    ("wfh", Trigger::Remote),
    ("work from office", Trigger::Remote),
    ("based in", Trigger::Place),
    ("based out of", Trigger::Place),
    ("located in", Trigger::Place),
    ("relocate to", Trigger::Place),
    ("office", Trigger::Place),
    ("headquarters", Trigger::Place),
    ("full-time", Trigger::Work),
    ("full time", Trigger::Work),
    ("part-time", Trigger::Work),
    ("part time", Trigger::Work),
    ("contractor", Trigger::Work),
    ("contract", Trigger::Work),
    ("internship", Trigger::Work),
    ("intern", Trigger::Work),
    ("temporary", Trigger::Work),
    ("fixed-term", Trigger::Work),
    ("freelance", Trigger::Work),
    ("http", Trigger::Url),
    ("posted", Trigger::Posted),
];

/// The triggers, then every currency code (`NOK 850 000`).
static PATTERNS: LazyLock<Vec<(&str, Trigger)>> = LazyLock::new(|| {
    let codes = crate::parse::salary::CODES
        .iter()
        .map(|c| (*c, Trigger::Money));
    TRIGGERS.iter().copied().chain(codes).collect()
});

static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(PATTERNS.iter().map(|(p, _)| p))
        .expect("the trigger patterns are valid")
});

/// Words of a sentence that speak of the job, so that "based in" is said
/// of it and not of the company.
const OF_THE_JOB: &[&str] = &[
    "role",
    "position",
    "job",
    "opening",
    "you",
    "you'll",
    "team",
    "this",
    "candidate",
    "candidates",
    "hire",
    "opportunity",
    "must",
    "will",
];

/// Words of a sentence about the company's offices, not the job's place.
const OF_THE_COMPANY: &[&str] = &[
    "headquartered",
    "hq",
    "founded",
    "offices",
    "incorporated",
    "registered",
];

/// Finds the fields said in the prose of `text`.
pub fn scan(text: &str, lines: &[Line], finds: &mut Finds) {
    let mut money_done = 0;
    let mut votes: Vec<Vote> = Vec::new();
    for hit in SEARCH.find_iter(text) {
        let (start, end) = (hit.start(), hit.end());
        let trigger = PATTERNS[hit.pattern().as_usize()].1;
        let line = &lines[lines.partition_point(|l| l.start <= start) - 1];
        if line.code {
            continue;
        }
        let above = |rank: Option<Rank>| rank.is_some_and(|r| r < Rank::Prose);
        match trigger {
            Trigger::Money => {
                if start < money_done || above(finds.salary.rank()) || !money_word(text, start, end)
                {
                    continue;
                }
                let bounds = (line.start, line.start + line.text.len());
                money_done = salary::in_prose(text, bounds, start, finds);
            }
            Trigger::Remote => {
                if !is_word(text, start, end) {
                    continue;
                }
                if let Some(v) = remote::vote(text, start, end) {
                    votes.push(v);
                    if !above(finds.location.rank()) {
                        place_near(text, line, v, finds);
                    }
                }
            }
            Trigger::Place => {
                if is_word(text, start, end) && !above(finds.location.rank()) {
                    place(text, start, end, finds);
                }
            }
            Trigger::Work => {
                if is_word(text, start, end)
                    && !above(finds.employment.rank())
                    && let Some(e) = employment::vote(text, start, end)
                {
                    finds.employment.offer(Rank::Prose, start, end, e);
                }
            }
            Trigger::Url => {
                if !above(finds.url.rank())
                    && let Some((a, b)) = url::at(text, start)
                    && url::is_posting(&text[a..b])
                {
                    finds.url.offer(Rank::Prose, a, b, text[a..b].to_string());
                }
            }
            Trigger::Posted => {
                if is_word(text, start, end) && !above(finds.posted.rank()) {
                    let to =
                        super::lines::floor(text, (end + 24).min(line.start + line.text.len()));
                    let after = &text[end..to.max(end)];
                    if let Some((d, a, b)) = dates::date_in(after) {
                        finds.posted.offer(Rank::Prose, end + a, end + b, d);
                    }
                }
            }
        }
    }
    if let Some(v) = remote::resolve(&votes) {
        let rank = if v.strong { Rank::Prose } else { Rank::Weak };
        finds.remote.offer(rank, v.start, v.end, v.remote);
    }
}

/// A currency sign, or a currency code in capitals standing alone.
fn money_word(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if !word.as_bytes()[0].is_ascii_alphabetic() {
        return true;
    }
    let caps = word.bytes().all(|b| b.is_ascii_uppercase());
    let lpa = word.eq_ignore_ascii_case("lpa");
    (caps || lpa) && is_word(text, start, end)
}

/// A place named in prose: "based in Seattle, WA", "our Denver office".
fn place(text: &str, start: usize, end: usize, finds: &mut Finds) {
    let said = sentence(text, start, end, 200);
    if has_word(said, OF_THE_COMPANY) {
        return;
    }
    let word = text[start..end].to_ascii_lowercase();
    let found = match word.as_str() {
        "office" | "headquarters" => {
            // "office" in "offices" or "office-based" is another word.
            if text[end..].starts_with(['s', '-']) {
                return;
            }
            location::before(text, start)
        }
        _ => {
            let of_job = words_before(text, start, 10)
                .iter()
                .any(|w| OF_THE_JOB.iter().any(|x| w.eq_ignore_ascii_case(x)));
            if !of_job {
                return;
            }
            let rest = &text[end..];
            location::after(text, end + rest.len() - rest.trim_start().len())
        }
    };
    if let Some((a, b)) = found {
        finds
            .location
            .offer(Rank::Prose, a, b, text[a..b].to_string());
    }
}

/// The place beside a remote word: "in person in San Francisco", "fully
/// remote within the US", "(Oslo, Norway — hybrid)".
fn place_near(text: &str, line: &Line, v: Vote, finds: &mut Finds) {
    let rest = &text[v.end..line.start + line.text.len()];
    let joiners = [
        " in the ",
        " in ",
        " within the ",
        " within ",
        " across the ",
    ];
    let found = if let Some(j) = joiners.iter().find(|j| rest.starts_with(**j)) {
        location::after(text, v.end + j.len())
    } else {
        // Inside brackets that hold a place: "(Oslo, Norway — hybrid)".
        let head = &text[line.start..v.start];
        let open = head.rfind('(').filter(|&i| !head[i..].contains(')'));
        let close = rest.find(')');
        match (open, close) {
            (Some(o), Some(c)) if c < 40 && v.start - (line.start + o) < 80 => {
                let inner = &text[line.start + o + 1..v.end + c];
                location::split(inner, true).place.map(|p| {
                    let at = super::lines::offset(text, p);
                    (at, at + p.len())
                })
            }
            _ => None,
        }
    };
    if let Some((a, b)) = found {
        finds
            .location
            .offer(Rank::Prose, a, b, text[a..b].to_string());
    }
}
