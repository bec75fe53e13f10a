//! The home page and tag pages of a real-shaped knowledge base, where most
//! companies have one posting: lists are ranked by something a reader can
//! use, and charts appear only where their bars differ.

use crate::support::*;

fn texts(html: &str, selector: &str) -> Vec<String> {
    let page = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(selector).unwrap();
    page.select(&sel)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn posting(f: &Fixture, file: &str, company: &str, date: Option<&str>, skills: &str) {
    let date = date.map(|d| format!("date: {d}\n")).unwrap_or_default();
    f.write(
        &format!("content/jobs/{file}.md"),
        &format!(
            "---\ntitle: Engineer at {company}\ncompany: {company}\nrole: Backend Engineer\n{date}skills: [{skills}]\n---\nBuild services.\n"
        ),
    );
}

#[test]
fn undated_documents_are_not_called_recent_and_single_tags_are_not_a_ranking() {
    let f = empty();
    posting(&f, "a", "Zephyr Labs", None, "Go, Kafka");
    posting(&f, "b", "Aurora Bank", None, "Python, SQL");
    posting(&f, "c", "Mango Health", None, "Java");
    f.build(&[]).ok();
    let home = f.read("public/index.html");
    assert_eq!(texts(&home, "#recent-title"), ["Documents"]);
    assert!(home.contains("no document has a date yet"), "{home}");
    // Every company has one document: no counts, and the list says so.
    let companies = texts(&home, "section[aria-labelledby=top-companies] .chips a");
    assert_eq!(companies, ["Aurora Bank", "Mango Health", "Zephyr Labs"]);
    assert!(texts(&home, "section[aria-labelledby=top-companies] a small").is_empty());
    // The role is shared by all three: a ranking with counts.
    assert_eq!(
        texts(&home, "section[aria-labelledby=top-roles] .counted a"),
        ["Backend Engineer 3"]
    );
    // A company with one posting: its skills are a list, not equal bars.
    let page = f.read("public/companies/zephyr-labs/index.html");
    assert!(!page.contains("<table class=\"chart\""), "{page}");
    assert_eq!(
        texts(&page, "#rollup-skills ~ .chips a"),
        ["Apache Kafka", "Go"]
    );
    assert!(page.contains("The skills of its one document."), "{page}");
    // The role's page: Backend Engineer's skills are one each too.
    let role = f.read("public/roles/backend-engineer/index.html");
    assert!(!role.contains("<table class=\"chart\""), "{role}");
}

#[test]
fn dated_documents_are_recent_and_ties_go_to_the_newest() {
    let f = empty();
    posting(&f, "a", "Zephyr Labs", Some("2026-03-01"), "Go");
    posting(&f, "b", "Aurora Bank", Some("2026-01-10"), "Go, SQL");
    posting(&f, "c", "Mango Health", Some("2026-05-20"), "Java");
    posting(&f, "d", "Aurora Bank", Some("2026-02-02"), "Go");
    f.build(&[]).ok();
    let home = f.read("public/index.html");
    assert_eq!(texts(&home, "#recent-title"), ["Recent documents"]);
    assert!(!home.contains("no document has a date yet"));
    // Aurora Bank has two documents; the two with one each follow, the
    // company of the newest posting first.
    assert_eq!(
        texts(&home, "section[aria-labelledby=top-companies] .counted a"),
        ["Aurora Bank 2", "Mango Health 1", "Zephyr Labs 1"]
    );
    // Bars that differ are a chart.
    let page = f.read("public/companies/aurora-bank/index.html");
    assert!(page.contains("<table class=\"chart\""), "{page}");
}

#[test]
fn a_tag_page_lists_its_ten_most_frequent_and_links_to_search_for_the_rest() {
    let f = empty();
    // Twelve companies ask for Go; the first two twice, so they rank first.
    for i in 0..12 {
        let company = format!("Company {}", (b'A' + i) as char);
        posting(&f, &format!("p{i}"), &company, None, "Go");
        if i < 2 {
            posting(&f, &format!("q{i}"), &company, None, "Go");
        }
    }
    posting(&f, "r", "Company A", None, "Rust");
    f.build(&[]).ok();
    let go = f.read("public/skills/go/index.html");
    let companies = texts(&go, "#rollup-companies ~ ul a");
    assert_eq!(companies.len(), 10, "{companies:?}");
    assert_eq!(&companies[..2], ["Company A 2", "Company B 2"]);
    let html = scraper::Html::parse_document(&go);
    let more = scraper::Selector::parse(".rollups-more a").unwrap();
    let links: Vec<_> = html
        .select(&more)
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(links, ["/search/?skill=go"]);
    // Rust's one company is listed whole: no link to count the rest.
    let rust = f.read("public/skills/rust/index.html");
    assert!(!rust.contains("rollups-more"), "{rust}");
}
