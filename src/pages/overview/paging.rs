//! The overview's *Show more*: how many of an account's integrations the table
//! shows. An account with hundreds of integrations gets the first page of
//! [`PAGE_SIZE`] rows from the server, and each *Show more* asks for the next page
//! (`GET /integrations?cursor=…`), so that opening the overview costs the same for
//! every account, on the wire and in the main thread (creating 500 rows took
//! ~200 ms; see docs/performance.md). Pagination rather than a virtual scroller:
//! every shown row stays in the DOM, so find-in-page, screen readers and the
//! keyboard work as on any table.

/// Rows per page: a screenful or three, and well inside the 50 ms render budget.
pub const PAGE_SIZE: usize = 50;

/// How many of the account's rows are shown (always a prefix of the server's
/// order), how many it has, and whether the server has more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    total: usize,
    shown: usize,
    more: bool,
    pages: usize,
}

impl Paging {
    /// The first page: `shown` rows of the `total` the server counted; `more` when
    /// it sent a cursor for the next page.
    pub fn new(shown: usize, total: usize, more: bool) -> Self {
        Self {
            total: total.max(shown),
            shown,
            more,
            pages: 1,
        }
    }

    pub fn total(&self) -> usize {
        self.total
    }

    pub fn shown(&self) -> usize {
        self.shown
    }

    /// Whether there is more than the page shown. Asked of the first page: only
    /// when it was not everything does the overview say how many rows it shows and
    /// offer *Show more*.
    pub fn is_paged(&self) -> bool {
        self.more
    }

    /// How many rows the next *Show more* adds, as far as the last count tells: a
    /// page, or what is left; 0 when the server has sent everything. At least 1
    /// while it has more (integrations deleted since the count).
    pub fn next_batch(&self) -> usize {
        if self.more {
            (self.total.saturating_sub(self.shown)).clamp(1, PAGE_SIZE)
        } else {
            0
        }
    }

    /// The next page arrived with `rows` new rows, the server's new `total`, and
    /// whether it has more. Returns the index of the first new row (where the
    /// keyboard focus goes), or `None` when the page brought none.
    pub fn add_page(&mut self, rows: usize, total: usize, more: bool) -> Option<usize> {
        let first = self.shown;
        self.shown += rows;
        // Integrations created or deleted meanwhile change the count; the status
        // line never says fewer than it shows.
        self.total = total.max(self.shown);
        self.more = more;
        self.pages += 1;
        (rows > 0).then_some(first)
    }

    /// How many pages are shown. Pages are rendered one by one, so that *Show more*
    /// creates only the new rows.
    pub fn pages(&self) -> usize {
        self.pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_account_sees_every_row_and_no_paging() {
        for total in [0, 1, PAGE_SIZE] {
            let p = Paging::new(total, total, false);
            assert_eq!((p.shown(), p.total()), (total, total));
            assert!(!p.is_paged());
            assert_eq!(p.next_batch(), 0);
        }
    }

    #[test]
    fn five_hundred_rows_come_in_pages_with_focus_on_the_first_new_row() {
        let mut p = Paging::new(PAGE_SIZE, 500, true);
        assert!(p.is_paged());
        assert_eq!((p.shown(), p.next_batch(), p.pages()), (50, 50, 1));
        assert_eq!(p.add_page(50, 500, true), Some(50));
        assert_eq!((p.shown(), p.pages()), (100, 2));
        for _ in 2..10 {
            let more = p.shown() + PAGE_SIZE < 500;
            assert!(p.add_page(PAGE_SIZE, 500, more).is_some());
        }
        assert_eq!((p.shown(), p.next_batch(), p.pages()), (500, 0, 10));
    }

    #[test]
    fn the_last_page_is_what_is_left() {
        let mut p = Paging::new(PAGE_SIZE, PAGE_SIZE + 7, true);
        assert_eq!(p.next_batch(), 7);
        assert_eq!(p.add_page(7, PAGE_SIZE + 7, false), Some(PAGE_SIZE));
        assert_eq!((p.shown(), p.total(), p.next_batch()), (57, 57, 0));
    }

    #[test]
    fn counts_follow_the_server_when_the_account_changes_between_pages() {
        let mut p = Paging::new(PAGE_SIZE, 107, true);
        // 20 created meanwhile.
        assert_eq!(p.add_page(PAGE_SIZE, 127, true), Some(50));
        assert_eq!((p.shown(), p.total(), p.next_batch()), (100, 127, 27));
        // Shown rows deleted meanwhile stay on screen: never "120 of 110".
        assert_eq!(p.add_page(20, 110, false), Some(100));
        assert_eq!((p.shown(), p.total(), p.next_batch()), (120, 120, 0));
        // Deleted down to fewer than shown while the server still has more.
        let mut q = Paging::new(PAGE_SIZE, 60, true);
        assert_eq!(q.add_page(0, 40, true), None);
        assert_eq!(q.next_batch(), 1);
    }
}
