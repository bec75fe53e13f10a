//! The front matter keys of a document's fields (`location`, `remote`,
//! `salary`, `employment`, `posted`, `url`, `status`, `applied`,
//! `deadline`): a YAML value → the typed value on [`Meta`], or an error
//! naming the key and the fix.

use serde_yaml::Value;

use super::meta::{FrontMatterError, Meta, date, one_or_list, scalar, text};
use super::salary::{self, Bound, Problem, Salary};
use super::values::{Choice, Period};

/// The keys read here, in display order: the posting's facts, then the
/// author's pipeline.
pub const KEYS: [&str; 9] = [
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

pub(super) const SALARY_HELP: &str = "write the figures with their currency, e.g. `salary: $120,000–$150,000 a year`, \
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
