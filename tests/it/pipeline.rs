//! Your applications: `/pipeline/` lists the documents with a `status`,
//! grouped by status in the order an application moves, with their dates
//! and the deadlines still open; a site without statuses has no page.

use crate::support::*;

/// The `<h2 id="status-…">` group keys of a page, in order, each with the
/// titles of its documents.
fn groups(page: &str) -> Vec<(String, Vec<String>)> {
    page.split("<section class=\"status-group\"")
        .skip(1)
        .map(|g| {
            let key = g.split("id=\"status-").nth(1).unwrap();
            let key = key[..key.find('"').unwrap()].to_string();
            let titles = g
                .split("<a class=\"doc-title\"")
                .skip(1)
                .map(|t| t[t.find('>').unwrap() + 1..t.find("</a>").unwrap()].to_string())
                .collect();
            (key, titles)
        })
        .collect()
}

#[test]
fn the_pipeline_groups_documents_by_status_with_open_deadlines_first() {
    let f = fixture("pipeline/basic");
    f.build(&[]).ok();
    f.check_main("pipeline/index.html");
    let page = f.read("public/pipeline/index.html");
    assert_eq!(
        groups(&page),
        [
            (
                "saved".to_string(),
                vec!["Data Engineer at Initech".to_string()]
            ),
            (
                "applied".to_string(),
                // The latest application first.
                vec![
                    "Applied late at Umbrella".to_string(),
                    "Backend Engineer at Acme".to_string()
                ]
            ),
            (
                "interviewing".to_string(),
                vec!["Platform Engineer at Globex".to_string()]
            ),
            ("rejected".to_string(), vec!["SRE at Hooli".to_string()]),
        ]
    );
    // Open deadlines, soonest first; the rejected one's is not listed.
    let deadlines = page
        .split("<ol class=\"doc-list deadlines\">")
        .nth(1)
        .unwrap()
        .split("</ol>")
        .next()
        .unwrap();
    let initech = deadlines.find("Initech").unwrap();
    let acme = deadlines.find("Acme").unwrap();
    assert!(initech < acme, "{deadlines}");
    assert!(!deadlines.contains("Hooli"), "{deadlines}");
    assert!(page.contains(">Pipeline</a>"), "the navigation names it");
    // The status shows on the document page.
    let doc = f.read("public/globex/index.html");
    assert!(doc.contains("Interviewing"), "{doc}");
}

#[test]
fn without_statuses_there_is_no_pipeline_page() {
    let f = fixture("pipeline/basic");
    for file in [
        "acme.md",
        "globex.md",
        "initech.txt",
        "hooli.md",
        "umbrella.md",
    ] {
        f.remove(&format!("content/{file}"));
    }
    f.build(&[]).ok();
    assert!(!f.exists("public/pipeline/index.html"));
    assert!(!f.read("public/index.html").contains("/pipeline/"));
}
