//! Jobs: the [`Site`] → every page to make ([`Job`]), each rendered with
//! its template or made raw, or taken from the memo when its key is
//! unchanged, in parallel, and handed to a sink.

use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::hash::{self, Key};
use crate::link::{DocId, Site, TermId};
use crate::tag::TagKind;
use crate::url;

use super::memo::{PageMemo, doc_page_key, term_page_key};
use super::page::Page;
use super::shared::Shared;
use super::templates::Renderer;
use super::views::{
    CompareView, DocView, HomeView, ListView, PageView, PipelineView, ProfileView, SearchView,
    TermView,
};
use super::{compare, document, feeds, home, list, pipeline, profile, search, sitemap, term};

/// One page to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    Home,
    Doc(DocId),
    /// A tag page; `page` is 1-based.
    Term {
        term: TermId,
        page: usize,
    },
    List(TagKind),
    NotFound,
    /// The search page and its index.
    Search,
    /// Where you stand (`/profile/`), with a profile.
    Profile,
    /// Your applications (`/pipeline/`), when a document has a status.
    Pipeline,
    /// Side by side (`/compare/`), with two companies or two roles.
    Compare,
    /// The search index's files.
    SearchIndex,
    /// The compare page's data.
    CompareData,
    /// The site-wide Atom feed (`None`) or one tag's.
    Feed(Option<TermId>),
    /// `sitemap.xml` (0) or its part `n` past 50,000 URLs.
    Sitemap(usize),
    Robots,
}

/// Every page of the site, in a fixed order.
pub fn jobs(site: &Site, config: &Config) -> Vec<Job> {
    // The search index is the largest single job: started first (with the
    // other pages made of the whole site), it runs beside the pages
    // instead of alone after them.
    let mut jobs = site_jobs(site, config);
    jobs.extend((0..site.docs.len()).map(Job::Doc));
    for (term, t) in site.terms.iter().enumerate() {
        let pages = t.docs.len().div_ceil(config.paginate_by).max(1);
        jobs.extend((1..=pages).map(|page| Job::Term { term, page }));
    }
    jobs.extend((0..site.terms.len()).map(|t| Job::Feed(Some(t))));
    jobs
}

/// The pages of `site` made of the whole site, whatever document changed:
/// home, lists, search and its index, the site feed, the profile,
/// pipeline and compare pages, sitemaps and `robots.txt`.
pub fn site_jobs(site: &Site, config: &Config) -> Vec<Job> {
    let mut jobs = vec![Job::SearchIndex, Job::Home, Job::NotFound];
    jobs.extend(TagKind::ALL.iter().map(|k| Job::List(*k)));
    jobs.extend([Job::Search, Job::Robots, Job::Feed(None)]);
    if site.own.profile {
        jobs.push(Job::Profile);
    }
    if site.own.pipeline {
        jobs.push(Job::Pipeline);
    }
    if site.own.compare {
        jobs.extend([Job::Compare, Job::CompareData]);
    }
    jobs.extend((0..sitemap::jobs(site, config)).map(Job::Sitemap));
    jobs
}

/// How many files `jobs` make: one each, but the search index.
pub fn output_count(site: &Site, jobs: &[Job]) -> usize {
    let index = search::index_files(site.order.len()).len();
    jobs.iter()
        .map(|j| if *j == Job::SearchIndex { index } else { 1 })
        .sum()
}

/// The views of one page, borrowed from the site. A page's memo key is
/// the hash of its views, but for document pages: [`doc_page_key`].
#[derive(Hash)]
enum PageData<'a> {
    Home(PageView<'a>, HomeView<'a>),
    NotFound(PageView<'a>),
    Doc(PageView<'a>, Box<DocView<'a>>),
    List(PageView<'a>, ListView<'a>),
    Term(PageView<'a>, Box<TermView<'a>>),
    Search(PageView<'a>, SearchView<'a>),
    Profile(PageView<'a>, ProfileView<'a>),
    Pipeline(PageView<'a>, PipelineView<'a>),
    Compare(PageView<'a>, CompareView<'a>),
}

impl PageData<'_> {
    fn template(&self) -> &'static str {
        match self {
            PageData::Home(..) => "index.html",
            PageData::NotFound(..) => "404.html",
            PageData::Doc(..) => "document.html",
            PageData::List(..) => "list.html",
            PageData::Term(..) => "term.html",
            PageData::Search(..) => "search.html",
            PageData::Profile(..) => "profile.html",
            PageData::Pipeline(..) => "pipeline.html",
            PageData::Compare(..) => "compare.html",
        }
    }

    fn context(&self) -> Context {
        let mut ctx = Context::new();
        match self {
            PageData::Home(page, home) => {
                ctx.insert("page", page);
                ctx.insert("home", home);
            }
            PageData::NotFound(page) => ctx.insert("page", page),
            PageData::Doc(page, doc) => {
                ctx.insert("page", page);
                ctx.insert("doc", doc);
            }
            PageData::List(page, list) => {
                ctx.insert("page", page);
                ctx.insert("list", list);
            }
            PageData::Term(page, term) => {
                ctx.insert("page", page);
                ctx.insert("term", term);
            }
            PageData::Search(page, search) => {
                ctx.insert("page", page);
                ctx.insert("search", search);
            }
            PageData::Profile(page, profile) => {
                ctx.insert("page", page);
                ctx.insert("profile", profile);
            }
            PageData::Pipeline(page, pipeline) => {
                ctx.insert("page", page);
                ctx.insert("pipeline", pipeline);
            }
            PageData::Compare(page, compare) => {
                ctx.insert("page", page);
                ctx.insert("compare", compare);
            }
        }
        ctx
    }
}

/// The views of one page and its URL path.
fn page_data<'a>(shared: &'a Shared, job: Job) -> (PageData<'a>, String) {
    match job {
        Job::Home => {
            let (page, home, path) = home::home_page(shared);
            (PageData::Home(page, home), path)
        }
        Job::NotFound => {
            let (page, path) = home::not_found_page(shared);
            (PageData::NotFound(page), path)
        }
        Job::Doc(id) => {
            let (page, doc, path) = document::doc_page(shared, id);
            (PageData::Doc(page, Box::new(doc)), path)
        }
        Job::List(kind) => {
            let (page, list, path) = list::list_page(shared, kind);
            (PageData::List(page, list), path)
        }
        Job::Term { term, page } => {
            let (page, view, path) = term::term_page(shared, term, page);
            (PageData::Term(page, Box::new(view)), path)
        }
        Job::Search => {
            let (page, search, path) = search::search_page(shared);
            (PageData::Search(page, search), path)
        }
        Job::Profile => {
            let (page, profile, path) =
                profile::profile_page(shared).expect("a profile job only with a profile");
            (PageData::Profile(page, profile), path)
        }
        Job::Pipeline => {
            let (page, view, path) = pipeline::pipeline_page(shared);
            (PageData::Pipeline(page, view), path)
        }
        Job::Compare => {
            let (page, view, path) = compare::compare_page(shared);
            (PageData::Compare(page, view), path)
        }
        Job::SearchIndex | Job::CompareData | Job::Feed(_) | Job::Sitemap(_) | Job::Robots => {
            unreachable!("non-HTML outputs are made by raw_output or render_all")
        }
    }
}

/// Renders one page, or takes it from `memo` when its key is unchanged.
pub fn render_job(
    shared: &Shared,
    renderer: &Renderer,
    job: Job,
    memo: Option<&PageMemo>,
) -> Result<Page, Diagnostic> {
    if let Some(page) = raw_output(shared, job, memo) {
        return Ok(page);
    }
    // Most pages of a preview are the same after an edit: document and tag
    // pages are keyed without building their views, other pages by their
    // view.
    if let (Some(memo), Job::Doc(id)) = (memo, job) {
        let file = url::output_file(&shared.site.docs[id].path);
        let key = doc_page_key(shared, renderer, id, &file);
        let file = match memo.page(file, key) {
            Ok(page) => return Ok(page),
            Err(file) => file,
        };
        let (data, _) = page_data(shared, job);
        return render_page(renderer, &data, file, key);
    }
    if let (Some(memo), Job::Term { term, page }) = (memo, job) {
        let path = url::page_path(&shared.site.terms[term].path, page);
        let file = url::output_file(&path);
        let key = term_page_key(shared, renderer, term, page, &file);
        let file = match memo.page(file, key) {
            Ok(page) => return Ok(page),
            Err(file) => file,
        };
        let (data, _) = page_data(shared, job);
        return render_page(renderer, &data, file, key);
    }
    let (data, path) = page_data(shared, job);
    let file = url::output_file(&path);
    let (file, key) = match memo {
        Some(memo) => {
            let key = hash::key_of(&(renderer.key, &file, &data));
            match memo.page(file, key) {
                Ok(page) => return Ok(page),
                Err(file) => (file, key),
            }
        }
        None => (file, 0),
    };
    render_page(renderer, &data, file, key)
}

/// Renders one page with its template.
fn render_page(
    renderer: &Renderer,
    data: &PageData,
    file: String,
    key: Key,
) -> Result<Page, Diagnostic> {
    let bytes = renderer.render(data.template(), &data.context(), &file)?;
    Ok(Page {
        file,
        bytes: bytes.into(),
        key,
        rendered: true,
        deferred: false,
    })
}

/// Outputs made without templates: feeds, sitemaps and robots.txt (the
/// search index is several files: [`search::index_pages`]). With a memo,
/// feeds and compare data are keyed by their inputs and reused when
/// unchanged; compare data that changed is deferred, as the search index
/// is ([`super::LazyOutputs`]).
fn raw_output(shared: &Shared, job: Job, memo: Option<&PageMemo>) -> Option<Page> {
    let make = || match job {
        Job::CompareData => Some(compare::data_page(shared)),
        Job::Feed(term) => Some(feeds::atom(shared, term)),
        Job::Sitemap(part) => Some(sitemap::sitemap(shared, part)),
        Job::Robots => Some(sitemap::robots(shared)),
        _ => None,
    };
    let (Some(memo), Job::Feed(_) | Job::CompareData) = (memo, job) else {
        return make();
    };
    let (file, key) = match job {
        Job::Feed(term) => (
            feeds::feed_path(term.map(|t| shared.site.terms[t].path.as_str())),
            feeds::feed_key(shared, term),
        ),
        Job::CompareData => (compare::DATA_FILE.to_string(), compare::data_key(shared)),
        _ => unreachable!("only feeds and compare data are keyed"),
    };
    let file = match memo.page(file, key) {
        Ok(page) => return Some(page),
        Err(file) => file,
    };
    if job == Job::CompareData {
        // Made of every document, and changed by most edits: made when
        // the compare page first asks for it.
        return Some(Page {
            file,
            bytes: Arc::new(Vec::new()),
            key,
            rendered: false,
            deferred: true,
        });
    }
    make().map(|page| Page { key, ..page })
}

/// Renders every page in parallel (taking unchanged ones from `memo`),
/// handing each to `sink`; returns every template error.
pub fn render_all(
    shared: &Shared,
    renderer: &Renderer,
    jobs: &[Job],
    memo: Option<&PageMemo>,
    sink: &(dyn Fn(Page) -> anyhow::Result<()> + Sync),
) -> anyhow::Result<Vec<Diagnostic>> {
    let results: Vec<anyhow::Result<Option<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| match job {
            Job::SearchIndex => search::index_pages(shared, memo, sink).map(|_| None),
            _ => match render_job(shared, renderer, *job, memo) {
                Ok(page) => sink(page).map(|_| None),
                Err(d) => Ok(Some(d)),
            },
        })
        .collect();
    let mut diags = Vec::new();
    for r in results {
        if let Some(d) = r? {
            diags.push(d);
        }
    }
    crate::diag::sort(&mut diags);
    Ok(diags)
}
