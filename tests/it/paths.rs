//! Paths on the command line: `--root` and `-o` are relative to the current
//! folder, as in every Unix tool, and messages name them as the user can
//! use them; paths in dossier.yaml stay relative to the root. A `--root`
//! that is not a folder gets one message from every command.

use std::path::PathBuf;

use crate::support::*;

/// A fixture knowledge base and an empty folder beside it to run in.
fn beside(f: &Fixture) -> PathBuf {
    let work = f.root.parent().unwrap().join("work");
    std::fs::create_dir(&work).unwrap();
    work
}

#[test]
fn output_flag_is_relative_to_the_current_folder() {
    let f = fixture("build/basic");
    let work = beside(&f);
    let run = dossier(&work, &["build", "--root", "../site", "-o", "out"]).ok();
    assert!(work.join("out/index.html").is_file(), "./out was written");
    assert!(!f.exists("out"), "nothing is written under the root");
    assert!(
        run.stdout().trim_end().ends_with("→ out/"),
        "{}",
        run.stdout()
    );
}

#[test]
fn output_dir_of_the_config_is_relative_to_the_root_and_shown_from_here() {
    let f = fixture("build/basic");
    let work = beside(&f);
    let run = dossier(&work, &["build", "--root", "../site"]).ok();
    assert!(f.exists("public/index.html"));
    assert!(
        run.stdout().trim_end().ends_with("→ ../site/public/"),
        "{}",
        run.stdout()
    );
    // Run again with nothing changed: the same path.
    let run = dossier(&work, &["build", "--root", "../site"]).ok();
    assert!(
        run.stdout().contains("in ../site/public/ already match"),
        "{}",
        run.stdout()
    );
}

#[test]
fn root_that_is_missing_or_a_file_gets_one_message_from_every_command() {
    let f = fixture("build/basic");
    let work = beside(&f);
    std::fs::write(work.join("notes.txt"), "a file").unwrap();
    for (root, want) in [
        (
            "nope",
            "error: --root nope: there is no such folder\n  \
             help: pass the folder that holds content/ and dossier.yaml, \
             or create one with `dossier init nope`\n",
        ),
        (
            "notes.txt",
            "error: --root notes.txt: this is a file, not a folder\n  \
             help: pass the folder that holds content/ and dossier.yaml\n",
        ),
    ] {
        for cmd in ["build", "serve", "check", "tags"] {
            let run = dossier(&work, &[cmd, "--root", root]);
            assert_eq!(run.code(), 2, "`dossier {cmd} --root {root}` is bad usage");
            assert_eq!(run.stderr(), want, "`dossier {cmd} --root {root}`");
            assert_eq!(run.stdout(), "", "`dossier {cmd} --root {root}`");
        }
    }
}

#[test]
fn build_in_a_folder_that_is_no_knowledge_base_suggests_init() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["build"]).fails();
    assert!(
        run.stderr().contains(
            "error: content: there is no content/ folder here\n  \
             help: run `dossier init` to start a knowledge base here, \
             or pass --root to the folder of one\n"
        ),
        "{}",
        run.stderr()
    );
}

#[test]
fn root_with_a_config_but_no_content_asks_for_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dossier.yaml"), "title: Mine\n").unwrap();
    let run = dossier(dir.path(), &["build"]).fails();
    assert!(
        run.stderr().contains(
            "error: content: there is no content/ folder here\n  \
             help: put your documents in content/ beside dossier.yaml\n"
        ),
        "{}",
        run.stderr()
    );
}

#[test]
fn problems_name_files_as_reached_from_the_current_folder() {
    let f = fixture("build/basic");
    let work = beside(&f);
    f.write("content/notes/broken.md", "See [[No Such Document]].\n");
    f.write("dossier.yaml", "title: Mine\nnot_a_key: 1\n");
    for cmd in ["build", "check", "tags"] {
        let run = dossier(&work, &[cmd, "--root", "../site"]).fails();
        assert!(
            run.stderr()
                .starts_with("error: ../site/dossier.yaml:2: unknown field `not_a_key`"),
            "`dossier {cmd}`: {}",
            run.stderr()
        );
    }
    f.write("dossier.yaml", "title: Mine\n");
    for cmd in ["build", "check", "tags"] {
        let run = dossier(&work, &[cmd, "--root", "../site"]);
        assert!(
            run.stderr()
                .contains("../site/content/notes/broken.md:1: wikilink [[No Such Document]]"),
            "`dossier {cmd}`: {}",
            run.stderr()
        );
    }
    // From the root itself, paths are as they were.
    let run = f.run(&["check"]).fails();
    assert!(
        run.stderr()
            .starts_with("error: content/notes/broken.md:1: wikilink [[No Such Document]]"),
        "{}",
        run.stderr()
    );
}
