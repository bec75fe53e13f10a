//! Lists of documents on a page never show one document twice.

use crate::support::*;

/// The document URLs listed in the page section with heading id `id`.
fn listed(page: &str, id: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(page);
    let sel =
        scraper::Selector::parse(&format!("section[aria-labelledby=\"{id}\"] .doc-title")).unwrap();
    html.select(&sel)
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect()
}

#[test]
fn a_document_linked_from_is_not_listed_again_as_related() {
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    let page = f.read("public/postings/pepsico-ai-engineer/index.html");
    let backlinks = listed(&page, "doc-backlinks");
    let related = listed(&page, "doc-related");
    assert_eq!(backlinks, ["/notes/pepsico-call/"]);
    // The call shares tags with the posting and would be related, but it
    // is listed once, where it links from.
    assert!(
        related.contains(&"/analyses/pepsico-ai-engineer/".to_string()),
        "{related:?}"
    );
    assert!(
        !related.iter().any(|r| backlinks.contains(r)),
        "related {related:?} repeats linked from {backlinks:?}"
    );
}
