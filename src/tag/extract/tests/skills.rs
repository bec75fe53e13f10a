//! Skill matching: ambiguity rules, order, names that hide skill words,
//! site vocabulary, odd and hostile inputs.

use super::*;

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
        (
            "Experience applying AI to search.",
            vec!["Artificial Intelligence (AI)"],
        ),
        ("Join the AI Research team as an AI Engineer.", vec![]),
        ("Our core data platform serves every analyst.", vec![]),
        (
            "Persistence with Core Data on iOS.",
            vec!["Core Data", "iOS"],
        ),
        ("Bus traces from a PCI analyzer.", vec![]),
        ("Card data handled under PCI rules.", vec!["PCI DSS"]),
        ("Swift action is required when pages fire.", vec![]),
        ("You will build iOS apps in Swift.", vec!["iOS", "Swift"]),
        ("A swift response matters.", vec![]),
        ("Plants across the Rust Belt.", vec![]),
        ("Systems programming in Rust.", vec!["Rust"]),
        ("The rust on old pipes.", vec![]),
        ("Spark joy in every customer.", vec![]),
        ("TL;DR: low-latency C++ role.", vec!["C++"]),
        (
            "You will build apps with SwiftUI in Bentonville, AR. This is a contract.",
            vec!["SwiftUI"],
        ),
        (
            "Experience with VR, AR.",
            vec!["Virtual Reality (VR)", "Augmented Reality (AR)"],
        ),
        (
            "Questions that probe Rust, TS, JavaScript, and Kafka.",
            vec!["Rust", "TypeScript", "JavaScript", "Apache Kafka"],
        ),
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
        // Names matched as written count in capitals only in a list of skills.
        (
            "- Languages: RUST, GO, PYTHON (any two)",
            vec!["Rust", "Go", "Python"],
        ),
        ("We ran GO enrichment on the gene sets.", vec![]),
        ("LET'S GO! RUST BELT PRIDE.", vec![]),
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
        ("Scripting in Shell and Python.", vec!["Bash", "Python"]),
        ("A role at Shell, the energy company.", vec![]),
        ("Spark SQLite exports.", vec!["Apache Spark", "SQLite"]),
        ("a leader in data analytics space", vec![]),
        ("a leader in **machine learning**.", vec![]),
        ("ñ in **SQL**, ü in `Go`", vec!["SQL", "Go"]),
        (
            "See https://golang.org/doc and mail go@rust.example",
            vec![],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn a_tool_worked_against_or_moved_off_is_the_object_of_the_work() {
    let v = vocab();
    for (input, want) in [
        (
            "- Strong SQL against Oracle",
            vec!["SQL", "Oracle Database"],
        ),
        ("We are moving off Puppet.", vec!["Puppet"]),
        // The employer and the puppet theatre stay what they are.
        ("Oracle is hiring engineers.", vec![]),
        ("Join Oracle as an engineer.", vec![]),
        ("We sponsor the Puppet Theatre downtown.", vec![]),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn tools_named_like_words_or_people_count_only_as_tools() {
    let v = vocab();
    for (input, want) in [
        (
            "Forecasts with Prophet and ARIMA.",
            vec!["Forecasting", "Prophet", "ARIMA"],
        ),
        ("The Prophet spoke at dawn.", vec![]),
        ("Analyses in Seurat and Scanpy.", vec!["Seurat", "Scanpy"]),
        ("A painting by Seurat hangs here.", vec![]),
        ("Experience with CLIP and BERT.", vec!["CLIP", "BERT"]),
        ("Watch the CLIP below; Bert will explain.", vec![]),
        (
            "Configure HART and FOUNDATION Fieldbus devices.",
            vec!["HART", "FOUNDATION Fieldbus"],
        ),
        ("Sophie Hart, Recruiter", vec![]),
        (
            "Experience with UDS.",
            vec!["Unified Diagnostic Services (UDS)"],
        ),
        ("UDS Group is hiring.", vec![]),
        (
            "Messaging with Solace and Kafka.",
            vec!["Solace PubSub+", "Apache Kafka"],
        ),
        ("Find solace in the work.", vec![]),
        ("Lineage with DataHub.", vec!["Data Lineage", "DataHub"]),
        ("Our DataHub team ships daily.", vec![]),
        (
            "Build landing pages in Marketo.",
            vec!["Landing Pages", "Marketo"],
        ),
        ("From our landing page to your door.", vec![]),
        (
            "Write the SSP, POA&Ms and control statements.",
            vec!["System Security Plans (SSP)", "POA&Ms"],
        ),
        ("SSP is paid from the fourth day of sickness.", vec![]),
        (
            "OT monitoring with Nozomi, Claroty or Dragos.",
            vec!["Nozomi Networks", "Claroty", "Dragos"],
        ),
        ("Ask our recruiter Nozomi about the role.", vec![]),
        (
            "Finance processes: P2P, O2C and R2R.",
            vec!["Procure-to-Pay", "Order-to-Cash", "Record-to-Report"],
        ),
        ("A lender in consumer credit (P2P lending).", vec![]),
        ("Models in PyMC or Stan.", vec!["PyMC", "Stan"]),
        ("Ask Stan Lee about the role.", vec![]),
        (
            "Feature stores (Feast or Tecton).",
            vec!["Feature Stores", "Feast", "Tecton"],
        ),
        ("Join the Feast of the harvest.", vec![]),
        (
            "Traceability in Polarion or Jama.",
            vec!["Polarion", "Jama Connect"],
        ),
        ("Speak to our recruiter Jama Ahmed.", vec![]),
        ("Claims workflows in Pega, Java.", vec!["Pega", "Java"]),
        ("Meet Pega Smith, our manager.", vec![]),
        (
            "Data access with EF Core and Dapper.",
            vec!["Entity Framework", "Dapper"],
        ),
        ("The Dapper Gentleman cafe is our neighbour.", vec![]),
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
fn words_that_share_a_skills_head_noun_are_mentions_of_their_own() {
    let v = vocab();
    for (input, want) in [
        (
            "Experience writing unit and integration tests.",
            vec!["Unit Testing", "Integration Testing"],
        ),
        (
            "Familiar with unit, integration, and end-to-end testing.",
            vec!["Unit Testing", "Integration Testing", "End-to-End Testing"],
        ),
        (
            "You will do front-end and back-end development.",
            vec!["Front-End Development", "Back-End Development"],
        ),
        // A word that makes no skill with the head adds nothing.
        (
            "Keep our fast and reliable integration testing.",
            vec!["Integration Testing"],
        ),
        (
            "Experience with manual and integration testing.",
            vec!["Manual Testing", "Integration Testing"],
        ),
        // The list's last item need not name a skill itself.
        (
            "Keep quality high: unit, integration and golden tests.",
            vec!["Unit Testing", "Integration Testing"],
        ),
        (
            "Own XCTest unit and UI tests.",
            vec!["XCTest", "Unit Testing", "UI Testing"],
        ),
        ("Write fast and clean tests.", vec![]),
        // Only words joined by a coordinator share the head.
        (
            "Great teams value integration testing.",
            vec!["Integration Testing"],
        ),
        // The head first, its words listed after it.
        (
            "Experience with testing (unit, integration, end-to-end).",
            vec!["Unit Testing", "Integration Testing", "End-to-End Testing"],
        ),
        (
            "Automated testing: unit, integration and performance.",
            vec![
                "Test Automation",
                "Unit Testing",
                "Integration Testing",
                "Performance Testing",
            ],
        ),
        (
            "- Test (unit, SIT, UAT) and manage defects in Jira",
            vec!["Unit Testing", "User Acceptance Testing (UAT)", "Jira"],
        ),
        ("Testing: we ship every day.", vec![]),
        // A plural head names each item in the singular, and the last
        // item may be a skill's name of several words.
        (
            "Work with the OpenAI and Anthropic APIs.",
            vec!["OpenAI API", "Anthropic API"],
        ),
        (
            "Work with OpenAI, Anthropic and Azure OpenAI APIs.",
            vec!["OpenAI API", "Anthropic API", "Azure OpenAI Service"],
        ),
        ("Build internal and partner APIs.", vec![]),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
    let text = "Experience writing unit and integration tests.";
    let got = extract(text, &v);
    assert_eq!(&text[got.skills[0].start..got.skills[0].end], "unit");
}

#[test]
fn a_two_word_name_may_be_written_with_a_hyphen() {
    let v = vocab();
    for (input, want) in [
        (
            "Experience with big-data technologies such as Hadoop.",
            vec!["Big Data", "Hadoop"],
        ),
        (
            "Understanding of high-availability setups.",
            vec!["High Availability"],
        ),
        (
            "Technologies\njava java-ee spring\n",
            vec!["Java", "Java EE", "Spring Boot"],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn a_technology_named_in_a_title_is_a_skill() {
    let v = vocab();
    for (input, want) in [
        ("This Senior Go Engineer role is remote.", vec!["Go"]),
        ("Hiring a Java Developer.", vec!["Java"]),
        ("This Machine Learning Engineer role is remote.", vec![]),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
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

#[test]
fn random_documents_never_panic_and_spans_are_slices() {
    let v = vocab();
    let pieces = [
        "Go",
        "C",
        "R",
        "é",
        "ñ",
        "—",
        "’s",
        "'s",
        "**",
        "`",
        "_",
        "in ",
        "at ",
        "Acme ",
        "Labs",
        "](",
        "[",
        ")",
        "http://x.io/a-b",
        "@",
        "\n",
        "- ",
        "1. ",
        " | ",
        " ",
        ".",
        ",",
        "Senior ",
        "Engineer",
        "R&D",
        "C-suite",
        "Golang",
        "k8s",
        "Sr. ",
        "role ",
        "This ",
        "About ",
        "is hiring",
        "Rust",
        "team",
        "of ",
        "VP ",
        "#",
        "ü",
        "€",
        "\t",
        "Machine Learning ",
        "Spark",
        "’",
    ];
    let mut seed: u64 = 7;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    for _ in 0..3000 {
        let len = next(40);
        let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
        let got = extract(&text, &v);
        for found in got
            .company
            .iter()
            .chain(got.role.iter())
            .chain(got.skills.iter())
        {
            assert!(
                text.get(found.start..found.end).is_some(),
                "span {found:?} in {text:?}"
            );
        }
    }
}

#[test]
fn soft_skills_are_kept_apart_from_hard_skills() {
    let v = vocab();
    let text = "Requirements\n- Go and Kubernetes\n- Excellent communication skills\n- You will mentor two juniors\n";
    let got = extract(text, &v);
    let hard: Vec<&str> = got.skills.iter().map(|f| f.name.as_str()).collect();
    let soft: Vec<&str> = got.soft_skills.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(hard, ["Go", "Kubernetes"]);
    assert_eq!(soft, ["Communication", "Mentoring"]);
}

#[test]
fn where_a_skill_stands_decides_whether_it_counts() {
    let v = vocab();
    let text = "About us\nAcme builds its products with Kafka and Scala.\n\n\
                Requirements\n- Go\n\nNice to have\n- Rust\n\nBenefits\n- Free Kubernetes certification\n";
    let got = extract(text, &v);
    let found: Vec<(&str, SectionKind)> = got
        .skills
        .iter()
        .map(|f| (f.name.as_str(), f.section))
        .collect();
    assert_eq!(
        found,
        [
            ("Go", SectionKind::Required),
            ("Rust", SectionKind::Preferred)
        ],
        "the employer's own stack and a perk are not what the job asks for"
    );
    let only_about = "About us\nAcme builds its products with Kafka and Scala.\n";
    assert_eq!(
        skills(only_about, &v),
        ["Apache Kafka", "Scala"],
        "a note about a company keeps the stack it names"
    );
}

#[test]
fn the_team_the_hire_joins_and_headings_to_the_reader_are_the_job() {
    let v = vocab();
    // A Lever page: the team's own section, then a heading the section
    // words do not name, over lines that open with emoji.
    let text = "About Acme\nAcme builds messaging for brands, with Kafka underneath.\n\n\
                About the Creative Tooling team\nWe build the editor in TypeScript and React.\n\n\
                What You'll Accomplish\n\u{1f3a8} Own our design system, built with Storybook\n\
                \u{1f9ea} Write unit tests with Jest\n\n\
                Your Expertise\n- 5+ years with Redux\n";
    assert_eq!(
        skills(text, &v),
        [
            "TypeScript",
            "React",
            "Design Systems",
            "Storybook",
            "Unit Testing",
            "Jest",
            "Redux"
        ],
        "the employer's pitch stays out; the team's stack and the duties count"
    );
}

#[test]
fn the_employer_describing_its_business_asks_for_nothing() {
    let v = vocab();
    for (input, want) in [
        (
            "We are making the future of digital payments. You will build Kubernetes operators.",
            vec!["Kubernetes"],
        ),
        (
            "Our customers count on us for availability and scalability. Write Go services.",
            vec!["Go"],
        ),
        // The team's way of working, the hire, or a proper name are the job's.
        (
            "We practice test-driven development and code review.",
            vec!["Test-Driven Development (TDD)", "Code Review"],
        ),
        (
            "We need an engineer for payments and scalability work.",
            vec!["Payments", "Scalability"],
        ),
        ("We run everything on Kubernetes.", vec!["Kubernetes"]),
        (
            "Requirements\nWe expect scalability know-how.",
            vec!["Scalability"],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn a_list_without_commas_is_still_a_list() {
    let v = vocab();
    // `Jenkins` is also a surname: alone it needs a list around it.
    assert_eq!(
        skills("We met Jenkins yesterday.", &v),
        Vec::<String>::new()
    );
    assert_eq!(
        skills("CI: CircleCI Jenkins GitLab", &v),
        ["CircleCI", "Jenkins", "GitLab"]
    );
}

#[test]
fn a_capital_after_a_lower_case_word_starts_a_new_sentence_not_a_term() {
    let v = vocab();
    for (input, want) in [
        // The bullet's line break was lost before "Design".
        (
            "Take the platform to the next level Design and deploy services",
            vec![],
        ),
        (
            "Experience in level design for console games",
            vec!["Level Design"],
        ),
        (
            "Level Design: blockouts and playtests",
            vec!["Level Design"],
        ),
        // Title case keeps its small words lower; acronyms are not sentences.
        ("Experience with Ruby on Rails", vec!["Ruby on Rails"]),
        (
            "Styles in less CSS and Sass",
            vec!["Less CSS", "Sass (SCSS)"],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn disciplines_and_methods_named_in_requirements_are_skills() {
    let v = vocab();
    for (input, want) in [
        (
            "Two years of web development experience.",
            vec!["Web Development"],
        ),
        (
            "8+ years of backend engineering experience.",
            vec!["Back-End Development"],
        ),
        (
            "Strong front-end development skills.",
            vec!["Front-End Development"],
        ),
        (
            "Fluent in a scripting language.",
            vec!["Scripting Languages"],
        ),
        ("Some Python scripting.", vec!["Python"]),
        (
            "Delivery in Agile, Waterfall or SAFe.",
            vec!["Agile", "Waterfall", "SAFe"],
        ),
        ("A walk to the waterfall after lunch.", vec![]),
        ("Repositories in SVN or Git.", vec!["SVN", "Git"]),
        (
            "Schemas behind an ORM; relational databases.",
            vec!["ORM", "Relational Databases"],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn specialties_of_colleagues_are_not_skills() {
    let v = vocab();
    assert_eq!(
        skills(
            "You will work closely with UX designers and data scientists on Kafka.",
            &v
        ),
        ["Apache Kafka"]
    );
    // A list of people whose commas were lost.
    assert_eq!(
        skills(
            "The team consists of Software Engineers Project Managers Devops Engineers and testers. You write Go.",
            &v
        ),
        ["Go"]
    );
}

#[test]
fn the_texts_own_skills_field_lists_skills_the_vocabulary_does_not_know() {
    let v = vocab();
    let text = "Senior QA Engineer\nAcme\nTechnologies\ndocker amazon-web-services content-management\n\n\
                Job description\nWe test things.\n";
    assert_eq!(skills(text, &v), ["Docker", "AWS", "Content Management"]);
    let linkedin = "Data Engineer\nGlobex · Remote\nSkills: Apache Beam, SQL, Quasarflow, +8 more\nAbout the job\n";
    assert_eq!(skills(linkedin, &v), ["Apache Beam", "SQL", "Quasarflow"]);
}
