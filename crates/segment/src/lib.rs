//! Word tokens, sentences and paragraph repair for news text.
//!
//! Every function here takes a `&str` and returns borrowed [`Span`]s whose
//! `start..end` are UTF-8 byte offsets into that same string, so that
//! `&text[span.start..span.end] == span.text` always holds. Nothing here
//! allocates per token, and nothing panics on any input.
//!
//! ```
//! use newsprep_segment::words;
//! let toks: Vec<&str> = words("Don't panic.").map(|s| s.text).collect();
//! assert_eq!(toks, ["Don't", " ", "panic", "."]);
//! ```
//!
//! # Crate features
//! - `serde`: `Serialize` for [`Span`].
#![deny(unsafe_code)] // allowed only in arch/x86_64.rs, at the call of the AVX2 level
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod arch;
mod paragraph;
mod sentence;
mod word;

pub use paragraph::{paragraph_groups, repair_paragraphs, should_join};
pub use sentence::{sentences, Language, SentenceOptions, SentenceSegmenter, Sentences};
pub use word::{unicode_words, words, UnicodeWords, Words};
pub use word::{StreamWords, WordStream, UNICODE_VERSION};

/// A piece of a text: its byte range and the borrowed slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span<'t> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub text: &'t str,
}

impl<'t> Span<'t> {
    /// Builds a span of `text` from a byte range; returns `None` when the
    /// range is out of bounds or not on char boundaries.
    pub fn of(text: &'t str, start: usize, end: usize) -> Option<Self> {
        text.get(start..end).map(|s| Span {
            start,
            end,
            text: s,
        })
    }

    /// True when the span holds at least one letter, digit or ideograph,
    /// as unicode-segmentation's `unicode_words` decides.
    pub fn is_word_like(&self) -> bool {
        word::is_word_like(self.text)
    }
}
