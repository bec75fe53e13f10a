//! The terminal: how much to print, a progress bar for long builds, stage
//! timings for `--verbose`, and diagnostics filtered by verbosity.
//!
//! Colours and the bar go to standard error only when it is a terminal;
//! colours also follow `NO_COLOR` (anstream). Nothing here changes what is
//! built.

use std::io::{IsTerminal as _, Write as _};
use std::sync::Mutex;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::Verbosity;
use crate::diag::{self, Diagnostic, Severity};
use crate::progress::{Progress, Stage};

/// A build shorter than this shows no progress bar.
pub const BAR_DELAY: Duration = Duration::from_secs(1);

/// How much a command prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Errors only.
    Quiet,
    /// Warnings, errors and one summary line.
    #[default]
    Normal,
    /// Also how long each stage took.
    Verbose,
}

impl From<Verbosity> for Level {
    fn from(v: Verbosity) -> Level {
        match (v.quiet, v.verbose) {
            (true, _) => Level::Quiet,
            (false, true) => Level::Verbose,
            (false, false) => Level::Normal,
        }
    }
}

/// Prints the diagnostics this level shows (`--quiet`: errors only);
/// `true` when one of all of them is an error.
pub fn report(diags: &[Diagnostic], level: Level) -> bool {
    let shown: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| level > Level::Quiet || d.is_error())
        .cloned()
        .collect();
    diag::print(&shown);
    diags.iter().any(Diagnostic::is_error)
}

/// A count with its noun: `1 page rendered`, `3 pages rendered`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// `2 errors, 1 warning`, or `no problems`.
pub fn count_problems(diags: &[Diagnostic]) -> String {
    let count = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    let errors = |n| plural(n, "error", "errors");
    let warnings = |n| plural(n, "warning", "warnings");
    match (count(Severity::Error), count(Severity::Warning)) {
        (0, 0) => "no problems".to_string(),
        (e, 0) => errors(e),
        (0, w) => warnings(w),
        (e, w) => format!("{}, {}", errors(e), warnings(w)),
    }
}

/// Prints a summary line on standard output, its first word in bold green
/// (`built`, `checked`) when colours are on; nothing under `--quiet`.
pub fn summary(level: Level, verb: &str, rest: &str) {
    if level == Level::Quiet {
        return;
    }
    let green = anstyle::AnsiColor::Green.on_default().bold();
    let mut out = anstream::stdout().lock();
    let _ = writeln!(out, "{green}{verb}{green:#} {rest}");
}

/// Shows a build's progress on standard error and remembers when each
/// stage started, for `--verbose`.
///
/// The bar stays hidden for the first [`BAR_DELAY`], so quick builds print
/// nothing but their summary, and always when standard error is not a
/// terminal or under `--quiet`.
pub struct BuildProgress {
    bar: ProgressBar,
    start: Instant,
    stages: Mutex<Vec<(Stage, Instant)>>,
    reveal: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

impl BuildProgress {
    /// Starts the clock; the bar appears after [`BAR_DELAY`] if the build
    /// is still running and standard error is a terminal.
    pub fn start(level: Level) -> BuildProgress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(spinner_style());
        let reveal = (level > Level::Quiet && std::io::stderr().is_terminal()).then(|| {
            let (stop, stopped) = mpsc::channel::<()>();
            let shown = bar.clone();
            let thread = std::thread::spawn(move || {
                if stopped.recv_timeout(BAR_DELAY) == Err(RecvTimeoutError::Timeout) {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                    shown.enable_steady_tick(Duration::from_millis(100));
                }
            });
            (stop, thread)
        });
        BuildProgress {
            bar,
            start: Instant::now(),
            stages: Mutex::new(Vec::new()),
            reveal,
        }
    }

    /// Names work that is not a stage of the build (`importing postings`).
    pub fn task(&self, label: &str) {
        self.bar.set_message(label.to_string());
    }

    /// Time since [`BuildProgress::start`].
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// Removes the bar (call before printing anything else) and returns how
    /// long each stage took, in order.
    pub fn finish(&mut self) -> Vec<(Stage, Duration)> {
        if let Some((stop, thread)) = self.reveal.take() {
            let _ = stop.send(());
            let _ = thread.join();
        }
        self.bar.finish_and_clear();
        let now = Instant::now();
        let stages = self.stages.lock().map(|s| s.clone()).unwrap_or_default();
        let ends = stages.iter().skip(1).map(|(_, t)| *t).chain([now]);
        stages
            .iter()
            .zip(ends)
            .map(|((stage, from), to)| (*stage, to.duration_since(*from)))
            .collect()
    }

    /// Removes the bar and, under `--verbose`, prints each stage's time on
    /// standard error.
    pub fn finish_and_print(&mut self, level: Level) {
        let stages = self.finish();
        if level < Level::Verbose {
            return;
        }
        let dim = anstyle::Style::new().dimmed();
        let mut err = anstream::stderr().lock();
        for (stage, took) in stages {
            let _ = writeln!(
                err,
                "{dim}{:>8.3} s{dim:#}  {}",
                took.as_secs_f64(),
                stage.label()
            );
        }
    }
}

impl Drop for BuildProgress {
    fn drop(&mut self) {
        self.finish();
    }
}

impl Progress for BuildProgress {
    fn stage(&self, stage: Stage) {
        if let Ok(mut stages) = self.stages.lock() {
            stages.push((stage, Instant::now()));
        }
        self.bar.set_style(spinner_style());
        self.bar.unset_length();
        self.bar.set_message(stage.label());
    }

    fn total(&self, files: usize) {
        self.bar.set_style(bar_style());
        self.bar.set_position(0);
        self.bar.set_length(files as u64);
    }

    fn done(&self, files: usize) {
        self.bar.inc(files as u64);
    }
}

fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("a valid template")
}

fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("{msg:24} [{bar:30}] {pos}/{len} {elapsed}")
        .expect("a valid template")
        .progress_chars("=> ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_counted_in_words() {
        let e = Diagnostic::error("a.md", "x");
        let w = Diagnostic::warning("a.md", "y");
        for (diags, want) in [
            (vec![], "no problems"),
            (vec![e.clone()], "1 error"),
            (vec![w.clone(), w.clone()], "2 warnings"),
            (vec![e.clone(), e.clone(), w.clone()], "2 errors, 1 warning"),
        ] {
            assert_eq!(count_problems(&diags), want, "diags: {diags:?}");
        }
    }

    #[test]
    fn stages_are_timed_in_order() {
        let mut p = BuildProgress::start(Level::Quiet);
        p.stage(Stage::Read);
        p.stage(Stage::Link);
        p.total(3);
        p.done(3);
        let stages: Vec<Stage> = p.finish().into_iter().map(|(s, _)| s).collect();
        assert_eq!(stages, [Stage::Read, Stage::Link]);
    }

    #[test]
    fn flags_give_the_level() {
        for (quiet, verbose, want) in [
            (false, false, Level::Normal),
            (true, false, Level::Quiet),
            (false, true, Level::Verbose),
        ] {
            assert_eq!(Level::from(Verbosity { quiet, verbose }), want);
        }
    }
}
