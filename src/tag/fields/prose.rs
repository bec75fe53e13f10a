//! Fields said in running text: each word that can start one
//! ([`triggers`]: a currency, "remote", "based in", "full-time", "http",
//! "posted") judged by the words around it.
//! What labelled lines and header lines gave wins over what is found here.

use super::lines::{Line, has_word, sentence, words_before};
use super::model::{Finds, Rank};
use super::remote::Vote;
use super::triggers::{self, Trigger};
use super::{dates, employment, location, remote, salary, url};

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
    triggers::each(text, |start, end, trigger| {
        let line = &lines[lines.partition_point(|l| l.start <= start) - 1];
        if line.code {
            return;
        }
        // A field with a candidate this good or better needs no more: the
        // earliest of a rank wins.
        let above = |rank: Option<Rank>| rank.is_some_and(|r| r <= Rank::Prose);
        match trigger {
            Trigger::Money => {
                if start >= money_done && !above(finds.salary.rank()) {
                    let bounds = (line.start, line.start + line.text.len());
                    money_done = salary::in_prose(text, bounds, start, finds);
                }
            }
            Trigger::Remote => {
                let settled = votes
                    .iter()
                    .any(|v: &Vote| v.strong && v.remote == crate::parse::values::Remote::Hybrid);
                if settled && above(finds.location.rank()) {
                    return;
                }
                if let Some(v) = remote::vote(text, start, end) {
                    votes.push(v);
                    if !above(finds.location.rank()) {
                        place_near(text, line, v, finds);
                    }
                }
            }
            Trigger::Place => {
                if !above(finds.location.rank()) {
                    place(text, start, end, finds);
                }
                if text[start..end].eq_ignore_ascii_case("office")
                    && let Some(v) = remote::office_days(text, start, end)
                {
                    votes.push(v);
                }
            }
            Trigger::Work => {
                if !above(finds.employment.rank())
                    && let Some(e) = employment::vote(text, start, end)
                {
                    finds.employment.offer(Rank::Prose, start, end, e);
                }
            }
            Trigger::Url => {
                if finds.url.rank().is_none_or(|r| r > Rank::Label)
                    && let Some((a, b)) = url::at(text, start)
                {
                    let said = url::link_says_posting(&text[line.start..a]);
                    if said.unwrap_or_else(|| url::is_posting(&text[a..b])) {
                        let rank = if said == Some(true) {
                            Rank::Label
                        } else {
                            Rank::Prose
                        };
                        finds.url.offer(rank, a, b, text[a..b].to_string());
                    }
                }
            }
            Trigger::Posted => {
                if !above(finds.posted.rank()) {
                    let to =
                        super::lines::floor(text, (end + 24).min(line.start + line.text.len()));
                    let after = &text[end..to.max(end)];
                    if let Some((d, a, b)) = dates::date_in(after) {
                        finds.posted.offer(Rank::Prose, end + a, end + b, d);
                    }
                }
            }
        }
    });
    if let Some(v) = remote::resolve(&votes) {
        let rank = if v.strong { Rank::Prose } else { Rank::Weak };
        finds.remote.offer(rank, v.start, v.end, v.remote);
    }
}

/// A place named in prose: "based in Seattle, WA", "our Denver office".
fn place(text: &str, start: usize, end: usize, finds: &mut Finds) {
    let said = sentence(text, start, end, 200);
    if has_word(said, OF_THE_COMPANY) {
        return;
    }
    let mut buf = [0; 32];
    let found = match super::lines::lower(&text[start..end], &mut buf) {
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
