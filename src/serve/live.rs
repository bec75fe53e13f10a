//! What the HTTP side serves and tells open pages: the output files, the
//! errors of the last rebuild, and the events sent over the live stream.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::diag::{self, Diagnostic};

/// One file of the served site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Served {
    /// Rendered in memory, kept gzip-compressed ([`crate::gzip`]).
    Gzip(Arc<Vec<u8>>),
    /// A content asset, read from disk when asked for.
    File(PathBuf),
    /// Made when first asked for (the search index: every edit changes it,
    /// few edits are followed by a search).
    Deferred(Arc<Deferred>),
}

/// An output made on first request, then kept gzip-compressed.
pub struct Deferred {
    /// The hash of its inputs (see [`crate::render::Page::key`]).
    pub key: crate::hash::Key,
    bytes: std::sync::OnceLock<Arc<Vec<u8>>>,
    make: Box<dyn Fn() -> Vec<u8> + Send + Sync>,
}

impl Deferred {
    /// An output with this key, made by `make` when first asked for.
    pub fn new(
        key: crate::hash::Key,
        make: impl Fn() -> Vec<u8> + Send + Sync + 'static,
    ) -> Deferred {
        Deferred {
            key,
            bytes: std::sync::OnceLock::new(),
            make: Box::new(make),
        }
    }

    /// Its bytes, gzip-compressed, made now if not made yet.
    pub fn gzip(&self) -> Arc<Vec<u8>> {
        self.bytes
            .get_or_init(|| Arc::new(crate::gzip::compress(&(self.make)())))
            .clone()
    }

    /// Its gzip-compressed bytes if they were made.
    pub fn made(&self) -> Option<Arc<Vec<u8>>> {
        self.bytes.get().cloned()
    }
}

impl PartialEq for Deferred {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Deferred {}

impl std::fmt::Debug for Deferred {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Deferred({:032x}, made: {})",
            self.key,
            self.bytes.get().is_some()
        )
    }
}

/// The whole served site: output file path → file. Each rebuild makes a
/// new one from the last (which open requests may still read), so the
/// paths are shared, not copied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<Arc<str>, Served>,
}

/// What the HTTP side sees: the last good output and the current errors.
#[derive(Clone, Debug, Default)]
pub struct Live {
    pub output: Arc<Output>,
    pub base_path: String,
    /// Errors of the last rebuild, shown as an overlay until fixed.
    pub errors: Option<Arc<Vec<DiagView>>>,
    pub version: u64,
}

impl Live {
    /// The message a newly opened page receives first.
    pub fn status(&self) -> Message {
        match &self.errors {
            Some(d) => Message::Error {
                diagnostics: d.as_ref().clone(),
            },
            None => Message::Ok,
        }
    }
}

/// A diagnostic as the browser overlay shows it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DiagView {
    pub severity: String,
    pub location: String,
    pub message: String,
    pub help: Option<String>,
}

impl From<&Diagnostic> for DiagView {
    fn from(d: &Diagnostic) -> Self {
        DiagView {
            severity: match d.severity {
                diag::Severity::Error => "error".into(),
                diag::Severity::Warning => "warning".into(),
            },
            location: d.location(),
            message: d.message.clone(),
            help: d.help.clone(),
        }
    }
}

/// An event sent to open pages.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Message {
    /// These URL paths changed (pages reload) or are stylesheets (swapped).
    Reload {
        version: u64,
        paths: Vec<String>,
        css: Vec<String>,
    },
    /// The last rebuild failed: show these.
    Error { diagnostics: Vec<DiagView> },
    /// No errors.
    Ok,
}
