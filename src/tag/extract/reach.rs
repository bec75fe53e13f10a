//! Which mentions cover, overlap or cross a span: mentions in text order
//! → answers by binary search, so that rules asking it at every word or
//! list item cost linear time on a long text, not quadratic.

use super::skills::Hit;
use super::text::Word;

/// The mentions in text order with, for each, the furthest end of it and
/// those before it: what covers or crosses a span is then a binary search,
/// not a pass over every mention, so a long text costs linear time.
pub struct Reach<'h> {
    hits: &'h [Hit],
    furthest: Vec<usize>,
}

impl<'h> Reach<'h> {
    pub fn new(hits: &'h [Hit]) -> Reach<'h> {
        debug_assert!(hits.is_sorted_by_key(|h| h.start), "mentions in text order");
        let mut end = 0;
        let furthest = hits
            .iter()
            .map(|h| {
                end = end.max(h.end);
                end
            })
            .collect();
        Reach { hits, furthest }
    }

    /// The furthest end of the mentions starting before `pos` (or at it,
    /// with `at`); 0 when none does.
    fn end_before(&self, pos: usize, at: bool) -> usize {
        let n = self
            .hits
            .partition_point(|h| h.start < pos || (at && h.start == pos));
        n.checked_sub(1).map_or(0, |i| self.furthest[i])
    }

    /// `true` when a mention covers the word `w`.
    pub fn covers(&self, w: &Word) -> bool {
        self.end_before(w.start, true) >= w.end
    }

    /// `true` when a mention overlaps `start..end`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.end_before(end, false) > start
    }

    /// `true` when a mention overlaps `start..end` and reaches beyond it:
    /// one starting before it and ending inside or past it, or one
    /// starting inside it and ending past it.
    pub fn crossed(&self, start: usize, end: usize) -> bool {
        self.end_before(start, false) > start || self.end_before(end, false) > end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::vocab::Kind;

    fn hit(start: usize, end: usize) -> Hit {
        Hit {
            kind: Kind::Skill(0),
            start,
            end,
        }
    }

    /// `Reach` answers as a pass over every mention does, for mentions
    /// that nest, overlap, touch or stand apart.
    #[test]
    fn reach_answers_as_a_pass_over_every_mention() {
        let mut hits = Vec::new();
        let mut seed = 7u64;
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let start = (seed >> 33) as usize % 60;
            let len = 1 + (seed >> 20) as usize % 12;
            hits.push(hit(start, start + len));
        }
        hits.sort_by_key(|h| (h.start, h.end));
        let reach = Reach::new(&hits);
        for start in 0..75 {
            for end in start + 1..start + 14 {
                let covered = hits.iter().any(|h| h.start <= start && end <= h.end);
                let word = Word {
                    start,
                    end,
                    possessive: false,
                };
                assert_eq!(reach.covers(&word), covered, "covers {start}..{end}");
                let crossed = hits
                    .iter()
                    .any(|h| h.start < end && start < h.end && (h.start < start || end < h.end));
                assert_eq!(reach.crossed(start, end), crossed, "crossed {start}..{end}");
                let overlapped = hits.iter().any(|h| h.start < end && start < h.end);
                assert_eq!(
                    reach.overlaps(start, end),
                    overlapped,
                    "overlaps {start}..{end}"
                );
            }
        }
        assert!(!Reach::new(&[]).crossed(0, 5) && !Reach::new(&[]).overlaps(0, 5));
    }
}
