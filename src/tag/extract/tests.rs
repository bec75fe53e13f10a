//! Extraction tests: ambiguity rules, company and role rules, evidence
//! spans, whole documents in several styles, and the shared seeds.

pub(super) use super::*;
pub(super) use crate::config::VocabConfig;

mod company;
mod company_agency;
mod company_pages;
mod documents;
mod named_apart;
mod role;
mod skill_names;
mod skills;
mod texts;
mod verbs;

pub(super) fn vocab() -> Vocab {
    Vocab::new(&VocabConfig::default())
}

pub(super) fn skills(text: &str, vocab: &Vocab) -> Vec<String> {
    extract(text, vocab)
        .skills
        .into_iter()
        .map(|f| f.name)
        .collect()
}

/// Checks each text's skills, in order, and reports every case that
/// differs at once.
pub(super) fn check(cases: &[(&str, &[&str])]) {
    let v = vocab();
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(input, want)| skills(input, &v) != *want)
        .map(|(input, want)| format!("{input:?}: {:?}, want {want:?}", skills(input, &v)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

pub(super) fn name(found: Option<Found>) -> Option<String> {
    found.map(|f| f.name)
}
