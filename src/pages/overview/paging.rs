//! The overview's *Show more*: how many of an account's integrations the table
//! shows. An account with hundreds of integrations gets the first [`PAGE_SIZE`]
//! rows at once and the rest on request, so that opening the overview costs the
//! same for every account (creating 500 rows took ~200 ms of main thread; see
//! docs/performance.md). Pagination rather than a virtual scroller: every shown
//! row stays in the DOM, so find-in-page, screen readers and the keyboard work as
//! on any table.

use std::ops::Range;

/// Rows per batch: a screenful or three, and well inside the 50 ms render budget.
pub const PAGE_SIZE: usize = 50;

/// How many of `total` rows are shown; the shown rows are always a prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    total: usize,
    shown: usize,
}

impl Paging {
    /// The first batch of `total` rows.
    pub fn new(total: usize) -> Self {
        Self {
            total,
            shown: total.min(PAGE_SIZE),
        }
    }

    pub fn total(&self) -> usize {
        self.total
    }

    pub fn shown(&self) -> usize {
        self.shown
    }

    /// Whether there is more than one batch at all: only then does the overview say
    /// how many rows it shows and offer *Show more*.
    pub fn is_paged(&self) -> bool {
        self.total > PAGE_SIZE
    }

    /// How many rows the next *Show more* adds: a batch, or what is left; 0 when
    /// everything is shown.
    pub fn next_batch(&self) -> usize {
        (self.total - self.shown).min(PAGE_SIZE)
    }

    /// The rows the next *Show more* adds (empty when everything is shown).
    pub fn next_range(&self) -> Range<usize> {
        self.shown..self.shown + self.next_batch()
    }

    /// One more batch. Returns the index of the first newly shown row (where the
    /// keyboard focus goes), or `None` when everything was shown already.
    pub fn show_more(&mut self) -> Option<usize> {
        let first = self.shown;
        self.shown += self.next_batch();
        (self.shown > first).then_some(first)
    }

    /// How many batches are shown. Batches are rendered one by one, so that *Show
    /// more* creates only the new rows.
    pub fn batches(&self) -> usize {
        self.shown.div_ceil(PAGE_SIZE)
    }

    /// The rows of batch `i` (empty past the shown rows).
    pub fn batch(&self, i: usize) -> Range<usize> {
        let start = (i * PAGE_SIZE).min(self.shown);
        start..((i + 1) * PAGE_SIZE).min(self.shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_account_sees_every_row_and_no_paging() {
        for total in [0, 1, PAGE_SIZE] {
            let mut p = Paging::new(total);
            assert_eq!(p.shown(), total);
            assert!(!p.is_paged());
            assert_eq!(p.next_batch(), 0);
            assert_eq!(p.show_more(), None);
            assert_eq!(p.shown(), total);
        }
    }

    #[test]
    fn five_hundred_rows_come_in_batches_with_focus_on_the_first_new_row() {
        let mut p = Paging::new(500);
        assert!(p.is_paged());
        assert_eq!((p.shown(), p.next_batch(), p.batches()), (50, 50, 1));
        assert_eq!(p.next_range(), 50..100);
        assert_eq!(p.show_more(), Some(50));
        assert_eq!((p.shown(), p.batches()), (100, 2));
        assert_eq!(p.batch(1), 50..100);
        while p.show_more().is_some() {}
        assert_eq!((p.shown(), p.next_batch(), p.batches()), (500, 0, 10));
        assert!(p.next_range().is_empty());
    }

    #[test]
    fn the_last_batch_is_what_is_left() {
        let mut p = Paging::new(PAGE_SIZE + 7);
        assert_eq!(p.next_batch(), 7);
        assert_eq!(p.next_range(), PAGE_SIZE..PAGE_SIZE + 7);
        assert_eq!(p.show_more(), Some(PAGE_SIZE));
        assert_eq!(p.batch(1), PAGE_SIZE..PAGE_SIZE + 7);
        assert_eq!(p.batches(), 2);
        assert_eq!(p.show_more(), None);
    }

    #[test]
    fn batches_cover_the_shown_rows_exactly_once_in_order() {
        for total in 0..=3 * PAGE_SIZE + 1 {
            let mut p = Paging::new(total);
            loop {
                let rows: Vec<usize> = (0..p.batches()).flat_map(|i| p.batch(i)).collect();
                assert_eq!(rows, (0..p.shown()).collect::<Vec<_>>(), "total {total}");
                assert!(p.batch(p.batches()).is_empty());
                if p.show_more().is_none() {
                    break;
                }
            }
            assert_eq!(p.shown(), total);
        }
    }
}
