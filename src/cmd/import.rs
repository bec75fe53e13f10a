//! `dossier import FILE… [--into DIR] [--force]`: job-scraper exports and
//! saved job pages → documents in a folder of `content/` (see
//! [`crate::import`]).
//!
//! Exit 0 when every input was read, 1 when one had errors (every posting
//! that could be read is still imported), 2 on bad usage.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{ImportArgs, Verbosity};
use crate::config::CONTENT_DIR;
use crate::diag::{self, Diagnostic};
use crate::import::{self, Options, Report};
use crate::term::{self, BuildProgress, Level};
use crate::write::absolute;

/// Where imported postings go when `--into` is not given.
pub const DEFAULT_FOLDER: &str = "postings";

/// Imports the files; prints problems, then one summary line.
pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let level = Level::from(Verbosity {
        quiet: args.quiet,
        verbose: args.verbose,
    });
    let root = &args.root.root;
    let (into, into_shown) = match target_folder(root, args.into.as_deref()) {
        Ok(target) => target,
        Err(d) => {
            diag::print(&[d]);
            return Ok(ExitCode::from(super::common::USAGE));
        }
    };
    let given: Vec<(PathBuf, String)> = args
        .files
        .iter()
        .map(|p| (p.clone(), p.to_string_lossy().into_owned()))
        .collect();
    let (inputs, unread) = import::expand(&given)?;
    let mut progress = BuildProgress::start(level);
    progress.task("importing postings");
    let mut report = import::import(
        &Options {
            inputs,
            into,
            into_shown: into_shown.clone(),
            force: args.force,
        },
        &progress,
    )?;
    progress.finish();
    report.diagnostics.extend(unread);
    diag::sort(&mut report.diagnostics);
    let failed = term::report(&report.diagnostics, level);
    if level == Level::Verbose {
        list_files(&report);
    }
    print_summary(
        &report,
        &into_shown,
        level,
        progress.elapsed().as_secs_f64(),
    );
    Ok(if failed {
        ExitCode::from(super::common::FAILURE)
    } else {
        ExitCode::SUCCESS
    })
}

/// The folder to import into, and how messages name it: `--into` (relative
/// to the current folder) when given, which must lie inside the root's
/// `content/` and be read by builds; else `content/postings/`.
fn target_folder(root: &Path, into: Option<&Path>) -> Result<(PathBuf, String), Diagnostic> {
    let content = absolute(&root.join(CONTENT_DIR));
    if !content.is_dir() && !root.join(crate::config::CONFIG_FILE).is_file() {
        return Err(Diagnostic::error(
            root.display().to_string(),
            "is not a knowledge base: it has no content/ folder and no dossier.yaml",
        )
        .with_help("run `dossier import` in a knowledge base, pass `--root DIR`, or create one with `dossier init`"));
    }
    let Some(into) = into else {
        let dir = content.join(DEFAULT_FOLDER);
        return Ok((dir, format!("{CONTENT_DIR}/{DEFAULT_FOLDER}")));
    };
    let shown = into.display().to_string();
    let wanted = absolute(into);
    let inside = |dir: &Path, content: &Path| dir.strip_prefix(content).ok().map(Path::to_path_buf);
    // Compare as written, and with symbolic links resolved where they exist.
    let rel = inside(&wanted, &content).or_else(|| {
        let real_content = content.canonicalize().ok()?;
        let real = wanted.canonicalize().ok()?;
        inside(&real, &real_content)
    });
    let help = format!(
        "give a folder inside {}, e.g. `--into {}`",
        content.display(),
        Path::new(&root).join(CONTENT_DIR).join("jobs").display()
    );
    let Some(rel) = rel else {
        return Err(Diagnostic::error(
            shown,
            "--into must name a folder inside content/ of the knowledge base",
        )
        .with_help(help));
    };
    if wanted.is_file() {
        return Err(Diagnostic::error(shown, "--into names a file, not a folder").with_help(help));
    }
    if crate::load::is_ignored(&rel.join("x.md")) {
        return Err(Diagnostic::error(
            shown,
            "--into names a folder that builds leave out (hidden, or starting with `_`)",
        )
        .with_help(help));
    }
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let shown = std::iter::once(CONTENT_DIR.to_string())
        .chain(parts)
        .collect::<Vec<_>>()
        .join("/");
    Ok((wanted, shown))
}

/// `imported 2,914 postings (146 duplicates, 0 changed by you) into content/postings/`,
/// then what became of them.
fn print_summary(report: &Report, into: &str, level: Level, seconds: f64) {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{} {word}s", thousands(n))
        }
    };
    term::summary(
        level,
        "imported",
        &format!(
            "{} ({}, {} changed by you) into {into}/",
            plural(report.imported(), "posting"),
            plural(report.duplicates, "duplicate"),
            thousands(report.changed_by_you),
        ),
    );
    if level == Level::Quiet {
        return;
    }
    let mut out = anstream::stdout().lock();
    let _ = writeln!(
        out,
        "  {} new, {} updated, {} unchanged in {seconds:.2} s",
        thousands(report.new),
        thousands(report.updated),
        thousands(report.unchanged),
    );
}

/// Under `--verbose`: every file written.
fn list_files(report: &Report) {
    let mut out = anstream::stdout().lock();
    for (outcome, file) in &report.written {
        let _ = writeln!(out, "{:>9} {file}", outcome.as_str());
    }
}

/// `2914` → `2,914`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_have_thousands_separators() {
        for (n, want) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (2914, "2,914"),
            (1234567, "1,234,567"),
        ] {
            assert_eq!(thousands(n), want, "n: {n}");
        }
    }
}
