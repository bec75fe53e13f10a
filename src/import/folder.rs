//! The folder postings are imported into: which file holds which posting,
//! and for each posting of a new import whether to write its document,
//! leave it, or tell the user.
//!
//! A hidden manifest in the folder (`.dossier-import.json`; hidden files
//! are not documents) lists every file an import wrote, the posting it
//! holds (source, id, URL) and a hash of the bytes written. A posting seen
//! again goes to the same file. That file is rewritten only when its bytes
//! still hash as written (nobody edited it) and the source changed;
//! an edited or deleted file is left as it is unless `--force`. Without
//! the manifest, a file that already holds the posting (its front matter's
//! `source_id` or `url`) is kept when its bytes are what the import would
//! write, and otherwise counts as edited.
//!
//! A new posting gets the file name of its company and title, or, when a
//! document with that URL exists (another posting's, or the user's own),
//! the next of [`document::alternative_names`]. Nothing in the folder is
//! ever overwritten but a file the manifest says the import wrote.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use super::document;
use super::posting::{Posting, id_key, url_key};
use crate::diag::Diagnostic;
use crate::progress::Progress;
use crate::write::file_hash;

/// The manifest's file name.
pub const MANIFEST: &str = ".dossier-import.json";

const NOTE: &str = "Written by `dossier import`: the file of each imported posting and a hash of \
                    what was written, so that importing again leaves the files you edited alone.";

/// What the manifest holds.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
struct Manifest {
    note: String,
    /// File name → what it holds.
    files: BTreeMap<String, Entry>,
}

/// One imported file.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
struct Entry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    /// Hash of the bytes written ([`file_hash`]).
    hash: String,
}

/// What became of one posting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new file was written.
    New,
    /// Its file was rewritten with what the source says now.
    Updated,
    /// Its file already holds what the source says.
    Unchanged,
    /// Its file was changed since it was imported, and is left as it is.
    Edited,
    /// Its file was deleted since it was imported, and is not written again.
    Deleted,
    /// Another posting of this import went to the same file.
    Duplicate,
}

impl Outcome {
    /// `new`, `updated`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::New => "new",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::Edited => "edited",
            Outcome::Deleted => "deleted",
            Outcome::Duplicate => "duplicate",
        }
    }
}

/// Where a posting went.
#[derive(Clone, Debug)]
pub struct Placed {
    pub outcome: Outcome,
    /// The file, as messages name it (`content/postings/a.md`).
    pub shown: String,
}

/// The import folder, as an import sees and changes it.
pub struct Folder {
    dir: PathBuf,
    shown: String,
    old: Manifest,
    /// The manifest's bytes when the import started.
    old_bytes: Option<Vec<u8>>,
    files: BTreeMap<String, Entry>,
    by_id: HashMap<String, String>,
    by_url: HashMap<String, String>,
    /// URL slug → file, of every document in the folder.
    on_disk: HashMap<String, String>,
    /// URL slugs given to postings (recorded, or placed by this import).
    taken: HashSet<String>,
    /// Files placed by this import.
    placed: HashSet<String>,
    /// Files to write when the import finishes.
    pending: Vec<Pending>,
}

/// A file to write: a new one (never over an existing file), or a
/// replacement of one the import wrote before.
struct Pending {
    path: PathBuf,
    text: String,
    new: bool,
}

impl Pending {
    fn write(&self) -> anyhow::Result<()> {
        if !self.new {
            return replace(&self.path, &self.text);
        }
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&self.path)
            .with_context(|| format!("cannot create {}", self.path.display()))?;
        f.write_all(self.text.as_bytes())
            .with_context(|| format!("cannot write {}", self.path.display()))
    }
}

impl Folder {
    /// Reads the folder's documents and manifest. An unreadable manifest
    /// is a warning: the import then goes on as if there were none.
    pub fn open(dir: &Path, shown: &str) -> anyhow::Result<(Folder, Vec<Diagnostic>)> {
        let mut diags = Vec::new();
        let manifest_path = dir.join(MANIFEST);
        let old_bytes = match fs::read(&manifest_path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read {}", manifest_path.display()));
            }
        };
        let old = match &old_bytes {
            Some(bytes) => serde_json::from_slice(bytes).unwrap_or_else(|e| {
                diags.push(
                    Diagnostic::warning(format!("{shown}/{MANIFEST}"), format!("cannot be read: {e}"))
                        .with_help("it is written again; files it listed that differ from the import are left as they are"),
                );
                Manifest::default()
            }),
            None => Manifest::default(),
        };
        let mut on_disk = HashMap::new();
        match fs::read_dir(dir) {
            Ok(entries) => {
                for entry in entries {
                    let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if crate::load::is_ignored_name(&name) || crate::load::doc_kind(&name).is_none()
                    {
                        continue;
                    }
                    on_disk.insert(slug_of(&name), name);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
        }
        let mut folder = Folder {
            dir: dir.to_path_buf(),
            shown: shown.to_string(),
            files: old.files.clone(),
            old,
            old_bytes,
            by_id: HashMap::new(),
            by_url: HashMap::new(),
            on_disk,
            taken: HashSet::new(),
            placed: HashSet::new(),
            pending: Vec::new(),
        };
        for (file, entry) in folder.old.files.clone() {
            folder.remember(&file, &entry);
        }
        Ok((folder, diags))
    }

    fn remember(&mut self, file: &str, entry: &Entry) {
        if let Some(id) = &entry.id {
            let key = format!("{}\u{1f}{id}", entry.source.as_deref().unwrap_or_default());
            self.by_id.insert(key, file.to_string());
        }
        if let Some(url) = entry.url.as_deref().and_then(url_key) {
            self.by_url.insert(url, file.to_string());
        }
        self.taken.insert(slug_of(file));
    }

    /// Decides what to do with a posting whose document is `text`; the
    /// files are written by [`Folder::finish`].
    pub fn place(&mut self, posting: &Posting, text: &str, force: bool) -> anyhow::Result<Placed> {
        let recorded = id_key(posting)
            .and_then(|k| self.by_id.get(&k))
            .or_else(|| {
                posting
                    .url
                    .as_deref()
                    .and_then(url_key)
                    .and_then(|k| self.by_url.get(&k))
            })
            .cloned();
        let outcome = match recorded {
            Some(file) if self.placed.contains(&file) => {
                return Ok(self.placed_at(&file, Outcome::Duplicate));
            }
            Some(file) => {
                let recorded = self.files.get(&file).map(|e| e.hash.clone());
                let outcome = self.place_existing(&file, posting, text, force, recorded)?;
                return Ok(self.placed_at(&file, outcome));
            }
            None => self.place_new(posting, text, force)?,
        };
        Ok(outcome)
    }

    fn placed_at(&mut self, file: &str, outcome: Outcome) -> Placed {
        self.placed.insert(file.to_string());
        Placed {
            outcome,
            shown: format!("{}/{file}", self.shown),
        }
    }

    /// A posting whose file an earlier import wrote: `recorded` is the
    /// hash of what it wrote, `None` when the manifest no longer says
    /// (the file was found by its front matter). A file that differs from
    /// what was written was changed by the user, and so is one that
    /// differs from what nobody recorded.
    fn place_existing(
        &mut self,
        file: &str,
        posting: &Posting,
        text: &str,
        force: bool,
        recorded: Option<String>,
    ) -> anyhow::Result<Outcome> {
        let path = self.dir.join(file);
        let outcome = match read_if_exists(&path)? {
            Some(current) if current == text.as_bytes() => Outcome::Unchanged,
            Some(current) if force || recorded == Some(file_hash(&current)) => {
                self.write(path, text, false);
                Outcome::Updated
            }
            Some(_) => return Ok(Outcome::Edited),
            None if force => {
                self.write(path, text, true);
                Outcome::New
            }
            None => return Ok(Outcome::Deleted),
        };
        self.record(file, posting, text);
        Ok(outcome)
    }

    /// A posting no earlier import recorded.
    fn place_new(&mut self, posting: &Posting, text: &str, force: bool) -> anyhow::Result<Placed> {
        let base = document::base_name(posting);
        let names =
            std::iter::once(base.clone()).chain(document::alternative_names(posting, &base));
        for name in names {
            let file = format!("{name}.md");
            let slug = slug_of(&file);
            if self.taken.contains(&slug) {
                continue;
            }
            match self.on_disk.get(&slug).cloned() {
                None => {
                    self.write(self.dir.join(&file), text, true);
                    self.record(&file, posting, text);
                    return Ok(self.placed_at(&file, Outcome::New));
                }
                Some(existing) if existing == file && holds(&self.dir.join(&file), posting) => {
                    let outcome = self.place_existing(&file, posting, text, force, None)?;
                    return Ok(self.placed_at(&file, outcome));
                }
                Some(_) => {}
            }
        }
        anyhow::bail!(
            "no free file name for {} in {}",
            posting.origin.describe(),
            self.shown
        )
    }

    fn record(&mut self, file: &str, posting: &Posting, text: &str) {
        let entry = Entry {
            source: posting.source.clone(),
            id: posting.source_id.clone(),
            url: posting.url.clone(),
            hash: file_hash(text.as_bytes()),
        };
        self.remember(file, &entry);
        self.on_disk.insert(slug_of(file), file.to_string());
        self.files.insert(file.to_string(), entry);
    }

    fn write(&mut self, path: PathBuf, text: &str, new: bool) {
        self.pending.push(Pending {
            path,
            text: text.to_string(),
            new,
        });
    }

    /// Writes the files placed, telling `progress` of each, then the
    /// manifest when it changed.
    pub fn finish(self, progress: &dyn Progress) -> anyhow::Result<()> {
        if !self.pending.is_empty() {
            fs::create_dir_all(&self.dir)
                .with_context(|| format!("cannot create {}", self.dir.display()))?;
        }
        progress.total(self.pending.len());
        for pending in &self.pending {
            pending.write()?;
            progress.done(1);
        }
        let manifest = Manifest {
            note: NOTE.to_string(),
            files: self.files,
        };
        if manifest.files.is_empty() && self.old_bytes.is_none() {
            return Ok(());
        }
        let mut bytes = serde_json::to_vec_pretty(&manifest)?;
        bytes.push(b'\n');
        if self.old_bytes.as_deref() == Some(bytes.as_slice()) {
            return Ok(());
        }
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create {}", self.dir.display()))?;
        replace(&self.dir.join(MANIFEST), std::str::from_utf8(&bytes)?)
    }
}

/// The URL slug of a file name: what makes two names one page.
fn slug_of(file: &str) -> String {
    crate::url::doc_path(file, None)
        .trim_end_matches('/')
        .to_string()
}

fn read_if_exists(path: &Path) -> anyhow::Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Replaces a file atomically: write beside it (hidden), then rename.
fn replace(path: &Path, text: &str) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.import.tmp"));
    fs::write(&temp, text).with_context(|| format!("cannot write {}", temp.display()))?;
    fs::rename(&temp, path).with_context(|| format!("cannot replace {}", path.display()))
}

/// `true` when the document at `path` holds `posting`: its front matter's
/// `source_id` (and `source`) or `url` are the posting's.
fn holds(path: &Path, posting: &Posting) -> bool {
    let Ok(text) = fs::read_to_string(path) else {
        return false;
    };
    let Ok((Some(yaml), _, _)) = crate::parse::front_matter::split_front_matter(&text) else {
        return false;
    };
    let Ok(meta) = crate::parse::front_matter::parse_meta(yaml) else {
        return false;
    };
    let extra = |key: &str| {
        meta.extra
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let same_id = posting.source_id.is_some()
        && extra("source_id") == posting.source_id
        && extra("source") == posting.source;
    let same_url = posting.url.as_deref().and_then(url_key).is_some()
        && extra("url").as_deref().and_then(url_key) == posting.url.as_deref().and_then(url_key);
    same_id || same_url
}

#[cfg(test)]
mod tests;
