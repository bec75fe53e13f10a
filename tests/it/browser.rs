//! Headless Chromium for tests that need a real browser (live reload,
//! search). Tests skip when Chromium is absent and `CI` is unset; under CI
//! a missing Chromium is a failure.
#![allow(dead_code)]

use std::path::PathBuf;

use headless_chrome::{Browser, LaunchOptions};

/// Chromium's path: `$CHROMIUM_PATH` or `/usr/bin/chromium`.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Starts headless Chromium, or returns `None` (with a note) when it is not
/// installed and the tests do not run under CI.
pub fn launch() -> Option<Browser> {
    let path = chromium_path();
    if !path.exists() {
        if std::env::var_os("CI").is_some() {
            panic!(
                "Chromium is required under CI but {} does not exist (apt-get install chromium)",
                path.display()
            );
        }
        eprintln!(
            "note: skipping a browser test: no Chromium at {}",
            path.display()
        );
        return None;
    }
    let args = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .headless(true)
        .sandbox(false)
        .idle_browser_timeout(std::time::Duration::from_secs(120))
        .args(args.iter().map(std::ffi::OsStr::new).collect())
        .build()
        .expect("Chromium launch options");
    Some(Browser::new(options).expect("start Chromium"))
}
