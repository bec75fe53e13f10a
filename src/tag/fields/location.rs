//! Where a job is. A header segment or a labelled value ("Austin, TX
//! 78701", "London, England, United Kingdom", "Berlin or REMOTE (EU)",
//! "Remote - US") → its place and the remote word beside it ([`split`]);
//! a place named in prose after "based in" or before "office" ([`after`],
//! [`before`]). Places are told from company and team names by their shape
//! ("City, ST") and a built-in list of places (`places.txt`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::lines::{lower, offset};
use crate::parse::values::{Choice, Remote};

const REGION: u8 = 1;
const COUNTRY: u8 = 2;
const CITY: u8 = 4;
const AREA: u8 = 8;
/// The entry is a code that counts only in capitals ("TX", "US").
const CAPS: u8 = 16;

/// Lowercase names and their kinds, sorted: looked up without allocating.
static PLACES: LazyLock<Vec<(String, u8)>> = LazyLock::new(|| {
    let mut map: BTreeMap<String, u8> = BTreeMap::new();
    let mut kind = 0;
    for line in include_str!("places.txt").lines() {
        let line = line.trim();
        match line {
            "" => {}
            _ if line.starts_with('#') => {}
            "[region]" => kind = REGION,
            "[country]" => kind = COUNTRY,
            "[city]" => kind = CITY,
            "[area]" => kind = AREA,
            name => {
                let caps =
                    name.len() <= 5 && name.chars().all(|c| c.is_ascii_uppercase() || c == '.');
                *map.entry(name.to_lowercase()).or_insert(0) |= kind | if caps { CAPS } else { 0 };
            }
        }
    }
    map.into_iter().collect()
});

/// The kinds of a written name, or 0.
fn kind(name: &str) -> u8 {
    if name.is_empty() || name.len() > 40 {
        return 0;
    }
    let mut buf = [0; 32];
    let found = if name.is_ascii() && name.len() <= 32 {
        let lower = lower(name, &mut buf);
        PLACES.binary_search_by(|(key, _)| key.as_str().cmp(lower))
    } else {
        let lower = || name.chars().flat_map(char::to_lowercase);
        PLACES.binary_search_by(|(key, _)| key.chars().cmp(lower()))
    };
    let Ok(i) = found else {
        return 0;
    };
    let k = PLACES[i].1;
    if k & CAPS != 0 && name.chars().any(|c| c.is_lowercase()) {
        // "in" is not Indiana, "us" is not the United States.
        let long = name.len() > 3 && k & (CITY | COUNTRY) != 0;
        return if long { k & !CAPS } else { 0 };
    }
    k & !CAPS
}

/// Lowercase words a place name may hold: "Frankfurt am Main".
const CONNECTORS: &[&str] = &[
    "am", "an", "de", "del", "da", "do", "la", "le", "les", "of", "on", "upon", "the", "sur", "im",
    "and", "y",
];

/// A name written like a place: capitalised words, no digits.
fn name_like(part: &str) -> bool {
    let mut words = 0;
    part.len() <= 40
        && part.split_whitespace().all(|w| {
            words += 1;
            let first = w.chars().next().expect("words are not empty");
            (first.is_uppercase() || CONNECTORS.contains(&w))
                && !w.bytes().any(|b| b.is_ascii_digit())
        })
        && (1..=5).contains(&words)
}

/// `text` without a trailing ZIP or Canadian postal code and punctuation.
fn trim_place(text: &str) -> &str {
    let mut s = text
        .trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .trim_end();
    if let Some((head, last)) = s.rsplit_once(' ') {
        let zip = |w: &str| w.len() == 5 && w.bytes().all(|b| b.is_ascii_digit());
        let zip4 = last
            .split_once('-')
            .is_some_and(|(a, b)| zip(a) && b.len() == 4);
        if zip(last) || zip4 {
            s = head.trim_end();
        } else if let Some((head2, first)) = head.rsplit_once(' ')
            && postal_ca(first, last)
        {
            s = head2.trim_end();
        }
    }
    s.trim_end_matches(',').trim_end()
}

/// "M5V 2T6".
fn postal_ca(a: &str, b: &str) -> bool {
    let pattern = |w: &str, letter_first: bool| {
        w.len() == 3
            && w.bytes().enumerate().all(|(i, c)| {
                if (i % 2 == 0) == letter_first {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    pattern(a, true) && pattern(b, false)
}

/// The place `text` names, without a ZIP code; `None` when it does not
/// read as one ("Corvid Labs", "Mid-Senior level").
pub fn place(text: &str) -> Option<&str> {
    let s = trim_place(text);
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    all_places(s, PLACE_PARTS).then_some(s)
}

/// Each place of a location that names several: "Berlin or Munich",
/// "San Francisco, CA; New York, NY" (a location of one place is itself).
pub fn places(location: &str) -> impl Iterator<Item = &str> {
    parts(location, PLACE_PARTS)
}

/// What separates places: "San Francisco, CA; New York, NY".
const PLACE_PARTS: &[&str] = &[";", " or ", " / ", " & ", " and "];

/// "San Francisco, CA; New York, NY" and "Berlin or Munich": every part
/// between the separators is a place.
fn all_places(s: &str, separators: &[&str]) -> bool {
    let mut any = false;
    parts(s, separators).all(|p| {
        any = true;
        one_place(p)
    }) && any
}

/// The non-empty parts of `s` between any of `separators` (each starts
/// with a space or is `;`), trimmed, in one pass.
fn parts<'a>(s: &'a str, separators: &'a [&'a str]) -> impl Iterator<Item = &'a str> {
    let b = s.as_bytes();
    let mut from = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while from <= b.len() {
            let mut cut = None;
            while i < b.len() {
                if matches!(b[i], b' ' | b';')
                    && let Some(sep) = separators.iter().find(|sep| s[i..].starts_with(**sep))
                {
                    cut = Some((i, i + sep.len()));
                    break;
                }
                i += 1;
            }
            let (end, next) = cut.unwrap_or((b.len(), b.len() + 1));
            let part = s[from..end].trim();
            from = next;
            i = next;
            if !part.is_empty() {
                return Some(part);
            }
        }
        None
    })
}

fn one_place(s: &str) -> bool {
    let (mut parts, mut last) = (0, "");
    for part in s.split(',') {
        parts += 1;
        last = part.trim();
        if parts > 4 || !name_like(last) {
            return false;
        }
    }
    let k = kind(last);
    if parts == 1 {
        let long_region = k & REGION != 0 && last.len() > 3;
        return k & (CITY | COUNTRY) != 0 || long_region || metro_area(last) || city_code(last);
    }
    k & (REGION | COUNTRY) != 0
}

/// "Sydney NSW", "Austin TX": a known city and a region code without the
/// comma. Only known cities: "Spotify AB" and "Acme SA" are companies.
fn city_code(s: &str) -> bool {
    s.rsplit_once(' ').is_some_and(|(city, code)| {
        code.len() <= 3 && kind(code) & REGION != 0 && kind(city) & CITY != 0
    })
}

/// "San Francisco Bay Area", "Greater London Area".
fn metro_area(s: &str) -> bool {
    let Some(head) = s
        .strip_suffix(" Area")
        .or_else(|| s.strip_suffix(" Metropolitan Area"))
    else {
        return false;
    };
    let head = head.strip_prefix("Greater ").unwrap_or(head);
    let head = head.strip_suffix(" Bay").unwrap_or(head);
    head == "Bay" || kind(head) & CITY != 0
}

/// A place and the remote word beside it, as found in one segment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Where<'a> {
    pub place: Option<&'a str>,
    pub remote: Option<(Remote, &'a str)>,
}

/// The place and remote word of a segment or labelled value. `strict`
/// (header segments) takes only what reads as a place; otherwise (after a
/// `Location:` label) any short name is taken as written.
pub fn split(seg: &str, strict: bool) -> Where<'_> {
    let mut out = Where::default();
    // Brackets: "(Hybrid)", "(EU)", "(hybrid, 2 days in office)".
    let (outer, bracket) = match (seg.find('('), seg.rfind(')')) {
        (Some(open), Some(close)) if open < close => (&seg[..open], Some(&seg[open + 1..close])),
        _ => (seg, None),
    };
    let mut bracket_place = None;
    if let Some(inner) = bracket {
        let clause = inner.split([',', ';']).next().unwrap_or(inner).trim();
        if let Some(r) = remote_word(clause) {
            out.remote = Some((r, clause));
        } else {
            let inner = inner.trim();
            let area = inner.strip_suffix(" only").unwrap_or(inner);
            if kind(area) & (AREA | COUNTRY | REGION) != 0 || place(area).is_some() {
                bracket_place = Some(area);
            }
        }
    }
    let (mut first, mut last): (Option<&str>, Option<&str>) = (None, None);
    let mut other = false;
    for alt in parts(outer, SEGMENT_PARTS) {
        if let Some(r) = remote_word(alt) {
            out.remote.get_or_insert((r, alt));
            continue;
        }
        // "Remote US", "US Remote", "Remote in Canada", "Remote, US".
        let edge =
            remote_at_edge(alt).and_then(|(r, word, rest)| Some((r, word, area_or_place(rest)?)));
        let taken = match edge {
            Some((r, word, p)) => {
                out.remote.get_or_insert((r, word));
                Some(p)
            }
            None if strict => place(alt),
            None => loose_place(alt),
        };
        match taken {
            Some(p) => {
                first.get_or_insert(p);
                last = Some(p);
            }
            // A segment with something else in it is not a location.
            None if strict => {
                other = true;
                break;
            }
            None => {}
        }
    }
    if other {
        let bracket_remote = first.is_none() && bracket.is_some();
        return Where {
            remote: out.remote.filter(|_| bracket_remote),
            ..Where::default()
        };
    }
    out.place = match (first, last) {
        (Some(first), Some(last)) => {
            let (a, b) = (offset(seg, first), offset(seg, last) + last.len());
            let span = &seg[a..b];
            // Keep "A or B" whole unless a remote word sits between.
            if out.remote.is_some_and(|(_, w)| {
                let at = offset(seg, w);
                at > a && at < b
            }) {
                Some(first)
            } else {
                Some(span)
            }
        }
        _ => bracket_place.filter(|_| out.remote.is_some()),
    };
    out
}

/// What parts a segment: "Berlin or REMOTE" → Berlin, REMOTE; "Remote -
/// US" → Remote, US.
const SEGMENT_PARTS: &[&str] = &[
    " or ", " OR ", " - ", " – ", " — ", " / ", " | ", " • ", " · ",
];

/// A whole phrase that says where the work is done.
pub fn remote_word(s: &str) -> Option<Remote> {
    let s = super::lines::plain(s);
    if s.is_empty() || s.len() > 24 {
        return None;
    }
    if let Some(r) = Remote::parse(s) {
        // "yes", "no", "true" and "office" alone are not remote words in a text.
        let lower = s.to_ascii_lowercase();
        let bare = [
            "yes",
            "no",
            "true",
            "false",
            "office",
            "anywhere",
            "distributed",
            "flexible",
        ];
        return (!bare.contains(&lower.as_str())).then_some(r);
    }
    let lower = s.to_ascii_lowercase();
    match lower.as_str() {
        "work from office" | "wfo" | "office only" => Some(Remote::OnSite),
        _ => None,
    }
}

/// A remote word at the start or end of `alt`, with the rest.
fn remote_at_edge(alt: &str) -> Option<(Remote, &str, &str)> {
    let (first, rest) = alt.split_once([' ', ','])?;
    if let Some(r) = remote_word(first) {
        let rest = rest.trim_start_matches([',', ' ']);
        let rest = rest.strip_prefix("in ").unwrap_or(rest).trim();
        return Some((r, first, rest));
    }
    let (rest, last) = alt.rsplit_once(' ')?;
    let r = remote_word(last)?;
    Some((r, last, rest.trim_end_matches([',', ' ', '-'])))
}

fn area_or_place(s: &str) -> Option<&str> {
    let s = s.trim();
    let s = s.strip_suffix(" only").unwrap_or(s);
    (kind(s) & AREA != 0).then_some(s).or_else(|| place(s))
}

/// Values a `Location:` label holds that name no place.
const NOT_PLACES: &[&str] = &[
    "n/a",
    "na",
    "tbd",
    "tba",
    "various",
    "multiple",
    "multiple locations",
    "flexible",
    "negotiable",
    "see below",
    "see description",
];

/// A labelled location, as written: short, not a sentence.
fn loose_place(s: &str) -> Option<&str> {
    if let Some(p) = place(s) {
        return Some(p);
    }
    let s = trim_place(super::lines::plain(s));
    let words = s.split_whitespace().count();
    let ok = !s.is_empty()
        && s.len() <= 100
        && words <= 12
        && s.chars().any(char::is_uppercase)
        && !s.contains(". ")
        && !NOT_PLACES.contains(&lower(s, &mut [0; 32]));
    ok.then_some(s)
}

/// The place that starts at `at` in prose ("based in |Seattle, WA and is
/// hybrid"): the longest run of up to six words that reads as a place.
pub fn after(text: &str, at: usize) -> Option<(usize, usize)> {
    let mut at = at;
    // "based in their London office": the place after the possessive.
    for word in ["our ", "their ", "the ", "its ", "a "] {
        if text[at..].starts_with(word) {
            at += word.len();
            break;
        }
    }
    let rest = &text[at..];
    let rest = &rest[..rest
        .find(['.', ';', ':', '(', ')', '!', '?', '\n'])
        .unwrap_or(rest.len())];
    let ends: Vec<usize> = rest
        .match_indices(' ')
        .map(|(i, _)| i)
        .chain([rest.len()])
        .filter(|&i| i > 0)
        .take(6)
        .collect();
    ends.iter().rev().find_map(|&end| {
        let candidate = rest[..end].trim_end_matches(',');
        area_or_place(candidate).map(|p| (at + offset(rest, p), at + offset(rest, p) + p.len()))
    })
}

/// The place between "our" and `at` ("our |Denver| office"), if any.
pub fn before(text: &str, at: usize) -> Option<(usize, usize)> {
    let from = super::lines::floor(text, at.saturating_sub(48));
    let head = &text[from..at];
    let our = head.rfind("our ")?;
    let name = head[our + 4..].trim();
    let p = place(name)?;
    let start = offset(text, p);
    Some((start, start + p.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_not_places() {
        for (text, want) in [
            ("Austin, TX 78701", Some("Austin, TX")),
            ("Austin, TX", Some("Austin, TX")),
            (
                "London, England, United Kingdom",
                Some("London, England, United Kingdom"),
            ),
            ("Berlin", Some("Berlin")),
            (
                "Bengaluru, Karnataka, India",
                Some("Bengaluru, Karnataka, India"),
            ),
            ("Toronto, ON M5V 2T6", Some("Toronto, ON")),
            ("San Francisco Bay Area", Some("San Francisco Bay Area")),
            (
                "San Francisco, CA; New York, NY",
                Some("San Francisco, CA; New York, NY"),
            ),
            ("Texas", Some("Texas")),
            ("Sydney NSW", Some("Sydney NSW")),
            ("Spotify AB", None),
            ("Corvid Labs", None),
            ("Mid-Senior level", None),
            ("Software Development", None),
            ("Over 100 applicants", None),
            ("Senior Backend Engineer", None),
            ("Alpenrad GmbH, München", None),
            ("TX", None),
            ("in", None),
            ("Suite 200, Austin, TX", None),
        ] {
            assert_eq!(place(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn segments_give_place_and_remote() {
        fn r(w: Where<'_>) -> (Option<&str>, Option<Remote>) {
            (w.place, w.remote.map(|(r, _)| r))
        }
        for (seg, strict, want) in [
            (
                "Austin, TX (Hybrid)",
                true,
                (Some("Austin, TX"), Some(Remote::Hybrid)),
            ),
            (
                "Berlin or REMOTE (EU)",
                true,
                (Some("Berlin"), Some(Remote::Remote)),
            ),
            ("Remote (US)", true, (Some("US"), Some(Remote::Remote))),
            (
                "United States (Remote)",
                true,
                (Some("United States"), Some(Remote::Remote)),
            ),
            ("Remote - US", false, (Some("US"), Some(Remote::Remote))),
            ("US Remote", true, (Some("US"), Some(Remote::Remote))),
            (
                "London (hybrid, 2 days in office)",
                true,
                (Some("London"), Some(Remote::Hybrid)),
            ),
            ("ONSITE", true, (None, Some(Remote::OnSite))),
            (
                "San Francisco • Remote (US)",
                false,
                (Some("San Francisco"), Some(Remote::Remote)),
            ),
            ("Télétravail partiel", true, (None, Some(Remote::Hybrid))),
            ("In person", false, (None, Some(Remote::OnSite))),
            (
                "Bengaluru, Karnataka, India (Work from office, 5 days)",
                false,
                (Some("Bengaluru, Karnataka, India"), Some(Remote::OnSite)),
            ),
            ("Remote Sensing Scientist", true, (None, None)),
            ("Corvid Labs", true, (None, None)),
            (
                "Software Engineering Intern (Summer 2025)",
                true,
                (None, None),
            ),
            (
                "Our Lisbon studio",
                false,
                (Some("Our Lisbon studio"), None),
            ),
            ("TBD", false, (None, None)),
        ] {
            assert_eq!(r(split(seg, strict)), want, "segment: {seg:?}");
        }
    }

    #[test]
    fn places_in_prose() {
        let text = "This role is based in Seattle, WA and is hybrid.";
        let at = text.find("Seattle").unwrap();
        let (a, b) = after(text, at).unwrap();
        assert_eq!(&text[a..b], "Seattle, WA");
        let text = "three days a week in our Denver office";
        let at = text.find(" office").unwrap();
        let (a, b) = before(text, at).unwrap();
        assert_eq!(&text[a..b], "Denver");
        assert_eq!(after("based in a small team", 9), None);
        let text = "based in their London office three days a week";
        let (a, b) = after(text, 9).unwrap();
        assert_eq!(&text[a..b], "London");
    }
}
