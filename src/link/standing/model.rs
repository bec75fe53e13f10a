//! Where you stand, as data: [`Standing`] (your profile as the site names
//! it, and each posting's [`Match`]), and the score of a match.

use crate::link::ids::TermId;

/// You against the postings of the site.
#[derive(Clone, Debug, Default)]
pub struct Standing {
    /// Your skills, each once: the name to show (the site's spelling when
    /// a document has the skill) and its tag, if any document has it.
    pub skills: Vec<(String, Option<TermId>)>,
    /// The roles you want, without their level, as words to look for.
    pub roles: Vec<String>,
    /// The places you can work, as written.
    pub locations: Vec<String>,
    /// Per document (by id): its match when it is a posting.
    pub matches: Vec<Option<Match>>,
}

/// One posting against your profile.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    /// The skills the posting requires, in its order, each with whether
    /// you have it.
    pub required: Vec<(TermId, bool)>,
    /// Its nice-to-haves ("Preferred", "Bonus points"), the same way.
    pub preferred: Vec<(TermId, bool)>,
    /// Whether its role is one you want; `None` when you named no roles.
    pub role: Option<bool>,
    /// Whether its place suits you; `None` when you named no places or
    /// the posting states neither a location nor remote work.
    pub place: Option<bool>,
}

impl Match {
    /// Required skills you have.
    pub fn required_have(&self) -> usize {
        self.required.iter().filter(|(_, have)| *have).count()
    }

    /// Nice-to-haves you have.
    pub fn preferred_have(&self) -> usize {
        self.preferred.iter().filter(|(_, have)| *have).count()
    }

    /// 0–100: the share of the skills asked for that you have, a required
    /// skill counting twice as much as a nice-to-have, rounded.
    pub fn score(&self) -> u32 {
        let total = 2 * self.required.len() + self.preferred.len();
        let have = 2 * self.required_have() + self.preferred_have();
        if total == 0 {
            return 0;
        }
        ((have * 100 + total / 2) / total) as u32
    }
}
