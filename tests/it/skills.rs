//! Hard-skill extraction on sentences in the shapes real postings use
//! (bullet lists, "Tech stack:" lines, "experience with X, Y and Z") →
//! which skills the built-in vocabulary finds, and which words it must
//! leave alone.

use std::sync::LazyLock;

use dossier::config::VocabConfig;
use dossier::tag::extract::extract;
use dossier::tag::vocab::Vocab;

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| Vocab::new(&VocabConfig::default()));

/// The hard skills extracted from a posting made of a title, a
/// "Requirements" heading and `body`.
fn skills_of(body: &str) -> Vec<String> {
    let text = format!("Software Engineer\n\nRequirements\n{body}\n");
    extract(&text, &VOCAB)
        .skills
        .into_iter()
        .map(|f| f.name)
        .collect()
}

/// Each case: the body, skills it must carry, skills it must not carry.
fn check(cases: &[(&str, &[&str], &[&str])]) {
    for (body, want, never) in cases {
        let got = skills_of(body);
        for w in *want {
            assert!(
                got.iter().any(|g| g == w),
                "{w:?} missing from {got:?} in {body:?}"
            );
        }
        for n in *never {
            assert!(
                !got.iter().any(|g| g == n),
                "{n:?} wrongly in {got:?} for {body:?}"
            );
        }
    }
}

#[test]
fn full_names_are_found_where_their_short_forms_need_a_list() {
    check(&[
        (
            "- Experience designing disaster recovery plans for critical systems",
            &["Disaster Recovery (DR)"],
            &[],
        ),
        (
            "- Understanding of high-availability disaster-recovery monitoring at scale",
            &["Disaster Recovery (DR)"],
            &[],
        ),
        (
            "- You have built Jenkins pipelines for large builds",
            &["Jenkins"],
            &[],
        ),
        (
            "Background in information retrieval for product search.",
            &["Information Retrieval (IR)"],
            &[],
        ),
        (
            "Experience with reinforcement learning in simulated environments.",
            &["Reinforcement Learning (RL)"],
            &[],
        ),
        // The short forms still need a list around them.
        (
            "- A DR site in another region is a plus",
            &[],
            &["Disaster Recovery (DR)"],
        ),
        ("- Mr. Jenkins will be your manager", &[], &["Jenkins"]),
    ]);
}

#[test]
fn accessibility_is_the_web_skill_but_not_a_request_for_accommodation() {
    check(&[
        (
            "- Maintain our design systems and accessibility standards",
            &["Web Accessibility"],
            &[],
        ),
        (
            "- Treat web performance and accessibility as first-class requirements",
            &["Web Accessibility"],
            &[],
        ),
        (
            "Tech stack: React, TypeScript, Storybook, accessibility testing",
            &["Web Accessibility"],
            &[],
        ),
        (
            "Contact us if you need accessibility accommodations during the interviews.",
            &[],
            &["Web Accessibility"],
        ),
        (
            "The office offers wheelchair accessibility and parking.",
            &[],
            &["Web Accessibility"],
        ),
    ]);
}

#[test]
fn cloud_services_are_found_by_the_names_their_vendors_give_them() {
    check(&[
        (
            "AWS: Docker on ECS, Lambda, SNS, SQS, S3, ELB, EC2, CloudFront, CloudSearch",
            &[
                "Elastic Load Balancing (ELB)",
                "Amazon CloudFront",
                "Amazon CloudSearch",
            ],
            &[],
        ),
        (
            "- Deep understanding of core AWS services like EC2, IAM policies and VPCs",
            &["Virtual Private Cloud (VPC)"],
            &[],
        ),
        (
            "Tech stack: Azure Functions, Cosmos DB, Azure Data Factory, Event Hubs",
            &[
                "Azure Cosmos DB",
                "Azure Data Factory (ADF)",
                "Azure Event Hubs",
            ],
            &[],
        ),
        (
            "- Experience with Cloud Composer, Dataproc and Google Cloud Storage",
            &["Cloud Composer", "Dataproc", "Google Cloud Storage (GCS)"],
            &[],
        ),
        // The generic words stay words.
        (
            "You will amplify the impact of the data team and act as a control tower for releases.",
            &[],
            &["AWS Amplify", "AWS Control Tower"],
        ),
        (
            "We use a secrets manager and a service bus.",
            &[],
            &["AWS Secrets Manager", "Azure Service Bus"],
        ),
    ]);
}

#[test]
fn design_principles_and_patterns_are_skills_and_their_acronyms_need_a_list() {
    check(&[
        (
            "- Experience working with MVC/MVVM/VIPER; Multithreading: NSOperation & GCD",
            &["MVC", "MVVM", "VIPER"],
            &[],
        ),
        (
            "- Strong engineering fundamentals: SOLID, KISS, DRY and YAGNI",
            &["KISS", "DRY", "YAGNI"],
            &[],
        ),
        (
            "- Build cloud native applications based on the 12-factor methodology",
            &["Twelve-Factor App"],
            &[],
        ),
        (
            "Design patterns (Dependency Injection, Factory, Builder, Observer)",
            &["Dependency Injection (DI)"],
            &[],
        ),
        (
            "We build secure products with eXtreme programming practices and hexagonal architecture.",
            &["Extreme Programming", "Hexagonal Architecture"],
            &[],
        ),
        (
            "Experience with UML and Enterprise Integration Patterns",
            &["UML", "Enterprise Integration Patterns (EIP)"],
            &[],
        ),
        // Capitals in prose are not the acronyms.
        (
            "KISS THE BRIDE was our last project. Keep the DRY run short.",
            &[],
            &["KISS", "DRY"],
        ),
        (
            "- 5+ years of XP in backend teams",
            &[],
            &["Extreme Programming"],
        ),
        (
            "Support for Windows XP, Windows 7 and macOS",
            &[],
            &["Extreme Programming"],
        ),
    ]);
}

#[test]
fn libraries_are_found_in_lists_and_their_common_word_names_only_there() {
    check(&[
        (
            "- Working experience with third party libraries like: Butterknife, Retrofit, Dagger 2, Picasso, Volley",
            &["ButterKnife", "Retrofit", "Dagger", "Picasso", "Volley"],
            &[],
        ),
        (
            "- Unit testing and mocking techniques - JUnit, PowerMock, EasyMock",
            &["PowerMock", "EasyMock"],
            &[],
        ),
        (
            "Technologies\npython django angular ngrx typescript",
            &["NgRx"],
            &[],
        ),
        (
            "- Profiling: Java Flight Recorder, YourKit, DTrace, Blackfire",
            &[
                "Java Flight Recorder (JFR)",
                "YourKit",
                "DTrace",
                "Blackfire",
            ],
            &[],
        ),
        (
            "EJB, JMS, JAXB, JAX-WS, JAX-RS, Servlet, JSP, JSTL",
            &["JAXB", "JAX-WS", "JAX-RS", "JSTL"],
            &["JAX"],
        ),
        (
            "Experience with Swift, Objective-C, Cocoa; multithreading with NSOperation and GCD",
            &["Cocoa", "NSOperation", "Grand Central Dispatch (GCD)"],
            &[],
        ),
        // The same words in prose are words.
        (
            "We serve chai and cocoa. The Apollo program used a protractor. Karma will realm it.",
            &[],
            &[
                "Chai",
                "Cocoa",
                "Apollo GraphQL",
                "Protractor",
                "Karma",
                "Realm",
            ],
        ),
    ]);
}

#[test]
fn names_written_apart_or_tokenised_are_the_same_skill() {
    check(&[
        (
            "Languages: Javascript, Python, C# ( . NET and . NET Core )",
            &[".NET", "C#"],
            &[],
        ),
        (
            "- Databases: Mysql ( Maria DB ), Mongo DB; infrastructure in Cloud Formation",
            &["MariaDB", "MongoDB", "CloudFormation"],
            &[],
        ),
        (
            "- CI tools, particularly Jenkins, Travis and/or CircleCI",
            &["Travis CI"],
            &[],
        ),
        ("- PRINCE 2 or similar qualification", &["PRINCE2"], &[]),
        // A sentence that ends before "Net" is not .NET; a person is not a CI service.
        (
            "We grew fast last year. Net revenue doubled. Travis will be your manager.",
            &[],
            &[".NET", "Travis CI"],
        ),
    ]);
}

#[test]
fn codecs_and_streaming_protocols_are_skills_of_their_own() {
    check(&[
        (
            "- Own the encoding pipeline: FFmpeg, H.264, HEVC and AV1, HLS and MPEG-DASH packaging",
            &[
                "FFmpeg",
                "H.264",
                "HEVC",
                "AV1",
                "HTTP Live Streaming (HLS)",
                "MPEG-DASH",
            ],
            &[],
        ),
        (
            "Tech stack: Go, Elixir, RTMP ingest, VP9, transcoding on GPUs",
            &["RTMP", "VP9", "Video Encoding"],
            &[],
        ),
        (
            "Our live streaming app reached 10M users.",
            &["Streaming Media"],
            &["HTTP Live Streaming (HLS)"],
        ),
    ]);
}

#[test]
fn cloud_service_models_and_multitenancy_are_skills() {
    check(&[
        (
            "- Proficiency in architectural principles of SaaS, PaaS, multitenancy and multi-tiered infrastructures",
            &["Platform as a Service (PaaS)", "Multitenancy"],
            &[],
        ),
        (
            "- Experience of Function as a Service",
            &["Function as a Service (FaaS)"],
            &[],
        ),
        (
            "Virtual desktops (Citrix, VDI, Desktop as a Service)",
            &["Desktop as a Service (DaaS)"],
            &[],
        ),
        (
            "Wrap your head around our multi-tenant distributed web API",
            &["Multitenancy"],
            &[],
        ),
        // "as a service" alone is a phrase, not a service model.
        (
            "We treat IT support as a service to every desktop team.",
            &[],
            &[
                "Desktop as a Service (DaaS)",
                "Infrastructure as a Service (IaaS)",
            ],
        ),
    ]);
}

#[test]
fn java_platform_apis_and_data_stack_tools_are_found() {
    check(&[
        (
            "- Java 17, Spring Boot, JDBC, Flyway or Liquibase, Testcontainers, REST Assured",
            &[
                "JDBC",
                "Flyway",
                "Liquibase",
                "Testcontainers",
                "REST Assured",
            ],
            &[],
        ),
        (
            "Experience in Enterprise Integration Patterns (Spring, Apache Camel) and Camunda",
            &["Apache Camel", "Camunda"],
            &[],
        ),
        (
            "- ELT tools like Singer (orchestrated by Pipelinewise/Meltano), dbt and Snowflake",
            &["Singer.io", "PipelineWise", "Meltano", "dbt"],
            &[],
        ),
        // The idiom and the animal are not the tools.
        (
            "You can rest assured there is a place for you. Rest assured, the camel stays in the zoo.",
            &[],
            &["REST Assured", "Apache Camel"],
        ),
        (
            "Our lead singer plays at the old jetty on Fridays.",
            &[],
            &["Singer.io", "Jetty"],
        ),
    ]);
}

#[test]
fn web_services_are_a_skill_but_not_inside_amazon_web_services() {
    check(&[
        (
            "- Solid experience in testing RESTful Web Services and APIs",
            &["Web Services"],
            &[],
        ),
        (
            "Technologies\npython web-services machine-learning",
            &["Web Services"],
            &[],
        ),
        (
            "- Deploy on Amazon Web Services (EC2, S3)",
            &["AWS", "Amazon EC2"],
            &["Web Services"],
        ),
        (
            "Technologies\njava amazon-web-services",
            &["AWS"],
            &["Web Services"],
        ),
    ]);
}

#[test]
fn office_and_meeting_tools_are_found_by_their_product_names() {
    check(&[
        (
            "- Proficient in Microsoft Office Suite with an emphasis on PowerPoint",
            &["Microsoft Office", "Microsoft PowerPoint"],
            &[],
        ),
        (
            "We do daily standups each morning via Google Hangouts.",
            &["Google Hangouts"],
            &[],
        ),
        (
            "- Support Microsoft 365, Outlook, Teams and Slack for 400 users",
            &["Microsoft Outlook", "Slack"],
            &[],
        ),
        // The words themselves are not the products.
        (
            "Our office has workspaces, hangouts and breakout areas; the outlook is bright and there is slack in the plan.",
            &[],
            &["Google Hangouts", "Microsoft Outlook", "Slack"],
        ),
    ]);
}

#[test]
fn systems_and_network_tools_are_found_in_tool_lists() {
    check(&[
        (
            "- OS and I/O monitoring: e.g. vmstat, iostat, DTrace, nmon, tcpdump, strace",
            &["vmstat", "iostat", "DTrace", "nmon", "tcpdump", "strace"],
            &[],
        ),
        (
            "- Network modeling and programming: YANG, OpenConfig, gNMI, NETCONF",
            &["OpenConfig", "gNMI", "NETCONF"],
            &[],
        ),
        (
            "- Experience with Internet peering and edge services (BGP, ECMP)",
            &["Internet Peering", "BGP", "ECMP"],
            &[],
        ),
        (
            "- Set up VPC peering between accounts",
            &[],
            &["Internet Peering"],
        ),
    ]);
}

#[test]
fn actuarial_methods_exams_and_pricing_tools_are_skills() {
    check(&[
        (
            "- Build and refine generalized linear models (GLMs) for personal auto pricing",
            &["Generalized Linear Models (GLM)"],
            &[],
        ),
        (
            "- Perform loss reserving analyses using chain ladder and Bornhuetter-Ferguson methods",
            &[
                "Loss Reserving",
                "Chain Ladder Method",
                "Bornhuetter-Ferguson",
            ],
            &[],
        ),
        (
            "- Progress toward ACAS or FCAS; SOA candidates (ASA/FSA) considered",
            &["CAS Exams (ACAS/FCAS)", "SOA Exams (ASA/FSA)"],
            &["Service-Oriented Architecture (SOA)"],
        ),
        (
            "- Experience with Emblem, WTW Radar or Akur8 preferred",
            &["Emblem", "WTW Radar", "Akur8"],
            &[],
        ),
        // The architecture keeps its acronym; the insurer is not the tool.
        (
            "- Experience with SOA and microservices",
            &["Service-Oriented Architecture (SOA)"],
            &[],
        ),
        (
            "- Our members include Emblem Health and other carriers",
            &[],
            &["Emblem"],
        ),
    ]);
}

#[test]
fn statistical_methods_and_sas_are_found_in_their_written_forms() {
    check(&[
        (
            "- Perform survival analysis (Kaplan-Meier, Cox proportional hazards) and mixed models",
            &["Survival Analysis", "Mixed Models"],
            &[],
        ),
        (
            "- Program TLFs in Base SAS, SAS Macro and PROC SQL",
            &["SAS", "TLF Programming"],
            &[],
        ),
        (
            "- SAS Certified Professional preferred; ANOVA and hypothesis testing",
            &["SAS Certification", "ANOVA", "Hypothesis Testing"],
            &[],
        ),
    ]);
}

#[test]
fn clinical_data_and_laboratory_systems_are_skills() {
    check(&[
        (
            "- Create SDTM and ADaM datasets and define.xml with Pinnacle 21 validation",
            &["SDTM", "ADaM", "Define-XML", "Pinnacle 21"],
            &[],
        ),
        (
            "- Work with data managers on Medidata Rave EDC builds",
            &["Medidata Rave"],
            &[],
        ),
        (
            "- Administer LabWare LIMS and the Benchling ELN; support Waters Empower",
            &[
                "Laboratory Information Management Systems (LIMS)",
                "Benchling",
                "Electronic Lab Notebooks (ELN)",
                "Chromatography Data Systems (CDS)",
            ],
            &[],
        ),
        (
            "- Write IQ/OQ/PQ protocols under GAMP 5; apply ALCOA+ principles",
            &[
                "Equipment Qualification (IQ/OQ/PQ)",
                "GAMP 5",
                "Data Integrity (ALCOA+)",
            ],
            &[],
        ),
        // In a clinical posting GCP is Good Clinical Practice, not the cloud.
        (
            "- Follow ICH GCP guidelines and GCP regulations in every study",
            &["Good Clinical Practice"],
            &["Google Cloud"],
        ),
        ("- Deploy services on AWS and GCP", &["Google Cloud"], &[]),
    ]);
}

#[test]
fn ehr_modules_and_medical_codes_are_skills_but_not_the_words_they_share() {
    check(&[
        (
            "- Build Epic Ambulatory workflows and MyChart self-scheduling",
            &["Epic", "Epic MyChart"],
            &[],
        ),
        (
            "- Troubleshoot charge capture in Resolute Professional Billing",
            &["Epic Resolute"],
            &[],
        ),
        (
            "- Maintain ICD-10 and CPT code mappings; Cerner PowerChart a plus",
            &["ICD-10", "CPT Codes", "Cerner"],
            &[],
        ),
        (
            "- Experience with athenahealth, eClinicalWorks or Mirth Connect",
            &["athenahealth", "eClinicalWorks", "Mirth Connect"],
            &[],
        ),
        // A student's work authorisation and an adjective.
        (
            "F-1 students on CPT or OPT are welcome to apply.",
            &[],
            &["CPT Codes"],
        ),
        (
            "This is an epic opportunity to grow with us.",
            &[],
            &["Epic"],
        ),
    ]);
}

#[test]
fn learning_platforms_authoring_tools_and_their_standards_are_skills() {
    check(&[
        (
            "- Administer Canvas courses, LTI integrations and the Kaltura and Panopto video platforms",
            &["Canvas LMS", "LTI", "Kaltura", "Panopto"],
            &[],
        ),
        (
            "- Build interactive modules in Articulate Storyline and Rise 360, published as SCORM packages",
            &["Articulate Storyline", "Articulate Rise", "SCORM"],
            &[],
        ),
        (
            "- Apply the ADDIE model and the Quality Matters rubric; record screencasts with Camtasia",
            &["ADDIE", "Quality Matters", "Camtasia"],
            &[],
        ),
        (
            "- 2+ years of instructional design experience with Blackboard, Moodle or D2L Brightspace",
            &[
                "Instructional Design",
                "Blackboard",
                "Moodle",
                "D2L Brightspace",
            ],
            &[],
        ),
        // The same words in their everyday and frontend senses.
        (
            "You will start from a blank canvas and rise to the challenge.",
            &[],
            &["Canvas LMS", "Articulate Rise"],
        ),
        (
            "- Draw charts with the HTML5 Canvas API and SVG",
            &[],
            &["Canvas LMS"],
        ),
        ("- Eligible for an annual LTI award", &[], &["LTI"]),
        (
            "- Articulate the product vision on the whiteboard and at the blackboard",
            &[],
            &["Articulate Storyline", "Blackboard"],
        ),
    ]);
}

#[test]
fn marketing_operations_tools_and_methods_are_skills() {
    check(&[
        (
            "- Build landing pages in Unbounce and automations in Zapier; enrich with ZoomInfo",
            &["Unbounce", "Zapier", "ZoomInfo"],
            &[],
        ),
        (
            "- Support sales sequences in Outreach and Salesloft, and intent data from 6sense",
            &["Outreach.io", "Salesloft", "6sense"],
            &[],
        ),
        (
            "- Own Pardot lead scoring, multi-touch attribution and email marketing programs",
            &[
                "Pardot",
                "Lead Scoring",
                "Marketing Attribution",
                "Email Marketing",
            ],
            &[],
        ),
        // Outreach the activity stays a word.
        (
            "- Lead community outreach to students and Outreach to partners",
            &[],
            &["Outreach.io"],
        ),
        (
            "- Plan Outreach events with the Community Outreach team",
            &[],
            &["Outreach.io"],
        ),
    ]);
}

#[test]
fn video_and_design_tools_are_skills() {
    check(&[(
        "- Mix audio in Adobe Audition, manage reviews in Frame.io; Adobe Creative Cloud suite",
        &["Adobe Audition", "Frame.io", "Adobe Creative Cloud"],
        &[],
    )]);
}

#[test]
fn quality_inspection_records_and_certifications_are_skills() {
    check(&[
        (
            "- Write nonconformance reports and present dispositions at Material Review Board (MRB) meetings",
            &[
                "Nonconformance Reports (NCR)",
                "Material Review Board (MRB)",
            ],
            &[],
        ),
        (
            "- Perform first article inspection (FAI) per AS9102 and record results in SAP QM",
            &["First Article Inspection (FAI)", "AS9102", "SAP QM"],
            &[],
        ),
        (
            "- Support PPAP submissions, control plans and Gage R&R studies; PC-DMIS programming",
            &[
                "PPAP",
                "Control Plans",
                "Measurement System Analysis (MSA)",
                "PC-DMIS",
            ],
            &[],
        ),
        (
            "- ASQ Certified Quality Inspector (CQI) preferred; ASQ CQE a plus",
            &[
                "Certified Quality Inspector (CQI)",
                "Certified Quality Engineer (CQE)",
            ],
            &["ASQ Certification"],
        ),
    ]);
}

#[test]
fn mechanical_design_tools_and_methods_are_skills() {
    check(&[
        (
            "- 5+ years with 3D CAD (SolidWorks, Creo or NX); releases in Windchill",
            &["SolidWorks", "PTC Creo", "Siemens NX", "PTC Windchill"],
            &[],
        ),
        (
            "- Lead DFM/DFA reviews, tolerance stack-up analysis and engineering change orders",
            &[
                "Design for Manufacturing (DFM)",
                "Tolerance Stack-Up Analysis",
                "Engineering Change Management",
            ],
            &[],
        ),
        (
            "- Perform CFD with ANSYS Fluent; prepare the BOM for each build",
            &["ANSYS", "Bill of Materials (BOM)"],
            &[],
        ),
        (
            "- EIT or PE license preferred",
            &["Engineer in Training (EIT)", "Professional Engineer (PE)"],
            &[],
        ),
        // A regex automaton, a text file's byte-order mark, a switch's OS.
        (
            "- Tune the lazy DFA of our regex engine; strip the UTF-8 BOM; Cisco NX-OS",
            &[],
            &[
                "Design for Manufacturing (DFM)",
                "Bill of Materials (BOM)",
                "Siemens NX",
            ],
        ),
    ]);
}

#[test]
fn gis_survey_and_construction_tools_are_skills() {
    check(&[
        (
            "- Design field data collection with Survey123 and automate with ModelBuilder",
            &["Survey123", "ModelBuilder"],
            &[],
        ),
        (
            "- Publish apps with ArcGIS Experience Builder; maintain the enterprise geodatabase (ArcSDE)",
            &["ArcGIS", "Geodatabase"],
            &[],
        ),
        (
            "- Collect locations with Trimble GPS/GNSS receivers; GISP preferred; LiDAR a plus",
            &["Trimble", "GPS/GNSS", "GISP", "LiDAR"],
            &[],
        ),
        (
            "- Deploy Procore and BIM 360; clash detection in Navisworks; Primavera P6",
            &[
                "Procore",
                "Autodesk Construction Cloud",
                "Clash Detection",
                "Autodesk Navisworks",
            ],
            &[],
        ),
    ]);
}

#[test]
fn supply_chain_systems_and_certifications_are_skills() {
    check(&[
        (
            "- Configure Manhattan WMS and Blue Yonder TMS; Kinaxis RapidResponse a plus",
            &[
                "Manhattan Associates",
                "Blue Yonder",
                "Kinaxis RapidResponse",
            ],
            &[],
        ),
        (
            "- APICS CPIM or CSCP certification preferred",
            &["CPIM", "CSCP"],
            &[],
        ),
    ]);
}

#[test]
fn hr_finance_and_audit_systems_and_credentials_are_skills() {
    check(&[
        (
            "- Support payroll integrations with ADP Workforce Now and Paylocity",
            &["ADP Workforce Now", "Paylocity"],
            &[],
        ),
        (
            "- SHRM-CP or PHR preferred; HRIS experience required",
            &[
                "SHRM Certification",
                "HRCI Certification (PHR/SPHR)",
                "Human Resource Information Systems (HRIS)",
            ],
            &[],
        ),
        (
            "- Administer BlackLine and Workiva; SuiteScript for NetSuite; SEC reporting",
            &["BlackLine", "Workiva", "SuiteScript", "SEC Reporting"],
            &[],
        ),
        (
            "- Lead ITGC testing against COBIT; CISA required, CRISC or PMI-ACP a plus",
            &["IT General Controls (ITGC)", "COBIT", "CRISC", "PMI-ACP"],
            &[],
        ),
        // A colleague and the employer's own name are not the tools.
        (
            "You could be our next teammate. At ADP, we design payroll products.",
            &[],
            &["TeamMate", "ADP Workforce Now"],
        ),
    ]);
}

#[test]
fn schedules_and_site_safety_are_skills_of_technical_projects() {
    check(&[
        (
            "- Build schedules in Primavera P6 and MS Project; report earned value",
            &[
                "Oracle Primavera P6",
                "Microsoft Project",
                "Earned Value Management (EVM)",
            ],
            &[],
        ),
        (
            "- Work to the National Electrical Code and NFPA 70E; follow LOTO procedures",
            &[
                "National Electrical Code (NEC)",
                "NFPA 70E",
                "Lockout/Tagout (LOTO)",
            ],
            &[],
        ),
        (
            "- Run load flow in PSS/E and arc flash studies in ETAP",
            &["PSS/E", "Arc Flash Analysis", "ETAP"],
            &[],
        ),
        (
            "We will manage the project online and in person.",
            &[],
            &["Microsoft Project"],
        ),
    ]);
}

#[test]
fn product_names_that_other_vendors_share_need_their_own_context() {
    check(&[
        (
            "- Manage secrets in HashiCorp Vault and Consul",
            &["HashiCorp Vault"],
            &[],
        ),
        (
            "Tools: Terraform, Vault, Consul, Nomad",
            &["HashiCorp Vault"],
            &[],
        ),
        // Veeva's Vault, a model named Data Vault, a product called Vault.
        (
            "As an engineer on Veeva Vault you will build clinical features.",
            &[],
            &["HashiCorp Vault"],
        ),
        (
            "Model the warehouse in Data Vault 2.0 with dbt.",
            &["dbt"],
            &["HashiCorp Vault"],
        ),
        // npm is the package manager; SolarWinds NPM monitors networks.
        ("Build with Node.js and npm.", &["npm"], &[]),
        (
            "- Monitor with SolarWinds NPM and troubleshoot with Wireshark",
            &["Wireshark"],
            &["npm"],
        ),
    ]);
}

#[test]
fn language_model_training_serving_and_retrieval_methods_are_skills() {
    check(&[
        (
            "- Serve models with vLLM using continuous batching, KV cache reuse and speculative decoding",
            &[
                "vLLM",
                "Continuous Batching",
                "KV Cache",
                "Speculative Decoding",
            ],
            &[],
        ),
        (
            "- Fine-tune open-weight models with LoRA and QLoRA (PEFT), then align them with DPO",
            &[
                "LoRA",
                "QLoRA",
                "PEFT",
                "Direct Preference Optimization (DPO)",
            ],
            &[],
        ),
        (
            "- Build AI agents with tool calling over the Anthropic API and the OpenAI API",
            &["AI Agents", "Tool Calling", "Anthropic API", "OpenAI API"],
            &[],
        ),
        (
            "Hybrid search that mixes BM25 with approximate nearest neighbor search (HNSW, ScaNN), then a reranker",
            &[
                "Hybrid Search",
                "BM25",
                "Approximate Nearest Neighbor Search",
                "HNSW",
                "ScaNN",
                "Reranking",
            ],
            &[],
        ),
        (
            "- Train learning-to-rank models for marketplace search",
            &["Learning to Rank"],
            &[],
        ),
        // LoRa is a radio, not low-rank adaptation; a DPO is a data protection officer.
        (
            "- Design sensor nodes that report over LoRa and LoRaWAN gateways",
            &["LoRaWAN"],
            &["LoRA", "Fine-Tuning"],
        ),
        (
            "You will report to the DPO on every data subject request.",
            &[],
            &["Direct Preference Optimization (DPO)"],
        ),
    ]);
}

#[test]
fn experiment_design_methods_and_platforms_are_skills() {
    check(&[
        (
            "- Variance reduction (CUPED), sequential testing and contextual bandits in production",
            &[
                "Variance Reduction",
                "CUPED",
                "Sequential Testing",
                "Contextual Bandits",
            ],
            &[],
        ),
        (
            "- Causal methods: difference-in-differences, synthetic control, switchback experiments, propensity score matching",
            &[
                "Difference-in-Differences",
                "Synthetic Control",
                "Switchback Experiments",
                "Propensity Score Matching",
            ],
            &[],
        ),
        (
            "- Experience with Statsig, Eppo or GrowthBook",
            &["Statsig", "Eppo", "GrowthBook"],
            &[],
        ),
        // An epic journey to meet Eppo, the founder's dog, is no platform.
        ("Say hello to Eppo, our office dog.", &[], &["Eppo"]),
    ]);
}

#[test]
fn embedded_linux_build_systems_and_board_work_are_skills() {
    check(&[
        (
            "- Maintain our Yocto layers and BitBake recipes; Buildroot for the smaller boards",
            &["Yocto Project", "BitBake", "Buildroot"],
            &[],
        ),
        (
            "- Board bring-up on NXP i.MX 8M: U-Boot, device tree, kernel drivers and the BSP",
            &[
                "Board Bring-Up",
                "NXP i.MX",
                "U-Boot",
                "Device Tree",
                "Device Drivers",
                "Board Support Package (BSP)",
            ],
            &[],
        ),
        (
            "- Secure boot, dm-verity and OTA updates with SWUpdate or RAUC",
            &[
                "Secure Boot",
                "dm-verity",
                "OTA Updates",
                "SWUpdate",
                "RAUC",
            ],
            &[],
        ),
        (
            "- Wireless stacks: BLE, ANT+ and LoRaWAN on Nordic nRF52",
            &[
                "Bluetooth Low Energy (BLE)",
                "ANT+",
                "LoRaWAN",
                "Nordic nRF",
            ],
            &[],
        ),
        // BSP is also a pipe thread, PCB a pollutant.
        (
            "- Fit BSP thread adapters and BSP fittings to the manifold",
            &[],
            &["Board Support Package (BSP)"],
        ),
        (
            "Experience with PCB remediation at industrial sites.",
            &[],
            &["Printed Circuit Boards (PCB)"],
        ),
    ]);
}

#[test]
fn hardware_test_and_workmanship_standards_are_skills() {
    check(&[
        (
            "- Perform functional testing and acceptance testing of PCB assemblies",
            &[
                "Functional Testing",
                "Acceptance Testing",
                "Printed Circuit Boards (PCB)",
            ],
            &[],
        ),
        (
            "- Follow ESD control per ANSI/ESD S20.20; solder to J-STD-001 and inspect to IPC-A-610",
            &["ESD Control", "ANSI/ESD S20.20", "J-STD-001", "IPC-A-610"],
            &[],
        ),
        (
            "- Run vibration testing, thermal cycling and HALT per DO-160; log failures in FRACAS",
            &[
                "Vibration Testing",
                "Thermal Cycling",
                "HALT/HASS",
                "DO-160",
                "FRACAS",
            ],
            &[],
        ),
        (
            "- Troubleshoot analog and digital circuits using schematics and an LCR meter",
            &[
                "Analog Circuits",
                "Digital Circuits",
                "Electrical Schematics",
                "LCR Meter",
            ],
            &[],
        ),
        (
            "- Lead UAT with business users and support factory acceptance testing (FAT) at the vendor",
            &[
                "User Acceptance Testing (UAT)",
                "Factory Acceptance Testing (FAT)",
            ],
            &[],
        ),
        // FAT in capitals outside a list is the file system or an emphasis.
        (
            "Format the card as FAT before the update.",
            &[],
            &["Factory Acceptance Testing (FAT)"],
        ),
    ]);
}

#[test]
fn cloud_native_platform_projects_and_release_practices_are_skills() {
    check(&[
        (
            "- Operate EKS with Cluster API, Karpenter and the Horizontal Pod Autoscaler",
            &["Amazon EKS", "Cluster API", "Karpenter", "Autoscaling"],
            &[],
        ),
        (
            "- Run Cilium (Hubble for flow logs); enforce policy with Kyverno and OPA",
            &["Cilium", "Hubble", "Kyverno", "Open Policy Agent (OPA)"],
            &[],
        ),
        (
            "- Ship with canary and blue/green deployments via Argo Rollouts and GitOps",
            &["Blue/Green Deployments", "Argo Rollouts", "GitOps"],
            &[],
        ),
        (
            "- Canary deployments, feature flags and progressive delivery",
            &["Canary Releases", "Feature Flags", "Progressive Delivery"],
            &[],
        ),
        (
            "- Define SLOs and SLIs with service owners and track error budgets",
            &[
                "Service Level Objectives (SLOs)",
                "Service Level Indicators (SLIs)",
            ],
            &[],
        ),
        // Hubble the telescope, a harbor by the sea.
        (
            "- Experience with Hubble Space Telescope data",
            &[],
            &["Hubble"],
        ),
        ("Offices by the harbor in Baltimore.", &[], &["Harbor"]),
    ]);
}

#[test]
fn supply_chain_and_privileged_access_security_tools_are_skills() {
    check(&[
        (
            "- Generate an SBOM with Syft, scan images with Trivy and Grype, sign them with Sigstore (cosign) to SLSA level 3",
            &[
                "Software Bill of Materials (SBOM)",
                "Syft",
                "Trivy",
                "Grype",
                "Sigstore",
                "SLSA",
            ],
            &["Bill of Materials (BOM)"],
        ),
        (
            "- Privileged access management with CyberArk or BeyondTrust; MFA and Conditional Access in Entra ID",
            &[
                "Privileged Access Management (PAM)",
                "CyberArk",
                "BeyondTrust",
                "Multi-Factor Authentication (MFA)",
                "Conditional Access",
                "Azure AD",
            ],
            &[],
        ),
        (
            "- Container security and runtime detection with Falco; SAST with Snyk or Semgrep",
            &["Container Security", "Falco", "Snyk", "Semgrep"],
            &[],
        ),
        (
            "- Vulnerability scanning with Tenable Nessus",
            &["Nessus"],
            &[],
        ),
    ]);
}

#[test]
fn network_access_redundancy_and_automation_are_skills() {
    check(&[
        (
            "- 802.1X and NAC with Cisco ISE; HSRP and VRRP for first-hop redundancy",
            &[
                "802.1X",
                "Network Access Control (NAC)",
                "Cisco",
                "HSRP",
                "VRRP",
            ],
            &[],
        ),
        (
            "- Wireless: Aruba, Meraki and Ekahau surveys; automation with Netmiko, NAPALM and NetBox",
            &[
                "Aruba Networks",
                "Meraki",
                "Ekahau",
                "Netmiko",
                "NAPALM",
                "NetBox",
            ],
            &[],
        ),
        (
            "- Support LAN/WAN, VoIP and SIP trunking across 40 clinics",
            &["LAN/WAN", "VoIP"],
            &[],
        ),
        // Aruba the island.
        (
            "Our team retreat this year is in Aruba.",
            &[],
            &["Aruba Networks"],
        ),
    ]);
}

#[test]
fn vendor_certifications_are_named_by_their_exams() {
    check(&[
        (
            "- Microsoft Certified: Azure Administrator Associate (AZ-104); AZ-305 or AZ-400 a plus",
            &[
                "Azure Administrator (AZ-104)",
                "Azure Solutions Architect (AZ-305)",
                "Azure DevOps Engineer (AZ-400)",
            ],
            &[],
        ),
        (
            "- Certifications: CKA, CKS, PCNSE, JNCIA",
            &[
                "Certified Kubernetes Administrator (CKA)",
                "Certified Kubernetes Security Specialist (CKS)",
                "PCNSE",
                "JNCIA",
            ],
            &[],
        ),
        (
            "- AWS Certified Solutions Architect or Google Professional Cloud Architect",
            &[
                "AWS Certified Solutions Architect",
                "Google Professional Cloud Architect",
            ],
            &[],
        ),
        (
            "- ServiceNow CSA required; CIS-ITSM preferred",
            &[
                "ServiceNow Certified System Administrator (CSA)",
                "ServiceNow Certified Implementation Specialist",
            ],
            &[],
        ),
        (
            "- Any AWS certification is a plus",
            &["AWS Certification"],
            &[],
        ),
    ]);
}

#[test]
fn testing_api_and_delivery_practices_are_skills() {
    check(&[
        (
            "- Consumer-driven contract testing with Pact; snapshot tests and visual regression in CI",
            &[
                "Contract Testing",
                "Pact",
                "Snapshot Testing",
                "Visual Regression Testing",
            ],
            &[],
        ),
        (
            "- Comfort with APIs (REST, webhooks, idempotency, rate limiting); write API documentation in OpenAPI",
            &[
                "REST APIs",
                "Webhooks",
                "Idempotency",
                "Rate Limiting",
                "API Documentation",
                "OpenAPI",
            ],
            &[],
        ),
        (
            "- Load tests in k6 or Locust; feature flags with LaunchDarkly or Unleash",
            &["k6", "Locust", "Feature Flags", "LaunchDarkly", "Unleash"],
            &[],
        ),
        (
            "- Mobile CI on Bitrise or Codemagic, betas through TestFlight, crashes in Crashlytics",
            &["Bitrise", "Codemagic", "TestFlight", "Firebase Crashlytics"],
            &[],
        ),
        (
            "- Experience with build systems (Bazel, Buck2) and trunk-based development",
            &["Build Systems", "Bazel", "Trunk-Based Development"],
            &[],
        ),
        // The verbs: unleash, build systems.
        ("Unleash your potential and join us.", &[], &["Unleash"]),
        (
            "- You will build systems that scale to millions of riders",
            &[],
            &["Build Systems"],
        ),
        (
            "- Protect crops from pests such as aphids and locust swarms",
            &[],
            &["Locust"],
        ),
    ]);
}

#[test]
fn front_end_graphics_and_binding_tools_are_skills() {
    check(&[
        (
            "- Render diagrams with the HTML Canvas API, SVG and WebGL",
            &["HTML Canvas", "SVG", "WebGL"],
            &["Canvas LMS"],
        ),
        (
            "- Own the component library and design tokens in Storybook; audit pages with Lighthouse and Chrome DevTools",
            &[
                "Design Systems",
                "Design Tokens",
                "Storybook",
                "Lighthouse",
                "Chrome DevTools",
            ],
            &[],
        ),
        (
            "- Write Rust extensions for Python with PyO3 and maturin, and for the web with wasm-bindgen",
            &["Rust", "Python", "PyO3", "maturin", "wasm-bindgen"],
            &[],
        ),
        // Canvas the learning platform keeps its own name.
        (
            "- Administer Canvas and Blackboard for 40 courses",
            &["Canvas LMS"],
            &["HTML Canvas"],
        ),
        (
            "The lighthouse on our logo stands for guidance.",
            &[],
            &["Lighthouse"],
        ),
    ]);
}

#[test]
fn it_service_management_practices_and_servicenow_products_are_skills() {
    check(&[
        (
            "- ITSM: incident management, problem management, change management, request fulfillment and the service catalog",
            &[
                "IT Service Management (ITSM)",
                "Incident Management",
                "Problem Management",
                "Change Management",
                "Request Fulfillment",
                "Service Catalog",
            ],
            &[],
        ),
        (
            "- ITOM: ServiceNow Discovery, Service Mapping and the MID Server; CMDB health against CSDM",
            &[
                "IT Operations Management (ITOM)",
                "ServiceNow Discovery",
                "ServiceNow Service Mapping",
                "ServiceNow MID Server",
                "Configuration Management Database (CMDB)",
                "Common Service Data Model (CSDM)",
            ],
            &[],
        ),
        (
            "- IntegrationHub spokes, Service Portal widgets and tests in the Automated Test Framework",
            &[
                "ServiceNow IntegrationHub",
                "ServiceNow Service Portal",
                "ServiceNow Automated Test Framework",
            ],
            &[],
        ),
        // Any team's automated test framework is not ServiceNow's.
        (
            "- Extend our automated test framework in Playwright",
            &["Playwright"],
            &["ServiceNow Automated Test Framework"],
        ),
    ]);
}

#[test]
fn erp_finance_components_and_business_apps_are_skills() {
    check(&[
        (
            "- SAP FI/CO: asset accounting, cost center accounting, profit center accounting, CO-PA and product costing",
            &[
                "SAP FI/CO",
                "Fixed Asset Accounting",
                "Cost Center Accounting",
                "Profit Center Accounting",
                "SAP CO-PA",
                "Product Costing",
            ],
            &[],
        ),
        (
            "- S/4HANA Central Finance, Group Reporting and the Universal Journal; RICEFW specs; testing in SolMan",
            &[
                "SAP Central Finance",
                "SAP Group Reporting",
                "Universal Journal",
                "RICEFW",
                "SAP Solution Manager",
            ],
            &[],
        ),
        (
            "- Dynamics 365 Sales, Customer Service and Field Service on Dataverse; FetchXML and KingswaySoft",
            &[
                "Dynamics 365 Sales",
                "Microsoft Dataverse",
                "FetchXML",
                "KingswaySoft",
            ],
            &[],
        ),
    ]);
}

#[test]
fn payment_rails_schemes_and_compliance_are_skills() {
    check(&[
        (
            "- Payment rails: ACH, Fedwire, SWIFT MT103, RTP network and FedNow",
            &[
                "ACH",
                "Fedwire",
                "SWIFT Payments",
                "Real-Time Payments (RTP)",
                "FedNow",
            ],
            &[],
        ),
        (
            "- European payments (SEPA Instant, PSD2, open banking) and card schemes (3-D Secure, ISO 8583)",
            &[
                "SEPA",
                "PSD2",
                "Open Banking",
                "Card Networks",
                "3-D Secure",
                "ISO 8583",
            ],
            &[],
        ),
        (
            "- KYB and OFAC screening for new merchants",
            &["Know Your Business (KYB)", "OFAC Screening"],
            &[],
        ),
        // Faster payments as a benefit, not the UK scheme; Swift the language stays itself.
        (
            "- Help merchants get faster payments with Swift and Kotlin apps",
            &["Swift", "Kotlin"],
            &["Faster Payments", "SWIFT Payments"],
        ),
    ]);
}

#[test]
fn perception_tasks_and_robot_descriptions_are_skills() {
    check(&[
        (
            "- Object detection, semantic segmentation and depth estimation on camera and point cloud data",
            &[
                "Object Detection",
                "Semantic Segmentation",
                "Depth Estimation",
                "Point Clouds",
            ],
            &[],
        ),
        (
            "- Camera calibration, visual odometry and IMU fusion; robot models in URDF",
            &[
                "Camera Calibration",
                "Visual Odometry",
                "Inertial Measurement Units (IMU)",
                "URDF",
            ],
            &[],
        ),
    ]);
}

#[test]
fn plc_languages_vision_and_commissioning_are_skills() {
    check(&[
        (
            "- Program in ladder logic, Structured Text and Function Block Diagram (IEC 61131-3)",
            &[
                "Ladder Logic",
                "Structured Text",
                "Function Block Diagram (FBD)",
                "IEC 61131-3",
            ],
            &[],
        ),
        (
            "- Integrate Cognex machine vision, servo drives and DeviceNet I/O; track OEE",
            &[
                "Cognex",
                "Machine Vision",
                "Servo Drives",
                "DeviceNet",
                "Overall Equipment Effectiveness (OEE)",
            ],
            &[],
        ),
        (
            "- Lead startup and commissioning at customer sites",
            &["Commissioning"],
            &[],
        ),
        // Commissioning editors, and text that is only structured.
        (
            "Our commissioning editors work with freelance writers.",
            &[],
            &["Commissioning"],
        ),
        (
            "- Turn unstructured notes into structured text for search",
            &[],
            &["Structured Text"],
        ),
    ]);
}

#[test]
fn clinical_data_standards_and_documentation_tools_are_skills() {
    check(&[
        (
            "- Code adverse events in MedDRA and drugs in WHODrug; CRFs to CDASH; eCOA and ePRO data",
            &[
                "MedDRA",
                "WHODrug",
                "CDASH",
                "Electronic Clinical Outcome Assessment (eCOA)",
                "Electronic Patient-Reported Outcomes (ePRO)",
            ],
            &[],
        ),
        (
            "- Knowledge of ICH E9 and GCP guidelines",
            &["Good Clinical Practice"],
            &["Google Cloud"],
        ),
        (
            "- Docs as code: Docusaurus or MkDocs, Vale for style, DITA for the legacy manuals",
            &["Docs as Code", "Docusaurus", "MkDocs", "Vale", "DITA"],
            &[],
        ),
        (
            "- Support Microsoft 365 (Outlook, Teams, OneDrive, SharePoint)",
            &[
                "Microsoft Teams",
                "Microsoft OneDrive",
                "Microsoft SharePoint",
            ],
            &[],
        ),
        // Teams of people.
        (
            "- Work with Teams across product and design",
            &[],
            &["Microsoft Teams"],
        ),
    ]);
}

#[test]
fn skills_are_found_in_the_spellings_postings_use() {
    check(&[
        (
            "- PLC programming in ladder logic; structured text a plus",
            &["Ladder Logic", "Structured Text"],
            &[],
        ),
        (
            "- Build evaluation pipelines (LLM-as-judge, human review)",
            &["LLM-as-Judge"],
            &[],
        ),
        (
            "- Enforce Azure Policy and Entra ID PIM for admin roles",
            &["Privileged Identity Management (PIM)"],
            &[],
        ),
        (
            "- Robotics (FANUC) and vision systems (Cognex) preferred",
            &["Machine Vision", "Cognex"],
            &[],
        ),
        // Text that is merely structured; vision systems that are computer vision.
        (
            "- Parse structured text data from invoices",
            &[],
            &["Structured Text"],
        ),
        (
            "- Build computer vision systems for retail shelves",
            &["Computer Vision"],
            &["Machine Vision"],
        ),
    ]);
}

#[test]
fn gtm_alone_names_no_skill_since_three_fields_use_it() {
    // F5's Global Traffic Manager, Google Tag Manager and go-to-market
    // all write "GTM": only the spelled-out names decide.
    check(&[
        (
            "- Load balancing with F5 LTM/GTM, BGP and OSPF",
            &["BGP", "OSPF"],
            &["Go-to-Market Strategy", "Google Tag Manager"],
        ),
        (
            "- Own our GTM strategy for the mid-market segment",
            &["Go-to-Market Strategy"],
            &[],
        ),
        (
            "- Tracking with Google Tag Manager and GA4",
            &["Google Tag Manager"],
            &[],
        ),
    ]);
}

#[test]
fn development_environments_are_tools_and_eclipse_alone_needs_a_list() {
    check(&[
        (
            "- Debug crashes in Visual Studio and Xcode",
            &["Visual Studio", "Xcode"],
            &["Visual Studio Code (VS Code)"],
        ),
        (
            "- Build extensions for VS Code and IntelliJ",
            &["Visual Studio Code (VS Code)", "IntelliJ IDEA"],
            &["Visual Studio"],
        ),
        (
            "- Distribute builds with Visual Studio App Center",
            &["Visual Studio App Center"],
            &["Visual Studio"],
        ),
        (
            "- Tools: Eclipse, IntelliJ, Maven",
            &["Eclipse", "Maven"],
            &[],
        ),
        (
            "- Plan around the solar eclipse in April",
            &[],
            &["Eclipse"],
        ),
    ]);
}

#[test]
fn a_pipeline_in_the_singular_and_browser_performance_are_named_skills() {
    check(&[
        (
            "- Ship behind feature flags several times a day through our CI pipeline",
            &["CI/CD", "Feature Flags"],
            &[],
        ),
        (
            "- Strong in TypeScript and browser performance (hit-testing, 60fps)",
            &["TypeScript", "Web Performance"],
            &[],
        ),
    ]);
}

#[test]
fn controller_families_and_building_automation_are_skills_of_their_own() {
    check(&[
        (
            "- Program Allen-Bradley ControlLogix and CompactLogix PLCs in Studio 5000; safety on GuardLogix",
            &[
                "Allen-Bradley",
                "ControlLogix",
                "CompactLogix",
                "Studio 5000",
                "GuardLogix",
            ],
            &[],
        ),
        (
            "- HMI screens in FactoryTalk View SE/ME; drives (PowerFlex, Kinetix); FANUC robot cells; Siemens S7-1500",
            &[
                "FactoryTalk View",
                "PowerFlex",
                "Kinetix",
                "FANUC",
                "Siemens S7",
            ],
            &["Industrial Robotics", "Siemens TIA Portal"],
        ),
        (
            "- 3+ years PLC programming in ladder logic; structured text and function block a plus",
            &[
                "Ladder Logic",
                "Structured Text",
                "Function Block Diagram (FBD)",
            ],
            &[],
        ),
        (
            "- Engineer Metasys, Niagara (Tridium N4) or Siemens Desigo systems over BACnet and LonWorks",
            &[
                "Johnson Controls Metasys",
                "Honeywell Niagara",
                "Siemens Desigo",
                "BACnet",
                "LonWorks",
            ],
            &[],
        ),
        (
            "- Write sequences of operations, control drawings and submittals for DDC systems; know psychrometrics",
            &[
                "Sequence of Operations",
                "Control Drawings",
                "Submittals",
                "Direct Digital Control (DDC)",
                "Psychrometrics",
            ],
            &[],
        ),
        // A function block of a diagram tool, a place, a generic order of steps.
        (
            "Our office overlooks Niagara Falls.",
            &[],
            &["Honeywell Niagara"],
        ),
        (
            "- Each function block in the editor is a node you can drag",
            &[],
            &["Function Block Diagram (FBD)"],
        ),
        (
            "- Make sure the correct sequence of operations is followed during deploys",
            &[],
            &["Sequence of Operations"],
        ),
        (
            "The DDC bill passed committee in March.",
            &[],
            &["Direct Digital Control (DDC)"],
        ),
    ]);
}

#[test]
fn standards_and_marketing_rules_are_named_by_their_publishers() {
    check(&[
        (
            "- Knowledge of ASHRAE Guideline 36, ASHRAE 90.1 and energy codes",
            &["ASHRAE Guideline 36", "ASHRAE Standards", "Energy Codes"],
            &[],
        ),
        (
            "- Apply GD&T per ASME Y14.5; follow NFPA 79 and risk assessments per ISO 13849",
            &[
                "Geometric Dimensioning and Tolerancing (GD&T)",
                "ASME Y14.5",
                "NFPA 79",
                "ISO 13849",
            ],
            &[],
        ),
        (
            "- Familiarity with functional safety (ISO 25119 / ISO 26262)",
            &["Functional Safety", "ISO 25119", "ISO 26262"],
            &[],
        ),
        (
            "- Make sure we follow GDPR, CAN-SPAM and CASL consent rules",
            &["GDPR", "CAN-SPAM", "CASL"],
            &["CAN Bus"],
        ),
        (
            "- Work to ICH E9 (R1) estimands guidance; shipping terms (Incoterms)",
            &["ICH E9", "Incoterms"],
            &[],
        ),
        // CASL alone, with no list of rules around it, is some other CASL.
        ("The CASL team reviews every release.", &[], &["CASL"]),
    ]);
}

#[test]
fn gis_methods_and_municipal_asset_tools_are_skills() {
    check(&[
        (
            "- Integrate GIS data with asset management systems (Cityworks, Maximo) and hydraulic models (InfoWater, SWMM)",
            &["GIS", "Cityworks", "IBM Maximo", "InfoWater", "SWMM"],
            &[],
        ),
        (
            "- Raster analysis on LiDAR-derived DEMs, watershed delineation; georeference scanned drawings",
            &[
                "Raster Analysis",
                "LiDAR",
                "Digital Elevation Models (DEM)",
                "Watershed Delineation",
                "Georeferencing",
            ],
            &[],
        ),
        (
            "- Tools: ArcGIS Pro, QGIS, DEM, Survey123",
            &[
                "ArcGIS",
                "QGIS",
                "Digital Elevation Models (DEM)",
                "Survey123",
            ],
            &[],
        ),
        (
            "The DEM team meets on Fridays.",
            &[],
            &["Digital Elevation Models (DEM)"],
        ),
    ]);
}

#[test]
fn accessibility_standards_and_platform_frameworks_are_named_apart() {
    check(&[
        (
            "- Deep understanding of accessibility (WCAG 2.1, ARIA) and Core Web Vitals",
            &["Web Accessibility", "WCAG", "WAI-ARIA", "Core Web Vitals"],
            &[],
        ),
        (
            "- GraphQL (Apollo Client), Chrome DevTools, monorepos (pnpm), HTML email in MJML",
            &["GraphQL", "Apollo Client", "Chrome DevTools", "MJML"],
            &["Apollo GraphQL", "Browser DevTools"],
        ),
        (
            "- Write efficient SOQL/SOSL and respect governor limits",
            &["SOQL", "SOSL"],
            &[],
        ),
        (
            "- Core Location, Core Motion, HealthKit and WidgetKit; Live Activities; watchOS",
            &[
                "Core Location",
                "Core Motion",
                "HealthKit",
                "WidgetKit",
                "Live Activities",
                "watchOS",
            ],
            &[],
        ),
        (
            "- Secure storage in the Keychain, VoiceOver support, builds with Tuist; Apple Pay and Google Pay",
            &[
                "Keychain Services",
                "VoiceOver",
                "Tuist",
                "Apple Pay",
                "Google Pay",
            ],
            &[],
        ),
        (
            "- Design for iOS and Android guidelines (HIG, Material Design); research in Dovetail, UserTesting and FigJam",
            &[
                "Human Interface Guidelines (HIG)",
                "Material Design",
                "Dovetail",
                "UserTesting",
                "FigJam",
            ],
            &[],
        ),
        // The words in their everyday senses.
        (
            "Join ARIA, the agency that funds research, in London.",
            &[],
            &["WAI-ARIA"],
        ),
        (
            "Our core location is Austin, with a second office in Denver.",
            &[],
            &["Core Location"],
        ),
        (
            "Plan and run live activities for the community team.",
            &[],
            &["Live Activities"],
        ),
        (
            "Every new hire gets a Keychain and a mug.",
            &[],
            &["Keychain Services"],
        ),
        (
            "Our HIG team plans the summer offsite.",
            &[],
            &["Human Interface Guidelines (HIG)"],
        ),
        (
            "- Work with engineering so the plans dovetail with the roadmap",
            &[],
            &["Dovetail"],
        ),
        (
            "- Study material design choices for the bridge deck",
            &[],
            &["Material Design"],
        ),
    ]);
}

#[test]
fn statistical_methods_and_analytics_tools_are_named_apart() {
    check(&[
        (
            "- Survival analysis (Cox regression, Kaplan-Meier), logistic regression and multiple imputation",
            &[
                "Survival Analysis",
                "Cox Regression",
                "Kaplan-Meier",
                "Logistic Regression",
                "Multiple Imputation",
            ],
            &[],
        ),
        (
            "- Write statistical analysis plans, including sample size and power calculations",
            &["Statistical Analysis Plans", "Statistical Power Analysis"],
            &[],
        ),
        (
            "- Familiarity with R Markdown / Quarto and Shiny; gradient boosting models",
            &["Quarto", "Shiny", "Gradient Boosting"],
            &[],
        ),
        (
            "- Reconcile plans in Oracle Hyperion Planning (Essbase / Smart View); model in LookML",
            &[
                "Oracle Hyperion",
                "Oracle Essbase",
                "Oracle Smart View",
                "LookML",
            ],
            &[],
        ),
        (
            "- Query Log Analytics with KQL; connect over ExpressRoute and private endpoints; vCenter",
            &[
                "Azure Log Analytics",
                "Kusto Query Language (KQL)",
                "Azure ExpressRoute",
                "Private Endpoints",
                "VMware vCenter",
            ],
            &[],
        ),
        (
            "- Version control in Git with Gerrit code review, Perforce and TFVC; test cases in HP ALM",
            &[
                "Git",
                "Gerrit Code Review",
                "Perforce",
                "Team Foundation Version Control (TFVC)",
                "HP ALM",
            ],
            &[],
        ),
        (
            "- Develop extensions in X++; transform files with XSLT",
            &["X++", "XSLT"],
            &[],
        ),
        // Everyday words that are also the names of tools.
        ("Shiny new features ship behind flags.", &[], &["Shiny"]),
        (
            "Each atlas is printed as a Quarto volume.",
            &[],
            &["Quarto"],
        ),
        (
            "Our TVs mirror phones through the Smart View app.",
            &[],
            &["Oracle Smart View"],
        ),
        (
            "We met Gerrit at the offsite.",
            &[],
            &["Gerrit Code Review"],
        ),
        (
            "- Power analysis of the SoC with PrimeTime PX",
            &[],
            &["Statistical Power Analysis"],
        ),
    ]);
}

#[test]
fn engineering_concepts_written_in_lower_case_are_skills() {
    check(&[
        (
            "- Set SLOs and error budgets with each service team; run chaos experiments in staging",
            &["Error Budgets", "Chaos Engineering"],
            &[],
        ),
        (
            "- Work on query processing: the query planner, vectorized operators and query execution",
            &["Query Processing", "Query Planning", "Query Execution"],
            &[],
        ),
        (
            "- Statistics: regression, experimental design, price elasticity and price optimization",
            &[
                "Experimental Design",
                "Price Elasticity",
                "Price Optimization",
            ],
            &[],
        ),
        (
            "- Model routing as mixed-integer programming (Gurobi); dedupe vendors with entity resolution",
            &["Mixed-Integer Programming", "Entity Resolution"],
            &[],
        ),
        (
            "- Kafka with exactly-once semantics, schema evolution and data contracts per topic",
            &[
                "Exactly-Once Semantics",
                "Schema Evolution",
                "Data Contracts",
            ],
            &[],
        ),
        (
            "- Bench skills in molecular biology; support flight tests of the autopilot",
            &["Molecular Biology", "Flight Testing"],
            &[],
        ),
        (
            "- Write functional specifications and lead technical design reviews",
            &["Functional Specifications", "Design Reviews"],
            &[],
        ),
        (
            "- Apply machine safety standards and own commissioning of new packaging lines",
            &["Machine Safety", "Commissioning"],
            &[],
        ),
        (
            "- Design, program and commission palletizing cells",
            &["Commissioning"],
            &[],
        ),
        // Alerting, chunking and commissioning as everyday verbs and roles.
        (
            "- Monitoring, alerting and on-call for the ingest service",
            &["Monitoring and Alerting"],
            &[],
        ),
        (
            "- Escalate outages by alerting the duty manager",
            &[],
            &["Monitoring and Alerting"],
        ),
        (
            "- Retrieval quality: chunking, reranking and embeddings",
            &["Chunking"],
            &[],
        ),
        (
            "- Tune semantic chunking for long contracts",
            &["Chunking"],
            &[],
        ),
        (
            "Break big goals into small steps, chunking tasks for the week.",
            &[],
            &["Chunking"],
        ),
        (
            "- Work with the commissioning editor on the next series",
            &[],
            &["Commissioning"],
        ),
    ]);
}

#[test]
fn database_internals_lab_and_controls_methods_are_skills() {
    check(&[
        (
            "- Postgres internals: isolation levels, logical replication and full-text search",
            &[
                "Isolation Levels",
                "Logical Replication",
                "Full-Text Search",
            ],
            &[],
        ),
        (
            "- Warehouse design with slowly changing dimensions and data vault 2.0; own the data migration",
            &["Slowly Changing Dimensions", "Data Vault", "Data Migration"],
            &[],
        ),
        (
            "- Train encoders with contrastive learning; add speaker diarization; data cleaning at scale",
            &[
                "Contrastive Learning",
                "Speaker Diarization",
                "Data Cleaning",
            ],
            &[],
        ),
        (
            "- Run differential expression and spatial transcriptomics analyses",
            &["Differential Expression", "Spatial Transcriptomics"],
            &[],
        ),
        (
            "- Alarm management and closed-loop control tuning; read packet captures",
            &["Alarm Management", "Closed-Loop Control", "Packet Capture"],
            &[],
        ),
        (
            "- Knowledge of market microstructure and computational geometry",
            &["Market Microstructure", "Computational Geometry"],
            &[],
        ),
    ]);
}
