//! The words in a text that can start a field said in prose → their byte
//! ranges: a currency sign or code, "remote", "hybrid", "on-site", "in the
//! office", "based in", "office", "full-time", "contract", "intern", "http",
//! "posted". One Aho-Corasick pass, each match kept only as a whole word
//! (not "intern" in "internal"), codes only in capitals ("EUR", not the
//! "eur" of "Europe").

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// What a trigger may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// A currency sign or code: a salary.
    Money,
    /// Where the work is done.
    Remote,
    /// Where the job is.
    Place,
    /// The kind of employment.
    Work,
    /// A web address.
    Url,
    /// "posted": a posting date may follow.
    Posted,
}

/// The words and phrases, in the order ties are broken ("remotely" before
/// "remote", "contractor" before "contract").
const WORDS: &[(&str, Trigger)] = &[
    ("$", Trigger::Money),
    ("€", Trigger::Money),
    ("£", Trigger::Money),
    ("₹", Trigger::Money),
    ("¥", Trigger::Money),
    ("₩", Trigger::Money),
    ("lpa", Trigger::Money),
    ("remotely", Trigger::Remote),
    ("remote", Trigger::Remote),
    ("hybrid", Trigger::Remote),
    ("on-site", Trigger::Remote),
    ("onsite", Trigger::Remote),
    ("on site", Trigger::Remote),
    ("in-office", Trigger::Remote),
    ("in office", Trigger::Remote),
    ("in the office", Trigger::Remote),
    ("in-person", Trigger::Remote),
    ("in person", Trigger::Remote),
    ("work from home", Trigger::Remote),
    ("wfh", Trigger::Remote),
    ("work from office", Trigger::Remote),
    ("based in", Trigger::Place),
    ("based out of", Trigger::Place),
    ("located in", Trigger::Place),
    ("relocate to", Trigger::Place),
    ("office", Trigger::Place),
    ("headquarters", Trigger::Place),
    ("full-time", Trigger::Work),
    ("full time", Trigger::Work),
    ("part-time", Trigger::Work),
    ("part time", Trigger::Work),
    ("contractor", Trigger::Work),
    ("contract", Trigger::Work),
    ("internship", Trigger::Work),
    ("intern", Trigger::Work),
    ("temporary", Trigger::Work),
    ("fixed-term", Trigger::Work),
    ("freelance", Trigger::Work),
    ("https://", Trigger::Url),
    ("http://", Trigger::Url),
    ("posted", Trigger::Posted),
];

/// The words, then every currency code (`NOK 850 000`).
static PATTERNS: LazyLock<Vec<(&str, Trigger)>> = LazyLock::new(|| {
    let codes = crate::parse::salary::CODES
        .iter()
        .map(|c| (*c, Trigger::Money));
    WORDS.iter().copied().chain(codes).collect()
});

static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(PATTERNS.iter().map(|(p, _)| p))
        .expect("the trigger patterns are valid")
});

/// Calls `hit(start, end, trigger)` for each trigger in `text`, in order,
/// never overlapping.
pub fn each(text: &str, mut hit: impl FnMut(usize, usize, Trigger)) {
    let b = text.as_bytes();
    for m in SEARCH.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        let (pattern, trigger) = PATTERNS[m.pattern().as_usize()];
        let first = b[start];
        if first.is_ascii_alphabetic() {
            let alone = (start == 0 || !b[start - 1].is_ascii_alphabetic())
                && (pattern.ends_with('/') || b.get(end).is_none_or(|c| !c.is_ascii_alphabetic()));
            // A code counts in capitals only: "EUR", not "eur".
            let code = trigger == Trigger::Money && pattern != "lpa";
            if !alone || (code && !b[start..end].iter().all(u8::is_ascii_uppercase)) {
                continue;
            }
        }
        let end = if trigger == Trigger::Url {
            start + 4 + usize::from(b[start + 4] == b's')
        } else {
            end
        };
        hit(start, end, trigger);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(&str, Trigger)> {
        let mut out = Vec::new();
        each(text, |a, b, t| out.push((&text[a..b], t)));
        out
    }

    #[test]
    fn triggers_and_their_phrases() {
        use Trigger::*;
        let text = "A Remote role, hybrid (2 days in the office), based in Austin; $120k or €90k \
                    or NOK 800 000; full-time, not contractors; see https://x.example posted today.";
        assert_eq!(
            all(text),
            [
                ("Remote", Remote),
                ("hybrid", Remote),
                ("in the office", Remote),
                ("based in", Place),
                ("$", Money),
                ("€", Money),
                ("NOK", Money),
                ("full-time", Work),
                ("https", Url),
                ("posted", Posted),
            ]
        );
    }

    #[test]
    fn words_inside_longer_words_are_not_triggers() {
        for text in [
            "internal international internet",
            "Europe neural country entry usd",
            "offices officer",
            "remotes hybrids",
            "in officer",
            "Europe neural country entry",
            "contracts contracted",
        ] {
            assert_eq!(all(text), [], "text: {text:?}");
        }
    }
}
