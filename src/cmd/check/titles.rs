//! Duplicate titles: documents whose titles are the same, ignoring case
//! and spacing, look alike in every list and cannot be told apart by a
//! `[[wikilink]]`. Each Markdown document of such a group is a warning
//! naming the others; plain-text documents are named but not warned
//! about, since their titles come from their tags and cannot be changed.

use std::collections::{BTreeMap, HashMap};

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::link::wikilink::title_key;
use crate::link::{DocId, Site};
use crate::load::DocKind;
use crate::tag::TaggedDoc;

/// How many other documents a warning names before `and N more`.
const NAMED: usize = 5;

/// A warning for every Markdown document that shares its title with
/// another; the line is the one of its `title:`, where there is one.
pub fn check(site: &Site, sources: &HashMap<&str, &TaggedDoc>) -> Vec<Diagnostic> {
    let mut by_title: BTreeMap<String, Vec<DocId>> = BTreeMap::new();
    for (id, doc) in site.docs.iter().enumerate() {
        by_title.entry(title_key(&doc.title)).or_default().push(id);
    }
    let mut diags = Vec::new();
    for ids in by_title.values().filter(|ids| ids.len() > 1) {
        for &id in ids {
            let doc = &site.docs[id];
            if doc.kind != DocKind::Markdown {
                continue;
            }
            let others: Vec<DocId> = ids.iter().copied().filter(|&o| o != id).collect();
            let mut named: Vec<String> = others
                .iter()
                .take(NAMED)
                .map(|&o| format!("{CONTENT_DIR}/{}", site.docs[o].rel))
                .collect();
            if others.len() > NAMED {
                named.push(format!("{} more", others.len() - NAMED));
            }
            let line = sources
                .get(doc.rel.as_str())
                .and_then(|t| t.doc.meta.lines.get("title").copied());
            let help = match line {
                Some(_) => "give each document a title of its own",
                None => {
                    "the title comes from the tags or the file name: write a `title:` in the front matter"
                }
            };
            let (has, list) = match named.len() {
                1 => ("has", named.join("")),
                n => (
                    "have",
                    format!("{} and {}", named[..n - 1].join(", "), named[n - 1]),
                ),
            };
            diags.push(
                Diagnostic::warning(
                    format!("{CONTENT_DIR}/{}", doc.rel),
                    format!("duplicate title `{}`: {list} {has} it too", doc.title),
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
