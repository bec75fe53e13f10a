//! One `run` per subcommand; each returns the process exit status.

pub mod build;
pub mod check;
pub mod common;
pub mod completions;
pub mod import;
pub mod init;
pub mod tags;

use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::diag;

pub use common::*;

/// Runs the command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let root = match &cli.command {
        Command::Build(args) => Some(&args.root.root),
        Command::Serve(args) => Some(&args.root.root),
        Command::Check(args) => Some(&args.root.root),
        Command::Tags(args) => Some(&args.root.root),
        _ => None,
    };
    if let Some(Err(d)) = root.map(|r| check_root(r)) {
        diag::print(&[d]);
        return Ok(ExitCode::from(USAGE));
    }
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Serve(args) => crate::serve::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Tags(args) => tags::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Completions(args) => completions::run(&args),
    }
}
