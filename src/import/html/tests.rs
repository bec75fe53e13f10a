use super::*;

fn page(name: &str) -> (Vec<Posting>, Vec<Diagnostic>) {
    let path = format!(
        "{}/tests/fixtures/import/pages/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("fixture page");
    import_page(&bytes, name)
}

fn one(name: &str) -> Posting {
    let (postings, diags) = page(name);
    assert!(diags.is_empty(), "{name}: {diags:?}");
    assert_eq!(postings.len(), 1, "{name}");
    postings.into_iter().next().expect("one posting")
}

#[test]
fn greenhouse_json_ld_gives_every_field() {
    let p = one("greenhouse.html");
    assert_eq!(p.title, "Senior Backend Engineer, R&D Platform");
    assert_eq!(p.company.as_deref(), Some("Vandelay Industries"));
    assert_eq!(
        p.location.as_deref(),
        Some("New York, NY, US; Chicago, IL, US")
    );
    assert_eq!(
        p.salary,
        Some(Salary {
            currency: Some("USD".into()),
            min: Some(165000.0),
            max: Some(195000.0),
            period: Some(Period::Year),
        })
    );
    assert_eq!(p.employment, Some(Employment::FullTime));
    assert_eq!(p.posted, chrono::NaiveDate::from_ymd_opt(2024, 4, 22));
    assert_eq!(p.source_id.as_deref(), Some("5012345004"));
    // No `url` in the JSON-LD: the address the browser saved it from.
    assert_eq!(
        p.url.as_deref(),
        Some("https://boards.greenhouse.io/vandelay/jobs/5012345004")
    );
    assert_eq!(p.source.as_deref(), Some("boards.greenhouse.io"));
    assert_eq!(
        p.extra,
        [
            (
                "company_url".to_string(),
                "https://vandelay.example".to_string()
            ),
            ("valid_through".to_string(), "2024-07-01".to_string()),
        ]
    );
    // The description was HTML escaped once more; entities decoded once.
    assert_eq!(
        p.body,
        "**About the role**\n\n\
         Vandelay's R&D platform team builds the import/export APIs used by 300 partners. \
         You'll write Go and Rust services on Kubernetes, and own PostgreSQL schemas end to end.\n\n\
         - 6+ years building backend services\n- Experience with gRPC & Kafka\n- C++ a plus\n\n\
         Read our [benefits](<https://boards.greenhouse.io/vandelay/benefits>) page.\n"
    );
}

#[test]
fn lever_graph_with_string_organization_and_remote() {
    let p = one("lever.html");
    assert_eq!(p.title, "Site Reliability Engineer");
    assert_eq!(p.company.as_deref(), Some("Pied Piper"));
    assert_eq!(p.remote, Some(Remote::Remote));
    assert_eq!(p.location.as_deref(), Some("United States"));
    let salary = p.salary.expect("salary");
    assert_eq!((salary.min, salary.max), (Some(175000.0), Some(175000.0)));
    assert_eq!(p.skills, ["Kubernetes", "Terraform", "Prometheus"]);
    assert_eq!(
        p.url.as_deref(),
        Some("https://jobs.lever.co/piedpiper/8f1c2a44-3b5e-4d7a-9c11-0e2f3a4b5c6d")
    );
    assert_eq!(p.source.as_deref(), Some("jobs.lever.co"));
    assert!(p.body.contains("### What you'll do\n"), "{}", p.body);
    assert!(p.body.contains("99.99% — with SLOs"), "{}", p.body);
    assert!(p.body.contains("Terraform & Go"), "{}", p.body);
    assert!(
        p.body.contains(
            "See the benefits and our [other openings](<https://jobs.lever.co/piedpiper>)."
        ),
        "{}",
        p.body
    );
    assert!(
        p.body
            .contains("Tags: \\[\\[SRE]] [ops\\](runbooks/oncall.md)"),
        "{}",
        p.body
    );
}

#[test]
fn workday_array_with_raw_line_breaks_in_strings() {
    let p = one("workday.html");
    assert_eq!(p.company.as_deref(), Some("Kramerica Logistics"));
    assert_eq!(
        p.location.as_deref(),
        Some("Columbus, OH, United States of America")
    );
    assert_eq!(p.source_id.as_deref(), Some("JR-0042117"));
    assert_eq!(p.employment, Some(Employment::PartTime));
    let salary = p.salary.expect("salary");
    assert_eq!(
        (salary.min, salary.period),
        (Some(45.0), Some(Period::Hour))
    );
    assert_eq!(
        p.source.as_deref(),
        Some("kramerica.wd5.myworkdayjobs.example")
    );
    assert!(
        p.body
            .starts_with("Support our WMS (Manhattan SCALE) and the SQL reports"),
        "{}",
        p.body
    );
}

#[test]
fn a_page_without_json_ld_gives_its_main_text() {
    let p = one("careers-page.html");
    assert_eq!(p.title, "Data Analyst");
    assert_eq!(
        p.company, None,
        "nothing says which company, so none is guessed"
    );
    assert_eq!(
        p.url.as_deref(),
        Some("https://careers.wayne-enterprises.example/jobs/4471")
    );
    assert!(
        p.body.contains("Build reports in SQL and Tableau"),
        "{}",
        p.body
    );
    assert!(p.body.contains("dbt & Python (pandas)"), "{}", p.body);
    assert!(
        p.body.contains("[Applied Sciences](<https://careers.wayne-enterprises.example/teams/applied-sciences>) team and the FAQ"),
        "{}",
        p.body
    );
    for noise in ["cookies", "All jobs", "Privacy", "dataLayer", "font-family"] {
        assert!(!p.body.contains(noise), "{noise:?} in:\n{}", p.body);
    }
}

#[test]
fn pages_without_a_posting_are_errors() {
    for (name, want) in [
        (
            "article.html",
            "error: article.html:3: no job posting found: the page describes a NewsArticle",
        ),
        (
            "empty.html",
            "error: empty.html: no job posting found in this page",
        ),
    ] {
        let (postings, diags) = page(name);
        assert!(postings.is_empty(), "{name}");
        assert_eq!(diags.len(), 1, "{name}: {diags:?}");
        assert_eq!(diags[0].to_string().lines().next(), Some(want), "{name}");
    }
}

#[test]
fn a_page_that_is_not_utf8_names_its_line() {
    let (postings, diags) = import_page(b"<html>\n<body>\n<h1>Caf\xe9 Manager</h1>", "cafe.html");
    assert!(postings.is_empty());
    assert_eq!(diags[0].location(), "cafe.html:3");
    assert_eq!(diags[0].message, "the page is not UTF-8 text");
}

#[test]
fn json_ld_in_pieces_is_found() {
    for (json, titles) in [
        (r#"{"@type":"JobPosting","title":"A"}"#, vec!["A"]),
        (
            r#"[{"@type":"Organization"},{"@type":"JobPosting","title":"A"}]"#,
            vec!["A"],
        ),
        (
            r#"{"@graph":[{"@type":"JobPosting","title":"A"},{"@type":"http://schema.org/JobPosting","title":"B"}]}"#,
            vec!["A", "B"],
        ),
        (
            r#"{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"JobPosting","title":"A"}}]}"#,
            vec!["A"],
        ),
        (r#"{"@type":"Organization","name":"X"}"#, vec![]),
    ] {
        let value: Value = serde_json::from_str(json).unwrap();
        let mut found = Vec::new();
        collect_postings(&value, &mut found, 1);
        let got: Vec<&str> = found
            .iter()
            .map(|(v, _)| v["title"].as_str().unwrap())
            .collect();
        assert_eq!(got, titles, "json: {json}");
    }
}
