//! Bad input: clear messages with file and line, exit 1, previous output untouched.

use crate::support::*;

/// Builds once, breaks the site with `edit`, builds again: exit 1, the
/// exact messages, and the previous output byte for byte.
fn fails_keeping_output(edit: impl Fn(&Fixture), want: &[&str]) {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    let out = f.root.join("public");
    let before: Vec<(String, Vec<u8>)> = files_under(&out)
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(out.join(&p)).unwrap()))
        .collect();
    edit(&f);
    let run = f.build(&[]).fails();
    let stderr = run.stderr();
    for line in want {
        assert!(stderr.contains(line), "want {line:?} in:\n{stderr}");
    }
    assert!(
        stderr.contains("build failed: nothing was written; the output folder is as it was"),
        "{stderr}"
    );
    let after: Vec<(String, Vec<u8>)> = files_under(&out)
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(out.join(&p)).unwrap()))
        .collect();
    assert!(before == after, "previous output changed");
}

#[test]
fn link_to_a_missing_document_names_both_files() {
    fails_keeping_output(
        |f| {
            f.write(
                "content/notes/bad.md",
                "---\ntitle: Bad\n---\nIntro.\n\nSee [gone](../jobs/gone.txt).\n",
            );
        },
        &[
            "error: content/notes/bad.md:6: link to `../jobs/gone.txt`: there is no document content/jobs/gone.txt",
        ],
    );
}

#[test]
fn link_to_a_draft_says_so() {
    fails_keeping_output(
        |f| {
            f.write("content/notes/bad.md", "See [draft](draft.md).\n");
        },
        &[
            "error: content/notes/bad.md:1: link to `draft.md`: content/notes/draft.md is a draft, left out of the site (build with --drafts to include it)",
        ],
    );
}

#[test]
fn two_documents_on_one_url_name_both_files() {
    fails_keeping_output(
        |f| {
            f.write("content/jobs/Acme Backend.md", "x\n");
        },
        &[
            "error: content/jobs/acme-backend.md: this document and content/jobs/Acme Backend.md would both be published at /jobs/acme-backend/",
        ],
    );
}

#[test]
fn wrong_front_matter_type_names_the_file_line() {
    fails_keeping_output(
        |f| {
            f.write(
                "content/jobs/bad.md",
                "---\ntitle: Bad\nskills: Go\n---\nx\n",
            );
        },
        &[
            "error: content/jobs/bad.md:3: `skills` must be a list\n  help: write `skills: [Go, Rust]`",
        ],
    );
}

#[test]
fn all_errors_are_reported_together() {
    fails_keeping_output(
        |f| {
            f.write("content/a.md", "---\ndraft: maybe\n---\n");
            f.write("content/b.md", "---\ntitle: [unclosed\n---\n");
            f.write("content/c.md", "[x](nope.md)\n");
        },
        &[
            "error: content/a.md:2: `draft` must be true or false",
            "error: content/b.md:",
            "invalid YAML in front matter",
            "error: content/c.md:1: link to `nope.md`",
        ],
    );
}

#[test]
fn broken_template_names_template_and_line() {
    fails_keeping_output(
        |f| {
            f.write("themes/default/templates/404.html", "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title | nosuchfilter }}\n{% endblock main %}\n");
        },
        &["error: themes/default/templates/404.html:3: template error:"],
    );
}

#[test]
fn unknown_config_key_names_line() {
    fails_keeping_output(
        |f| {
            f.write("dossier.yaml", "title: T\nbase_ulr: /x/\n");
        },
        &["error: dossier.yaml:2: unknown field `base_ulr`"],
    );
}

#[test]
fn output_folder_with_foreign_files_is_refused() {
    let f = fixture("build/basic");
    f.write("public/mine.txt", "my own file");
    let run = f.build(&[]).fails();
    assert!(
        run.stderr().contains("error: public: the output folder holds files dossier did not write (it has no .dossier-output file)"),
        "{}",
        run.stderr()
    );
    assert_eq!(f.read("public/mine.txt"), "my own file");
}

#[test]
fn output_folder_inside_content_is_refused() {
    let f = fixture("build/basic");
    let run = f.build(&["-o", "content/site"]).fails();
    assert!(
        run.stderr()
            .contains("the output folder overlaps the content folder content/"),
        "{}",
        run.stderr()
    );
    assert!(!f.exists("content/site"));
}

#[test]
fn missing_content_folder_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let run = dossier(dir.path(), &["build"]).fails();
    assert!(
        run.stderr()
            .contains("error: content: there is no content/ folder here"),
        "{}",
        run.stderr()
    );
}
