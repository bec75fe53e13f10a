//! Who writes for whom in a staffing firm's message: the firm signs its
//! own name ("Thank you,\nMarisol Vega\n…\nBelcan is an equal
//! opportunity employer.") and hires for a client it names ("Kavaliro is
//! hiring a Backend Engineer for J.B. Hunt"). Both make a name the
//! writer's firm, not the employer, once a client is named.

use super::candidates::Occurrence;
use super::phrases::HIRES;
use super::weigh::Party;

/// How many lines a signature runs below its sign-off: a name, a title, a
/// firm, an address, phones, a disclaimer.
const SIGNATURE_LINES: usize = 12;

/// Marks as the writer's firm every plain name that stands in a message's
/// signature, and every job board in a posting it carries ("Dice is the
/// leading career destination …"): each speaks for the client it names.
pub(super) fn mark_writers(text: &str, occurrences: &mut [Occurrence]) {
    let signatures = signatures(text);
    for o in occurrences.iter_mut().filter(|o| o.party == Party::Plain) {
        if signatures.iter().any(|s| s.contains(&o.start))
            || super::boards::carries_postings(o.form)
        {
            o.party = Party::Agency;
        }
    }
}

/// Where a message's signatures stand: from each sign-off line that a
/// short line of the writer's name follows, over at most
/// [`SIGNATURE_LINES`] lines, up to an earlier message quoted below.
fn signatures(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        // Cheap first: a sign-off closes with "," or "!".
        let trimmed = line.trim();
        if !trimmed.ends_with([',', '!']) || !sign_off(trimmed) {
            continue;
        }
        if out
            .last()
            .is_some_and(|r: &std::ops::Range<usize>| r.contains(&start))
        {
            continue;
        }
        if signer_follows(&text[at..]) {
            let mut end = at;
            for line in text[at..].split_inclusive('\n').take(SIGNATURE_LINES) {
                if quotes_message(line.trim()) {
                    break;
                }
                end += line.len();
            }
            out.push(start..end);
        }
    }
    out
}

/// `true` when the first line with words in `rest` is a signer's name.
fn signer_follows(rest: &str) -> bool {
    rest.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .is_some_and(signer)
}

/// A line that opens an earlier message in a thread: its header or the
/// reply's attribution.
fn quotes_message(line: &str) -> bool {
    line.starts_with("From:")
        || line.starts_with("-----")
        || line.starts_with("________")
        || (line.starts_with("On ") && line.ends_with("wrote:"))
}

/// "Thank you,", "Best regards,", "Cheers!": one to three capitalised
/// words of nothing but letters closed by a comma, or one closed by "!". A greeting
/// ("Derrick,") has the same shape; what follows it is prose, not a name.
fn sign_off(line: &str) -> bool {
    let (words, most) = match line.strip_suffix(',') {
        Some(words) => (words, 3),
        // "Thanks!", not "Apply today!".
        None => match line.strip_suffix('!') {
            Some(words) => (words, 1),
            None => return false,
        },
    };
    let count = words.split_whitespace().count();
    (1..=most).contains(&count)
        && words.starts_with(|c: char| c.is_uppercase())
        && words
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’')
}

/// A signature's first line: a name ("Marisol Vega", "Chris M.", "The
/// Talent Team") of at most five words, each capitalised, not a sentence.
fn signer(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !line.ends_with([',', ':', '?'])
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Names that hire for a client the same sentence names: "Kavaliro is
/// hiring a Backend Engineer for J.B. Hunt", "Robert Half is seeking a
/// controls engineer for our client, Trane". The subject is the staffing
/// firm, whatever else calls it a client (a job board's "Our client,
/// Kavaliro, is seeking …" speaks of its own customer).
pub(super) fn hiring_for<'a>(text: &str, occurrences: &[Occurrence<'a>]) -> Vec<&'a str> {
    let mut firms = Vec::new();
    for client in occurrences.iter().filter(|o| o.party == Party::Client) {
        let sentence = text[..client.start]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |p| p + 1);
        for o in occurrences {
            if o.start < sentence
                || o.end > client.start
                || o.form.eq_ignore_ascii_case(client.form)
                || !text[sentence..o.start].trim().is_empty()
            {
                continue;
            }
            if HIRES.iter().any(|v| text[o.end..].starts_with(v)) && !firms.contains(&o.form) {
                firms.push(o.form);
            }
        }
    }
    firms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, name: &str) -> bool {
        let start = text.rfind(name).expect("name in text");
        signatures(text).iter().any(|s| s.contains(&start))
    }

    #[test]
    fn a_signature_is_what_follows_a_sign_off_and_a_name() {
        let mail = "Derrick,\n\nHere are the details.\n\nClient - Lennox\n\nThank you,\n\n\
                    Marisol Vega\nSenior Technical Recruiter\nBelcan | Cincinnati, OH\n\
                    Belcan is an equal opportunity employer.";
        assert!(at(mail, "Belcan is"));
        assert!(at(mail, "Belcan |"));
        // Above the sign-off, the greeting is no sign-off.
        assert!(!at(mail, "Lennox"));
    }

    #[test]
    fn a_posting_that_ends_with_its_employer_has_no_signature() {
        let page = "Requirements\n- Python\n\nBenefits,\nHealth and dental.\n\n\
                    Acme is an equal opportunity employer.";
        assert!(!at(page, "Acme"));
        // A quoted earlier message ends the signature above it.
        let thread = "Best,\nJo Smith\n\nFrom: Acme Talent <t@acme.com>\nAcme is hiring.";
        assert!(!at(thread, "Acme is"));
    }

    fn occ<'a>(text: &'a str, name: &str, nth: usize, party: Party) -> Occurrence<'a> {
        let start = text.match_indices(name).nth(nth).expect("name").0;
        Occurrence {
            form: &text[start..start + name.len()],
            weight: 1.0,
            start,
            end: start + name.len(),
            possessive: false,
            common: false,
            party,
        }
    }

    #[test]
    fn the_subject_hiring_for_a_named_client_is_the_firm() {
        let text = "Our client, Kavaliro, is seeking the following.\n\
                    Kavaliro is hiring a Backend Engineer for J.B. Hunt at their campus.";
        let occurrences = [
            occ(text, "Kavaliro", 0, Party::Client),
            occ(text, "Kavaliro", 1, Party::Plain),
            occ(text, "J.B. Hunt", 0, Party::Client),
        ];
        assert_eq!(hiring_for(text, &occurrences), vec!["Kavaliro"]);
        // No client named in its sentence: the subject is the employer.
        let text = "Kavaliro is hiring a Backend Engineer. Our client, J.B. Hunt, ships.";
        let occurrences = [
            occ(text, "Kavaliro", 0, Party::Plain),
            occ(text, "J.B. Hunt", 0, Party::Client),
        ];
        assert!(hiring_for(text, &occurrences).is_empty());
    }
}
