//! Whole documents in many styles, evidence spans, and the shared seeds.

use super::texts;
use super::*;

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
        let title = crate::tag::title::parse(&text[role.start..role.end], &v)
            .expect("the role's span is a title");
        assert_eq!(title.role, role.name);
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
            "Backend Engineer",
            &["Go", "PostgreSQL", "Kubernetes", "gRPC", "Python"][..],
            &["Robotics"][..],
        ),
        (
            texts::HN_POST_YC,
            "Globex",
            "Infrastructure Engineer, Storage",
            &["Rust", "Distributed Systems", "Raft", "eBPF", "Kubernetes"],
            &[],
        ),
        (
            texts::BULLETS,
            "Northwind Analytics",
            "Data Scientist",
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
            ],
            &[],
        ),
        (
            texts::CORPORATE,
            "Initech Corporation",
            "Software Engineer, Payments",
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
            "Platform Engineer",
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
            "Software Engineer, Machine Learning Platform",
            &[
                "Kubernetes",
                "Ray",
                "Kubeflow",
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
            "Frontend Engineer",
            &["React", "TypeScript", "Vue.js"],
            &[],
        ),
        (
            texts::RECRUITER_SIGNATURE,
            "Initrode",
            "Platform Engineer",
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
                "Large Language Models (LLM)",
                "Rust",
            ],
            &[],
        ),
        (
            texts::ANALYSIS,
            "Vandelay",
            "Site Reliability Engineer",
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
            "Full Stack Software Engineer",
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
