//! URLs: slugs for tags and documents, and paths under the site's base.
//!
//! A tag slug keeps distinct names distinct (`C`, `C++`, `C#` → `c`,
//! `c-plus-plus`, `c-sharp`); a document's URL is its path under `content/`,
//! each part slugged, with a trailing `/` (pretty URLs).

/// The slug of a name: lowercase ASCII words joined by `-`, with the
/// symbols that tell technologies apart spelled out.
pub fn slugify(name: &str) -> String {
    let mut spelled = String::with_capacity(name.len() + 8);
    let mut prev: Option<char> = None;
    for c in name.chars() {
        match c {
            '+' => spelled.push_str(" plus "),
            '#' => spelled.push_str(" sharp "),
            '&' => spelled.push_str(" and "),
            '@' => spelled.push_str(" at "),
            // `.NET`, `.dev`: a dot that starts a word is spoken.
            '.' if prev.is_none_or(|p| !p.is_alphanumeric()) => spelled.push_str(" dot "),
            _ => spelled.push(c),
        }
        prev = Some(c);
    }
    slug::slugify(spelled)
}

/// The URL path of a document, relative to the site root, without a
/// leading `/`: `Jobs/B c.md` → `jobs/b-c/`; `slug` replaces the file's part.
pub fn doc_path(rel: &str, slug: Option<&str>) -> String {
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    let file = parts.pop().unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s);
    let mut out = String::new();
    for dir in &parts {
        let s = slugify(dir);
        if !s.is_empty() {
            out.push_str(&s);
            out.push('/');
        }
    }
    let mut last = slug.map(slugify).unwrap_or_else(|| slugify(stem));
    if last.is_empty() {
        // A name of symbols only (`???.md`) still needs a URL of its own.
        last = "document".to_string();
    }
    out.push_str(&last);
    out.push('/');
    out
}

/// The URL path of a tag page: `skills/c-plus-plus/`.
pub fn term_path(plural_key: &str, slug: &str) -> String {
    format!("{plural_key}/{slug}/")
}

/// The path of page `n` (1-based) of a paginated listing at `path`.
pub fn page_path(path: &str, n: usize) -> String {
    if n <= 1 {
        path.to_string()
    } else {
        format!("{path}page/{n}/")
    }
}

/// The output file of a URL path: `a/b/` → `a/b/index.html`, `x.xml` → `x.xml`.
pub fn output_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// The page a root-relative link path names, as a URL path: `skills/go`,
/// `skills/go/` and `skills/go/index.html` → `skills/go/`; `` → ``.
pub fn page_dir(site_path: &str) -> String {
    let trimmed = site_path.trim_end_matches("index.html");
    if trimmed.is_empty() || trimmed.ends_with('/') {
        trimmed.to_string()
    } else {
        format!("{trimmed}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_slugs_keep_distinct_names_distinct() {
        for (name, want) in [
            ("C", "c"),
            ("C++", "c-plus-plus"),
            ("C#", "c-sharp"),
            ("F#", "f-sharp"),
            (".NET", "dot-net"),
            ("A/B Testing", "a-b-testing"),
            ("CI/CD", "ci-cd"),
            ("TCP/IP", "tcp-ip"),
            ("Node.js", "node-js"),
            ("TikTok", "tiktok"),
            ("Tiktok", "tiktok"),
            ("R&D", "r-and-d"),
            ("Zürich Café", "zurich-cafe"),
            ("Backend Software Engineer", "backend-software-engineer"),
            ("  Go  ", "go"),
        ] {
            assert_eq!(slugify(name), want, "name: {name:?}");
        }
    }

    #[test]
    fn document_paths_are_slugged_per_part() {
        for (rel, slug, want) in [
            ("a/B c.md", None, "a/b-c/"),
            ("jobs/tiktok-backend.txt", None, "jobs/tiktok-backend/"),
            (
                "Notes 2024/Offer Comparison.md",
                None,
                "notes-2024/offer-comparison/",
            ),
            ("jobs/a.md", Some("acme-backend"), "jobs/acme-backend/"),
            ("index.md", None, "index/"),
            ("jobs/???.md", None, "jobs/document/"),
        ] {
            assert_eq!(doc_path(rel, slug), want, "rel: {rel:?}");
        }
    }

    #[test]
    fn pages_and_files() {
        assert_eq!(page_path("skills/go/", 1), "skills/go/");
        assert_eq!(page_path("skills/go/", 2), "skills/go/page/2/");
        assert_eq!(output_file("skills/go/"), "skills/go/index.html");
        assert_eq!(output_file(""), "index.html");
        assert_eq!(output_file("atom.xml"), "atom.xml");
    }

    #[test]
    fn page_dir_names_the_folder_of_a_page() {
        for (path, want) in [
            ("skills/go", "skills/go/"),
            ("skills/go/", "skills/go/"),
            ("skills/go/index.html", "skills/go/"),
            ("index.html", ""),
            ("", ""),
        ] {
            assert_eq!(page_dir(path), want, "path: {path:?}");
        }
    }
}
