//! Search: the index holds every document with its tags, and the search
//! page, driven in headless Chromium, finds exactly what it should.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use dossier::render::search::unpack_ids as unpack;

use crate::browser;
use crate::support::*;

/// The search index of a built site, read back from its files.
pub struct Index {
    /// `search-index.json`.
    pub meta: serde_json::Value,
    /// `search-index/facets.json.gz`.
    pub facets: serde_json::Value,
    /// Every document by rank: path, title, date, summary.
    pub docs: Vec<[String; 4]>,
    /// Every word with its documents and its title documents, by shard.
    pub shards: Vec<BTreeMap<String, Lists>>,
}

/// A word's documents and title documents, by rank.
pub type Lists = (Vec<u32>, Vec<u32>);

impl Index {
    /// The index under `public/` of `f`.
    pub fn read(f: &Fixture) -> Index {
        let json = |file: &str| f.read_json(&format!("public/{file}"));
        let meta = json("search-index.json");
        let n = meta["n"].as_u64().unwrap() as usize;
        let chunk = meta["chunk"].as_u64().unwrap() as usize;
        let mut docs = Vec::new();
        for c in 0..n.div_ceil(chunk) {
            let part = json(&format!("search-index/docs-{c}.json.gz"));
            let column = |key: &str, i: usize| part[key][i].as_str().unwrap().to_string();
            for i in 0..part["path"].as_array().unwrap().len() {
                docs.push(["path", "title", "date", "summary"].map(|k| column(k, i)));
            }
        }
        assert_eq!(docs.len(), n, "every document is in a chunk");
        let shards = (0..meta["shards"].as_u64().unwrap())
            .map(|s| {
                let part = json(&format!("search-index/words-{s}.json.gz"));
                let list = |key: &str, i: usize| unpack(part[key][i].as_str().unwrap(), n);
                let words = part["w"].as_array().unwrap();
                let mut sorted: Vec<&str> = words.iter().map(|w| w.as_str().unwrap()).collect();
                sorted.sort();
                let listed: Vec<&str> = words.iter().map(|w| w.as_str().unwrap()).collect();
                assert_eq!(listed, sorted, "words are sorted for prefix search");
                (0..words.len())
                    .map(|i| (listed[i].to_string(), (list("p", i), list("t", i))))
                    .collect()
            })
            .collect();
        Index {
            facets: json("search-index/facets.json.gz"),
            meta,
            docs,
            shards,
        }
    }

    /// The paths of the documents of a packed list.
    pub fn paths(&self, packed: &serde_json::Value) -> BTreeSet<String> {
        unpack(packed.as_str().unwrap(), self.docs.len())
            .into_iter()
            .map(|d| self.docs[d as usize][0].clone())
            .collect()
    }

    /// A word's documents and title documents, by path.
    pub fn word(&self, word: &str) -> Option<(BTreeSet<String>, BTreeSet<String>)> {
        let shard = dossier::render::search::word_shard(word, self.shards.len());
        let (docs, titles) = self.shards[shard].get(word)?;
        let paths = |ids: &[u32]| {
            ids.iter()
                .map(|&d| self.docs[d as usize][0].clone())
                .collect()
        };
        Some((paths(docs), paths(titles)))
    }
}

impl Index {
    /// The documents of the words that start with `prefix`, by path.
    pub fn prefix(&self, prefix: &str) -> BTreeSet<String> {
        let shard = dossier::render::search::word_shard(prefix, self.shards.len());
        self.shards[shard]
            .iter()
            .filter(|(w, _)| w.starts_with(prefix))
            .flat_map(|(_, (docs, _))| docs.iter().map(|&d| self.docs[d as usize][0].clone()))
            .collect()
    }
}

/// Kind key and name of each tag of each document, by document path.
fn index_tags(index: &Index) -> BTreeMap<String, BTreeSet<(String, String)>> {
    let kinds = index.meta["kinds"].as_array().unwrap();
    let mut out: BTreeMap<String, BTreeSet<(String, String)>> = index
        .docs
        .iter()
        .map(|d| (d[0].clone(), BTreeSet::new()))
        .collect();
    for (id, t) in index.meta["tags"].as_array().unwrap().iter().enumerate() {
        let kind = kinds[t[0].as_u64().unwrap() as usize].as_str().unwrap();
        for path in index.paths(&index.facets["tags"][id]) {
            out.get_mut(&path)
                .unwrap()
                .insert((kind.to_string(), t[1].as_str().unwrap().to_string()));
        }
    }
    out
}

#[test]
fn search_index_holds_every_document_with_its_tags() {
    let f = fixture("find/site");
    f.build(&[]).ok();
    let index = Index::read(&f);
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
    for w in ["latency", "kubernetes", "pipelines", "tricky"] {
        assert!(index.word(w).is_some(), "{w} not indexed");
    }
    // A title word knows the documents whose title has it.
    let (docs, titles) = index.word("backend").expect("backend is indexed");
    assert_eq!(
        titles,
        BTreeSet::from([
            "jobs/acme-go/".to_string(),
            "jobs/tiktok-backend/".to_string()
        ])
    );
    assert!(docs.is_superset(&titles));
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

#[test]
fn index_carries_location_remote_status_and_yearly_salaries() {
    let f = fixture("find/fields");
    f.build(&[]).ok();
    let index = Index::read(&f);
    let paths = |names: &[&str]| -> BTreeSet<String> {
        names.iter().map(|n| format!("jobs/{n}/")).collect()
    };
    let fields = index.meta["fields"].as_array().unwrap();
    let keys: Vec<&str> = fields.iter().map(|f| f["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["location", "remote", "status"]);
    let values = |k: usize| -> Vec<(String, BTreeSet<String>)> {
        fields[k]["values"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, v)| {
                (
                    v[1].as_str().unwrap().to_string(),
                    index.paths(&index.facets["fields"][k][i]),
                )
            })
            .collect()
    };
    assert_eq!(
        values(0),
        [
            (
                "austin-tx".into(),
                paths(&["acme-backend", "beta-platform"])
            ),
            ("berlin".into(), paths(&["delta-sre", "gamma-data"])),
            ("new-york-ny".into(), paths(&["delta-sre"])),
        ]
    );
    assert_eq!(
        values(1),
        [
            (
                "remote".into(),
                paths(&["acme-backend", "delta-sre", "epsilon-frontend"])
            ),
            ("hybrid".into(), paths(&["beta-platform"])),
            ("on-site".into(), paths(&["gamma-data"])),
        ]
    );
    assert_eq!(
        values(2),
        [
            ("saved".into(), paths(&["gamma-data"])),
            ("applied".into(), paths(&["acme-backend"])),
            ("interviewing".into(), paths(&["beta-platform"])),
        ]
    );
    // Salaries for a year in the main currency; "up to" has no floor and
    // "from" no ceiling (0); the salary in euros is left out, and said so.
    let salary = &index.meta["salary"];
    assert_eq!(salary["currency"], "USD");
    assert_eq!(
        (salary["min"].as_u64(), salary["max"].as_u64()),
        (Some(100_000), Some(180_000))
    );
    assert_eq!(salary["count"], 4);
    assert_eq!(salary["other"], serde_json::json!([["EUR", 1]]));
    let lists = &index.facets["salary"];
    let docs: Vec<String> = unpack(lists["docs"].as_str().unwrap(), index.docs.len())
        .into_iter()
        .map(|d| index.docs[d as usize][0].clone())
        .collect();
    let yearly: Vec<(String, u64, u64)> = docs
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            (
                d,
                lists["min"][i].as_u64().unwrap(),
                lists["max"][i].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        yearly,
        [
            ("jobs/acme-backend/".into(), 120_000, 150_000),
            ("jobs/beta-platform/".into(), 124_800, 124_800),
            ("jobs/delta-sre/".into(), 180_000, 0),
            ("jobs/epsilon-frontend/".into(), 0, 100_000),
        ]
    );
}

#[test]
fn field_filters_appear_only_when_some_document_has_the_field() {
    let f = fixture("find/site");
    f.build(&[]).ok();
    let index = Index::read(&f);
    let keys: Vec<&str> = index.meta["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["key"].as_str().unwrap())
        .collect();
    assert!(
        !keys.contains(&"status"),
        "no document has a status: {keys:?}"
    );
    assert!(
        index.meta.get("salary").is_none(),
        "no document states a salary"
    );
    assert!(index.facets.get("salary").is_none());
}

#[test]
fn remote_and_salary_filters_narrow_the_results_and_the_url_restores_them() {
    let Some(browser) = browser::launch() else {
        return;
    };
    let f = fixture("find/fields");
    f.build(&[]).ok();
    let base = serve_static(f.root.join("public"), "/");
    let tab = browser.new_tab().expect("tab");
    tab.navigate_to(&format!("{base}search/"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let titles = |tab: &headless_chrome::Tab, want: &[&str]| {
        let want = serde_json::Value::String(serde_json::to_string(want).unwrap());
        assert_eq!(wait_for_value(tab, RESULT_TITLES, &want), want);
    };
    titles(
        &tab,
        &[
            "Backend Engineer at Acme",
            "Platform Engineer at Beta",
            "Data Engineer at Gamma",
            "Site Reliability Engineer at Delta",
            "Frontend Engineer at Epsilon",
            "Ideas about payments",
        ],
    );
    tab.evaluate(
        "document.getElementById('search-filters').open = true",
        false,
    )
    .unwrap();
    let remote = "input[name=remote][value=remote]";
    let count = format!(
        "document.querySelector('{remote}').parentElement.querySelector('.count').textContent"
    );
    assert_eq!(
        wait_for_value(&tab, &count, &"3".into()),
        serde_json::Value::from("3")
    );
    tab.wait_for_element(remote).unwrap().click().unwrap();
    titles(
        &tab,
        &[
            "Backend Engineer at Acme",
            "Site Reliability Engineer at Delta",
            "Frontend Engineer at Epsilon",
        ],
    );
    // At least $130,000 a year: Delta's "from $180,000" has no ceiling,
    // Epsilon's "up to $100k" stays below.
    tab.wait_for_element("input[name=salary_min]")
        .unwrap()
        .click()
        .unwrap();
    tab.type_str("130000").unwrap();
    titles(
        &tab,
        &[
            "Backend Engineer at Acme",
            "Site Reliability Engineer at Delta",
        ],
    );
    let search = tab.evaluate("location.search", false).unwrap().value;
    assert_eq!(search, Some("?remote=remote&salary_min=130000".into()));
    let note = tab
        .evaluate(
            "document.querySelector('.facet-salary .facet-note').textContent",
            false,
        )
        .unwrap()
        .value
        .unwrap();
    assert!(
        note.as_str()
            .unwrap()
            .contains("1 in EUR cannot be compared"),
        "{note}"
    );

    // Every box has a name and is readable.
    let result = browser::axe(
        &tab,
        "#search-facets",
        &[
            "label",
            "color-contrast",
            "nested-interactive",
            "aria-allowed-attr",
        ],
    );
    assert!(
        result.violations.is_empty(),
        "{:#}",
        serde_json::Value::Array(result.violations)
    );
    assert!(result.passed >= 10, "{result:?}");

    // The URL alone brings a filtered view back, boxes filled in.
    let shared = browser.new_tab().expect("tab");
    shared
        .navigate_to(&format!("{base}search/?remote=remote&salary_max=110000"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    titles(&shared, &["Frontend Engineer at Epsilon"]);
    let boxes = shared
        .evaluate(
            &format!(
                "JSON.stringify([document.querySelector('{remote}').checked,
                   document.querySelector('input[name=salary_max]').value])"
            ),
            false,
        )
        .unwrap()
        .value;
    assert_eq!(boxes, Some("[true,\"110000\"]".into()));
}

/// Words with many first two characters, plain and not, so that the
/// shards `search.js` reads are the ones the index wrote them to.
const SHARDED_WORDS: [&str; 12] = [
    "apple", "banana", "cherry", "damson", "elder", "fig", "grape", "zürich", "c++", "c#", "kiwi",
    "lime",
];

#[test]
fn prefix_search_finds_words_in_every_shard() {
    let Some(browser) = browser::launch() else {
        return;
    };
    let f = fixture("find/site");
    // Over 500 documents: the words are split into several shards.
    for i in 0..600 {
        let word = SHARDED_WORDS[i % SHARDED_WORDS.len()];
        f.write(
            &format!("content/many/note-{i}.md"),
            &format!("---\ntitle: Note {i}\n---\nAbout {word} and more.\n"),
        );
    }
    f.build(&[]).ok();
    let index = Index::read(&f);
    assert!(index.shards.len() > 1, "{} shards", index.shards.len());
    let base = serve_static(f.root.join("public"), "/");
    let tab = browser.new_tab().expect("tab");
    let status = "document.getElementById('search-status').textContent";
    for word in SHARDED_WORDS {
        // A prefix of two characters finds what the whole word finds.
        let prefix: String = word.chars().take(2).collect();
        let query: String = url_encode(&prefix);
        tab.navigate_to(&format!("{base}search/?q={query}"))
            .unwrap()
            .wait_until_navigated()
            .unwrap();
        assert!(index.word(word).is_some(), "{word} is indexed");
        let docs = index.prefix(&prefix);
        let want = format!("{} documents match, showing the first 20.", docs.len());
        assert_eq!(
            wait_for_value(&tab, status, &want.clone().into()),
            serde_json::Value::from(want),
            "searching for {prefix:?}"
        );
    }
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// What `/search/` fetches before it shows its first result, on the site
/// built in `$DOSSIER_SEARCH_SITE`, for each query in
/// `$DOSSIER_SEARCH_QUERIES` (`|`-separated URL queries, `""` for none):
/// one line of JSON per query, `{"query", "files", "ms"}`, each file a
/// path under the site root, `ms` the time the search itself took. `bench/search-bytes` builds 50,000 documents, runs
/// this and sums the files' gzipped sizes.
#[test]
#[ignore = "run by bench/search-bytes on a large site"]
fn files_fetched_before_the_first_result() {
    let site = std::env::var("DOSSIER_SEARCH_SITE").expect("$DOSSIER_SEARCH_SITE: a built site");
    let queries = std::env::var("DOSSIER_SEARCH_QUERIES").unwrap_or_default();
    let browser = browser::launch().expect("Chromium");
    let base = serve_static(PathBuf::from(site), "/");
    for query in queries.split('|') {
        let tab = browser.new_tab().expect("tab");
        tab.navigate_to(&format!("{base}search/{query}"))
            .unwrap()
            .wait_until_navigated()
            .unwrap();
        let mark = "performance.getEntriesByName('search-results').length > 0";
        let deadline = Instant::now() + Duration::from_secs(120);
        while tab.evaluate(mark, false).unwrap().value != Some(true.into()) {
            assert!(Instant::now() < deadline, "no results for {query:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
        let files = tab
            .evaluate(
                "(() => {
                   const shown = performance.getEntriesByName('search-results')[0].startTime;
                   const files = performance.getEntriesByType('resource')
                     .filter(e => e.responseEnd <= shown).map(e => new URL(e.name).pathname);
                   return JSON.stringify({ files: [location.pathname].concat(files),
                     ms: document.getElementById('search').getAttribute('data-search-ms') });
                 })()",
                false,
            )
            .unwrap()
            .value
            .unwrap();
        let got: serde_json::Value = serde_json::from_str(files.as_str().unwrap()).unwrap();
        let (files, ms) = (&got["files"], &got["ms"]);
        println!(
            "{}",
            serde_json::json!({ "query": query, "files": files, "ms": ms })
        );
    }
}
