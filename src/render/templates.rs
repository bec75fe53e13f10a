//! Templates: the theme → its Tera templates compiled once per build
//! ([`Renderer`]), with the site-wide `site` variable; template errors
//! become diagnostics naming the template file and line.

use std::collections::HashMap;

use tera::{Context, Tera};

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::hash::{self, Key};
use crate::link::Site;
use crate::tag::TagKind;
use crate::theme::Theme;

use super::feeds;
use super::views::{Counts, KindLink, SiteView};

/// The theme's templates, compiled, with the site-wide `site` variable.
pub struct Renderer {
    tera: Tera,
    origins: HashMap<String, String>,
    /// Hash of the templates and of `site`: part of every page's key.
    pub(super) key: Key,
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
        hash::key_of(&(
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

    pub(super) fn render(
        &self,
        template: &str,
        context: &Context,
        file: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
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

/// The `site` variable.
pub fn site_view(site: &Site, config: &Config) -> SiteView {
    let base_path = config.base_path();
    let count = |k: TagKind| site.by_kind[k.index()].len();
    // No content hash in the URL: a stylesheet edit then changes only the
    // stylesheet, which `serve` swaps in open pages without reloading them.
    let static_url = |name: &str| format!("{base_path}{name}");
    let own_url = |on: bool, path: &str| {
        if on {
            format!("{base_path}{path}")
        } else {
            String::new()
        }
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
        anchor_script: static_url("anchors.js"),
        profile_url: own_url(site.own.profile, "profile/"),
        pipeline_url: own_url(site.own.pipeline, "pipeline/"),
        compare_url: own_url(site.own.compare, "compare/"),
        counts: Counts {
            documents: site.docs.len(),
            companies: count(TagKind::Company),
            roles: count(TagKind::Role),
            levels: count(TagKind::Level),
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
