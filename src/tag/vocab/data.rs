//! The built-in skill list (`data/skills.txt`) → skill entries with their
//! category, surface forms and context rules.
//!
//! The format is documented at the top of the data file. The file is
//! compiled into the binary; a test parses it, so a malformed line is a
//! test failure, not a user-facing error.

use super::rules::Rules;

/// The built-in skill list, compiled in.
pub const SKILLS: &str = include_str!("../data/skills.txt");

/// One way a skill is written in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The form as written in the data (`Golang`, `C++`).
    pub text: String,
    /// Match only in exactly this case (`Go`, not `go`).
    pub exact: bool,
}

/// One line of the data file: a skill and some of its forms.
#[derive(Clone, Debug)]
pub struct Line {
    pub canonical: String,
    pub category: String,
    pub forms: Vec<Form>,
    pub rules: Rules,
}

/// Parses the data file; `Err` names the line that is wrong.
pub fn parse(text: &str) -> Result<Vec<Line>, String> {
    let mut category = String::new();
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            category = name.trim().to_string();
            continue;
        }
        let err = |msg: &str| format!("skills.txt:{}: {msg}: {raw}", i + 1);
        let (head, rest) = line.split_once(':').ok_or_else(|| err("no `:`"))?;
        let (forms_text, rules_text) = rest.split_once('~').unwrap_or((rest, ""));
        let rules = Rules::parse(rules_text).map_err(|m| err(&m))?;
        // `+Name:` adds forms to Name without making Name itself a form of this line.
        let (head, add_canonical) = match head.strip_prefix('+') {
            Some(h) => (h, false),
            None => (head, true),
        };
        let canonical_form = parse_form(head.trim());
        if canonical_form.text.is_empty() || category.is_empty() {
            return Err(err("no name or no category"));
        }
        let mut forms = Vec::new();
        if add_canonical {
            forms.push(canonical_form.clone());
        }
        for alias in forms_text
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            forms.extend(expand_plural(parse_form(alias)));
        }
        lines.push(Line {
            canonical: canonical_form.text,
            category: category.clone(),
            forms,
            rules,
        });
    }
    Ok(lines)
}

/// `=Go` is an exact-case form; `Golang` matches in any case.
fn parse_form(text: &str) -> Form {
    match text.strip_prefix('=') {
        Some(t) => Form {
            text: t.trim().to_string(),
            exact: true,
        },
        None => Form {
            text: text.to_string(),
            exact: false,
        },
    }
}

/// `store(s)` → `store`, `stores`.
fn expand_plural(form: Form) -> Vec<Form> {
    match form.text.strip_suffix("(s)") {
        Some(stem) => vec![
            Form {
                text: stem.to_string(),
                exact: form.exact,
            },
            Form {
                text: format!("{stem}s"),
                exact: form.exact,
            },
        ],
        None => vec![form],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_data_parses_and_has_600_skills() {
        let lines = parse(SKILLS).expect("built-in data parses");
        let mut names: Vec<&str> = lines.iter().map(|l| l.canonical.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert!(names.len() >= 600, "only {} skills", names.len());
    }

    #[test]
    fn forms_are_parsed_with_case_and_plural() {
        let text = "[Languages]\n=Go: golang, =GoLang ~ ctx\nVector Databases: vector store(s)\n";
        let lines = parse(text).unwrap();
        assert_eq!(lines[0].canonical, "Go");
        assert_eq!(
            lines[0].forms,
            vec![
                Form {
                    text: "Go".into(),
                    exact: true
                },
                Form {
                    text: "golang".into(),
                    exact: false
                },
                Form {
                    text: "GoLang".into(),
                    exact: true
                },
            ]
        );
        let plural: Vec<&str> = lines[1].forms.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            plural,
            ["Vector Databases", "vector store", "vector stores"]
        );
    }

    #[test]
    fn plus_line_adds_forms_without_the_canonical() {
        let lines = parse("[Languages]\n+TypeScript: =TS ~ ctx\n").unwrap();
        assert_eq!(lines[0].canonical, "TypeScript");
        assert_eq!(
            lines[0].forms,
            vec![Form {
                text: "TS".into(),
                exact: true
            }]
        );
        assert!(lines[0].rules.ctx);
    }

    #[test]
    fn malformed_lines_are_errors_naming_the_line() {
        for (text, want) in [
            ("Go golang", "skills.txt:1"),
            ("[L]\nGo: x ~ bogus", "skills.txt:2"),
            ("Go: golang", "skills.txt:1"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.starts_with(want), "text: {text:?} gave {err}");
        }
    }
}
