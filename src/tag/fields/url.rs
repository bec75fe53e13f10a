//! The address of the original posting: a web address in a labelled value
//! (`Apply: https://…`), or one in the text that points at a job board or a
//! careers page (Greenhouse, Lever, Workday, Ashby, `/jobs/`, `/careers/`),
//! not at the company's blog or a tool's documentation.

/// The web address starting at `at` (`http://` or `https://`), without
/// the punctuation that ends a sentence or a Markdown link.
pub fn at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let lower_start = rest.get(..8)?.to_ascii_lowercase();
    if !(lower_start.starts_with("https://") || lower_start.starts_with("http://")) {
        return None;
    }
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | ')' | ']' | '`'))
        .unwrap_or(rest.len());
    let url = rest[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', '*']);
    let host = url.split("://").nth(1)?.split('/').next()?;
    (host.contains('.') && host.len() > 3).then_some((at, at + url.len()))
}

/// The first web address in a value.
pub fn in_value(value: &str) -> Option<&str> {
    let i = value.find("http")?;
    let (a, b) = at(value, i)?;
    Some(&value[a..b])
}

/// What the Markdown link that ends `before` (`… [the posting](`) says
/// its address is: `Some(true)` the posting (as good as a label),
/// `Some(false)` something else (a careers page, a blog, reviews), `None`
/// when there is no such link or its words say neither.
pub fn link_says_posting(before: &str) -> Option<bool> {
    let head = before.strip_suffix("](")?;
    let name = head[head.rfind('[')? + 1..].to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&[
        "posting",
        "apply",
        "job ad",
        "listing",
        "job description",
        "original",
    ]) {
        Some(true)
    } else if has(&[
        "career", "blog", "review", "talk", "site", "home", "about", "team", "culture", "podcast",
        "video", "docs", "github", "profile",
    ]) {
        Some(false)
    } else {
        None
    }
}

/// Hosts of job boards and applicant-tracking systems.
const BOARDS: &[&str] = &[
    "greenhouse.io",
    "lever.co",
    "myworkdayjobs.com",
    "workday.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "workable.com",
    "bamboohr.com",
    "recruitee.com",
    "teamtailor.com",
    "personio.",
    "jobvite.com",
    "icims.com",
    "taleo.net",
    "successfactors.",
    "breezy.hr",
    "applytojob.com",
    "wellfound.com",
    "linkedin.com/jobs",
    "indeed.",
    "glassdoor.",
    "ziprecruiter.com",
    "dice.com",
    "stepstone.",
    "welcometothejungle.com",
    "otta.com",
    "builtin.com",
    "ycombinator.com/companies",
    "workatastartup.com",
    "naukri.com",
    "seek.com",
    "jobs.",
    "careers.",
    "apply.",
];

/// Parts of a path or query that mark a job posting.
const PATHS: &[&str] = &[
    "/jobs",
    "/job/",
    "/careers",
    "/career/",
    "/positions",
    "/openings",
    "/vacancies",
    "/vacancy",
    "/apply",
    "/join",
    "gh_jid=",
    "jobid=",
    "job_id=",
    "/viewjob",
    "/opportunities",
];

/// Does a web address point at a job posting or a careers page?
pub fn is_posting(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let mut buf = [0u8; 160];
    let Some(lower) = buf.get_mut(..rest.len().min(160)) else {
        return false;
    };
    lower.copy_from_slice(&rest.as_bytes()[..lower.len()]);
    lower.make_ascii_lowercase();
    let rest = String::from_utf8_lossy(lower);
    let host = rest.split('/').next().unwrap_or_default();
    let path = &rest[host.len()..];
    let at_part = |i: usize| i == 0 || host.as_bytes()[i - 1] == b'.';
    BOARDS.iter().any(|b| {
        if b.ends_with('.') && !b.contains('/') {
            // "jobs.", "indeed.": the start of the host or of a part of it.
            host.match_indices(b).any(|(i, _)| at_part(i))
        } else {
            rest.contains(b)
        }
    }) || PATHS.iter().any(|p| {
        // "/jobs" as a whole part of the path, not "/jobsched".
        path.match_indices(p).any(|(i, _)| {
            !p.starts_with('/')
                || p.ends_with('/')
                || path[i + p.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_end_where_the_sentence_does() {
        for (text, want) in [
            (
                "https://acme.example/careers.",
                Some("https://acme.example/careers"),
            ),
            (
                "[Apply](https://x.example/jobs/1)",
                Some("https://x.example/jobs/1"),
            ),
            (
                "see http://a.example/p?q=1, then",
                Some("http://a.example/p?q=1"),
            ),
            ("https://", None),
        ] {
            let got = text
                .find("http")
                .and_then(|i| at(text, i))
                .map(|(a, b)| &text[a..b]);
            assert_eq!(got, want, "text: {text:?}");
        }
    }

    #[test]
    fn links_that_name_the_posting() {
        for (before, want) in [
            ("- [posting](", Some(true)),
            ("[Apply here](", Some(true)),
            ("see [the original job ad](", Some(true)),
            ("- [careers page](", Some(false)),
            ("- [talk by their CTO](", Some(false)),
            ("- [Acme](", None),
            ("plain text ", None),
        ] {
            assert_eq!(link_says_posting(before), want, "before: {before:?}");
        }
    }

    #[test]
    fn postings_and_other_pages() {
        for (url, want) in [
            ("https://boards.greenhouse.io/acme/jobs/4821", true),
            ("https://jobs.lever.co/acme/1f2e", true),
            (
                "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Chicago/R-1",
                true,
            ),
            ("https://jobs.ashbyhq.com/acme/9b1", true),
            ("https://www.linkedin.com/jobs/view/3912345678", true),
            ("https://kestrel.example/careers", true),
            ("https://careers.acme.example/", true),
            ("https://go.dev/doc/go1.22", false),
            ("https://acme.example/blog/hiring-is-hard", false),
            ("https://github.com/acme/jobsched", false),
        ] {
            assert_eq!(is_posting(url), want, "url: {url}");
        }
    }
}
