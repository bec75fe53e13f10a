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

/// Every subcommand's name, from the command-line definition itself.
fn subcommands() -> Vec<String> {
    use clap::CommandFactory as _;
    dossier::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect()
}

#[test]
fn help_never_splits_a_bracketed_note_across_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut helps = vec![vec!["--help".to_string()]];
    helps.extend(subcommands().into_iter().map(|c| vec![c, "--help".into()]));
    for args in &helps {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // Help is wrapped to the terminal; these are common widths.
        for columns in ["60", "80", "100", "200"] {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
                .args(&args)
                .current_dir(dir.path())
                .env("COLUMNS", columns)
                .env("NO_COLOR", "1")
                .output()
                .expect("run dossier");
            assert!(output.status.success(), "{args:?}");
            let help = String::from_utf8(output.stdout).unwrap();
            for line in help.lines() {
                assert_eq!(
                    line.matches('[').count(),
                    line.matches(']').count(),
                    "`dossier {}` at {columns} columns splits a note: {line:?}\n{help}",
                    args.join(" ")
                );
            }
        }
    }
}

#[test]
fn every_command_that_prints_progress_takes_quiet_and_verbose() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["build", "serve", "check", "init"] {
        let help = dossier(dir.path(), &[cmd, "--help"]).ok().stdout();
        for flag in ["-q, --quiet", "-v, --verbose"] {
            assert!(
                help.contains(flag),
                "`dossier {cmd}` has no {flag}:\n{help}"
            );
        }
    }
}
