//! The header lines of a posting, as job boards print them and people
//! paste them: "Acme · Austin, TX (Hybrid) · 3 days ago", "$120K/yr -
//! $150K/yr · Full-time · Mid-Senior level", "Acme - Austin, TX 78701",
//! "Acme | Senior Engineer | Berlin or REMOTE (EU) | Full-time | €80k–€100k",
//! "Austin, TX / Engineering / Full-time / Hybrid". Each line up to the
//! first line of prose is cut into segments, and a segment that is wholly
//! a place, a remote word, an employment, a salary, a date or an address
//! gives that field.

use super::lines::{Line, offset, peel, plain};
use super::model::{Finds, Rank};
use super::{dates, employment, location, salary, url};
use crate::parse::plaintext::is_preamble;
use crate::parse::salary::Reading;

/// Lines of the header at most, not counting blank ones.
const MAX_LINES: usize = 12;

/// What cuts a header line into segments.
const SEPARATORS: &[&str] = &[" · ", " • ", " | ", " / ", " — ", " – ", " - ", "\t", "  "];

/// Finds the fields the header lines give.
pub fn scan(text: &str, lines: &[Line], finds: &mut Finds) {
    let mut seen = 0;
    for line in lines.iter().filter(|l| !l.code) {
        let body = plain(peel(line.text));
        if body.is_empty() {
            continue;
        }
        seen += 1;
        if seen > MAX_LINES || is_prose(body) {
            break;
        }
        if seen == 1 && is_preamble(body) {
            continue;
        }
        // Money has digits: a line without any has none to read.
        let money = if body.bytes().any(|b| b.is_ascii_digit()) {
            crate::parse::salary::read(body)
        } else {
            Vec::new()
        };
        let at = offset(text, body);
        for seg in segments(body, &money) {
            let from = offset(body, seg);
            let inside = |r: &&Reading| r.start >= from && r.end <= from + seg.len();
            match money.iter().find(inside) {
                // A segment with money is a salary or nothing.
                Some(_) => {
                    let readings = money.iter().filter(inside).map(|r| Reading {
                        start: r.start + at,
                        end: r.end + at,
                        ..r.clone()
                    });
                    salary::offer_first(text, readings, Rank::Header, finds);
                }
                None => segment(text, plain(seg), finds),
            }
        }
    }
}

/// A line of running text rather than of a header.
fn is_prose(line: &str) -> bool {
    if line.len() > 200 {
        return true;
    }
    let words = line.split_whitespace().count();
    words > 24 || (words > 10 && line.ends_with(['.', '!', '?']))
}

/// The segments of a header line; a money expression is never cut
/// ("$50 - $60 an hour - Full-time").
fn segments<'a>(line: &'a str, money: &[Reading]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < line.len() {
        if let Some(r) = money.iter().find(|r| r.start <= i && i < r.end) {
            i = r.end;
            continue;
        }
        // Every separator starts with a space or a tab.
        let b = line.as_bytes()[i];
        let sep = if b == b' ' || b == b'\t' {
            SEPARATORS.iter().find(|s| line[i..].starts_with(**s))
        } else {
            None
        };
        if let Some(sep) = sep {
            out.push(&line[from..i]);
            i += sep.len();
            while line[i..].starts_with([' ', '\t']) {
                i += 1;
            }
            from = i;
            continue;
        }
        i += line[i..].chars().next().map_or(1, char::len_utf8);
    }
    out.push(&line[from..]);
    out.retain(|s| !s.trim().is_empty());
    out
}

/// The field one segment gives.
fn segment(text: &str, seg: &str, finds: &mut Finds) {
    if seg.is_empty() {
        return;
    }
    let span = |s: &str| {
        let at = offset(text, s);
        (at, at + s.len())
    };
    if seg.starts_with("http") {
        if let Some((a, b)) = url::at(seg, 0) {
            let (a, b) = (offset(text, seg) + a, offset(text, seg) + b);
            finds.url.offer(Rank::Header, a, b, text[a..b].to_string());
        }
        return;
    }
    if let Some((e, word)) = employment::in_segment(seg) {
        let (a, b) = span(word);
        finds.employment.offer(Rank::Header, a, b, e);
    }
    let w = location::split(seg, true);
    if let Some(p) = w.place {
        let (a, b) = span(p);
        finds.location.offer(Rank::Header, a, b, p.to_string());
    }
    if let Some((r, word)) = w.remote {
        let (a, b) = span(word);
        finds.remote.offer(Rank::Header, a, b, r);
    }
    if seg.len() > 6
        && seg.is_char_boundary(6)
        && seg[..6].eq_ignore_ascii_case("posted")
        && let Some((d, a, b)) = dates::date_in(seg)
    {
        let at = offset(text, seg);
        finds.posted.offer(Rank::Header, at + a, at + b, d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_cut_into_segments() {
        for (line, want) in [
            (
                "Corvid Labs · Austin, TX (Hybrid) · 3 days ago",
                &["Corvid Labs", "Austin, TX (Hybrid)", "3 days ago"][..],
            ),
            (
                "$50 - $60 an hour - Full-time",
                &["$50 - $60 an hour", "Full-time"],
            ),
            (
                "£60K/yr - £70K/yr   Hybrid   Full-time",
                &["£60K/yr - £70K/yr", "Hybrid", "Full-time"],
            ),
            (
                "Kestrel | Berlin or REMOTE (EU) | €80k–€100k",
                &["Kestrel", "Berlin or REMOTE (EU)", "€80k–€100k"],
            ),
            (
                "Bluebonnet Logistics - Austin, TX 78744",
                &["Bluebonnet Logistics", "Austin, TX 78744"],
            ),
        ] {
            let money = crate::parse::salary::read(line);
            assert_eq!(segments(line, &money), want, "line: {line:?}");
        }
    }
}
