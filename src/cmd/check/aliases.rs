//! Possible aliases: tags of one kind whose names differ only in case,
//! spacing and punctuation (`Node.js` / `NodeJS`, `Acme Corp` /
//! `AcmeCorp`) have different URLs, so they are two tags. Each less used
//! spelling is a warning naming every file and line where it appears (and
//! the first few of the most used one), with the line of `dossier.yaml`
//! that makes them one.

use std::collections::BTreeMap;

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::link::{Site, TermId};
use crate::tag::{Evidence, TagKind};

/// How many places of the most used spelling a warning names.
const KEPT_PLACES: usize = 5;

/// The letters and digits of a name, lower case, with the `+` and `#`
/// that tell `C`, `C++` and `C#` apart: names with the same key differ
/// only in spelling.
pub fn spelling_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '+' | '#'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A warning for each tag whose name is another spelling of a more used tag.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut groups: BTreeMap<(TagKind, String), Vec<TermId>> = BTreeMap::new();
    for (id, term) in site.terms.iter().enumerate() {
        let key = spelling_key(&term.name);
        if !key.is_empty() {
            groups.entry((term.kind, key)).or_default().push(id);
        }
    }
    let mut diags = Vec::new();
    for ((kind, _), mut ids) in groups {
        if ids.len() < 2 {
            continue;
        }
        // The most used spelling first: it is the one to keep.
        ids.sort_by(|&a, &b| {
            let (ta, tb) = (&site.terms[a], &site.terms[b]);
            tb.docs
                .len()
                .cmp(&ta.docs.len())
                .then(ta.name.cmp(&tb.name))
        });
        let places: Vec<Vec<(String, Option<u32>)>> =
            ids.iter().map(|&id| places_of(site, id)).collect();
        let listed: Vec<String> = ids
            .iter()
            .zip(&places)
            .enumerate()
            .map(|(i, (&id, at))| {
                // The spelling to keep may be on hundreds of documents: a
                // few show it; the other spellings, to be fixed, show all.
                let shown = if i == 0 { KEPT_PLACES } else { at.len() };
                let mut at: Vec<String> = at
                    .iter()
                    .take(shown)
                    .map(|(p, l)| location(p, *l))
                    .collect();
                if i == 0 && places[0].len() > KEPT_PLACES {
                    at.push(format!("{} more", places[0].len() - KEPT_PLACES));
                }
                format!("`{}` ({})", site.terms[id].name, at.join(", "))
            })
            .collect();
        let keep = &site.terms[ids[0]].name;
        for (&id, at) in ids.iter().zip(&places).skip(1) {
            let name = &site.terms[id].name;
            let Some((path, line)) = at.first() else {
                continue;
            };
            diags.push(
                Diagnostic::warning(
                    path.clone(),
                    format!(
                        "possible alias: the {} {} differ only in spelling but are separate tags",
                        kind.plural_key(),
                        listed.join(" and "),
                    ),
                )
                .at(*line)
                .with_help(help(kind, keep, name)),
            );
        }
    }
    diags
}

/// Where documents carry the tag: file and line of the front-matter key or
/// of the matched text, in document order.
fn places_of(site: &Site, id: TermId) -> Vec<(String, Option<u32>)> {
    let term = &site.terms[id];
    let mut docs = term.docs.clone();
    docs.sort_unstable();
    docs.iter()
        .filter_map(|&d| {
            let doc = &site.docs[d];
            let (_, evidence) = doc.tagged(term.kind).find(|(t, _)| *t == id)?;
            let line = match evidence {
                Evidence::FrontMatter { line } => *line,
                Evidence::Text { line, .. } => Some(*line),
            };
            Some((format!("{CONTENT_DIR}/{}", doc.rel), line))
        })
        .collect()
}

fn location(path: &str, line: Option<u32>) -> String {
    match line {
        Some(line) => format!("{path}:{line}"),
        None => path.to_string(),
    }
}

/// How to make `alias` a spelling of `keep`.
fn help(kind: TagKind, keep: &str, alias: &str) -> String {
    let section = match kind {
        TagKind::Company => "companies",
        TagKind::Skill => "skills",
        TagKind::Role | TagKind::Level => {
            return format!(
                "if they are one {}, write `{}: {}` in each document that says `{alias}`",
                kind.key(),
                kind.key(),
                yaml_name(keep)
            );
        }
        TagKind::Tag => {
            return format!(
                "if they are one tag, write `{}` in the `tags:` of each document that says `{alias}`",
                yaml_name(keep)
            );
        }
    };
    format!(
        "if they are one {}, add the alias to dossier.yaml: `vocabulary: {{{section}: {{{}: [{}]}}}}`",
        kind.key(),
        yaml_name(keep),
        yaml_name(alias)
    )
}

/// A name as a YAML flow scalar: as it is when that is safe, else quoted.
fn yaml_name(name: &str) -> String {
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_' | '+' | '/'))
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && !name.ends_with(' ');
    if plain {
        name.to_string()
    } else {
        serde_json::to_string(name).unwrap_or_else(|_| format!("{name:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_that_differ_only_in_punctuation_share_a_key() {
        for (a, b, same) in [
            ("Node.js", "NodeJS", true),
            ("Acme Corp", "AcmeCorp", true),
            ("CI/CD", "CICD", true),
            ("C", "C++", false),
            ("C", "C#", false),
            ("Go", "Rust", false),
        ] {
            assert_eq!(spelling_key(a) == spelling_key(b), same, "{a} / {b}");
        }
    }

    #[test]
    fn help_is_yaml_that_parses_to_the_alias() {
        let help = help(TagKind::Company, "Acme Corp", "AcmeCorp");
        let yaml = help.split('`').nth(1).expect("quoted config");
        let config: crate::config::Config = serde_yaml::from_str(yaml).expect("valid config");
        assert_eq!(
            config.vocabulary.companies.get("Acme Corp"),
            Some(&vec!["AcmeCorp".to_string()])
        );
        for name in ["C#", "Node.js", "a: b", "[x]"] {
            let yaml = format!("{{skills: {{{}: [x]}}}}", yaml_name(name));
            let v: crate::config::VocabConfig = serde_yaml::from_str(&yaml).expect("valid YAML");
            assert!(v.skills.contains_key(name), "name: {name:?}");
        }
    }
}
