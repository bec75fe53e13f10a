//! The employer a job board's address names: a URL → the employer's slug
//! (`jobs.ashbyhq.com/ramp`, `boards.greenhouse.io/ramp`,
//! `jobs.lever.co/ramp`, `ramp.wd1.myworkdayjobs.com`), and a slug → the
//! name as the text writes it.
//!
//! Applicant-tracking systems give every employer a board of its own under
//! a slug of its name; the address of a posting on such a board names its
//! employer whatever the text around it says.

use crate::tag::vocab::Vocab;

/// Hosts whose first path segment is the employer's slug.
const PATH_HOSTS: &[&str] = &[
    "apply.workable.com",
    "boards.eu.greenhouse.io",
    "boards.greenhouse.io",
    "careers.smartrecruiters.com",
    "job-boards.eu.greenhouse.io",
    "job-boards.greenhouse.io",
    "jobs.ashbyhq.com",
    "jobs.eu.lever.co",
    "jobs.lever.co",
    "jobs.smartrecruiters.com",
];

/// Host endings whose first label is the employer's slug.
const SUBDOMAIN_HOSTS: &[&str] = &[
    ".applytojob.com",
    ".bamboohr.com",
    ".breezy.hr",
    ".jobs.personio.com",
    ".jobs.personio.de",
    ".myworkdayjobs.com",
    ".recruitee.com",
    ".teamtailor.com",
];

/// An address's host, lower-cased, and its path, without the scheme.
fn host_and_path(url: &str) -> (String, &str) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    (host.to_ascii_lowercase(), path)
}

/// The employer's slug in a job board's address, lower-cased.
pub fn slug(url: &str) -> Option<String> {
    let (host, path) = host_and_path(url);
    let host = host.trim_start_matches("www.");
    let slug = if PATH_HOSTS.contains(&host) {
        path.split(['/', '?', '#']).next()?
    } else if SUBDOMAIN_HOSTS.iter().any(|h| host.ends_with(h)) {
        host.split('.').next()?
    } else {
        return None;
    };
    let plain = slug.len() >= 2
        && slug
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && slug.chars().any(|c| c.is_ascii_alphabetic())
        && !matches!(slug, "embed" | "jobs" | "careers" | "v1" | "api");
    plain.then(|| slug.to_ascii_lowercase())
}

/// Sites where people find jobs, not employers: a path under `/jobs` or
/// `/careers` on one of them names no employer.
const JOB_SITES: &[&str] = &[
    "linkedin",
    "indeed",
    "glassdoor",
    "ziprecruiter",
    "dice",
    "monster",
    "careerbuilder",
    "simplyhired",
    "usajobs",
    "builtin",
    "wellfound",
    "angel",
    "google",
    "hired",
    "otta",
    "welcometothejungle",
    "workatastartup",
    "ycombinator",
    "levels",
    "teamblind",
    "jobright",
];

/// `true` when `name` is a job board that carries other employers'
/// postings ("Dice", "Jobs via Dice", "ZipRecruiter"): in a posting it
/// carries, it speaks for whom it carries. Sites whose name is also an
/// employer's in its own right (Google, Levels, Hired) are not among them.
pub fn carries_postings(name: &str) -> bool {
    let name = name.strip_prefix("Jobs via ").unwrap_or(name);
    let slug = || {
        name.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
    };
    name.len() <= 24
        && JOB_SITES
            .iter()
            .filter(|s| !matches!(**s, "google" | "levels" | "hired" | "angel" | "ycombinator"))
            .any(|s| slug().eq(s.chars()))
}

/// The employer's slug in the address of its own careers site:
/// `careers.acme.com/…`, `jobs.acme.com/…`, `www.acme.com/careers/…`.
pub fn own_site(url: &str) -> Option<String> {
    let (host, path) = host_and_path(url);
    let (site, careers_host) = match host.split_once('.') {
        Some(("careers" | "jobs", site)) => (site, true),
        Some(("www", site)) => (site, false),
        _ => (host.as_str(), false),
    };
    let first = path.split(['/', '?', '#']).next().unwrap_or("");
    if !careers_host && !matches!(first.to_ascii_lowercase().as_str(), "careers" | "jobs") {
        return None;
    }
    // The label before the public suffix: "acme" of "acme.com", "acme.co.uk".
    let labels: Vec<&str> = site.split('.').collect();
    let slug = match labels.as_slice() {
        [name, _] => *name,
        [name, "co" | "com", _] => *name,
        _ => return None,
    };
    (slug.len() >= 2
        && slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !JOB_SITES.contains(&slug))
    .then(|| slug.to_string())
}

/// The employer's name for `slug`: as `text` writes it, its words joined
/// or apart in any case ("OpenAI" for `openai`, "Scale AI" for
/// `scale-ai`), else the known company, else a one-word slug capitalised
/// ("Ramp"). `None` for a slug of several words the text never writes.
pub fn name(slug: &str, text: &str, vocab: &Vocab) -> Option<String> {
    let parts: Vec<&str> = slug.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    if let Some(written) = spelled(slug, text) {
        return Some(written);
    }
    if let Some(known) = vocab.canonical_company(&parts.join(" ")) {
        return Some(known.to_string());
    }
    match parts.as_slice() {
        [one] if one.len() >= 3 && one.chars().all(|c| c.is_ascii_alphabetic()) => {
            let mut c = one.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        }
        _ => None,
    }
}

/// The run of the text's capitalised words that spells `slug`, as written.
pub fn spelled(slug: &str, text: &str) -> Option<String> {
    let parts: Vec<&str> = slug.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    let joined: String = parts.concat();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // A run of the text's words that spells the slug.
    for (i, w) in words.iter().enumerate() {
        if !w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let mut spelled = String::new();
        for (k, next) in words[i..].iter().take(parts.len().max(1)).enumerate() {
            spelled.push_str(&next.to_ascii_lowercase());
            if spelled == joined {
                return Some(words[i..=i + k].join(" "));
            }
            if !joined.starts_with(&spelled) {
                break;
            }
        }
    }
    None
}
