//! View structs of where you stand: a posting's match on its page
//! ([`MatchView`]) and the `/profile/` page ([`ProfileView`]).

use serde::Serialize;

use super::links::{DocLink, TagLink, TagRef};

/// `doc.standing`: a posting against your profile.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct MatchView<'a> {
    /// 0–100: the share of the skills asked for that you have, a required
    /// skill counting twice as much as a nice-to-have.
    pub score: u32,
    pub required_have: usize,
    pub required_total: usize,
    pub preferred_have: usize,
    pub preferred_total: usize,
    /// `9 of 12 required skills, 2 of 4 nice-to-haves`.
    pub summary: String,
    /// Required skills you have and lack.
    pub have: Vec<TagRef<'a>>,
    pub lack: Vec<TagRef<'a>>,
    /// Nice-to-haves you have and lack.
    pub nice_have: Vec<TagRef<'a>>,
    pub nice_lack: Vec<TagRef<'a>>,
    /// `yes` when the role is one you want, `no` when not, empty when you
    /// named no roles.
    pub role: &'static str,
    /// `yes` when the place suits you, `no` when not, empty when you named
    /// no places or the posting states none.
    pub place: &'static str,
    /// URL of `/profile/`.
    pub profile_url: String,
}

/// `profile`: the `/profile/` page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct ProfileView<'a> {
    /// Your skills, each with the number of postings that ask for it.
    pub skills: Vec<ProfileSkillView<'a>>,
    /// The roles and places you want, as written in `dossier.yaml`.
    pub roles: Vec<&'a str>,
    pub locations: Vec<&'a str>,
    /// Number of postings scored.
    pub postings: usize,
    /// The best-matching postings, best first (at most [`RANKED_TOP`]).
    ///
    /// [`RANKED_TOP`]: crate::render::RANKED_TOP
    pub ranked: Vec<RankedView<'a>>,
    /// Skills the postings ask for that you lack, most asked first.
    pub lacking: Vec<SkillDemandView<'a>>,
    /// `true` when their counts differ, so bars say something.
    pub bars: bool,
    /// Your skills no posting asks for.
    pub unused: Vec<ProfileSkillView<'a>>,
    /// The same, role by role: the roles you want first, then by postings.
    pub roles_standing: Vec<RoleStandingView<'a>>,
}

/// One of your skills.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct ProfileSkillView<'a> {
    pub name: &'a str,
    /// Its tag page, or empty when no document names it.
    pub url: &'a str,
    /// Postings that ask for it.
    pub count: usize,
    /// `count` as a share of the largest count in its list, 0–100.
    pub percent: usize,
}

/// One posting, ranked.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct RankedView<'a> {
    pub doc: DocLink<'a>,
    pub score: u32,
    /// `9 of 12 required skills, 2 of 4 nice-to-haves`.
    pub summary: String,
    /// As in [`MatchView`]: `yes`, `no` or empty.
    pub role: &'static str,
    pub place: &'static str,
    /// Required skills you lack, the first few.
    pub lack: Vec<TagRef<'a>>,
    /// How many more required skills you lack.
    pub more_lack: usize,
}

/// A skill the postings ask for that you lack.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct SkillDemandView<'a> {
    pub name: &'a str,
    pub url: &'a str,
    /// Postings that ask for it, and of those, as a requirement.
    pub count: usize,
    pub required: usize,
    /// `count` as a share of the first skill's, 0–100 (for bars).
    pub percent: usize,
    /// The companies and roles that ask for it, most postings first (a few).
    pub companies: Vec<TagRef<'a>>,
    pub more_companies: usize,
    pub roles: Vec<TagRef<'a>>,
    pub more_roles: usize,
}

/// One role's postings against your profile.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct RoleStandingView<'a> {
    pub name: &'a str,
    pub url: &'a str,
    /// `true` for a role you want.
    pub wanted: bool,
    pub postings: usize,
    /// The mean score of its postings, 0–100.
    pub average: u32,
    /// Its most asked skills that you lack, and that you have, with the
    /// number of its postings asking.
    pub lack: Vec<TagLink<'a>>,
    pub have: Vec<TagLink<'a>>,
}

/// `pipeline`: the `/pipeline/` page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct PipelineView<'a> {
    /// Documents with a status.
    pub total: usize,
    /// Each status some document has, in the order an application moves.
    pub groups: Vec<StatusGroupView<'a>>,
    /// Deadlines of the applications still open, soonest first.
    pub deadlines: Vec<ApplicationView<'a>>,
}

/// The documents of one status.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct StatusGroupView<'a> {
    /// `applied`, …
    pub key: &'static str,
    /// `Applied`, …
    pub label: &'static str,
    pub count: usize,
    pub docs: Vec<ApplicationView<'a>>,
}

/// One document in the pipeline.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct ApplicationView<'a> {
    pub doc: DocLink<'a>,
    /// The status key and label, or empty.
    pub status: &'static str,
    pub status_label: &'static str,
    /// `2025-03-02` and `2 March 2025`, or empty.
    pub applied: String,
    pub applied_human: String,
    pub deadline: String,
    pub deadline_human: String,
}

/// `compare`: the `/compare/` page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct CompareView<'a> {
    /// Every company and role, to pick from.
    pub companies: Vec<CompareOption<'a>>,
    pub roles: Vec<CompareOption<'a>>,
    /// URL of `compare.json.gz`, the data the script draws the columns from.
    pub data_url: String,
    /// URL of `compare.js`.
    pub script: String,
}

/// A company or role to pick on the compare page.
#[derive(Clone, Debug, Serialize, Hash)]
pub struct CompareOption<'a> {
    pub name: &'a str,
    /// Its slug, as the query names it: `?companies=acme,globex`.
    pub slug: &'a str,
}
