//! List pages: one tag kind → its `list` view, every company, role, skill
//! or tag with its number of documents.

use crate::tag::TagKind;

use super::shared::Shared;
use super::views::{ListView, PageView, TagGroup, TagLink};

/// The name of the group of skills the vocabulary has no category for.
const OTHER: &str = "Other";

/// Skills by category: categories by the documents their skills are in
/// (summed), most first; within one, skills by documents, most first.
fn groups<'a>(
    shared: &'a Shared,
    ids: &[usize],
    link: impl Fn(usize) -> TagLink<'a>,
) -> Vec<TagGroup<'a>> {
    let site = shared.site;
    let mut by: Vec<(&'a str, usize, Vec<usize>)> = Vec::new();
    for &id in ids {
        let t = &site.terms[id];
        let name = t.category.as_deref().unwrap_or(OTHER);
        match by.iter_mut().find(|(n, _, _)| *n == name) {
            Some((_, total, list)) => {
                *total += t.docs.len();
                list.push(id);
            }
            None => by.push((name, t.docs.len(), vec![id])),
        }
    }
    // "Other" last, whatever its size: it is not a category.
    by.sort_by(|a, b| {
        (a.0 == OTHER)
            .cmp(&(b.0 == OTHER))
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(b.0))
    });
    by.into_iter()
        .map(|(name, _, mut list)| {
            list.sort_by(|&a, &b| {
                let (ta, tb) = (&site.terms[a], &site.terms[b]);
                tb.docs
                    .len()
                    .cmp(&ta.docs.len())
                    .then(ta.name.cmp(&tb.name))
            });
            TagGroup {
                name,
                terms: list.into_iter().map(&link).collect(),
            }
        })
        .collect()
}

/// The list page of `kind`: its views and URL path.
pub(super) fn list_page<'a>(
    shared: &'a Shared,
    kind: TagKind,
) -> (PageView<'a>, ListView<'a>, String) {
    let site = shared.site;
    let ids = &site.by_kind[kind.index()];
    let max = ids
        .iter()
        .map(|&id| site.terms[id].docs.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let link = |id: usize| {
        let count = site.terms[id].docs.len();
        shared.tag_link(id, count, count * 100 / max)
    };
    let terms = ids.iter().map(|&id| link(id)).collect();
    let groups = if kind == TagKind::Skill {
        groups(shared, ids, link)
    } else {
        Vec::new()
    };
    let path = format!("{}/", kind.plural_key());
    let view = ListView {
        kind: kind.key(),
        kind_label: kind.label(),
        kind_plural: kind.plural_label(),
        url: format!("{}{path}", shared.base_path),
        terms,
        groups,
    };
    let description = format!(
        "All {} in {}, with their number of documents.",
        kind.plural_label().to_lowercase(),
        shared.config.title
    );
    let page = shared.page_view("list", kind.plural_label(), &path, description, kind.key());
    (page, view, path)
}
