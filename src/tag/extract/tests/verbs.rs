//! Skills named as a nominal compound, mentioned by the verb phrase the
//! compound nominalises ("model data" → Data Modeling).

use super::*;

#[test]
fn a_verb_with_its_object_mentions_the_skill_its_compound_names() {
    let v = vocab();
    for (input, want) in [
        (
            "- Model data in Cassandra",
            vec!["Data Modeling", "Apache Cassandra"],
        ),
        (
            "You will review code in Bitbucket.",
            vec!["Code Review", "Bitbucket"],
        ),
        (
            "- Gather requirements from stakeholders",
            vec!["Requirements Gathering"],
        ),
        (
            "Partner with finance to gather business requirements.",
            vec!["Requirements Gathering"],
        ),
        (
            "- Migrate data to Snowflake",
            vec!["Data Migration", "Snowflake"],
        ),
        // Every inflection of the verb, either number of the object.
        (
            "Experience modelling data for analytics.",
            vec!["Data Modeling"],
        ),
        ("Has modeled data at scale.", vec!["Data Modeling"]),
        (
            "She models data and ships dashboards.",
            vec!["Data Modeling", "Dashboards"],
        ),
        (
            "- Gathered the requirement with users",
            vec!["Requirements Gathering"],
        ),
        ("- Reviewing their code daily", vec!["Code Review"]),
        // A determiner, a possessive and modifiers may stand before the object.
        ("- Review each other's code", vec!["Code Review"]),
        (
            "- Segment medical IoT networks using VLANs",
            vec!["Network Segmentation", "IoT", "VLANs"],
        ),
        (
            "- Write automated tests in Jest",
            vec!["Test Automation", "Jest"],
        ),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn the_verb_needs_its_own_object_ending_its_noun_phrase() {
    let v = vocab();
    for (input, want) in [
        // The verb's object is something else.
        ("- Review pricing with sales", vec![]),
        ("- Model costs and data flows", vec![]),
        ("- Migrate services to Kubernetes", vec!["Kubernetes"]),
        // The object is part of a longer compound.
        (
            "- Model data pipelines in Airflow",
            vec!["Data Pipelines", "Apache Airflow"],
        ),
        ("- Review code quality metrics", vec![]),
        // A noun, not a verb: after a determiner, a possessive or a word
        // that does not lead to a verb.
        ("The review code is stored in Git.", vec!["Git"]),
        ("Our team's review code", vec![]),
        ("Satisfy FHFA model risk rules.", vec![]),
        // "review" as a noun not followed by the object.
        ("- Peer review of designs", vec![]),
        // Not on one line, or with punctuation between.
        ("- Review\n- Code in Python", vec!["Python"]),
        ("- Review, then code", vec![]),
        // A head the rule leaves out: the verb names the work, not a skill.
        ("- Manage projects and budgets", vec![]),
        ("- Test software on devices", vec![]),
    ] {
        assert_eq!(skills(input, &v), want, "input: {input:?}");
    }
}

#[test]
fn the_mention_is_the_verb_phrase() {
    let v = vocab();
    for (text, want) in [
        ("- Model data in Cassandra", "Model data"),
        (
            "- Migrate legacy SQL Server data weekly",
            "Migrate legacy SQL Server data",
        ),
        (
            "- Gather the business requirements.",
            "Gather the business requirements",
        ),
    ] {
        let got = extract(text, &v);
        let found = &got.skills[0];
        assert_eq!(&text[found.start..found.end], want, "text: {text:?}");
    }
}

#[test]
fn a_plural_head_names_events_not_a_verb_phrase() {
    let v = vocab();
    // "Design Reviews" are meetings; reviewing designs is the job's work.
    assert_eq!(
        skills("- Review designs with the architects", &v),
        Vec::<&str>::new()
    );
    // The noun still names them.
    assert_eq!(skills("- Lead design reviews", &v), vec!["Design Reviews"]);
}
