//! Tests of the field keys (`location`, `salary`, `status`, …) read from
//! whole front matter blocks.

use super::field_keys::SALARY_HELP;
use super::front_matter::{first_error, parse_meta};
use super::values::{Employment, Remote, Status};

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
