//! Fixture sites and helpers: copy a fixture into a temporary folder, run
//! the real binary there, read and compare what it produced.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Output file → bytes.
pub type Pages = BTreeMap<String, Vec<u8>>;

/// A clean build of the knowledge base at `root` in memory, with a cache of
/// its own: the pages, and the content assets copied as they are; `None`
/// when the site has errors.
pub fn build_in_memory(root: &Path) -> Option<(Pages, Vec<dossier::load::Asset>)> {
    use dossier::config::{Config, Overrides};
    let mut config = Config::from_root(root).unwrap().ok()?;
    config.apply(&Overrides::default()).unwrap();
    let built = dossier::build_site(root, &config, &mut dossier::cache::Cache::default(), None);
    if built.has_errors() {
        return None;
    }
    let pages = std::sync::Mutex::new(BTreeMap::new());
    let rendered = dossier::render_site(&built, &config, None, &|p| {
        pages.lock().unwrap().insert(p.file, p.bytes.to_vec());
        Ok(())
    })
    .unwrap();
    if rendered.diagnostics.iter().any(|d| d.is_error()) {
        return None;
    }
    Some((pages.into_inner().unwrap(), built.site.assets))
}

/// A knowledge base in a temporary folder.
pub struct Fixture {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
    name: String,
}

/// The fixtures folder of the repository.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Copies `tests/fixtures/<name>` into a temporary folder.
pub fn fixture(name: &str) -> Fixture {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path().join("site");
    copy_dir(&fixtures_dir().join(name), &root);
    let _ = fs::remove_dir_all(root.join("expected"));
    Fixture {
        _dir: dir,
        root,
        name: name.to_string(),
    }
}

/// An empty knowledge base (a `content/` folder only).
pub fn empty() -> Fixture {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path().join("site");
    fs::create_dir_all(root.join("content")).expect("content folder");
    Fixture {
        _dir: dir,
        root,
        name: String::new(),
    }
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("fixture entry");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("create folder");
        } else {
            fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// The result of running the binary.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    /// Asserts exit status 0 and returns self.
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code(),
            0,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
    /// Asserts exit status 1 (content errors) and returns self.
    pub fn fails(self) -> Self {
        assert_eq!(
            self.code(),
            1,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// Runs `dossier ARGS` in `dir` with colours off.
pub fn dossier(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run dossier");
    Run { output }
}

impl Fixture {
    /// Runs `dossier ARGS` at the root of the fixture.
    pub fn run(&self, args: &[&str]) -> Run {
        dossier(&self.root, args)
    }

    /// `dossier build` with extra arguments.
    pub fn build(&self, args: &[&str]) -> Run {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Writes a file under the root, creating folders.
    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let path = self.root.join(rel);
        fs::create_dir_all(path.parent().expect("has parent")).expect("create folder");
        fs::write(path, text).expect("write file");
        self
    }

    /// Reads a file under the root.
    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.root.join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Reads a JSON file under the root, inflated first when it is
    /// gzip-compressed (the search index's shards, the compare data).
    pub fn read_json(&self, rel: &str) -> serde_json::Value {
        let bytes = fs::read(self.root.join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"));
        let bytes = match bytes.starts_with(&[0x1f, 0x8b]) {
            true => {
                dossier::gzip::decompress(&bytes).unwrap_or_else(|e| panic!("inflate {rel}: {e}"))
            }
            false => bytes,
        };
        serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"))
    }

    /// Removes a file under the root.
    pub fn remove(&self, rel: &str) -> &Self {
        fs::remove_file(self.root.join(rel)).expect("remove file");
        self
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.root.join(rel).exists()
    }

    /// Compares the `<main>` of an output page with the fixture's golden file
    /// `expected/<page>.main.html`; `DOSSIER_BLESS=1` rewrites the golden.
    pub fn check_main(&self, page: &str) -> &Self {
        let html = self.read(&format!("public/{page}"));
        let got = main_of(&html);
        let golden = fixtures_dir()
            .join(&self.name)
            .join("expected")
            .join(format!("{page}.main.html"));
        check_golden(&golden, &got);
        self
    }
}

/// Compares `got` with a golden file, or writes it under `DOSSIER_BLESS=1`.
pub fn check_golden(golden: &Path, got: &str) {
    if std::env::var_os("DOSSIER_BLESS").is_some() {
        fs::create_dir_all(golden.parent().expect("has parent")).expect("create folder");
        fs::write(golden, got).expect("write golden");
        return;
    }
    let want = fs::read_to_string(golden).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; run with DOSSIER_BLESS=1",
            golden.display()
        )
    });
    assert_eq!(
        got,
        want,
        "{} differs (DOSSIER_BLESS=1 rewrites it; read the diff)",
        golden.display()
    );
}

/// The `<main …>…</main>` element of a page, as written.
pub fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("page has <main>");
    let end = html.find("</main>").expect("page has </main>") + "</main>".len();
    html[start..end].to_string()
}

/// Every file under `dir`, relative, `/`-separated.
pub fn files_under(dir: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

/// Checks every internal `href` and `src` of every HTML page under `out`:
/// it must start with `base_path` and name a produced file, and a
/// `#fragment` must name an `id` of that page. Returns the problems.
pub fn broken_internal_links(out: &Path, base_path: &str) -> Vec<String> {
    let files = files_under(out);
    let mut ids: std::collections::HashMap<String, BTreeSet<String>> = Default::default();
    let id_sel = scraper::Selector::parse("[id]").expect("selector");
    let link_sel = scraper::Selector::parse("[href], [src]").expect("selector");
    let pages: Vec<(String, scraper::Html)> = files
        .iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| {
            (
                f.clone(),
                scraper::Html::parse_document(&fs::read_to_string(out.join(f)).expect("read page")),
            )
        })
        .collect();
    for (file, doc) in &pages {
        let set = doc
            .select(&id_sel)
            .filter_map(|e| e.value().attr("id"))
            .map(str::to_string)
            .collect();
        ids.insert(file.clone(), set);
    }
    let mut problems = Vec::new();
    for (file, doc) in &pages {
        for el in doc.select(&link_sel) {
            for attr in ["href", "src"] {
                let Some(link) = el.value().attr(attr) else {
                    continue;
                };
                if link.contains("://") || link.starts_with("mailto:") {
                    continue;
                }
                let (path, fragment) = match link.split_once('#') {
                    Some((p, f)) => (p, Some(f)),
                    None => (link, None),
                };
                let path = path.split('?').next().unwrap_or("");
                let target = if path.is_empty() {
                    file.clone()
                } else if let Some(rest) = path.strip_prefix(base_path) {
                    let rest = rest.replace("%20", " ");
                    if rest.is_empty() || rest.ends_with('/') {
                        format!("{rest}index.html")
                    } else {
                        rest
                    }
                } else {
                    problems.push(format!("{file}: {link} does not start with {base_path}"));
                    continue;
                };
                if !files.contains(&target) {
                    problems.push(format!("{file}: {link} → no file {target}"));
                    continue;
                }
                if let Some(fragment) = fragment
                    && !fragment.is_empty()
                    && !ids.get(&target).is_some_and(|s| s.contains(fragment))
                {
                    problems.push(format!("{file}: {link} → no id {fragment} in {target}"));
                }
            }
        }
    }
    problems
}
