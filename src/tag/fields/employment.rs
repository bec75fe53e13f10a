//! The kind of employment: in a labelled value ("Permanent, full-time",
//! "Contract (6 months)"), in a header segment ("Full-time", "Part-time
//! (20 hours/week)", "Data Analyst (Contract)", "Software Engineering
//! Intern"), or said of the job in prose ("this is a full-time position",
//! "a 12-month contract", "as a contractor"). "Full-time employees are
//! eligible" and "smart contracts" are not.

use super::lines::{lower, words_after, words_before};
use crate::parse::values::{Choice, Employment};

/// The first part of a value that names an employment, split at `,`, `/`,
/// `;`, `|`, `·` and brackets.
pub fn in_value(value: &str) -> Option<(Employment, &str)> {
    let whole = value.trim();
    if let Some(e) = Employment::parse(whole) {
        // "Contract (6 months)": the word, not what the brackets add.
        let word = whole.split('(').next().unwrap_or(whole).trim_end();
        return Some((e, if word.is_empty() { whole } else { word }));
    }
    const PARTS: [char; 8] = [',', '/', ';', '|', '·', '(', ')', '•'];
    if !value.contains(PARTS) {
        return None;
    }
    value
        .split(PARTS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .find_map(|p| Employment::parse(p).map(|e| (e, p)))
}

/// An employment in a header segment: a part that names one, an intern's
/// title, or a short "6-month contract".
pub fn in_segment(seg: &str) -> Option<(Employment, &str)> {
    if let Some(found) = in_value(seg) {
        return Some(found);
    }
    for word in seg.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        if matches!(
            word,
            "Intern" | "Internship" | "Co-op" | "INTERN" | "INTERNSHIP"
        ) {
            let at = super::lines::offset(seg, word);
            return Some((Employment::Internship, &seg[at..at + word.len()]));
        }
    }
    // "6-month contract", "(W2 Contract)": a short part ending in the word.
    seg.split([',', '(', ')', '/'])
        .filter(|p| p.split_whitespace().count() <= 4)
        .find_map(|p| {
            let last = p.split_whitespace().last()?;
            let word = last.trim_matches(|c: char| !c.is_alphanumeric());
            let contract =
                word.eq_ignore_ascii_case("contract") || word.eq_ignore_ascii_case("contractor");
            contract.then(|| {
                let at = super::lines::offset(seg, last);
                (Employment::Contract, &seg[at..at + word.len()])
            })
        })
}

/// Job words after an employment word: "a full-time role".
const JOB_NOUNS: &[&str] = &[
    "role",
    "position",
    "job",
    "opportunity",
    "basis",
    "hire",
    "employment",
    "engagement",
    "assignment",
    "permanent",
    "contract",
    "program",
    "placement",
    "w2",
];

fn is(word: Option<&&str>, list: &[&str]) -> bool {
    word.is_some_and(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The employment the word at `text[start..end]` gives in prose, if said
/// of the job.
pub fn vote(text: &str, start: usize, end: usize) -> Option<Employment> {
    let mut buf = [0; 32];
    let word = lower(&text[start..end], &mut buf);
    let next = words_after(text, end, 2);
    let prev = words_before(text, start, 3);
    let job_next = is(next.first(), JOB_NOUNS);
    let this_is = is(prev.first(), &["a", "an", "this"]) && is(prev.get(1), &["is", "as", "be"]);
    match word {
        "full-time" | "full time" => (job_next || this_is).then_some(Employment::FullTime),
        "part-time" | "part time" => (job_next || this_is).then_some(Employment::PartTime),
        "contract" => {
            let term = ["month", "months", "week", "weeks", "year", "term", "fixed"];
            let to_hire = is(next.first(), &["to"]) && is(next.get(1), &["hire", "perm"]);
            (job_next || to_hire || this_is || is(prev.first(), &term))
                .then_some(Employment::Contract)
        }
        "contractor" => {
            let as_one = is(prev.first(), &["a", "an"]) && is(prev.get(1), &["as", "is", "be"]);
            (as_one || is(prev.first(), &["independent", "1099"])).then_some(Employment::Contract)
        }
        "internship" | "intern" => {
            let kinds = [
                "this", "summer", "fall", "autumn", "spring", "winter", "paid", "unpaid", "week",
                "weeks", "month", "months",
            ];
            let as_one = word == "intern" && is(prev.first(), &["an"]) && is(prev.get(1), &["as"]);
            (job_next || as_one || (word == "internship" && is(prev.first(), &kinds)))
                .then_some(Employment::Internship)
        }
        "temporary" | "fixed-term" => (job_next || this_is).then_some(Employment::Temporary),
        "freelance" => {
            let kinds = [
                "role",
                "position",
                "basis",
                "contract",
                "project",
                "engagement",
            ];
            is(next.first(), &kinds).then_some(Employment::Contract)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_segments() {
        use Employment::*;
        for (text, want) in [
            ("Full time", Some(FullTime)),
            ("Permanent, full-time", Some(FullTime)),
            ("Contract (6 months, possible extension)", Some(Contract)),
            ("Vollzeit / Full-time", Some(FullTime)),
            ("FULL_TIME", Some(FullTime)),
            ("Part-time (20 hours/week)", Some(PartTime)),
            ("8 hour shift", None),
        ] {
            assert_eq!(in_value(text).map(|f| f.0), want, "value: {text:?}");
        }
        for (text, want) in [
            ("Data Analyst (Contract)", Some(Contract)),
            (
                "Software Engineering Intern (Summer 2025)",
                Some(Internship),
            ),
            ("6-month contract", Some(Contract)),
            ("Java Developer (W2 Contract)", Some(Contract)),
            ("CDI", Some(FullTime)),
            ("Senior Backend Engineer", None),
            ("Smart Contract Auditor", None),
            ("Internal Tools Engineer", None),
        ] {
            assert_eq!(in_segment(text).map(|f| f.0), want, "segment: {text:?}");
        }
    }

    #[test]
    fn said_of_the_job_in_prose() {
        use Employment::*;
        for (text, word, want) in [
            ("This is a full-time position.", "full-time", Some(FullTime)),
            (
                "It is a part-time role of 20 hours.",
                "part-time",
                Some(PartTime),
            ),
            ("All full-time employees get equity.", "full-time", None),
            (
                "We need you for a 12-month contract.",
                "contract",
                Some(Contract),
            ),
            (
                "This is a contract-to-hire role.",
                "contract",
                Some(Contract),
            ),
            ("You'll audit smart contract code.", "contract", None),
            (
                "You would join as a contractor.",
                "contractor",
                Some(Contract),
            ),
            ("We are a defense contractor.", "contractor", None),
            (
                "This summer internship runs 12 weeks.",
                "internship",
                Some(Internship),
            ),
            ("My internship at Acme taught me Go.", "internship", None),
        ] {
            let at = text.find(word).unwrap();
            assert_eq!(vote(text, at, at + word.len()), want, "text: {text:?}");
        }
    }
}
