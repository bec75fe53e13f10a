//! `dossier tags [--json]`: every document with its tags and where each
//! came from.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::process::ExitCode;

use serde::Serialize;

use crate::cache::Cache;
use crate::cli::TagsArgs;
use crate::config::Overrides;
use crate::diag::{Diagnostic, Severity};
use crate::link::Site;
use crate::tag::{Evidence, TagKind};

/// One document in `dossier tags --json`.
#[derive(Debug, Serialize)]
pub struct DocTags {
    pub source: String,
    pub url: String,
    pub title: String,
    /// `company`, `role`, `skill`, `tag` → names.
    pub tags: BTreeMap<&'static str, Vec<String>>,
    /// `kind:Name` → `front matter` or the quoted passage.
    pub evidence: BTreeMap<String, String>,
    /// `kind:Name` → where the tag stands: its front-matter line, or every
    /// mention in the text with its line, column and byte range.
    pub mentions: BTreeMap<String, Vec<MentionJson>>,
    /// Skill → its vocabulary category ("Go" → "Languages"), for the
    /// skills the vocabulary knows.
    pub categories: BTreeMap<String, String>,
    /// Soft skills recognised in the text and not tagged as skills
    /// (`skills: {soft: true}` in dossier.yaml tags them).
    pub soft_skills: Vec<String>,
    /// `salary`, `location`, … → the value and where it came from.
    pub fields: BTreeMap<&'static str, FieldJson>,
}

/// One field of a document: its value and its evidence.
#[derive(Debug, Serialize)]
pub struct FieldJson {
    /// `"hybrid"`, `"2025-05-03"`, `{"currency": "EUR", "min": 85000, …}`.
    pub value: serde_json::Value,
    /// `front matter`, or the quoted passage.
    pub evidence: String,
    /// Where it stands: the front-matter line, or the span in the text.
    #[serde(flatten)]
    pub at: MentionJson,
}

/// One place a tag stands.
#[derive(Debug, Serialize)]
pub struct MentionJson {
    /// File line (1-based).
    pub line: Option<u32>,
    /// Column of the first character (1-based, in characters); none for front matter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// Byte range in the document's text as read (UTF-8, line ends as `\n`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<u32>,
}

fn mentions_of(ev: &Evidence) -> Vec<MentionJson> {
    match ev {
        Evidence::FrontMatter { line } => vec![MentionJson {
            line: *line,
            column: None,
            start: None,
            end: None,
        }],
        Evidence::Text { mentions, .. } => mentions
            .iter()
            .map(|m| MentionJson {
                line: Some(m.line),
                column: Some(m.column),
                start: Some(m.start),
                end: Some(m.end),
            })
            .collect(),
    }
}

/// A document's fields with their evidence.
fn fields_of(doc: &crate::link::Doc) -> BTreeMap<&'static str, FieldJson> {
    let source = &doc.source;
    source
        .fields
        .shown()
        .into_iter()
        .zip(&source.field_evidence)
        .map(|(shown, (_, ev))| {
            let at = mentions_of(ev).into_iter().next().unwrap_or(MentionJson {
                line: None,
                column: None,
                start: None,
                end: None,
            });
            let field = FieldJson {
                value: shown.value,
                evidence: ev.describe().to_string(),
                at,
            };
            (shown.key, field)
        })
        .collect()
}

/// The tags of every document, in source-path order.
pub fn doc_tags(site: &Site, base_path: &str) -> Vec<DocTags> {
    site.docs
        .iter()
        .map(|doc| {
            let mut tags = BTreeMap::new();
            let mut evidence = BTreeMap::new();
            let mut mentions = BTreeMap::new();
            for kind in TagKind::ALL {
                let names: Vec<String> = doc
                    .tagged(kind)
                    .map(|(id, ev)| {
                        let name = site.terms[id].name.clone();
                        let key = format!("{}:{name}", kind.key());
                        mentions.insert(key.clone(), mentions_of(ev));
                        evidence.insert(key, ev.describe().to_string());
                        name
                    })
                    .collect();
                tags.insert(kind.key(), names);
            }
            DocTags {
                source: doc.rel.clone(),
                url: format!("{base_path}{}", doc.path),
                title: doc.title.clone(),
                tags,
                evidence,
                mentions,
                categories: doc.tags[TagKind::Skill.index()]
                    .iter()
                    .filter_map(|&id| {
                        let t = &site.terms[id];
                        Some((t.name.clone(), t.category.as_deref()?.to_string()))
                    })
                    .collect(),
                soft_skills: doc
                    .source
                    .soft_skills
                    .iter()
                    .map(|t| t.name.clone())
                    .collect(),
                fields: fields_of(doc),
            }
        })
        .collect()
}

/// Prints the tags of every document that could be read. Tags do not
/// depend on links or templates, so problems with those are warnings here;
/// exit 1 only when a document could not be read and so is missing.
pub fn run(args: &TagsArgs) -> anyhow::Result<ExitCode> {
    let root = &args.root.root;
    let overrides = Overrides {
        drafts: args.drafts,
        ..Overrides::default()
    };
    let Some(config) = super::common::load_config(root, &overrides)? else {
        return Ok(ExitCode::from(super::common::FAILURE));
    };
    let mut cache = crate::cache::Cache::default();
    let built = crate::build_site(root, &config, &mut cache, None);
    let listing = listing_diagnostics(&built.diagnostics, &cache);
    let missing = super::common::report(&super::common::from_here(root, &listing));
    let status = if missing {
        ExitCode::from(super::common::FAILURE)
    } else {
        ExitCode::SUCCESS
    };
    let docs = doc_tags(&built.site, &config.base_path());
    if args.json {
        // No styling in JSON: bytes go straight out, buffered, not through
        // the stream that strips colour codes byte by byte.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, &docs)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(status);
    }
    let mut out = anstream::stdout().lock();
    let bold = anstyle::Style::new().bold();
    let dim = anstyle::Style::new().dimmed();
    for (doc, site_doc) in docs.iter().zip(&built.site.docs) {
        writeln!(
            out,
            "{bold}{}{bold:#}  {dim}{} → {}{dim:#}",
            doc.title, doc.source, doc.url
        )?;
        for kind in TagKind::ALL {
            for (id, ev) in site_doc.tagged(kind) {
                let why = why(ev);
                writeln!(
                    out,
                    "  {:<8} {}  {dim}{why}{dim:#}",
                    kind.key(),
                    built.site.terms[id].name
                )?;
            }
        }
        let source = &site_doc.source;
        for (shown, (_, ev)) in source.fields.shown().iter().zip(&source.field_evidence) {
            let why = why(ev);
            writeln!(out, "  {:<10} {}  {dim}{why}{dim:#}", shown.key, shown.text)?;
        }
    }
    Ok(status)
}

/// Why a tag or field is there, for the terminal.
fn why(ev: &Evidence) -> String {
    match ev {
        Evidence::FrontMatter { .. } => "front matter".to_string(),
        Evidence::Text { quote, line, .. } => format!("line {line}: “{quote}”"),
    }
}

/// The problems of a build as they bear on a listing of tags: errors that
/// kept a document (or a folder of them) from being read stay errors;
/// every other error (a broken link, a template, two documents on one
/// URL) becomes a warning, since the tags are known all the same.
fn listing_diagnostics(diags: &[Diagnostic], cache: &Cache) -> Vec<Diagnostic> {
    let unread: BTreeSet<&Diagnostic> = cache
        .sources
        .iter()
        .flat_map(|s| {
            let failed = s.docs.values().filter_map(|e| e.result.as_ref().err());
            s.walk_diagnostics.iter().chain(failed.flatten())
        })
        .collect();
    diags
        .iter()
        .map(|d| Diagnostic {
            severity: if unread.contains(d) {
                d.severity
            } else {
                Severity::Warning
            },
            ..d.clone()
        })
        .collect()
}
