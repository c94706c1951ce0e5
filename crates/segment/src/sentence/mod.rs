//! Sentence segmentation.
//!
//! A byte scanner: `memchr` finds the few candidate bytes (`.`, `!`, `?`,
//! line breaks and the first byte of `…`), and a rule decides at each one,
//! looking only at the word before and the text right after. Rules:
//!
//! - blank lines always end a sentence; a single line break ends one when
//!   the line has no terminal punctuation and the next line does not go on
//!   in lower case (headings, datelines, list items on their own line);
//! - `.` after a title ("Mr.", "Gen.", "e.g.") never ends a sentence; after
//!   a number abbreviation ("No.", "p.") not before a number; after an
//!   abbreviation that may end a sentence ("Inc.", "U.S.", "Jan.", an
//!   initial) only before a typical sentence opener ("The", "He", "But"...);
//!   "a.m."/"p.m." before a capitalised word other than a day, month or
//!   time zone, unless the sentence is a short fronted time phrase;
//! - otherwise `.`, `!`, `?` and ellipses end a sentence before a capital
//!   letter, a digit or an opening quote or bracket, never before a lower-case
//!   word (except "i"), never inside a token (decimals, URLs, e-mail
//!   addresses, "U.S.A.") but at a missing space ("end.Next");
//! - closing quotes and brackets after the punctuation stay with the sentence;
//! - list items ("1.", "a)", "•", "⁃9.") start a sentence, and an item that
//!   began a sentence ends before the next item in the same line;
//! - spaced ellipses (". . .") follow the usual style rules: three dots do
//!   not end a sentence, four do.
//!
//! English is the only language with built-in tables now; the rules take
//! their word lists from a per-language table (see [`Language`]).

mod list;
mod tables;

use crate::Span;
use list::list_marker;
use memchr::{memchr2, memchr3};
use std::sync::Arc;
use tables::{AbbrevMap, LangTables, GENERAL, NUMBER, TIME, TITLE};

/// The language whose rules and word lists the segmenter uses.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// English (the default).
    #[default]
    English,
}

/// Options for [`SentenceSegmenter`].
///
/// ```
/// use newsprep_segment::{SentenceOptions, SentenceSegmenter};
/// let text = "Cllr. Jones met Acme Grp. Board members. They left.";
/// let plain: Vec<&str> = SentenceSegmenter::default().sentences(text).map(|s| s.text).collect();
/// assert_eq!(plain, ["Cllr.", "Jones met Acme Grp.", "Board members.", "They left."]);
///
/// let mut o = SentenceOptions::default();
/// o.title_abbreviations.push("Cllr".into()); // never ends a sentence
/// o.abbreviations.push("Grp".into()); // ends one only before an opener
/// let seg = SentenceSegmenter::new(o);
/// let s: Vec<&str> = seg.sentences(text).map(|s| s.text).collect();
/// assert_eq!(s, ["Cllr. Jones met Acme Grp. Board members.", "They left."]);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Default)]
pub struct SentenceOptions {
    /// Extra abbreviations (without the final period) that may also end a
    /// sentence, like "Inc.": a break after one only before a typical
    /// sentence opener. Matched as written and in lower, Capitalised and
    /// UPPER case.
    pub abbreviations: Vec<String>,
    /// Extra abbreviations (without the final period) that never end a
    /// sentence, like "Mr.". Matched like [`Self::abbreviations`].
    pub title_abbreviations: Vec<String>,
    /// The language of the rules (English by default).
    pub language: Language,
    /// Treat a single line break like a space (for hard-wrapped text). Blank
    /// lines still end a sentence. Off by default: a line without terminal
    /// punctuation followed by a line that does not start in lower case is
    /// a sentence (a heading, a dateline, a list item).
    pub ignore_single_newlines: bool,
}

/// A sentence segmenter; build once and share (cheap to clone, `Send + Sync`).
///
/// ```
/// use newsprep_segment::SentenceSegmenter;
/// let seg = SentenceSegmenter::default();
/// let text = "Mr. Smith went to the U.S. Capitol at 9 a.m. Monday. He left.";
/// let s: Vec<&str> = seg.sentences(text).map(|s| s.text).collect();
/// assert_eq!(s, ["Mr. Smith went to the U.S. Capitol at 9 a.m. Monday.", "He left."]);
/// ```
#[derive(Debug, Clone)]
pub struct SentenceSegmenter {
    lang: &'static LangTables,
    user: Arc<AbbrevMap>,
    ignore_single_newlines: bool,
}

impl Default for SentenceSegmenter {
    fn default() -> Self {
        SentenceSegmenter::new(SentenceOptions::default())
    }
}

/// Iterator over sentences. See [`SentenceSegmenter::sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'s, 't> {
    seg: &'s SentenceSegmenter,
    text: &'t str,
    pos: usize,
    punct: Cache,
    lines: Cache,
    alnum: Cache,
}

/// The first match at or after `from` (`NONE` when there is none).
#[derive(Debug, Clone, Copy)]
struct Cache {
    from: usize,
    at: usize,
}

const NONE: usize = usize::MAX;

impl Cache {
    fn new() -> Self {
        Cache { from: NONE, at: 0 }
    }

    #[inline]
    fn find(&mut self, bytes: &[u8], cur: usize, f: impl Fn(&[u8]) -> Option<usize>) -> usize {
        if self.from != NONE && self.from <= cur && self.at >= cur {
            return self.at;
        }
        self.from = cur;
        self.at = match bytes.get(cur..).and_then(f) {
            Some(i) => cur + i,
            None => NONE,
        };
        self.at
    }
}

impl SentenceSegmenter {
    /// A segmenter with these options.
    pub fn new(opts: SentenceOptions) -> Self {
        let lang = match opts.language {
            Language::English => tables::english(),
        };
        let mut user = AbbrevMap::default();
        for (list, flags) in [
            (&opts.abbreviations, GENERAL),
            (&opts.title_abbreviations, TITLE),
        ] {
            for a in list {
                user.add(a, flags, true);
                user.add(&a.to_lowercase(), flags, false);
            }
        }
        SentenceSegmenter {
            lang,
            user: Arc::new(user),
            ignore_single_newlines: opts.ignore_single_newlines,
        }
    }

    /// The sentences of `text`, trimmed of surrounding white space, in order.
    /// Every byte of `text` lies in exactly one sentence or in the white
    /// space between two.
    pub fn sentences<'s, 't>(&'s self, text: &'t str) -> Sentences<'s, 't> {
        Sentences {
            seg: self,
            text,
            pos: 0,
            punct: Cache::new(),
            lines: Cache::new(),
            alnum: Cache::new(),
        }
    }

    #[inline]
    fn abbrev_flags(&self, word: &[u8]) -> u8 {
        if word.len() > 12 {
            return 0;
        }
        let mut f = self.lang.abbrevs.get(word);
        if !self.user.is_empty() {
            f |= self.user.get(word);
        }
        f
    }
}

/// The sentences of `text` with the default English segmenter.
///
/// ```
/// let s: Vec<&str> = newsprep_segment::sentences("It works. Does it?").iter().map(|s| s.text).collect();
/// assert_eq!(s, ["It works.", "Does it?"]);
/// ```
pub fn sentences(text: &str) -> Vec<Span<'_>> {
    SentenceSegmenter::default().sentences(text).collect()
}

impl<'t> Iterator for Sentences<'_, 't> {
    type Item = Span<'t>;

    fn next(&mut self) -> Option<Span<'t>> {
        let len = self.text.len();
        let start = skip_ws(self.text, self.pos);
        if start >= len {
            self.pos = len;
            return None;
        }
        let (mut end, mut resume) = self.find_end(start);
        if end <= start || end > len || resume < end {
            // Defensive: never lose text, whatever a rule returned.
            end = trim_back(self.text, start, len);
            resume = len;
        }
        self.pos = resume;
        match Span::of(self.text, start, end) {
            Some(s) => Some(s),
            None => {
                self.pos = len;
                Span::of(self.text, start, trim_back(self.text, start, len))
            }
        }
    }
}

impl std::iter::FusedIterator for Sentences<'_, '_> {}

/// A decision at a candidate.
enum Dec {
    /// The sentence ends at `.0`; the next one starts at or after `.1`.
    Break(usize, usize),
    /// No break; scan on from here.
    Skip(usize),
}

/// The kind of the token after a candidate boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cls {
    Upper,
    Lower,
    Digit,
    Bullet,
    /// Other symbols: "-", "*", "<", ":-)".
    Other,
    /// Closing punctuation, or a quote standing alone.
    Close,
}

struct Next<'a> {
    cls: Cls,
    /// The ASCII letters of the next word (after opening quotes/brackets).
    word: &'a [u8],
}

impl<'t> Sentences<'_, 't> {
    fn find_end(&mut self, start: usize) -> (usize, usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let len = bytes.len();
        // The first letter or digit of the sentence: no sentence ends before it.
        let fa = self.alnum.find(bytes, start, |h| {
            h.iter()
                .position(|&b| b.is_ascii_alphanumeric() || b >= 0x80)
        });
        let (mut cur, list_next) = match list_marker(bytes, start) {
            Some(m) => m,
            None => (start, NONE),
        };
        loop {
            let p = self
                .punct
                .find(bytes, cur, |h| memchr3(b'.', b'!', b'?', h));
            let n = self.lines.find(bytes, cur, |h| memchr2(b'\n', 0xE2, h));
            let c = p.min(n).min(list_next);
            if c >= len {
                return (trim_back(text, start, len), len);
            }
            if c == list_next {
                let e = trim_back(text, start, c);
                if e > start {
                    return (e, c);
                }
                cur = c + 1;
                continue;
            }
            let dec = if c == n {
                if at(bytes, c) == b'\n' {
                    self.line_break(start, c)
                } else {
                    match (at(bytes, c + 1), at(bytes, c + 2)) {
                        (0x80, 0xA6) => self.punct(start, c, fa),
                        (0x80, 0xA8) | (0x80, 0xA9) => self.line_break(start, c),
                        _ => Dec::Skip(c + 1),
                    }
                }
            } else {
                self.punct(start, c, fa)
            };
            match dec {
                Dec::Break(e, r) => return (e, r),
                Dec::Skip(next) => cur = next.max(c + 1),
            }
        }
    }

    /// At a line break `c` (`\n`, U+2028 or U+2029).
    fn line_break(&self, start: usize, c: usize) -> Dec {
        let text = self.text;
        let bytes = text.as_bytes();
        let ws_start = trim_back(text, start, c);
        let ws_end = skip_ws(text, c);
        if ws_end >= bytes.len() {
            return Dec::Break(ws_start, bytes.len());
        }
        if newlines(bytes, ws_start, ws_end) >= 2 {
            return Dec::Break(ws_start, ws_end);
        }
        if self.seg.ignore_single_newlines || ws_start <= start {
            return Dec::Skip(ws_end);
        }
        let q = skip_closers_back(bytes, start, ws_start);
        let last = if q > start { at(bytes, q - 1) } else { 0 };
        // Terminal punctuation: its own rule has decided already.
        if matches!(
            last,
            b'.' | b'!' | b'?' | b',' | b';' | b'-' | b'&' | b'/' | b'('
        ) || (last >= 0x80 && ends_with_dash_or_ellipsis(bytes, q))
        {
            return Dec::Skip(ws_end);
        }
        let next = next_tok(text, ws_end);
        if next.cls == Cls::Lower || ends_with_function_word(bytes, start, ws_start) {
            return Dec::Skip(ws_end);
        }
        Dec::Break(ws_start, ws_end)
    }

    /// At `.`, `!`, `?` or `…` at `i`.
    fn punct(&self, start: usize, i: usize, fa: usize) -> Dec {
        let text = self.text;
        let bytes = text.as_bytes();
        let len = bytes.len();
        if at(bytes, i) == b'.' && at(bytes, i + 1) == b' ' && at(bytes, i + 2) == b'.' {
            return self.spaced_ellipsis(start, i, fa);
        }
        // The run of terminal punctuation.
        let (mut j, mut dots, mut qe, mut ell) = (i, 0usize, false, false);
        loop {
            match at(bytes, j) {
                b'.' => dots += 1,
                b'!' | b'?' => qe = true,
                0xE2 if at(bytes, j + 1) == 0x80 && at(bytes, j + 2) == 0xA6 => {
                    ell = true;
                    j += 3;
                    continue;
                }
                _ => break,
            }
            j += 1;
        }
        // "[...]" is an omission, never a boundary.
        if i > 0 && at(bytes, i - 1) == b'[' && at(bytes, j) == b']' {
            return Dec::Skip(j + 1);
        }
        let mut k = skip_closers(bytes, j);
        let mut w = skip_ws(text, k);
        // Footnote marks and emoticons stay with the sentence they follow:
        // "end. [12] Next", "Great! :) Next".
        while let Some(e) = footnote(bytes, w).or_else(|| emoticon(bytes, w)) {
            if newlines(bytes, k, w) >= 2 {
                break;
            }
            k = skip_closers(bytes, e);
            w = skip_ws(text, k);
        }
        if k >= len {
            return Dec::Break(k.min(len), len);
        }
        if w == k {
            if k == j {
                let single = dots + usize::from(qe) == 1 && !ell;
                if (single && missing_space(bytes, i, j, qe))
                    || (!single && !qe && glued_after_ellipsis(bytes, j) && fa < i)
                {
                    return Dec::Break(j, j);
                }
            }
            return Dec::Skip(k);
        }
        if w >= len {
            return Dec::Break(k, len);
        }
        if newlines(bytes, k, w) >= 2 {
            return Dec::Break(k, w);
        }
        let next = next_tok(text, w);
        let bare = k == j;
        // A line break after the punctuation is strong evidence: "Inc." at
        // the end of a line before a capitalised line ends the sentence.
        if !self.seg.ignore_single_newlines
            && dots == 1
            && !qe
            && !ell
            && matches!(next.cls, Cls::Upper | Cls::Digit | Cls::Bullet)
            && newlines(bytes, k, w) == 1
            && fa < i
        {
            let flags = self.seg.abbrev_flags(word_before(bytes, start, i));
            if flags & TITLE == 0 && !(flags & NUMBER != 0 && next.cls == Cls::Digit) {
                return Dec::Break(k, w);
            }
        }
        let brk = if qe {
            match next.cls {
                Cls::Upper | Cls::Digit | Cls::Bullet => true,
                // "really? no way": informal text starts sentences in lower
                // case; a brand like "Zappo! is" and '"What?" he asked' go on.
                Cls::Lower => bare && (j > i + 1 || !name_before(bytes, start, i)),
                Cls::Other => true,
                Cls::Close => false,
            }
        } else if ell || dots >= 2 {
            match next.cls {
                Cls::Upper | Cls::Digit => true,
                Cls::Bullet | Cls::Other => true,
                Cls::Lower | Cls::Close => false,
            }
        } else {
            self.period(start, i, &next, bare)
        };
        if brk && fa < i {
            Dec::Break(k, w)
        } else {
            Dec::Skip(w)
        }
    }

    /// A single `.` at `i` followed by white space and then `next`.
    fn period(&self, start: usize, i: usize, next: &Next<'_>, bare: bool) -> bool {
        let bytes = self.text.as_bytes();
        let word = word_before(bytes, start, i);
        if word.is_empty() {
            // a period standing alone ("good . and then")
            return ordinary(next, bare);
        }
        let seg = self.seg;
        let flags = seg.abbrev_flags(word);
        if flags & TITLE != 0 {
            return false;
        }
        if flags & NUMBER != 0 && next.cls == Cls::Digit {
            return false;
        }
        if flags & TIME != 0 {
            return match next.cls {
                Cls::Upper => {
                    !seg.lang.time_followers.contains(next.word)
                        && !fronted_time_phrase(bytes, start, i, seg.lang)
                }
                Cls::Bullet => true,
                _ => false,
            };
        }
        if flags & GENERAL != 0 || is_initial(word) || is_acronym(word) {
            return match next.cls {
                Cls::Upper => seg.lang.starters.contains(next.word),
                Cls::Bullet => true,
                _ => false,
            };
        }
        // A lower-case word after a plain word's period starts a sentence
        // in informal text ("nice place. we went back"); not after a
        // closing quote or bracket ('"Stop." she said'), a known abbreviation
        // ("vol. three"), a single letter or
        // a token with inner periods.
        let lower_ok = bare && flags == 0 && word.len() >= 2 && !word.contains(&b'.');
        ordinary(next, lower_ok)
    }

    /// Dots separated by single spaces, starting at `i`.
    fn spaced_ellipsis(&self, start: usize, i: usize, fa: usize) -> Dec {
        let text = self.text;
        let bytes = text.as_bytes();
        let len = bytes.len();
        let attached = i > start && !is_ws_before(text, i);
        let mut d = i;
        let mut count = 1;
        while at(bytes, d + 1) == b' ' && at(bytes, d + 2) == b'.' {
            d += 2;
            count += 1;
        }
        let k = skip_closers(bytes, d + 1);
        let w = skip_ws(text, k);
        if k >= len || w >= len || w == k {
            return Dec::Skip(k);
        }
        if newlines(bytes, k, w) >= 2 {
            return Dec::Break(k, w);
        }
        let next = next_tok(text, w);
        if !matches!(next.cls, Cls::Upper | Cls::Digit) || fa >= i {
            return Dec::Skip(w);
        }
        if count < 4 {
            // Three spaced dots mark an omission; before a capital other
            // than "I" the sentence ends there ("in the region . . . This").
            return if attached || next.word == b"I" {
                Dec::Skip(w)
            } else {
                Dec::Break(k, w)
            };
        }
        if attached {
            // "word. . . . Next": the word's period ends the sentence and the
            // ellipsis opens the next one.
            Dec::Break(i + 1, i + 1)
        } else {
            Dec::Break(k, w)
        }
    }
}

/// The byte at `i`, or 0 past the end.
#[inline]
fn at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// The first non-white-space position at or after `i` (or `len`).
#[inline]
fn skip_ws(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => i += 1,
            Some(&b) if b >= 0x80 => match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => return i,
            },
            Some(_) => return i,
            None => return bytes.len(),
        }
    }
}

/// The char that ends right before `i`, if `i` is a char boundary.
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

#[inline]
fn is_ws_before(text: &str, i: usize) -> bool {
    char_before(text, i).is_some_and(char::is_whitespace)
}

/// The end of `text[lo..hi]` with trailing white space removed.
fn trim_back(text: &str, lo: usize, hi: usize) -> usize {
    let mut e = hi.min(text.len());
    let bytes = text.as_bytes();
    while e > lo {
        let b = at(bytes, e - 1);
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                e -= 1;
                continue;
            }
            return e;
        }
        match char_before(text, e) {
            Some(c) if c.is_whitespace() => e -= c.len_utf8(),
            _ => return e,
        }
    }
    e.max(lo)
}

/// Line breaks in `bytes[a..b]` (U+2029 counts as a blank line).
#[inline]
fn newlines(bytes: &[u8], a: usize, b: usize) -> usize {
    let s = bytes.get(a..b).unwrap_or(&[]);
    let mut n = 0;
    for (x, &c) in s.iter().enumerate() {
        if c == b'\n' {
            n += 1;
        } else if c == 0xE2 && s.get(x + 1) == Some(&0x80) {
            match s.get(x + 2) {
                Some(0xA9) => n += 2,
                Some(0xA8) => n += 1,
                _ => {}
            }
        }
    }
    n
}

/// Skips closing quotes and brackets, and further terminal punctuation
/// among them (`?")`, `."`, `”.`).
fn skip_closers(bytes: &[u8], mut k: usize) -> usize {
    loop {
        match at(bytes, k) {
            b'"' | b'\'' | b')' | b']' | b'}' | b'.' | b'!' | b'?' => k += 1,
            // ” ’ › (E2 80 9D / 99 / BA), … (E2 80 A6)
            0xE2 if at(bytes, k + 1) == 0x80
                && matches!(at(bytes, k + 2), 0x9D | 0x99 | 0xBA | 0xA6) =>
            {
                k += 3
            }
            // »
            0xC2 if at(bytes, k + 1) == 0xBB => k += 2,
            _ => return k,
        }
    }
}

/// True when the text before `e` ends with a dash or `…`.
fn ends_with_dash_or_ellipsis(bytes: &[u8], e: usize) -> bool {
    let tail = bytes.get(e.saturating_sub(3)..e).unwrap_or(&[]);
    matches!(tail, [0xE2, 0x80, 0x93 | 0x94 | 0xA6])
}

/// The end of `bytes[start..e]` without trailing closing quotes/brackets.
fn skip_closers_back(bytes: &[u8], start: usize, mut e: usize) -> usize {
    while e > start {
        match at(bytes, e - 1) {
            b'"' | b'\'' | b')' | b']' | b'}' => e -= 1,
            0x9D | 0x99 | 0xBA
                if e >= start + 3 && at(bytes, e - 3) == 0xE2 && at(bytes, e - 2) == 0x80 =>
            {
                e -= 3
            }
            0xBB if e >= start + 2 && at(bytes, e - 2) == 0xC2 => e -= 2,
            _ => return e,
        }
    }
    e
}

/// Lower-case function words after which a line cannot end a sentence.
fn ends_with_function_word(bytes: &[u8], start: usize, e: usize) -> bool {
    let mut s = e;
    while s > start && s + 12 > e && at(bytes, s - 1).is_ascii_lowercase() {
        s -= 1;
    }
    if s > start && !matches!(at(bytes, s - 1), b' ' | b'\t' | b'\n') {
        return false;
    }
    matches!(
        bytes.get(s..e).unwrap_or(&[]),
        b"and"
            | b"or"
            | b"but"
            | b"the"
            | b"a"
            | b"an"
            | b"of"
            | b"to"
            | b"in"
            | b"on"
            | b"for"
            | b"with"
            | b"by"
            | b"at"
            | b"from"
            | b"that"
            | b"as"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"his"
            | b"her"
            | b"their"
            | b"its"
            | b"our"
            | b"this"
            | b"than"
            | b"into"
    )
}

/// The token that ends at `i`, without opening quotes and brackets.
fn word_before(bytes: &[u8], start: usize, i: usize) -> &[u8] {
    let lo = start.max(i.saturating_sub(64));
    let mut s = i;
    while s > lo && !matches!(at(bytes, s - 1), b' ' | b'\t' | b'\n' | b'\r' | 0xA0) {
        s -= 1;
    }
    if s == lo && lo > start {
        return b"-long-token-";
    }
    let mut w = bytes.get(s..i).unwrap_or(&[]);
    loop {
        match w {
            [b'"' | b'\'' | b'(' | b'[' | b'{', rest @ ..] => w = rest,
            // “ ‘
            [0xE2, 0x80, 0x9C | 0x98, rest @ ..] => w = rest,
            _ => return w,
        }
    }
}

/// The class and first word of the text at `w` (a non-space position).
fn next_tok(text: &str, w: usize) -> Next<'_> {
    let bytes = text.as_bytes();
    let mut p = w;
    let mut opened = false;
    for _ in 0..4 {
        match at(bytes, p) {
            b'"' | b'\'' | b'(' | b'[' | b'{' => p += 1,
            // “ ‘ „
            0xE2 if at(bytes, p + 1) == 0x80 && matches!(at(bytes, p + 2), 0x9C | 0x98 | 0x9E) => {
                p += 3
            }
            // « ¿ ¡
            0xC2 if matches!(at(bytes, p + 1), 0xAB | 0xBF | 0xA1) => p += 2,
            _ => break,
        }
        opened = true;
    }
    let mut e = p;
    while e < p + 32 && at(bytes, e).is_ascii_alphabetic() {
        e += 1;
    }
    let word = bytes.get(p..e).unwrap_or(&[]);
    let b = at(bytes, p);
    let cls = if b.is_ascii_uppercase() {
        Cls::Upper
    } else if b.is_ascii_lowercase() {
        Cls::Lower
    } else if b.is_ascii_digit() {
        Cls::Digit
    } else if matches!(b, b')' | b']' | b'}' | b',' | b';' | b'%' | b'&')
        || (opened && (b.is_ascii_whitespace() || b == 0))
    {
        Cls::Close
    } else if b < 0x80 {
        Cls::Other
    } else {
        match text.get(p..).and_then(|s| s.chars().next()) {
            Some(c) if c.is_uppercase() => Cls::Upper,
            Some(c) if c.is_lowercase() => Cls::Lower,
            Some(c) if c.is_numeric() => Cls::Digit,
            Some('•' | '▪' | '‣' | '◦' | '⁃' | '●' | '■') if !opened => Cls::Bullet,
            Some(c) if c.is_alphabetic() => Cls::Upper,
            Some(c) if opened && c.is_whitespace() => Cls::Close,
            // ” ’ » and other closing punctuation
            Some('”' | '’' | '»' | '›') => Cls::Close,
            _ => Cls::Other,
        }
    };
    Next { cls, word }
}

/// An ordinary word's period: a break before a capital, a digit, a bullet
/// or the pronoun "i".
#[inline]
fn ordinary(next: &Next<'_>, lower_ok: bool) -> bool {
    match next.cls {
        Cls::Upper | Cls::Digit | Cls::Bullet => true,
        Cls::Lower => lower_ok || next.word == b"i",
        Cls::Other => true,
        Cls::Close => false,
    }
}

/// True when the word that ends at `i` is capitalised but not all capitals
/// ("Zappo" of "Zappo! is").
fn name_before(bytes: &[u8], start: usize, i: usize) -> bool {
    let w = word_before(bytes, start, i);
    w.first().is_some_and(u8::is_ascii_uppercase) && w.iter().any(u8::is_ascii_lowercase)
}

/// A footnote mark at `w` ("[12]", "[3 - 5]"): returns its end.
fn footnote(bytes: &[u8], w: usize) -> Option<usize> {
    if at(bytes, w) != b'[' {
        return None;
    }
    let mut e = w + 1;
    let mut digits = 0;
    while e < w + 16 {
        match at(bytes, e) {
            b']' => break,
            b'0'..=b'9' => digits += 1,
            b' ' | b',' | b'-' => {}
            // –
            0xE2 if at(bytes, e + 1) == 0x80 && at(bytes, e + 2) == 0x93 => {
                e += 3;
                continue;
            }
            _ => return None,
        }
        e += 1;
    }
    (at(bytes, e) == b']' && digits > 0).then_some(e + 1)
}

/// An emoticon at `w` followed by white space or the end: returns its end.
fn emoticon(bytes: &[u8], w: usize) -> Option<usize> {
    let eyes = at(bytes, w);
    if !matches!(eyes, b':' | b';') {
        return None;
    }
    let mut e = w + 1;
    if matches!(at(bytes, e), b'-' | b'\'') {
        e += 1;
    }
    if !matches!(
        at(bytes, e),
        b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|' | b']' | b'O' | b'o'
    ) {
        return None;
    }
    e += 1;
    while e < w + 8 && matches!(at(bytes, e), b')' | b'(') {
        e += 1;
    }
    let after = at(bytes, e);
    (after == 0 || after.is_ascii_whitespace()).then_some(e)
}

/// "wait...Then": a capitalised word glued to an ellipsis at `j`.
fn glued_after_ellipsis(bytes: &[u8], j: usize) -> bool {
    let (a, b) = (at(bytes, j), at(bytes, j + 1));
    a.is_ascii_uppercase() && (b.is_ascii_lowercase() || (a == b'I' && b == b' '))
}

/// A single capital letter ("K" of "Mary K. Ash").
#[inline]
fn is_initial(word: &[u8]) -> bool {
    matches!(word, [b] if b.is_ascii_uppercase())
}

/// Letters in groups of one or two joined by periods: "U.S", "Ph.D", "a.m".
fn is_acronym(word: &[u8]) -> bool {
    let mut groups = 0;
    for g in word.split(|&b| b == b'.') {
        if g.is_empty() || g.len() > 2 || !g.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

/// "At 5 a.m." at the start of the sentence, before the `.` at `i`.
fn fronted_time_phrase(bytes: &[u8], start: usize, i: usize, lang: &LangTables) -> bool {
    if i > start + 48 {
        return false;
    }
    let s = bytes.get(start..i).unwrap_or(&[]);
    let first_end = s
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(s.len());
    let first = s.get(..first_end).unwrap_or(&[]);
    let words = s.iter().filter(|&&b| b == b' ').count() + 1;
    words <= 5 && lang.time_openers.contains(first)
}

/// "end.Next": a period (or `?`/`!`) at `i` between a lower-case word and a
/// capitalised one with no space, outside URLs, e-mail addresses and file
/// names.
fn missing_space(bytes: &[u8], i: usize, j: usize, qe: bool) -> bool {
    let (r1, r2) = (at(bytes, j), at(bytes, j + 1));
    let right_ok = if qe {
        // "really?yes", "around?I'll"
        (r1.is_ascii_alphabetic() && r2.is_ascii_lowercase())
            || (r1 == b'I' && !r2.is_ascii_alphanumeric())
    } else {
        r1.is_ascii_uppercase() && r2.is_ascii_lowercase()
    };
    if !right_ok {
        return false;
    }
    if i < 2 {
        return false;
    }
    let l1 = at(bytes, i - 1);
    let l2 = at(bytes, i - 2);
    if qe {
        if !(l1.is_ascii_alphabetic() && l2.is_ascii_alphabetic()) {
            return false;
        }
    } else if !(l1.is_ascii_lowercase() && l2.is_ascii_lowercase()) {
        return false;
    }
    let bad = |b: u8| matches!(b, b'@' | b'/' | b':' | b'.' | b'_' | b'\\' | b'=' | b'#');
    let mut s = i;
    while s > 0 && s + 64 > i {
        let b = at(bytes, s - 1);
        if b.is_ascii_whitespace() {
            break;
        }
        if bad(b) {
            return false;
        }
        s -= 1;
    }
    let mut r = j;
    while r < j + 8 && at(bytes, r).is_ascii_alphabetic() {
        r += 1;
    }
    let tld = bytes.get(j..r).unwrap_or(&[]).to_ascii_lowercase();
    if matches!(
        tld.as_slice(),
        b"com" | b"net" | b"org" | b"edu" | b"gov" | b"info" | b"biz" | b"io" | b"co" | b"uk"
    ) {
        return false;
    }
    let mut e = j;
    while e < j + 64 {
        let b = at(bytes, e);
        if b == 0 || b.is_ascii_whitespace() {
            break;
        }
        if bad(b) {
            // "end.Next." is fine: only a period that ends the token.
            if b == b'.' && !at(bytes, e + 1).is_ascii_alphanumeric() {
                break;
            }
            return false;
        }
        e += 1;
    }
    true
}

#[cfg(test)]
mod tests;
