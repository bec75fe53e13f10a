//! Slugs and URLs: any name, path or request path. Slugs are URL-safe and
//! stable; document paths stay inside the site; request paths either name
//! a file inside the site or are refused.
#![no_main]

use dossier::serve::http::file_of;
use dossier::url::{doc_path, slugify};
use libfuzzer_sys::fuzz_target;

fn url_safe(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fuzz_target!(|input: (&str, &str, Option<&str>)| {
    let (name, rel, slug) = input;
    let s = slugify(name);
    assert!(url_safe(&s), "slug {s:?} of {name:?}");
    assert!(
        !s.starts_with('-') && !s.ends_with('-') && !s.contains("--"),
        "slug {s:?}"
    );
    assert_eq!(slugify(&s), s, "a slug is its own slug");

    let path = doc_path(rel, slug);
    assert!(
        path.ends_with('/') && !path.starts_with('/'),
        "path {path:?}"
    );
    for part in path.trim_end_matches('/').split('/') {
        assert!(
            !part.is_empty() && url_safe(part),
            "path {path:?} of {rel:?}"
        );
    }

    for base in ["/", "/research/"] {
        if let Ok(Some(file)) = file_of(name, base) {
            assert!(!file.starts_with('/'), "{name:?} → {file:?}");
            assert!(
                !file.split('/').any(|p| p == ".." || p == "."),
                "{name:?} → {file:?}"
            );
            assert!(!file.contains(['\\', '\0']), "{name:?} → {file:?}");
        }
    }
});
