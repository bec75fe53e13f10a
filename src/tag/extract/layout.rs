//! Layout: a text → its code blocks and its sections, each section with the
//! kind its heading names (requirements, responsibilities, "About us",
//! benefits, legal boilerplate).
//!
//! Where a mention stands says what it is worth: a technology under
//! "Requirements" is asked for, the same word under "About us" is the
//! company's own product, under "Benefits" a perk. Headings are found by
//! structure — a Markdown heading, a bold line, a short line that ends in a
//! colon, a label that opens a line ("Company description: …"), a short
//! line with no sentence punctuation before a list — and named by the
//! words job postings use for them.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// What a part of a posting is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionKind {
    /// No heading, or a heading that names nothing known.
    #[default]
    Other,
    /// What the job asks for: "Requirements", "Qualifications", "Who you are".
    Required,
    /// What the job would like: "Nice to have", "Preferred", "Bonus points".
    Preferred,
    /// What the job does: "Responsibilities", "What you'll do", "About the role".
    Duties,
    /// The employer describing itself: "About us", "Company Analysis".
    About,
    /// What the employer offers: "Benefits", "Perks", "What we offer".
    Benefits,
    /// Equal-opportunity statements, privacy notices, how to apply.
    Legal,
}

impl SectionKind {
    /// `true` for parts that describe the employer or its offer rather than
    /// the job: mentions there are not what the job asks for.
    pub fn is_about_employer(self) -> bool {
        matches!(
            self,
            SectionKind::About | SectionKind::Benefits | SectionKind::Legal
        )
    }
}

/// A section: from its heading to the next heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub range: Range<usize>,
    pub kind: SectionKind,
}

/// The code blocks and sections of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// Fenced code blocks (```` ``` ```` or `~~~`), fences included, sorted.
    pub code: Vec<Range<usize>>,
    /// Sections in text order, covering the text from the first heading on.
    pub sections: Vec<Section>,
    /// The start of the first line that is prose (a sentence of four words
    /// or more) or a list item; the text's length when no line is. What
    /// stands above it is a header: a job board's title, place and terms.
    pub prose_start: usize,
}

impl Layout {
    /// Finds the code blocks and sections of `text`.
    pub fn new(text: &str) -> Layout {
        let mut code = Vec::new();
        let mut sections: Vec<Section> = Vec::new();
        let mut fence: Option<(usize, &str)> = None;
        let mut pos = 0;
        let mut prev_blank = true;
        // The kind to go back to when a labelled line's paragraph ends.
        let mut resume: Option<SectionKind> = None;
        let lines: Vec<(usize, &str)> = text
            .split_inclusive('\n')
            .map(|l| {
                let at = pos;
                pos += l.len();
                (at, l)
            })
            .collect();
        for (i, &(at, raw)) in lines.iter().enumerate() {
            let line = raw.trim_end();
            let trimmed = line.trim_start();
            if let Some((start, marker)) = fence {
                if trimmed.starts_with(marker)
                    && trimmed.trim_start_matches(marker).trim().is_empty()
                {
                    code.push(start..at + line.len());
                    fence = None;
                }
                continue;
            }
            if let Some(marker) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
                fence = Some((at, marker));
                continue;
            }
            let next = lines.get(i + 1).map(|(_, l)| l.trim());
            if trimmed.is_empty()
                && let Some(kind) = resume.take()
            {
                // The paragraph a label opened has ended: what was before
                // it goes on ("Salary Range: $90k – $110k" under the duties).
                if let Some(last) = sections.last_mut() {
                    last.range.end = at;
                }
                sections.push(Section {
                    range: at..text.len(),
                    kind,
                });
            }
            if let Some((kind, labelled)) = heading(trimmed, prev_blank, next) {
                let before = sections.last().map_or(SectionKind::Other, |s| s.kind);
                if let Some(last) = sections.last_mut() {
                    last.range.end = at;
                }
                sections.push(Section {
                    range: at..text.len(),
                    kind,
                });
                resume = labelled.then_some(resume.unwrap_or(before));
            }
            prev_blank = trimmed.is_empty();
        }
        if let Some((start, _)) = fence {
            // An unclosed fence runs to the end, as in CommonMark.
            code.push(start..text.len());
        }
        let prose_start = lines
            .iter()
            .find(|(_, line)| is_prose_or_item(line.trim()))
            .map_or(text.len(), |&(at, _)| at);
        Layout {
            code,
            sections,
            prose_start,
        }
    }

    /// The kind of the section holding byte `pos`.
    pub fn kind_at(&self, pos: usize) -> SectionKind {
        self.section_at(pos).map_or(SectionKind::Other, |s| s.kind)
    }

    /// The section holding byte `pos`; `None` before the first heading.
    pub fn section_at(&self, pos: usize) -> Option<&Section> {
        let i = self.sections.partition_point(|s| s.range.start <= pos);
        i.checked_sub(1).map(|i| &self.sections[i])
    }

    /// `true` when byte `pos` is inside a fenced code block.
    pub fn in_code(&self, pos: usize) -> bool {
        let i = self.code.partition_point(|r| r.end <= pos);
        self.code.get(i).is_some_and(|r| r.start <= pos)
    }
}

/// `true` for a trimmed line that is a sentence of four words or more, or
/// opens with a list mark.
fn is_prose_or_item(line: &str) -> bool {
    (line.ends_with(['.', '!', '?']) && line.split_whitespace().count() >= 4)
        || line.starts_with(['-', '*', '•', '·', '–'])
}

/// The kind of section a line opens, when it is a heading, and whether it
/// is a label opening a line of text ("Salary Range: $90k"): such a section
/// ends with its paragraph.
///
/// `prev_blank` says whether a blank line (or the start) comes before it,
/// `next` is the next line's text.
fn heading(line: &str, prev_blank: bool, next: Option<&str>) -> Option<(SectionKind, bool)> {
    if line.is_empty() || line.len() > 120 {
        return None;
    }
    let markdown = line.starts_with('#');
    if !markdown && is_list_item(line) && !line.contains("**") {
        return None;
    }
    let bare = line
        .trim_start_matches(['#', '>', ' '])
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let bold = !markdown && (line.starts_with("**") || line.starts_with("__"));
    // "Company description: Our team …": a label opening a line of text.
    if let Some((label, rest)) = bare.split_once(':')
        && !rest.trim().is_empty()
        && label.split_whitespace().count() <= 4
    {
        let label = label.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        return match classify(label) {
            SectionKind::Other => None,
            kind => Some((kind, true)),
        };
    }
    let words = bare.split_whitespace().count();
    let ends_colon = bare.ends_with(':');
    let sentence = bare.ends_with(['.', '!', '?', ',', ';']);
    let short = words <= 8;
    // "ESSENTIAL FUNCTIONS": a line in capitals is a heading as plainly as
    // a bold one.
    let capitals = words >= 2
        && bare.chars().any(char::is_alphabetic)
        && !bare.chars().any(char::is_lowercase)
        && !bare.contains(['|', ',', '/']);
    let standalone = markdown
        || bold
        || (capitals && short && !sentence)
        || (ends_colon && words <= 10)
        || (short && !sentence && (prev_blank || next.is_none_or(is_list_item)))
        || names_the_job(bare);
    if !standalone || bare.is_empty() {
        return None;
    }
    let kind = classify(bare.trim_end_matches(':'));
    // A named heading always opens a section; an unnamed one only when it
    // plainly is a heading, so that prose lines do not end an "About us".
    if kind != SectionKind::Other || markdown || bold || ends_colon || capitals {
        Some((kind, false))
    } else {
        None
    }
}

/// `true` for a short capitalised line that names what the job asks or
/// does ("Our Core tech stack", "Key Skills"), where the text lost the
/// blank lines around its headings: it ends a section about the employer
/// or its offer (a "Salary" heading otherwise runs to the end).
fn names_the_job(line: &str) -> bool {
    let bare = line.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    bare.split_whitespace().count() <= 4
        && bare.starts_with(char::is_uppercase)
        && !bare.ends_with(['.', '!', '?', ',', ';'])
        && matches!(
            classify(bare.trim_end_matches(':')),
            SectionKind::Required | SectionKind::Preferred | SectionKind::Duties
        )
}

/// `true` for a line that starts a list item.
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with(['-', '*', '•', '+', '·', '●', '▪', '◦'])
        || line
            .split_once(['.', ')'])
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Words of headings, by the kind of section they open. Checked in order:
/// the first list with a phrase the heading holds wins, so "About the role"
/// is the job's duties before "About" makes it the employer.
const HEADINGS: &[(SectionKind, &[&str])] = &[
    (
        SectionKind::Legal,
        &[
            "equal opportunit",
            "equal employment",
            "eeo",
            "accommodation",
            "privacy",
            "disclaimer",
            "e-verify",
            "how to apply",
            "application process",
            "pay transparency",
            "diversity",
            "inclusion",
            "legal",
        ],
    ),
    (
        SectionKind::Preferred,
        &[
            "nice to have",
            "nice-to-have",
            "nice to haves",
            "bonus",
            "preferred",
            "pluses",
            "a plus",
            "desirable",
            "desired",
            "good to have",
            "extra credit",
            "would be great",
            "even better",
            "stand out",
        ],
    ),
    (
        SectionKind::Benefits,
        &[
            "benefit",
            "perks",
            "we offer",
            "what we offer",
            "our offer",
            "why join",
            "why work",
            "why you'll love",
            "in it for you",
            "what you get",
            "what you'll get",
            "compensation",
            "salary",
            "pay range",
            "we provide",
            "rewards",
            "your prospects",
            "what's in it",
        ],
    ),
    (
        SectionKind::Duties,
        &[
            "about the job",
            "about the role",
            "about this role",
            "about the position",
            "about this position",
            "about the opportunity",
            "about this opportunity",
            "job analysis",
            "responsibilit",
            "what you'll do",
            "what you will do",
            "what you’ll do",
            "you will",
            "your role",
            "the role",
            "the job",
            "the position",
            "the opportunity",
            // "About the work": what the hire will do.
            "the work",
            "duties",
            "functions",
            "accountabilit",
            "what you'll work on",
            "what you will work on",
            "you'll work on",
            "day to day",
            "day-to-day",
            "in this role",
            "job description",
            "role description",
            "position summary",
            "job summary",
            "your mission",
            "your tasks",
            "your impact",
            "tasks",
            "what you'll be doing",
            "what you will be doing",
            "overview of the role",
        ],
    ),
    (
        SectionKind::Required,
        &[
            "requirement",
            "qualification",
            "what you'll need",
            "what you need",
            "what you will need",
            "what you’ll need",
            "what you bring",
            "what you'll bring",
            "you bring",
            "must have",
            "must-have",
            "you have",
            "who you are",
            "your profile",
            "profile",
            "skills",
            "experience",
            "looking for",
            "about you",
            "ideal candidate",
            "you are",
            "you should",
            "minimum",
            "required",
            "competenc",
            "technologies",
            "tech stack",
            "our stack",
            "expertise",
            "knowledge",
            "education",
        ],
    ),
    (
        SectionKind::About,
        &[
            "about us",
            "about the company",
            "about our company",
            "company analysis",
            "company description",
            "company overview",
            "company profile",
            "who we are",
            "our company",
            "the company",
            "our story",
            "our mission",
            "our culture",
            "our values",
            "life at",
            "about",
        ],
    ),
];

/// The kind of section a heading's text names.
///
/// The first kind of [`HEADINGS`] with a phrase starting at a word boundary
/// of the heading wins. Every line of every text may be asked, so the
/// phrases are matched all at once.
pub fn classify(heading: &str) -> SectionKind {
    static PHRASES: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
        let (patterns, kinds): (Vec<&str>, Vec<usize>) = HEADINGS
            .iter()
            .enumerate()
            .flat_map(|(k, (_, phrases))| phrases.iter().map(move |p| (*p, k)))
            .unzip();
        let automaton = AhoCorasick::new(patterns).expect("heading phrases build an automaton");
        (automaton, kinds)
    });
    let lower = heading.to_lowercase();
    let lower = lower.trim();
    let (automaton, kinds) = &*PHRASES;
    let named = automaton
        .find_overlapping_iter(lower)
        .filter(|m| {
            !lower[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                // "About" alone names the employer only where it opens the
                // heading ("About Acme"), not "A bit about what the team
                // works on".
                && (m.start() == 0 || &lower[m.start()..m.end()] != "about")
                // "What You'll Get to Do" is the job's work, not what
                // the employer gives.
                && !(lower[..m.end()].ends_with(" get") && lower[m.end()..].starts_with(" to "))
        })
        .map(|m| kinds[m.pattern().as_usize()])
        .min()
        .map_or(SectionKind::Other, |k| HEADINGS[k].0);
    let words = || lower.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
    match named {
        // "About the Creative Tooling team": the team the hire joins, and
        // what it builds is the job's work, not the employer's pitch.
        SectionKind::About
            if words()
                .rfind(|w| !w.is_empty())
                .is_some_and(|w| w == "team") =>
        {
            SectionKind::Duties
        }
        // "What You'll Accomplish", "How you'll grow here": a heading that
        // speaks to the reader is about the job; the employer's own
        // sections speak of "us" and "we".
        SectionKind::Other
            if !lower.starts_with("thank")
                && words().any(|w| {
                    matches!(
                        w,
                        "you" | "your" | "you'll" | "you’ll" | "you're" | "you’re"
                    )
                }) =>
        {
            SectionKind::Duties
        }
        kind => kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_named_by_their_words() {
        for (heading, want) in [
            ("Requirements", SectionKind::Required),
            ("Minimum Qualifications", SectionKind::Required),
            ("What You'll Bring", SectionKind::Required),
            ("Preferred Qualifications", SectionKind::Preferred),
            ("Nice to have", SectionKind::Preferred),
            ("Bonus points", SectionKind::Preferred),
            ("About the job", SectionKind::Duties),
            ("About the role", SectionKind::Duties),
            ("About the work", SectionKind::Duties),
            ("Key Responsibilities", SectionKind::Duties),
            ("What you'll do", SectionKind::Duties),
            ("About Us", SectionKind::About),
            ("About Acme", SectionKind::About),
            ("Company Analysis", SectionKind::About),
            ("Who we are", SectionKind::About),
            ("About the Creative Tooling team", SectionKind::Duties),
            ("What You'll Accomplish", SectionKind::Duties),
            ("What You'll Get to Do:", SectionKind::Duties),
            ("What you'll get", SectionKind::Benefits),
            ("Where you’ll make an impact", SectionKind::Duties),
            ("Thank you", SectionKind::Other),
            ("Benefits & Perks", SectionKind::Benefits),
            ("What we offer", SectionKind::Benefits),
            ("Equal Opportunity Employer", SectionKind::Legal),
            ("Timeline", SectionKind::Other),
        ] {
            assert_eq!(classify(heading), want, "heading: {heading:?}");
        }
    }

    #[test]
    fn a_heading_that_names_the_job_ends_the_offer_without_blank_lines() {
        let text = "The role\nYou will build sites.\nSalary\n- Based on experience\nHours\n\
                    - Full time\nOur office is near the station.\nOur Core tech stack\nNext.js\n\
                    Docker\nWe have experience in retail\n";
        let layout = Layout::new(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(layout.kind_at(at("Based")), SectionKind::Benefits);
        assert_eq!(layout.kind_at(at("station")), SectionKind::Benefits);
        assert_eq!(layout.kind_at(at("Docker")), SectionKind::Required);
        // A sentence holding a heading's word is no heading.
        assert_eq!(layout.kind_at(at("retail")), SectionKind::Required);
        assert!(!names_the_job("We have experience in retail"));
    }

    #[test]
    fn a_labelled_line_holds_its_paragraph_only() {
        let text = "Full job description\nSalary Range: $62,000 - $97,000 annually\n\
                    Posting Number: 2025-00418\n\nThe county is looking for a GIS Analyst.\n\n\
                    ESSENTIAL FUNCTIONS\n- Automates geoprocessing with Python\n\n\
                    Benefits: medical and dental.\n\nA bit about what the team works on:\n\
                    - Android apps in Kotlin\n";
        let layout = Layout::new(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(layout.kind_at(at("$62,000")), SectionKind::Benefits);
        // The labelled paragraph over, the job's description goes on.
        assert_eq!(layout.kind_at(at("The county")), SectionKind::Duties);
        // A heading in capitals opens its own section.
        assert_eq!(layout.kind_at(at("Automates")), SectionKind::Duties);
        assert_eq!(layout.kind_at(at("medical")), SectionKind::Benefits);
        // "about" inside a heading does not make it the employer's.
        assert!(!layout.kind_at(at("Kotlin")).is_about_employer());
        assert_eq!(
            classify("A bit about what the team works on"),
            SectionKind::Other
        );
    }

    #[test]
    fn sections_run_from_heading_to_heading() {
        let text = "Senior Engineer\nAcme · Berlin\n\nAbout us\nAcme builds Kafka tooling.\n\n\
                    **Requirements**\n- Go\n- Rust\n\nBenefits:\n- Mentoring program\n";
        let layout = Layout::new(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(layout.kind_at(at("Senior")), SectionKind::Other);
        assert_eq!(layout.kind_at(at("Kafka")), SectionKind::About);
        assert_eq!(layout.kind_at(at("Rust")), SectionKind::Required);
        assert_eq!(layout.kind_at(at("Mentoring")), SectionKind::Benefits);
    }

    #[test]
    fn a_label_opening_a_line_is_a_heading() {
        let text = "Job description\nBuild APIs in Go.\nCompany description: Our team loves Linux and Python\n";
        let layout = Layout::new(text);
        assert_eq!(
            layout.kind_at(text.find("Go.").unwrap()),
            SectionKind::Duties
        );
        assert_eq!(
            layout.kind_at(text.find("Linux").unwrap()),
            SectionKind::About
        );
    }

    #[test]
    fn prose_lines_are_not_headings() {
        let text = "About us\nWe build payment rails for banks\nand we love Rust.\nOur customers use Go daily\n";
        let layout = Layout::new(text);
        assert_eq!(
            layout.kind_at(text.find("Go daily").unwrap()),
            SectionKind::About
        );
    }

    #[test]
    fn fenced_code_is_found_even_unclosed() {
        let text = "Query:\n```sql\nSELECT * FROM t ORDER BY x DESC\n```\nAfter\n~~~\nopen";
        let layout = Layout::new(text);
        assert!(layout.in_code(text.find("DESC").unwrap()));
        assert!(!layout.in_code(text.find("After").unwrap()));
        assert!(layout.in_code(text.find("open").unwrap()));
    }
}
