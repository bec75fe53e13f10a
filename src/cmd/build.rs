//! `dossier build`: the whole site into the output folder.

use std::process::ExitCode;
use std::time::Instant;

use crate::cli::BuildArgs;
use crate::config::Overrides;
use crate::diag::Diagnostic;
use crate::write;

/// Builds the site; exit 1 on any error, with the previous output untouched.
pub fn run(args: &BuildArgs) -> anyhow::Result<ExitCode> {
    let written = build(args)?;
    if written.is_none() {
        eprintln!("build failed: nothing was written; the output folder is as it was");
        return Ok(ExitCode::from(super::FAILURE));
    }
    Ok(ExitCode::SUCCESS)
}

/// Builds; `None` when an error was reported and nothing written.
fn build(args: &BuildArgs) -> anyhow::Result<Option<()>> {
    let start = Instant::now();
    let root = &args.root.root;
    let overrides = Overrides {
        base_url: args.base_url.clone(),
        output_dir: args.output.clone(),
        drafts: args.drafts,
    };
    let Some(config) = super::load_config(root, &overrides)? else {
        return Ok(None);
    };
    let out = root.join(&config.output_dir);
    let shown = config.output_dir.display().to_string();
    let out_error = write::check_output_dir(root, &out, &shown).err();
    let built = crate::build_site(root, &config, &mut crate::cache::Cache::default(), None);
    let mut diags: Vec<Diagnostic> = out_error.into_iter().collect();
    diags.extend(built.diagnostics.iter().cloned());
    if diags.iter().any(Diagnostic::is_error) {
        // Render into nothing, so that one run reports the template errors too.
        let rendered = crate::render_site(&built, &config, None, &|_| Ok(()))?;
        diags.extend(rendered.diagnostics);
        crate::diag::sort(&mut diags);
        super::report(&diags);
        return Ok(None);
    }
    if super::report(&diags) {
        return Ok(None);
    }
    if args.strict && !diags.is_empty() {
        eprintln!("--strict: warnings count as errors");
        return Ok(None);
    }
    let written = crate::write_site(&built, &config, &out)?;
    if super::report(&written.diagnostics) {
        return Ok(None);
    }
    let site = &built.site;
    let tags: usize = site.by_kind.iter().map(Vec::len).sum();
    println!(
        "built {} documents, {} pages, {} tags in {:.2} s → {}/",
        site.docs.len(),
        written.pages,
        tags,
        start.elapsed().as_secs_f64(),
        shown.trim_end_matches('/')
    );
    Ok(Some(()))
}
