//! The whole a part of a company belongs to: "Evernorth Health Services,
//! a division of The Cigna Group", "HII's Newport News Shipbuilding
//! division", "Eaton's Electrical Sector". A division's employer is the
//! whole; a subsidiary is an employer of its own.

use std::ops::Range;

/// Last words of the name of a part of a company ("Electrical Sector",
/// "Aerospace Group"): owned by whoever's possessive stands before it.
const PART_NAMES: &[&str] = &["Division", "Sector", "Segment", "Unit", "Business", "Group"];

/// Where the text names the whole that `name` is a division of: "`name`,
/// a division of Y", "Y's `name` division", "Y's Electrical Sector".
/// `at` holds where the text writes `name` (see [`occurrences`]).
pub(super) fn division_of(text: &str, name: &str, at: &[usize]) -> Option<Range<usize>> {
    // "Eaton's Electrical Sector": the name itself says it is a part.
    let part = name
        .rsplit(' ')
        .next()
        .is_some_and(|w| PART_NAMES.iter().any(|p| p.eq_ignore_ascii_case(w)))
        && name.contains(' ');
    for &i in at {
        if let Some(from) = appositive_part(&text[i + name.len()..]) {
            let from = i + name.len() + from;
            let len = name_run(&text[from..]);
            if len > 0 {
                return Some(from..from + len);
            }
        }
    }
    for &i in at {
        let Some(owner) = text[..i]
            .strip_suffix("'s ")
            .or_else(|| text[..i].strip_suffix("’s "))
        else {
            continue;
        };
        let after = &text[i + name.len()..];
        if !(part || after.starts_with(" division") || after.starts_with(" business unit")) {
            continue;
        }
        // The owner's name: the capitalised words before its possessive.
        let start = owner
            .rfind(|c: char| !(c.is_alphanumeric() || c == '&' || c == '.' || c == '-'))
            .map_or(0, |k| k + 1);
        let word = &owner[start..];
        if word.starts_with(char::is_uppercase) {
            return Some(start..owner.len());
        }
    }
    None
}

/// Where the text writes `name`, in order and without overlaps: one scan
/// of the text for both [`division_of`] and [`subsidiary_of`].
pub(super) fn occurrences(text: &str, name: &str) -> Vec<usize> {
    if name.is_empty() {
        return Vec::new();
    }
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).collect()
}

/// Nouns of a part of a company that is not a company of its own: the
/// employer of "X, a division of Y" is Y. A subsidiary is an employer in
/// its own right and is not among them.
const PART_OF: &[&str] = &[
    "arm",
    "business",
    "division",
    "organisation",
    "organization",
    "segment",
    "unit",
];

/// Where the whole's name starts in `after`, the text after a name, when it
/// opens with an appositive naming the name a part of it: ", a division of
/// ", ", a business unit of ", ", the data and digital organization of ".
/// At most five lower-case words stand between the article and "of", the
/// last a noun of `PART_OF`.
fn appositive_part(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(',')?;
    // Words with their offsets in `after`, across a wrapped line and its
    // quote marks ("the data and digital\n> > organization of").
    let mut words = rest
        .split_ascii_whitespace()
        .filter(|w| !w.bytes().all(|b| b == b'>'))
        .map(|w| (w.as_ptr() as usize - after.as_ptr() as usize, w));
    if !matches!(words.next()?.1, "a" | "an" | "the") {
        return None;
    }
    let mut last = "";
    for _ in 0..6 {
        let (_, word) = words.next()?;
        if word == "of" {
            return PART_OF
                .contains(&last)
                .then(|| words.next().map(|(at, _)| at))?;
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && word != "&" {
            return None;
        }
        last = word;
    }
    None
}

/// Where the text names a subsidiary of `name` by the appositive its
/// owner's name stands in: "Sikorsky, a Lockheed Martin company, is
/// seeking …", "Instagram, a Meta company". A subsidiary is an employer
/// of its own, whatever its owner's equal-opportunity line says. `at`
/// holds where the text writes `name` (see [`occurrences`]).
pub(super) fn subsidiary_of(text: &str, name: &str, at: &[usize]) -> Option<Range<usize>> {
    for article in [", a ", ", an "] {
        for &n in at {
            if !(text[..n].ends_with(article) && text[n + name.len()..].starts_with(" company")) {
                continue;
            }
            let i = n - article.len();
            // The name before the comma: capitalised words on its line.
            let line = text[..i].rfind('\n').map_or(0, |p| p + 1);
            let run = text[line..i]
                .rsplit(' ')
                .take_while(|w| w.starts_with(|c: char| c.is_uppercase()) || *w == "&")
                .take(5)
                .map(|w| w.len() + 1)
                .sum::<usize>();
            if run > 1 {
                return Some(i + 1 - run..i);
            }
        }
    }
    None
}

/// The length of the name that opens `text`: its capitalised words, with
/// "The", "&" and "of" inside ("The Cigna Group", "Bank of America").
fn name_run(text: &str) -> usize {
    let mut len = 0;
    let mut at = 0;
    for word in text.split(' ') {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let capital = bare.starts_with(|c: char| c.is_uppercase());
        if !(capital || (len > 0 && matches!(bare, "&" | "of"))) || bare.is_empty() {
            break;
        }
        if capital {
            len = at + bare.len();
        }
        if bare.len() != word.len() {
            break;
        }
        at += word.len() + 1;
    }
    len
}

/// `true` when `before` (the line up to a name) ends with a job title
/// that an article opens and ", " or " - " closes: "The Sr. Analyst,
/// Pricing & Promotions Analytics owns …", "hiring a Senior Scientist,
/// Computational Biology to …". What follows is the title's area, a part
/// of the employer and not its name. A signature's "Technical Recruiter,
/// Belcan" has no article.
pub(super) fn after_title(before: &str, vocab: &crate::tag::vocab::Vocab) -> bool {
    let Some(title) = [", ", " - ", " – "]
        .iter()
        .find_map(|sep| before.strip_suffix(sep))
    else {
        return false;
    };
    let from = [" a ", " an ", " the ", " A ", " An ", " The "]
        .iter()
        .filter_map(|a| title.rfind(a).map(|i| i + a.len()))
        .chain(
            ["A ", "An ", "The "]
                .iter()
                .filter(|a| title.starts_with(**a))
                .map(|a| a.len()),
        )
        .max();
    let Some(from) = from else {
        return false;
    };
    let title = &title[from..];
    crate::tag::title::parse(title, vocab).is_some_and(|t| t.end == title.len())
}
