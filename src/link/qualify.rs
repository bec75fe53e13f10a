//! Titles told apart: each document's title, source path and whether it is
//! an analysis → what lists add to its title where another document has
//! the same one, so that no two entries of a list or of search results
//! read alike. A posting and its analysis ("AI Engineer at PepsiCo" from
//! the tags of both) read "AI Engineer at PepsiCo" and "AI Engineer at
//! PepsiCo (analysis)"; where that is not enough (two postings, or two
//! analyses, of one title), each of them shows its file name, or its
//! source path where two of them share a file name.

use std::collections::HashMap;
use std::sync::Arc;

use super::wikilink::title_key;

/// The qualifier of an analysis whose title another document shares.
pub const ANALYSIS: &str = "analysis";

/// What a document's listings need to know to tell it apart.
pub(super) struct Listed<'a> {
    pub title: &'a str,
    /// Source path relative to `content/`.
    pub rel: &'a str,
    /// See [`is_analysis`].
    pub analysis: bool,
}

/// Whether a document is an analysis of a role or company rather than a
/// posting or note: one of its section headings (`headings`, their texts)
/// reads "… Analysis" (`Job Analysis:`, `Company Analysis:`, `## Analysis`).
pub fn is_analysis<'a>(headings: impl IntoIterator<Item = &'a str>) -> bool {
    headings.into_iter().any(|text| {
        let text = text.trim_end_matches([':', ' ']);
        text.len() >= ANALYSIS.len()
            && text.is_char_boundary(text.len() - ANALYSIS.len())
            && text[text.len() - ANALYSIS.len()..].eq_ignore_ascii_case(ANALYSIS)
    })
}

/// For each document, in the same order, what its listings add to its
/// title: nothing when no other document has its title (ignoring case and
/// spacing); else `analysis` for the one analysis of that title, nothing
/// for the one other document, and the file name (see [`by_file`]) for
/// each of two or more analyses, or two or more others, of that title.
pub(super) fn qualifiers(docs: &[Listed]) -> Vec<Option<Arc<str>>> {
    // Per title, the documents of each side: others, analyses.
    let mut by_title: HashMap<String, [Vec<usize>; 2]> = HashMap::with_capacity(docs.len());
    for (id, d) in docs.iter().enumerate() {
        by_title.entry(title_key(d.title)).or_default()[d.analysis as usize].push(id);
    }
    let mut out = vec![None; docs.len()];
    for [others, analyses] in by_title.values() {
        if others.len() + analyses.len() < 2 {
            continue;
        }
        match analyses.as_slice() {
            [one] => out[*one] = Some(ANALYSIS.into()),
            many => by_file(docs, many, &mut out),
        }
        if others.len() > 1 {
            by_file(docs, others, &mut out);
        }
    }
    out
}

/// Qualifies each of `ids` (documents of one title) by its file name, or
/// by its source path where another of them has the same file name: the
/// shortest of the two that tells them apart.
fn by_file(docs: &[Listed], ids: &[usize], out: &mut [Option<Arc<str>>]) {
    let name = |id: usize| docs[id].rel.rsplit('/').next().unwrap_or(docs[id].rel);
    let mut names: HashMap<&str, usize> = HashMap::with_capacity(ids.len());
    for &id in ids {
        *names.entry(name(id)).or_default() += 1;
    }
    for &id in ids {
        let q = if names[name(id)] > 1 {
            docs[id].rel
        } else {
            name(id)
        };
        out[id] = Some(q.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_headed_analysis_makes_an_analysis() {
        for (headings, want) in [
            (vec!["Job Analysis", "Company Analysis"], true),
            (vec!["Overview", "Company analysis:"], true),
            (vec!["Analysis"], true),
            (vec!["Overview", "Qualifications"], false),
            (vec!["Data Analysis Tools and Methods"], false),
            (vec!["Ánálysis"], false),
            (vec![], false),
        ] {
            assert_eq!(
                is_analysis(headings.clone()),
                want,
                "headings: {headings:?}"
            );
        }
    }

    #[test]
    fn only_documents_sharing_a_title_are_qualified() {
        let d = |title, rel, analysis| Listed {
            title,
            rel,
            analysis,
        };
        for (label, docs, want) in [
            (
                "a posting and its analysis",
                vec![
                    d("AI Engineer at PepsiCo", "postings/pepsico.txt", false),
                    d("AI Engineer at PepsiCo", "analyses/pepsico.txt", true),
                    d("Research Engineer at OpenAI", "postings/openai.md", false),
                ],
                vec![None, Some("analysis"), None],
            ),
            (
                "titles differing in case and spacing only",
                vec![
                    d("Data  Engineer at Acme", "a.md", false),
                    d("data engineer at acme", "b.md", false),
                ],
                vec![Some("a.md"), Some("b.md")],
            ),
            (
                "two postings and an analysis",
                vec![
                    d("SWE at Acme", "jobs/a.txt", false),
                    d("SWE at Acme", "jobs/b.txt", false),
                    d("SWE at Acme", "analyses/a.txt", true),
                ],
                vec![Some("a.txt"), Some("b.txt"), Some("analysis")],
            ),
            (
                "two analyses",
                vec![
                    d("SWE at Acme", "x/a.txt", true),
                    d("SWE at Acme", "y/a.txt", true),
                ],
                vec![Some("x/a.txt"), Some("y/a.txt")],
            ),
            (
                "two analyses in one folder, and one of a file name elsewhere",
                vec![
                    d("SWE at Acme", "an/acme-1.txt", true),
                    d("SWE at Acme", "an/acme-2.txt", true),
                    d("SWE at Acme", "old/acme-2.txt", true),
                ],
                vec![
                    Some("acme-1.txt"),
                    Some("an/acme-2.txt"),
                    Some("old/acme-2.txt"),
                ],
            ),
            (
                "an analysis alone",
                vec![d("SWE at Acme", "a.txt", true)],
                vec![None],
            ),
        ] {
            let got = qualifiers(&docs);
            let got: Vec<Option<&str>> = got.iter().map(|q| q.as_deref()).collect();
            assert_eq!(got, want, "{label}");
        }
    }
}
