//! `of()` as a whole: front matter against text, the pipeline lines, JSON.

use super::*;
use crate::parse::front_matter::parse_meta;

fn shown(fields: &Fields) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            out.push(format!("{k}={v}"));
        }
    };
    push(
        "location",
        fields.location.as_ref().map(|f| f.value.clone()),
    );
    push(
        "remote",
        fields.remote.as_ref().map(|f| f.value.key().into()),
    );
    push(
        "salary",
        fields.salary.as_ref().map(|f| f.value.to_string()),
    );
    push(
        "employment",
        fields.employment.as_ref().map(|f| f.value.key().into()),
    );
    push(
        "posted",
        fields.posted.as_ref().map(|f| f.value.to_string()),
    );
    push("url", fields.url.as_ref().map(|f| f.value.clone()));
    push(
        "status",
        fields.status.as_ref().map(|f| f.value.key().into()),
    );
    push(
        "applied",
        fields.applied.as_ref().map(|f| f.value.to_string()),
    );
    push(
        "deadline",
        fields.deadline.as_ref().map(|f| f.value.to_string()),
    );
    out
}

#[test]
fn front_matter_wins_key_by_key() {
    let meta = parse_meta("location: Lisbon, Portugal\nremote: hybrid\n").unwrap();
    let text = "Location: Remote (EU)\nSalary: €50k–€65k\nEmployment type: Full-time\n";
    let (fields, errors) = of(&meta, text, false);
    assert!(errors.is_empty());
    assert_eq!(
        shown(&fields),
        [
            "location=Lisbon, Portugal",
            "remote=hybrid",
            "salary=€50,000–€65,000 a year",
            "employment=full-time"
        ]
    );
    assert_eq!(
        fields.location.unwrap().source,
        Source::FrontMatter { line: Some(2) }
    );
    let salary = fields.salary.unwrap();
    let Source::Text { start, end } = salary.source else {
        panic!("salary comes from the text");
    };
    assert_eq!(&text[start..end], "€50k–€65k");
}

#[test]
fn pipeline_lines_at_the_top_of_plain_text() {
    let text = "Status: Interviewing\nApplied: 2024-05-01\nDeadline: June 1, 2024\n\nNotes.\nStatus: offer\n";
    let (fields, errors) = of(&Meta::default(), text, true);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        shown(&fields),
        [
            "status=interviewing",
            "applied=2024-05-01",
            "deadline=2024-06-01"
        ]
    );
    // In Markdown the author's pipeline is front matter's.
    let (fields, _) = of(&Meta::default(), text, false);
    assert_eq!(shown(&fields), ["deadline=2024-06-01"]);
}

#[test]
fn bad_pipeline_values_name_the_line() {
    let text = "Acme notes\nStatus: pending\nApplied: last Tuesday\n\nbody\n";
    let (fields, errors) = of(&Meta::default(), text, true);
    assert!(fields.is_empty(), "{fields:?}");
    let got: Vec<_> = errors
        .iter()
        .map(|e| (e.line, e.message.as_str(), e.help.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                2,
                "`Status` must be one of saved, applied, interviewing, offer, rejected, withdrawn, not `pending`",
                "write `Status: applied`"
            ),
            (
                3,
                "`Applied` is not a date: `last Tuesday`",
                "write `Applied: 2024-05-21` (year-month-day)"
            ),
        ]
    );
}

#[test]
fn fields_as_json() {
    let meta = parse_meta("status: applied\n").unwrap();
    let text = "Acme · Austin, TX (Hybrid)\n$50 - $60 an hour · Full-time\n";
    let (fields, _) = of(&meta, text, false);
    let at = |s: &str| {
        let start = text.find(s).unwrap();
        serde_json::json!({"from": "text", "start": start, "end": start + s.len()})
    };
    assert_eq!(
        serde_json::to_value(&fields).unwrap(),
        serde_json::json!({
            "location": {"value": "Austin, TX", "source": at("Austin, TX")},
            "remote": {"value": "hybrid", "source": at("Hybrid")},
            "salary": {
                "value": {"currency": "USD", "min": 50, "max": 60, "period": "hour"},
                "source": at("$50 - $60 an hour")
            },
            "employment": {"value": "full-time", "source": at("Full-time")},
            "status": {"value": "applied", "source": {"from": "front_matter", "line": 2}},
        })
    );
}

#[test]
fn a_text_without_fields_gives_none() {
    for text in [
        "",
        "Sure. Here's the analysis:\nJob Analysis:\nThe role needs Go and 2-4 years of experience.\n",
        "```sh\n$ echo $HOME\nRemote: yes\n```\n",
    ] {
        let (fields, errors) = of(&Meta::default(), text, true);
        assert!(
            fields.is_empty() && errors.is_empty(),
            "text: {text:?}: {fields:?}"
        );
    }
}
