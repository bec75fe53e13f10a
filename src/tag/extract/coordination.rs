//! Skills whose head noun is shared: accepted mentions → the mentions that
//! coordinated words before them make.
//!
//! "unit and integration tests", "unit, integration, and end-to-end
//! testing", "front-end and back-end development": English writes the head
//! noun once, after the last of the words it is shared by. When a mention's
//! head with one of those words in front of it is itself a skill's form,
//! that word is a mention of that skill. The head may also come first,
//! with its words listed after it: "testing (unit, integration,
//! end-to-end)", "Automated testing: unit, integration and performance".

use super::reach::Reach;
use super::skills::Hit;
use super::text::Doc;
use crate::tag::vocab::{Kind, Vocab};

/// At most this many coordinated words are read before a mention.
const MAX_CONJUNCTS: usize = 4;

/// Head nouns skills' names share, for lists whose last item names no
/// skill: "unit, integration and contract tests", "unit and UI tests".
const SHARED_HEADS: &[&str] = &[
    "analysis",
    "api",
    "apis",
    "applications",
    "apps",
    "architecture",
    "design",
    "development",
    "engineering",
    "management",
    "modeling",
    "programming",
    "testing",
    "tests",
];

/// The first letters (either case) and the lengths of [`SHARED_HEADS`]:
/// every pair of words of every document is asked whether its second word
/// is a shared head, and these rule out almost all of them before any
/// comparison.
const HEAD_FIRST: [bool; 256] = {
    let mut first = [false; 256];
    let mut i = 0;
    while i < SHARED_HEADS.len() {
        let b = SHARED_HEADS[i].as_bytes()[0];
        first[b.to_ascii_lowercase() as usize] = true;
        first[b.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    first
};
const HEAD_LENGTHS: u64 = {
    let mut lengths = 0u64;
    let mut i = 0;
    while i < SHARED_HEADS.len() {
        lengths |= 1 << SHARED_HEADS[i].len();
        i += 1;
    }
    lengths
};

/// `true` when `word` is one of [`SHARED_HEADS`], in any case.
fn is_shared_head(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() < 64
        && HEAD_LENGTHS & (1 << b.len()) != 0
        && HEAD_FIRST[usize::from(b[0])]
        && SHARED_HEADS.iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// `hits` (in text order) with the mentions coordinated words make added,
/// still in text order.
pub fn expand(doc: &Doc, vocab: &Vocab, hits: Vec<Hit>) -> Vec<Hit> {
    let text = doc.text;
    let mut added = Vec::new();
    let reach = Reach::new(&hits);
    // Where a list's walk starts: each mention of a skill of two words or
    // more, with its head ("tests" in "integration tests"), then each
    // shared head noun after a word a coordinator precedes.
    let mut walks: Vec<(usize, &str)> = hits
        .iter()
        .filter(|h| matches!(h.kind, Kind::Skill(_)))
        .filter_map(|h| {
            let (_, head) = text[h.start..h.end].split_once(' ')?;
            Some((h.start, head))
        })
        .collect();
    for pair in doc.words.windows(2) {
        let (before, head) = (&pair[0], &pair[1]);
        if before.end + 1 == head.start
            && is_shared_head(doc.word(head))
            && conjunct_before(text, before.start).is_some()
        {
            let word = doc.word(head);
            walks.push((before.start, word));
            // The last item with the head after it may be a form the
            // vocabulary knows only as part of such a list ("Anthropic APIs").
            if !reach.overlaps(before.start, head.end)
                && let Some(id) = singular_or_plural(vocab, doc.word(before), word)
            {
                added.push(Hit {
                    kind: Kind::Skill(id),
                    start: before.start,
                    end: head.end,
                });
            }
        }
    }
    // The last item may be a skill's name of several words, with the head
    // after it: "OpenAI, Anthropic and Azure OpenAI APIs".
    for h in hits.iter().filter(|h| matches!(h.kind, Kind::Skill(_))) {
        let Some(head) = text[h.end..].strip_prefix(' ').map(|rest| {
            &rest[..rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())]
        }) else {
            continue;
        };
        if text[h.start..h.end].contains(' ')
            && !head.is_empty()
            && is_shared_head(head)
            && conjunct_before(text, h.start).is_some()
        {
            walks.push((h.start, head));
        }
    }
    for (start, head) in walks {
        let mut at = start;
        for _ in 0..MAX_CONJUNCTS {
            let Some((start, end, last)) = conjunct_before(text, at) else {
                break;
            };
            if reach.overlaps(start, end) || added.iter().any(|h| h.start < end && start < h.end) {
                break;
            }
            if let Some(id) = singular_or_plural(vocab, &text[start..end], head) {
                added.push(Hit {
                    kind: Kind::Skill(id),
                    start,
                    end,
                });
            }
            if last {
                break;
            }
            at = start;
        }
    }
    listed_after_head(doc, vocab, &reach, &mut added);
    if added.is_empty() {
        return hits;
    }
    let mut all = hits;
    all.extend(added);
    all.sort_by_key(|h| (h.start, h.end));
    all
}

/// The skill `word` names with `head` after it. A plural head names each
/// item in the singular: "OpenAI and Anthropic APIs" are the OpenAI API and
/// the Anthropic API.
fn singular_or_plural(vocab: &Vocab, word: &str, head: &str) -> Option<u32> {
    vocab.skill_of_form(&format!("{word} {head}")).or_else(|| {
        let one = head.strip_suffix('s')?;
        vocab.skill_of_form(&format!("{word} {one}"))
    })
}

/// What opens the list of a head noun's words after it.
const LIST_OPENERS: &[&str] = &[" (", "(", ": ", " - ", " – ", " — "];

/// Mentions made by words listed after a shared head noun ("testing (unit,
/// integration, end-to-end)"): each item of one to three words, with the
/// head after it, that is a skill's form. The list ends at a bracket, a
/// line's end, a sentence's end or a semicolon.
fn listed_after_head(doc: &Doc, vocab: &Vocab, reach: &Reach, added: &mut Vec<Hit>) {
    let text = doc.text;
    for w in &doc.words {
        // Most words go on with a space and a word: the opener first.
        let rest = &text[w.end..];
        let Some(opener) = LIST_OPENERS.iter().find(|o| rest.starts_with(**o)) else {
            continue;
        };
        let head = doc.word(w);
        let Some(&shared) = SHARED_HEADS
            .iter()
            .chain(&["test"])
            .find(|h| h.eq_ignore_ascii_case(head))
        else {
            continue;
        };
        let from = w.end + opener.len();
        let to = text[from..]
            .find([')', '\n', ';', '.'])
            .map_or(text.len(), |i| from + i);
        if to - from > 160 {
            continue;
        }
        // "tests (unit, UI)" and "testing (unit, UI)" name the same skills.
        let heads: &[&str] = match shared {
            "test" | "tests" | "testing" => &["testing", "tests"],
            other => &[other][..],
        };
        let mut at = from;
        while at < to {
            let item_end = [", and ", ", or ", ", ", " and ", " or ", " & ", "/"]
                .iter()
                .filter_map(|sep| text[at..to].find(sep).map(|i| (at + i, sep.len())))
                .min();
            let (end, gap) = item_end.unwrap_or((to, 0));
            let item = text[at..end].trim();
            let start = at + (text[at..end].len() - text[at..end].trim_start().len());
            let words = item.split_whitespace().count();
            if (1..=3).contains(&words)
                && item.starts_with(char::is_alphabetic)
                && !reach.overlaps(start, end)
                && !added.iter().any(|h| h.start < end && start < h.end)
                && let Some(id) = heads
                    .iter()
                    .find_map(|h| vocab.skill_of_form(&format!("{item} {h}")))
            {
                added.push(Hit {
                    kind: Kind::Skill(id),
                    start,
                    end: start + item.len(),
                });
            }
            if gap == 0 {
                break;
            }
            at = end + gap;
        }
    }
}

/// The word before `at` joined to it by a coordinator (", ", " and ",
/// ", and ", " or ", " & ", "/"): its span, and whether the coordinator was
/// a conjunction (the first of the words then comes before a comma, if at
/// all, so a conjunction ends the walk unless a comma list leads to it).
fn conjunct_before(text: &str, at: usize) -> Option<(usize, usize, bool)> {
    let before = &text[..at];
    let (gap, conjunction) = [
        (", and ", true),
        (", or ", true),
        (" and ", true),
        (" or ", true),
        (" & ", true),
        (", ", false),
        ("/", false),
    ]
    .into_iter()
    .find(|(g, _)| before.ends_with(g))?;
    let end = at - gap.len();
    let start = before[..end]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[start..end];
    if word.is_empty() || !word.starts_with(char::is_alphabetic) {
        return None;
    }
    // A conjunction after a comma list ("unit, integration, and …") may
    // still have commas before it; after a lone "and" the list is done.
    let last = conjunction && !text[..start].ends_with(", ");
    Some((start, end, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick tests on first letter and length keep every head, in any
    /// case, and only the heads.
    #[test]
    fn shared_heads_are_recognised_in_any_case() {
        for head in SHARED_HEADS {
            for written in [head.to_string(), head.to_uppercase(), {
                let mut c = head.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            }] {
                assert!(is_shared_head(&written), "head: {written:?}");
            }
        }
        for (word, want) in [
            ("test", false),
            ("tester", false),
            ("the", false),
            ("Designs", false),
            ("développement", false),
            ("a", false),
            ("Architecture", true),
        ] {
            assert_eq!(is_shared_head(word), want, "word: {word:?}");
        }
    }
}
