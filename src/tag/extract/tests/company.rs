//! Company rules: phrases that name the employer, its parts, and common
//! words as names (agencies writing for clients: `company_agency.rs`).

use super::*;

#[test]
fn company_comes_from_phrases_that_name_the_employer() {
    let v = vocab();
    for (input, want) in [
        (
            "This Data Engineer role at Tandem Labs is remote.",
            Some("Tandem Labs"),
        ),
        (
            "The Backend Engineer on Wayfarer's Payments team owns ledgers.",
            Some("Wayfarer"),
        ),
        (
            "Orbitly is a company that sells maps. It is hiring.",
            Some("Orbitly"),
        ),
        ("## About Brightline\nWe build trains.", Some("Brightline")),
        (
            "Company: Kestrel Works\nRole: Analyst",
            Some("Kestrel Works"),
        ),
        (
            "Parcelly is hiring a Senior Android Engineer.",
            Some("Parcelly"),
        ),
        ("Join the Fernway team as a Designer.", Some("Fernway")),
        (
            "Software Engineer role at Databricks, on Spark.",
            Some("Databricks"),
        ),
        ("Company Analysis:\nThe company is growing.", None),
        ("We use Golang or other languages.", None),
        ("The Infrastructure Platform team owns CI.", None),
        ("About Us\nWe are an equal opportunity employer.", None),
        (
            "We're Acme, a fintech start-up. We build ledgers.",
            Some("Acme"),
        ),
        ("We are Parcelwise and we move boxes.", Some("Parcelwise")),
        (
            "Sure. Here's the analysis:\nThe Company is an equal opportunity employer.",
            None,
        ),
        (
            "Senior Engineer at Acme Inc.\nAcme Inc. is a leading provider of widgets.",
            Some("Acme Inc."),
        ),
        (
            "Previously at Google? You'll join Stripe's Payments team as a Senior Engineer.",
            Some("Stripe"),
        ),
        (
            "Let's talk! The Staff Engineer position at Zenful Labs is remote.",
            Some("Zenful Labs"),
        ),
        // A company named like its product, known as a skill: the text
        // opens by defining it, or names the legal entity behind it.
        (
            "Grafana is the open observability platform used by millions. You will build dashboards in TypeScript.",
            Some("Grafana"),
        ),
        (
            "Intro.\nSentry (Functional Software, Inc.) is application monitoring. We use Rust.",
            Some("Sentry"),
        ),
        ("Python is a plus. You will build APIs in Django.", None),
        // Markdown emphasis left on a LinkedIn header's company cell.
        (
            "Staff Engineer\n**Quillmark** · United States (Remote) · Engineering\n\nWe build.",
            Some("Quillmark"),
        ),
        (
            "**Fernlight** | Staff Engineer | REMOTE | $200k\n\nWe build.",
            Some("Fernlight"),
        ),
        (
            "Canva, based in Sydney (Canva Pty Ltd), began as a design tool. Canva is hiring.",
            Some("Canva"),
        ),
        (
            "Kubernetes is the core of our platform. You will run Terraform.",
            None,
        ),
        // A unit of an institution names the institution it is part of.
        (
            "Advanced Research Computing (ARC), a unit of Information and Technology Services at the University of Michigan, runs the clusters.",
            Some("University of Michigan"),
        ),
        // The legal boilerplate names the legal employer.
        (
            "You will build services.\n\nHumana Inc. and its affiliated companies are committed to providing equal opportunity.",
            Some("Humana"),
        ),
        // An ordinal is no name: "for 2nd shift".
        (
            "Looking for an experienced CNC Programmer for 2nd shift.",
            None,
        ),
        // A board's rating under a lone name line marks it as the employer,
        // even when the name is also a skill's.
        (
            "Principal Database Administrator\nOracle\n3.9 out of 5 stars\nAustin, TX\n\nYou will run Exadata.",
            Some("Oracle"),
        ),
        // So do LinkedIn's place, age and applicants cells under it.
        (
            "Engineering Manager, Payments\nLedgerly\nSan Francisco, CA · 2 weeks ago · 89 applicants\n\nAbout the job\nLedgerly's mission is to move money.",
            Some("Ledgerly"),
        ),
        (
            "Engineering Manager, Payments\nPlaid\nSan Francisco, CA · 2 weeks ago · 89 applicants\n\nAbout the job\nThe Payments team builds rails.",
            Some("Plaid"),
        ),
        // LinkedIn's copy with the employer over the title.
        (
            "Stripe\nBackend Engineer, Billing\nSeattle, WA · 1 week ago · Over 100 people clicked apply\n\nAbout the job\nStripe Billing lets businesses manage subscriptions.",
            Some("Stripe"),
        ),
        // Indeed's rating beside the name.
        (
            "Quillmark 4.0★\nData Scientist II\nPlantation, FL\n\nYou will build models.",
            Some("Quillmark"),
        ),
        // A Markdown table's row labels the employer.
        (
            "# Job analysis: Lead Data Scientist\n\n| Field | Value |\n|---|---|\n| Company | Thomson Reuters |\n| Location | Toronto |\n\nThe role leads a team.",
            Some("Thomson Reuters"),
        ),
        (
            "| Stack | Value |\n|---|---|\n| Language | Python |\n\nWe build.",
            None,
        ),
        // The first word under an "About us" heading is a name only when
        // a name's continuation follows it.
        (
            "You will write Go.\n\nAbout us:\nWould you like to work in a scale-up where you make an impact?",
            None,
        ),
        (
            "Benefits\n- 25 days leave\nCompany description:\nBuilding great products depends on great people.",
            None,
        ),
        (
            "You will write Go.\n\nAbout us:\nQuillmark builds payment rails for Europe.",
            Some("Quillmark"),
        ),
        // Skills in a list that lost its commas are no name.
        (
            "Stream processing experience (Spark Streaming\nKafka Streams Flink Storm ) is a plus",
            None,
        ),
        // An analysis sets the names in bold or quotes, or writes "@".
        (
            "Here's an analysis of the **Senior Data Engineer** position at **Brightwave Analytics**.\n\n## Overview\nThe role owns pipelines.",
            Some("Brightwave Analytics"),
        ),
        (
            "Below is a summary of the job posting for \"Site Reliability Engineer\" at \"Northwind Traders\".\n\n1. Responsibilities",
            Some("Northwind Traders"),
        ),
        (
            "ROLE ANALYSIS — Quant Developer @ Jump Trading (Chicago)\n\nTL;DR: low-latency C++ role.",
            Some("Jump Trading"),
        ),
        (
            "Job: Product Analyst\nOrg: Quillmark\nWhere: Remote (EMEA)\n\nSkills they want: SQL.",
            Some("Quillmark"),
        ),
        // The sender's employer in a LinkedIn message's headline.
        (
            "Jessica Alvarez · 2nd\nSenior Technical Recruiter at Robert Half\nHi Chris, I have a Senior Data Analyst role with one of our clients.",
            Some("Robert Half"),
        ),
        // The writer says where from.
        (
            "Hi Chris — Lauren from Quillmark here. I think you fit our Senior Software Engineer role.",
            Some("Quillmark"),
        ),
        // Someone looking for work names no employer.
        (
            "SEEKING WORK | Backend / Data Engineer | Remote | Python, Go\n\nPreviously at Shopify.",
            None,
        ),
        // A contract's length in a recruiter's subject is no name.
        (
            "RE: Azure Cloud Engineer || Charlotte, NC || Hybrid || Long Term\n\nHi Partner,\n\nGreetings from Quillmark Consulting!\n\nWe are hiring for our esteemed client.",
            Some("Quillmark Consulting"),
        ),
        // A legal form between the name and its verb.
        (
            "About Us:\nWe're on a mission to help teams. Quillmark Labs, Inc. builds the connected workspace that millions use.",
            Some("Quillmark Labs"),
        ),
        // An aside between the name and its verb: a former name, a batch,
        // a parent.
        (
            "Data Analyst\n\nOverview\nRamp Health (formerly CareHarbor) helps employers give their teams primary care. We're backed by Andreessen Horowitz.",
            Some("Ramp Health"),
        ),
        (
            "You will write SQL.\n\nQuillon (a Berkshire Hathaway company) is an equal opportunity employer.",
            Some("Quillon"),
        ),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}

#[test]
fn company_is_the_employer_not_a_part_of_it() {
    let v = vocab();
    for (input, want) in [
        (
            "The backend role at Aurora is new. Aurora Corp is a utility.",
            "Aurora Corp",
        ),
        (
            "This role at ByteYard is fun. Byteyard is growing. ByteYard's team is kind.",
            "ByteYard",
        ),
        (
            "At Walmart Global Tech, we build. Walmart is an equal opportunity employer.",
            "Walmart",
        ),
        (
            "This role at Meta is new. Meta Quest headsets ship in May. Meta is big.",
            "Meta",
        ),
        (
            "This role at Lumen is new. [careers](https://jobs.example.com/lumen-cloud)",
            "Lumen Cloud",
        ),
        // A short form written only as a possessive abbreviates the name.
        (
            "Hollow Labs operates in developer tooling. This supports Hollow's plan \
             and Hollow's API Platform team.",
            "Hollow Labs",
        ),
        // The name the text supports more: a job at the longer one.
        (
            "This opening at Hollow Labs is new. Founded in 2016, Hollow has grown fast.",
            "Hollow Labs",
        ),
        // A longer form that only adds words ending company names is the
        // full name, however much more the short form is weighed.
        (
            "Company Analysis:\nQuarry, a publicly traded company in food delivery, is \
             growing.\n\nGiven Quarry Foods's scale, the team is large.",
            "Quarry Foods",
        ),
        // A parent that introduces itself employs its division, even when
        // the division's own phrase weighs more.
        (
            "At Kestrel Dynamics, our people build aircraft.\n\nKestrel Dynamics \
             Mission Systems is seeking an Embedded Software Engineer to write flight code.",
            "Kestrel Dynamics",
        ),
        (
            "At Harlow & Finch, we believe in care. Harlow & Finch Innovative Medicine \
             is recruiting for a Director, Data Science.",
            "Harlow & Finch",
        ),
        // A header giving the full legal name keeps it over the short form
        // the body uses; one naming a product yields to the employer.
        (
            "Test Engineer\nWexford Strategies Corporation · Columbia, MD · 1 week ago\n\n\
             At Wexford, we help manufacturers ship products.",
            "Wexford Strategies Corporation",
        ),
        (
            "Backend Engineer\nPaylane Billing · Remote · 2 days ago\n\n\
             At Paylane, we build payments infrastructure.",
            "Paylane",
        ),
        // A message's sender domain spells the employer; the header's
        // extra words name its product.
        (
            "Subject: Ledgerly Billing - Backend Engineer\nFrom: Hana Lee <hana@ledgerly.com>\n\n\
             Hi Alex,\n\nI lead recruiting for Ledgerly Billing and your work caught my eye.",
            "Ledgerly",
        ),
        (
            "Subject: Ledgerly Billing - Backend Engineer\nFrom: Hana Lee <hana@gmail.com>\n\n\
             Hi Alex,\n\nI lead recruiting for Ledgerly Billing and your work caught my eye.",
            "Ledgerly Billing",
        ),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            Some(want),
            "input: {input:?}"
        );
    }
}

#[test]
fn names_of_common_words_need_support_over_the_text() {
    let v = vocab();
    for (input, want) in [
        (
            "The iOS role in Bright Pay's Apple Platforms group is new. It serves \
             Bright Pay's broader goal.",
            Some("Bright Pay"),
        ),
        ("We sell across North America's west coast.", None),
        ("A Bachelor's degree and a Bachelor's mindset.", None),
        // Header lines of pasted pages: the employer before the title; a
        // lower-case brand opening a Hacker News line, with a separator in
        // the title's brackets; iCIMS's labels with their values on one
        // line; how a recruiter fills the job.
        (
            "Brightwave - Data Analyst II (remote, US)\nsaved from LinkedIn\n\n\
             I liked the analytics work at my Globex job.",
            Some("Brightwave"),
        ),
        (
            "zedly | Senior Software Engineer (editor / TypeScript) | London, UK | Full-time\n\n\
             We build a collaborative editor.",
            Some("zedly"),
        ),
        (
            "Controls Engineer (PLC) - 2nd Shift\nJob ID 2025-000123\nJob Locations US-TX-Austin\n\
             Category Engineering\nType Regular Full-Time\n\nOverview\n\
             Kestrel Foods is a food company. We run plants in Texas.",
            Some("Kestrel Foods"),
        ),
        (
            "Subject: Embedded Linux Engineer - Direct Hire - Austin, TX\n\nHi Sam,\n\n\
             I'm a recruiter at Harbor Talent. We build teams.",
            Some("Harbor Talent"),
        ),
        (
            "Biostatistician II - Oncology Division\nFred Hutch - Seattle, WA 98109\n\n\
             Analyze trials in SAS.",
            Some("Fred Hutch"),
        ),
        // A division's employer is the whole it belongs to.
        (
            "About us\nEvernorth Health Services, a division of The Cigna Group, creates \
             pharmacy solutions.\n\nWhat you will do\n- Build pipelines",
            Some("The Cigna Group"),
        ),
        (
            "Systems Administrator III\nOrganization: Newport News Shipbuilding\n\n\
             HII's Newport News Shipbuilding division builds carriers.",
            Some("HII"),
        ),
        // Any appositive naming a part of a whole, across a quoted and
        // wrapped line.
        (
            "> > I'm a technical recruiter for Harbor Dataworks, the data and digital\n\
             > > organization of Harbor Freightways Corporation. We're hiring.",
            Some("Harbor Freightways Corporation"),
        ),
        (
            "I'm a recruiter for Harbor Dataworks, the best place to learn of streaming.",
            Some("Harbor Dataworks"),
        ),
        // A subsidiary is an employer of its own.
        (
            "Raytheon, an RTX business, is hiring a Radar Engineer.",
            Some("Raytheon"),
        ),
        (
            "Join Acme Mobility, a subsidiary of Globex Holdings, as a Data Engineer.",
            Some("Acme Mobility"),
        ),
        // An institution's own name opens with a part's noun.
        (
            "Maintain servers for clinical systems (VistA, CPRS).\n\
             The Department of Veterans Affairs is an Equal Opportunity Employer.",
            Some("The Department of Veterans Affairs"),
        ),
        // A grade, a requisition or a form is no name.
        (
            "To qualify for this position at the GS-12 level, you need a year at GS-11.",
            None,
        ),
        // A recruiting site's address spells no longer name.
        (
            "I'm a recruiter at Orbitly.\nDetails: https://click.orbitly-talent.com/ls/click?upn=u001",
            Some("Orbitly"),
        ),
        // What only an organisation owns, or the name alone after "We are".
        (
            "Wise's mission is money without borders. Build services in Go.",
            Some("Wise"),
        ),
        (
            "Build services in Go.\n\nBy applying you agree to Box's Privacy Policy.",
            Some("Box"),
        ),
        (
            "We are Wise. Our products help people move money.",
            Some("Wise"),
        ),
        ("Today's customers expect speed. We build in Go.", None),
        // A careers page's heading; a short posting's titled tail is no
        // signature's firm; an applicant-tracking board's address.
        (
            "Jobs at Ramp\n\nSoftware Engineer\n\nBuild our ledger in Go.",
            Some("Ramp"),
        ),
        (
            "Software Engineer, Backend\n\nLocation\nRemote\n\nBuild our ledger in Go.",
            None,
        ),
        (
            "Software Engineer\n\nBuild our ledger in Go.\n\nApply: https://jobs.ashbyhq.com/ramp/4f1c",
            Some("Ramp"),
        ),
        ("A Master's degree. Bachelor's preferred.", None),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}

#[test]
fn links_to_other_documents_name_nothing() {
    let v = vocab();
    let text = "This role at Vexa is new.\n\n## Related\n- [Senior Rust Engineer at Quorra](/notes/quorra/)\n";
    let got = extract(text, &v);
    assert_eq!(name(got.company).as_deref(), Some("Vexa"));
    assert_eq!(got.role, None);
    assert_eq!(got.skills, vec![]);
}

#[test]
fn a_text_that_opens_by_saying_what_a_name_is_names_the_employer() {
    let v = vocab();
    for (input, want) in [
        // Common words ("Beacon", "Linear") are a name here only by this.
        (
            "Beacon is workflow orchestration for data and AI engineers, and our library \
             is popular. The OSS team needs a Python engineer.",
            Some("Beacon"),
        ),
        (
            "Linear is building the issue tracker that teams love. We are a remote company.",
            Some("Linear"),
        ),
        ("Rust is nice to have. You will write Go.", None),
        // A job board's title, place and terms above the prose are no prose;
        // the writer names itself, then speaks as "we".
        (
            "Product Engineer\nLocation\nRemote (Europe)\nCompensation\n$150K – $190K\n\
             Overview\nHarbor is building the planning tool that teams love. We are a \
             remote company of 60 people.",
            Some("Harbor"),
        ),
        // Under a heading about the job, or in a sentence about the
        // writer's own business, it names a team.
        (
            "Data Developer\n\nResponsibilities\nPlatform Services is building the pipelines \
             every store uses. We are growing.",
            None,
        ),
        (
            "SQL Developer\nFull-time\nData Engineering is responsible for the systems \
             that move orders across our distribution business.",
            None,
        ),
        // A name ending in "Group" needs a strong phrase; one written with
        // "The" everywhere keeps it.
        (
            "The Swift Group is a privately held services company. The Swift Group is \
             seeking a Systems Administrator.",
            Some("The Swift Group"),
        ),
        ("The Platform Group owns CI and deploys.", None),
        // The first words under a heading about the employer name it, even
        // where the sentence goes on in the first person.
        (
            "Company Overview\nQuillfin is the global money platform that powers the people \
             we serve.\n\nJob Overview\nCome join the GenAI Platform team as a Staff Engineer.",
            Some("Quillfin"),
        ),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}

#[test]
fn subsidiaries_departments_and_names_a_possessive_opens() {
    let v = vocab();
    for (input, want) in [
        // A subsidiary employs, whatever its owner's EEO line says.
        (
            "Flight Software Engineer\n\nHalden Rotorcraft, a Norvale Aerospace company, is \
             seeking a Flight Software Engineer.\n\nNorvale Aerospace is an equal opportunity \
             employer.",
            Some("Halden Rotorcraft"),
        ),
        // An ATS's organisation field at the foot holds a department.
        (
            "Manufacturing Engineer II\nReq ID: 2605381\nDescription\n\nBrennick Tool Inc. \
             (NYSE: BTL), driven by its people, builds compressors.\n\nQualifications\n- Lean\n\
             \n\n\n\n\n\n\n\n\n\n\nJob: Engineering\nOrganization: Information Technology - \
             Infrastructure Services\nSchedule: Full-time",
            Some("Brennick Tool"),
        ),
        // A common word's possessive opens a name.
        (
            "About the job\nBuild clinical systems.\n\nChildren's Hospital Larimer is an equal \
             opportunity employer.",
            Some("Children's Hospital Larimer"),
        ),
        // "a contract with X": the job is with X, whoever writes.
        (
            "Subject: Systems Safety Engineer - Derby - Contract\n\nHi Sam,\n\nI'm after a \
             Systems Safety Engineer for a 12-month contract with Aldwyn Engines in Derby.\n\n\
             Thanks,\nTom Ferris\nBrixham Recruitment",
            Some("Aldwyn Engines"),
        ),
        // The employer's privacy notice names it; a company's name before
        // a notice it does not own here is still a name of its own.
        (
            "Reliability Engineer II\n\nBuild vibration models.\n\nBy continuing, you \
             acknowledge that you have read the Corvan Hughes Candidate Privacy Notice.",
            Some("Corvan Hughes"),
        ),
        (
            "Reliability Engineer II\n\nBuild vibration models with Corvan Hughes Data.",
            None,
        ),
        // A signature's legal name in its first cell.
        (
            "Hey Andre,\n\nYour talk at SecCon is why I'm writing: the team is hiring a \
             Detection Engineer.\n\nJess\nJess Romero | Senior Technical Recruiter\nSentriq, \
             Inc. | Austin, TX",
            Some("Sentriq"),
        ),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}
