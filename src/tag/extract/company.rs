//! Company: a [`Doc`], the known-company hits and the vocabulary → the
//! best-supported employer name, the span that shows it, and every mention
//! of it (so that "Robotics" inside "Quill Robotics" is not taken as a skill).
//!
//! Candidates are runs of capitalised words. Phrases that name an employer
//! ("role at X", "on X's Y team", "X is a …", "About X", "X is hiring",
//! a "Company | Role | Location" header, "Company: X") give them weight;
//! section labels, team names and skills are never candidates. The fullest
//! form wins over a short form ("Aurora Energy" over "Aurora").

mod agency;
mod around;
mod asides;
pub mod boards;
mod candidates;
mod parts;
mod phrases;
mod weigh;

use candidates::{Occurrence, runs};
use parts::{division_of, occurrences, subsidiary_of};
use phrases::lower_in;
use weigh::Party;

use std::ops::Range;

use super::found::Found;
use super::header::Header;
use super::skills::Hit;
use super::text::Doc;
use crate::tag::vocab::{Kind, NameStops, Vocab};

/// The chosen company and the ways the text writes its name.
pub struct Choice {
    pub found: Found,
    /// The name and the short forms counted for it ("Aurora Energy", "Aurora").
    pub names: Vec<String>,
}

impl Choice {
    /// `true` when `start..end` lies inside a mention of the company's name,
    /// as "Robotics" does in "Quill Robotics".
    pub fn mentions(&self, text: &str, start: usize, end: usize) -> bool {
        self.names.iter().any(|name| {
            let len = name.len();
            // Only the starts from which `name` would cover the span.
            (end.saturating_sub(len)..=start).any(|at| {
                text.get(at..at + len)
                    .is_some_and(|t| t.eq_ignore_ascii_case(name))
                    && !text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                    && !text[at + len..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
        })
    }
}

/// Picks the company of the text: the one its header names, else the
/// best-supported name a phrase gives.
pub fn find(doc: &Doc, vocab: &Vocab, hits: &[Hit], header: &Header) -> Option<Choice> {
    let choice = named(doc, vocab, hits, header)?;
    let at = occurrences(doc.text, &choice.found.name);
    // "Sikorsky, a Lockheed Martin company": the subsidiary employs.
    if let Some(sub) = subsidiary_of(doc.text, &choice.found.name, &at) {
        let name = doc.text[sub.clone()].to_string();
        return Some(Choice {
            found: Found::at(name.clone(), sub.start, sub.end),
            names: vec![name],
        });
    }
    // "Evernorth Health Services, a division of The Cigna Group", "HII's
    // Newport News Shipbuilding division": a division's employer is the
    // whole it belongs to.
    Some(match division_of(doc.text, &choice.found.name, &at) {
        Some(parent) => {
            let mut names = vec![doc.text[parent.clone()].to_string()];
            names.extend(choice.names);
            Choice {
                found: Found::at(names[0].clone(), parent.start, parent.end),
                names,
            }
        }
        None => choice,
    })
}

/// Picks the company of the text: the one its header names, else the
/// best-supported name a phrase gives.
fn named(doc: &Doc, vocab: &Vocab, hits: &[Hit], header: &Header) -> Option<Choice> {
    let mut occurrences = runs(doc, vocab);
    // Two skills in one run of capitals are a list that lost its commas
    // ("Kafka Streams Flink Storm", "Keil Boost Yocto Linux"), not a name.
    occurrences.retain(|o| {
        let first = hits.partition_point(|h| h.start < o.start);
        hits[first..]
            .iter()
            .take_while(|h| h.end <= o.end)
            .filter(|h| matches!(h.kind, Kind::Skill(_)))
            .count()
            < 2
    });
    agency::mark_writers(doc.text, &mut occurrences);
    // A staffing agency posts under its own name ("Akkodis · Columbus,
    // IN") and names its client in the body ("an opportunity with Cummins
    // Inc."): the client is the employer, as the body decides.
    let names_client = |cell: &Range<usize>| {
        let written = &doc.text[cell.clone()];
        occurrences.iter().any(|o| {
            o.party == Party::Client && !written.contains(o.form) && !o.form.contains(written)
        })
    };
    // The header's firm, when the body names a client of its own.
    let poster = header.company.clone().filter(|c| names_client(c));
    if let Some(cell) = header.company.as_ref().filter(|c| {
        poster.is_none()
            && !described(doc.text, c)
            && !title_tail(doc.text, c, header.title.as_ref())
    }) {
        // A header naming a product or division ("Stripe Billing") yields to
        // the employer the body introduces by a prefix of it ("Stripe is …").
        let written = &doc.text[cell.clone()];
        let stops = vocab.name_stops();
        // "Acme Labs Inc.", "GP Strategies Corporation": the rest ends a
        // name, or closes with a legal form, so the header is the employer's
        // full name and the short form the same employer, not its parent.
        let names_a_product = |short: &str| {
            let rest = &written[short.len()..];
            !ends_name(stops, rest)
                && !rest
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| is_legal_form(stops, w))
        };
        let employer = occurrences
            .iter()
            .filter(|o| o.weight >= 3.0 && extends(written, o.form) && names_a_product(o.form))
            .max_by(|a, b| a.weight.total_cmp(&b.weight));
        let cell = match employer {
            Some(o) => o.start..o.end,
            None => sender_domain_prefix(doc.text, cell.clone())
                .filter(|r| names_a_product(&doc.text[r.clone()]))
                .unwrap_or_else(|| cell.clone()),
        };
        let name = doc.text[cell.clone()].to_string();
        let stops = vocab.name_stops();
        // Mentions in the body may drop "The" and the legal form.
        let mut short: Vec<&str> = name.split_whitespace().collect();
        while short.len() > 1 && stops.get(short[0]).lead {
            short.remove(0);
        }
        while short.len() > 1
            && stops
                .get(short[short.len() - 1].trim_end_matches(['.', ',']))
                .suffix
        {
            short.pop();
        }
        let short = short.join(" ").trim_end_matches(',').to_string();
        let names = if short == name {
            vec![name.clone()]
        } else {
            vec![name.clone(), short]
        };
        return Some(Choice {
            found: Found::at(name, cell.start, cell.end),
            names,
        });
    }
    // The header's firm, yielding to a client the body names, posted the
    // job for it: "Eliassen Group · Boston" above "Our client, Liberty
    // Mutual, is looking for …" is the agency wherever the body names it.
    if let Some(cell) = poster {
        let poster = &doc.text[cell];
        for o in occurrences.iter_mut().filter(|o| o.party == Party::Plain) {
            if o.form.eq_ignore_ascii_case(poster) || extends(poster, o.form) {
                o.party = Party::Agency;
            }
        }
    }
    for hit in hits {
        if let Kind::Company(id) = hit.kind {
            let form = vocab.company_name(id);
            occurrences.push(Occurrence {
                form,
                weight: 3.0,
                start: hit.start,
                end: hit.end,
                possessive: false,
                common: false,
                party: Party::Plain,
            });
        }
    }
    let groups = group(&occurrences, vocab);
    // A staffing agency writing for a client it names: the client is the
    // employer; the agency is, only when the client goes unnamed.
    let names_client = groups.iter().any(|g| g.party == Party::Client);
    let hiring_for = agency::hiring_for(doc.text, &occurrences);
    let firm = |g: &Group| {
        g.party == Party::Agency
            || g.keys
                .iter()
                .any(|k| hiring_for.iter().any(|f| f.eq_ignore_ascii_case(k)))
    };
    let best = groups
        .iter()
        .filter(|g| g.score >= 1.0)
        .filter(|g| !(names_client && firm(g)))
        .max_by(|a, b| a.score.total_cmp(&b.score).then(b.first.cmp(&a.first)));
    let Some(best) = best else {
        return board_address(doc, vocab);
    };
    let short = best.display(&occurrences);
    let name = match fuller_mention(vocab, &occurrences, short) {
        Some(full) => full.to_string(),
        None => expand_from_urls(doc, short),
    };
    // "The Swift Group", "The Home Depot": a name the text writes with a
    // capital "The" wherever it stands keeps it.
    let name = if best
        .members
        .iter()
        .all(|&i| doc.text[..occurrences[i].start].ends_with("The "))
    {
        format!("The {name}")
    } else {
        name
    };
    let evidence = &occurrences[best.evidence];
    let names = best.keys.iter().map(|k| k.to_string()).collect();
    Some(Choice {
        found: Found::at(name, evidence.start, evidence.end),
        names,
    })
}

/// `true` when the body writes the header's company cell as a description,
/// with an article and in lower case: the subject "KDB+/q Developer - Tier 1
/// Investment Bank - London" and "partnering with a Tier 1 investment
/// bank". A name keeps its capitals wherever it stands; a recruiter who
/// does not name the client describes it.
fn described(text: &str, cell: &Range<usize>) -> bool {
    let written = &text[cell.clone()];
    let Some((_, last)) = written.rsplit_once(' ') else {
        return false;
    };
    if !last.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = last.to_ascii_lowercase();
    memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).any(|at| {
        let end = at + lower.len();
        let Some(start) = at.checked_sub(written.len() - last.len()) else {
            return false;
        };
        let article = |a: &[u8]| {
            text.as_bytes()[..start]
                .rsplit(|&b| b == b' ')
                .nth(1)
                .is_some_and(|w| w.eq_ignore_ascii_case(a))
        };
        text.is_char_boundary(start)
            && text[..start].ends_with(' ')
            && !text[end..].starts_with(|c: char| c.is_alphanumeric())
            && text[start..end].eq_ignore_ascii_case(written)
            && (article(b"a") || article(b"an"))
    })
}

/// `true` when the body writes the header's company cell as the end of
/// the title: the subject "Python Developer - Claims Automation | Remote"
/// and "on a Python Developer - Claims Automation role". A cell the body
/// runs on from the title is the title's area, not its employer.
fn title_tail(text: &str, cell: &Range<usize>, title: Option<&Range<usize>>) -> bool {
    let Some(title) = title else {
        return false;
    };
    let (title, written) = (&text[title.clone()], &text[cell.clone()]);
    let ends_title = title.strip_suffix(written).is_some_and(|head| {
        [" - ", " – ", ", "]
            .iter()
            .any(|sep| head.ends_with(sep) && head.len() > sep.len())
    });
    // Written again outside the header, whole.
    let elsewhere = |whole: &str| {
        text.match_indices(whole)
            .any(|(at, _)| !(at..at + whole.len()).contains(&cell.start))
    };
    if ends_title {
        return elsewhere(title);
    }
    [" - ", " – ", ", "]
        .iter()
        .any(|sep| elsewhere(&format!("{title}{sep}{written}")))
}

/// The employer a job board's address in the text names, when no phrase
/// names one: "Apply at https://jobs.lever.co/ramp/…".
/// Else the employer whose own careers site the text links to, when the
/// text writes its name ("visit www.progressive.com/careers/…").
fn board_address(doc: &Doc, vocab: &Vocab) -> Option<Choice> {
    let urls = || {
        doc.masked
            .iter()
            .map(|mask| (mask, doc.text[mask.clone()].trim_start_matches("](")))
    };
    urls()
        .find_map(|(mask, url)| Some((mask, boards::name(&boards::slug(url)?, doc.text, vocab)?)))
        .or_else(|| {
            urls().find_map(|(mask, url)| {
                Some((mask, boards::spelled(&boards::own_site(url)?, doc.text)?))
            })
        })
        .map(|(mask, name)| Choice {
            found: Found::at(name.clone(), mask.start, mask.end),
            names: vec![name],
        })
}

/// Candidates with the same name (any case), plus the short forms they absorbed.
struct Group<'a> {
    /// The group's name first, then the short forms it absorbed.
    keys: Vec<&'a str>,
    /// Indexes of the occurrences of the group's own name.
    members: Vec<usize>,
    own: f32,
    /// The weight of its best-supported occurrence.
    best: f32,
    /// Client when a phrase names it as an agency's client; Agency when
    /// only phrases naming the writing agency support it.
    party: Party,
    score: f32,
    first: usize,
    evidence: usize,
}

impl<'a> Group<'a> {
    /// The most frequent way of writing the name; ties go to more capitals ("ByteYard").
    fn display(&self, occurrences: &[Occurrence<'a>]) -> &'a str {
        let mut forms: Vec<(&str, usize)> = Vec::new();
        for &i in &self.members {
            let form = occurrences[i].form;
            match forms.iter_mut().find(|(f, _)| *f == form) {
                Some((_, n)) => *n += 1,
                None => forms.push((form, 1)),
            }
        }
        let capitals = |f: &str| f.chars().filter(|c| c.is_uppercase()).count();
        forms
            .into_iter()
            .max_by_key(|&(f, n)| (n, capitals(f)))
            .map_or("", |(f, _)| f)
    }
}

/// `true` when `long` is `short` followed by more words, any ASCII case.
fn extends(long: &str, short: &str) -> bool {
    long.len() > short.len() + 1
        && long.as_bytes()[short.len()] == b' '
        && long.is_char_boundary(short.len())
        && long[..short.len()].eq_ignore_ascii_case(short)
}

/// Orders names ignoring ASCII case.
fn cmp_names(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// The support a name of common words needs over all its mentions.
const COMMON_SUPPORT: f32 = 3.0;

/// At most this many supported names are weighed against each other.
const MAX_GROUPS: usize = 64;

fn group<'a>(occurrences: &[Occurrence<'a>], vocab: &Vocab) -> Vec<Group<'a>> {
    // Sorting, not pairwise comparison: a file may hold thousands of names.
    let mut order: Vec<usize> = (0..occurrences.len()).collect();
    order.sort_by(|&a, &b| cmp_names(occurrences[a].form, occurrences[b].form).then(a.cmp(&b)));
    let mut groups: Vec<Group> = Vec::new();
    for i in order {
        let o = &occurrences[i];
        let same = groups
            .last()
            .is_some_and(|g: &Group| g.keys[0].eq_ignore_ascii_case(o.form));
        if !same {
            groups.push(Group {
                keys: vec![o.form],
                members: Vec::new(),
                own: 0.0,
                best: 0.0,
                party: Party::Agency,
                score: 0.0,
                first: o.start,
                evidence: i,
            });
        }
        let g = groups.last_mut().expect("a group for this name");
        g.members.push(i);
        if o.weight > occurrences[g.evidence].weight {
            g.evidence = i;
        }
        g.own += o.weight;
        g.best = g.best.max(o.weight);
        if o.weight > 0.0 {
            g.party = join(g.party, o.party);
        }
        g.first = g.first.min(o.start);
    }
    for g in &mut groups {
        let mentions = g
            .members
            .iter()
            .filter(|&&i| occurrences[i].weight == 0.0)
            .count();
        g.score = g.own + 0.3 * mentions as f32;
        // Common words make a name only with support over the whole text:
        // "Bright Pay's team", "Bright Pay's plan", not "North America's".
        if g.own < COMMON_SUPPORT && g.members.iter().all(|&i| occurrences[i].common) {
            g.own = 0.0;
        }
    }
    // Names no phrase supports can neither win nor lend support.
    groups.retain(|g| g.own > 0.0);
    groups.sort_by(|a, b| b.own.total_cmp(&a.own).then(a.first.cmp(&b.first)));
    groups.truncate(MAX_GROUPS);
    // Two supported names where one extends the other are one employer:
    // "Acme" and "Acme Corp" (the longer adds only a legal or corporate
    // form) count for the longer; "Walmart" and "Walmart Global Tech", "IBM"
    // and "IBM Consulting" (the longer names a division or product) count
    // for the shorter, the employer.
    let stops = vocab.name_stops();
    let is_form = |w: &str| is_legal_form(stops, w);
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(groups[i].keys[0].len()));
    for &long in &order {
        let Some(&name) = groups[long].keys.first() else {
            continue;
        };
        let short = (0..groups.len())
            .filter(|&j| {
                j != long
                    && !groups[j].keys.is_empty()
                    && groups[j].own >= 1.0
                    && groups[j].keys.first().is_some_and(|k| extends(name, k))
            })
            .max_by_key(|&j| groups[j].keys[0].len());
        let Some(short) = short else { continue };
        let extra = &name[groups[short].keys[0].len()..];
        // A short form only ever written as a possessive ("Hollow's plan")
        // is how the text abbreviates the longer name, not another
        // organisation: a parent stands on its own somewhere ("Walmart is
        // an equal opportunity employer").
        let only_possessive = groups[short]
            .members
            .iter()
            .all(|&i| occurrences[i].possessive);
        // A parent the text introduces on its own ("At Northrop Grumman,
        // our employees …") is the employer of its divisions and products
        // ("Northrop Grumman Aeronautics Systems is seeking …"), as a header
        // naming a division yields to it; words that end company names
        // ("Hollow Labs") make the longer form the company itself.
        let ends_name = ends_name(stops, extra);
        let parent = groups[short].best >= 3.0 && !ends_name;
        // The same words make the longer form the full name of the one
        // employer, however the text weighs each ("Company Analysis:\nIonic,
        // a publicly traded company …" and "Ionic Foods's scale"). Otherwise
        // the name the text supports more is the employer: "At Walmart
        // Global Tech, we …" weighs less than "Walmart is an equal
        // opportunity employer".
        let long_wins = only_possessive
            || ends_name
            || extra.split_whitespace().all(is_form)
            || (groups[long].own > groups[short].own && !parent);
        let (from, into) = if long_wins {
            (short, long)
        } else {
            (long, short)
        };
        let (score, first) = (groups[from].score, groups[from].first);
        let party = groups[from].party;
        let keys = std::mem::take(&mut groups[from].keys);
        groups[from].score = 0.0;
        let g = &mut groups[into];
        g.party = join(g.party, party);
        g.score += score;
        g.first = g.first.min(first);
        g.keys.extend(keys);
    }
    groups.retain(|g| !g.keys.is_empty());
    groups
}

/// `true` when the words a longer form adds to a name only end company
/// names ("Labs", "Foods", "Inc.", "AI"): the same employer written out in
/// full, not a division or product of it ("Global Tech", "Billing").
fn ends_name(stops: &NameStops, extra: &str) -> bool {
    extra.split_whitespace().all(|w| {
        let stop = stops.get(w.trim_end_matches(['.', ',']));
        stop.suffix || stop.extend || w.len() <= 3
    })
}

/// The words of the header's name `cell` that the message's sender domain
/// spells, when they are fewer than the whole: "Stripe Billing" from
/// `hlee@stripe.com` is Stripe's product; "GP Strategies Billing" from
/// `gpstrategies.com` gives "GP Strategies".
fn sender_domain_prefix(
    text: &str,
    cell: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let from = text
        .lines()
        .take(8)
        .find_map(|l| l.trim_start().strip_prefix("From:"))?;
    let domain = from.split('@').nth(1)?;
    let domain = domain
        .split(|c: char| c == '>' || c.is_whitespace())
        .next()?;
    // The label before the public suffix: "stripe" of "mail.stripe.com",
    // "hays" of "hays.co.uk".
    let labels: Vec<&str> = domain.split('.').collect();
    let label = match labels.as_slice() {
        [.., label, "co" | "com" | "org" | "net", _] if labels.len() >= 3 => label,
        [.., label, _] => label,
        _ => return None,
    };
    let label = label.to_ascii_lowercase();
    let name = &text[cell.clone()];
    let mut spelled = String::new();
    for word in name.split_whitespace() {
        spelled.extend(
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .map(|c| c.to_ascii_lowercase()),
        );
        // `word` is a slice of `name`: where it ends in `name`.
        let end = word.as_ptr() as usize - name.as_ptr() as usize + word.len();
        if spelled == label {
            return (end < name.trim_end().len()).then(|| cell.start..cell.start + end);
        }
        if spelled.len() >= label.len() {
            return None;
        }
    }
    None
}

/// The party of a name two supported mentions give: a client once named
/// so, the agency only while nothing else supports it.
fn join(a: Party, b: Party) -> Party {
    match (a, b) {
        (Party::Client, _) | (_, Party::Client) => Party::Client,
        (Party::Agency, Party::Agency) => Party::Agency,
        _ => Party::Plain,
    }
}

/// `true` for a legal or corporate form, as written after a name:
/// "Inc.", "Ltd,", "Corporation", "Group".
fn is_legal_form(stops: &NameStops, word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    stops.get(word).suffix || lower_in(CORPORATE_FORMS, word)
}

/// Words that make a longer form of a name the same company: "Acme Corp",
/// "Kelly Services Group" (legal forms are in the name stops' `suffix`).
const CORPORATE_FORMS: &[&str] = &[
    "corp",
    "corporation",
    "company",
    "co",
    "companies",
    "group",
    "holdings",
    "partners",
    "incorporated",
];

/// The most frequent mention that writes `short` out in full with a
/// corporate form: "Acme" → "Acme Corp".
fn fuller_mention<'a>(
    vocab: &Vocab,
    occurrences: &[Occurrence<'a>],
    short: &str,
) -> Option<&'a str> {
    let stops = vocab.name_stops();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for o in occurrences.iter().filter(|o| extends(o.form, short)) {
        let extra = &o.form[short.len()..];
        let words: Vec<&str> = extra.split_whitespace().collect();
        if words.len() > 2 || !words.iter().all(|w| is_legal_form(stops, w)) {
            continue;
        }
        match counts
            .iter_mut()
            .find(|(f, _)| f.eq_ignore_ascii_case(o.form))
        {
            Some((_, n)) => *n += 1,
            None => counts.push((o.form, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(f, n)| (n, f.len()))
        .map(|(f, _)| f)
}

/// Path words of URLs that are not part of a company's name.
const URL_WORDS: &[&str] = &[
    "about",
    "api",
    "apply",
    "blog",
    "careers",
    "click",
    "docs",
    "engineering",
    "hiring",
    "hr",
    "jobs",
    "news",
    "people",
    "recruiting",
    "recruitment",
    "talent",
    "team",
];

/// The fullest form of a short name that the document's links spell out:
/// "Lumen" with a link to `…/lumen-cloud` → "Lumen Cloud".
fn expand_from_urls(doc: &Doc, name: &str) -> String {
    let slug: String = name
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-");
    let prefix = format!("{slug}-");
    let mut best: Vec<(String, usize)> = Vec::new();
    for mask in &doc.masked {
        let url = doc.text[mask.clone()].trim_start_matches("](");
        // Only links out; links to other documents name other companies.
        if !(url.starts_with("http") || url.starts_with("www.")) {
            continue;
        }
        for segment in url.split(['/', '.', '?', '#', '=', '&', '(', ')']) {
            let Some(rest) = segment
                .to_ascii_lowercase()
                .strip_prefix(&prefix)
                .map(str::to_string)
            else {
                continue;
            };
            let extra: Vec<&str> = rest.split('-').collect();
            let plain = extra.len() <= 2
                && extra.iter().all(|w| {
                    w.len() >= 2
                        && w.chars().all(|c| c.is_ascii_alphabetic())
                        && !lower_in(URL_WORDS, w)
                });
            if !plain {
                continue;
            }
            match best.iter_mut().find(|(r, _)| *r == rest) {
                Some((_, n)) => *n += 1,
                None => best.push((rest, 1)),
            }
        }
    }
    match best.into_iter().max_by_key(|(_, n)| *n) {
        Some((rest, _)) => {
            let words: Vec<String> = rest
                .split('-')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                })
                .collect();
            format!("{name} {}", words.join(" "))
        }
        None => name.to_string(),
    }
}
