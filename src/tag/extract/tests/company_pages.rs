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
