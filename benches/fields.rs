//! Field extraction bench: single-thread throughput of `tag::fields::of`
//! (MB/s, median of five passes, wall and on-CPU) over a gen-corpus
//! knowledge base and over the posting fixtures repeated (money, places
//! and remote words on every line: the dense case), then the fixtures'
//! hit rates for salary, location and remote against their expected files.
//!
//! The corpus comes from `DOSSIER_CORPUS_10K` (a folder holding
//! `content/`), or is generated under the system temp folder with
//! `../shared/tools/gen-corpus`; without either that part is skipped.
//! `DOSSIER_BENCH_VERBOSE=1` lists what was found in the corpus, with the
//! passage each field came from, to audit it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dossier::load::{DocKind, SourceFile};
use dossier::parse::{Meta, parse_owned};
use dossier::tag::fields::{self, Choice};

struct Doc {
    meta: Meta,
    text: String,
    plain: bool,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tool = root.join("../shared/tools/gen-corpus");
    match corpus(&tool) {
        Some(dir) => {
            let docs = docs_under(&dir.join("content"));
            if std::env::var_os("DOSSIER_BENCH_VERBOSE").is_some() {
                list(&docs);
            }
            let docs: Vec<Doc> = docs.into_iter().map(|d| d.1).collect();
            throughput("gen-corpus 10k", &docs);
        }
        None => println!(
            "fields bench: no 10k corpus (set DOSSIER_CORPUS_10K or provide {})",
            tool.display()
        ),
    }
    let fixtures = root.join("tests/fixtures/fields");
    let postings = docs_under(&fixtures);
    let repeated: Vec<Doc> = (0..200)
        .flat_map(|_| postings.iter().map(|d| &d.1))
        .map(|d| Doc {
            meta: d.meta.clone(),
            text: d.text.clone(),
            plain: d.plain,
        })
        .collect();
    throughput("posting fixtures ×200", &repeated);
    hit_rates(&fixtures, &postings);
}

/// The 10k corpus folder from the environment, or one generated.
fn corpus(tool: &Path) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DOSSIER_CORPUS_10K") {
        return Some(PathBuf::from(dir));
    }
    let dir = std::env::temp_dir().join("dossier-corpus-10000-1");
    if dir.join("content").is_dir() {
        return Some(dir);
    }
    if !tool.is_file() {
        return None;
    }
    let status = Command::new(tool)
        .args(["--docs", "10000", "--seed", "1", "--force", "--out"])
        .arg(&dir)
        .status()
        .ok()?;
    status.success().then_some(dir)
}

/// Every document under `dir`, parsed, in path order.
fn docs_under(dir: &Path) -> Vec<(PathBuf, Doc)> {
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let kind = if p.extension().is_some_and(|e| e == "md") {
                DocKind::Markdown
            } else {
                DocKind::Text
            };
            let file = SourceFile {
                rel: p.to_string_lossy().into_owned(),
                kind,
                bytes: std::fs::read(&p).ok()?,
            };
            let doc = parse_owned(file).ok()?;
            let doc = Doc {
                meta: doc.meta,
                text: doc.text,
                plain: kind == DocKind::Text,
            };
            Some((p, doc))
        })
        .collect()
}

/// Every field found in `docs`, with its passage, one line each.
fn list(docs: &[(PathBuf, Doc)]) {
    for (path, d) in docs {
        let (f, _) = fields::of(&d.meta, &d.text, d.plain);
        let json = serde_json::to_value(&f).expect("fields are JSON");
        let Some(map) = json.as_object() else {
            continue;
        };
        for (key, found) in map {
            let source = &found["source"];
            let quote = match (source["start"].as_u64(), source["end"].as_u64()) {
                (Some(a), Some(b)) => {
                    let (a, b) = (a as usize, b as usize);
                    let from = d.text[..a].char_indices().rev().nth(30).map_or(0, |x| x.0);
                    let to = d.text[b..]
                        .char_indices()
                        .nth(30)
                        .map_or(d.text.len(), |x| b + x.0);
                    d.text[from..to].replace('\n', "⏎")
                }
                _ => "front matter".into(),
            };
            println!("{}\t{key}\t{}\t{quote}", path.display(), found["value"]);
        }
    }
}

/// Nanoseconds this thread has spent on a CPU (Linux).
fn on_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn throughput(name: &str, docs: &[Doc]) {
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    let mut found = 0;
    for _ in 0..5 {
        let (t, c) = (Instant::now(), on_cpu_ns());
        found = 0;
        for d in docs {
            let (f, _) = fields::of(&d.meta, &d.text, d.plain);
            found += usize::from(!f.is_empty());
        }
        wall.push(mb / t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c, on_cpu_ns()) {
            cpu.push(mb / ((c1 - c0) as f64 / 1e9));
        }
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    println!(
        "{name}: {} documents, {mb:.1} MB, {found} with a field; one thread, 5 passes",
        docs.len()
    );
    println!("| clock           | median MB/s |    min |    max |");
    println!("|-----------------|-------------|--------|--------|");
    println!(
        "| wall            | {:>11.1} | {:>6.1} | {:>6.1} |",
        wall[2], wall[0], wall[4]
    );
    if cpu.len() == 5 {
        println!(
            "| on-CPU (1 core) | {:>11.1} | {:>6.1} | {:>6.1} |",
            cpu[2], cpu[0], cpu[4]
        );
    }
}

/// Found / stated, wrong and invented, per field, against the expected
/// files.
fn hit_rates(dir: &Path, postings: &[(PathBuf, Doc)]) {
    let mut rows = [
        ("salary", 0, 0, 0, 0),
        ("location", 0, 0, 0, 0),
        ("remote", 0, 0, 0, 0),
    ];
    for (path, doc) in postings {
        let expected = std::fs::read_to_string(path.with_extension("fields")).unwrap_or_default();
        let want = |key: &str| {
            expected
                .lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix(": "))
                .map(|v| v.split(" ← ").next().unwrap_or(v).to_string())
                .filter(|v| v != "—")
        };
        let (f, _) = fields::of(&doc.meta, &doc.text, doc.plain);
        let got = [
            f.salary.map(|s| s.value.to_string()),
            f.location.map(|l| l.value),
            f.remote.map(|r| r.value.key().to_string()),
        ];
        for (row, got) in rows.iter_mut().zip(got) {
            let want = want(row.0);
            row.2 += usize::from(want.is_some());
            match (want, got) {
                (Some(w), Some(g)) if w == g => row.1 += 1,
                (Some(_), Some(_)) => row.3 += 1,
                (None, Some(_)) => row.4 += 1,
                _ => {}
            }
        }
    }
    println!(
        "hit rates on the {} posting fixtures in {}:",
        postings.len(),
        dir.display()
    );
    println!("| field    | found / stated | wrong | invented |");
    println!("|----------|----------------|-------|----------|");
    for (name, found, stated, wrong, invented) in rows {
        println!("| {name:<8} | {found:>6} / {stated:<6} | {wrong:>5} | {invented:>8} |");
    }
}
