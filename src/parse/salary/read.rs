//! The salary notation reader: a short text → every money expression in
//! it ([`Reading`]): currency signs and codes before or after the figures,
//! thousands written `120,000`, `90 000`, `120'000`, `18,00,000` or `120k`,
//! ranges with `-`, `–`, `to` or `between … and`, open ends ("up to",
//! "from"), and the period ("/yr", "an hour", "per annum", "LPA").

use super::model::{Bound, Salary, guess_period};
use crate::parse::values::{Choice, Period};

/// One money expression found by [`read`].
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub salary: Salary,
    /// Byte range of the expression in the text read.
    pub start: usize,
    pub end: usize,
    /// The text named the period ("a year", "/hr", "LPA"); otherwise it
    /// was guessed from the figures.
    pub period_stated: bool,
    /// Two figures.
    pub range: bool,
    /// A figure was in thousands ("120k", "120,000").
    pub thousands: bool,
    /// A figure was in millions or more ("$5M", "$120 million"): money,
    /// but never a salary.
    pub big: bool,
}

/// Every money expression in `text`, in order. Expressions do not span
/// lines.
pub fn read(text: &str) -> Vec<Reading> {
    if !may_hold_money(text) {
        return Vec::new();
    }
    let toks = lex(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match expression(&toks, i) {
            Some((reading, next)) => {
                out.push(reading);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// Could `text` hold money: a digit, and a currency sign, three capitals
/// in a row (a code), `Rs` or `L` (lakh)? Cheap, so that lines without
/// money are not read.
fn may_hold_money(text: &str) -> bool {
    let b = text.as_bytes();
    let mut digit = false;
    let mut sign = false;
    let mut caps = 0;
    for &c in b {
        digit |= c.is_ascii_digit();
        // `$`, and the lead bytes of £ ¥ (0xC2) and € ₹ ₩ (0xE2), zł (0xC5).
        sign |= matches!(c, b'$' | 0xC2 | 0xE2 | 0xC5);
        caps = if c.is_ascii_uppercase() { caps + 1 } else { 0 };
        sign |= caps >= 3;
    }
    digit
        && (sign
            || ["Rs", "lakh", "Lakh", "lac", "lpa", " L "]
                .iter()
                .any(|w| text.contains(w)))
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Tok {
    /// A currency; `generic` for `$` and `¥`, which a code beside them names.
    Cur {
        code: &'static str,
        generic: bool,
    },
    Num {
        value: f64,
        /// What a suffix multiplied it by: 1000 for `k`, 1 without one.
        factor: f64,
        thousands: bool,
        big: bool,
        /// `LPA`: lakh per annum, rupees a year.
        lpa: bool,
    },
    /// `-`, `–`, `to`.
    Sep,
    And,
    Between,
    UpTo,
    From,
    Per(Period),
    /// Words that may sit inside an expression: `gross`, `base`.
    Filler,
    Break,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct T {
    tok: Tok,
    start: usize,
    end: usize,
}

impl T {
    /// A figure.
    pub(super) fn is_number(&self) -> bool {
        matches!(self.tok, Tok::Num { .. })
    }
}

/// Currency signs and codes: (written, ISO code, generic).
pub(super) const CURRENCIES: &[(&str, &str, bool)] = &[
    ("US$", "USD", false),
    ("CA$", "CAD", false),
    ("C$", "CAD", false),
    ("AU$", "AUD", false),
    ("A$", "AUD", false),
    ("NZ$", "NZD", false),
    ("SG$", "SGD", false),
    ("S$", "SGD", false),
    ("HK$", "HKD", false),
    ("R$", "BRL", false),
    ("MX$", "MXN", false),
    ("$", "USD", true),
    ("€", "EUR", false),
    ("£", "GBP", false),
    ("₹", "INR", false),
    ("¥", "JPY", true),
    ("₩", "KRW", false),
    ("zł", "PLN", false),
    ("Rs.", "INR", false),
    ("Rs", "INR", false),
];

/// ISO codes read as currencies when written in capitals.
pub const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY", "CNY",
    "INR", "SGD", "HKD", "BRL", "MXN", "ZAR", "CZK", "ILS", "AED", "KRW", "HUF", "RON", "TRY",
    "RMB",
];

pub(super) fn lex(text: &str) -> Vec<T> {
    let b = text.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = text[i..].chars().next().expect("i is a char boundary");
        let len = c.len_utf8();
        let push = |toks: &mut Vec<T>, tok, end| toks.push(T { tok, start: i, end });
        if c == '\n' {
            push(&mut toks, Tok::Break, i + 1);
            i += 1;
        } else if c.is_whitespace() || matches!(c, '*' | '_' | '~' | '≈' | '`') {
            i += len;
        } else if c.is_ascii_digit() {
            let (tok, end) = number(text, i);
            push(&mut toks, tok, end);
            i = end;
        } else if let Some((tok, end)) = currency(text, i) {
            push(&mut toks, tok, end);
            i = end;
        } else if matches!(c, '-' | '–' | '—' | '‒' | '−') {
            push(&mut toks, Tok::Sep, i + len);
            i += len;
        } else if c == '/' {
            let rest = text[i + 1..].trim_start();
            let word_end = rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            let at = text.len() - rest.len();
            match Period::parse(&rest[..word_end]).filter(|_| word_end > 0) {
                Some(p) => {
                    push(&mut toks, Tok::Per(p), at + word_end);
                    i = at + word_end;
                }
                None => {
                    push(&mut toks, Tok::Break, i + 1);
                    i += 1;
                }
            }
        } else if c.is_ascii_alphabetic() {
            let (tok, end) = word(text, i);
            push(&mut toks, tok, end);
            i = end;
        } else {
            push(&mut toks, Tok::Break, i + len);
            i += len;
        }
    }
    toks
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// A currency sign or code at `i`.
fn currency(text: &str, i: usize) -> Option<(Tok, usize)> {
    let rest = &text[i..];
    let b = text.as_bytes();
    let after_word = i > 0 && is_word_byte(b[i - 1]);
    // A code in brackets after a figure: "(USD)".
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(code) = CODES.iter().find(|c| inner.starts_with(**c))
        && inner[code.len()..].starts_with(')')
    {
        let tok = Tok::Cur {
            code,
            generic: false,
        };
        return Some((tok, i + code.len() + 2));
    }
    for (written, code, generic) in CURRENCIES {
        if rest.starts_with(written) {
            let end = i + written.len();
            let alpha = written.as_bytes()[0].is_ascii_alphabetic();
            if alpha && after_word {
                continue;
            }
            if alpha && b.get(end).is_some_and(|c| c.is_ascii_alphabetic()) {
                continue;
            }
            let tok = Tok::Cur {
                code,
                generic: *generic,
            };
            return Some((tok, end));
        }
    }
    if after_word {
        return None;
    }
    let code = CODES.iter().find(|c| rest.starts_with(**c))?;
    let end = i + code.len();
    if b.get(end).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let tok = Tok::Cur {
        code: if *code == "RMB" { "CNY" } else { code },
        generic: false,
    };
    Some((tok, end))
}

/// A word at `i`: a separator, a period, an open end, or a break.
fn word(text: &str, i: usize) -> (Tok, usize) {
    let (w, end) = next_word(text, i);
    // Lower case on the stack: every word near a figure comes through here.
    let mut buf = [0u8; 16];
    let lower = match buf.get_mut(..w.len()) {
        Some(dst) => {
            dst.copy_from_slice(w.as_bytes());
            dst.make_ascii_lowercase();
            std::str::from_utf8(dst).unwrap_or("")
        }
        None => "",
    };
    let follow = |end: usize| next_word(text, skip_spaces(text, end));
    let tok = match lower {
        "to" => Tok::Sep,
        "and" => Tok::And,
        "between" => Tok::Between,
        "upto" => Tok::UpTo,
        "up" | "at" => {
            let (next, next_end) = follow(end);
            let want = if lower == "up" { "to" } else { "least" };
            if next.eq_ignore_ascii_case(want) {
                let tok = if lower == "up" { Tok::UpTo } else { Tok::From };
                return (tok, next_end);
            }
            Tok::Break
        }
        "from" | "min" | "minimum" => Tok::From,
        "max" | "maximum" => Tok::UpTo,
        "starting" | "starts" => {
            let (next, next_end) = follow(end);
            if next.eq_ignore_ascii_case("at") || next.eq_ignore_ascii_case("from") {
                return (Tok::From, next_end);
            }
            Tok::From
        }
        "per" | "a" | "an" | "each" => {
            let (next, next_end) = follow(end);
            match Period::parse(next) {
                Some(p) if !next.is_empty() => return (Tok::Per(p), next_end),
                _ => Tok::Break,
            }
        }
        "annually" | "yearly" | "annual" | "pa" => Tok::Per(Period::Year),
        "p" if text[end..].starts_with(".a.") => return (Tok::Per(Period::Year), end + 3),
        "p" if text[end..].starts_with(".a") => return (Tok::Per(Period::Year), end + 2),
        "hourly" => Tok::Per(Period::Hour),
        "monthly" => Tok::Per(Period::Month),
        "weekly" => Tok::Per(Period::Week),
        "daily" => Tok::Per(Period::Day),
        "gross" | "brutto" | "base" | "net" | "salary" | "total" | "ote" | "pre" | "tax"
        | "before" | "approximately" | "approx" | "around" | "about" | "roughly" | "usd" => {
            Tok::Filler
        }
        _ => Tok::Break,
    };
    (tok, end)
}

fn next_word(text: &str, i: usize) -> (&str, usize) {
    let rest = &text[i..];
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    (&rest[..len], i + len)
}

fn skip_spaces(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    i + (rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len())
}

/// Is `c` a space that groups digits: "90 000", "90 000" (no-break), "120'000"?
fn group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// A number at `i` with its suffix: "120,000", "90 000", "43.27",
/// "18,00,000", "120K", "4.5k", "25 LPA", "5M".
fn number(text: &str, i: usize) -> (Tok, usize) {
    let b = text.as_bytes();
    let digits_at = |j: usize| b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits_at(i);
    let mut end = i + first;
    let mut int: f64 = text[i..end].parse().unwrap_or(0.0);
    let mut frac = 0.0;
    let mut grouped = false;
    while let Some(sep) = text[end..].chars().next() {
        let after = end + sep.len_utf8();
        let n = if after < b.len() { digits_at(after) } else { 0 };
        let next_is_sep_digit = |k: usize| {
            b.get(after + k).is_some_and(|c| matches!(c, b',' | b'.'))
                && b.get(after + k + 1).is_some_and(u8::is_ascii_digit)
        };
        let group = n == 3 && (sep == ',' || sep == '.' || (group_space(sep) && first <= 3));
        let lakh = sep == ',' && n == 2 && b.get(after + 2) == Some(&b',') && int < 100.0;
        if (group || lakh) && frac == 0.0 {
            int = int * 10f64.powi(n as i32) + text[after..after + n].parse().unwrap_or(0.0);
            end = after + n;
            grouped = true;
        } else if matches!(sep, '.' | ',') && (1..=2).contains(&n) && !next_is_sep_digit(n) {
            let f: f64 = text[after..after + n].parse().unwrap_or(0.0);
            frac = f / 10f64.powi(n as i32);
            end = after + n;
            break;
        } else {
            break;
        }
    }
    let value = int + frac;
    let mut tok = Tok::Num {
        value,
        factor: 1.0,
        thousands: grouped && value >= 1000.0,
        big: false,
        lpa: false,
    };
    // A suffix: letters right after the digits, or a word after one space.
    let spaced = skip_spaces(text, end);
    for (at, joined) in [(end, true), (spaced, false)] {
        let (w, w_end) = next_word(text, at);
        if w.is_empty() {
            continue;
        }
        let (factor, big, lpa) = match w {
            "k" | "K" => (1e3, false, false),
            _ if w.eq_ignore_ascii_case("thousand") => (1e3, false, false),
            "m" | "M" | "mm" | "MM" | "mn" | "B" | "b" | "bn" | "Bn" | "BN" | "tn" if joined => {
                (1e6, true, false)
            }
            "M" | "MM" | "B" | "bn" => (1e6, true, false),
            _ if w.eq_ignore_ascii_case("million")
                || w.eq_ignore_ascii_case("billion")
                || w.eq_ignore_ascii_case("trillion") =>
            {
                (1e6, true, false)
            }
            "L" | "lakh" | "lakhs" | "lac" | "lacs" | "Lakh" | "Lakhs" | "Lac" | "Lacs" => {
                (1e5, false, false)
            }
            "LPA" | "lpa" | "Lpa" => (1e5, false, true),
            "Cr" | "cr" | "crore" | "crores" | "Crore" => (1e7, false, false),
            _ => continue,
        };
        tok = Tok::Num {
            value: value * factor,
            factor,
            thousands: !big,
            big,
            lpa,
        };
        return (tok, w_end);
    }
    (tok, end)
}

struct Amount {
    value: f64,
    factor: f64,
    thousands: bool,
    big: bool,
    lpa: bool,
    code: Option<(&'static str, bool)>,
    period: Option<Period>,
    end: usize,
}

/// `[currency] number [currency] [filler…] [period]` at token `i`.
fn amount(toks: &[T], mut i: usize) -> Option<(Amount, usize)> {
    let mut code = None;
    let take_cur = |i: usize, code: &mut Option<(&'static str, bool)>| match toks.get(i)?.tok {
        Tok::Cur { code: c, generic } => {
            if code.is_none_or(|(_, g)| g) {
                *code = Some((c, generic));
            }
            Some(i + 1)
        }
        _ => None,
    };
    if let Some(next) = take_cur(i, &mut code) {
        i = next;
    }
    let Tok::Num {
        value,
        factor,
        thousands,
        big,
        lpa,
    } = toks.get(i)?.tok
    else {
        return None;
    };
    let mut end = toks[i].end;
    i += 1;
    if let Some(next) = take_cur(i, &mut code) {
        end = toks[i].end;
        i = next;
    }
    let mut period = lpa.then_some(Period::Year);
    if let Some(T {
        tok: Tok::Per(p),
        end: e,
        ..
    }) = toks.get(i)
    {
        period = Some(*p);
        end = *e;
        i += 1;
    }
    let a = Amount {
        value,
        factor,
        thousands,
        big,
        lpa,
        code,
        period,
        end,
    };
    Some((a, i))
}

/// A whole expression at token `i`: open end, amount, range, trailing
/// currency and period.
pub(super) fn expression(toks: &[T], start: usize) -> Option<(Reading, usize)> {
    let mut i = start;
    let prefix = match toks[i].tok {
        Tok::Between | Tok::UpTo | Tok::From => {
            i += 1;
            Some(toks[start].tok)
        }
        _ => None,
    };
    let (mut a, next) = amount(toks, i)?;
    i = next;
    let mut b = None;
    let joins = |t: Tok| t == Tok::Sep || (t == Tok::And && prefix == Some(Tok::Between));
    if toks.get(i).is_some_and(|t| joins(t.tok))
        && let Some((second, next)) = amount(toks, i + 1)
    {
        b = Some(second);
        i = next;
    }
    let mut end = b.as_ref().map_or(a.end, |b| b.end);
    let mut code = b.as_ref().and_then(|b| b.code);
    let mut period = b.as_ref().and_then(|b| b.period).or(a.period);
    // Trailing words: "USD per year", "gross per month".
    let mut j = i;
    while let Some(t) = toks.get(j) {
        match t.tok {
            Tok::Filler => {}
            Tok::Cur { code: c, generic } => {
                if code.is_none_or(|(_, g)| g) {
                    code = Some((c, generic));
                }
            }
            Tok::Per(p) if period.is_none() => period = Some(p),
            _ => break,
        }
        j += 1;
        if !matches!(t.tok, Tok::Filler) {
            end = t.end;
            i = j;
        }
    }
    let mut code = match (a.code, code) {
        (Some((c, false)), _) => Some(c),
        (_, Some((c, false))) => Some(c),
        (Some((c, true)), _) | (_, Some((c, true))) => Some(c),
        (None, None) => None,
    };
    if code.is_none() && (a.lpa || b.as_ref().is_some_and(|b| b.lpa)) {
        code = Some("INR");
    }
    let code = code?;
    // A suffix on one figure counts for both: "$80–100k", "18-25 LPA".
    if let Some(b) = &mut b {
        let bare = |x: &Amount| x.factor == 1.0 && x.value < 1000.0;
        if b.factor > 1.0 && bare(&a) {
            a.value *= b.factor;
            a.thousands = b.thousands;
            a.big = b.big;
        } else if a.factor > 1.0 && bare(b) {
            b.value *= a.factor;
            b.thousands = a.thousands;
            b.big = a.big;
        }
    }
    let (mut min, mut max) = (a.value, b.as_ref().map_or(a.value, |b| b.value));
    if min > max {
        std::mem::swap(&mut min, &mut max);
    }
    if max <= 0.0 {
        return None;
    }
    let bound = match (prefix, &b) {
        (Some(Tok::UpTo), None) => Bound::UpTo,
        (Some(Tok::From), None) => Bound::From,
        _ => Bound::Range,
    };
    let period_stated = period.is_some();
    let period = period.or_else(|| guess_period(max, code))?;
    let reading = Reading {
        salary: Salary {
            currency: code.to_string(),
            min,
            max,
            period,
            bound,
        },
        start: toks[start].start,
        end,
        period_stated,
        range: b.is_some(),
        thousands: a.thousands || b.as_ref().is_some_and(|b| b.thousands),
        big: a.big || b.as_ref().is_some_and(|b| b.big),
    };
    Some((reading, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (String, f64, f64, Period, Bound) {
        let r = read(text);
        assert_eq!(r.len(), 1, "text: {text:?}: {r:?}");
        let s = &r[0].salary;
        (s.currency.clone(), s.min, s.max, s.period, s.bound)
    }

    #[test]
    fn notations() {
        use Bound::*;
        use Period::*;
        for (text, want) in [
            ("$120K/yr - $150K/yr", ("USD", 120e3, 150e3, Year, Range)),
            (
                "$187,000 - $253,000 USD per year",
                ("USD", 187e3, 253e3, Year, Range),
            ),
            ("$50 - $60 an hour", ("USD", 50.0, 60.0, Hour, Range)),
            (
                "$43.27 to $64.90 per hour",
                ("USD", 43.27, 64.9, Hour, Range),
            ),
            ("90 000 – 110 000 EUR", ("EUR", 90e3, 110e3, Year, Range)),
            (
                "90\u{a0}000 – 110\u{a0}000 €",
                ("EUR", 90e3, 110e3, Year, Range),
            ),
            ("£60k–£70k", ("GBP", 60e3, 70e3, Year, Range)),
            ("€80k–€100k", ("EUR", 80e3, 100e3, Year, Range)),
            ("CAD 95,000 to 120,000", ("CAD", 95e3, 120e3, Year, Range)),
            ("$95,000 - $120,000 CAD", ("CAD", 95e3, 120e3, Year, Range)),
            ("CA$110,000–CA$130,000", ("CAD", 110e3, 130e3, Year, Range)),
            ("A$140,000 - A$160,000", ("AUD", 140e3, 160e3, Year, Range)),
            ("₹18-25 LPA", ("INR", 18e5, 25e5, Year, Range)),
            ("18 - 25 LPA", ("INR", 18e5, 25e5, Year, Range)),
            (
                "₹18,00,000 - ₹25,00,000 per annum",
                ("INR", 18e5, 25e5, Year, Range),
            ),
            ("up to $200k", ("USD", 200e3, 200e3, Year, UpTo)),
            ("from $95,000", ("USD", 95e3, 95e3, Year, From)),
            ("starting at $28/hr", ("USD", 28.0, 28.0, Hour, From)),
            (
                "between $150,000 and $180,000",
                ("USD", 150e3, 180e3, Year, Range),
            ),
            ("$170-190k", ("USD", 170e3, 190e3, Year, Range)),
            (
                "€4,500 – €5,500 gross per month",
                ("EUR", 4500.0, 5500.0, Month, Range),
            ),
            ("£550 per day", ("GBP", 550.0, 550.0, Day, Range)),
            ("$2,400/week", ("USD", 2400.0, 2400.0, Week, Range)),
            (
                "USD 3,000 - 4,000/month",
                ("USD", 3000.0, 4000.0, Month, Range),
            ),
            ("CHF 120'000 – 140'000", ("CHF", 120e3, 140e3, Year, Range)),
            ("€55.000 - €65.000 p.a.", ("EUR", 55e3, 65e3, Year, Range)),
            ("**$150K – $190K**", ("USD", 150e3, 190e3, Year, Range)),
            ("$95,000 annually", ("USD", 95e3, 95e3, Year, Range)),
            ("$120k (USD)", ("USD", 120e3, 120e3, Year, Range)),
        ] {
            let got = one(text);
            let want = (want.0.to_string(), want.1, want.2, want.3, want.4);
            assert_eq!(got, want, "text: {text:?}");
        }
    }

    #[test]
    fn spans_cover_the_expression() {
        let text = "Pay: $50 - $60 an hour - Full-time";
        let r = &read(text)[0];
        assert_eq!(&text[r.start..r.end], "$50 - $60 an hour");
        assert!(r.period_stated && r.range);
        let text = "The range is up to $200k, plus equity.";
        let r = &read(text)[0];
        assert_eq!(&text[r.start..r.end], "up to $200k");
    }

    #[test]
    fn what_is_not_money_is_not_read() {
        for text in [
            "401(k) with a 4% match",
            "2-4 years of experience",
            "100,000 customers",
            "Top 500",
            "Call (512) 555-0142",
            "Austin, TX 78701",
            "2019–2023",
            "Go 1.22 and Python 3.12",
            "24/7 on-call",
            "$HOME and $PATH",
            "Europe and EURO zone",
        ] {
            assert_eq!(read(text), [], "text: {text:?}");
        }
    }

    #[test]
    fn millions_are_money_but_flagged() {
        for text in [
            "$5M Series A",
            "raised $120 million",
            "revenue of $3B",
            "$2.5bn",
        ] {
            let r = read(text);
            assert!(r.len() == 1 && r[0].big, "text: {text:?}: {r:?}");
        }
    }
}
