//! One `run` per subcommand; each returns the process exit status.

pub mod build;
pub mod init;
pub mod tags;

use std::path::Path;
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::config::{Config, Overrides};
use crate::diag::{self, Diagnostic};

/// Exit status for content, template and config errors.
pub const FAILURE: u8 = 1;

/// Runs the command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Serve(args) => crate::serve::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Tags(args) => tags::run(&args),
    }
}

/// Reads the config of the knowledge base at `root` and applies flags;
/// prints the diagnostic and returns `None` when the config is wrong.
pub fn load_config(root: &Path, overrides: &Overrides) -> anyhow::Result<Option<Config>> {
    let mut config = match Config::from_root(root)? {
        Ok(config) => config,
        Err(d) => {
            diag::print(&[d]);
            return Ok(None);
        }
    };
    if let Err(d) = config.apply(overrides) {
        diag::print(&[d]);
        return Ok(None);
    }
    Ok(Some(config))
}

/// Prints diagnostics; `true` when one of them is an error.
pub fn report(diags: &[Diagnostic]) -> bool {
    diag::print(diags);
    diags.iter().any(Diagnostic::is_error)
}
