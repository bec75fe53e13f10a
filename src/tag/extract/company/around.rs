//! Where a name stands, as the weights read it: a line of its own (a
//! legal name, a signature's firm under the writer's title), a person's
//! headline in brackets, the first lines of prose or of a section about
//! the employer, and the writer's own words around it.

use super::super::layout::SectionKind;
use super::super::text::{self, Doc};
use super::phrases::*;
use crate::tag::vocab::Vocab;

/// `true` when `text[start..end]` and a legal form after it are a line of
/// their own: "Humana Inc.", "The Swift Group, LLC", or its first cell
/// ("CrowdStrike, Inc. | Austin, TX" in a signature).
pub(super) fn legal_line(text: &str, start: usize, end: usize, vocab: &Vocab) -> bool {
    // The legal form first: the line around is looked for only then.
    if skip_legal_form(&text[end..], vocab).len() == text.len() - end {
        return false;
    }
    // Only spaces, markup and "The" may stand before the name on its line:
    // a line start further back than that is not looked for.
    let Some(line_start) = text::line_start_within(text, start, LINE_LEAD) else {
        return false;
    };
    let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    let rest = &text[end..line_end];
    let past = skip_legal_form(rest, vocab);
    let past = past.trim_matches(|c: char| c.is_whitespace() || c == '.');
    past.len() < rest.len()
        && (past.is_empty() || past.starts_with('|'))
        && text[line_start..start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#'))
            .trim_end_matches("The")
            .trim()
            .is_empty()
}

/// `true` when `text[start..end]` is a line of its own whose line before
/// is a job title: the employer in a signature. A signature ends a message:
/// the title line never opens the text ("SQL Developer\nFull-time").
pub(super) fn signs_off(text: &str, start: usize, end: usize, vocab: &Vocab) -> bool {
    let Some(line_start) = text::line_start_within(text, start, LINE_LEAD) else {
        return false;
    };
    let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    let own_line = text[line_start..start].trim().is_empty()
        && skip_legal_form(&text[end..line_end], vocab)
            .trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ',')
            .is_empty();
    if !own_line || line_start == 0 {
        return false;
    }
    let before = text[..line_start - 1].trim_end();
    let Some(prev_start) = before.rfind('\n') else {
        return false;
    };
    crate::tag::title::parse(before[prev_start + 1..].trim(), vocab).is_some()
        && !before[..prev_start].trim().is_empty()
}

/// `true` when the name at `start` closes a bracket opened right after a
/// person's name: "Dana Whitfield (Data Analyst at Lowe's)". The bracket
/// holds that person's headline, whoever the person is; its employer is
/// not the job's.
pub(super) fn headline(text: &str, start: usize) -> bool {
    let from = text::line_start_within(text, start, 80).unwrap_or(start.saturating_sub(80));
    let Some(open) = text[from..start].rfind('(') else {
        return false;
    };
    let open = from + open;
    if text[open..start].contains(')') {
        return false;
    }
    // Two capitalised words, neither a common word: a first and last name.
    let mut before = text[..open].trim_end().rsplit(' ');
    let person = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.len() >= 2
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
    };
    person(before.next()) && person(before.next())
}

/// `true` when a bracket closes right before `at` (the word "for") and a
/// job title's head word opens it: "hiring a Backend Engineer (Java/Kafka)
/// for J.B. Hunt".
pub(super) fn bracket_after_head(text: &str, at: usize, vocab: &Vocab) -> bool {
    let Some(inner) = text[..at].trim_end().strip_suffix(')') else {
        return false;
    };
    // The bracket opens on its line, at most 60 bytes back.
    let from = text::line_start_within(text, inner.len(), 60).unwrap_or_else(|| {
        let mut from = inner.len() - 60;
        while !text.is_char_boundary(from) {
            from += 1;
        }
        from
    });
    let Some(open) = inner[from..].rfind('(') else {
        return false;
    };
    inner[..from + open]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| vocab.role_words().kind(w).head)
}

/// `text` past a legal form that follows a name: ", Inc. is …" → " is …".
pub(super) fn skip_legal_form<'a>(text: &'a str, vocab: &Vocab) -> &'a str {
    // "Best Buy Co., Inc. is …": the name's own abbreviation, then a form.
    if let Some(rest) = text.strip_prefix('.') {
        let past = skip_one_legal_form(rest, vocab);
        if past.len() < rest.len() {
            return past;
        }
    }
    skip_one_legal_form(text, vocab)
}

fn skip_one_legal_form<'a>(text: &'a str, vocab: &Vocab) -> &'a str {
    let rest = text.strip_prefix(',').unwrap_or(text);
    let trimmed = rest.trim_start();
    let word_end = trimmed
        .find(|c: char| !(c.is_alphanumeric() || c == '.'))
        .unwrap_or(trimmed.len());
    let word = trimmed[..word_end].trim_end_matches('.');
    if !word.is_empty() && vocab.name_stops().get(word).suffix {
        &trimmed[word_end..]
    } else {
        text
    }
}

/// `true` when the lines after the one holding `end`, up to a blank line
/// or the end, are contact details (an address, a phone, a mail or web
/// address): a signature closes with the firm's name and its contacts.
pub(super) fn closes_signature(text: &str, end: usize) -> bool {
    let Some(next) = text[end..].find('\n') else {
        return true;
    };
    text[end + next + 1..]
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .all(|l| l.contains(|c: char| c.is_ascii_digit()) || l.contains('@') || l.contains("www."))
}

/// `true` when `start` opens a line and no line before it is prose: the
/// lines above are a job board's title, place and terms ("Product
/// Engineer", "Remote (North America, Europe)", "$180K – $220K"). The
/// layout finds the first line of prose once, so a text of many lines
/// costs no more per name than a short one.
pub(super) fn opens_prose(doc: &Doc, start: usize) -> bool {
    let text = doc.text;
    let Some(line_start) = text::line_start_within(text, start, LINE_LEAD) else {
        return false;
    };
    text[line_start..start].trim().is_empty() && line_start <= doc.layout.prose_start
}

/// `true` when the sentence that `after` continues speaks in the first
/// person plural anywhere.
pub(super) fn first_person_sentence(after: &str) -> bool {
    let end = after.find(['.', '!', '?', '\n']).unwrap_or(after.len());
    after[..end]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| lower_in(FIRST_PERSON, w))
}

/// `true` when the sentence after the one that `after` continues opens in
/// the first person plural: "… that teams love. We are a fully remote company".
pub(super) fn speaks_as_writer_next(after: &str) -> bool {
    let Some(end) = after.find(['.', '!', '?', '\n']) else {
        return false;
    };
    let next = after[end..]
        .trim_start_matches(['.', '!', '?'])
        .strip_prefix(' ')
        .unwrap_or("");
    ["We ", "We're ", "We’re ", "Our "]
        .iter()
        .any(|w| next.starts_with(w))
}

/// `true` when `start` begins the first line of text under a heading about
/// the employer ("About us", "Company Overview", "Who we are").
pub(super) fn opens_about_section(doc: &Doc, start: usize) -> bool {
    let Some(section) = doc
        .layout
        .section_at(start)
        .filter(|s| s.kind == SectionKind::About)
    else {
        return false;
    };
    // Past the heading's line, then blank lines and list or emphasis marks.
    let text = doc.text;
    let Some(body) = text[section.range.start..start].find('\n') else {
        return false;
    };
    text[section.range.start + body..start]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '>'))
        .is_empty()
}

/// `true` when the lowercased text before a name ends as a writer says who
/// they are with: "This is Chris with ", "I'm Priya from ".
pub(super) fn introduces_writer(before: &str) -> bool {
    let Some(rest) = ["with ", "from "]
        .iter()
        .find_map(|p| before.strip_suffix(p))
    else {
        return false;
    };
    let Some((intro, name)) = rest.trim_end().rsplit_once(' ') else {
        return false;
    };
    name.chars().all(char::is_alphabetic)
        && ["this is", "i'm", "i’m", "i am", "it's", "it’s"]
            .iter()
            .any(|i| intro.ends_with(i))
}

/// How far back the start of a name's line is looked for when only blank
/// space, markup or "The" may stand between: further back, the name does
/// not open its line.
const LINE_LEAD: usize = 80;
