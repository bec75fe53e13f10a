//! Write: pages → the output folder, atomically.
//!
//! A build writes into a staging folder beside the output and swaps it in
//! only when everything succeeded, so a failed build leaves the previous
//! site as it was. dossier marks its output with a marker file and refuses
//! to replace a non-empty folder without one.
//!
//! The marker is also a [`Manifest`]: the hash of the build's inputs and of
//! every file written. A build whose inputs hash the same as the last one's
//! has nothing to do; otherwise a file whose bytes are unchanged is hard
//! linked from the previous output instead of written again, so it keeps
//! its modification time and rsync-style deploys skip it. The marker is
//! gzip-compressed JSON (`zcat .dossier-output` shows it): at 10,000
//! documents the plain JSON is 1.3 MB, a third of it hashes.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use crate::config::{CONTENT_DIR, THEMES_DIR};
use crate::diag::Diagnostic;

/// The marker file dossier writes into every output folder.
pub const MARKER: &str = ".dossier-output";

/// What the marker file holds: what the output was built from and of.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    /// Says what the folder is, for people who open the file.
    pub note: String,
    /// Hash of every input of the build ([`crate::inputs_key`]), hex.
    pub inputs: String,
    /// Warnings of that build, printed again when nothing changed.
    pub warnings: Vec<Diagnostic>,
    /// Every file written: path → hash of its bytes (hex) and size.
    pub files: BTreeMap<String, (String, u64)>,
}

impl Manifest {
    /// The manifest of the output folder `dir`, if it has a readable one.
    pub fn read(dir: &Path) -> Option<Manifest> {
        let bytes = fs::read(dir.join(MARKER)).ok()?;
        // Plain JSON is what builds before the marker was compressed wrote.
        let json = match bytes.starts_with(&[0x1f, 0x8b]) {
            true => crate::gzip::decompress(&bytes).ok()?,
            false => bytes,
        };
        serde_json::from_slice(&json).ok()
    }

    /// `true` when every file it lists is in `dir` with its size.
    pub fn files_present(&self, dir: &Path) -> bool {
        self.files.iter().all(|(file, (_, size))| {
            fs::symlink_metadata(dir.join(file)).is_ok_and(|m| m.is_file() && m.len() == *size)
        })
    }
}

/// The hash of an output file's bytes, as the manifest writes it.
pub fn file_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

const MARKER_TEXT: &str =
    "This folder is written by dossier. `dossier build` replaces all of it.\n";

/// Checks that `out` is a folder dossier may replace: not the root, not one
/// of its parents, not inside `content/` or `themes/`, and either missing,
/// empty, or marked as dossier's output. `shown` names it in messages.
pub fn check_output_dir(root: &Path, out: &Path, shown: &str) -> Result<(), Diagnostic> {
    let root = absolute(root);
    let out = absolute(out);
    let error =
        |message: String, help: &str| Diagnostic::error(shown, message).with_help(help.to_string());
    let move_it =
        "set `output_dir` in dossier.yaml (or pass -o) to a folder of its own, such as `public`";
    if root.starts_with(&out) {
        return Err(error(
            "the output folder would hold the whole knowledge base".into(),
            move_it,
        ));
    }
    for (dir, what) in [(CONTENT_DIR, "content"), (THEMES_DIR, "themes")] {
        let d = root.join(dir);
        if out.starts_with(&d) || d.starts_with(&out) {
            return Err(error(
                format!("the output folder overlaps the {what} folder {dir}/"),
                move_it,
            ));
        }
    }
    match fs::symlink_metadata(&out) {
        Err(_) => Ok(()),
        Ok(meta) if !meta.is_dir() => Err(error(
            "the output path exists and is not a folder".into(),
            move_it,
        )),
        Ok(_) => {
            let has_marker = out.join(MARKER).is_file();
            let empty = fs::read_dir(&out)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if has_marker || empty {
                Ok(())
            } else {
                Err(error(
                    format!(
                        "the output folder holds files dossier did not write (it has no {MARKER} file)"
                    ),
                    "choose an empty or new folder for the output; dossier never replaces folders it did not create",
                ))
            }
        }
    }
}

/// Lexically absolute path (no `.`/`..`), without touching the disk.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// A staging folder being filled; [`Staging::commit`] swaps it in, dropping
/// it without commit removes it.
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    committed: bool,
    /// The previous output's manifest (empty when there is none).
    old: Manifest,
    /// Files written so far: path → (hash, size).
    written: Mutex<BTreeMap<String, (String, u64)>>,
}

impl Staging {
    /// Creates the staging folder beside `target` (`.NAME.staging`),
    /// replacing a leftover one from an interrupted build.
    pub fn begin(target: &Path) -> anyhow::Result<Staging> {
        let target = absolute(target);
        remove_leftovers(&target)?;
        let dir = sibling(&target, "staging")?;
        fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        // From here on, dropping `staging` removes the folder: a marker that
        // cannot be written (a full disk) leaves nothing behind.
        let old = Manifest::read(&target).unwrap_or_default();
        let staging = Staging {
            target,
            dir,
            committed: false,
            old,
            written: Mutex::new(BTreeMap::new()),
        };
        fs::write(staging.dir.join(MARKER), MARKER_TEXT)
            .with_context(|| format!("cannot write into {}", staging.dir.display()))?;
        Ok(staging)
    }

    /// The folder being filled.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes one file; `file` is relative, `/`-separated, never `..`.
    /// When the previous output has the same bytes at the same path, that
    /// file is hard linked instead.
    pub fn put(&self, file: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.path_of(file)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let hash = file_hash(bytes);
        let size = bytes.len() as u64;
        if !self.link_unchanged(file, &path, &hash, size) {
            let mut f = fs::File::create(&path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            f.write_all(bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        self.written
            .lock()
            .expect("manifest lock")
            .insert(file.to_string(), (hash, size));
        Ok(())
    }

    /// Copies a file (a content asset) into the output, or links the
    /// previous output's copy when the bytes are the same.
    pub fn copy(&self, file: &str, from: &Path) -> anyhow::Result<()> {
        let bytes = fs::read(from).with_context(|| format!("cannot read {}", from.display()))?;
        self.put(file, &bytes)
    }

    /// Hard links `file` from the previous output when the manifest says it
    /// holds these bytes; `false` when it must be written.
    fn link_unchanged(&self, file: &str, path: &Path, hash: &str, size: u64) -> bool {
        match self.old.files.get(file) {
            Some((h, s)) if h == hash && *s == size => {
                let old = self.target.join(file);
                fs::symlink_metadata(&old).is_ok_and(|m| m.is_file() && m.len() == size)
                    && fs::hard_link(&old, path).is_ok()
            }
            _ => false,
        }
    }

    fn path_of(&self, file: &str) -> anyhow::Result<PathBuf> {
        let rel = Path::new(file);
        let safe = rel.components().all(|c| matches!(c, Component::Normal(_)));
        if !safe || file.is_empty() {
            bail!("refusing to write {file:?}: it is not a plain path inside the output folder");
        }
        Ok(self.dir.join(rel))
    }

    /// Writes the manifest (`inputs`: the build's input key; `warnings`:
    /// to print again when nothing changes) and swaps the staging folder in.
    pub fn commit(mut self, inputs: &str, warnings: &[Diagnostic]) -> anyhow::Result<()> {
        let manifest = Manifest {
            note: MARKER_TEXT.trim().to_string(),
            inputs: inputs.to_string(),
            warnings: warnings.to_vec(),
            files: std::mem::take(&mut *self.written.lock().expect("manifest lock")),
        };
        let path = self.dir.join(MARKER);
        let cannot = || format!("cannot write into {}", self.dir.display());
        let json = serde_json::to_vec(&manifest).with_context(cannot)?;
        fs::write(&path, crate::gzip::pack(&json)).with_context(cannot)?;
        let old = sibling(&self.target, "old")?;
        if old.exists() {
            fs::remove_dir_all(&old)
                .with_context(|| format!("cannot remove the leftover {}", old.display()))?;
        }
        let had_target = self.target.exists();
        if had_target {
            fs::rename(&self.target, &old)
                .with_context(|| format!("cannot move {} aside", self.target.display()))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.target) {
            if had_target {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(e).with_context(|| {
                format!("cannot move the new site into {}", self.target.display())
            });
        }
        self.committed = true;
        if had_target {
            fs::remove_dir_all(&old)
                .with_context(|| format!("cannot remove the previous site at {}", old.display()))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Removes what an interrupted build left beside the output folder
/// `target`: its staging folder (`.NAME.dossier-staging`), and the
/// previous site moved aside (`.NAME.dossier-old`) when the new one is in
/// place. Every build calls it first, even one that finds nothing to do.
/// A folder of that name without dossier's marker is not dossier's, and
/// stops the build.
pub fn remove_leftovers(target: &Path) -> anyhow::Result<()> {
    let target = absolute(target);
    let old = sibling(&target, "old")?;
    let leftovers = [
        Some(sibling(&target, "staging")?),
        target.is_dir().then_some(old),
    ];
    for dir in leftovers.into_iter().flatten() {
        if fs::symlink_metadata(&dir).is_err() {
            continue;
        }
        if !dir.join(MARKER).is_file() {
            bail!(
                "{} exists and was not made by dossier; move it away",
                dir.display()
            );
        }
        fs::remove_dir_all(&dir)
            .with_context(|| format!("cannot remove the leftover {}", dir.display()))?;
    }
    Ok(())
}

/// `/x/public` → `/x/.public.dossier-KIND`.
fn sibling(target: &Path, kind: &str) -> anyhow::Result<PathBuf> {
    let name = target
        .file_name()
        .with_context(|| format!("{} is not a folder that can be replaced", target.display()))?;
    let parent = target
        .parent()
        .with_context(|| format!("{} has no parent folder", target.display()))?;
    Ok(parent.join(format!(".{}.dossier-{kind}", name.to_string_lossy())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_dir_rules() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("content/x")).unwrap();
        fs::create_dir_all(root.join("mine")).unwrap();
        fs::write(root.join("mine/notes.txt"), "mine").unwrap();
        fs::create_dir_all(root.join("empty")).unwrap();
        for (out, ok) in [
            ("public", true),
            ("empty", true),
            ("mine", false),
            (".", false),
            ("content", false),
            ("content/x", false),
            ("themes/out", false),
            ("..", false),
        ] {
            assert_eq!(
                check_output_dir(root, &root.join(out), out).is_ok(),
                ok,
                "out: {out:?}"
            );
        }
    }

    #[test]
    fn a_plain_json_manifest_still_reads() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = Manifest {
            inputs: "k".into(),
            files: [("a.html".to_string(), ("h".to_string(), 1))].into(),
            ..Manifest::default()
        };
        fs::write(
            dir.path().join(MARKER),
            serde_json::to_vec(&manifest).unwrap(),
        )
        .unwrap();
        assert_eq!(Manifest::read(dir.path()), Some(manifest));
    }

    #[test]
    fn commit_swaps_and_drop_discards() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let s = Staging::begin(&target).unwrap();
        s.put("a/index.html", b"one").unwrap();
        s.commit("k", &[]).unwrap();
        assert_eq!(fs::read(target.join("a/index.html")).unwrap(), b"one");
        assert!(target.join(MARKER).is_file());
        let manifest = Manifest::read(&target).expect("the manifest reads back");
        assert_eq!(manifest.inputs, "k");
        assert_eq!(manifest.files["a/index.html"], (file_hash(b"one"), 3));

        let s = Staging::begin(&target).unwrap();
        s.put("a/index.html", b"two").unwrap();
        assert!(s.put("../escape", b"x").is_err());
        drop(s);
        assert_eq!(
            fs::read(target.join("a/index.html")).unwrap(),
            b"one",
            "a dropped build leaves the site"
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"], "no staging folder left behind");
    }
}
