//! `dossier.yaml` → [`Config`]: defaults first, then the file, then CLI flags.
//!
//! Every key has a default, so a site needs no config file at all. Unknown
//! keys are errors that name the file and line, so typos never pass silently.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;

/// The name of the config file at the root of a knowledge base.
pub const CONFIG_FILE: &str = "dossier.yaml";

/// The folder of documents, relative to the root.
pub const CONTENT_DIR: &str = "content";

/// The folder of site themes, relative to the root.
pub const THEMES_DIR: &str = "themes";

/// Everything `dossier.yaml` can set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Site title, shown in the header and in feeds.
    pub title: String,
    /// One sentence about the site, used as the home page's meta description.
    pub description: String,
    /// Where the site will be published, e.g. `https://someone.github.io/research/`.
    /// Its path is prefixed to every internal link. `/` builds a site for the root of any host.
    pub base_url: String,
    /// Language of the content, as a BCP 47 tag (`lang` of every page).
    pub language: String,
    /// Output folder, relative to the root.
    pub output_dir: PathBuf,
    /// Theme folder under `themes/` whose files replace built-in ones.
    pub theme: String,
    /// Documents per page on company, role, skill and tag pages.
    pub paginate_by: usize,
    /// Include documents with `draft: true`.
    pub drafts: bool,
    /// Tag documents by extraction from their text where front matter is silent.
    pub extract: bool,
    /// Link the first mention of each known company and skill in a
    /// document's body to its tag page.
    pub autolink: bool,
    /// Entries per Atom feed, newest first (20, as in Hugo and Zola); 0
    /// lists every document, which makes each tag's feed as large as its
    /// list of documents.
    pub feed_limit: usize,
    /// Pass raw HTML in Markdown through as written, scripts included.
    /// Off by default: raw HTML is sanitized (safe tags kept).
    pub unsafe_html: bool,
    /// How skills are tagged.
    pub skills: SkillsConfig,
    /// Additions to the built-in vocabulary of skills and companies.
    pub vocabulary: VocabConfig,
    /// You, against the postings: the skills you have, the roles and
    /// places you want.
    pub profile: ProfileConfig,
    /// Free values for templates, available as `site.extra`.
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Research".to_string(),
            description: "A career-research knowledge base".to_string(),
            base_url: "/".to_string(),
            language: "en".to_string(),
            output_dir: PathBuf::from("public"),
            theme: "default".to_string(),
            paginate_by: 50,
            drafts: false,
            extract: true,
            autolink: false,
            feed_limit: 20,
            unsafe_html: false,
            skills: SkillsConfig::default(),
            vocabulary: VocabConfig::default(),
            profile: ProfileConfig::default(),
            extra: BTreeMap::new(),
        }
    }
}

/// How skills are tagged.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct SkillsConfig {
    /// Tag soft skills ("Communication", "Mentoring") like hard skills:
    /// with pages, facets and chart bars. Off by default: they are listed
    /// on each document's page, apart, but are not tags.
    pub soft: bool,
}

/// Terms to add to the built-in vocabulary, and words never to tag.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct VocabConfig {
    /// Skills to add, each with its aliases: `Temporal: [temporal.io]`.
    /// An alias of a built-in skill (`Go: [Golang]`) adds to that skill.
    pub skills: BTreeMap<String, Vec<String>>,
    /// Companies to recognise, each with its aliases: `TikTok: [ByteDance]`.
    pub companies: BTreeMap<String, Vec<String>>,
    /// Words and names that are never tags, whatever the vocabulary says.
    pub ignore: Vec<String>,
}

/// You, against the postings. With skills listed, each posting's page
/// shows the skills you have and lack, and `/profile/` ranks the
/// postings by match; without, none of it appears.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct ProfileConfig {
    /// Skills you have, spelled as anywhere (`golang` is Go).
    pub skills: Vec<String>,
    /// Roles you want (`Backend Engineer` also matches "Backend Software
    /// Engineer" postings).
    pub roles: Vec<String>,
    /// Places you can work (`Lisbon`, `Portugal`); `Remote` matches remote
    /// postings.
    pub locations: Vec<String>,
}

impl ProfileConfig {
    /// `true` when there is a profile to match postings against.
    pub fn is_set(&self) -> bool {
        !self.skills.is_empty()
    }
}

/// Settings given on the command line; each `Some` replaces the file's value.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub base_url: Option<String>,
    pub output_dir: Option<PathBuf>,
    pub drafts: bool,
}

impl Config {
    /// Reads `root/dossier.yaml`, or the defaults when there is none.
    ///
    /// IO failures are system errors; mistakes in the file are diagnostics.
    pub fn from_root(root: &Path) -> anyhow::Result<Result<Config, Diagnostic>> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Ok(Config::default())),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                let bytes = std::fs::read(&path).unwrap_or_default();
                let valid = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
                let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                return Ok(Err(Diagnostic::error(
                    CONFIG_FILE,
                    "the file is not valid UTF-8",
                )
                .at_line(line)
                .with_help(
                    "save it as UTF-8 (in most editors: Save with Encoding → UTF-8)",
                )));
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        Ok(Config::parse(&text))
    }

    /// Parses the text of `dossier.yaml`.
    pub fn parse(text: &str) -> Result<Config, Diagnostic> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let is_empty = text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#') || l.trim() == "---");
        let config: Config = if is_empty {
            Config::default()
        } else {
            serde_yaml::from_str(text).map_err(|e| yaml_diagnostic(CONFIG_FILE, &e, 0))?
        };
        config.validate(text)?;
        Ok(config)
    }

    /// Checks values that parse but cannot work; `text` gives the lines.
    fn validate(&self, text: &str) -> Result<(), Diagnostic> {
        let error = |key: &str, message: String| {
            Diagnostic::error(CONFIG_FILE, message).at(key_line(text, key))
        };
        if self.paginate_by == 0 {
            return Err(
                error("paginate_by", "`paginate_by` must be at least 1".into())
                    .with_help("write `paginate_by: 50`"),
            );
        }
        base_path_of(&self.base_url).map_err(|msg| {
            error("base_url", msg)
                .with_help("write a URL such as `https://someone.github.io/research/`, or `/`")
        })?;
        let profile = &self.profile;
        let wants = !profile.roles.is_empty() || !profile.locations.is_empty();
        if !profile.is_set() && wants {
            return Err(error("profile", "`profile` lists no skills".into())
                .with_help("list the skills you have under `profile:`, e.g. `skills: [Go, SQL]`"));
        }
        if self.output_dir.as_os_str().is_empty() {
            return Err(error("output_dir", "`output_dir` is empty".into())
                .with_help("write `output_dir: public`"));
        }
        Ok(())
    }

    /// Applies command-line flags over the file's values.
    pub fn apply(&mut self, overrides: &Overrides) -> Result<(), Diagnostic> {
        if let Some(url) = &overrides.base_url {
            base_path_of(url).map_err(|msg| {
                Diagnostic::error("--base-url", msg)
                    .with_help("pass a URL such as `https://someone.github.io/research/`, or `/`")
            })?;
            self.base_url = url.clone();
        }
        if let Some(dir) = &overrides.output_dir {
            self.output_dir = dir.clone();
        }
        if overrides.drafts {
            self.drafts = true;
        }
        Ok(())
    }

    /// The path part of `base_url`, always starting and ending with `/`.
    pub fn base_path(&self) -> String {
        base_path_of(&self.base_url).expect("base_url is checked when the config is read")
    }

    /// `base_url` with exactly one trailing `/`.
    pub fn base_url(&self) -> String {
        format!("{}/", self.base_url.trim_end_matches('/'))
    }

    /// `true` when `base_url` names a host, so absolute URLs can be made.
    pub fn has_host(&self) -> bool {
        self.base_url.contains("://")
    }
}

/// The path part of a base URL: `https://a.io/research` → `/research/`.
pub fn base_path_of(base_url: &str) -> Result<String, String> {
    let url = base_url.trim();
    if url.is_empty() {
        return Err("`base_url` is empty".to_string());
    }
    let path = match url.split_once("://") {
        Some((scheme, rest)) => {
            if !matches!(scheme, "http" | "https") {
                return Err(format!(
                    "`base_url` must start with http:// or https://, not {scheme}://"
                ));
            }
            let host_end = rest.find('/').unwrap_or(rest.len());
            if host_end == 0 {
                return Err(format!("`base_url` {url} has no host"));
            }
            &rest[host_end..]
        }
        None if url.starts_with('/') => url,
        None => {
            return Err(format!(
                "`base_url` {url} is neither an absolute URL nor a path starting with /"
            ));
        }
    };
    if path.contains(['?', '#', ' ', '\\']) || path.split('/').any(|s| s == ".." || s == ".") {
        return Err(format!("`base_url` {url} has a path dossier cannot use"));
    }
    let trimmed = path.trim_matches('/');
    Ok(if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    })
}

/// Turns a serde_yaml error into a diagnostic; `line_offset` is the number of
/// lines of the file before the YAML text, so every line is the file's line.
pub fn yaml_diagnostic(path: &str, err: &serde_yaml::Error, line_offset: u32) -> Diagnostic {
    let full = err.to_string();
    let at = err.location().map(|l| (l.line(), l.column()));
    let message = file_lines(&full, at, line_offset);
    let mut d = Diagnostic::error(path, message)
        .with_help("the keys of dossier.yaml and their types are listed in docs/config.md");
    if let Some((line, _)) = at {
        d = d.at_line(line as u32 + line_offset);
    }
    d
}

/// Rewrites the ` at line L column C` marks of a YAML message: the mark of
/// the error's own location becomes ` (column C)` (its line is the
/// diagnostic's), others (where a sequence being parsed started) get the
/// file's line numbers.
fn file_lines(message: &str, at: Option<(usize, usize)>, line_offset: u32) -> String {
    const MARK: &str = " at line ";
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(MARK) {
        out.push_str(&rest[..i]);
        let after = &rest[i + MARK.len()..];
        let mark = after.split_once(" column ").and_then(|(line, tail)| {
            let line: usize = line.parse().ok()?;
            let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
            let column: usize = tail[..digits].parse().ok()?;
            Some((line, column, &tail[digits..]))
        });
        match mark {
            Some((line, column, tail)) => {
                if Some((line, column)) == at {
                    out.push_str(&format!(" (column {column})"));
                } else {
                    let line = line as u32 + line_offset;
                    out.push_str(&format!(" at line {line}, column {column}"));
                }
                rest = tail;
            }
            None => {
                out.push_str(MARK);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The 1-based line of a top-level `key:` in YAML text, if it is there.
pub fn key_line(text: &str, key: &str) -> Option<u32> {
    text.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_gives_defaults() {
        for text in ["", "\n", "# only a comment\n", "---\n"] {
            assert_eq!(
                Config::parse(text).unwrap(),
                Config::default(),
                "text: {text:?}"
            );
        }
    }

    #[test]
    fn unknown_key_names_line() {
        let d = Config::parse("title: A\nbase_ulr: /x/\n").unwrap_err();
        assert_eq!(d.path, "dossier.yaml");
        assert_eq!(d.line, Some(2));
        assert!(
            d.message.starts_with("unknown field `base_ulr`"),
            "{}",
            d.message
        );
    }

    #[test]
    fn base_path_from_url() {
        for (url, want) in [
            ("/", "/"),
            ("https://a.io", "/"),
            ("https://a.io/", "/"),
            ("https://someone.github.io/research", "/research/"),
            ("https://someone.github.io/research/", "/research/"),
            ("/sub/dir/", "/sub/dir/"),
            ("http://127.0.0.1:1111/", "/"),
        ] {
            assert_eq!(base_path_of(url).as_deref(), Ok(want), "url: {url:?}");
        }
        for bad in [
            "",
            "ftp://a.io/",
            "research",
            "https:///x",
            "/a/../b",
            "/a?x",
        ] {
            assert!(base_path_of(bad).is_err(), "url: {bad:?}");
        }
    }

    #[test]
    fn yaml_marks_become_file_lines() {
        for (message, at, want) in [
            (
                "did not find expected ',' or ']' at line 3 column 5, while parsing a flow sequence at line 2 column 9",
                Some((3, 5)),
                "did not find expected ',' or ']' (column 5), while parsing a flow sequence at line 12, column 9",
            ),
            (
                "unknown field `x`, expected `a` at line 2 column 1",
                Some((2, 1)),
                "unknown field `x`, expected `a` (column 1)",
            ),
            ("plain message", None, "plain message"),
            ("odd at line x column", None, "odd at line x column"),
        ] {
            assert_eq!(file_lines(message, at, 10), want, "message: {message:?}");
        }
    }

    #[test]
    fn a_profile_needs_skills() {
        let config =
            Config::parse("profile:\n  skills: [Go, golang]\n  roles: [Backend Engineer]\n")
                .unwrap();
        assert!(config.profile.is_set());
        assert!(!Config::default().profile.is_set());
        let d = Config::parse("title: A\nprofile:\n  roles: [Backend Engineer]\n").unwrap_err();
        assert_eq!(
            (d.line, d.message.as_str()),
            (Some(2), "`profile` lists no skills")
        );
        let d = Config::parse("profile:\n  skils: [Go]\n").unwrap_err();
        assert_eq!(d.line, Some(2), "{}", d.message);
    }

    #[test]
    fn key_line_finds_top_level_keys() {
        let text = "title: x\nskills:\n  - Go\nskills_extra: 1\n";
        assert_eq!(key_line(text, "skills"), Some(2));
        assert_eq!(key_line(text, "title"), Some(1));
        assert_eq!(key_line(text, "Go"), None);
    }
}
