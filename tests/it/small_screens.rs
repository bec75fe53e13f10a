//! Pages on a 390 px wide screen, in real Chromium: the names in a skill
//! chart are whole (wrapped, never cut) and no page scrolls sideways.

use crate::browser;
use crate::search::serve_static;
use crate::support::*;

const LONG: &str = "Site Reliability Engineering (SRE)";

/// The chart's row for `name`, if one shows the whole name on screen (or
/// holds it in `title` or `aria-label`): its visible text, as JSON.
fn label_script(name: &str) -> String {
    format!(
        "(() => {{
           const name = {name};
           const chart = document.getElementById('rollup-skills').parentElement;
           const shown = (el) => {{
             const r = el.getBoundingClientRect();
             return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth &&
               el.scrollWidth <= Math.ceil(r.width) && !el.closest('details:not([open])');
           }};
           const whole = Array.from(chart.querySelectorAll('*')).filter((el) =>
             shown(el) && (el.textContent.trim() === name || el.getAttribute('title') === name ||
               el.getAttribute('aria-label') === name));
           return whole.length > 0;
         }})()",
        name = serde_json::to_string(name).unwrap()
    )
}

#[test]
fn chart_labels_are_whole_at_390_px() {
    let Some(chromium) = browser::launch() else {
        return;
    };
    let f = fixture("build/basic");
    f.write(
        "content/jobs/acme-platform.md",
        &format!("---\ncompany: Acme\nskills: [{LONG}, Incident Response, Go]\n---\nPlatform.\n"),
    );
    f.build(&[]).ok();
    let base = serve_static(f.root.join("public"), "/");
    let tab = chromium.new_tab().unwrap();
    browser::viewport(&tab, 390, 844);
    for page in ["companies/acme/", "skills/go/"] {
        tab.navigate_to(&format!("{base}{page}"))
            .unwrap()
            .wait_until_navigated()
            .unwrap();
        let whole = tab.evaluate(&label_script(LONG), false).unwrap().value;
        assert_eq!(
            whole,
            Some(true.into()),
            "{page}: the chart does not show {LONG:?} whole at 390 px"
        );
        let sideways = tab
            .evaluate("document.documentElement.scrollWidth > innerWidth", false)
            .unwrap()
            .value;
        assert_eq!(sideways, Some(false.into()), "{page} scrolls sideways");
    }
}
