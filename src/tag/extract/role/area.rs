//! What a text writes around a title found in its body: the title's area
//! after it ("The Sr. Analyst, Pricing & Promotions Analytics owns …"),
//! read as a header title's area is, a grade in digits after its head
//! ("Engineer 3") and the term an internship runs before it ("Summer 2027
//! Intern").

use super::super::text::Doc;
use crate::tag::vocab::Vocab;

/// Where the area after a title ends: ", " or " - " then at most five
/// capitalised words ("&", "and", "of" between), then a lower-case word,
/// a bracket or the line's end. `None` when no such area follows, or when
/// it holds another title's head ("Data Engineer, Data Scientist and …").
pub(super) fn area_end(text: &str, end: usize, vocab: &Vocab) -> Option<usize> {
    let rest = &text[end..];
    let after = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(" - "))
        .or_else(|| rest.strip_prefix(" – "))?;
    let mut at = rest.len() - after.len();
    let after = &after[..after.find('\n').unwrap_or(after.len())];
    let mut last = None;
    for (n, word) in after.split(' ').enumerate() {
        let bare = word.trim_end_matches(['.', ',', ';', ':']);
        let joined = matches!(bare, "&" | "and" | "of");
        let capital = bare.starts_with(|c: char| c.is_uppercase());
        if n >= 5 || !(capital || (joined && n > 0)) || vocab.role_words().kind(bare).head {
            break;
        }
        if capital {
            last = Some(end + at + bare.len());
        }
        if bare.len() != word.len() {
            break;
        }
        at += word.len() + 1;
    }
    let last = last?;
    // What follows: a lower-case word, a bracket, a sentence's or line's end.
    let next = text[last..].chars().find(|c| *c != ' ');
    let closes = match next {
        None | Some('\n' | '(' | '.' | ',' | ';' | ':') => true,
        Some(c) => c.is_lowercase(),
    };
    closes.then_some(last)
}

/// What stands before a title on its line, without the term an internship
/// runs ("Summer 2027 Intern – Data Analytics"): a year, and the season
/// before it.
pub(super) fn without_term(before: &str) -> &str {
    let trimmed = before.trim_end();
    let (rest, year) = trimmed.rsplit_once(' ').unwrap_or(("", trimmed));
    if !crate::tag::title::is_year(year) {
        return before;
    }
    match rest.rsplit_once(' ').unwrap_or(("", rest)) {
        (head, season) if crate::tag::title::is_season(season) => head,
        _ => rest,
    }
}

/// `true` when the word after `k`, one space on, is a grade in digits
/// ("Engineer 3") and nothing after it makes it a count ("2+ years",
/// "3 days a week", "1.5").
pub(super) fn grade_after(doc: &Doc, k: usize) -> bool {
    let words = &doc.words;
    let Some(next) = words.get(k + 1) else {
        return false;
    };
    if &doc.text[words[k].end..next.start] != " "
        || !matches!(doc.word(next), "1" | "2" | "3" | "4")
    {
        return false;
    }
    let rest = &doc.text[next.end..];
    let count = rest.starts_with(['+', '.', '-', '%', '/', ','])
        || rest.split_whitespace().next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || crate::tag::title::is_unit(w)
                || ["or", "to", "and"]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w))
        });
    !count
}
