//! `dossier check`: builds and renders the site in memory, writes nothing,
//! and reports every problem: what `build` reports (broken links,
//! unresolved wikilinks, template errors, untagged documents, an output
//! folder dossier may not replace), and what only a reader would notice —
//! links to `#anchors` that are not on their page, tag spellings that may
//! be one tag, documents with the same title.
//!
//! Exit 1 when there is an error, or with `--strict` any problem.

mod aliases;
mod anchors;
mod titles;

use std::collections::{HashMap, HashSet};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;

use crate::cli::CheckArgs;
use crate::config::{Config, Overrides};
use crate::diag::{self, Diagnostic};
use crate::progress::{Progress, Stage};
use crate::tag::TaggedDoc;
use crate::term::{self, BuildProgress, Level};

/// What [`check_site`] found.
#[derive(Debug, Default)]
pub struct Checked {
    /// Every problem, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
    pub documents: usize,
    /// Pages rendered from templates.
    pub pages: usize,
}

/// Checks the knowledge base; prints the problems (or one JSON array).
pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let level = if args.json {
        Level::Quiet
    } else {
        Level::from(args.verbosity)
    };
    let mut progress = BuildProgress::start(level);
    let root = &args.root.root;
    let overrides = Overrides {
        drafts: args.drafts,
        ..Overrides::default()
    };
    let checked = match read_config(root, &overrides)? {
        Ok(config) => check_site(root, &config, &progress)?,
        Err(d) => Checked {
            diagnostics: vec![d],
            ..Checked::default()
        },
    };
    progress.finish_and_print(level);
    let diags = &checked.diagnostics;
    let failed = diags.iter().any(|d| d.is_error() || args.strict);
    if args.json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, diags)?;
        writeln!(out)?;
    } else {
        term::report(&super::common::from_here(root, diags), level);
        let strict = if args.strict && failed && !diags.iter().any(Diagnostic::is_error) {
            " (--strict: warnings fail)"
        } else {
            ""
        };
        term::summary(
            level,
            "checked",
            &format!(
                "{}, {}: {}{strict}",
                term::plural(checked.documents, "document", "documents"),
                term::plural(checked.pages, "page", "pages"),
                term::count_problems(diags)
            ),
        );
    }
    Ok(if failed {
        ExitCode::from(super::common::FAILURE)
    } else {
        ExitCode::SUCCESS
    })
}

/// The config with flags applied, or what is wrong with it.
fn read_config(root: &Path, overrides: &Overrides) -> anyhow::Result<Result<Config, Diagnostic>> {
    Ok(Config::from_root(root)?.and_then(|mut config| {
        config.apply(overrides)?;
        Ok(config)
    }))
}

/// Builds and renders the site at `root` without writing anything, and
/// returns every problem found.
pub fn check_site(
    root: &Path,
    config: &Config,
    progress: &dyn Progress,
) -> anyhow::Result<Checked> {
    let mut cache = crate::cache::Cache::default();
    progress.stage(Stage::Read);
    let loaded = crate::load::discover(root);
    let built = crate::build_site_loaded(root, config, &mut cache, loaded, progress);
    let mut diags = built.diagnostics.clone();
    let out = root.join(&config.output_dir);
    if let Err(d) =
        crate::write::check_output_dir(root, &out, &config.output_dir.display().to_string())
    {
        diags.push(d);
    }
    let sources: HashMap<&str, &TaggedDoc> = cache
        .sources
        .iter()
        .flat_map(|s| s.docs.iter())
        .filter_map(|(rel, entry)| Some((rel.as_str(), entry.result.as_ref().ok()?.as_ref())))
        .collect();
    let site = &built.site;

    let links = anchors::fragment_links(site, &sources);
    let wanted: HashSet<String> = links
        .iter()
        .filter_map(|l| anchors::page_to_scan(site, l))
        .collect();
    progress.stage(Stage::Render);
    progress.total(crate::render::jobs(site, config).len() + built.theme.statics.len());
    let ids: Mutex<HashMap<String, HashSet<String>>> = Mutex::new(HashMap::new());
    let rendered = crate::render_site(&built, config, None, &|page| {
        progress.done(1);
        if wanted.contains(&page.file) {
            let found = anchors::ids_in(&page.bytes);
            ids.lock()
                .expect("ids lock")
                .insert(page.file.clone(), found);
        }
        Ok(())
    })?;
    let ids = ids.into_inner().expect("ids lock");
    diags.extend(rendered.diagnostics);
    diags.extend(anchors::check(site, &links, &ids));
    diags.extend(aliases::check(site));
    diags.extend(titles::check(site, &sources));
    diag::sort(&mut diags);
    Ok(Checked {
        diagnostics: diags,
        documents: site.docs.len(),
        pages: rendered.pages,
    })
}
