//! Search: the [`Site`](crate::link::Site) → `search-index.json`, read by
//! the theme's `search.js` on the `/search/` page, and the page's view.
//!
//! The index is built once per build and kept compact (see
//! [`SearchIndex`]): documents as arrays, tags as ids into one table, and
//! the words of titles, tags and bodies as a prebuilt inverted index whose
//! posting lists are packed into short strings ([`pack_ids`]). The browser
//! decodes only the lists a query touches.

use std::borrow::Cow;
use std::collections::HashMap;

use xxhash_rust::xxh3::Xxh3Builder;

use rayon::prelude::*;
use serde::Serialize;

use crate::cache::{self, Key};
use crate::link::{Site, truncate_words};
use crate::tag::TagKind;
use crate::words;

use super::views::SearchView;
use super::{Page, Shared};

/// The index's path relative to the site root.
pub const INDEX_FILE: &str = "search-index.json";

/// Format version, bumped when `search.js` must change with the index.
pub const INDEX_VERSION: u32 = 1;

/// Longest summary kept in the index, in bytes.
pub const SUMMARY_BYTES: usize = 120;

/// How many tags of each kind the page lists for browsers without script.
pub const FALLBACK_TOP: usize = 24;

/// The 64 characters of packed id lists, 6 bits each.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `search-index.json`. Documents are listed newest first, so a result
/// list in index order is already in the order of the site's listings;
/// every id in the index is a position in `docs` or `tags`.
#[derive(Debug, Serialize)]
pub struct SearchIndex {
    /// [`INDEX_VERSION`].
    pub v: u32,
    /// Tag kind keys, in the order kind numbers refer to.
    pub kinds: Vec<&'static str>,
    /// URL folder of each kind (`companies`, …).
    pub folders: Vec<&'static str>,
    /// Every tag: `[kind number, name, slug]`.
    pub tags: Vec<(usize, String, String)>,
    /// Every document: `[path under the site root, title, date, summary, packed tag ids]`.
    pub docs: Vec<(String, String, String, String, String)>,
    /// Every word, sorted (byte order), lowercase.
    pub words: Vec<String>,
    /// The documents of each word in `words`, packed.
    pub post: Vec<String>,
}

/// Builds the index of the whole site: linear in its size, words found in
/// parallel.
pub fn build_index(site: &Site) -> SearchIndex {
    let order = &site.order;

    // Titles and tag names add to the body's words (made once per body).
    // Documents go in chunks, so only a chunk's word lists exist at once.
    let mut postings: HashMap<Cow<str>, Vec<u32>, Xxh3Builder> =
        HashMap::with_hasher(Xxh3Builder::new());
    for (c, chunk) in order.chunks(512).enumerate() {
        let lists: Vec<Vec<Cow<str>>> = chunk
            .par_iter()
            .map(|&id| {
                let doc = &site.docs[id];
                let mut words: Vec<Cow<str>> = Vec::new();
                let mut add = |w: &str| words.push(Cow::Owned(w.to_string()));
                words::tokenize_with(&words::html_text(&doc.html), &mut add);
                words::tokenize_with(&doc.title, &mut add);
                for kind_tags in &doc.tags {
                    for term in kind_tags {
                        words::tokenize_with(&site.terms[*term].name, &mut add);
                    }
                }
                words.sort_unstable();
                words.dedup();
                words
            })
            .collect();
        for (i, words) in lists.into_iter().enumerate() {
            let rank = (c * 512 + i) as u32;
            for word in words {
                match postings.get_mut(word.as_ref()) {
                    Some(ids) => ids.push(rank),
                    None => {
                        postings.insert(word, vec![rank]);
                    }
                }
            }
        }
    }
    let mut words: Vec<(Cow<str>, Vec<u32>)> = postings.into_iter().collect();
    words.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let n = order.len();
    let post = words.par_iter().map(|(_, ids)| pack_ids(ids, n)).collect();

    let docs = order
        .iter()
        .map(|&id| {
            let doc = &site.docs[id];
            let mut tags: Vec<u32> = doc
                .tags
                .iter()
                .flat_map(|k| k.iter().map(|t| *t as u32))
                .collect();
            tags.sort_unstable();
            (
                doc.path.clone(),
                doc.title.clone(),
                doc.date.map(|d| d.ymd()).unwrap_or_default(),
                truncate_words(&doc.summary, SUMMARY_BYTES),
                pack_ids(&tags, usize::MAX),
            )
        })
        .collect();
    SearchIndex {
        v: INDEX_VERSION,
        kinds: TagKind::ALL.iter().map(|k| k.key()).collect(),
        folders: TagKind::ALL.iter().map(|k| k.plural_key()).collect(),
        tags: site
            .terms
            .iter()
            .map(|t| (t.kind.index(), t.name.clone(), t.slug.clone()))
            .collect(),
        docs,
        words: words.iter().map(|(w, _)| w.to_string()).collect(),
        post,
    }
}

/// The hash of everything the index is made of, cheap to compute: each
/// document's place, path, title, date, summary, tags and body (by its
/// key), and every tag's name.
pub fn index_key(shared: &Shared) -> Key {
    use std::hash::Hash;
    let site = shared.site;
    let mut h = cache::hasher();
    INDEX_VERSION.hash(&mut h);
    for &id in &site.order {
        let doc = &site.docs[id];
        // The link key covers the title, URL, date and summary.
        (shared.docs[id].link_key, &doc.path, doc.html_key).hash(&mut h);
        for kind_tags in &doc.tags {
            kind_tags.hash(&mut h);
        }
    }
    for t in &site.terms {
        (t.kind, &t.name, &t.slug).hash(&mut h);
    }
    cache::finish(&h)
}

/// Renders `search-index.json`.
pub fn index_page(site: &Site) -> Page {
    let index = build_index(site);
    Page::raw(
        INDEX_FILE,
        serde_json::to_vec(&index).expect("the index serializes"),
    )
}

/// The `search` variable of `search.html`.
pub fn search_view<'a>(shared: &'a Shared) -> SearchView<'a> {
    SearchView {
        index_url: format!("{}{INDEX_FILE}", shared.base_path),
        companies: shared.top_tags(TagKind::Company, FALLBACK_TOP),
        roles: shared.top_tags(TagKind::Role, FALLBACK_TOP),
        skills: shared.top_tags(TagKind::Skill, FALLBACK_TOP),
    }
}

/// Appends the words of `text` (see [`words::tokenize_with`]).
pub fn tokenize(text: &str, out: &mut Vec<String>) {
    words::tokenize_with(text, &mut |w| out.push(w.to_string()));
}

/// Packs ascending ids into a string of [`ALPHABET`] characters: either
/// gaps as variable-length numbers (5 bits a character, the sixth bit
/// saying "more follows", low bits first; the first gap is from -1), or,
/// when shorter, `*` and a bitset of `n` bits, 6 a character.
pub fn pack_ids(ids: &[u32], n: usize) -> String {
    let bitset_len = n.div_ceil(6) + 1;
    let mut out = String::new();
    let mut prev: i64 = -1;
    for &id in ids {
        let mut gap = (id as i64 - prev) as u64;
        prev = id as i64;
        loop {
            let low = (gap & 31) as usize;
            gap >>= 5;
            if gap == 0 {
                out.push(ALPHABET[low] as char);
                break;
            }
            out.push(ALPHABET[low | 32] as char);
        }
        if out.len() > bitset_len {
            break;
        }
    }
    if out.len() <= bitset_len {
        return out;
    }
    let mut bits = vec![0u8; n.div_ceil(6)];
    for &id in ids {
        bits[id as usize / 6] |= 1 << (id % 6);
    }
    std::iter::once('*')
        .chain(bits.into_iter().map(|b| ALPHABET[b as usize] as char))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading `search.js` does, for round trips.
    fn unpack(s: &str, n: usize) -> Vec<u32> {
        let value = |c: u8| ALPHABET.iter().position(|&a| a == c).unwrap() as u64;
        if let Some(bits) = s.strip_prefix('*') {
            return (0..n as u32)
                .filter(|&i| value(bits.as_bytes()[i as usize / 6]) & (1 << (i % 6)) != 0)
                .collect();
        }
        let (mut ids, mut prev, mut gap, mut shift) = (Vec::new(), -1i64, 0u64, 0);
        for &c in s.as_bytes() {
            let v = value(c);
            gap |= (v & 31) << shift;
            if v & 32 != 0 {
                shift += 5;
            } else {
                prev += gap as i64;
                ids.push(prev as u32);
                (gap, shift) = (0, 0);
            }
        }
        ids
    }

    #[test]
    fn packed_ids_round_trip() {
        for (ids, n) in [
            (vec![], 10),
            (vec![0], 10),
            (vec![5, 6, 40, 1000, 70_000], 100_000),
            ((0..100).collect::<Vec<u32>>(), 100),
            ((0..300).step_by(3).collect(), 300),
        ] {
            let packed = pack_ids(&ids, n);
            assert_eq!(unpack(&packed, n), ids, "packed: {packed}");
        }
        assert!(pack_ids(&(0..100).collect::<Vec<u32>>(), 100).starts_with('*'));
        assert_eq!(pack_ids(&[0, 1, 2], 1000), "BBB");
    }

    #[test]
    fn words_are_lowercase_runs_with_plus_and_sharp() {
        for (text, want) in [
            ("Go, Kubernetes & C++!", vec!["go", "kubernetes", "c++"]),
            (
                "C# and F#-based .NET",
                vec!["c#", "and", "f#", "based", "net"],
            ),
            ("Zürich 2024", vec!["zürich", "2024"]),
            ("a+b", vec!["a+", "b"]),
        ] {
            let mut got = Vec::new();
            tokenize(text, &mut got);
            assert_eq!(got, want, "text: {text:?}");
        }
    }
}
