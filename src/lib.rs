//! dossier: a folder of career-research documents becomes a tagged, linked
//! static site.
//!
//! The pipeline, one module a stage: [`load`] → [`parse`] → [`tag`] →
//! [`link`] → [`render`] → [`write`]. [`build_site`] runs the stages up to
//! the linked [`Site`](link::Site); [`write_site`] renders and writes it.

pub mod autolink;
pub mod cache;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod diag;
pub mod gzip;
pub mod hash;
pub mod import;
pub mod link;
pub mod load;
pub mod markdown;
pub mod packed;
pub mod parse;
pub mod progress;
pub mod render;
pub mod sanitize;
pub mod serve;
pub mod tag;
pub mod term;
pub mod theme;
pub mod url;
pub mod words;
pub mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use cache::{Cache, SourceEntry, Sources};
use config::{CONTENT_DIR, Config};
use diag::Diagnostic;
use link::Site;
use load::{Loaded, Refresh, SourceFile};
use tag::vocab::Vocab;
use theme::Theme;

/// A knowledge base read, tagged and linked, with its theme.
pub struct Built {
    pub site: Site,
    pub theme: Theme,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The number of this site among those linked with its cache.
    pub linked: u64,
    /// The documents changed in place since the site before this one with
    /// the same cache (see [`link::LinkMemo::relinked`]); `None` when the
    /// site was linked in full.
    pub relinked: Option<Vec<link::DocId>>,
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
/// built is, so that all problems are reported at once. `cache` remembers
/// work between builds; `changed` lists the paths changed since the last
/// build with this cache (`None`: look at everything).
pub fn build_site(
    root: &Path,
    config: &Config,
    cache: &mut Cache,
    changed: Option<&[PathBuf]>,
) -> Built {
    let vocab = prepare(cache, config);
    let sources = match (cache.sources.take(), changed) {
        (Some(sources), Some(paths)) => match load::refresh(root, paths) {
            Refresh::Files {
                read,
                failed,
                assets,
                removed,
            } => {
                let mut sources = sources;
                for rel in removed {
                    let prefix = format!("{rel}/");
                    sources
                        .docs
                        .retain(|r, _| *r != rel && !r.starts_with(&prefix));
                    sources
                        .assets
                        .retain(|r, _| *r != rel && !r.starts_with(&prefix));
                }
                for asset in assets {
                    sources.docs.remove(&asset.rel);
                    sources.assets.insert(asset.rel.clone(), asset);
                }
                for (rel, d) in failed {
                    sources.assets.remove(&rel);
                    sources.docs.insert(
                        rel,
                        SourceEntry {
                            hash: 0,
                            result: Err(vec![d]),
                        },
                    );
                }
                let options = tag::Options::of(config);
                for (rel, entry) in tag_files(read, &sources, &vocab, options) {
                    sources.assets.remove(&rel);
                    sources.docs.insert(rel, entry);
                }
                sources
            }
            Refresh::Rescan => load_all(root, Some(&sources), &vocab, config),
        },
        (old, _) => load_all(root, old.as_ref(), &vocab, config),
    };
    finish(root, config, cache, sources, &vocab, &progress::Silent)
}

/// Like [`build_site`] from a walk already made ([`load::discover`]), so a
/// build can hash its inputs before parsing them; `progress` is told when
/// linking and loading the theme start.
pub fn build_site_loaded(
    root: &Path,
    config: &Config,
    cache: &mut Cache,
    loaded: Loaded,
    progress: &dyn progress::Progress,
) -> Built {
    let vocab = prepare(cache, config);
    let old = cache.sources.take();
    let options = tag::Options::of(config);
    let sources = sources_from(loaded, old.as_ref(), &vocab, options);
    finish(root, config, cache, sources, &vocab, progress)
}

/// Like [`build_site_loaded`] for a site built once and then written
/// (`dossier build`), with the vocabulary of `config` made by the caller
/// (while the files were read): nothing is kept for a next build, and each
/// document's source text is kept as it is, then freed once its body is
/// made ([`link::LinkMemo::once`]), so [`TaggedDoc::text`](tag::TaggedDoc::text)
/// is empty in the site it returns.
pub fn build_site_once(
    root: &Path,
    config: &Config,
    loaded: Loaded,
    vocab: Arc<Vocab>,
    progress: &dyn progress::Progress,
) -> Built {
    let mut cache = Cache::default();
    cache.check_config(config_key(config));
    cache.vocab = Some(vocab.clone());
    cache.link = link::LinkMemo::once();
    let options = tag::Options {
        plain_text: true,
        ..tag::Options::of(config)
    };
    let sources = sources_from(loaded, None, &vocab, options);
    finish(root, config, &mut cache, sources, &vocab, progress)
}

/// Drops the cache if it was made with another config, and returns the
/// vocabulary of this one (built once per cache).
fn prepare(cache: &mut Cache, config: &Config) -> Arc<Vocab> {
    cache.check_config(config_key(config));
    cache
        .vocab
        .get_or_insert_with(|| Arc::new(Vocab::new(&config.vocabulary)))
        .clone()
}

/// What a [`Cache`] is made for: the config, flags applied.
fn config_key(config: &Config) -> hash::Key {
    hash::key_of(&serde_json::to_string(config).unwrap_or_default())
}

/// Links loaded sources into the site and loads the theme.
fn finish(
    root: &Path,
    config: &Config,
    cache: &mut Cache,
    sources: Sources,
    vocab: &Vocab,
    progress: &dyn progress::Progress,
) -> Built {
    let mut diagnostics = sources.walk_diagnostics.clone();
    let mut tagged = Vec::with_capacity(sources.docs.len());
    for entry in sources.docs.values() {
        match &entry.result {
            Ok(doc) => {
                for e in &doc.field_errors {
                    diagnostics.push(
                        Diagnostic::warning(doc.doc.shown_path(), e.message.clone())
                            .at_line(e.line)
                            .with_help(e.help.clone()),
                    );
                }
                tagged.push(doc.clone());
            }
            Err(diags) => diagnostics.extend(diags.iter().cloned()),
        }
    }
    let assets = sources.assets.values().cloned().collect();
    cache.sources = Some(sources);

    progress.stage(progress::Stage::Link);
    let (mut site, link_diags) = link::link(&tagged, assets, config, &mut cache.link);
    site.standing = link::standing(&site, &config.profile, vocab);
    let statuses = site.docs.iter().any(|d| d.source.fields.status.is_some());
    site.own = link::OwnPages::of(site.standing.is_some(), statuses, &site.terms);
    diagnostics.extend(link_diags);
    for doc in &site.docs {
        let untagged = [
            tag::TagKind::Company,
            tag::TagKind::Role,
            tag::TagKind::Skill,
        ]
        .iter()
        .all(|k| doc.tags[k.index()].is_empty());
        if untagged && doc.words == 0 {
            // An editor that truncates before writing makes this for a moment.
            diagnostics.push(
                Diagnostic::warning(
                    format!("{CONTENT_DIR}/{}", doc.rel),
                    "the document is empty",
                )
                .with_help("write in it, or delete it"),
            );
        } else if untagged {
            diagnostics.push(
                Diagnostic::warning(
                    format!("{CONTENT_DIR}/{}", doc.rel),
                    "no company, role or skill was found",
                )
                // Line 1: where front matter goes, and where a reader starts.
                .at_line(1)
                .with_help(
                    "add `company:`, `role:` and `skills:` front matter, or name them in the text",
                ),
            );
        }
    }
    progress.stage(progress::Stage::Theme);
    let (theme, theme_diags) = Theme::load(root, &config.theme);
    diagnostics.extend(theme_diags);
    diag::sort(&mut diagnostics);
    Built {
        site,
        theme,
        diagnostics,
        linked: cache.link.linked(),
        relinked: cache.link.relinked().map(<[_]>::to_vec),
    }
}

/// Walks and reads everything; documents whose bytes are unchanged since
/// `old` keep their parsed and tagged form.
fn load_all(root: &Path, old: Option<&Sources>, vocab: &Vocab, config: &Config) -> Sources {
    let options = tag::Options::of(config);
    sources_from(load::discover(root), old, vocab, options)
}

/// Parses and tags a walk's documents, reusing `old` entries whose bytes
/// are unchanged.
fn sources_from(
    loaded: Loaded,
    old: Option<&Sources>,
    vocab: &Vocab,
    options: tag::Options,
) -> Sources {
    let empty = Sources::default();
    let known = old.unwrap_or(&empty);
    // Each file's bytes are dropped as soon as it is parsed.
    let entries = tag_files(loaded.files, known, vocab, options);
    let mut sources = Sources {
        walk_diagnostics: loaded.diagnostics,
        ..Sources::default()
    };
    sources.docs.extend(entries);
    for (rel, d) in loaded.failed {
        sources.docs.insert(
            rel,
            SourceEntry {
                hash: 0,
                result: Err(vec![d]),
            },
        );
    }
    for asset in loaded.assets {
        sources.assets.insert(asset.rel.clone(), asset);
    }
    sources
}

/// Parses and tags files in parallel, reusing `known` entries whose bytes
/// hash the same.
/// Each file's bytes become its text (or are dropped) as it is parsed.
fn tag_files(
    files: Vec<SourceFile>,
    known: &Sources,
    vocab: &Vocab,
    options: tag::Options,
) -> Vec<(String, SourceEntry)> {
    files
        .into_par_iter()
        .map(|file| (file.rel.clone(), tag_file(file, known, vocab, &options)))
        .collect()
}

/// Parses and tags one file, or reuses its `known` entry when its bytes
/// hash the same.
fn tag_file(
    file: SourceFile,
    known: &Sources,
    vocab: &Vocab,
    options: &tag::Options,
) -> SourceEntry {
    let hash = xxhash_rust::xxh3::xxh3_128(&file.bytes);
    if let Some(entry) = known.docs.get(&file.rel)
        && entry.hash == hash
        && hash != 0
    {
        return entry.clone();
    }
    let result = parse::parse_owned(file).map(|doc| Arc::new(tag::tag(doc, vocab, options)));
    SourceEntry { hash, result }
}

/// The hash of everything a build reads: the dossier binary, the config
/// (with flags applied), the theme, every document's bytes and every
/// asset's size and time. `None` when the walk found problems, which must
/// be reported by a real build.
pub fn inputs_key(loaded: &Loaded, config: &Config, theme: &Theme) -> Option<hash::Key> {
    use std::hash::{Hash, Hasher};
    if !loaded.failed.is_empty() || !loaded.diagnostics.is_empty() {
        return None;
    }
    let mut h = hash::hasher();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    // A rebuilt binary of the same version may render differently.
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        (meta.len(), meta.modified().ok()).hash(&mut h);
    }
    serde_json::to_string(config).ok()?.hash(&mut h);
    for (name, file) in &theme.templates {
        (name, &file.content).hash(&mut h);
    }
    for (name, file) in &theme.statics {
        (name, &file.content).hash(&mut h);
    }
    for file in &loaded.files {
        (&file.rel, file.kind).hash(&mut h);
        h.write_u128(xxhash_rust::xxh3::xxh3_128(&file.bytes));
    }
    for asset in &loaded.assets {
        let meta = std::fs::metadata(&asset.path).ok()?;
        (&asset.rel, meta.len(), meta.modified().ok()).hash(&mut h);
    }
    Some(hash::finish(&h))
}

/// What [`render_site`] produced.
#[derive(Default)]
pub struct Rendered {
    /// Pages rendered from templates (statics not counted).
    pub pages: usize,
    /// Template errors; when there are any, the output is incomplete.
    pub diagnostics: Vec<Diagnostic>,
    /// The compiled templates, for the next build's memo.
    pub renderer: Option<Arc<render::Renderer>>,
    /// What pages list of each document, for the next build's memo.
    pub listed: Option<render::Listed>,
    /// `true` when only the pages an edit can change were made: the
    /// memo's other pages stand as they are.
    pub partial: bool,
    /// What the pages were made of, for the next build's memo.
    pub made: Option<render::Made>,
}

/// Renders every page, then hands the theme's static files, to `sink`.
/// With a memo, pages whose key is unchanged are taken from it.
pub fn render_site(
    built: &Built,
    config: &Config,
    memo: Option<&render::PageMemo>,
    sink: &(dyn Fn(render::Page) -> anyhow::Result<()> + Sync),
) -> anyhow::Result<Rendered> {
    let site_view = render::site_view(&built.site, config);
    let key = render::Renderer::key_for(&built.theme, &site_view);
    let known = memo
        .and_then(|m| m.renderer.clone())
        .filter(|r| r.key() == key);
    let known_renderer = known.is_some();
    let renderer = match known {
        Some(r) => r,
        None => match render::Renderer::new(&built.theme, &site_view) {
            Ok(r) => Arc::new(r),
            Err(diagnostics) => {
                return Ok(Rendered {
                    diagnostics,
                    ..Rendered::default()
                });
            }
        },
    };
    let shared = render::Shared::reusing(&built.site, config, memo.and_then(|m| m.listed.as_ref()));
    let edit = render::deps::Edit {
        linked: built.linked,
        relinked: built.relinked.as_deref(),
        same_templates: known_renderer,
    };
    let plan = render::deps::plan(&shared, memo, edit);
    let diagnostics = render::render_all(&shared, &renderer, &plan.jobs, memo, sink)?;
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Ok(Rendered {
            diagnostics,
            ..Rendered::default()
        });
    }
    for (name, file) in &built.theme.statics {
        sink(render::Page {
            file: name.clone(),
            bytes: file.content.clone().into(),
            key: 0,
            rendered: false,
            deferred: false,
        })?;
    }
    Ok(Rendered {
        pages: plan.jobs.len(),
        diagnostics,
        renderer: Some(renderer),
        listed: memo.map(|_| shared.listed()),
        partial: plan.partial,
        made: plan.made,
    })
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
pub fn write_site(
    built: &Built,
    config: &Config,
    out: &Path,
    inputs: Option<hash::Key>,
) -> anyhow::Result<Written> {
    write_site_with(built, config, out, inputs, &progress::Silent)
}

/// [`write_site`], telling `progress` each stage and every file written.
pub fn write_site_with(
    built: &Built,
    config: &Config,
    out: &Path,
    inputs: Option<hash::Key>,
    progress: &dyn progress::Progress,
) -> anyhow::Result<Written> {
    progress.stage(progress::Stage::Render);
    let outputs = render::output_count(&built.site, &render::jobs(&built.site, config));
    progress.total(outputs + built.theme.statics.len());
    let staging = write::Staging::begin(out)?;
    let rendered = render_site(built, config, None, &|page| {
        staging.put(&page.file, &page.bytes)?;
        progress.done(1);
        Ok(())
    })?;
    if rendered.diagnostics.iter().any(Diagnostic::is_error) {
        return Ok(Written {
            diagnostics: rendered.diagnostics,
            ..Written::default()
        });
    }
    progress.stage(progress::Stage::Copy);
    progress.total(built.site.assets.len());
    for asset in &built.site.assets {
        staging.copy(&asset.rel, &asset.path)?;
        progress.done(1);
    }
    progress.stage(progress::Stage::Commit);
    let warnings: Vec<Diagnostic> = built
        .diagnostics
        .iter()
        .chain(&rendered.diagnostics)
        .cloned()
        .collect();
    let inputs = inputs.map(|k| format!("{k:032x}")).unwrap_or_default();
    staging.commit(&inputs, &warnings)?;
    Ok(Written {
        pages: rendered.pages,
        files: outputs + built.theme.statics.len() + built.site.assets.len(),
        diagnostics: rendered.diagnostics,
    })
}
