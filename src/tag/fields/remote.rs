//! Where the work is done, read from prose: a remote word at a position
//! ("remote", "hybrid", "on-site", "in person", "work from home") and the
//! words around it → a [`Vote`]. "remote sensing", "hybrid cloud" and
//! "onsite interviews" are not votes; "not a remote role" is one for
//! on-site; "on-site 3 days a week" is one for hybrid. [`resolve`] picks
//! the answer: any strong hybrid, else the first strong vote, else the
//! first weak one ("a remote-first company").

use super::lines::{lower, sentence, words_after, words_before};
use crate::parse::values::Remote;

/// One reading of a remote word in prose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Vote {
    pub remote: Remote,
    /// Said of the job ("this role is remote"), not of the company or
    /// in passing.
    pub strong: bool,
    pub start: usize,
    pub end: usize,
}

/// Words after "remote" that make it something else.
const REMOTE_TRAPS: &[&str] = &[
    "sensing",
    "sensor",
    "sensors",
    "control",
    "controls",
    "controlled",
    "controller",
    "desktop",
    "procedure",
    "procedures",
    "access",
    "server",
    "servers",
    "monitoring",
    "patient",
    "patients",
    "device",
    "devices",
    "repository",
    "repo",
    "repos",
    "branch",
    "branches",
    "origin",
    "host",
    "hosts",
    "shell",
    "api",
    "apis",
    "call",
    "calls",
    "execution",
    "code",
    "debugging",
    "debugger",
    "management",
    "support",
    "assistance",
    "island",
    "islands",
    "area",
    "areas",
    "village",
    "villages",
    "viewing",
    "possibility",
    "chance",
    "locations",
    "sites",
    "site",
    "systems",
    "system",
    "backend",
    "cache",
    "storage",
    "state",
    "data",
    "file",
    "files",
    "url",
    "urls",
    "config",
    "configuration",
    "attestation",
    "operations",
    "operated",
    "vehicles",
    "learning",
    "education",
    "exam",
    "exams",
    "pair",
];

/// Words after "remote" that say it of the job.
const REMOTE_JOB: &[&str] = &[
    "role",
    "position",
    "job",
    "opportunity",
    "option",
    "basis",
    "ok",
    "eligible",
    "within",
    "from",
    "anywhere",
    "only",
    "us",
    "usa",
    "uk",
    "eu",
    "emea",
    "in",
    "across",
    "employee",
    "contract",
    "friendly",
];

/// Words after "remote" that say it of the company or the people.
const REMOTE_COMPANY: &[&str] = &[
    "first",
    "team",
    "teams",
    "colleagues",
    "coworkers",
    "culture",
    "company",
    "workforce",
    "employees",
    "workers",
    "staff",
    "organization",
    "org",
    "native",
    "startup",
];

/// Words after "hybrid" that make it something else.
const HYBRID_TRAPS: &[&str] = &[
    "cloud",
    "clouds",
    "app",
    "apps",
    "application",
    "applications",
    "mobile",
    "infrastructure",
    "environment",
    "environments",
    "architecture",
    "architectures",
    "search",
    "model",
    "models",
    "approach",
    "approaches",
    "vehicle",
    "vehicles",
    "car",
    "cars",
    "engine",
    "engines",
    "integration",
    "integrations",
    "solution",
    "solutions",
    "system",
    "systems",
    "storage",
    "deployment",
    "deployments",
    "it",
    "data",
    "network",
    "networks",
    "method",
    "methods",
    "algorithm",
    "algorithms",
    "retrieval",
    "quantum",
    "rag",
    "database",
    "databases",
    "setups",
    "workflows",
    "teams",
    "events",
    "event",
    "meetings",
    "meeting",
    "ranking",
    "recommender",
    "kubernetes",
    "multi",
    "on",
    "methodology",
    "methodologies",
    "agile",
    "warfare",
];

/// Words after "on-site" or "in person" that make it something else.
const ONSITE_TRAPS: &[&str] = &[
    "debrief",
    "debriefs",
    "prep",
    "preparation",
    "panel",
    "panels",
    "notes",
    "feedback",
    "invite",
    "invitation",
    "recap",
    "day",
    "reliability",
    "schedule",
    "agenda",
    "stage",
    "interview",
    "interviews",
    "loop",
    "loops",
    "visit",
    "visits",
    "round",
    "rounds",
    "meeting",
    "meetings",
    "event",
    "events",
    "gym",
    "cafeteria",
    "cafe",
    "amenities",
    "parking",
    "childcare",
    "clinic",
    "doctor",
    "support",
    "training",
    "trainings",
    "lunch",
    "lunches",
    "meals",
    "kitchen",
    "fitness",
    "health",
    "wellness",
    "perks",
    "benefits",
    "storage",
    "backup",
    "backups",
    "servers",
    "infrastructure",
    "deployment",
    "deployments",
    "installation",
    "installations",
    "security",
    "offsite",
    "offsites",
    "retreat",
    "retreats",
    "workshop",
    "workshops",
    "onboarding",
    "orientation",
    "customer",
    "customers",
    "client",
    "clients",
    "inspections",
    "inspection",
    "audits",
    "audit",
    "collaboration",
];

/// Words before a noun: "the onsite", "my onsite".
const DETERMINERS: &[&str] = &[
    "the", "an", "my", "your", "their", "our", "his", "her", "after", "before", "final",
];

/// Job words: "a remote role", "this in-person position".
const JOB_NOUNS: &[&str] = &[
    "role",
    "position",
    "job",
    "opportunity",
    "basis",
    "work",
    "only",
];

/// Words before a remote word that say it of the job: "is remote",
/// "fully remote".
const SAID_OF_JOB: &[&str] = &[
    "is",
    "be",
    "are",
    "fully",
    "100%",
    "completely",
    "entirely",
    "totally",
    "100",
    "work",
    "working",
];

const NEGATIONS: &[&str] = &[
    "not", "no", "non", "isn't", "isnt", "never", "cannot", "can't", "without", "unable",
];

fn any(words: &[&str], list: &[&str]) -> bool {
    words
        .iter()
        .any(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

fn first_in(words: &[&str], list: &[&str]) -> bool {
    words.first().is_some_and(|w| any(&[w], list))
}

/// A day count near a position: "3 days a week", "two days in the office".
/// `Some(true)` for a full week (five days), `Some(false)` for fewer.
fn days_near(text: &str, start: usize, end: usize) -> Option<bool> {
    let s = sentence(text, start, end, 60);
    let mut prev = "";
    for w in s
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
    {
        if w.eq_ignore_ascii_case("days") || w.eq_ignore_ascii_case("day") {
            let mut buf = [0; 32];
            match lower(prev, &mut buf) {
                "1" | "one" | "2" | "two" | "3" | "three" | "4" | "four" | "1-2" | "2-3"
                | "3-4" => {
                    return Some(false);
                }
                "5" | "five" => return Some(true),
                _ => {}
            }
        }
        prev = w;
    }
    None
}

/// The vote of the remote word at `text[start..end]`, if it is one.
pub fn vote(text: &str, start: usize, end: usize) -> Option<Vote> {
    let mut buf = [0; 32];
    let word = lower(&text[start..end], &mut buf);
    let next = words_after(text, end, 4);
    let prev = words_before(text, start, 4);
    let v = |remote, strong| {
        Some(Vote {
            remote,
            strong,
            start,
            end,
        })
    };
    let hybrid_days = |text| match days_near(text, start, end) {
        Some(true) => v(Remote::OnSite, true),
        Some(false) => v(Remote::Hybrid, true),
        None => None,
    };
    let said_of_job = first_in(&prev, SAID_OF_JOB) || first_in(&next, JOB_NOUNS);
    match word {
        "remote" | "remotely" => {
            if word == "remote" && first_in(&next, REMOTE_TRAPS) {
                return None;
            }
            let near_prev = &prev[..prev.len().min(3)];
            let negated = any(near_prev, NEGATIONS)
                || next.windows(2).any(|w| {
                    w[0].eq_ignore_ascii_case("is") && any(&w[1..], &["not", "unavailable"])
                });
            if negated {
                return v(Remote::OnSite, true);
            }
            if first_in(&next, REMOTE_COMPANY) {
                return v(Remote::Remote, false);
            }
            let strong = word == "remotely"
                || first_in(&next, REMOTE_JOB)
                || first_in(&prev, SAID_OF_JOB)
                || next.is_empty();
            v(Remote::Remote, strong)
        }
        "hybrid" => {
            if first_in(&next, HYBRID_TRAPS) {
                return None;
            }
            v(Remote::Hybrid, said_of_job || next.is_empty())
        }
        "on-site" | "onsite" | "on site" => {
            // "on Site Reliability Engineering": the words of a name; "the
            // onsite went well": the interview.
            let name = text[start..end].contains(" S");
            let noun = first_in(&prev, DETERMINERS) && !first_in(&next, JOB_NOUNS);
            if name || noun || first_in(&next, ONSITE_TRAPS) {
                return None;
            }
            if let Some(vote) = hybrid_days(text) {
                return Some(vote);
            }
            v(Remote::OnSite, said_of_job || next.is_empty())
        }
        "in person" | "in-person" => {
            if first_in(&next, ONSITE_TRAPS) {
                return None;
            }
            if let Some(vote) = hybrid_days(text) {
                return Some(vote);
            }
            said_of_job.then(|| v(Remote::OnSite, true)).flatten()
        }
        "in-office" | "in office" | "in the office" | "work from office" => {
            if let Some(vote) = hybrid_days(text) {
                return Some(vote);
            }
            let strong = word == "work from office" || first_in(&next, JOB_NOUNS);
            strong.then(|| v(Remote::OnSite, true)).flatten()
        }
        "work from home" | "wfh" => {
            let perk = ["stipend", "allowance", "budget", "setup", "equipment"];
            if first_in(&next, &perk) {
                return None;
            }
            if days_near(text, start, end) == Some(false) {
                return v(Remote::Hybrid, true);
            }
            let able = any(&prev, &["can", "may", "option", "able", "fully"]);
            v(Remote::Remote, able)
        }
        _ => None,
    }
}

/// The vote of "office" with a day count near it: "in their London
/// office three days a week" is hybrid, "five days a week" on-site.
pub fn office_days(text: &str, start: usize, end: usize) -> Option<Vote> {
    let remote = match days_near(text, start, end)? {
        true => Remote::OnSite,
        false => Remote::Hybrid,
    };
    Some(Vote {
        remote,
        strong: true,
        start,
        end,
    })
}

/// The answer of all votes: a strong hybrid, else the first strong vote,
/// else the first weak one.
pub fn resolve(votes: &[Vote]) -> Option<Vote> {
    votes
        .iter()
        .find(|v| v.strong && v.remote == Remote::Hybrid)
        .or_else(|| votes.iter().find(|v| v.strong))
        .or_else(|| votes.first())
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The votes of every remote word in `text`, resolved.
    fn remote_of(text: &str) -> Option<(Remote, bool)> {
        use super::super::triggers::{Trigger, each};
        let mut votes = Vec::new();
        each(text, |start, end, t| {
            if t == Trigger::Remote
                && let Some(v) = vote(text, start, end)
            {
                votes.push(v);
            }
        });
        resolve(&votes).map(|v| (v.remote, v.strong))
    }

    #[test]
    fn remote_words_in_prose() {
        use Remote::{Hybrid, OnSite};
        let remote = Remote::Remote;
        for (text, want) in [
            ("This is a fully remote role.", Some((remote, true))),
            ("The role is remote.", Some((remote, true))),
            (
                "You can work remotely from anywhere in the EU.",
                Some((remote, true)),
            ),
            (
                "Please note: this is not a remote role.",
                Some((OnSite, true)),
            ),
            (
                "Remote work is not available for this position.",
                Some((OnSite, true)),
            ),
            (
                "We're a remote-first company, but this role is on-site 3 days a week in our Denver office.",
                Some((Hybrid, true)),
            ),
            ("We're a remote-first company.", Some((remote, false))),
            (
                "The role is hybrid, with three days a week in the office.",
                Some((Hybrid, true)),
            ),
            (
                "This position is on-site at our Boulder lab.",
                Some((OnSite, true)),
            ),
            ("We work in person in San Francisco.", Some((OnSite, true))),
            (
                "Expect to be in the office five days a week.",
                Some((OnSite, true)),
            ),
            ("We build remote sensing products.", None),
            ("You'll work with remote controls for our drones.", None),
            ("Experience with hybrid cloud deployments.", None),
            ("The onsite interview loop has four rounds.", None),
            ("The team runs on Site Reliability Engineering.", None),
            ("- [Acme onsite debrief](/notes/acme/)", None),
            ("The onsite went well overall.", None),
            ("This is an onsite role in Austin.", Some((OnSite, true))),
            ("Benefits include a work from home stipend.", None),
        ] {
            assert_eq!(remote_of(text), want, "text: {text:?}");
        }
    }
}
