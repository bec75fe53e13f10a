//! Import benchmark: a generated JobSpy export (3,000 rows by default) →
//! `dossier import` with the release binary, timed from a fresh knowledge
//! base, then again with nothing to change, then `dossier build` of the
//! result. Prints the median of each over several runs.
//!
//! The export has JobSpy's columns in JobSpy's order and is written as
//! JobSpy's README recipe writes it (`to_csv(quoting=csv.QUOTE_NONNUMERIC,
//! escapechar="\\")`): every text quoted, numbers and booleans bare, empty
//! cells `""`, descriptions in Markdown with markdownify's escapes (`C\+\+`,
//! `\-`, `\#`, …) and every backslash doubled, 3 % of rows scraped twice.
//!
//! Run: `cargo bench --bench import [-- --rows N --runs N --dir DIR]`;
//! DIR (default: the system's temp folder) holds the knowledge bases, so
//! `--dir /dev/shm` takes the disk out of the measure. `--write FILE`
//! only writes the export.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const COLUMNS: &[&str] = &[
    "id",
    "site",
    "job_url",
    "job_url_direct",
    "title",
    "company",
    "location",
    "date_posted",
    "job_type",
    "salary_source",
    "interval",
    "min_amount",
    "max_amount",
    "currency",
    "is_remote",
    "job_level",
    "job_function",
    "listing_type",
    "emails",
    "description",
    "company_industry",
    "company_url",
    "company_logo",
    "company_url_direct",
    "company_addresses",
    "company_num_employees",
    "company_revenue",
    "company_description",
    "skills",
    "experience_range",
    "company_rating",
    "company_reviews_count",
    "vacancy_count",
    "work_from_home_type",
];

const FIRST: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Wonka",
    "Hooli",
    "Vandelay",
    "Northwind",
    "Contoso",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Massive",
    "Aperture",
    "Gringotts",
    "Oscorp",
    "Pied Piper",
    "Dunder",
    "Kramerica",
    "Monarch",
    "Sirius",
    "Blue Sun",
];
const SECOND: &[&str] = &[
    "Analytics",
    "Health",
    "Labs",
    "Logistics",
    "Systems",
    "Robotics",
    "Bank",
    "Energy",
    "Software",
    "Insurance",
    "Media",
    "Foods",
    "Networks",
    "Capital",
];
const LEVELS: &[&str] = &[
    "",
    "Junior ",
    "Senior ",
    "Staff ",
    "Principal ",
    "Lead ",
    "Sr. ",
];
const ROLES: &[&str] = &[
    "Data Engineer",
    "Software Engineer, Backend",
    "Machine Learning Engineer",
    "Site Reliability Engineer",
    "Frontend Developer (React)",
    "Data Analyst",
    "Product Manager - Payments",
    "C++ Developer",
    "QA Automation Engineer",
    ".NET Developer (C#)",
    "DevOps Engineer",
    "Data Scientist, NLP",
];
const CITIES: &[&str] = &[
    "Austin, TX, US",
    "New York, NY, US",
    "Seattle, WA, US",
    "Denver, CO, US",
    "San Francisco, CA, US",
    "Chicago, IL, US",
    "Boston, MA, US",
    "Remote, US",
    "Atlanta, GA, US",
    "Raleigh, NC, US",
];
const SKILLS: &[&str] = &[
    "Python",
    "SQL",
    "Go",
    "Rust",
    "C++",
    "C#",
    ".NET",
    "Java",
    "Kotlin",
    "TypeScript",
    "React",
    "Node.js",
    "PostgreSQL",
    "Kafka",
    "Spark",
    "dbt",
    "Airflow",
    "Kubernetes",
    "Terraform",
    "AWS",
    "GCP",
    "Azure",
    "Docker",
    "PyTorch",
    "TensorFlow",
    "Snowflake",
];
const LEVEL_FIELD: &[&str] = &[
    "entry level",
    "mid-senior level",
    "associate",
    "director",
    "not applicable",
    "",
];
const SITES: &[(&str, &str, &str)] = &[
    ("linkedin", "li", "https://www.linkedin.com/jobs/view/"),
    ("indeed", "in", "https://www.indeed.com/viewjob?jk="),
    (
        "glassdoor",
        "gd",
        "https://www.glassdoor.com/job-listing/j?jl=",
    ),
    (
        "zip_recruiter",
        "zr",
        "https://www.ziprecruiter.com/c/jobs/",
    ),
];

/// A small deterministic generator (xorshift64*): the same export every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Text as markdownify 0.13 (`escape_misc`) escapes it.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut prev_digit = false;
    for c in text.chars() {
        let escape = matches!(
            c,
            '\\' | '&' | '<' | '>' | '`' | '[' | '~' | '=' | '+' | '|' | '-' | '#' | '*' | '_'
        ) || (prev_digit && matches!(c, '.' | ')'));
        if escape {
            out.push('\\');
        }
        out.push(c);
        prev_digit = c.is_ascii_digit();
    }
    out
}

/// A description of 2–5 KB: paragraphs, bold headings, bullet lists.
fn description(rng: &mut Rng, company: &str, title: &str, skills: &[&str]) -> String {
    let mut md = String::new();
    let _ = write!(
        md,
        "**About {}**\n\n{} builds software for {} customers in {} countries. We're hiring a {} to join \
         a team of {}-{} engineers; \"ownership\" isn't a buzzword here.\n\n",
        md_escape(company),
        md_escape(company),
        1000 + rng.below(90_000),
        2 + rng.below(40),
        md_escape(title),
        3 + rng.below(5),
        8 + rng.below(8),
    );
    md.push_str("**What you'll do:**\n\n");
    for _ in 0..4 + rng.below(5) {
        let a = rng.pick(skills);
        let b = rng.pick(skills);
        let _ = writeln!(
            md,
            "* Design, build & operate services in {} and {} - p99 under {} ms",
            md_escape(a),
            md_escape(b),
            10 + rng.below(200),
        );
    }
    md.push_str("\n**What you bring:**\n\n");
    for i in 1..=3 + rng.below(4) {
        let _ = writeln!(
            md,
            "{i}. {}+ years with {} (or {}); experience with C++/C# is a plus",
            md_escape(&(2 + rng.below(8)).to_string()),
            md_escape(rng.pick(skills)),
            md_escape(rng.pick(skills)),
        );
    }
    let paragraphs = 2 + rng.below(8);
    for _ in 0..paragraphs {
        let _ = write!(
            md,
            "\n{}\n",
            md_escape(&format!(
                "Our stack: {}, {} and {}. We deploy 20-30 times a day, review every change, and keep \
                 on-call to 1 week in {}. Salary range: ${},000 - ${},000 per year + equity & 401(k). \
                 Visit our careers page at /careers or email jobs@{}.example for questions.",
                rng.pick(skills),
                rng.pick(skills),
                rng.pick(skills),
                4 + rng.below(4),
                90 + rng.below(60),
                160 + rng.below(60),
                company.to_lowercase().replace(' ', "-"),
            ))
        );
    }
    let _ = write!(md, "\n{}", md_escape("#LI-Hybrid #LI-DNI"));
    md
}

/// One CSV cell as Python's writer makes it with `QUOTE_NONNUMERIC` and
/// `escapechar="\\"`: quoted, quotes doubled, backslashes doubled.
fn text_cell(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\"\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The export: header and `rows` rows, some of them scraped twice.
fn export(rows: usize) -> String {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut out = String::with_capacity(rows * 4200);
    let header: Vec<String> = COLUMNS.iter().map(|c| format!("\"{c}\"")).collect();
    out.push_str(&header.join(","));
    out.push('\n');
    let mut written: Vec<String> = Vec::new();
    for n in 0..rows {
        // 3 % of rows repeat an earlier one, as a scrape that overlaps does.
        if n > 10 && rng.below(100) < 3 {
            let again = written[rng.below(written.len())].clone();
            out.push_str(&again);
            continue;
        }
        let (site, prefix, url) = SITES[rng.below(SITES.len())];
        let number = 3_900_000_000u64 + rng.next() % 100_000_000;
        let company = format!("{} {}", rng.pick(FIRST), rng.pick(SECOND));
        let title = format!("{}{}", rng.pick(LEVELS), rng.pick(ROLES));
        let skills: Vec<&str> = (0..6).map(|_| rng.pick(SKILLS)).collect();
        let mut row = String::new();
        let cells: Vec<Option<String>> = vec![
            Some(format!("{prefix}-{number}")),
            Some(site.into()),
            Some(format!("{url}{number}")),
            None,
            Some(title.clone()),
            Some(company.clone()),
            Some(rng.pick(CITIES).into()),
            Some(format!(
                "2024-{:02}-{:02}",
                1 + rng.below(12),
                1 + rng.below(28)
            )),
            Some(["fulltime", "contract", "parttime", "fulltime, contract"][rng.below(4)].into()),
        ];
        for cell in &cells {
            match cell {
                Some(text) => text_cell(&mut row, text),
                None => row.push_str("\"\""),
            }
            row.push(',');
        }
        // salary_source, interval, min, max, currency: a third have none.
        if rng.below(3) == 0 {
            row.push_str("\"\",\"\",\"\",\"\",\"\",");
        } else {
            let min = 80 + rng.below(100);
            let _ = write!(
                row,
                "\"direct_data\",\"yearly\",{min}000.0,{}000.0,\"USD\",",
                min + 20 + rng.below(60)
            );
        }
        row.push_str(["True,", "False,", "\"\","][rng.below(3)]);
        text_cell(&mut row, rng.pick(LEVEL_FIELD));
        row.push(',');
        text_cell(&mut row, "Engineering and Information Technology");
        row.push_str(",\"\",\"\",");
        text_cell(&mut row, &description(&mut rng, &company, &title, &skills));
        row.push(',');
        text_cell(&mut row, "Software Development");
        row.push(',');
        text_cell(
            &mut row,
            &format!(
                "https://www.linkedin.com/company/{}",
                company.to_lowercase().replace(' ', "-")
            ),
        );
        row.push_str(",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",,,,\"\"\n");
        written.push(row.clone());
        out.push_str(&row);
    }
    out
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Runs the binary in `dir` and returns how long it took; panics on failure.
fn timed(dir: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run dossier");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "dossier {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rows: usize = arg(&args, "--rows")
        .and_then(|r| r.parse().ok())
        .unwrap_or(3000);
    let runs: usize = arg(&args, "--runs")
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let csv = export(rows);
    if let Some(path) = arg(&args, "--write") {
        std::fs::write(&path, &csv).expect("write the export");
        println!("wrote {rows} rows ({} KB) to {path}", csv.len() / 1000);
        return;
    }
    let base = arg(&args, "--dir").map_or_else(std::env::temp_dir, PathBuf::from);
    let work = base.join(format!("dossier-import-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("work folder");
    let export_path: PathBuf = work.join("jobs.csv");
    std::fs::write(&export_path, &csv).expect("write the export");
    let export_arg = export_path.to_string_lossy().into_owned();
    let (mut first, mut again, mut build) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..runs {
        let kb = work.join(format!("kb{run}"));
        std::fs::create_dir_all(kb.join("content")).expect("knowledge base");
        first.push(timed(&kb, &["import", &export_arg, "-q"]));
        again.push(timed(&kb, &["import", &export_arg, "-q"]));
        build.push(timed(&kb, &["build", "-q"]));
        let documents = std::fs::read_dir(kb.join("content/postings"))
            .map(|d| d.count() - 1)
            .unwrap_or(0);
        if run == 0 {
            println!(
                "import bench: {rows} rows, {:.1} MB, {documents} documents, {runs} runs",
                csv.len() as f64 / 1e6
            );
        }
        let _ = std::fs::remove_dir_all(&kb);
    }
    let show = |label: &str, times: Vec<Duration>| {
        println!("{label:<34} median {:>6.3} s", median(times).as_secs_f64());
    };
    show("import into an empty folder", first);
    show("import again (nothing to change)", again);
    show("build the imported site", build);
    let _ = std::fs::remove_dir_all(&work);
}
