//! `dossier tags`: every document with its tags and their evidence.

use crate::support::*;

#[test]
fn tags_json_matches_golden() {
    let f = fixture("build/basic");
    let run = f.run(&["tags", "--json"]).ok();
    let golden = fixtures_dir().join("build/basic/expected/tags.json");
    check_golden(&golden, &run.stdout());
    let parsed: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let first = &parsed[0];
    assert_eq!(first["source"], "jobs/acme-backend.md");
    assert_eq!(first["url"], "/jobs/acme-backend/");
    assert_eq!(
        first["tags"]["skill"],
        serde_json::json!(["Go", "PostgreSQL"])
    );
    assert_eq!(first["evidence"]["skill:Go"], "front matter");
}

#[test]
fn tags_json_uses_the_base_path() {
    let f = fixture("build/basic");
    f.write("dossier.yaml", "base_url: https://x.example/kb/\n");
    let run = f.run(&["tags", "--json"]).ok();
    assert!(
        run.stdout().contains("\"url\": \"/kb/jobs/acme-backend/\""),
        "{}",
        run.stdout()
    );
}

#[test]
fn tags_text_lists_each_tag_and_its_source() {
    let f = fixture("build/basic");
    let run = f.run(&["tags"]).ok();
    let out = run.stdout();
    assert!(
        out.contains("Backend Engineer at Acme  jobs/acme-backend.md → /jobs/acme-backend/"),
        "{out}"
    );
    assert!(out.contains("  skill    PostgreSQL  front matter"), "{out}");
}

#[test]
fn tags_are_listed_when_links_are_broken_with_a_warning() {
    let f = fixture("build/basic");
    f.write(
        "content/notes/broken.md",
        "---\ncompany: Beta\n---\nSee [[No Such Document]].\n",
    );
    let run = f.run(&["tags"]).ok();
    assert!(run.stdout().contains("  company  Beta"), "{}", run.stdout());
    assert!(run.stdout().contains("  company  Acme"), "{}", run.stdout());
    assert!(
        run.stderr()
            .starts_with("warning: content/notes/broken.md:4: wikilink [[No Such Document]]"),
        "{}",
        run.stderr()
    );
    assert!(!run.stderr().contains("error"), "{}", run.stderr());
    let json = f.run(&["tags", "--json"]).ok();
    let docs: Vec<serde_json::Value> = serde_json::from_str(&json.stdout()).unwrap();
    assert!(
        docs.iter()
            .any(|d| d["source"] == "notes/broken.md" && d["tags"]["company"][0] == "Beta"),
        "{}",
        json.stdout()
    );
}

#[test]
fn tags_of_readable_documents_are_listed_when_one_cannot_be_read() {
    let f = fixture("build/basic");
    f.write(
        "content/notes/bad.md",
        "---\ncompany: Beta\nskills: Go\n---\nBody.\n",
    );
    let run = f.run(&["tags"]).fails();
    assert!(run.stdout().contains("  company  Acme"), "{}", run.stdout());
    assert!(!run.stdout().contains("notes/bad.md"), "{}", run.stdout());
    assert!(
        run.stderr()
            .contains("error: content/notes/bad.md:3: `skills` must be a list"),
        "{}",
        run.stderr()
    );
}
