use super::*;

/// Exports written by pandas from JobSpy's DataFrame (see make.py beside them).
const CSV: &[u8] = include_bytes!("../../../tests/fixtures/import/jobspy/jobs.csv");
const PLAIN_CSV: &[u8] = include_bytes!("../../../tests/fixtures/import/jobspy/jobs-plain.csv");
const JSON: &[u8] = include_bytes!("../../../tests/fixtures/import/jobspy/jobs.json");

fn postings(records: &[Record]) -> Vec<Posting> {
    records
        .iter()
        .map(|r| {
            let (posting, diags) = to_posting(r, "jobs.csv");
            assert!(diags.is_empty(), "{diags:?}");
            posting.expect("a posting")
        })
        .collect()
}

fn without_origin(mut postings: Vec<Posting>) -> Vec<Posting> {
    for p in &mut postings {
        p.origin = Origin::default();
    }
    postings
}

#[test]
fn csv_export_reads_every_row_with_its_columns() {
    let (records, diags) = read_csv(CSV, "jobs.csv");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(records.len(), 10);
    let all = postings(&records);
    let first = &all[0];
    assert_eq!(first.title, "Senior Data Engineer");
    assert_eq!(first.company.as_deref(), Some("Acme Analytics"));
    assert_eq!(first.level.as_deref(), Some("Mid-Senior Level"));
    assert_eq!(first.location.as_deref(), Some("Austin, TX, US"));
    assert_eq!(
        first.remote, None,
        "is_remote False says nothing of on-site"
    );
    assert_eq!(
        first.salary,
        Some(Salary {
            currency: Some("USD".into()),
            min: Some(120000.0),
            max: Some(150000.0),
            period: Some(Period::Year),
        })
    );
    assert_eq!(first.employment, Some(Employment::FullTime));
    assert_eq!(first.posted, NaiveDate::from_ymd_opt(2024, 5, 1));
    assert_eq!(first.source.as_deref(), Some("linkedin"));
    assert_eq!(first.source_id.as_deref(), Some("li-4012345678"));
    assert_eq!((first.origin.row, first.origin.line), (Some(1), Some(2)));
    // The second row starts after the first one's 30-odd lines of description.
    assert_eq!(all[1].origin.line, Some(35));
    assert_eq!(
        all[1].title, "Staff Software Engineer, Backend (C#/.NET)",
        "commas and symbols kept"
    );
    assert_eq!(all[1].remote, Some(Remote::Remote));
    assert_eq!(all[1].salary, None, "empty salary cells");
    assert_eq!(
        all[2].company.as_deref(),
        Some("Globex: Research & Development")
    );
    assert_eq!(all[2].remote, None, "empty is_remote cell");
    assert_eq!(all[6].company, None);
    assert_eq!(all[6].body, "");
    assert_eq!(
        all[9].skills,
        ["Python", "Django", "REST APIs", "PostgreSQL"]
    );
    assert_eq!(all[9].remote, Some(Remote::Hybrid));
}

#[test]
fn doubled_escapes_are_undone_in_descriptions() {
    let (records, _) = read_csv(CSV, "jobs.csv");
    let all = postings(&records);
    let acme = &all[0].body;
    for phrase in [
        "the C++ ingestion\nservice",
        "Kafka & Flink",
        "fast - p99",
        "Mentor 2-3 engineers",
        "5+ years of data engineering",
        "#LI-Hybrid #LI-JS1",
        "`customer_orders`",
    ] {
        assert!(acme.contains(phrase), "{phrase:?} in:\n{acme}");
    }
    let northwind = &all[1].body;
    for phrase in [
        "(C#/.NET 8, ASP.NET Core, Azure)",
        "\"We ship weekly\" isn't a slogan",
        "List\\<T> done right",
        "R&D on the rules engine (F# welcome)",
        "8+ years with C# and .NET",
    ] {
        assert!(northwind.contains(phrase), "{phrase:?} in:\n{northwind}");
    }
    // A backslash of the text itself stays one backslash of Markdown.
    assert!(
        all[4].body.contains("C:\\\\Program Files\\\\Initech"),
        "{}",
        all[4].body
    );
}

#[test]
fn descriptions_cannot_link_inside_the_site() {
    let (records, _) = read_csv(CSV, "jobs.csv");
    let all = postings(&records);
    assert!(
        all[0].body.contains(
            "[our LinkedIn page](<https://www.linkedin.com/company/acme-analytics/life>)"
        )
    );
    assert!(all[0].body.contains("\\[\\[Data Platform]]"));
    let umbrella = &all[7].body;
    assert!(umbrella.contains("[this form](<https://careers.umbrella.example/jobs/apply.html>)"));
    assert!(
        umbrella
            .contains("[the benefits guide](<https://careers.umbrella.example/docs/benefits.md>)")
    );
    assert!(
        all[2].body.contains("See Benefits below"),
        "{}",
        all[2].body
    );
}

#[test]
fn all_three_exports_give_the_same_postings() {
    let (csv, _) = read_csv(CSV, "jobs.csv");
    let (plain, diags) = read_csv(PLAIN_CSV, "jobs.csv");
    assert!(diags.is_empty(), "{diags:?}");
    let (json, diags) = read_json(JSON, "jobs.csv");
    assert!(diags.is_empty(), "{diags:?}");
    let csv = without_origin(postings(&csv));
    assert_eq!(without_origin(postings(&plain)), csv, "pandas' default CSV");
    assert_eq!(without_origin(postings(&json)), csv, "orient=records JSON");
}

#[test]
fn pandas_json_layouts_are_read() {
    let want = |records: &[Record]| {
        let titles: Vec<&str> = records.iter().map(|r| r.fields["title"].as_str()).collect();
        assert_eq!(titles, ["A", "B"]);
    };
    for (layout, json) in [
        (
            "records",
            r#"[{"id":"1","title":"A"},{"id":"2","title":"B","date_posted":1714521600000}]"#,
        ),
        (
            "columns",
            r#"{"id":{"0":"1","1":"2"},"title":{"0":"A","1":"B"},"date_posted":{"0":null,"1":1714521600000}}"#,
        ),
        (
            "index",
            r#"{"0":{"id":"1","title":"A"},"1":{"id":"2","title":"B","date_posted":"2024-05-01"}}"#,
        ),
        (
            "split",
            r#"{"columns":["id","title","date_posted"],"index":[0,1],"data":[["1","A",null],["2","B","2024-05-01"]]}"#,
        ),
        (
            "table",
            r#"{"schema":{"fields":[]},"data":[{"id":"1","title":"A"},{"id":"2","title":"B","date_posted":"2024-05-01T00:00:00.000"}]}"#,
        ),
        (
            "lines",
            "{\"id\":\"1\",\"title\":\"A\"}\n{\"id\":\"2\",\"title\":\"B\",\"date_posted\":1714521600}\n",
        ),
    ] {
        let (records, diags) = read_json(json.as_bytes(), "jobs.json");
        assert!(diags.is_empty(), "{layout}: {diags:?}");
        want(&records);
        let (p, _) = to_posting(&records[1], "jobs.json");
        assert_eq!(
            p.unwrap().posted,
            NaiveDate::from_ymd_opt(2024, 5, 1),
            "{layout}"
        );
    }
}

const HEADER: &str =
    "\"id\",\"site\",\"job_url\",\"title\",\"company\",\"min_amount\",\"description\"\n";

#[test]
fn a_malformed_row_is_an_error_and_the_others_are_read() {
    let csv = format!(
        "{HEADER}\"li-1\",\"linkedin\",\"https://x.example/1\",\"Data Engineer\",\"Acme\",,\"Line one\nline two\"\n\
         \"li-2\",\"linkedin\",\"https://x.example/2\",\"Broken \"row\",\"Acme\"\n\
         \"li-3\",\"linkedin\",\"https://x.example/3\",\"QA Engineer\",\"Acme\",,\"\"\n"
    );
    let (records, diags) = read_csv(csv.as_bytes(), "jobs.csv");
    let ids: Vec<&str> = records.iter().map(|r| r.fields["id"].as_str()).collect();
    assert_eq!(ids, ["li-1", "li-3"]);
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(
        diags[0].to_string(),
        "error: jobs.csv:4: row 2 has 5 cells, the header has 7\n  help: a quote may be missing \
         or doubled on this row; the row is left out, the others are imported"
    );
    assert_eq!(records[1].row, 3);
}

#[test]
fn a_missing_column_names_the_file_and_header() {
    let csv = "\"id\",\"site\",\"job_url\",\"company\"\n\"li-1\",\"linkedin\",\"https://x.example/1\",\"Acme\"\n";
    let (records, diags) = read_csv(csv.as_bytes(), "export.csv");
    assert!(records.is_empty());
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].location(), "export.csv:1");
    assert_eq!(
        diags[0].message,
        "no `title` column: this is not a JobSpy export"
    );
}

#[test]
fn text_that_is_not_utf8_is_an_error_for_its_row() {
    let mut csv = HEADER.as_bytes().to_vec();
    csv.extend_from_slice(
        b"\"li-1\",\"linkedin\",\"https://x.example/1\",\"Caf\xe9 Manager\",\"Acme\",,\"\"\n",
    );
    csv.extend_from_slice(
        b"\"li-2\",\"linkedin\",\"https://x.example/2\",\"Barista\",\"Acme\",,\"\"\n",
    );
    let (records, diags) = read_csv(&csv, "jobs.csv");
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].fields["title"], "Barista");
    assert_eq!(diags[0].location(), "jobs.csv:2");
    assert_eq!(diags[0].message, "row 1: `title` is not UTF-8 text");
}

#[test]
fn rows_without_title_or_identity_are_errors() {
    let csv = format!(
        "{HEADER}\"li-1\",\"linkedin\",\"https://x.example/1\",\"\",\"Acme\",,\"\"\n\
         \"\",\"linkedin\",\"\",\"Engineer\",\"Acme\",,\"\"\n\
         \"li-3\",\"linkedin\",\"https://x.example/3\",\"Engineer\",\"Acme\",\"lots\",\"\"\n"
    );
    let (records, diags) = read_csv(csv.as_bytes(), "jobs.csv");
    assert!(diags.is_empty());
    let results: Vec<_> = records.iter().map(|r| to_posting(r, "jobs.csv")).collect();
    assert!(results[0].0.is_none());
    assert_eq!(
        results[0].1[0].to_string().lines().next().unwrap(),
        "error: jobs.csv:2: row 1 has no title; it is left out"
    );
    assert!(results[1].0.is_none());
    assert_eq!(results[1].1[0].location(), "jobs.csv:3");
    let (posting, warnings) = &results[2];
    assert_eq!(posting.as_ref().unwrap().salary, None);
    assert_eq!(
        warnings[0].to_string(),
        "warning: jobs.csv:4: row 3: `min_amount` is not an amount (`lots`); the salary is left out"
    );
}

#[test]
fn escapes_are_halved_only_in_files_written_with_an_escape_character() {
    for (cells, escaped) in [
        (vec!["C\\\\+\\\\+ and a \\\\\\\\ backslash"], true),
        (vec!["C\\+\\+"], false),
        (vec!["C\\\\+\\\\+", "one \\- odd run"], false),
        (vec!["no backslash"], false),
    ] {
        let records: Vec<Record> = cells
            .iter()
            .map(|c| Record {
                fields: [("description".to_string(), c.to_string())].into(),
                ..Record::default()
            })
            .collect();
        assert_eq!(csv_escaped(&records), escaped, "cells: {cells:?}");
    }
    assert_eq!(undo_csv_escapes("C\\\\+\\\\+ \\\\\\\\"), "C\\+\\+ \\\\");
}
