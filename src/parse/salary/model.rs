//! The salary type: its forms (shown, yearly, JSON) and the period a bare
//! figure most likely pays for.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

use crate::parse::values::Period;

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
