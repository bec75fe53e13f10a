//! `dossier init`: a knowledge base that builds, checks clean and carries a
//! GitHub Pages workflow; nothing of the user's is ever overwritten.

use std::path::Path;
use std::process::Command;

use crate::support::*;

fn workflow(kb: &Path) -> serde_yaml::Value {
    let text = std::fs::read_to_string(kb.join(".github/workflows/pages.yml")).unwrap();
    serde_yaml::from_str(&text).expect("the workflow is valid YAML")
}

/// The `run:` script of the build job's step called `name`.
fn step_script(flow: &serde_yaml::Value, name: &str) -> String {
    flow["jobs"]["build"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["name"].as_str() == Some(name))
        .and_then(|s| s["run"].as_str())
        .unwrap_or_else(|| panic!("no step {name:?} with a script"))
        .to_string()
}

#[test]
fn init_then_build_and_check_pass() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["init", "kb"]).ok();
    assert!(
        run.stdout()
            .starts_with("created a knowledge base in kb/ (5 of 5 files)\n"),
        "{}",
        run.stdout()
    );
    let kb = dir.path().join("kb");
    for file in [
        "dossier.yaml",
        "content/notes/first-note.md",
        "content/postings/example-posting.txt",
        ".github/workflows/pages.yml",
        ".gitignore",
    ] {
        assert!(kb.join(file).is_file(), "{file}");
    }
    dossier(&kb, &["build"]).ok();
    assert!(kb.join("public/index.html").is_file());
    assert!(kb.join("public/notes/first-note/index.html").is_file());
    assert!(
        kb.join("public/postings/example-posting/index.html")
            .is_file()
    );
    let run = dossier(&kb, &["check"]).ok();
    assert_eq!(run.stderr(), "", "the example checks clean");
    assert!(
        run.stdout().ends_with(": no problems\n"),
        "{}",
        run.stdout()
    );
    workflow(&kb);
}

#[test]
fn init_verbose_lists_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["init", "kb", "--verbose"]).ok();
    for file in [
        "dossier.yaml",
        ".github/workflows/pages.yml",
        "content/notes/first-note.md",
    ] {
        assert!(
            run.stdout().contains(&format!("created {file}\n")),
            "{file} in:\n{}",
            run.stdout()
        );
    }
}

#[test]
fn workflow_builds_with_the_pages_address_and_deploys() {
    let dir = tempfile::tempdir().unwrap();
    dossier(dir.path(), &["init", "kb"]).ok();
    let flow = workflow(&dir.path().join("kb"));
    assert_eq!(flow["permissions"]["pages"], "write");
    assert_eq!(flow["permissions"]["id-token"], "write");
    assert_eq!(flow["concurrency"]["group"], "pages");
    assert!(flow["on"]["push"].is_mapping() && flow["on"].get("workflow_dispatch").is_some());
    let uses: Vec<&str> = ["build", "deploy"]
        .iter()
        .flat_map(|job| flow["jobs"][job]["steps"].as_sequence().unwrap())
        .filter_map(|s| s["uses"].as_str())
        .collect();
    for action in [
        "actions/checkout@",
        "actions/configure-pages@",
        "dtolnay/rust-toolchain@",
        "actions/upload-pages-artifact@",
        "actions/deploy-pages@",
    ] {
        assert!(
            uses.iter().any(|u| u.starts_with(action)),
            "{action} in {uses:?}"
        );
    }
    assert_eq!(flow["jobs"]["deploy"]["needs"], "build");
    assert_eq!(
        flow["jobs"]["deploy"]["environment"]["name"],
        "github-pages"
    );
    assert!(step_script(&flow, "Build dossier").contains("cargo install --locked --git"));
}

/// Runs the workflow's "Build the site" step as the runner would, with the
/// address configure-pages gives a project site: every link works under
/// the sub-path.
#[test]
fn workflow_site_step_builds_for_the_sub_path() {
    let dir = tempfile::tempdir().unwrap();
    dossier(dir.path(), &["init", "kb"]).ok();
    let kb = dir.path().join("kb");
    let script = step_script(&workflow(&kb), "Build the site");
    let bin = Path::new(env!("CARGO_BIN_EXE_dossier")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let status = Command::new("bash")
        .args(["-euo", "pipefail", "-c", &script])
        .current_dir(&kb)
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("BASE_URL", "https://someone.github.io/research/")
        .env("NO_COLOR", "1")
        .status()
        .expect("run bash");
    assert!(status.success());
    let problems = broken_internal_links(&kb.join("public"), "/research/");
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        std::fs::read_to_string(kb.join("public/sitemap.xml"))
            .unwrap()
            .contains("https://someone.github.io/research/notes/first-note/")
    );
}

/// Runs the workflow's "Find the dossier commit to build" step against a
/// local repository: a branch tip, an annotated tag's commit, a commit
/// hash as given, and a clear error without `DOSSIER_GIT`.
#[test]
fn workflow_finds_the_commit_to_build() {
    let git_ok = Command::new("git").arg("--version").output().is_ok();
    if !git_ok {
        eprintln!("git is not installed; skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    dossier(dir.path(), &["init", "kb"]).ok();
    let script = step_script(
        &workflow(&dir.path().join("kb")),
        "Find the dossier commit to build",
    );
    let repo = dir.path().join("dossier-src");
    std::fs::create_dir_all(&repo).unwrap();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .current_dir(&repo)
            .output()
            .expect("run git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    git(&["init", "-q"]);
    git(&["commit", "-q", "--allow-empty", "-m", "one"]);
    let first = git(&["rev-parse", "HEAD"]);
    git(&["tag", "-a", "v1", "-m", "v1"]);
    git(&["commit", "-q", "--allow-empty", "-m", "two"]);
    let head = git(&["rev-parse", "HEAD"]);

    let find = |vars: &[(&str, &str)]| {
        let output = dir.path().join("github-output");
        let _ = std::fs::remove_file(&output);
        let mut cmd = Command::new("bash");
        cmd.args(["-eo", "pipefail", "-c", &script])
            .env("GITHUB_OUTPUT", &output)
            .env_remove("DOSSIER_GIT")
            .env_remove("DOSSIER_REV");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run bash");
        let written = std::fs::read_to_string(&output).unwrap_or_default();
        (out, written)
    };
    let url = repo.to_str().unwrap();
    for (rev, want) in [
        ("", &head),
        ("main", &head),
        ("v1", &first),
        (first.as_str(), &first),
    ] {
        let (out, written) = find(&[("DOSSIER_GIT", url), ("DOSSIER_REV", rev)]);
        assert!(
            out.status.success(),
            "rev {rev:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(written, format!("commit={want}\n"), "rev {rev:?}");
    }
    let (out, _) = find(&[]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("::error::set the repository variable DOSSIER_GIT")
    );
}

#[test]
fn init_force_adds_missing_files_and_keeps_the_others() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dossier.yaml"), "title: Mine\n").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    dossier(dir.path(), &["init"]).fails();
    let run = dossier(dir.path(), &["init", "--force"]).ok();
    assert!(
        run.stdout().contains("kept dossier.yaml: it exists"),
        "{}",
        run.stdout()
    );
    assert!(run.stdout().contains("(4 of 5 files)"), "{}", run.stdout());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        "title: Mine\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
    assert!(dir.path().join(".github/workflows/pages.yml").is_file());
    // A second run changes nothing and says so.
    let again = dossier(dir.path(), &["init", "--force", "--quiet"]).ok();
    assert_eq!(again.stdout(), "");
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let run = dossier(dir.path(), &["init", "."]).fails();
    for want in ["error: .: the folder is not empty", "--force"] {
        assert!(run.stderr().contains(want), "{want} in:\n{}", run.stderr());
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
    assert!(!dir.path().join("dossier.yaml").exists());
}
