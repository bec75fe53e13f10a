//! Where you stand: the site's [`Standing`](crate::link::Standing) → a
//! posting's match on its page ([`MatchView`]) and the `/profile/` page:
//! postings ranked by match, the skills they ask for that you lack with
//! who asks for them, your skills nobody asks for, and the same by role.

use std::collections::HashMap;

use crate::link::{DocId, Match, Standing, TermId};
use crate::tag::TagKind;

use super::shared::Shared;
use super::views::{
    MatchView, PageView, ProfileSkillView, ProfileView, RankedView, RoleStandingView,
    SkillDemandView, TagRef,
};

/// The URL path of the profile page.
pub const PROFILE_PATH: &str = "profile/";

/// How many postings the profile page ranks.
pub const RANKED_TOP: usize = 50;

/// How many lacking skills the profile page lists.
pub const LACKING_TOP: usize = 30;

/// How many companies and roles a lacking skill names, and how many of
/// its required skills a ranked posting shows you lack.
const FEW: usize = 5;

/// How many roles the profile page shows, and skills for each.
const ROLES_TOP: usize = 12;
const ROLE_SKILLS: usize = 8;

/// `9 of 12 required skills, 2 of 4 nice-to-haves`.
pub fn summary(m: &Match) -> String {
    let part = |have: usize, total: usize, one: &str, many: &str| {
        format!("{have} of {total} {}", if total == 1 { one } else { many })
    };
    let required = part(
        m.required_have(),
        m.required.len(),
        "required skill",
        "required skills",
    );
    let preferred = part(
        m.preferred_have(),
        m.preferred.len(),
        "nice-to-have",
        "nice-to-haves",
    );
    match (m.required.is_empty(), m.preferred.is_empty()) {
        (false, false) => format!("{required}, {preferred}"),
        (false, true) => required,
        (true, _) => preferred,
    }
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// `doc.standing` of document `id`: `None` without a profile or when the
/// document is not a posting.
pub(super) fn match_view<'a>(shared: &'a Shared, id: DocId) -> Option<MatchView<'a>> {
    let m = shared.site.standing.as_ref()?.matches[id].as_ref()?;
    let refs = |list: &[(TermId, bool)], have: bool| -> Vec<TagRef<'a>> {
        list.iter()
            .filter(|(_, h)| *h == have)
            .map(|&(t, _)| shared.tag_ref(t))
            .collect()
    };
    Some(MatchView {
        score: m.score(),
        required_have: m.required_have(),
        required_total: m.required.len(),
        preferred_have: m.preferred_have(),
        preferred_total: m.preferred.len(),
        summary: summary(m),
        have: refs(&m.required, true),
        lack: refs(&m.required, false),
        nice_have: refs(&m.preferred, true),
        nice_lack: refs(&m.preferred, false),
        role: yes_no(m.role),
        place: yes_no(m.place),
        profile_url: format!("{}{PROFILE_PATH}", shared.base_path),
    })
}

/// The profile page's views and URL path; `None` without a profile.
pub(super) fn profile_page<'a>(
    shared: &'a Shared,
) -> Option<(PageView<'a>, ProfileView<'a>, String)> {
    let standing = shared.site.standing.as_ref()?;
    let view = profile_view(shared, standing);
    let description = format!(
        "{} postings of {} against your skills: the best matches, and the skills they ask for that you lack.",
        view.postings, shared.config.title
    );
    let page = shared.page_view(
        "profile",
        "Where you stand",
        PROFILE_PATH,
        description,
        "profile",
    );
    Some((page, view, PROFILE_PATH.to_string()))
}

/// What the postings ask for, skill by skill.
#[derive(Default, Clone)]
struct Demand {
    count: usize,
    required: usize,
}

fn profile_view<'a>(shared: &'a Shared, standing: &'a Standing) -> ProfileView<'a> {
    let site = shared.site;
    let postings: Vec<(DocId, &Match)> = standing
        .matches
        .iter()
        .enumerate()
        .filter_map(|(id, m)| m.as_ref().map(|m| (id, m)))
        .collect();
    let mut demand = vec![Demand::default(); site.terms.len()];
    let mut have = vec![false; site.terms.len()];
    for (_, term) in &standing.skills {
        if let Some(t) = term {
            have[*t] = true;
        }
    }
    for (_, m) in &postings {
        for &(t, _) in &m.required {
            demand[t].count += 1;
            demand[t].required += 1;
        }
        for &(t, _) in &m.preferred {
            demand[t].count += 1;
        }
    }

    // Your skills, most asked for first; those nobody asks for apart.
    let mut skills: Vec<(&str, &str, usize)> = standing
        .skills
        .iter()
        .map(|(name, term)| match term {
            Some(t) => (
                name.as_str(),
                shared.terms[*t].url.as_str(),
                demand[*t].count,
            ),
            None => (name.as_str(), "", 0),
        })
        .collect();
    skills.sort_by_key(|s| std::cmp::Reverse(s.2));
    let max = skills.first().map_or(1, |s| s.2).max(1);
    let skill_view = |&(name, url, count): &(&'a str, &'a str, usize)| ProfileSkillView {
        name,
        url,
        count,
        percent: count * 100 / max,
    };
    let unused = skills.iter().filter(|s| s.2 == 0).map(skill_view).collect();
    let skills = skills.iter().filter(|s| s.2 > 0).map(skill_view).collect();

    // The postings, best match first; ties go to the role and place you
    // want, then to the posting that asks for more, then to site order.
    let mut rank = vec![0usize; site.docs.len()];
    for (i, &d) in site.order.iter().enumerate() {
        rank[d] = i;
    }
    let mut ranked = postings.clone();
    let fits = |v: Option<bool>| match v {
        Some(true) => 0,
        None => 1,
        Some(false) => 2,
    };
    ranked.sort_by_key(|(id, m)| {
        (
            std::cmp::Reverse(m.score()),
            fits(m.role),
            fits(m.place),
            std::cmp::Reverse(m.required.len() + m.preferred.len()),
            rank[*id],
        )
    });
    let ranked = ranked
        .iter()
        .take(RANKED_TOP)
        .map(|&(id, m)| {
            let lack: Vec<TermId> = m
                .required
                .iter()
                .filter(|(_, h)| !h)
                .map(|(t, _)| *t)
                .collect();
            RankedView {
                doc: shared.doc_link(id),
                score: m.score(),
                summary: summary(m),
                role: yes_no(m.role),
                place: yes_no(m.place),
                more_lack: lack.len().saturating_sub(FEW),
                lack: lack.iter().take(FEW).map(|&t| shared.tag_ref(t)).collect(),
            }
        })
        .collect();

    let lacking = lacking(shared, &postings, &demand, &have);
    ProfileView {
        bars: lacking.first().map(|s| s.count) != lacking.last().map(|s| s.count),
        skills,
        roles: shared
            .config
            .profile
            .roles
            .iter()
            .map(String::as_str)
            .collect(),
        locations: shared
            .config
            .profile
            .locations
            .iter()
            .map(String::as_str)
            .collect(),
        postings: postings.len(),
        ranked,
        lacking,
        unused,
        roles_standing: by_role(shared, standing, &postings, &have),
    }
}

/// The skills the postings ask for that you lack, most asked first (ties:
/// more often required, then by name), each with the companies and roles
/// that ask for it.
fn lacking<'a>(
    shared: &'a Shared,
    postings: &[(DocId, &Match)],
    demand: &[Demand],
    have: &[bool],
) -> Vec<SkillDemandView<'a>> {
    let site = shared.site;
    let mut lacking: Vec<TermId> = site.by_kind[TagKind::Skill.index()]
        .iter()
        .copied()
        .filter(|&t| !have[t] && demand[t].count > 0)
        .collect();
    // Skill ids are in name order.
    lacking.sort_by_key(|&t| {
        (
            std::cmp::Reverse(demand[t].count),
            std::cmp::Reverse(demand[t].required),
            t,
        )
    });
    lacking.truncate(LACKING_TOP);
    let slot: HashMap<TermId, usize> = lacking.iter().enumerate().map(|(i, &t)| (t, i)).collect();
    // Per lacking skill: postings by company and by role.
    let mut askers: Vec<[HashMap<TermId, usize>; 2]> = vec![Default::default(); lacking.len()];
    for (id, m) in postings {
        let doc = &site.docs[*id];
        for (t, _) in m.required.iter().chain(&m.preferred) {
            let Some(&i) = slot.get(t) else { continue };
            for (k, kind) in [TagKind::Company, TagKind::Role].into_iter().enumerate() {
                for &c in &doc.tags[kind.index()] {
                    *askers[i][k].entry(c).or_default() += 1;
                }
            }
        }
    }
    let max = lacking.first().map_or(1, |&t| demand[t].count).max(1);
    lacking
        .iter()
        .zip(askers)
        .map(|(&t, [companies, roles])| {
            let few = |counts: HashMap<TermId, usize>| {
                let mut list: Vec<(TermId, usize)> = counts.into_iter().collect();
                list.sort_by_key(|&(id, n)| (std::cmp::Reverse(n), id));
                let more = list.len().saturating_sub(FEW);
                let refs: Vec<TagRef<'a>> = list
                    .iter()
                    .take(FEW)
                    .map(|&(id, _)| shared.tag_ref(id))
                    .collect();
                (refs, more)
            };
            let (companies, more_companies) = few(companies);
            let (roles, more_roles) = few(roles);
            SkillDemandView {
                name: &site.terms[t].name,
                url: &shared.terms[t].url,
                count: demand[t].count,
                required: demand[t].required,
                percent: demand[t].count * 100 / max,
                companies,
                more_companies,
                roles,
                more_roles,
            }
        })
        .collect()
}

/// Each role's postings: how well they match, and their most asked skills
/// you lack and have. Roles you want first, then by number of postings.
fn by_role<'a>(
    shared: &'a Shared,
    standing: &Standing,
    postings: &[(DocId, &Match)],
    have: &[bool],
) -> Vec<RoleStandingView<'a>> {
    let site = shared.site;
    let mut roles: HashMap<TermId, Vec<&Match>> = HashMap::new();
    for (id, m) in postings {
        for &r in &site.docs[*id].tags[TagKind::Role.index()] {
            roles.entry(r).or_default().push(m);
        }
    }
    let mut list: Vec<(TermId, bool, Vec<&Match>)> = roles
        .into_iter()
        .map(|(r, ms)| (r, standing.wants_role(&site.terms[r].name), ms))
        .collect();
    // Role ids are in name order.
    list.sort_by_key(|(r, wanted, ms)| (!wanted, std::cmp::Reverse(ms.len()), *r));
    list.truncate(ROLES_TOP);
    list.into_iter()
        .map(|(r, wanted, ms)| {
            let mut counts: HashMap<TermId, usize> = HashMap::new();
            for m in &ms {
                for (t, _) in m.required.iter().chain(&m.preferred) {
                    *counts.entry(*t).or_default() += 1;
                }
            }
            let mut ranked: Vec<(TermId, usize)> = counts.into_iter().collect();
            ranked.sort_by_key(|&(t, n)| (std::cmp::Reverse(n), t));
            let pick = |own: bool| {
                let list: Vec<(TermId, usize)> = ranked
                    .iter()
                    .copied()
                    .filter(|&(t, _)| have[t] == own)
                    .take(ROLE_SKILLS)
                    .collect();
                shared.tag_links(&list)
            };
            let total: u32 = ms.iter().map(|m| m.score()).sum();
            RoleStandingView {
                name: &site.terms[r].name,
                url: &shared.terms[r].url,
                wanted,
                postings: ms.len(),
                average: (total + ms.len() as u32 / 2) / ms.len() as u32,
                lack: pick(false),
                have: pick(true),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_says_how_many_of_how_many() {
        let m = |required: &[bool], preferred: &[bool]| Match {
            required: required.iter().map(|h| (0, *h)).collect(),
            preferred: preferred.iter().map(|h| (0, *h)).collect(),
            role: None,
            place: None,
        };
        for (required, preferred, want) in [
            (
                &[true, true, false][..],
                &[true, false][..],
                "2 of 3 required skills, 1 of 2 nice-to-haves",
            ),
            (&[true], &[], "1 of 1 required skill"),
            (&[], &[false], "0 of 1 nice-to-have"),
        ] {
            assert_eq!(summary(&m(required, preferred)), want);
        }
    }
}
