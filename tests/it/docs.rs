//! The documentation keeps up with the program: the config reference
//! lists every key at its default, the template reference names every
//! variable templates receive, and the README starts with the two commands
//! a newcomer runs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use dossier::config::Config;

use crate::support::*;

fn doc(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

/// `| `key` | `default` | meaning |` rows → key → default as YAML.
fn config_table(text: &str) -> BTreeMap<String, serde_json::Value> {
    let mut rows = BTreeMap::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 4 || !cells[1].starts_with('`') {
            continue;
        }
        let key = cells[1].trim_matches('`').to_string();
        let default = cells[2]
            .strip_prefix('`')
            .and_then(|d| d.strip_suffix('`'))
            .unwrap_or_else(|| panic!("default of {key} is not one `value`: {}", cells[2]));
        let value: serde_yaml::Value =
            serde_yaml::from_str(default).unwrap_or_else(|e| panic!("default of {key}: {e}"));
        let previous = rows.insert(key.clone(), serde_json::to_value(value).unwrap());
        assert!(previous.is_none(), "{key} is listed twice");
    }
    rows
}

#[test]
fn config_reference_lists_every_key_at_its_default() {
    let documented = config_table(&doc("docs/config.md"));
    let actual = dossier::cmd::config_keys(&serde_json::to_value(Config::default()).unwrap());
    // Defaults that YAML reads as another type than JSON writes them.
    let same = |a: &serde_json::Value, b: &serde_json::Value| {
        a == b || a.as_str().is_some_and(|s| Some(s) == b.as_str())
    };
    let doc_keys: BTreeSet<&String> = documented.keys().collect();
    let real_keys: BTreeSet<&String> = actual.keys().collect();
    assert_eq!(doc_keys, real_keys, "keys of docs/config.md and of Config");
    for (key, value) in &actual {
        assert!(
            same(&documented[key], value),
            "default of {key}: docs say {}, Config says {value}",
            documented[key]
        );
    }
}

#[test]
fn template_reference_names_every_variable() {
    // Each template prints what it receives; every key must be documented.
    let f = fixture("build/basic");
    // A profile, a posting with a status and unknown keys: the pages and
    // variables about you exist.
    f.write(
        "dossier.yaml",
        "profile:\n  skills: [Go]\n  roles: [Backend Engineer]\n  locations: [Berlin]\n",
    );
    f.write(
        "content/jobs/posting.md",
        "---\nstatus: applied\napplied: 2025-03-01\nurl: https://jobs.example.com/1\nreferrer: Ana\n---\nBackend Engineer\n\nAcme · Berlin · Full-time · €80k–€90k\n\n## Requirements\n\n- Go and Kafka\n\n## Nice to have\n\n- Rust\n",
    );
    for template in [
        "index.html",
        "document.html",
        "term.html",
        "list.html",
        "search.html",
        "profile.html",
        "404.html",
    ] {
        f.write(
            &format!("themes/default/templates/{template}"),
            "<main>{{ __tera_context | safe }}</main>",
        );
    }
    f.build(&[]).ok();
    let mut keys = BTreeSet::new();
    for page in [
        "index.html",
        "jobs/acme-backend/index.html",
        "jobs/plain/index.html",
        "jobs/posting/index.html",
        "profile/index.html",
        "skills/go/index.html",
        "skills/index.html",
        "search/index.html",
        "404.html",
    ] {
        keys.extend(context_keys(&f.read(&format!("public/{page}"))));
    }
    let reference = doc("docs/templates.md");
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| !reference.contains(&format!("`{k}`")))
        .collect();
    assert!(missing.is_empty(), "not in docs/templates.md: {missing:?}");
    for must in [
        "title",
        "doc",
        "term",
        "pagination",
        "evidence",
        "percent",
        "standing",
        "ranked",
        "lacking",
        "details",
        "application",
    ] {
        assert!(keys.contains(must), "the dump lost {must}: {keys:?}");
    }
    for file in files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates"))
    {
        assert!(
            reference.contains(&format!("`{file}`")),
            "{file} is not documented"
        );
    }
}

/// The keys `"name": ` of Tera's context dump, leaving out the user's own
/// keys under `extra`.
fn context_keys(dump: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut rest = dump;
    while let Some(at) = rest.find("\": ") {
        let before = &rest[..at];
        let start = before.rfind('"').map_or(0, |i| i + 1);
        let key = &before[start..];
        rest = &rest[at + 3..];
        if key == "extra" && rest.starts_with('{') {
            // Skip the object: its keys are the user's.
            let mut depth = 0;
            for (i, c) in rest.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    rest = &rest[i + 1..];
                    break;
                }
            }
        }
        if !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            keys.insert(key.to_string());
        }
    }
    keys
}

#[test]
fn readme_starts_with_the_two_commands() {
    let readme = doc("README.md");
    let block = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    let commands: Vec<&str> = block
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .collect();
    assert_eq!(commands, ["cargo run --release -- serve", "cargo test"]);
    for page in [
        "config",
        "formats",
        "import",
        "templates",
        "urls",
        "publishing",
        "performance",
    ] {
        let link = format!("docs/{page}.md");
        assert!(readme.contains(&link), "README links {link}");
        doc(&link);
    }
}
