//! Feeds, sitemap, robots.txt and the meta tags search engines and feed
//! readers read.

use std::collections::BTreeSet;

use crate::support::*;

const HOST: &str = "https://example.org/research/";

/// The documents of the `find/site` fixture, by URL path.
fn doc_paths() -> BTreeSet<String> {
    [
        "jobs/acme-go/",
        "jobs/acme-sre/",
        "jobs/tiktok-backend/",
        "jobs/tiktok-data/",
        "notes/posting/",
        "notes/tricky/",
        "notes/wiki/",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect()
}

/// Every `<entry>` of an Atom feed: (title, alternate link, id).
fn entries(xml: &str) -> Vec<(String, String, String)> {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "feed");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    for required in ["id", "title", "updated"] {
        assert!(
            root.children().any(|c| c.has_tag_name(required)),
            "feed has no <{required}>"
        );
    }
    root.children()
        .filter(|c| c.has_tag_name("entry"))
        .map(|e| {
            let text = |name: &str| {
                e.children()
                    .find(|c| c.has_tag_name(name))
                    .and_then(|c| c.text())
                    .unwrap_or_else(|| panic!("entry without <{name}>"))
                    .to_string()
            };
            assert!(e.children().any(|c| c.has_tag_name("updated")));
            let link = e
                .children()
                .find(|c| c.has_tag_name("link"))
                .and_then(|l| l.attribute("href"))
                .expect("entry link")
                .to_string();
            (text("title"), link, text("id"))
        })
        .collect()
}

#[test]
fn site_feed_lists_every_document_with_absolute_links() {
    let f = fixture("find/site");
    f.build(&["--base-url", HOST]).ok();
    let feed = entries(&f.read("public/atom.xml"));
    let links: BTreeSet<String> = feed.iter().map(|(_, l, _)| l.clone()).collect();
    let want: BTreeSet<String> = doc_paths().iter().map(|p| format!("{HOST}{p}")).collect();
    assert_eq!(links, want);
    assert!(feed.iter().all(|(_, link, id)| link == id));
    // Newest first.
    assert_eq!(feed[0].0, "Wiki notes");
    let tricky = feed
        .iter()
        .find(|(_, l, _)| l.ends_with("notes/tricky/"))
        .expect("tricky entry");
    assert_eq!(tricky.0, "<script>alert(\"x\")</script> & 'quotes' at Beta");
}

#[test]
fn tag_feeds_list_the_tags_documents() {
    let f = fixture("find/site");
    f.build(&["--base-url", HOST]).ok();
    let go = entries(&f.read("public/skills/go/atom.xml"));
    let titles: Vec<&str> = go.iter().map(|(t, _, _)| t.as_str()).collect();
    // Newest first; the wiki notes and the posting name Go in their text,
    // so extraction tags them; the undated posting comes last.
    assert_eq!(
        titles,
        [
            "Wiki notes",
            "Backend Engineer at TikTok",
            "Backend Engineer at Acme",
            "Site Reliability Engineer at Acme",
            "Posting"
        ]
    );
    let page = f.read("public/skills/go/index.html");
    assert!(
        page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Go · Find &amp; share &quot;fixture&quot;\" href=\"/research/skills/go/atom.xml\">"),
        "{page}"
    );
    let home = f.read("public/index.html");
    assert!(
        home.contains("type=\"application/atom+xml\" title=\"Find &amp; share &quot;fixture&quot;\" href=\"/research/atom.xml\""),
        "{home}"
    );
}

#[test]
fn without_a_host_feeds_use_paths_and_urn_ids_and_there_is_no_sitemap() {
    let f = fixture("find/site");
    f.build(&[]).ok();
    let feed = entries(&f.read("public/atom.xml"));
    assert_eq!(feed.len(), doc_paths().len());
    for (_, link, id) in &feed {
        assert!(link.starts_with('/'), "{link}");
        assert!(id.starts_with("urn:uuid:") && id.len() == 45, "{id}");
    }
    assert!(!f.exists("public/sitemap.xml"));
    assert_eq!(f.read("public/robots.txt"), "User-agent: *\nAllow: /\n");
}

#[test]
fn feed_limit_keeps_the_newest_entries() {
    let f = fixture("find/site");
    f.write(
        "dossier.yaml",
        "title: Limited\nfeed_limit: 2\nbase_url: https://example.org/\n",
    );
    f.build(&[]).ok();
    let feed = entries(&f.read("public/atom.xml"));
    let titles: Vec<&str> = feed.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(titles, ["Wiki notes", "Backend Engineer at TikTok"]);
}

#[test]
fn feeds_hold_the_newest_twenty_entries_unless_feed_limit_says_otherwise() {
    let f = empty();
    for day in 1..=25 {
        f.write(
            &format!("content/d{day:02}.md"),
            &format!(
                "---\ntitle: Day {day}\ndate: 2024-03-{day:02}\nskills: [Go]\n---\nAbout Go.\n"
            ),
        );
    }
    f.build(&[]).ok();
    for feed in ["public/atom.xml", "public/skills/go/atom.xml"] {
        let titles: Vec<String> = entries(&f.read(feed)).into_iter().map(|e| e.0).collect();
        let newest: Vec<String> = (6..=25).rev().map(|d| format!("Day {d}")).collect();
        assert_eq!(titles, newest, "{feed}");
    }
    f.write("dossier.yaml", "feed_limit: 0\n");
    f.build(&[]).ok();
    assert_eq!(entries(&f.read("public/skills/go/atom.xml")).len(), 25);
}

#[test]
fn sitemap_lists_every_page_and_robots_points_at_it() {
    let f = fixture("find/site");
    f.build(&["--base-url", HOST]).ok();
    let xml = f.read("public/sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("sitemap is XML");
    let locs: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .map(str::to_string)
        .collect();
    for path in doc_paths() {
        assert!(
            locs.contains(&format!("{HOST}{path}")),
            "{path} not in\n{xml}"
        );
    }
    for path in ["", "search/", "skills/", "skills/go/", "companies/tiktok/"] {
        assert!(
            locs.contains(&format!("{HOST}{path}")),
            "{path} not in\n{xml}"
        );
    }
    // Every HTML page but 404.html is listed.
    let pages = files_under(&f.root.join("public"))
        .into_iter()
        .filter(|p| p.ends_with("index.html"))
        .count();
    assert_eq!(locs.len(), pages);
    assert!(xml.contains(&format!(
        "<url><loc>{HOST}jobs/acme-go/</loc><lastmod>2024-01-15</lastmod></url>"
    )));
    assert_eq!(
        f.read("public/robots.txt"),
        format!("User-agent: *\nAllow: /\n\nSitemap: {HOST}sitemap.xml\n")
    );
}

#[test]
fn pages_have_canonical_description_and_open_graph() {
    let f = fixture("find/site");
    f.build(&["--base-url", HOST]).ok();
    let page = f.read("public/jobs/tiktok-data/index.html");
    for want in [
        format!("<link rel=\"canonical\" href=\"{HOST}jobs/tiktok-data/\">"),
        "<meta name=\"description\" content=\"Pipelines with strict latency targets and a lot of Python.\">".to_string(),
        "<meta property=\"og:title\" content=\"Data Engineer at TikTok\">".to_string(),
        "<meta property=\"og:description\" content=\"Pipelines with strict latency targets and a lot of Python.\">".to_string(),
        "<meta property=\"og:type\" content=\"article\">".to_string(),
        format!("<meta property=\"og:url\" content=\"{HOST}jobs/tiktok-data/\">"),
    ] {
        assert!(page.contains(&want), "missing {want} in\n{page}");
    }
    let tricky = f.read("public/notes/tricky/index.html");
    assert!(
        tricky.contains("<meta name=\"description\" content=\"A title with &lt;markup&gt;, an ampersand &amp; &quot;quotes&quot;.\">"),
        "{tricky}"
    );
    // A preview card needs absolute URLs: without a host, no Open Graph.
    let local = fixture("find/site");
    local.build(&[]).ok();
    let page = local.read("public/jobs/tiktok-data/index.html");
    assert!(page.contains("<meta name=\"description\""), "{page}");
    assert!(!page.contains("og:"), "{page}");
}

#[test]
fn skill_profiles_are_bar_charts_made_of_a_table() {
    let f = fixture("find/site");
    f.build(&[]).ok();
    let html = f.read("public/companies/acme/index.html");
    let page = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let table = page
        .select(&sel("table#skill-chart"))
        .next()
        .expect("a chart");
    let caption: String = table
        .select(&sel("caption"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(caption, "Skills in the documents about Acme");
    let rows: Vec<String> = table
        .select(&sel("tbody tr"))
        .map(|r| r.text().collect::<Vec<_>>().join("|"))
        .collect();
    assert_eq!(rows, ["Go|2", "Kubernetes|1"]);
    let links: Vec<&str> = table
        .select(&sel("tbody th a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(links, ["/skills/go/", "/skills/kubernetes/"]);
    // Each count cell carries the length of its bar, drawn by the stylesheet.
    let bars: Vec<&str> = table
        .select(&sel("tbody td"))
        .filter_map(|r| r.value().attr("style"))
        .collect();
    assert_eq!(bars, ["--p:100", "--p:50"]);
    let go = f.read("public/skills/go/index.html");
    assert!(
        go.contains("<caption class=\"visually-hidden\">Skills asked together with Go</caption>")
    );
}

#[test]
fn an_entry_is_published_apart_from_updated_only_when_it_was_updated() {
    let f = fixture("find/site");
    f.write(
        "content/notes/revised.md",
        "---\ntitle: Revised\ndate: 2024-01-02\nupdated: 2024-03-04\n---\nText.\n",
    );
    f.build(&[]).ok();
    let xml = f.read("public/atom.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let entry = |title: &str| {
        doc.root_element()
            .children()
            .find(|e| {
                e.children()
                    .any(|c| c.has_tag_name("title") && c.text() == Some(title))
            })
            .unwrap_or_else(|| panic!("no entry {title:?} in {xml}"))
    };
    let date = |title: &str, name: &str| {
        entry(title)
            .children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .map(str::to_string)
    };
    assert_eq!(
        date("Revised", "published").as_deref(),
        Some("2024-01-02T00:00:00+00:00")
    );
    assert_eq!(
        date("Revised", "updated").as_deref(),
        Some("2024-03-04T00:00:00+00:00")
    );
    // Dated once: `updated` alone says it.
    assert_eq!(date("Wiki notes", "published"), None);
    assert!(date("Wiki notes", "updated").is_some());
}
