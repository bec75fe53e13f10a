//! The shape of `src/`: no module imports one that imports it back, and no
//! source file grows past what one person reads in a sitting.
//!
//! The module graph comes from `tests/modgraph.py`, which resolves every
//! `crate::`/`super::`/`self::` path of the crate to the module it names
//! (inline test modules count as their file's module). It needs `python3`;
//! the test skips without it unless `CI` is set.

use std::path::Path;
use std::process::Command;

/// Source files may not be longer than this (vocabulary data is not Rust).
const MAX_LINES: usize = 750;

#[test]
fn no_import_cycle_among_modules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = Command::new("python3")
        .arg(root.join("tests/modgraph.py"))
        .arg(root.join("src"))
        .output();
    let out = match run {
        Ok(out) => out,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("note: skipping the module graph check: python3: {e}");
            return;
        }
        Err(e) => panic!("python3 is required under CI: {e}"),
    };
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "import cycles among src/ modules:\n{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains(" 0 cycles"), "{report}");
}

#[test]
fn no_source_file_is_too_long() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut long = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let lines = std::fs::read_to_string(entry.path())
                .unwrap()
                .lines()
                .count();
            if lines > MAX_LINES {
                long.push(format!("{} ({lines} lines)", entry.path().display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "split these by concern: {}",
        long.join(", ")
    );
}
