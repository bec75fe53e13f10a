//! Salaries in a text: the money expressions [`crate::parse::salary::read`]
//! finds, judged by where they stand. A figure next to "budget",
//! "stipend", "bonus", "raised" or "revenue" is not pay; millions never
//! are; a figure out of any salary's range for its period is not; and in
//! prose a lone figure counts only in a sentence about pay ("The base
//! salary range for this role is …"), while a range with its period
//! ("$50 - $60 an hour") counts anywhere.

use super::lines::{floor, has_word, sentence, words_after, words_before};
use super::model::{Finds, Rank};
use crate::parse::salary::{Reading, read, scale};

/// Words that make a figure beside them something other than pay.
const NOT_PAY: &[&str] = &[
    "budget",
    "budgets",
    "stipend",
    "stipends",
    "allowance",
    "allowances",
    "bonus",
    "bonuses",
    "reimbursement",
    "reimbursed",
    "credit",
    "credits",
    "grant",
    "grants",
    "fund",
    "funding",
    "funds",
    "raised",
    "raise",
    "raising",
    "revenue",
    "revenues",
    "valuation",
    "valued",
    "arr",
    "series",
    "seed",
    "investment",
    "invested",
    "customers",
    "users",
    "match",
    "matching",
    "gift",
    "wellness",
    "relocation",
    "referral",
    "donation",
    "perk",
    "perks",
    "savings",
    "cost",
    "costs",
    "price",
    "pricing",
    "fee",
    "fees",
    "worth",
    "spend",
    "spending",
    "signing",
    "sign",
    "learning",
    "education",
    "tuition",
    "training",
    "conference",
    "conferences",
    "coworking",
    "gym",
    "meal",
    "meals",
    "lunch",
    "phone",
    "internet",
    "equipment",
    "laptop",
    "hardware",
    "volume",
    "gmv",
    "loan",
    "prize",
    "award",
    "sales",
    "deal",
    "deals",
    "premium",
];

/// Words of a sentence about pay.
const PAY: &[&str] = &[
    "salary",
    "salaries",
    "pay",
    "pays",
    "paid",
    "paying",
    "compensation",
    "comp",
    "wage",
    "wages",
    "rate",
    "base",
    "ote",
    "earn",
    "earns",
    "earning",
    "earnings",
    "tc",
    "remuneration",
    "ctc",
    "income",
];

/// Words that end what a figure is said to be: "$120k, plus bonus".
const JOINS: &[&str] = &["plus", "and", "with", "or"];

/// Is the reading at `r` (spans in `text`) a salary?
pub fn is_salary(text: &str, r: &Reading, rank: Rank) -> bool {
    if r.big || !plausible(r) {
        return false;
    }
    let before = words_before(text, r.start, 4);
    let joined = text[r.end..].trim_start().starts_with('+');
    let after = words_after(text, r.end, if joined { 0 } else { 3 });
    let mut after = after
        .iter()
        .take_while(|w| !JOINS.iter().any(|j| w.eq_ignore_ascii_case(j)));
    let not_pay = |w: &&str| NOT_PAY.iter().any(|n| w.eq_ignore_ascii_case(n));
    if before.iter().any(not_pay) || after.any(not_pay) {
        return false;
    }
    if rank < Rank::Prose {
        return true;
    }
    if r.range && (r.period_stated || r.thousands) {
        return true;
    }
    let said = sentence(text, r.start, r.end, 200);
    // Recruiters call the pay "the budget for the role".
    has_word(said, PAY) || said.to_ascii_lowercase().contains("budget for th")
}

/// Figures a salary of their period could be: a year's pay between about
/// $8,000 and $3M in the currency's scale, a range within a factor of 4.
fn plausible(r: &Reading) -> bool {
    let s = &r.salary;
    let yearly = s.max * s.period.per_year() / scale(&s.currency);
    (8_000.0..=3_000_000.0).contains(&yearly) && s.min * 4.0 >= s.max
}

/// Offers the first salary in a labelled value.
pub fn in_value(text: &str, value: &str, rank: Rank, finds: &mut Finds) {
    let at = super::lines::offset(text, value);
    let readings = read(value).into_iter().map(|mut r| {
        r.start += at;
        r.end += at;
        r
    });
    offer_first(text, readings, rank, finds);
}

/// Offers the first of `readings` (spans in `text`) that is a salary.
pub fn offer_first(
    text: &str,
    readings: impl IntoIterator<Item = Reading>,
    rank: Rank,
    finds: &mut Finds,
) {
    if let Some(r) = readings.into_iter().find(|r| is_salary(text, r, rank)) {
        finds.salary.offer(rank, r.start, r.end, r.salary);
    }
}

/// Offers the salaries in the line around a currency sign at `at` in
/// prose; returns where the text read ends, so later signs in it are
/// skipped.
pub fn in_prose(text: &str, line: (usize, usize), at: usize, finds: &mut Finds) -> usize {
    // Enough for the expression around a sign or a code: "between €65,000
    // and €80,000", "90 000 – 110 000 EUR". The words around it are read
    // from the whole text.
    let start = floor(text, line.0.max(at.saturating_sub(60)));
    let start = match text[start..at].find(' ') {
        Some(space) if start > line.0 => start + space + 1,
        _ => start,
    };
    let end = floor(text, line.1.min(at + 100));
    for mut r in read(&text[start..end]) {
        r.start += start;
        r.end += start;
        if is_salary(text, &r, Rank::Prose) {
            finds.salary.offer(Rank::Prose, r.start, r.end, r.salary);
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_text(text: &str) -> Option<String> {
        let mut finds = Finds::default();
        let mut done = 0;
        for (i, c) in text.char_indices() {
            if i >= done && matches!(c, '$' | '€' | '£' | '₹') {
                done = in_prose(text, (0, text.len()), i, &mut finds);
            }
        }
        finds.salary.into_found().map(|f| f.value.to_string())
    }

    #[test]
    fn pay_in_prose() {
        for (text, want) in [
            (
                "The base salary range for this role is $187,000 - $253,000 USD per year.",
                "$187,000–$253,000 a year",
            ),
            (
                "The expected pay range is $43.27 to $64.90 per hour, plus a 10% annual bonus target.",
                "$43.27–$64.90 an hour",
            ),
            (
                "Compensation: up to $200k base + equity.",
                "up to $200,000 a year",
            ),
            (
                "Salary from $95,000, depending on experience.",
                "from $95,000 a year",
            ),
            (
                "It pays $170-190k base plus equity and a 15% bonus.",
                "$170,000–$190,000 a year",
            ),
            (
                "Budget is fixed. $50 - $60 an hour for this role.",
                "$50–$60 an hour",
            ),
            (
                "A $10k signing bonus on top of a base salary of $150,000.",
                "$150,000 a year",
            ),
            (
                "The budget for the role is up to £85k plus bonus.",
                "up to £85,000 a year",
            ),
        ] {
            assert_eq!(in_text(text).as_deref(), Some(want), "text: {text:?}");
        }
    }

    #[test]
    fn money_that_is_not_pay() {
        for text in [
            "We just raised a $5M Series A.",
            "We raised $120 million from investors.",
            "It reported revenue of $3B last year.",
            "Perks: a $10k learning budget.",
            "- $2,000 home-office stipend",
            "- $500 monthly wellness allowance",
            "tuition reimbursement up to $5,250 per year",
            "a £1,500 annual training budget",
            "See how you compare. Try Premium for $0",
            "We charge $20 a month per seat.",
            "Our customers saved $120,000 last year.",
            "The office has a $40 daily lunch credit.",
        ] {
            assert_eq!(in_text(text), None, "text: {text:?}");
        }
    }
}
