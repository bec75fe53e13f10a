//! Duplicate titles: documents whose titles are the same, ignoring case
//! and spacing, look alike in every list and cannot be told apart by a
//! `[[wikilink]]`. Each is a warning naming the others.

use std::collections::{BTreeMap, HashMap};

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::link::{DocId, Site};
use crate::load::DocKind;
use crate::tag::TaggedDoc;
use crate::wikilink::title_key;

/// A warning for every document that shares its title with another; the
/// line is the one of its `title:`, where there is one.
pub fn check(site: &Site, sources: &HashMap<&str, &TaggedDoc>) -> Vec<Diagnostic> {
    let mut by_title: BTreeMap<String, Vec<DocId>> = BTreeMap::new();
    for (id, doc) in site.docs.iter().enumerate() {
        by_title.entry(title_key(&doc.title)).or_default().push(id);
    }
    let mut diags = Vec::new();
    for ids in by_title.values().filter(|ids| ids.len() > 1) {
        for &id in ids {
            let doc = &site.docs[id];
            let others: Vec<String> = ids
                .iter()
                .filter(|&&o| o != id)
                .map(|&o| format!("{CONTENT_DIR}/{}", site.docs[o].rel))
                .collect();
            let line = sources
                .get(doc.rel.as_str())
                .and_then(|t| t.doc.meta.lines.get("title").copied());
            let help = match (doc.kind, line) {
                (_, Some(_)) => "give each document a title of its own".to_string(),
                (DocKind::Markdown, None) => {
                    "the title comes from the tags or the file name: write a `title:` in the front matter".to_string()
                }
                (DocKind::Text, None) => {
                    "a text file's title comes from its role and company, or its file name: if it is the same posting twice, keep one".to_string()
                }
            };
            diags.push(
                Diagnostic::warning(
                    format!("{CONTENT_DIR}/{}", doc.rel),
                    format!(
                        "duplicate title `{}`: {} has it too",
                        doc.title,
                        others.join(", ")
                    ),
                )
                .at(line)
                .with_help(help),
            );
        }
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_compare_without_case_or_spacing() {
        for (a, b, same) in [
            (
                "Backend Engineer at Acme",
                "backend  engineer at ACME",
                true,
            ),
            ("Backend Engineer", "Backend Engineers", false),
        ] {
            assert_eq!(title_key(a) == title_key(b), same, "{a} / {b}");
        }
    }
}
