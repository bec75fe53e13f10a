//! `dossier serve` over real HTTP on 127.0.0.1: pages, live-reload events,
//! broken edits, deletes, storms of edits, path safety; and the invariant
//! that after any edits the served site equals a clean build.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::support::*;

/// How long to wait for something that should happen promptly.
const WAIT: Duration = Duration::from_secs(20);

/// A running `dossier serve`; killed when dropped.
pub struct Server {
    pub child: Child,
    pub url: String,
    pub addr: String,
    pub stdout: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `dossier serve --port 0` at `root` and waits for its address.
    pub fn start(root: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["serve", "--port", "0"])
            .args(extra)
            .current_dir(root)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start dossier serve");
        let (tx, rx) = channel();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let first = rx.recv_timeout(WAIT).expect("serve prints its address");
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {first:?}"))
            .to_string();
        let addr = url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_string();
        Server {
            child,
            url,
            addr,
            stdout: rx,
        }
    }

    /// GET `path` (relative to the server root): status and body.
    pub fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        let mut response = agent
            .get(&format!("http://{}{path}", self.addr))
            .call()
            .expect("HTTP request");
        let status = response.status().as_u16();
        (
            status,
            response.body_mut().read_to_string().unwrap_or_default(),
        )
    }

    /// Waits for a `rebuilt`/`rebuild failed` line on standard output.
    pub fn wait_rebuild(&self) -> String {
        let deadline = Instant::now() + WAIT;
        while let Ok(line) = self
            .stdout
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if line.starts_with("rebuilt") {
                return line;
            }
        }
        panic!("no rebuild within {WAIT:?}");
    }

    /// Opens the event stream; events arrive on the returned channel.
    pub fn events(&self) -> Receiver<serde_json::Value> {
        let (tx, rx) = channel();
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        write!(
            stream,
            "GET /__dossier/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            self.addr
        )
        .unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if let Some(data) = line.strip_prefix("data: ")
                    && let Ok(v) = serde_json::from_str(data)
                    && tx.send(v).is_err()
                {
                    break;
                }
            }
        });
        let first: serde_json::Value = rx
            .recv_timeout(WAIT)
            .expect("the stream starts with the status");
        assert_eq!(first["kind"], "ok", "{first}");
        rx
    }
}

/// Waits for the first event matching `pred`.
pub(crate) fn wait_event(
    rx: &Receiver<serde_json::Value>,
    pred: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let deadline = Instant::now() + WAIT;
    while let Ok(ev) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        if pred(&ev) {
            return ev;
        }
    }
    panic!("no matching event within {WAIT:?}");
}

/// A raw HTTP/1.1 request with `path` sent as bytes: the status code.
pub(crate) fn raw_status(addr: &str, method: &str, path: &str) -> u16 {
    let (head, _) = raw_request(addr, method, path, "");
    head.split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// A raw HTTP/1.1 request with `headers` (each ending in CRLF): the
/// response head, lower-cased, and the body's bytes.
fn raw_request(addr: &str, method: &str, path: &str, headers: &str) -> (String, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let end = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(response.len());
    let body = response.get(end + 4..).unwrap_or_default().to_vec();
    (
        String::from_utf8_lossy(&response[..end]).to_ascii_lowercase(),
        body,
    )
}

#[test]
fn serves_pages_with_the_reload_script_and_the_404_page() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    assert!(
        home.contains("<script src=\"/__dossier/live.js\" defer></script></body>"),
        "{home}"
    );
    let (status, _) = server.get("/skills/go/");
    assert_eq!(status, 200);
    let (status, _) = server.get("/skills/go");
    assert_eq!(status, 301, "a page URL without its slash redirects");
    let (status, body) = server.get("/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "{body}");
    let (status, js) = server.get("/__dossier/live.js");
    assert_eq!(status, 200);
    assert!(js.contains("EventSource"));
    assert!(!f.exists("public"), "serve writes nothing to disk");
}

#[test]
fn files_go_out_gzipped_to_clients_that_take_gzip_and_plain_to_others() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let built_in = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/style.css"),
    )
    .unwrap();
    let (head, plain) = raw_request(&server.addr, "GET", "/style.css", "");
    assert!(!head.contains("content-encoding"), "{head}");
    assert_eq!(plain, built_in, "a client without gzip gets the file");
    let (head, gz) = raw_request(
        &server.addr,
        "GET",
        "/style.css",
        "Accept-Encoding: br, gzip\r\n",
    );
    assert!(head.contains("content-encoding: gzip"), "{head}");
    assert!(head.contains("vary: accept-encoding"), "{head}");
    assert_eq!(dossier::gzip::decompress(&gz).unwrap(), plain);
    let (head, _) = raw_request(
        &server.addr,
        "GET",
        "/style.css",
        "Accept-Encoding: gzip;q=0\r\n",
    );
    assert!(
        !head.contains("content-encoding"),
        "gzip;q=0 refuses gzip: {head}"
    );
    // A page gets the reload script, so it goes out plain to every client.
    let (head, home) = raw_request(&server.addr, "GET", "/", "Accept-Encoding: gzip\r\n");
    assert!(!head.contains("content-encoding"), "{head}");
    assert!(String::from_utf8_lossy(&home).contains("/__dossier/live.js"));
    let (head, _) = raw_request(
        &server.addr,
        "GET",
        "/no/such/page/",
        "Accept-Encoding: gzip\r\n",
    );
    assert!(head.starts_with("http/1.1 404"), "{head}");
}

#[test]
fn edit_sends_reload_for_that_page_and_serves_the_new_content() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let events = server.events();
    let path = f.root.join("content/jobs/acme-sre.md");
    let text = std::fs::read_to_string(&path).unwrap() + "\nA freshly added sentence.\n";
    std::fs::write(&path, text).unwrap();
    let ev = wait_event(&events, |e| e["kind"] == "reload");
    let paths: Vec<&str> = ev["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(paths.contains(&"/jobs/acme-sre/"), "{ev}");
    assert!(
        !paths.contains(&"/jobs/plain/"),
        "pages the edit does not affect are not reloaded: {ev}"
    );
    let (_, page) = server.get("/jobs/acme-sre/");
    assert!(page.contains("A freshly added sentence."), "{page}");
}

#[test]
fn css_only_edit_swaps_the_stylesheet() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let events = server.events();
    f.write(
        "themes/default/static/style.css",
        "body { color: rebeccapurple; }\n",
    );
    let ev = wait_event(&events, |e| e["kind"] == "reload");
    assert_eq!(ev["paths"], serde_json::json!([]), "{ev}");
    assert_eq!(ev["css"], serde_json::json!(["/style.css"]), "{ev}");
    assert_eq!(
        server.get("/style.css").1,
        "body { color: rebeccapurple; }\n"
    );
}

#[test]
fn deleted_document_answers_with_the_404_page() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    assert_eq!(server.get("/jobs/acme-sre/").0, 200);
    std::fs::remove_file(f.root.join("content/jobs/acme-sre.md")).unwrap();
    server.wait_rebuild();
    let (status, body) = server.get("/jobs/acme-sre/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    assert_eq!(
        server.get("/roles/site-reliability-engineer/").0,
        404,
        "its only role's page is gone too"
    );
}

#[test]
fn broken_edit_shows_errors_keeps_the_last_site_and_recovers() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let events = server.events();
    let good = f.read("content/jobs/acme-sre.md");
    f.write(
        "content/jobs/acme-sre.md",
        "---\ncompany: Acme\nskills: Go\n---\nBroken.\n",
    );
    let ev = wait_event(&events, |e| e["kind"] == "error");
    let first = &ev["diagnostics"][0];
    assert_eq!(first["location"], "content/jobs/acme-sre.md:3", "{ev}");
    assert_eq!(first["message"], "`skills` must be a list", "{ev}");
    let (status, page) = server.get("/jobs/acme-sre/");
    assert_eq!(status, 200, "the last good site is still served");
    assert!(page.contains("On-call for the payments platform."));
    f.write("content/jobs/acme-sre.md", &(good + "\nFixed now.\n"));
    wait_event(&events, |e| e["kind"] == "ok");
    wait_event(&events, |e| e["kind"] == "reload");
    assert!(server.get("/jobs/acme-sre/").1.contains("Fixed now."));
}

#[test]
fn storm_of_a_thousand_files_gives_few_rebuilds_and_the_right_site() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    for i in 0..1000 {
        f.write(
            &format!("content/storm/doc-{i:04}.md"),
            &format!("---\ncompany: Storm\nskills: [Go]\n---\nDocument {i}.\n"),
        );
    }
    // Wait until the company page counts every document (the final state),
    // counting rebuilds on the way.
    let count = || {
        let (_, storm) = server.get("/companies/storm/");
        storm
            .split("<p class=\"term-count\">")
            .nth(1)
            .and_then(|s| s.split('<').next())
            .unwrap_or("")
            .to_string()
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut rebuilds = 0;
    while count() != "1000 documents" {
        assert!(
            Instant::now() < deadline,
            "the site never reached the final state: {}",
            count()
        );
        if server
            .stdout
            .recv_timeout(Duration::from_millis(200))
            .is_ok_and(|l| l.starts_with("rebuil"))
        {
            rebuilds += 1;
        }
    }
    while let Ok(line) = server.stdout.try_recv() {
        rebuilds += usize::from(line.starts_with("rebuil"));
    }
    // Batched, not one rebuild per file: a loaded machine (CI shares its
    // cores) may pause the writer long enough to split the storm a few
    // times, but never into hundreds.
    assert!(
        rebuilds <= 25,
        "{rebuilds} rebuilds for a storm of 1000 files"
    );
    assert_eq!(server.get("/storm/doc-0999/").0, 200);
}

#[test]
fn only_get_and_head_are_answered() {
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    assert_eq!(raw_status(&server.addr, "HEAD", "/"), 200);
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        assert_eq!(raw_status(&server.addr, method, "/"), 405, "{method}");
    }
}

#[test]
fn paths_cannot_leave_the_site() {
    let f = fixture("build/basic");
    // A file beside the knowledge base that traversal would reach.
    std::fs::write(f.root.join("secret.txt"), "SECRET").unwrap();
    let server = Server::start(&f.root, &[]);
    for path in [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/..%2fsecret.txt",
        "/%252e%252e/secret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/content/../secret.txt",
        "//etc/passwd",
        "/%00",
        "/a%00.html",
        "/dossier.yaml",
        "/content/jobs/acme-sre.md",
    ] {
        let status = raw_status(&server.addr, "GET", path);
        assert!(status == 400 || status == 404, "{path}: {status}");
    }
}

#[test]
fn port_in_use_is_a_clear_error() {
    let f = fixture("build/basic");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let run = f.run(&["serve", "--port", &port]);
    assert_eq!(run.code(), 1);
    assert!(
        run.stderr()
            .contains(&format!("port {port} on 127.0.0.1 is in use")),
        "{}",
        run.stderr()
    );
}

#[test]
fn browser_shows_an_edit_without_reloading_from_the_test() {
    let Some(browser) = crate::browser::launch() else {
        return;
    };
    let f = fixture("build/basic");
    let server = Server::start(&f.root, &[]);
    let tab = browser.new_tab().unwrap();
    tab.navigate_to(&format!("{}jobs/acme-sre/", server.url))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    // The page's script connects to the event stream before the edit.
    let deadline = Instant::now() + WAIT;
    loop {
        let ready = tab
            .evaluate("window.dossierLiveReload === 'connected'", false)
            .unwrap();
        if ready.value == Some(serde_json::Value::Bool(true)) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the page never opened the event stream"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let path = f.root.join("content/jobs/acme-sre.md");
    std::fs::write(
        &path,
        std::fs::read_to_string(&path).unwrap() + "\nMarker sentence from the browser test.\n",
    )
    .unwrap();
    let deadline = Instant::now() + WAIT;
    loop {
        let text = tab.evaluate("document.body.innerText", false).unwrap();
        if text
            .value
            .as_ref()
            .and_then(|v| v.as_str())
            .is_some_and(|t| t.contains("Marker sentence from the browser test."))
        {
            break;
        }
        assert!(Instant::now() < deadline, "the page never showed the edit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub mod invariant {
    //! After any sequence of edits, the incremental site equals a clean build.

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::PathBuf;

    use dossier::config::Overrides;
    use dossier::gzip::decompress;
    use dossier::serve::watch::classify;
    use dossier::serve::{Outcome, Served, Session};
    use proptest::prelude::*;

    use crate::support::*;

    const PATHS: &[&str] = &[
        "content/jobs/acme-backend.md",
        "content/jobs/acme-sre.md",
        "content/notes/Acme call.md",
        "content/jobs/plain.txt",
        "content/new/one.md",
        "content/new/two.txt",
        "content/notes/draft.md",
    ];
    const COMPANIES: &[&str] = &["Acme", "ACME", "Beta", "TikTok", "Tiktok"];
    const SKILLS: &[&str] = &["Go", "go", "Rust", "PostgreSQL", "Kubernetes", "C++"];
    /// Links by URL, by relative path, by title and by tag name: each
    /// resolves, or not, by what the other documents are at the time.
    const LINKS: &[&str] = &[
        "",
        "\n[call](/notes/acme-call/)\n",
        "\n[sre](../jobs/acme-sre.md)\n",
        "\nSee [[Notes from Acme]].\n",
        "\nSee [[Beta|the company]].\n",
    ];
    const TITLES: &[&str] = &["Notes from Acme", "Beta call"];
    /// Titles a document is given in place: those of [`TITLES`] (which
    /// links name), one no other has, and one another has but for case
    /// and spacing.
    const RETITLES: &[&str] = &[
        "Notes from Acme",
        "Beta call",
        "Gamma review",
        "notes  FROM acme",
    ];
    /// Front matter that changes a document in place (not where the site
    /// lists it): its update date (the newest moves every feed's date), its
    /// application status (the pipeline page comes and goes), its summary
    /// and fields.
    const FRONT: &[&str] = &[
        "updated: 2031-02-03",
        "updated: 2019-01-01",
        "status: applied",
        "deadline: 2030-05-01",
        "summary: A short summary",
        "location: Berlin",
    ];
    /// Tags of three documents or more have a second page, whose documents
    /// an edit can move.
    const PAGED: &str = "paginate_by: 2\n";

    #[derive(Clone, Debug)]
    enum Edit {
        Write {
            path: usize,
            company: usize,
            skills: Vec<usize>,
            draft: bool,
            body: String,
            /// Index into LINKS.
            link: usize,
            /// Index into TITLES; past its end, no title.
            title: usize,
        },
        Append {
            path: usize,
            text: String,
            /// Index into LINKS.
            link: usize,
        },
        /// One line of [`FRONT`] added to the front matter (to the text of
        /// a plain-text document).
        Front {
            path: usize,
            line: usize,
        },
        /// The title in the front matter changed, or given, to one of
        /// [`RETITLES`] (nothing else of the document changes).
        Retitle {
            path: usize,
            title: usize,
        },
        Delete {
            path: usize,
        },
        Broken {
            path: usize,
        },
        Style {
            color: u8,
        },
        Template {
            n: u8,
        },
        Config {
            title: String,
        },
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let path = 0..PATHS.len();
        prop_oneof![
            4 => (path.clone(), 0..COMPANIES.len(), prop::collection::vec(0..SKILLS.len(), 0..4), any::<bool>(), "[a-z ]{0,40}", 0..LINKS.len(), 0..TITLES.len() + 2)
                .prop_map(|(path, company, skills, draft, body, link, title)| Edit::Write { path, company, skills, draft, body, link, title }),
            3 => (path.clone(), "[A-Za-z ]{1,30}", 0..LINKS.len()).prop_map(|(path, text, link)| Edit::Append { path, text, link }),
            2 => (path.clone(), 0..FRONT.len()).prop_map(|(path, line)| Edit::Front { path, line }),
            2 => (path.clone(), 0..RETITLES.len()).prop_map(|(path, title)| Edit::Retitle { path, title }),
            2 => path.clone().prop_map(|path| Edit::Delete { path }),
            1 => path.prop_map(|path| Edit::Broken { path }),
            1 => any::<u8>().prop_map(|color| Edit::Style { color }),
            1 => any::<u8>().prop_map(|n| Edit::Template { n }),
            1 => "[A-Z][a-z]{2,8}".prop_map(|title| Edit::Config { title }),
        ]
    }

    /// Applies an edit; returns the paths it touched.
    fn apply(f: &Fixture, e: &Edit) -> Vec<PathBuf> {
        let rel = |i: usize| PATHS[i].to_string();
        let touched = match e {
            Edit::Write {
                path,
                company,
                skills,
                draft,
                body,
                link,
                title,
            } => {
                let p = rel(*path);
                let text = if p.ends_with(".txt") {
                    format!(
                        "Job Analysis:\n{} works here. {body}\n",
                        COMPANIES[*company]
                    )
                } else {
                    let skills: Vec<&str> = skills.iter().map(|s| SKILLS[*s]).collect();
                    let link = LINKS[*link];
                    let title = TITLES
                        .get(*title)
                        .map(|t| format!("title: {t}\n"))
                        .unwrap_or_default();
                    format!(
                        "---\n{title}company: {}\nskills: [{}]\ndraft: {draft}\n---\n{body}{link}\n",
                        COMPANIES[*company],
                        skills.join(", ")
                    )
                };
                f.write(&p, &text);
                p
            }
            Edit::Append { path, text, link } => {
                let p = rel(*path);
                let old = std::fs::read_to_string(f.root.join(&p)).unwrap_or_default();
                f.write(&p, &format!("{old}\n{text}\n{}", LINKS[*link]));
                p
            }
            Edit::Front { path, line } => {
                let p = rel(*path);
                let old = std::fs::read_to_string(f.root.join(&p)).unwrap_or_default();
                let line = FRONT[*line];
                let text = if old.starts_with("---\n") {
                    old.replacen("---\n", &format!("---\n{line}\n"), 1)
                } else {
                    format!("{old}\n{line}\n")
                };
                f.write(&p, &text);
                p
            }
            Edit::Retitle { path, title } => {
                let p = rel(*path);
                let old = std::fs::read_to_string(f.root.join(&p)).unwrap_or_default();
                let line = format!("title: {}", RETITLES[*title]);
                let text = match old.lines().find(|l| l.starts_with("title: ")) {
                    Some(was) if old.starts_with("---\n") => old.replacen(was, &line, 1),
                    _ if old.starts_with("---\n") => {
                        old.replacen("---\n", &format!("---\n{line}\n"), 1)
                    }
                    _ => old,
                };
                f.write(&p, &text);
                p
            }
            Edit::Delete { path } => {
                let p = rel(*path);
                let _ = std::fs::remove_file(f.root.join(&p));
                p
            }
            Edit::Broken { path } => {
                let p = rel(*path);
                if p.ends_with(".md") {
                    f.write(&p, "---\nskills: Go\n---\nbroken\n");
                } else {
                    let _ = std::fs::remove_file(f.root.join(&p));
                }
                p
            }
            Edit::Style { color } => {
                f.write(
                    "themes/default/static/style.css",
                    &format!("body {{ color: #{color:02x}0000; }}\n"),
                );
                "themes/default/static/style.css".to_string()
            }
            Edit::Template { n } => {
                f.write(
                    "themes/default/templates/404.html",
                    &format!("{{% extends \"base.html\" %}}{{% block main %}}<p>Lost {n}</p>{{% endblock main %}}"),
                );
                "themes/default/templates/404.html".to_string()
            }
            Edit::Config { title } => {
                f.write("dossier.yaml", &format!("title: {title}\n{PAGED}"));
                "dossier.yaml".to_string()
            }
        };
        vec![f.root.join(touched)]
    }

    #[test]
    fn a_tag_renamed_by_other_documents_is_renamed_on_unchanged_pages() {
        // A tag's name is the spelling most of its documents use: two
        // documents taking the tag as `Remote` rename it on the page of the
        // document that says `remote` and did not change.
        let f = fixture("build/basic");
        // Five documents much like it fill its related documents, so the
        // two edited ones change nothing else on its page.
        for i in 1..=5 {
            f.write(
                &format!("content/like/{i}.md"),
                &format!("---\ntitle: Like {i}\ncompany: Acme\nrole: Backend Engineer\nskills: [Go, PostgreSQL]\n---\nText.\n"),
            );
        }
        let mut session = Session::new(&f.root, Overrides::default());
        assert!(matches!(
            session.rebuild(None).unwrap(),
            Outcome::Built { .. }
        ));
        let page = "jobs/acme-backend/index.html";
        let before = served(&session)[page].clone();
        let touched: Vec<PathBuf> = ["content/jobs/acme-sre.md", "content/notes/Acme call.md"]
            .iter()
            .map(|rel| {
                let text = std::fs::read_to_string(f.root.join(rel)).unwrap();
                f.write(rel, &text.replacen("---\n", "---\ntags: [Remote]\n", 1));
                f.root.join(rel)
            })
            .collect();
        let change = classify(&f.root, &touched);
        assert!(matches!(
            session.rebuild(Some(&change)).unwrap(),
            Outcome::Built { .. }
        ));
        let now = served(&session);
        let clean = clean(&f).expect("the fixture builds");
        assert_ne!(clean[page], before, "the rename shows on {page}");
        assert!(String::from_utf8_lossy(&clean[page]).contains(">Remote<"));
        for (file, bytes) in &clean {
            assert!(
                now.get(file) == Some(bytes),
                "{file} differs from a clean build"
            );
        }
    }

    /// A clean build in memory: file → bytes (assets: their path), or `None` on errors.
    pub fn clean(f: &Fixture) -> Option<BTreeMap<String, Vec<u8>>> {
        let (mut pages, assets) = build_in_memory(&f.root)?;
        for a in &assets {
            pages.insert(
                a.rel.clone(),
                a.path.to_string_lossy().into_owned().into_bytes(),
            );
        }
        Some(pages)
    }

    /// What `session` serves: file → bytes (files on disk: their path).
    pub fn served(session: &Session) -> BTreeMap<String, Vec<u8>> {
        session
            .output()
            .files
            .iter()
            .map(|(k, v)| {
                let bytes = match v {
                    // Kept compressed: what the site is, is what decompresses.
                    Served::Gzip(b) => decompress(b).expect("a gzip stream"),
                    Served::File(p) => p.to_string_lossy().into_owned().into_bytes(),
                    Served::Deferred(d) => decompress(&d.gzip()).expect("a gzip stream"),
                };
                (k.to_string(), bytes)
            })
            .collect()
    }

    proptest! {
        // PROPTEST_CASES=N runs more (or fewer) edit sequences.
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(40),
            .. ProptestConfig::default()
        })]

        #[test]
        fn incremental_site_equals_a_clean_build(edits in prop::collection::vec(edit(), 1..8)) {
            let f = fixture("build/basic");
            f.write("dossier.yaml", &format!("title: Fixture research\n{PAGED}"));
            let mut session = Session::new(&f.root, Overrides::default());
            let first_ok = matches!(session.rebuild(None).unwrap(), Outcome::Built { .. });
            prop_assert!(first_ok, "the fixture builds");
            let mut last_ok = served(&session);
            for e in &edits {
                let touched = apply(&f, e);
                let change = classify(&f.root, &touched);
                let outcome = session.rebuild(Some(&change)).unwrap();
                let clean = clean(&f);
                match (outcome, clean) {
                    (Outcome::Built { changed, .. }, Some(clean)) => {
                        let now = served(&session);
                        prop_assert_eq!(now.keys().collect::<Vec<_>>(), clean.keys().collect::<Vec<_>>(), "after {:?}", e);
                        for (file, bytes) in &clean {
                            prop_assert!(&now[file] == bytes, "{} differs after {:?}", file, e);
                        }
                        // Every file added, removed or changed is reported (its
                        // pages reload); no other page is.
                        let differs: Vec<&String> = now
                            .keys()
                            .chain(last_ok.keys())
                            .filter(|f| now.get(*f) != last_ok.get(*f))
                            .collect::<BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        for file in &differs {
                            prop_assert!(changed.contains(file), "{} changed but was not reported after {:?}", file, e);
                        }
                        for file in &changed {
                            prop_assert!(
                                differs.contains(&file) || !file.ends_with(".html"),
                                "{} was reported but did not change after {:?}", file, e
                            );
                        }
                        last_ok = now;
                    }
                    (Outcome::Failed(_), None) => {
                        prop_assert_eq!(&served(&session), &last_ok, "a failed rebuild keeps the last good site");
                    }
                    (outcome, clean) => prop_assert!(false, "incremental {:?} but clean build ok={} after {:?}", outcome, clean.is_some(), e),
                }
            }
        }
    }
}
