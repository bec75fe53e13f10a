//! Integration tests: one binary, one module per feature. They run the real
//! `dossier` binary on fixture sites copied into temporary folders.

mod browser;
mod build;
mod catalogue;
mod check;
mod cli;
mod compare;
mod docs;
mod errors;
mod faults;
mod feeds;
mod fields;
mod home;
mod import;
mod init;
mod lists;
mod modules;
mod output;
mod overlay;
mod paths;
mod pipeline;
mod profile;
mod properties;
mod search;
mod serve;
mod serve_terminal;
mod skills;
mod small_screens;
mod support;
mod tags;
mod text;
mod themes;
mod wikilinks;
