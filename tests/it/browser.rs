//! Headless Chromium for tests that need a real browser (live reload,
//! search). Tests skip when Chromium is absent and `CI` is unset; under CI
//! a missing Chromium is a failure.
#![allow(dead_code)]

use std::path::PathBuf;

use headless_chrome::{Browser, LaunchOptions};

/// Chromium's path: `$CHROMIUM_PATH` or `/usr/bin/chromium`.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Starts headless Chromium, or returns `None` (with a note) when it is not
/// installed and the tests do not run under CI.
pub fn launch() -> Option<Browser> {
    let path = chromium_path();
    if !path.exists() {
        if std::env::var_os("CI").is_some() {
            panic!(
                "Chromium is required under CI but {} does not exist (apt-get install chromium)",
                path.display()
            );
        }
        eprintln!(
            "note: skipping a browser test: no Chromium at {}",
            path.display()
        );
        return None;
    }
    let args = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .headless(true)
        .sandbox(false)
        .idle_browser_timeout(std::time::Duration::from_secs(120))
        .args(args.iter().map(std::ffi::OsStr::new).collect())
        .build()
        .expect("Chromium launch options");
    Some(Browser::new(options).expect("start Chromium"))
}

/// axe-core, vendored for the tests (see `tests/vendor/axe-core/README.md`).
pub const AXE: &str = include_str!("../vendor/axe-core/axe.min.js");

/// What axe found for some rules: the violations and the elements it could
/// not decide on (as axe reports them), and how many elements passed, so a
/// test can tell "all passed" from "nothing was checked".
#[derive(Debug)]
pub struct AxeResult {
    pub violations: Vec<serde_json::Value>,
    pub incomplete: Vec<serde_json::Value>,
    pub passed: u64,
}

/// Runs axe's `rules` on the element `selector` names (its shadow tree
/// included) in the page loaded in `tab`.
pub fn axe(tab: &headless_chrome::Tab, selector: &str, rules: &[&str]) -> AxeResult {
    tab.evaluate(AXE, false).expect("load axe");
    let script = format!(
        "axe.run(document.querySelector({selector}), {{ runOnly: {{ type: 'rule', values: {rules} }} }})
           .then(r => JSON.stringify({{ violations: r.violations,
             incomplete: r.incomplete,
             passed: r.passes.reduce((n, p) => n + p.nodes.length, 0) }}))",
        selector = serde_json::to_string(selector).unwrap(),
        rules = serde_json::to_string(rules).unwrap(),
    );
    let value = tab
        .evaluate(&script, true)
        .expect("run axe")
        .value
        .expect("axe returns its results");
    let result: serde_json::Value =
        serde_json::from_str(value.as_str().expect("a JSON string")).expect("axe's JSON");
    AxeResult {
        violations: result["violations"].as_array().cloned().unwrap_or_default(),
        incomplete: result["incomplete"].as_array().cloned().unwrap_or_default(),
        passed: result["passed"].as_u64().unwrap_or(0),
    }
}

/// Makes the pages of `tab` see `prefers-color-scheme: scheme` (`light`,
/// `dark`).
pub fn color_scheme(tab: &headless_chrome::Tab, scheme: &str) {
    use headless_chrome::protocol::cdp::Emulation::{MediaFeature, SetEmulatedMedia};
    tab.call_method(SetEmulatedMedia {
        media: None,
        features: Some(vec![MediaFeature {
            name: "prefers-color-scheme".into(),
            value: scheme.into(),
        }]),
    })
    .expect("emulate a colour scheme");
}

/// Evaluates `expr` in `tab` until it is `true`, for at most `limit`.
pub fn wait_until(tab: &headless_chrome::Tab, expr: &str, limit: std::time::Duration) -> bool {
    let deadline = std::time::Instant::now() + limit;
    while std::time::Instant::now() < deadline {
        let value = tab.evaluate(expr, false).expect("evaluate").value;
        if value == Some(serde_json::Value::Bool(true)) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

/// Makes `tab` a phone-sized screen of `width` × `height` CSS pixels.
pub fn viewport(tab: &headless_chrome::Tab, width: u32, height: u32) {
    use headless_chrome::protocol::cdp::Emulation::SetDeviceMetricsOverride;
    tab.call_method(SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: 1.0,
        mobile: true,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .expect("emulate a small screen");
}
