//! What the terminal shows: one summary line, `--quiet` and `--verbose`,
//! no colours or progress bar when the output is not a terminal, help and
//! shell completions that list every command.

use std::process::Command;

use crate::support::*;

#[test]
fn build_prints_one_summary_line() {
    let f = fixture("check/clean");
    let run = f.build(&[]).ok();
    let out = run.stdout();
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("built 2 documents, 23 pages, ")
            && out.contains(" tags in ")
            && out.ends_with(" s → public/\n"),
        "{out}"
    );
    assert_eq!(run.stderr(), "");
}

#[test]
fn quiet_prints_only_errors() {
    let f = fixture("check/clean");
    f.write("content/notes/idle.md", "---\ntitle: Idle\n---\nNothing.\n");
    let run = f.build(&["--quiet"]).ok();
    assert_eq!(run.stdout(), "");
    assert_eq!(run.stderr(), "", "warnings are not errors");
    let run = f.run(&["check", "-q"]).ok();
    assert_eq!((run.stdout(), run.stderr()), (String::new(), String::new()));
    f.write("content/notes/bad.md", "[x](missing.md)\n");
    let run = f.build(&["-q"]).fails();
    assert!(
        run.stderr()
            .contains("error: content/notes/bad.md:1: link to `missing.md`")
    );
    assert!(!run.stderr().contains("warning:"), "{}", run.stderr());
}

#[test]
fn verbose_adds_the_time_of_each_stage() {
    let f = fixture("check/clean");
    let run = f.build(&["--verbose"]).ok();
    let err = run.stderr();
    for stage in [
        "reading and tagging documents",
        "linking",
        "loading the theme",
        "rendering pages",
        "copying files",
        "swapping the new site in",
    ] {
        assert!(
            err.lines().any(|l| l.ends_with(&format!(" s  {stage}"))),
            "{stage} in:\n{err}"
        );
    }
    assert!(run.stdout().starts_with("built "));
    assert_eq!(
        f.run(&["build", "-q", "-v"]).code(),
        2,
        "--quiet and --verbose conflict"
    );
}

/// Without NO_COLOR, output to a pipe still has no colour codes and no
/// progress bar: neither is a terminal.
#[test]
fn pipes_get_no_colours_or_progress_bar() {
    let f = fixture("check/problems");
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["check"])
        .current_dir(&f.root)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap();
    let all = [output.stdout, output.stderr].concat();
    assert!(
        !all.contains(&0x1b),
        "escape codes in:\n{}",
        String::from_utf8_lossy(&all)
    );
    assert!(!all.contains(&b'\r'));
}

#[test]
fn help_lists_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["--help"]).ok();
    for cmd in ["build", "serve", "init", "tags", "check", "completions"] {
        assert!(
            run.stdout()
                .lines()
                .any(|l| l.trim_start().starts_with(cmd)),
            "{cmd} in:\n{}",
            run.stdout()
        );
    }
    let build = dossier(dir.path(), &["build", "--help"]).ok().stdout();
    for flag in ["--quiet", "--verbose", "--strict", "--base-url"] {
        assert!(build.contains(flag), "{flag} in:\n{build}");
    }
}

#[test]
fn completions_for_each_shell_name_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let script = dossier(dir.path(), &["completions", shell]).ok().stdout();
        for word in ["dossier", "check", "completions", "base-url"] {
            assert!(script.contains(word), "{shell}: {word}");
        }
    }
    assert_eq!(dossier(dir.path(), &["completions", "tcsh"]).code(), 2);
}

#[test]
fn bash_completion_script_is_valid_bash() {
    let dir = tempfile::tempdir().unwrap();
    let script = dossier(dir.path(), &["completions", "bash"]).ok().stdout();
    let file = dir.path().join("dossier.bash");
    std::fs::write(&file, script).unwrap();
    let status = Command::new("bash").arg("-n").arg(&file).status();
    if let Ok(status) = status {
        assert!(status.success());
    }
}
