//! The vocabulary of skills, companies and role words: the built-in data
//! (`data/*.txt`, compiled in) plus the site's additions from
//! `dossier.yaml` → [`Vocab`], ready for lookups and one-pass matching.
//!
//! Built once per build; read-only afterwards, so it is shared across
//! threads (`Vocab: Sync`).

mod data;
mod english;
mod fast;
mod names;
mod roles;
mod rules;
mod verbs;
mod words;

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::config::VocabConfig;
use fast::{WordMap, get_lower};

pub(crate) use english::English;
pub(crate) use names::NameStops;
pub(crate) use roles::RoleWords;
pub(crate) use rules::{LIST_BEFORE, NOT_LIST_AFTER, Rules, VERB_FOLLOWERS};
pub(crate) use verbs::Phrase;
use verbs::VerbPhrases;
pub(crate) use words::WordClass;
use words::WordTable;
pub use words::is_minor_word;

/// The category of the skills that are soft skills.
pub const SOFT_SKILLS: &str = "Soft Skills";

/// What a matched pattern stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The skill at this index of [`Vocab::skill_name`].
    Skill(u32),
    /// The company at this index of [`Vocab::company_name`].
    Company(u32),
}

/// One meaning of a pattern of the automaton.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub kind: Kind,
    /// `Some` when the text must show exactly this form, case included.
    pub exact: Option<Box<str>>,
    /// Index into [`Vocab::rules`].
    pub rules: u32,
}

#[derive(Clone, Debug)]
struct Skill {
    name: String,
    /// Shared by the skills of a category, and by their tags.
    category: Option<std::sync::Arc<str>>,
}

/// Skills, companies and ignored words, ready for lookups and matching.
#[derive(Debug)]
pub struct Vocab {
    skills: Vec<Skill>,
    /// Lower-case form → skill index, for whole-string lookups.
    skill_index: WordMap<u32>,
    companies: Vec<String>,
    company_index: WordMap<u32>,
    ignore: HashSet<String>,
    rules: Vec<Rules>,
    /// Pattern id → its meanings, tried in order.
    targets: Vec<Vec<Target>>,
    /// The automata to run over a text, each with its pattern → target list.
    matchers: Vec<Matcher>,
    role_words: RoleWords,
    name_stops: NameStops,
    english: English,
    /// The role words and the name stops in one table, for
    /// [`Vocab::word_class`].
    words: WordTable,
    /// The verb phrases skills' names nominalise ("model data").
    verb_phrases: VerbPhrases,
}

/// One leftmost-longest automaton over some of the vocabulary's forms.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    /// `true` when the patterns are lower case and meant for the text with
    /// its ASCII letters lower-cased: a case-sensitive automaton over
    /// folded text is smaller (half the letter classes) than a
    /// case-insensitive one, and finds the same matches at the same offsets.
    folded: bool,
    automaton: Option<AhoCorasick>,
    /// The same patterns for anchored searches only: a small NFA, so the
    /// main DFA need not carry anchored start states.
    anchored: Option<AhoCorasick>,
    keys: Vec<String>,
    /// Pattern → index into the vocabulary's target lists.
    ids: Vec<usize>,
}

impl Matcher {
    fn build(mut self, folded: bool) -> Matcher {
        let build = |start: StartKind, kind: AhoCorasickKind| {
            let builder = |kind: Option<AhoCorasickKind>| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(start)
                    .kind(kind)
                    .build(&self.keys)
            };
            // A site vocabulary too large for a DFA still gets an automaton:
            // the crate then picks an NFA, slower but without size limits.
            builder(Some(kind))
                .or_else(|_| builder(None))
                .expect("an NFA fits any set of non-empty patterns")
        };
        self.automaton = Some(build(StartKind::Unanchored, AhoCorasickKind::DFA));
        self.anchored = Some(build(StartKind::Anchored, AhoCorasickKind::ContiguousNFA));
        self.keys = Vec::new();
        self.folded = folded;
        self
    }

    /// `true` when the automata search the text with ASCII letters
    /// lower-cased ([`str::to_ascii_lowercase`]), not the text as written.
    pub(crate) fn folded(&self) -> bool {
        self.folded
    }

    /// The automaton for unanchored leftmost-longest searches.
    pub(crate) fn automaton(&self) -> &AhoCorasick {
        self.automaton
            .as_ref()
            .expect("matchers are built in Vocab::new")
    }

    /// The same patterns for anchored leftmost-longest searches.
    pub(crate) fn anchored(&self) -> &AhoCorasick {
        self.anchored
            .as_ref()
            .expect("matchers are built in Vocab::new")
    }
}

/// Builds the pattern table: lower-case pattern → meanings.
#[derive(Default)]
struct Patterns {
    ids: HashMap<String, usize>,
    list: Vec<(String, Vec<Target>)>,
}

impl Patterns {
    fn add(&mut self, form: &str, exact: bool, kind: Kind, rules: u32) {
        let key = form.to_lowercase();
        let id = *self.ids.entry(key.clone()).or_insert_with(|| {
            self.list.push((key, Vec::new()));
            self.list.len() - 1
        });
        let exact = exact.then(|| form.into());
        let targets = &mut self.list[id].1;
        if !targets
            .iter()
            .any(|t| t.kind == kind && t.exact == exact && t.rules == rules)
        {
            targets.push(Target { kind, exact, rules });
        }
    }
}

/// `true` when `form` is the initialism of the multi-word `name`: two to
/// six capitals, one for each word of the name but its small joining words
/// ("TDD" of "Test-Driven Development", "IAM" of "Identity and Access
/// Management"), hyphenated parts counting as words.
fn is_initialism_of(form: &str, name: &str) -> bool {
    const JOINING: [&str; 6] = ["and", "of", "for", "the", "to", "in"];
    let initials: String = name
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !JOINING.contains(&w.to_ascii_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    (2..=6).contains(&form.len())
        && form.bytes().all(|b| b.is_ascii_uppercase())
        && initials.len() >= 2
        && form == initials
}

impl Vocab {
    /// The built-in vocabulary plus the site's additions.
    pub fn new(config: &VocabConfig) -> Vocab {
        let lines = data::parse(data::SKILLS).expect("built-in skill data is checked by tests");
        let role_words =
            RoleWords::parse(roles::ROLES).expect("built-in role data is checked by tests");
        let mut vocab = Vocab {
            skills: Vec::new(),
            skill_index: WordMap::default(),
            companies: Vec::new(),
            company_index: WordMap::default(),
            ignore: config
                .ignore
                .iter()
                .map(|w| w.trim().to_lowercase())
                .collect(),
            rules: vec![Rules::default()],
            targets: Vec::new(),
            matchers: Vec::new(),
            role_words,
            name_stops: NameStops::parse(names::NOT_COMPANIES)
                .expect("built-in name list is checked by tests"),
            english: English::parse(english::ENGLISH)
                .expect("built-in word list is checked by tests"),
            words: WordTable::default(),
            verb_phrases: VerbPhrases::default(),
        };
        vocab.words = WordTable::new(&vocab.role_words, &vocab.name_stops);
        let mut patterns = Patterns::default();
        let mut initialisms: Vec<(u32, String)> = Vec::new();
        let mut hyphenated: Vec<(String, u32, u32)> = Vec::new();
        // The forms that nominalise a verb ("Data Modeling"), for `verbs.rs`.
        let mut all_forms: Vec<(String, u32)> = Vec::new();
        for line in lines {
            let skill = vocab.skill_id(&line.canonical, Some(&line.category));
            // A name matched only as written ("Rust", "Go") in capitals
            // counts where it stands in a list of skills: "RUST, GO, PYTHON".
            let as_written = |f: &data::Form| f.exact && f.text.chars().any(char::is_lowercase);
            let capitals = line.forms.iter().any(as_written).then(|| Rules {
                listed: true,
                ..line.rules.clone()
            });
            let rules = vocab.rules_id(line.rules);
            let capitals = capitals.map(|r| vocab.rules_id(r));
            for form in &line.forms {
                if let Some(capitals) = capitals.filter(|_| as_written(form)) {
                    let upper = form.text.to_uppercase();
                    patterns.add(&upper, true, Kind::Skill(skill), capitals);
                    // A name of several words in small letters, the same
                    // way: "cost center accounting, internal orders". One
                    // word in small letters is too often a word ("teams",
                    // "vault", "canvas").
                    if form.text.contains(' ') && form.text.chars().any(char::is_uppercase) {
                        let lower = form.text.to_lowercase();
                        patterns.add(&lower, true, Kind::Skill(skill), capitals);
                    }
                }
                if is_initialism_of(&form.text, &line.canonical) {
                    initialisms.push((skill, form.text.clone()));
                }
                vocab
                    .skill_index
                    .entry(form.text.to_lowercase())
                    .or_insert(skill);
                patterns.add(&form.text, form.exact, Kind::Skill(skill), rules);
                if verbs::has_head(&form.text) {
                    all_forms.push((form.text.clone(), skill));
                }
                // "big-data", "high-availability", the slug "java-ee": a
                // two-word name is written with a hyphen as often.
                if !form.exact && form.text.matches(' ').count() == 1 && !form.text.contains('-') {
                    hyphenated.push((form.text.replace(' ', "-"), skill, rules));
                }
            }
        }
        for (form, skill, rules) in hyphenated {
            let key = form.to_lowercase();
            if !vocab.skill_index.contains_key(&key) {
                vocab.skill_index.insert(key, skill);
                patterns.add(&form, false, Kind::Skill(skill), rules);
            }
        }
        // "Test-Driven Development (TDD)": a name shown with the initialism
        // postings use for it as often, so either reads as the same tag.
        for (skill, short) in initialisms {
            let name = &mut vocab.skills[skill as usize].name;
            if !name.ends_with(')') {
                *name = format!("{name} ({short})");
                let key = name.to_lowercase();
                vocab.skill_index.insert(key, skill);
            }
        }
        for (name, aliases) in &config.skills {
            let skill = vocab.skill_id(name.trim(), None);
            for form in std::iter::once(name).chain(aliases).map(|f| f.trim()) {
                if form.is_empty() {
                    continue;
                }
                // The site's words win over built-in aliases of the same spelling.
                vocab.skill_index.insert(form.to_lowercase(), skill);
                patterns.add(form, form.chars().count() <= 3, Kind::Skill(skill), 0);
                if verbs::has_head(form) {
                    all_forms.push((form.to_string(), skill));
                }
            }
        }
        vocab.verb_phrases = VerbPhrases::new(all_forms.iter().map(|(f, s)| (f.as_str(), *s)));
        vocab.words.mark_verbs(vocab.verb_phrases.verbs());
        for (name, aliases) in &config.companies {
            let id = vocab.companies.len() as u32;
            vocab.companies.push(name.trim().to_string());
            for form in std::iter::once(name).chain(aliases).map(|f| f.trim()) {
                if form.is_empty() {
                    continue;
                }
                vocab.company_index.insert(form.to_lowercase(), id);
                patterns.add(form, form.chars().count() <= 3, Kind::Company(id), 0);
            }
        }
        let (keys, targets): (Vec<String>, Vec<Vec<Target>>) = patterns.list.into_iter().unzip();
        // Forms matched in any case go to one automaton, which searches the
        // lower-cased text; forms matched only
        // as written (`Go`, `UI`, `AR`) and one-letter forms go to a
        // case-sensitive one, so "ar" in "large" is never even a match.
        let (mut any_case, mut exact) = (Matcher::default(), Matcher::default());
        let mut exact_forms: Vec<String> = Vec::new();
        for (id, key) in keys.iter().enumerate() {
            let all_exact = targets[id].iter().all(|t| t.exact.is_some());
            if !all_exact && key.chars().count() > 1 {
                exact_forms.push(String::new());
                any_case.ids.push(id);
                any_case.keys.push(key.clone());
                continue;
            }
            let mut cases: Vec<String> = Vec::new();
            for t in &targets[id] {
                match &t.exact {
                    Some(form) => cases.push(form.to_string()),
                    None => cases.extend([key.to_lowercase(), key.to_uppercase()]),
                }
            }
            cases.sort_unstable();
            cases.dedup();
            for case in cases {
                exact.keys.push(case);
                exact.ids.push(id);
            }
        }
        vocab.targets = targets;
        vocab.matchers = vec![any_case.build(true), exact.build(false)];
        vocab
    }

    /// The index of a skill, added when new; a site skill with the name of a
    /// built-in one (any case) adds to it.
    fn skill_id(&mut self, name: &str, category: Option<&str>) -> u32 {
        if let Some(&id) = self.skill_index.get(&name.to_lowercase())
            && self.skills[id as usize].name.eq_ignore_ascii_case(name)
        {
            return id;
        }
        if let Some(id) = self.skills.iter().position(|s| s.name == name) {
            return id as u32;
        }
        let category = category.map(|c| {
            self.skills
                .iter()
                .rev()
                .find_map(|s| s.category.clone().filter(|k| &**k == c))
                .unwrap_or_else(|| c.into())
        });
        self.skills.push(Skill {
            name: name.to_string(),
            category,
        });
        let id = (self.skills.len() - 1) as u32;
        self.skill_index.insert(name.to_lowercase(), id);
        id
    }

    fn rules_id(&mut self, rules: Rules) -> u32 {
        if rules.is_empty() {
            return 0;
        }
        self.rules.push(rules);
        (self.rules.len() - 1) as u32
    }

    /// The canonical name of a skill as written by an author (`golang` → `Go`):
    /// a whole-string, case-insensitive lookup. It does not consult the
    /// site's ignore list; check [`Vocab::is_ignored`] for that.
    pub fn canonical_skill(&self, name: &str) -> Option<&str> {
        let id = get_lower(&self.skill_index, name.trim()).copied()?;
        Some(self.skills[id as usize].name.as_str())
    }

    /// `true` when `word`, exactly as written, is a form of a skill: a form
    /// kept as written ("=Athena") names its skill only in its own case,
    /// so "athena" is none, unlike [`Vocab::canonical_skill`]'s answer. It
    /// checks no context rule.
    pub(crate) fn skill_as_written(&self, word: &str) -> bool {
        self.matchers.iter().any(|m| {
            let lower;
            let haystack = if m.folded() {
                lower = word.to_ascii_lowercase();
                lower.as_str()
            } else {
                word
            };
            m.anchored()
                .find(Input::new(haystack).anchored(Anchored::Yes))
                .filter(|found| found.end() == word.len())
                .is_some_and(|found| {
                    self.targets(m, found.pattern().as_usize()).iter().any(|t| {
                        matches!(t.kind, Kind::Skill(_))
                            && t.exact.as_deref().is_none_or(|e| e == word)
                    })
                })
        })
    }

    /// The skill a form names, any ASCII case; `None` when no form is
    /// spelt so. Like [`Vocab::canonical_skill`], it checks no context rule.
    pub(crate) fn skill_of_form(&self, form: &str) -> Option<u32> {
        get_lower(&self.skill_index, form.trim()).copied()
    }

    /// The canonical name of a known company (`Tiktok` → `TikTok`).
    pub fn canonical_company(&self, name: &str) -> Option<&str> {
        let id = get_lower(&self.company_index, name.trim()).copied()?;
        Some(self.companies[id as usize].as_str())
    }

    /// A role title in its normal form (`Sr. Backend Engineer` → `Senior Backend Engineer`).
    pub fn normalize_role(&self, title: &str) -> String {
        self.role_words.normalize(title)
    }

    /// `true` for a soft skill ("Communication"): the data's `[Soft Skills]`.
    pub(crate) fn is_soft_skill(&self, id: u32) -> bool {
        self.skills[id as usize].category.as_deref() == Some(SOFT_SKILLS)
    }

    /// `true` when `name` is a known soft skill, any case.
    pub fn is_soft(&self, name: &str) -> bool {
        self.skill_category(name) == Some(SOFT_SKILLS)
    }

    /// The category of a known skill, shared (`Go` → `Languages`).
    pub fn category_of(&self, skill: &str) -> Option<std::sync::Arc<str>> {
        let id = get_lower(&self.skill_index, skill.trim()).copied()?;
        self.skills[id as usize].category.clone()
    }

    /// The category of a known skill (`Go` → `Languages`).
    pub fn skill_category(&self, skill: &str) -> Option<&str> {
        let id = get_lower(&self.skill_index, skill.trim()).copied()?;
        self.skills[id as usize].category.as_deref()
    }

    /// `true` for a word the site says is never a tag.
    pub fn is_ignored(&self, name: &str) -> bool {
        !self.ignore.is_empty() && self.ignore.contains(&name.trim().to_lowercase())
    }

    /// Every canonical skill name, in data order.
    pub fn skill_names(&self) -> impl Iterator<Item = &str> {
        self.skills.iter().map(|s| s.name.as_str())
    }

    /// The canonical name of skill `id` (from [`Kind::Skill`]).
    pub(crate) fn skill_name(&self, id: u32) -> &str {
        &self.skills[id as usize].name
    }

    /// The canonical name of company `id` (from [`Kind::Company`]).
    pub(crate) fn company_name(&self, id: u32) -> &str {
        &self.companies[id as usize]
    }

    /// The context rules with this index (from [`Target::rules`]).
    pub(crate) fn rules(&self, id: u32) -> &Rules {
        &self.rules[id as usize]
    }

    /// The automata that together find every skill and company form:
    /// run each over the text, check [`Target::exact`] and the rules after
    /// a match.
    pub(crate) fn matchers(&self) -> &[Matcher] {
        &self.matchers
    }

    /// The meanings of a pattern of a [`Matcher`].
    pub(crate) fn targets(&self, matcher: &Matcher, pattern: usize) -> &[Target] {
        &self.targets[matcher.ids[pattern]]
    }

    /// The role lexicon.
    pub(crate) fn role_words(&self) -> &RoleWords {
        &self.role_words
    }

    /// Words that are never company names.
    pub(crate) fn name_stops(&self) -> &NameStops {
        &self.name_stops
    }

    /// How common English words are.
    pub(crate) fn english(&self) -> &English {
        &self.english
    }

    /// The verb phrases `word` (any case) begins as the verb of a skill's
    /// name ("gathered" → "requirement", "requirements" → Requirements
    /// Gathering); empty for most words.
    pub(crate) fn verb_phrases(&self, word: &str) -> &[Phrase] {
        self.verb_phrases.of(word)
    }

    /// What a word of a text can be for the role words and the name stops,
    /// in one lookup.
    pub(crate) fn word_class(&self, word: &str) -> WordClass {
        self.words.class(word, &self.role_words, &self.name_stops)
    }
}

#[cfg(test)]
mod tests;
