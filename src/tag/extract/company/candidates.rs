//! Company candidates: a [`Doc`] → every run of capitalised words, trimmed
//! to a name and weighed by the phrase around it ("role at X", "X's Y
//! team", "About X", "X is hiring", a header cell, "Company: X").

use super::super::text::Doc;
use super::around::closes_signature;
use super::phrases::*;
use super::weigh::{Party, stated, weigh};
use crate::tag::vocab::Vocab;

/// One occurrence of a candidate name with the weight of its context.
pub struct Occurrence<'a> {
    /// The name as written.
    pub form: &'a str,
    pub weight: f32,
    pub start: usize,
    pub end: usize,
    /// Written as a possessive ("Hollow's team").
    pub possessive: bool,
    /// Every word of it is a common English word ("Bright Pay"): a name
    /// only if the text supports it enough over all its mentions.
    pub common: bool,
    /// Whom the phrase around it names in a recruiter's message.
    pub party: Party,
}

/// Every run of capitalised words, trimmed and weighed by its context.
pub fn runs<'a>(doc: &Doc<'a>, vocab: &Vocab) -> Vec<Occurrence<'a>> {
    let text = doc.text;
    let words = &doc.words;
    let class = &doc.class;
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !class[i].name_word || doc.in_link(words[i].start) {
            if let Some(brand) = lower_case_brand(doc, vocab, i) {
                out.push(brand);
            }
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < words.len()
            && last - i < 5
            && match &text[words[last].end..words[last + 1].start] {
                " " | " & " => true,
                // A possessive ends a name ("Google's Cloud team", "Box's
                // Privacy Policy"), but for "'S" in capitals, a name so
                // styled ("DICK'S Sporting Goods"), and a plural of people
                // opening one ("Children's Hospital Colorado").
                "'S " | "’S " => true,
                "'s " | "’s " => last == i && plural_of_people(doc.word(&words[last])),
                // "C.H. Robinson", "U.S. Bank": initials keep their last dot;
                // "the U.S." is a place, and its dot may end the sentence.
                ". " => {
                    is_initials(doc.word(&words[last]))
                        && !(last == i
                            && words[i].start >= 4
                            && text.as_bytes()[words[i].start - 4..words[i].start]
                                .eq_ignore_ascii_case(b"the "))
                }
                _ => false,
            }
        {
            if class[last + 1].name_word {
                last += 1;
            } else if doc.word(&words[last + 1]) == "of"
                && last + 2 < words.len()
                && last + 1 - i < 5
                && text[words[last + 1].end..words[last + 2].start] == *" "
                && class[last + 2].name_word
            {
                // "Bank of America", "University of Michigan".
                last += 2;
            } else {
                break;
            }
        }
        let next_run = last + 1;
        let stop = |k: usize| class[k].stop;
        let run_start = i;
        let mut first = i;
        while first <= last && stop(first).lead {
            first += 1;
        }
        // A job title inside the run ends the name: "Stripe Senior Backend Engineer".
        let mut end_word = last;
        let mut cut = false;
        // A run ending in a legal form is one entity, whatever job words it
        // holds: "Hays Specialist Recruitment Limited".
        let legal_entity = last > first && stop(last).suffix;
        if let Some(head) = (first..=last)
            .find(|&k| class[k].role.head)
            .filter(|_| !legal_entity)
        {
            cut = true;
            let mut k = head;
            while k > first && {
                let kind = class[k - 1].role;
                kind.level || kind.modifier
            } {
                k -= 1;
            }
            end_word = k.wrapping_sub(1);
        }
        // "the Baker Hughes Candidate Privacy Notice": the name ends before
        // the title of its notice.
        if let Some(k) = (first + 1..=end_word.min(last))
            .find(|&k| super::asides::privacy_notice(&text[words[k - 1].end..]))
        {
            end_word = k - 1;
        }
        i = next_run;
        if first > last || end_word == usize::MAX || end_word < first {
            continue;
        }
        while end_word > first && stop(end_word).suffix {
            end_word -= 1;
        }
        // "JOIN TARGET AS A …", "Apply to Akraya Today": words that end a
        // sentence, not a name.
        while end_word > first && {
            let w = doc.word(&words[end_word]);
            stop(end_word).lead
                && (w.len() <= 2 || TIME_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w)))
        } {
            end_word -= 1;
        }
        if doc.word(&words[end_word]) == "of" {
            end_word -= 1;
        }
        // A run has at most six words: one lookup each, kept on the stack.
        let mut run_stops = [Default::default(); 6];
        for (slot, k) in run_stops.iter_mut().zip(first..=end_word) {
            *slot = stop(k);
        }
        let run_stops = &run_stops[..(end_word - first + 1).min(6)];
        // "LLC" of "The Swift Group, LLC": a legal form alone names no one.
        // A label or team word vetoes the run ("Company Analysis", "Platform
        // Team"), but one that also ends company names ("Group") only makes
        // it need a strong phrase, as common words do: "The Swift Group is
        // seeking …", not "The Platform Group owns CI".
        // "Department of Veterans Affairs", "Office of Personnel
        // Management": a part's noun before "of" and a name is an
        // institution's own name, which a strong phrase may make the
        // employer.
        let institution = end_word > first + 1 && doc.word(&words[first + 1]) == "of";
        let vetoed = run_stops
            .iter()
            .enumerate()
            .any(|(k, s)| s.inside && !s.extend && !(k == 0 && institution));
        if run_stops.iter().all(|s| s.suffix) || vetoed {
            continue;
        }
        // A word that names no one alone ("Remote", "Visa", "Indeed") is
        // the employer only where its equal-opportunity statement or a
        // company label says so: "Visa is an EEO Employer".
        let alone = run_stops.iter().all(|s| s.alone || s.suffix);
        let team_like = run_stops.iter().any(|s| s.inside);
        // "T&C", "R&D", "Q&A", "P&L": business abbreviations, not names
        // (AT&T has three letters).
        if first == end_word && {
            let w = doc.word(&words[first]);
            w.contains('&') && w.chars().filter(|c| c.is_alphabetic()).count() <= 2
        } {
            continue;
        }
        // "GS-12", "R-0187342", "W-2", "ISO-27001": a code ending in its
        // number after a hyphen is a grade, a requisition, a form or a
        // standard, not a name ("7-Eleven" ends in letters).
        if first == end_word && is_code(doc.word(&words[first])) {
            continue;
        }
        let (start, end) = (words[first].start, words[end_word].end);
        // "The Company is an equal opportunity employer": a defined term.
        if alone && (first > run_start || !stated(text, start, end, vocab)) {
            continue;
        }
        let form = &text[start..end];
        let possessive = words[end_word].possessive && !cut;
        let Some((mut weight, party)) = weigh(doc, vocab, first, end_word, possessive) else {
            continue;
        };
        // A common English word ("Bachelor's", "Subject", "Career") is a
        // name only where structure says so, never on a possessive or a
        // passing phrase.
        // So is a run of nothing but common words ("North America",
        // "Embedded & Electronics", a recruiter's department).
        let all_common = (first..=end_word).all(|k| {
            let w = doc.word(&words[k]);
            w == "&" || w == "of" || vocab.english().is_common(w)
        });
        // One common word needs a strong phrase where it stands; a run of
        // them ("Bright Pay", "Home Depot") may gather support over its
        // mentions (see `group`).
        // The last name line of a signature is the firm, whatever its words
        // ("Motion Recruitment"); a line above another name may be the
        // recruiter's department.
        let signature_firm = party == Party::Agency && closes_signature(text, end);
        let common = (all_common || team_like) && weight < 4.0 && !signature_firm;
        if common && first == end_word {
            continue;
        }
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
            possessive,
            common,
            party,
        });
    }
    out
}

/// A brand its owner writes in lower case ("athenahealth", "bswift"),
/// where a phrase plainly makes it the employer: "my team at athenahealth
/// is hiring", "working with the team at bswift". Only a word that no
/// English word list and no skill knows, after "at" with a job or team word
/// before it: "data at petabyte scale" has neither.
fn lower_case_brand<'a>(doc: &Doc<'a>, vocab: &Vocab, i: usize) -> Option<Occurrence<'a>> {
    let words = &doc.words;
    let word = doc.word(&words[i]);
    let after_at = i > 0
        && doc.word(&words[i - 1]) == "at"
        && doc.text[words[i - 1].end..words[i].start] == *" ";
    if !after_at
        || word.len() < 4
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || vocab.english().zipf(word) > 0.0
        || vocab.skill_as_written(word)
        || doc.in_link(words[i].start)
    {
        return None;
    }
    let (weight, party) = weigh(doc, vocab, i, i, false)?;
    (weight >= 3.0).then(|| Occurrence {
        form: word,
        weight,
        start: words[i].start,
        end: words[i].end,
        possessive: false,
        common: false,
        party,
    })
}

/// `true` for letters, a hyphen and digits to the end: "GS-12", "W-2".
fn is_code(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, number)| {
        !head.is_empty()
            && head.bytes().all(|b| b.is_ascii_alphanumeric())
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `true` for capital initials joined by dots ("C.H", "U.S", "J.B"), the
/// last dot left out of the word.
fn is_initials(word: &str) -> bool {
    word.len() >= 3
        && word
            .split('.')
            .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// English plurals of people that take "'s" (no company is one): the
/// possessive that opens "Children's Hospital", "Women's Health", "Men's
/// Wearhouse", "People's Bank".
fn plural_of_people(word: &str) -> bool {
    ["Children", "Women", "Men", "People"].contains(&word)
}
