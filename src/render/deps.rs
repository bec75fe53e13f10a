//! Dependents: the [`Site`] and what a preview's memo remembers of the
//! last one → for documents changed in place (see
//! [`LinkMemo::relinked`](crate::link::LinkMemo::relinked)) the pages to
//! make again ([`jobs_showing`]): the document's own page, the pages that
//! list it as related or as linking to them, the pages of its tags that
//! list it, its tags' feeds, and the pages made of the whole site. Every
//! other page of a preview stays as it was, without being keyed again.

use std::sync::Arc;

use crate::config::Config;
use crate::link::{DocId, Site};

use super::jobs::{Job, jobs, site_jobs};
use super::memo::{Made, PageMemo, Shown};
use super::shared::Shared;

/// How a site came from the last one rendered into a memo.
#[derive(Clone, Copy, Debug)]
pub struct Edit<'a> {
    /// The number of the site among those linked with its cache.
    pub linked: u64,
    /// The documents changed in place since the site before it (see
    /// [`LinkMemo::relinked`](crate::link::LinkMemo::relinked)).
    pub relinked: Option<&'a [DocId]>,
    /// Whether the templates, and the `site` variable they get, are the
    /// memo's.
    pub same_templates: bool,
}

/// The pages to make, and what the memo will hold once they are made.
pub struct Plan {
    pub jobs: Vec<Job>,
    /// `true` when `jobs` are only the pages that can have changed: every
    /// other page of the memo stands as it is.
    pub partial: bool,
    /// What the pages will be made of (with a memo).
    pub made: Option<Made>,
}

/// The pages of `shared`'s site to make. When `memo` holds every page of
/// the site just before it and the edit changed documents in place under
/// the same templates, those that show them ([`jobs_showing`]); otherwise
/// every page.
pub fn plan(shared: &Shared, memo: Option<&PageMemo>, edit: Edit) -> Plan {
    let (site, config) = (shared.site, shared.config);
    let newest = &shared.feed_parts.newest;
    let Some(memo) = memo else {
        return Plan {
            jobs: jobs(site, config),
            partial: false,
            made: None,
        };
    };
    let last = memo
        .made
        .as_ref()
        .filter(|m| edit.same_templates && m.site + 1 == edit.linked && m.own == site.own);
    let (jobs, partial, shown) = match (last, edit.relinked) {
        (Some(last), Some(changed)) => (
            jobs_showing(site, config, &last.shown, changed, last.newest != *newest),
            true,
            last.shown.clone(),
        ),
        _ => (jobs(site, config), false, Arc::new(Shown::of(site))),
    };
    Plan {
        jobs,
        partial,
        made: Some(Made {
            site: edit.linked,
            own: site.own,
            newest: newest.clone(),
            shown,
        }),
    }
}

/// The pages of `site` that can differ from the last site's when only the
/// `changed` documents changed in place, `shown` being the last site's
/// reverse index (the same as this one's: related lists did not change).
/// With `all_feeds` (the newest date of the site moved, which every feed
/// states), every tag's feed too.
pub fn jobs_showing(
    site: &Site,
    config: &Config,
    shown: &Shown,
    changed: &[DocId],
    all_feeds: bool,
) -> Vec<Job> {
    let mut jobs = site_jobs(site, config);
    let per = config.paginate_by.max(1);
    for &id in changed {
        let doc = &site.docs[id];
        jobs.push(Job::Doc(id));
        let on = shown.related_on.get(id).map_or(&[][..], Vec::as_slice);
        jobs.extend(on.iter().map(|&other| Job::Doc(other)));
        // A document is a backlink on the page of each it links to.
        jobs.extend(doc.links.iter().map(|&target| Job::Doc(target)));
        for &term in doc.tags.iter().flatten() {
            if let Some(at) = site.terms[term].docs.iter().position(|&d| d == id) {
                jobs.push(Job::Term {
                    term,
                    page: at / per + 1,
                });
            }
            if !all_feeds {
                jobs.push(Job::Feed(Some(term)));
            }
        }
    }
    if all_feeds {
        jobs.extend((0..site.terms.len()).map(|t| Job::Feed(Some(t))));
    }
    jobs.sort_unstable();
    jobs.dedup();
    jobs
}
