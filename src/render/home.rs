//! The home page: the newest documents and the most frequent companies,
//! roles and skills; and the 404 page.

use crate::tag::TagKind;

use super::shared::Shared;
use super::views::{HomeView, PageView};

/// How many documents and tags the home page lists.
pub const HOME_RECENT: usize = 12;
pub const HOME_TOP: usize = 12;

/// The home page's views and URL path (the site root).
pub(super) fn home_page<'a>(shared: &'a Shared) -> (PageView<'a>, HomeView<'a>, String) {
    let site = shared.site;
    let recent = &site.order[..site.order.len().min(HOME_RECENT)];
    let home = HomeView {
        recent: shared.dated_doc_links(recent, None),
        companies: shared.top_tags(TagKind::Company, HOME_TOP),
        roles: shared.top_tags(TagKind::Role, HOME_TOP),
        levels: shared.top_tags(TagKind::Level, HOME_TOP),
        skills: shared.top_tags(TagKind::Skill, HOME_TOP),
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
