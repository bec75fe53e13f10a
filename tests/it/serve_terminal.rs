//! What `dossier serve` says in the terminal, and how it stops: Ctrl-C
//! (SIGINT) and SIGTERM end it even while pages hold their live-reload
//! event streams open; `-q` and `-v` set how much it prints.

use std::process::ExitStatus;
use std::time::{Duration, Instant};

use crate::serve::{Server, wait_event};
use crate::support::*;

/// Far longer than stopping takes: a limit for a broken build, not a timing.
const LIMIT: Duration = Duration::from_secs(10);

/// Sends `signal` (`INT`, `TERM`) to the server and waits for it to exit.
fn stop(server: &mut Server, signal: &str) -> Option<ExitStatus> {
    let pid = server.child.id().to_string();
    let kill = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .expect("run kill");
    assert!(kill.success(), "kill -{signal} {pid}");
    let deadline = Instant::now() + LIMIT;
    while Instant::now() < deadline {
        if let Some(status) = server.child.try_wait().expect("wait for serve") {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// What the server printed on standard output after its first line, to
/// its exit.
fn printed(server: &mut Server) -> Vec<String> {
    // The lines end when the pipe closes, after the last one.
    let mut lines = Vec::new();
    while let Ok(line) = server.stdout.recv_timeout(LIMIT) {
        lines.push(line);
    }
    lines
}

fn stops_with_two_open_event_streams(signal: &str, said: &str) {
    let f = fixture("build/basic");
    let mut server = Server::start(&f.root, &[]);
    // Two preview tabs: each holds an event stream open.
    let _one = server.events();
    let _two = server.events();
    let status = stop(&mut server, signal);
    let printed = printed(&mut server);
    assert!(
        status.is_some(),
        "serve still runs {LIMIT:?} after SIG{signal} with two open event streams"
    );
    assert!(status.unwrap().success(), "exit status {status:?}");
    assert!(
        printed.iter().any(|l| l.contains(said)),
        "serve does not say it stopped: {printed:?}"
    );
}

#[test]
fn ctrl_c_stops_serve_with_open_event_streams() {
    stops_with_two_open_event_streams("INT", "stopped (Ctrl-C)");
}

#[test]
fn sigterm_stops_serve_with_open_event_streams() {
    stops_with_two_open_event_streams("TERM", "stopped (SIGTERM)");
}

/// Serves `build/basic` with `args`, edits the stylesheet and then one
/// document (waiting for each reload), stops: what was printed.
fn edit_twice_and_stop(args: &[&str]) -> Vec<String> {
    let f = fixture("build/basic");
    let mut server = Server::start(&f.root, args);
    let events = server.events();
    f.write("themes/default/static/style.css", "body { color: teal; }\n");
    wait_event(&events, |e| e["kind"] == "reload");
    let path = f.root.join("content/jobs/acme-sre.md");
    let text = std::fs::read_to_string(&path).unwrap() + "\nOne more sentence.\n";
    std::fs::write(&path, text).unwrap();
    wait_event(&events, |e| e["kind"] == "reload");
    stop(&mut server, "INT").expect("serve stops");
    printed(&mut server)
}

#[test]
fn rebuild_lines_count_in_words_that_agree() {
    let printed = edit_twice_and_stop(&[]);
    let rebuilt: Vec<&String> = printed
        .iter()
        .filter(|l| l.starts_with("rebuilt"))
        .collect();
    assert_eq!(rebuilt.len(), 2, "{printed:?}");
    assert!(
        rebuilt[0].contains(": 1 file changed, "),
        "a stylesheet edit changes one file: {printed:?}"
    );
    for line in rebuilt {
        // `N file(s) changed, N page(s) rendered`
        let counts = line.split(": ").nth(1).unwrap();
        for part in counts.split(", ") {
            let (n, noun) = part.split_once(' ').unwrap();
            let singular = !noun.split(' ').next().unwrap().ends_with('s');
            assert_eq!(n == "1", singular, "{line:?}");
        }
    }
}

#[test]
fn quiet_serve_prints_no_rebuild_lines() {
    let printed = edit_twice_and_stop(&["-q"]);
    assert!(printed.is_empty(), "{printed:?}");
}

#[test]
fn verbose_serve_lists_the_pages_each_rebuild_changed() {
    let printed = edit_twice_and_stop(&["--verbose"]);
    let first = printed
        .iter()
        .position(|l| l.starts_with("rebuilt"))
        .unwrap();
    assert_eq!(printed[first + 1], "  /style.css", "{printed:?}");
    assert!(
        printed.contains(&"  /jobs/acme-sre/".to_string()),
        "{printed:?}"
    );
}
