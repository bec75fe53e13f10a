//! Standing: the linked [`Site`] and the `profile` of `dossier.yaml` →
//! where you stand ([`Standing`]): for each posting, the skills it asks
//! for that you have and lack, whether the role and the place suit you,
//! and a score a person can check by hand.
//!
//! Made again on every build (it is linear in the tags of the site), so
//! an edited status line or skill shows at once in a preview.

use std::collections::HashMap;

use crate::config::ProfileConfig;
use crate::tag::fields::{Remote, Source};
use crate::tag::vocab::Vocab;
use crate::tag::{Evidence, TagKind, title};
use crate::url::slugify;

use super::site::{Doc, Site, TermId};

pub(super) mod model;

pub use model::{Match, Standing};

/// Where you stand against the site's postings; `None` without a profile.
pub fn standing(site: &Site, profile: &ProfileConfig, vocab: &Vocab) -> Option<Standing> {
    if !profile.is_set() {
        return None;
    }
    let skill_terms: HashMap<&str, TermId> = site.by_kind[TagKind::Skill.index()]
        .iter()
        .map(|&id| (site.terms[id].slug.as_str(), id))
        .collect();
    let mut skills: Vec<(String, Option<TermId>)> = Vec::new();
    let mut slugs = Vec::new();
    for written in &profile.skills {
        let name = vocab
            .canonical_skill(written)
            .unwrap_or(written.trim())
            .to_string();
        let slug = slugify(&name);
        if slug.is_empty() || slugs.contains(&slug) {
            continue;
        }
        let term = skill_terms.get(slug.as_str()).copied();
        let shown = term.map_or(name, |t| site.terms[t].name.clone());
        skills.push((shown, term));
        slugs.push(slug);
    }
    let mut roles: Vec<String> = Vec::new();
    for written in &profile.roles {
        let role = title::parse(written, vocab).map_or_else(|| written.clone(), |t| t.role);
        let role = words(&role).join(" ");
        if !role.is_empty() && !roles.contains(&role) {
            roles.push(role);
        }
    }
    let locations: Vec<String> = profile
        .locations
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut have = vec![false; site.terms.len()];
    for (_, term) in &skills {
        if let Some(t) = term {
            have[*t] = true;
        }
    }
    let place_words: Vec<Vec<String>> = locations.iter().map(|l| words(l)).collect();
    let matches = site
        .docs
        .iter()
        .map(|doc| {
            if !is_posting(doc) {
                return None;
            }
            let mut m = Match {
                required: Vec::new(),
                preferred: Vec::new(),
                role: None,
                place: None,
            };
            let skill = TagKind::Skill;
            for (&term, tag) in doc.tags[skill.index()]
                .iter()
                .zip(doc.source.tags.get(skill))
            {
                let entry = (term, have[term]);
                if tag.is_required() {
                    m.required.push(entry);
                } else {
                    m.preferred.push(entry);
                }
            }
            if !roles.is_empty() {
                let wanted = doc.tags[TagKind::Role.index()]
                    .iter()
                    .any(|&r| wants(&roles, &site.terms[r].name));
                m.role = Some(wanted);
            }
            if !locations.is_empty() {
                m.place = place_of(doc, &place_words);
            }
            Some(m)
        })
        .collect();
    Some(Standing {
        skills,
        roles,
        locations,
        matches,
    })
}

impl Standing {
    /// `true` when `role` is one you want: it holds every word of one of
    /// your roles ("Backend Engineer" wants "Backend Software Engineer").
    pub fn wants_role(&self, role: &str) -> bool {
        wants(&self.roles, role)
    }
}

fn wants(roles: &[String], role: &str) -> bool {
    let posted = words(role);
    roles
        .iter()
        .any(|want| want.split(' ').all(|w| posted.iter().any(|p| p == w)))
}

/// `true` for a document that is a posting, or stands for one: it has a
/// role and skills, and either its skills were found in its text, or its
/// front matter states a posting's facts, or it has an application
/// status. A note whose skills the author wrote in front matter is not
/// one, whatever its text mentions.
pub fn is_posting(doc: &Doc) -> bool {
    let source = &doc.source;
    let skills = source.tags.get(TagKind::Skill);
    let stated = source.fields.sources().iter().any(|(key, from)| {
        matches!(from, Source::FrontMatter { .. }) && !matches!(*key, "applied" | "deadline")
    });
    !doc.tags[TagKind::Role.index()].is_empty()
        && !skills.is_empty()
        && (skills
            .iter()
            .any(|t| matches!(t.evidence, Evidence::Text { .. }))
            || stated
            || source.fields.status.is_some())
}

/// Whether a posting's place suits one of `wanted` (each a place as
/// words): its location names the place, or it is remote (or its
/// location says remote) and `Remote` is wanted. `None` when the posting
/// states no place.
fn place_of(doc: &Doc, wanted: &[Vec<String>]) -> Option<bool> {
    let fields = &doc.source.fields;
    let location = fields.location.as_ref().map(|l| words(&l.value));
    let remote = fields.remote.as_ref().map(|r| r.value);
    if location.is_none() && remote.is_none() {
        return None;
    }
    let location = location.unwrap_or_default();
    Some(wanted.iter().any(|place| {
        names(&location, place) || (place == &["remote"] && remote == Some(Remote::Remote))
    }))
}

/// `true` when the words of a location hold the words of a place, in order.
fn names(location: &[String], place: &[String]) -> bool {
    !place.is_empty() && location.windows(place.len()).any(|w| w == place)
}

/// The words of a name, lower case: `Lisbon, Portugal` → `lisbon`, `portugal`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(required: &[bool], preferred: &[bool]) -> Match {
        let list = |v: &[bool]| v.iter().enumerate().map(|(i, h)| (i, *h)).collect();
        Match {
            required: list(required),
            preferred: list(preferred),
            role: None,
            place: None,
        }
    }

    #[test]
    fn the_score_weighs_required_skills_twice() {
        for (required, preferred, want) in [
            // 9 of 12 required, 2 of 4 nice-to-haves: (18 + 2) / 28.
            (
                [true; 9]
                    .iter()
                    .chain(&[false; 3])
                    .copied()
                    .collect::<Vec<_>>(),
                vec![true, true, false, false],
                71,
            ),
            (vec![true, true], vec![], 100),
            (vec![false, false], vec![true], 20),
            (vec![], vec![true, false], 50),
            (vec![], vec![], 0),
        ] {
            let m = with(&required, &preferred);
            assert_eq!(m.score(), want, "{required:?} {preferred:?}");
        }
        let m = with(&[true, false, true], &[false]);
        assert_eq!((m.required_have(), m.preferred_have()), (2, 0));
    }

    #[test]
    fn a_wanted_role_is_every_word_of_one_of_yours() {
        let roles = vec!["backend engineer".to_string(), "sre".to_string()];
        for (role, want) in [
            ("Backend Engineer", true),
            ("Backend Software Engineer", true),
            ("Senior Backend Engineer", true),
            ("Frontend Engineer", false),
            ("Backend Developer", false),
            ("SRE", true),
        ] {
            assert_eq!(wants(&roles, role), want, "{role}");
        }
    }

    #[test]
    fn places_are_matched_as_whole_words() {
        for (place, location, want) in [
            (
                "Lisbon",
                "Lisbon, Portugal or Remote (Portugal, Spain)",
                true,
            ),
            ("portugal", "Lisbon, Portugal", true),
            ("New York", "New York, NY", true),
            ("York", "New York, NY", true),
            ("New Jersey", "New York, NY", false),
            ("Rome", "Romeville, NJ", false),
            ("Remote", "Remote (EU)", true),
        ] {
            assert_eq!(
                names(&words(location), &words(place)),
                want,
                "{place:?} in {location:?}"
            );
        }
    }
}
