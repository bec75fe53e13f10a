//! Import: job-scraper exports and saved job pages → Markdown documents in
//! a folder of `content/`.
//!
//! Inputs are JobSpy exports ([`jobspy`]: CSV, JSON, JSON Lines) and saved
//! HTML pages ([`html`]: schema.org `JobPosting` JSON-LD, else the page's
//! main text). Each becomes [`Posting`]s, plain data; postings seen twice
//! (same source id, or same URL) are kept once; [`document`] turns each
//! into the text of a document, and [`folder`] decides, against what an
//! earlier import wrote, whether to write it, leave it or tell the user.
//!
//! Import sits on top of the pipeline: it uses the pipeline's parsers and
//! slugs, and no stage uses it.

pub mod body;
pub mod document;
pub mod folder;
pub mod html;
pub mod jobspy;
pub mod posting;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::progress::Progress;
use folder::Folder;
pub use folder::Outcome;
pub use posting::*;

/// One file to import: its path and the name messages use.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: PathBuf,
    /// As the user typed it.
    pub shown: String,
}

/// What to import, and where.
#[derive(Clone, Debug)]
pub struct Options {
    pub inputs: Vec<Input>,
    /// The folder documents go into.
    pub into: PathBuf,
    /// How messages name it, relative to the root (`content/postings`).
    pub into_shown: String,
    /// Rewrite postings whose files were changed since they were imported.
    pub force: bool,
}

/// What an import did.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Documents written for the first time.
    pub new: usize,
    /// Documents rewritten because the source changed (or `--force`).
    pub updated: usize,
    /// Documents already as the source gives them.
    pub unchanged: usize,
    /// Postings read twice (same source id or URL), kept once.
    pub duplicates: usize,
    /// Postings whose files were edited or deleted since an earlier
    /// import, left as they are.
    pub changed_by_you: usize,
    /// Errors in the inputs, and notes about files left alone.
    pub diagnostics: Vec<Diagnostic>,
    /// Every file written, as messages name it.
    pub written: Vec<(Outcome, String)>,
}

impl Report {
    /// Postings whose documents now hold what the inputs say.
    pub fn imported(&self) -> usize {
        self.new + self.updated + self.unchanged
    }
}

/// Reads every input and writes its postings into `options.into`.
///
/// Mistakes in the inputs are diagnostics, and every posting that can be
/// read is imported; only a failure of the system (a folder that cannot be
/// written) is an `Err`. `progress` is told of every row and page
/// converted, then of every file written.
pub fn import(options: &Options, progress: &dyn Progress) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let mut jobs = Vec::new();
    for input in &options.inputs {
        let (read, diags) = read_input(input);
        jobs.extend(read);
        report.diagnostics.extend(diags);
    }
    let (postings, diags) = convert_all(&jobs, progress);
    report.diagnostics.extend(diags);
    let postings = dedupe(postings, &mut report.duplicates);
    let (mut folder, diags) = Folder::open(&options.into, &options.into_shown)?;
    report.diagnostics.extend(diags);
    for posting in &postings {
        let text = document::render(posting);
        let placed = folder.place(posting, &text, options.force)?;
        match placed.outcome {
            Outcome::New => {
                report.new += 1;
                report.written.push((placed.outcome, placed.shown));
            }
            Outcome::Updated => {
                report.updated += 1;
                report.written.push((placed.outcome, placed.shown));
            }
            Outcome::Unchanged => report.unchanged += 1,
            Outcome::Duplicate => report.duplicates += 1,
            Outcome::Edited | Outcome::Deleted => {
                report.changed_by_you += 1;
                report.diagnostics.push(left_alone(&placed, posting));
            }
        }
    }
    folder.finish(progress)?;
    crate::diag::sort(&mut report.diagnostics);
    Ok(report)
}

/// The note for a file an import left alone.
fn left_alone(placed: &folder::Placed, posting: &Posting) -> Diagnostic {
    let (message, help) = if placed.outcome == Outcome::Deleted {
        (
            "deleted since it was imported, so it is not written again",
            "writes it again",
        )
    } else {
        (
            "changed since it was imported, so it is left as it is",
            "replaces it",
        )
    };
    Diagnostic::warning(&placed.shown, message).with_help(format!(
        "`dossier import --force` {help} with the posting of {}",
        posting.origin.describe()
    ))
}

/// One unit of conversion: a row of an export, or a saved page.
enum Job<'a> {
    Row(jobspy::Record, &'a str),
    Page(Vec<u8>, &'a str),
}

/// The rows or page of one input, by its kind.
fn read_input(input: &Input) -> (Vec<Job<'_>>, Vec<Diagnostic>) {
    let bytes = match std::fs::read(&input.path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let d = Diagnostic::error(&input.shown, format!("cannot read: {e}"))
                .with_help("check the path; it is relative to the current folder");
            return (Vec::new(), vec![d]);
        }
    };
    let shown = input.shown.as_str();
    let rows = |(records, diags): (Vec<jobspy::Record>, Vec<Diagnostic>)| {
        (
            records.into_iter().map(|r| Job::Row(r, shown)).collect(),
            diags,
        )
    };
    match Kind::of(&input.path, &bytes) {
        Some(Kind::Csv) => rows(jobspy::read_csv(&bytes, shown)),
        Some(Kind::Json) => rows(jobspy::read_json(&bytes, shown)),
        Some(Kind::Html) => (vec![Job::Page(bytes, shown)], Vec::new()),
        None => (
            Vec::new(),
            vec![
                Diagnostic::error(shown, "not a file dossier can import").with_help(
                    "import JobSpy exports (.csv, .json, .jsonl) and saved job pages (.html)",
                ),
            ],
        ),
    }
}

/// Converts every row and page in parallel, keeping their order.
fn convert_all(jobs: &[Job], progress: &dyn Progress) -> (Vec<Posting>, Vec<Diagnostic>) {
    progress.total(jobs.len());
    let converted: Vec<(Vec<Posting>, Vec<Diagnostic>)> = jobs
        .par_iter()
        .map(|job| {
            let out = match job {
                Job::Row(record, shown) => {
                    let (posting, diags) = jobspy::to_posting(record, shown);
                    (posting.into_iter().collect(), diags)
                }
                Job::Page(bytes, shown) => html::import_page(bytes, shown),
            };
            progress.done(1);
            out
        })
        .collect();
    let mut postings = Vec::with_capacity(converted.len());
    let mut diags = Vec::new();
    for (p, d) in converted {
        postings.extend(p);
        diags.extend(d);
    }
    (postings, diags)
}

/// The kinds of input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Csv,
    Json,
    Html,
}

impl Kind {
    /// By extension, else by the first character of the file.
    fn of(path: &Path, bytes: &[u8]) -> Option<Kind> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("csv") => return Some(Kind::Csv),
            Some("json" | "jsonl" | "ndjson") => return Some(Kind::Json),
            Some("html" | "htm" | "xhtml") => return Some(Kind::Html),
            _ => {}
        }
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match text.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{' | b'[') => Some(Kind::Json),
            Some(b'<') => Some(Kind::Html),
            _ => None,
        }
    }
}

/// `true` for a file `import` reads when given its folder.
pub fn is_importable(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(
        ext.as_deref(),
        Some("csv" | "json" | "jsonl" | "ndjson" | "html" | "htm" | "xhtml")
    )
}

/// Keeps the first of postings with the same source id or the same URL.
fn dedupe(postings: Vec<Posting>, duplicates: &mut usize) -> Vec<Posting> {
    let mut ids = HashSet::new();
    let mut urls = HashSet::new();
    let mut kept = Vec::with_capacity(postings.len());
    for posting in postings {
        let id = id_key(&posting);
        let url = posting.url.as_deref().and_then(url_key);
        let seen = id.as_ref().is_some_and(|k| ids.contains(k))
            || url.as_ref().is_some_and(|k| urls.contains(k));
        if seen {
            *duplicates += 1;
            continue;
        }
        ids.extend(id);
        urls.extend(url);
        kept.push(posting);
    }
    kept
}

/// Lists the files to import: each file given, and the importable files
/// in each folder given (sorted, folders walked); an error for a folder
/// that holds none.
pub fn expand(paths: &[(PathBuf, String)]) -> anyhow::Result<(Vec<Input>, Vec<Diagnostic>)> {
    let mut inputs = Vec::new();
    let mut diags = Vec::new();
    for (path, shown) in paths {
        if !path.is_dir() {
            inputs.push(Input {
                path: path.clone(),
                shown: shown.clone(),
            });
            continue;
        }
        let before = inputs.len();
        let walk = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0 || !crate::load::is_ignored_name(&e.file_name().to_string_lossy())
            });
        for entry in walk {
            let entry = entry.with_context(|| format!("cannot read {shown}"))?;
            if entry.file_type().is_file() && is_importable(entry.path()) {
                let rel = entry.path().strip_prefix(path).unwrap_or(entry.path());
                inputs.push(Input {
                    path: entry.path().to_path_buf(),
                    shown: format!("{}/{}", shown.trim_end_matches('/'), rel.to_string_lossy()),
                });
            }
        }
        if inputs.len() == before {
            diags.push(
                Diagnostic::error(shown, "holds no file to import").with_help(
                    "import JobSpy exports (.csv, .json, .jsonl) and saved job pages (.html)",
                ),
            );
        }
    }
    Ok((inputs, diags))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::values::Choice as _;

    #[test]
    fn fields_read_the_spellings_sources_use() {
        for (text, want) in [
            ("fulltime", Some(Employment::FullTime)),
            ("FULL_TIME", Some(Employment::FullTime)),
            ("Full-time", Some(Employment::FullTime)),
            ("parttime", Some(Employment::PartTime)),
            ("CONTRACTOR", Some(Employment::Contract)),
            ("INTERN", Some(Employment::Internship)),
            ("temporary", Some(Employment::Temporary)),
            ("perdiem", None),
        ] {
            assert_eq!(Employment::parse(text), want, "text: {text:?}");
        }
        for (text, want) in [
            ("yearly", Some(Period::Year)),
            ("YEAR", Some(Period::Year)),
            ("per hour", Some(Period::Hour)),
            ("monthly", Some(Period::Month)),
            ("fortnight", None),
        ] {
            assert_eq!(Period::parse(text), want, "text: {text:?}");
        }
        for (text, want) in [
            ("TELECOMMUTE", Some(Remote::Remote)),
            ("Hybrid", Some(Remote::Hybrid)),
            ("Work from office", Some(Remote::OnSite)),
            ("On-site", Some(Remote::OnSite)),
            ("sometimes", None),
        ] {
            assert_eq!(Remote::parse(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn levels_are_title_case() {
        for (text, want) in [
            ("mid-senior level", "Mid-Senior Level"),
            ("ENTRY LEVEL", "Entry Level"),
            (" director ", "Director"),
        ] {
            assert_eq!(title_case(text), want, "text: {text:?}");
        }
    }

    #[test]
    fn urls_are_compared_in_normal_form() {
        for (a, b) in [
            (
                "https://WWW.Example.com/jobs/1/",
                "https://www.example.com/jobs/1",
            ),
            (
                "https://example.com/jobs/1#apply",
                "https://example.com/jobs/1",
            ),
        ] {
            assert_eq!(url_key(a), url_key(b), "{a} and {b}");
        }
        assert_ne!(
            url_key("https://example.com/viewjob?jk=1"),
            url_key("https://example.com/viewjob?jk=2")
        );
    }

    #[test]
    fn the_same_id_or_url_is_kept_once() {
        let posting = |id: Option<&str>, url: &str| Posting {
            title: "Engineer".into(),
            source: Some("linkedin".into()),
            source_id: id.map(str::to_string),
            url: Some(url.into()),
            ..Posting::default()
        };
        let mut duplicates = 0;
        let kept = dedupe(
            vec![
                posting(Some("li-1"), "https://x.example/1"),
                posting(Some("li-1"), "https://x.example/other"),
                posting(Some("li-2"), "https://x.example/1/"),
                posting(None, "https://x.example/3"),
                posting(None, "https://x.example/3"),
                posting(Some("li-4"), "https://x.example/4"),
            ],
            &mut duplicates,
        );
        assert_eq!(duplicates, 3);
        let ids: Vec<_> = kept.iter().map(|p| p.url.clone().unwrap()).collect();
        assert_eq!(
            ids,
            [
                "https://x.example/1",
                "https://x.example/3",
                "https://x.example/4"
            ]
        );
    }
}
