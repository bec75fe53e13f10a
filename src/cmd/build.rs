//! `dossier build`: the whole site into the output folder.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use crate::cli::BuildArgs;
use crate::config::Overrides;
use crate::diag::Diagnostic;
use crate::progress::{Progress as _, Stage};
use crate::tag::vocab::Vocab;
use crate::term::{self, BuildProgress, Level};
use crate::write;

/// Builds the site; exit 1 on any error (and on warnings with `--strict`),
/// with the previous output untouched.
pub fn run(args: &BuildArgs) -> anyhow::Result<ExitCode> {
    let written = build(args)?;
    if written.is_none() {
        eprintln!("build failed: nothing was written; the output folder is as it was");
        return Ok(ExitCode::from(super::common::FAILURE));
    }
    Ok(ExitCode::SUCCESS)
}

/// Builds; `None` when an error was reported and nothing written.
fn build(args: &BuildArgs) -> anyhow::Result<Option<()>> {
    let level = Level::from(args.verbosity);
    let mut progress = BuildProgress::start(level);
    let root = &args.root.root;
    // -o is relative to the current folder, `output_dir` to the root.
    let output = match &args.output {
        Some(dir) => Some(std::path::absolute(dir).context("cannot find the current folder")?),
        None => None,
    };
    let overrides = Overrides {
        base_url: args.base_url.clone(),
        output_dir: output,
        drafts: args.drafts,
    };
    let Some(config) = super::common::load_config(root, &overrides)? else {
        return Ok(None);
    };
    let out = root.join(&config.output_dir);
    let shown = super::common::shown(args.output.as_deref().unwrap_or(&out));
    // A bad output folder is reported with the content's problems, not
    // instead of them: one run shows everything to fix.
    let out_error = write::check_output_dir(root, &out, &shown).err();
    // With --strict a warning fails the build like an error.
    let fails = |diags: &[Diagnostic]| diags.iter().any(|d| d.is_error() || args.strict);
    let strict_note = |diags: &[Diagnostic]| {
        if args.strict && !diags.iter().any(Diagnostic::is_error) {
            eprintln!("--strict: warnings count as errors");
        }
    };
    if out_error.is_none() {
        // A build killed part way (SIGKILL, power loss) left its staging
        // folder; even a build with nothing to do clears it.
        write::remove_leftovers(&out)?;
    }
    progress.stage(Stage::Read);
    // The vocabulary's matchers take a while to build, on one thread:
    // made while the files are read and hashed.
    let vocabulary = config.vocabulary.clone();
    let vocab = std::thread::spawn(move || Arc::new(Vocab::new(&vocabulary)));
    let loaded = crate::load::discover(root);
    let (theme, _) = crate::theme::Theme::load(root, &config.theme);
    let inputs = crate::inputs_key(&loaded, &config, &theme);
    if out_error.is_none()
        && let Some(key) = inputs
        && let Some(manifest) = write::Manifest::read(&out)
        && manifest.inputs == format!("{key:032x}")
        && manifest.files_present(&out)
    {
        // Nothing the site is made of changed since the last build.
        progress.finish_and_print(level);
        term::report(&super::common::from_here(root, &manifest.warnings), level);
        if fails(&manifest.warnings) {
            strict_note(&manifest.warnings);
            return Ok(None);
        }
        term::summary(
            level,
            "up to date:",
            &format!(
                "{} in {}/ already match the content ({:.2} s)",
                term::plural(manifest.files.len(), "file", "files"),
                shown.trim_end_matches('/'),
                progress.elapsed().as_secs_f64()
            ),
        );
        return Ok(Some(()));
    }
    let vocab = vocab
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let built = crate::build_site_once(root, &config, loaded, vocab, &progress);
    let mut diags: Vec<Diagnostic> = out_error.into_iter().collect();
    diags.extend(super::common::from_here(root, &built.diagnostics));
    if diags.iter().any(Diagnostic::is_error) {
        // Render into nothing, so that one run reports the template errors too.
        let rendered = crate::render_site(&built, &config, None, &|_| Ok(()))?;
        diags.extend(super::common::from_here(root, &rendered.diagnostics));
        crate::diag::sort(&mut diags);
    }
    if fails(&diags) {
        progress.finish_and_print(level);
        term::report(&diags, level);
        strict_note(&diags);
        return Ok(None);
    }
    let written = crate::write_site_with(&built, &config, &out, inputs, &progress)?;
    progress.finish_and_print(level);
    let mut diagnostics = built.diagnostics.clone();
    diagnostics.extend(written.diagnostics.iter().cloned());
    if term::report(&super::common::from_here(root, &diagnostics), level) {
        return Ok(None);
    }
    let site = &built.site;
    let tags: usize = site.by_kind.iter().map(Vec::len).sum();
    term::summary(
        level,
        "built",
        &format!(
            "{}, {}, {} in {:.2} s → {}/",
            term::plural(site.docs.len(), "document", "documents"),
            term::plural(written.pages, "page", "pages"),
            term::plural(tags, "tag", "tags"),
            progress.elapsed().as_secs_f64(),
            shown.trim_end_matches('/')
        ),
    );
    // The process ends next: the operating system takes the site back at
    // once, where dropping it would free every string one by one.
    std::mem::forget(built);
    Ok(Some(()))
}
