//! Tests of the text helpers: masks, words, neighbours, lines.

use super::*;

fn vocab() -> crate::tag::vocab::Vocab {
    crate::tag::vocab::Vocab::new(&crate::config::VocabConfig::default())
}

/// A text with no code blocks or sections.
static NO_LAYOUT: crate::tag::extract::layout::Layout = crate::tag::extract::layout::Layout {
    code: Vec::new(),
    sections: Vec::new(),
    prose_start: usize::MAX,
};

#[test]
fn urls_link_targets_and_emails_are_masked() {
    let text =
        "See https://go.dev/doc, www.rust-lang.org and [docs](/notes/x/) or mail a.b@c.io now";
    let doc = Doc::new(text, &NO_LAYOUT, &vocab());
    let masked: Vec<&str> = doc.masked.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        masked,
        [
            "https://go.dev/doc,",
            "www.rust-lang.org",
            "](/notes/x/",
            "a.b@c.io"
        ]
    );
    assert_eq!(
        doc.links
            .iter()
            .map(|r| &text[r.clone()])
            .collect::<Vec<_>>(),
        ["docs"]
    );
    assert_eq!(doc.internal_links.len(), 1);
    let external = Doc::new("[Kafka post](https://x.io/kafka)", &NO_LAYOUT, &vocab());
    assert_eq!(external.links.len(), 1);
    assert!(external.internal_links.is_empty());
}

#[test]
fn words_keep_inner_punctuation_and_note_possessives() {
    let text = "TikTok's Node.js, Full-Stack AT&T we're (C++) Zoë’s end. Macy's is hiring.";
    let doc = Doc::new(text, &NO_LAYOUT, &vocab());
    let words: Vec<(&str, bool)> = doc
        .words
        .iter()
        .map(|w| (doc.word(w), w.possessive))
        .collect();
    assert_eq!(
        words,
        [
            ("TikTok", true),
            ("Node.js", false),
            ("Full-Stack", false),
            ("AT&T", false),
            ("we're", false),
            ("C", false),
            ("Zoë", true),
            ("end", false),
            ("Macy's", false),
            ("is", false),
            ("hiring", false),
        ]
    );
}

#[test]
fn neighbours_skip_spaces_and_emphasis_and_stop_at_the_line() {
    for (text, pos, prev, next) in [
        (
            "with **Go**, Python",
            7,
            Side::Word("with"),
            Side::Punct(','),
        ),
        ("- Go: yes", 2, Side::LineEdge, Side::Punct(':')),
        ("1. Go now", 3, Side::LineEdge, Side::Word("now")),
        ("## Go", 3, Side::LineEdge, Side::LineEdge),
        ("end. Go", 5, Side::Punct('.'), Side::LineEdge),
        ("a - Go b", 4, Side::Punct('-'), Side::Word("b")),
        ("x\nGo\ny", 2, Side::LineEdge, Side::LineEdge),
    ] {
        assert_eq!(prev_token(text, pos), prev, "text: {text:?}");
        assert_eq!(next_token(text, pos + 2), next, "text: {text:?}");
    }
}

#[test]
fn sentence_starts_and_title_lines() {
    for (text, pos, want) in [
        ("Go now", 0, true),
        ("Ok. Go", 4, true),
        ("Skills: Go", 8, true),
        ("use Go", 4, false),
    ] {
        assert_eq!(is_sentence_start(text, pos), want, "text: {text:?}");
    }
    for (text, want) in [
        ("We Go Above And Beyond", true),
        ("Why Join Us", true),
        ("Build UIs with React and Redux.", false),
        ("we go above", false),
        ("Go", false),
    ] {
        assert_eq!(in_title_line(text, 0), want, "text: {text:?}");
    }
}

#[test]
fn line_bounds_are_found_within_a_limit() {
    let text = "first\nsecond line\nthird";
    assert_eq!(line_start_within(text, 10, 20), Some(6));
    assert_eq!(line_end_within(text, 10, 20), Some(17));
    assert_eq!(line_start_within(text, 3, 20), Some(0));
    assert_eq!(line_end_within(text, 20, 20), Some(text.len()));
    assert_eq!(line_start_within(text, 16, 3), None);
    assert!(
        is_line_prefix("  - ")
            && is_line_prefix("## ")
            && is_line_prefix("12. ")
            && !is_line_prefix("x")
    );
}

#[test]
fn ascii_lower_case_on_the_stack_matches_the_allocating_form() {
    let long = format!("Our Client {}", "X".repeat(80));
    for input in [
        "Our Client, ",
        "Greetings From ",
        "ÉCOLE Is An Equal",
        "",
        long.as_str(),
    ] {
        assert_eq!(
            with_ascii_lower(input, str::to_string),
            input.to_ascii_lowercase(),
            "input: {input:?}"
        );
    }
}
