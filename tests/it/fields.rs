//! Field extraction on the posting fixtures: each `tests/fixtures/fields/
//! NAME.txt` or `NAME.md` has `NAME.fields`, one line a field (`—` when
//! the document gives none) with the passage it came from, then any
//! errors. `DOSSIER_BLESS=1` rewrites the expected files; read the diff.

use std::fs;

use dossier::load::{DocKind, SourceFile};
use dossier::tag::fields::{self, Choice, Found, Source};

use crate::support::fixtures_dir;

/// One field as a line: `salary: $50–$60 an hour ← "$50 - $60 an hour"`.
fn line<T>(text: &str, key: &str, found: &Option<Found<T>>, show: impl Fn(&T) -> String) -> String {
    let Some(found) = found else {
        return format!("{key}: —\n");
    };
    let from = match found.source {
        Source::FrontMatter { line } => format!("front matter, line {}", line.unwrap_or(0)),
        Source::Text { start, end } => format!("{:?}", text[start..end].replace('\n', "⏎")),
    };
    format!("{key}: {} ← {from}\n", show(&found.value))
}

/// What the fields of a fixture document read as.
fn report(name: &str, bytes: &[u8]) -> String {
    let kind = if name.ends_with(".md") {
        DocKind::Markdown
    } else {
        DocKind::Text
    };
    let file = SourceFile {
        rel: name.to_string(),
        kind,
        bytes: bytes.to_vec(),
    };
    let doc = dossier::parse::parse(&file).expect("fixtures parse");
    let (f, errors) = fields::of(&doc.meta, &doc.text, kind == DocKind::Text);
    let t = doc.text.as_str();
    let mut out = String::new();
    out += &line(t, "location", &f.location, String::clone);
    out += &line(t, "remote", &f.remote, |r| r.key().to_string());
    out += &line(t, "salary", &f.salary, ToString::to_string);
    out += &line(t, "employment", &f.employment, |e| e.key().to_string());
    out += &line(t, "posted", &f.posted, ToString::to_string);
    out += &line(t, "url", &f.url, String::clone);
    out += &line(t, "status", &f.status, |s| s.key().to_string());
    out += &line(t, "applied", &f.applied, ToString::to_string);
    out += &line(t, "deadline", &f.deadline, ToString::to_string);
    for e in errors {
        out += &format!(
            "error: line {}: {}\n  help: {}\n",
            e.line, e.message, e.help
        );
    }
    out
}

#[test]
fn fields_of_the_posting_fixtures() {
    let dir = fixtures_dir().join("fields");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt") || n.ends_with(".md"))
        .collect();
    names.sort();
    assert!(names.len() >= 38, "fixtures: {}", names.len());
    let bless = std::env::var_os("DOSSIER_BLESS").is_some();
    let mut failed = Vec::new();
    for name in &names {
        let got = report(name, &fs::read(dir.join(name)).unwrap());
        let stem = name.rsplit_once('.').unwrap().0;
        let golden = dir.join(format!("{stem}.fields"));
        if bless {
            fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
            let diff: Vec<String> = (0..w.len().max(g.len()))
                .filter(|&i| w.get(i) != g.get(i))
                .map(|i| {
                    let line = |l: Option<&&str>| l.copied().unwrap_or("(none)").to_string();
                    format!("  want {}\n  got  {}", line(w.get(i)), line(g.get(i)))
                })
                .collect();
            failed.push(format!("{name}:\n{}", diff.join("\n")));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} fixtures differ (DOSSIER_BLESS=1 rewrites them; read the diff):\n{}",
        failed.len(),
        names.len(),
        failed.join("\n")
    );
}

#[test]
fn a_document_page_shows_its_fields_application_and_details() {
    let f = crate::support::empty();
    f.write(
        "content/acme.md",
        "---\ncompany: Acme\nrole: Data Engineer\nsalary: $120K/yr - $150K/yr\nurl: https://jobs.example.com/4821\nstatus: interviewing\ndeadline: 2025-06-01\nsalary_band: L5\nreferrers: [Ana, Bo]\n---\nA hybrid role in Austin.\n\nLocation: Austin, TX\n",
    );
    f.build(&[]).ok();
    let page = f.read("public/acme/index.html");
    for want in [
        "<div class=\"fact-location\"><dt>Location<dd>Austin, TX</div>",
        "<div class=\"fact-salary\"><dt>Salary<dd>$120,000–$150,000 a year</div>",
        "<a href=\"https://jobs.example.com/4821\" rel=\"nofollow noopener\">jobs.example.com</a>",
        "<dl class=\"facts application status-interviewing\">",
        "<span class=\"status\">Interviewing</span>",
        "<time datetime=\"2025-06-01\">1 June 2025</time>",
        "<tr><th scope=\"row\">referrers</th><td>Ana, Bo</td></tr>",
        "<tr><th scope=\"row\">salary_band</th><td>L5</td></tr>",
        "<b>Location: Austin, TX</b>: line 13, <q>Location: Austin, TX</q>",
        "<b>Salary: $120,000–$150,000 a year</b>: front matter, line 4",
    ] {
        assert!(page.contains(want), "{want}\n{page}");
    }
}
