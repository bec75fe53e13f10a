//! The word lists of company phrases: what stands around a name when a
//! text names its employer ("role at X", "X is hiring", "X is a … company")
//! and what makes a name a team, a product or a place instead. Read by
//! [`super::weigh`] and [`super::candidates`].

/// Words before " at X" that make X the employer: "Backend role at X".
pub(super) const AT_CONTEXT: &[&str] = &[
    "career",
    "careers",
    "employed",
    "engineering",
    "hired",
    "hiring",
    "internship",
    "interview",
    "interviewing",
    "interviews",
    "job",
    "jobs",
    "loop",
    "offer",
    "onsite",
    "opening",
    "openings",
    "opportunity",
    "position",
    "positions",
    "recruiter",
    "role",
    "roles",
    "team",
    "work",
    "worked",
    "working",
];

/// Nouns of a part of an institution: in "a unit of Information Services
/// at the University of Michigan" the name after "at" is the whole.
pub(super) const PART_NOUNS: &[&str] = &["unit", "division", "department", "part", "campus"];

/// Words after a name that make it a team, not a company: "Payments team".
pub(super) const TEAM_WORDS: &[&str] = &[
    "chapter",
    "department",
    "division",
    "group",
    "guild",
    "org",
    "organization",
    "pod",
    "squad",
    "team",
    "teams",
    "tribe",
];

/// Nouns only an organisation owns, after a possessive: "Wise's mission",
/// "Box's Privacy Policy", "Ripple's benefits". A degree or a day owns
/// none of them ("Bachelor's degree", "Today's world").
pub(super) const OWNED_NOUNS: &[&str] = &[
    "benefits",
    "clients",
    "culture",
    "customers",
    "employees",
    "founders",
    "headquarters",
    "investors",
    "leadership",
    "mission",
    "platform",
    "privacy",
    "products",
    "values",
    "vision",
];

/// Verbs that, after a name at a sentence start, describe a company.
pub(super) const COMPANY_VERBS: &[&str] = &[
    "aims",
    "became",
    "believes",
    "brings",
    "builds",
    "combines",
    "competes",
    "connects",
    "continues",
    "creates",
    "delivers",
    "designs",
    "develops",
    "dominates",
    "empowers",
    "equips",
    "employs",
    "enables",
    "focuses",
    "gives",
    "has",
    "helps",
    "invests",
    "hires",
    "inhabits",
    "is",
    "leads",
    "lets",
    "maintains",
    "makes",
    "manages",
    "manufactures",
    "occupies",
    "offers",
    "operates",
    "owns",
    "partners",
    "powers",
    "produces",
    "provides",
    "remains",
    "runs",
    "sells",
    "serves",
    "ships",
    "sits",
    "specialises",
    "specializes",
    "supplies",
    "supports",
    "transforms",
    "unlocks",
    "values",
    "was",
    "works",
];

/// Nouns right before "at X" that make X the job's employer: "role at Arm".
pub(super) const ROLE_NOUNS_AT: &[&str] = &[
    "role",
    "position",
    "opening",
    "job",
    "internship",
    "opportunity",
];

/// Words before "at X" that make X the place of work: "Working at Target".
pub(super) const WORK_AT: &[&str] = &[
    "working", "work", "careers", "career", "life", "jobs", "joining",
];

/// How a listed company's ticker follows its name.
pub(super) const TICKERS: &[&str] = &[
    " (NASDAQ:",
    " (NYSE:",
    " (Nasdaq:",
    " (LSE:",
    " (TSX:",
    " (NYSE American:",
    " (OTC:",
];

/// Nouns that, after "X is a …", describe an organisation.
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "company",
    "companies",
    "provider",
    "platform",
    "startup",
    "start-up",
    "firm",
    "leader",
    "maker",
    "manufacturer",
    "bank",
    "retailer",
    "agency",
    "organization",
    "organisation",
    "network",
    "business",
    "pioneer",
    "marketplace",
    "employer",
    "brand",
    "insurer",
    "institution",
    "consultancy",
    "services",
    "solutions",
    "enterprise",
    "nonprofit",
    "non-profit",
    "lab",
    "studio",
    "utility",
    "university",
    "hospital",
    "system",
    "contractor",
    "integrator",
    "partner",
];

/// What follows a name that hires: "Kavaliro is hiring", "Robert Half is
/// seeking".
pub(super) const HIRES: &[&str] = &[
    " is hiring",
    " are hiring",
    " is seeking",
    " is looking for",
    " is recruiting",
];

/// Words by which the writer speaks of itself.
pub(super) const FIRST_PERSON: &[&str] = &["we", "our", "us", "we're", "we’re", "ours"];

/// Nouns that, right after "X is the …", make X a product or a team.
pub(super) const PRODUCT_NOUNS: &[&str] = &[
    "product",
    "feature",
    "tool",
    "team",
    "service",
    "app",
    "system",
    "engine",
    "game",
    "module",
    "project",
    "framework",
    "library",
];

/// Words that end a sentence after a name: "Apply to Akraya Today".
pub(super) const TIME_WORDS: &[&str] = &["today", "now", "tomorrow", "yesterday"];

/// How equal-opportunity statements begin after the employer's name.
pub(super) const EEO: &[&str] = &[
    " is an equal opportunity",
    " is an equal employment",
    " is an eeo",
    " is an affirmative action",
    " is proud to be an equal",
    " is committed to equal",
    " provides equal employment",
    " is an equal-opportunity",
    // "Humana Inc. and its affiliated companies are committed to …": the
    // legal employer, in the words of its own boilerplate.
    " and its affiliate",
    " and its subsidiar",
];

/// Labels of a line that names the employer: "Company: Stripe".
pub(super) const LABELS: &[&str] = &[
    "company:",
    "employer:",
    "organization:",
    "organisation:",
    "org:",
    "client:",
    "end client:",
];

/// `true` when `word` is one of `list`, any ASCII case.
pub fn lower_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}
