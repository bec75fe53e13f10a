//! Extraction tests: ambiguity rules, company and role rules, evidence
//! spans, whole documents in several styles, and the shared seeds.

use super::*;
use crate::config::VocabConfig;

mod texts;

fn vocab() -> Vocab {
    Vocab::new(&VocabConfig::default())
}

fn skills(text: &str, vocab: &Vocab) -> Vec<String> {
    extract(text, vocab)
        .skills
        .into_iter()
        .map(|f| f.name)
        .collect()
}

fn name(found: Option<Found>) -> Option<String> {
    found.map(|f| f.name)
}

#[test]
fn ambiguous_words_are_skills_only_in_skill_contexts() {
    let v = vocab();
    for (input, want) in [
        ("We are a Series C startup.", vec![]),
        ("You will report to the C-suite.", vec![]),
        ("Our R&D team is large.", vec![]),
        ("Our R & D budget grew.", vec![]),
        ("Experience with R and Python.", vec!["R", "Python"]),
        ("Proficiency in C/C++ is required.", vec!["C", "C++"]),
        (
            "Firmware in C; tests in Python.",
            vec!["Firmware", "C", "Python"],
        ),
        ("Swift action is required when pages fire.", vec![]),
        ("You will build iOS apps in Swift.", vec!["iOS", "Swift"]),
        ("A swift response matters.", vec![]),
        ("Plants across the Rust Belt.", vec![]),
        ("Systems programming in Rust.", vec!["Rust"]),
        ("The rust on old pipes.", vec![]),
        ("Spark joy in every customer.", vec![]),
        (
            "ETL jobs in Spark and Airflow.",
            vec!["ETL", "Apache Spark", "Apache Airflow"],
        ),
        ("People who excel at ownership thrive.", vec![]),
        ("Advanced Excel skills.", vec!["Excel"]),
        ("Candidates who Excel at ownership thrive.", vec![]),
        ("React to incidents calmly.", vec![]),
        ("Build UIs with React and Redux.", vec!["React", "Redux"]),
        ("We react to feedback quickly.", vec![]),
        ("Java Island coffee roasters.", vec![]),
        ("Backend in Java and Kotlin.", vec!["Java", "Kotlin"]),
        ("Let's Go!", vec![]),
        ("Go ahead and apply.", vec![]),
        ("Own the go-to-market plan.", vec!["Go-to-Market Strategy"]),
        ("Experience with Go.", vec!["Go"]),
        ("Services written in GoLang.", vec!["Go"]),
        ("Go and Python services.", vec!["Go", "Python"]),
        ("We play Pokémon Go at lunch.", vec![]),
        ("Comfortable with Unix/Linux.", vec!["Unix", "Linux"]),
        ("Frontend in JS/TS.", vec!["JavaScript", "TypeScript"]),
        (
            "Postgres, k8s and React.js.",
            vec!["PostgreSQL", "Kubernetes", "React"],
        ),
        (
            "APIs in Node.js on ASP.NET hosts.",
            vec!["Node.js", "ASP.NET"],
        ),
        ("Google Cloud Platform (GCP) only.", vec!["Google Cloud"]),
        ("Guard rails for the release train.", vec![]),
        ("Apps in Ruby on Rails.", vec!["Ruby on Rails"]),
        ("We ship this spring.", vec![]),
        ("Services in Spring Boot.", vec!["Spring Boot"]),
        ("Spark SQLite exports.", vec!["Apache Spark", "SQLite"]),
        ("a leader in data analytics space", vec![]),
        (
            "See https://golang.org/doc and mail go@rust.example",
            vec![],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn skills_are_listed_once_in_order_of_first_mention() {
    let v = vocab();
    let text = "Golang services, Python tools, more Go, and python3 scripts.";
    assert_eq!(skills(text, &v), ["Go", "Python"]);
    let got = extract(text, &v);
    assert_eq!(&text[got.skills[0].start..got.skills[0].end], "Golang");
}

#[test]
fn skill_words_inside_the_company_name_or_a_title_are_not_skills() {
    let v = vocab();
    let text =
        "This Machine Learning Engineer role at Quill Robotics is new. Quill Robotics builds arms.";
    let got = extract(text, &v);
    assert_eq!(name(got.company).as_deref(), Some("Quill Robotics"));
    assert_eq!(got.skills, vec![]);
}

#[test]
fn company_comes_from_phrases_that_name_the_employer() {
    let v = vocab();
    for (input, want) in [
        (
            "This Data Engineer role at Tandem Labs is remote.",
            Some("Tandem Labs"),
        ),
        (
            "The Backend Engineer on Wayfarer's Payments team owns ledgers.",
            Some("Wayfarer"),
        ),
        (
            "Orbitly is a company that sells maps. It is hiring.",
            Some("Orbitly"),
        ),
        ("## About Brightline\nWe build trains.", Some("Brightline")),
        (
            "Company: Kestrel Works\nRole: Analyst",
            Some("Kestrel Works"),
        ),
        (
            "Parcelly is hiring a Senior Android Engineer.",
            Some("Parcelly"),
        ),
        ("Join the Fernway team as a Designer.", Some("Fernway")),
        (
            "Software Engineer role at Databricks, on Spark.",
            Some("Databricks"),
        ),
        ("Company Analysis:\nThe company is growing.", None),
        ("We use Golang or other languages.", None),
        ("The Infrastructure Platform team owns CI.", None),
        ("About Us\nWe are an equal opportunity employer.", None),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}

#[test]
fn company_is_the_fullest_best_supported_form() {
    let v = vocab();
    for (input, want) in [
        (
            "The backend role at Aurora is new. Aurora Energy is a utility.",
            "Aurora Energy",
        ),
        (
            "This role at ByteYard is fun. Byteyard is growing. ByteYard's team is kind.",
            "ByteYard",
        ),
        (
            "This role at Lumen is new. [careers](https://jobs.example.com/lumen-cloud)",
            "Lumen Cloud",
        ),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            Some(want),
            "input: {input:?}"
        );
    }
}

#[test]
fn links_to_other_documents_name_nothing() {
    let v = vocab();
    let text = "This role at Vexa is new.\n\n## Related\n- [Senior Rust Engineer at Quorra](/notes/quorra/)\n";
    let got = extract(text, &v);
    assert_eq!(name(got.company).as_deref(), Some("Vexa"));
    assert_eq!(got.role, None);
    assert_eq!(got.skills, vec![]);
}

#[test]
fn role_is_the_title_the_text_is_about_normalised() {
    let v = vocab();
    for (input, want) in [
        (
            "This Backend Software Engineer role on X's team.",
            Some("Backend Software Engineer"),
        ),
        (
            "This Sr. Mobile Software Engineer role is new.",
            Some("Senior Mobile Software Engineer"),
        ),
        (
            "We are looking for a senior backend engineer to join us.",
            Some("Senior Backend Engineer"),
        ),
        (
            "Join us as a Staff Data Scientist.",
            Some("Staff Data Scientist"),
        ),
        (
            "Senior Data Scientist\nNorthwind – New York\n",
            Some("Senior Data Scientist"),
        ),
        (
            "Job Title: QA Automation Engineer\nLocation: Remote",
            Some("QA Automation Engineer"),
        ),
        (
            "At its core, this Director of Engineering opening is big.",
            Some("Director of Engineering"),
        ),
        (
            "This Full Stack Software Engineer Intern role at Y.",
            Some("Full Stack Software Engineer Intern"),
        ),
        (
            "The hiring manager cares about writing. The engineer is on call.",
            None,
        ),
        ("The Developer Experience team owns tooling.", None),
        ("She met Data Scientists and Engineers.", None),
    ] {
        assert_eq!(
            name(extract(input, &v).role).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}

#[test]
fn evidence_spans_show_what_was_found() {
    let v = vocab();
    for text in [
        texts::HN_POST,
        texts::BULLETS,
        texts::CORPORATE,
        texts::RECRUITER_EMAIL,
        texts::NOTE,
        texts::ANALYSIS,
        texts::LINKEDIN,
        texts::GREENHOUSE,
        texts::HN_DASHES,
        texts::RECRUITER_SIGNATURE,
        texts::FOUNDING,
    ] {
        let got = extract(text, &v);
        let company = got.company.expect("every sample names its company");
        assert!(
            text[company.start..company.end].eq_ignore_ascii_case(&company.name)
                || company.name.starts_with(&text[company.start..company.end]),
            "company span {:?} for {:?}",
            &text[company.start..company.end],
            company.name
        );
        let role = got.role.expect("every sample has a role");
        assert_eq!(v.normalize_role(&text[role.start..role.end]), role.name);
        for skill in &got.skills {
            let shown = &text[skill.start..skill.end];
            assert_eq!(
                v.canonical_skill(shown),
                Some(skill.name.as_str()),
                "span {shown:?}"
            );
        }
    }
}

#[test]
fn whole_documents_in_many_styles() {
    let v = vocab();
    for (text, company, role, must, must_not) in [
        (
            texts::HN_POST,
            "Acme Robotics",
            "Senior Backend Engineer",
            &["Go", "PostgreSQL", "Kubernetes", "gRPC", "Python"][..],
            &["Robotics"][..],
        ),
        (
            texts::HN_POST_YC,
            "Globex",
            "Infrastructure Engineer",
            &["Rust", "Distributed Systems", "Raft", "eBPF", "Kubernetes"],
            &[],
        ),
        (
            texts::BULLETS,
            "Northwind Analytics",
            "Senior Data Scientist",
            &[
                "Python",
                "SQL",
                "A/B Testing",
                "Apache Airflow",
                "dbt",
                "Pandas",
                "scikit-learn",
                "Statistics",
                "Bayesian Modeling",
                "Snowflake",
                "BigQuery",
                "Communication",
            ],
            &[],
        ),
        (
            texts::CORPORATE,
            "Initech Corporation",
            "Software Engineer II",
            &[
                "Java",
                "Spring Boot",
                "Microservices",
                "AWS",
                "Code Review",
                "C#",
                "Apache Kafka",
                "Docker",
                "Kubernetes",
                "CI/CD",
                "Jenkins",
                "GitHub Actions",
            ],
            &["React", "Go", "Excel", "R", "C"],
        ),
        (
            texts::RECRUITER_EMAIL,
            "Hooli",
            "Staff Platform Engineer",
            &[
                "Terraform",
                "Kubernetes",
                "Argo CD",
                "Helm",
                "Go",
                "Python",
                "Google Cloud",
            ],
            &[],
        ),
        (
            texts::NOTE,
            "Umbrella Health",
            "Machine Learning Engineer",
            &[
                "System Design",
                "PyTorch",
                "C++",
                "Apache Spark",
                "Go",
                "Redis",
                "Apache Kafka",
            ],
            &[],
        ),
        (
            texts::LINKEDIN,
            "Contoso",
            "Senior Software Engineer",
            &[
                "Kubernetes",
                "Ray",
                "Kubeflow",
                "Mentoring",
                "Python",
                "Scala",
                "Apache Spark",
                "Apache Airflow",
            ],
            &[],
        ),
        (
            texts::GREENHOUSE,
            "Ramp",
            "Backend Engineer",
            &["Python", "TypeScript", "PostgreSQL"],
            &[],
        ),
        (
            texts::HN_DASHES,
            "Widgetron",
            "Senior Frontend Engineer",
            &["React", "TypeScript", "Vue.js"],
            &[],
        ),
        (
            texts::RECRUITER_SIGNATURE,
            "Initrode",
            "Staff Platform Engineer",
            &["Kubernetes", "Go", "Terraform", "AWS"],
            &[],
        ),
        (
            texts::FOUNDING,
            "Lumio",
            "Founding Engineer",
            &[
                "Next.js",
                "Python",
                "PostgreSQL",
                "Large Language Models",
                "Rust",
            ],
            &[],
        ),
        (
            texts::ANALYSIS,
            "Vandelay",
            "Senior Site Reliability Engineer",
            &[
                "Python",
                "Go",
                "Terraform",
                "Prometheus",
                "Grafana",
                "Linux",
                "Networking",
                "C",
            ],
            &["React", "Excel", "R"],
        ),
    ] {
        let got = extract(text, &v);
        let found = skills(text, &v);
        assert_eq!(
            name(got.company).as_deref(),
            Some(company),
            "text: {text:.40?}"
        );
        assert_eq!(name(got.role).as_deref(), Some(role), "text: {text:.40?}");
        for s in must {
            assert!(
                found.iter().any(|f| f == s),
                "{s} missing from {found:?} in {text:.40?}"
            );
        }
        for s in must_not {
            assert!(
                !found.iter().any(|f| f == s),
                "{s} wrongly in {found:?} in {text:.40?}"
            );
        }
    }
}

#[test]
fn site_vocabulary_adds_skills_companies_and_ignored_words() {
    let config = VocabConfig {
        skills: [
            ("Temporal".to_string(), vec!["temporal.io".to_string()]),
            ("Go".to_string(), vec!["go-lang-ish".to_string()]),
        ]
        .into(),
        companies: [("TikTok".to_string(), vec!["Tik Tok".to_string()])].into(),
        ignore: vec!["Agile".to_string()],
    };
    let v = Vocab::new(&config);
    let got = extract(
        "Workflows on temporal.io at Tik Tok, in go-lang-ish, the Agile way.",
        &v,
    );
    assert_eq!(
        got.skills
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>(),
        ["Temporal", "Go"]
    );
    assert_eq!(name(got.company).as_deref(), Some("TikTok"));
}

#[test]
fn empty_and_odd_texts_find_nothing_and_do_not_panic() {
    let v = vocab();
    for text in [
        "",
        "\n\n",
        "—",
        "ü",
        "Go",
        "C",
        "[",
        "](",
        "a@b",
        "http://",
        "Sr.",
        "’s",
        "### \n- \n1. ",
    ] {
        let got = extract(text, &v);
        assert!(got.company.is_none(), "text: {text:?}");
    }
}

#[test]
fn seeds_give_their_expected_tags() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let v = vocab();
    for (file, role, must) in [
        (
            "backend-engineer-infrastructure.txt",
            "Backend Software Engineer",
            &["Go", "Linux", "Unix", "Distributed Systems"][..],
        ),
        (
            "fullstack-intern-multimedia.txt",
            "Full Stack Software Engineer Intern",
            &["Go", "JavaScript", "TypeScript", "React"][..],
        ),
    ] {
        // CI clones only this repository; the seeds live beside it.
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            continue;
        };
        let got = extract(&text, &v);
        assert_eq!(name(got.company).as_deref(), Some("TikTok"), "{file}");
        assert_eq!(name(got.role).as_deref(), Some(role), "{file}");
        let found = skills(&text, &v);
        for s in must {
            assert!(
                found.iter().any(|f| f == s),
                "{s} missing from {found:?} in {file}"
            );
        }
    }
}

#[test]
fn hostile_inputs_are_handled_in_linear_time() {
    // Each input would take minutes if some scan were quadratic.
    let v = vocab();
    let many_names: String = (0..20_000)
        .map(|i| format!("Name{i} Corp is hiring. "))
        .collect();
    let many_titles: String = (0..20_000)
        .map(|i| format!("Senior Engineer{i} role. Data Engineer at X{i}. "))
        .collect();
    for text in [
        "](".repeat(100_000),
        "a@".repeat(100_000),
        "http://x".repeat(50_000),
        "1. ".repeat(100_000) + "Go",
        " ".repeat(300_000) + "- Go, C",
        "C ".repeat(100_000),
        "Go ".repeat(100_000),
        "[".repeat(100_000) + "](x)",
        "x".repeat(300_000),
        "é".repeat(150_000),
        many_names,
        many_titles,
    ] {
        let got = extract(&text, &v);
        assert!(got.skills.len() <= 3, "{} bytes", text.len());
    }
}
