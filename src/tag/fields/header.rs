//! The header lines of a posting, as job boards print them and people
//! paste them: "Acme · Austin, TX (Hybrid) · 3 days ago", "$120K/yr -
//! $150K/yr · Full-time · Mid-Senior level", "Acme - Austin, TX 78701",
//! "Acme | Senior Engineer | Berlin or REMOTE (EU) | Full-time | €80k–€100k",
//! "Austin, TX / Engineering / Full-time / Hybrid". Each line up to the
//! first line of prose is cut into segments, and a segment that is wholly
//! a place, a remote word, an employment, a salary, a date or an address
//! gives that field.

use super::lines::{Line, offset, peel, plain};
use super::{Finds, Rank, dates, employment, location, salary, url};
use crate::parse::plaintext::is_preamble;

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
        for seg in segments(body) {
            segment(text, plain(seg), finds);
        }
    }
}

/// A line of running text rather than of a header.
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    line.len() > 200 || words > 24 || (words > 10 && line.ends_with(['.', '!', '?']))
}

/// The segments of a header line; a money expression is never cut
/// ("$50 - $60 an hour - Full-time").
fn segments(line: &str) -> Vec<&str> {
    let money: Vec<(usize, usize)> = crate::parse::salary::read(line)
        .iter()
        .map(|r| (r.start, r.end))
        .collect();
    let mut out = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < line.len() {
        if let Some(&(_, end)) = money.iter().find(|(a, b)| *a <= i && i < *b) {
            i = end;
            continue;
        }
        if let Some(sep) = SEPARATORS.iter().find(|s| line[i..].starts_with(**s)) {
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
    if !crate::parse::salary::read(seg).is_empty() {
        salary::in_value(text, seg, Rank::Header, finds);
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
            assert_eq!(segments(line), want, "line: {line:?}");
        }
    }
}
