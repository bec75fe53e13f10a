//! Siblings: a name no vocabulary form knows, coordinated in one list with
//! skills it does know, is a skill of the same kind. "static analysis
//! (Coverity, Polyspace)", "Elasticsearch and Algolia", "autopilots (PX4,
//! ArduPilot)": the known items say what the list lists, and the unknown
//! item is one more of them.
//!
//! A list here is a run of items on one line joined by commas, slashes,
//! "and", "or" or "&", and bounded by brackets, colons, dashes or the end of
//! a sentence. The rule asks for two known hard skills among its items, no
//! more unknown names than known items, and a name that looks like one:
//! capitalised or with a capital inside, not made only of common English
//! words, at most three words.

use std::ops::Range;

use super::skills::Hit;
use super::text::{self, Doc};
use crate::tag::vocab::{Kind, Vocab};

/// Longest name taken from a list, in words.
const MAX_WORDS: usize = 3;

/// How far from a bracketed list the skills that vouch for it may stand,
/// in bytes: about a sentence.
const VOUCH_REACH: usize = 120;

/// Lower-case words after a name that the item may still carry ("Ciena
/// devices", "Kafka topics"): the kind of thing it is.
const MAX_TAIL: usize = 2;

/// One unknown item: where its name stands, and the name it gets (a known
/// skill's canonical name when a form rejected in context names it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sibling {
    pub span: Range<usize>,
    pub name: String,
}

/// Every unknown name coordinated with at least two known hard skills, in
/// text order.
pub fn find(doc: &Doc, vocab: &Vocab, hits: &[Hit]) -> Vec<Sibling> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let line = line_of(text, hits[i].start);
        let j = i + hits[i..].partition_point(|h| h.start < line.end);
        let line_hits = &hits[i..j];
        i = j.max(i + 1);
        let hard = line_hits
            .iter()
            .filter(|h| is_hard(h, vocab))
            .take(2)
            .count();
        if hard < 2 || !has_name(doc, &line, line_hits) {
            continue;
        }
        for run in runs(text, line.clone(), line_hits) {
            siblings_in(doc, vocab, run, line_hits, &mut out);
        }
    }
    let known = out.len();
    bracketed(doc, vocab, hits, &mut out);
    if out.len() > known {
        out.sort_by_key(|s| s.span.start);
    }
    out
}

/// Nouns for the parties, people and places a bracket may list after them
/// ("clients (Acme, Globex)", "offices (Alpharetta, Duluth)"): whatever
/// their names look like, they are no skills.
const PARTY_HEADS: &[&str] = &[
    "agencies",
    "banks",
    "brands",
    "carriers",
    "cities",
    "clients",
    "companies",
    "countries",
    "customers",
    "employers",
    "firms",
    "founders",
    "hospitals",
    "hubs",
    "investors",
    "leaders",
    "locations",
    "markets",
    "offices",
    "partners",
    "payers",
    "regions",
    "retailers",
    "schools",
    "sites",
    "states",
    "universities",
];

/// Adds the names of a bracketed list that no vocabulary form knows,
/// after a lower-case noun that says what they are: "spatial
/// transcriptomics (Xenium, CosMx)", "identity data (ThreatMetrix, Socure,
/// LexisNexis)", "autopilots (PX4, ArduPilot)". Every item is a whole name
/// and one at least is written unlike a word (a capital inside, a digit,
/// or capitals only): a bracket after a name ("Stantec (TSX, NYSE: STN)",
/// "Epic (Hyperspace, Haiku)") names its parts or its listings, and one
/// after parties, people or places names those.
fn bracketed(doc: &Doc, vocab: &Vocab, hits: &[Hit], out: &mut Vec<Sibling>) {
    let text = doc.text;
    let bytes = text.as_bytes();
    for open in memchr::memchr_iter(b'(', bytes) {
        let from = open + 1;
        let Some(close) = bytes[from..]
            .iter()
            .take(VOUCH_REACH)
            .position(|&b| matches!(b, b')' | b'(' | b'\n' | b':'))
            .filter(|&n| bytes[from + n] == b')')
            .map(|n| from + n)
        else {
            continue;
        };
        let head = text[..open].trim_end();
        let head = &head[head.rfind(' ').map_or(0, |p| p + 1)..];
        if !head.starts_with(|c: char| c.is_ascii_lowercase())
            || PARTY_HEADS.contains(&head)
            || !within(hits, &(from..close))
                .iter()
                .all(|h| h.end <= from || h.start >= close)
            || doc.mask_end(from).is_some()
        {
            continue;
        }
        let items = items(text, from..close, &[]);
        if items.len() < 2 {
            continue;
        }
        // A whole name each, not opened by a common word ("No OPT") nor
        // holding markup ("<CONTACT>").
        let names: Option<Vec<Range<usize>>> = items
            .iter()
            .map(|item| {
                name_in(text, item.clone(), Place::Middle, None, vocab).filter(|s| {
                    let written = &text[s.clone()];
                    *s == *item
                        && !written.contains(['<', '>'])
                        && written
                            .split_once(' ')
                            .is_none_or(|(first, _)| !common(vocab, first))
                })
            })
            .collect();
        let Some(names) = names else {
            continue;
        };
        if !names.iter().any(|n| marked(&text[n.clone()])) {
            continue;
        }
        for span in names {
            let written = &text[span.clone()];
            if vocab.is_ignored(written) {
                continue;
            }
            let name = singular(written).to_string();
            out.push(Sibling { span, name });
        }
    }
}

/// `true` for a name written unlike any word: a capital after a small
/// letter ("CosMx", "ChEBI", "webOS") or a digit ("PX4"). Capitals alone
/// are not enough: a bracket of acronyms lists agencies, laws and metrics
/// as often as tools ("(FDA, EMA)", "(FMLA, ADA)", "(KPIs, KRIs)").
fn marked(name: &str) -> bool {
    name.split(' ').any(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            || w.chars()
                .skip_while(|c| !c.is_lowercase())
                .any(char::is_uppercase)
    })
}

/// `true` when a word of the line outside every mention is written like a
/// name: lines without one are not split into runs.
fn has_name(doc: &Doc, line: &Range<usize>, hits: &[Hit]) -> bool {
    let from = doc.words.partition_point(|w| w.start < line.start);
    doc.words[from..]
        .iter()
        .take_while(|w| w.end <= line.end)
        .any(|w| !in_hit(hits, w.start) && is_name_like(doc.word(w)))
}

fn is_hard(hit: &Hit, vocab: &Vocab) -> bool {
    matches!(hit.kind, Kind::Skill(id) if !vocab.is_soft_skill(id))
}

fn line_of(text: &str, pos: usize) -> Range<usize> {
    let start = text[..pos].rfind('\n').map_or(0, |p| p + 1);
    let end = text[pos..].find('\n').map_or(text.len(), |p| pos + p);
    start..end
}

/// `true` when `pos` lies inside a mention (its separators are the name's:
/// "CI/CD", "Bluetooth Low Energy (BLE)").
fn in_hit(hits: &[Hit], pos: usize) -> bool {
    // Sorted by start; a mention inside another is rare, so the few that
    // start last before `pos` are the ones that can hold it.
    let i = hits.partition_point(|h| h.start <= pos);
    hits[..i].iter().rev().take(4).any(|h| pos < h.end)
}

/// The mentions that may overlap `span`, from mentions sorted by start.
fn within<'a>(hits: &'a [Hit], span: &Range<usize>) -> &'a [Hit] {
    let lo = hits
        .partition_point(|h| h.start < span.start)
        .saturating_sub(1);
    let hi = hits.partition_point(|h| h.start < span.end);
    &hits[lo..hi.max(lo)]
}

/// The runs of a line: stretches between brackets, colons, semicolons,
/// dashes standing alone, bars, bullets and sentence ends.
fn runs(text: &str, line: Range<usize>, hits: &[Hit]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(b'\n');
    let mut out = Vec::new();
    let mut start = line.start;
    // Bytes, not characters: every line with two skills is walked.
    for pos in line.clone() {
        let len = match bytes[pos] {
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'<' | b'>' | b';' | b'|' | b'"' => 1,
            b':' | b'.' | b'!' | b'?' if byte(pos + 1).is_ascii_whitespace() => 1,
            b'-' if pos > 0 && byte(pos - 1) == b' ' && byte(pos + 1) == b' ' => 1,
            // The lead byte of "•", "·", "“", "”", "–" or "—".
            0xC2 | 0xE2 => match text[pos..].chars().next() {
                Some(c @ ('•' | '·' | '“' | '”' | '–' | '—')) => c.len_utf8(),
                _ => 0,
            },
            _ => 0,
        };
        if len > 0 && !in_hit(hits, pos) {
            out.push(start..pos);
            start = pos + len;
        }
    }
    out.push(start..line.end);
    out
}

/// The items of a run: split at commas, slashes and the joining words
/// "and", "or", "&", "nor", "plus" — but not inside a mention.
fn items(text: &str, run: Range<usize>, hits: &[Hit]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = run.start;
    let mut pos = run.start;
    let b = text.as_bytes();
    while pos < run.end {
        let c = b[pos];
        let sep_len = if c == b',' || c == b'/' {
            1
        } else if pos == run.start || b[pos - 1] == b' ' {
            ["and ", "or ", "& ", "nor ", "plus "]
                .iter()
                .find(|w| text[pos..run.end].starts_with(**w))
                .map_or(0, |w| w.len())
        } else {
            0
        };
        if sep_len > 0 && !in_hit(hits, pos) {
            out.push(start..pos);
            start = pos + sep_len;
            pos = start;
        } else {
            pos += 1;
        }
    }
    out.push(start..run.end);
    out.into_iter().filter_map(|r| trim(text, r)).collect()
}

fn trim(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    if !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
        return None;
    }
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    (!body.is_empty()).then(|| r.start + lead..r.start + lead + body.len())
}

/// Adds the unknown names of one run when at least two of its items are
/// known hard skills and they are no fewer than the names. A run with an
/// item that is neither ("product owners") coordinates common nouns or
/// verbs, not names; only a closing word ("or similar") may stand last.
fn siblings_in(
    doc: &Doc,
    vocab: &Vocab,
    run: Range<usize>,
    line_hits: &[Hit],
    out: &mut Vec<Sibling>,
) {
    let text = doc.text;
    let hits = within(line_hits, &run);
    let mut known = usize::from(after_known(text, run.start, hits, vocab));
    // A bracketed list in a line that lists two skills elsewhere gives
    // examples of what the line asks for, whatever it holds.
    let vouched = text[..run.start].ends_with('(')
        && text[run.end..].starts_with(')')
        && line_hits
            .iter()
            .filter(|h| {
                // Near it: a text without line breaks is one long line.
                ((h.end <= run.start && h.start + VOUCH_REACH >= run.start)
                    || (h.start >= run.end && h.start <= run.end + VOUCH_REACH))
                    && is_hard(h, vocab)
                    && !is_short(text, h)
            })
            .take(2)
            .count()
            == 2;
    if vouched {
        known += 2;
    }
    // Most runs of prose hold fewer than two skills: they are let go
    // before they are split.
    let inside = hits
        .iter()
        .filter(|h| run.start <= h.start && h.end <= run.end && is_hard(h, vocab))
        .take(2)
        .count();
    if known + inside < 2 {
        return;
    }
    let items = items(text, run.clone(), hits);
    let mut names = Vec::new();
    let last = items.len().saturating_sub(1);
    for (n, item) in items.iter().enumerate() {
        let mut inside = within(hits, item)
            .iter()
            .filter(|h| h.start < item.end && item.start < h.end)
            .peekable();
        if inside.peek().is_some() {
            known += usize::from(inside.any(|h| is_hard(h, vocab) && !is_short(text, h)));
            continue;
        }
        if doc.mask_end(item.start).is_some() {
            return;
        }
        let place = match n {
            0 => Place::First,
            n if n == last => Place::Last,
            _ => Place::Middle,
        };
        let next = items.get(n + 1).map(|r| &text[r.clone()]);
        match name_in(text, item.clone(), place, next, vocab) {
            Some(span) => names.push(span),
            None if n == last && text[item.clone()].split_whitespace().count() == 1 => {}
            None => return,
        }
    }
    if known < 2 || (names.len() > known && !vouched) {
        return;
    }
    for span in names {
        let written = &text[span.clone()];
        let name = match vocab.canonical_skill(written) {
            Some(k) if vocab.is_soft(k) => continue,
            Some(k) => k.to_string(),
            None if vocab.is_ignored(written) => continue,
            None => singular(written).to_string(),
        };
        out.push(Sibling { span, name });
    }
}

/// `true` for a mention of one or two letters ("R", "AR"): too ambiguous
/// to say what a list lists.
fn is_short(text: &str, hit: &Hit) -> bool {
    text[hit.start..hit.end].chars().count() <= 2
}

/// `true` when the run opens a bracket right after a known hard skill: the
/// items name kinds of it ("static analysis (Coverity, Polyspace)").
fn after_known(text: &str, start: usize, hits: &[Hit], vocab: &Vocab) -> bool {
    let Some(open) = text[..start].strip_suffix('(') else {
        return false;
    };
    let end = open.trim_end().len();
    hits.iter()
        .any(|h| h.end == end && is_hard(h, vocab) && !is_short(text, h))
}

/// An acronym's plural names the acronym ("VRFs", "DMMs").
fn singular(name: &str) -> &str {
    match name.strip_suffix('s') {
        Some(stem)
            if !name.contains(' ')
                && stem.ends_with(|c: char| c.is_ascii_uppercase())
                && stem.len() >= 2 =>
        {
            stem
        }
        _ => name,
    }
}

/// Where an item stands in its run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    First,
    Middle,
    Last,
}

/// The name an unknown item holds: the whole item in the middle of a list;
/// its last name-like words after a lead-in ("with Polyspace") in the
/// first item; its first name-like words before at most two lower-case
/// words ("Ciena devices") in the last. A capitalised word opening a
/// sentence is the sentence's when a lower-case word or item follows it
/// ("Automate builds", "Solder and rework").
fn name_in(
    text: &str,
    item: Range<usize>,
    place: Place,
    next: Option<&str>,
    vocab: &Vocab,
) -> Option<Range<usize>> {
    let words: Vec<Range<usize>> = word_spans(text, item);
    // A version continues a name ("TwinCAT 3") but starts none.
    let mut like: Vec<bool> = Vec::with_capacity(words.len());
    for w in &words {
        let word = &text[w.clone()];
        let version =
            like.last() == Some(&true) && word.chars().all(|c| c.is_ascii_digit() || c == '.');
        like.push(is_name_like(word) || version);
    }
    let (start, end) = match place {
        Place::First => {
            let start = like.iter().rposition(|l| !l).map_or(0, |p| p + 1);
            (start, words.len())
        }
        Place::Middle | Place::Last => {
            let len = like.iter().take_while(|l| **l).count();
            (0, len)
        }
    };
    let tail = words.len() - end;
    if start == end || (tail > 0 && place != Place::Last) || tail > MAX_TAIL {
        return None;
    }
    let mut name = &words[start..end];
    if name.len() > MAX_WORDS {
        return None;
    }
    // A capitalised common word opening a line ("Strong Polyspace") is the
    // sentence's, not the name's.
    while name.len() > 1
        && text::is_sentence_start(text, name[0].start)
        && vocab.english().is_common(&text[name[0].clone()])
    {
        name = &name[1..];
    }
    let span = name[0].start..name[name.len() - 1].end;
    if opens_sentence(text, span.start)
        && (tail > 0 || next.is_some_and(|n| n.starts_with(|c: char| c.is_lowercase())))
    {
        return None;
    }
    let written = &text[span.clone()];
    let all_common = name.iter().all(|w| common(vocab, &text[w.clone()]));
    // Places, days and work terms ("EMEA", "Americas", "Day 1 Onsite"): the
    // words that name nothing on their own name no skill either.
    let stops = vocab.name_stops();
    let place_or_term = name.iter().all(|w| {
        let word = &text[w.clone()];
        stops.get(word).alone || word.chars().all(|c| c.is_ascii_digit())
    });
    (written.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        && !all_common
        && !place_or_term
        && !written.ends_with('-'))
    .then_some(span)
}

/// `true` for a common English word, or one made of common words joined
/// by hyphens ("Hands-on"), or a possessive ("Bachelor's").
fn common(vocab: &Vocab, word: &str) -> bool {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    word.split('-').all(|part| vocab.english().is_common(part))
}

/// `true` when `pos` opens a sentence: a line's first word after its
/// bullet or an HTML tag, or the word after a sentence's end.
fn opens_sentence(text: &str, pos: usize) -> bool {
    text::is_sentence_start(text, pos) || text[..pos].trim_end().ends_with('>')
}

/// The words of an item, with the punctuation that ends a clause trimmed.
fn word_spans(text: &str, item: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = item.start;
    for part in text[item.clone()].split(' ') {
        let start = at;
        at += part.len() + 1;
        let trimmed = part.trim_end_matches(['.', ',', '!', '?', '\'', '*', '_', '`']);
        let trimmed_start = trimmed.trim_start_matches(['*', '_', '`', '\'']);
        if trimmed_start.is_empty() {
            continue;
        }
        let s = start + (trimmed.len() - trimmed_start.len());
        out.push(s..s + trimmed_start.len());
    }
    out
}

/// `true` for a word written as a name: a capital or digit first and a
/// letter somewhere ("Polyspace", "360T", "800xA"), or a capital inside
/// ("eBPF", "iOS").
fn is_name_like(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    word.chars().any(char::is_alphabetic)
        && (first.is_uppercase() || first.is_ascii_digit() || chars.any(char::is_uppercase))
}

#[cfg(test)]
mod tests;
