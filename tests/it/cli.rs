//! The command line: help, exit statuses, version.

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
