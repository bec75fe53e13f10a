//! The role words and the name stops → one [`WordTable`]: what a word of a
//! text can be (a title word, a name stop), found with one cheap test and
//! at most one lookup instead of several a rule.
//!
//! Extraction classifies every word of every document once (see
//! `extract::text::Doc`), and its rules read the class instead of asking
//! the lists again, so this lookup decides much of the throughput. It gives
//! exactly what [`RoleWords`] and [`NameStops`] give.

use super::fast::{AsciiMap, QUICK_LEN};
use super::names::{NameStops, Stop};
use super::roles::{RoleWords, WordKind};

/// What one word of a text can be, as written (case included).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordClass {
    /// [`RoleWords::kind`] of the word.
    pub role: WordKind,
    /// [`RoleWords::is_title_word`].
    pub title_word: bool,
    /// [`RoleWords::is_plural_head`].
    pub plural_head: bool,
    /// [`NameStops::get`].
    pub stop: Stop,
    /// Can be part of a name: capitalised (`TikTok`), a digit then letters
    /// (`3M`), or lower case then a capital (`eBay`).
    pub name_word: bool,
    /// A form of a verb a skill's name nominalises ("model", "gathered":
    /// see `verbs.rs`).
    pub verb: bool,
}

/// The lists' answers for one lower-case word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Entry {
    role: WordKind,
    /// The role kind of the word without its last letter, an `s`.
    singular: WordKind,
    stop: Stop,
}

/// The classes of one lower-case word, made when the table is built so a
/// lookup only picks one: as written without a final lower-case `s`, and
/// with one (its singular's kind then counts). `name_word` is left unset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Classes {
    plain: WordClass,
    plural: WordClass,
    /// A kind that holds only as written (`=IT` in the data): such a word
    /// is asked of the lists themselves.
    exact: bool,
}

impl Classes {
    fn of(entry: Entry) -> Classes {
        let class = |singular: WordKind| WordClass {
            role: entry.role,
            title_word: entry.role.level || entry.role.head || entry.role.modifier || singular.head,
            plural_head: !entry.role.head && singular.head,
            stop: entry.stop,
            name_word: false,
            verb: false,
        };
        Classes {
            plain: class(WordKind::default()),
            plural: class(entry.singular),
            exact: entry.role.exact || entry.singular.exact,
        }
    }
}

/// The words the lists answer for, and every role word with an `s` added.
#[derive(Clone, Debug, Default)]
pub struct WordTable {
    entries: AsciiMap<Classes>,
}

impl WordTable {
    /// The table of both lists, keyed as each keys its own.
    pub fn new(roles: &RoleWords, stops: &NameStops) -> WordTable {
        let mut entries: AsciiMap<Entry> = AsciiMap::default();
        // `RoleWords::kind` answers only for levels, heads and modifiers
        // (connectors, "of", are read while normalising), of fewer than
        // `QUICK_LEN` bytes; so does `NameStops::get`.
        let listed = |w: &str| w.len() < QUICK_LEN;
        for (word, kind) in roles
            .kinds()
            .filter(|(w, k)| listed(w) && (k.level || k.head || k.modifier))
        {
            if let Some(e) = entries.entry_or_default(word) {
                e.role = kind;
            }
            if let Some(e) = entries.entry_or_default(&format!("{word}s")) {
                e.singular = kind;
            }
        }
        for (word, stop) in stops.words().filter(|(w, _)| listed(w)) {
            if let Some(e) = entries.entry_or_default(word) {
                e.stop = stop;
            }
        }
        WordTable {
            entries: entries.map(Classes::of),
        }
    }

    /// Marks the forms of the verbs skills' names nominalise (lower case).
    pub fn mark_verbs<'a>(&mut self, verbs: impl IntoIterator<Item = &'a str>) {
        for verb in verbs {
            if let Some(classes) = self.entries.entry_or_default(verb) {
                classes.plain.verb = true;
                classes.plural.verb = true;
            }
        }
    }

    /// The class of a word as written.
    pub fn class(&self, word: &str, roles: &RoleWords, stops: &NameStops) -> WordClass {
        if !word.is_ascii() {
            // Rare; lower-casing may change its length, which the lists'
            // cheap tests see: ask the lists themselves.
            return WordClass {
                role: roles.kind(word),
                title_word: roles.is_title_word(word),
                plural_head: roles.is_plural_head(word),
                stop: stops.get(word),
                name_word: is_name_word(word),
                verb: false,
            };
        }
        let name_word = is_ascii_name_word(word.as_bytes());
        // An ASCII word found here passes the lists' own cheap tests: same
        // length and letters as its key.
        let Some(classes) = self.entries.get_ascii(word) else {
            return WordClass {
                name_word,
                ..WordClass::default()
            };
        };
        // The lists read a word's singular only past three letters and a
        // lower-case `s`.
        let plural = word.len() >= 4 && word.ends_with('s');
        let class = if classes.exact {
            // A word kept only as written ("IT", not "it") is rare, and
            // asked of the lists themselves.
            let role = roles.kind(word);
            let singular = if plural {
                roles.kind(&word[..word.len() - 1])
            } else {
                WordKind::default()
            };
            WordClass {
                role,
                title_word: role.level || role.head || role.modifier || singular.head,
                plural_head: !role.head && singular.head,
                stop: classes.plain.stop,
                name_word: false,
                verb: classes.plain.verb,
            }
        } else if plural {
            classes.plural
        } else {
            classes.plain
        };
        WordClass { name_word, ..class }
    }
}

/// `true` for a word that can be part of a name: `TikTok`, `3M`, `eBay`;
/// not an ordinal ("2nd shift").
pub fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_ascii_digit() => {
            word.chars().any(char::is_alphabetic) && !is_ordinal(word.as_bytes())
        }
        Some(c) if c.is_lowercase() => chars.next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// [`is_name_word`] of an ASCII word.
fn is_ascii_name_word(word: &[u8]) -> bool {
    match word.first() {
        Some(c) if c.is_ascii_uppercase() => true,
        Some(c) if c.is_ascii_digit() => {
            word.iter().any(u8::is_ascii_alphabetic) && !is_ordinal(word)
        }
        Some(c) if c.is_ascii_lowercase() => word.get(1).is_some_and(u8::is_ascii_uppercase),
        _ => false,
    }
}

/// `true` for a number with an ordinal suffix: `1st`, `2nd`, `3RD`, `24th`.
fn is_ordinal(word: &[u8]) -> bool {
    let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
    let suffix = &word[digits..];
    digits > 0
        && [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(*s))
}

/// `true` for the articles, conjunctions and short prepositions that title
/// case leaves in lower case ("Ruby on Rails", "Internet of Things").
pub fn is_minor_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "and"
            | "as"
            | "at"
            | "for"
            | "in"
            | "of"
            | "on"
            | "or"
            | "the"
            | "to"
            | "with"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::vocab::{names, roles};

    /// Every word of the lists in several cases, with and without an `s`,
    /// and some others: the table answers what the lists answer.
    #[test]
    fn classes_are_what_the_lists_say() {
        let roles = RoleWords::parse(roles::ROLES).expect("role data parses");
        let stops = NameStops::parse(names::NOT_COMPANIES).expect("name list parses");
        let table = WordTable::new(&roles, &stops);
        let mut words: Vec<String> = [
            "IT",
            "it",
            "It",
            "ITs",
            "Engineers",
            "ENGINEERS",
            "Zoë’s",
            "3M",
            "3",
            "eBay",
            "ebay",
            "We’re",
            "",
        ]
        .map(String::from)
        .to_vec();
        let listed: Vec<String> = roles
            .kinds()
            .map(|(w, _)| w.to_string())
            .chain(stops.words().map(|(w, _)| w.to_string()))
            .collect();
        for word in listed {
            let capital: String = word
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(word.chars().skip(1))
                .collect();
            let upper = word.to_uppercase();
            words.extend([format!("{word}s"), format!("{capital}s"), capital]);
            words.extend([format!("{upper}S"), upper, word]);
        }
        for word in &words {
            let want = WordClass {
                role: roles.kind(word),
                title_word: roles.is_title_word(word),
                plural_head: roles.is_plural_head(word),
                stop: stops.get(word),
                name_word: is_name_word(word),
                // No verb is marked in this table.
                verb: false,
            };
            assert_eq!(table.class(word, &roles, &stops), want, "word: {word:?}");
        }
    }

    #[test]
    fn marked_verbs_are_known_in_any_case_and_keep_their_classes() {
        let roles = RoleWords::parse(roles::ROLES).expect("role data parses");
        let stops = NameStops::parse(names::NOT_COMPANIES).expect("name list parses");
        let mut table = WordTable::new(&roles, &stops);
        let before = table.class("Engineering", &roles, &stops);
        table.mark_verbs(["gather", "engineering"]);
        for word in ["gather", "Gather", "GATHER"] {
            assert!(table.class(word, &roles, &stops).verb, "word: {word:?}");
        }
        assert!(!table.class("gathers", &roles, &stops).verb);
        let after = table.class("Engineering", &roles, &stops);
        assert_eq!(
            after,
            WordClass {
                verb: true,
                ..before
            }
        );
    }

    #[test]
    fn name_words_are_capitalised_or_mixed() {
        for (word, want) in [
            ("TikTok", true),
            ("3M", true),
            ("eBay", true),
            ("Émile", true),
            ("éBay", true),
            ("42", false),
            ("ebay", false),
            ("", false),
        ] {
            assert_eq!(is_name_word(word), want, "word: {word:?}");
            if word.is_ascii() {
                assert_eq!(is_ascii_name_word(word.as_bytes()), want, "word: {word:?}");
            }
        }
    }
}
