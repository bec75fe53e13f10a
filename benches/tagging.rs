//! Extraction bench: a gen-corpus knowledge base and its `labels.json` →
//! skill precision/recall/F1, company and role accuracy, the seed checks,
//! and single-thread throughput (MB/s, median of several passes), over the
//! corpus's documents and over one long document made of them.
//!
//! Corpora come from `DOSSIER_CORPUS_2K` / `DOSSIER_CORPUS_10K` (folders
//! holding `content/` and `labels.json`), or are generated under the system
//! temp folder with `../shared/tools/gen-corpus`. Without either the bench
//! says so and exits 0. `DOSSIER_BENCH_VERBOSE=1` lists the commonest misses.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use dossier::config::VocabConfig;
use dossier::tag::extract::{Extraction, extract};
use dossier::tag::vocab::Vocab;

struct Doc {
    path: String,
    shape: String,
    body: String,
    company: String,
    role: String,
    skills: Vec<String>,
}

fn main() {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/gen-corpus");
    let vocab = Vocab::new(&VocabConfig::default());
    match corpus("DOSSIER_CORPUS_2K", 2000, "7", &tools) {
        Some(dir) => score(&vocab, &load(&dir)),
        None => println!(
            "tagging bench: no 2k corpus (set DOSSIER_CORPUS_2K or provide {})",
            tools.display()
        ),
    }
    seeds(
        &vocab,
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
    );
    match corpus("DOSSIER_CORPUS_10K", 10000, "1", &tools) {
        Some(dir) => {
            let docs = load(&dir);
            throughput(&vocab, &docs);
            long_documents(&vocab, &docs);
        }
        None => println!(
            "tagging bench: no 10k corpus (set DOSSIER_CORPUS_10K or provide {})",
            tools.display()
        ),
    }
}

/// The corpus folder from the environment, or one generated with gen-corpus.
fn corpus(var: &str, docs: usize, seed: &str, tool: &Path) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(var) {
        let dir = PathBuf::from(dir);
        return dir.join("labels.json").is_file().then_some(dir);
    }
    let dir = std::env::temp_dir().join(format!("dossier-corpus-{docs}-{seed}"));
    if dir.join("labels.json").is_file() {
        return Some(dir);
    }
    if !tool.is_file() {
        return None;
    }
    let status = Command::new(tool)
        .args([
            "--docs",
            &docs.to_string(),
            "--seed",
            seed,
            "--force",
            "--out",
        ])
        .arg(&dir)
        .status()
        .ok()?;
    status.success().then_some(dir)
}

fn load(dir: &Path) -> Vec<Doc> {
    let labels_text =
        std::fs::read_to_string(dir.join("labels.json")).expect("labels.json is readable");
    let labels: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&labels_text).expect("labels.json is JSON");
    labels
        .into_iter()
        .map(|(path, l)| {
            let text = std::fs::read_to_string(dir.join("content").join(&path))
                .expect("document is readable");
            let str_of = |k: &str| l[k].as_str().unwrap_or_default().to_string();
            Doc {
                body: strip_front_matter(&text).to_string(),
                shape: str_of("shape"),
                company: str_of("company"),
                role: str_of("role"),
                skills: l["skills"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect(),
                path,
            }
        })
        .collect()
}

fn strip_front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    match rest.find("\n---\n") {
        Some(i) => &rest[i + 5..],
        None => text,
    }
}

fn slug(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    docs: usize,
    company: usize,
    role: usize,
}

impl Tally {
    fn row(&self, name: &str) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f1 = 2.0 * p * r / (p + r).max(f64::EPSILON);
        let n = self.docs.max(1) as f64;
        println!(
            "| {name:<5} | {:>5} | {p:>9.4} | {r:>6.4} | {f1:>6.4} | {:>9.4} | {:>6.4} |",
            self.docs,
            self.company as f64 / n,
            self.role as f64 / n
        );
    }
}

fn score(vocab: &Vocab, docs: &[Doc]) {
    let verbose = std::env::var_os("DOSSIER_BENCH_VERBOSE").is_some();
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut misses: HashMap<String, usize> = HashMap::new();
    let mut extras: HashMap<String, usize> = HashMap::new();
    let mut wrong: Vec<String> = Vec::new();
    for doc in docs {
        let got = extract(&doc.body, vocab);
        let want: HashSet<String> = doc
            .skills
            .iter()
            .map(|s| vocab.canonical_skill(s).unwrap_or(s).to_string())
            .collect();
        let known: HashSet<&str> = doc
            .skills
            .iter()
            .filter_map(|s| vocab.canonical_skill(s))
            .collect();
        let have: HashSet<String> = got.skills.iter().map(|f| f.name.clone()).collect();
        let company_ok = slug(got.company.as_ref().map_or("", |f| &f.name)) == slug(&doc.company);
        // gen-corpus labels the role with its seniority ("Senior Data
        // Engineer"); extraction gives them apart.
        let got_role = match (&got.level, &got.role) {
            (Some(level), Some(role)) => format!("{} {}", level.name, role.name),
            (None, Some(role)) => role.name.clone(),
            _ => String::new(),
        };
        let role_ok = same_words(&got_role, &doc.role);
        for key in ["all", doc.shape.as_str()] {
            let t = tallies
                .entry(if key == "all" {
                    "all"
                } else if key == "txt" {
                    "txt"
                } else {
                    "md"
                })
                .or_default();
            t.docs += 1;
            t.tp += have
                .iter()
                .filter(|s| want.contains(*s) && known.contains(s.as_str()))
                .count();
            t.fp += have.iter().filter(|s| !want.contains(*s)).count();
            t.fn_ += want
                .iter()
                .filter(|s| !have.contains(*s) || !known.contains(s.as_str()))
                .count();
            t.company += company_ok as usize;
            t.role += role_ok as usize;
        }
        for s in want
            .iter()
            .filter(|s| !have.contains(*s) || !known.contains(s.as_str()))
        {
            if verbose && misses.get(s).is_none_or(|n| *n < 2) {
                wrong.push(format!("{}: missed {s}", doc.path));
            }
            *misses.entry(s.clone()).or_default() += 1;
        }
        for s in have.iter().filter(|s| !want.contains(*s)) {
            *extras
                .entry(format!("{s} ({})", evidence(&doc.body, &got, s)))
                .or_default() += 1;
        }
        if !company_ok || !role_ok {
            wrong.push(format!(
                "{}: company {:?} want {:?}; role {:?} want {:?}",
                doc.path,
                got.company.map(|f| f.name),
                doc.company,
                got_role,
                doc.role
            ));
        }
    }
    println!("extraction vs labels.json ({} documents)", docs.len());
    println!("| shape |  docs | precision | recall |     F1 | company   | role   |");
    println!("|-------|-------|-----------|--------|--------|-----------|--------|");
    for (name, t) in &tallies {
        t.row(name);
    }
    if verbose {
        let top = |m: &HashMap<String, usize>| {
            let mut v: Vec<_> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            v.into_iter()
                .take(40)
                .map(|(k, n)| format!("{n} {k}"))
                .collect::<Vec<_>>()
                .join("\n  ")
        };
        let mut unknown: Vec<&str> = docs
            .iter()
            .flat_map(|d| &d.skills)
            .filter(|s| vocab.canonical_skill(s).is_none())
            .map(String::as_str)
            .collect();
        unknown.sort_unstable();
        unknown.dedup();
        println!("label skills the vocabulary does not know: {unknown:?}");
        println!("missed skills:\n  {}", top(&misses));
        println!("extra skills:\n  {}", top(&extras));
        println!(
            "company/role mistakes ({}):\n  {}",
            wrong.len(),
            wrong
                .iter()
                .take(60)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n  ")
        );
    }
}

fn evidence(body: &str, got: &Extraction, skill: &str) -> String {
    got.skills
        .iter()
        .find(|f| f.name == skill)
        .map_or(String::new(), |f| {
            let a = body[..f.start]
                .char_indices()
                .rev()
                .nth(25)
                .map_or(0, |(i, _)| i);
            let b = body[f.end..]
                .char_indices()
                .nth(25)
                .map_or(body.len(), |(i, _)| f.end + i);
            body[a..b].replace('\n', " ")
        })
}

/// `true` when two titles have the same words in any order: the labels
/// write "Backend Software Engineer Intern" for level "Intern" and role
/// "Backend Software Engineer".
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        let mut w: Vec<String> = s.split_whitespace().map(slug).collect();
        w.sort_unstable();
        w
    };
    words(a) == words(b)
}

/// The two seed documents: expected company, role (with its level) and skills.
fn seeds(vocab: &Vocab, dir: &Path) {
    let cases: [(&str, &str, &[&str]); 2] = [
        (
            "backend-engineer-infrastructure.txt",
            "Backend Software Engineer",
            &["Go", "Linux", "Unix", "Distributed Systems"],
        ),
        (
            "fullstack-intern-multimedia.txt",
            "Full Stack Software Engineer Intern",
            &["Go", "JavaScript", "TypeScript", "React"],
        ),
    ];
    for (file, role, skills) in cases {
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            println!("seed {file}: not found, skipped");
            continue;
        };
        let got = extract(&text, vocab);
        let names: Vec<&str> = got.skills.iter().map(|f| f.name.as_str()).collect();
        let title = [&got.level, &got.role]
            .into_iter()
            .flatten()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let ok = got.company.as_ref().is_some_and(|f| f.name == "TikTok")
            && same_words(&title, role)
            && skills.iter().all(|s| names.contains(s));
        println!(
            "seed {file}: {} company={:?} role={title:?} skills={names:?}",
            if ok { "PASS" } else { "FAIL" },
            got.company.map(|f| f.name),
        );
    }
}

/// Extraction of one long document (the corpus's documents one after
/// another, cut at 1 and 4 MB): linear work gives the same MB/s at both
/// sizes, and a rule that scans the text for every mention shows as a
/// falling rate.
fn long_documents(vocab: &Vocab, docs: &[Doc]) {
    let mut all = String::new();
    for doc in docs {
        if all.len() >= 4_000_000 {
            break;
        }
        all.push_str(&doc.body);
        all.push_str("\n\n");
    }
    println!("one long document, one thread, median of 3 passes:");
    println!("| size   | on-CPU MB/s |");
    println!("|--------|-------------|");
    for size in [1_000_000, 4_000_000] {
        let mut cut = size.min(all.len());
        while !all.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &all[..cut];
        let mut rates = Vec::new();
        for _ in 0..3 {
            let (t, c) = (Instant::now(), on_cpu_ns());
            std::hint::black_box(extract(text, vocab).skills.len());
            let secs = match (c, on_cpu_ns()) {
                (Some(c0), Some(c1)) => (c1 - c0) as f64 / 1e9,
                _ => t.elapsed().as_secs_f64(),
            };
            rates.push(cut as f64 / 1e6 / secs);
        }
        rates.sort_by(f64::total_cmp);
        println!("| {:>4.1} MB | {:>11.1} |", cut as f64 / 1e6, rates[1]);
    }
}

/// Nanoseconds this thread has spent on a CPU (Linux), so the rate is per
/// core even when other processes share the machine.
fn on_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn throughput(vocab: &Vocab, docs: &[Doc]) {
    let bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let mb = bytes as f64 / 1e6;
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..5 {
        let (t, c) = (Instant::now(), on_cpu_ns());
        let mut n = 0;
        for doc in docs {
            n += extract(&doc.body, vocab).skills.len();
        }
        std::hint::black_box(n);
        wall.push(mb / t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c, on_cpu_ns()) {
            cpu.push(mb / ((c1 - c0) as f64 / 1e9));
        }
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let t = Instant::now();
    std::hint::black_box(Vocab::new(&VocabConfig::default()));
    let build = t.elapsed();
    println!(
        "throughput on {} documents, {mb:.1} MB, one thread, 5 passes:",
        docs.len()
    );
    println!("| clock          | median MB/s |   min |   max |");
    println!("|----------------|-------------|-------|-------|");
    println!(
        "| wall           | {:>11.1} | {:>5.1} | {:>5.1} |",
        wall[2], wall[0], wall[4]
    );
    if cpu.len() == 5 {
        println!(
            "| on-CPU (1 core)| {:>11.1} | {:>5.1} | {:>5.1} |",
            cpu[2], cpu[0], cpu[4]
        );
    }
    println!("Vocab::new: {:.1} ms", build.as_secs_f64() * 1e3);
}
