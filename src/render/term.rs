//! Tag pages: one company, role, skill or tag and a page number → its
//! `term` view: a page of its documents, the pager, and on the first page
//! its roll-ups.

use crate::link::TermId;
use crate::tag::TagKind;
use crate::url;

use super::feeds;
use super::shared::Shared;
use super::views::{PageLink, PageView, Pagination, TermView};

/// Page `page` (from 1) of tag `term`: its views and URL path.
pub(super) fn term_page<'a>(
    shared: &'a Shared,
    term: TermId,
    page: usize,
) -> (PageView<'a>, TermView<'a>, String) {
    let (view, path) = term_view(shared, term, page);
    let t = &shared.site.terms[term];
    let title = if page > 1 {
        format!("{} (page {page})", t.name)
    } else {
        t.name.clone()
    };
    let n = t.docs.len();
    let description = format!(
        "{n} {} about the {} {}.",
        if n == 1 { "document" } else { "documents" },
        t.kind.label().to_lowercase(),
        t.name
    );
    let page = shared.page_view("term", title, &path, description, t.kind.key());
    (page, view, path)
}

/// How many companies, roles, levels and skills a tag page lists in each
/// roll-up; its link to the search page, filtered to the tag, counts them
/// all.
const ROLLUP_SHOWN: usize = 10;

fn term_view<'a>(shared: &'a Shared, term: TermId, page: usize) -> (TermView<'a>, String) {
    let t = &shared.site.terms[term];
    let per = shared.config.paginate_by;
    let total = t.docs.len().div_ceil(per).max(1);
    let page_url = |n: usize| format!("{}{}", shared.base_path, url::page_path(&t.path, n));
    let slice = &t.docs[((page - 1) * per).min(t.docs.len())..(page * per).min(t.docs.len())];
    let (compare_url, compare_with) = match super::compare::with_peer(shared, term) {
        Some((url, name)) if page == 1 => (url, name),
        _ => (String::new(), ""),
    };
    let mut more = false;
    let mut rollup = |kind: TagKind| {
        // Roll-ups sit on the first page only; a skill page's own kind is
        // its co-occurring skills, other kinds never list themselves.
        if page != 1 || (t.kind == kind && kind != TagKind::Skill) {
            Vec::new()
        } else {
            // Ranked and cut to `link::ROLLUP_TOP` when the site was linked.
            let ranked = shared.site.rollup(term, kind);
            more |= ranked.len() > ROLLUP_SHOWN;
            shared.tag_links(&ranked[..ranked.len().min(ROLLUP_SHOWN)])
        }
    };
    let (companies, roles, levels) = (
        rollup(TagKind::Company),
        rollup(TagKind::Role),
        rollup(TagKind::Level),
    );
    let skills = rollup(TagKind::Skill);
    let view = TermView {
        kind: t.kind.key(),
        kind_label: t.kind.label(),
        kind_plural: t.kind.plural_label(),
        list_url: format!("{}{}/", shared.base_path, t.kind.plural_key()),
        name: &t.name,
        slug: &t.slug,
        url: &shared.terms[term].url,
        count: t.docs.len(),
        documents: shared.dated_doc_links(slice, Some(t.kind)),
        pagination: Pagination {
            current: page,
            total,
            prev: (page > 1).then(|| page_url(page - 1)),
            next: (page < total).then(|| page_url(page + 1)),
            pages: pager_window(page, total)
                .into_iter()
                .map(|n| match n {
                    Some(n) => PageLink {
                        number: n,
                        url: page_url(n),
                        current: n == page,
                        gap: false,
                    },
                    None => PageLink {
                        number: 0,
                        url: String::new(),
                        current: false,
                        gap: true,
                    },
                })
                .collect(),
        },
        companies,
        roles,
        levels,
        rollups_cut: more,
        search_url: format!("{}search/?{}={}", shared.base_path, t.kind.key(), t.slug),
        skills_chart: skills
            .first()
            .zip(skills.last())
            .is_some_and(|(a, b)| a.count > b.count),
        skills,
        feed_url: format!("{}{}", shared.base_path, feeds::feed_path(Some(&t.path))),
        compare_url,
        compare_with,
    };
    (view, url::page_path(&t.path, page))
}

/// The pages a pager shows: the first, the last, and two on each side of
/// `current`; `None` where pages are left out.
pub fn pager_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    let mut last = 0;
    for n in 1..=total {
        let shown = n == 1 || n == total || n.abs_diff(current) <= 2;
        if shown {
            if n > last + 1 {
                out.push(None);
            }
            out.push(Some(n));
            last = n;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_shows_the_ends_and_two_pages_around_the_current_one() {
        let show = |current, total| {
            pager_window(current, total)
                .iter()
                .map(|n| n.map_or("…".to_string(), |n| n.to_string()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (current, total, want) in [
            (1, 1, "1"),
            (1, 3, "1 2 3"),
            (1, 10, "1 2 3 … 10"),
            (5, 10, "1 … 3 4 5 6 7 … 10"),
            (4, 10, "1 2 3 4 5 6 … 10"),
            (10, 10, "1 … 8 9 10"),
            (60, 300, "1 … 58 59 60 61 62 … 300"),
        ] {
            assert_eq!(show(current, total), want, "page {current} of {total}");
        }
    }
}
