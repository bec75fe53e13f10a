//! Lists of documents never show one document twice, nor two documents
//! alike: a posting and its analysis of the same title are told apart in
//! lists, search results and feeds.

use crate::support::*;

/// The document URLs listed under the heading with id `id`.
fn listed(page: &str, id: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(page);
    let sel = scraper::Selector::parse(&format!("#{id} + ul > li > a")).unwrap();
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

/// The title of each document link on a page, by URL, as a reader sees it.
fn titles(page: &str) -> Vec<(String, String)> {
    let html = scraper::Html::parse_document(page);
    let sel = scraper::Selector::parse(".doc-list > li > a, .doc-links > li > a").unwrap();
    html.select(&sel)
        .map(|a| {
            let text: String = a.text().collect();
            (a.value().attr("href").unwrap().to_string(), text)
        })
        .collect()
}

#[test]
fn a_posting_and_its_analysis_of_one_title_are_told_apart() {
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    let posting = ("/postings/pepsico-ai-engineer/", "AI Engineer at PepsiCo");
    let analysis = (
        "/analyses/pepsico-ai-engineer/",
        "AI Engineer at PepsiCo (analysis)",
    );
    let want = [analysis, posting].map(|(u, t)| (u.to_string(), t.to_string()));
    // A tag's page lists both.
    let listed = titles(&f.read("public/skills/docker/index.html"));
    assert_eq!(listed, want);
    // So do search results, from the index's titles.
    let index: Vec<(String, String)> = crate::text::index_docs(&f)
        .into_iter()
        .map(|(path, title, _)| (format!("/{path}"), title))
        .collect();
    for entry in &want {
        assert!(index.contains(entry), "{entry:?} not in {index:?}");
    }
    // And the site feed.
    let feed = f.read("public/atom.xml");
    assert!(
        feed.contains("<title>AI Engineer at PepsiCo (analysis)</title>"),
        "{feed}"
    );
    // The page itself keeps the title as it is.
    let page = f.read("public/analyses/pepsico-ai-engineer/index.html");
    assert!(page.contains("<h1>AI Engineer at PepsiCo</h1>"), "{page}");
}

#[test]
fn documents_of_one_title_that_are_both_postings_show_their_file_names() {
    let f = fixture("build/pasted");
    f.write(
        "content/postings/pepsico-ai-engineer-2.md",
        "---\ntitle: AI Engineer at PepsiCo\ncompany: PepsiCo\nskills: [Docker]\n---\nReposted a month later.\n",
    );
    f.build(&[]).ok();
    let listed = titles(&f.read("public/skills/docker/index.html"));
    let listed: Vec<&str> = listed.iter().map(|(_, t)| t.as_str()).collect();
    for want in [
        "AI Engineer at PepsiCo (analysis)",
        "AI Engineer at PepsiCo (pepsico-ai-engineer.txt)",
        "AI Engineer at PepsiCo (pepsico-ai-engineer-2.md)",
    ] {
        assert!(listed.contains(&want), "{want:?} not in {listed:?}");
    }
}

#[test]
fn a_list_without_two_entries_alike_shows_no_qualifier() {
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    // The posting's related documents hold its analysis but not the
    // posting itself: nothing there reads alike, so nothing is added.
    let page = f.read("public/postings/pepsico-ai-engineer/index.html");
    let related = titles(&page);
    assert!(
        related.contains(&(
            "/analyses/pepsico-ai-engineer/".to_string(),
            "AI Engineer at PepsiCo".to_string()
        )),
        "{related:?}"
    );
    assert!(!page.contains("<small>("), "{page}");
}

#[test]
fn a_preview_tells_titles_apart_as_a_clean_build_does_after_body_edits() {
    use crate::serve::invariant::{clean, served};
    use dossier::config::Overrides;
    use dossier::serve::watch::classify;
    use dossier::serve::{Outcome, Session};

    let f = fixture("build/pasted");
    let mut session = Session::new(&f.root, Overrides::default());
    assert!(matches!(
        session.rebuild(None).unwrap(),
        Outcome::Built { .. }
    ));
    // Its sections renamed (its tags as they were), the analysis reads as
    // a posting, and the two postings of one title, whose file names are
    // the same, show their paths; then back again.
    let rel = "content/analyses/pepsico-ai-engineer.txt";
    let text = f.read(rel);
    let renamed = text.replace(" Analysis:", " Overview:");
    for (body, want) in [
        (
            &renamed,
            "AI Engineer at PepsiCo (postings/pepsico-ai-engineer.txt)",
        ),
        (&text, "AI Engineer at PepsiCo (analysis)"),
    ] {
        f.write(rel, body);
        let change = classify(&f.root, &[f.root.join(rel)]);
        assert!(matches!(
            session.rebuild(Some(&change)).unwrap(),
            Outcome::Built { .. }
        ));
        let now = served(&session);
        let page = String::from_utf8_lossy(&now["skills/docker/index.html"]).into_owned();
        assert!(
            titles(&page).iter().any(|(_, t)| t == want),
            "{want:?} not in {:?}",
            titles(&page)
        );
        assert_eq!(now, clean(&f).expect("the fixture builds"));
    }
}
