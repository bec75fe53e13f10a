//! `dossier completions SHELL`: the shell completion script, generated from
//! the clap definition so it always knows every command and flag.

use std::process::ExitCode;

use clap::CommandFactory as _;

use crate::cli::{Cli, CompletionsArgs};

/// Prints the completion script for `args.shell` on standard output.
pub fn run(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "dossier", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}
