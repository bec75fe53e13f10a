//! `dossier init [DIR]`: a new knowledge base with a config file and one
//! example document of each shape. Never overwrites anything.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::cli::InitArgs;

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
    (".gitignore", "/public\n"),
];

/// Creates the knowledge base; refuses a folder that is not empty.
pub fn run(args: &InitArgs) -> anyhow::Result<ExitCode> {
    let dir = &args.dir;
    if dir.exists() {
        let empty = fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .next()
            .is_none();
        if !empty {
            crate::diag::print(&[crate::diag::Diagnostic::error(
                dir.display().to_string(),
                "the folder is not empty",
            )
            .with_help(
                "run `dossier init` with a new or empty folder, e.g. `dossier init my-research`",
            )]);
            return Ok(ExitCode::from(super::FAILURE));
        }
    }
    write_files(dir)?;
    println!("created a knowledge base in {}", dir.display());
    println!(
        "next: put documents in {}/content/, then run `dossier build --root {}`",
        dir.display(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn write_files(dir: &Path) -> anyhow::Result<()> {
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        // create_new: even a file that appeared since the check is never overwritten.
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        std::io::Write::write_all(&mut f, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
