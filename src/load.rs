//! Load: walk `content/`, skip what is not a document, read the rest.
//!
//! Returns [`SourceFile`]s (documents, with their bytes) and [`Asset`]s
//! (other files, copied to the output as they are), both sorted by path.
//! Only this module, `config` and `theme` read the disk.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;

/// The two document shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// `.md` / `.markdown`, with optional YAML front matter.
    Markdown,
    /// `.txt`: paragraphs, `Label:` headings, never HTML.
    Text,
}

/// One document as read from disk.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to `content/`, `/`-separated: `jobs/tiktok-backend.txt`.
    pub rel: String,
    pub kind: DocKind,
    pub bytes: Vec<u8>,
}

/// A file under `content/` that is not a document (an image, a PDF): copied
/// to the output at the same path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asset {
    /// Path relative to `content/`, `/`-separated.
    pub rel: String,
    /// Where to copy it from.
    pub path: PathBuf,
}

/// Everything found under `content/`.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// Documents that could not be read: path and why.
    pub failed: Vec<(String, Diagnostic)>,
    pub assets: Vec<Asset>,
    /// Problems of the walk itself (unreadable folders, symlink loops).
    pub diagnostics: Vec<Diagnostic>,
}

/// What changed files mean for the documents: re-read files, or a new walk
/// when a folder changed.
#[derive(Debug)]
pub enum Refresh {
    /// Only these files changed.
    Files {
        /// Documents read again.
        read: Vec<SourceFile>,
        /// Documents that could not be read.
        failed: Vec<(String, Diagnostic)>,
        /// Assets that exist now.
        assets: Vec<Asset>,
        /// Paths (relative to `content/`) that no longer exist: files, or
        /// folders whose whole contents are gone.
        removed: Vec<String>,
    },
    /// A folder appeared or changed: walk everything again.
    Rescan,
}

/// Re-reads the changed paths under `root/content` (others are ignored).
pub fn refresh(root: &Path, changed: &[PathBuf]) -> Refresh {
    let content = root.join(CONTENT_DIR);
    let (mut read, mut failed, mut assets, mut removed) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for path in changed {
        let Ok(rel) = path.strip_prefix(&content) else {
            continue;
        };
        if rel.as_os_str().is_empty() {
            return Refresh::Rescan;
        }
        if is_ignored(rel) {
            continue;
        }
        let Some(rel_str) = rel_string(rel) else {
            return Refresh::Rescan;
        };
        match std::fs::metadata(path) {
            Err(_) => removed.push(rel_str),
            Ok(meta) if meta.is_dir() => return Refresh::Rescan,
            Ok(meta) => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if !meta.is_file() {
                    failed.push((rel_str.clone(), irregular(&rel_str, &meta)));
                    continue;
                }
                match doc_kind(&name) {
                    Some(kind) => match read_doc(rel_str.clone(), kind, path) {
                        Ok(Some(file)) => read.push(file),
                        // Deleted since the event: gone, not broken.
                        Ok(None) => removed.push(rel_str),
                        Err(d) => failed.push((rel_str, d)),
                    },
                    None => assets.push(Asset {
                        rel: rel_str,
                        path: path.clone(),
                    }),
                }
            }
        }
    }
    Refresh::Files {
        read,
        failed,
        assets,
        removed,
    }
}

/// Documents larger than this many megabytes (10^6 bytes) are refused:
/// they are not notes (the largest analyses seen are a few hundred
/// kilobytes), and one would slow every build and the browser that opens
/// its page. A large file with another extension is copied as an asset.
pub const MAX_DOC_MB: u64 = 16;

/// [`MAX_DOC_MB`] in bytes.
pub const MAX_DOC_BYTES: u64 = MAX_DOC_MB * 1_000_000;

/// The shape of a document by its file name, or `None` for other files.
pub fn doc_kind(name: &str) -> Option<DocKind> {
    let ext = name.rsplit_once('.')?.1;
    if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") {
        Some(DocKind::Markdown)
    } else if ext.eq_ignore_ascii_case("txt") {
        Some(DocKind::Text)
    } else {
        None
    }
}

/// `true` for a file or folder name that is never content: hidden files and
/// editor leftovers (Emacs `.#x` and `#x#`, backups `x~`, Vim `.swp` and its
/// `4913` probe file).
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || [".swp", ".swo", ".swx", ".tmp", ".crdownload"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// `true` when a path relative to `content/` is not content: an ignored
/// name anywhere, or any folder whose name starts with `_`.
pub fn is_ignored(rel: &Path) -> bool {
    let mut parts = rel.components().peekable();
    while let Some(part) = parts.next() {
        let name = part.as_os_str().to_string_lossy();
        let is_dir = parts.peek().is_some();
        if is_ignored_name(&name) || (is_dir && name.starts_with('_')) {
            return true;
        }
    }
    false
}

/// What to do about a root without `content/`: put documents there, or,
/// in a folder that is no knowledge base at all, make one.
fn no_content_help(root: &Path) -> String {
    if root.join(crate::config::CONFIG_FILE).exists() {
        return format!("put your documents in {CONTENT_DIR}/ beside dossier.yaml");
    }
    let here = root == Path::new(".") || std::env::current_dir().is_ok_and(|d| d == root);
    let (init, place) = if here {
        ("dossier init".to_string(), "here")
    } else {
        (format!("dossier init {}", root.display()), "there")
    };
    format!("run `{init}` to start a knowledge base {place}, or pass --root to the folder of one")
}

/// Walks `root/content` and reads every document in it.
///
/// Problems with single files (unreadable, not UTF-8 names, a symlink loop)
/// are diagnostics; the walk goes on and reports them all.
pub fn discover(root: &Path) -> Loaded {
    let content = root.join(CONTENT_DIR);
    let mut loaded = Loaded::default();
    if !content.is_dir() {
        loaded.diagnostics.push(
            Diagnostic::error(CONTENT_DIR, "there is no content/ folder here")
                .with_help(no_content_help(root)),
        );
        return loaded;
    }
    let mut docs: Vec<(String, DocKind, PathBuf)> = Vec::new();
    let walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored_entry(e));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                if !vanished(&err) {
                    loaded.diagnostics.push(walk_diagnostic(root, &err));
                }
                continue;
            }
        };
        let file_type = entry.file_type();
        if file_type.is_dir() {
            continue;
        }
        if !file_type.is_file() {
            if let Ok(meta) = entry.metadata()
                && let Ok(rel) = entry.path().strip_prefix(&content)
            {
                let rel = rel_string(rel).unwrap_or_else(|| rel.to_string_lossy().into_owned());
                loaded.diagnostics.push(irregular(&rel, &meta));
            }
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(&content) else {
            continue;
        };
        let Some(rel_str) = rel_string(rel) else {
            loaded.diagnostics.push(
                Diagnostic::error(
                    display(root, entry.path()),
                    "the file name is not valid UTF-8",
                )
                .with_help("rename the file"),
            );
            continue;
        };
        let name = entry.file_name().to_string_lossy();
        match doc_kind(&name) {
            Some(kind) => docs.push((rel_str, kind, entry.path().to_path_buf())),
            None => loaded.assets.push(Asset {
                rel: rel_str,
                path: entry.path().to_path_buf(),
            }),
        }
    }
    let results: Vec<Result<Option<SourceFile>, (String, Diagnostic)>> = docs
        .into_par_iter()
        .map(|(rel, kind, path)| read_doc(rel.clone(), kind, &path).map_err(|d| (rel, d)))
        .collect();
    for result in results {
        match result {
            Ok(Some(file)) => loaded.files.push(file),
            // Deleted while the walk ran: the next event says so.
            Ok(None) => {}
            Err(failure) => loaded.failed.push(failure),
        }
    }
    loaded
}

/// `true` when a walk error only says that an entry was deleted after its
/// folder was listed (an editor's save, a `git checkout`): not a problem
/// to report. A dangling symbolic link still exists, so it is reported.
fn vanished(err: &walkdir::Error) -> bool {
    let not_found = err
        .io_error()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound);
    not_found
        && err
            .path()
            .is_some_and(|p| std::fs::symlink_metadata(p).is_err())
}

/// A named pipe, socket or device under `content/`: never read (reading a
/// pipe would wait forever), always reported.
fn irregular(rel: &str, meta: &std::fs::Metadata) -> Diagnostic {
    use std::os::unix::fs::FileTypeExt as _;
    let ft = meta.file_type();
    let what = if ft.is_fifo() {
        "a named pipe"
    } else if ft.is_socket() {
        "a socket"
    } else if ft.is_block_device() || ft.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    };
    Diagnostic::error(
        format!("{CONTENT_DIR}/{rel}"),
        format!("this is {what}, not a file dossier can read"),
    )
    .with_help("remove it, or move it out of content/")
}

fn is_ignored_entry(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    is_ignored_name(&name) || (entry.file_type().is_dir() && name.starts_with('_'))
}

/// Reads one document; `Ok(None)` when it no longer exists.
fn read_doc(rel: String, kind: DocKind, path: &Path) -> Result<Option<SourceFile>, Diagnostic> {
    use std::io::Read as _;
    let shown = format!("{CONTENT_DIR}/{rel}");
    let too_big = |len: u64| {
        Diagnostic::error(
            shown.clone(),
            format!(
                "the file is {:.1} MB; a document can be at most {MAX_DOC_MB} MB",
                len as f64 / 1e6,
            ),
        )
        .with_help("split it into smaller documents; to publish it as a download, give it another extension, such as .log")
    };
    let gone = |e: &std::io::Error| e.kind() == std::io::ErrorKind::NotFound;
    // Look before opening: opening a named pipe waits for a writer.
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if gone(&e) => return Ok(None),
        Err(e) => return Err(io_diagnostic(&shown, &e)),
    };
    if !meta.is_file() {
        return Err(irregular(&rel, &meta));
    }
    if meta.len() > MAX_DOC_BYTES {
        return Err(too_big(meta.len()));
    }
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if gone(&e) => return Ok(None),
        Err(e) => return Err(io_diagnostic(&shown, &e)),
    };
    // The size is checked again while reading: the file may grow.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_DOC_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_diagnostic(&shown, &e))?;
    if bytes.len() as u64 > MAX_DOC_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(Some(SourceFile { rel, kind, bytes }))
}

fn io_diagnostic(shown: &str, err: &std::io::Error) -> Diagnostic {
    let help = match err.kind() {
        std::io::ErrorKind::PermissionDenied => {
            "give yourself read permission (chmod u+r), or move it out of content/"
        }
        _ => "check that the file can be read, or move it out of content/",
    };
    Diagnostic::error(shown, format!("cannot read the file: {err}")).with_help(help)
}

fn walk_diagnostic(root: &Path, err: &walkdir::Error) -> Diagnostic {
    let shown = err
        .path()
        .map(|p| display(root, p))
        .unwrap_or_else(|| CONTENT_DIR.to_string());
    if let Some(path) = err.path()
        && let Ok(target) = std::fs::read_link(path)
        && err
            .io_error()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
    {
        return Diagnostic::error(
            shown,
            format!(
                "the symbolic link points to {}, which does not exist",
                target.display()
            ),
        )
        .with_help("remove the link, or make it point to an existing file");
    }
    // ELOOP: a link that leads back to itself, found by the system.
    if err.io_error().and_then(std::io::Error::raw_os_error) == Some(40) {
        return Diagnostic::error(shown, "symbolic link loop: the link leads back to itself")
            .with_help("remove the link, or point it at a file");
    }
    if let Some(ancestor) = err.loop_ancestor() {
        return Diagnostic::error(
            shown,
            format!(
                "symbolic link loop: it points back to {}",
                display(root, ancestor)
            ),
        )
        .with_help("remove the link, or point it somewhere outside its own folder");
    }
    let message = match err.io_error() {
        Some(io) => format!("cannot read: {io}"),
        None => err.to_string(),
    };
    Diagnostic::error(shown, message)
        .with_help("give yourself read permission (chmod u+rx), or move it out of content/")
}

/// A path shown relative to the root, `/`-separated.
pub fn display(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel_string(rel).unwrap_or_else(|| rel.to_string_lossy().into_owned())
}

fn rel_string(rel: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    parts.map(|p| p.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_extension() {
        for (name, want) in [
            ("a.md", Some(DocKind::Markdown)),
            ("a.MD", Some(DocKind::Markdown)),
            ("a.markdown", Some(DocKind::Markdown)),
            ("a.txt", Some(DocKind::Text)),
            ("a.png", None),
            ("md", None),
        ] {
            assert_eq!(doc_kind(name), want, "name: {name:?}");
        }
    }

    #[test]
    fn editor_leftovers_and_underscore_folders_are_ignored() {
        for (path, want) in [
            ("jobs/a.md", false),
            ("jobs/.a.md", true),
            ("jobs/.#a.md", true),
            ("jobs/#a.md#", true),
            ("jobs/a.md~", true),
            ("jobs/.a.md.swp", true),
            ("jobs/4913", true),
            ("_drafts/a.md", true),
            ("jobs/_old/a.md", true),
            ("jobs/_a.md", false),
            (".git/config", true),
        ] {
            assert_eq!(is_ignored(Path::new(path)), want, "path: {path:?}");
        }
    }
}
