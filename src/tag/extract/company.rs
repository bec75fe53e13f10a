//! Company: a [`Doc`], the known-company hits and the vocabulary → the
//! best-supported employer name, the span that shows it, and every mention
//! of it (so that "Robotics" inside "Quill Robotics" is not taken as a skill).
//!
//! Candidates are runs of capitalised words. Phrases that name an employer
//! ("role at X", "on X's Y team", "X is a …", "About X", "X is hiring",
//! a "Company | Role | Location" header, "Company: X") give them weight;
//! section labels, team names and skills are never candidates. The fullest
//! form wins over a short form ("Aurora Energy" over "Aurora").

use std::ops::Range;

use super::Found;
use super::skills::Hit;
use super::text::{self, Doc};
use crate::tag::vocab::{Kind, Vocab, WordSet, with_lower};

/// The chosen company and where the text mentions it.
pub struct Choice {
    pub found: Found,
    pub mentions: Vec<Range<usize>>,
}

/// Words before " at X" that make X the employer: "Backend role at X".
const AT_CONTEXT: &[&str] = &[
    "career",
    "careers",
    "employed",
    "engineering",
    "hired",
    "hiring",
    "internship",
    "interview",
    "interviewing",
    "interviews",
    "job",
    "jobs",
    "loop",
    "offer",
    "onsite",
    "opening",
    "openings",
    "opportunity",
    "position",
    "positions",
    "recruiter",
    "role",
    "roles",
    "team",
    "work",
    "worked",
    "working",
];

/// Words after a name that make it a team, not a company: "Payments team".
const TEAM_WORDS: &[&str] = &[
    "chapter",
    "department",
    "division",
    "group",
    "guild",
    "org",
    "organization",
    "pod",
    "squad",
    "team",
    "teams",
    "tribe",
];

/// Verbs that, after a name at a sentence start, describe a company.
const COMPANY_VERBS: &[&str] = &[
    "aims",
    "became",
    "believes",
    "brings",
    "builds",
    "combines",
    "competes",
    "connects",
    "continues",
    "creates",
    "delivers",
    "designs",
    "develops",
    "dominates",
    "employs",
    "enables",
    "focuses",
    "gives",
    "has",
    "helps",
    "hires",
    "inhabits",
    "is",
    "leads",
    "lets",
    "maintains",
    "makes",
    "manages",
    "manufactures",
    "occupies",
    "offers",
    "operates",
    "owns",
    "partners",
    "powers",
    "produces",
    "provides",
    "remains",
    "runs",
    "sells",
    "serves",
    "ships",
    "sits",
    "specialises",
    "specializes",
    "supports",
    "values",
    "was",
    "works",
];

/// One occurrence of a candidate name with the weight of its context.
struct Occurrence<'a> {
    /// The name as written.
    form: &'a str,
    weight: f32,
    start: usize,
    end: usize,
}

/// Picks the company of the text, if any phrase names one.
pub fn find(doc: &Doc, vocab: &Vocab, hits: &[Hit]) -> Option<Choice> {
    let mut occurrences = runs(doc, vocab);
    for hit in hits {
        if let Kind::Company(id) = hit.kind {
            let form = vocab.company_name(id);
            occurrences.push(Occurrence {
                form,
                weight: 3.0,
                start: hit.start,
                end: hit.end,
            });
        }
    }
    let groups = group(&occurrences);
    let best = groups
        .iter()
        .filter(|g| g.score >= 1.0)
        .max_by(|a, b| a.score.total_cmp(&b.score).then(b.first.cmp(&a.first)))?;
    let name = expand_from_urls(doc, best.display(&occurrences));
    let evidence = &occurrences[best.evidence];
    let mentions = mentions(doc.text, &best.keys);
    Some(Choice {
        found: Found {
            name,
            start: evidence.start,
            end: evidence.end,
        },
        mentions,
    })
}

/// Candidates with the same name (any case), plus the short forms they absorbed.
struct Group<'a> {
    /// The group's name first, then the short forms it absorbed.
    keys: Vec<&'a str>,
    /// Indexes of the occurrences of the group's own name.
    members: Vec<usize>,
    own: f32,
    score: f32,
    first: usize,
    evidence: usize,
}

impl<'a> Group<'a> {
    /// The most frequent way of writing the name; ties go to more capitals ("ByteYard").
    fn display(&self, occurrences: &[Occurrence<'a>]) -> &'a str {
        let mut forms: Vec<(&str, usize)> = Vec::new();
        for &i in &self.members {
            let form = occurrences[i].form;
            match forms.iter_mut().find(|(f, _)| *f == form) {
                Some((_, n)) => *n += 1,
                None => forms.push((form, 1)),
            }
        }
        let capitals = |f: &str| f.chars().filter(|c| c.is_uppercase()).count();
        forms
            .into_iter()
            .max_by_key(|&(f, n)| (n, capitals(f)))
            .map_or("", |(f, _)| f)
    }
}

/// `true` when `long` is `short` followed by more words, any ASCII case.
fn extends(long: &str, short: &str) -> bool {
    long.len() > short.len() + 1
        && long.as_bytes()[short.len()] == b' '
        && long.is_char_boundary(short.len())
        && long[..short.len()].eq_ignore_ascii_case(short)
}

/// Orders names ignoring ASCII case.
fn cmp_names(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// At most this many supported names are weighed against each other.
const MAX_GROUPS: usize = 64;

fn group<'a>(occurrences: &[Occurrence<'a>]) -> Vec<Group<'a>> {
    // Sorting, not pairwise comparison: a file may hold thousands of names.
    let mut order: Vec<usize> = (0..occurrences.len()).collect();
    order.sort_by(|&a, &b| cmp_names(occurrences[a].form, occurrences[b].form).then(a.cmp(&b)));
    let mut groups: Vec<Group> = Vec::new();
    for i in order {
        let o = &occurrences[i];
        let same = groups
            .last()
            .is_some_and(|g: &Group| g.keys[0].eq_ignore_ascii_case(o.form));
        if !same {
            groups.push(Group {
                keys: vec![o.form],
                members: Vec::new(),
                own: 0.0,
                score: 0.0,
                first: o.start,
                evidence: i,
            });
        }
        let g = groups.last_mut().expect("a group for this name");
        g.members.push(i);
        if o.weight > occurrences[g.evidence].weight {
            g.evidence = i;
        }
        g.own += o.weight;
        g.first = g.first.min(o.start);
    }
    for g in &mut groups {
        let mentions = g
            .members
            .iter()
            .filter(|&&i| occurrences[i].weight == 0.0)
            .count();
        g.score = g.own + 0.3 * mentions as f32;
    }
    // Names no phrase supports can neither win nor lend support.
    groups.retain(|g| g.own > 0.0);
    groups.sort_by(|a, b| b.own.total_cmp(&a.own).then(a.first.cmp(&b.first)));
    groups.truncate(MAX_GROUPS);
    // A short form counts for the fullest form that has support of its own.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&i| groups[i].keys[0].len());
    for &short in &order {
        let name = groups[short].keys[0];
        let long = (0..groups.len())
            .filter(|&j| {
                j != short
                    && groups[j].own >= 1.0
                    && groups[j].keys.first().is_some_and(|k| extends(k, name))
            })
            .max_by(|&a, &b| groups[a].own.total_cmp(&groups[b].own));
        if let Some(long) = long {
            let (score, first) = (groups[short].score, groups[short].first);
            let keys = std::mem::take(&mut groups[short].keys);
            groups[short].score = 0.0;
            let g = &mut groups[long];
            g.score += score;
            g.first = g.first.min(first);
            g.keys.extend(keys);
        }
    }
    groups.retain(|g| !g.keys.is_empty());
    groups
}

fn lower_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// `true` for a word that can be part of a name: `TikTok`, `3M`, `eBay`.
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_ascii_digit() => word.chars().any(char::is_alphabetic),
        Some(c) if c.is_lowercase() => chars.next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Every run of capitalised words, trimmed and weighed by its context.
fn runs<'a>(doc: &Doc<'a>, vocab: &Vocab) -> Vec<Occurrence<'a>> {
    let text = doc.text;
    let words = &doc.words;
    let stops = vocab.name_stops();
    let roles = vocab.role_words();
    let header = header_lines(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_name_word(doc.word(&words[i])) || doc.in_link(words[i].start) {
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < words.len()
            && last - i < 5
            && !words[last].possessive
            && matches!(&text[words[last].end..words[last + 1].start], " " | " & ")
            && is_name_word(doc.word(&words[last + 1]))
        {
            last += 1;
        }
        let next_run = last + 1;
        let is_in = |set: &WordSet, k: usize| with_lower(doc.word(&words[k]), |w| set.contains(w));
        let mut first = i;
        while first <= last && is_in(&stops.lead, first) {
            first += 1;
        }
        // A job title inside the run ends the name: "Stripe Senior Backend Engineer".
        let mut end_word = last;
        let mut cut = false;
        if let Some(head) = (first..=last).find(|&k| roles.kind(doc.word(&words[k])).head) {
            cut = true;
            let mut k = head;
            while k > first && {
                let kind = roles.kind(doc.word(&words[k - 1]));
                kind.level || kind.modifier
            } {
                k -= 1;
            }
            end_word = k.wrapping_sub(1);
        }
        i = next_run;
        if first > last || end_word == usize::MAX || end_word < first {
            continue;
        }
        if (first..=end_word).all(|k| is_in(&stops.alone, k))
            || (first..=end_word).any(|k| is_in(&stops.inside, k))
        {
            continue;
        }
        let (start, end) = (words[first].start, words[end_word].end);
        let form = &text[start..end];
        let possessive = words[end_word].possessive && !cut;
        let Some(mut weight) = weigh(doc, vocab, first, end_word, possessive, &header) else {
            continue;
        };
        // A skill's name is a company only where a phrase plainly names the
        // employer ("role at Ionic"), never from a passing mention ("Golang or …").
        if vocab.canonical_skill(form).is_some() && vocab.canonical_company(form).is_none() {
            if weight < 3.0 {
                continue;
            }
            weight -= 1.5;
        }
        out.push(Occurrence {
            form,
            weight,
            start,
            end,
        });
    }
    out
}

/// Of the first three lines with text, those that look like a
/// "Company | Role | Location" header.
fn header_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n').take(8) {
        let range = start..start + line.trim_end().len();
        start += line.len();
        let content = line.trim();
        if content.is_empty() {
            continue;
        }
        if text::HEADER_SEPARATORS.iter().any(|s| content.contains(s)) && !content.starts_with('|')
        {
            out.push(range);
        }
        if out.len() >= 3 {
            break;
        }
    }
    out
}

/// Labels of a line that names the employer: "Company: Stripe".
const LABELS: &[&str] = &[
    "company:",
    "employer:",
    "organization:",
    "organisation:",
    "client:",
];

/// The weight of one occurrence from the words around it; `None` when the
/// context says it is a team, not a company.
fn weigh(
    doc: &Doc,
    vocab: &Vocab,
    first: usize,
    last: usize,
    possessive: bool,
    header: &[Range<usize>],
) -> Option<f32> {
    let text = doc.text;
    let words = &doc.words;
    let (start, end) = (words[first].start, words[last].end);
    // The word `back` words before the name, when only spaces lie between.
    let word_before = |back: usize| -> Option<&str> {
        let k = first.checked_sub(back)?;
        let gap = &text[words[k].end..words[k + 1].start];
        gap.bytes()
            .all(|c| c == b' ' || c == b'\t')
            .then(|| doc.word(&words[k]))
    };
    let is = |w: Option<&str>, want: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(want));
    let next_word = words.get(last + 1).map(|w| doc.word(w));
    let joined =
        is(word_before(1), "join") || (is(word_before(1), "the") && is(word_before(2), "join"));
    if !possessive && next_word.is_some_and(|w| lower_in(TEAM_WORDS, w)) && !joined {
        return None;
    }
    let line_start = text::line_start_within(text, start, 64);
    let before_on_line = line_start.map(|l| &text[l..start]);
    let after = &text[end..];
    let mut weight = 0.0;
    let prev = word_before(1);
    if is(prev, "at") {
        let role_word = (2..7).filter_map(word_before).any(|w| {
            let kind = vocab.role_words().kind(w);
            lower_in(AT_CONTEXT, w) || kind.head || kind.level
        });
        weight += if role_word { 3.0 } else { 1.0 };
    } else if is(prev, "about") {
        // "About Stripe" standing alone as a heading.
        let about = words[first - 1].start;
        let heading = text::line_start_within(text, about, 16)
            .is_some_and(|l| text::is_line_prefix(&text[l..about]));
        let rest = text::line_end_within(text, end, 16).map(|e| {
            text[end..e].trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '*' | '_'))
        });
        if heading && rest == Some("") {
            weight += 4.0;
        }
    } else if is(prev, "from") {
        weight += 0.5;
    }
    if joined {
        weight += 2.0;
    }
    if let Some(before) = before_on_line {
        let label =
            before.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '-' | '#'));
        if LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)) {
            weight += 5.0;
        }
        if header.iter().any(|h| h.contains(&start)) && text::is_line_prefix(before) {
            weight += 5.0;
        }
    }
    if [
        " is hiring",
        " are hiring",
        " is looking for",
        " is seeking",
        " is recruiting",
        " (YC",
    ]
    .iter()
    .any(|p| after.starts_with(p))
    {
        weight += 4.0;
    }
    if possessive {
        weight += 1.5;
        if words[last + 1..]
            .iter()
            .take(4)
            .any(|w| lower_in(TEAM_WORDS, doc.word(w)))
        {
            weight += 1.5;
        }
    } else if !line_start.is_some_and(|l| text[l..].starts_with('#'))
        && (text::is_sentence_start(text, start)
            || text::prev_token(text, start) == text::Side::Punct(','))
    {
        let verb = next_word.is_some_and(|w| lower_in(COMPANY_VERBS, w));
        let appositive = [", a ", ", an ", ", the "]
            .iter()
            .any(|p| after.starts_with(p));
        if verb || appositive {
            weight += 1.5;
        }
    }
    Some(weight)
}

/// Every case-insensitive, word-bounded mention of the keys.
fn mentions(text: &str, keys: &[&str]) -> Vec<Range<usize>> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for key in keys {
        let key = key.to_ascii_lowercase();
        for (i, _) in lower.match_indices(key.as_str()) {
            let end = i + key.len();
            let bounded = !lower[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !lower[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if bounded {
                out.push(i..end);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Path words of URLs that are not part of a company's name.
const URL_WORDS: &[&str] = &[
    "about",
    "api",
    "blog",
    "careers",
    "docs",
    "engineering",
    "jobs",
    "news",
    "team",
];

/// The fullest form of a short name that the document's links spell out:
/// "Lumen" with a link to `…/lumen-cloud` → "Lumen Cloud".
fn expand_from_urls(doc: &Doc, name: &str) -> String {
    let slug: String = name
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-");
    let prefix = format!("{slug}-");
    let mut best: Vec<(String, usize)> = Vec::new();
    for mask in &doc.masked {
        let url = doc.text[mask.clone()].trim_start_matches("](");
        // Only links out; links to other documents name other companies.
        if !(url.starts_with("http") || url.starts_with("www.")) {
            continue;
        }
        for segment in url.split(['/', '.', '?', '#', '=', '&', '(', ')']) {
            let Some(rest) = segment
                .to_ascii_lowercase()
                .strip_prefix(&prefix)
                .map(str::to_string)
            else {
                continue;
            };
            let extra: Vec<&str> = rest.split('-').collect();
            let plain = extra.len() <= 2
                && extra.iter().all(|w| {
                    w.len() >= 2
                        && w.chars().all(|c| c.is_ascii_alphabetic())
                        && !lower_in(URL_WORDS, w)
                });
            if !plain {
                continue;
            }
            match best.iter_mut().find(|(r, _)| *r == rest) {
                Some((_, n)) => *n += 1,
                None => best.push((rest, 1)),
            }
        }
    }
    match best.into_iter().max_by_key(|(_, n)| *n) {
        Some((rest, _)) => {
            let words: Vec<String> = rest
                .split('-')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                })
                .collect();
            format!("{name} {}", words.join(" "))
        }
        None => name.to_string(),
    }
}
