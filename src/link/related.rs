//! Related documents: the site's documents, tags and order → for each
//! document, the [`RELATED`] documents sharing the most tags with it, ties
//! to the one ranked first, leaving out those its page lists already (the
//! documents that link to it). Tags most documents carry are read as
//! bitsets over the site order, the others as lists of at most
//! [`NEWEST`] documents; documents reached only through the bitsets are
//! looked for among the newest [`DENSE_SHARE`] × [`NEWEST`]. A brute-force
//! count over random sites checks the result.

use std::sync::Arc;

use super::site::{Doc, DocId, DocTerms, Term, TermId};

/// How many related documents each document lists.
pub const RELATED: usize = 5;

/// Through a tag that is not dense, only its newest this many documents
/// are counted: older ones are reached through the document's other tags.
/// Counting every document of every tag costs each document a share of the
/// site, so a site ten times larger would take a hundred times longer;
/// with the cap it takes ten. Likewise, documents that share only dense
/// tags are looked for among the newest [`DENSE_SHARE`] × this many. In a
/// site of fewer documents than that, a tag counted through its list is
/// no longer than this (unless more than [`MAX_DENSE`] tags are dense),
/// and the caps change nothing.
pub const NEWEST: usize = 1024;

/// What [`related_of`] reads: documents, tags, and the site order, all by
/// rank (a document's place in the site order).
pub(super) struct RelatedCtx<'a> {
    /// Each document's tags.
    tags: Vec<&'a DocTerms>,
    /// Per tag, how its documents are listed.
    lists: Vec<TagList>,
    /// Per dense tag, its documents as a bitset over ranks.
    bitsets: Vec<Vec<u64>>,
    /// Per rank, the dense tags of the document there, a bit each.
    signatures: Vec<u64>,
    rank: &'a [u32],
    /// Document at each rank.
    order: &'a [DocId],
    /// Blocks of the bitsets scanned for documents sharing only dense tags.
    scanned: usize,
}

/// The documents of one tag, for [`related_of`].
enum TagList {
    /// Their ranks, ascending.
    Sparse(Vec<u32>),
    /// Dense tag number `n`: `bitsets[n]`, bit `n` of the signatures.
    Dense(usize),
}

impl<'a> RelatedCtx<'a> {
    /// `terms` must list their documents in rank order.
    pub(super) fn new(
        docs: &'a [Arc<Doc>],
        terms: &[Term],
        rank: &'a [u32],
        order: &'a [DocId],
    ) -> Self {
        let tags = docs.iter().map(|d| &d.tags).collect();
        RelatedCtx::with_tags(tags, terms, rank, order, NEWEST)
    }

    /// Like [`RelatedCtx::new`], counting at most `newest` documents of
    /// each tag that is not dense.
    fn with_tags(
        tags: Vec<&'a DocTerms>,
        terms: &[Term],
        rank: &'a [u32],
        order: &'a [DocId],
        newest: usize,
    ) -> Self {
        let mut lists: Vec<Option<TagList>> = (0..terms.len()).map(|_| None).collect();
        let mut bitsets = Vec::new();
        let mut signatures = vec![0u64; rank.len()];
        for id in dense_terms(terms, rank.len()) {
            let n = bitsets.len();
            let mut bits = vec![0u64; bitset_words(rank.len())];
            for &d in &terms[id].docs {
                let r = rank[d] as usize;
                bits[r / 64] |= 1 << (r % 64);
                signatures[r] |= 1 << n;
            }
            bitsets.push(bits);
            lists[id] = Some(TagList::Dense(n));
        }
        let lists = lists
            .into_iter()
            .zip(terms)
            .map(|(list, t)| {
                list.unwrap_or_else(|| {
                    TagList::Sparse(t.docs.iter().take(newest).map(|&d| rank[d]).collect())
                })
            })
            .collect();
        RelatedCtx {
            tags,
            lists,
            bitsets,
            signatures,
            rank,
            order,
            scanned: (newest * DENSE_SHARE).div_ceil(64 * BLOCK),
        }
    }
}

/// Per-thread scratch space of [`related_of`], left as it was found.
pub(super) struct Scratch {
    /// Tags shared with the document, per rank.
    counts: Vec<u32>,
    /// Ranks with a non-zero count: `touched[..len]` (room for every rank
    /// and one more, written and not kept).
    touched: Vec<u32>,
    /// Ranks whose count is final, as a bitset.
    seen: Vec<u64>,
}

impl Scratch {
    pub(super) fn new(docs: usize) -> Scratch {
        Scratch {
            counts: vec![0; docs],
            touched: vec![0; docs + 1],
            seen: vec![0; bitset_words(docs)],
        }
    }
}

/// Tags held by more than one document in this many are dense.
const DENSE_SHARE: usize = 32;

/// At most this many tags are dense: one bit each in a signature.
const MAX_DENSE: usize = 64;

/// The dense tags (see [`DENSE_SHARE`]), at most [`MAX_DENSE`] of the
/// largest. Counting shared tags through a tag that half the site carries
/// would cost that half for every document; a dense tag is read as a
/// bitset over ranks instead.
fn dense_terms(terms: &[Term], docs: usize) -> Vec<TermId> {
    let min = (docs / DENSE_SHARE).max(256);
    let mut dense: Vec<TermId> = (0..terms.len())
        .filter(|&t| terms[t].docs.len() > min)
        .collect();
    dense.sort_by_key(|&t| std::cmp::Reverse(terms[t].docs.len()));
    dense.truncate(MAX_DENSE);
    dense
}

/// Words of a rank bitset that [`at_least`] reads at once; bitsets over
/// ranks are whole blocks long.
const BLOCK: usize = 8;

/// Length in words of a bitset over `docs` ranks.
fn bitset_words(docs: usize) -> usize {
    docs.div_ceil(64).next_multiple_of(BLOCK)
}

/// For each word of block `b`, the bits set in at least `k` of `sets` (a
/// superset of them when `k` is large).
fn at_least(sets: &[&[u64]], b: usize, k: u32) -> [u64; BLOCK] {
    const MAX: usize = 16;
    let block = |s: &[u64]| -> [u64; BLOCK] {
        s[b * BLOCK..(b + 1) * BLOCK]
            .try_into()
            .expect("a whole block")
    };
    let k = k as usize;
    if k == 0 {
        return [!0; BLOCK];
    }
    if k == sets.len() {
        return sets.iter().fold([!0; BLOCK], |mut all, s| {
            all.iter_mut().zip(block(s)).for_each(|(a, w)| *a &= w);
            all
        });
    }
    if k >= MAX {
        return sets.iter().fold([0; BLOCK], |mut any, s| {
            any.iter_mut().zip(block(s)).for_each(|(a, w)| *a |= w);
            any
        });
    }
    // ge[j]: set in at least j of the sets seen so far.
    let mut ge = [[0u64; BLOCK]; MAX];
    ge[0] = [!0; BLOCK];
    for s in sets {
        let words = block(s);
        for j in (1..=k).rev() {
            let (lower, upper) = ge.split_at_mut(j);
            for ((g, &below), w) in upper[0].iter_mut().zip(&lower[j - 1]).zip(words) {
                *g |= below & w;
            }
        }
    }
    ge[k]
}

/// The documents sharing the most tags with `id`, but for those in
/// `listed` (its backlinks, which its page shows already); ties go to the
/// one ranked first (newer). Tags that are not dense are counted through
/// their rank lists; the documents reached only through dense tags are
/// found by scanning those bitsets in rank order, only as far as one of
/// them could still make the list.
pub(super) fn related_of(
    ctx: &RelatedCtx,
    id: DocId,
    listed: &[DocId],
    s: &mut Scratch,
) -> Vec<DocId> {
    let Scratch {
        counts,
        touched,
        seen,
    } = s;
    let own = ctx.rank[id];
    // Listed documents count as seen before counting starts: never offered.
    let bit = |r: usize| (r / 64, 1u64 << (r % 64));
    for &d in listed {
        let (w, b) = bit(ctx.rank[d] as usize);
        seen[w] |= b;
    }
    let mut dense: Vec<&[u64]> = Vec::new();
    // The dense tags of the document, as in a signature.
    let mut mine = 0u64;
    let mut len = 0;
    for kind_tags in ctx.tags[id] {
        for &term in kind_tags {
            let ranks = match &ctx.lists[term] {
                TagList::Dense(n) => {
                    dense.push(&ctx.bitsets[*n]);
                    mine |= 1 << n;
                    continue;
                }
                TagList::Sparse(ranks) => ranks,
            };
            for &other in ranks {
                // Without a branch: `other` is kept when first counted.
                let count = &mut counts[other as usize];
                touched[len] = other;
                len += (*count == 0) as usize;
                *count += 1;
            }
        }
    }
    // The document itself was counted through each of its tags.
    counts[own as usize] = 0;
    // The best RELATED by (most shared tags, best rank), kept sorted.
    let mut best: Vec<(u32, u32)> = Vec::with_capacity(RELATED + 1);
    let offer = |entry: (u32, u32), best: &mut Vec<(u32, u32)>| {
        let better = |a: &(u32, u32), b: &(u32, u32)| a.0 > b.0 || (a.0 == b.0 && a.1 < b.1);
        if best.len() == RELATED && !better(&entry, &best[RELATED - 1]) {
            return;
        }
        let at = best
            .iter()
            .position(|b| better(&entry, b))
            .unwrap_or(best.len());
        best.insert(at, entry);
        best.truncate(RELATED);
    };
    for &r in &touched[..len] {
        let r = r as usize;
        let count = std::mem::take(&mut counts[r]);
        if count == 0 {
            continue;
        }
        let (w, b) = bit(r);
        if seen[w] & b != 0 {
            continue;
        }
        seen[w] |= b;
        let shared = count + (ctx.signatures[r] & mine).count_ones();
        offer((shared, r as u32), &mut best);
    }
    if !dense.is_empty() {
        let own = own as usize;
        let lift = dense.len() as u32;
        for b in 0..(seen.len() / BLOCK).min(ctx.scanned) {
            // What a document of this block needs to make the list (or
            // less: the need only grows); none has more than `lift`.
            let need = match best.get(RELATED - 1) {
                None => 1,
                Some(&(c, r)) if (b * BLOCK * 64) as u32 > r => c + 1,
                Some(&(c, _)) => c,
            };
            if need > lift {
                break;
            }
            for (i, mut mask) in at_least(&dense, b, need).into_iter().enumerate() {
                let w = b * BLOCK + i;
                mask &= !seen[w];
                if w == own / 64 {
                    mask &= !(1 << (own % 64));
                }
                while mask != 0 {
                    let r = w * 64 + mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    let shared = (ctx.signatures[r] & mine).count_ones();
                    offer((shared, r as u32), &mut best);
                }
            }
        }
    }
    if len + listed.len() > seen.len() {
        seen.fill(0);
    } else {
        for &r in &touched[..len] {
            seen[r as usize / 64] = 0;
        }
        for &d in listed {
            seen[ctx.rank[d] as usize / 64] = 0;
        }
    }
    best.into_iter()
        .map(|(_, r)| ctx.order[r as usize])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::TagKind;

    /// Related documents the slow way: every pair of documents. A tag
    /// `counted` only through some of its documents is shared with those;
    /// a document ranked `window` or later is offered only when it shares
    /// a tag that is `listed_through`.
    fn related_by_brute_force(
        tags: &[DocTerms],
        rank: &[u32],
        id: DocId,
        listed: &[DocId],
        counted: &dyn Fn(TermId, DocId) -> bool,
        (window, listed_through): (u32, &dyn Fn(TermId) -> bool),
    ) -> Vec<DocId> {
        let mut mine = vec![false; tags.iter().flatten().flatten().max().map_or(0, |t| t + 1)];
        for &t in tags[id].iter().flatten() {
            mine[t] = true;
        }
        let mut all: Vec<(usize, u32, DocId)> = (0..tags.len())
            .filter(|&o| o != id && !listed.contains(&o))
            .map(|o| {
                let shared = tags[o]
                    .iter()
                    .flatten()
                    .filter(|&&t| mine[t] && counted(t, o))
                    .count();
                let reached = rank[o] < window
                    || tags[o]
                        .iter()
                        .flatten()
                        .any(|&t| mine[t] && listed_through(t) && counted(t, o));
                (if reached { shared } else { 0 }, rank[o], o)
            })
            .filter(|e| e.0 > 0)
            .collect();
        all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        all.into_iter().take(RELATED).map(|e| e.2).collect()
    }

    /// Checks [`related_of`] against [`related_by_brute_force`] for every
    /// document of random sites of `n` documents, where tag `t` is on
    /// `share[t]` per mille of them, counting the `newest` documents of
    /// each tag that is not dense; returns how many tags were dense.
    fn related_matches_brute_force(n: usize, share: &[u64], newest: usize) -> usize {
        let mut dense = 0;
        for seed in 1..=2u64 {
            let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut next = move |n: u64| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % n
            };
            let tags: Vec<DocTerms> = (0..n)
                .map(|_| {
                    let mut dt: DocTerms = Default::default();
                    for (term, per_mille) in share.iter().enumerate() {
                        if next(1000) < *per_mille {
                            dt[term % 4].push(term);
                        }
                    }
                    dt
                })
                .collect();
            let mut order: Vec<DocId> = (0..n).collect();
            for i in (1..n).rev() {
                order.swap(i, next(i as u64 + 1) as usize);
            }
            let mut rank = vec![0u32; n];
            for (r, &d) in order.iter().enumerate() {
                rank[d] = r as u32;
            }
            let terms: Vec<Term> = (0..share.len())
                .map(|t| {
                    let mut docs: Vec<DocId> = (0..n)
                        .filter(|&d| tags[d].iter().flatten().any(|&x| x == t))
                        .collect();
                    docs.sort_by_key(|&d| rank[d]);
                    Term {
                        kind: TagKind::Skill,
                        name: format!("t{t}"),
                        slug: format!("t{t}"),
                        path: format!("skills/t{t}/"),
                        docs,
                        category: None,
                    }
                })
                .collect();
            let ctx = RelatedCtx::with_tags(tags.iter().collect(), &terms, &rank, &order, newest);
            dense = ctx.bitsets.len();
            // A document counts through a tag when the tag is dense or the
            // document among its `newest`.
            let counted = |t: TermId, d: DocId| match &ctx.lists[t] {
                TagList::Dense(_) => true,
                TagList::Sparse(ranks) => ranks.contains(&rank[d]),
            };
            let listed_through = |t: TermId| matches!(ctx.lists[t], TagList::Sparse(_));
            let window = (
                (ctx.scanned * BLOCK * 64) as u32,
                &listed_through as &dyn Fn(_) -> _,
            );
            let mut scratch = Scratch::new(n);
            for id in 0..n {
                // Linked from: none, the best related document, or it and
                // a few others (one of them maybe the document itself).
                let mut listed = Vec::new();
                if id % 3 > 0 {
                    listed.extend(
                        related_by_brute_force(&tags, &rank, id, &[], &counted, window).first(),
                    );
                }
                if id % 3 == 2 {
                    listed.extend((0..3).map(|_| next(n as u64) as usize));
                }
                assert_eq!(
                    related_of(&ctx, id, &listed, &mut scratch),
                    related_by_brute_force(&tags, &rank, id, &listed, &counted, window),
                    "document {id}, seed {seed}, listed {listed:?}"
                );
            }
        }
        dense
    }

    #[test]
    fn related_documents_equal_a_brute_force_count_with_dense_tags() {
        // Tags from one carried by most documents (dense: counted as
        // bitsets) to ones carried by a few.
        let share = [700, 400, 150, 100, 60, 30, 20, 10, 5, 5, 3, 2];
        assert!(
            related_matches_brute_force(2000, &share, NEWEST) >= 2,
            "some tags are dense"
        );
    }

    #[test]
    fn related_documents_are_exact_with_more_common_tags_than_signature_bits() {
        // 70 tags on 40% of the documents each: 64 are dense, the other
        // common ones are counted through their lists.
        let mut share = vec![400; 70];
        share.extend([20, 5, 2]);
        assert_eq!(related_matches_brute_force(800, &share, NEWEST), MAX_DENSE);
    }

    #[test]
    fn related_documents_count_the_newest_of_each_list() {
        // Tags on 1 to 12 % of 2,000 documents, counted through their
        // newest 16: the others share them uncounted. The three dense tags
        // (14 % each) are scanned through the newest 512 documents only,
        // where few carry all three.
        let share = [140, 140, 140, 120, 60, 30, 20, 10];
        assert_eq!(related_matches_brute_force(2000, &share, 16), 3);
    }
}
