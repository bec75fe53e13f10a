//! Theme: the built-in theme compiled into the binary, with the site's
//! `themes/NAME/templates/X` and `themes/NAME/static/X` replacing built-in
//! file X (or adding X) one file at a time.

use std::collections::BTreeMap;
use std::path::Path;

use walkdir::WalkDir;

use crate::config::THEMES_DIR;
use crate::diag::Diagnostic;

/// The built-in templates: name and text.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "components.html",
        include_str!("../themes/default/templates/components.html"),
    ),
    (
        "index.html",
        include_str!("../themes/default/templates/index.html"),
    ),
    (
        "document.html",
        include_str!("../themes/default/templates/document.html"),
    ),
    (
        "term.html",
        include_str!("../themes/default/templates/term.html"),
    ),
    (
        "list.html",
        include_str!("../themes/default/templates/list.html"),
    ),
    (
        "404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "search.html",
        include_str!("../themes/default/templates/search.html"),
    ),
    (
        "profile.html",
        include_str!("../themes/default/templates/profile.html"),
    ),
    (
        "pipeline.html",
        include_str!("../themes/default/templates/pipeline.html"),
    ),
    (
        "compare.html",
        include_str!("../themes/default/templates/compare.html"),
    ),
];

/// The built-in static files: path under the site root and bytes.
pub const BUILTIN_STATIC: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../themes/default/static/style.css"),
    ),
    (
        "favicon.svg",
        include_bytes!("../themes/default/static/favicon.svg"),
    ),
    (
        "search.js",
        include_bytes!("../themes/default/static/search.js"),
    ),
    (
        "compare.js",
        include_bytes!("../themes/default/static/compare.js"),
    ),
    (
        "anchors.js",
        include_bytes!("../themes/default/static/anchors.js"),
    ),
];

/// A file of the theme and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeFile<T> {
    pub content: T,
    /// Shown in diagnostics: `themes/default/templates/base.html` (built in or the site's).
    pub origin: String,
    /// `true` when the site's theme folder supplied it.
    pub overridden: bool,
}

/// Templates and static files, by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    pub templates: BTreeMap<String, ThemeFile<String>>,
    pub statics: BTreeMap<String, ThemeFile<Vec<u8>>>,
}

impl Theme {
    /// The theme compiled into the binary.
    pub fn builtin() -> Theme {
        let mut theme = Theme::default();
        for (name, text) in BUILTIN_TEMPLATES {
            theme.templates.insert(
                name.to_string(),
                ThemeFile {
                    content: text.to_string(),
                    origin: format!("{THEMES_DIR}/default/templates/{name} (built in)"),
                    overridden: false,
                },
            );
        }
        for (name, bytes) in BUILTIN_STATIC {
            theme.statics.insert(
                name.to_string(),
                ThemeFile {
                    content: bytes.to_vec(),
                    origin: format!("{THEMES_DIR}/default/static/{name} (built in)"),
                    overridden: false,
                },
            );
        }
        theme
    }

    /// The built-in theme with the files of `root/themes/NAME/` laid over it.
    pub fn load(root: &Path, name: &str) -> (Theme, Vec<Diagnostic>) {
        let mut theme = Theme::builtin();
        let mut diags = Vec::new();
        let dir = root.join(THEMES_DIR).join(name);
        if !dir.is_dir() {
            if name != "default" {
                diags.push(
                    Diagnostic::error(crate::config::CONFIG_FILE, format!("there is no theme folder {THEMES_DIR}/{name}"))
                        .with_help(format!("create {THEMES_DIR}/{name}/templates or static, or remove `theme:` to use the built-in theme")),
                );
            }
            return (theme, diags);
        }
        for (sub, is_template) in [("templates", true), ("static", false)] {
            let base = dir.join(sub);
            if !base.is_dir() {
                continue;
            }
            for entry in WalkDir::new(&base).follow_links(true).sort_by_file_name() {
                let entry = match entry {
                    Ok(e) => e,
                    Err(e) => {
                        let shown = e
                            .path()
                            .map(|p| crate::load::display(root, p))
                            .unwrap_or_else(|| format!("{THEMES_DIR}/{name}"));
                        diags.push(
                            Diagnostic::error(shown, format!("cannot read: {e}"))
                                .with_help("check the folder's permissions"),
                        );
                        continue;
                    }
                };
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = crate::load::display(&base, entry.path());
                if rel.split('/').any(crate::load::is_ignored_name) {
                    continue;
                }
                let origin = crate::load::display(root, entry.path());
                let bytes = match std::fs::read(entry.path()) {
                    Ok(b) => b,
                    Err(e) => {
                        diags.push(
                            Diagnostic::error(origin, format!("cannot read the file: {e}"))
                                .with_help("check the file's permissions"),
                        );
                        continue;
                    }
                };
                if is_template {
                    match String::from_utf8(bytes) {
                        Ok(text) => {
                            theme.templates.insert(
                                rel,
                                ThemeFile {
                                    content: text,
                                    origin,
                                    overridden: true,
                                },
                            );
                        }
                        Err(_) => diags.push(
                            Diagnostic::error(origin, "the template is not valid UTF-8")
                                .with_help("save it as UTF-8"),
                        ),
                    }
                } else {
                    theme.statics.insert(
                        rel,
                        ThemeFile {
                            content: bytes,
                            origin,
                            overridden: true,
                        },
                    );
                }
            }
        }
        (theme, diags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file in themes/default is compiled in, and nothing else.
    #[test]
    fn every_default_theme_file_is_built_in() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        for (sub, names) in [
            (
                "templates",
                BUILTIN_TEMPLATES
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>(),
            ),
            (
                "static",
                BUILTIN_STATIC.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            ),
        ] {
            let mut on_disk: Vec<String> = WalkDir::new(root.join(sub))
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .map(|e| crate::load::display(&root.join(sub), e.path()))
                .collect();
            on_disk.sort();
            let mut built: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            built.sort();
            assert_eq!(on_disk, built, "themes/default/{sub}");
        }
    }

    #[test]
    fn site_files_replace_built_in_ones() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("themes/default/templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("404.html"), "custom").unwrap();
        std::fs::create_dir_all(dir.path().join("themes/default/static/img")).unwrap();
        std::fs::write(
            dir.path().join("themes/default/static/img/logo.svg"),
            "<svg/>",
        )
        .unwrap();
        let (theme, diags) = Theme::load(dir.path(), "default");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(theme.templates["404.html"].content, "custom");
        assert_eq!(
            theme.templates["404.html"].origin,
            "themes/default/templates/404.html"
        );
        assert!(!theme.templates["base.html"].overridden);
        assert_eq!(theme.statics["img/logo.svg"].content, b"<svg/>");
    }

    #[test]
    fn missing_named_theme_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let (_, diags) = Theme::load(dir.path(), "fancy");
        assert_eq!(diags[0].message, "there is no theme folder themes/fancy");
    }
}
