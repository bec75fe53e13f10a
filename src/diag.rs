//! Diagnostics: a mistake in the user's files, as data.
//!
//! Every stage collects [`Diagnostic`]s instead of stopping at the first one;
//! the binary prints them all (terminal), and `serve` shows them as an overlay.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How bad a diagnostic is: errors fail the build, warnings only with `--strict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one of the user's files.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators (`content/jobs/a.md`).
    pub path: String,
    /// 1-based line of the file, where there is one.
    pub line: Option<u32>,
    /// What is wrong, in lower case, naming the thing that is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error in `path` (relative to the site root).
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            message: message.into(),
            help: None,
        }
    }

    /// A warning in `path` (relative to the site root).
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Sets the 1-based line of the file.
    pub fn at_line(mut self, line: u32) -> Self {
        self.line = Some(line);
        self
    }

    /// Sets the line when there is one.
    pub fn at(mut self, line: Option<u32>) -> Self {
        self.line = line;
        self
    }

    /// Adds how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `true` for errors, which fail a build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line` or `path`.
    pub fn location(&self) -> String {
        match self.line {
            Some(line) => format!("{}:{}", self.path, line),
            None => self.path.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}: {}", self.location(), self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Sorts diagnostics by file, line and message, and drops exact repeats, so
/// that output is the same whatever the thread count.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        (&a.path, a.line, a.severity, &a.message).cmp(&(&b.path, b.line, b.severity, &b.message))
    });
    diags.dedup();
}

/// Prints diagnostics to standard error, coloured when it is a terminal
/// and `NO_COLOR` is unset.
pub fn print(diags: &[Diagnostic]) {
    use std::io::Write as _;
    let mut err = anstream::stderr().lock();
    let red = anstyle::AnsiColor::Red.on_default().bold();
    let yellow = anstyle::AnsiColor::Yellow.on_default().bold();
    let cyan = anstyle::AnsiColor::Cyan.on_default().bold();
    for d in diags {
        let (label, style) = match d.severity {
            Severity::Error => ("error", red),
            Severity::Warning => ("warning", yellow),
        };
        let _ = writeln!(
            err,
            "{style}{label}{style:#}: {}: {}",
            d.location(),
            d.message
        );
        if let Some(help) = &d.help {
            let _ = writeln!(err, "  {cyan}help{cyan:#}: {help}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_location_message_and_help() {
        let d = Diagnostic::error("content/jobs/acme.md", "`skills` must be a list")
            .at_line(4)
            .with_help("write `skills: [Go, Rust]`");
        assert_eq!(
            d.to_string(),
            "error: content/jobs/acme.md:4: `skills` must be a list\n  help: write `skills: [Go, Rust]`"
        );
        let w = Diagnostic::warning("content/a.txt", "no company, role or skill found");
        assert_eq!(
            w.to_string(),
            "warning: content/a.txt: no company, role or skill found"
        );
    }

    #[test]
    fn sort_orders_by_file_then_line() {
        let mut v = vec![
            Diagnostic::error("b.md", "x").at_line(1),
            Diagnostic::error("a.md", "y").at_line(9),
            Diagnostic::error("a.md", "z").at_line(2),
            Diagnostic::error("a.md", "z").at_line(2),
        ];
        sort(&mut v);
        let got: Vec<String> = v.iter().map(|d| d.location()).collect();
        assert_eq!(got, ["a.md:2", "a.md:9", "b.md:1"]);
    }
}
