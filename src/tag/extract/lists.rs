//! Labelled lists: a text → the lines where the posting itself lists its
//! skills ("Skills: Python, SQL, +8 more", Stack Overflow's "Technologies"
//! line of tags) or its industry ("Industry: Financial Services"), and the
//! items of the skill lists.
//!
//! These are the sources' own fields: an item of a skills field is a skill
//! even when the vocabulary does not know it, and a domain named in an
//! industry field is the posting's domain.

use std::ops::Range;

/// What a labelled line lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Skills,
    Industry,
}

/// One labelled list: where its items stand, and what it lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    pub items: Range<usize>,
    pub kind: ListKind,
}

/// Labels of skill lists, lower case, without the colon.
const SKILL_LABELS: &[&str] = &[
    "skills",
    "key skills",
    "top skills",
    "required skills",
    "skills required",
    "technical skills",
    "tech skills",
    "primary skills",
    "mandatory skills",
    "must have skills",
    "technologies",
    "technology",
    "tech stack",
    "our stack",
    "stack",
    "tools",
    "tools and technologies",
    "tools & technologies",
    "technology stack",
    "keywords",
];

/// Labels of industry fields.
const INDUSTRY_LABELS: &[&str] = &["industry", "industries", "sector"];

/// Every labelled list of the text, in text order.
///
/// A label either opens its line ("Skills: Go, Rust") or stands alone on a
/// line, with or without its colon, and the next line holds the items.
pub fn find(text: &str) -> Vec<List> {
    let mut out = Vec::new();
    let mut lines = text.split_inclusive('\n').scan(0, |pos, l| {
        let at = *pos;
        *pos += l.len();
        Some((at, l))
    });
    while let Some((at, raw)) = lines.next() {
        let line = raw.trim_end();
        let content = line.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '_' | '#' | '-' | '•')
        });
        if content.len() > 400 {
            continue;
        }
        let offset = at + (line.len() - content.len());
        let (label, rest, rest_at) = match content.split_once(':') {
            Some((label, rest)) => (label, rest, offset + label.len() + 1),
            None => (content, "", offset + content.len()),
        };
        let label = label
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'))
            .to_lowercase();
        let kind = if SKILL_LABELS.contains(&label.as_str()) {
            ListKind::Skills
        } else if INDUSTRY_LABELS.contains(&label.as_str()) {
            ListKind::Industry
        } else {
            continue;
        };
        let items = if !rest.trim().is_empty() {
            let lead = rest.len() - rest.trim_start().len();
            rest_at + lead..rest_at + rest.trim_end().len()
        } else {
            // The items are on the next line, when it is not a sentence.
            let Some((next_at, next)) = lines.next() else {
                break;
            };
            let next = next.trim_end();
            let words = next.split_whitespace().count();
            if words == 0 || words > 30 || next.ends_with(['.', '!', '?', ':']) {
                continue;
            }
            // A bullet opens a requirement ("Required Skills\n- 2-5 years
            // of experience in …"), not a field's line of names.
            if next.trim_start().starts_with(['-', '*', '•', '·', '–']) {
                continue;
            }
            let lead = next.len() - next.trim_start().len();
            next_at + lead..next_at + next.len()
        };
        if !items.is_empty() {
            out.push(List { items, kind });
        }
    }
    out
}

/// The items of a skills list: split at commas, semicolons, bars and
/// bullets; a line of lower-case, hyphenated tags with no separators
/// ("docker amazon-web-services ci-cd") splits at spaces. Each item is
/// trimmed; "+8 more" and empty items are dropped.
pub fn items(text: &str, list: &Range<usize>) -> Vec<Range<usize>> {
    let line = &text[list.clone()];
    let separated = line.contains([',', ';', '|', '•', '·']);
    // Lower-case tags, not a lower-case phrase: "of", "in" and "and" are
    // no one's tag.
    let tags = !separated
        && line.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || "-.#+".contains(c))
                && !crate::tag::vocab::is_minor_word(w)
        });
    let splits: &[char] = if tags {
        &[' ', '\t']
    } else {
        &[',', ';', '|', '•', '·']
    };
    let mut out = Vec::new();
    let mut at = list.start;
    for part in line.split(splits) {
        let start = at + (part.len() - part.trim_start().len());
        let item = part.trim();
        at += part.len() + 1;
        let item = item.trim_end_matches(['.', ')']).trim_start_matches(['(']);
        if item.is_empty() || item.starts_with('+') || item.eq_ignore_ascii_case("etc") {
            continue;
        }
        out.push(start..start + item.len());
    }
    out
}

/// The name an unknown item of a skills list gets: a tag written as a slug
/// ("web-services") in words ("Web Services"); anything else as written.
pub fn item_name(item: &str) -> String {
    if item.chars().any(char::is_uppercase) || !item.contains(['-', '_']) {
        if item.chars().all(|c| !c.is_uppercase()) {
            return title_case(item);
        }
        return item.to_string();
    }
    title_case(&item.replace(['-', '_'], " "))
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// `true` when an unknown item looks like the name of a skill: one to four
/// words, no sentence, no number alone.
pub fn is_skill_like(item: &str) -> bool {
    let words = item.split_whitespace().count();
    (1..=4).contains(&words)
        && item.len() <= 40
        && item.chars().any(char::is_alphabetic)
        && !item.contains(['.', '!', '?', ':', '"']) | item.contains(".js") | item.starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_lines_are_found_with_their_items() {
        let text = "Senior Engineer\nSkills: Python, SQL, Apache Beam, +8 more\nJob type:\nFull-time\n\
                    Industry:\nFinancial Services\nTechnologies\ndocker amazon-web-services ci-cd\n\
                    Technologies we love are many.\n";
        let lists = find(text);
        let shown: Vec<(&str, ListKind)> = lists
            .iter()
            .map(|l| (&text[l.items.clone()], l.kind))
            .collect();
        assert_eq!(
            shown,
            [
                ("Python, SQL, Apache Beam, +8 more", ListKind::Skills),
                ("Financial Services", ListKind::Industry),
                ("docker amazon-web-services ci-cd", ListKind::Skills),
            ]
        );
        let items: Vec<&str> = items(text, &lists[0].items)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(items, ["Python", "SQL", "Apache Beam"]);
        let tags: Vec<&str> = items_of(text, &lists[2].items);
        assert_eq!(tags, ["docker", "amazon-web-services", "ci-cd"]);
    }

    #[test]
    fn a_requirement_under_a_skills_heading_is_no_list_of_tags() {
        // A bullet under the heading.
        let text = "Required Skills\n- 2-5 years of experience in automation testing\n";
        assert_eq!(find(text), []);
        // A lower-case phrase on the field's line.
        let text = "Skills: years of experience in automation testing\n";
        let lists = find(text);
        let items: Vec<&str> = items_of(text, &lists[0].items);
        assert_eq!(items, ["years of experience in automation testing"]);
    }

    fn items_of<'a>(text: &'a str, list: &Range<usize>) -> Vec<&'a str> {
        items(text, list).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn unknown_items_get_readable_names() {
        for (item, want) in [
            ("web-services", "Web Services"),
            ("sysadmin", "Sysadmin"),
            ("TestCafe", "TestCafe"),
            ("Apache Beam", "Apache Beam"),
        ] {
            assert_eq!(item_name(item), want, "item: {item:?}");
        }
        assert!(is_skill_like("Apache Beam"));
        assert!(!is_skill_like("we use many tools every single day"));
        assert!(!is_skill_like("2021"));
    }
}
