//! Tagging: parsed documents in, documents with company, role, skill and
//! free tags out, each tag with the evidence for it.

pub mod extract;
pub mod vocab;
