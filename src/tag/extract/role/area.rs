//! What a text writes after a title found in its body: the title's area
//! ("The Sr. Analyst, Pricing & Promotions Analytics owns …"), read as a
//! header title's area is.

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
