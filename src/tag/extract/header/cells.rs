//! What a header line or cell is: the words that label it, and the tests
//! that tell a title, a place, a term of the job and a name apart.

use crate::tag::title;
use crate::tag::vocab::Vocab;

/// Labels of a line naming the employer.
pub(super) const COMPANY_LABELS: &[&str] = &[
    "company",
    "company name",
    "employer",
    "organization",
    "organisation",
    "org",
    "client",
    "hiring company",
];

/// Company labels an applicant-tracking system also gives a department
/// ("Organization: Information Technology - Infrastructure Services").
pub(crate) const ORGANIZATION_LABELS: &[&str] = &["organization", "organisation", "org"];

/// `true` when every word of `name` is a common English word (or "&",
/// "-", "of", "and"): a department's name, as an organisation field may
/// hold one, not an employer's.
pub(crate) fn common_words(name: &str, vocab: &Vocab) -> bool {
    name.split_whitespace()
        .all(|w| matches!(w, "&" | "-" | "of" | "and") || vocab.english().is_common(w))
}

/// Labels of a line holding the title.
pub(super) const TITLE_LABELS: &[&str] = &[
    "job title",
    "title",
    "position",
    "position title",
    "job position",
    "role",
    "job role",
    "job",
    "opening",
    "vacancy",
];

/// Field labels standing alone on a line, their value on the next line
/// (Workday, Ashby, Lever, Stack Overflow).
pub(super) const FIELD_LABELS: &[&str] = &[
    "location",
    "locations",
    "department",
    "team",
    "employment type",
    "compensation",
    "time type",
    "posted on",
    "job requisition id",
    "requisition id",
    "job id",
    "job location",
    "job locations",
    "category",
    "type",
    "posted date",
    "req id",
    "workplace type",
    "job type",
    "salary",
    "pay",
    "experience level",
    "seniority level",
    "role",
    "industry",
    "company size",
    "company type",
    "date posted",
    "commitment",
    "location type",
];

/// Words that mark a header cell as a term of the job, not a name.
pub(super) const META: &[&str] = &[
    " ago",
    "applicant",
    "out of 5",
    "stars",
    "reviews",
    "promoted",
    "easy apply",
    "apply",
    "full-time",
    "full time",
    "fulltime",
    "part-time",
    "part time",
    "contract",
    // A contract's length and tax terms in a recruiter's subject line:
    // "Azure Engineer || Charlotte, NC || Long Term", "W2 only".
    "long term",
    "long-term",
    "short term",
    "short-term",
    " months ",
    " c2c ",
    " w2 ",
    " 1099 ",
    "corp to corp",
    "internship",
    "temporary",
    "permanent",
    "remote",
    "hybrid",
    "on-site",
    "onsite",
    "in-office",
    "in office",
    "posted",
    "$",
    "£",
    "€",
    "₹",
    "/hr",
    "an hour",
    "a year",
    "per year",
    "per hour",
    "salary",
    "job details",
    "description",
    "about the",
    "skills",
    "see more",
    "show more",
    "save",
    "share",
    "actively",
    "responses",
    "benefits",
    "overview",
    "application",
    "mid-senior",
    "entry level",
    "seniority",
    "urgent",
    "requirement",
    "need",
    "opportunit",
    "w2",
    "c2c",
    "visa",
    "relocation",
    "equity",
    "http",
    "www.",
    "@",
    "from:",
    "to:",
    "date:",
    "sent:",
    "cc:",
    "shift",
    "clearance",
    "req ",
    "requisition",
    // A posting's number and labels: "Job ID 2025-118402", "Job Title".
    "job id",
    "job location",
    " job code",
    " job number",
    " posting id",
    " job title",
    // How the job is filled: "Embedded Linux Engineer - Direct Hire".
    "direct hire",
    "contract to hire",
    "c2h",
    " level ",
    "inmail",
    " month",
    " year",
    " week",
    " day",
    " hour",
    "ir35",
    "ts/sci",
    " poly",
    "secret",
    "confidential",
    "stealth",
];

/// What a title line never holds: counts of applicants, dates, money, links.
pub(super) const NOT_TITLE: &[&str] = &[
    " ago",
    "applicant",
    "$",
    "£",
    "€",
    "₹",
    "http",
    "www.",
    "@",
    "out of 5",
    "stars",
];

/// `true` when a line or cell reads as a job title.
pub(super) fn is_title(cell: &str, vocab: &Vocab) -> bool {
    // "@" marks a mail address; " @ " between words reads "at".
    let lower = format!(" {} ", cell.to_lowercase()).replace(" @ ", " at ");
    if NOT_TITLE.iter().any(|m| lower.contains(m)) || cell.contains(": ") {
        return false;
    }
    // "saved 11/3 from LinkedIn, recruiter Dana reached out too": a title
    // in lower case among capitalised words is prose naming a person's
    // job; a title line is in title case, sentence case or all lower case.
    title::parse(cell, vocab).is_some_and(|t| {
        let first = cell[t.start..t.end].split_whitespace().next().unwrap_or("");
        !(first.chars().all(|c| !c.is_uppercase()) && cell.chars().any(char::is_uppercase))
    })
}

/// US states, which follow a city after a comma ("Los Gatos, California").
pub(super) const STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "district of columbia",
    "ontario",
    "quebec",
    "british columbia",
    "england",
    "scotland",
];

/// Countries, regions and words of places, lower case, that make a cell a
/// location (with the "City, ST" pattern).
pub(super) const PLACES: &[&str] = &[
    "united states",
    "usa",
    "us",
    "u.s.",
    "united kingdom",
    "uk",
    "canada",
    "germany",
    "india",
    "france",
    "ireland",
    "netherlands",
    "spain",
    "poland",
    "australia",
    "singapore",
    "japan",
    "brazil",
    "mexico",
    "europe",
    "emea",
    "apac",
    "latam",
    "americas",
    "anywhere",
    "worldwide",
    "global",
    "multiple locations",
    "new york",
    "nyc",
    "sf",
    "bay area",
    "los angeles",
    "chicago",
    "boston",
    "austin",
    "denver",
    "atlanta",
    "washington",
    "leeds",
    "manchester",
    "edinburgh",
    "zurich",
    "stockholm",
    "barcelona",
    "madrid",
    "lisbon",
    "warsaw",
    "hyderabad",
    "pune",
    "chennai",
    "sydney",
    "melbourne",
    "tel aviv",
    "vancouver",
    "montreal",
    "london",
    "berlin",
    "paris",
    "amsterdam",
    "toronto",
    "san francisco",
    "seattle",
    "bangalore",
    "bengaluru",
    "dublin",
    "munich",
    "remote",
];

/// `true` for a cell that is a term of the job: a date, a count of
/// applicants, a work mode, a salary, a button.
pub(super) fn is_meta(cell: &str) -> bool {
    let lower = format!(" {} ", cell.to_lowercase());
    META.iter().any(|m| lower.contains(m))
}

/// `true` for a cell that is a place: "Austin, TX", "Remote (US)",
/// "Berlin, Germany", "USA - Saint Louis, MO".
pub(super) fn is_location(cell: &str) -> bool {
    // "San Francisco or New York", "Leeds/Remote", "Berlin and Remote (EU)".
    let parts: Vec<&str> = cell
        .split(" or ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split('/'))
        .collect();
    if parts.len() > 1 {
        return parts.iter().any(|p| is_one_location(p.trim()));
    }
    is_one_location(cell)
}

pub(super) fn is_one_location(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if PLACES.contains(&bare) {
        return true;
    }
    // "City, ST" and "City, ST 12345".
    cell.split(", ").skip(1).any(|part| {
        let code = part.split_whitespace().next().unwrap_or("");
        (code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()))
            || PLACES.contains(&part.trim().to_lowercase().as_str())
            || STATES.contains(&part.trim().to_lowercase().as_str())
    })
}

/// `true` for a cell that looks like the name of an organisation.
pub(super) fn is_name(cell: &str, vocab: &Vocab) -> bool {
    is_name_with(cell, vocab, true, 7)
}

/// [`is_name`] for a line or cell that only its looks make a name: the
/// first line of a note, a cell of a subject line, a line over the title.
/// A first word that opens phrases ("Why Mayo Clinic", "Our Purpose",
/// "New Role | Senior Engineer") makes it no name there.
pub(super) fn is_lone_name(cell: &str, vocab: &Vocab) -> bool {
    is_name_with(cell, vocab, false, 7)
}

/// [`is_name`] for the employer's slot of a board's copy: the first cell
/// of its line of place, age and applicants ("Under Armour · Baltimore, MD
/// · 2 days ago"), the line over the title above that line, the alt text
/// of its logo. There a name may run to ten words ("The University of
/// Texas MD Anderson Cancer Center").
pub(super) fn is_employer_cell(cell: &str, vocab: &Vocab) -> bool {
    is_name_with(cell, vocab, true, 10)
}

/// A name's looks. Where the structure says the cell holds a name
/// (`lead_ok`: a "Company:" label's value, the name after "Title at", a
/// board's employer cell), a first word that opens phrases elsewhere is
/// the name's own: "Under Armour", "New Balance", "One Medical", "Via".
fn is_name_with(cell: &str, vocab: &Vocab, lead_ok: bool, most: usize) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    if words.is_empty() || words.len() > most || cell.len() > 60 {
        return false;
    }
    let first = cell.chars().next().unwrap_or(' ');
    let second = cell.chars().nth(1).unwrap_or(' ');
    let starts_like_a_name = first.is_uppercase()
        || first.is_ascii_digit()
        || (first.is_lowercase() && second.is_uppercase());
    let stops = vocab.name_stops();
    // "Why Mayo Clinic", "Our Purpose", "What We Offer": a phrase, not a name.
    if words[0] != "The" && stops.get(words[0]).lead && !lead_ok {
        return false;
    }
    // "Python/C++", "TS/SCI w/ FS Poly", "Series C climate tech": a name's
    // words are capitalised, but for its connectors.
    let lower_words = words
        .iter()
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    **w,
                    "of" | "and" | "the" | "for" | "de" | "du" | "la" | "y" | "&"
                )
                && !w.chars().skip(1).any(char::is_uppercase)
        })
        .count();
    // One small word may stand inside a name ("Jobs via Dice"), never at
    // its end: "Global Pharmaceutical company" describes one.
    let ends_small = words[words.len() - 1].starts_with(char::is_lowercase);
    if lower_words > 0 && !(lower_words == 1 && words.len() >= 3 && !ends_small)
        || cell.contains('/')
    {
        return false;
    }
    let sentence = cell.ends_with(['!', '?', ':', ','])
        || cell.contains(':')
        || (cell.ends_with('.')
            && !cell.ends_with("Inc.")
            && !cell.ends_with("Co.")
            && !cell.ends_with("Corp.")
            && !cell.ends_with("Ltd.")
            && !cell.ends_with("com."));
    starts_like_a_name
        && !sentence
        && cell.chars().any(char::is_alphabetic)
        && !is_meta(cell)
        && !is_location(cell)
        && title::parse(cell, vocab).is_none()
        && !words
            .iter()
            .all(|w| stops.get(w).alone || (stops.get(w).lead && !lead_ok))
        && !navigation(&words, vocab)
}

/// `true` for a page's controls: "Search for Jobs", "Careers Home", common
/// words around a word of labels and teams. A careers site's own name has
/// a name in it ("Illumina Careers"); "Department of Veterans Affairs"
/// names an institution with its part's noun, and "US" in capitals is no
/// "Us".
fn navigation(words: &[&str], vocab: &Vocab) -> bool {
    let stops = vocab.name_stops();
    let label = |(k, w): (usize, &&str)| {
        let stop = stops.get(w);
        stop.inside
            && !stop.extend
            && w.chars().any(char::is_lowercase)
            && !(k == 0 && words.get(1) == Some(&"of"))
    };
    words.iter().enumerate().any(label)
        && words.iter().all(|w| {
            let stop = stops.get(w);
            stop.inside || stop.lead || vocab.english().is_common(w)
        })
}

/// The text before the first " · ", " - ", " | " or " • " of a line,
/// without Markdown emphasis closing it ("**Airbnb** · Remote").
pub(super) fn first_cell(line: &str) -> &str {
    let end = [" · ", " – ", " — ", " - ", " | ", " • ", " (", "\t"]
        .iter()
        .filter_map(|s| line.find(s))
        .min()
        .unwrap_or(line.len());
    // "… at MongoDB?": a subject may ask.
    let cell = line[..end].trim().trim_end_matches(['*', '_', '?', '!']);
    // Indeed's rating beside the name: "Chewy 4.0★", "Chewy ★ 4.0".
    match cell.find('★') {
        Some(star) => cell[..star]
            .trim_end()
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim_end(),
        None => cell,
    }
}

/// `true` for a line that opens with a field's label and holds its value:
/// "Job Locations US-AR-Springdale", "Type Regular Full-Time".
pub(super) fn labels_its_value(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    // "Department of Veterans Affairs" is a name that opens with a label's
    // word: a value does not go on with "of".
    (1..=3.min(words.len().saturating_sub(1))).any(|n| {
        lower_is_one_of(&words[..n].join(" "), FIELD_LABELS)
            && !matches!(words[n], "of" | "for" | "and" | "&")
    })
}

/// A brand written in lower case, as a few are ("tldraw", "n8n",
/// "fly.io"): one token of letters, digits and dots that is no common word
/// and no skill.
pub(super) fn is_lower_brand(cell: &str, vocab: &Vocab) -> bool {
    is_lower_token(cell, vocab) && !vocab.skill_as_written(cell)
}

/// One token of lower-case letters, digits and dots that is no common
/// word: a brand's shape, or a product's ("athenahealth").
pub(super) fn is_lower_token(cell: &str, vocab: &Vocab) -> bool {
    cell.len() >= 2
        && cell.starts_with(|c: char| c.is_ascii_lowercase())
        && cell
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.')
        && !vocab.english().is_common(cell)
}

/// A name whose owner writes its first word in lower case ("dbt Labs",
/// "e.l.f. Beauty", "d-Matrix"): a first token of letters, digits, dots
/// and hyphens that opens in lower case and is no common word, then at
/// most four capitalised words. Only where the structure says the
/// employer stands is this shape read as a name.
pub(super) fn is_lower_led_name(cell: &str, vocab: &Vocab) -> bool {
    let mut words = cell.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !vocab.english().is_common(first.trim_end_matches('.'))
        && rest.len() <= 4
        && rest.iter().all(|w| w.starts_with(char::is_uppercase))
        && !is_meta(cell)
        && !is_location(cell)
}

/// A line that opens with a name and goes on, past a dash or bar, with a
/// title: the name, where the title starts, and the title's cell.
pub(super) fn name_then_title<'a>(
    line: &'a str,
    vocab: &Vocab,
) -> Option<(&'a str, usize, &'a str)> {
    let (i, sep) = [" — ", " – ", " - ", " | "]
        .iter()
        .filter_map(|s| line.find(s).map(|i| (i, s.len())))
        .min()?;
    let name = line[..i].trim_end();
    let title = first_cell(&line[i + sep..]);
    (is_lone_name(name, vocab) && !is_title(name, vocab) && is_title(title, vocab)).then_some((
        name,
        i + sep,
        title,
    ))
}

/// `true` when `text` in lower case (`str::to_lowercase`) is one of the
/// lower-case ASCII `labels`; ASCII text is compared without a copy (every
/// line of a header is asked).
pub(super) fn lower_is_one_of(text: &str, labels: &[&str]) -> bool {
    if text.is_ascii() {
        labels.iter().any(|l| l.eq_ignore_ascii_case(text))
    } else {
        labels.contains(&text.to_lowercase().as_str())
    }
}

/// `true` when `text` in lower case (`str::to_lowercase`) starts with the
/// lower-case ASCII `prefix`, without a copy when `text` starts in ASCII.
pub(super) fn lower_starts_with(text: &str, prefix: &str) -> bool {
    match text.as_bytes().get(..prefix.len()) {
        // Lower-casing maps ASCII to ASCII of the same length, whatever follows.
        Some(head) if head.is_ascii() => head.eq_ignore_ascii_case(prefix.as_bytes()),
        _ if text.is_ascii() => false,
        _ => text.to_lowercase().starts_with(prefix),
    }
}
