//! `dossier import`: JobSpy exports and saved pages → documents, run again
//! without changing a byte, edited files left alone, bad input reported
//! with file and row while the rest is imported, and the result builds and
//! checks clean.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::serve::Server;
use crate::support::*;

fn fixture_file(rel: &str) -> String {
    fixtures_dir()
        .join("import")
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

/// The pages that hold a posting.
const PAGES: [&str; 4] = [
    "pages/greenhouse.html",
    "pages/lever.html",
    "pages/workday.html",
    "pages/careers-page.html",
];

fn import(f: &Fixture, files: &[&str], extra: &[&str]) -> Run {
    let mut args = vec!["import".to_string()];
    args.extend(files.iter().map(|f| fixture_file(f)));
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    f.run(&args)
}

/// Every file of a folder: name → bytes and modification time.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (
                name,
                (fs::read(e.path()).unwrap(), meta.modified().unwrap()),
            )
        })
        .collect()
}

/// Sets every file of a folder a day back, so that a rewrite would show.
fn age(dir: &Path) {
    let then = SystemTime::now() - Duration::from_secs(86_400);
    for e in fs::read_dir(dir).unwrap() {
        let file = fs::File::options()
            .write(true)
            .open(e.unwrap().path())
            .unwrap();
        file.set_modified(then).unwrap();
    }
}

fn first_line(run: &Run) -> String {
    run.stdout().lines().next().unwrap_or_default().to_string()
}

#[test]
fn a_jobspy_export_becomes_one_document_per_posting() {
    let f = empty();
    let run = import(&f, &["jobspy/jobs.csv"], &[]).ok();
    assert_eq!(
        first_line(&run),
        "imported 8 postings (2 duplicates, 0 changed by you) into content/postings/"
    );
    assert!(
        run.stdout()
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("  8 new, 0 updated, 0 unchanged in "),
        "{}",
        run.stdout()
    );
    let files = files_under(&f.root.join("content/postings"));
    assert_eq!(
        files.len(),
        9,
        "eight documents and the manifest: {files:?}"
    );
    let acme = f.read("content/postings/acme-analytics-senior-data-engineer.md");
    assert!(
        acme.starts_with(
            "---\ntitle: Senior Data Engineer\ncompany: Acme Analytics\nlevel: Mid-Senior Level\n\
             location: Austin, TX, US\nsalary: {currency: USD, min: 120000, max: 150000, period: year}\n\
             employment: full-time\nposted: 2024-05-01\nurl: https://www.linkedin.com/jobs/view/4012345678\n\
             source: linkedin\nsource_id: li-4012345678\n"
        ),
        "{acme}"
    );
    assert!(acme.contains("the C++ ingestion\nservice"), "{acme}");
}

#[test]
fn csv_and_json_exports_give_the_same_documents() {
    let f = empty();
    import(&f, &["jobspy/jobs.csv"], &["--into", "content/csv"]).ok();
    import(&f, &["jobspy/jobs-plain.csv"], &["--into", "content/plain"]).ok();
    import(&f, &["jobspy/jobs.json"], &["--into", "content/json"]).ok();
    let docs = |dir: &str| -> BTreeMap<String, String> {
        files_under(&f.root.join(dir))
            .into_iter()
            .filter(|name| name.ends_with(".md"))
            .map(|name| (name.clone(), f.read(&format!("{dir}/{name}"))))
            .collect()
    };
    let csv = docs("content/csv");
    assert_eq!(csv.len(), 8);
    assert_eq!(docs("content/plain"), csv);
    assert_eq!(docs("content/json"), csv);
}

#[test]
fn importing_again_changes_no_file() {
    let f = empty();
    let mut inputs = vec!["jobspy/jobs.csv"];
    inputs.extend(PAGES);
    import(&f, &inputs, &[]).ok();
    let dir = f.root.join("content/postings");
    age(&dir);
    let before = snapshot(&dir);
    let run = import(&f, &inputs, &[]).ok();
    assert_eq!(
        first_line(&run),
        "imported 12 postings (2 duplicates, 0 changed by you) into content/postings/"
    );
    assert!(
        run.stdout()
            .contains("  0 new, 0 updated, 12 unchanged in "),
        "{}",
        run.stdout()
    );
    assert_eq!(snapshot(&dir), before, "bytes and modification times");
}

#[test]
fn an_edited_document_is_left_alone_until_force() {
    let f = empty();
    import(&f, &["jobspy/jobs.csv"], &[]).ok();
    let rel =
        "content/postings/northwind-health-staff-software-engineer-backend-c-sharp-dot-net.md";
    let imported = f.read(rel);
    let edited = format!("{imported}\n## My notes\n\nApplied on 2024-05-10.\n");
    f.write(rel, &edited);
    let run = import(&f, &["jobspy/jobs.csv"], &[]).ok();
    assert_eq!(
        first_line(&run),
        "imported 7 postings (2 duplicates, 1 changed by you) into content/postings/"
    );
    let jobs = fixture_file("jobspy/jobs.csv");
    assert_eq!(
        run.stderr(),
        format!(
            "warning: {rel}: changed since it was imported, so it is left as it is\n  \
             help: `dossier import --force` replaces it with the posting of {jobs} row 2\n"
        )
    );
    assert_eq!(f.read(rel), edited);
    let run = import(&f, &["jobspy/jobs.csv"], &["--force"]).ok();
    assert!(
        run.stdout().contains("  0 new, 1 updated, 7 unchanged"),
        "{}",
        run.stdout()
    );
    assert_eq!(f.read(rel), imported);
}

#[test]
fn a_users_own_file_is_never_overwritten() {
    let f = empty();
    let mine = "content/postings/acme-analytics-senior-data-engineer.md";
    f.write(
        mine,
        "---\ntitle: My own notes on Acme\n---\n\nNot imported.\n",
    );
    import(&f, &["jobspy/jobs.csv"], &[]).ok();
    assert_eq!(
        f.read(mine),
        "---\ntitle: My own notes on Acme\n---\n\nNot imported.\n"
    );
    let austin = f.read("content/postings/acme-analytics-senior-data-engineer-austin-tx-us.md");
    assert!(austin.contains("source_id: li-4012345678"), "{austin}");
}

#[test]
fn bad_inputs_are_reported_with_file_and_row_and_the_rest_is_imported() {
    let f = empty();
    let header = "\"id\",\"site\",\"job_url\",\"title\",\"company\",\"description\"\n";
    let mut csv = header.as_bytes().to_vec();
    csv.extend_from_slice(b"\"li-1\",\"linkedin\",\"https://x.example/1\",\"Data Engineer\",\"Acme\",\"Python and SQL\"\n");
    csv.extend_from_slice(b"\"li-2\",\"linkedin\",\"https://x.example/2\",\"Half a row\"\n");
    csv.extend_from_slice(
        b"\"li-3\",\"linkedin\",\"https://x.example/3\",\"Caf\xe9 Lead\",\"Acme\",\"\"\n",
    );
    csv.extend_from_slice(
        b"\"li-4\",\"linkedin\",\"https://x.example/4\",\"QA Engineer\",\"Acme\",\"Playwright\"\n",
    );
    f.write("downloads/jobs.csv", "");
    fs::write(f.root.join("downloads/jobs.csv"), csv).unwrap();
    f.write(
        "downloads/no-title.csv",
        "\"id\",\"company\"\n\"1\",\"Acme\"\n",
    );
    let article = fixture_file("pages/article.html");
    let run = f
        .run(&[
            "import",
            "downloads/jobs.csv",
            "downloads/no-title.csv",
            "downloads/missing.json",
            &article,
            &fixture_file("pages/lever.html"),
        ])
        .fails();
    let stderr = run.stderr();
    for line in [
        "error: downloads/jobs.csv:3: row 2 has 4 cells, the header has 6",
        "error: downloads/jobs.csv:4: row 3: `title` is not UTF-8 text",
        "error: downloads/no-title.csv:1: no `title` column: this is not a JobSpy export",
        "error: downloads/missing.json: cannot read: No such file or directory (os error 2)",
        &format!("error: {article}:3: no job posting found: the page describes a NewsArticle"),
    ] {
        assert!(
            stderr.lines().any(|l| l == line),
            "{line:?} not in:\n{stderr}"
        );
    }
    assert_eq!(
        first_line(&run),
        "imported 3 postings (0 duplicates, 0 changed by you) into content/postings/"
    );
    assert!(f.exists("content/postings/acme-data-engineer.md"));
    assert!(f.exists("content/postings/acme-qa-engineer.md"));
    assert!(f.exists("content/postings/pied-piper-site-reliability-engineer.md"));
}

#[test]
fn into_must_be_a_folder_of_content() {
    let f = empty();
    f.write("notes/readme.txt", "x");
    for (into, message) in [
        (
            "elsewhere",
            "error: elsewhere: --into must name a folder inside content/ of the knowledge base",
        ),
        (
            "content/_drafts",
            "error: content/_drafts: --into names a folder that builds leave out (hidden, or starting with `_`)",
        ),
    ] {
        let run = import(&f, &["jobspy/jobs.csv"], &["--into", into]);
        assert_eq!(run.code(), 2, "{into}");
        assert_eq!(run.stderr().lines().next(), Some(message), "{into}");
        assert!(!f.exists("content/postings"), "{into}");
    }
    // Paths are relative to the current folder, like every Unix tool's.
    let run = dossier(
        &f.root.join("notes"),
        &[
            "import",
            &fixture_file("jobspy/jobs.csv"),
            "--root",
            "..",
            "--into",
            "../content/jobs/2024",
        ],
    )
    .ok();
    assert_eq!(
        first_line(&run),
        "imported 8 postings (2 duplicates, 0 changed by you) into content/jobs/2024/"
    );
    assert!(f.exists("content/jobs/2024/infosphere-labs-python-developer.md"));
}

#[test]
fn imported_postings_build_and_check_without_errors_or_broken_links() {
    let f = empty();
    let mut inputs = vec!["jobspy/jobs.csv"];
    inputs.extend(PAGES);
    import(&f, &inputs, &[]).ok();
    f.build(&[]).ok();
    let problems = broken_internal_links(&f.root.join("public"), "/");
    assert!(problems.is_empty(), "{problems:#?}");
    let check = f.run(&["check", "--json"]).ok();
    let diags: Vec<serde_json::Value> = serde_json::from_str(&check.stdout()).unwrap();
    let errors: Vec<&serde_json::Value> =
        diags.iter().filter(|d| d["severity"] == "error").collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let tags: Vec<serde_json::Value> =
        serde_json::from_str(&f.run(&["tags", "--json"]).ok().stdout()).unwrap();
    let acme = tags
        .iter()
        .find(|d| d["source"] == "postings/acme-analytics-senior-data-engineer.md")
        .expect("imported document");
    assert_eq!(acme["title"], "Senior Data Engineer");
    assert_eq!(acme["tags"]["company"][0], "Acme Analytics");
    let page = main_of(&f.read("public/postings/acme-analytics-senior-data-engineer/index.html"));
    for phrase in [
        "the C++ ingestion",
        "Kafka &amp; Flink",
        "<li>5+ years of data engineering</li>",
        "[[Data Platform]]",
    ] {
        assert!(page.contains(phrase), "{phrase:?} in:\n{page}");
    }
}

#[test]
fn serve_shows_imported_postings() {
    let f = empty();
    f.write("content/hello.md", "---\ntitle: Hello\n---\n\nStart.\n");
    let server = Server::start(&f.root, &[]);
    import(&f, &["jobspy/jobs.csv"], &[]).ok();
    let page = "/postings/infosphere-labs-python-developer/";
    for _ in 0..5 {
        if server.get(page).0 == 200 {
            break;
        }
        server.wait_rebuild();
    }
    let (status, body) = server.get(page);
    assert_eq!(status, 200);
    assert!(
        body.contains("Infosphere Labs is hiring Python developers"),
        "{body}"
    );
}
