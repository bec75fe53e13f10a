//! Atom feeds: the [`Site`](crate::link::Site) → `atom.xml` (every
//! document, newest first) and one `atom.xml` per tag (`skills/go/atom.xml`).
//!
//! Entries carry the summary, not the whole body, so that a feed per tag
//! stays small. Atom wants absolute IRIs: with a `base_url` that names a
//! host, ids and links are absolute URLs; without one (the default `/`),
//! links are root-relative paths (valid IRI references, resolved against
//! the feed's own address) and ids are `urn:uuid:` names derived from the
//! page path, so they stay stable for as long as the URL does.

use crate::link::{DocId, TermId};
use crate::tag::TagKind;

use std::hash::Hasher as _;

use crate::hash::{self, Key};

use super::page::Page;
use super::shared::Shared;

/// The file name of every feed.
pub const FEED_FILE: &str = "atom.xml";

/// The path of a feed relative to the site root: `atom.xml`, `skills/go/atom.xml`.
pub fn feed_path(term_path: Option<&str>) -> String {
    format!("{}{FEED_FILE}", term_path.unwrap_or(""))
}

/// Document `id`'s `<entry>` without its closing tag, made on first use.
fn entry<'a>(shared: &'a Shared, id: DocId) -> &'a str {
    let parts = &shared.feed_parts;
    parts.entries[id].get_or_init(|| {
        let doc = &shared.site.docs[id];
        let mut out = String::with_capacity(256 + doc.summary.len());
        out.push_str("<entry>\n<title>");
        out.push_str(&escape_xml_text(&doc.listed_title()));
        // A link's `rel` is `alternate` unless it says otherwise (RFC 4287,
        // 4.2.7.2): every entry's one link needs no attributes but `href`.
        out.push_str("</title>\n<link href=\"");
        out.push_str(&escape_xml(&shared.href(&doc.path)));
        out.push_str("\"/>\n<id>");
        out.push_str(&escape_xml_text(&shared.iri_id(&doc.path)));
        out.push_str("</id>\n");
        // `published` only where it says more than `updated`.
        if let (Some(date), Some(_)) = (doc.date, doc.updated) {
            out.push_str(&format!("<published>{}</published>\n", date.rfc3339()));
        }
        let updated = doc.updated.or(doc.date).map(|d| d.rfc3339());
        out.push_str(&format!(
            "<updated>{}</updated>\n",
            updated.as_deref().unwrap_or(&parts.newest)
        ));
        if !doc.summary.is_empty() {
            out.push_str("<summary>");
            out.push_str(&escape_xml_text(&doc.summary));
            out.push_str("</summary>\n");
        }
        out
    })
}

/// The documents of a feed, newest first, as many as `feed_limit` allows.
fn feed_docs<'a>(shared: &'a Shared, term: Option<TermId>) -> &'a [DocId] {
    let site = shared.site;
    let docs: &[DocId] = match term {
        None => &site.order,
        Some(id) => &site.terms[id].docs,
    };
    let limit = shared.config.feed_limit;
    if limit == 0 {
        docs
    } else {
        &docs[..docs.len().min(limit)]
    }
}

/// The hash of everything a feed is made of, without making it.
pub fn feed_key(shared: &Shared, term: Option<TermId>) -> Key {
    use std::hash::Hash;
    let site = shared.site;
    let config = shared.config;
    let mut h = hash::hasher();
    (
        env!("CARGO_PKG_VERSION"),
        &config.title,
        &config.description,
        &config.language,
        &config.base_url,
    )
        .hash(&mut h);
    (
        &shared.feed_parts.newest,
        term.map(|t| (&site.terms[t].name, &site.terms[t].path, site.terms[t].kind)),
    )
        .hash(&mut h);
    for &id in feed_docs(shared, term) {
        h.write_u128(shared.feed_parts.keys[id]);
        if term.is_none() {
            // The site feed lists each entry's tags: their ids, with every
            // tag's slug and name hashed once below.
            site.docs[id].tags.hash(&mut h);
        }
    }
    if term.is_none() {
        for t in &site.terms {
            (&t.slug, &t.name).hash(&mut h);
        }
    }
    hash::finish(&h)
}

/// Renders the site-wide feed (`term` = `None`) or the feed of one tag.
pub fn atom(shared: &Shared, term: Option<TermId>) -> Page {
    let site = shared.site;
    let config = shared.config;
    let parts = &shared.feed_parts;
    let docs = feed_docs(shared, term);
    let (page_path, title, subtitle) = match term {
        None => ("", config.title.clone(), config.description.clone()),
        Some(id) => {
            let t = &site.terms[id];
            (
                t.path.as_str(),
                format!("{} · {}", t.name, config.title),
                format!(
                    "Documents of {} with the {} {}",
                    config.title,
                    t.kind.label().to_lowercase(),
                    t.name
                ),
            )
        }
    };
    let feed_updated = docs
        .iter()
        .filter_map(|&id| site.docs[id].updated.max(site.docs[id].date))
        .max()
        .map(|d| d.rfc3339())
        .unwrap_or_else(|| parts.newest.clone());

    let feed_path = feed_path(Some(page_path).filter(|p| !p.is_empty()));
    let entries: Vec<&str> = docs.iter().map(|&id| entry(shared, id)).collect();
    let size: usize = entries.iter().map(|e| e.len() + 16).sum();
    let mut out = String::with_capacity(1024 + size);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape_xml(&config.language)
    ));
    out.push_str(&format!("<title>{}</title>\n", escape_xml_text(&title)));
    if !subtitle.is_empty() {
        out.push_str(&format!(
            "<subtitle>{}</subtitle>\n",
            escape_xml_text(&subtitle)
        ));
    }
    out.push_str(&format!(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape_xml(&shared.href(&feed_path))
    ));
    out.push_str(&format!(
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape_xml(&shared.href(page_path))
    ));
    out.push_str(&format!(
        "<id>{}</id>\n",
        escape_xml_text(&shared.iri_id(&feed_path))
    ));
    out.push_str(&format!("<updated>{feed_updated}</updated>\n"));
    out.push_str(&format!(
        "<author><name>{}</name></author>\n",
        escape_xml_text(&config.title)
    ));
    out.push_str(&format!(
        "<generator version=\"{}\">dossier</generator>\n",
        env!("CARGO_PKG_VERSION")
    ));
    for (&id, entry) in docs.iter().zip(&entries) {
        out.push_str(entry);
        // The site feed says what each entry is about; in a tag's own feed
        // that is the tag, and the categories would multiply its size.
        if term.is_none() {
            for kind in TagKind::ALL {
                for term in &site.docs[id].tags[kind.index()] {
                    let t = &site.terms[*term];
                    out.push_str(&format!(
                        "<category term=\"{}\" label=\"{}\" scheme=\"{}\"/>\n",
                        escape_xml(&format!("{}/{}", kind.key(), t.slug)),
                        escape_xml(&t.name),
                        escape_xml(&shared.href(&format!("{}/", kind.plural_key())))
                    ));
                }
            }
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    Page::raw(feed_path, out.into_bytes())
}

/// Text escaped for XML element content, where quotes stand for
/// themselves (see [`escape_xml`] for attribute values).
pub fn escape_xml_text(text: &str) -> String {
    escape(text, false)
}

/// Text escaped for XML content and attribute values. Characters XML 1.0
/// cannot carry at all (most control characters) are dropped.
pub fn escape_xml(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, quotes: bool) -> String {
    // Most text needs nothing: copy it whole.
    let plain = text.bytes().all(|b| {
        let special =
            matches!(b, b'&' | b'<' | b'>' | 0xEF) || (quotes && matches!(b, b'"' | b'\''));
        !special && (b >= 0x20 || b == b'\t' || b == b'\n' || b == b'\r')
    });
    if plain {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping_covers_markup_quotes_and_control_characters() {
        for (input, want) in [
            ("<script>&", "&lt;script&gt;&amp;"),
            ("\"a\" 'b'", "&quot;a&quot; &apos;b&apos;"),
            ("bell\u{7}tab\t", "belltab\t"),
            ("Zürich", "Zürich"),
        ] {
            assert_eq!(escape_xml(input), want, "input: {input:?}");
        }
        for (input, want) in [
            ("<script>&", "&lt;script&gt;&amp;"),
            ("\"a\" 'b'", "\"a\" 'b'"),
            ("it's <b> & \"c\"", "it's &lt;b&gt; &amp; \"c\""),
            ("bell\u{7}", "bell"),
        ] {
            assert_eq!(escape_xml_text(input), want, "content: {input:?}");
        }
    }

    #[test]
    fn feed_paths() {
        assert_eq!(feed_path(None), "atom.xml");
        assert_eq!(feed_path(Some("skills/go/")), "skills/go/atom.xml");
    }
}
