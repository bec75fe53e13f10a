//! Incremental rebuild benchmark: how long `dossier serve` takes from a
//! changed file to a new site in memory, against a clean build of the same
//! corpus in the same run.
//!
//! Corpus: `$DOSSIER_BENCH_CORPUS` (a knowledge base folder), or one made
//! with `../shared/tools/gen-corpus --docs $DOSSIER_BENCH_DOCS (10000) --seed 1`.
//! Run: `cargo bench --bench serve`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dossier::config::Overrides;
use dossier::serve::watch::classify;
use dossier::serve::{Outcome, Session};

/// Pause before each edit of the idle measure.
const IDLE: Duration = Duration::from_millis(400);

fn corpus() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DOSSIER_BENCH_CORPUS") {
        return Some(PathBuf::from(dir));
    }
    let docs = std::env::var("DOSSIER_BENCH_DOCS").unwrap_or_else(|_| "10000".into());
    let tool = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/gen-corpus");
    if !tool.exists() {
        return None;
    }
    let dir = std::env::temp_dir().join(format!("dossier-bench-kb{docs}-seed1"));
    if !dir.join("content").is_dir() {
        let status = std::process::Command::new(&tool)
            .args(["--docs", &docs, "--seed", "1", "--force", "--out"])
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status()
            .ok()?;
        if !status.success() {
            return None;
        }
    }
    Some(dir)
}

/// CPU time of this process so far (all threads, user + system), from
/// /proc: a measure of work that other programs on the machine do not change.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let Some(source) = corpus() else {
        println!(
            "serve bench: no corpus (set DOSSIER_BENCH_CORPUS or put gen-corpus at ../shared/tools); skipped"
        );
        return;
    };
    // Edits happen on a copy; the corpus stays as generated.
    let work = tempfile::tempdir().expect("temporary folder");
    let root = work.path().join("kb");
    copy(&source.join("content"), &root.join("content"));

    let mut clean = Vec::new();
    for _ in 0..3 {
        let mut s = Session::new(&root, Overrides::default());
        let t = Instant::now();
        assert!(matches!(
            s.rebuild(None).expect("build"),
            Outcome::Built { .. }
        ));
        clean.push(t.elapsed());
    }
    let mut session = Session::new(&root, Overrides::default());
    session.rebuild(None).expect("build");
    let files = session.output().files.len();

    let docs: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content"))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let edits: usize = std::env::var("DOSSIER_BENCH_EDITS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let step = (docs.len() / (edits + 1)).max(1);
    let picks: Vec<&PathBuf> = docs.iter().step_by(step).take(edits).collect();

    let mut body_edits = Vec::new();
    let mut rendered = Vec::new();
    let cpu_before = cpu_time();
    for (i, path) in picks.iter().enumerate() {
        let text = appended(path, &format!("benchmark edit {i}"));
        let (took, outcome) = timed_edit(&mut session, &root, path, Some(text), Duration::ZERO);
        body_edits.push(took);
        if let Outcome::Built { rendered: r, .. } = outcome {
            rendered.push(r);
        }
    }
    let cpu_edits = cpu_time().zip(cpu_before).map(|(a, b)| a - b);
    let noop: Vec<Duration> = picks
        .iter()
        .take(10)
        .map(|path| timed_edit(&mut session, &root, path, None, Duration::ZERO).0)
        .collect();
    // A person saves, reads, saves again: between edits the caches go
    // cold (other programs run, the server's threads sleep). The same
    // body edit, each after a pause.
    let idle_edits: Vec<Duration> = picks
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, path)| {
            let text = appended(path, &format!("idle edit {i}"));
            timed_edit(&mut session, &root, path, Some(text), IDLE).0
        })
        .collect();
    // An edit that moves a document in the site (its title is in every
    // listing of it) is linked in full.
    let title_edits: Vec<Duration> = picks
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .take(10)
        .enumerate()
        .filter_map(|(i, path)| {
            let text = retitle(&std::fs::read_to_string(path).expect("read"), i)?;
            Some(timed_edit(&mut session, &root, path, Some(text), Duration::ZERO).0)
        })
        .collect();

    let clean_ms = ms(median(clean));
    let edit_ms = ms(median(body_edits.clone()));
    println!(
        "serve bench: {} documents, {files} files served",
        docs.len()
    );
    println!("| measure | median | p90 | vs clean build |");
    println!("|---|---|---|---|");
    println!("| clean build into memory | {clean_ms:.1} ms | | 1.00 |");
    println!(
        "| one-document edit → new site | {edit_ms:.1} ms | {:.1} ms | {:.3} |",
        ms(percentile(body_edits, 0.9)),
        edit_ms / clean_ms
    );
    println!(
        "| the same, {} ms after the last edit | {:.1} ms | {:.1} ms | {:.3} |",
        IDLE.as_millis(),
        ms(median(idle_edits.clone())),
        ms(percentile(idle_edits.clone(), 0.9)),
        ms(median(idle_edits)) / clean_ms
    );
    println!(
        "| touch without change | {:.1} ms | | {:.3} |",
        ms(median(noop.clone())),
        ms(median(noop)) / clean_ms
    );
    if !title_edits.is_empty() {
        println!(
            "| one-document title edit → new site | {:.1} ms | {:.1} ms | {:.3} |",
            ms(median(title_edits.clone())),
            ms(percentile(title_edits.clone(), 0.9)),
            ms(median(title_edits)) / clean_ms
        );
    }
    if let Some(cpu) = cpu_edits {
        let edits = rendered.len().max(1) as f64;
        println!(
            "CPU per edit (all threads): {:.1} ms",
            cpu.as_secs_f64() * 1000.0 / edits
        );
    }
    rendered.sort();
    println!(
        "pages rendered per edit: median {}, max {}",
        rendered[rendered.len() / 2],
        rendered.last().copied().unwrap_or(0)
    );
}

/// Writes `text` to `path` (when given), waits `pause`, and times the
/// rebuild of the change.
fn timed_edit(
    session: &mut Session,
    root: &Path,
    path: &Path,
    text: Option<String>,
    pause: Duration,
) -> (Duration, Outcome) {
    if let Some(text) = text {
        std::fs::write(path, text).expect("write");
    }
    let change = classify(root, &[path.to_path_buf()]);
    if !pause.is_zero() {
        std::thread::sleep(pause);
    }
    let t = Instant::now();
    let outcome = session.rebuild(Some(&change)).expect("rebuild");
    (t.elapsed(), outcome)
}

/// The file at `path` with the line `line` added.
fn appended(path: &Path, line: &str) -> String {
    std::fs::read_to_string(path).expect("read") + &format!("\n{line}\n")
}

/// The document with ` (edit N)` added to its front-matter title (inside
/// the quotes of a quoted one, so that the YAML stays valid).
fn retitle(text: &str, n: usize) -> Option<String> {
    let start = text.find("\ntitle: ")? + 1;
    let mut end = start + text[start..].find('\n')?;
    if text[..end].ends_with('"') || text[..end].ends_with('\'') {
        end -= 1;
    }
    Some(format!("{} (edit {n}){}", &text[..end], &text[end..]))
}

fn copy(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
