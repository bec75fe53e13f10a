//! dossier: a folder of career-research documents becomes a tagged, linked
//! static site.

pub mod config;
pub mod diag;
pub mod tag;
