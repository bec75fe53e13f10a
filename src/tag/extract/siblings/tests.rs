//! Tests of the list-sibling rule: unknown names coordinated with known
//! skills, and the lists, sentences and words that are not such names.

use crate::config::VocabConfig;
use crate::tag::extract::extract;
use crate::tag::vocab::Vocab;

fn skills(text: &str) -> Vec<String> {
    let vocab = Vocab::new(&VocabConfig::default());
    extract(text, &vocab)
        .skills
        .into_iter()
        .map(|f| f.name)
        .collect()
}

fn check(text: &str, want: &[&str], never: &[&str]) {
    let got = skills(text);
    for w in want {
        assert!(
            got.iter().any(|g| g == w),
            "{w:?} missing from {got:?} in {text:?}"
        );
    }
    for n in never {
        assert!(
            !got.iter().any(|g| g == n),
            "{n:?} wrongly in {got:?} in {text:?}"
        );
    }
}

#[test]
fn a_name_listed_among_known_skills_is_a_skill() {
    // In the middle, first after a lead-in, last before its kind.
    check(
        "- Stream processing with Kafka, Zenoh, Flink and Terraform",
        &["Zenoh", "Apache Kafka", "Apache Flink"],
        &[],
    );
    check(
        "- Experience with Tarantool, PostgreSQL and Redis",
        &["Tarantool"],
        &[],
    );
    check(
        "- Automation in Python and Ansible against Juniper and Ciena devices",
        &["Ciena"],
        &["Devices", "Ciena devices"],
    );
    // Several words, digits, a capital inside.
    check(
        "- Configure Kubernetes, Quasar Fleet 3 and Helm for the edge sites",
        &["Quasar Fleet 3"],
        &[],
    );
}

#[test]
fn an_acronym_in_the_plural_is_named_in_the_singular() {
    check(
        "- Routing with BGP, OSPF and QXRs per site",
        &["QXR"],
        &["QXRs"],
    );
}

#[test]
fn a_bracket_after_a_known_skill_lists_kinds_of_it() {
    check(
        "- Run static analysis (SonarQube, Vexalint) before review",
        &["Vexalint"],
        &[],
    );
}

#[test]
fn one_known_neighbour_does_not_make_a_list_of_skills() {
    check(
        "- Partner with Snowflake and Northwind on the rollout",
        &[],
        &["Northwind"],
    );
}

#[test]
fn a_verb_opening_a_sentence_is_not_a_name() {
    check(
        "- Automate builds and patching with Ansible, Terraform and Bash",
        &["Ansible"],
        &["Automate"],
    );
    check(
        "- Solder and rework boards; debug with Python, JTAG and C++",
        &[],
        &["Solder"],
    );
    check(
        "<li>Build pipelines with dbt, Airflow and Snowflake</li>",
        &["dbt"],
        &["Build", "<li>Build"],
    );
}

#[test]
fn a_list_of_common_nouns_names_no_skill() {
    // "product owners": the run coordinates people, not names.
    check(
        "- Work in an Agile / Scrum team with BAs, QX and product owners",
        &[],
        &["QX", "BAs"],
    );
    // Common words alone are not names, whatever their case.
    check(
        "- Python, Kafka, Terraform, Excellent Communication",
        &["Python"],
        &["Excellent Communication"],
    );
}

#[test]
fn the_employers_own_pages_give_no_sibling() {
    let text = "About Us\nWe build on Kafka, Flink and Norwhal Stream for our customers.\n\n\
                Requirements\n- Python, SQL and Postgres\n";
    check(text, &["Python"], &["Norwhal Stream"]);
}

#[test]
fn a_name_longer_than_three_words_is_a_phrase() {
    check(
        "- Python, Kafka, Big Data Platform Operations Group",
        &["Python"],
        &[
            "Big Data Platform Operations Group",
            "Data Platform Operations Group",
        ],
    );
}

#[test]
fn a_bracketed_list_in_a_line_of_skills_gives_examples_of_them() {
    check(
        "- Deep knowledge of FHIR, HL7 and data standards (Zorlinc, Qormed CT, VexNorm)",
        &["Zorlinc", "Qormed CT", "VexNorm"],
        &[],
    );
    // Acronyms in brackets in a line that names one skill say nothing
    // (names written unlike words would: see
    // `a_bracket_of_unknown_names_after_what_they_are_lists_skills`).
    check(
        "- Deep knowledge of FHIR and data standards (ZORLINC, QORMED CT)",
        &["FHIR"],
        &["ZORLINC", "QORMED CT"],
    );
    // Places and work terms are no skills, whatever the line lists.
    check(
        "- Support Python, Kafka and Terraform users across regions (EMEA, Americas)",
        &["Python"],
        &["EMEA", "Americas"],
    );
}

#[test]
fn a_bracket_of_unknown_names_after_what_they_are_lists_skills() {
    check(
        "- Work with spatial transcriptomics (Xenium, CosMx) and ligand-receptor inference (CellChat, LIANA)",
        &["Xenium", "CosMx", "CellChat", "LIANA"],
        &[],
    );
    check(
        "- Build rules on device and identity data (ThreatMetrix, Socure, LexisNexis)",
        &["ThreatMetrix", "Socure", "LexisNexis"],
        &[],
    );
}

#[test]
fn a_bracket_of_unknown_names_that_are_not_tools_gives_nothing() {
    for (text, never) in [
        // After a name: its listings or its parts.
        ("Stantec (TSX, NYSE: STN) designs bridges.", &["TSX"][..]),
        (
            "- Support Epic (Hyperspace, HaikuX) users",
            &["Hyperspace", "HaikuX"],
        ),
        // Parties and places, whatever their names look like.
        (
            "- Serve our clients (PayCo, TrustBankX)",
            &["PayCo", "TrustBankX"],
        ),
        // Acronyms only: agencies, laws, metrics.
        (
            "- Support regulatory submissions (FDA, EMA)",
            &["FDA", "EMA"],
        ),
        ("- Track leave compliance (FMLA, ADA)", &["FMLA", "ADA"]),
        // Items that are not whole names.
        (
            "Visa: GC, H4-EAD only (No H1B, No OPT)",
            &["No H1B", "No OPT"],
        ),
        ("- Draw in Creo (3D models and 2D drawings)", &["3D models"]),
    ] {
        check(text, &[], never);
    }
}
