//! UAX #29 word boundaries.
//!
//! PLACEHOLDER (to be replaced by the exact implementation of issue 3): a
//! simple splitter on letter/digit runs, white-space runs and single other
//! characters.

use crate::Span;

/// Iterator over every word-boundary segment of a text. See [`words`].
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    pos: usize,
}

/// Every UAX #29 word-boundary segment of `text`, spaces and punctuation
/// included, so that the segments concatenate to `text`.
///
/// ```
/// let v: Vec<_> = newsprep_segment::words("a b").map(|s| (s.start, s.end)).collect();
/// assert_eq!(v, [(0, 1), (1, 2), (2, 3)]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

fn class(c: char) -> u8 {
    if c.is_alphanumeric() {
        1
    } else if c.is_whitespace() {
        2
    } else {
        0
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = Span<'t>;
    fn next(&mut self) -> Option<Span<'t>> {
        let rest = self.text.get(self.pos..)?;
        let mut it = rest.char_indices();
        let (_, first) = it.next()?;
        let k = class(first);
        let mut end = first.len_utf8();
        if k != 0 {
            let mut prev_mid = false;
            for (i, c) in it {
                let ck = class(c);
                if ck == k {
                    end = i + c.len_utf8();
                    prev_mid = false;
                } else if k == 1 && !prev_mid && (c == '\'' || c == '’' || c == '.') {
                    // only keep if followed by a letter
                    let after = rest.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
                    if after.map(|a| class(a) == 1).unwrap_or(false) {
                        end = i + c.len_utf8();
                        prev_mid = true;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        let start = self.pos;
        self.pos += end;
        Span::of(self.text, start, self.pos)
    }
}

/// Iterator over the word-like segments only. See [`unicode_words`].
#[derive(Debug, Clone)]
pub struct UnicodeWords<'t>(Words<'t>);

/// The word-like segments of `text` (those with a letter, digit or
/// ideograph), as unicode-segmentation's `unicode_word_indices` gives them.
pub fn unicode_words(text: &str) -> UnicodeWords<'_> {
    UnicodeWords(words(text))
}

impl<'t> Iterator for UnicodeWords<'t> {
    type Item = Span<'t>;
    fn next(&mut self) -> Option<Span<'t>> {
        self.0.by_ref().find(|s| is_word_like(s.text))
    }
}

pub(crate) fn is_word_like(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}
