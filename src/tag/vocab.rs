//! The vocabulary of skills, companies and role words: built-in data plus
//! the site's additions from `dossier.yaml`.
//!
//! Placeholder until the extraction issue lands: it knows no terms yet, so
//! front-matter names pass through unchanged.

use crate::config::VocabConfig;

/// Skills, companies and ignored words, ready for lookups and matching.
#[derive(Debug, Default)]
pub struct Vocab {
    ignore: Vec<String>,
}

impl Vocab {
    /// The built-in vocabulary plus the site's additions.
    pub fn new(config: &VocabConfig) -> Vocab {
        Vocab {
            ignore: config.ignore.iter().map(|w| w.to_lowercase()).collect(),
        }
    }

    /// The canonical name of a skill as written by an author (`golang` → `Go`).
    pub fn canonical_skill(&self, _name: &str) -> Option<&str> {
        None
    }

    /// The canonical name of a known company (`Tiktok` → `TikTok`).
    pub fn canonical_company(&self, _name: &str) -> Option<&str> {
        None
    }

    /// A role title in its normal form (`Sr. Backend Engineer` → `Senior Backend Engineer`).
    pub fn normalize_role(&self, title: &str) -> String {
        title.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The category of a known skill (`Go` → `Languages`).
    pub fn skill_category(&self, _skill: &str) -> Option<&str> {
        None
    }

    /// `true` for a word the site says is never a tag.
    pub fn is_ignored(&self, name: &str) -> bool {
        self.ignore.iter().any(|w| w.eq_ignore_ascii_case(name))
    }
}
