//! Role words (`data/roles.txt`) → [`RoleWords`]: which words make up a job
//! title, and the normal form of a title.

use std::borrow::Cow;

use super::fast::{QuickFilter, WordMap, get_lower};

/// The built-in role words, compiled in.
pub const ROLES: &str = include_str!("../data/roles.txt");

/// What a word can be in a job title.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordKind {
    /// A seniority or rank word (`Senior`, `Intern`, `Director`).
    pub level: bool,
    /// A noun a title ends in (`Engineer`, `Manager`).
    pub head: bool,
    /// A word saying which kind (`Backend`, `Data`).
    pub modifier: bool,
    /// A connector kept in lower case (`of`, `and`).
    pub small: bool,
    /// A title word only as written (`=IT` in the data): "it" is no title word.
    pub exact: bool,
}

/// The role lexicon: kinds and normal forms of title words.
#[derive(Clone, Debug, Default)]
pub struct RoleWords {
    /// Lower-case word → its kinds.
    kinds: WordMap<WordKind>,
    /// Lower-case word → its written form (`sr.` → `Senior`, `ios` → `iOS`).
    forms: WordMap<String>,
    /// Levels, heads and modifiers, for a first cheap test.
    quick: QuickFilter,
}

impl RoleWords {
    /// Parses the role data; `Err` names the line that is wrong.
    pub fn parse(text: &str) -> Result<RoleWords, String> {
        let mut words = RoleWords::default();
        let mut section = "";
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "levels" | "heads" | "modifiers" | "small" => name,
                    _ => return Err(format!("roles.txt:{}: unknown section {name}", i + 1)),
                };
                continue;
            }
            let (line, exact) = match line.strip_prefix('=') {
                Some(rest) => (rest, true),
                None => (line, false),
            };
            let (word, form) = match line.split_once('=') {
                Some((w, f)) => (w.trim(), f.trim()),
                None => (line, line),
            };
            let key = word.to_lowercase();
            let kind = words.kinds.entry(key.clone()).or_default();
            kind.exact |= exact;
            match section {
                "levels" => kind.level = true,
                "heads" => kind.head = true,
                "modifiers" => kind.modifier = true,
                "small" => kind.small = true,
                _ => return Err(format!("roles.txt:{}: word before any section", i + 1)),
            }
            // Connectors are looked up only while normalising, not per word.
            if section != "small" {
                words.quick.insert(&key);
            }
            words.forms.entry(key).or_insert_with(|| form.to_string());
        }
        Ok(words)
    }

    /// The kinds of a title word (`sr.` is a level), any case.
    pub fn kind(&self, word: &str) -> WordKind {
        if !self.quick.may_contain(word) {
            return WordKind::default();
        }
        let kind = get_lower(&self.kinds, word).copied().unwrap_or_default();
        // "IT" is a title word; "it", common English, is not.
        if kind.exact && get_lower(&self.forms, word).is_none_or(|f| f != word) {
            WordKind::default()
        } else {
            kind
        }
    }

    /// Every lower-case word of the lexicon with its kinds.
    pub(super) fn kinds(&self) -> impl Iterator<Item = (&str, WordKind)> {
        self.kinds.iter().map(|(w, k)| (w.as_str(), *k))
    }

    /// `true` for a word of a title: a level, a head noun, a modifier, or
    /// the plural of a head noun (one lookup of the word itself).
    pub fn is_title_word(&self, word: &str) -> bool {
        let kind = self.kind(word);
        kind.level
            || kind.head
            || kind.modifier
            || (word.len() >= 4 && word.ends_with('s') && self.kind(&word[..word.len() - 1]).head)
    }

    /// `true` for the plural of a head noun ("designers", "Engineers"):
    /// people named by their specialty ("UX designers"), never the title
    /// of the posting.
    pub fn is_plural_head(&self, word: &str) -> bool {
        word.len() >= 4
            && word.ends_with('s')
            && !self.kind(word).head
            && self.kind(&word[..word.len() - 1]).head
    }

    /// `true` for a connector kept in lower case inside a title (`of`).
    fn is_small(&self, lower: &str) -> bool {
        self.kinds.get(lower).is_some_and(|k| k.small)
    }

    /// A title in its normal form: abbreviations spelled out, words in title
    /// case, acronyms and mixed-case words kept (`sr. ios dev` → `Senior iOS Developer`).
    pub fn normalize(&self, title: &str) -> String {
        // "DIRECTOR OF ENGINEERING" is shouted; "CICS" in "CICS Engineer" is an acronym.
        let shouted =
            !title.chars().any(char::is_lowercase) && title.split_whitespace().count() > 1;
        let mut out = String::with_capacity(title.len());
        // Whether `out` holds a word yet (a form may be empty).
        let mut started = false;
        let tokens: Vec<&str> = title
            .split(|c: char| c.is_whitespace() || c == ',')
            .map(|t| t.trim_matches(|c: char| matches!(c, '(' | ')' | ':' | ';' | '"' | '*')))
            .filter(|t| !t.is_empty() && *t != "-" && *t != "–")
            .collect();
        let mut i = 0;
        while i < tokens.len() {
            let token = tokens[i];
            let lower = token.to_lowercase();
            let word: Cow<str> = if matches!(lower.as_str(), "back" | "front")
                && tokens.get(i + 1).is_some_and(|t| t.to_lowercase() == "end")
            {
                // "Back End", "Front End" are one word in the normal form.
                i += 1;
                Cow::Borrowed(if lower == "back" {
                    "Backend"
                } else {
                    "Frontend"
                })
            } else {
                let form = self
                    .forms
                    .get(&lower)
                    .or_else(|| self.forms.get(lower.trim_end_matches('.')));
                match form {
                    Some(f) if self.is_small(&lower) && started => Cow::Owned(f.to_lowercase()),
                    Some(f) => Cow::Borrowed(f),
                    None => Cow::Owned(title_case_word(token, shouted)),
                }
            };
            if started {
                out.push(' ');
            }
            out.push_str(&word);
            started = true;
            i += 1;
        }
        out
    }
}

/// `backend` → `Backend`, `BACKEND` → `Backend`; `QA`, `DevOps`, `iOS` kept.
fn title_case_word(word: &str, shouted: bool) -> String {
    let has_lower = word.chars().any(char::is_lowercase);
    let has_upper = word.chars().any(char::is_uppercase);
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    let rest_has_upper = word.chars().skip(1).any(char::is_uppercase);
    if shouted && has_upper && !has_lower && word.chars().filter(|c| c.is_alphabetic()).count() > 3
    {
        // A shouted word, not an acronym.
        capitalize(&word.to_lowercase())
    } else if (has_upper && !has_lower) || rest_has_upper || (first_upper && has_lower) {
        word.to_string()
    } else {
        capitalize(word)
    }
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> RoleWords {
        RoleWords::parse(ROLES).expect("built-in role data parses")
    }

    #[test]
    fn normalize_spells_out_levels_and_keeps_acronyms() {
        let w = words();
        for (input, want) in [
            (
                "Sr. backend software engineer",
                "Senior Backend Software Engineer",
            ),
            ("Sr Backend Engineer", "Senior Backend Engineer"),
            ("jr. data analyst", "Junior Data Analyst"),
            ("senior ios engineer", "Senior iOS Engineer"),
            ("QA automation engineer", "QA Automation Engineer"),
            ("ml engineer", "ML Engineer"),
            ("Senior SRE", "Senior SRE"),
            ("full-stack developer", "Full Stack Developer"),
            (
                "Fullstack Software Engineer Intern",
                "Full Stack Software Engineer Intern",
            ),
            ("Front End Engineer", "Frontend Engineer"),
            ("back-end developer", "Backend Developer"),
            ("DIRECTOR OF ENGINEERING", "Director of Engineering"),
            ("Head of Product", "Head of Product"),
            ("Staff   DevOps   Engineer", "Staff DevOps Engineer"),
            ("Software Engineer II", "Software Engineer II"),
            ("Principal Product Designer", "Principal Product Designer"),
            ("devops engineer", "DevOps Engineer"),
        ] {
            assert_eq!(w.normalize(input), want, "input: {input:?}");
        }
    }

    #[test]
    fn kinds_ignore_case() {
        let w = words();
        assert!(w.kind("SENIOR").level);
        assert!(w.kind("sr.").level);
        assert!(w.kind("Engineer").head);
        assert!(w.kind("lead").level && w.kind("lead").head);
        assert!(w.kind("backend").modifier);
        assert!(w.is_small("of"));
        assert_eq!(
            w.kind("the"),
            WordKind::default(),
            "connectors are not title words"
        );
        assert_eq!(w.kind("banana"), WordKind::default());
        assert!(w.kind("IT").modifier && w.kind("qa").modifier);
        assert_eq!(w.kind("it"), WordKind::default(), "IT only as written");
    }
}
