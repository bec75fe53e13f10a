//! Words that are never company names (`data/not_companies.txt`) →
//! [`NameStops`].

use super::fast::WordSet;

/// The built-in list, compiled in.
pub const NOT_COMPANIES: &str = include_str!("../data/not_companies.txt");

/// Lower-case word sets that trim or veto a run of capitalised words.
#[derive(Clone, Debug, Default)]
pub struct NameStops {
    /// Dropped from the front of a run ("The", "At").
    pub lead: WordSet,
    /// A run of only these words is no company ("Success").
    pub alone: WordSet,
    /// A run holding one of these is a label or a team ("Company Analysis").
    pub inside: WordSet,
    /// Legal forms dropped from the end of a name ("Acme Inc" → "Acme").
    pub suffix: WordSet,
}

impl NameStops {
    /// Parses the data; `Err` names the line that is wrong.
    pub fn parse(text: &str) -> Result<NameStops, String> {
        let mut stops = NameStops::default();
        let mut section = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(match name {
                    "lead" => &mut stops.lead,
                    "alone" => &mut stops.alone,
                    "inside" => &mut stops.inside,
                    "suffix" => &mut stops.suffix,
                    _ => {
                        return Err(format!(
                            "not_companies.txt:{}: unknown section {name}",
                            i + 1
                        ));
                    }
                });
                continue;
            }
            let Some(set) = section.as_deref_mut() else {
                return Err(format!(
                    "not_companies.txt:{}: word before any section",
                    i + 1
                ));
            };
            set.extend(line.split_whitespace().map(str::to_lowercase));
        }
        Ok(stops)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_list_parses() {
        let stops = NameStops::parse(NOT_COMPANIES).expect("built-in list parses");
        assert!(stops.lead.contains("the"));
        assert!(stops.alone.contains("success"));
        assert!(stops.inside.contains("analysis"));
        assert!(stops.suffix.contains("inc"));
        assert!(stops.lead.contains("we’re"), "curly apostrophes too");
        assert!(NameStops::parse("word").is_err());
    }
}
