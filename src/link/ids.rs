//! The ids linking hands out: indexes into the site's lists of documents
//! and tags, shared by the site's model and what is derived from it.

/// Index of a document in `Site::docs`.
pub type DocId = usize;

/// Index of a tag in `Site::terms`.
pub type TermId = usize;
