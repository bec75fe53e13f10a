//! The word index: the [`Site`] → every word of its documents' titles, tag
//! names and bodies with the documents that hold it, and those whose
//! title holds it ([`Posting`]), sorted by word.
//!
//! Documents go in chunks of [`CHUNK`], so only one chunk's words exist at
//! once. Each document's distinct words are found in parallel without an
//! allocation per word (one text buffer, each word a range and a hash,
//! equal words dropped as they are read);
//! the posting lists are split into [`TABLES`] tables by hash, each
//! filled by one thread, so no word is hashed or compared twice.

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use crate::link::Site;
use crate::words;

use super::pack::Packer;

/// One word and its documents, by rank (place in `site.order`).
pub struct Posting {
    hash: u64,
    pub word: Box<str>,
    /// Ranks of the documents with the word, ascending, packed as they come.
    pub ids: Packer,
    /// Ranks of the documents whose title has the word, ascending, packed.
    pub titles: Packer,
}

/// Every word of the site with its documents, sorted by word (byte order).
pub fn postings(site: &Site) -> Vec<Posting> {
    let order = &site.order;
    let mut tables: Vec<HashTable<Posting>> = (0..TABLES).map(|_| HashTable::new()).collect();
    for (c, chunk) in order.chunks(CHUNK).enumerate() {
        let chunk_words: Vec<DocWords> =
            chunk.par_iter().map(|&id| DocWords::of(site, id)).collect();
        let first = (c * CHUNK) as u32;
        tables.par_iter_mut().enumerate().for_each(|(t, table)| {
            for (rank, doc) in (first..).zip(&chunk_words) {
                for w in doc.table(t) {
                    let word = &doc.text[w.start as usize..w.end as usize];
                    let at = table_hash(w.hash);
                    let p = match table.entry(at, |p| *p.word == *word, |p| table_hash(p.hash)) {
                        Entry::Occupied(e) => e.into_mut(),
                        Entry::Vacant(e) => e
                            .insert(Posting {
                                hash: w.hash,
                                word: word.into(),
                                ids: Packer::default(),
                                titles: Packer::default(),
                            })
                            .into_mut(),
                    };
                    p.ids.push(rank);
                    if w.title {
                        p.titles.push(rank);
                    }
                }
            }
        });
    }
    let mut postings: Vec<Posting> = tables.into_iter().flatten().collect();
    postings.par_sort_unstable_by(|a, b| a.word.cmp(&b.word));
    postings
}

/// Documents whose words are in memory at once while indexing.
const CHUNK: usize = 512;

/// Tables the posting lists are split into (a power of two).
const TABLES: usize = 32;

/// The table of the word with `hash`: its top bits.
fn table_of(hash: u64) -> usize {
    (hash >> (64 - TABLES.trailing_zeros())) as usize
}

/// The hash a word is found by in its table: the bits [`table_of`] does
/// not use, where the table looks.
fn table_hash(hash: u64) -> u64 {
    hash.rotate_left(32)
}

/// One distinct word of a document.
struct Word {
    hash: u64,
    start: u32,
    end: u32,
    /// The word is in the document's listed title.
    title: bool,
}

/// The distinct words of one document: its title, tag names and body.
struct DocWords {
    /// The words, one after another.
    text: String,
    /// Each distinct word, grouped by table ([`table_of`]), so the words
    /// of one table are together.
    words: Vec<Word>,
}

impl DocWords {
    fn of(site: &Site, id: usize) -> DocWords {
        let doc = &site.docs[id];
        let html = doc.html.text();
        let mut text = String::with_capacity(html.len() / 2);
        let mut words: Vec<Word> = Vec::with_capacity(html.len() / 16);
        // The first of equal words is kept: title words come first, so
        // the one kept says "title".
        let mut seen: HashTable<u32> = HashTable::with_capacity(html.len() / 16);
        let mut add = |text: &mut String, start: usize, title: bool| {
            let word = &text[start..];
            let hash = xxh3_64(word.as_bytes());
            let same = |&i: &u32| {
                let w: &Word = &words[i as usize];
                w.hash == hash && text[w.start as usize..w.end as usize] == *word
            };
            if seen.find(hash, same).is_some() {
                text.truncate(start);
                return;
            }
            let i = words.len() as u32;
            seen.insert_unique(hash, i, |&i| words[i as usize].hash);
            words.push(Word {
                hash,
                start: start as u32,
                end: text.len() as u32,
                title,
            });
        };
        words::tokenize_into(&doc.title, &mut text, &mut |t, s| add(t, s, true));
        words::html_words_into(&html, &mut text, &mut |t, s| add(t, s, false));
        for kind_tags in &doc.tags {
            for term in kind_tags {
                words::tokenize_into(&site.terms[*term].name, &mut text, &mut |t, s| {
                    add(t, s, false)
                });
            }
        }
        words.sort_unstable_by_key(|w| table_of(w.hash));
        DocWords { text, words }
    }

    /// The words of table `t`.
    fn table(&self, t: usize) -> &[Word] {
        let start = self.words.partition_point(|w| table_of(w.hash) < t);
        let end = self.words.partition_point(|w| table_of(w.hash) <= t);
        &self.words[start..end]
    }
}
