//! Physical line counting over text given in chunks: CRLF, LF and a lone CR each end a
//! line, as in the editors admins open their files with, and as csv-core reads them.

/// Counts line breaks; a CRLF split across two chunks is still one break.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct LineCounter {
    breaks: u64,
    after_cr: bool,
}

impl LineCounter {
    /// Line breaks counted so far.
    pub(crate) fn breaks(&self) -> u64 {
        self.breaks
    }

    /// Counts the breaks in `bytes`, which follow everything counted before.
    pub(crate) fn count(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        // Index just after the last CR seen: an LF there is the second half of a CRLF.
        let mut after_cr_at = if self.after_cr { Some(0) } else { None };
        for i in memchr::memchr2_iter(b'\r', b'\n', bytes) {
            if bytes[i] == b'\r' {
                self.breaks += 1;
                after_cr_at = Some(i + 1);
            } else if after_cr_at != Some(i) {
                self.breaks += 1;
            }
        }
        self.after_cr = bytes[bytes.len() - 1] == b'\r';
    }

    /// Consumes bytes until `*remaining` more lines have ended (or `bytes` is used up),
    /// decrementing `*remaining`; returns the bytes consumed. An LF completing the last
    /// CRLF is left for the caller, who skips blank-line bytes anyway.
    pub(crate) fn skip_lines(&mut self, bytes: &[u8], remaining: &mut u32) -> usize {
        let mut used = 0;
        while *remaining > 0 && used < bytes.len() {
            let rest = &bytes[used..];
            match memchr::memchr2(b'\r', b'\n', rest) {
                None => {
                    self.count(rest);
                    used = bytes.len();
                }
                Some(at) => {
                    // Only a first-byte LF can finish a CRLF: any earlier CR was found first.
                    let crlf_tail = at == 0 && rest[0] == b'\n' && self.after_cr;
                    self.count(&rest[..=at]);
                    used += at + 1;
                    if !crlf_tail {
                        *remaining -= 1;
                    }
                }
            }
        }
        used
    }
}
