//! Render: the [`Site`](crate::link::Site) → pages. Builds the view structs
//! of every page and runs the theme's Tera templates, compiled once per
//! build.
//!
//! Pages are produced one at a time (in parallel) and handed to a sink, so a
//! build never holds the whole output in memory.
//!
//! - `views`: the view structs templates receive, the template API;
//! - `shared`: what every page lists, formatted once per build;
//! - `templates`: the theme's templates compiled, with the `site` variable;
//! - one file per kind of page: `home`, `document`, `term`, `list`,
//!   `search` (the page and its index), `profile` (where you stand, and
//!   each posting's match), `pipeline` (your applications), `compare` (side by side), `feeds`, `sitemap`;
//! - `page`: one output file; `memo`: what a preview keeps of each;
//! - `deps`: which pages show each document, so an edit makes only those;
//! - `lazy`: the outputs a preview makes when first asked for;
//! - `jobs`: every page of the site, made in parallel.

pub mod deps;
pub mod feeds;
pub mod search;
pub mod sitemap;
pub mod views;

mod compare;
mod document;
mod home;
mod jobs;
mod lazy;
mod list;
mod memo;
mod page;
mod pipeline;
mod profile;
mod shared;
mod templates;
mod term;

pub use home::{HOME_RECENT, HOME_TOP};
pub use jobs::{Job, jobs, output_count, render_all, render_job};
pub use lazy::LazyOutputs;
pub use memo::{Made, PageMemo};
pub use page::Page;
pub use profile::{LACKING_TOP, RANKED_TOP};
pub use shared::{Listed, Shared};
pub use templates::{Renderer, site_view};
pub use term::pager_window;
