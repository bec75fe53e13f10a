//! URL paths: tagged documents → where each is published (a clash with
//! another document or with dossier's own pages is an error naming both),
//! and the path arithmetic of links written in documents.

use std::collections::HashMap;
use std::sync::Arc;

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::tag::TaggedDoc;

/// Top-level URL folders that belong to dossier's own pages.
pub const RESERVED: &[&str] = &[
    "companies",
    "roles",
    "levels",
    "skills",
    "tags",
    "search",
    "page",
    "profile",
    "compare",
    "pipeline",
];

/// URL paths of documents; clashes with each other or with dossier's own
/// pages are errors naming both files.
pub(super) fn assign_paths(tagged: &[&Arc<TaggedDoc>], diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut seen: HashMap<&str, &str> = HashMap::with_capacity(tagged.len());
    let mut paths = Vec::with_capacity(tagged.len());
    for t in tagged {
        let doc = &t.doc;
        let path = doc.path.clone();
        let top = path.split('/').next().unwrap_or("");
        if RESERVED.contains(&top) {
            diags.push(
                Diagnostic::error(
                    doc.shown_path(),
                    format!(
                        "would be published at /{path}, where dossier puts its own {top} pages"
                    ),
                )
                .at(doc.meta.lines.get("slug").copied())
                .with_help(format!(
                    "move it out of a top-level folder named `{top}`, or rename it"
                )),
            );
        } else if let Some(other) = seen.get(path.as_str()) {
            diags.push(
                Diagnostic::error(
                    doc.shown_path(),
                    format!(
                        "this document and {CONTENT_DIR}/{other} would both be published at /{path}"
                    ),
                )
                .at(doc.meta.lines.get("slug").copied())
                .with_help(
                    "rename one of the files, or give one a different `slug:` in its front matter",
                ),
            );
        } else {
            seen.insert(&doc.path, &doc.rel);
        }
        paths.push(path);
    }
    paths
}

/// The folder of a document's source path, against which its relative
/// links resolve.
pub(crate) fn dir_of(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(d, _)| d)
}

pub(crate) fn has_scheme(dest: &str) -> bool {
    match dest.find(':') {
        Some(i) => {
            let scheme = &dest[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// `dir` + relative `path`, with `.` and `..` resolved; `None` if it leaves
/// the content folder.
pub(crate) fn join_rel(dir: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Decodes `%20` and friends; invalid sequences stay as written.
pub(crate) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_join() {
        for (dir, path, want) in [
            ("notes", "a.md", Some("notes/a.md")),
            ("notes", "../jobs/a.txt", Some("jobs/a.txt")),
            ("", "./x/y.md", Some("x/y.md")),
            ("", "../a.md", None),
        ] {
            assert_eq!(join_rel(dir, path).as_deref(), want, "{dir} + {path}");
        }
    }

    #[test]
    fn schemes() {
        for (dest, want) in [
            ("https://x.io", true),
            ("mailto:a@b.c", true),
            ("a.md", false),
            ("../a:b.md", false),
            ("C:thing", true),
        ] {
            assert_eq!(has_scheme(dest), want, "dest: {dest:?}");
        }
    }

    #[test]
    fn percent_escapes_decode() {
        assert_eq!(
            percent_decode("Offer%20comparison.md"),
            "Offer comparison.md"
        );
        assert_eq!(percent_decode("100%"), "100%");
    }
}
