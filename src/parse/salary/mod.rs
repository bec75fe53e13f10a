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

mod read;

pub use read::{CODES, Reading, read};

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

use super::values::Period;

/// Pay for a period: a range, one figure, or an open end.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Salary {
    /// ISO 4217 code: `USD`, `EUR`, `GBP`, `CAD`, `INR`, ….
    pub currency: String,
    /// The lower figure, in whole units of the currency (cents as decimals).
    #[serde(serialize_with = "whole_or_decimal")]
    pub min: f64,
    /// The upper figure; equal to `min` for one figure and open ends.
    #[serde(serialize_with = "whole_or_decimal")]
    pub max: f64,
    pub period: Period,
    /// A range, or "up to" / "from" one figure.
    #[serde(skip_serializing_if = "Bound::is_range")]
    pub bound: Bound,
}

/// How a salary's figures bound the pay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// `min` to `max` (one figure when they are equal).
    #[default]
    Range,
    /// "up to `max`".
    UpTo,
    /// "from `min`".
    From,
}

impl Bound {
    fn is_range(&self) -> bool {
        *self == Bound::Range
    }
}

// Amounts are finite (the readers never make NaN), so equality is total.
impl Eq for Salary {}

impl Hash for Salary {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.currency.hash(state);
        self.min.to_bits().hash(state);
        self.max.to_bits().hash(state);
        self.period.hash(state);
        self.bound.hash(state);
    }
}

impl PartialOrd for Salary {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Salary {
    fn cmp(&self, other: &Self) -> Ordering {
        self.currency
            .cmp(&other.currency)
            .then(self.min.total_cmp(&other.min))
            .then(self.max.total_cmp(&other.max))
            .then(self.period.cmp(&other.period))
            .then(self.bound.cmp(&other.bound))
    }
}

impl Salary {
    /// The figures for a working year (hour ×2080, day ×260, week ×52,
    /// month ×12), for ranking and range filters.
    pub fn yearly(&self) -> (f64, f64) {
        let f = self.period.per_year();
        (self.min * f, self.max * f)
    }
}

/// `$187,000–$253,000 a year`, `$50 an hour`, `up to £70,000 a year`,
/// `CHF 120,000–140,000 a year`.
impl fmt::Display for Salary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Cents on both figures when either has them: "$61.50–$78.00".
        let cents = self.min.fract() != 0.0 || self.max.fract() != 0.0;
        let money = |x: f64| match symbol(&self.currency) {
            Some(s) => format!("{s}{}", grouped(x, cents)),
            None => grouped(x, cents),
        };
        match self.bound {
            Bound::UpTo => f.write_str("up to ")?,
            Bound::From => f.write_str("from ")?,
            Bound::Range => {}
        }
        if symbol(&self.currency).is_none() {
            write!(f, "{} ", self.currency)?;
        }
        match self.bound {
            Bound::UpTo => f.write_str(&money(self.max))?,
            Bound::From => f.write_str(&money(self.min))?,
            Bound::Range if self.min == self.max => f.write_str(&money(self.min))?,
            Bound::Range => write!(f, "{}–{}", money(self.min), money(self.max))?,
        }
        write!(f, " {}", self.period.phrase())
    }
}

/// The sign shown before an amount, for currencies people know by one.
fn symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "INR" => "₹",
        "JPY" => "¥",
        "CAD" => "CA$",
        "AUD" => "A$",
        "NZD" => "NZ$",
        "SGD" => "S$",
        "HKD" => "HK$",
        "BRL" => "R$",
        "MXN" => "MX$",
        _ => return None,
    })
}

/// `187,000`, `43.27`; `78.00` with `cents`.
fn grouped(x: f64, cents: bool) -> String {
    let hundredths = (x * 100.0).round() as u64;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac != 0 || cents {
        out.push_str(&format!(".{frac:02}"));
    }
    out
}

/// Whole amounts as JSON integers (`120000`, not `120000.0`).
fn whole_or_decimal<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        s.serialize_i64(*x as i64)
    } else {
        s.serialize_f64(*x)
    }
}

/// Roughly how many units of a currency a US dollar buys, so a yearly
/// figure can be told from an hourly one in any currency. Not an exchange
/// rate: only its order of magnitude counts.
pub fn scale(code: &str) -> f64 {
    match code {
        "JPY" | "INR" => 100.0,
        "KRW" => 1000.0,
        "HUF" => 300.0,
        "SEK" | "NOK" | "DKK" | "CNY" | "HKD" | "ZAR" | "MXN" | "CZK" | "TRY" => 10.0,
        "PLN" | "BRL" | "ILS" | "AED" | "RON" => 4.0,
        _ => 1.0,
    }
}

/// The period a figure without one most likely pays for, by its size.
pub fn guess_period(max: f64, currency: &str) -> Option<Period> {
    let usd = max / scale(currency);
    Some(if usd >= 15_000.0 {
        Period::Year
    } else if usd >= 1_000.0 {
        Period::Month
    } else if usd >= 300.0 {
        Period::Day
    } else if usd >= 5.0 {
        Period::Hour
    } else {
        return None;
    })
}

/// Why a written salary cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No figure.
    NoAmount,
    /// Figures without a currency.
    NoCurrency,
    /// Millions: funding or revenue, not pay.
    TooBig,
}

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
