use super::cells::{FIELD_LABELS, lower_starts_with};
use super::*;

fn read(text: &str) -> (Option<&str>, Option<&str>) {
    let vocab = Vocab::new(&Default::default());
    let h = find(text, &vocab);
    (h.title.map(|r| &text[r]), h.company.map(|r| &text[r]))
}

#[test]
fn labels_are_compared_in_lower_case() {
    for l in COMPANY_LABELS
        .iter()
        .chain(TITLE_LABELS)
        .chain(FIELD_LABELS)
    {
        assert!(l.is_ascii() && l.to_ascii_lowercase() == *l, "label: {l:?}");
    }
    for (text, want) in [
        ("Job Title", true),
        ("JOB TITLE", true),
        ("job title", true),
        ("Job Titles", false),
        ("Jöb Title", false),
        // The Kelvin sign lower-cases to an ASCII "k".
        ("Job Title\u{212A}", false),
    ] {
        assert_eq!(lower_is_one_of(text, TITLE_LABELS), want, "text: {text:?}");
    }
    for (text, want) in [
        ("Hello there", true),
        ("HELLO", true),
        ("Hell", false),
        ("Hellö", false),
        ("\u{212A}ills", false),
        ("S\u{212A}ILLS: Go", true),
        ("Héllo", false),
    ] {
        assert_eq!(
            lower_starts_with(text, "hello") || lower_starts_with(text, "skills"),
            want,
            "text: {text:?}"
        );
    }
}

#[test]
fn headers_of_every_shape() {
    for (text, title, company) in [
        // A long line of cells is still the header's, not a sentence.
        (
            "Data Engineer\nAnthem Blue Cross and Blue Shield · Indianapolis, IN · 2 days ago · Over 100 applicants\n\nAbout the job\nWe build.\n",
            "Data Engineer",
            "Anthem Blue Cross and Blue Shield",
        ),
        // The first cell of a board's line of place and age is the
        // employer's, whatever word opens it or whatever else it names.
        (
            "Data Engineer\nUnder Armour · Baltimore, MD · 2 days ago\n\nAbout the job\nWe build.\n",
            "Data Engineer",
            "Under Armour",
        ),
        (
            "Data Engineer\nNew Balance · Boston, MA · Reposted 1 week ago · 57 applicants\nAbout the job\n",
            "Data Engineer",
            "New Balance",
        ),
        (
            "Data Engineer\nathenahealth · Boston, MA · 2 days ago · Over 100 applicants\n\nAbout the job\nWe build.\n",
            "Data Engineer",
            "athenahealth",
        ),
        // So is the name in LinkedIn's alt text for the employer's logo.
        (
            "Skip to main content\nCompany logo for Under Armour.\nUnder Armour\nShare\nShow more options\nSenior Data Engineer\nBoston, MA · 3 weeks ago\nAbout the job\n",
            "Senior Data Engineer",
            "Under Armour",
        ),
        (
            "Company logo for Polaris Inc..\nEmbedded Software Engineer II\nMedina, MN · 1 week ago\n",
            "Embedded Software Engineer II",
            "Polaris Inc.",
        ),
        (
            "Company logo for Our Lady of Lourdes Memorial Hospital.\nOur Lady of Lourdes Memorial Hospital\nShare\nSenior Data Engineer\nBinghamton, NY · 3 weeks ago\n",
            "Senior Data Engineer",
            "Our Lady of Lourdes Memorial Hospital",
        ),
        // Every board's slot for the employer reads such a name: Indeed's
        // line and rating, Glassdoor's stars, a careers page's name line
        // over the title and its place, "Title at", "Company:".
        (
            "Data Engineer\nUnder Armour - Baltimore, MD 21230\n$120,000 - $150,000 a year - Full-time\n\nJob details\n",
            "Data Engineer",
            "Under Armour",
        ),
        (
            "Under Armour 4.0 ★\nData Engineer\nBaltimore, MD\n$110K - $140K (Glassdoor est.)\n",
            "Data Engineer",
            "Under Armour",
        ),
        (
            "New Relic\nData Engineer\nBaltimore, MD\nEngineering /\nFull-time /\nApply for this job\n",
            "Data Engineer",
            "New Relic",
        ),
        (
            "Data Engineer at One Medical\nSan Francisco, CA\n\nApply\n",
            "Data Engineer at One Medical",
            "One Medical",
        ),
        (
            "Job Title: Data Engineer\nCompany: Under Armour\nLocation: Baltimore, MD\n",
            "Data Engineer",
            "Under Armour",
        ),
        // So is the line of its own over the title, above that line.
        (
            "Under Armour\nData Engineer\nBaltimore, MD · Reposted 3 weeks ago · Over 100 people clicked apply\n",
            "Data Engineer",
            "Under Armour",
        ),
        (
            "Data Engineer\nThe University of Texas MD Anderson Cancer Center · Houston, TX · 1 day ago\n",
            "Data Engineer",
            "The University of Texas MD Anderson Cancer Center",
        ),
        (
            "Via\nData Engineer\nNew York, NY · 2 days ago\nAbout the job\n",
            "Data Engineer",
            "Via",
        ),
        (
            "athenahealth\nData Engineer\nBoston, MA · 2 days ago · 57 applicants\n",
            "Data Engineer",
            "athenahealth",
        ),
        // A name whose first word its owner writes in lower case, in every
        // slot of a board's copy.
        (
            "Senior Data Engineer\ndbt Labs · Remote · 1 week ago · 57 applicants\n",
            "Senior Data Engineer",
            "dbt Labs",
        ),
        (
            "Senior Data Engineer\ne.l.f. Beauty - Oakland, CA 94607\n$140,000 - $170,000 a year\n",
            "Senior Data Engineer",
            "e.l.f. Beauty",
        ),
        (
            "d-Matrix 4.2 ★\nML Compiler Engineer\nSanta Clara, CA\n",
            "ML Compiler Engineer",
            "d-Matrix",
        ),
        (
            "Company logo for dbt Labs.\ndbt Labs\nShare\nAnalytics Engineer\nRemote · 1 week ago\n",
            "Analytics Engineer",
            "dbt Labs",
        ),
        // The page's controls between the name and the title.
        (
            "athenahealth\nShare\nShow more options\nData Engineer\nBoston, MA · 2 days ago · 57 applicants\n",
            "Data Engineer",
            "athenahealth",
        ),
        (
            "Senior Data Engineer\nThe Home Depot · Atlanta, GA · 2 days ago · 80 applicants\nHybrid · Full-time\nAbout the job\nWe build.",
            "Senior Data Engineer",
            "The Home Depot",
        ),
        (
            "Principal Radar Systems Engineer -Secret Clearance\nBooz Allen Hamilton\n2 days ago · 9 applicants\nOn-site · Full-time\nAbout the job\n",
            "Principal Radar Systems Engineer -Secret Clearance",
            "Booz Allen Hamilton",
        ),
        (
            "Deloitte\nCloud Engineering Senior Consultant - AWS\nArlington, VA · 1 week ago\nAbout the job\n",
            "Cloud Engineering Senior Consultant - AWS",
            "Deloitte",
        ),
        (
            "Quality Engineer II (SDET)\nBank of America - Charlotte, NC 28255\n$90,000 - $120,000 a year - Full-time\nJob details\n",
            "Quality Engineer II (SDET)",
            "Bank of America",
        ),
        (
            "Kraken\nSenior Rust Engineer - Exchange\nRemote\nEngineering /\nFull-time /\nApply for this job\n",
            "Senior Rust Engineer - Exchange",
            "Kraken",
        ),
        (
            "Backend Engineer at Stripe\nSan Francisco, CA\n\nAbout the role\n",
            "Backend Engineer at Stripe",
            "Stripe",
        ),
        (
            "Subject: Snowflake - Software Engineer - Query Processing\nFrom: a@b.com\n\nHi Alex,\n",
            "Software Engineer",
            "Snowflake",
        ),
        // Marks of replies and forwards, in any language, are no cells.
        (
            "Subject: RE: Sr. Network Engineer - Lumen Technologies - Denver, CO\nFrom: a@b.com\n\nHi,\n",
            "Sr. Network Engineer",
            "Lumen Technologies",
        ),
        (
            "From: a@b.com\nSubject: Fwd: AW: [EXTERNAL] Controls Engineer - Emerson - Austin, TX\n\nHi,\n",
            "Controls Engineer",
            "Emerson",
        ),
        // A thread's meta line above a Hacker News post.
        (
            "acme_jobs 5 hours ago | parent | next [–]\n\nAcme | Senior ML Engineer | Remote | $200k\n\nWe build.",
            "Senior ML Engineer",
            "Acme",
        ),
        (
            "Tailscale | Senior Software Engineer, Networking | REMOTE (US, Canada) | Full-time | $168k\n\nWe build.",
            "Senior Software Engineer, Networking",
            "Tailscale",
        ),
        (
            "Hello,\n\nPosition: Data Engineer (Azure Databricks)\nCompany: Acme Health\nLocation: Remote\n",
            "Data Engineer (Azure Databricks)",
            "Acme Health",
        ),
    ] {
        assert_eq!(
            read(text),
            (Some(title), Some(company)),
            "text: {text:.50?}"
        );
    }
}

#[test]
fn field_labels_and_places_are_not_names() {
    let text = "Security Compliance Analyst\nLocation\nRemote (US)\nDepartment\nSecurity\nCompensation\n$110K\nOverview\n";
    assert_eq!(read(text), (Some("Security Compliance Analyst"), None));
    let text = "Experienced Systems Engineer (Mission Systems)\nApply\nlocations\nUSA - Saint Louis, MO\ntime type\nFull time\n";
    assert_eq!(read(text).1, None);
}

#[test]
fn a_lower_case_employer_opens_linkedin_s_line_of_cells() {
    let text = "Full Stack Developer\nmonday.com · New York, NY · 2 days ago · Over 100 applicants\nHybrid\n";
    assert_eq!(
        read(text),
        (Some("Full Stack Developer"), Some("monday.com"))
    );
}

#[test]
fn a_job_named_in_prose_is_no_title_line() {
    let text = "saved 11/3 from LinkedIn, recruiter Dana reached out too\n\npay: not listed\n";
    assert_eq!(read(text).0, None);
    // A title in sentence case or all lower case still is one.
    assert_eq!(
        read("Software engineer - Backend\nAcme\n").0,
        Some("Software engineer - Backend")
    );
    assert_eq!(
        read("acme | senior software engineer | remote\n").0,
        Some("senior software engineer")
    );
}

#[test]
fn a_subject_opening_with_the_readers_name_names_no_employer() {
    let text = "Subject: Dana - Senior Software Engineer, Query Execution at Qorvane?\n\
                From: Chris <chris@example.com>\n\nHi Dana,\n\nI'm a recruiter.\n";
    let (title, company) = read(text);
    assert_eq!(company, Some("Qorvane"));
    assert_eq!(
        title,
        Some("Senior Software Engineer, Query Execution at Qorvane?")
    );
    // Without the greeting, the cell is a name like any other.
    let text = "Subject: Halvor - Senior Software Engineer\n\nHello,\n\nA role.\n";
    assert_eq!(read(text).1, Some("Halvor"));
}

#[test]
fn a_line_the_page_gives_again_under_a_fields_label_is_that_field() {
    let text = "Support Engineer - Ignition SCADA\nTechnical Support\nFolsom, CA\n\
                Apply for This Job\n\nDepartment\nTechnical Support\nLocation\nFolsom, CA\n";
    assert_eq!(read(text).1, None);
    let text = "Support Engineer\nQuillfield\nFolsom, CA\n\nDepartment\nTechnical Support\n";
    assert_eq!(read(text).1, Some("Quillfield"));
}

#[test]
fn a_pages_controls_over_the_title_yield_to_the_name_under_it() {
    let text = "Share\nPrint\nSave\nIT Specialist (SYSADMIN)\nDepartment of Veterans Affairs\n\
                Veterans Health Administration\nApply\n";
    assert_eq!(read(text).1, Some("Department of Veterans Affairs"));
}

#[test]
fn a_subject_cell_the_body_writes_on_from_the_title_is_its_area() {
    let text = "Subject: Senior Engineer - OT Cybersecurity (Cranberry Township, PA)\n\n\
                Hi Kwame,\n\nAbout a Senior Engineer - OT Cybersecurity opening.\n";
    assert_eq!(
        read(text),
        (Some("Senior Engineer - OT Cybersecurity"), None)
    );
    // A cell the body does not run on from the title stays the employer.
    let text = "Subject: Senior Engineer - Westinghouse\n\nSecure PLCs at Westinghouse.\n";
    assert_eq!(read(text), (Some("Senior Engineer"), Some("Westinghouse")));
}

#[test]
fn a_label_on_its_own_line_stands_over_its_value() {
    let text = "Sr. Data Engineer - Supply Chain Analytics\nlocations\nGoodlettsville, TN\n\
                Work Location:\nStore Support Center - Goodlettsville, TN\nJob Details:\n\n\
                Build pipelines.\n";
    assert_eq!(read(text).1, None);
    // A company label's value is the employer.
    let text = "Data Engineer\nCompany:\nOrvane Foods\n\nBuild pipelines.\n";
    assert_eq!(read(text).1, Some("Orvane Foods"));
}

#[test]
fn a_phrase_under_the_title_outside_a_line_of_cells_is_no_name() {
    // Only a board's line of place and age makes its first cell the
    // employer's: a heading under the title that opens with such a word
    // stays a phrase.
    let text = "Data Engineer\nWhy Mayo Clinic\nMayo Clinic is a nonprofit.\n";
    assert_eq!(read(text).1, None);
    let text = "Data Engineer\nOur Purpose · Our Values\nWe build.\n";
    assert_eq!(read(text).1, None);
    // Nor does a subject's cell or a note's first line that only looks
    // like a name.
    let text = "Subject: New Role | Senior Data Engineer | Remote\n\nHi Sam,\n";
    assert_eq!(read(text).1, None);
    let text = "New Opportunity - Senior Data Engineer\n\nA recruiter wrote.\n";
    assert_eq!(read(text).1, None);
    // In the employer's slot a first word in lower case must be no common
    // word: "healthcare Data" is a phrase, "dbt Labs" a name.
    let text = "Data Engineer\nhealthcare Data · Boston, MA · 2 days ago\nWe build.\n";
    assert_eq!(read(text).1, None);
}

#[test]
fn linkedin_names_the_employer_above_its_followers_at_the_foot() {
    // A page copied from the title down: the block about the company at
    // its foot names the employer in LinkedIn's own field.
    let text = "Senior Data Engineer\nChicago, IL · 3 days ago · Over 100 applicants\n\n\
                About the job\nWe build pipelines.\n\nAbout the company\nMacy's\n\
                812,345 followers\n\nFollow\nRetail\n";
    assert_eq!(read(text).1, Some("Macy's"));
    // Without the count of followers the line is only the section's text.
    let text = "Senior Data Engineer\n\nAbout the job\nWe build.\n\nAbout the company\n\
                We make software for banks.\n";
    assert_eq!(read(text).1, None);
}
