//! [`WordStream`]: word segmentation of a text that arrives in chunks.

use super::{char_at, is_wb4, Words, CLASS_MASK};
use crate::Span;

/// Word segmentation of a text that arrives in chunks.
///
/// [`push`](WordStream::push) appends a chunk and yields the segments whose
/// end is already certain; the undecided tail (the last segment, and a
/// segment whose end depends on what comes next, like `a.` before a possible
/// `b`) is kept until more text or [`finish`](WordStream::finish) comes. The
/// segments are the same as [`words`](crate::words) gives on the whole text, and their
/// `start`/`end` are byte offsets from the start of the stream.
///
/// ```
/// use newsprep_segment::{words, WordStream};
/// let chunks = ["The U.", "S. economy grew 2.", "5% in Q3 — ", "café’s 🇫", "🇷 owner said.\r", "\n"];
/// let mut stream = WordStream::new();
/// let mut got = Vec::new();
/// for chunk in chunks {
///     for span in stream.push(chunk) {
///         got.push((span.start, span.end, span.text.to_string()));
///     }
/// }
/// for span in stream.finish() {
///     got.push((span.start, span.end, span.text.to_string()));
/// }
/// let whole = chunks.concat();
/// let want: Vec<_> = words(&whole).map(|s| (s.start, s.end, s.text.to_string())).collect();
/// assert_eq!(got, want);
/// ```
///
/// The stream keeps only the text from the first segment not given out,
/// and it remembers how far that segment is known to run, so that a long
/// segment fed in small chunks is not scanned again from its start on each
/// push.
#[derive(Debug, Clone, Default)]
pub struct WordStream {
    buf: String,
    /// Stream offset of `buf[0]`.
    base: usize,
    /// Bytes of `buf` already given out, dropped on the next push.
    done: usize,
    /// Offset in `buf` before which the segment that starts at `done` has
    /// no boundary (0 when not known).
    scanned: usize,
}

impl WordStream {
    /// An empty stream.
    pub fn new() -> Self {
        Self::default()
    }

    fn drop_done(&mut self) {
        if self.done > 0 {
            let done = self.done.min(self.buf.len());
            self.buf.drain(..done);
            self.base += done;
            self.scanned = self.scanned.saturating_sub(done);
            self.done = 0;
        }
    }

    fn words(&mut self, last: bool) -> StreamWords<'_> {
        // A boundary before `limit` is certain: what decides it (the
        // character after it, any Extend/Format/ZWJ, one more character
        // for WB6, WB7b, WB12) is all in the buffer. `limit` is the start
        // of the last character that is not Extend/Format/ZWJ.
        let limit = if last {
            usize::MAX
        } else {
            self.buf
                .char_indices()
                .rev()
                .find(|&(i, _)| char_at(&self.buf, i).is_some_and(|(p, _)| !is_wb4(p & CLASS_MASK)))
                .map_or(0, |(i, _)| i)
        };
        // Taken: a stream left before its uncertain segment scans from `done`.
        let from = std::mem::take(&mut self.scanned);
        StreamWords {
            inner: Words::resume(&self.buf, from),
            base: self.base,
            limit,
            done: &mut self.done,
            scanned: &mut self.scanned,
        }
    }

    /// Appends `chunk` and yields every segment whose end is now certain.
    /// Segments not yielded stay for the next call.
    pub fn push(&mut self, chunk: &str) -> StreamWords<'_> {
        self.drop_done();
        self.buf.push_str(chunk);
        self.words(false)
    }

    /// Ends the stream: yields the segments still kept.
    pub fn finish(&mut self) -> StreamWords<'_> {
        self.drop_done();
        self.words(true)
    }

    /// Stream offset where the kept, not yet yielded text starts.
    pub fn offset(&self) -> usize {
        self.base + self.done
    }
}

/// The segments given out by [`WordStream::push`] and
/// [`WordStream::finish`]; offsets are from the start of the stream.
///
/// The stream learns how far it got when this iterator is dropped (the
/// segments not taken from it come again on the next call), so it must not
/// be leaked with `std::mem::forget`.
#[derive(Debug)]
pub struct StreamWords<'s> {
    inner: Words<'s>,
    base: usize,
    /// Segments that end at or after this offset of the buffer wait; 0
    /// once one has waited.
    limit: usize,
    done: &'s mut usize,
    scanned: &'s mut usize,
}

impl<'s> Iterator for StreamWords<'s> {
    type Item = Span<'s>;

    #[inline]
    fn next(&mut self) -> Option<Span<'s>> {
        let s = self.inner.next()?;
        if s.end >= self.limit {
            // The first uncertain segment: it starts at `done`, and every
            // boundary before `limit` is certain, so it has none before
            // `limit`. (Kept off the per-segment path: only `inner`, `base`
            // and `limit` are read there.)
            self.wait(s.start);
            return None;
        }
        Some(Span {
            start: s.start + self.base,
            end: s.end + self.base,
            text: s.text,
        })
    }
}

impl StreamWords<'_> {
    #[cold]
    fn wait(&mut self, start: usize) {
        if self.limit != 0 {
            *self.scanned = self.limit;
            *self.done = start;
        }
        self.limit = 0;
        self.inner.exhaust();
    }
}

impl Drop for StreamWords<'_> {
    fn drop(&mut self) {
        if self.limit != 0 {
            // Not stopped at an uncertain segment: everything before the
            // iterator's position was given out.
            *self.done = self.inner.offset();
        }
    }
}

impl std::iter::FusedIterator for StreamWords<'_> {}
