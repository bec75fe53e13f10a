//! Peers: the tag index and its roll-ups → for each company and role, the
//! most similar other one of its kind, which its page offers to compare
//! with. Made once per tag index, not once per page.

use crate::tag::TagKind;

use super::site::{ROLLUP_KINDS, Rollup, Term, TermId};

/// The kinds that have peers: those the compare page puts side by side.
const PEER_KINDS: [TagKind; 2] = [TagKind::Company, TagKind::Role];

/// For each tag (indexed by [`TermId`]), its peer: the other tag of its
/// kind with the most skills in common (each counted as often as both ask
/// for it, from the skill roll-ups), then the most documents, then the
/// first name. `None` for other kinds and for a kind's only tag.
pub(super) fn peers(
    terms: &[Term],
    by_kind: &[Vec<TermId>; TagKind::COUNT],
    rollups: &[Rollup],
) -> Vec<Option<TermId>> {
    let skill_slot = ROLLUP_KINDS
        .iter()
        .position(|k| *k == TagKind::Skill)
        .expect("roll-ups count skills");
    let mut out = vec![None; terms.len()];
    for kind in PEER_KINDS {
        let ids = &by_kind[kind.index()];
        // For each skill, the tags of this kind that ask for it, and how often.
        let mut asked: Vec<Vec<(TermId, usize)>> = vec![Vec::new(); terms.len()];
        for &id in ids {
            for &(skill, n) in &rollups[id][skill_slot] {
                asked[skill].push((id, n));
            }
        }
        let mut common = vec![0usize; terms.len()];
        for &id in ids {
            for &(skill, mine) in &rollups[id][skill_slot] {
                for &(other, theirs) in &asked[skill] {
                    common[other] += mine.min(theirs);
                }
            }
            out[id] = ids
                .iter()
                .copied()
                .filter(|&other| other != id)
                .max_by_key(|&other| {
                    let o = &terms[other];
                    (
                        common[other],
                        o.docs.len(),
                        std::cmp::Reverse(o.name.as_str()),
                    )
                });
            for &(skill, _) in &rollups[id][skill_slot] {
                for &(other, _) in &asked[skill] {
                    common[other] = 0;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(kind: TagKind, name: &str, docs: usize) -> Term {
        Term {
            kind,
            name: name.into(),
            slug: name.to_lowercase(),
            path: String::new(),
            docs: (0..docs).collect(),
            category: None,
        }
    }

    #[test]
    fn a_peer_shares_the_most_skills_then_has_the_most_documents() {
        use TagKind::{Company, Role, Skill};
        // 0–3 companies, 4 a role, 5–7 skills.
        let terms = vec![
            term(Company, "Acme", 3),
            term(Company, "Bolt", 9),
            term(Company, "Core", 2),
            term(Company, "Dyne", 2),
            term(Role, "Engineer", 5),
            term(Skill, "Go", 4),
            term(Skill, "Rust", 4),
            term(Skill, "SQL", 4),
        ];
        let mut by_kind: [Vec<TermId>; TagKind::COUNT] = Default::default();
        by_kind[Company.index()] = vec![0, 1, 2, 3];
        by_kind[Role.index()] = vec![4];
        by_kind[Skill.index()] = vec![5, 6, 7];
        let skills =
            |s: &[(TermId, usize)]| -> Rollup { [Vec::new(), Vec::new(), Vec::new(), s.to_vec()] };
        let rollups = vec![
            skills(&[(5, 3), (6, 1)]),
            skills(&[(7, 9)]),
            skills(&[(5, 2), (6, 2)]),
            skills(&[(6, 5)]),
            skills(&[(5, 5)]),
            skills(&[]),
            skills(&[]),
            skills(&[]),
        ];
        let peers = peers(&terms, &by_kind, &rollups);
        for (id, want, why) in [
            (0, Some(2), "Acme shares Go 2 and Rust 1 with Core"),
            (
                1,
                Some(0),
                "Bolt shares nothing: Acme has the most documents of the rest",
            ),
            (2, Some(0), "Core shares Go 2 and Rust 1 with Acme"),
            (3, Some(2), "Dyne shares Rust 2 with Core, 1 with Acme"),
            (4, None, "the only role has no peer"),
            (5, None, "skills have no peers"),
        ] {
            assert_eq!(peers[id], want, "{why}");
        }
    }
}
