//! Search: the [`Site`](crate::link::Site) → `search-index.json`, read by
//! the theme's `search.js` on the `/search/` page, and the page's view.
//!
//! The index is built once per build and kept compact (see
//! [`SearchIndex`]): documents as arrays, tags as ids into one table, and
//! the words of titles, tags and bodies as a prebuilt inverted index whose
//! posting lists are packed into short strings ([`pack_ids`]). The browser
//! decodes only the lists a query touches.

use hashbrown::HashTable;
use rayon::prelude::*;
use serde::Serialize;
use xxhash_rust::xxh3::xxh3_64;

use crate::hash::{self, Key};
use crate::link::{Site, truncate_words};
use crate::tag::TagKind;
use crate::words;

use super::page::Page;
use super::shared::Shared;
use super::views::{PageView, SearchView};

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
    /// Every document: `[path under the site root, title (with its
    /// qualifier, see [`crate::link::Doc::listed_title`]), date, summary,
    /// packed tag ids]`.
    pub docs: Vec<(String, String, String, String, String)>,
    /// Every word, sorted (byte order), lowercase.
    pub words: Vec<String>,
    /// The documents of each word in `words`, packed.
    pub post: Vec<String>,
}

/// Builds the index of the whole site: linear in its size, in parallel.
///
/// Documents go in chunks of [`CHUNK`], so only one chunk's words exist at
/// once. Each document's distinct words are found in parallel without an
/// allocation per word (one text buffer, each word a range and a hash);
/// the posting lists are split into [`SHARDS`] tables by hash, each
/// filled by one thread, so no word is hashed or compared twice.
pub fn build_index(site: &Site) -> SearchIndex {
    let order = &site.order;
    let mut shards: Vec<HashTable<Posting>> = (0..SHARDS).map(|_| HashTable::new()).collect();
    for (c, chunk) in order.chunks(CHUNK).enumerate() {
        let chunk_words: Vec<DocWords> =
            chunk.par_iter().map(|&id| DocWords::of(site, id)).collect();
        let first = (c * CHUNK) as u32;
        shards
            .par_iter_mut()
            .enumerate()
            .for_each(|(shard, table)| {
                for (rank, doc) in (first..).zip(&chunk_words) {
                    for &(hash, start, end) in doc.shard(shard) {
                        let word = &doc.text[start as usize..end as usize];
                        let at = table_hash(hash);
                        match table.find_mut(at, |p| *p.word == *word) {
                            Some(p) => p.ids.push(rank),
                            None => {
                                table.insert_unique(
                                    at,
                                    Posting {
                                        hash,
                                        word: word.into(),
                                        ids: vec![rank],
                                    },
                                    |p| table_hash(p.hash),
                                );
                            }
                        }
                    }
                }
            });
    }
    let mut postings: Vec<Posting> = shards.into_iter().flatten().collect();
    postings.par_sort_unstable_by(|a, b| a.word.cmp(&b.word));
    let n = order.len();
    let post = postings.par_iter().map(|p| pack_ids(&p.ids, n)).collect();

    let docs = order
        .par_iter()
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
                doc.listed_title(),
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
        words: postings.into_iter().map(|p| p.word.into()).collect(),
        post,
    }
}

/// Documents whose words are in memory at once while indexing.
const CHUNK: usize = 512;

/// Tables the posting lists are split into (a power of two).
const SHARDS: usize = 32;

/// One word's documents, in the table of its shard.
struct Posting {
    hash: u64,
    word: Box<str>,
    /// Ranks of the documents with the word, ascending.
    ids: Vec<u32>,
}

/// The table of the word with `hash`: its top bits.
fn shard_of(hash: u64) -> usize {
    (hash >> (64 - SHARDS.trailing_zeros())) as usize
}

/// The hash a word is found by in its table: the bits [`shard_of`] does
/// not use, where the table looks.
fn table_hash(hash: u64) -> u64 {
    hash.rotate_left(32)
}

/// The distinct words of one document: its title, tag names and body.
struct DocWords {
    /// The words, one after another.
    text: String,
    /// Each distinct word: its hash and its range in `text`, sorted by
    /// hash, so the words of one shard are together.
    words: Vec<(u64, u32, u32)>,
}

impl DocWords {
    fn of(site: &Site, id: usize) -> DocWords {
        let doc = &site.docs[id];
        let mut text = String::new();
        let mut words = Vec::new();
        let mut add = |w: &str| {
            let start = text.len() as u32;
            text.push_str(w);
            words.push((xxh3_64(w.as_bytes()), start, text.len() as u32));
        };
        words::tokenize_with(&words::html_text(&doc.html), &mut add);
        words::tokenize_with(&doc.title, &mut add);
        for kind_tags in &doc.tags {
            for term in kind_tags {
                words::tokenize_with(&site.terms[*term].name, &mut add);
            }
        }
        let word = |&(_, start, end): &(u64, u32, u32)| &text[start as usize..end as usize];
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| word(a).cmp(word(b))));
        words.dedup_by(|a, b| a.0 == b.0 && word(a) == word(b));
        DocWords { text, words }
    }

    /// The words of table `shard`.
    fn shard(&self, shard: usize) -> &[(u64, u32, u32)] {
        let start = self.words.partition_point(|w| shard_of(w.0) < shard);
        let end = self.words.partition_point(|w| shard_of(w.0) <= shard);
        &self.words[start..end]
    }
}

/// The hash of everything the index is made of, cheap to compute: each
/// document's place, path, title, date, summary, tags and body (by its
/// key), and every tag's name.
pub fn index_key(shared: &Shared) -> Key {
    use std::hash::Hash;
    let site = shared.site;
    let mut h = hash::hasher();
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
    hash::finish(&h)
}

/// Renders `search-index.json`.
pub fn index_page(site: &Site) -> Page {
    let index = build_index(site);
    Page::raw(
        INDEX_FILE,
        serde_json::to_vec(&index).expect("the index serializes"),
    )
}

/// The search page's views and URL path.
pub(super) fn search_page<'a>(shared: &'a Shared) -> (PageView<'a>, SearchView<'a>, String) {
    let description = format!(
        "Search the {} documents of {} by words and by company, role and skill.",
        shared.site.docs.len(),
        shared.config.title
    );
    let page = shared.page_view("search", "Search", "search/", description, "search");
    (page, search_view(shared), "search/".to_string())
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
