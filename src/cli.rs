//! Command-line arguments (clap derive). Each field's doc comment is its
//! `--help` text; only what works is listed.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn a folder of career-research notes into a tagged, linked static site.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Build the site, serve it on this machine and rebuild and reload pages on every edit.
    Serve(ServeArgs),
    /// Create a new knowledge base with a config file and example documents.
    Init(InitArgs),
    /// List every document with its tags and where each tag came from.
    Tags(TagsArgs),
}

/// Where the knowledge base is.
#[derive(Debug, Args)]
pub struct RootArg {
    /// The knowledge base: the folder holding content/ and dossier.yaml.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

/// `dossier build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Output folder (overrides `output_dir` of dossier.yaml).
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Where the site will be published, e.g. https://someone.github.io/research/ (overrides `base_url`).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Include documents marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Treat warnings (such as an untagged document) as errors: exit 1 and write nothing.
    #[arg(long)]
    pub strict: bool,
}

/// The port `serve` tries first.
pub const DEFAULT_PORT: u16 = 1111;

/// `dossier serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Address to listen on; 0.0.0.0 makes the site reachable from other machines.
    #[arg(long, value_name = "IP", default_value = "127.0.0.1")]
    pub bind: String,
    /// Port to listen on (default 1111, or the next free one); 0 picks any free port.
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Include documents marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

/// `dossier init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create the knowledge base in (must be empty or not exist).
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}

/// `dossier tags`.
#[derive(Debug, Args)]
pub struct TagsArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Print one JSON array instead of text.
    #[arg(long)]
    pub json: bool,
    /// Include documents marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
