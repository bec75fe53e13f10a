//! Themes: site files replace built-in ones, file by file.

use crate::support::*;

#[test]
fn site_template_and_static_files_override_built_in_ones() {
    let f = fixture("build/basic");
    f.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<p>Custom {{ site.title }}</p>{% endblock main %}",
    );
    f.write("themes/default/static/extra.css", "body { color: red; }");
    f.build(&[]).ok();
    assert!(
        f.read("public/404.html")
            .contains("<p>Custom Fixture research</p>")
    );
    assert_eq!(f.read("public/extra.css"), "body { color: red; }");
    assert!(
        f.read("public/index.html").contains("Recent documents"),
        "other templates stay built in"
    );
}

#[test]
fn named_theme_folder_is_used() {
    let f = fixture("build/basic");
    f.write("dossier.yaml", "title: T\ntheme: plain\n");
    f.write("themes/plain/static/style.css", "/* plain */");
    f.build(&[]).ok();
    assert_eq!(f.read("public/style.css"), "/* plain */");
}

#[test]
fn build_output_has_no_reload_script() {
    let f = fixture("build/basic");
    f.build(&[]).ok();
    for file in files_under(&f.root.join("public")) {
        if file.ends_with(".html") {
            let page = f.read(&format!("public/{file}"));
            // The theme's own scripts (search, compare, heading links)
            // are the only ones.
            let scripts = page.matches("<script").count();
            let own = page.matches("<script src=\"/search.js\"").count()
                + page.matches("<script src=\"/compare.js\"").count()
                + page.matches("<script src=\"/anchors.js\"").count();
            assert_eq!(scripts, own, "{file} has a script");
        }
    }
}
