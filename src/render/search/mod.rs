//! Search: the [`Site`] → the search index, read by
//! the theme's `search.js` on the `/search/` page, and the page's view.
//!
//! The index is split so that a search fetches only what it shows
//! ([`index_pages`]):
//! - `search-index.json`: the format version, the tag table, the values of
//!   the field filters and how many documents and shards there are;
//! - `search-index/facets.json.gz`: the documents of every tag and field
//!   value, packed ([`pack::pack_ids`]), and the yearly salaries;
//! - `search-index/docs-N.json.gz`: the documents ranked `N × DOC_CHUNK` on
//!   (path, title, date, summary), fetched for the results on screen;
//! - `search-index/words-N.json.gz`: the words whose first two characters
//!   hash to shard `N` ([`pack::word_shard`]), sorted, each with its
//!   documents and the documents whose title has it, packed; a query word
//!   needs one shard.
//!
//! All but the entry file are gzip-compressed JSON, a third of the JSON's
//! size on disk whether or not the host compresses what it sends;
//! `search.js` inflates them (`DecompressionStream`), or reads them as
//! they come when a host sent them with `Content-Encoding: gzip`.
//!
//! Documents are ranked newest first, so results in rank order are in the
//! order of the site's listings; every document id in the index is a rank.

mod facets;
mod pack;
mod postings;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use serde::Serialize;

use crate::hash::{self, Key};
use crate::link::{Site, truncate_words};
use crate::tag::TagKind;

use super::memo::PageMemo;
use super::page::Page;
use super::shared::Shared;
use super::views::{PageView, SearchView};

pub use facets::{FieldFacet, SalaryRange};
pub use pack::{ALPHABET, pack_ids, unpack_ids, word_shard};

/// The index's entry file, relative to the site root.
pub const INDEX_FILE: &str = "search-index.json";

/// The folder of the index's other files, relative to the site root.
pub const INDEX_DIR: &str = "search-index";

/// Format version, bumped when `search.js` must change with the index.
pub const INDEX_VERSION: u32 = 3;

/// Documents in each `docs-N.json.gz`: small enough that the twenty results
/// on screen, wherever they rank, fetch little.
pub const DOC_CHUNK: usize = 250;

/// Longest summary kept in the index, in bytes.
pub const SUMMARY_BYTES: usize = 120;

/// How many tags of each kind the page lists for browsers without script.
pub const FALLBACK_TOP: usize = 24;

/// Word shards of an index of `n` documents: one per 500 documents, from
/// 1 to 128. It depends on the count alone, so the file names are known
/// before the index is made.
pub fn word_shards(n: usize) -> usize {
    n.div_ceil(500).clamp(1, 128)
}

/// `search-index.json`.
#[derive(Debug, Serialize)]
pub struct IndexMeta {
    /// [`INDEX_VERSION`].
    pub v: u32,
    /// Documents in the index.
    pub n: usize,
    /// [`DOC_CHUNK`].
    pub chunk: usize,
    /// [`word_shards`].
    pub shards: usize,
    /// Tag kind keys, in the order kind numbers refer to.
    pub kinds: Vec<&'static str>,
    /// URL folder of each kind (`companies`, …).
    pub folders: Vec<&'static str>,
    /// Every tag: `[kind number, name, slug]`.
    pub tags: Vec<(usize, String, String)>,
    /// The field filters with their values; only fields some document has.
    pub fields: Vec<FieldFacet>,
    /// The salary filter, when some document states a salary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<SalaryRange>,
}

/// `docs-N.json.gz`: the documents ranked `N × DOC_CHUNK` on, column by
/// column: path under the site root, title (with its qualifier, see
/// [`crate::link::Doc::listed_title`]), date and summary. Their tags are in
/// the facets' lists.
#[derive(Debug, Default, Serialize)]
pub struct DocChunk {
    pub path: Vec<String>,
    pub title: Vec<String>,
    pub date: Vec<String>,
    pub summary: Vec<String>,
}

/// `words-N.json.gz`: words sorted (byte order), each word's documents and
/// the documents whose title has it (empty when none), packed.
#[derive(Debug, Default, Serialize)]
pub struct WordShard {
    pub w: Vec<String>,
    pub p: Vec<String>,
    pub t: Vec<String>,
}

/// The files of the index of a site of `n` documents, entry file first.
pub fn index_files(n: usize) -> Vec<String> {
    let mut files = vec![
        INDEX_FILE.to_string(),
        format!("{INDEX_DIR}/facets.json.gz"),
    ];
    files.extend((0..n.div_ceil(DOC_CHUNK)).map(|c| format!("{INDEX_DIR}/docs-{c}.json.gz")));
    files.extend((0..word_shards(n)).map(|s| format!("{INDEX_DIR}/words-{s}.json.gz")));
    files
}

/// Every file of the index, in the order of [`index_files`]: linear in the
/// site's size, in parallel.
pub fn build_index(site: &Site) -> Vec<Page> {
    let files = std::sync::Mutex::new(Vec::new());
    make_index(site, &|page| {
        files.lock().expect("index files").push(page);
        Ok(())
    })
    .expect("collecting pages cannot fail");
    let mut files = files.into_inner().expect("index files");
    let order = index_files(site.order.len());
    files.sort_by_key(|p| order.iter().position(|f| *f == p.file));
    files
}

/// Makes every file of the index, in parallel, handing each to `sink` as
/// soon as it is made: the index of a large site is never in memory whole,
/// and each posting list is freed once packed.
pub fn make_index(
    site: &Site,
    sink: &(dyn Fn(Page) -> anyhow::Result<()> + Sync),
) -> anyhow::Result<()> {
    let n = site.order.len();
    let (postings, (facets, docs)) = rayon::join(
        || postings::postings(site),
        || rayon::join(|| facets::facets(site), || doc_chunks(site)),
    );
    let meta = IndexMeta {
        v: INDEX_VERSION,
        n,
        chunk: DOC_CHUNK,
        shards: word_shards(n),
        kinds: TagKind::ALL.iter().map(|k| k.key()).collect(),
        folders: TagKind::ALL.iter().map(|k| k.plural_key()).collect(),
        tags: site
            .terms
            .iter()
            .map(|t| (t.kind.index(), t.name.clone(), t.slug.clone()))
            .collect(),
        fields: facets.fields,
        salary: facets.salary,
    };
    let mut files = index_files(n).into_iter();
    let mut next = || files.next().expect("index_files names every file");
    sink(Page::raw(next(), json(&meta)))?;
    sink(Page::raw(next(), gz_json(&facets.lists)))?;
    drop(facets.lists);
    let names: Vec<String> = files.by_ref().take(docs.len()).collect();
    docs.into_par_iter()
        .zip(names)
        .try_for_each(|(chunk, file)| sink(Page::raw(file, gz_json(&chunk))))?;
    // Packing is most of the work: in parallel, each posting list freed
    // as soon as it is packed; words keep their order within a shard.
    let packed: Vec<(Box<str>, String, String)> = postings
        .into_par_iter()
        .map(|p| {
            let ids = p.ids.finish(n);
            let titles = p.titles.finish(n);
            (p.word, ids, titles)
        })
        .collect();
    let mut shards: Vec<WordShard> = (0..meta.shards).map(|_| WordShard::default()).collect();
    for (word, ids, titles) in packed {
        let shard = &mut shards[word_shard(&word, meta.shards)];
        shard.w.push(word.into());
        shard.p.push(ids);
        shard.t.push(titles);
    }
    shards
        .into_par_iter()
        .zip(files.collect::<Vec<_>>())
        .try_for_each(|(shard, file)| sink(Page::raw(file, gz_json(&shard))))
}

fn json(value: &impl Serialize) -> Vec<u8> {
    serde_json::to_vec(value).expect("the index serializes")
}

/// `value` as gzip-compressed JSON.
fn gz_json(value: &impl Serialize) -> Vec<u8> {
    crate::gzip::pack(&json(value))
}

/// The documents' records, by rank, in chunks of [`DOC_CHUNK`].
fn doc_chunks(site: &Site) -> Vec<DocChunk> {
    site.order
        .par_chunks(DOC_CHUNK)
        .map(|ids| {
            let mut chunk = DocChunk::default();
            for &id in ids {
                let doc = &site.docs[id];
                chunk.path.push(doc.path.clone());
                chunk.title.push(doc.listed_title());
                chunk
                    .date
                    .push(doc.date.map(|d| d.ymd()).unwrap_or_default());
                chunk
                    .summary
                    .push(truncate_words(&doc.summary, SUMMARY_BYTES));
            }
            chunk
        })
        .collect()
}

/// The hash of everything the index is made of, cheap to compute: each
/// document's place, path, title, date, summary, tags, fields and body
/// (by its key), and every tag's name.
pub fn index_key(shared: &Shared) -> Key {
    use std::hash::{Hash, Hasher};
    let site = shared.site;
    let mut h = hash::hasher();
    INDEX_VERSION.hash(&mut h);
    for &id in &site.order {
        h.write_u128(shared.docs[id].search_key);
    }
    for t in &site.terms {
        (t.kind, &t.name, &t.slug).hash(&mut h);
    }
    hash::finish(&h)
}

/// The index's files, handed to `sink`. With a memo (a preview), each is
/// keyed by [`index_key`]: taken from the memo when unchanged, otherwise
/// deferred, made when first asked for (see [`Page::deferred`] and
/// [`LazyIndex`]).
pub fn index_pages(
    shared: &Shared,
    memo: Option<&PageMemo>,
    sink: &(dyn Fn(Page) -> anyhow::Result<()> + Sync),
) -> anyhow::Result<()> {
    let Some(memo) = memo else {
        return make_index(shared.site, sink);
    };
    let key = index_key(shared);
    index_files(shared.site.order.len())
        .into_iter()
        .map(|file| {
            memo.page(file, key).unwrap_or_else(|file| Page {
                file,
                bytes: Arc::new(Vec::new()),
                key,
                rendered: false,
                deferred: true,
            })
        })
        .try_for_each(sink)
}

/// The index of a site, made once when one of its files is first asked
/// for; clones share it.
#[derive(Clone)]
pub struct LazyIndex {
    site: Arc<Site>,
    files: Arc<OnceLock<BTreeMap<String, Arc<Vec<u8>>>>>,
}

impl LazyIndex {
    /// The index of `site`, not made yet.
    pub fn new(site: Arc<Site>) -> LazyIndex {
        LazyIndex {
            site,
            files: Arc::new(OnceLock::new()),
        }
    }

    /// The bytes of `file` (a name from [`index_files`]), making the whole
    /// index if it is not made yet; empty for a name it does not have.
    pub fn file(&self, file: &str) -> Vec<u8> {
        let files = self.files.get_or_init(|| {
            build_index(&self.site)
                .into_iter()
                .map(|p| (p.file, p.bytes))
                .collect()
        });
        files.get(file).map(|b| b.to_vec()).unwrap_or_default()
    }
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

/// Appends the words of `text` (see [`crate::words::tokenize_with`]).
pub fn tokenize(text: &str, out: &mut Vec<String>) {
    crate::words::tokenize_with(text, &mut |w| out.push(w.to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_files_are_known_from_the_document_count() {
        for (n, docs, shards) in [
            (0, 0, 1),
            (7, 1, 1),
            (250, 1, 1),
            (251, 2, 1),
            (10_000, 40, 20),
        ] {
            let files = index_files(n);
            assert_eq!(files[0], "search-index.json", "n: {n}");
            assert_eq!(files[1], "search-index/facets.json.gz", "n: {n}");
            let count = |prefix: &str| files.iter().filter(|f| f.starts_with(prefix)).count();
            assert_eq!(count("search-index/docs-"), docs, "n: {n}");
            assert_eq!(count("search-index/words-"), shards, "n: {n}");
        }
        assert_eq!(word_shards(1_000_000), 128);
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
