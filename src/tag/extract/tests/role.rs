//! Role and level rules: titles read with the grammar, from a header or
//! the body.

use super::*;

#[test]
fn role_is_the_title_the_text_is_about_normalised() {
    let v = vocab();
    for (input, want, level) in [
        // "and" joining capitalised words of a title.
        (
            "As an Instrumentation and Controls Technician you will keep the plant running.",
            Some("Instrumentation and Controls Technician"),
            None,
        ),
        // The area the body writes after the title is the title's.
        (
            "Orvane is hiring.\n\nThe Sr. Analyst, Pricing & Promotions Analytics owns the markdown models.",
            Some("Analyst, Pricing & Promotions Analytics"),
            Some("Senior"),
        ),
        (
            "As a Machine Learning Engineer - Search Ranking\nBoston, MA\nyou will tune rankers.",
            Some("Machine Learning Engineer, Search Ranking"),
            None,
        ),
        // "adding a …" opens the job, over the writer's own title below.
        (
            "Hi Sam,\n\nReaching out because Halvard's data platform team is adding a \
             Snowflake Data Engineer for a 6-month engagement.\n\nInterested?\n\nOlivia \
             Grant\nAccount Executive | Conexess Group\nMinneapolis, MN",
            Some("Snowflake Data Engineer"),
            None,
        ),
        // A grade in digits after the head, not a count.
        (
            "About the job\nCloud Platform Engineer 3 is responsible for the landing zone.",
            Some("Cloud Platform Engineer"),
            Some("III"),
        ),
        (
            "About the job\nAs a Cloud Platform Engineer 3 days a week on site, you run the landing zone.",
            Some("Cloud Platform Engineer"),
            None,
        ),
        // A title line in the body after the term an internship runs.
        (
            "About the job\nGridline is a utility.\n\nSummer 2027 Intern – Data Analytics\n\n\
             This internship sits in the grid team.",
            Some("Intern, Data Analytics"),
            Some("Intern"),
        ),
        // Another title after the comma is a list of titles, not an area.
        (
            "As a Data Engineer, Data Scientist or Analyst you will share one stack.",
            Some("Data Engineer"),
            None,
        ),
        // People hired in the plural: the level is split off the singular.
        (
            "We're hiring senior infrastructure engineers to build it.",
            Some("Infrastructure Engineer"),
            Some("Senior"),
        ),
        // The people who do the job, as the subject of a sentence.
        (
            "PostHog is a product analytics suite. Our Support Engineers are engineers first: you read our code.",
            Some("Support Engineer"),
            None,
        ),
        // In lower case, whose verb may be a title's word ("Build Engineer")
        // and whose head ends in "s" without being a verb.
        (
            "We study ticks. Our data engineers build pipelines in Airflow.",
            Some("Data Engineer"),
            None,
        ),
        // "a Staff engineer" describes a person; the title is the one the
        // analysis names, whatever its tail.
        (
            "Job Analysis:\nThe Staff Software Engineer - Perception role at Deere & Company \
             sits in the Autonomy group. As a Staff engineer, the person sets direction. \
             A Staff engineer also mentors.",
            Some("Software Engineer, Perception"),
            Some("Staff"),
        ),
        // A determiner's word in capitals is an acronym of the title.
        (
            "IT Help Desk Technician II (Service Desk) - Remote\nAcme Health · Tulsa, OK\n\n\
             Support clinics.",
            Some("IT Help Desk Technician"),
            Some("II"),
        ),
        // Lower-case words describing the person come before the title.
        (
            "We machine aerospace parts. Looking for an experienced CNC Programmer for 2nd shift.",
            Some("CNC Programmer"),
            None,
        ),
        (
            "We are hiring a talented, motivated Payroll Specialist.",
            Some("Payroll Specialist"),
            None,
        ),
        // A capitalised title as a sentence's subject ends at its verb.
        (
            "Summary\nThe Help Desk Analyst I answers calls and chats from 30,000 staff.",
            Some("Help Desk Analyst"),
            Some("I"),
        ),
        (
            "This Backend Software Engineer role on X's team.",
            Some("Backend Software Engineer"),
            None,
        ),
        (
            "This Sr. Mobile Software Engineer role is new.",
            Some("Mobile Software Engineer"),
            Some("Senior"),
        ),
        (
            "We are looking for a senior backend engineer to join us.",
            Some("Backend Engineer"),
            Some("Senior"),
        ),
        (
            "Join us as a Staff Data Scientist.",
            Some("Data Scientist"),
            Some("Staff"),
        ),
        (
            "Senior Data Scientist\nNorthwind – New York\n",
            Some("Data Scientist"),
            Some("Senior"),
        ),
        (
            "Job Title: QA Automation Engineer\nLocation: Remote",
            Some("QA Automation Engineer"),
            None,
        ),
        (
            "At its core, this Director of Engineering opening is big.",
            Some("Director of Engineering"),
            None,
        ),
        (
            "This Full Stack Software Engineer Intern role at Y.",
            Some("Full Stack Software Engineer"),
            Some("Intern"),
        ),
        (
            "The hiring manager cares about writing. The engineer is on call.",
            None,
            None,
        ),
        ("The Developer Experience team owns tooling.", None, None),
        ("She met Data Scientists and Engineers.", None, None),
        (
            "Acme | backend engineer | remote",
            Some("Backend Engineer"),
            None,
        ),
        (
            "We're hiring a Tech Lead for payments.",
            Some("Tech Lead"),
            None,
        ),
        (
            "Role: VP Engineering\nLocation: Remote",
            Some("VP Engineering"),
            None,
        ),
        ("Job Title: VP of Product", Some("VP of Product"), None),
        (
            "This Account Executive role covers EMEA.",
            Some("Account Executive"),
            None,
        ),
        (
            "This Senior Go Engineer role is remote.",
            Some("Go Engineer"),
            Some("Senior"),
        ),
        // A LinkedIn message: the sender's headline is not the job.
        (
            "Jessica Alvarez · 2nd\nSenior Technical Recruiter at Robert Half\nHi Chris, I have a contract-to-hire Senior Data Analyst role with one of our clients.",
            Some("Data Analyst"),
            Some("Senior"),
        ),
    ] {
        let got = extract(input, &v);
        assert_eq!(name(got.role).as_deref(), want, "input: {input:?}");
        assert_eq!(name(got.level).as_deref(), level, "input: {input:?}");
    }
}

#[test]
fn a_subject_without_a_level_takes_the_one_the_message_gives_the_opening() {
    let v = vocab();
    let text = "Subject: Guidewire PolicyCenter Developer opportunity at Travelers\n\n\
                Hi Dana,\n\nI wanted to reach out about a Senior Guidewire PolicyCenter \
                Developer role on our team.\n";
    let got = extract(text, &v);
    assert_eq!(
        name(got.role).as_deref(),
        Some("Guidewire PolicyCenter Developer")
    );
    assert_eq!(name(got.level).as_deref(), Some("Senior"));
    // Someone else's title is not the opening's.
    let text = "Subject: Guidewire PolicyCenter Developer opportunity at Travelers\n\n\
                Hi Dana,\n\nYou would report to a Senior Guidewire PolicyCenter Developer.\n";
    assert_eq!(name(extract(text, &v).level), None);
}

#[test]
fn an_engineering_discipline_is_part_of_the_title() {
    let v = vocab();
    for (text, want) in [
        (
            "Here is the Controls Engineer opening on our team.",
            "Controls Engineer",
        ),
        (
            "We are hiring a Process Engineer for the plant.",
            "Process Engineer",
        ),
        (
            "Join us as a Civil Engineer on bridge projects.",
            "Civil Engineer",
        ),
    ] {
        assert_eq!(
            name(extract(text, &v).role).as_deref(),
            Some(want),
            "text: {text:?}"
        );
    }
}
