//! Postings pasted as plain text or Markdown: the Markdown they carry is
//! shown as structure, never as asterisks, on pages, in summaries, in
//! evidence quotes and in search snippets; the lines they start with
//! (title, company, place) are never run together.

use crate::browser;
use crate::search::serve_static;
use crate::support::*;

const POSTING: &str = "public/postings/pepsico-ai-engineer/index.html";

/// The inner HTML and the text of the first element matching `selector`.
fn element(html: &str, selector: &str) -> (String, String) {
    let page = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(selector).unwrap();
    let el = page
        .select(&sel)
        .next()
        .unwrap_or_else(|| panic!("no {selector} in {html}"));
    (el.inner_html(), el.text().collect())
}

/// Each document of the search index: (path, title, summary).
pub fn index_docs(f: &Fixture) -> Vec<(String, String, String)> {
    crate::search::Index::read(f)
        .docs
        .into_iter()
        .map(|[path, title, _, summary]| (path, title, summary))
        .collect()
}

#[test]
fn markdown_in_plain_text_is_shown_as_structure_never_as_markers() {
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    let (html, text) = element(&f.read(POSTING), ".doc-body");
    for want in [
        "<h2 id=\"overview\">Overview</h2>",
        "<h2 id=\"qualifications\">Qualifications</h2>",
        "in <strong>Python</strong> with",
        "with <em>Docker</em> and",
        "<li><strong>Bachelor's degree</strong> in Computer Science",
        "<em>PepsiCo is an equal opportunity employer.</em>",
    ] {
        assert!(html.contains(want), "{want:?} not in {html}");
    }
    let numbered = html.split("<ol>").nth(1).expect("a numbered list");
    assert_eq!(
        numbered
            .split("</ol>")
            .next()
            .unwrap()
            .matches("<li>")
            .count(),
        3
    );
    for marker in ["**", "__", "###", "* Build", "1. 3+", "_PepsiCo"] {
        assert!(!text.contains(marker), "{marker:?} shown in {text}");
    }
    // What is not Markdown emphasis stays as written, and never becomes HTML.
    assert!(
        text.contains("Names like snake_case_names, 2 * 3 and <b>tags</b> stay as written."),
        "{text}"
    );
    assert!(html.contains("&lt;b&gt;tags&lt;/b&gt;"), "{html}");
}

#[test]
fn summaries_start_at_the_first_sentence_not_at_the_header_lines() {
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    let docs = index_docs(&f);
    let summary = |path: &str| {
        docs.iter()
            .find(|d| d.0 == path)
            .unwrap_or_else(|| panic!("{path} not in {docs:?}"))
            .2
            .clone()
    };
    let posting = summary("postings/pepsico-ai-engineer/");
    assert!(
        posting.starts_with("PepsiCo's Data Science & AI team builds the models"),
        "{posting}"
    );
    assert_eq!(
        summary("postings/openai-research-engineer/"),
        "The Post-Training team makes our models helpful and safe before they ship."
    );
    let page = f.read(POSTING);
    assert!(
        page.contains(
            "<meta name=\"description\" content=\"PepsiCo&#39;s Data Science &amp; AI team builds"
        ),
        "{page}"
    );
}

#[test]
fn header_lines_of_a_markdown_posting_keep_their_line_breaks() {
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    let (html, _) = element(
        &f.read("public/postings/openai-research-engineer/index.html"),
        ".doc-body",
    );
    assert!(
        html.contains(
            "<p>Research Engineer, Post-Training<br>\nLocation: San Francisco<br>\nEmployment Type: Full time<br>"
        ),
        "{html}"
    );
    assert!(
        html.contains(
            "<p>The Post-Training team makes our models helpful and safe before they ship.</p>"
        ),
        "{html}"
    );
}

#[test]
fn evidence_quotes_are_plain_words_of_their_own_line() {
    let f = fixture("build/pasted");
    let run = f.run(&["tags", "--json"]).ok();
    let docs: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let posting = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["source"] == "postings/pepsico-ai-engineer.txt")
        .expect("the posting");
    let evidence = &posting["evidence"];
    assert_eq!(
        evidence["company:PepsiCo"],
        "PepsiCo · Chicago, IL · 3 days ago · Over 100 applicants"
    );
    assert_eq!(
        evidence["skill:Python"],
        "Build LLM-based applications in Python with LangChain and Azure OpenAI"
    );
    assert_eq!(
        evidence["skill:Docker"],
        "Ship models as services with Docker and Kubernetes"
    );
    f.build(&[]).ok();
    let (_, why) = element(&f.read(POSTING), ".evidence");
    assert!(
        why.contains("Ship models as services with Docker and Kubernetes"),
        "{why}"
    );
    assert!(!why.contains('*'), "{why}");
}

#[test]
fn search_snippets_keep_lines_and_list_items_apart() {
    let Some(chromium) = browser::launch() else {
        return;
    };
    let f = fixture("build/pasted");
    f.build(&[]).ok();
    let base = serve_static(f.root.join("public"), "/");
    let tab = chromium.new_tab().unwrap();
    tab.navigate_to(&format!("{base}search/?q=kubernetes"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    // The posting's summary does not name Kubernetes: its snippet is the
    // passage of the page around the word, fetched once the list shows.
    let snippet = "(() => { const a = document.querySelector('#search-list a[href=\"/postings/pepsico-ai-engineer/\"]'); \
                   const p = a && a.parentElement.querySelector('.doc-summary'); \
                   return p && p.querySelector('mark') ? p.textContent : null; })()";
    let mut text = serde_json::Value::Null;
    for _ in 0..200 {
        text = tab
            .evaluate(snippet, false)
            .unwrap()
            .value
            .unwrap_or_default();
        if text.is_string() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let text = text
        .as_str()
        .expect("a snippet around the match")
        .to_string();
    assert!(
        text.contains(
            "Azure OpenAI · Ship models as services with Docker and Kubernetes · Partner"
        ),
        "{text}"
    );
    assert!(!text.contains('*') && !text.contains('#'), "{text}");
}
