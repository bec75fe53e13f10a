//! The error overlay `serve` shows in open pages, in real Chromium: axe
//! finds no colour-contrast problem in it, in the light and the dark
//! colour scheme, with the built-in theme and with a theme whose rules
//! would restyle every element of the page.

use std::time::Duration;

use crate::browser;
use crate::serve::Server;
use crate::support::*;

/// Far longer than a reload takes: a limit for a broken build, not a timing.
const LIMIT: Duration = Duration::from_secs(20);

/// Rules a theme might have that would make another element's text
/// unreadable if they reached it.
const GREEDY_THEME: &str = "
* { color: #ffd6e0 !important; background: #ffffff !important; font-size: 9px !important; }
pre, strong, div { color: #ffe9e9 !important; background-color: #fffafa !important; }
html { font-size: 40px; }
";

/// Serves `build/basic` (its stylesheet followed by `extra_css`), breaks a
/// document while a page is open in `scheme`, and checks the overlay.
fn overlay_is_readable(scheme: &str, extra_css: &str) {
    let Some(chromium) = browser::launch() else {
        return;
    };
    let f = fixture("build/basic");
    if !extra_css.is_empty() {
        let theme = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes/default/static/style.css");
        let css = std::fs::read_to_string(theme).unwrap() + extra_css;
        f.write("themes/default/static/style.css", &css);
    }
    let server = Server::start(&f.root, &[]);
    let tab = chromium.new_tab().unwrap();
    browser::color_scheme(&tab, scheme);
    tab.navigate_to(&format!("{}jobs/acme-sre/", server.url))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    assert!(
        browser::wait_until(&tab, "window.dossierLiveReload === 'connected'", LIMIT),
        "the page never opened the event stream"
    );
    f.write(
        "content/jobs/acme-sre.md",
        "---\ncompany: Acme\nskills: Go\n---\nBroken.\n",
    );
    assert!(
        browser::wait_until(
            &tab,
            "document.querySelector('[role=alert]') !== null",
            LIMIT
        ),
        "the overlay never appeared"
    );
    let result = browser::axe(&tab, "[role=alert]", &["color-contrast"]);
    assert!(
        result.violations.is_empty() && result.incomplete.is_empty(),
        "{scheme} scheme: violations {:#}, undecided {:#}",
        serde_json::Value::Array(result.violations),
        serde_json::Value::Array(result.incomplete)
    );
    // The title and one diagnostic at least were checked.
    assert!(result.passed >= 2, "{scheme} scheme: {result:?}");
}

#[test]
fn overlay_is_readable_in_the_light_scheme() {
    overlay_is_readable("light", "");
}

#[test]
fn overlay_is_readable_in_the_dark_scheme() {
    overlay_is_readable("dark", "");
}

#[test]
fn overlay_is_readable_whatever_the_theme_styles() {
    overlay_is_readable("light", GREEDY_THEME);
    overlay_is_readable("dark", GREEDY_THEME);
}
