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
    /// Build without writing and report every problem: broken links and
    /// anchors, unresolved wikilinks, untagged documents, tag spellings that
    /// may be aliases, duplicate titles.
    Check(CheckArgs),
    /// Create a new knowledge base: config, example documents, GitHub Pages workflow.
    Init(InitArgs),
    /// List every document with its tags and where each tag came from.
    Tags(TagsArgs),
    /// Turn JobSpy exports (CSV, JSON) and saved job pages (HTML) into
    /// documents, one per posting; importing again updates only what changed.
    Import(ImportArgs),
    /// Print a shell completion script for bash, zsh, fish, elvish or powershell.
    Completions(CompletionsArgs),
}

/// How much a command prints.
#[derive(Clone, Copy, Debug, Default, Args)]
pub struct Verbosity {
    /// Print only errors.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print how long each stage took.
    #[arg(short, long)]
    pub verbose: bool,
}

/// Where the knowledge base is.
#[derive(Debug, Args)]
pub struct RootArg {
    /// The knowledge base: the folder holding content/ and dossier.yaml
    /// (default: the current folder).
    #[arg(
        long,
        value_name = "DIR",
        default_value = ".",
        hide_default_value = true
    )]
    pub root: PathBuf,
}

/// `dossier build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Output folder, relative to the current folder (overrides `output_dir`
    /// of dossier.yaml, which is relative to the root).
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
    #[command(flatten)]
    pub verbosity: Verbosity,
}

/// The port `serve` tries first.
pub const DEFAULT_PORT: u16 = 1111;

/// `dossier serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Address to listen on (default 127.0.0.1, this machine only); 0.0.0.0
    /// makes the site reachable from other machines.
    #[arg(
        long,
        value_name = "IP",
        default_value = "127.0.0.1",
        hide_default_value = true
    )]
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
    /// Print only the address and errors: no warnings, no line per rebuild.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also list the pages each rebuild changed.
    #[arg(short, long)]
    pub verbose: bool,
}

/// `dossier init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create the knowledge base in (default: the current folder);
    /// it must be empty or not exist, unless --force.
    #[arg(value_name = "DIR", default_value = ".", hide_default_value = true)]
    pub dir: PathBuf,
    /// Also use a folder that is not empty; files already there are kept, never overwritten.
    #[arg(long)]
    pub force: bool,
    /// Print only errors.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also list every file created.
    #[arg(short, long)]
    pub verbose: bool,
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

/// `dossier check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Print the problems as one JSON array (severity, path, line, message, help) on standard output.
    #[arg(long)]
    pub json: bool,
    /// Exit 1 on warnings too, not only on errors.
    #[arg(long)]
    pub strict: bool,
    /// Include documents marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    #[command(flatten)]
    pub verbosity: Verbosity,
}

/// `dossier import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// JobSpy exports (.csv, .json, .jsonl) and saved job pages (.html); a
    /// folder imports every such file in it.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub root: RootArg,
    /// Folder inside content/ to write the documents into (default:
    /// content/postings/ of the root).
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// Also rewrite postings whose documents you changed or deleted since they were imported.
    #[arg(long)]
    pub force: bool,
    /// Print only errors.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also list every file written.
    #[arg(short, long)]
    pub verbose: bool,
}

/// `dossier completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the completion script for: bash, elvish, fish,
    /// powershell or zsh.
    #[arg(value_name = "SHELL", hide_possible_values = true)]
    pub shell: clap_complete::Shell,
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
