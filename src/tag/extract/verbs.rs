//! Skills named as a nominal compound, mentioned by the verb phrase the
//! compound nominalises: accepted mentions → those mentions and the verb
//! phrases'.
//!
//! "model data in Cassandra" mentions Data Modeling, "gather business
//! requirements" Requirements Gathering, "review their code" Code Review:
//! a posting writes what the job does as often as the skill's name. The
//! vocabulary derives each verb phrase from a skill's own forms (see
//! `vocab/verbs.rs`); here a verb of those phrases is read with the words
//! after it on its line: an optional determiner or possessive, at most
//! one word that modifies the object ("business requirements") besides
//! skills' names ("legacy SQL Server data", "medical IoT networks"), then the
//! object, singular or plural, which must end its noun phrase
//! ("model data pipelines" is not Data Modeling).

use super::reach::Reach;
use super::skills::Hit;
use super::text::{Doc, Word};
use crate::tag::vocab::{Kind, Phrase, Vocab};

/// At most this many words between the verb (and its determiner) and the
/// object: "migrate legacy SQL Server data".
const MAX_MODIFIERS: usize = 3;

/// At most this many of them not inside a skill's mention: "gather
/// business requirements", not "automated data-based digital marketing".
const MAX_PLAIN_MODIFIERS: usize = 1;

/// Words that may stand between the verb and its object's modifiers.
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "any", "each", "every", "her", "his", "its", "my", "our", "some", "that",
    "the", "their", "these", "this", "those", "your",
];

/// Words after an object that end its noun phrase: "review code in
/// Bitbucket", "migrate data from Oracle", "gather requirements and …".
const PHRASE_ENDS: &[&str] = &[
    "across",
    "after",
    "against",
    "along",
    "and",
    "as",
    "at",
    "before",
    "between",
    "but",
    "by",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "like",
    "nor",
    "of",
    "on",
    "onto",
    "or",
    "over",
    "per",
    "so",
    "than",
    "that",
    "then",
    "through",
    "throughout",
    "to",
    "under",
    "until",
    "using",
    "via",
    "when",
    "where",
    "which",
    "while",
    "with",
    "within",
    "without",
];

/// Words before a verb's form that make it a noun or an adjective: "in
/// review", "for review".
const NOUN_BEFORE: &[&str] = &["for", "in", "of", "on", "under", "with"];

/// Words after which a verb's plain form ("model", "reviews") is a verb:
/// "and review code", "to gather requirements", "you will model data".
/// After any other word it is read as a noun ("FHFA model risk", "document
/// model risk"); after a line's start or punctuation, as a verb.
const VERB_BEFORE: &[&str] = &[
    "also", "and", "can", "could", "he", "help", "helps", "i", "it", "may", "must", "or", "she",
    "should", "then", "they", "to", "we", "who", "will", "would", "you",
];

fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// The mentions verb phrases make, in text order, given the other
/// mentions (`hits`, in text order).
pub fn find(doc: &Doc, vocab: &Vocab, hits: &[Hit]) -> Vec<Hit> {
    let mut added = Vec::new();
    let reach = Reach::new(hits);
    for (i, verb) in doc.words.iter().enumerate() {
        // Marked when the words were classified: most words are no verb.
        if !doc.class[i].verb {
            continue;
        }
        let phrases = vocab.verb_phrases(doc.word(verb));
        if phrases.is_empty() || !reads_as_verb(doc, i) {
            continue;
        }
        // The words after the verb on its line, with nothing but spaces
        // between them: the longest a phrase can be, and the word after it.
        let mut after: Vec<&Word> = Vec::with_capacity(MAX_MODIFIERS + 4);
        let mut prev = verb;
        for w in doc.words[i + 1..].iter().take(MAX_MODIFIERS + 4) {
            if !spaced(doc.text, prev, w) {
                break;
            }
            after.push(w);
            prev = w;
        }
        let Some((phrase, read)) = phrases
            .iter()
            .find_map(|p| object_end(doc, &reach, p, &after).map(|n| (p, n)))
        else {
            continue;
        };
        let (start, verb_end) = (verb.start, verb.end);
        let (object_start, end) = (after[read - phrase.len()].start, after[read - 1].end);
        // A longer name holding the verb or the object ("design systems",
        // "data pipelines") is that name's mention, not this one's.
        if reach.crossed(start, verb_end) || reach.crossed(object_start, end) {
            continue;
        }
        added.push(Hit {
            kind: Kind::Skill(phrase.skill),
            start,
            end,
        });
    }
    added
}

/// `hits` and the verb phrases' mentions `phrases` in one list, in text
/// order; a mention that is only the verb of a phrase is dropped ("Segment
/// medical IoT networks" names no Segment CDP).
pub fn merge(doc: &Doc, hits: &[Hit], phrases: &[Hit]) -> Vec<Hit> {
    let mut all: Vec<Hit> = hits
        .iter()
        .filter(|h| {
            // The phrases are in text order: those starting where `h` does.
            let from = phrases.partition_point(|a| a.start < h.start);
            !phrases[from..]
                .iter()
                .take_while(|a| a.start == h.start)
                .any(|a| h.end < a.end && doc.text[h.end..].starts_with(' '))
        })
        .chain(phrases)
        .copied()
        .collect();
    all.sort_by_key(|h| (h.start, h.end));
    all
}

/// `true` when only spaces or tabs stand between two words (after the
/// first one's "'s", when it is a possessive).
fn spaced(text: &str, a: &Word, b: &Word) -> bool {
    let mut gap = &text[a.end..b.start.max(a.end)];
    if a.possessive {
        gap = gap
            .strip_prefix("'s")
            .or_else(|| gap.strip_prefix("’s"))
            .unwrap_or(gap);
    }
    !gap.is_empty() && gap.bytes().all(|c| c == b' ' || c == b'\t')
}

/// `false` when the word before the verb's form makes it a noun or an
/// adjective: a determiner or a possessive ("the review", "a tuning
/// guide", "the team's review"), a preposition before a form that is not a
/// gerund ("in review"), or, before a plain form, any word that does not
/// lead to a verb ("FHFA model risk").
fn reads_as_verb(doc: &Doc, i: usize) -> bool {
    let verb = &doc.words[i];
    if verb.possessive {
        return false;
    }
    let Some(before) = i.checked_sub(1).map(|j| &doc.words[j]) else {
        return true;
    };
    if !spaced(doc.text, before, verb) {
        return true;
    }
    let (form, word) = (doc.word(verb), doc.word(before));
    let participle = form.ends_with("ing") || form.ends_with("ed");
    !(before.possessive
        || listed(DETERMINERS, word)
        || (!participle && listed(NOUN_BEFORE, word))
        || (!participle && !listed(VERB_BEFORE, word) && !word.ends_with("ly")))
}

/// How many words of `after` (the words after the verb) the phrase reads,
/// when they are an optional determiner, at most [`MAX_MODIFIERS`] other
/// words ([`MAX_PLAIN_MODIFIERS`] outside the mentions), then `phrase`'s object,
/// which ends its noun phrase there: the next word, if only spaces come
/// before it, is a preposition, a conjunction or an adverb ("review code
/// regularly").
fn object_end(doc: &Doc, reach: &Reach, phrase: &Phrase, after: &[&Word]) -> Option<usize> {
    let word = |i: usize| doc.word(after[i]);
    let skip = usize::from(!after.is_empty() && listed(DETERMINERS, word(0)));
    let mut plain = 0;
    for modifiers in 0..=MAX_MODIFIERS {
        let from = skip + modifiers;
        let to = from + phrase.len();
        if to > after.len() {
            break;
        }
        if modifiers > 0 {
            let modifier = word(from - 1);
            if listed(DETERMINERS, modifier) || listed(PHRASE_ENDS, modifier) {
                break;
            }
            let w = after[from - 1];
            if !reach.covers(w) {
                plain += 1;
                if plain > MAX_PLAIN_MODIFIERS {
                    break;
                }
            }
        }
        let object: Vec<&str> = (from..to).map(word).collect();
        if !phrase.is_object(&object) || after[to - 1].possessive {
            continue;
        }
        return (to == after.len() || {
            let next = word(to);
            listed(PHRASE_ENDS, next) || next.ends_with("ly")
        })
        .then_some(to);
    }
    None
}
