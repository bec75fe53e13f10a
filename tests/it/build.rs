//! `dossier build`: pages, URLs, links, drafts, pagination, base URL.

use crate::support::*;

#[test]
fn basic_site_pages_match_goldens() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    f.check_main("index.html")
        .check_main("jobs/acme-backend/index.html")
        .check_main("jobs/plain/index.html")
        .check_main("companies/acme/index.html")
        .check_main("skills/go/index.html")
        .check_main("roles/index.html");
}

#[test]
fn every_internal_link_resolves() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let problems = broken_internal_links(&f.root.join("public"), "/");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_internal_link_resolves_under_a_sub_path_base_url() {
    let f = fixture("build/basic");
    f.build(&["--base-url", "https://someone.github.io/research/"])
        .ok();
    let out = f.root.join("public");
    let problems = broken_internal_links(&out, "/research/");
    assert!(problems.is_empty(), "{problems:#?}");
    let page = f.read("public/jobs/acme-backend/index.html");
    assert!(
        page.contains("href=\"/research/notes/acme-call/#questions\""),
        "{page}"
    );
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://someone.github.io/research/jobs/acme-backend/\">"
    ));
}

#[test]
fn example_knowledge_base_builds_with_every_link_resolved() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("content"), &root.join("content"));
    std::fs::copy(repo.join("dossier.yaml"), root.join("dossier.yaml")).unwrap();
    let run = dossier(root, &["build"]).ok();
    assert!(run.stdout().starts_with("built "), "{}", run.stdout());
    let problems = broken_internal_links(&root.join("public"), "/");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn urls_are_pretty_and_slugged() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    for page in [
        "public/index.html",
        "public/404.html",
        "public/jobs/acme-backend/index.html",
        "public/notes/acme-call/index.html",
        "public/jobs/plain/index.html",
        "public/companies/index.html",
        "public/companies/acme/index.html",
        "public/roles/backend-engineer/index.html",
        "public/skills/go/index.html",
        "public/skills/postgresql/index.html",
        "public/tags/remote/index.html",
        "public/notes/diagram.svg",
        "public/style.css",
    ] {
        assert!(f.exists(page), "missing {page}");
    }
}

#[test]
fn ignored_files_and_drafts_are_not_published() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let files = files_under(&f.root.join("public"));
    for file in &files {
        assert!(
            !file.contains("secret") && !file.contains("hidden") && !file.contains("draft"),
            "{file} published"
        );
    }
    assert!(
        !f.exists("public/companies/beta/index.html"),
        "a draft's tag has no page"
    );
}

#[test]
fn drafts_flag_publishes_drafts() {
    let f = fixture("build/basic");
    f.build(&["--drafts"]).ok();
    assert!(f.exists("public/notes/draft/index.html"));
    assert!(f.exists("public/companies/beta/index.html"));
}

#[test]
fn spellings_of_one_tag_merge_under_the_most_used_name() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    // `Acme` ×2 and `ACME` ×1 are one company; `Go` and `go` one skill.
    let companies = f.read("public/companies/index.html");
    assert!(
        companies.contains(">Acme</a> <span class=\"count\">3</span>"),
        "{companies}"
    );
    assert!(!companies.contains(">ACME<"));
    let go = f.read("public/skills/go/index.html");
    assert!(go.contains("<h1>Go"), "{go}");
    assert!(go.contains("3 documents"), "{go}");
}

#[test]
fn backlinks_and_related_documents_are_listed() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let call = f.read("public/notes/acme-call/index.html");
    let linked_from = &call[call
        .find("id=\"doc-backlinks\"")
        .expect("backlinks section")..];
    assert!(
        linked_from.contains("href=\"/jobs/acme-backend/\""),
        "{call}"
    );
    let sre = f.read("public/jobs/acme-sre/index.html");
    let related = &sre[sre.find("id=\"doc-related\"").expect("related section")..];
    // The backend posting shares Acme and Go; the call shares Acme and Go too.
    assert!(
        related.contains("/jobs/acme-backend/") && related.contains("/notes/acme-call/"),
        "{related}"
    );
}

#[test]
fn term_pages_paginate_past_fifty_documents() {
    let f = empty();
    for i in 0..120 {
        f.write(
            &format!("content/jobs/job-{i:03}.md"),
            &format!("---\ntitle: Job {i:03}\ncompany: Acme\nskills: [Go]\ndate: 2024-01-{:02}\n---\nText.\n", i % 28 + 1),
        );
    }
    f.build(&[]).ok();
    let page1 = f.read("public/skills/go/index.html");
    let page3 = f.read("public/skills/go/page/3/index.html");
    assert!(!f.exists("public/skills/go/page/4/index.html"));
    assert!(
        !f.exists("public/skills/go/page/1/index.html"),
        "page 1 lives at the term URL"
    );
    let items = |html: &str| {
        let page = scraper::Html::parse_document(html);
        let sel = scraper::Selector::parse("#main .doc-list > li").unwrap();
        page.select(&sel).count()
    };
    assert_eq!((items(&page1), items(&page3)), (50, 20));
    assert!(
        page1.contains("href=\"/skills/go/page/2/\" rel=\"next\""),
        "{page1}"
    );
    assert!(
        page3.contains("href=\"/skills/go/page/2/\" rel=\"prev\""),
        "{page3}"
    );
    let problems = broken_internal_links(&f.root.join("public"), "/");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn titles_fall_back_to_tags_then_file_name() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let sre = f.read("public/jobs/acme-sre/index.html");
    assert!(
        sre.contains("<h1>Site Reliability Engineer at Acme</h1>"),
        "{sre}"
    );
    let plain = f.read("public/jobs/plain/index.html");
    assert!(plain.contains("<h1>Plain</h1>"), "{plain}");
}

#[test]
fn plain_text_is_escaped_and_preamble_dropped() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let plain = f.read("public/jobs/plain/index.html");
    assert!(
        plain.contains("The role owns &lt;payments&gt; &amp; billing."),
        "{plain}"
    );
    assert!(
        !plain.contains("Here&#39;s the analysis") && !plain.contains("Here's the analysis"),
        "{plain}"
    );
}

#[test]
fn build_output_is_the_same_whatever_the_thread_count() {
    let f = fixture("build/basic");
    let run = |threads: &str, out: &str| {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["build", "-o", out])
            .current_dir(&f.root)
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(run.status.success());
    };
    run("1", "one");
    run("4", "four");
    let (one, four) = (f.root.join("one"), f.root.join("four"));
    let files = files_under(&one);
    assert_eq!(files, files_under(&four));
    // The marker records the build's inputs, -o among them; the site itself must match.
    for file in files.iter().filter(|f| *f != ".dossier-output") {
        let same =
            std::fs::read(one.join(file)).unwrap() == std::fs::read(four.join(file)).unwrap();
        assert!(same, "{file} differs between 1 and 4 threads");
    }
}

#[test]
fn build_writes_what_a_build_with_a_cache_makes() {
    // `dossier build` links once, freeing source texts as it goes, and
    // writes the search index file by file; a preview's build keeps
    // everything. Both must make the same site.
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let (pages, assets) = build_in_memory(&f.root).expect("the fixture builds");
    let out = f.root.join("public");
    let written: Vec<String> = files_under(&out)
        .into_iter()
        .filter(|f| f != ".dossier-output" && !assets.iter().any(|a| a.rel == *f))
        .collect();
    assert_eq!(
        written,
        pages.keys().cloned().collect::<Vec<_>>(),
        "the same files"
    );
    for (file, bytes) in &pages {
        assert!(
            std::fs::read(out.join(file)).unwrap() == *bytes,
            "{file} differs from a build with a cache"
        );
    }
}

#[test]
fn rebuild_replaces_the_previous_output() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    std::fs::remove_file(f.root.join("content/jobs/acme-sre.md")).unwrap();
    f.build(&[]).ok();
    assert!(
        !f.exists("public/jobs/acme-sre/index.html"),
        "a removed document's page is gone"
    );
    assert!(!f.exists("public/roles/site-reliability-engineer/index.html"));
    let parent: Vec<String> = std::fs::read_dir(&f.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !parent.iter().any(|n| n.contains("dossier-")),
        "no staging left: {parent:?}"
    );
}

#[test]
fn second_build_with_nothing_changed_writes_nothing() {
    let f = fixture("build/basic");
    f.write("content/notes/untagged.md", "Just a few words.\n");
    f.build(&[]).ok();
    let page = f.root.join("public/skills/go/index.html");
    let before = std::fs::metadata(&page).unwrap().modified().unwrap();
    let run = f.build(&[]).ok();
    assert!(run.stdout().starts_with("up to date: "), "{}", run.stdout());
    assert!(
        run.stderr().contains("warning: content/"),
        "warnings are shown again: {}",
        run.stderr()
    );
    assert_eq!(
        std::fs::metadata(&page).unwrap().modified().unwrap(),
        before
    );
    // Any input counts: a flag changes what is built.
    let run = f.build(&["--base-url", "/sub/"]).ok();
    assert!(run.stdout().starts_with("built "), "{}", run.stdout());
}

#[test]
fn unchanged_output_files_are_kept_not_rewritten() {
    use std::os::unix::fs::MetadataExt;
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let inode = |p: &str| std::fs::metadata(f.root.join(p)).unwrap().ino();
    let (plain, sre) = (
        inode("public/jobs/plain/index.html"),
        inode("public/jobs/acme-sre/index.html"),
    );
    let path = f.root.join("content/jobs/acme-sre.md");
    std::fs::write(
        &path,
        std::fs::read_to_string(&path).unwrap() + "\nOne more line.\n",
    )
    .unwrap();
    f.build(&[]).ok();
    assert_eq!(
        inode("public/jobs/plain/index.html"),
        plain,
        "an unchanged page is the same file"
    );
    assert_ne!(
        inode("public/jobs/acme-sre/index.html"),
        sre,
        "the edited page is new"
    );
    assert!(
        f.read("public/jobs/acme-sre/index.html")
            .contains("One more line.")
    );
}

#[test]
fn a_deleted_output_file_is_rebuilt_even_when_content_is_unchanged() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    std::fs::remove_file(f.root.join("public/skills/go/index.html")).unwrap();
    let run = f.build(&[]).ok();
    assert!(run.stdout().starts_with("built "), "{}", run.stdout());
    assert!(f.exists("public/skills/go/index.html"));
}

#[test]
fn tag_kinds_without_tags_are_not_listed_and_counts_agree_with_nouns() {
    let f = empty();
    f.write(
        "content/acme.md",
        "---\ntitle: A note\ncompany: Acme\n---\nOne document about Acme.\n",
    );
    let built = f.build(&[]).ok().stdout();
    assert!(built.starts_with("built 1 document, "), "{built}");
    assert!(built.contains(", 1 tag in "), "{built}");
    let again = f.build(&[]).ok().stdout();
    assert!(!again.contains(" 1 files "), "{again}");
    let checked = f.run(&["check"]).ok().stdout();
    assert!(checked.starts_with("checked 1 document, "), "{checked}");
    let out = f.root.join("public");
    let link = scraper::Selector::parse("a[href]").unwrap();
    for page in files_under(&out).iter().filter(|p| p.ends_with(".html")) {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let doc = scraper::Html::parse_document(&html);
        for a in doc.select(&link) {
            let href = a.value().attr("href").unwrap();
            assert!(
                !["/roles/", "/skills/", "/tags/"].contains(&href),
                "{page} links to {href}, a kind with no tags"
            );
        }
    }
    let home = main_of(&f.read("public/index.html"));
    assert!(
        home.contains("<span class=\"stat\">1</span> document\n"),
        "{home}"
    );
    assert!(
        home.contains("<span class=\"stat\">1</span> company</a>"),
        "{home}"
    );
    let companies = main_of(&f.read("public/companies/index.html"));
    assert!(
        companies.contains(">1 company, with its number of documents.<"),
        "{companies}"
    );
    let search = main_of(&f.read("public/search/index.html"));
    assert!(
        search.contains("Search 1 document by the words"),
        "{search}"
    );
}
