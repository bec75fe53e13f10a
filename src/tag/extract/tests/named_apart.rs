//! Names that stand for a thing of their own, not for a broader skill
//! they were once an alias of; capitals that name a practice only where
//! they stand alone; names the vocabulary lacked.

use super::*;

#[test]
fn a_named_part_is_its_own_skill_not_the_whole_it_belongs_to() {
    check(&[
        (
            "Document data lineage and the data catalog in Collibra.",
            &["Data Lineage", "Data Catalog", "Collibra"],
        ),
        ("Own data governance.", &["Data Governance"]),
        (
            "Build data quality checks, lineage and audit controls.",
            &["Data Quality", "Data Lineage"],
        ),
        ("We study cell lineage in zebrafish.", &[]),
        ("Harden clusters with OPA Gatekeeper.", &["OPA Gatekeeper"]),
        (
            "Write policies in Open Policy Agent.",
            &["Open Policy Agent (OPA)"],
        ),
        (
            "Run on Aurora PostgreSQL and Aurora MySQL.",
            &["Aurora PostgreSQL", "Aurora MySQL"],
        ),
        ("Run on Amazon Aurora.", &["Amazon Aurora"]),
        (
            "Plan computer system validation (CSV) for GxP systems.",
            &["Computer System Validation (CSV)", "GxP"],
        ),
        (
            "Build PCF pages and Gosu rules.",
            &["Guidewire PCF", "Gosu"],
        ),
        (
            "Deploy Spring Boot services to PCF.",
            &["Spring Boot", "Cloud Foundry"],
        ),
        (
            "Evaluate with LLM-as-judge and offline LLM evals.",
            &["LLM-as-Judge", "LLM Evaluation"],
        ),
        (
            "Build models with Hugging Face Transformers.",
            &["Hugging Face Transformers"],
        ),
        (
            "Own inventory management in SAP.",
            &["Inventory Management", "SAP"],
        ),
        (
            "Analyze real-world data (RWD) and real-world evidence.",
            &["Real-World Data (RWD)", "Real-World Evidence (RWE)"],
        ),
    ]);
}

#[test]
fn ci_alone_in_capitals_is_ci_cd_unless_it_is_an_item_or_a_bracketed_initialism() {
    check(&[
        ("Keep our CI green.", &["CI/CD"]),
        (
            "Use Git and GitHub Actions for CI.",
            &["Git", "GitHub Actions", "CI/CD"],
        ),
        ("Good knowledge of the CI Class Manager.", &[]),
        ("Drive Continuous Improvement (CI) on the line.", &[]),
        ("Our ci is fine.", &[]),
        (
            "CI: CircleCI Jenkins GitLab",
            &["CircleCI", "Jenkins", "GitLab"],
        ),
    ]);
}

#[test]
fn tests_of_the_interface_and_named_admin_practices_are_skills() {
    check(&[
        (
            "Write unit and UI tests with XCTest.",
            &["Unit Testing", "UI Testing", "XCTest"],
        ),
        (
            "Administer NetSuite: roles and permissions, saved searches.",
            &["Oracle NetSuite", "Roles and Permissions", "Saved Searches"],
        ),
        (
            "Automate provisioning with Terraform.",
            &["Provisioning", "Terraform"],
        ),
        ("SnowPro Core certification a plus.", &["SnowPro Core"]),
    ]);
}

#[test]
fn a_name_kept_as_written_counts_in_small_letters_only_in_a_list_and_of_several_words() {
    check(&[
        (
            "Configure cost center accounting, internal orders, profit center accounting.",
            &[
                "Cost Center Accounting",
                "Internal Orders",
                "Profit Center Accounting",
            ],
        ),
        ("Internal orders ship every week.", &[]),
        ("We fill internal orders quickly.", &[]),
        (
            "Agile, Scrum and Kanban across three teams.",
            &["Agile", "Scrum", "Kanban"],
        ),
        ("Mentor Python and Go teams.", &["Python", "Go"]),
    ]);
}

#[test]
fn the_verb_phrase_a_practice_nominalises_names_the_practice() {
    check(&[
        (
            "Fine-tune BERT-style encoders in PyTorch.",
            &["Fine-Tuning", "BERT", "PyTorch"],
        ),
        ("Models are fine-tuned weekly.", &["Fine-Tuning"]),
        (
            "Respond to incidents in the on-call rotation.",
            &["Incident Response"],
        ),
        ("Respond to customer emails.", &[]),
        (
            "Review merge requests in GitLab.",
            &["Code Review", "GitLab"],
        ),
        ("Merge requests need two approvals.", &[]),
    ]);
}

#[test]
fn a_named_language_protocol_or_code_set_is_not_the_family_it_belongs_to() {
    check(&[
        (
            "Write tests in Cucumber and Gherkin.",
            &["Cucumber", "Gherkin"],
        ),
        ("Sign images with Cosign.", &["Cosign"]),
        (
            "TCP/IP, DNS, IPsec and TLS.",
            &["TCP/IP", "DNS", "IPsec", "TLS"],
        ),
        (
            "Code with ICD-10, CPT and HCPCS.",
            &["ICD-10", "CPT Codes", "HCPCS"],
        ),
        ("CAN bus and J1939 messages.", &["CAN Bus", "J1939"]),
        (
            "Use Base SAS, SAS Macro and PROC SQL.",
            &["SAS", "PROC SQL"],
        ),
        ("Build ACH payments from Nacha files.", &["ACH", "Nacha"]),
        (
            "- Integrate with Benchling, LabVantage LIMS and LIMS (LabWare).",
            &[
                "Benchling",
                "LabVantage",
                "Laboratory Information Management Systems (LIMS)",
                "LabWare",
            ],
        ),
        (
            "Workflows with Temporal, and Kafka.",
            &["Temporal", "Apache Kafka"],
        ),
        ("A temporal pattern in the data.", &[]),
    ]);
}
