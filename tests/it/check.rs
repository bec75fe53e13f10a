//! `dossier check`: every kind of problem with file and line, JSON for
//! tools, exit 1 on errors (or on warnings with `--strict`), nothing written.

use crate::support::*;

#[test]
fn check_reports_every_problem_kind_with_file_and_line() {
    let f = fixture("check/problems");
    let run = f.run(&["check"]).fails();
    let stderr = run.stderr();
    for line in [
        // broken internal link
        "error: content/notes/links.md:11: link to `gone.md`: there is no document content/notes/gone.md",
        // anchors: this page, another document, a wikilink's section, a tag page
        "error: content/notes/links.md:12: link to `#nowhere`: this document has no heading or id `nowhere`",
        "  help: its headings' anchors are #overview, #details",
        "error: content/notes/links.md:13: link to `../jobs/acme-a.md#benefits`: content/jobs/acme-a.md has no heading or id `benefits`",
        "error: content/notes/links.md:15: wikilink [[jobs/acme-a#Salary]]: content/jobs/acme-a.md has no heading or id `salary`",
        "error: content/notes/links.md:16: link to `/skills/go/#nothing-here`: the page /skills/go/ has no heading or id `nothing-here`",
        // unresolved wikilink
        "error: content/notes/links.md:14: wikilink [[No Such Page]]: no document or tag is called `No Such Page`",
        // no company, role or skill
        "warning: content/notes/untagged.md:1: no company, role or skill was found",
        // spellings of one company
        "warning: content/jobs/acme-b.md:3: possible alias: the companies `Acme Corp` (content/jobs/acme-a.md:3, content/notes/links.md:3) and `AcmeCorp` (content/jobs/acme-b.md:3) differ only in spelling but are separate tags",
        "  help: if they are one company, add the alias to dossier.yaml: `vocabulary: {companies: {Acme Corp: [AcmeCorp]}}`",
        // duplicate titles, both files named
        "warning: content/jobs/acme-a.md:2: duplicate title `Acme backend posting`: content/jobs/acme-b.md has it too",
        "warning: content/jobs/acme-b.md:2: duplicate title `ACME  backend posting`: content/jobs/acme-a.md has it too",
    ] {
        assert!(stderr.contains(line), "want {line:?} in:\n{stderr}");
    }
    assert_eq!(
        run.stdout(),
        "checked 4 documents, 25 pages: 6 errors, 4 warnings\n"
    );
    // Good anchors (`#details`, `acme-a.md#why-acme`, `[[jobs/acme-a#Why Acme]]`) pass.
    assert!(!stderr.contains("`details`") && !stderr.contains("`why-acme`"));
    assert!(!f.exists("public"), "check writes nothing");
}

#[test]
fn check_json_is_one_array_of_diagnostics() {
    let f = fixture("check/problems");
    let run = f.run(&["check", "--json"]).fails();
    assert_eq!(run.stderr(), "", "JSON mode prints only the array");
    check_golden(
        &fixtures_dir().join("check/problems/expected/check.json"),
        &run.stdout(),
    );
    let diags: Vec<serde_json::Value> = serde_json::from_str(&run.stdout()).unwrap();
    for d in &diags {
        let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["help", "line", "message", "path", "severity"], "{d}");
    }
    assert_eq!(diags.len(), 10);
}

#[test]
fn clean_site_passes_check() {
    let f = fixture("check/clean");
    let run = f.run(&["check"]).ok();
    assert_eq!(run.stderr(), "");
    assert_eq!(run.stdout(), "checked 2 documents, 23 pages: no problems\n");
    assert_eq!(f.run(&["check", "--json"]).ok().stdout(), "[]\n");
}

#[test]
fn alias_in_config_makes_one_tag() {
    let f = fixture("check/problems");
    f.write(
        "dossier.yaml",
        "vocabulary: {companies: {Acme Corp: [AcmeCorp]}}\n",
    );
    let run = f.run(&["check"]).fails();
    assert!(!run.stderr().contains("possible alias"), "{}", run.stderr());
}

#[test]
fn warnings_fail_only_with_strict() {
    let f = fixture("check/clean");
    f.write("content/notes/idle.md", "---\ntitle: Idle\n---\nNothing.\n");
    let run = f.run(&["check"]).ok();
    assert!(
        run.stderr()
            .contains("warning: content/notes/idle.md:1: no company, role or skill was found")
    );
    assert!(run.stdout().ends_with(": 1 warning\n"), "{}", run.stdout());
    let strict = f.run(&["check", "--strict"]).fails();
    assert!(
        strict
            .stdout()
            .ends_with(": 1 warning (--strict: warnings fail)\n"),
        "{}",
        strict.stdout()
    );

    let strict_build = f.build(&["--strict"]).fails();
    assert!(
        strict_build
            .stderr()
            .contains("--strict: warnings count as errors"),
        "{}",
        strict_build.stderr()
    );
    assert!(!f.exists("public"), "a failed strict build writes nothing");
    f.build(&[]).ok();
    assert!(f.exists("public/index.html"));
    // An up-to-date site still has its warnings: --strict fails, -q hides them.
    let again = f.build(&["--strict"]).fails();
    assert!(
        again.stderr().contains("idle.md:1: no company"),
        "{}",
        again.stderr()
    );
    let quiet = f.build(&["-q"]).ok();
    assert_eq!(
        (quiet.stdout(), quiet.stderr()),
        (String::new(), String::new())
    );
    assert!(f.build(&[]).ok().stdout().starts_with("up to date: "));
}

#[test]
fn check_renders_templates_and_reports_their_errors() {
    let f = fixture("check/clean");
    f.write(
        "themes/default/templates/document.html",
        "{% extends \"base.html\" %}{% block main %}{{ doc.no_such_field.deeper }}{% endblock main %}",
    );
    let run = f.run(&["check"]).fails();
    assert!(
        run.stderr()
            .contains("error: themes/default/templates/document.html"),
        "{}",
        run.stderr()
    );
    assert!(!f.exists("public"));
}

#[test]
fn config_error_is_reported_in_json_too() {
    let f = fixture("check/clean");
    f.write("dossier.yaml", "title: A\nbase_ulr: /x/\n");
    let run = f.run(&["check", "--json"]).fails();
    let diags: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    assert_eq!(diags[0]["path"], "dossier.yaml");
    assert_eq!(diags[0]["line"], 2);
    assert_eq!(diags[0]["severity"], "error");
}

#[test]
fn output_folder_dossier_may_not_replace_is_an_error() {
    let f = fixture("check/clean");
    f.write("public/mine.txt", "not dossier's");
    let run = f.run(&["check"]).fails();
    assert!(
        run.stderr()
            .contains("error: public: the output folder holds files dossier did not write"),
        "{}",
        run.stderr()
    );
}

#[test]
fn duplicate_titles_are_warned_on_markdown_and_name_the_others() {
    let f = fixture("check/clean");
    // Two postings of one role: plain text titles come from the tags.
    f.write(
        "content/jobs/acme-again.txt",
        &f.read("content/jobs/acme.txt"),
    );
    let run = f.run(&["check"]).ok();
    assert!(
        !run.stderr().contains("duplicate title"),
        "{}",
        run.stderr()
    );

    f.write(
        "content/notes/copy.md",
        "---\ntitle: backend engineer at ACME Corp\nskills: [Go]\n---\nA copy.\n",
    );
    let run = f.run(&["check"]).ok();
    assert!(
        run.stderr().contains(
            "warning: content/notes/copy.md:2: duplicate title `backend engineer at ACME Corp`: \
             content/jobs/acme-again.txt and content/jobs/acme.txt have it too"
        ),
        "{}",
        run.stderr()
    );
    assert_eq!(run.stderr().matches("duplicate title").count(), 1);

    for n in 1..=5 {
        f.write(
            &format!("content/notes/copy-{n}.md"),
            "---\ntitle: Backend Engineer at Acme Corp\nskills: [Go]\n---\nA copy.\n",
        );
    }
    let run = f.run(&["check"]).ok();
    assert!(
        run.stderr().contains(
            "warning: content/notes/copy.md:2: duplicate title `backend engineer at ACME Corp`: \
             content/jobs/acme-again.txt, content/jobs/acme.txt, content/notes/copy-1.md, \
             content/notes/copy-2.md, content/notes/copy-3.md and 2 more have it too"
        ),
        "{}",
        run.stderr()
    );
}

#[test]
fn possible_alias_names_every_place_of_the_rare_spelling() {
    let f = fixture("check/clean");
    for n in 1..=6 {
        f.write(
            &format!("content/notes/n{n}.md"),
            &format!("---\ntitle: Note {n}\ncompany: Acme Corp\nskills: [Go]\n---\nNote.\n"),
        );
    }
    for n in 1..=2 {
        f.write(
            &format!("content/notes/r{n}.md"),
            &format!("---\ntitle: Other {n}\nskills: [Go]\ncompany: AcmeCorp\n---\nNote.\n"),
        );
    }
    let run = f.run(&["check"]).ok();
    let want = "warning: content/notes/r1.md:4: possible alias: the companies `Acme Corp` \
        (content/jobs/acme.txt:1, content/notes/call.md:3, content/notes/n1.md:3, \
        content/notes/n2.md:3, content/notes/n3.md:3, 3 more) and `AcmeCorp` \
        (content/notes/r1.md:4, content/notes/r2.md:4) differ only in spelling but are separate tags";
    assert!(run.stderr().contains(want), "{}", run.stderr());
    assert_eq!(run.stderr().matches("possible alias").count(), 1);
}
