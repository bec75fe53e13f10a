//! What may stand between a name and what the text says of it: a short
//! parenthesis ("Ramp Health (formerly CareHarbor) helps …") or an
//! appositive ("Sikorsky, a Lockheed Martin company, is seeking …").

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
