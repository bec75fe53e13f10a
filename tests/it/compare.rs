//! Side by side: `/compare/` offers every company and role, and its script
//! draws the ones the address names (`?companies=a,b`) in columns; ticking
//! another updates the address, so a reload or a shared link restores it.

use crate::browser;
use crate::search::{serve_static, wait_for_value};
use crate::support::*;

const COLUMNS: &str = "JSON.stringify(Array.from(document.querySelectorAll('#compare-out thead th')).map(th => th.textContent))";

#[test]
fn the_compare_page_offers_every_company_and_role_with_its_data() {
    let f = fixture("profile/basic");
    f.build(&[]).ok();
    let page = f.read("public/compare/index.html");
    for slug in ["acme", "globex", "initech"] {
        assert!(
            page.contains(&format!("name=\"companies\" value=\"{slug}\"")),
            "{slug}: {page}"
        );
    }
    assert!(page.contains("name=\"roles\" value=\"backend-engineer\""));
    assert!(page.contains("data-index=\"/compare.json.gz\""), "{page}");
    let data = f.read_json("public/compare.json.gz");
    let globex = data["companies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "globex")
        .unwrap();
    assert_eq!(globex["salaries"][0], "€80,000–€100,000 a year");
    // Documents are written once and named by index under each company
    // and role that lists them.
    let docs = data["docs"].as_array().unwrap();
    let listed: Vec<&serde_json::Value> = globex["docs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &docs[i.as_u64().unwrap() as usize][1])
        .collect();
    assert_eq!(listed, ["/postings/globex-platform/"]);
    let urls: std::collections::BTreeSet<&str> =
        docs.iter().map(|d| d[1].as_str().unwrap()).collect();
    assert_eq!(urls.len(), docs.len(), "a document written twice: {docs:?}");
    // Tag names too: a count names its tag by index.
    let role = globex["roles"][0][0].as_u64().unwrap() as usize;
    assert_eq!(data["names"][role], "Platform Engineer");
    assert_eq!(globex["roles"][0][1], 1);
    assert!(f.read("public/index.html").contains(">Compare</a>"));
    // A company's page links to it with its most similar peer: Globex
    // asks for most of Acme's skills, Initech for few.
    let acme = f.read("public/companies/acme/index.html");
    assert!(
        acme.contains("<a href=\"/compare/?companies=acme,globex\">Compare with Globex</a>"),
        "{acme}"
    );
}

#[test]
fn a_site_of_one_company_and_one_role_has_no_compare_page() {
    let f = fixture("profile/basic");
    for file in ["postings/globex-platform.txt", "postings/initech-data.txt"] {
        f.remove(&format!("content/{file}"));
    }
    f.build(&[]).ok();
    assert!(!f.exists("public/compare/index.html"));
    assert!(!f.read("public/index.html").contains("/compare/"));
}

#[test]
fn picked_companies_show_side_by_side_and_the_address_restores_them() {
    let Some(browser) = browser::launch() else {
        return;
    };
    let f = fixture("profile/basic");
    f.build(&["--base-url", "/sub/"]).ok();
    let base = serve_static(f.root.join("public"), "/sub/");
    let tab = browser.new_tab().expect("tab");
    let columns = |want: &[&str]| {
        let want = serde_json::Value::String(serde_json::to_string(want).unwrap());
        assert_eq!(wait_for_value(&tab, COLUMNS, &want), want);
    };
    tab.navigate_to(&format!("{base}compare/?companies=acme,globex"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    columns(&["Acme", "Globex"]);
    // Skills both ask for are named (the data names them by index) and
    // marked as shared.
    let shared = serde_json::Value::String(
        r#"["Apache Kafka (2)","Go (2)","Kubernetes (1)","Terraform (1)"]"#.into(),
    );
    assert_eq!(
        wait_for_value(
            &tab,
            "JSON.stringify(Array.from(document.querySelectorAll('#compare-out td:nth-child(2) li.shared')).map(li => li.textContent).sort())",
            &shared
        ),
        shared
    );
    // Ticking a third with the keyboard adds its column and names it in
    // the address.
    tab.wait_for_element("input[name=companies][value=initech]")
        .unwrap()
        .focus()
        .unwrap();
    tab.press_key(" ").unwrap();
    columns(&["Acme", "Globex", "Initech"]);
    let url = tab.get_url();
    assert!(
        url.ends_with("/sub/compare/?companies=acme,globex,initech"),
        "{url}"
    );
    // The address alone restores the choice.
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    columns(&["Acme", "Globex", "Initech"]);
    let checked = tab
        .evaluate(
            "document.querySelectorAll('input[name=companies]:checked').length",
            false,
        )
        .unwrap()
        .value
        .unwrap();
    assert_eq!(checked, 3);
}
