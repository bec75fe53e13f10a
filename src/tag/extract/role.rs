//! Role: a [`Doc`] and the role lexicon → the job title the text is about,
//! normalised, with the span that shows it, and every title-like phrase
//! (so that "Machine Learning" inside "Machine Learning Engineer" can be
//! told apart from a mention of the skill).
//!
//! A title is a run of role words ending in a head noun: `[levels]
//! [modifiers] Engineer [Intern]`, or `Director of Engineering`. Phrases
//! that introduce the role ("This X role", "as a X", a title line,
//! "Role: X", a header cell) weigh more than a passing mention.

use std::ops::Range;

mod area;

use super::found::Found;
use super::header::Header;
use super::text::{self, Doc};
use crate::tag::title;
use crate::tag::vocab::Vocab;
use area::{area_end, grade_after, without_term};

/// The chosen role, its level and every title phrase in the text.
pub struct Choice {
    pub found: Option<Found>,
    pub level: Option<Found>,
    pub phrases: Vec<Range<usize>>,
}

/// Nouns after a title that say the text is about it: "This X role".
const ROLE_NOUNS: &[&str] = &[
    "internship",
    "job",
    "opening",
    "position",
    "posting",
    "req",
    "requisition",
    "role",
    "seat",
    "vacancy",
];

/// Words before "a"/"an" + title that introduce the role: "as a X".
const INTRO_VERBS: &[&str] = &[
    // "the platform team is adding a Snowflake Data Engineer".
    "add",
    "adding",
    "adds",
    "as",
    "for",
    "hire",
    "hiring",
    "join",
    "need",
    "needs",
    "recruiting",
    "seek",
    "seeking",
    "want",
    "wants",
];

/// Words after a run of title words that make it a team's name.
const TEAM_WORDS: &[&str] = &["group", "org", "squad", "stack", "team", "teams"];

/// Ranks a field may follow without "of": "VP Engineering".
const RANKS: &[&str] = &["evp", "head", "svp", "vp"];

/// Level words that may follow the head noun: "Software Engineer Intern".
const TRAILING_LEVELS: &[&str] = &["i", "ii", "iii", "intern", "iv"];

struct Phrase {
    /// Ends in a plural head ("UX designers"): people, not the title.
    plural: bool,
    key: String,
    name: String,
    words: usize,
    weight: f32,
    start: usize,
    end: usize,
}

/// Finds the role of the text: the title its header gives, else the
/// best-supported title phrase; either read with the title grammar, so
/// the level comes apart from the role.
pub fn find(doc: &Doc, vocab: &Vocab, header: &Header) -> Choice {
    let mut phrases = phrases(doc, vocab);
    // The title in a message sender's own line is the sender's job.
    if let Some(sender) = &header.sender {
        phrases.retain(|p| p.end <= sender.start || sender.end <= p.start);
    }
    // Only titles of two words or more hide skill words: "Machine Learning
    // Engineer" is a title, while a lone "SRE" may be the practice.
    let mut spans: Vec<Range<usize>> = phrases
        .iter()
        .filter(|p| p.words >= 2)
        .map(|p| p.start..p.end)
        .collect();
    let from_header = header.title.as_ref().and_then(|cell| {
        let t = title::parse(&doc.text[cell.clone()], vocab)?;
        Some((t, cell.start))
    });
    let (found, level) = match from_header {
        Some((t, offset)) => {
            let (start, end) = (offset + t.start, offset + t.end);
            // The title line's words are the job, not skills it asks for.
            spans.push(start..end);
            spans.sort_by_key(|r| r.start);
            let level = t
                .level
                .map(|l| Found::at(l.name().to_string(), start, end))
                .or_else(|| body_level(doc, vocab, &phrases, &t.role));
            (Some(Found::at(t.role, start, end)), level)
        }
        None => match choose(&phrases) {
            Some(found) => {
                // "The Sr. Analyst, Pricing & Promotions Analytics owns …":
                // the area the text writes after the title is the title's.
                let found = match area_end(doc.text, found.end, vocab) {
                    Some(end) => Found::at(found.name, found.start, end),
                    None => found,
                };
                let written = &doc.text[found.start..found.end];
                // "hiring senior infrastructure engineers": a plural head
                // reads as a title in its singular name.
                match title::parse(written, vocab).or_else(|| title::parse(&found.name, vocab)) {
                    Some(t) => {
                        let level = t
                            .level
                            .map(|l| Found::at(l.name().to_string(), found.start, found.end));
                        (Some(Found::at(t.role, found.start, found.end)), level)
                    }
                    None => (Some(found), None),
                }
            }
            None => (None, None),
        },
    };
    Choice {
        found,
        level,
        phrases: spans,
    }
}

/// Nouns for a job opening that a title names: "a Senior Developer role".
const OPENING_NOUNS: &[&str] = &["role", "position", "opening", "opportunity", "job"];

/// The level the body gives the header's job when the header's title has
/// none: a subject says "Guidewire PolicyCenter Developer", the message
/// "a Senior Guidewire PolicyCenter Developer role". Only where the body
/// speaks of the opening ("… role", "as a …", "hiring a …"), not of
/// someone else ("you'll report to a Senior Developer").
fn body_level(doc: &Doc, vocab: &Vocab, phrases: &[Phrase], role: &str) -> Option<Found> {
    let text = doc.text;
    let opening = |p: &Phrase| {
        let named = matches!(text::next_token(text, p.end), text::Side::Word(w)
            if OPENING_NOUNS.iter().any(|o| o.eq_ignore_ascii_case(w)));
        let mut back = text[..p.start].trim_end().rsplit(' ');
        let (article, before) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
        named
            || (matches!(article, "a" | "an")
                && ["as", "hiring", "for", "seeking", "about"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before)))
    };
    let role_key = role.to_lowercase();
    phrases
        .iter()
        .filter(|p| !p.plural && p.key.len() > role_key.len() && p.key.contains(&role_key))
        .filter(|p| opening(p))
        .find_map(|p| {
            let t = title::parse(&text[p.start..p.end], vocab)?;
            let level = t.level.filter(|_| t.role.eq_ignore_ascii_case(role))?;
            Some(Found::at(level.name().to_string(), p.start, p.end))
        })
}

fn choose(phrases: &[Phrase]) -> Option<Found> {
    // key → (own weight, words, best phrase index); sorted, not compared
    // pairwise, since a file may hold thousands of title-like phrases.
    let mut order: Vec<usize> = (0..phrases.len()).filter(|&i| !phrases[i].plural).collect();
    order.sort_by(|&a, &b| phrases[a].key.cmp(&phrases[b].key).then(a.cmp(&b)));
    let mut groups: Vec<(String, f32, usize, usize)> = Vec::new();
    for i in order {
        let p = &phrases[i];
        match groups.last_mut() {
            Some(g) if g.0 == p.key => {
                g.1 += p.weight;
                if p.weight > phrases[g.3].weight {
                    g.3 = i;
                }
            }
            _ => groups.push((p.key.clone(), p.weight, p.words, i)),
        }
    }
    groups.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then(phrases[a.3].start.cmp(&phrases[b.3].start))
    });
    groups.truncate(64);
    // A shorter title inside a longer, well-supported one counts for the longer:
    // "Senior Software Engineer" (title line) absorbs "as a Software Engineer".
    let own: Vec<f32> = groups.iter().map(|g| g.1).collect();
    let mut score = own.clone();
    for (a, short) in groups.iter().enumerate() {
        if short.2 < 2 {
            continue;
        }
        let long = (0..groups.len())
            .filter(|&b| {
                b != a
                    && own[b] >= 2.5
                    && groups[b].2 > short.2
                    && contains_words(&groups[b].0, &short.0)
            })
            .max_by(|&x, &y| own[x].total_cmp(&own[y]));
        if let Some(b) = long {
            score[b] += own[a];
            score[a] = 0.0;
        }
    }
    let best = (0..groups.len())
        .filter(|&g| score[g] >= 1.0 && (groups[g].2 >= 2 || own[g] >= 3.0))
        .max_by(|&a, &b| {
            score[a]
                .total_cmp(&score[b])
                .then(phrases[groups[b].3].start.cmp(&phrases[groups[a].3].start))
        })?;
    let p = &phrases[groups[best].3];
    Some(Found::at(p.name.clone(), p.start, p.end))
}

/// `true` when `short`'s words start or end `long`'s.
fn contains_words(long: &str, short: &str) -> bool {
    long.starts_with(&format!("{short} ")) || long.ends_with(&format!(" {short}"))
}

fn lower_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// Words that end a title introduced in a sentence: "hiring a Python
/// Developer to build …", "As a CICS Engineer you'll …".
const AFTER_TITLE: &[&str] = &[
    "to",
    "who",
    "you",
    "you'll",
    "you’ll",
    "will",
    "that",
    "with",
    "in",
    "on",
    "for",
    "at",
    "is",
    "responsible",
    "based",
    "position",
    "role",
    "opening",
    "job",
    "on-site",
    "onsite",
    "remote",
    "within",
    "from",
    "from",
    "based",
    "supporting",
    "working",
    "located",
    "and",
    "or",
    "this",
    "internship",
    "req",
    "requisition",
    "vacancy",
    "your",
];

/// Titles that a sentence introduces: "hiring a Python Developer to …",
/// "As a CICS Engineer you'll …", "The Global Supply Chain Analyst role at
/// Unilever …". The words between the introduction and what follows a
/// title are read with the title grammar, so unknown modifiers ("CICS",
/// "Supply Chain") stay in the role.
fn introduced(doc: &Doc, vocab: &Vocab) -> Vec<Phrase> {
    let text = doc.text;
    let words = &doc.words;
    let mut out = Vec::new();
    for k in 0..words.len() {
        // Every word is asked; the introducing words are short, so they
        // are lower-cased on the stack.
        let w = doc.word(&words[k]);
        // Most words cannot be one of them: not their length or first letter
        // (keep both in step with the words matched below).
        if !matches!(w.len(), 1 | 2 | 3 | 4 | 6 | 7 | 10)
            || !w.as_bytes().first().is_some_and(|b| {
                matches!(
                    b.to_ascii_lowercase(),
                    b'a' | b't' | b'o' | b'h' | b's' | b'r'
                )
            })
        {
            continue;
        }
        let mut buf = [0u8; 10];
        let Some(slot) = buf.get_mut(..w.len()) else {
            continue;
        };
        slot.copy_from_slice(w.as_bytes());
        slot.make_ascii_lowercase();
        let gap_before = |i: usize| &text[words[i - 1].end..words[i].start];
        let (weight, ends_with_noun) = match &*slot {
            b"a" | b"an"
                if k > 0
                    && gap_before(k) == " "
                    && (lower_in(INTRO_VERBS, doc.word(&words[k - 1]))
                        || doc.word(&words[k - 1]).eq_ignore_ascii_case("about")) =>
            {
                (5.0, false)
            }
            b"the" | b"this" | b"our" if text::is_sentence_start(text, words[k].start) => {
                (6.0, true)
            }
            // "We're hiring Python developers", "Epic is hiring Software Developers".
            b"hiring" | b"seeking" | b"recruiting"
                if words.get(k + 1).is_some_and(|n| {
                    let next = doc.word(n);
                    let kind = doc.class[k + 1].role;
                    text[words[k].end..n.start] == *" "
                        && (next.starts_with(char::is_uppercase)
                            || kind.modifier
                            || crate::tag::title::Level::of_word(next).is_some())
                }) =>
            {
                (4.0, false)
            }
            _ => continue,
        };
        // "an experienced CNC Programmer": lower-case words that are no
        // title's words describe the person before a capitalised title.
        let mut first = k + 1;
        if !ends_with_noun {
            let describes = |i: usize| {
                words.get(i).is_some_and(|w| {
                    doc.word(w).starts_with(|c: char| c.is_ascii_lowercase())
                        && !doc.class[i].title_word
                        && (gap_before(i) == " " || (i > k + 1 && gap_before(i) == ", "))
                })
            };
            let mut at = first;
            while at < first + 3 && describes(at) {
                at += 1;
            }
            let capital = words
                .get(at)
                .is_some_and(|w| doc.word(w).starts_with(char::is_uppercase));
            if at > first && capital && gap_before(at) == " " {
                first = at;
            }
        }
        let mut last = None;
        let mut noun = false;
        for (i, word) in words.iter().enumerate().take(first + 12).skip(first) {
            let gap = gap_before(i);
            if i > first && (gap.contains(['\n', '.', ';', ':', '!', '?']) || gap.contains(", ")) {
                break;
            }
            let word = doc.word(word);
            // "Instrumentation and Controls Technician", "Health & Safety
            // Manager": "and" inside a title, before its head and between
            // capitalised words.
            let inner_and = (word == "and" || word == "&")
                && !doc.class[first..i].iter().any(|c| c.role.head)
                && words
                    .get(i + 1)
                    .is_some_and(|w| doc.word(w).starts_with(char::is_uppercase));
            if lower_in(AFTER_TITLE, word) && i > first && !inner_and {
                noun = lower_in(ROLE_NOUNS, word);
                break;
            }
            // "Our Support Engineers are …", "Our data engineers build …":
            // people named in the plural end the title at their head, which
            // is no verb for all its final "s".
            if ends_with_noun && i > first && doc.class[i].plural_head {
                last = Some(i);
                break;
            }
            // "The Help Desk Analyst I answers …": a capitalised title ends
            // at the verb it is the subject of.
            if ends_with_noun && i > first && is_third_person_verb(word) {
                break;
            }
            last = Some(i);
        }
        let Some(last) = last else { continue };
        // "The Lead Product Manager at Nike owns …": a title, then its employer.
        let at_employer = words.get(last + 1).is_some_and(|w| doc.word(w) == "at")
            && words
                .get(last + 2)
                .is_some_and(|w| doc.word(w).starts_with(char::is_uppercase));
        // "The Actuarial Analyst I supports …": a capitalised title as the
        // subject of a sentence.
        let subject = words
            .get(last + 1)
            .is_some_and(|w| is_third_person_verb(doc.word(w)))
            && last > first
            && words[first..=last].iter().all(|w| {
                doc.word(w)
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            });
        // "Our Support Engineers are engineers first", "Our computational
        // biologists build pipelines": the people who do the job, as the
        // subject of a sentence.
        // The head ends the title, so the verb may be a title's word too:
        // "Our data engineers build …" ("Build Engineer").
        let plural_subject = last > first
            && doc.class[last].plural_head
            && words.get(last + 1).is_some_and(|w| {
                doc.word(w).starts_with(|c: char| c.is_ascii_lowercase())
                    && !doc.class[last + 1].role.head
            });
        let subject = subject || plural_subject;
        if ends_with_noun && !noun && !at_employer && !subject {
            continue;
        }
        let weight = if ends_with_noun && !noun && !at_employer {
            3.0
        } else {
            weight
        };
        let (start, end) = (words[first].start, words[last].end);
        let roles = vocab.role_words();
        let written = &text[start..end];
        // People hired in the plural are each one of the role.
        let singular = match written.rsplit_once(' ') {
            Some((rest, head)) if roles.is_plural_head(head) => {
                format!("{rest} {}", &head[..head.len() - 1])
            }
            None if roles.is_plural_head(written) => written[..written.len() - 1].to_string(),
            _ => written.to_string(),
        };
        let Some(t) = title::parse(&singular, vocab) else {
            continue;
        };
        // The title must run to the end of the words taken: "a Python
        // Developer", not "a team of engineers and analysts".
        if t.end + 1 < singular.len() && !singular[t.end..].contains(['-', '(', '–']) {
            continue;
        }
        let name = roles.normalize(&singular);
        out.push(Phrase {
            plural: false,
            key: name.to_lowercase(),
            name,
            words: last - first + 1,
            weight,
            start,
            end,
        });
    }
    out
}

/// `true` for a lower-case word that may be a verb in the third person
/// ("supports", "answers"), never a title's word.
fn is_third_person_verb(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Every title phrase with the weight of its context.
fn phrases(doc: &Doc, vocab: &Vocab) -> Vec<Phrase> {
    let text = doc.text;
    let words = &doc.words;
    let roles = vocab.role_words();
    let mut out = introduced(doc, vocab);
    let mut i = 0;
    while i < words.len() {
        let role_word = |k: usize| doc.class[k].title_word;
        if !role_word(i) || doc.in_link(words[i].start) {
            i += 1;
            continue;
        }
        let first = i;
        // Extend over role words, "of" after a head or level, and skill names
        // used as modifiers ("Senior Java Developer").
        let mut last = i;
        let mut has_of = false;
        while last + 1 < words.len() && !words[last].possessive && joins(doc, last) {
            let next = doc.word(&words[last + 1]);
            let kind = doc.class[last].role;
            if role_word(last + 1) {
                last += 1;
            } else if next == "of"
                && (kind.head || kind.level)
                && last + 2 < words.len()
                && role_word(last + 2)
            {
                has_of = true;
                last += 2;
            } else if next.starts_with(|c: char| c.is_uppercase())
                && last + 2 < words.len()
                && role_word(last + 2)
                && vocab.canonical_skill(next).is_some()
            {
                last += 1;
            } else {
                break;
            }
        }
        i = last + 1;
        // "the Developer Experience team", "the Editor stack": a team's name.
        if i < words.len()
            && &text[words[last].end..words[i].start] == " "
            && lower_in(TEAM_WORDS, doc.word(&words[i]))
        {
            continue;
        }
        // The title ends at its head noun, or a trailing level ("Intern"),
        // or after "of" at any role word ("Head of Product").
        let mut end_word = None;
        let mut seen_head = false;
        let mut after_of = false;
        let mut plural = false;
        for (k, word) in words.iter().enumerate().take(last + 1).skip(first) {
            let w = doc.word(word);
            let kind = doc.class[k].role;
            if doc.class[k].plural_head {
                // People named by their specialty: the phrase ends here.
                end_word = Some(k);
                plural = true;
                break;
            }
            if kind.head
                || (after_of && kind.modifier)
                || (seen_head && lower_in(TRAILING_LEVELS, w))
            {
                end_word = Some(k);
            }
            seen_head |= kind.head;
            // "Director of Engineering", "VP Engineering": a rank, then a field.
            after_of |= (has_of && w == "of") || lower_in(RANKS, w);
        }
        let Some(mut last) = end_word else { continue };
        // "Cloud Platform Engineer 3 is responsible for …": a grade in
        // digits after the head is the title's.
        if !plural && grade_after(doc, last) {
            last += 1;
        }
        if plural {
            // "Project Managers Devops Engineers": a list of people whose
            // commas were lost; the next phrase starts after this one.
            i = last + 1;
        }
        let (start, end) = (words[first].start, words[last].end);
        let name = roles.normalize(&text[start..end]);
        let weight = weigh(doc, first, last);
        out.push(Phrase {
            plural,
            key: name.to_lowercase(),
            name,
            words: last - first + 1,
            weight,
            start,
            end,
        });
    }
    // "As a Staff engineer, the person will …": a rank and a head in lower
    // case describe someone as "an engineer" does, and name no title of
    // their own; they stay a fallback when nothing else names the job.
    for p in &mut out {
        if let Some((levels, head)) = text[p.start..p.end].rsplit_once(' ')
            && head.starts_with(|c: char| c.is_ascii_lowercase())
            && roles.kind(head).head
            && levels.split_whitespace().all(|w| roles.kind(w).level)
        {
            p.weight = p.weight.min(1.0);
        }
    }
    out
}

/// `true` when the word after `k` continues a title: one space between, or
/// ". " after an abbreviated level ("Sr. Engineer").
fn joins(doc: &Doc, k: usize) -> bool {
    let words = &doc.words;
    match &doc.text[words[k].end..words[k + 1].start] {
        " " => true,
        ". " => {
            let w = doc.word(&words[k]);
            w.len() <= 3 && doc.class[k].role.level
        }
        _ => false,
    }
}

/// The weight of the title `words[first..=last]` from its context.
fn weigh(doc: &Doc, first: usize, last: usize) -> f32 {
    let text = doc.text;
    let words = &doc.words;
    let (start, end) = (words[first].start, words[last].end);
    // Word `k` when only spaces separate it from the title.
    let same_line_word = |k: usize| -> Option<&str> {
        let (a, b) = if k < first {
            (words[k].end, words[k + 1].start)
        } else {
            (words[k - 1].end, words[k].start)
        };
        text[a..b]
            .bytes()
            .all(|c| c == b' ' || c == b'\t')
            .then(|| doc.word(&words[k]))
    };
    let prev = first.checked_sub(1).and_then(same_line_word);
    let prev2 = first
        .checked_sub(2)
        .filter(|_| prev.is_some())
        .and_then(same_line_word);
    let next = (last + 1 < words.len())
        .then(|| same_line_word(last + 1))
        .flatten();
    let is = |w: Option<&str>, want: &[&str]| w.is_some_and(|w| lower_in(want, w));
    let capital = text[start..].starts_with(|c: char| c.is_uppercase());
    if !capital && first == last {
        // "the hiring manager", "an engineer": a common noun, not a title.
        return 0.0;
    }
    let mut weight = match (capital, first == last) {
        (true, false) => 1.0,
        (true, true) => 0.2,
        (false, _) => 0.3,
    };
    if is(next, ROLE_NOUNS) {
        weight += 3.0;
        if is(prev, &["this", "the", "our", "a", "an"]) {
            weight += 1.5;
        }
    }
    if is(prev, &["a", "an"]) {
        weight += if is(prev2, INTRO_VERBS) { 3.0 } else { 0.5 };
    } else if is(prev, &["as", "hiring"]) && capital {
        weight += 2.5;
    }
    if is(next, &["at"]) && capital {
        weight += 1.5;
    }
    if let Some(line_start) = text::line_start_within(text, start, 40) {
        let before = &text[line_start..start];
        let label =
            before.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '-' | '#'));
        if ["role:", "position:", "title:", "job title:", "job:"]
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l))
        {
            weight += 5.0;
        }
        let after = text[end..].trim_start_matches([' ', '\t', '*', '_']);
        let rest_is_title_tail = after.is_empty()
            || after.starts_with(['\n', '\r'])
            || ["at ", "@ ", "- ", "– ", "— ", "| ", "("]
                .iter()
                .any(|p| after.starts_with(p))
            || after.starts_with(", ");
        // A title line or heading, near the top: a title line at the end
        // is a signature ("Megan Ortiz\nTechnical Recruiter | TEKsystems").
        let early = start < 3000 && text[..start].matches('\n').count() < 15;
        if capital && text::is_line_prefix(without_term(before)) && rest_is_title_tail {
            weight += if early { 4.0 } else { 0.5 };
            return weight;
        }
    }
    // A cell of a "Company | Role | Location" line.
    if (capital || first != last) && text::in_header_cell(text, start) {
        weight += 4.0;
    }
    weight
}
