//! Sentence segmentation.
//!
//! PLACEHOLDER (to be replaced by issue 4's segmenter): splits after `.`,
//! `!` or `?` (and closing quotes) followed by white space and an upper-case
//! letter, except after a few abbreviations.

use crate::Span;

/// Options for [`SentenceSegmenter`].
#[non_exhaustive]
#[derive(Debug, Clone, Default)]
pub struct SentenceOptions {
    /// Extra abbreviations (without the final period), matched case-insensitively.
    pub abbreviations: Vec<String>,
}

/// A sentence segmenter; build once and share.
#[derive(Debug, Clone, Default)]
pub struct SentenceSegmenter {
    opts: SentenceOptions,
}

/// Iterator over sentences. See [`SentenceSegmenter::sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'s, 't> {
    seg: &'s SentenceSegmenter,
    text: &'t str,
    pos: usize,
}

impl SentenceSegmenter {
    /// A segmenter with these options.
    pub fn new(opts: SentenceOptions) -> Self {
        SentenceSegmenter { opts }
    }

    /// The sentences of `text`, trimmed of surrounding white space.
    pub fn sentences<'s, 't>(&'s self, text: &'t str) -> Sentences<'s, 't> {
        Sentences {
            seg: self,
            text,
            pos: 0,
        }
    }

    fn is_abbrev(&self, word: &str) -> bool {
        const ABBR: &[&str] = &[
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "u.s", "e.g", "i.e",
        ];
        let w = word.to_ascii_lowercase();
        ABBR.contains(&w.as_str())
            || self
                .opts
                .abbreviations
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&w))
    }
}

/// The sentences of `text` with the default English segmenter.
pub fn sentences(text: &str) -> Vec<Span<'_>> {
    SentenceSegmenter::default().sentences(text).collect()
}

impl<'s, 't> Iterator for Sentences<'s, 't> {
    type Item = Span<'t>;
    fn next(&mut self) -> Option<Span<'t>> {
        let rest = self.text.get(self.pos..)?;
        let lead = rest.len() - rest.trim_start().len();
        let start = self.pos + lead;
        if start >= self.text.len() {
            self.pos = self.text.len();
            return None;
        }
        let body = self.text.get(start..)?;
        let bytes = body.as_bytes();
        let mut i = 0;
        let mut cut = body.len();
        while i < bytes.len() {
            let b = bytes.get(i).copied().unwrap_or(0);
            if b == b'.' || b == b'!' || b == b'?' {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes.get(j), Some(b'"' | b'\'' | b')' | b'.')) {
                    j += 1;
                }
                let after = body.get(j..).unwrap_or("");
                let trimmed = after.trim_start();
                if after.len() != trimmed.len() {
                    let next_up = trimmed
                        .chars()
                        .next()
                        .map(|c| c.is_uppercase() || c == '"')
                        .unwrap_or(true);
                    let word_start = body
                        .get(..i)
                        .and_then(|h| h.rfind(|c: char| c.is_whitespace()))
                        .map(|p| p + 1)
                        .unwrap_or(0);
                    let word = body.get(word_start..i).unwrap_or("");
                    if next_up && !(b == b'.' && self.seg.is_abbrev(word)) {
                        cut = j;
                        break;
                    }
                }
            }
            i += 1;
        }
        let s = body.get(..cut).unwrap_or(body).trim_end();
        self.pos = start + cut;
        Span::of(self.text, start, start + s.len())
    }
}
