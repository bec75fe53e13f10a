//! Front matter: the YAML block between `---` lines at the top of a
//! Markdown document → [`Meta`], with every key checked and every error
//! given the line of the file (not of the YAML block).

use serde_yaml::Value;

use super::field_keys;
pub use super::meta::{DocDate, FrontMatterError, Meta};
use super::meta::{date, list, one_or_list, slug, text};
use crate::config::key_line;

/// Splits a document into its front matter (YAML text) and body.
///
/// Returns `(yaml, body, body_line)`: `yaml` is `None` when the document has
/// no front matter, and `body_line` is the 1-based file line the body starts at.
pub fn split_front_matter(text: &str) -> Result<(Option<&str>, &str, u32), FrontMatterError> {
    let Some(rest) = strip_fence(text) else {
        return Ok((None, text, 1));
    };
    let mut offset = 0;
    for (line, raw) in (2..).zip(rest.split_inclusive('\n')) {
        let trimmed = raw.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = &rest[..offset];
            let body = &rest[offset + raw.len()..];
            return Ok((Some(yaml), body, line + 1));
        }
        offset += raw.len();
    }
    Err(FrontMatterError::new(
        Some(1),
        "front matter starts here with `---` but is never closed",
        "end the front matter with a line holding only `---`",
    ))
}

fn strip_fence(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---")?;
    let line_end = rest.find('\n').unwrap_or(rest.len());
    if !rest[..line_end].trim().is_empty() {
        return None;
    }
    Some(rest.get(line_end + 1..).unwrap_or(""))
}

/// Parses front matter YAML; the block starts on file line 2.
pub fn parse_meta(yaml: &str) -> Result<Meta, Vec<FrontMatterError>> {
    const FIRST_LINE: u32 = 2;
    let value: Value = if yaml.trim().is_empty() {
        Value::Null
    } else {
        serde_yaml::from_str(yaml).map_err(|e| {
            let d = crate::config::yaml_diagnostic("", &e, FIRST_LINE - 1);
            vec![FrontMatterError {
                line: d.line.or(Some(1)),
                message: format!("invalid YAML in front matter: {}", d.message),
                help: Some(
                    "fix the YAML; quote values holding `: `, e.g. `title: \"Acme: notes\"`".into(),
                ),
            }]
        })?
    };
    let map = match value {
        Value::Null => return Ok(Meta::default()),
        Value::Mapping(map) => map,
        _ => {
            return Err(vec![FrontMatterError::new(
                Some(FIRST_LINE),
                "front matter must be a mapping of keys to values",
                "write one `key: value` per line, e.g. `title: Backend Engineer at Acme`",
            )]);
        }
    };
    let mut meta = Meta::default();
    let mut errors = Vec::new();
    for (key, value) in map {
        let Some(key) = key.as_str().map(str::to_string) else {
            errors.push(FrontMatterError::new(
                Some(FIRST_LINE),
                "front matter keys must be text",
                "write keys as plain words, e.g. `title:`",
            ));
            continue;
        };
        let line = key_line(yaml, &key).map(|l| l + FIRST_LINE - 1);
        if let Some(line) = line {
            meta.lines.insert(key.clone(), line);
        }
        // A key not at the start of a line (a flow mapping, a tagged or
        // quoted key): the first line that mentions it, else the opening `---`.
        let line = line.or_else(|| {
            yaml.lines()
                .position(|l| l.contains(key.as_str()))
                .map(|i| i as u32 + FIRST_LINE)
                .or(Some(1))
        });
        if let Err(e) = set_key(&mut meta, &key, value, line) {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok(meta)
    } else {
        Err(errors)
    }
}

fn set_key(
    meta: &mut Meta,
    key: &str,
    value: Value,
    line: Option<u32>,
) -> Result<(), FrontMatterError> {
    match key {
        "title" => meta.title = text(key, value, line)?,
        "summary" => meta.summary = text(key, value, line)?,
        "company" => meta.company = one_or_list(key, value, line)?,
        "role" => meta.role = one_or_list(key, value, line)?,
        "skills" => meta.skills = list(key, value, line)?,
        "tags" => meta.tags = list(key, value, line)?,
        "date" => meta.date = date(key, value, line)?,
        "updated" => meta.updated = date(key, value, line)?,
        "draft" => {
            meta.draft = match value {
                Value::Bool(b) => b,
                Value::Null => false,
                _ => {
                    return Err(FrontMatterError::new(
                        line,
                        "`draft` must be true or false",
                        "write `draft: true`",
                    ));
                }
            }
        }
        "slug" => meta.slug = slug(value, line)?,
        _ if field_keys::KEYS.contains(&key) => field_keys::set(meta, key, value, line)?,
        _ => {
            let json = serde_json::to_value(&value).map_err(|e| {
                FrontMatterError::new(
                    line,
                    format!("`{key}` cannot be used: {e}"),
                    "use text, numbers, lists or mappings",
                )
            })?;
            std::sync::Arc::make_mut(&mut meta.extra).insert(key.to_string(), json);
        }
    }
    Ok(())
}

/// The line, message and help of the first error in front matter `yaml`.
#[cfg(test)]
pub(super) fn first_error(yaml: &str) -> (Option<u32>, String, Option<String>) {
    let e = parse_meta(yaml).unwrap_err().swap_remove(0);
    (e.line, e.message, e.help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_block_and_body_line() {
        let (yaml, body, line) = split_front_matter("---\ntitle: A\n---\nHello\n").unwrap();
        assert_eq!(yaml, Some("title: A\n"));
        assert_eq!(body, "Hello\n");
        assert_eq!(line, 4);
        let (yaml, body, line) = split_front_matter("No front matter\n---\n").unwrap();
        assert_eq!((yaml, body, line), (None, "No front matter\n---\n", 1));
        let (yaml, _, line) = split_front_matter("---\n---\nbody").unwrap();
        assert_eq!((yaml, line), (Some(""), 3));
    }

    #[test]
    fn unclosed_front_matter_reports_line_one() {
        let err = split_front_matter("---\ntitle: A\nbody\n").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("never closed"));
    }

    #[test]
    fn wrong_types_name_key_line_and_fix() {
        for (yaml, line, message, help) in [
            (
                "title: A\nskills: Go\n",
                3,
                "`skills` must be a list",
                "write `skills: [Go, Rust]`",
            ),
            (
                "date: last week\n",
                2,
                "`date` is not a date: `last week`",
                "write `date: 2024-05-21` (year-month-day), optionally with a time",
            ),
            (
                "draft: maybe\n",
                2,
                "`draft` must be true or false",
                "write `draft: true`",
            ),
            (
                "slug: ../../etc\n",
                2,
                "`slug` must be one part of a URL, not `../../etc`",
                "write a name without `/`, `\\`, `..`, `?`, `#` or `%`, e.g. `slug: acme-backend`",
            ),
        ] {
            assert_eq!(
                first_error(yaml),
                (Some(line), message.to_string(), Some(help.to_string())),
                "yaml: {yaml:?}"
            );
        }
    }

    #[test]
    fn invalid_yaml_line_is_file_line() {
        let errs = parse_meta("title: A\nskills: [Go\nrole: x\n").unwrap_err();
        assert!(
            errs[0].message.starts_with("invalid YAML in front matter"),
            "{}",
            errs[0].message
        );
        assert!(errs[0].line.unwrap() >= 3, "line {:?}", errs[0].line);
    }

    #[test]
    fn every_error_has_a_line_of_the_file() {
        for (yaml, line) in [
            ("{title: [1, {a: b}]}\n", 2),
            ("? !!str skills\n: Go\n", 2),
            ("title: A\n\"draft\": maybe\n", 3),
        ] {
            let errs = parse_meta(yaml).unwrap_err();
            assert_eq!(errs[0].line, Some(line), "yaml: {yaml:?}: {:?}", errs[0]);
        }
    }

    #[test]
    fn not_a_mapping_is_an_error() {
        let errs = parse_meta("- a\n- b\n").unwrap_err();
        assert_eq!(
            errs[0].message,
            "front matter must be a mapping of keys to values"
        );
    }

    #[test]
    fn known_keys_and_extra() {
        let meta = parse_meta(
            "title: Notes\ncompany: Acme\nrole: [SRE, Backend Engineer]\nskills:\n  - Go\n  - 3\ndate: 2024-05-21\ndraft: true\nteam: 100\n",
        )
        .unwrap();
        assert_eq!(meta.title.as_deref(), Some("Notes"));
        assert_eq!(meta.company, ["Acme"]);
        assert_eq!(meta.role, ["SRE", "Backend Engineer"]);
        assert_eq!(meta.skills, ["Go", "3"]);
        assert_eq!(meta.date.unwrap().ymd(), "2024-05-21");
        assert!(meta.draft);
        assert_eq!(meta.extra["team"], serde_json::json!(100));
        assert_eq!(meta.lines["skills"], 5);
    }

    #[test]
    fn dates_in_several_forms() {
        for (text, want) in [
            ("2024-05-21", "2024-05-21T00:00:00+00:00"),
            ("2024-05-21 09:30", "2024-05-21T09:30:00+00:00"),
            ("2024-05-21T09:30:00+02:00", "2024-05-21T09:30:00+02:00"),
        ] {
            assert_eq!(
                DocDate::parse(text).unwrap().rfc3339(),
                want,
                "text: {text:?}"
            );
        }
        for bad in ["2024-13-01", "yesterday", "21/05/2024"] {
            assert_eq!(DocDate::parse(bad), None, "text: {bad:?}");
        }
    }
}
