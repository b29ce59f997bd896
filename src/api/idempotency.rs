//! Idempotency keys for writes that must happen at most once.

/// Remembers the Idempotency-Key of the last request sent, so sending the very same
/// request again (after a timeout, say) reuses it and the server acts at most once;
/// a changed request gets a new key. `forget` after a success, so that a later,
/// deliberate repetition is a new request.
pub struct IdempotencyMemo<T> {
    last: Option<(T, String)>,
}

impl<T> Default for IdempotencyMemo<T> {
    fn default() -> Self {
        Self { last: None }
    }
}

impl<T: PartialEq + Clone> IdempotencyMemo<T> {
    pub fn key_for(&mut self, req: &T, fresh: impl FnOnce() -> String) -> String {
        match &self.last {
            Some((sent, key)) if sent == req => key.clone(),
            _ => {
                let key = fresh();
                self.last = Some((req.clone(), key.clone()));
                key
            }
        }
    }

    pub fn forget(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::IdempotencyMemo;

    #[test]
    fn retries_reuse_the_key_and_new_requests_do_not() {
        let mut memo = IdempotencyMemo::default();
        let mut n = 0;
        let mut fresh = || {
            n += 1;
            format!("key-{n}")
        };
        assert_eq!(memo.key_for(&true, &mut fresh), "key-1");
        assert_eq!(memo.key_for(&true, &mut fresh), "key-1");
        assert_eq!(memo.key_for(&false, &mut fresh), "key-2");
        memo.forget();
        assert_eq!(memo.key_for(&false, &mut fresh), "key-3");
    }
}
