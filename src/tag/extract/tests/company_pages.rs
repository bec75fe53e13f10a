//! Company rules for what pages and messages state about the employer: its
//! equal-opportunity statement, its legal name, its careers site, its
//! parts, and the reader a message greets.

use super::*;

fn company(text: &str) -> Option<String> {
    name(extract(text, &vocab()).company)
}

#[test]
fn the_equal_opportunity_statement_names_even_a_word_that_names_no_one_alone() {
    let text = "Staff Data Engineer\n\nBuild pipelines in Spark and Kafka.\n\n\
                Visa is an EEO Employer. Qualified applicants will be considered.\n";
    assert_eq!(company(text).as_deref(), Some("Visa"));
    // Elsewhere the word is what it says.
    let text = "Staff Data Engineer\n\nBuild pipelines in Spark and Kafka.\n\n\
                Visa sponsorship is not available for this role.\n";
    assert_eq!(company(text), None);
}

#[test]
fn a_name_keeps_its_statement_past_two_legal_forms_and_its_initials() {
    let text = "Build services in Go.\n\nNorthmark Co., Inc. is an Equal Opportunity Employer.\n";
    assert_eq!(company(text).as_deref(), Some("Northmark Co"));
    let text = "Build services in Go.\n\nC.H. Robinson is an Equal Opportunity Employer.\n";
    assert_eq!(company(text).as_deref(), Some("C.H. Robinson"));
    // A sentence's last dot before a name joins nothing.
    let text = "We ship weekly to the U.S. Tandem Labs is an Equal Opportunity Employer.\n";
    assert_eq!(company(text).as_deref(), Some("Tandem Labs"));
}

#[test]
fn the_employers_own_careers_site_names_it_when_nothing_else_does() {
    let text = "Software Developer\n\nBuild claims systems in C# and .NET.\n\n\
                Energage recognizes Progressive as a top workplace.\n\
                To protect yourself from scams, visit https://www.progressive.com/careers/faq/\n";
    assert_eq!(company(text).as_deref(), Some("Progressive"));
    // A job site's address names no employer.
    let text = "Software Developer\n\nBuild claims systems in C# and .NET.\n\n\
                Seen on LinkedIn: https://www.linkedin.com/jobs/view/12345/\n";
    assert_eq!(company(text), None);
}

#[test]
fn a_part_named_with_its_owners_possessive_belongs_to_the_owner() {
    let text = "Controls Engineer\n\nOrvane's Electrical Sector is seeking a Controls \
                Engineer to program PLCs in Studio 5000.\n";
    assert_eq!(company(text).as_deref(), Some("Orvane"));
}

#[test]
fn a_brand_written_in_lower_case_is_the_employer_where_a_phrase_says_so() {
    let text = "hey Sam,\n\nmy team at zentravo is hiring another senior engineer. \
                Here's the posting.\n\nBuild FHIR APIs in Java.\n";
    assert_eq!(company(text).as_deref(), Some("zentravo"));
    // A rare word after "at" is no name without a job or team before it.
    let text = "Software Engineer\n\nProcess sequencing data at petabyte scale in Spark.\n";
    assert_eq!(company(text), None);
}

#[test]
fn a_mail_programs_labels_and_a_careers_sites_navigation_name_no_one() {
    let text = "QA Automation Engineer (Playwright) - Chicago hybrid\nInbox\n\n\
                Jenna Park <jpark@example.com>\nWed, Mar 4, 11:16 AM\nto me\n\n\
                Hi Sam,\n\nI'm working with the team at Kestrel Works on a QA hire.\n";
    assert_eq!(company(text).as_deref(), Some("Kestrel Works"));
    let text = "Skip to main content\nSearch for Jobs\nSign In\nCareers Home\n\
                Firmware Engineer II - Motion Control\nApply\nlocations\nRadford, VA\n\n\
                Develop firmware in C.\n\nOrvane Corporation is an equal opportunity employer.\n";
    assert_eq!(company(text).as_deref(), Some("Orvane Corporation"));
    // A careers site's own name is the employer's.
    let text = "Skip to main content\nOrvane Careers\nSearch for Jobs\nSign In\n\
                Data Engineer Senior\nApply\n\nBuild pipelines in Spark.\n\n\
                Orvane is an equal opportunity employer.\n";
    assert_eq!(company(text).as_deref(), Some("Orvane"));
}

#[test]
fn a_client_the_recruiter_labels_outranks_the_agency() {
    for label in ["End client: ", "Client - ", "Client: "] {
        let text = format!(
            "Subject: Controls Software Engineer - Residential HVAC | Dallas, TX\n\n\
             Derrick,\n\nHere are the details.\n\n{label}Lennox International\n\
             Role - Controls Software Engineer\n\nProgram PLCs in C.\n\nThanks,\n\
             Marisol Vega\nSenior Technical Recruiter\nBelcan\n"
        );
        assert_eq!(
            company(&text).as_deref(),
            Some("Lennox International"),
            "label: {label:?}"
        );
    }
}

#[test]
fn a_subject_cell_the_body_writes_as_the_titles_end_is_no_employer() {
    let text = "Subject: Python Developer - Claims Automation | Remote | Fortune 100 insurer\n\n\
                Hi Ana,\n\nYoh is partnering with a Fortune 100 insurer on a Python Developer - \
                Claims Automation role.\n\nBuild services in Python.\n\n\
                Yoh is an Equal Opportunity Employer.\n";
    assert_eq!(company(text).as_deref(), Some("Yoh"));
}

#[test]
fn a_pages_own_social_links_and_a_bracketed_title_before_for_name_the_employer() {
    let text = "Build optical networks in C++.\n\nFollow Us\nFollow Orvane on LinkedIn\n\
                Follow Orvane on YouTube\n© 2026 Workday, Inc. All rights reserved.\n";
    assert_eq!(company(text).as_deref(), Some("Orvane"));
    let text = "We are hiring a Backend Engineer (Java/Kafka) for Harbor Freightways at \
                their campus.\n\nBuild services in Java.\n";
    assert_eq!(company(text).as_deref(), Some("Harbor Freightways"));
}
