//! One `run` per subcommand; each returns the process exit status.

pub mod build;
pub mod check;
pub mod completions;
pub mod import;
pub mod init;
pub mod tags;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::config::{Config, Overrides};
use crate::diag::{self, Diagnostic};

/// Exit status for content, template and config errors.
pub const FAILURE: u8 = 1;

/// Exit status for bad usage (as clap exits).
pub const USAGE: u8 = 2;

/// Runs the command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
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

/// Every key of a config as JSON, nested keys joined with `.`
/// (`vocabulary.skills`), with its value: the keys `dossier.yaml` can set.
/// Objects with keys are sections; empty objects (maps such as `extra`)
/// are values.
pub fn config_keys(config: &serde_json::Value) -> BTreeMap<String, serde_json::Value> {
    fn walk(
        prefix: &str,
        value: &serde_json::Value,
        out: &mut BTreeMap<String, serde_json::Value>,
    ) {
        match value {
            serde_json::Value::Object(map) if !map.is_empty() => {
                for (key, value) in map {
                    let path = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    walk(&path, value, out);
                }
            }
            other => {
                out.insert(prefix.to_string(), other.clone());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk("", config, &mut out);
    out
}
