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
//! - `serde`: `Serialize` and `Deserialize` for [`Span`] (its `text`
//!   borrows from the input, so deserialize from a string without escapes,
//!   as `serde_json::from_str` gives for plain text, or into an owned form).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_code)] // allowed only in arch/x86_64.rs, at the call of the AVX2 level

mod arch;
mod common_words;
mod paragraph;
mod sentence;
mod word;

pub use paragraph::{paragraph_groups, repair_paragraphs, should_join};
pub use sentence::{sentences, Language, SentenceOptions, SentenceSegmenter, Sentences};
pub use word::{unicode_words, words, UnicodeWords, Words};
pub use word::{StreamWords, WordStream, UNICODE_VERSION};

/// A piece of a text: its byte range and the borrowed slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
