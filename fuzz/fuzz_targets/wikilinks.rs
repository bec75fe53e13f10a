//! Wikilinks and links in Markdown: any body renders without panic; every
//! `[[target]]` resolves to a page of the site or is reported broken with
//! a line inside the body; no raw HTML gets through the sanitizer.
#![no_main]

use dossier::markdown::{self, Resolved};
use dossier::tag::TagKind;
use dossier::link::wikilink::{DocEntry, Target, WikiIndex, split_section};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let docs = [
        ("notes/Acme call.md", "notes/acme-call/", "Call with Acme"),
        ("jobs/tiktok.txt", "jobs/tiktok/", "Backend at TikTok"),
        ("go.md", "go/", "Go notes"),
    ];
    let index = WikiIndex::new(
        docs.iter()
            .map(|(rel, path, title)| DocEntry { rel, path, title }),
        [
            (0, TagKind::Company, "tiktok"),
            (1, TagKind::Skill, "c-plus-plus"),
        ],
    );
    let wiki = |dest: &str| {
        let (target, section) = split_section(dest);
        if let Some(s) = &section {
            assert!(
                s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
        match index.resolve(target) {
            Ok(Target::Doc(id)) => Resolved::Rewrite {
                href: format!("/{}", docs[id].1),
                doc: Some(id),
            },
            Ok(Target::Term(_)) => Resolved::Rewrite {
                href: "/companies/tiktok/".into(),
                doc: None,
            },
            Err(reason) => Resolved::Broken(reason),
        }
    };
    let keep = |_: &str| Resolved::Keep;
    let lines = source.matches('\n').count() as u32 + 1;
    let out = markdown::render_with(source, &keep, &wiki);
    for b in &out.broken {
        assert!(b.line >= 1 && b.line <= lines, "line {} of {lines}", b.line);
    }
    for &id in &out.links {
        assert!(id < docs.len());
    }
    // Raw HTML went through the sanitizer: no script element, no handler,
    // no link that runs code.
    let html = scraper::Html::parse_fragment(&out.html);
    for node in html.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        assert!(
            !matches!(
                el.name(),
                "script" | "style" | "iframe" | "object" | "embed" | "form"
            ),
            "<{}> in {:?}",
            el.name(),
            out.html
        );
        for (name, value) in el.attrs() {
            assert!(!name.starts_with("on"), "{name} in {:?}", out.html);
            if matches!(name, "href" | "src") {
                assert!(!dossier::sanitize::is_script_url(value), "{:?}", out.html);
            }
        }
    }
});
