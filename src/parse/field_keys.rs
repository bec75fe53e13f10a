//! The front matter keys of a document's fields (`location`, `remote`,
//! `salary`, `employment`, `posted`, `url`, `status`, `applied`,
//! `deadline`): a YAML value → the typed value on [`Meta`], or an error
//! naming the key and the fix.

use serde_yaml::Value;

use super::front_matter::{FrontMatterError, Meta, date, one_or_list, scalar, text};
use super::salary::{self, Bound, Problem, Salary};
use super::values::{Choice, Period};

/// The keys read here.
pub const KEYS: &[&str] = &[
    "location",
    "remote",
    "salary",
    "employment",
    "posted",
    "url",
    "status",
    "applied",
    "deadline",
];

/// Sets field `key` of `meta` from its YAML value.
pub fn set(
    meta: &mut Meta,
    key: &str,
    value: Value,
    line: Option<u32>,
) -> Result<(), FrontMatterError> {
    match key {
        "location" => {
            let places = one_or_list(key, value, line)?;
            meta.location = (!places.is_empty()).then(|| places.join("; "));
        }
        "remote" => meta.remote = choice(key, value, line, "hybrid")?,
        "employment" => meta.employment = choice(key, value, line, "full-time")?,
        "status" => meta.status = choice(key, value, line, "applied")?,
        "salary" => meta.salary = salary(value, line)?,
        "posted" => meta.posted = date(key, value, line)?,
        "applied" => meta.applied = date(key, value, line)?,
        "deadline" => meta.deadline = date(key, value, line)?,
        "url" => meta.url = url(value, line)?,
        _ => unreachable!("`{key}` is one of KEYS"),
    }
    Ok(())
}

/// One of a closed set of values, in any of its spellings.
fn choice<T: Choice>(
    key: &str,
    value: Value,
    line: Option<u32>,
    example: &str,
) -> Result<Option<T>, FrontMatterError> {
    if value.is_null() {
        return Ok(None);
    }
    let written = scalar(&value).unwrap_or_default();
    if written.is_empty() && scalar(&value).is_some() {
        return Ok(None);
    }
    T::parse(&written).map(Some).ok_or_else(|| {
        let not = if written.is_empty() {
            String::new()
        } else {
            format!(", not `{written}`")
        };
        FrontMatterError::new(
            line,
            format!("`{key}` must be one of {}{not}", T::keys()),
            format!("write `{key}: {example}`"),
        )
    })
}

const SALARY_HELP: &str = "write the figures with their currency, e.g. `salary: $120,000–$150,000 a year`, \
     or a mapping: `salary: {currency: USD, min: 120000, max: 150000, period: year}`";

/// A salary written as text ("$120k–$150k") or as a mapping.
fn salary(value: Value, line: Option<u32>) -> Result<Option<Salary>, FrontMatterError> {
    let error = |message: String| FrontMatterError::new(line, message, SALARY_HELP);
    match value {
        Value::Null => Ok(None),
        Value::Mapping(map) => salary_mapping(map, line).map(Some),
        other => {
            let Some(written) = scalar(&other) else {
                return Err(error("`salary` must be text or a mapping".into()));
            };
            if written.is_empty() {
                return Ok(None);
            }
            salary::parse(&written).map(Some).map_err(|p| {
                error(match p {
                    Problem::NoAmount => format!("`salary` has no amount: `{written}`"),
                    Problem::NoCurrency => format!("`salary` has no currency: `{written}`"),
                    Problem::TooBig => format!("`salary` is millions, not pay: `{written}`"),
                })
            })
        }
    }
}

/// `{currency: USD, min: 120000, max: 150000, period: year}`; `min` or
/// `max` may stand alone ("from", "up to"); `period` is guessed from the
/// figures when left out.
fn salary_mapping(map: serde_yaml::Mapping, line: Option<u32>) -> Result<Salary, FrontMatterError> {
    let error = |message: String| FrontMatterError::new(line, message, SALARY_HELP);
    let (mut currency, mut min, mut max, mut period) = (None, None, None, None);
    for (k, v) in map {
        let k = k.as_str().unwrap_or_default().to_string();
        match k.as_str() {
            "currency" => {
                let written = scalar(&v).unwrap_or_default();
                currency = Some(salary::currency_code(&written).ok_or_else(|| {
                    error(format!(
                        "`salary` currency must be a code such as USD, EUR or GBP, not `{written}`"
                    ))
                })?);
            }
            "min" | "max" => {
                let n = v
                    .as_f64()
                    .filter(|n| n.is_finite() && *n > 0.0)
                    .ok_or_else(|| {
                        error(format!(
                            "`salary` {k} must be a number above 0, e.g. `{k}: 120000`"
                        ))
                    })?;
                *(if k == "min" { &mut min } else { &mut max }) = Some(n);
            }
            "period" => {
                let written = scalar(&v).unwrap_or_default();
                period = Some(Period::parse(&written).ok_or_else(|| {
                    error(format!(
                        "`salary` period must be one of {}, not `{written}`",
                        Period::keys()
                    ))
                })?);
            }
            _ => {
                return Err(error(format!(
                    "`salary` has no key `{k}`; its keys are currency, min, max and period"
                )));
            }
        }
    }
    let currency = currency.ok_or_else(|| error("`salary` has no currency".into()))?;
    let (min, max, bound) = match (min, max) {
        (Some(a), Some(b)) if a > b => {
            return Err(error(format!("`salary` min ({a}) is more than max ({b})")));
        }
        (Some(a), Some(b)) => (a, b, Bound::Range),
        (Some(a), None) => (a, a, Bound::From),
        (None, Some(b)) => (b, b, Bound::UpTo),
        (None, None) => return Err(error("`salary` has neither min nor max".into())),
    };
    let period = period
        .or_else(|| salary::guess_period(max, &currency))
        .unwrap_or(Period::Year);
    Ok(Salary {
        currency,
        min,
        max,
        period,
        bound,
    })
}

/// The address of the original posting: a web address.
fn url(value: Value, line: Option<u32>) -> Result<Option<String>, FrontMatterError> {
    let Some(url) = text("url", value, line)? else {
        return Ok(None);
    };
    let lower = url.to_ascii_lowercase();
    let web = (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace);
    if !web {
        return Err(FrontMatterError::new(
            line,
            format!("`url` must be a web address starting with https://, not `{url}`"),
            "write the posting's address, e.g. `url: https://jobs.example.com/4821`",
        ));
    }
    Ok(Some(url))
}

#[cfg(test)]
mod tests {
    use super::super::front_matter::{first_error, parse_meta};
    use super::super::values::{Employment, Remote, Status};
    use super::*;

    #[test]
    fn field_keys_are_read_with_their_lines() {
        let meta = parse_meta(
            "title: A\nlocation: Austin, TX\nremote: Hybrid\nsalary: $120K/yr - $150K/yr\nemployment: FULL_TIME\nposted: 2024-05-01\nurl: https://jobs.example.com/1\nstatus: Applied\napplied: 2024-05-03\ndeadline: 2024-06-01\n",
        )
        .unwrap();
        assert_eq!(meta.location.as_deref(), Some("Austin, TX"));
        assert_eq!(meta.remote, Some(Remote::Hybrid));
        assert_eq!(
            meta.salary.as_ref().map(|s| s.to_string()).as_deref(),
            Some("$120,000–$150,000 a year")
        );
        assert_eq!(meta.employment, Some(Employment::FullTime));
        assert_eq!(meta.posted.unwrap().ymd(), "2024-05-01");
        assert_eq!(meta.url.as_deref(), Some("https://jobs.example.com/1"));
        assert_eq!(meta.status, Some(Status::Applied));
        assert_eq!(meta.applied.unwrap().ymd(), "2024-05-03");
        assert_eq!(meta.deadline.unwrap().ymd(), "2024-06-01");
        assert!(meta.extra.is_empty(), "{:?}", meta.extra);
        for (key, line) in [("location", 3), ("salary", 5), ("deadline", 11)] {
            assert_eq!(meta.lines[key], line, "key: {key}");
        }
    }

    #[test]
    fn common_spellings_are_accepted() {
        for (yaml, remote, employment) in [
            (
                "remote: onsite\nemployment: Full time\n",
                Remote::OnSite,
                Employment::FullTime,
            ),
            (
                "remote: in-office\nemployment: contractor\n",
                Remote::OnSite,
                Employment::Contract,
            ),
            (
                "remote: true\nemployment: Part-time\n",
                Remote::Remote,
                Employment::PartTime,
            ),
            (
                "remote: Remote\nemployment: intern\n",
                Remote::Remote,
                Employment::Internship,
            ),
        ] {
            let meta = parse_meta(yaml).unwrap();
            assert_eq!(meta.remote, Some(remote), "yaml: {yaml:?}");
            assert_eq!(meta.employment, Some(employment), "yaml: {yaml:?}");
        }
    }

    #[test]
    fn salary_mapping_forms() {
        for (yaml, shown) in [
            (
                "salary: {currency: USD, min: 120000, max: 150000, period: year}",
                "$120,000–$150,000 a year",
            ),
            (
                "salary:\n  currency: eur\n  min: 80000\n",
                "from €80,000 a year",
            ),
            (
                "salary: {currency: GBP, max: 70000}",
                "up to £70,000 a year",
            ),
            ("salary: {currency: $, min: 50, max: 60}", "$50–$60 an hour"),
            (
                "salary: {currency: CHF, min: 9000, period: monthly}",
                "from CHF 9,000 a month",
            ),
            ("salary: £60k–£70k + benefits", "£60,000–£70,000 a year"),
            ("salary: ₹18-25 LPA", "₹1,800,000–₹2,500,000 a year"),
        ] {
            let meta = parse_meta(yaml).unwrap();
            assert_eq!(
                meta.salary.map(|s| s.to_string()).as_deref(),
                Some(shown),
                "yaml: {yaml:?}"
            );
        }
    }

    #[test]
    fn bad_values_name_key_line_and_fix() {
        for (yaml, line, message, help) in [
            (
                "title: A\nremote: sometimes\n",
                3,
                "`remote` must be one of remote, hybrid, on-site, not `sometimes`",
                "write `remote: hybrid`",
            ),
            (
                "employment: gig\n",
                2,
                "`employment` must be one of full-time, part-time, contract, internship, temporary, not `gig`",
                "write `employment: full-time`",
            ),
            (
                "status: pending\n",
                2,
                "`status` must be one of saved, applied, interviewing, offer, rejected, withdrawn, not `pending`",
                "write `status: applied`",
            ),
            (
                "status: [applied]\n",
                2,
                "`status` must be one of saved, applied, interviewing, offer, rejected, withdrawn",
                "write `status: applied`",
            ),
            (
                "salary: 120000\n",
                2,
                "`salary` has no currency: `120000`",
                SALARY_HELP,
            ),
            (
                "salary: competitive\n",
                2,
                "`salary` has no amount: `competitive`",
                SALARY_HELP,
            ),
            (
                "salary: $5M\n",
                2,
                "`salary` is millions, not pay: `$5M`",
                SALARY_HELP,
            ),
            (
                "salary: {currency: USD, min: 150000, max: 120000}\n",
                2,
                "`salary` min (150000) is more than max (120000)",
                SALARY_HELP,
            ),
            (
                "salary: {currency: USD, low: 1}\n",
                2,
                "`salary` has no key `low`; its keys are currency, min, max and period",
                SALARY_HELP,
            ),
            (
                "salary: {min: 1000}\n",
                2,
                "`salary` has no currency",
                SALARY_HELP,
            ),
            (
                "salary: {currency: USD, min: lots}\n",
                2,
                "`salary` min must be a number above 0, e.g. `min: 120000`",
                SALARY_HELP,
            ),
            (
                "posted: three days ago\n",
                2,
                "`posted` is not a date: `three days ago`",
                "write `posted: 2024-05-21` (year-month-day), optionally with a time",
            ),
            (
                "url: jobs.example.com/1\n",
                2,
                "`url` must be a web address starting with https://, not `jobs.example.com/1`",
                "write the posting's address, e.g. `url: https://jobs.example.com/4821`",
            ),
        ] {
            assert_eq!(
                first_error(yaml),
                (Some(line), message.to_string(), Some(help.to_string())),
                "yaml: {yaml:?}"
            );
        }
    }

    #[test]
    fn empty_values_are_no_value() {
        let meta = parse_meta("remote:\nsalary: ''\nlocation: []\nstatus: ''\n").unwrap();
        assert_eq!(meta.remote, None);
        assert_eq!(meta.salary, None);
        assert_eq!(meta.location, None);
        assert_eq!(meta.status, None);
    }

    #[test]
    fn several_locations_are_joined() {
        let meta = parse_meta("location:\n  - Austin, TX\n  - London\n").unwrap();
        assert_eq!(meta.location.as_deref(), Some("Austin, TX; London"));
    }
}
