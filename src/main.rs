//! The `dossier` binary: parse arguments, run, print errors, exit 0 / 1 / 2.

use std::process::ExitCode;

use clap::Parser as _;
use dossier::cli::Cli;

fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let cli = Cli::parse();
    match dossier::cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(dossier::cmd::FAILURE)
        }
    }
}
