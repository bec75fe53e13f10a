//! Where you stand: with `profile:` in dossier.yaml, every posting's page
//! shows the skills you have and lack with a score, and `/profile/` ranks
//! the postings and lists the skills you lack; without one, none of it.

use std::collections::BTreeSet;

use crate::support::*;

/// The texts of the elements `<a class="chip{class}…">…</a>` of `html`,
/// without the ✓ / ✗ marks and the "nice to have" note.
fn chips(html: &str, class: &str) -> BTreeSet<String> {
    let open = format!("<a class=\"chip {class}");
    html.split(&open)
        .skip(1)
        .map(|rest| {
            let inner = &rest[rest.find('>').unwrap() + 1..rest.find("</a>").unwrap()];
            let text = inner
                .replace("<span aria-hidden=\"true\">✓ </span>", "")
                .replace("<span aria-hidden=\"true\">✗ </span>", "")
                .replace(" <small>nice to have</small>", "");
            text.trim().to_string()
        })
        .collect()
}

/// The names of the skill chips of a document page.
fn skills_of(page: &str) -> BTreeSet<String> {
    let list = page
        .split("<dd class=\"chips skill\">")
        .nth(1)
        .map(|s| s.split("<dt>").next().unwrap_or(s))
        .map(|s| s.split("</dl>").next().unwrap_or(s))
        .unwrap_or("");
    list.split("<a href=")
        .skip(1)
        .map(|s| s[s.find('>').unwrap() + 1..s.find("</a>").unwrap()].to_string())
        .collect()
}

#[test]
fn every_posting_shows_the_skills_you_have_and_lack() {
    let f = fixture("profile/basic");
    f.build(&[]).ok();
    let yours: BTreeSet<String> = ["Go", "PostgreSQL", "Kubernetes", "Haskell"]
        .map(String::from)
        .into();
    for (page, score, summary) in [
        (
            "postings/acme-backend",
            60,
            "3 of 4 required skills, 0 of 2 nice-to-haves · a role you want · in a place you named",
        ),
        (
            "postings/globex-platform",
            36,
            "2 of 5 required skills, 0 of 1 nice-to-have · not one of your roles · in a place you named",
        ),
        (
            "postings/initech-data",
            0,
            "0 of 6 required skills · not one of your roles · not in your places",
        ),
    ] {
        let html = f.read(&format!("public/{page}/index.html"));
        let skills = skills_of(&html);
        assert!(!skills.is_empty(), "{page}");
        let have = chips(&html, "chip-have");
        let lack = chips(&html, "chip-lack");
        assert_eq!(
            have,
            skills.intersection(&yours).cloned().collect(),
            "{page}"
        );
        assert_eq!(lack, skills.difference(&yours).cloned().collect(), "{page}");
        assert!(
            html.contains(&format!("Your match <span class=\"score\">{score}%</span>")),
            "{page}"
        );
        assert!(
            html.contains(&format!("<p class=\"match-summary\">{summary} · ")),
            "{page}: {html}"
        );
    }
    // Nice-to-haves are marked as such.
    let acme = f.read("public/postings/acme-backend/index.html");
    assert!(
        acme.contains("Terraform <small>nice to have</small>"),
        "{acme}"
    );
    // A note whose skills are front matter is not a posting.
    let note = f.read("public/notes/acme-call/index.html");
    assert!(!note.contains("Your match"), "{note}");
}

#[test]
fn the_profile_page_lists_the_skills_you_lack_most_asked_first() {
    let f = fixture("profile/basic");
    f.build(&[]).ok();
    f.check_main("profile/index.html");
    let page = f.read("public/profile/index.html");
    let lacking = page
        .split("<table class=\"demand\">")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap();
    let rows: Vec<(String, usize)> = lacking
        .split("<th scope=\"row\">")
        .skip(1)
        .map(|row| {
            let name = row[row.find('>').unwrap() + 1..row.find("</a>").unwrap()].to_string();
            let count = row
                .split("<span class=\"chart-value\">")
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap()
                .parse()
                .unwrap();
            (name, count)
        })
        .collect();
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Apache Kafka",
            "Python",
            "Terraform",
            "Apache Airflow",
            "Data Modeling",
            "dbt",
            "Snowflake",
            "gRPC",
            "Rust"
        ]
    );
    assert!(
        rows.windows(2).all(|w| w[0].1 >= w[1].1),
        "counts descend: {rows:?}"
    );
    assert_eq!(rows[0].1, 3);
    // Ranked best first; your skill nobody asks for is named.
    let acme = page.find("Backend Engineer at Acme").unwrap();
    let globex = page.find("Platform Engineer at Globex").unwrap();
    let initech = page.find("Data Engineer at Initech").unwrap();
    assert!(acme < globex && globex < initech);
    assert!(
        page.contains("<span class=\"chip chip-soft\">Haskell</span>"),
        "{page}"
    );
    assert!(page.contains(">Profile</a>"), "the navigation names it");
}

#[test]
fn without_a_profile_nothing_of_it_appears() {
    let f = fixture("profile/basic");
    f.write("dossier.yaml", "title: \"Profile fixture\"\n");
    f.build(&[]).ok();
    assert!(!f.exists("public/profile/index.html"));
    for page in ["index.html", "postings/acme-backend/index.html"] {
        let html = f.read(&format!("public/{page}"));
        assert!(!html.contains("/profile/"), "{page}");
        assert!(!html.contains("Your match"), "{page}");
    }
}

#[test]
fn a_profile_of_roles_without_skills_is_an_error_with_its_line() {
    let f = fixture("profile/basic");
    f.write(
        "dossier.yaml",
        "title: A\nprofile:\n  roles: [Backend Engineer]\n",
    );
    let run = f.build(&[]).fails();
    assert!(
        run.stderr()
            .starts_with("error: dossier.yaml:2: `profile` lists no skills\n"),
        "{}",
        run.stderr()
    );
}
