//! The home page: the newest documents (or the first by title, when none
//! has a date) and the most frequent companies, roles and skills; and the
//! 404 page.

use crate::tag::TagKind;

use super::shared::Shared;
use super::views::{HomeFlat, HomeView, PageView, TagLink};

/// How many documents and tags the home page lists.
pub const HOME_RECENT: usize = 12;
pub const HOME_TOP: usize = 12;

/// The home page's views and URL path (the site root).
pub(super) fn home_page<'a>(shared: &'a Shared) -> (PageView<'a>, HomeView<'a>, String) {
    let site = shared.site;
    let recent = &site.order[..site.order.len().min(HOME_RECENT)];
    // Undated documents sort last, so the first is dated if any is.
    let dated = site
        .order
        .first()
        .is_some_and(|&id| site.docs[id].date.is_some());
    let top = |kind| shared.top_tags_by(kind, HOME_TOP, dated);
    let (companies, roles, levels, skills) = (
        top(TagKind::Company),
        top(TagKind::Role),
        top(TagKind::Level),
        top(TagKind::Skill),
    );
    let flat = |tags: &[TagLink]| tags.first().is_some_and(|t| t.count <= 1);
    let home = HomeView {
        recent: shared.dated_doc_links(recent, None),
        dated,
        flat: HomeFlat {
            companies: flat(&companies),
            roles: flat(&roles),
            levels: flat(&levels),
            skills: flat(&skills),
        },
        companies,
        roles,
        levels,
        skills,
    };
    let page = shared.page_view(
        "home",
        &shared.config.title,
        "",
        &shared.config.description,
        "home",
    );
    (page, home, String::new())
}

/// The 404 page's view and URL path.
pub(super) fn not_found_page<'a>(shared: &'a Shared) -> (PageView<'a>, String) {
    let page = shared.page_view(
        "404",
        "Page not found",
        "404.html",
        "This page does not exist.",
        "",
    );
    (page, "404.html".to_string())
}
