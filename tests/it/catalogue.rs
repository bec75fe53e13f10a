//! The catalogue of bad input: one folder a case under
//! `tests/fixtures/errors/<case>/`, each built over a previous good site.
//!
//! A case folder holds files laid over the `build/basic` fixture
//! (`content/…`, `dossier.yaml`, `themes/…`), an optional `args` file
//! (extra `build` arguments) and `expected.txt`: `exit N` on its first
//! line, then the exact standard error. Files git cannot hold (invalid
//! bytes, symbolic links, pipes, unreadable files, 50 MB) are made by
//! [`generate`]; such a folder holds a `.generated` marker.
//!
//! A case that fails must exit 1 and change nothing: every file under the
//! temporary folder (the site, its previous output, anything beside them)
//! is the same, byte for byte, before and after. A case that builds is
//! checked by its tags (`expected-tags.json`) and the `<main>` of its page
//! (`expected-page.html`), and no HTML or XML file of its output may hold
//! markup from the documents. `DOSSIER_BLESS=1` rewrites the expected files.

use std::collections::BTreeMap;
use std::fs;
use std::hash::{Hash, Hasher};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::*;

/// Files of a case folder that are not laid over the site.
const CASE_FILES: &[&str] = &[
    "expected.txt",
    "args",
    ".generated",
    "expected-tags.json",
    "expected-page.html",
];

/// Cases that need a user for whom permissions count (not root).
const NEEDS_PERMISSIONS: &[&str] = &["unreadable-file", "unreadable-folder"];

/// The user a case runs as when the tests run as root: `nobody`.
const NOBODY: u32 = 65534;

/// Makes the files of a generated case under `root`.
fn generate(case: &str, root: &Path) {
    let doc = |rel: &str, bytes: &[u8]| {
        let path = root.join("content/case").join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    };
    let case_dir = root.join("content/case");
    fs::create_dir_all(&case_dir).unwrap();
    let link =
        |target: &str, at: &str| std::os::unix::fs::symlink(target, case_dir.join(at)).unwrap();
    match case {
        "invalid-utf8" => doc(
            "latin1.md",
            b"---\ntitle: Notes\n---\nFirst line.\nCaf\xe9 au lait.\n",
        ),
        "utf16" => {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in "---\ntitle: Wide\n---\nBody.\n".encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            doc("wide.md", &bytes);
        }
        "utf8-bom" => doc(
            "bom.md",
            b"\xEF\xBB\xBF---\ntitle: Saved with a BOM\ncompany: Acme\nskills: [Go]\n---\nBody.\n",
        ),
        "crlf-line-endings" => doc(
            "crlf.md",
            b"---\r\ntitle: Windows notes\r\ncompany: Acme\r\n---\r\nFirst paragraph.\r\n\r\nWe use Rust and\r\nKubernetes here.\r\n",
        ),
        "lone-cr-line-endings" => doc(
            "cr.txt",
            b"Job Analysis:\rAcme is hiring a Backend Engineer.\r\rThe team writes Go and PostgreSQL.\r",
        ),
        "binary-named-md" => doc("image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01"),
        "file-of-50-mb" => {
            let path = case_dir.join("huge.txt");
            let f = fs::File::create(path).unwrap();
            f.set_len(50_000_000).unwrap();
        }
        "symlink-loop" => link("..", "loop"),
        "symlink-to-itself" => link("self.md", "self.md"),
        "dangling-symlink" => link("moved-away.md", "link.md"),
        "named-pipe" => {
            let status = Command::new("mkfifo")
                .arg(case_dir.join("pipe.md"))
                .status()
                .unwrap();
            assert!(status.success(), "mkfifo");
        }
        "unreadable-file" => {
            doc("secret.md", b"---\ncompany: Acme\n---\nPrivate.\n");
            set_mode(&case_dir.join("secret.md"), 0o000);
        }
        "unreadable-folder" => {
            doc("locked/inside.md", b"---\ncompany: Acme\n---\nInside.\n");
            set_mode(&case_dir.join("locked"), 0o000);
        }
        "file-name-not-utf8" => {
            use std::os::unix::ffi::OsStrExt;
            let name = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
            fs::write(case_dir.join(name), "---\ncompany: Acme\n---\nBody.\n").unwrap();
        }
        "config-not-utf8" => {
            fs::write(
                root.join("dossier.yaml"),
                b"title: Fixture research\ndescription: caf\xe9\n",
            )
            .unwrap();
        }
        other => panic!("no generator for the case {other}"),
    }
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// `true` when this process runs as root (permissions do not stop it).
fn is_root() -> bool {
    fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

/// What a snapshot knows of one entry.
#[derive(Debug, PartialEq, Eq)]
enum Entry {
    Dir(u32),
    File(u32, u64, u64),
    Link(PathBuf),
    Other(u32),
    Unreadable(u32),
}

/// Every entry under `dir` (symbolic links not followed): kind, mode and,
/// for files, length and a hash of the bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Entry> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false) {
        let Ok(entry) = entry else {
            continue;
        };
        let path = entry.path().to_path_buf();
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        let mode = meta.mode() & 0o7777;
        let e = if meta.is_dir() {
            Entry::Dir(mode)
        } else if meta.file_type().is_symlink() {
            Entry::Link(fs::read_link(&path).unwrap())
        } else if meta.is_file() {
            match fs::read(&path) {
                Ok(bytes) => {
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    bytes.hash(&mut h);
                    Entry::File(mode, bytes.len() as u64, h.finish())
                }
                Err(_) => Entry::Unreadable(mode),
            }
        } else {
            Entry::Other(mode)
        };
        out.insert(path, e);
    }
    out
}

/// One case, run: the `exit N` line and standard error, as in `expected.txt`.
fn run_case(case: &str) -> Result<(), String> {
    let dir = fixtures_dir().join("errors").join(case);
    let f = fixture("build/basic");
    f.build(&[]).ok();
    for file in files_under(&dir) {
        if CASE_FILES.contains(&file.as_str()) {
            continue;
        }
        let to = f.root.join(&file);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(dir.join(&file), to).unwrap();
    }
    if dir.join(".generated").exists() {
        generate(case, &f.root);
    }
    let args: Vec<String> = fs::read_to_string(dir.join("args"))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let outer = f.root.parent().unwrap().to_path_buf();
    let as_nobody = NEEDS_PERMISSIONS.contains(&case) && is_root();
    if as_nobody {
        set_mode(&outer, 0o755);
        for entry in walkdir::WalkDir::new(&f.root).follow_links(false) {
            let entry = entry.unwrap();
            std::os::unix::fs::lchown(entry.path(), Some(NOBODY), Some(NOBODY)).unwrap();
        }
    }
    // nobody may not reach the build's binary (a checkout under /root):
    // it runs a copy in a folder everyone can read.
    let bin_dir = tempfile::tempdir().unwrap();
    let bin = if as_nobody {
        set_mode(bin_dir.path(), 0o755);
        let copy = bin_dir.path().join("dossier");
        fs::copy(env!("CARGO_BIN_EXE_dossier"), &copy).unwrap();
        set_mode(&copy, 0o755);
        copy
    } else {
        PathBuf::from(env!("CARGO_BIN_EXE_dossier"))
    };
    if as_nobody {
        let probe = Command::new(&bin)
            .arg("--version")
            .current_dir(&f.root)
            .uid(NOBODY)
            .gid(NOBODY)
            .output();
        if !probe.is_ok_and(|o| o.status.success()) {
            eprintln!(
                "note: {case}: user nobody cannot reach the temporary folder here; case skipped"
            );
            return Ok(());
        }
    }
    let before = snapshot(&outer);
    let mut cmd = Command::new(&bin);
    cmd.arg("build")
        .args(&args)
        .current_dir(&f.root)
        .env("NO_COLOR", "1");
    if as_nobody {
        cmd.uid(NOBODY).gid(NOBODY);
    }
    let output = cmd.output().expect("run dossier");
    let code = output.status.code().unwrap_or(-1);
    let got = format!("exit {code}\n{}", String::from_utf8_lossy(&output.stderr));
    let after = snapshot(&outer);
    // Let the temporary folder be removed.
    for entry in walkdir::WalkDir::new(&f.root).into_iter().flatten() {
        if entry.file_type().is_dir() {
            set_mode(entry.path(), 0o755);
        }
    }
    let expected = dir.join("expected.txt");
    if std::env::var_os("DOSSIER_BLESS").is_some() {
        fs::write(&expected, &got).unwrap();
    }
    let want = fs::read_to_string(&expected)
        .map_err(|_| format!("{case}: no expected.txt; run with DOSSIER_BLESS=1"))?;
    if got != want {
        return Err(format!(
            "{case}: standard error differs\n--- want\n{want}--- got\n{got}"
        ));
    }
    match code {
        1 => {
            if before != after {
                let changed: Vec<_> = before
                    .iter()
                    .filter(|(p, e)| after.get(*p) != Some(e))
                    .map(|(p, _)| p.clone())
                    .chain(after.keys().filter(|p| !before.contains_key(*p)).cloned())
                    .collect();
                return Err(format!("{case}: a failed build changed files: {changed:?}"));
            }
            Ok(())
        }
        0 => check_built(case, &dir, &f),
        other => Err(format!("{case}: exit status {other}, want 0 or 1")),
    }
}

/// A case that builds: its documents' tags and page, and no markup from
/// the documents in any HTML or XML file of the output.
fn check_built(case: &str, dir: &Path, f: &Fixture) -> Result<(), String> {
    let tags = f.run(&["tags", "--json"]).ok().stdout();
    let all: Vec<serde_json::Value> = serde_json::from_str(&tags).unwrap();
    let docs: Vec<&serde_json::Value> = all
        .iter()
        .filter(|d| d["source"].as_str().is_some_and(|s| s.starts_with("case/")))
        .collect();
    check_golden(
        &dir.join("expected-tags.json"),
        &(serde_json::to_string_pretty(&docs).unwrap() + "\n"),
    );
    if let Some(url) = docs.first().and_then(|d| d["url"].as_str()) {
        let page = f.read(&format!("public{url}index.html"));
        check_golden(&dir.join("expected-page.html"), &(main_of(&page) + "\n"));
    }
    if case == "raw-html-unsafe" {
        return Ok(());
    }
    let out = f.root.join("public");
    for file in files_under(&out) {
        let text = fs::read_to_string(out.join(&file)).unwrap_or_default();
        let problems = if file.ends_with(".html") {
            html_injections(&text)
        } else if file.ends_with(".xml") {
            xml_injections(&text)
        } else if file.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&text)
                .err()
                .map(|e| vec![format!("not JSON: {e}")])
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        if !problems.is_empty() {
            return Err(format!("{case}: {file}: {problems:?}"));
        }
    }
    Ok(())
}

/// Markup the documents of the catalogue would inject, if they could:
/// scripts that call `alert`, handlers, `<x>` and `<img>` elements.
pub fn html_injections(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut problems = Vec::new();
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let text: String = scraper::ElementRef::wrap(node)
            .map(|e| e.text().collect())
            .unwrap_or_default();
        if el.name() == "script" && text.contains("alert") {
            problems.push(format!("<script> running {text:?}"));
        }
        if matches!(el.name(), "x" | "iframe")
            || (el.name() == "img" && el.attr("src") == Some("x"))
        {
            problems.push(format!("<{}> element", el.name()));
        }
        for (name, value) in el.attrs() {
            if name.starts_with("on") {
                problems.push(format!("{name}={value:?} on <{}>", el.name()));
            }
        }
    }
    problems
}

/// The same for XML: it must parse, and hold no element from a document.
pub fn xml_injections(xml: &str) -> Vec<String> {
    match roxmltree::Document::parse(xml) {
        Err(e) => vec![format!("not XML: {e}")],
        Ok(doc) => doc
            .descendants()
            .filter(|n| n.is_element())
            .filter(|n| matches!(n.tag_name().name(), "script" | "x" | "img" | "title" if n.parent_element().is_some_and(|p| p.tag_name().name() == "title")))
            .map(|n| format!("<{}> inside a title", n.tag_name().name()))
            .collect(),
    }
}

/// Every case folder, sorted.
fn cases() -> Vec<String> {
    let mut cases: Vec<String> = fs::read_dir(fixtures_dir().join("errors"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_catalogue_case_reports_exactly_and_keeps_the_previous_output() {
    let cases = cases();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| run_case(case).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
