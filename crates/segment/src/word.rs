//! UAX #29 word boundaries, exact and fast.
//!
//! [`words`] yields every segment between two word boundaries of the
//! [Unicode Text Segmentation](https://www.unicode.org/reports/tr29/) rules,
//! giving exactly the segments of unicode-segmentation's
//! `split_word_bound_indices` (Unicode 17.0.0, see [`UNICODE_VERSION`]).
//!
//! # How it is fast
//!
//! Boundaries come from whole blocks of 64 bytes: each byte of a block is
//! classified at once (letter, digit, `_`, space, the mid characters
//! `'` `.` `:` `,` `;`, CR, LF, non-ASCII; with AVX2 where the CPU has it,
//! else eight bytes at a time in a `u64`, see the `arch` module), and shifts
//! and ANDs of these masks give every ASCII boundary of the block: letters,
//! digits and `_` join (WB5, WB8-WB10, WB13a/b), spaces join (WB3d), CR LF
//! joins (WB3), a mid character between two letters or two digits joins
//! both sides (WB6/7, WB11/12), everything else splits. The iterator then
//! walks the set bits, one `trailing_zeros` per segment.
//!
//! A second mask marks the boundaries with a non-ASCII byte just before,
//! at or just after them. Only there does the segment go through the byte
//! dispatch and, when a non-ASCII character decides it (an accented letter,
//! a curly apostrophe, a combining mark, an emoji, ...), through the full
//! rule machine, which walks code points with a two-level property table.
//! The next segment starts on the masks again.
//!
//! # Faithfulness
//!
//! The full machine follows unicode-segmentation's forward algorithm, which
//! passes every case of `WordBreakTest.txt`, and the tests check that the
//! two agree on every code point in context and on generated text. Where
//! that algorithm reads the rules in its own way, on sequences that the
//! conformance file does not contain, this crate does the same:
//!
//! - ZWJ + Extended_Pictographic (WB3c) is applied before a pending WB6/WB7
//!   or WB11/WB12 decision is taken, so `a'` or `1,234.56'` followed by
//!   `ZWJ 👩` stays one segment (a literal reading of the rules splits
//!   before the `'`);
//! - after ZWJ + Extended_Pictographic the segment ends before the next
//!   character that is not Extend/Format/ZWJ, whatever its class, even for
//!   the few pictographs that are also ALetter (`ZWJ Ⓜ x` splits before `x`).

#[path = "word_tables.rs"]
mod tables;

pub use tables::UNICODE_VERSION;

use crate::arch;
use crate::Span;

/// Word_Break classes, numbered as the generated tables number them
/// (xtask/src/wordbreak.rs).
mod wb {
    #[allow(dead_code)] // the default class: everything not named below
    pub const OTHER: u8 = 0;
    pub const CR: u8 = 1;
    pub const LF: u8 = 2;
    pub const NEWLINE: u8 = 3;
    pub const EXTEND: u8 = 4;
    pub const ZWJ: u8 = 5;
    pub const RI: u8 = 6;
    pub const FORMAT: u8 = 7;
    pub const KATAKANA: u8 = 8;
    pub const HEBREW: u8 = 9;
    pub const ALETTER: u8 = 10;
    pub const SQ: u8 = 11;
    pub const DQ: u8 = 12;
    pub const MIDNUMLET: u8 = 13;
    pub const MIDLETTER: u8 = 14;
    pub const MIDNUM: u8 = 15;
    pub const NUMERIC: u8 = 16;
    pub const ENL: u8 = 17;
    pub const WSEG: u8 = 18;
}

const CLASS_MASK: u8 = 0x1F;
const EP_BIT: u8 = 1 << 5;
const ALNUM_BIT: u8 = 1 << 6;

/// The property byte of a code point (class | EP | alnum).
#[inline]
fn props(cp: u32) -> u8 {
    let hi = tables::STAGE1
        .get((cp >> tables::SHIFT) as usize)
        .copied()
        .unwrap_or(0) as usize;
    tables::STAGE2
        .get((hi << tables::SHIFT) | (cp & tables::MASK) as usize)
        .copied()
        .unwrap_or(0)
}

// Flags of the byte table used by the fast path.
const F_ALPHA: u8 = 1; // A-Z a-z
const F_DIGIT: u8 = 2; // 0-9
const F_WORD: u8 = 4; // alpha, digit or '_'
const F_MID_A: u8 = 8; // ' . :  (between two letters: WB6/WB7)
const F_MID_D: u8 = 16; // ' . , ;  (between two digits: WB11/WB12)
const F_HIGH: u8 = 32; // a non-ASCII byte

/// Flags of every byte value, derived from the generated ASCII classes.
#[allow(clippy::indexing_slicing)] // evaluated at compile time
const fn byte_flags() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 128 {
            F_HIGH
        } else {
            match tables::STAGE2[b] & CLASS_MASK {
                wb::ALETTER => F_ALPHA | F_WORD,
                wb::NUMERIC => F_DIGIT | F_WORD,
                wb::ENL => F_WORD,
                wb::SQ | wb::MIDNUMLET => F_MID_A | F_MID_D,
                wb::MIDLETTER => F_MID_A,
                wb::MIDNUM => F_MID_D,
                _ => 0,
            }
        };
        b += 1;
    }
    t
}

static FLAGS: [u8; 256] = byte_flags();

#[inline(always)]
fn flags(b: u8) -> u8 {
    // 256 entries: never out of bounds, and the optimizer knows it.
    FLAGS.get(b as usize).copied().unwrap_or(0)
}

#[inline(always)]
fn byte_at(bytes: &[u8], i: usize) -> Option<u8> {
    bytes.get(i).copied()
}

/// End of the segment that starts at `s` (`s < text.len()`, on a char
/// boundary).
#[inline]
fn segment_end(text: &str, s: usize) -> usize {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let Some(b0) = byte_at(bytes, s) else {
        return n;
    };
    let f0 = flags(b0);
    if f0 & F_WORD != 0 {
        return word_run_end(text, s);
    }
    if b0 == b' ' {
        let mut j = s + 1;
        while byte_at(bytes, j) == Some(b' ') {
            j += 1;
        }
        return match byte_at(bytes, j) {
            Some(b) if b >= 0x80 => slow_end(text, s),
            _ => j,
        };
    }
    if b0 >= 0x80 {
        return slow_end(text, s);
    }
    match b0 {
        b'\r' => {
            if byte_at(bytes, s + 1) == Some(b'\n') {
                s + 2
            } else {
                s + 1
            }
        }
        b'\n' | 0x0B | 0x0C => s + 1,
        // Any other ASCII character (punctuation, controls): a segment of its
        // own unless an Extend/Format/ZWJ follows (WB4), which is non-ASCII.
        _ => match byte_at(bytes, s + 1) {
            Some(b) if b >= 0x80 => slow_end(text, s),
            _ => s + 1,
        },
    }
}

/// [`segment_end`] out of line, so that the loop over the masks stays small
/// where it is inlined.
#[cold]
#[inline(never)]
fn segment_end_cold(text: &str, s: usize) -> usize {
    segment_end(text, s)
}

/// End of a segment that starts with an ASCII letter, digit or `_`.
#[inline]
fn word_run_end(text: &str, s: usize) -> usize {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut j = s + 1;
    loop {
        // The hot loop: letters, digits and '_' stay in one segment. Eight
        // bytes at a time while they are there, so that a short word ends
        // without a mispredicted loop exit.
        loop {
            match word_bytes8(bytes, j) {
                Some(8) => j += 8,
                Some(k) => {
                    j += k;
                    break;
                }
                None => {
                    let Some(rest) = bytes.get(j..) else {
                        return n;
                    };
                    match rest.iter().position(|&b| flags(b) & F_WORD == 0) {
                        Some(k) => j += k,
                        None => return n,
                    }
                    break;
                }
            }
        }
        let Some(c) = byte_at(bytes, j) else {
            return n;
        };
        let fc = flags(c);
        if fc & (F_HIGH | F_MID_A | F_MID_D) == 0 {
            // The common case: a space or punctuation ends the word.
            return j;
        }
        if fc & F_HIGH != 0 {
            // A non-ASCII character may continue the word (é, Extend, ...).
            return slow_end(text, s);
        }
        // The last byte before `c` is an ASCII word byte.
        let fp = byte_at(bytes, j - 1).map_or(0, flags);
        let need = if fp & F_ALPHA != 0 && fc & F_MID_A != 0 {
            F_ALPHA
        } else if fp & F_DIGIT != 0 && fc & F_MID_D != 0 {
            F_DIGIT
        } else {
            return j;
        };
        match byte_at(bytes, j + 1) {
            None => return j,
            Some(d) if d >= 0x80 => return slow_end(text, s),
            Some(d) if flags(d) & need != 0 => j += 2,
            Some(_) => return j,
        }
    }
}

const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// How many of the 8 bytes at `j` are ASCII letters, digits or `_`, counted
/// from the first one (8 when all are); `None` when fewer than 8 bytes are
/// left. SWAR: every byte is classified inside its own lane of a `u64`
/// without carries between lanes (the high bit is cleared first, so that
/// each addition stays below 0x100).
#[inline(always)]
fn word_bytes8(bytes: &[u8], j: usize) -> Option<usize> {
    const HI: u64 = splat(0x80);
    let chunk: [u8; 8] = bytes.get(j..j.checked_add(8)?)?.try_into().ok()?;
    let v = u64::from_le_bytes(chunk);
    let x = v & splat(0x7F);
    // letters: x | 0x20 in 'a'..='z'
    let y = x | splat(0x20);
    let alpha = y.wrapping_add(splat(0x80 - b'a')) & !y.wrapping_add(splat(0x7F - b'z'));
    // digits: x in '0'..='9'
    let digit = x.wrapping_add(splat(0x80 - b'0')) & !x.wrapping_add(splat(0x7F - b'9'));
    // '_': x ^ '_' is zero
    let under = !(x ^ splat(b'_')).wrapping_add(splat(0x7F));
    let word = (alpha | digit | under) & !v & HI;
    let stop = !word & HI;
    Some((stop.trailing_zeros() / 8) as usize)
}

/// A decoded character: its property byte and UTF-8 length.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(u8, usize)> {
    let c = text.get(i..)?.chars().next()?;
    Some((props(c as u32), c.len_utf8()))
}

/// States of the full machine.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum St {
    Letter,
    HLetter,
    Numeric,
    Katakana,
    Enl,
    RiHalf,
    RiFull,
    Zwj,
    Emoji,
    WSeg,
    /// After a character that glues to nothing but WB4 followers.
    AcceptNone,
    /// After Hebrew_Letter Single_Quote (WB7a): ends unless a letter follows.
    AcceptQLetter,
    /// After AHLetter (MidLetter|MidNumLetQ): needs AHLetter (WB6/WB7).
    RequireLetter,
    /// After Hebrew_Letter Double_Quote: needs Hebrew_Letter (WB7b/WB7c).
    RequireHLetter,
    /// After Numeric (MidNum|MidNumLetQ): needs Numeric (WB11/WB12).
    RequireNumeric,
}

/// The full rule machine: end of the segment that starts at `s`.
fn slow_end(text: &str, s: usize) -> usize {
    let n = text.len();
    let Some((p0, len0)) = char_at(text, s) else {
        return n;
    };
    let c0 = p0 & CLASS_MASK;
    let mut i = s + len0;
    let mut st = match c0 {
        wb::CR => {
            return if text.as_bytes().get(i) == Some(&b'\n') {
                i + 1
            } else {
                i
            };
        }
        wb::LF | wb::NEWLINE => return i,
        wb::ALETTER => St::Letter,
        wb::HEBREW => St::HLetter,
        wb::NUMERIC => St::Numeric,
        wb::KATAKANA => St::Katakana,
        wb::ENL => St::Enl,
        wb::RI => St::RiHalf,
        wb::ZWJ => St::Zwj,
        wb::WSEG => St::WSeg,
        _ => match char_at(text, i) {
            Some((p, _)) if is_wb4(p & CLASS_MASK) => St::AcceptNone,
            _ => return i,
        },
    };
    let mut prev_zwj = c0 == wb::ZWJ;
    let mut skipped = false;
    let mut save = i;
    while let Some((p, len)) = char_at(text, i) {
        let c = p & CLASS_MASK;
        let after_zwj = prev_zwj;
        prev_zwj = c == wb::ZWJ;
        if is_wb4(c) {
            // WB4: Extend, Format and ZWJ take the class of what precedes.
            skipped = true;
            i += len;
            continue;
        }
        if after_zwj && p & EP_BIT != 0 {
            // WB3c: ZWJ × Extended_Pictographic.
            st = St::Emoji;
            i += len;
            continue;
        }
        st = match (st, c) {
            // WB3d (not across a skipped Extend/Format/ZWJ)
            (St::WSeg, wb::WSEG) if !skipped => St::WSeg,
            // WB5, WB9, WB10, WB13b: letters and digits glue
            (St::Letter | St::HLetter | St::Enl, wb::ALETTER) => St::Letter,
            (St::Letter | St::HLetter | St::Enl, wb::HEBREW) => St::HLetter,
            (St::Letter | St::HLetter | St::Numeric | St::Enl, wb::NUMERIC) => St::Numeric,
            (St::Numeric, wb::ALETTER) => St::Letter,
            (St::Numeric, wb::HEBREW) => St::HLetter,
            // WB13, WB13b
            (St::Katakana | St::Enl, wb::KATAKANA) => St::Katakana,
            // WB13a
            (St::Letter | St::HLetter | St::Numeric | St::Katakana | St::Enl, wb::ENL) => St::Enl,
            // WB7b: Hebrew_Letter × Double_Quote Hebrew_Letter
            (St::HLetter, wb::DQ) => {
                save = i;
                St::RequireHLetter
            }
            // WB7a: Hebrew_Letter × Single_Quote
            (St::HLetter, wb::SQ) => St::AcceptQLetter,
            // WB6
            (St::Letter | St::HLetter, wb::MIDLETTER | wb::MIDNUMLET | wb::SQ) => {
                save = i;
                St::RequireLetter
            }
            // WB12
            (St::Numeric, wb::MIDNUM | wb::MIDNUMLET | wb::SQ) => {
                save = i;
                St::RequireNumeric
            }
            // WB15, WB16: regional indicators pair up
            (St::RiHalf, wb::RI) => St::RiFull,
            // WB7, WB7c, WB11: the pending mid character is inside the word
            (St::RequireLetter | St::AcceptQLetter, wb::ALETTER) => St::Letter,
            (St::RequireLetter | St::AcceptQLetter, wb::HEBREW) => St::HLetter,
            (St::RequireHLetter, wb::HEBREW) => St::HLetter,
            (St::RequireNumeric, wb::NUMERIC) => St::Numeric,
            // ... or it is not: the segment ends before it
            (St::RequireLetter | St::RequireHLetter | St::RequireNumeric, _) => return save,
            // WB999
            _ => return i,
        };
        i += len;
    }
    match st {
        St::RequireLetter | St::RequireHLetter | St::RequireNumeric => save,
        _ => n,
    }
}

#[inline]
fn is_wb4(c: u8) -> bool {
    matches!(c, wb::EXTEND | wb::FORMAT | wb::ZWJ)
}

/// The masks of the block at `base`, out of line and marked cold: the
/// iterator calls it once per 64 bytes, and so the compiler keeps the
/// per-segment state in registers and saves it only around this call.
#[cold]
#[inline(never)]
fn block_cold(bytes: &[u8], base: usize) -> arch::Block {
    arch::block(bytes, base)
}

/// Iterator over every word-boundary segment of a text. See [`words`].
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    /// Start of the next segment.
    pos: usize,
    /// `text[pos..]`: each segment is split off its front, which checks
    /// one char boundary instead of the two of `text[start..end]`.
    rest: &'t str,
    /// Offset of the block whose masks are held.
    base: usize,
    /// Candidate boundaries after `pos` in the block (bit i: `base + i`).
    bounds: u64,
    /// Where the block's boundaries need the full machine (see [`arch::Block`]).
    bad: u64,
}

/// Every UAX #29 word-boundary segment of `text`, spaces and punctuation
/// included, so that the segments concatenate to `text`.
///
/// The segments are exactly those of unicode-segmentation's
/// `split_word_bound_indices`. Nothing is allocated.
///
/// ```
/// use newsprep_segment::words;
/// let v: Vec<_> = words("a b").map(|s| (s.start, s.end)).collect();
/// assert_eq!(v, [(0, 1), (1, 2), (2, 3)]);
/// let t: Vec<&str> = words("L’été 2024: 3,5 % 🇫🇷.").map(|s| s.text).collect();
/// assert_eq!(t, ["L’été", " ", "2024", ":", " ", "3,5", " ", "%", " ", "🇫🇷", "."]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    Words::resume(text, 0)
}

impl<'t> Words<'t> {
    /// The segments of `text` when it is known that no boundary lies
    /// strictly between 0 and `from`: the search for the first one starts
    /// at `from` (the tail a [`WordStream`] kept is not scanned again).
    pub(crate) fn resume(text: &'t str, from: usize) -> Self {
        let from = from.min(text.len());
        let b = arch::block(text.as_bytes(), from);
        Words {
            text,
            pos: 0,
            rest: text,
            base: from,
            bounds: if from == 0 { b.bounds & !1 } else { b.bounds },
            bad: b.bad,
        }
    }

    /// Loads the masks of the block at `at` (the end of the segment being
    /// given out) and keeps the boundaries after it.
    #[inline(always)]
    fn load(&mut self, at: usize) {
        let b = arch::block(self.text.as_bytes(), at);
        self.base = at;
        // Bit 0 is the boundary at `at` itself, already taken.
        self.bounds = b.bounds & !1;
        self.bad = b.bad;
    }

    /// Moves on to the masks of the next block.
    #[inline(always)]
    fn next_block(&mut self) {
        let next = self.base + arch::BLOCK;
        let b = block_cold(self.text.as_bytes(), next);
        self.base = next;
        self.bounds = b.bounds;
        self.bad = b.bad;
    }

    /// End of the segment at `start` when a non-ASCII byte is next to its
    /// first candidate boundary: the whole segment goes through the byte
    /// dispatch and, where needed, the machine.
    #[inline(always)]
    fn machine_end(&mut self, start: usize) -> usize {
        let e = segment_end_cold(self.text, start);
        match e.checked_sub(self.base) {
            // Keep the boundaries after `e` in this block.
            Some(off) if off < arch::BLOCK => self.bounds &= (u64::MAX << off) << 1,
            _ => self.load(e),
        }
        e
    }

    /// Offset of the next segment.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    /// Gives no more segments.
    pub(crate) fn exhaust(&mut self) {
        self.pos = self.text.len();
        self.rest = "";
        self.bounds = 0;
        self.bad = 0;
    }

    /// The part of the text not yet segmented.
    pub fn as_str(&self) -> &'t str {
        self.rest
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = Span<'t>;

    #[inline(always)]
    fn next(&mut self) -> Option<Span<'t>> {
        let start = self.pos;
        let end = loop {
            if self.bounds != 0 {
                let i = self.bounds.trailing_zeros();
                if (self.bad >> i) & 1 == 0 {
                    self.bounds &= self.bounds - 1;
                    break self.base + i as usize;
                }
                break self.machine_end(start);
            }
            // No boundary left in this block: the text has ended (the end
            // of the text is the last boundary), or the segment goes on
            // into the next block (a long word or space run).
            if start >= self.text.len() {
                return None;
            }
            self.next_block();
        };
        let (text, rest) = self.rest.split_at_checked(end.wrapping_sub(start))?;
        self.rest = rest;
        self.pos = end;
        Some(Span { start, end, text })
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.text.len().saturating_sub(self.pos);
        (usize::from(left > 0), Some(left))
    }
}

impl std::iter::FusedIterator for Words<'_> {}

/// Iterator over the word-like segments only. See [`unicode_words`].
#[derive(Debug, Clone)]
pub struct UnicodeWords<'t>(Words<'t>);

/// The word-like segments of `text` (those with a letter, digit or
/// ideograph: Alphabetic or General_Category=Number), as
/// unicode-segmentation's `unicode_word_indices` gives them.
///
/// ```
/// let w: Vec<&str> = newsprep_segment::unicode_words("“Don’t,” she said — 42 times.")
///     .map(|s| s.text)
///     .collect();
/// assert_eq!(w, ["Don’t", "she", "said", "42", "times"]);
/// ```
pub fn unicode_words(text: &str) -> UnicodeWords<'_> {
    UnicodeWords(words(text))
}

impl<'t> Iterator for UnicodeWords<'t> {
    type Item = Span<'t>;

    #[inline(always)]
    fn next(&mut self) -> Option<Span<'t>> {
        self.0.by_ref().find(|s| {
            // Quick answers from the first byte, else the full check.
            match s.text.as_bytes().first() {
                Some(&b) if flags(b) & (F_ALPHA | F_DIGIT) != 0 => true,
                Some(&b) if b < 0x80 && s.text.len() == 1 => false,
                _ => is_word_like(s.text),
            }
        })
    }
}

impl std::iter::FusedIterator for UnicodeWords<'_> {}

/// True when `s` holds a character that is Alphabetic or a Number
/// (General_Category N), as unicode-segmentation's word filter decides.
pub(crate) fn is_word_like(s: &str) -> bool {
    s.chars().any(|c| props(c as u32) & ALNUM_BIT != 0)
}

mod stream;
pub use stream::{StreamWords, WordStream};

#[cfg(test)]
mod tests;
