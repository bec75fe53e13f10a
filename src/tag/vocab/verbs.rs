//! Skills named as a nominal compound → the verb phrases they nominalise:
//! "Data Modeling" is also "model data", "Requirements Gathering" "gather
//! requirements", "Code Review" "review code". Built once from the
//! vocabulary's own forms: a form of two or three words whose last word is
//! one of [`HEADS`] gives its verb, in every inflection, and the words
//! before the head as its object.

use super::fast::{WordMap, get_lower};

/// Heads of skills' names that nominalise a verb, with the verb. Only the
/// heads whose verb phrase, where the dev postings write it, names the
/// skill their labels give more often than not: "gather requirements" is
/// labelled Requirements Gathering in 4 postings of 6, "model data" Data
/// Modeling in 4 of 7, "automated tests" Test Automation in 4 of 6. Left
/// out: "manage" (Project, Secrets, Configuration Management: 2 of 11),
/// "design" (System, API, Database Design: 1 of 9), "test" (1 of 5),
/// "develop" (1 of 4), "analyze", "validate", "engineer" (0 of 11), "deploy",
/// "optimize", "monitor", "plan": such a verb says what the job does, not a
/// skill asked for by name. And "tune": "tune queries" is labelled Query
/// Tuning where the vocabulary names Query Optimization, and SkillSpan's
/// annotators leave "tuning queries" unmarked. A plural head names events,
/// not a practice: "review designs" is never labelled Design Reviews (0 of
/// 2 dev postings, 0 of 162 gen-corpus documents), while "review code" is
/// Code Review, whose singular form gives it.
const HEADS: &[(&str, &str)] = &[
    ("automation", "automate"),
    ("documentation", "document"),
    ("gathering", "gather"),
    ("migration", "migrate"),
    ("migrations", "migrate"),
    ("modeling", "model"),
    ("modelling", "model"),
    ("review", "review"),
    ("segmentation", "segment"),
];

/// `true` when the last word of a skill's form is one of [`HEADS`].
pub(crate) fn has_head(form: &str) -> bool {
    form.rsplit(' ')
        .next()
        .is_some_and(|w| verb_of(w).is_some())
}

/// The verb of a skill's head, when the head is one of [`HEADS`].
fn verb_of(head: &str) -> Option<&'static str> {
    HEADS
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(head))
        .map(|(_, v)| *v)
}

/// Every inflection of a regular verb of [`HEADS`]: "model", "models",
/// "modeled", "modeling", and the British "modelled", "modelling";
/// "migrate", "migrates", "migrated", "migrating".
pub(crate) fn inflections(verb: &str) -> Vec<String> {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    let mut all = vec![
        verb.to_string(),
        format!("{verb}s"),
        format!("{stem}ed"),
        format!("{stem}ing"),
    ];
    if verb.ends_with('l') {
        all.extend([format!("{verb}led"), format!("{verb}ling")]);
    }
    all
}

/// A noun and its other number: "requirements" ↔ "requirement",
/// "query" ↔ "queries", "schema" ↔ "schemas".
pub(crate) fn numbers(noun: &str) -> [String; 2] {
    let other = if let Some(one) = noun.strip_suffix("ies") {
        format!("{one}y")
    } else if let Some(one) = noun.strip_suffix('s').filter(|_| !noun.ends_with("ss")) {
        one.to_string()
    } else if let Some(stem) = noun
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']))
    {
        format!("{stem}ies")
    } else if noun.ends_with(['x', 's']) || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    };
    [noun.to_string(), other]
}

/// One verb phrase that names a skill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// The object's words in lower case, but for the last.
    pub modifiers: Box<[Box<str>]>,
    /// The object's last word, lower case, in either number.
    pub noun: [Box<str>; 2],
    pub skill: u32,
}

impl Phrase {
    /// The number of words of the object.
    pub fn len(&self) -> usize {
        self.modifiers.len() + 1
    }

    /// `true` when `words` (any case) are this object.
    pub fn is_object(&self, words: &[&str]) -> bool {
        let Some((last, before)) = words.split_last() else {
            return false;
        };
        before.len() == self.modifiers.len()
            && before
                .iter()
                .zip(self.modifiers.iter())
                .all(|(w, m)| w.eq_ignore_ascii_case(m))
            && self.noun.iter().any(|n| n.eq_ignore_ascii_case(last))
    }
}

/// Verb → the phrases it begins, for every inflection of every verb.
#[derive(Debug, Default)]
pub(crate) struct VerbPhrases {
    verbs: WordMap<usize>,
    /// By verb, longest object first.
    phrases: Vec<Vec<Phrase>>,
}

impl VerbPhrases {
    /// The table of the forms `(form, skill)`: each form of two or three
    /// words of letters, digits and hyphens whose last word is a head.
    pub fn new<'a>(forms: impl IntoIterator<Item = (&'a str, u32)>) -> VerbPhrases {
        let mut table = VerbPhrases::default();
        let mut by_verb: Vec<(&'static str, Vec<Phrase>)> = Vec::new();
        for (form, skill) in forms {
            let words: Vec<String> = form.split(' ').map(str::to_lowercase).collect();
            let Some((head, object)) = words.split_last() else {
                continue;
            };
            let Some(verb) = verb_of(head) else { continue };
            if !(1..=2).contains(&object.len())
                || !object.iter().all(|w| {
                    w.starts_with(|c: char| c.is_ascii_alphabetic())
                        && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
            {
                continue;
            }
            let (noun, modifiers) = object.split_last().expect("one word or two");
            let [one, other] = numbers(noun);
            let phrase = Phrase {
                modifiers: modifiers.iter().map(|m| m.as_str().into()).collect(),
                noun: [one.into(), other.into()],
                skill,
            };
            match by_verb.iter_mut().find(|(v, _)| *v == verb) {
                Some((_, phrases)) if phrases.contains(&phrase) => {}
                Some((_, phrases)) => phrases.push(phrase),
                None => by_verb.push((verb, vec![phrase])),
            }
        }
        for (verb, mut phrases) in by_verb {
            // Stable: of objects of one length, the data's first skill wins.
            phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
            for form in inflections(verb) {
                table.verbs.insert(form, table.phrases.len());
            }
            table.phrases.push(phrases);
        }
        table
    }

    /// The phrases `word` (any case) begins as a verb; empty for other
    /// words. Extraction asks only of the words marked in their
    /// [`super::WordClass`].
    pub fn of(&self, word: &str) -> &[Phrase] {
        get_lower(&self.verbs, word).map_or(&[], |&i| &self.phrases[i])
    }

    /// Every form of every verb, lower case.
    pub fn verbs(&self) -> impl Iterator<Item = &str> {
        self.verbs.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_inflected() {
        assert_eq!(
            inflections("model"),
            [
                "model",
                "models",
                "modeled",
                "modeling",
                "modelled",
                "modelling"
            ]
        );
        assert_eq!(
            inflections("migrate"),
            ["migrate", "migrates", "migrated", "migrating"]
        );
        assert_eq!(
            inflections("gather"),
            ["gather", "gathers", "gathered", "gathering"]
        );
    }

    #[test]
    fn nouns_have_both_numbers() {
        for (noun, other) in [
            ("requirements", "requirement"),
            ("query", "queries"),
            ("queries", "query"),
            ("schema", "schemas"),
            ("data", "datas"),
            ("day", "days"),
            ("process", "processes"),
        ] {
            assert_eq!(numbers(noun), [noun.to_string(), other.to_string()]);
        }
    }

    #[test]
    fn forms_with_a_head_give_phrases() {
        let table = VerbPhrases::new([
            ("Data Modeling", 0),
            ("data modelling", 0),
            ("Requirements Gathering", 1),
            ("Dimensional Data Modeling", 2),
            ("Project Management", 3),
            ("CI/CD Migration", 4),
            ("Modeling", 5),
        ]);
        let model = table.of("Modelled");
        assert_eq!(model.len(), 2, "{model:?}");
        assert_eq!(model[0].skill, 2, "the longer object first");
        assert!(model[1].is_object(&["Data"]));
        assert!(table.of("gathers")[0].is_object(&["requirement"]));
        assert!(table.of("manage").is_empty(), "not a covered head");
        assert!(table.of("migrate").is_empty(), "not an object of words");
        assert!(table.of("mode").is_empty());
        assert!(has_head("Data Modelling") && !has_head("Data Model"));
    }
}
