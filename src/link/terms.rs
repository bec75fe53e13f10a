//! The tag index: tagged documents → one [`Term`] per kind and slug, named
//! by the spelling most documents use, with each document's tag ids; the
//! titles made from tags; and each tag's roll-up of companies, roles and
//! skills.

use std::collections::HashMap;
use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3Builder;

use crate::tag::{TagKind, TaggedDoc};
use crate::url;

use super::site::{Doc, DocTerms, ROLLUP_KINDS, ROLLUP_TOP, Rollup, Term, TermId};

/// The tags of the site, each tag's documents, and each document's tags.
pub(super) type TermIndex = (Vec<Term>, [Vec<TermId>; TagKind::COUNT], Vec<DocTerms>);

/// Builds the tag index: names of one kind with the same slug are one tag,
/// named by the spelling most documents use (ties: more capitals, then
/// alphabetical — `TikTok` over `Tiktok`).
pub(super) fn index_terms(
    tagged: &[&Arc<TaggedDoc>],
) -> (Vec<Term>, [Vec<TermId>; TagKind::COUNT], Vec<DocTerms>) {
    // One slot per (kind, slug), in order of first use, with its spellings.
    struct Slot<'a> {
        kind: TagKind,
        slug: &'a str,
        spellings: Vec<(&'a str, usize)>,
        category: Option<&'a Arc<str>>,
    }
    let mut index: HashMap<(TagKind, &str), usize, Xxh3Builder> =
        HashMap::with_hasher(Xxh3Builder::new());
    let mut slots: Vec<Slot> = Vec::new();
    let mut doc_slots: Vec<[Vec<usize>; TagKind::COUNT]> = Vec::with_capacity(tagged.len());
    for t in tagged {
        let mut per_kind: [Vec<usize>; TagKind::COUNT] = Default::default();
        for kind in TagKind::ALL {
            for tag in t.tags.get(kind) {
                let slot = *index.entry((kind, tag.slug.as_str())).or_insert_with(|| {
                    slots.push(Slot {
                        kind,
                        slug: &tag.slug,
                        spellings: Vec::new(),
                        category: None,
                    });
                    slots.len() - 1
                });
                if slots[slot].category.is_none() {
                    slots[slot].category = tag.category.as_ref();
                }
                let spellings = &mut slots[slot].spellings;
                match spellings.iter_mut().find(|(name, _)| *name == tag.name) {
                    Some((_, n)) => *n += 1,
                    None => spellings.push((&tag.name, 1)),
                }
                per_kind[kind.index()].push(slot);
            }
        }
        doc_slots.push(per_kind);
    }
    let caps = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
    let mut terms: Vec<(usize, Term)> = slots
        .iter()
        .enumerate()
        .map(|(slot, s)| {
            let name = s
                .spellings
                .iter()
                .max_by(|(a, na), (b, nb)| na.cmp(nb).then(caps(a).cmp(&caps(b))).then(b.cmp(a)))
                .map(|(name, _)| name.to_string())
                .unwrap_or_default();
            let term = Term {
                kind: s.kind,
                path: url::term_path(s.kind.plural_key(), s.slug),
                name,
                slug: s.slug.to_string(),
                docs: Vec::new(),
                category: s.category.cloned(),
            };
            (slot, term)
        })
        .collect();
    terms.sort_by_cached_key(|(_, t)| (t.kind, t.name.to_lowercase(), t.slug.clone()));
    let mut id_of_slot = vec![0; slots.len()];
    for (id, (slot, _)) in terms.iter().enumerate() {
        id_of_slot[*slot] = id;
    }
    let mut terms: Vec<Term> = terms.into_iter().map(|(_, t)| t).collect();
    let mut doc_terms = Vec::with_capacity(tagged.len());
    for (doc_id, per_kind) in doc_slots.into_iter().enumerate() {
        let mut dt: DocTerms = Default::default();
        for (k, list) in per_kind.into_iter().enumerate() {
            for slot in list {
                let id = id_of_slot[slot];
                dt[k].push(id);
                terms[id].docs.push(doc_id);
            }
        }
        doc_terms.push(dt);
    }
    let mut by_kind: [Vec<TermId>; TagKind::COUNT] = Default::default();
    for (id, term) in terms.iter().enumerate() {
        by_kind[term.kind.index()].push(id);
    }
    (terms, by_kind, doc_terms)
}

/// The title: front matter's, else "Role at Company" from the tags, else
/// the file name made readable.
pub(super) fn title_of(t: &TaggedDoc, tags: &DocTerms, terms: &[Term]) -> String {
    if let Some(title) = &t.doc.meta.title {
        return title.clone();
    }
    let first = |kind: TagKind| {
        tags[kind.index()]
            .first()
            .map(|id| terms[*id].name.as_str())
    };
    match (first(TagKind::Role), first(TagKind::Company)) {
        (Some(role), Some(company)) => format!("{role} at {company}"),
        (Some(role), None) => role.to_string(),
        (None, Some(company)) => format!("Notes on {company}"),
        (None, None) => readable_name(&t.doc.rel),
    }
}

/// `jobs/acme-backend_notes.txt` → `Acme backend notes`.
pub fn readable_name(rel: &str) -> String {
    let file = rel.rsplit('/').next().unwrap_or(rel);
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => file.to_string(),
    }
}

/// The roll-up of tag `id` (see [`Rollup`]); `counts` is scratch space,
/// one zero per tag, left as found.
pub(super) fn rollup_of(
    docs: &[Arc<Doc>],
    terms: &[Term],
    id: TermId,
    counts: &mut [usize],
) -> Rollup {
    let mut out: Rollup = Default::default();
    for (slot, kind) in ROLLUP_KINDS.into_iter().enumerate() {
        let mut touched = Vec::new();
        for &d in &terms[id].docs {
            for &t in &docs[d].tags[kind.index()] {
                if t != id {
                    if counts[t] == 0 {
                        touched.push(t);
                    }
                    counts[t] += 1;
                }
            }
        }
        let mut list: Vec<(TermId, usize)> = touched.iter().map(|&t| (t, counts[t])).collect();
        for &t in &touched {
            counts[t] = 0;
        }
        // Term ids of one kind are in name order.
        list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(ROLLUP_TOP);
        // Kept as long as the site: no room left from the whole count.
        list.shrink_to_fit();
        out[slot] = list;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_names() {
        assert_eq!(
            readable_name("jobs/acme-backend_notes.txt"),
            "Acme backend notes"
        );
    }
}
