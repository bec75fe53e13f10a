//! `dossier init [DIR]`: a new knowledge base with a config file (every key
//! at its default), one example document of each shape and a GitHub Pages
//! workflow. Never overwrites a file; refuses a folder that is not empty
//! unless `--force`, and then keeps every file already there.

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::cli::InitArgs;
use crate::term::{self, Level};

/// The files of a new knowledge base: path and text.
pub const FILES: &[(&str, &str)] = &[
    ("dossier.yaml", include_str!("init/dossier.yaml")),
    (
        "content/notes/first-note.md",
        include_str!("init/first-note.md"),
    ),
    (
        "content/postings/example-posting.txt",
        include_str!("init/example-posting.txt"),
    ),
    (
        ".github/workflows/pages.yml",
        include_str!("init/pages.yml"),
    ),
    (".gitignore", "/public\n"),
];

/// What happened to one file of [`FILES`].
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Created,
    /// A file was already there; it is as it was.
    Kept,
}

/// Creates the knowledge base.
pub fn run(args: &InitArgs) -> anyhow::Result<ExitCode> {
    let dir = &args.dir;
    let level = Level::from(crate::cli::Verbosity {
        quiet: args.quiet,
        verbose: args.verbose,
    });
    if !args.force && !is_empty(dir)? {
        crate::diag::print(&[crate::diag::Diagnostic::error(
            dir.display().to_string(),
            "the folder is not empty",
        )
        .with_help(
            "run `dossier init` with a new or empty folder, e.g. `dossier init my-research`, \
             or add --force to add the missing files and keep the ones there",
        )]);
        return Ok(ExitCode::from(super::common::FAILURE));
    }
    let mut created = 0;
    let mut out = anstream::stdout().lock();
    for (rel, text) in FILES {
        let outcome = write_new(&dir.join(rel), text)?;
        match outcome {
            Outcome::Created => created += 1,
            Outcome::Kept if level > Level::Quiet => {
                writeln!(out, "kept {rel}: it exists")?;
            }
            Outcome::Kept => {}
        }
        if outcome == Outcome::Created && level == Level::Verbose {
            writeln!(out, "created {rel}")?;
        }
    }
    drop(out);
    let shown = dir.display().to_string();
    term::summary(
        level,
        "created",
        &format!(
            "a knowledge base in {shown}/ ({created} of {} files)",
            FILES.len()
        ),
    );
    if level > Level::Quiet {
        let cd = if shown == "." {
            String::new()
        } else {
            format!("  cd {shown}\n")
        };
        println!(
            "\nnext:\n{cd}  dossier serve    preview at http://127.0.0.1:1111/, reloading on every edit\n  \
             dossier check    find broken links, untagged documents, duplicate titles\n  \
             dossier build    write the site into public/\n\n\
             put your documents in content/; to publish on GitHub Pages, push to GitHub\n\
             and follow the steps at the top of .github/workflows/pages.yml"
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `true` when `dir` does not exist or holds nothing.
fn is_empty(dir: &Path) -> anyhow::Result<bool> {
    if !dir.exists() {
        return Ok(true);
    }
    Ok(fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .next()
        .is_none())
}

/// Writes `text` to a new file at `path`; a file already there is kept.
fn write_new(path: &Path, text: &str) -> anyhow::Result<Outcome> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    // create_new: even a file that appeared since the check is never overwritten.
    let mut f = match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(Outcome::Kept),
        Err(e) => return Err(e).with_context(|| format!("cannot create {}", path.display())),
    };
    f.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(Outcome::Created)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn config_text() -> &'static str {
        FILES
            .iter()
            .find(|(rel, _)| *rel == "dossier.yaml")
            .map(|(_, text)| *text)
            .expect("init writes dossier.yaml")
    }

    #[test]
    fn config_file_is_every_default() {
        assert_eq!(Config::parse(config_text()), Ok(Config::default()));
    }

    #[test]
    fn config_file_names_every_key() {
        let written: serde_yaml::Value = serde_yaml::from_str(config_text()).expect("valid YAML");
        let written = serde_json::to_value(written).expect("YAML as JSON");
        let defaults = serde_json::to_value(Config::default()).expect("config as JSON");
        assert_eq!(
            crate::cmd::common::config_keys(&written),
            crate::cmd::common::config_keys(&defaults)
        );
    }
}
