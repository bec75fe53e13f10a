//! Words that are never company names (`data/not_companies.txt`) →
//! [`NameStops`].

use super::fast::{QuickFilter, WordMap, get_lower};

/// The built-in list, compiled in.
pub const NOT_COMPANIES: &str = include_str!("../data/not_companies.txt");

/// What a word does to a run of capitalised words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stop {
    /// Dropped from the front of a run ("The", "At").
    pub lead: bool,
    /// A run of only such words is no company ("Success").
    pub alone: bool,
    /// A run holding one is a label or a team ("Company Analysis").
    pub inside: bool,
    /// A legal form dropped from the end of a name ("Acme Inc" → "Acme").
    pub suffix: bool,
    /// A word that ends company names ("Partners", "Labs").
    pub extend: bool,
}

/// The words that trim or veto a company candidate, one lookup a word.
#[derive(Clone, Debug, Default)]
pub struct NameStops {
    words: WordMap<Stop>,
    quick: QuickFilter,
}

impl NameStops {
    /// Parses the data; `Err` names the line that is wrong.
    pub fn parse(text: &str) -> Result<NameStops, String> {
        let mut stops = NameStops::default();
        let mut section = "";
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name {
                    "lead" | "alone" | "inside" | "suffix" | "extend" => name,
                    _ => {
                        return Err(format!(
                            "not_companies.txt:{}: unknown section {name}",
                            i + 1
                        ));
                    }
                };
                continue;
            }
            for word in line.split_whitespace().map(str::to_lowercase) {
                stops.quick.insert(&word);
                let stop = stops.words.entry(word).or_default();
                match section {
                    "lead" => stop.lead = true,
                    "alone" => stop.alone = true,
                    "inside" => stop.inside = true,
                    "suffix" => stop.suffix = true,
                    "extend" => stop.extend = true,
                    _ => {
                        return Err(format!(
                            "not_companies.txt:{}: word before any section",
                            i + 1
                        ));
                    }
                }
            }
        }
        Ok(stops)
    }

    /// What `word` (any case) does to a company candidate.
    pub fn get(&self, word: &str) -> Stop {
        if !self.quick.may_contain(word) {
            return Stop::default();
        }
        get_lower(&self.words, word).copied().unwrap_or_default()
    }

    /// Every lower-case word of the list with what it does.
    pub(super) fn words(&self) -> impl Iterator<Item = (&str, Stop)> {
        self.words.iter().map(|(w, s)| (w.as_str(), *s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_list_parses() {
        let stops = NameStops::parse(NOT_COMPANIES).expect("built-in list parses");
        assert!(stops.get("The").lead);
        assert!(stops.get("success").alone);
        assert!(stops.get("Analysis").inside);
        assert!(stops.get("Inc").suffix);
        assert!(stops.get("Partners").extend);
        assert!(stops.get("We’re").lead, "curly apostrophes too");
        assert_eq!(stops.get("TikTok"), Stop::default());
        assert!(NameStops::parse("word").is_err());
    }
}
