//! Context rules of one skill form: the `~ …` part of a line of
//! `data/skills.txt` → [`Rules`], and the word lists the rules consult.
//!
//! The rules only describe; `extract::skills` applies them to a match.

/// When a match of an ambiguous form is not the skill.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rules {
    /// The previous word must put the form in a list or an object slot
    /// ("with C", "Python, R"), and the next must not continue another
    /// phrase ("C-suite", "C level", "C Corp").
    pub ctx: bool,
    /// At a sentence start or in a title-case line, reject when the next
    /// word is in [`VERB_FOLLOWERS`] ("Go ahead", "Spark joy").
    pub start: bool,
    /// Reject when the next word is one of these (lower case).
    pub not_next: Vec<String>,
    /// Reject when the previous word is one of these (lower case).
    pub not_prev: Vec<String>,
    /// Reject when the next character is one of these.
    pub not_next_char: Vec<char>,
    /// Reject when the previous character is one of these.
    pub not_prev_char: Vec<char>,
    /// Only where the posting asks for it: under a requirements heading,
    /// in a labelled skills or industry field, or after "experience in",
    /// "knowledge of", "fluent in" … (domains, spoken languages).
    pub asked: bool,
    /// Only next to another accepted skill: "RUST, GO, PYTHON" (the
    /// capitals of a name matched as written, "Rust", "Go").
    pub listed: bool,
}

impl Rules {
    /// Parses `ctx start !next=a|b !prev=c !nextc=-& !prevc=.`.
    pub fn parse(text: &str) -> Result<Rules, String> {
        let mut rules = Rules::default();
        for item in text.split_whitespace() {
            let words = |v: &str| v.split('|').map(|w| w.to_lowercase()).collect::<Vec<_>>();
            match item.split_once('=') {
                None if item == "ctx" => rules.ctx = true,
                None if item == "start" => rules.start = true,
                None if item == "asked" => rules.asked = true,
                None if item == "listed" => rules.listed = true,
                Some(("!next", v)) => rules.not_next = words(v),
                Some(("!prev", v)) => rules.not_prev = words(v),
                Some(("!nextc", v)) => rules.not_next_char = v.chars().collect(),
                Some(("!prevc", v)) => rules.not_prev_char = v.chars().collect(),
                _ => return Err(format!("unknown rule `{item}`")),
            }
        }
        Ok(rules)
    }

    /// `true` when the rules reject nothing.
    pub fn is_empty(&self) -> bool {
        *self == Rules::default()
    }
}

/// Words after which a capitalised ambiguous word at a sentence start is a
/// verb, not a skill: "Go ahead", "React to feedback", "Spark curiosity".
pub const VERB_FOLLOWERS: &[&str] = &[
    "a",
    "above",
    "across",
    "after",
    "ahead",
    "all",
    "along",
    "an",
    "any",
    "around",
    "at",
    "away",
    "back",
    "beyond",
    "big",
    "change",
    "check",
    "creativity",
    "curiosity",
    "deep",
    "deeper",
    "down",
    "every",
    "far",
    "fast",
    "find",
    "for",
    "forth",
    "forward",
    "from",
    "further",
    "get",
    "growth",
    "here",
    "home",
    "ideas",
    "in",
    "innovation",
    "interest",
    "into",
    "joy",
    "live",
    "more",
    "new",
    "now",
    "off",
    "on",
    "onto",
    "our",
    "out",
    "over",
    "public",
    "quickly",
    "see",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "this",
    "those",
    "through",
    "to",
    "together",
    "up",
    "viral",
    "where",
    "wherever",
    "wild",
    "with",
    "without",
    "your",
];

/// Previous words that put a short ambiguous form (`C`, `R`) in a list of
/// skills or in the object slot of work done with a tool: "experience with
/// C", "Python or R", "SQL against Oracle", "moving off Puppet".
pub const LIST_BEFORE: &[&str] = &[
    "about",
    "against",
    "and",
    "are",
    "as",
    "background",
    "both",
    "but",
    "code",
    "coding",
    "e.g",
    "eg",
    "either",
    "experience",
    "expertise",
    "fluency",
    "fluent",
    "i.e",
    "in",
    "including",
    "is",
    "know",
    "knowledge",
    "language",
    "languages",
    "like",
    "list",
    "lists",
    "need",
    "needs",
    "nor",
    "of",
    "off",
    "on",
    "or",
    "plus",
    "prefer",
    "proficiency",
    "proficient",
    "program",
    "programming",
    "require",
    "requires",
    "skills",
    "stack",
    "than",
    "use",
    "used",
    "uses",
    "using",
    "versus",
    "via",
    "vs",
    "while",
    "with",
    "write",
    "writing",
    "written",
];

/// Next words that make a short ambiguous form part of another phrase:
/// "C level", "Series C round", "R rating".
pub const NOT_LIST_AFTER: &[&str] = &[
    "average",
    "band",
    "class",
    "corp",
    "corporation",
    "flat",
    "grade",
    "level",
    "levels",
    "major",
    "minor",
    "note",
    "notes",
    "rank",
    "rating",
    "round",
    "score",
    "section",
    "series",
    "shares",
    "sharp",
    "stock",
    "suite",
    "type",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse_each_kind() {
        let r = Rules::parse("ctx start !next=Island|Sea !prev=East !nextc=-& !prevc=.").unwrap();
        assert!(r.ctx && r.start);
        assert_eq!(r.not_next, ["island", "sea"]);
        assert_eq!(r.not_prev, ["east"]);
        assert_eq!(r.not_next_char, ['-', '&']);
        assert_eq!(r.not_prev_char, ['.']);
        assert!(Rules::parse("").unwrap().is_empty());
        assert!(Rules::parse("nonsense").is_err());
    }

    #[test]
    fn word_lists_are_sorted_lower_case() {
        for list in [VERB_FOLLOWERS, LIST_BEFORE, NOT_LIST_AFTER] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, list, "kept sorted for readers");
            assert!(list.iter().all(|w| w.chars().all(|c| !c.is_uppercase())));
        }
    }
}
