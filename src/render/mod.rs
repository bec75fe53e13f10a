//! Render: the [`Site`] → pages. Builds the view structs of every page and
//! runs the theme's Tera templates, compiled once per build.
//!
//! Pages are produced one at a time (in parallel) and handed to a sink, so a
//! build never holds the whole output in memory.

pub mod feeds;
pub mod search;
pub mod sitemap;
pub mod views;

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::cache::{self, Key};
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::link::{Doc, DocId, Site, TermId};
use crate::parse::DocDate;
use crate::tag::{Evidence, TagKind};
use crate::theme::Theme;
use crate::url;
use views::*;

/// How many documents and tags the home page lists.
pub const HOME_RECENT: usize = 12;
pub const HOME_TOP: usize = 12;

/// One output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// File path relative to the output folder: `skills/go/index.html`.
    pub file: String,
    pub bytes: Arc<Vec<u8>>,
    /// Hash of everything the page was made from (0 when not computed).
    pub key: Key,
    /// `false` when the bytes were taken from the memo without rendering.
    pub rendered: bool,
    /// The output changed but was not made: costly site-wide outputs (the
    /// search index) are made by `serve` when first asked for. `bytes` is
    /// empty; `key` says what to make.
    pub deferred: bool,
}

impl Page {
    /// An output made without a template (feeds, sitemaps, the search index).
    pub fn raw(file: impl Into<String>, bytes: Vec<u8>) -> Page {
        Page {
            file: file.into(),
            bytes: bytes.into(),
            key: 0,
            rendered: true,
            deferred: false,
        }
    }
}

/// What rendering remembers between builds: each output file's key and
/// bytes, and the compiled templates.
#[derive(Clone, Default)]
pub struct PageMemo {
    pub pages: HashMap<String, (Key, Arc<Vec<u8>>)>,
    /// The templates of the last build, compiled, with their key.
    pub renderer: Option<Arc<Renderer>>,
}

impl PageMemo {
    /// The remembered `file`, when it was made with `key`.
    fn page(&self, file: &str, key: Key) -> Option<Page> {
        match self.pages.get(file) {
            Some((k, bytes)) if *k == key => Some(Page {
                file: file.to_string(),
                bytes: bytes.clone(),
                key,
                rendered: false,
                deferred: false,
            }),
            _ => None,
        }
    }
}

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
    SearchIndex,
    /// The site-wide Atom feed (`None`) or one tag's.
    Feed(Option<TermId>),
    /// `sitemap.xml` (0) or its part `n` past 50,000 URLs.
    Sitemap(usize),
    Robots,
}

/// Every page of the site, in a fixed order.
pub fn jobs(site: &Site, config: &Config) -> Vec<Job> {
    // The search index is the largest single job: started first, it runs
    // beside the pages instead of alone after them.
    let mut jobs = vec![Job::SearchIndex, Job::Home, Job::NotFound];
    jobs.extend((0..site.docs.len()).map(Job::Doc));
    jobs.extend(TagKind::ALL.iter().map(|k| Job::List(*k)));
    for (term, t) in site.terms.iter().enumerate() {
        let pages = t.docs.len().div_ceil(config.paginate_by).max(1);
        jobs.extend((1..=pages).map(|page| Job::Term { term, page }));
    }
    jobs.extend([Job::Search, Job::Robots, Job::Feed(None)]);
    jobs.extend((0..site.terms.len()).map(|t| Job::Feed(Some(t))));
    jobs.extend((0..sitemap::jobs(site, config)).map(Job::Sitemap));
    jobs
}

/// The theme's templates, compiled, with the site-wide `site` variable.
pub struct Renderer {
    tera: Tera,
    origins: HashMap<String, String>,
    /// Hash of the templates and of `site`: part of every page's key.
    key: Key,
}

impl Renderer {
    /// Compiles the theme's templates; every template error is a diagnostic
    /// naming the template file and line.
    pub fn new(theme: &Theme, site: &SiteView) -> Result<Renderer, Vec<Diagnostic>> {
        let mut tera = Tera::default();
        let origins: HashMap<String, String> = theme
            .templates
            .iter()
            .map(|(name, f)| (name.clone(), f.origin.clone()))
            .collect();
        let result = tera.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|(name, f)| (name.as_str(), f.content.as_str())),
        );
        if let Err(e) = result {
            return Err(template_diagnostics(&e, &origins, None));
        }
        tera.global_context().insert("site", site);
        let key = Renderer::key_for(theme, site);
        Ok(Renderer { tera, origins, key })
    }

    /// The key of the templates of `theme` compiled with `site`: a renderer
    /// with this key renders exactly like a new one.
    pub fn key_for(theme: &Theme, site: &SiteView) -> Key {
        cache::key_of(&(
            theme
                .templates
                .iter()
                .map(|(n, f)| (n, &f.content))
                .collect::<Vec<_>>(),
            serde_json::to_string(site).unwrap_or_default(),
        ))
    }

    /// This renderer's key (see [`Renderer::key_for`]).
    pub fn key(&self) -> Key {
        self.key
    }

    fn render(&self, template: &str, context: &Context, file: &str) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, context, &mut out)
            .map_err(|e| template_diagnostic(&e, &self.origins, Some(file)))?;
        Ok(out)
    }
}

fn template_diagnostic(
    e: &tera::Error,
    origins: &HashMap<String, String>,
    page: Option<&str>,
) -> Diagnostic {
    template_diagnostics(e, origins, page)
        .into_iter()
        .next()
        .expect("at least one diagnostic")
}

/// Every problem a Tera error reports, each with its template file and line.
fn template_diagnostics(
    e: &tera::Error,
    origins: &HashMap<String, String>,
    page: Option<&str>,
) -> Vec<Diagnostic> {
    let origin = |name: &str| {
        origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
            .replace(" (built in)", "")
    };
    let while_rendering = page
        .map(|p| format!(" (while rendering {p})"))
        .unwrap_or_default();
    let help = "fix the template; the built-in templates are in dossier's themes/default/templates";
    if let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = e.kind() {
        return vec![
            Diagnostic::error(
                origin(r.filename()),
                format!("template error: {}{while_rendering}", r.message()),
            )
            .at_line(r.span().start_line as u32)
            .with_help(help),
        ];
    }
    let mut message = e.kind().to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message = format!("{message}: {s}");
        source = s.source();
    }
    // Checks of a whole template set come as reports joined in one message:
    // "error: MESSAGE\n --> NAME:LINE:COL\n ...".
    let mut found = Vec::new();
    let mut pending: Option<&str> = None;
    for line in message.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            pending = Some(m);
        } else if let (Some(m), Some(loc)) = (pending, line.trim_start().strip_prefix("--> ")) {
            let mut parts = loc.rsplitn(3, ':');
            let (_col, line_no, name) = (parts.next(), parts.next(), parts.next());
            if let (Some(name), Some(Ok(line_no))) = (name, line_no.map(str::parse::<u32>)) {
                found.push(
                    Diagnostic::error(
                        origin(name),
                        format!("template error: {m}{while_rendering}"),
                    )
                    .at_line(line_no)
                    .with_help(help),
                );
            }
            pending = None;
        }
    }
    if found.is_empty() {
        found.push(
            Diagnostic::error(
                "themes",
                format!("template error: {message}{while_rendering}"),
            )
            .with_help(help),
        );
    }
    found
}

/// Per-site data every page lists, computed once per build; views borrow it.
pub struct Shared<'a> {
    pub site: &'a Site,
    pub config: &'a Config,
    base_path: String,
    docs: Vec<DocData>,
    terms: Vec<TermData>,
    /// Feed entries, made once for every feed.
    feed_parts: feeds::Parts,
}

/// A document's listing data, formatted once.
struct DocData {
    url: String,
    date: String,
    date_human: String,
    company_term: Option<TermId>,
    role_term: Option<TermId>,
    /// Hash of the document's [`DocLink`].
    link_key: Key,
}

/// A tag's URL, formatted once, and the hash of its name and URL.
struct TermData {
    url: String,
    key: Key,
}

impl<'a> Shared<'a> {
    /// Formats what every page lists, once.
    pub fn new(site: &'a Site, config: &'a Config) -> Shared<'a> {
        let base_path = config.base_path();
        let first = |doc: &Doc, kind: TagKind| doc.tags[kind.index()].first().copied();
        // Documents share few dates: each is formatted once.
        let dates: HashMap<DocDate, (String, String)> = site
            .docs
            .iter()
            .filter_map(|d| d.date)
            .collect::<std::collections::HashSet<_>>()
            .into_iter()
            .map(|d| (d, (d.ymd(), d.human())))
            .collect();
        let docs = site
            .docs
            .par_iter()
            .map(|doc| {
                let (date, date_human) = doc
                    .date
                    .and_then(|d| dates.get(&d).cloned())
                    .unwrap_or_default();
                let mut data = DocData {
                    url: format!("{base_path}{}", doc.path),
                    date,
                    date_human,
                    company_term: first(doc, TagKind::Company),
                    role_term: first(doc, TagKind::Role),
                    link_key: 0,
                };
                let name = |t: Option<TermId>| t.map_or("", |t| site.terms[t].name.as_str());
                data.link_key = cache::key_of(&(
                    &doc.title,
                    &data.url,
                    &data.date,
                    &data.date_human,
                    &doc.summary,
                    name(data.company_term),
                    name(data.role_term),
                ));
                data
            })
            .collect();
        let terms = site
            .terms
            .iter()
            .map(|t| {
                let url = format!("{base_path}{}", t.path);
                TermData {
                    key: cache::key_of(&(&t.name, &url)),
                    url,
                }
            })
            .collect();
        let mut shared = Shared {
            site,
            config,
            base_path,
            docs,
            terms,
            feed_parts: feeds::Parts::default(),
        };
        // Made before pages render in parallel: a lazy cell here would make
        // every other worker wait while one makes it.
        shared.feed_parts = feeds::Parts::new(&shared);
        shared
    }

    fn page_view<'p>(
        &self,
        kind: &'static str,
        title: impl Into<Cow<'p, str>>,
        path: &str,
        description: impl Into<Cow<'p, str>>,
        section: &'static str,
    ) -> PageView<'p> {
        let url = format!("{}{path}", self.base_path);
        self.page_view_at(kind, title, url.into(), path, description, section)
    }

    /// Like [`Shared::page_view`] with the page's URL already made.
    fn page_view_at<'p>(
        &self,
        kind: &'static str,
        title: impl Into<Cow<'p, str>>,
        url: Cow<'p, str>,
        path: &str,
        description: impl Into<Cow<'p, str>>,
        section: &'static str,
    ) -> PageView<'p> {
        let permalink = if self.config.has_host() {
            Cow::Owned(format!("{}{path}", self.config.base_url()))
        } else {
            url.clone()
        };
        PageView {
            kind,
            title: title.into(),
            url,
            permalink,
            description: description.into(),
            section,
        }
    }

    fn doc_link(&self, id: DocId) -> DocLink<'_> {
        let doc = &self.site.docs[id];
        let data = &self.docs[id];
        let name = |t: Option<TermId>| t.map_or("", |t| self.site.terms[t].name.as_str());
        DocLink {
            title: &doc.title,
            url: &data.url,
            date: &data.date,
            date_human: &data.date_human,
            summary: &doc.summary,
            company: name(data.company_term),
            role: name(data.role_term),
            key: data.link_key,
        }
    }

    fn doc_links(&self, ids: &[DocId]) -> Vec<DocLink<'_>> {
        ids.iter().map(|&id| self.doc_link(id)).collect()
    }

    fn tag_link(&self, id: TermId, count: usize, percent: usize) -> TagLink<'_> {
        TagLink {
            name: &self.site.terms[id].name,
            url: &self.terms[id].url,
            count,
            percent,
            key: self.terms[id].key,
        }
    }

    fn tag_refs(&self, doc: &'a Doc, kind: TagKind) -> Vec<TagRef<'_>> {
        doc.tags[kind.index()]
            .iter()
            .map(|id| TagRef {
                name: &self.site.terms[*id].name,
                url: &self.terms[*id].url,
                key: self.terms[*id].key,
            })
            .collect()
    }

    /// The `top` tags of one kind with the most documents (ties by name).
    pub(super) fn top_tags(&self, kind: TagKind, top: usize) -> Vec<TagLink<'_>> {
        let site = self.site;
        let mut list: Vec<(TermId, usize)> = site.by_kind[kind.index()]
            .iter()
            .map(|&id| (id, site.terms[id].docs.len()))
            .collect();
        // Term ids of one kind are in name order (see `link`).
        list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(top);
        self.tag_links(&list)
    }

    /// Ranked (tag, count) pairs → links, with bar widths against the first.
    fn tag_links(&self, ranked: &[(TermId, usize)]) -> Vec<TagLink<'_>> {
        let max = ranked.first().map_or(1, |(_, c)| *c).max(1);
        ranked
            .iter()
            .map(|&(id, count)| self.tag_link(id, count, count * 100 / max))
            .collect()
    }
}

/// The `site` variable.
pub fn site_view(site: &Site, config: &Config) -> SiteView {
    let base_path = config.base_path();
    let count = |k: TagKind| site.by_kind[k.index()].len();
    // No content hash in the URL: a stylesheet edit then changes only the
    // stylesheet, which `serve` swaps in open pages without reloading them.
    let static_url = |name: &str| format!("{base_path}{name}");
    SiteView {
        title: config.title.clone(),
        description: config.description.clone(),
        base_url: config.base_url(),
        base_path: base_path.clone(),
        language: config.language.clone(),
        stylesheet: static_url("style.css"),
        favicon: static_url("favicon.svg"),
        feed_url: format!("{base_path}{}", feeds::feed_path(None)),
        search_url: format!("{base_path}search/"),
        search_script: static_url("search.js"),
        counts: Counts {
            documents: site.docs.len(),
            companies: count(TagKind::Company),
            roles: count(TagKind::Role),
            skills: count(TagKind::Skill),
            tags: count(TagKind::Tag),
        },
        kinds: TagKind::ALL
            .iter()
            .map(|k| KindLink {
                key: k.key().to_string(),
                label: k.plural_label().to_string(),
                url: format!("{base_path}{}/", k.plural_key()),
                count: count(*k),
            })
            .collect(),
        generator: format!("dossier {}", env!("CARGO_PKG_VERSION")),
        extra: config.extra.clone(),
    }
}

/// The views of one page, borrowed from the site. A page's memo key is
/// the hash of its views, but for document pages: [`doc_page_key`].
#[derive(Hash)]
enum PageData<'a> {
    Home(PageView<'a>, HomeView<'a>),
    NotFound(PageView<'a>),
    Doc(PageView<'a>, DocView<'a>),
    List(PageView<'a>, ListView<'a>),
    Term(PageView<'a>, TermView<'a>),
    Search(PageView<'a>, SearchView<'a>),
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
        }
        ctx
    }
}

/// The views of one page and its URL path.
fn page_data<'a>(shared: &'a Shared, job: Job) -> (PageData<'a>, String) {
    let site = shared.site;
    match job {
        Job::Home => {
            let recent = &site.order[..site.order.len().min(HOME_RECENT)];
            let home = HomeView {
                recent: shared.doc_links(recent),
                companies: shared.top_tags(TagKind::Company, HOME_TOP),
                roles: shared.top_tags(TagKind::Role, HOME_TOP),
                skills: shared.top_tags(TagKind::Skill, HOME_TOP),
            };
            let page = shared.page_view(
                "home",
                &shared.config.title,
                "",
                &shared.config.description,
                "home",
            );
            (PageData::Home(page, home), String::new())
        }
        Job::NotFound => {
            let page = shared.page_view(
                "404",
                "Page not found",
                "404.html",
                "This page does not exist.",
                "",
            );
            (PageData::NotFound(page), "404.html".to_string())
        }
        Job::Doc(id) => {
            let doc = &site.docs[id];
            let url = Cow::Borrowed(shared.docs[id].url.as_str());
            let page = shared.page_view_at(
                "document",
                doc.title.as_str(),
                url,
                &doc.path,
                &*doc.summary,
                "",
            );
            (PageData::Doc(page, doc_view(shared, id)), doc.path.clone())
        }
        Job::List(kind) => {
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
            let page =
                shared.page_view("list", kind.plural_label(), &path, description, kind.key());
            (PageData::List(page, view), path)
        }
        Job::Term { term, page } => {
            let (view, path) = term_view(shared, term, page);
            let t = &site.terms[term];
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
            (PageData::Term(page, view), path)
        }
        Job::Search => {
            let description = format!(
                "Search the {} documents of {} by words and by company, role and skill.",
                site.docs.len(),
                shared.config.title
            );
            let page = shared.page_view("search", "Search", "search/", description, "search");
            (
                PageData::Search(page, search::search_view(shared)),
                "search/".to_string(),
            )
        }
        Job::SearchIndex | Job::Feed(_) | Job::Sitemap(_) | Job::Robots => {
            unreachable!("non-HTML outputs are made by raw_output")
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
    // Most pages of a preview are the same after an edit: a document page
    // is keyed without building its view, other pages by their view.
    if let (Some(memo), Job::Doc(id)) = (memo, job) {
        let file = url::output_file(&shared.site.docs[id].path);
        let key = doc_page_key(shared, renderer, id, &file);
        if let Some(page) = memo.page(&file, key) {
            return Ok(page);
        }
        let (data, _) = page_data(shared, job);
        return render_page(renderer, &data, file, key);
    }
    let (data, path) = page_data(shared, job);
    let file = url::output_file(&path);
    let key = match memo {
        Some(memo) => {
            let key = cache::key_of(&(renderer.key, &file, &data));
            if let Some(page) = memo.page(&file, key) {
                return Ok(page);
            }
            key
        }
        None => 0,
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

/// The key of document `id`'s page, made of keys alone: the renderer's,
/// the document's own ([`Doc::key`](crate::link::Doc::key)), and those of
/// what the page shows from the rest of the site (its link, which holds
/// its URL and the names of its company and role; the names and URLs of
/// its tags; the documents it is related to and linked from).
fn doc_page_key(shared: &Shared, renderer: &Renderer, id: DocId, file: &str) -> Key {
    use std::hash::{Hash, Hasher};
    let doc = &shared.site.docs[id];
    let mut h = cache::hasher();
    (renderer.key, file, doc.key, shared.docs[id].link_key).hash(&mut h);
    for kind_tags in &doc.tags {
        for &term in kind_tags {
            h.write_u128(shared.terms[term].key);
        }
        h.write_u8(0xff);
    }
    for list in [&doc.related, &doc.backlinks] {
        for &other in list {
            h.write_u128(shared.docs[other].link_key);
        }
        h.write_u8(0xff);
    }
    cache::finish(&h)
}

/// Outputs made without templates: the search index, feeds, sitemaps and
/// robots.txt. With a memo, feeds and the index are keyed by their inputs
/// and reused when unchanged; a changed index is deferred (see
/// [`Page::deferred`]).
fn raw_output(shared: &Shared, job: Job, memo: Option<&PageMemo>) -> Option<Page> {
    let make = || match job {
        Job::SearchIndex => Some(search::index_page(shared.site)),
        Job::Feed(term) => Some(feeds::atom(shared, term)),
        Job::Sitemap(part) => Some(sitemap::sitemap(shared, part)),
        Job::Robots => Some(sitemap::robots(shared)),
        _ => None,
    };
    let (Some(memo), Job::SearchIndex | Job::Feed(_)) = (memo, job) else {
        return make();
    };
    let (file, key) = match job {
        Job::SearchIndex => (search::INDEX_FILE.to_string(), search::index_key(shared)),
        Job::Feed(term) => (
            feeds::feed_path(term.map(|t| shared.site.terms[t].path.as_str())),
            feeds::feed_key(shared, term),
        ),
        _ => unreachable!("only the index and feeds are keyed"),
    };
    if let Some(page) = memo.page(&file, key) {
        return Some(page);
    }
    if job == Job::SearchIndex {
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

fn doc_view<'a>(shared: &'a Shared, id: DocId) -> DocView<'a> {
    let site = shared.site;
    let doc = &site.docs[id];
    let data = &shared.docs[id];
    let mut evidence = Vec::new();
    for kind in TagKind::ALL {
        for (term, ev) in doc.tagged(kind) {
            let (source, quote, line) = match ev {
                Evidence::FrontMatter { line } => ("front matter", "", line.unwrap_or(0)),
                Evidence::Text { quote, line } => ("text", &**quote, *line),
            };
            evidence.push(EvidenceView {
                kind: kind.key(),
                name: &site.terms[term].name,
                url: &shared.terms[term].url,
                source,
                quote,
                line,
                key: shared.terms[term].key,
            });
        }
    }
    DocView {
        title: &doc.title,
        url: &data.url,
        source: &doc.rel,
        shape: match doc.kind {
            crate::load::DocKind::Markdown => "markdown",
            crate::load::DocKind::Text => "text",
        },
        date: &data.date,
        date_human: &data.date_human,
        updated: doc.updated.map(|d| d.ymd()).unwrap_or_default(),
        updated_human: doc.updated.map(|d| d.human()).unwrap_or_default(),
        summary: &doc.summary,
        content: Keyed {
            value: &doc.html,
            key: doc.html_key,
        },
        words: doc.words,
        reading_minutes: doc.words.div_ceil(220).max(1),
        companies: shared.tag_refs(doc, TagKind::Company),
        roles: shared.tag_refs(doc, TagKind::Role),
        skills: shared.tag_refs(doc, TagKind::Skill),
        tags: shared.tag_refs(doc, TagKind::Tag),
        evidence,
        related: shared.doc_links(&doc.related),
        backlinks: shared.doc_links(&doc.backlinks),
        draft: doc.draft,
        extra: Keyed {
            value: &doc.extra,
            // The document's key covers its `extra`.
            key: doc.key,
        },
    }
}

fn term_view<'a>(shared: &'a Shared, term: TermId, page: usize) -> (TermView<'a>, String) {
    let t = &shared.site.terms[term];
    let per = shared.config.paginate_by;
    let total = t.docs.len().div_ceil(per).max(1);
    let page_url = |n: usize| format!("{}{}", shared.base_path, url::page_path(&t.path, n));
    let slice = &t.docs[((page - 1) * per).min(t.docs.len())..(page * per).min(t.docs.len())];
    let rollup = |kind: TagKind| {
        // Roll-ups sit on the first page only; a skill page's own kind is
        // its co-occurring skills, other kinds never list themselves.
        if page != 1 || (t.kind == kind && kind != TagKind::Skill) {
            Vec::new()
        } else {
            // Ranked and cut to `link::ROLLUP_TOP` when the site was linked.
            shared.tag_links(shared.site.rollup(term, kind))
        }
    };
    let view = TermView {
        kind: t.kind.key(),
        kind_label: t.kind.label(),
        kind_plural: t.kind.plural_label(),
        list_url: format!("{}{}/", shared.base_path, t.kind.plural_key()),
        name: &t.name,
        slug: &t.slug,
        url: &shared.terms[term].url,
        count: t.docs.len(),
        documents: shared.doc_links(slice),
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
        companies: rollup(TagKind::Company),
        roles: rollup(TagKind::Role),
        skills: rollup(TagKind::Skill),
        feed_url: format!("{}{}", shared.base_path, feeds::feed_path(Some(&t.path))),
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
        .map(|job| match render_job(shared, renderer, *job, memo) {
            Ok(page) => sink(page).map(|_| None),
            Err(d) => Ok(Some(d)),
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
