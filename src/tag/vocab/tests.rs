//! Vocabulary tests: lookups, categories, site additions, data quality.

use std::collections::HashMap;

use super::*;

fn builtin() -> Vocab {
    Vocab::new(&VocabConfig::default())
}

#[test]
fn canonical_skill_maps_aliases_in_any_case() {
    let v = builtin();
    for (input, want) in [
        ("golang", Some("Go")),
        ("Golang", Some("Go")),
        ("Go", Some("Go")),
        ("go", Some("Go")),
        ("k8s", Some("Kubernetes")),
        ("Postgres", Some("PostgreSQL")),
        ("React.js", Some("React")),
        ("python3", Some("Python")),
        ("JS", Some("JavaScript")),
        ("c++", Some("C++")),
        ("cpp", Some("C++")),
        ("C#", Some("C#")),
        ("GCP", Some("Google Cloud")),
        ("ci/cd", Some("CI/CD")),
        ("distributed computing", Some("Distributed Systems")),
        ("  Unix  ", Some("Unix")),
        ("Vector stores", Some("Vector Databases")),
        ("unknown-thing", None),
        ("", None),
    ] {
        assert_eq!(v.canonical_skill(input), want, "input: {input:?}");
    }
}

#[test]
fn skills_have_categories() {
    let v = builtin();
    for (input, want) in [
        ("Go", "Languages"),
        ("React", "Frameworks"),
        ("PostgreSQL", "Databases"),
        ("Kubernetes", "Cloud and Infrastructure"),
        ("Machine Learning", "Data and ML"),
        ("Distributed Systems", "Practices"),
        ("Code Review", "Practices"),
        ("CI/CD", "Cloud and Infrastructure"),
        ("golang", "Languages"),
    ] {
        assert_eq!(v.skill_category(input), Some(want), "input: {input:?}");
    }
    let categories: Vec<&str> = v
        .skill_names()
        .filter_map(|s| v.skill_category(s))
        .collect();
    assert_eq!(
        categories.len(),
        v.skill_names().count(),
        "every built-in skill has a category"
    );
}

#[test]
fn no_form_names_two_skills() {
    let lines = data::parse(data::SKILLS).expect("built-in data parses");
    let mut owner: HashMap<String, &str> = HashMap::new();
    for line in &lines {
        for form in &line.forms {
            let previous = owner.insert(form.text.to_lowercase(), &line.canonical);
            if let Some(previous) = previous {
                assert_eq!(
                    previous, line.canonical,
                    "form {:?} names two skills",
                    form.text
                );
            }
        }
    }
    assert!(owner.len() >= 1500, "{} forms", owner.len());
}

#[test]
fn a_word_with_an_exact_case_form_is_not_also_matched_in_any_case() {
    // `Swift:` on one line and `=Swift: ~ rules` on another would match
    // "swift" in any case, without the rules: the mistake this catches.
    let lines = data::parse(data::SKILLS).expect("built-in data parses");
    let both: Vec<&str> = lines
        .iter()
        .flat_map(|l| &l.forms)
        .filter(|e| e.exact)
        .filter(|e| {
            lines
                .iter()
                .flat_map(|l| &l.forms)
                .any(|f| !f.exact && f.text.eq_ignore_ascii_case(&e.text))
        })
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        both,
        Vec::<&str>::new(),
        "forms both exact-case and any-case"
    );
}

#[test]
fn site_config_adds_skills_aliases_companies_and_ignores() {
    let config = VocabConfig {
        skills: [
            ("Restate".to_string(), vec!["restate.dev".to_string()]),
            ("go".to_string(), vec!["gopher-lang".to_string()]),
        ]
        .into(),
        companies: [("TikTok".to_string(), vec!["ByteDance".to_string()])].into(),
        ignore: vec!["Agile".to_string()],
    };
    let v = Vocab::new(&config);
    assert_eq!(v.canonical_skill("restate.dev"), Some("Restate"));
    assert_eq!(v.skill_category("Restate"), None);
    assert_eq!(
        v.canonical_skill("gopher-lang"),
        Some("Go"),
        "alias of a built-in skill"
    );
    assert_eq!(v.skill_category("gopher-lang"), Some("Languages"));
    for (input, want) in [
        ("TikTok", Some("TikTok")),
        ("tiktok", Some("TikTok")),
        ("ByteDance", Some("TikTok")),
        ("Meta", None),
    ] {
        assert_eq!(v.canonical_company(input), want, "input: {input:?}");
    }
    assert!(v.is_ignored("agile") && v.is_ignored(" Agile "));
    assert!(!v.is_ignored("Go"));
    assert!(!builtin().is_ignored("Agile"));
}

#[test]
fn normalize_role_keeps_levels_and_acronyms() {
    let v = builtin();
    for (input, want) in [
        (
            "Sr. backend software engineer",
            "Senior Backend Software Engineer",
        ),
        ("staff ios engineer", "Staff iOS Engineer"),
        ("Lead QA Engineer", "Lead QA Engineer"),
        ("principal ML engineer", "Principal ML Engineer"),
        ("Engineering Manager", "Engineering Manager"),
        ("director of data science", "Director of Data Science"),
        ("software engineering intern", "Software Engineering Intern"),
    ] {
        assert_eq!(v.normalize_role(input), want, "input: {input:?}");
    }
}

#[test]
fn vocab_is_shared_across_threads() {
    fn sync<T: Sync + Send>() {}
    sync::<Vocab>();
}

#[test]
fn names_show_their_initialism_and_both_find_the_skill() {
    let v = builtin();
    for (input, want) in [
        ("TDD", "Test-Driven Development (TDD)"),
        ("test driven development", "Test-Driven Development (TDD)"),
        ("Test-Driven Development", "Test-Driven Development (TDD)"),
        (
            "Test-Driven Development (TDD)",
            "Test-Driven Development (TDD)",
        ),
        ("Root Cause Analysis (RCA)", "Root Cause Analysis (RCA)"),
    ] {
        assert_eq!(v.canonical_skill(input), Some(want), "{input}");
    }
    // A name that is itself short, or a form that is not its initials, stays as it is.
    assert_eq!(v.canonical_skill("golang"), Some("Go"));
    assert_eq!(v.canonical_skill("k8s"), Some("Kubernetes"));
    assert!(is_initialism_of("IAM", "Identity and Access Management"));
    assert!(!is_initialism_of("JS", "JavaScript"));
    assert!(!is_initialism_of("Tdd", "Test-Driven Development"));
    assert!(!is_initialism_of("TD", "Test-Driven Development"));
}

#[test]
fn a_form_kept_as_written_names_its_skill_only_in_its_case() {
    let vocab = Vocab::new(&Default::default());
    // "=Athena" is Amazon Athena; "athena" in lower case is athenahealth's
    // short name, and "at athena" a lower-case brand.
    assert!(vocab.skill_as_written("Athena"));
    assert!(!vocab.skill_as_written("athena"));
    assert!(vocab.canonical_skill("athena").is_some());
    // Any other form, in any case, as a whole word only.
    assert!(vocab.skill_as_written("python"));
    assert!(vocab.skill_as_written("PostgreSQL"));
    assert!(!vocab.skill_as_written("pythonic"));
    assert!(!vocab.skill_as_written("pyth"));
}
