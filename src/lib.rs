//! dossier: a folder of career-research documents becomes a tagged, linked
//! static site.
//!
//! The pipeline, one module a stage: [`load`] → [`parse`] → [`tag`] →
//! [`link`] → [`render`] → [`write`]. [`build_site`] runs the stages up to
//! the linked [`Site`](link::Site); [`write_site`] renders and writes it.

pub mod autolink;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod diag;
pub mod link;
pub mod load;
pub mod markdown;
pub mod parse;
pub mod render;
pub mod tag;
pub mod theme;
pub mod url;
pub mod wikilink;
pub mod write;

use std::path::Path;

use rayon::prelude::*;

use config::{CONTENT_DIR, Config};
use diag::Diagnostic;
use link::Site;
use tag::{TaggedDoc, vocab::Vocab};
use theme::Theme;

/// A knowledge base read, tagged and linked, with its theme.
pub struct Built {
    pub site: Site,
    pub theme: Theme,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
}

impl Built {
    /// `true` when a diagnostic is an error: the site must not be written.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Runs load → parse → tag → link on the knowledge base at `root`.
///
/// Mistakes in the user's files are diagnostics; everything that can be
/// built is, so that all problems are reported at once.
pub fn build_site(root: &Path, config: &Config) -> Built {
    let loaded = load::discover(root);
    let mut diagnostics = loaded.diagnostics;
    let vocab = Vocab::new(&config.vocabulary);
    let results: Vec<Result<TaggedDoc, Vec<Diagnostic>>> = loaded
        .files
        .par_iter()
        .map(|file| parse::parse(file).map(|doc| tag::tag(doc, &vocab, config.extract)))
        .collect();
    let mut tagged = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(doc) => tagged.push(doc),
            Err(diags) => diagnostics.extend(diags),
        }
    }
    let (site, link_diags) = link::link(tagged, loaded.assets, config);
    diagnostics.extend(link_diags);
    for doc in &site.docs {
        let untagged = [
            tag::TagKind::Company,
            tag::TagKind::Role,
            tag::TagKind::Skill,
        ]
        .iter()
        .all(|k| doc.tags[k.index()].is_empty());
        if untagged {
            diagnostics.push(
                Diagnostic::warning(
                    format!("{CONTENT_DIR}/{}", doc.rel),
                    "no company, role or skill was found",
                )
                .with_help(
                    "add `company:`, `role:` and `skills:` front matter, or name them in the text",
                ),
            );
        }
    }
    let (theme, theme_diags) = Theme::load(root, &config.theme);
    diagnostics.extend(theme_diags);
    diag::sort(&mut diagnostics);
    Built {
        site,
        theme,
        diagnostics,
    }
}

/// What [`write_site`] did.
#[derive(Debug, Default)]
pub struct Written {
    /// HTML pages rendered.
    pub pages: usize,
    /// Files in the output, pages included.
    pub files: usize,
    /// Template errors; when there are any, nothing was written.
    pub diagnostics: Vec<Diagnostic>,
}

/// Renders the site and swaps it into `out` (see [`write`]). On a template
/// error the previous output is left as it was.
pub fn write_site(built: &Built, config: &Config, out: &Path) -> anyhow::Result<Written> {
    let site_view = render::site_view(&built.site, config, &built.theme);
    let renderer = match render::Renderer::new(&built.theme, &site_view) {
        Ok(r) => r,
        Err(diagnostics) => {
            return Ok(Written {
                diagnostics,
                ..Written::default()
            });
        }
    };
    let staging = write::Staging::begin(out)?;
    let shared = render::Shared::new(&built.site, config);
    let jobs = render::jobs(&built.site, config);
    let diagnostics = render::render_all(&shared, &renderer, &jobs, &|page| {
        staging.put(&page.file, &page.bytes)
    })?;
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Ok(Written {
            diagnostics,
            ..Written::default()
        });
    }
    for (name, file) in &built.theme.statics {
        staging.put(name, &file.content)?;
    }
    for asset in &built.site.assets {
        staging.copy(&asset.rel, &asset.path)?;
    }
    staging.commit()?;
    Ok(Written {
        pages: jobs.len(),
        files: jobs.len() + built.theme.statics.len() + built.site.assets.len(),
        diagnostics,
    })
}
