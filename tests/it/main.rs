//! Integration tests: one binary, one module per feature. They run the real
//! `dossier` binary on fixture sites copied into temporary folders.

mod browser;
mod build;
mod catalogue;
mod check;
mod cli;
mod docs;
mod errors;
mod faults;
mod feeds;
mod fields;
mod import;
mod init;
mod modules;
mod output;
mod overlay;
mod paths;
mod properties;
mod search;
mod serve;
mod serve_terminal;
mod small_screens;
mod support;
mod tags;
mod themes;
mod wikilinks;
