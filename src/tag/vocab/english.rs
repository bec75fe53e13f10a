//! Common English words (`data/english.txt`, from wordfreq) → [`English`]:
//! how common a word is, so that a capitalised common word ("Bachelor's
//! degree", "Subject:", "Career Level") is not taken for a name on weak
//! evidence.

use super::fast::{WordMap, get_lower};

/// The built-in list, compiled in.
pub const ENGLISH: &str = include_str!("../data/english.txt");

/// Zipf frequencies of common English words.
#[derive(Clone, Debug, Default)]
pub struct English {
    /// Lower-case word → Zipf value × 10.
    zipf: WordMap<u8>,
}

impl English {
    /// Parses the list; `Err` names the line that is wrong.
    pub fn parse(text: &str) -> Result<English, String> {
        let mut english = English::default();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (value, words) = line
                .split_once(": ")
                .ok_or_else(|| format!("english.txt:{}: expected `zipf: words`", i + 1))?;
            let value: f32 = value
                .parse()
                .map_err(|_| format!("english.txt:{}: `{value}` is not a number", i + 1))?;
            for word in words.split(' ') {
                english
                    .zipf
                    .insert(word.to_string(), (value * 10.0).round() as u8);
            }
        }
        Ok(english)
    }

    /// The Zipf frequency of a word, any case (0 for rare words and names).
    pub fn zipf(&self, word: &str) -> f32 {
        f32::from(get_lower(&self.zipf, word).copied().unwrap_or(0)) / 10.0
    }

    /// `true` for a word at least as common as "career" or "subject"
    /// (Zipf 4): far more often a common word than a company's name.
    pub fn is_common(&self, word: &str) -> bool {
        self.zipf(word) >= 4.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_common_and_names_are_not() {
        let english = English::parse(ENGLISH).expect("built-in list parses");
        for word in ["Subject", "Career", "Master", "today", "LEVEL", "Apply"] {
            assert!(english.is_common(word), "word: {word:?}");
        }
        for word in [
            "Kforce",
            "Leidos",
            "Humana",
            "Snowflake",
            "Deloitte",
            "Vanta",
        ] {
            assert!(!english.is_common(word), "word: {word:?}");
        }
        assert!(english.zipf("the") > 7.0);
    }
}
