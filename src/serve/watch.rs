//! Watch: file-system events → debounced batches → a [`ChangeSet`] saying
//! what a rebuild must look at. `classify` is pure and shares the ignore
//! rule with `load`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use crate::config::{CONFIG_FILE, CONTENT_DIR, THEMES_DIR};
use crate::load::is_ignored;

/// What a batch of changed paths means for the site.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// Changed paths under `content/` that are not ignored.
    pub content: BTreeSet<PathBuf>,
    /// Something under `themes/` changed.
    pub theme: bool,
    /// `dossier.yaml` changed.
    pub config: bool,
    /// The watcher lost events: look at everything again.
    pub rescan: bool,
}

impl ChangeSet {
    /// `true` when nothing in the batch matters to the site.
    pub fn is_empty(&self) -> bool {
        self.content.is_empty() && !self.theme && !self.config && !self.rescan
    }

    /// Adds another batch to this one.
    pub fn merge(&mut self, other: ChangeSet) {
        self.content.extend(other.content);
        self.theme |= other.theme;
        self.config |= other.config;
        self.rescan |= other.rescan;
    }
}

/// Sorts changed paths into content, theme and config changes; editor
/// leftovers, hidden files and everything else are dropped.
pub fn classify(root: &Path, paths: &[PathBuf]) -> ChangeSet {
    let mut set = ChangeSet::default();
    for path in paths {
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        if rel == Path::new(CONFIG_FILE) {
            set.config = true;
        } else if let Ok(inner) = rel.strip_prefix(CONTENT_DIR) {
            if inner.as_os_str().is_empty() {
                set.rescan = true;
            } else if !is_ignored(inner) {
                set.content.insert(path.clone());
            }
        } else if let Ok(inner) = rel.strip_prefix(THEMES_DIR)
            && (inner.as_os_str().is_empty() || !is_ignored(inner))
        {
            set.theme = true;
        }
    }
    set
}

/// The running watcher; dropping it stops watching.
pub struct Watcher {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
}

/// One batch from the watcher: changed paths, or a request to rescan.
#[derive(Debug)]
pub enum Batch {
    Paths(Vec<PathBuf>),
    Rescan,
}

/// How long the file system must be quiet before a batch is taken.
pub const DEBOUNCE: Duration = Duration::from_millis(10);

/// Watches `root` (its config file), `content/` and `themes/`, sending
/// debounced batches to `tx`.
pub fn watch(root: &Path, tx: Sender<Batch>) -> anyhow::Result<Watcher> {
    let mut debouncer = new_debouncer(
        DEBOUNCE,
        Some(Duration::from_millis(2)),
        move |result: DebounceEventResult| {
            let batch = match result {
                Ok(events) => {
                    if events.iter().any(|e| e.need_rescan()) {
                        Batch::Rescan
                    } else {
                        // Reading a file is not changing it: the rebuild itself reads every changed file.
                        let paths: Vec<PathBuf> = events
                            .into_iter()
                            .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                            .flat_map(|e| e.event.paths)
                            .collect();
                        if paths.is_empty() {
                            return;
                        }
                        Batch::Paths(paths)
                    }
                }
                Err(_) => Batch::Rescan,
            };
            let _ = tx.send(batch);
        },
    )
    .context("cannot start watching files")?;
    debouncer
        .watch(root, RecursiveMode::NonRecursive)
        .with_context(|| format!("cannot watch {}", root.display()))?;
    for dir in [CONTENT_DIR, THEMES_DIR] {
        let path = root.join(dir);
        if path.is_dir() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .with_context(|| format!("cannot watch {}", path.display()))?;
        }
    }
    Ok(Watcher { debouncer })
}

impl Watcher {
    /// Watches `content/` and `themes/` as they are now: a folder created,
    /// or renamed away and back, after the watcher started. A folder that
    /// cannot be watched now is tried again at the next change.
    pub fn rewatch(&mut self, root: &Path) {
        for dir in [CONTENT_DIR, THEMES_DIR] {
            let path = root.join(dir);
            // Watching a watched folder again only adds what is new.
            if path.is_dir() {
                let _ = self.debouncer.watch(&path, RecursiveMode::Recursive);
            }
        }
    }
}

/// Waits for the next change, then keeps collecting until the file system
/// has been quiet for `settle`, so that a storm (a `git checkout` of a
/// thousand files) becomes one change set. `None` when the watcher is gone.
pub fn next_change(root: &Path, rx: &Receiver<Batch>, settle: Duration) -> Option<ChangeSet> {
    loop {
        let mut set = batch_changes(root, rx.recv().ok()?);
        if set.is_empty() {
            continue;
        }
        let mut deadline = Instant::now() + settle;
        loop {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(batch) => {
                    set.merge(batch_changes(root, batch));
                    deadline = Instant::now() + settle;
                }
                Err(RecvTimeoutError::Timeout) => return Some(set),
                Err(RecvTimeoutError::Disconnected) => return Some(set),
            }
        }
    }
}

fn batch_changes(root: &Path, batch: Batch) -> ChangeSet {
    match batch {
        Batch::Paths(paths) => classify(root, &paths),
        Batch::Rescan => ChangeSet {
            rescan: true,
            ..ChangeSet::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_sorts_paths_by_what_they_change() {
        let root = Path::new("/kb");
        let p = |s: &str| PathBuf::from(s);
        for (paths, want) in [
            (
                vec![p("/kb/content/a.md")],
                ChangeSet {
                    content: [p("/kb/content/a.md")].into(),
                    ..Default::default()
                },
            ),
            (
                vec![
                    p("/kb/content/.a.md.swp"),
                    p("/kb/content/a.md~"),
                    p("/kb/content/4913"),
                ],
                ChangeSet::default(),
            ),
            (vec![p("/kb/content/_drafts/a.md")], ChangeSet::default()),
            (
                vec![p("/kb/themes/default/static/style.css")],
                ChangeSet {
                    theme: true,
                    ..Default::default()
                },
            ),
            (
                vec![p("/kb/themes/default/templates/.x.swp")],
                ChangeSet::default(),
            ),
            (
                vec![p("/kb/dossier.yaml")],
                ChangeSet {
                    config: true,
                    ..Default::default()
                },
            ),
            (
                vec![
                    p("/kb/public/index.html"),
                    p("/kb/notes.txt"),
                    p("/elsewhere/x.md"),
                ],
                ChangeSet::default(),
            ),
            (
                vec![p("/kb/content")],
                ChangeSet {
                    rescan: true,
                    ..Default::default()
                },
            ),
            (
                vec![p("/kb/content/a.md"), p("/kb/content/a.md")],
                ChangeSet {
                    content: [p("/kb/content/a.md")].into(),
                    ..Default::default()
                },
            ),
        ] {
            assert_eq!(classify(root, &paths), want, "paths: {paths:?}");
        }
    }

    #[test]
    fn batches_waiting_together_become_one_change_set() {
        let (tx, rx) = std::sync::mpsc::channel();
        for i in 0..1000 {
            tx.send(Batch::Paths(vec![PathBuf::from(format!(
                "/kb/content/{i}.md"
            ))]))
            .unwrap();
        }
        tx.send(Batch::Paths(vec![PathBuf::from("/kb/dossier.yaml")]))
            .unwrap();
        drop(tx);
        let set = next_change(Path::new("/kb"), &rx, Duration::from_secs(60)).unwrap();
        assert_eq!(set.content.len(), 1000);
        assert!(set.config);
        assert_eq!(
            next_change(Path::new("/kb"), &rx, Duration::from_secs(60)),
            None
        );
    }
}
