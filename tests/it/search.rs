//! Search: the index holds every document with its tags, and the search
//! page, driven in headless Chromium, finds exactly what it should.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::browser;
use crate::support::*;

/// Kind key and name of each tag of each document in `search-index.json`,
/// by document path.
fn index_tags(index: &serde_json::Value) -> BTreeMap<String, BTreeSet<(String, String)>> {
    let kinds = index["kinds"].as_array().unwrap();
    let tags = index["tags"].as_array().unwrap();
    index["docs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let ids = unpack(d[4].as_str().unwrap());
            let set = ids
                .iter()
                .map(|&id| {
                    let t = &tags[id as usize];
                    let kind = kinds[t[0].as_u64().unwrap() as usize].as_str().unwrap();
                    (kind.to_string(), t[1].as_str().unwrap().to_string())
                })
                .collect();
            (d[0].as_str().unwrap().to_string(), set)
        })
        .collect()
}

/// Reads a packed list of ids (gaps, 5 bits a character; see search.rs).
fn unpack(s: &str) -> Vec<u32> {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let (mut ids, mut prev, mut gap, mut shift) = (Vec::new(), -1i64, 0u64, 0);
    for c in s.chars() {
        let v = ALPHABET.find(c).expect("packed character") as u64;
        gap |= (v & 31) << shift;
        if v & 32 != 0 {
            shift += 5;
        } else {
            prev += gap as i64;
            ids.push(prev as u32);
            (gap, shift) = (0, 0);
        }
    }
    ids
}

#[test]
fn search_index_holds_every_document_with_its_tags() {
    let f = fixture("find/site");
    f.build(&[]).ok();
    let index: serde_json::Value =
        serde_json::from_str(&f.read("public/search-index.json")).expect("index is JSON");
    let got = index_tags(&index);
    let tags: serde_json::Value =
        serde_json::from_str(&f.run(&["tags", "--json"]).ok().stdout()).unwrap();
    let mut want = BTreeMap::new();
    for doc in tags.as_array().unwrap() {
        let url = doc["url"]
            .as_str()
            .unwrap()
            .trim_start_matches('/')
            .to_string();
        let mut set = BTreeSet::new();
        for (kind, names) in doc["tags"].as_object().unwrap() {
            for name in names.as_array().unwrap() {
                set.insert((kind.clone(), name.as_str().unwrap().to_string()));
            }
        }
        want.insert(url, set);
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 7);
    let words: Vec<&str> = index["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    for w in ["latency", "kubernetes", "pipelines", "tricky"] {
        assert!(words.contains(&w), "{w} not indexed");
    }
    let mut sorted = words.clone();
    sorted.sort();
    assert_eq!(words, sorted, "words are sorted for prefix search");
}

#[test]
fn search_page_without_script_links_to_tag_pages() {
    let f = fixture("find/site");
    f.build(&["--base-url", "/sub/"]).ok();
    let page = f.read("public/search/index.html");
    let main = main_of(&page);
    for want in [
        "data-index=\"/sub/search-index.json\"",
        "href=\"/sub/companies/tiktok/\"",
        "href=\"/sub/skills/go/\"",
        "href=\"/sub/roles/backend-engineer/\"",
        "<script src=\"/sub/search.js\"",
    ] {
        assert!(main.contains(want), "missing {want} in\n{main}");
    }
    let problems = broken_internal_links(&f.root.join("public"), "/sub/");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A minimal static file server for browser tests: serves `dir` under the
/// URL path `prefix` on a free loopback port until the test process ends.
pub fn serve_static(dir: PathBuf, prefix: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(&stream);
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/");
                let path = path.split('?').next().unwrap_or("");
                let file = path.strip_prefix(prefix).map(|rel| {
                    let rel = rel.replace("%20", " ");
                    if rel.is_empty() || rel.ends_with('/') {
                        dir.join(rel).join("index.html")
                    } else {
                        dir.join(rel)
                    }
                });
                let (status, body, file) =
                    match file.and_then(|f| std::fs::read(&f).ok().map(|b| (b, f))) {
                        Some((body, file)) => ("200 OK", body, file),
                        None => (
                            "404 Not Found",
                            b"not found".to_vec(),
                            PathBuf::from("x.txt"),
                        ),
                    };
                let kind = match file.extension().and_then(|e| e.to_str()) {
                    Some("html") => "text/html; charset=utf-8",
                    Some("js") => "text/javascript",
                    Some("css") => "text/css",
                    Some("json") => "application/json",
                    Some("svg") => "image/svg+xml",
                    Some("xml") => "application/xml",
                    _ => "text/plain",
                };
                let mut stream = &stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(&body);
            });
        }
    });
    format!("http://{addr}{prefix}")
}

/// Evaluates `expr` in the tab until it returns `want` (as JSON) or ten
/// seconds pass; returns the last value.
pub fn wait_for_value(
    tab: &headless_chrome::Tab,
    expr: &str,
    want: &serde_json::Value,
) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = tab
            .evaluate(expr, false)
            .expect("evaluate")
            .value
            .unwrap_or(serde_json::Value::Null);
        if &got == want || Instant::now() > deadline {
            return got;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

const RESULT_TITLES: &str = "JSON.stringify(Array.from(document.querySelectorAll('#search-list .doc-title')).map(a => a.textContent))";

#[test]
fn typing_and_ticking_filters_shows_exactly_the_matching_documents() {
    let Some(browser) = browser::launch() else {
        return;
    };
    let f = fixture("find/site");
    f.build(&["--base-url", "/sub/"]).ok();
    let base = serve_static(f.root.join("public"), "/sub/");
    let tab = browser.new_tab().expect("tab");
    tab.navigate_to(&format!("{base}search/"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let titles = |want: &[&str]| {
        let want = serde_json::Value::String(serde_json::to_string(want).unwrap());
        let got = wait_for_value(&tab, RESULT_TITLES, &want);
        assert_eq!(got, want);
    };
    // Before anything is typed, every document is listed, newest first.
    titles(&[
        "Wiki notes",
        "Backend Engineer at TikTok",
        "Data Engineer at TikTok",
        "Backend Engineer at Acme",
        "Site Reliability Engineer at Acme",
        "<script>alert(\"x\")</script> & 'quotes' at Beta",
        "Posting",
    ]);
    tab.wait_for_element("#search-q").unwrap().click().unwrap();
    tab.type_str("latency").unwrap();
    titles(&[
        "Backend Engineer at TikTok",
        "Data Engineer at TikTok",
        "Backend Engineer at Acme",
    ]);
    // The filters sit in a disclosure on narrow windows.
    tab.evaluate(
        "document.getElementById('search-filters').open = true",
        false,
    )
    .unwrap();
    let count = |selector: &str| {
        format!(
            "document.querySelector('{selector}').parentElement.querySelector('.count').textContent"
        )
    };
    let go = "input[name=skill][value=go]";
    assert_eq!(
        wait_for_value(&tab, &count(go), &"2".into()),
        serde_json::Value::from("2"),
        "Go's count among the documents that mention latency"
    );
    tab.wait_for_element(go).unwrap().click().unwrap();
    titles(&["Backend Engineer at TikTok", "Backend Engineer at Acme"]);
    let tiktok = "input[name=company][value=tiktok]";
    assert_eq!(
        wait_for_value(&tab, &count(tiktok), &"1".into()),
        serde_json::Value::from("1")
    );
    tab.wait_for_element(tiktok).unwrap().click().unwrap();
    titles(&["Backend Engineer at TikTok"]);
    let search = tab.evaluate("location.search", false).unwrap().value;
    assert_eq!(search, Some("?q=latency&company=tiktok&skill=go".into()));
    let marked = tab
        .evaluate(
            "document.querySelector('#search-list mark').textContent",
            false,
        )
        .unwrap()
        .value;
    assert_eq!(marked, Some("latency".into()));
    let href = tab
        .evaluate(
            "document.querySelector('#search-list .doc-title').getAttribute('href')",
            false,
        )
        .unwrap()
        .value;
    assert_eq!(href, Some("/sub/jobs/tiktok-backend/".into()));

    // The URL alone brings the same view back.
    let shared = browser.new_tab().expect("tab");
    shared
        .navigate_to(&format!("{base}search/?q=latency&company=tiktok&skill=go"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let want =
        serde_json::Value::String(serde_json::to_string(&["Backend Engineer at TikTok"]).unwrap());
    assert_eq!(wait_for_value(&shared, RESULT_TITLES, &want), want);
    let ticked = shared
        .evaluate(
            &format!("document.querySelector('{tiktok}').checked"),
            false,
        )
        .unwrap()
        .value;
    assert_eq!(ticked, Some(true.into()));
}

/// For every visible filter box of `kind` that is not ticked: its number,
/// and how many results ticking it shows (it is unticked again after).
fn counts_and_totals(tab: &headless_chrome::Tab, kind: &str) -> Vec<(String, String, usize)> {
    let boxes = tab
        .evaluate(
            &format!(
                "JSON.stringify(Array.from(document.querySelectorAll('input[name={kind}]'))
                   .filter(b => !b.checked && !b.closest('li').hidden)
                   .map(b => [b.value, b.parentElement.querySelector('.count').textContent]))"
            ),
            false,
        )
        .unwrap()
        .value
        .unwrap();
    let boxes: Vec<(String, String)> = serde_json::from_str(boxes.as_str().unwrap()).unwrap();
    let results = "document.querySelectorAll('#search-list .doc-title').length";
    let mut out = Vec::new();
    for (value, count) in boxes {
        let selector = format!("input[name={kind}][value=\"{value}\"]");
        let before = tab.evaluate(results, false).unwrap().value;
        tab.wait_for_element(&selector).unwrap().click().unwrap();
        // The results change, or stay (the count then equals them already).
        let want = serde_json::Value::from(count.parse::<u64>().unwrap());
        let got = wait_for_value(tab, results, &want);
        out.push((value, count, got.as_u64().unwrap() as usize));
        tab.wait_for_element(&selector).unwrap().click().unwrap();
        wait_for_value(tab, results, &before.unwrap());
    }
    out
}

#[test]
fn each_filter_count_is_what_ticking_it_shows() {
    let Some(browser) = browser::launch() else {
        return;
    };
    let f = fixture("find/site");
    f.build(&[]).ok();
    let base = serve_static(f.root.join("public"), "/");
    let tab = browser.new_tab().expect("tab");
    // One company and one role ticked: in their groups, a document needs
    // any of the ticked values, so ticking another adds documents.
    tab.navigate_to(&format!(
        "{base}search/?company=tiktok&role=backend-engineer"
    ))
    .unwrap()
    .wait_until_navigated()
    .unwrap();
    let ready = "document.querySelector('input[name=company][value=tiktok]')?.checked === true";
    assert_eq!(wait_for_value(&tab, ready, &true.into()), true);
    tab.evaluate(
        "document.getElementById('search-filters').open = true",
        false,
    )
    .unwrap();
    let mut checked = 0;
    for kind in ["company", "role", "skill"] {
        for (value, count, total) in counts_and_totals(&tab, kind) {
            assert_eq!(
                count,
                total.to_string(),
                "{kind} {value}: the box says {count}, ticking it shows {total}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 3, "only {checked} boxes were visible");
}
