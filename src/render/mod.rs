//! Render: the [`Site`] → pages. Builds the view structs of every page and
//! runs the theme's Tera templates, compiled once per build.
//!
//! Pages are produced one at a time (in parallel) and handed to a sink, so a
//! build never holds the whole output in memory.

pub mod feeds;
pub mod search;
pub mod sitemap;
pub mod views;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::link::{Doc, DocId, Site, TermId, newest_first};
use crate::tag::{Evidence, TagKind};
use crate::theme::Theme;
use crate::url;
use views::*;

/// How many documents and tags the home page lists.
pub const HOME_RECENT: usize = 12;
pub const HOME_TOP: usize = 12;
/// How many companies, roles and skills a tag page's roll-ups list.
pub const ROLLUP_TOP: usize = 20;

/// One output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// File path relative to the output folder: `skills/go/index.html`.
    pub file: String,
    pub bytes: Vec<u8>,
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
    let mut jobs = vec![Job::Home, Job::NotFound];
    jobs.extend((0..site.docs.len()).map(Job::Doc));
    jobs.extend(TagKind::ALL.iter().map(|k| Job::List(*k)));
    for (term, t) in site.terms.iter().enumerate() {
        let pages = t.docs.len().div_ceil(config.paginate_by).max(1);
        jobs.extend((1..=pages).map(|page| Job::Term { term, page }));
    }
    jobs.extend([Job::Search, Job::SearchIndex, Job::Robots, Job::Feed(None)]);
    jobs.extend((0..site.terms.len()).map(|t| Job::Feed(Some(t))));
    jobs.extend((0..sitemap::jobs(site, config)).map(Job::Sitemap));
    jobs
}

/// The theme's templates, compiled, with the site-wide `site` variable.
pub struct Renderer {
    tera: Tera,
    origins: HashMap<String, String>,
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
        Ok(Renderer { tera, origins })
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

/// Data every page shares, computed once per build.
pub struct Shared<'a> {
    pub site: &'a Site,
    pub config: &'a Config,
    base_path: String,
    doc_links: Vec<DocLink>,
    tag_links: Vec<TagLink>,
}

impl<'a> Shared<'a> {
    /// Pre-renders the links every page lists, once.
    pub fn new(site: &'a Site, config: &'a Config) -> Shared<'a> {
        let base_path = config.base_path();
        let first = |doc: &Doc, kind: TagKind| {
            doc.tags[kind.index()]
                .first()
                .map(|(id, _)| site.terms[*id].name.clone())
                .unwrap_or_default()
        };
        let doc_links = site
            .docs
            .iter()
            .map(|doc| DocLink {
                title: doc.title.clone(),
                url: format!("{base_path}{}", doc.path),
                date: doc.date.map(|d| d.ymd()).unwrap_or_default(),
                date_human: doc.date.map(|d| d.human()).unwrap_or_default(),
                summary: doc.summary.clone(),
                company: first(doc, TagKind::Company),
                role: first(doc, TagKind::Role),
            })
            .collect();
        let tag_links = site
            .terms
            .iter()
            .map(|t| TagLink {
                name: t.name.clone(),
                url: format!("{base_path}{}", t.path),
                count: t.docs.len(),
                percent: 100,
            })
            .collect();
        Shared {
            site,
            config,
            base_path,
            doc_links,
            tag_links,
        }
    }

    fn page_view(
        &self,
        kind: &str,
        title: &str,
        path: &str,
        description: &str,
        section: &str,
    ) -> PageView {
        let url = format!("{}{path}", self.base_path);
        let permalink = if self.config.has_host() {
            format!("{}{path}", self.config.base_url())
        } else {
            url.clone()
        };
        PageView {
            kind: kind.to_string(),
            title: title.to_string(),
            url,
            permalink,
            description: description.to_string(),
            section: section.to_string(),
        }
    }

    fn tags_of(&self, doc: &Doc, kind: TagKind) -> Vec<TagLink> {
        doc.tags[kind.index()]
            .iter()
            .map(|(id, _)| self.tag_links[*id].clone())
            .collect()
    }

    fn doc_links(&self, ids: &[DocId]) -> Vec<DocLink> {
        ids.iter().map(|&id| self.doc_links[id].clone()).collect()
    }

    /// Tags of one kind over a set of documents, most frequent first.
    fn rollup(
        &self,
        docs: &[DocId],
        kind: TagKind,
        exclude: Option<TermId>,
        top: usize,
    ) -> Vec<TagLink> {
        let mut counts: BTreeMap<TermId, usize> = BTreeMap::new();
        for &d in docs {
            for (id, _) in &self.site.docs[d].tags[kind.index()] {
                if Some(*id) != exclude {
                    *counts.entry(*id).or_default() += 1;
                }
            }
        }
        ranked(counts, top, &self.tag_links)
    }
}

/// Tag counts → links, most documents first (ties by name), with bar widths.
fn ranked(counts: BTreeMap<TermId, usize>, top: usize, tag_links: &[TagLink]) -> Vec<TagLink> {
    let mut list: Vec<(TermId, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| {
            tag_links[a.0]
                .name
                .to_lowercase()
                .cmp(&tag_links[b.0].name.to_lowercase())
        })
    });
    list.truncate(top);
    let max = list.first().map_or(1, |(_, c)| *c).max(1);
    list.into_iter()
        .map(|(id, count)| TagLink {
            count,
            percent: count * 100 / max,
            ..tag_links[id].clone()
        })
        .collect()
}

/// The `site` variable.
pub fn site_view(site: &Site, config: &Config, theme: &Theme) -> SiteView {
    let base_path = config.base_path();
    let count = |k: TagKind| site.by_kind[k.index()].len();
    let static_url = |name: &str| {
        let hash = theme
            .statics
            .get(name)
            .map(|f| blake3::hash(&f.content).to_hex()[..10].to_string())
            .unwrap_or_default();
        format!("{base_path}{name}?v={hash}")
    };
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

/// Renders one page.
pub fn render_job(shared: &Shared, renderer: &Renderer, job: Job) -> Result<Page, Diagnostic> {
    let site = shared.site;
    let mut ctx = Context::new();
    let (template, path) = match job {
        Job::Home => {
            let mut recent: Vec<DocId> = (0..site.docs.len()).collect();
            recent.sort_by(|&a, &b| newest_first(&site.docs[a], &site.docs[b]).then(a.cmp(&b)));
            recent.truncate(HOME_RECENT);
            let top = |k: TagKind| {
                let counts = site.by_kind[k.index()]
                    .iter()
                    .map(|&id| (id, site.terms[id].docs.len()))
                    .collect();
                ranked(counts, HOME_TOP, &shared.tag_links)
            };
            let home = HomeView {
                recent: shared.doc_links(&recent),
                companies: top(TagKind::Company),
                roles: top(TagKind::Role),
                skills: top(TagKind::Skill),
            };
            ctx.insert(
                "page",
                &shared.page_view(
                    "home",
                    &shared.config.title,
                    "",
                    &shared.config.description,
                    "home",
                ),
            );
            ctx.insert("home", &home);
            ("index.html", String::new())
        }
        Job::NotFound => {
            ctx.insert(
                "page",
                &shared.page_view(
                    "404",
                    "Page not found",
                    "404.html",
                    "This page does not exist.",
                    "",
                ),
            );
            ("404.html", "404.html".to_string())
        }
        Job::Doc(id) => {
            let doc = &site.docs[id];
            let view = doc_view(shared, doc);
            ctx.insert(
                "page",
                &shared.page_view("document", &doc.title, &doc.path, &doc.summary, ""),
            );
            ctx.insert("doc", &view);
            ("document.html", doc.path.clone())
        }
        Job::List(kind) => {
            let mut terms: Vec<TagLink> = site.by_kind[kind.index()]
                .iter()
                .map(|&id| shared.tag_links[id].clone())
                .collect();
            let max = terms.iter().map(|t| t.count).max().unwrap_or(1).max(1);
            for t in &mut terms {
                t.percent = t.count * 100 / max;
            }
            let path = format!("{}/", kind.plural_key());
            let view = ListView {
                kind: kind.key().to_string(),
                kind_label: kind.label().to_string(),
                kind_plural: kind.plural_label().to_string(),
                url: format!("{}{path}", shared.base_path),
                terms,
            };
            let description = format!(
                "All {} in {}, with their number of documents.",
                kind.plural_label().to_lowercase(),
                shared.config.title
            );
            ctx.insert(
                "page",
                &shared.page_view("list", kind.plural_label(), &path, &description, kind.key()),
            );
            ctx.insert("list", &view);
            ("list.html", path)
        }
        Job::Term { term, page } => {
            let (view, path) = term_view(shared, term, page);
            let t = &site.terms[term];
            let title = if page > 1 {
                format!("{} (page {page})", t.name)
            } else {
                t.name.clone()
            };
            let description = format!(
                "{} {} about the {} {}.",
                t.docs.len(),
                if t.docs.len() == 1 {
                    "document"
                } else {
                    "documents"
                },
                t.kind.label().to_lowercase(),
                t.name
            );
            ctx.insert(
                "page",
                &shared.page_view("term", &title, &path, &description, t.kind.key()),
            );
            ctx.insert("term", &view);
            ("term.html", path)
        }
        Job::Search => {
            let description = format!(
                "Search the {} documents of {} by words and by company, role and skill.",
                site.docs.len(),
                shared.config.title
            );
            ctx.insert(
                "page",
                &shared.page_view("search", "Search", "search/", &description, "search"),
            );
            ctx.insert("search", &search::search_view(shared));
            ("search.html", "search/".to_string())
        }
        Job::SearchIndex => return Ok(search::index_page(shared)),
        Job::Feed(term) => return Ok(feeds::atom(shared, term)),
        Job::Sitemap(part) => return Ok(sitemap::sitemap(shared, part)),
        Job::Robots => return Ok(sitemap::robots(shared)),
    };
    let file = url::output_file(&path);
    let bytes = renderer.render(template, &ctx, &file)?;
    Ok(Page { file, bytes })
}

fn doc_view(shared: &Shared, doc: &Doc) -> DocView {
    let site = shared.site;
    let mut evidence = Vec::new();
    for kind in TagKind::ALL {
        for (id, ev) in &doc.tags[kind.index()] {
            let (source, quote, line) = match ev {
                Evidence::FrontMatter { line } => {
                    ("front matter", String::new(), line.unwrap_or(0))
                }
                Evidence::Text { quote, line } => ("text", quote.clone(), *line),
            };
            evidence.push(EvidenceView {
                kind: kind.key().to_string(),
                name: site.terms[*id].name.clone(),
                url: shared.tag_links[*id].url.clone(),
                source: source.to_string(),
                quote,
                line,
            });
        }
    }
    DocView {
        title: doc.title.clone(),
        url: format!("{}{}", shared.base_path, doc.path),
        source: doc.rel.clone(),
        shape: match doc.kind {
            crate::load::DocKind::Markdown => "markdown",
            crate::load::DocKind::Text => "text",
        }
        .to_string(),
        date: doc.date.map(|d| d.ymd()).unwrap_or_default(),
        date_human: doc.date.map(|d| d.human()).unwrap_or_default(),
        updated: doc.updated.map(|d| d.ymd()).unwrap_or_default(),
        updated_human: doc.updated.map(|d| d.human()).unwrap_or_default(),
        summary: doc.summary.clone(),
        content: doc.html.clone(),
        words: doc.words,
        reading_minutes: doc.words.div_ceil(220).max(1),
        companies: shared.tags_of(doc, TagKind::Company),
        roles: shared.tags_of(doc, TagKind::Role),
        skills: shared.tags_of(doc, TagKind::Skill),
        tags: shared.tags_of(doc, TagKind::Tag),
        evidence,
        related: shared.doc_links(&doc.related),
        backlinks: shared.doc_links(&doc.backlinks),
        draft: doc.draft,
        extra: doc.extra.clone(),
    }
}

fn term_view(shared: &Shared, term: TermId, page: usize) -> (TermView, String) {
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
            shared.rollup(&t.docs, kind, Some(term), ROLLUP_TOP)
        }
    };
    let view = TermView {
        kind: t.kind.key().to_string(),
        kind_label: t.kind.label().to_string(),
        kind_plural: t.kind.plural_label().to_string(),
        list_url: format!("{}{}/", shared.base_path, t.kind.plural_key()),
        name: t.name.clone(),
        slug: t.slug.clone(),
        url: page_url(1),
        count: t.docs.len(),
        documents: shared.doc_links(slice),
        pagination: Pagination {
            current: page,
            total,
            prev: (page > 1).then(|| page_url(page - 1)),
            next: (page < total).then(|| page_url(page + 1)),
            pages: (1..=total)
                .map(|n| PageLink {
                    number: n,
                    url: page_url(n),
                    current: n == page,
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

/// Renders every page in parallel, handing each to `sink`; returns every
/// template error (and stops handing pages on the first sink failure).
pub fn render_all(
    shared: &Shared,
    renderer: &Renderer,
    jobs: &[Job],
    sink: &(dyn Fn(Page) -> anyhow::Result<()> + Sync),
) -> anyhow::Result<Vec<Diagnostic>> {
    let results: Vec<anyhow::Result<Option<Diagnostic>>> = jobs
        .par_iter()
        .map(|job| match render_job(shared, renderer, *job) {
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
