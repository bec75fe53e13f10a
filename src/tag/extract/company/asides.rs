//! What may stand between a name and what the text says of it: a short
//! parenthesis ("Ramp Health (formerly CareHarbor) helps …") or an
//! appositive ("Sikorsky, a Lockheed Martin company, is seeking …"); and
//! what a name owns right after it ("the Baker Hughes Candidate Privacy
//! Notice").

/// `text` past a short parenthesis that opens it (" (formerly Acme) is …"),
/// or `text` itself when it does not open with one.
pub(super) fn skip_aside(text: &str) -> &str {
    let Some(inner) = text.strip_prefix(" (") else {
        return text;
    };
    match inner.find([')', '(', '\n']) {
        Some(close) if close <= 64 && inner.as_bytes()[close] == b')' => &inner[close + 1..],
        _ => text,
    }
}

/// `text` past an appositive that describes the name before it, so that
/// the predicate follows: "Sikorsky, a Lockheed Martin company, is
/// seeking …", "Acme, a fintech start-up, is hiring". The appositive
/// opens with an article and closes with a comma within one clause.
pub(super) fn skip_appositive(text: &str) -> &str {
    let Some(inner) = [", a ", ", an ", ", the "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
    else {
        return text;
    };
    match inner.find([',', '.', ';', '\n', '(']) {
        Some(close) if close <= 80 && inner.as_bytes()[close] == b',' => &inner[close + 1..],
        _ => text,
    }
}

/// `true` when `text` (what follows a name) opens with the title of the
/// employer's privacy notice: " Candidate Privacy Notice", " Privacy
/// Policy", " Applicant Privacy Statement". Only the employer publishes
/// one for the people who apply, so the name before it is the employer's.
pub(super) fn privacy_notice(text: &str) -> bool {
    let rest = text.strip_prefix(' ').unwrap_or(text);
    let rest = [
        "Candidate ",
        "Applicant ",
        "Job Applicant ",
        "Recruitment ",
        "Recruiting ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))
    .unwrap_or(rest);
    rest.strip_prefix("Privacy ").is_some_and(|r| {
        ["Notice", "Policy", "Statement"]
            .iter()
            .any(|d| r.starts_with(d))
    })
}
