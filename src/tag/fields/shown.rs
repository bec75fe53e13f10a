//! Fields as people read them: [`Fields`] → one [`Shown`] per known field,
//! with its label ("Salary"), its text ("€85,000–€105,000 a year") and its
//! value as JSON, for pages and `dossier tags`.

use chrono::NaiveDate;

use super::model::{Fields, Found};
use crate::parse::values::Choice;

/// One known field, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// `salary`: the front matter key.
    pub key: &'static str,
    /// `Salary`.
    pub label: &'static str,
    /// `€85,000–€105,000 a year`, `Hybrid`, `3 May 2025`, an address.
    pub text: String,
    /// The value as JSON: `"hybrid"`, `"2025-05-03"`, a salary's
    /// `{currency, min, max, period}`.
    pub value: serde_json::Value,
    /// `2025-05-03` for dates, empty otherwise.
    pub ymd: String,
}

/// A day as pages show it: `3 May 2025`.
pub fn human_day(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

impl Fields {
    /// Every known field, in [`super::model::KEYS`] order.
    pub fn shown(&self) -> Vec<Shown> {
        fn one<T: serde::Serialize>(
            key: &'static str,
            label: &'static str,
            found: &Option<Found<T>>,
            text: impl Fn(&T) -> String,
        ) -> Option<Shown> {
            let found = found.as_ref()?;
            Some(Shown {
                key,
                label,
                text: text(&found.value),
                value: serde_json::to_value(&found.value).unwrap_or_default(),
                ymd: String::new(),
            })
        }
        fn day(
            key: &'static str,
            label: &'static str,
            found: &Option<Found<NaiveDate>>,
        ) -> Option<Shown> {
            let found = found.as_ref()?;
            Some(Shown {
                ymd: found.value.format("%Y-%m-%d").to_string(),
                ..one(key, label, &Some(found.clone()), |d| human_day(*d))?
            })
        }
        [
            one("location", "Location", &self.location, String::clone),
            one("remote", "Remote", &self.remote, |r| r.label().to_string()),
            one("salary", "Salary", &self.salary, ToString::to_string),
            one("employment", "Employment", &self.employment, |e| {
                e.label().to_string()
            }),
            day("posted", "Posted", &self.posted),
            one("url", "Posting", &self.url, String::clone),
            one("status", "Status", &self.status, |s| s.label().to_string()),
            day("applied", "Applied", &self.applied),
            day("deadline", "Deadline", &self.deadline),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::Source;
    use super::*;
    use crate::parse::values::Remote;

    #[test]
    fn fields_show_labels_texts_and_values() {
        let at = Source::FrontMatter { line: Some(2) };
        let fields = Fields {
            remote: Some(Found {
                value: Remote::OnSite,
                source: at,
            }),
            deadline: Some(Found {
                value: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
                source: at,
            }),
            ..Fields::default()
        };
        let shown = fields.shown();
        let row = |s: &Shown| {
            (
                s.key,
                s.label,
                s.text.clone(),
                s.value.clone(),
                s.ymd.clone(),
            )
        };
        assert_eq!(
            shown.iter().map(row).collect::<Vec<_>>(),
            [
                (
                    "remote",
                    "Remote",
                    "On-site".to_string(),
                    serde_json::json!("on-site"),
                    String::new()
                ),
                (
                    "deadline",
                    "Deadline",
                    "1 June 2025".to_string(),
                    serde_json::json!("2025-06-01"),
                    "2025-06-01".to_string()
                ),
            ]
        );
    }
}
