//! The closed values of document fields: a written word → [`Remote`],
//! [`Employment`], [`Status`] or [`Period`], accepting the spellings people
//! and job boards use ("Full time", "FULL_TIME", "onsite", "in-office").
//!
//! Front matter reads them here, and so does the tag stage when it finds
//! them in a document's text.

use std::fmt;

use serde::Serialize;

/// A value written one of several ways, with the forms dossier shows.
pub trait Choice: Sized + Copy + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];

    /// The value from a written word or phrase, if it is one.
    fn parse(text: &str) -> Option<Self>;

    /// The form in front matter, JSON and URLs: `on-site`.
    fn key(self) -> &'static str;

    /// The form on pages: `On-site`.
    fn label(self) -> &'static str;

    /// `remote, hybrid, on-site`: the keys, for error messages.
    fn keys() -> String {
        Self::ALL
            .iter()
            .map(|v| v.key())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Where the work is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Remote {
    Remote,
    Hybrid,
    OnSite,
}

impl Choice for Remote {
    const ALL: &'static [Remote] = &[Remote::Remote, Remote::Hybrid, Remote::OnSite];

    fn parse(text: &str) -> Option<Remote> {
        let normal = normalize(text);
        Some(match normal.as_str() {
            "remote"
            | "fully remote"
            | "full remote"
            | "100% remote"
            | "remote only"
            | "remote first"
            | "remote ok"
            | "remote friendly"
            | "work from home"
            | "wfh"
            | "work from anywhere"
            | "anywhere"
            | "telecommute"
            | "distributed"
            | "yes"
            | "true"
            | "teletravail"
            | "teletravail complet"
            | "100% teletravail"
            | "homeoffice" => Remote::Remote,
            "hybrid"
            | "hybrid remote"
            | "remote hybrid"
            | "partially remote"
            | "partly remote"
            | "flexible"
            | "hybrid work"
            | "hybride"
            | "teletravail partiel" => Remote::Hybrid,
            "on site" | "onsite" | "in office" | "office" | "office based" | "work from office"
            | "in person" | "on premises" | "fully on site" | "in the office" | "not remote"
            | "no" | "false" | "sur site" | "presentiel" | "vor ort" => Remote::OnSite,
            _ => return None,
        })
    }

    fn key(self) -> &'static str {
        match self {
            Remote::Remote => "remote",
            Remote::Hybrid => "hybrid",
            Remote::OnSite => "on-site",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Remote::Remote => "Remote",
            Remote::Hybrid => "Hybrid",
            Remote::OnSite => "On-site",
        }
    }
}

/// The kind of employment a posting offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Employment {
    FullTime,
    PartTime,
    Contract,
    Internship,
    Temporary,
}

impl Choice for Employment {
    const ALL: &'static [Employment] = &[
        Employment::FullTime,
        Employment::PartTime,
        Employment::Contract,
        Employment::Internship,
        Employment::Temporary,
    ];

    fn parse(text: &str) -> Option<Employment> {
        let normal = normalize(text);
        Some(match normal.as_str() {
            "full time"
            | "fulltime"
            | "ft"
            | "permanent"
            | "full time permanent"
            | "permanent full time"
            | "regular"
            | "regular full time"
            | "full time regular"
            | "full time employee"
            | "fte"
            | "cdi"
            | "temps plein"
            | "vollzeit"
            | "festanstellung"
            | "unbefristet" => Employment::FullTime,
            "part time"
            | "parttime"
            | "pt"
            | "part time permanent"
            | "permanent part time"
            | "regular part time"
            | "temps partiel"
            | "teilzeit" => Employment::PartTime,
            "contract" | "contractor" | "contract to hire" | "contract to perm" | "freelance"
            | "freelancer" | "c2c" | "corp to corp" | "1099" | "contract role" | "consultant"
            | "contract position" => Employment::Contract,
            "internship" | "intern" | "co op" | "coop" | "working student" | "werkstudent"
            | "apprenticeship" | "apprentice" | "placement" | "trainee" | "alternance"
            | "praktikum" => Employment::Internship,
            "temporary"
            | "temp"
            | "seasonal"
            | "fixed term"
            | "fixed term contract"
            | "cdd"
            | "befristet" => Employment::Temporary,
            _ => return None,
        })
    }

    fn key(self) -> &'static str {
        match self {
            Employment::FullTime => "full-time",
            Employment::PartTime => "part-time",
            Employment::Contract => "contract",
            Employment::Internship => "internship",
            Employment::Temporary => "temporary",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Employment::FullTime => "Full-time",
            Employment::PartTime => "Part-time",
            Employment::Contract => "Contract",
            Employment::Internship => "Internship",
            Employment::Temporary => "Temporary",
        }
    }
}

/// Where the author stands with an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Saved,
    Applied,
    Interviewing,
    Offer,
    Rejected,
    Withdrawn,
}

impl Choice for Status {
    const ALL: &'static [Status] = &[
        Status::Saved,
        Status::Applied,
        Status::Interviewing,
        Status::Offer,
        Status::Rejected,
        Status::Withdrawn,
    ];

    fn parse(text: &str) -> Option<Status> {
        let normal = normalize(text);
        Some(match normal.as_str() {
            "saved" | "save" | "bookmarked" | "interested" | "to apply" | "wishlist" => {
                Status::Saved
            }
            "applied" | "submitted" | "application submitted" => Status::Applied,
            "interviewing" | "interview" | "interviews" | "screening" | "phone screen" => {
                Status::Interviewing
            }
            "offer" | "offered" | "offer received" | "accepted" => Status::Offer,
            "rejected" | "rejection" | "not selected" | "no offer" => Status::Rejected,
            "withdrawn" | "withdrew" | "declined" => Status::Withdrawn,
            _ => return None,
        })
    }

    fn key(self) -> &'static str {
        match self {
            Status::Saved => "saved",
            Status::Applied => "applied",
            Status::Interviewing => "interviewing",
            Status::Offer => "offer",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Status::Saved => "Saved",
            Status::Applied => "Applied",
            Status::Interviewing => "Interviewing",
            Status::Offer => "Offer",
            Status::Rejected => "Rejected",
            Status::Withdrawn => "Withdrawn",
        }
    }
}

/// The time a salary figure pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Year,
    Month,
    Week,
    Day,
    Hour,
}

impl Period {
    /// How many of this period make a working year: 1, 12, 52, 260
    /// (five days a week) or 2080 (forty hours a week).
    pub fn per_year(self) -> f64 {
        match self {
            Period::Year => 1.0,
            Period::Month => 12.0,
            Period::Week => 52.0,
            Period::Day => 260.0,
            Period::Hour => 2080.0,
        }
    }

    /// `a year`, `an hour`: the words after a figure.
    pub fn phrase(self) -> &'static str {
        match self {
            Period::Year => "a year",
            Period::Month => "a month",
            Period::Week => "a week",
            Period::Day => "a day",
            Period::Hour => "an hour",
        }
    }
}

impl Choice for Period {
    const ALL: &'static [Period] = &[
        Period::Year,
        Period::Month,
        Period::Week,
        Period::Day,
        Period::Hour,
    ];

    fn parse(text: &str) -> Option<Period> {
        let normal = normalize(text);
        let words = normal.as_str();
        let words = words
            .strip_prefix("per ")
            .or_else(|| words.strip_prefix("a "))
            .or_else(|| words.strip_prefix("an "))
            .unwrap_or(words);
        Some(match words {
            "year" | "yearly" | "annual" | "annually" | "annum" | "yr" | "y" | "pa" | "p a" => {
                Period::Year
            }
            "month" | "monthly" | "mo" | "mth" | "pm" => Period::Month,
            "week" | "weekly" | "wk" | "w" => Period::Week,
            "day" | "daily" | "d" => Period::Day,
            "hour" | "hourly" | "hr" | "h" => Period::Hour,
            _ => return None,
        })
    }

    fn key(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Month => "month",
            Period::Week => "week",
            Period::Day => "day",
            Period::Hour => "hour",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Period::Year => "Year",
            Period::Month => "Month",
            Period::Week => "Week",
            Period::Day => "Day",
            Period::Hour => "Hour",
        }
    }
}

macro_rules! display_label {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    )*};
}
display_label!(Remote, Employment, Status, Period);

/// A written value made comparable: lower case, `-`, `_`, `.`, `/` and
/// `–` as spaces, spaces collapsed, a closing parenthesis and what it
/// holds dropped ("Remote (US)" → "remote"). Kept on the stack: values are
/// read on every header line of every document.
struct Normal {
    buf: [u8; 40],
    len: usize,
}

impl Normal {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// The normal form of `text`; `""` for what no value is written as (too
/// long, or not ASCII).
fn normalize(text: &str) -> Normal {
    let mut out = Normal {
        buf: [0; 40],
        len: 0,
    };
    let text = match text.find('(') {
        Some(i) if text.trim_end().ends_with(')') && i > 0 => &text[..i],
        _ => text,
    };
    for c in text.chars() {
        let b = match c {
            '-' | '_' | '.' | '/' | '–' => b' ',
            c if c.is_whitespace() => b' ',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            // "Télétravail", "Präsenz": accents do not make another word.
            'é' | 'è' | 'ê' | 'ë' | 'É' => b'e',
            'à' | 'â' | 'ä' | 'Ä' => b'a',
            'ô' | 'ö' | 'Ö' => b'o',
            'û' | 'ü' | 'ù' | 'Ü' => b'u',
            'î' | 'ï' => b'i',
            'ç' => b'c',
            _ => return Normal { len: 0, ..out },
        };
        if b == b' ' && (out.len == 0 || out.buf[out.len - 1] == b' ') {
            continue;
        }
        if out.len == out.buf.len() {
            return Normal { len: 0, ..out };
        }
        out.buf[out.len] = b;
        out.len += 1;
    }
    if out.len > 0 && out.buf[out.len - 1] == b' ' {
        out.len -= 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_spellings() {
        for (text, want) in [
            ("Remote", Some(Remote::Remote)),
            ("fully remote", Some(Remote::Remote)),
            ("Remote (US)", Some(Remote::Remote)),
            ("WFH", Some(Remote::Remote)),
            ("true", Some(Remote::Remote)),
            ("Hybrid", Some(Remote::Hybrid)),
            ("on-site", Some(Remote::OnSite)),
            ("onsite", Some(Remote::OnSite)),
            ("On Site", Some(Remote::OnSite)),
            ("in-office", Some(Remote::OnSite)),
            ("In person", Some(Remote::OnSite)),
            ("Télétravail partiel", Some(Remote::Hybrid)),
            ("false", Some(Remote::OnSite)),
            ("sometimes", None),
            ("", None),
        ] {
            assert_eq!(Remote::parse(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn employment_spellings() {
        for (text, want) in [
            ("Full time", Some(Employment::FullTime)),
            ("full-time", Some(Employment::FullTime)),
            ("FULL_TIME", Some(Employment::FullTime)),
            ("Permanent", Some(Employment::FullTime)),
            ("Part-time", Some(Employment::PartTime)),
            ("PART_TIME", Some(Employment::PartTime)),
            ("contractor", Some(Employment::Contract)),
            ("CONTRACTOR", Some(Employment::Contract)),
            ("Contract-to-hire", Some(Employment::Contract)),
            ("Freelance", Some(Employment::Contract)),
            ("INTERN", Some(Employment::Internship)),
            ("Co-op", Some(Employment::Internship)),
            ("Temporary", Some(Employment::Temporary)),
            ("fixed-term", Some(Employment::Temporary)),
            ("CDI", Some(Employment::FullTime)),
            ("Teilzeit", Some(Employment::PartTime)),
            ("volunteer", None),
        ] {
            assert_eq!(Employment::parse(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn status_spellings() {
        for (text, want) in [
            ("applied", Some(Status::Applied)),
            ("Applied", Some(Status::Applied)),
            ("interviewing", Some(Status::Interviewing)),
            ("Phone screen", Some(Status::Interviewing)),
            ("offer", Some(Status::Offer)),
            ("rejected", Some(Status::Rejected)),
            ("withdrawn", Some(Status::Withdrawn)),
            ("saved", Some(Status::Saved)),
            ("to apply", Some(Status::Saved)),
            ("pending", None),
        ] {
            assert_eq!(Status::parse(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn period_spellings_and_year_factor() {
        for (text, want, per_year) in [
            ("year", Period::Year, 1.0),
            ("per annum", Period::Year, 1.0),
            ("p.a.", Period::Year, 1.0),
            ("monthly", Period::Month, 12.0),
            ("a week", Period::Week, 52.0),
            ("day", Period::Day, 260.0),
            ("hr", Period::Hour, 2080.0),
            ("an hour", Period::Hour, 2080.0),
        ] {
            let got = Period::parse(text);
            assert_eq!(got, Some(want), "text: {text:?}");
            assert_eq!(want.per_year(), per_year, "text: {text:?}");
        }
        assert_eq!(Period::parse("fortnight"), None);
    }

    #[test]
    fn keys_labels_and_json_agree() {
        assert_eq!(Remote::keys(), "remote, hybrid, on-site");
        assert_eq!(
            Employment::keys(),
            "full-time, part-time, contract, internship, temporary"
        );
        for v in Remote::ALL {
            assert_eq!(
                serde_json::to_value(v).unwrap(),
                serde_json::json!(v.key()),
                "{v:?}"
            );
            assert_eq!(Remote::parse(v.key()), Some(*v), "{v:?}");
            assert_eq!(Remote::parse(v.label()), Some(*v), "{v:?}");
        }
        for v in Employment::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), serde_json::json!(v.key()));
            assert_eq!(Employment::parse(v.label()), Some(*v), "{v:?}");
        }
        for v in Status::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), serde_json::json!(v.key()));
            assert_eq!(Status::parse(v.label()), Some(*v), "{v:?}");
        }
        assert_eq!(Remote::OnSite.to_string(), "On-site");
    }
}
