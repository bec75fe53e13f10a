//! Who a sentence speaks of: a text and a byte position → the sentence
//! around it, and whether that sentence is the employer describing itself
//! ("We are building a platform for digital payments", "Our customers count
//! on us for availability and scalability") rather than the job or the
//! person it wants ("You will write unit tests", "We are looking for …").

use std::ops::Range;

use super::text::is_word_char;

/// The sentence holding byte `pos`: from after the last `.`, `!`, `?` or
/// `;` followed by a space, or the line start, to the next such mark or the
/// line end.
pub fn sentence_at(text: &str, pos: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut start = pos;
    while start > 0 {
        let b = bytes[start - 1];
        if b == b'\n'
            || (matches!(bytes.get(start), Some(b' ')) && matches!(b, b'.' | b'!' | b'?' | b';'))
        {
            break;
        }
        start -= 1;
    }
    while start < pos && bytes[start] == b' ' {
        start += 1;
    }
    let mut end = pos;
    while end < bytes.len() {
        let b = bytes[end];
        if b == b'\n'
            || (matches!(b, b'.' | b'!' | b'?' | b';')
                && matches!(bytes.get(end + 1), None | Some(b' ' | b'\n')))
        {
            break;
        }
        end += 1;
    }
    start..end
}

/// Words that make the employer the speaker when a sentence opens with them.
const WRITER: &[&str] = &[
    "we", "our", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll",
];

/// Words that turn a sentence to the reader or to the hire: "you will",
/// "we are looking for", "we're hiring", "join us".
const TO_THE_HIRE: &[&str] = &[
    "you",
    "your",
    "you'll",
    "you’ll",
    "you're",
    "you’re",
    "you've",
    "you’ve",
    "looking",
    "seeking",
    "hiring",
    "join",
    "candidate",
    "candidates",
    "require",
    "requires",
    "required",
    "experience",
];

/// Verbs of the team's way of working, which the job shares: "We practice
/// test-driven development", "we use Kubernetes", "we value code review".
const WORKING: &[&str] = &[
    "practice", "practise", "use", "follow", "value", "work", "write", "apply", "embrace",
];

/// `true` when `sentence` opens with the employer as its subject — "we",
/// "our", or one of the employer's `names` — and nothing in it speaks to
/// the reader, of the hire (a job's name: `is_job_word` says "engineer",
/// "developers" are) or of how the team works.
pub fn describes_employer(
    sentence: &str,
    names: &[String],
    is_job_word: impl Fn(&str) -> bool,
) -> bool {
    let opening = sentence.trim_start_matches(|c: char| !is_word_char(c));
    let first = opening
        .split(|c: char| !(is_word_char(c) || c == '\'' || c == '’'))
        .next()
        .unwrap_or("");
    let by_writer = WRITER.iter().any(|w| w.eq_ignore_ascii_case(first))
        || names.iter().any(|name| {
            opening
                .get(..name.len())
                .is_some_and(|o| o.eq_ignore_ascii_case(name))
                && !opening[name.len()..].starts_with(is_word_char)
        });
    by_writer
        && !sentence
            .split(|c: char| !(is_word_char(c) || c == '\'' || c == '’'))
            .any(|w| {
                TO_THE_HIRE
                    .iter()
                    .chain(WORKING)
                    .any(|t| t.eq_ignore_ascii_case(w))
                    || is_job_word(w)
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn about_employer(text: &str, word: &str) -> bool {
        let at = text.find(word).expect("word in text");
        let job = |w: &str| matches!(w, "engineer" | "engineers");
        describes_employer(&text[sentence_at(text, at)], &["Quillfin".to_string()], job)
    }

    #[test]
    fn a_sentence_ends_at_its_mark_or_line() {
        let text = "Intro line\nWe build ledgers. You write Rust; we ship.\nNext";
        let at = text.find("write").expect("in text");
        assert_eq!(&text[sentence_at(text, at)], "You write Rust");
        let at = text.find("ledgers").expect("in text");
        assert_eq!(&text[sentence_at(text, at)], "We build ledgers");
        // "Node.js", "e.g.": a dot inside a word ends nothing.
        let text = "We run Node.js services at scale.";
        let at = text.find("scale").expect("in text");
        assert_eq!(
            &text[sentence_at(text, at)],
            "We run Node.js services at scale"
        );
    }

    #[test]
    fn the_employer_speaking_of_itself_is_told_from_the_job() {
        for (text, word, want) in [
            (
                "We are making the future of digital payments.",
                "payments",
                true,
            ),
            (
                "Our customers count on us for availability and scalability.",
                "scalability",
                true,
            ),
            (
                "Quillfin builds highly available ledgers.",
                "available",
                true,
            ),
            ("You will write unit tests in Python.", "unit", false),
            (
                "We are looking for experience with unit tests.",
                "unit",
                false,
            ),
            ("We value code review, and so will you.", "review", false),
            ("Build highly available services.", "available", false),
            (
                "We need an engineer to own motor control boards.",
                "motor",
                false,
            ),
            ("We practice test-driven development.", "test", false),
            (
                "Teams at Quillfin own distributed systems.",
                "distributed",
                false,
            ),
        ] {
            assert_eq!(about_employer(text, word), want, "text: {text:?}");
        }
    }
}
