//! Wikilinks and autolinks in document bodies.

use crate::support::*;

#[test]
fn wikilinks_resolve_to_tags_and_documents() {
    let f = fixture("find/site");
    f.build(&["--base-url", "https://example.org/research/"])
        .ok();
    let page = f.read("public/notes/wiki/index.html");
    for want in [
        "<a href=\"/research/companies/tiktok/\">TikTok</a>",
        "<a href=\"/research/companies/acme/\">the Acme page</a>",
        "<a href=\"/research/skills/go/\">Go</a>",
        "<a href=\"/research/jobs/acme-go/\">Backend Engineer at Acme</a>",
        "<a href=\"/research/jobs/tiktok-data/\">jobs/tiktok-data</a>",
        "<a href=\"/research/jobs/acme-sre/\">SRE posting</a>",
        "<a href=\"/research/jobs/tiktok-backend/#open-questions\">Backend Engineer at TikTok#Open questions</a>",
    ] {
        assert!(page.contains(want), "missing {want} in\n{page}");
    }
    // A wikilink to a document is a link for backlinks too.
    let data = f.read("public/jobs/tiktok-data/index.html");
    assert!(data.contains("id=\"doc-backlinks\""), "{data}");
    let problems = broken_internal_links(&f.root.join("public"), "/research/");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn unresolved_wikilink_is_an_error_with_file_and_line() {
    let f = fixture("find/site");
    f.write(
        "content/notes/bad.md",
        "---\ntitle: Bad\n---\nFine line.\n\nSee [[Nowhere Inc]] and [[notes/missing|x]].\n",
    );
    let run = f.build(&[]).fails();
    let err = run.stderr();
    assert!(
        err.contains("error: content/notes/bad.md:6: wikilink [[Nowhere Inc]]: no document or tag is called `Nowhere Inc`\n  help: name a document by its title or its path under content/"),
        "{err}"
    );
    assert!(
        err.contains("error: content/notes/bad.md:6: wikilink [[notes/missing]]: no document or tag is called `notes/missing`"),
        "{err}"
    );
}

#[test]
fn ambiguous_title_is_an_error_naming_both_documents() {
    let f = fixture("find/site");
    f.write(
        "content/notes/dup.md",
        "---\ntitle: Wiki Notes\n---\nA second one.\n",
    );
    f.write(
        "content/notes/use.md",
        "---\ntitle: Use\n---\n[[wiki notes]]\n",
    );
    let err = f.build(&[]).fails().stderr();
    assert!(
        err.contains("error: content/notes/use.md:4: wikilink [[wiki notes]]: 2 documents have this title (content/notes/dup.md, content/notes/wiki.md); link to one by its path"),
        "{err}"
    );
}

#[test]
fn autolink_is_off_by_default() {
    let f = fixture("find/site");
    f.build(&[]).ok();
    assert!(
        !f.read("public/notes/wiki/index.html")
            .contains("class=\"autolink\"")
    );
}

#[test]
fn autolink_links_first_mentions_outside_code_and_links() {
    let f = fixture("find/site");
    f.write("dossier.yaml", "title: Auto\nautolink: true\n");
    f.build(&[]).ok();
    let page = f.read("public/notes/wiki/index.html");
    let body = &page[page.find("doc-body").unwrap()..page.find("</article>").unwrap()];
    // Link texts (of the wikilinks above) are not mentions; the first
    // plain `Go` and `Kubernetes` are, and nothing after them.
    assert_eq!(body.matches("class=\"autolink\"").count(), 2, "{body}");
    assert!(
        body.contains("<a class=\"autolink\" href=\"/skills/go/\">Go</a> is mentioned here and <a class=\"autolink\" href=\"/skills/kubernetes/\">Kubernetes</a> too, but <code>Go</code> in code and <a href=\"https://go.dev\">Go</a> are not."),
        "{body}"
    );
    let text = f.read("public/notes/posting/index.html");
    assert!(
        text.contains("mentions <a class=\"autolink\" href=\"/companies/acme/\">Acme</a> and <a class=\"autolink\" href=\"/skills/go/\">Go</a> once, and Go again."),
        "{text}"
    );
    let problems = broken_internal_links(&f.root.join("public"), "/");
    assert!(problems.is_empty(), "{problems:#?}");
}
