//! Dates as postings and notes write them: `2024-05-03`, `2024/05/03`,
//! `May 3, 2024`, `May 3rd 2024`, `Mar. 3, 2024`, `3 May 2024`, and
//! `03/05/2024` only where day and month cannot be mixed up (`25/05/2024`).
//! Relative dates ("3 days ago", "Posted 30+ Days Ago") need a day to
//! count from, which a document does not give, so they are not read.

use chrono::NaiveDate;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names: `May`, `Sept.`, `december` → 1–12.
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || w.len() == m.len() || (w == "sept")))?;
    Some(i as u32 + 1)
}

/// A day of the month: `3`, `03`, `3rd`, `21st`.
fn day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', ',']);
    let d: u32 = digits.parse().ok()?;
    (digits.len() <= 2 && (1..=31).contains(&d)).then_some(d)
}

fn year(word: &str) -> Option<i32> {
    let w = word.trim_end_matches(['.', ',']);
    let y: i32 = w.parse().ok()?;
    (w.len() == 4 && (1990..=2100).contains(&y)).then_some(y)
}

/// The first date in `text`, with its byte range.
pub fn date_in(text: &str) -> Option<(NaiveDate, usize, usize)> {
    // Words with their offsets, split at spaces and commas.
    let words: Vec<(usize, &str)> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| (super::lines::offset(text, w), w))
        .collect();
    for (i, &(at, w)) in words.iter().enumerate() {
        let end = |j: usize| words[j].0 + words[j].1.trim_end_matches(['.', ',']).len();
        if let Some(d) = numeric(w) {
            return Some((d, at, at + w.trim_end_matches(['.', ',']).len()));
        }
        let next = |k: usize| words.get(i + k).map(|x| x.1);
        // "May 3, 2024", "May 3rd 2024"
        if let (Some(m), Some(d), Some(y)) =
            (month(w), next(1).and_then(day), next(2).and_then(year))
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some((date, at, end(i + 2)));
        }
        // "3 May 2024", "3rd of May 2024"
        let of = usize::from(next(1).is_some_and(|x| x.eq_ignore_ascii_case("of")));
        if let (Some(d), Some(m), Some(y)) = (
            day(w),
            next(1 + of).and_then(month),
            next(2 + of).and_then(year),
        ) && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some((date, at, end(i + 2 + of)));
        }
    }
    None
}

/// `2024-05-03`, `2024/05/03`, `25/05/2024`, `05/25/2024`.
fn numeric(word: &str) -> Option<NaiveDate> {
    let w = word.trim_end_matches(['.', ',', ')']);
    let w = w.trim_start_matches('(');
    let sep = if w.contains('-') { '-' } else { '/' };
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    if parts[0].len() == 4 {
        return NaiveDate::from_ymd_opt(parts[0].parse().ok()?, n(parts[1])?, n(parts[2])?);
    }
    if parts[2].len() != 4 || sep == '-' {
        return None;
    }
    let (a, b, y) = (n(parts[0])?, n(parts[1])?, parts[2].parse().ok()?);
    match (a > 12, b > 12) {
        (true, false) => NaiveDate::from_ymd_opt(y, b, a),
        (false, true) => NaiveDate::from_ymd_opt(y, a, b),
        _ if a == b => NaiveDate::from_ymd_opt(y, a, b),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_their_forms() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        for (text, want) in [
            ("2024-05-03", ymd(2024, 5, 3)),
            ("on 2024/05/03.", ymd(2024, 5, 3)),
            ("May 3, 2024", ymd(2024, 5, 3)),
            ("Posted May 3rd 2024", ymd(2024, 5, 3)),
            ("Mar. 3, 2024", ymd(2024, 3, 3)),
            ("Sept 30, 2024", ymd(2024, 9, 30)),
            ("3 May 2024", ymd(2024, 5, 3)),
            ("21st of June, 2024", ymd(2024, 6, 21)),
            ("25/05/2024", ymd(2024, 5, 25)),
            ("05/25/2024", ymd(2024, 5, 25)),
            ("03/05/2024", None),
            ("3 days ago", None),
            ("Posted 30+ Days Ago", None),
            ("May 2024", None),
            ("2024-13-01", None),
            ("Go 1.22", None),
        ] {
            assert_eq!(date_in(text).map(|d| d.0), want, "text: {text:?}");
        }
        let text = "Closing date: June 1, 2024 (5pm)";
        let (_, a, b) = date_in(text).unwrap();
        assert_eq!(&text[a..b], "June 1, 2024");
    }
}
