//! The command line: help, exit statuses, init.

use crate::support::*;

#[test]
fn help_lists_the_working_commands() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["--help"]).ok();
    for cmd in ["build", "init", "tags"] {
        assert!(run.stdout().contains(cmd), "{}", run.stdout());
    }
}

#[test]
fn bad_usage_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(dossier(dir.path(), &["frobnicate"]).code(), 2);
    assert_eq!(dossier(dir.path(), &["build", "--no-such-flag"]).code(), 2);
}

#[test]
fn version_prints_the_crate_version() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["--version"]).ok();
    assert_eq!(
        run.stdout().trim(),
        format!("dossier {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn init_creates_a_knowledge_base_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    dossier(dir.path(), &["init", "kb"]).ok();
    let kb = dir.path().join("kb");
    assert!(kb.join("dossier.yaml").is_file());
    assert!(kb.join("content/notes/first-note.md").is_file());
    assert!(kb.join("content/postings/example-posting.txt").is_file());
    dossier(&kb, &["build"]).ok();
    assert!(kb.join("public/index.html").is_file());
    let problems = broken_internal_links(&kb.join("public"), "/");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let run = dossier(dir.path(), &["init", "."]).fails();
    assert!(
        run.stderr().contains("the folder is not empty"),
        "{}",
        run.stderr()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
    assert!(!dir.path().join("dossier.yaml").exists());
}
