//! Salaries as people write them → [`Salary`]: "$120K/yr - $150K/yr",
//! "$50 - $60 an hour", "€80k–€100k", "90 000 – 110 000 EUR",
//! "CAD 95,000 to 120,000", "₹18-25 LPA", "up to $200k", "from $95,000".
//!
//! The type and its forms (shown, yearly, JSON) are here; [`read`] finds
//! every money expression in a short text (a line, a front matter value)
//! with its byte span and what it stated, and deciding whether an
//! expression is a salary at all ("a $10k learning budget" is not) is the
//! job of whoever reads it in context. [`parse`] reads one salary from a
//! front matter value.

mod model;
mod read;

pub use model::*;
pub use read::{CODES, Reading, read};

/// One salary from a front matter value: the first money expression.
pub fn parse(text: &str) -> Result<Salary, Problem> {
    let toks = read::lex(text);
    let mut problem = Problem::NoAmount;
    let mut i = 0;
    while i < toks.len() {
        if let Some((r, _)) = read::expression(&toks, i) {
            return if r.big {
                Err(Problem::TooBig)
            } else {
                Ok(r.salary)
            };
        }
        if toks[i].is_number() {
            problem = Problem::NoCurrency;
        }
        i += 1;
    }
    Err(problem)
}

/// The ISO code of a currency written as a sign or a code: `$` → `USD`,
/// `eur` → `EUR`. Any three letters are taken as a code.
pub fn currency_code(written: &str) -> Option<String> {
    let written = written.trim();
    if let Some((_, code, _)) = read::CURRENCIES.iter().find(|(w, ..)| *w == written) {
        return Some(code.to_string());
    }
    (written.len() == 3 && written.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| written.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::values::Period;

    #[test]
    fn display_and_yearly() {
        let s = |currency: &str, min, max, period, bound| Salary {
            currency: currency.into(),
            min,
            max,
            period,
            bound,
        };
        for (salary, shown) in [
            (
                s("USD", 187e3, 253e3, Period::Year, Bound::Range),
                "$187,000–$253,000 a year",
            ),
            (
                s("USD", 50.0, 50.0, Period::Hour, Bound::Range),
                "$50 an hour",
            ),
            (
                s("USD", 43.27, 64.9, Period::Hour, Bound::Range),
                "$43.27–$64.90 an hour",
            ),
            (
                s("GBP", 70e3, 70e3, Period::Year, Bound::UpTo),
                "up to £70,000 a year",
            ),
            (
                s("CHF", 120e3, 140e3, Period::Year, Bound::Range),
                "CHF 120,000–140,000 a year",
            ),
            (
                s("CAD", 95e3, 95e3, Period::Year, Bound::From),
                "from CA$95,000 a year",
            ),
        ] {
            assert_eq!(salary.to_string(), shown);
        }
        let hourly = s("USD", 50.0, 60.0, Period::Hour, Bound::Range);
        assert_eq!(hourly.yearly(), (104_000.0, 124_800.0));
        assert_eq!(
            serde_json::to_value(&hourly).unwrap(),
            serde_json::json!({"currency": "USD", "min": 50, "max": 60, "period": "hour"})
        );
    }

    #[test]
    fn parse_names_the_problem() {
        assert_eq!(parse("120000"), Err(Problem::NoCurrency));
        assert_eq!(parse("competitive"), Err(Problem::NoAmount));
        assert_eq!(parse("$5M"), Err(Problem::TooBig));
        assert_eq!(parse("$120k").unwrap().min, 120e3);
    }
}
