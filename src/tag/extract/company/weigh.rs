//! How much a candidate name is the employer: a [`Doc`], the span of one
//! occurrence and the vocabulary → its weight and whom it names in a
//! recruiter's message, from the phrase around it ("role at X", "X is
//! hiring", "About X", "our client X", a signature, an EEO statement).

use super::super::header::{ORGANIZATION_LABELS, common_words};
use super::super::layout::SectionKind;
use super::super::text::{self, Doc};
use super::around::{
    bracket_after_head, first_person_sentence, headline, introduces_writer, legal_line,
    opens_about_section, opens_prose, signs_off, skip_legal_form, speaks_as_writer_next,
};
use super::asides::{privacy_notice, skip_appositive, skip_aside};
use super::phrases::*;
use crate::tag::vocab::Vocab;

/// Who a name is in a message a staffing agency writes: the agency posts
/// for a client it names, or for one it does not ("a leading fintech").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Party {
    /// No phrase says: the employer speaking, or a name in passing.
    #[default]
    Plain,
    /// The firm that writes: "a recruiter with Aerotek", "This is Chris
    /// with Jobot", a signature.
    Agency,
    /// Whom it hires for: "our client Verizon", "on behalf of X", "hiring
    /// a Test Technician for Caterpillar".
    Client,
}

/// Marks that wrap a name in an analysis: emphasis and quotes.
fn is_emphasis(c: char) -> bool {
    matches!(c, '*' | '_' | '"' | '“' | '”' | '\'' | '‘' | '’')
}

/// `true` when the text states that the name at `start..end` is the
/// employer: a company label before it on its line ("Company: Visa") or
/// its equal-opportunity statement after it ("Visa is an EEO Employer").
/// Cheap: it is asked of words that name no one otherwise.
pub(super) fn stated(text: &str, start: usize, end: usize, vocab: &Vocab) -> bool {
    text::line_start_within(text, start, 64).is_some_and(|l| is_label(&text[l..start]))
        || opens_eeo(skip_aside(skip_legal_form(&text[end..], vocab)))
}

/// `true` for what stands before a name on its line when it labels the
/// employer: "Company:", or a Markdown table's row label in the cell
/// before it ("| Company | Thomson Reuters |").
fn is_label(before: &str) -> bool {
    let label =
        before.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '-' | '#'));
    let row_label = label
        .strip_prefix('|')
        .and_then(|l| l.strip_suffix('|'))
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_')))
        .filter(|l| !l.contains('|'));
    LABELS.iter().any(|l| {
        label.eq_ignore_ascii_case(l)
            || row_label.is_some_and(|r| {
                r.trim_end_matches(':')
                    .eq_ignore_ascii_case(l.trim_end_matches(':'))
            })
    })
}

/// `true` when `after` (the text past a name) opens the equal-opportunity
/// statement, which names the legal employer.
fn opens_eeo(after: &str) -> bool {
    let mut cut = after.len().min(48);
    while !after.is_char_boundary(cut) {
        cut -= 1;
    }
    text::with_ascii_lower(&after[..cut], |after| {
        EEO.iter().any(|p| after.starts_with(p))
    })
}

/// The weight a company label ("Company: Visa") or the equal-opportunity
/// statement ("Visa is an EEO Employer") gives: the text states who employs.
const STATED: f32 = 5.0;

/// Forms of "be" and "have" that go on from a name: "Acme is", "Acme has".
const BE_HAVE: &[&str] = &["is", "are", "was", "were", "has", "have", "had"];

/// The weight of one occurrence from the words around it; `None` when the
/// context says it is a team, not a company.
pub(super) fn weigh(
    doc: &Doc,
    vocab: &Vocab,
    first: usize,
    last: usize,
    possessive: bool,
) -> Option<(f32, Party)> {
    let text = doc.text;
    let words = &doc.words;
    let (start, end) = (words[first].start, words[last].end);
    // The word `back` words before the name, when only spaces lie between
    // (and the emphasis or quotes an analysis puts around a name: "role at
    // **Acme**", "at \"Acme\""); an "@" between reads as "at".
    let word_before = |back: usize| -> Option<&str> {
        let k = first.checked_sub(back)?;
        let gap = &text[words[k].end..words[k + 1].start];
        if back == 1 && gap.trim_matches(|c: char| c == ' ' || is_emphasis(c)) == "@" {
            return Some("at");
        }
        gap.chars()
            .all(|c| c == ' ' || c == '\t' || is_emphasis(c))
            .then(|| doc.word(&words[k]))
    };
    let is = |w: Option<&str>, want: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(want));
    let next_word = words.get(last + 1).map(|w| doc.word(w));
    let joined =
        is(word_before(1), "join") || (is(word_before(1), "the") && is(word_before(2), "join"));
    if !possessive && next_word.is_some_and(|w| lower_in(TEAM_WORDS, w)) && !joined {
        return None;
    }
    // "Client: Global Pharmaceutical company", "a Fortune 500 company", "the
    // Stripe platform": capitals before a small noun for a kind of
    // organisation describe it; they do not name the employer.
    if !possessive
        && next_word
            .is_some_and(|w| w.starts_with(char::is_lowercase) && lower_in(COMPANY_NOUNS, w))
        && text[end..].starts_with(' ')
    {
        return None;
    }
    let line_start = text::line_start_within(text, start, 64);
    let before_on_line = line_start.map(|l| &text[l..start]);
    if before_on_line.is_some_and(|b| super::parts::after_title(b, vocab)) {
        return None;
    }
    // What follows the name, past its legal form: "Acme AG is committed …".
    let written_after = skip_legal_form(&text[end..], vocab);
    // The predicate, past an aside: "Ramp Health (formerly CareHarbor)
    // helps …", "Hightouch (YC S19) is hiring".
    let after = skip_aside(written_after);
    // The predicate's first word, past both: "Notion Labs, Inc. builds …".
    let next_word = if after.len() == text.len() - end {
        next_word
    } else {
        let at = text.len() - after.len();
        words[last + 1..]
            .iter()
            .find(|w| w.start >= at)
            .map(|w| doc.word(w))
    };
    let mut weight = 0.0;
    let mut party = Party::Plain;
    let mut prev = word_before(1);
    let mut back = 1;
    if is(prev, "the") && is(word_before(2), "at") {
        // "a unit of … at the University of Michigan".
        prev = word_before(2);
        back = 2;
    }
    if is(prev, "at") {
        let before_at = word_before(back + 1);
        let role_word = (back + 1..back + 6).filter_map(word_before).any(|w| {
            let kind = vocab.role_words().kind(w);
            lower_in(AT_CONTEXT, w) || kind.head || kind.level
        }) || (back + 1..back + 9)
            .filter_map(word_before)
            .any(|w| lower_in(PART_NOUNS, w));
        // "role at Microsoft", "Engineer at Arm": the job's own employer.
        let right_after_job = word_before(back + 1).is_some_and(|w| {
            let kind = vocab.role_words().kind(w);
            lower_in(ROLE_NOUNS_AT, w) || kind.head
        });
        // "Dana Whitfield (Data Analyst at Lowe's)": a person's own
        // headline, as a message's footer or sender line shows it.
        if headline(text, start) {
            return None;
        }
        weight += if before_at.is_some_and(|w| lower_in(WORK_AT, w)) || right_after_job {
            // "Working at Target", "Life at Mayo Clinic".
            4.0
        } else if role_word {
            3.0
        } else {
            1.0
        };
    } else if is(prev, "is") && possessive {
        // "Loki is Grafana's log aggregation system": the owner.
        weight += 3.0;
    } else if (is(prev, "is") && is(word_before(2), "who")) || is(prev, "why") {
        // "Who is Siemens Healthineers?", "Why Mayo Clinic?" headings.
        let line_end = text::line_end_within(text, end, 24).map(|e| text[end..e].trim());
        if matches!(line_end, Some("" | "?")) {
            weight += 3.0;
        }
    } else if is(prev, "about") {
        // "About Stripe" standing alone as a heading.
        let about = words[first - 1].start;
        let heading = text::line_start_within(text, about, 16)
            .is_some_and(|l| text::is_line_prefix(&text[l..about]));
        let rest = text::line_end_within(text, end, 16).map(|e| {
            text[end..e].trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '*' | '_'))
        });
        if heading && rest == Some("") {
            weight += 4.0;
        }
    } else if is(prev, "from") {
        weight += 0.5;
    } else if is(prev, "follow") && after.starts_with(" on ") {
        // "Follow Ciena on LinkedIn": a careers page's own social links.
        weight += 3.0;
    } else if is(prev, "for")
        && (word_before(2).is_some_and(|w| vocab.role_words().kind(w).head)
            || bracket_after_head(text, words[first - 1].start, vocab))
    {
        // "hiring a Test Technician for Caterpillar" (a common word after
        // "for" is a team: "Program Manager for Infrastructure").
        weight += 3.5;
        party = Party::Client;
    } else if is(prev, "we're")
        || is(prev, "we’re")
        || (is(prev, "are") && is(word_before(2), "we"))
    {
        // "We're Acme, a fintech start-up": the employer introduces itself;
        // "We are Wise." says nothing else.
        weight += 2.0;
        if after.starts_with(['.', '!']) {
            weight += 2.0;
        }
    }
    if joined {
        weight += 2.0;
    }
    // "Organization: Information Technology - Infrastructure Services": an
    // ATS's organisation field holds a department as often as an employer
    // (Taleo's), so it supports a name that is more than common words and
    // states none.
    if before_on_line.is_some_and(is_label) {
        let organization = before_on_line.is_some_and(|b| {
            let label = b.trim().trim_end_matches(':');
            ORGANIZATION_LABELS
                .iter()
                .any(|l| l.eq_ignore_ascii_case(label))
        });
        let common = || common_words(&text[start..end], vocab);
        weight += match organization {
            false => STATED,
            true if common() => 0.0,
            true => 3.0,
        };
    }
    // "Company Overview\nIntuit is the global financial technology
    // platform …": the first words under a heading about the employer.
    // Only a name, not the sentence's first word: "Would you like …",
    // "Building great products …", "Fair human resources management" open
    // such parts too. A name goes on with its verb, an appositive, its
    // possessive or nothing.
    if opens_about_section(doc, start) {
        let predicate = next_word
            .is_some_and(|w| lower_in(COMPANY_VERBS, w) || lower_in(BE_HAVE, w))
            || after
                .trim_start_matches(' ')
                .starts_with([',', '(', ':', '\n', '–', '—', '-'])
            || after.trim().is_empty()
            || possessive;
        weight += if predicate { 4.0 } else { 0.5 };
    }
    // "At Bank of America, we …": the employer introduces itself.
    if is(prev, "at")
        && back == 1
        && after.starts_with(',')
        && text::is_sentence_start(text, words[first - 1].start)
    {
        weight += 4.0;
    }
    // "CSG (NASDAQ: CSGS) empowers …": a listed company's ticker.
    if TICKERS.iter().any(|t| written_after.starts_with(t)) {
        weight += 4.0;
    }
    if opens_eeo(after) {
        weight += STATED;
    }
    // A recruiter's client is the employer; the agency only speaks for it.
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let (for_client, recruiter) = text::with_ascii_lower(&text[from..start], |before| {
        // "our client The Kroger Co.": the name's "The" stands before it.
        let before = before.strip_suffix("the ").unwrap_or(before);
        // "our client Verizon", "our direct client Verizon", "end client,
        // Verizon": the word before the name is "client".
        // So does a field a recruiter labels: "End client: Truist",
        // "Client - Lennox International".
        let for_client = before
            .strip_suffix(' ')
            .map(|b| b.strip_suffix([',', ':']).unwrap_or(b))
            .map(|b| b.strip_suffix(" -").or_else(|| b.strip_suffix(" –")).unwrap_or(b))
            .and_then(|b| {
                b.strip_suffix("client")
                    .or_else(|| b.strip_suffix("clients"))
            })
            .is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n']))
            || before.ends_with("behalf of ")
            || before.ends_with("partnering with ")
            // "a contract-to-hire opportunity with Cummins Inc.": the job
            // is with the employer, whoever writes.
            || [
                "opportunity with ",
                "position with ",
                "assignment with ",
                "contract with ",
                "role with ",
            ]
                .iter()
                .any(|p| before.ends_with(p));
        let recruiter = before.ends_with("greetings from ")
            || before.ends_with("recruiter with ")
            || before.ends_with("recruiter at ")
            || introduces_writer(before)
            // "Lauren from Vanta here": the writer says where from.
            || (before.ends_with(" from ") && text[end..].starts_with(" here"));
        (for_client, recruiter)
    });
    // A signature stands in the text's last lines; most of its shapes also
    // in its second half, so that a short posting's title line is none.
    let near_end = start + 600 > text.len();
    let in_signature = near_end && start * 2 > text.len();
    // A skill's name is looked up only for the rare client phrase.
    if for_client && vocab.canonical_skill(&text[start..end]).is_none() {
        weight += 8.0;
        party = Party::Client;
    } else if recruiter {
        weight += 2.0;
        party = Party::Agency;
    } else if legal_line(text, start, end, vocab) {
        // "Humana Inc." on a line of its own: a name with its legal form;
        // in a signature, the writer's firm ("Vertexa IT Solutions Inc."
        // under a recruiter's name), as the signature's last line is.
        weight += 3.0;
        if in_signature {
            party = Party::Agency;
        }
    } else if near_end && signs_off(text, start, end, vocab) {
        // A signature's last line: "Jordan Blake\nExecutive Recruiter\nCyberCoders".
        weight += 2.0;
        party = Party::Agency;
    } else if in_signature
        && let Some(before) = before_on_line
        && let Some(title) = before
            .trim_end()
            .strip_suffix([',', '|'])
            .or_else(|| before.trim_end().strip_suffix(" at"))
        && crate::tag::title::parse(title.trim(), vocab).is_some()
    {
        // A signature: "Executive Recruiter, CyberCoders", at the end of
        // the text, not a short posting's title ("Software Engineer, Backend").
        weight += 2.0;
        party = Party::Agency;
    }
    // The clause after the name, and whether the writer speaks of itself:
    // "Kubernetes is the core of our platform" describes something of the
    // writer's, not the writer ("Railway is a platform: you push code, we
    // run it" does, in its first clause).
    // Asked only once a rule below applies: this runs for every candidate.
    let sentence = || {
        after
            .split(['.', ';', ':', ',', '!', '?', '\n'])
            .next()
            .unwrap_or("")
    };
    let first_person = || {
        sentence()
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .any(|w| lower_in(FIRST_PERSON, w))
    };
    // "Netflix is one of the world's leading …", "Acme is a fintech company";
    // not "Billing is the product that …".
    if let Some(rest) = ["is a ", "is an ", "is one of ", "is the "]
        .iter()
        .find_map(|p| after.trim_start().strip_prefix(p))
        && !rest
            .split_whitespace()
            .next()
            .is_some_and(|w| lower_in(PRODUCT_NOUNS, w))
        && !first_person()
    {
        let sentence = rest.split(['.', ';', '\n']).next().unwrap_or("");
        let mut cut = sentence.len().min(80);
        while !sentence.is_char_boundary(cut) {
            cut -= 1;
        }
        if sentence[..cut]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| lower_in(COMPANY_NOUNS, w))
        {
            weight += 3.0;
        }
    }
    // "Sentry (Functional Software, Inc.) is …": a brand, then the legal
    // entity behind it in parentheses.
    if text::is_sentence_start(text, start)
        && let Some(inner) = written_after
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
        && inner.0.len() < 80
        && !inner.0.contains('\n')
        && inner.0.split_whitespace().count() > 1
        && inner.0.split_whitespace().next_back().is_some_and(|w| {
            vocab
                .name_stops()
                .get(w.trim_end_matches(['.', ',']))
                .suffix
        })
    {
        weight += 4.0;
    }
    // "ClickHouse is the fastest open-source database …": the text's prose
    // opens with a sentence defining the name, in the third person (not
    // "Python is a plus", not "Kubernetes is the core of our stack"). Job
    // boards put title, place and terms above it; those are no prose.
    // Under a job board's lines the whole sentence must not be the writer's
    // ("Data Engineering is responsible for the systems … across our
    // business" is a team of it).
    let opening = first == 0
        || (matches!(
            doc.layout.kind_at(start),
            SectionKind::Other | SectionKind::About
        ) && opens_prose(doc, start)
            && !first_person_sentence(after));
    // "X is hiring", "X is recruiting" are weighed below.
    let hires = ["is hiring", "is recruiting", "is seeking", "is looking"]
        .iter()
        .any(|p| after.trim_start().starts_with(p));
    if opening && !hires {
        let defined = ["is a ", "is an ", "is the ", "is one of "]
            .iter()
            .find_map(|p| sentence().trim_start().strip_prefix(p))
            .is_some_and(|rest| rest.split_whitespace().count() >= 2)
            // "Prefect is workflow orchestration for data and AI engineers",
            // "Linear is building the issue tracker that teams love": a
            // whole predicate, not "Rust is nice to have".
            || sentence()
                .trim_start()
                .strip_prefix("is ")
                .is_some_and(|rest| rest.split_whitespace().count() >= 5)
            || next_word.is_some_and(|w| {
                lower_in(COMPANY_VERBS, w) && !lower_in(&["is", "was", "has", "remains"], w)
            });
        if defined && !first_person() {
            weight += 3.0;
            // "Linear is building … . We are a fully remote company": the
            // writer names itself, then speaks as "we".
            if speaks_as_writer_next(after) {
                weight += 1.0;
            }
        }
    }
    if HIRES.iter().chain(&[" (YC"]).any(|p| {
        after.starts_with(p)
            || written_after.starts_with(p)
            || skip_appositive(after).starts_with(p)
    }) {
        weight += 4.0;
    }
    if !possessive && privacy_notice(&text[end..]) {
        // "you have read the Baker Hughes Candidate Privacy Notice".
        weight += 3.0;
    }
    if possessive {
        weight += 1.5;
        if next_word.is_some_and(|w| lower_in(OWNED_NOUNS, w)) {
            weight += 2.5;
        }
        if words[last + 1..]
            .iter()
            .take(4)
            .any(|w| lower_in(TEAM_WORDS, doc.word(w)))
        {
            weight += 1.5;
        }
    } else if !line_start.is_some_and(|l| text[l..].starts_with('#'))
        && (text::is_sentence_start(text, start)
            || text::prev_token(text, start) == text::Side::Punct(','))
    {
        // "Octopus Energy supplies …": a verb that describes a company,
        // unless the sentence goes on to say whose it is ("Loki is Grafana's").
        let owned = after.strip_prefix(" is ").is_some_and(|r| {
            r.starts_with(char::is_uppercase)
                && r.split(' ')
                    .next()
                    .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        });
        let verb = !owned && next_word.is_some_and(|w| lower_in(COMPANY_VERBS, w));
        let appositive = [", a ", ", an ", ", the "]
            .iter()
            .any(|p| after.starts_with(p));
        if verb || appositive {
            weight += 1.5;
        }
    }
    Some((weight, party))
}
