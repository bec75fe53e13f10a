//! Faults: `dossier serve` stays up through a broken template, files
//! deleted while it rebuilds and its content folder renamed away and back,
//! and recovers when the cause goes; `dossier build` on a full disk fails
//! cleanly and leaves the previous site, and the staging folder of a build
//! killed part way is removed by the next; request paths never reach a file
//! outside the site.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::serve::{Server, wait_event};
use crate::support::*;

/// Polls `check` until it holds, for at most a minute.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !check() {
        assert!(Instant::now() < deadline, "never: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The document count a company page shows.
fn company_count(server: &Server, slug: &str) -> String {
    let (_, page) = server.get(&format!("/companies/{slug}/"));
    page.split("<p class=\"term-count\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .unwrap_or("")
        .to_string()
}

#[test]
fn template_broken_mid_serve_keeps_serving_and_recovers() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let events = server.events();
    let before = server.get("/jobs/acme-sre/").1;
    f.write(
        "themes/default/templates/document.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ doc.title | nosuchfilter }}\n{% endblock main %}\n",
    );
    let ev = wait_event(&events, |e| e["kind"] == "error");
    assert_eq!(
        ev["diagnostics"][0]["location"], "themes/default/templates/document.html:3",
        "{ev}"
    );
    let (status, page) = server.get("/jobs/acme-sre/");
    assert_eq!(status, 200, "the last good site is still served");
    assert_eq!(page, before);
    f.write(
        "themes/default/templates/document.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>Fixed: {{ doc.title }}</h1>\n{% endblock main %}\n",
    );
    wait_event(&events, |e| e["kind"] == "ok");
    eventually("the fixed template is served", || {
        server.get("/jobs/acme-sre/").1.contains("<h1>Fixed: ")
    });
}

#[test]
fn files_deleted_while_rebuilding_end_in_the_right_site() {
    let f = fixture("build/basic");
    const N: usize = 300;
    for i in 0..N {
        f.write(
            &format!("content/churn/doc-{i:03}.md"),
            &format!("---\ncompany: Churn\nskills: [Go]\n---\nDocument {i}.\n"),
        );
    }
    let server = Server::start(&f.root, &[]);
    assert_eq!(company_count(&server, "churn"), format!("{N} documents"));
    // Rounds of edits and deletions, each round starting while the
    // rebuild for the one before is running.
    let mut deleted = 0;
    for round in 0..10 {
        for i in (round..N).step_by(10).take(20) {
            let path = f.root.join(format!("content/churn/doc-{i:03}.md"));
            if round % 2 == 0 {
                if std::fs::remove_file(&path).is_ok() {
                    deleted += 1;
                }
            } else if path.exists() {
                f.write(
                    &format!("content/churn/doc-{i:03}.md"),
                    &format!("---\ncompany: Churn\nskills: [Go]\n---\nDocument {i}, edited in round {round}.\n"),
                );
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let left = N - deleted;
    eventually("the company page counts what is left", || {
        company_count(&server, "churn") == format!("{left} documents")
    });
    for i in 0..N {
        let exists = f.exists(&format!("content/churn/doc-{i:03}.md"));
        let (status, _) = server.get(&format!("/churn/doc-{i:03}/"));
        assert_eq!(status, if exists { 200 } else { 404 }, "doc-{i:03}");
    }
    assert_eq!(server.get("/").0, 200, "the server is up");
}

#[test]
fn content_folder_renamed_away_and_back_recovers() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let events = server.events();
    std::fs::rename(f.root.join("content"), f.root.join("content.away")).unwrap();
    let ev = wait_event(&events, |e| e["kind"] == "error");
    assert_eq!(
        ev["diagnostics"][0]["message"], "there is no content/ folder here",
        "{ev}"
    );
    assert_eq!(
        server.get("/jobs/acme-sre/").0,
        200,
        "the last good site is still served"
    );
    std::fs::rename(f.root.join("content.away"), f.root.join("content")).unwrap();
    wait_event(&events, |e| e["kind"] == "ok");
    // The folder is watched again: an edit inside it is seen.
    let path = f.root.join("content/jobs/acme-sre.md");
    let text = std::fs::read_to_string(&path).unwrap() + "\nWritten after the move back.\n";
    std::fs::write(&path, text).unwrap();
    eventually("the edit after the move back is served", || {
        server
            .get("/jobs/acme-sre/")
            .1
            .contains("Written after the move back.")
    });
}

#[test]
fn content_folder_replaced_by_a_copy_is_watched() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let events = server.events();
    // What a `git checkout` of the whole folder or a restore from backup does.
    copy_dir(&f.root.join("content"), &f.root.join("content.new"));
    std::fs::remove_dir_all(f.root.join("content")).unwrap();
    wait_event(&events, |e| e["kind"] == "error");
    std::fs::rename(f.root.join("content.new"), f.root.join("content")).unwrap();
    wait_event(&events, |e| e["kind"] == "ok");
    f.write(
        "content/jobs/fresh.md",
        "---\ncompany: Fresh\n---\nA document in the new folder.\n",
    );
    eventually("a document added to the new folder is served", || {
        server.get("/jobs/fresh/").0 == 200
    });
}

/// Runs `script` with `sh` in a mount namespace of its own; `None` when
/// this machine cannot (not root, or no `unshare`).
fn in_private_mounts(script: &str, env: &[(&str, &Path)]) -> Option<std::process::Output> {
    let probe = Command::new("unshare")
        .args(["-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"])
        .output()
        .ok()?;
    if !probe.status.success() {
        return None;
    }
    let mut cmd = Command::new("unshare");
    cmd.args(["-m", "sh", "-c", script]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    Some(cmd.output().expect("run unshare"))
}

#[test]
fn build_on_a_full_disk_fails_cleanly_and_keeps_the_previous_site() {
    let f = fixture("build/basic");
    let work = tempfile::tempdir().unwrap();
    let mnt = work.path().join("disk");
    let out = work.path().join("out");
    std::fs::create_dir_all(&mnt).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    // A 4 MB file system of its own: build, fill it, build, free it, build.
    let script = r#"
set -u
mount -t tmpfs -o size=4m tmpfs "$MNT" || exit 99
cp -r "$SRC" "$MNT/site"
cd "$MNT/site"
run() { NO_COLOR=1 "$BIN" build >"$OUT/$1.out" 2>"$OUT/$1.err"; echo $? >"$OUT/$1.code"; }
sums() { (cd "$MNT/site" && find public -type f -exec sha256sum {} + | sort; ls -a) >"$OUT/$1.sum"; }
run first
sums first
# An edit, so the next build has pages to write (an unchanged site is up to date).
printf '\nOne more line.\n' >> content/jobs/acme-sre.md
dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null
run full
sums full
rm "$MNT/filler"
run freed
"#;
    let bin = Path::new(env!("CARGO_BIN_EXE_dossier"));
    let Some(output) = in_private_mounts(
        script,
        &[("MNT", &mnt), ("SRC", &f.root), ("OUT", &out), ("BIN", bin)],
    ) else {
        eprintln!("note: cannot mount a small file system here (needs root and unshare); skipped");
        return;
    };
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    assert_eq!(read("first.code").trim(), "0", "{}", read("first.err"));
    assert_eq!(read("full.code").trim(), "1", "a full disk fails the build");
    let err = read("full.err");
    assert!(
        err.starts_with("error: cannot ") && err.contains("No space left on device"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        read("first.sum"),
        read("full.sum"),
        "the previous site is untouched and no staging folder is left"
    );
    assert_eq!(read("freed.code").trim(), "0", "{}", read("freed.err"));
}

/// A raw request: status and body.
fn raw(addr: &str, request: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.write_all(request).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

#[test]
fn traversal_requests_answer_400_or_404_and_never_a_file_outside() {
    let f = fixture("build/basic");
    let secret = "SECRET-OUTSIDE-THE-SITE";
    std::fs::write(f.root.join("secret.txt"), secret).unwrap();
    std::fs::write(f.root.parent().unwrap().join("secret.txt"), secret).unwrap();
    let server = Server::start(&f.root, &[]);
    let addr = &server.addr;
    let paths = [
        "/../secret.txt",
        "/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%2e%2e%5csecret.txt",
        "/skills/../../secret.txt",
        "/content/../secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "//secret.txt",
        "///etc/passwd",
        "/etc/passwd",
        "/%00",
        "/secret.txt%00.html",
        "/dossier.yaml",
        "/content/jobs/acme-sre.md",
        "/themes/default/templates/base.html",
    ];
    for path in paths {
        for method in ["GET", "HEAD"] {
            let request =
                format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
            let (status, response) = raw(addr, request.as_bytes());
            assert!(status == 400 || status == 404, "{method} {path}: {status}");
            assert!(
                !response.contains(secret),
                "{method} {path} leaked the file"
            );
            assert!(
                !response.contains("root:x:0"),
                "{method} {path} leaked /etc/passwd"
            );
        }
    }
    // Absolute-form targets, and a raw NUL byte in the request line.
    for request in [
        format!("GET http://{addr}/../secret.txt HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes(),
        format!("GET http://{addr}/%2e%2e/secret.txt HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes(),
        format!("GET file:///etc/passwd HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes(),
        format!("GET /a\0/../secret.txt HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes(),
        format!("GET ../secret.txt HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").into_bytes(),
    ] {
        let (status, response) = raw(addr, &request);
        let shown = String::from_utf8_lossy(&request).lines().next().unwrap_or("").to_string();
        assert!(
            status == 400 || status == 404,
            "{shown:?}: {status}"
        );
        assert!(!response.contains(secret), "{shown:?} leaked the file");
    }
    assert_eq!(server.get("/").0, 200, "the server is still up");
}

#[test]
fn a_killed_build_leaves_its_staging_folder_and_the_next_build_removes_it() {
    let f = empty();
    // Enough pages that writing them takes a while to kill.
    for i in 0..600 {
        f.write(
            &format!("content/notes/n{i:03}.md"),
            &format!("---\ntitle: Note {i}\nskills: [Go, Rust]\n---\nA note about Go and Rust, number {i}.\n"),
        );
    }
    let original = f.read("content/notes/n000.md");
    f.build(&[]).ok();
    let staging = f.root.join(".public.dossier-staging");
    let mut killed = false;
    for attempt in 0..20 {
        // An edit, so the build has pages to write.
        f.write(
            "content/notes/n000.md",
            &format!("{original}\nEdit {attempt}.\n"),
        );
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["build", "--quiet"])
            .current_dir(&f.root)
            .spawn()
            .expect("start dossier build");
        while child.try_wait().expect("wait").is_none() {
            if staging.join(".dossier-output").is_file() {
                // `Child::kill` sends SIGKILL: no handler runs, nothing is cleaned.
                child.kill().expect("kill the build");
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        child.wait().expect("wait");
        if staging.is_dir() {
            killed = true;
            break;
        }
    }
    assert!(
        killed,
        "no build was killed while writing its staging folder"
    );
    // The content is as the last finished build saw it: nothing to do.
    f.write("content/notes/n000.md", &original);
    let run = f.build(&[]).ok();
    assert!(run.stdout().starts_with("up to date: "), "{}", run.stdout());
    assert!(!staging.exists(), "the leftover staging folder is removed");
    assert!(
        f.exists("public/notes/n000/index.html"),
        "the site is in place"
    );
}
