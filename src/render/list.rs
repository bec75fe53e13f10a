//! List pages: one tag kind → its `list` view, every company, role, skill
//! or tag with its number of documents.

use crate::tag::TagKind;

use super::shared::Shared;
use super::views::{ListView, PageView};

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
    let terms = ids
        .iter()
        .map(|&id| {
            let count = site.terms[id].docs.len();
            shared.tag_link(id, count, count * 100 / max)
        })
        .collect();
    let path = format!("{}/", kind.plural_key());
    let view = ListView {
        kind: kind.key(),
        kind_label: kind.label(),
        kind_plural: kind.plural_label(),
        url: format!("{}{path}", shared.base_path),
        terms,
    };
    let description = format!(
        "All {} in {}, with their number of documents.",
        kind.plural_label().to_lowercase(),
        shared.config.title
    );
    let page = shared.page_view("list", kind.plural_label(), &path, description, kind.key());
    (page, view, path)
}
