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

/// The tags of one document of `tags --json`.
fn json_of(f: &Fixture, source: &str) -> serde_json::Value {
    let run = f.run(&["tags", "--json"]).ok();
    let docs: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    docs.as_array()
        .unwrap()
        .iter()
        .find(|d| d["source"] == source)
        .unwrap_or_else(|| panic!("{source} not listed: {}", run.stdout()))
        .clone()
}

#[test]
fn a_front_matter_role_is_kept_as_written_and_gives_its_level() {
    let f = empty();
    f.write(
        "content/intuit.md",
        "---\ncompany: Intuit\nrole: Staff Engineer, GenAI\nskills: [Python]\n---\nNotes.\n",
    );
    let doc = json_of(&f, "intuit.md");
    assert_eq!(
        doc["tags"]["role"],
        serde_json::json!(["Staff Engineer, GenAI"])
    );
    assert_eq!(doc["tags"]["level"], serde_json::json!(["Staff"]));
    assert_eq!(doc["evidence"]["level:Staff"], "front matter");
}

#[test]
fn a_clipped_page_names_its_employer_by_its_title_or_its_board_address() {
    let f = empty();
    let body = "Location\nSan Francisco, CA\nEmployment Type\nFull time\n\n\
                You will build our ledger in TypeScript and Postgres.\n";
    // Ashby's page title, as a web clipper keeps it.
    f.write(
        "content/ashby.md",
        &format!("---\ntitle: \"Software Engineer, Backend @ Ramp\"\n---\n{body}"),
    );
    // Only the board's address: the slug, spelled as the text writes it.
    f.write(
        "content/lever.md",
        &format!(
            "---\ntitle: Data Engineer\nsource: https://jobs.lever.co/openai/4f1c2a\n---\n\
             {body}OpenAI's data team owns the warehouse.\n"
        ),
    );
    // A blog address names no one.
    f.write(
        "content/blog.md",
        &format!("---\ntitle: Data Engineer\nsource: https://ramp.com/blog/ledger\n---\n{body}"),
    );
    let ashby = json_of(&f, "ashby.md");
    assert_eq!(ashby["tags"]["company"], serde_json::json!(["Ramp"]));
    assert_eq!(ashby["evidence"]["company:Ramp"], "front matter");
    let lever = json_of(&f, "lever.md");
    assert_eq!(lever["tags"]["company"], serde_json::json!(["OpenAI"]));
    let blog = json_of(&f, "blog.md");
    assert_eq!(blog["tags"]["company"], serde_json::json!([]), "{blog}");
}

#[test]
fn a_posted_title_gives_the_role_and_the_level_apart() {
    let f = empty();
    f.write(
        "content/a.txt",
        "Senior Data Engineer\nAcme Logistics · Austin, TX · 3 days ago\n\nAbout the job\nBuild pipelines in Python and Airflow.\n",
    );
    f.write(
        "content/b.txt",
        "Data Engineer II\nGlobex - Denver, CO 80202\n\nJob details\nWe use dbt and Snowflake.\n",
    );
    let a = json_of(&f, "a.txt");
    assert_eq!(a["tags"]["company"], serde_json::json!(["Acme Logistics"]));
    assert_eq!(a["tags"]["role"], serde_json::json!(["Data Engineer"]));
    assert_eq!(a["tags"]["level"], serde_json::json!(["Senior"]));
    let b = json_of(&f, "b.txt");
    assert_eq!(b["tags"]["role"], serde_json::json!(["Data Engineer"]));
    assert_eq!(b["tags"]["level"], serde_json::json!(["II"]));
    // Levels have pages of their own, listed under /levels/.
    f.build(&[]).ok();
    assert!(
        f.read("public/levels/index.html")
            .contains("href=\"/levels/senior/\"")
    );
    let senior = f.read("public/levels/senior/index.html");
    assert!(senior.contains("href=\"/a/\""), "{senior}");
    assert!(!senior.contains("href=\"/b/\""), "{senior}");
}

#[test]
fn every_mention_of_a_tag_has_its_line_column_and_bytes() {
    let f = empty();
    let text =
        "Platform Engineer\nAcme · Remote\n\nWe run Go services.\nMore Go, and golang tools.\n";
    f.write("content/a.txt", text);
    let doc = json_of(&f, "a.txt");
    let go = doc["mentions"]["skill:Go"].as_array().unwrap().clone();
    let spans: Vec<(u64, u64, &str)> = go
        .iter()
        .map(|m| {
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            (
                m["line"].as_u64().unwrap(),
                m["column"].as_u64().unwrap(),
                &text[s as usize..e as usize],
            )
        })
        .collect();
    assert_eq!(spans, [(4, 8, "Go"), (5, 6, "Go"), (5, 14, "golang")]);
    assert_eq!(doc["mentions"]["company:Acme"][0]["line"], 2);
}

#[test]
fn soft_skills_are_listed_apart_unless_the_site_tags_them() {
    let f = empty();
    f.write(
        "content/a.txt",
        "Backend Engineer\nAcme · Remote\n\nRequirements\n- Go and Kafka\n- Excellent communication skills\n",
    );
    let doc = json_of(&f, "a.txt");
    assert_eq!(
        doc["tags"]["skill"],
        serde_json::json!(["Go", "Apache Kafka"])
    );
    assert_eq!(doc["soft_skills"], serde_json::json!(["Communication"]));
    f.build(&[]).ok();
    let page = f.read("public/a/index.html");
    assert!(page.contains("Soft skills"), "{page}");
    assert!(!f.exists("public/skills/communication/index.html"));

    f.write("dossier.yaml", "skills:\n  soft: true\n");
    let doc = json_of(&f, "a.txt");
    assert_eq!(
        doc["tags"]["skill"],
        serde_json::json!(["Go", "Apache Kafka", "Communication"])
    );
    assert_eq!(doc["soft_skills"], serde_json::json!([]));
}

#[test]
fn fields_are_listed_with_their_evidence() {
    let f = empty();
    f.write(
        "content/a.md",
        "---\ncompany: Acme\nsalary: $120K/yr - $150K/yr\nstatus: applied\n---\nA hybrid role in Austin.\n\nLocation: Austin, TX\n",
    );
    let text = "Status: interviewing\nApplied: 2025-03-02\n\nData Engineer\nGlobex · Denver, CO (Remote)\n";
    f.write("content/b.txt", text);
    let a = json_of(&f, "a.md");
    assert_eq!(
        a["fields"]["salary"]["value"],
        serde_json::json!({"currency": "USD", "min": 120000, "max": 150000, "period": "year"})
    );
    assert_eq!(a["fields"]["salary"]["evidence"], "front matter");
    assert_eq!(a["fields"]["salary"]["line"], 3);
    assert_eq!(a["fields"]["status"]["value"], "applied");
    // The body starts on line 6 of the file: the location line is line 8.
    let location = &a["fields"]["location"];
    assert_eq!(location["value"], "Austin, TX");
    assert_eq!(
        (location["line"].as_u64(), location["column"].as_u64()),
        (Some(8), Some(11))
    );

    let b = json_of(&f, "b.txt");
    assert_eq!(b["fields"]["status"]["value"], "interviewing");
    assert_eq!(b["fields"]["applied"]["value"], "2025-03-02");
    assert_eq!(b["fields"]["remote"]["value"], "remote");
    let location = &b["fields"]["location"];
    let (s, e) = (
        location["start"].as_u64().unwrap(),
        location["end"].as_u64().unwrap(),
    );
    assert_eq!(&text[s as usize..e as usize], "Denver, CO");
    assert_eq!(location["line"], 5);
    assert!(
        location["evidence"]
            .as_str()
            .unwrap()
            .contains("Denver, CO"),
        "{location}"
    );
    assert!(b["fields"].get("salary").is_none(), "no salary stated: {b}");
}

#[test]
fn an_unreadable_status_line_is_a_warning_with_its_line() {
    let f = empty();
    f.write(
        "content/a.txt",
        "Status: pending\n\nData Engineer at Acme. Python.\n",
    );
    let run = f.run(&["tags"]).ok();
    assert!(
        run.stderr().starts_with("warning: content/a.txt:1: "),
        "{}",
        run.stderr()
    );
    assert!(run.stderr().contains("help: "), "{}", run.stderr());
}

#[test]
fn skills_carry_their_category_and_the_skills_page_groups_by_it() {
    let f = empty();
    f.write(
        "content/a.md",
        "---\ncompany: Acme\nskills: [Go, PostgreSQL, Kubernetes]\n---\nA.\n",
    );
    f.write(
        "content/b.md",
        "---\ncompany: Beta\nskills: [Go, Rust, Quasarflow]\n---\nB.\n",
    );
    let a = json_of(&f, "a.md");
    assert_eq!(a["categories"]["Go"], "Languages");
    assert_eq!(a["categories"]["PostgreSQL"], "Databases");
    f.build(&[]).ok();
    let page = main_of(&f.read("public/skills/index.html"));
    let headings: Vec<&str> = page
        .split("<h2 id=\"group-")
        .skip(1)
        .filter_map(|s| s.split('>').nth(1)?.split('<').next())
        .collect();
    // Languages: Go (2) + Rust (1); Databases and Cloud one each; the
    // unknown skill last, under Other.
    assert_eq!(headings.first(), Some(&"Languages"), "{page}");
    assert_eq!(headings.last(), Some(&"Other"), "{page}");
    let languages = page.split("Languages").nth(1).unwrap_or("");
    assert!(
        languages.find("/skills/go/").unwrap() < languages.find("/skills/rust/").unwrap(),
        "most documents first: {page}"
    );
}

#[test]
fn a_skill_written_as_a_verb_with_its_object_points_at_the_phrase() {
    let f = empty();
    let text = "Data Engineer\nAcme · Remote\n\nWhat you will do\n- Model data in Cassandra and gather business requirements\n";
    f.write("content/a.txt", text);
    let doc = json_of(&f, "a.txt");
    let skills = doc["tags"]["skill"].as_array().unwrap().clone();
    for want in ["Data Modeling", "Requirements Gathering"] {
        assert!(skills.iter().any(|s| s == want), "{want}: {doc}");
    }
    let spans: Vec<(u64, u64, &str)> = ["Data Modeling", "Requirements Gathering"]
        .iter()
        .map(|skill| {
            let m = &doc["mentions"][format!("skill:{skill}")][0];
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            (
                m["line"].as_u64().unwrap(),
                m["column"].as_u64().unwrap(),
                &text[s as usize..e as usize],
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            (5, 3, "Model data"),
            (5, 31, "gather business requirements")
        ]
    );
}
