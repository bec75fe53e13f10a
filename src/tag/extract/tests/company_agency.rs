//! Company rules for agencies: a staffing firm or recruiter writing for a
//! client, and posters that name the clients they serve.

use super::*;

#[test]
fn an_agency_writing_for_a_named_client_gives_the_client() {
    let v = vocab();
    for (input, want) in [
        // The client named, by a hiring phrase or as "client".
        (
            "Good afternoon,\n\nI'm a recruiter with Staffwell and we are hiring a Test \
             Technician for Caterpillar at their engine campus.\n\nThank you,\nBri Cole\n\
             Recruiter | Staffwell",
            Some("Caterpillar"),
        ),
        (
            "Hi,\n\nThis is Rahul from Vendorly Digital. I have an urgent requirement with \
             our direct client Verizon.\n\nThanks & Regards,\nRahul Sharma | Sr. Technical \
             Recruiter\nVendorly Digital",
            Some("Verizon"),
        ),
        // The firm closing a signature, above its contacts, whatever its
        // words; a name with its legal form, whatever job words it holds.
        (
            "Hi Sam,\n\nThey ship every two weeks and want strong TypeScript.\n\nCheers,\n\
             Nate\nNate Rowe | Senior Technical Recruiter\nMotion Hiring\n+1 555 0100",
            Some("Motion Hiring"),
        ),
        (
            "Hi Sam,\n\nA six-month Terraform contract in Leeds.\n\nKind regards,\n\nTom Ferris\nSenior Business Manager – Technology\nBrixham \
             Specialist Recruitment Limited\n4th Floor, City Square, Leeds",
            Some("Brixham Specialist Recruitment"),
        ),
        // A line of common words above another name may be a desk or region.
        (
            "Hi Sam,\n\nAn FPGA role near Austin.\n\nThanks,\nJordan Blake\nExecutive Recruiter\nNorth America\nQuay \
             Talent Search",
            None,
        ),
        // A job board's copy under the agency's name, the client in the body.
        (
            "Controls Engineer - PLC (Contract to Hire)\nStaffwell · Columbus, IN · 2 days ago\n\
             On-site · Contract\n\nStaffwell is seeking a Controls Engineer for a contract-to-hire \
             opportunity with Cummins Inc. at its engine plant.",
            Some("Cummins"),
        ),
        // The client's name with its "The"; the agency's legal name in the
        // signature does not make it the employer.
        (
            "Hi Dana,\n\nGreetings from Vendorly Digital!\n\nWe have an urgent requirement \
             with our client The Kroger Co. Please reply with your resume.\n\nThanks,\nRahul\n\
             Vendorly Digital Inc.\n",
            Some("The Kroger Co"),
        ),
        // A subject that describes the client, as the body does in lower
        // case with an article: the agency, the only name there.
        (
            "From: Oliver Hughes <oliver@brixham.co.uk>\nSubject: KDB+/q Developer - Tier 1 \
             Investment Bank - London\n\nHi Dana,\n\nI'm partnering with a Tier 1 investment \
             bank on an exclusive basis.\n\nKind regards,\nOliver Hughes\nBrixham Recruitment \
             Limited\n",
            Some("Brixham Recruitment"),
        ),
        // The agency's equal-opportunity sentence in its signature is its
        // own; the labelled client is the employer.
        (
            "From: Mara Vega <mvega@staffwell.com>\nSubject: Controls Engineer\n\nDerrick,\n\n\
             Client - Northfield Climate\nRole - Controls Engineer\n\nThank you,\n\nMara Vega\n\
             Senior Recruiter\nStaffwell | 10 Main St, Dayton, OH\nStaffwell is an equal \
             opportunity employer.",
            Some("Northfield Climate"),
        ),
        // A job board's boilerplate calls the agency its client; the agency
        // hires for the employer.
        (
            "About the job\nDice is the leading career destination for tech experts. Our \
             client, Vendorly, is seeking the following.\n\nVendorly is hiring a Backend \
             Engineer (Java) for Harbor Freightways at their campus.\n\nVendorly provides \
             Equal Employment Opportunities to all applicants.",
            Some("Harbor Freightways"),
        ),
        // No client named ("a family-owned manufacturer"): the agency.
        (
            "Hi Alex,\n\nThis is Chris with Hirebot. I'm helping a family-owned manufacturer \
             find an IT Manager.\n\nLet me know if you'd like to chat!",
            Some("Hirebot"),
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
fn a_poster_naming_a_client_and_descriptions_of_clients() {
    let v = vocab();
    for (input, want) in [
        // A firm posting under its own name for a client the body names:
        // the client, though the firm describes itself at the foot.
        (
            "Senior Full Stack Engineer\nStaffwell Group · Boston, MA · 5 days ago\n\n\
             About the job\nOur client, Harbor Mutual Insurance, is looking for a Senior Full \
             Stack Engineer.\n\nStaffwell Group is a consulting company for technology \
             solutions. Staffwell Group is an Equal Opportunity employer.",
            Some("Harbor Mutual Insurance"),
        ),
        // A client described, not named: the firm that posts.
        (
            "Senior Statistical Programmer\nStaffwell · United States · 1 week ago\n\n\
             Client: Global Pharmaceutical company (Fortune 100)\nDuration: 12 months\n\n\
             Staffwell is an Equal Opportunity Employer.",
            Some("Staffwell"),
        ),
        // A title's area after the title is a part, not the employer.
        (
            "About the job\nThe Sr. Analyst, Pricing & Promotions Analytics owns the markdown \
             models for our stores.",
            None,
        ),
        (
            "We are hiring a Senior Scientist, Computational Biology to join us.\n\nFernway \
             is an equal opportunity employer.",
            Some("Fernway"),
        ),
        // A name styled in capitals with its "'S".
        (
            "About the job\nBuild the store systems.\n\nHARLAN'S Outdoor Goods is an equal \
             opportunity employer.",
            Some("HARLAN'S Outdoor Goods"),
        ),
        // A possessive stays one, after capitals too.
        (
            "About the job\nWork on IBM's mainframe tools at Quarry Labs.\n\nQuarry Labs is \
             an equal opportunity employer.",
            Some("Quarry Labs"),
        ),
    ] {
        assert_eq!(
            name(extract(input, &v).company).as_deref(),
            want,
            "input: {input:?}"
        );
    }
}
