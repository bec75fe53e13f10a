//! Skill and known-company mentions: a [`Doc`] and the vocabulary's
//! automaton → [`Hit`]s, in one pass over the text, each checked against
//! word boundaries, exact case and the form's context rules.

use aho_corasick::{Anchored, Input};

use super::text::{self, Doc, Side};
use crate::tag::vocab::{
    Kind, LIST_BEFORE, Matcher, NOT_LIST_AFTER, Rules, Target, VERB_FOLLOWERS, Vocab,
};

/// One accepted mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// Every accepted skill and company mention, in text order; a mention
/// inside a longer one is dropped ("React" inside "React Native").
pub fn scan(doc: &Doc, vocab: &Vocab) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut listed = Vec::new();
    let folded = doc.text.to_ascii_lowercase();
    for matcher in vocab.matchers() {
        let haystack = if matcher.folded() { &folded } else { doc.text };
        scan_with(doc, haystack, vocab, matcher, &mut hits, &mut listed);
    }
    accept_listed(doc.text, &mut hits, listed);
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if !kept
            .last()
            .is_some_and(|k| hit.start < k.end && hit.end <= k.end)
        {
            kept.push(hit);
        }
    }
    kept
}

/// Accepts the mentions that only lacked a list around them when they stand
/// next to an accepted mention: "CircleCI Jenkins", "Ruby Go Rust" are
/// lists even where the commas were lost.
fn accept_listed(text: &str, hits: &mut Vec<Hit>, mut listed: Vec<Hit>) {
    if listed.is_empty() {
        return;
    }
    hits.sort_by_key(|h| h.start);
    loop {
        let before = listed.len();
        listed.retain(|l| {
            let i = hits.partition_point(|h| h.start < l.start);
            let after_hit = i
                .checked_sub(1)
                .is_some_and(|j| hits[j].end <= l.start && list_gap(&text[hits[j].end..l.start]));
            let before_hit = hits
                .get(i)
                .is_some_and(|h| l.end <= h.start && list_gap(&text[l.end..h.start]));
            if after_hit || before_hit {
                hits.insert(i, *l);
                false
            } else {
                true
            }
        });
        if listed.len() == before || listed.is_empty() {
            break;
        }
    }
}

/// `true` for what may separate two items of a list on one line.
fn list_gap(gap: &str) -> bool {
    gap.len() <= 8
        && !gap.contains('\n')
        && gap
            .split(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '/' | '(' | ')' | ';' | '|' | '&')
            })
            .all(|w| w.is_empty() || w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
}

/// Runs one matcher over `haystack`: the text, or the text lower-cased
/// when the matcher is folded (same length, same offsets).
fn scan_with(
    doc: &Doc,
    haystack: &str,
    vocab: &Vocab,
    matcher: &Matcher,
    hits: &mut Vec<Hit>,
    listed: &mut Vec<Hit>,
) {
    let text = doc.text;
    let ac = matcher.automaton();
    let mut pos = 0;
    while pos < text.len() {
        let Some(m) = ac.find(Input::new(haystack).span(pos..text.len())) else {
            break;
        };
        let (start, end) = (m.start(), m.end());
        // Most matches lie inside a word ("go" in "good"): rejected before
        // the masks are searched.
        if !starts_word(text, start) {
            pos = start + 1;
            continue;
        }
        if let Some(mask_end) = doc.mask_end(start) {
            pos = mask_end.max(start + 1);
            continue;
        }
        if doc.in_internal_link(start) {
            pos = start + 1;
            continue;
        }
        // Leftmost-longest gave the longest form here; when it is rejected,
        // a shorter form at the same start may still fit ("Spark" in "Spark SQLite").
        let mut candidate = Some((m.pattern().as_usize(), end));
        let mut found = None;
        while let Some((pattern, end)) = candidate {
            match accept(doc, vocab, vocab.targets(matcher, pattern), start, end) {
                Verdict::Yes(kind) => {
                    found = Some(Hit { kind, start, end });
                    break;
                }
                Verdict::InList(kind) => {
                    listed.push(Hit { kind, start, end });
                    break;
                }
                Verdict::No => {}
            }
            candidate = (end > start + 1)
                .then(|| {
                    let input = Input::new(haystack)
                        .span(start..end - 1)
                        .anchored(Anchored::Yes);
                    matcher.anchored().find(input)
                })
                .flatten()
                .map(|m| (m.pattern().as_usize(), m.end()));
        }
        match found {
            Some(hit) => {
                hits.push(hit);
                pos = hit.end;
            }
            None => pos = start + 1,
        }
    }
}

fn starts_word(text: &str, start: usize) -> bool {
    let first = text.as_bytes()[start];
    !first.is_ascii_alphanumeric()
        || !text::char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn ends_word(text: &str, end: usize) -> bool {
    let last = text.as_bytes()[end - 1];
    if !last.is_ascii_alphanumeric() {
        return true;
    }
    match text::char_at(text, end) {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '_' | '+' | '#') => false,
        // `python.org`, `D.C.`: a dot glued to more letters is part of a name.
        Some('.') => !text::char_at(text, end + 1).is_some_and(|c| c.is_alphanumeric()),
        Some(_) => true,
    }
}

/// What the rules say of one match.
enum Verdict {
    Yes(Kind),
    /// Only if the match stands in a list of skills.
    InList(Kind),
    No,
}

/// The first meaning of the match that its case and rules allow.
fn accept(doc: &Doc, vocab: &Vocab, targets: &[Target], start: usize, end: usize) -> Verdict {
    let text = doc.text;
    if !ends_word(text, end) {
        return Verdict::No;
    }
    let written = &text[start..end];
    if names_an_industry(text, start, end)
        || is_state_code(text, start, end)
        || case_breaks(written)
    {
        return Verdict::No;
    }
    let mut in_list = None;
    for t in targets {
        if t.exact.as_deref().is_some_and(|e| e != written) {
            continue;
        }
        if let Kind::Company(_) = t.kind {
            // A company's name is written with a capital, a skill-like word is not.
            if written.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
        }
        let rules = vocab.rules(t.rules);
        if rules.asked && !asked_here(doc, start, end) {
            continue;
        }
        let allowed = rules_allow(text, rules, start, end);
        if allowed == Allowed::No {
            continue;
        }
        let name = match t.kind {
            Kind::Skill(id) => vocab.skill_name(id),
            Kind::Company(id) => vocab.company_name(id),
        };
        if vocab.is_ignored(name) || vocab.is_ignored(written) {
            continue;
        }
        match allowed {
            Allowed::Yes => return Verdict::Yes(t.kind),
            _ => {
                in_list.get_or_insert(t.kind);
            }
        }
    }
    in_list.map_or(Verdict::No, Verdict::InList)
}

/// `true` when a word in lower case is followed by a capitalised one, as in
/// "the next level Design develop and deploy": a term is written in one
/// case or in title case, so the capital opens a new sentence or item whose
/// line break was lost, and the words do not form the term. The small words
/// title case keeps lower ("Ruby on Rails") and acronyms ("less CSS") do not
/// count.
fn case_breaks(written: &str) -> bool {
    let mut words = written.split(' ').filter(|w| !w.is_empty());
    let Some(mut prev) = words.next() else {
        return false;
    };
    for word in words {
        let lower = prev.bytes().all(|b| b.is_ascii_lowercase());
        let title = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().skip(1).any(char::is_lowercase);
        if lower && !crate::tag::vocab::is_minor_word(prev) && title {
            return true;
        }
        prev = word;
    }
    false
}

/// Words before a mention that say the posting asks for it.
const ASKED_BEFORE: &[&str] = &[
    "experience in",
    "experience with",
    "experience within",
    "experienced in",
    "knowledge of",
    "knowledge in",
    "background in",
    "familiarity with",
    "familiar with",
    "proficiency in",
    "proficient in",
    "fluent in",
    "fluency in",
    "expertise in",
    "understanding of",
    "skills in",
    "exposure to",
    "fluent",
    "native",
    "business-level",
    "business level",
    "professional",
    "proficient",
    "written and spoken",
    "spoken and written",
    "conversational",
    "speak",
    "speaks",
    "excellent",
    "strong",
    "good",
    "working",
];

/// Words after a mention that say the posting asks for it.
const ASKED_AFTER: &[&str] = &[
    " speaking",
    "-speaking",
    " speaker",
    " skills",
    " language",
    " fluency",
    " proficiency",
    " (fluent",
    " (native",
    " (c1",
    " (c2",
    " (b2",
    " is required",
    " required",
    " is a must",
    " is a plus",
    " experience",
    " background",
    " domain",
    " knowledge",
    " industry experience",
];

/// `true` where the posting asks for the mention (rule `asked`): under a
/// requirements heading, in the text's own skills or industry field, or
/// in a phrase that asks for it ("experience in financial services",
/// "fluent German", "English-speaking team").
fn asked_here(doc: &Doc, start: usize, end: usize) -> bool {
    use super::layout::SectionKind;
    if matches!(
        doc.layout.kind_at(start),
        SectionKind::Required | SectionKind::Preferred
    ) || doc
        .lists
        .iter()
        .any(|l| l.items.start <= start && end <= l.items.end)
    {
        return true;
    }
    let text = doc.text;
    let mut from = start.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..start].to_ascii_lowercase();
    let before = before.rsplit(['.', '\n', ';']).next().unwrap_or("");
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    // "experience in the financial services", "fluent in German and".
    let before = before
        .trim_end_matches(" the")
        .trim_end_matches(" and")
        .trim_end_matches(',');
    // "… the" checked once, not formatted onto every phrase.
    let before_the = before.strip_suffix(" the");
    if ASKED_BEFORE
        .iter()
        .any(|p| before.ends_with(p) || before_the.is_some_and(|b| b.ends_with(p)))
    {
        return true;
    }
    let mut to = (end + 32).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text[end..to].to_ascii_lowercase();
    ASKED_AFTER.iter().any(|p| after.starts_with(p))
}

/// `true` for a two-letter code that is a state in a place: "Bentonville,
/// AR 72712", "Austin, TX · 3 days ago" — not Augmented Reality.
/// The postal codes of US states and territories and of Canadian
/// provinces (USPS and Canada Post).
const REGION_CODES: &[&str] = &[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN",
    "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
    "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT",
    "WA", "WI", "WV", "WY", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK",
    "YT",
];

fn is_state_code(text: &str, start: usize, end: usize) -> bool {
    let written = &text[start..end];
    if written.len() != 2 || !written.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    let Some(city) = before.strip_suffix(',') else {
        return false;
    };
    let city_word = city.rsplit([' ', '\n']).next().unwrap_or("");
    let after = text[end..].trim_start_matches(' ');
    // "Bentonville, AR. This is …": the sentence may go on after the
    // place, when the code is a state's or province's ("Rust, TS, and …"
    // and "VR, AR." are lists).
    let ends_sentence = after.starts_with(['.', ',', ';'])
        && city_word.chars().skip(1).any(char::is_lowercase)
        && REGION_CODES.contains(&written);
    city_word.starts_with(char::is_uppercase)
        && (after.is_empty()
            || ends_sentence
            || after.starts_with(['\n', '·', '(', ')', '|', '-', '–'])
            || after
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .is_some_and(|d| d.len() == 5))
}

/// Words after a skill-like term that make it a market, not a skill.
const MARKET_WORDS: &[&str] = &[
    "industry", "market", "markets", "sector", "space", "vertical",
];

/// Nouns before "in X" that make X a market: "a leader in data analytics".
const PLAYER_WORDS: &[&str] = &[
    "business",
    "challenger",
    "company",
    "competition",
    "disruptor",
    "firm",
    "frontrunner",
    "innovator",
    "leader",
    "pioneer",
    "player",
    "provider",
    "regulation",
    "startup",
    "vendor",
];

/// `true` when the term names the company's market ("in the data analytics
/// space", "a disruptor in artificial intelligence"), not a skill asked for.
fn names_an_industry(text: &str, start: usize, end: usize) -> bool {
    if matches!(text::next_token(text, end), Side::Word(w) if listed(MARKET_WORDS, w)) {
        return true;
    }
    let Side::Word(prev) = text::prev_token(text, start) else {
        return false;
    };
    if !prev.eq_ignore_ascii_case("in") {
        return false;
    }
    // The same trimming as `prev_token`, so `before_in` is where "in" starts.
    let trimmed = text[..start].trim_end_matches([' ', '\t', '*', '_', '`']);
    let Some(before_in) = trimmed
        .len()
        .checked_sub(prev.len())
        .filter(|&at| text.is_char_boundary(at))
    else {
        return false;
    };
    matches!(text::prev_token(text, before_in), Side::Word(w) if listed(PLAYER_WORDS, w))
}

fn word_in(side: Side, list: &[String]) -> bool {
    match side {
        Side::Word(w) => list.iter().any(|l| l.eq_ignore_ascii_case(w)),
        Side::Punct(c) => list
            .iter()
            .any(|l| l.len() == c.len_utf8() && l.starts_with(c)),
        Side::LineEdge => false,
    }
}

fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// What a form's context rules say of a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowed {
    Yes,
    /// Only when it stands next to another skill: its neighbours are words,
    /// not the punctuation of a list.
    InList,
    No,
}

/// Applies a form's context rules to the match `start..end`.
pub fn rules_allow(text: &str, rules: &Rules, start: usize, end: usize) -> Allowed {
    if rules.is_empty() {
        return Allowed::Yes;
    }
    if text::char_before(text, start).is_some_and(|c| rules.not_prev_char.contains(&c))
        || text::char_at(text, end).is_some_and(|c| rules.not_next_char.contains(&c))
    {
        return Allowed::No;
    }
    let next = text::next_token(text, end);
    let prev = text::prev_token(text, start);
    if word_in(next, &rules.not_next) || word_in(prev, &rules.not_prev) {
        return Allowed::No;
    }
    if rules.listed {
        return Allowed::InList;
    }
    if let (true, Side::Word(w)) = (rules.start, next) {
        let guarded = text::is_sentence_start(text, start) || text::in_title_line(text, start);
        if guarded && listed(VERB_FOLLOWERS, w) {
            return Allowed::No;
        }
    }
    if rules.ctx && !(list_before(prev) && list_after(next)) {
        return Allowed::InList;
    }
    Allowed::Yes
}

fn list_before(side: Side) -> bool {
    match side {
        Side::LineEdge => true,
        Side::Punct(c) => matches!(c, ',' | '/' | '(' | ':' | '|' | ';' | '[' | '+'),
        Side::Word(w) => listed(LIST_BEFORE, w),
    }
}

fn list_after(side: Side) -> bool {
    match side {
        Side::LineEdge => true,
        Side::Punct(c) => !matches!(c, '-' | '&' | '\'' | '’'),
        Side::Word(w) => !w.starts_with(|c: char| c.is_uppercase()) && !listed(NOT_LIST_AFTER, w),
    }
}
