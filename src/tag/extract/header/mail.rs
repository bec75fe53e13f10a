//! What mail programs and forums put around a posting people copy: the
//! marks of replies and forwards on a subject, the reader a message greets,
//! a thread's meta line above a comment.

/// `true` for the line a forum shows above a comment: its author, its age
/// and links ("jdoe 5 hours ago | parent | next [–]").
pub fn is_thread_meta(line: &str) -> bool {
    let t = line.trim_end();
    t.contains(" ago | ")
        && (t.ends_with("[–]")
            || t.ends_with("[-]")
            || t.ends_with("| next")
            || t.ends_with("| parent"))
}

/// The subject a line gives, without the marks mail programs put before
/// it: "Subject: RE: FW: X" and "Re: X" are X. A line that opens with an
/// English mark is a subject without its label.
pub fn subject(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = match t.strip_prefix("Subject:") {
        Some(rest) => rest,
        None => ["Re:", "RE:", "Fwd:", "FW:", "Fw:"]
            .iter()
            .find_map(|p| t.strip_prefix(p))?,
    };
    Some(strip_reply_marks(rest))
}

/// A subject without the marks mail programs put before it: "RE: FW: X"
/// is X. Replies and forwards are marked in English ("Re", "Fwd", "FW")
/// and in the languages of other mail programs ("AW", "WG", "SV", "VS",
/// "TR", "RV", "Antw", "Doorst"), with "[EXTERNAL]"-style tags besides.
fn strip_reply_marks(subject: &str) -> &str {
    const MARKS: &[&str] = &[
        "re", "fw", "fwd", "aw", "wg", "sv", "vs", "tr", "rv", "antw", "doorst", "enc", "res",
    ];
    let mut rest = subject;
    loop {
        let t = rest.trim_start();
        if let Some(tag) = t.strip_prefix('[')
            && let Some(close) = tag.find(']')
            && close <= 12
        {
            rest = &tag[close + 1..];
            continue;
        }
        let Some((mark, after)) = t.split_once(':') else {
            return t;
        };
        if MARKS.iter().any(|m| m.eq_ignore_ascii_case(mark)) {
            rest = after;
        } else {
            return t;
        }
    }
}

/// The first name of the reader a message greets ("Hi Dana,", "Hello
/// Dana!", "Dear Dana Whitfield,"): a recruiter's subject often opens
/// with it ("Dana - Senior Engineer at MongoDB?"), and it names no
/// employer.
pub fn reader<'a>(lines: &[(usize, &'a str)]) -> Option<&'a str> {
    const GREETINGS: &[&str] = &["hi", "hello", "hey", "dear", "greetings"];
    lines.iter().find_map(|(_, line)| {
        let mut words = line.split_whitespace();
        let greeting = words.next()?.trim_end_matches([',', '!']);
        if !GREETINGS.iter().any(|g| g.eq_ignore_ascii_case(greeting)) {
            return None;
        }
        let name = words.next()?.trim_end_matches([',', '!', ':']);
        (name.len() >= 2
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().all(char::is_alphabetic))
        .then_some(name)
    })
}
