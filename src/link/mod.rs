//! Link: tagged documents → the [`Site`]: every document's URL, title and
//! body HTML, the tag index with one canonical name per slug, links between
//! documents resolved, backlinks and related documents.
//!
//! One file per concern, in the order [`link`] runs them:
//! - `site`: what linking returns: the site, its documents and tags;
//! - `paths`: where each document is published, and the path arithmetic
//!   of links;
//! - `terms`: the tag index, canonical names, titles from tags, roll-ups;
//! - `resolve`: the URL map that links and wikilinks resolve against, with
//!   [`wikilink`] naming documents and tags by title and name;
//! - `body`: each document's HTML, with its links resolved;
//! - `qualify`: what lists add to titles two documents share;
//! - `related`: for each document, those sharing the most tags;
//! - `peers`: for each company and role, the most similar other one;
//! - `pipeline`: your applications, by status, and their deadlines;
//! - `standing`: you against the postings, with a profile in the config;
//! - `memo`: what a preview remembers between builds ([`LinkMemo`]);
//! - `assemble`: [`link`] itself, running the steps through the memo.

mod assemble;
mod body;
mod ids;
mod memo;
mod paths;
mod peers;
pub mod pipeline;
mod qualify;
mod related;
mod resolve;
mod site;
pub mod standing;
mod terms;
pub mod wikilink;

pub use assemble::link;
pub use body::{Body, truncate_words};
pub use memo::LinkMemo;
pub use paths::RESERVED;
pub(crate) use paths::{dir_of, has_scheme, join_rel, percent_decode};
pub use pipeline::{Pipeline, pipeline};
pub use qualify::is_analysis;
pub use related::RELATED;
pub use site::{Doc, DocId, OwnPages, ROLLUP_TOP, Rollup, Site, Term, TermId, newest_first};
pub use standing::{Match, Standing, standing};
pub use terms::readable_name;
