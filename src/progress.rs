//! Progress of a build, told to an observer: which stage runs, and how many
//! output files are written out of how many. The terminal shows it as a
//! progress bar (see `term`); everything else passes [`Silent`].
//!
//! Observing changes nothing in what is built.

/// A stage of the pipeline, in the order a build runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Walk `content/`, read, parse and tag documents.
    Read,
    /// URLs, the tag index, links between documents, backlinks.
    Link,
    /// Read the theme's templates and static files.
    Theme,
    /// Render every page (and, when writing, put it into the staging folder).
    Render,
    /// Copy non-document files of `content/`.
    Copy,
    /// Swap the new site in.
    Commit,
}

impl Stage {
    /// What the stage does, for the terminal: `reading and tagging documents`.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Read => "reading and tagging documents",
            Stage::Link => "linking",
            Stage::Theme => "loading the theme",
            Stage::Render => "rendering pages",
            Stage::Copy => "copying files",
            Stage::Commit => "swapping the new site in",
        }
    }
}

/// Told what a build is doing. Every method defaults to doing nothing.
pub trait Progress: Sync {
    /// `stage` starts (the previous one, if any, has ended).
    fn stage(&self, _stage: Stage) {}
    /// The current stage will produce `files` files.
    fn total(&self, _files: usize) {}
    /// `files` more files are done.
    fn done(&self, _files: usize) {}
}

/// An observer that ignores everything.
#[derive(Clone, Copy, Debug, Default)]
pub struct Silent;

impl Progress for Silent {}
