//! Invariants over generated input (proptest): slugs are URL-safe and
//! stable; every link of a built site stays inside the site; the output is
//! the same bytes whatever the number of threads.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;

use crate::support::*;

/// File names with distinct slugs, some with symbols and accents (none
/// starting with `.`: hidden files are not documents).
const NAMES: &[&str] = &[
    "Acme notes",
    "C++ tips",
    "C# interview",
    "Zürich café",
    "résumé draft",
    "R&D plan",
    "The .NET role",
    "A-B testing",
    "x",
    "2024 offers",
];
const FOLDERS: &[&str] = &["", "jobs/", "notes/deep/"];
/// Names for titles and tags, hostile ones included.
const WORDS: &[&str] = &[
    "Go",
    "C++",
    "<script>alert(1)</script>",
    "\"quoted\" & 'single'",
    "]]></title>",
    "Tiktok",
    "TikTok",
    "Zürich",
    "a/b",
    "{{ x }}",
    "</a><a href=\"javascript:x\">",
];

#[derive(Clone, Debug)]
struct Doc {
    folder: usize,
    name: usize,
    text: bool,
    title: Option<usize>,
    company: usize,
    skills: Vec<usize>,
    /// (kind, index): 0 a link to document `index`, 1 a wikilink to a tag
    /// name, 2 raw HTML, 3 a heading and a link to it.
    body: Vec<(u8, usize)>,
}

fn doc() -> impl Strategy<Value = Doc> {
    (
        0..FOLDERS.len(),
        0..NAMES.len(),
        any::<bool>(),
        prop::option::of(0..WORDS.len()),
        0..WORDS.len(),
        prop::collection::vec(0..WORDS.len(), 0..4),
        prop::collection::vec((0u8..4, 0usize..16), 0..6),
    )
        .prop_map(|(folder, name, text, title, company, skills, body)| Doc {
            folder,
            name,
            text,
            title,
            company,
            skills,
            body,
        })
}

/// Documents with distinct file names.
fn site() -> impl Strategy<Value = Vec<Doc>> {
    prop::collection::vec(doc(), 1..7).prop_map(|mut docs| {
        let mut seen = std::collections::HashSet::new();
        docs.retain(|d| seen.insert(d.name));
        docs
    })
}

fn rel(d: &Doc) -> String {
    let ext = if d.text { "txt" } else { "md" };
    format!("{}{}.{ext}", FOLDERS[d.folder], NAMES[d.name])
}

fn yaml(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Writes the documents under `root/content`.
fn write(root: &Path, docs: &[Doc]) {
    for d in docs {
        let mut text = String::new();
        if d.text {
            text.push_str(&format!(
                "Job Analysis:\n{} hires engineers who write {}.\n",
                WORDS[d.company],
                d.skills
                    .iter()
                    .map(|&s| WORDS[s])
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        } else {
            text.push_str("---\n");
            if let Some(t) = d.title {
                text.push_str(&format!("title: {}\n", yaml(WORDS[t])));
            }
            text.push_str(&format!("company: {}\n", yaml(WORDS[d.company])));
            let skills: Vec<String> = d.skills.iter().map(|&s| yaml(WORDS[s])).collect();
            text.push_str(&format!("skills: [{}]\n---\n", skills.join(", ")));
            let up = "../".repeat(FOLDERS[d.folder].matches('/').count());
            for &(kind, i) in &d.body {
                match kind {
                    0 => {
                        let to = &docs[i % docs.len()];
                        // `#` would start a fragment.
                        let dest = rel(to).replace('#', "%23");
                        text.push_str(&format!("See [that](<{up}{dest}>).\n\n"));
                    }
                    1 => {
                        let skill = d.skills.get(i % d.skills.len().max(1)).copied();
                        let name = skill.map_or(WORDS[d.company], |s| WORDS[s]);
                        if !name.contains(['[', ']', '|', '#']) {
                            text.push_str(&format!("About [[{name}]].\n\n"));
                        }
                    }
                    2 => text.push_str(
                        "<a href=\"javascript:alert(1)\" onclick=\"x()\">raw</a> <img src=\"https://example.org/x.png\" onerror=\"x()\">\n\n",
                    ),
                    _ => text.push_str(&format!("## Part {i}\n\nBack to [the part](#part-{i}).\n\n")),
                }
            }
        }
        let path = root.join("content").join(rel(d));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// Builds in memory with `threads` worker threads: output file → bytes,
/// or `None` when the site has errors.
fn build_in(root: &Path, threads: usize) -> Option<BTreeMap<String, Vec<u8>>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| build_in_memory(root).map(|(pages, _)| pages))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn slugs_are_url_safe_and_stable(name in any::<String>()) {
        let slug = dossier::url::slugify(&name);
        prop_assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{slug:?}");
        prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{slug:?}");
        prop_assert_eq!(dossier::url::slugify(&slug), slug.clone(), "a slug is its own slug");
        prop_assert_eq!(dossier::url::slugify(&name), slug, "the same name, the same slug");
    }

    #[test]
    fn document_paths_stay_inside_the_site(rel in "[^\u{0}]{1,40}", slug in prop::option::of("[^/\\\\]{1,20}")) {
        let path = dossier::url::doc_path(&rel, slug.as_deref());
        prop_assert!(path.ends_with('/') && !path.starts_with('/'), "{path:?}");
        for part in path.trim_end_matches('/').split('/') {
            prop_assert!(!part.is_empty() && part != "." && part != "..", "{path:?} of {rel:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn a_built_site_never_links_outside_itself(docs in site()) {
        let f = empty();
        write(&f.root, &docs);
        let run = f.build(&["--base-url", "https://example.com/kb/"]);
        prop_assume!(run.code() == 0, "the generated site has errors: {}", run.stderr());
        let problems = broken_internal_links(&f.root.join("public"), "/kb/");
        prop_assert!(problems.is_empty(), "{:#?}", problems);
        // Absolute links are to the site itself, or written by the author.
        for file in files_under(&f.root.join("public")) {
            if !file.ends_with(".html") {
                continue;
            }
            let html = std::fs::read_to_string(f.root.join("public").join(&file)).unwrap();
            let page = scraper::Html::parse_document(&html);
            let sel = scraper::Selector::parse("[href], [src]").unwrap();
            for el in page.select(&sel) {
                for attr in ["href", "src"] {
                    if let Some(link) = el.value().attr(attr) {
                        prop_assert!(!link.to_ascii_lowercase().trim_start().starts_with("javascript:"), "{file}: {link}");
                        prop_assert!(!link.starts_with("//") && !link.contains("/../"), "{file}: {link}");
                        if link.contains("://") {
                            // The site's own absolute URLs, or the raw HTML's external image.
                            prop_assert!(link.starts_with("https://example.com/kb/") || link == "https://example.org/x.png", "{file}: {link}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn output_is_the_same_whatever_the_thread_count(docs in site()) {
        let f = empty();
        write(&f.root, &docs);
        let one = build_in(&f.root, 1);
        let four = build_in(&f.root, 4);
        prop_assert_eq!(one.is_some(), four.is_some());
        if let (Some(one), Some(four)) = (one, four) {
            prop_assert_eq!(one.keys().collect::<Vec<_>>(), four.keys().collect::<Vec<_>>());
            for (file, bytes) in &one {
                prop_assert!(&four[file] == bytes, "{} differs between 1 and 4 threads", file);
            }
        }
    }
}
