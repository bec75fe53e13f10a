//! What every subcommand shares: exit statuses, the `--root` check, paths
//! as the user types them, loading the config and printing diagnostics.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::{Config, Overrides};
use crate::diag::{self, Diagnostic};

/// Exit status for content, template and config errors.
pub const FAILURE: u8 = 1;

/// Exit status for bad usage, as clap's.
pub const USAGE: u8 = 2;

/// `Ok` when `--root` names a folder (relative to the current folder);
/// otherwise what is wrong with it, the same for every command.
pub fn check_root(root: &Path) -> Result<(), Diagnostic> {
    let flag = format!("--root {}", root.display());
    let help = "pass the folder that holds content/ and dossier.yaml";
    match std::fs::metadata(root) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(Diagnostic::error(flag, "this is a file, not a folder").with_help(help)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(
                Diagnostic::error(flag, "there is no such folder").with_help(format!(
                    "{help}, or create one with `dossier init {}`",
                    root.display()
                )),
            )
        }
        Err(e) => Err(Diagnostic::error(flag, format!("cannot be opened: {e}")).with_help(help)),
    }
}

/// A path as the user can type it from the current folder: `./public` is
/// `public`, `../kb/./public` is `../kb/public`.
pub fn shown(path: &Path) -> String {
    let parts: std::path::PathBuf = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if parts.as_os_str().is_empty() {
        ".".to_string()
    } else {
        parts.display().to_string()
    }
}

/// Diagnostics with their paths as the user reaches them from the current
/// folder: under `--root ../kb`, `content/a.md` is `../kb/content/a.md`.
/// Flags (`--base-url`) and absolute paths stay as they are.
pub fn from_here(root: &Path, diags: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut diags = diags.to_vec();
    if shown(root) != "." {
        for d in &mut diags {
            if !d.path.starts_with('-') && !Path::new(&d.path).is_absolute() {
                d.path = shown(&root.join(&d.path));
            }
        }
    }
    diags
}

/// Reads the config of the knowledge base at `root` and applies flags;
/// prints the diagnostic and returns `None` when the config is wrong.
pub fn load_config(root: &Path, overrides: &Overrides) -> anyhow::Result<Option<Config>> {
    let mut config = match Config::from_root(root)? {
        Ok(config) => config,
        Err(d) => {
            diag::print(&from_here(root, &[d]));
            return Ok(None);
        }
    };
    if let Err(d) = config.apply(overrides) {
        diag::print(&from_here(root, &[d]));
        return Ok(None);
    }
    Ok(Some(config))
}

/// Prints diagnostics; `true` when one of them is an error.
pub fn report(diags: &[Diagnostic]) -> bool {
    diag::print(diags);
    diags.iter().any(Diagnostic::is_error)
}

/// Every key of a config as JSON, nested keys joined with `.`
/// (`vocabulary.skills`), with its value: the keys `dossier.yaml` can set.
/// Objects with keys are sections; empty objects (maps such as `extra`)
/// are values.
pub fn config_keys(config: &serde_json::Value) -> BTreeMap<String, serde_json::Value> {
    fn walk(
        prefix: &str,
        value: &serde_json::Value,
        out: &mut BTreeMap<String, serde_json::Value>,
    ) {
        match value {
            serde_json::Value::Object(map) if !map.is_empty() => {
                for (key, value) in map {
                    let path = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    walk(&path, value, out);
                }
            }
            other => {
                out.insert(prefix.to_string(), other.clone());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk("", config, &mut out);
    out
}
