//! `dossier serve`: build into memory, serve over HTTP, watch the files,
//! rebuild through the cache on every edit, and tell open pages to reload.
//!
//! One [`Session`] owns the cache and the last good output; the HTTP
//! handlers read the output through an `Arc`. A failed rebuild keeps the
//! last good site and shows the diagnostics in the terminal and as an
//! overlay in open pages.

pub mod http;
pub mod live;
pub mod signal;
pub mod watch;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, PoisonError, RwLock, mpsc};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use tokio::sync::broadcast;

use crate::cache::Cache;
use crate::cli::ServeArgs;
use crate::config::{Config, Overrides};
use crate::diag::{self, Diagnostic};
use crate::render::Page;
use crate::term::{Level, plural};
pub use live::{Deferred, DiagView, Live, Message, Output, Served};
use watch::ChangeSet;

/// How long the file system must stay quiet before a rebuild starts.
pub const SETTLE: Duration = Duration::from_millis(5);

/// How long open connections get to close once the server is stopping.
pub const GRACE: Duration = Duration::from_millis(300);

/// The outcome of one rebuild.
#[derive(Debug)]
pub enum Outcome {
    /// The new output is in place; these output files changed.
    Built {
        changed: Vec<String>,
        rendered: usize,
        warnings: Vec<Diagnostic>,
    },
    /// The edit broke something; the last good output stays.
    Failed(Vec<Diagnostic>),
}

/// The state of a preview: config, cache and the last good output.
pub struct Session {
    root: PathBuf,
    overrides: Overrides,
    config: Option<Config>,
    cache: Cache,
    output: Arc<Output>,
}

impl Session {
    /// A session for the knowledge base at `root`; nothing is built yet.
    pub fn new(root: &Path, overrides: Overrides) -> Session {
        Session {
            root: root.to_path_buf(),
            overrides,
            config: None,
            cache: Cache::default(),
            output: Arc::new(Output::default()),
        }
    }

    /// Forgets the config and every cached result (the last good output
    /// stays): the next rebuild reads everything again.
    pub fn reset(&mut self) {
        self.config = None;
        self.cache = Cache::default();
    }

    /// The last good output.
    pub fn output(&self) -> Arc<Output> {
        self.output.clone()
    }

    /// The config of the last build, if any.
    pub fn config(&self) -> Option<&Config> {
        self.config.as_ref()
    }

    /// Rebuilds after `change` (`None`: everything). Unchanged documents and
    /// pages come from the cache; the result equals a clean build.
    pub fn rebuild(&mut self, change: Option<&ChangeSet>) -> anyhow::Result<Outcome> {
        let full = change.is_none_or(|c| c.config || c.rescan) || self.config.is_none();
        if change.is_none_or(|c| c.config) || self.config.is_none() {
            let mut config = match Config::from_root(&self.root)? {
                Ok(c) => c,
                Err(d) => return Ok(Outcome::Failed(vec![d])),
            };
            if let Err(d) = config.apply(&self.overrides) {
                return Ok(Outcome::Failed(vec![d]));
            }
            self.config = Some(config);
        }
        let config = self.config.clone().expect("config was just read");
        let paths: Option<Vec<PathBuf>> = match change {
            Some(c) if !full => Some(c.content.iter().cloned().collect()),
            _ => None,
        };
        let built = crate::build_site(&self.root, &config, &mut self.cache, paths.as_deref());
        if built.has_errors() {
            return Ok(Outcome::Failed(built.diagnostics));
        }
        // Deferred outputs made since the last rebuild join the memo.
        for (file, served) in &self.output.files {
            if let Served::Deferred(d) = served
                && let Some(bytes) = d.made()
            {
                self.cache
                    .pages
                    .pages
                    .insert(file.to_string(), (d.key, bytes));
            }
        }
        let pages = Mutex::new(Vec::new());
        let rendered =
            crate::render_site(&built, &config, Some(&self.cache.pages), &|mut page| {
                // Files are kept compressed (as the memo holds them), each as
                // it is made: the whole site is never in memory uncompressed.
                if !page.deferred && (page.rendered || page.key == 0) {
                    page.bytes = Arc::new(crate::gzip::compress(&page.bytes));
                }
                pages.lock().expect("pages lock").push(page);
                Ok(())
            })?;
        if rendered.diagnostics.iter().any(Diagnostic::is_error) {
            return Ok(Outcome::Failed(rendered.diagnostics));
        }
        let pages: Vec<Page> = pages.into_inner().expect("pages lock");
        let fresh = pages.iter().filter(|p| p.rendered).count();
        let crate::Built {
            site,
            diagnostics: build_diags,
            ..
        } = built;
        let site = Arc::new(site);
        // The new output is the old one with what changed put in: a page
        // taken from the memo is, byte for byte (the same Arc), the file the
        // last output had, so only the others are looked at.
        let old = self.output.clone();
        let mut output = (*old).clone();
        let mut changed = Vec::new();
        let mut produced = 0usize;
        let mut added = 0usize;
        let mut reused = 0usize;
        let mut put = |file: &str, served: Served| {
            produced += 1;
            match output.files.get_mut(file) {
                // Equal bytes are no change, but the entry takes the new
                // Arc: the memo holds that one, and a later memo hit is
                // known to be the served file by pointer.
                Some(s) if same(s, &served) => *s = served,
                Some(s) => {
                    *s = served;
                    changed.push(file.to_string());
                }
                None => {
                    added += 1;
                    output.files.insert(file.into(), served);
                    changed.push(file.to_string());
                }
            }
        };
        for asset in &site.assets {
            put(&asset.rel, Served::File(asset.path.clone()));
        }
        let memo = &mut self.cache.pages;
        memo.renderer = rendered.renderer.clone();
        // The deferred files (the search index's, the compare data) share
        // one maker: the index is made when the first of its files is
        // asked for.
        let index = crate::render::LazyOutputs::new(site.clone(), config);
        memo.listed = rendered.listed;
        memo.made = rendered.made;
        for page in &pages {
            if page.deferred {
                memo.pages.remove(&page.file);
                let (index, file) = (index.clone(), page.file.clone());
                let make = move || index.file(&file);
                put(
                    &page.file,
                    Served::Deferred(Arc::new(Deferred::new(page.key, make))),
                );
                continue;
            }
            // A page taken from the memo is the file the last output had:
            // the same Arc, or the deferred output of the same key whose
            // bytes joined the memo.
            if !page.rendered && page.key != 0 {
                debug_assert!(match old.files.get(page.file.as_str()) {
                    Some(Served::Gzip(b)) => Arc::ptr_eq(b, &page.bytes),
                    Some(Served::Deferred(d)) => d.key == page.key,
                    _ => false,
                });
                reused += 1;
                continue;
            }
            if page.key != 0 {
                memo.pages
                    .insert(page.file.clone(), (page.key, page.bytes.clone()));
            }
            put(&page.file, Served::Gzip(page.bytes.clone()));
        }
        // Each file made again was counted once in `produced`; when that
        // does not account for the old output, some files are gone (when
        // only the pages an edit can change were made, none is).
        if !rendered.partial && old.files.len() + added != produced + reused {
            let made: HashSet<&str> = site
                .assets
                .iter()
                .map(|a| a.rel.as_str())
                .chain(pages.iter().map(|p| p.file.as_str()))
                .collect();
            let gone: Vec<Arc<str>> = output
                .files
                .keys()
                .filter(|f| !made.contains(&***f))
                .cloned()
                .collect();
            for file in gone {
                output.files.remove(&file);
                memo.pages.remove(&*file);
                changed.push(file.to_string());
            }
        }
        // An asset's bytes live on disk: it changed when its file changed.
        if let Some(c) = change {
            let content = self.root.join(crate::config::CONTENT_DIR);
            for p in &c.content {
                if let Some(rel) = p.strip_prefix(&content).ok().and_then(|r| r.to_str())
                    && matches!(output.files.get(rel), Some(Served::File(_)))
                {
                    changed.push(rel.to_string());
                }
            }
        }
        changed.sort();
        changed.dedup();
        self.output = Arc::new(output);
        let warnings = build_diags
            .into_iter()
            .chain(rendered.diagnostics)
            .collect();
        Ok(Outcome::Built {
            changed,
            rendered: fresh,
            warnings,
        })
    }
}

/// One rebuild that cannot stop the server: a system error or a panic (a
/// bug in dossier) becomes a diagnostic, and after a panic the cache,
/// which may be half updated, is dropped so the next rebuild starts clean.
fn rebuild_guarded(session: &mut Session, change: &ChangeSet) -> Outcome {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        session.rebuild(Some(change))
    }));
    match result {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(e)) => Outcome::Failed(vec![
            Diagnostic::error(".", format!("{e:#}"))
                .with_help("fix the cause; the next edit rebuilds the site"),
        ]),
        Err(panic) => {
            session.reset();
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Outcome::Failed(vec![
                Diagnostic::error(".", format!("internal error while rebuilding: {what}"))
                    .with_help(
                        "this is a bug in dossier; please report it with the edit that caused it",
                    ),
            ])
        }
    }
}

/// Whether two versions of an output file are the same file.
fn same(a: &Served, b: &Served) -> bool {
    match (a, b) {
        (Served::Gzip(a), Served::Gzip(b)) => Arc::ptr_eq(a, b) || a == b,
        (a, b) => a == b,
    }
}

/// The URL path of an output file: `a/index.html` → `/base/a/`.
pub fn url_of(base_path: &str, file: &str) -> String {
    format!(
        "{base_path}{}",
        file.strip_suffix("index.html").unwrap_or(file)
    )
}

/// The message for changed files: pages reload, stylesheets are swapped.
pub fn reload_message(base_path: &str, changed: &[String], version: u64) -> Message {
    let (css, paths): (Vec<&String>, Vec<&String>) =
        changed.iter().partition(|f| f.ends_with(".css"));
    Message::Reload {
        version,
        paths: paths.iter().map(|f| url_of(base_path, f)).collect(),
        css: css.iter().map(|f| url_of(base_path, f)).collect(),
    }
}

/// Runs `dossier serve` until interrupted.
pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let root = std::fs::canonicalize(&args.root.root).with_context(|| {
        format!(
            "cannot open the knowledge base {}",
            args.root.root.display()
        )
    })?;
    let overrides = Overrides {
        drafts: args.drafts,
        ..Overrides::default()
    };
    let level = Level::from(crate::cli::Verbosity {
        quiet: args.quiet,
        verbose: args.verbose,
    });
    // Watch before the first build, so an edit made while it runs is not lost.
    let (tx, rx) = mpsc::channel();
    let watcher = watch::watch(&root, tx)?;
    let session = Session::new(&root, overrides);
    let start = Instant::now();
    let live = Arc::new(RwLock::new(Live::default()));
    let (events, _) = broadcast::channel::<Message>(64);
    // The first build runs on the rebuild thread, as every later one does:
    // what it frees stays with that thread's allocator, where the next
    // rebuild finds it.
    let (first_tx, first_rx) = mpsc::channel();
    {
        let (live, events, root) = (live.clone(), events.clone(), root.clone());
        std::thread::Builder::new()
            .name("dossier-rebuild".into())
            .spawn(move || {
                let mut session = session;
                let first = first_build(&mut session, &live, level);
                let built = first.is_ok();
                let _ = first_tx.send(first);
                if built {
                    let shared = Shared {
                        live: &live,
                        events: &events,
                        level,
                    };
                    rebuild_loop(&root, session, watcher, &rx, &shared);
                }
            })
            .context("cannot start the rebuild thread")?;
    }
    first_rx
        .recv()
        .context("the first build stopped without a result")??;
    let (pages, base_path) = {
        let live = live.read().unwrap_or_else(PoisonError::into_inner);
        (live.output.files.len(), live.base_path.clone())
    };

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the server runtime")?;
    let listener = runtime.block_on(http::bind(args))?;
    let mut signals = {
        let _inside = runtime.enter();
        signal::Signals::listen().context("cannot listen for Ctrl-C")?
    };
    let addr = listener
        .local_addr()
        .context("cannot read the server address")?;
    if addr.ip().is_unspecified() {
        eprintln!(
            "warning: serving on all network interfaces ({}): anyone who can reach this machine can read your notes",
            addr.ip()
        );
    }
    let url = format!("http://{}{base_path}", http::display_addr(addr));
    println!(
        "serving {} at {url} ({} built in {} ms; Ctrl-C to stop)",
        root.display(),
        plural(pages, "file", "files"),
        start.elapsed().as_millis()
    );

    let (stop, stopping) = signal::Stopping::new();
    let state = http::AppState {
        live,
        events,
        stopping: stopping.clone(),
    };

    if args.open
        && let Err(e) = opener::open_browser(&url)
    {
        eprintln!("warning: cannot open a browser: {e}");
    }
    let which = runtime.block_on(async move {
        let app = http::router(state);
        let server = axum::serve(listener, app).with_graceful_shutdown(stopping.wait());
        let mut server = tokio::spawn(std::future::IntoFuture::into_future(server));
        let which = tokio::select! {
            which = signals.next() => which,
            ended = &mut server => {
                ended.context("the server failed")?.context("the server stopped")?;
                anyhow::bail!("the server stopped");
            }
        };
        // Event streams end, so every connection can close; one that does
        // not in time goes with the process.
        let _ = stop.send(true);
        let _ = tokio::time::timeout(GRACE, server).await;
        Ok(which)
    })?;
    // A search index still being made is not waited for.
    runtime.shutdown_background();
    if level > Level::Quiet {
        println!("stopped ({which})");
    }
    Ok(ExitCode::SUCCESS)
}

/// The first build of a session, put in `live`: a site with errors is
/// served as far as it was built, with the errors shown.
fn first_build(session: &mut Session, live: &RwLock<Live>, level: Level) -> anyhow::Result<()> {
    let outcome = session.rebuild(None)?;
    let mut live = live.write().unwrap_or_else(PoisonError::into_inner);
    match outcome {
        Outcome::Built { warnings, .. } => {
            crate::term::report(&warnings, level);
        }
        Outcome::Failed(diags) => {
            diag::print(&diags);
            eprintln!("the site has errors; serving what could be built and waiting for a fix");
            live.errors = Some(Arc::new(
                diags
                    .iter()
                    .filter(|d| d.is_error())
                    .map(DiagView::from)
                    .collect(),
            ));
        }
    }
    live.output = session.output();
    live.base_path = session
        .config()
        .map(Config::base_path)
        .unwrap_or_else(|| "/".into());
    Ok(())
}

/// What the rebuild thread shares with the HTTP side, and how much it prints.
struct Shared<'a> {
    live: &'a RwLock<Live>,
    events: &'a broadcast::Sender<Message>,
    level: Level,
}

fn rebuild_loop(
    root: &Path,
    mut session: Session,
    mut watcher: watch::Watcher,
    rx: &mpsc::Receiver<watch::Batch>,
    shared: &Shared,
) {
    let Shared {
        live,
        events,
        level,
    } = *shared;
    let mut last_warnings: Vec<Diagnostic> = Vec::new();
    while let Some(change) = watch::next_change(root, rx, SETTLE) {
        if change.rescan || change.theme {
            // content/ or themes/ may be a new folder (renamed back, checked
            // out again, created): watch what is there now.
            watcher.rewatch(root);
        }
        let start = Instant::now();
        let outcome = rebuild_guarded(&mut session, &change);
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        let mut state = live.write().unwrap_or_else(PoisonError::into_inner);
        match outcome {
            Outcome::Built {
                changed,
                rendered,
                warnings,
            } => {
                let had_errors = state.errors.take().is_some();
                state.output = session.output();
                state.base_path = session
                    .config()
                    .map(Config::base_path)
                    .unwrap_or_else(|| "/".into());
                state.version += 1;
                // The same warnings on every rebuild would bury what changed.
                if warnings != last_warnings {
                    crate::term::report(&warnings, level);
                    last_warnings = warnings;
                }
                if level > Level::Quiet {
                    println!(
                        "rebuilt in {ms:.0} ms: {}, {}",
                        plural(changed.len(), "file changed", "files changed"),
                        plural(rendered, "page rendered", "pages rendered")
                    );
                }
                if level == Level::Verbose {
                    for file in &changed {
                        println!("  {}", url_of(&state.base_path, file));
                    }
                }
                if had_errors {
                    let _ = events.send(Message::Ok);
                }
                if !changed.is_empty() {
                    let _ = events.send(reload_message(&state.base_path, &changed, state.version));
                }
            }
            Outcome::Failed(diags) => {
                diag::print(&diags);
                eprintln!("rebuild failed in {ms:.0} ms; still serving the last good site");
                let views: Vec<DiagView> = diags
                    .iter()
                    .filter(|d| d.is_error())
                    .map(DiagView::from)
                    .collect();
                state.errors = Some(Arc::new(views.clone()));
                let _ = events.send(Message::Error { diagnostics: views });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reload_message_splits_pages_and_stylesheets() {
        let changed = vec![
            "index.html".to_string(),
            "skills/go/index.html".into(),
            "style.css".into(),
            "404.html".into(),
        ];
        assert_eq!(
            reload_message("/kb/", &changed, 7),
            Message::Reload {
                version: 7,
                paths: vec![
                    "/kb/".into(),
                    "/kb/skills/go/".into(),
                    "/kb/404.html".into()
                ],
                css: vec!["/kb/style.css".into()],
            }
        );
    }
}
