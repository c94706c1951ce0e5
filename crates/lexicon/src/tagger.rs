//! The document tagger: one left-to-right pass per segment over the words,
//! dictionary lookups at capitalised words (longest key first), the rules, and
//! a document-level pass for back-references and ambiguities.

#[cfg(test)]
use crate::common_words;
use crate::common_words::{is_particle_lower, is_said_after, is_said_before};
use crate::data::*;
use crate::hash::FastMap;
use crate::{Entity, EntityKind, Mention, Rule};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// A mask with the high bit set in each byte of `x` that is an ASCII capital,
/// a '.', or not ASCII (a SWAR test of eight bytes at once).
#[inline]
fn interesting(x: u64) -> u64 {
    // Bytes beyond ASCII are in the mask through `x` itself, so the ASCII
    // tests below may be wrong for them.
    let t = x & !HIGH;
    let ge_a = t.wrapping_add(ONES * (0x80 - 0x41));
    let gt_z = t.wrapping_add(ONES * (0x80 - 0x5B));
    let not_dot = (t ^ (ONES * 0x2e)).wrapping_add(ONES * 0x7f);
    ((ge_a & !gt_z) | x | !not_dot) & HIGH
}

/// Eight bytes as a little-endian word (zero-padded when fewer).
#[inline(always)]
fn load8(c: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    if let Some(x) = c.get(..8) {
        a.copy_from_slice(x);
    }
    u64::from_le_bytes(a)
}

/// Whether a word character ends right before `i`.
#[inline]
fn is_word_before(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let p = byte(b, i.wrapping_sub(1));
    if i == 0 {
        false
    } else if p < 0x80 {
        p.is_ascii_alphanumeric()
    } else {
        char_before(s, i).is_some_and(is_word_char)
    }
}

/// Byte class of an ASCII byte: 0 not a word byte, 1 lower-case letter or
/// digit, 2 capital.
#[inline]
fn class(x: u8) -> u8 {
    match x {
        b'A'..=b'Z' => 2,
        b'a'..=b'z' | b'0'..=b'9' => 1,
        _ => 0,
    }
}

#[inline]
fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

#[inline]
fn is_upper_at(s: &str, i: usize) -> bool {
    let b = byte(s.as_bytes(), i);
    if b < 0x80 {
        b.is_ascii_uppercase()
    } else {
        char_at(s, i).is_some_and(char::is_uppercase)
    }
}

#[inline]
fn is_word_at(s: &str, i: usize) -> bool {
    let b = byte(s.as_bytes(), i);
    if b < 0x80 {
        b.is_ascii_alphanumeric()
    } else {
        char_at(s, i).is_some_and(is_word_char)
    }
}

/// ASCII letters and digits, by byte.
// Evaluated at compile time: an out-of-range index would fail the build.
#[allow(clippy::indexing_slicing)]
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// Whether `x` is an ASCII letter or digit (one table load).
#[inline(always)]
fn alnum(x: u8) -> bool {
    ALNUM.get(usize::from(x)).copied().unwrap_or(false)
}

/// End of the word that starts at `i`.
#[inline(always)]
pub(crate) fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    loop {
        while b.get(i).is_some_and(|&x| alnum(x)) {
            i += 1;
        }
        if byte(b, i) < 0x80 {
            return i;
        }
        match char_at(s, i) {
            Some(c) if is_word_char(c) => i += c.len_utf8(),
            _ => return i,
        }
    }
}

/// The next word `[start, end)` at or after `i`.
#[inline]
pub(crate) fn next_word(s: &str, mut i: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    loop {
        let x = *b.get(i)?;
        if x < 0x80 {
            if x.is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            let c = char_at(s, i)?;
            if is_word_char(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
    Some((i, word_end(s, i)))
}

/// The word right after `end` when separated by exactly one space.
#[inline]
fn next_word_after_space(s: &str, end: usize) -> Option<(usize, usize)> {
    if byte(s.as_bytes(), end) != b' ' || !is_word_at(s, end + 1) {
        return None;
    }
    Some((end + 1, word_end(s, end + 1)))
}

/// The word before `start`, separated from it by exactly one space.
#[inline]
fn prev_word(s: &str, start: usize) -> Option<&str> {
    let b = s.as_bytes();
    if start == 0 || byte(b, start - 1) != b' ' {
        return None;
    }
    let end = start - 1;
    let Some(k) = ascii_word_start(b, end) else {
        return prev_word_slow(s, start);
    };
    if k == end {
        return None;
    }
    s.get(k..end)
}

/// Where the run of ASCII letters and digits that ends at `end` starts;
/// None when a non-ASCII byte comes right before it, so that only the
/// char-level path can tell where the word starts.
#[inline]
fn ascii_word_start(b: &[u8], end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && alnum(byte(b, k - 1)) {
        k -= 1;
    }
    (k == 0 || byte(b, k - 1) < 0x80).then_some(k)
}

/// [`prev_word`] for any text (letters beyond ASCII).
fn prev_word_slow(s: &str, start: usize) -> Option<&str> {
    let t = s.get(..start)?.strip_suffix(' ')?;
    let w_start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map(|(i, _)| i)?;
    t.get(w_start..)
}

/// Abbreviations before a '.' that does not end a sentence ("Mr. Smith").
fn is_abbrev(last: &str) -> bool {
    // All are two to four letters long and start with one of these.
    let b = last.as_bytes();
    if !(2..=4).contains(&b.len())
        || !matches!(
            b.first(),
            Some(
                b'M' | b'D'
                    | b'S'
                    | b'R'
                    | b'G'
                    | b'C'
                    | b'L'
                    | b'P'
                    | b'J'
                    | b'N'
                    | b'v'
                    | b'A'
                    | b'F'
            )
        )
    {
        return false;
    }
    matches!(
        last,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Prof"
            | "Rev"
            | "Jr"
            | "Sr"
            | "No"
            | "vs"
            | "Adm"
            | "Maj"
            | "Mt"
            | "Ft"
    )
}

/// Whether the word at `start` begins a sentence (or a line).
#[inline(always)]
fn sentence_initial(s: &str, start: usize) -> bool {
    // The most frequent case first: "the President", "Smith, Jones".
    let b = s.as_bytes();
    if start >= 2 && byte(b, start - 1) == b' ' {
        let p = byte(b, start - 2);
        if alnum(p) || p == b',' {
            return false;
        }
    }
    sentence_initial_bytes(s, start)
}

/// [`sentence_initial`]: a byte-level scan back, [`sentence_initial_slow`] as
/// soon as a byte beyond ASCII is met.
fn sentence_initial_bytes(s: &str, start: usize) -> bool {
    let b = s.as_bytes();
    if start > b.len() || !s.is_char_boundary(start) {
        return true;
    }
    let mut k = start;
    let mut newline = false;
    loop {
        if k == 0 {
            return true;
        }
        match byte(b, k - 1) {
            b'\n' => newline = true,
            b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r' | b'"' | b'\'' | b'(' | b'[' | b'{' | b'*' => {
            }
            x if x >= 0x80 => return sentence_initial_slow(s, start),
            _ => break,
        }
        k -= 1;
    }
    if newline {
        return true;
    }
    match byte(b, k - 1) {
        b'!' | b'?' | b':' | b';' | b'|' => true,
        b'.' => {
            let e = k - 1;
            let Some(w) = ascii_word_start(b, e) else {
                return sentence_initial_slow(s, start);
            };
            let last = s.get(w..e).unwrap_or("");
            let abbrev = last.len() == 1 && byte(b, w).is_ascii_uppercase() || is_abbrev(last);
            !abbrev
        }
        _ => false,
    }
}

/// [`sentence_initial`] for any text.
fn sentence_initial_slow(s: &str, start: usize) -> bool {
    let Some(before) = s.get(..start) else {
        return true;
    };
    let t = before.trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'([{*•".contains(c));
    if before.get(t.len()..).is_some_and(|gap| gap.contains('\n')) {
        return true;
    }
    match t.chars().next_back() {
        None => true,
        Some('!' | '?' | ':' | ';' | '…' | '|') => true,
        Some('.') => {
            // "U.S. officials", "Mr. Smith", "R. Biden": an abbreviation, not a sentence end.
            let w = t.get(..t.len() - 1).unwrap_or("");
            let start = w
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map_or(w.len(), |(i, _)| i);
            let last = w.get(start..).unwrap_or("");
            let n = last.chars().count();
            let abbrev = n == 1 && last.chars().all(char::is_uppercase) || is_abbrev(last);
            !abbrev
        }
        Some(_) => false,
    }
}

/// Whether `w` has exactly one upper-case letter.
fn one_capital(w: &str) -> bool {
    if w.is_ascii() {
        w.bytes().filter(u8::is_ascii_uppercase).count() == 1
    } else {
        w.chars().filter(|c| c.is_uppercase()).count() == 1
    }
}

/// Short words that a Title Case headline may leave in lower case.
fn title_skip(w: &str) -> bool {
    matches!(
        w,
        "with" | "from" | "into" | "over" | "after" | "than" | "that" | "upon" | "onto" | "about"
    )
}

/// [`title_skip`] on bytes.
fn title_skip_bytes(w: &[u8]) -> bool {
    matches!(
        w,
        b"with"
            | b"from"
            | b"into"
            | b"over"
            | b"after"
            | b"than"
            | b"that"
            | b"upon"
            | b"onto"
            | b"about"
    )
}

/// A headline in Title Case: every word is capitalised, so capitals say nothing.
fn title_mode(s: &str) -> bool {
    if s.len() > 400 {
        return false;
    }
    if !s.is_ascii() {
        return title_mode_slow(s);
    }
    // ASCII: words are runs of letters and digits.
    let (mut cap, mut low) = (0u32, 0u32);
    for w in s.as_bytes().split(|x| !alnum(*x)) {
        if w.len() < 4 {
            continue;
        }
        match w.first() {
            Some(b'A'..=b'Z') => cap += 1,
            Some(b'a'..=b'z') => {
                // The skipped words are four or five letters long.
                if w.len() <= 5 && title_skip_bytes(w) {
                    continue;
                }
                low += 1;
                if low > 10 {
                    return false;
                }
            }
            _ => {}
        }
    }
    cap >= 3 && low * 8 <= cap
}

/// [`title_mode`] for any text.
fn title_mode_slow(s: &str) -> bool {
    let (mut cap, mut low) = (0u32, 0u32);
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if w.len() < 4 || title_skip(w) {
            continue;
        }
        match w.as_bytes().first() {
            Some(c) if c.is_ascii_uppercase() => cap += 1,
            Some(c) if c.is_ascii_lowercase() => {
                low += 1;
                if low > 10 {
                    return false;
                }
            }
            _ => match w.chars().next() {
                Some(c) if c.is_uppercase() => cap += 1,
                Some(c) if c.is_lowercase() => low += 1,
                _ => {}
            },
        }
    }
    cap >= 3 && low * 8 <= cap
}

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Target {
    Lex(u32),
    Dyn(u32),
}

#[derive(Debug, Clone)]
struct Found {
    seg: u32,
    start: usize,
    end: usize,
    target: Target,
    rule: Rule,
    /// A one-word match that is also a personal name.
    namey: bool,
}

#[derive(Debug, Clone, Copy)]
struct Loose {
    seg: u32,
    start: usize,
    end: usize,
}

pub(crate) struct Doc<'a> {
    lex: &'a Inner,
    /// Working buffers, taken from this thread's last document and handed
    /// back on drop.
    b: Bufs,
}

/// The buffers of a [`Doc`], kept per thread from one document to the next
/// so that tagging a document does not allocate them again.
#[derive(Default)]
struct Bufs {
    found: Vec<Found>,
    loose: Vec<Loose>,
    pending_the: Vec<Loose>,
    /// One-word persons found by a rule: (found index, span); merged into a
    /// full name of the document when one has this word as surname or given name.
    loose_person: Vec<(usize, Loose)>,
    /// Found index → alternative places (entry, static score).
    alts: Vec<(usize, Vec<(u32, f32)>)>,
    dyn_names: Vec<String>,
    dyn_index: FastMap<String, u32>,
    /// Scratch for `choose`.
    places: Vec<(u32, f32)>,
    /// Scratch for `finish`: the entity index of each target, of each
    /// mention, and the number of mentions of each entity.
    order: FastMap<Target, usize>,
    slots: Vec<usize>,
    counts: Vec<usize>,
    /// Scratch for `dyn_person`.
    name: String,
}

thread_local! {
    static BUFS: std::cell::RefCell<Option<Bufs>> = const { std::cell::RefCell::new(None) };
}

/// Buffers larger than this many items are not kept for the next document.
const KEEP_MAX: usize = 1 << 14;

impl<'a> Doc<'a> {
    pub fn new(lex: &'a Inner) -> Self {
        let b = BUFS
            .try_with(|c| c.try_borrow_mut().ok().and_then(|mut c| c.take()))
            .ok()
            .flatten()
            .unwrap_or_default();
        Doc { lex, b }
    }

    fn flags(&self, w: &str) -> u16 {
        self.lex.flags(w)
    }
}

impl Drop for Doc<'_> {
    /// Hands the (emptied) buffers back for the next document of this thread.
    fn drop(&mut self) {
        let mut b = std::mem::take(&mut self.b);
        let big = b.found.capacity() > KEEP_MAX
            || b.loose.capacity() > KEEP_MAX
            || b.dyn_names.capacity() > KEEP_MAX
            || b.dyn_index.capacity() > KEEP_MAX
            || b.order.capacity() > KEEP_MAX
            || b.slots.capacity() > KEEP_MAX;
        if big {
            return;
        }
        b.found.clear();
        b.loose.clear();
        b.pending_the.clear();
        b.loose_person.clear();
        b.alts.clear();
        b.dyn_names.clear();
        b.dyn_index.clear();
        b.places.clear();
        b.order.clear();
        b.slots.clear();
        b.counts.clear();
        let _ = BUFS.try_with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                *c = Some(b);
            }
        });
    }
}

impl<'a> Doc<'a> {
    fn push(
        &mut self,
        seg: u32,
        start: usize,
        end: usize,
        target: Target,
        rule: Rule,
        namey: bool,
    ) {
        self.b.found.push(Found {
            seg,
            start,
            end,
            target,
            rule,
            namey,
        });
    }

    /// A one-word person found by a rule alone: tagged under a dynamic
    /// name, and remembered as loose so later evidence can confirm or drop it.
    fn push_loose_person(&mut self, seg: u32, start: usize, end: usize, word: &str, rule: Rule) {
        self.b
            .loose_person
            .push((self.b.found.len(), Loose { seg, start, end }));
        let t = self.dyn_person(word);
        self.push(seg, start, end, t, rule, false);
    }

    fn dyn_person(&mut self, name: &str) -> Target {
        let mut norm = std::mem::take(&mut self.b.name);
        norm.clear();
        for (k, w) in name.split_whitespace().enumerate() {
            if k > 0 {
                norm.push(' ');
            }
            norm.push_str(w);
        }
        let t = match self.b.dyn_index.get(norm.as_str()) {
            Some(&i) => Target::Dyn(i),
            None => {
                let i = self.b.dyn_names.len() as u32;
                self.b.dyn_names.push(norm.clone());
                self.b.dyn_index.insert(norm.clone(), i);
                Target::Dyn(i)
            }
        };
        self.b.name = norm;
        t
    }

    /// Tags one segment.
    pub fn segment(&mut self, si: u32, s: &str) {
        let b = s.as_bytes();
        let title = title_mode(s);
        let mut force_at = usize::MAX;
        let check_lower = !self.lex.lower_bits.is_empty();
        if !check_lower {
            self.segment_fast(si, s, title);
            return;
        }
        let mut i = 0;
        // One tight pass over the bytes: lower-case words are skipped with a
        // table check per byte; capitalised words go to `cap_word`.
        while let Some(&x) = b.get(i) {
            if x >= 0x80 {
                let Some(c) = char_at(s, i) else { break };
                if !is_word_char(c) {
                    i += c.len_utf8();
                    continue;
                }
                let ws = i;
                let we = word_end(s, ws);
                i = if c.is_uppercase() {
                    let e = self.cap_word(si, s, ws, we, title, &mut force_at);
                    if e <= ws {
                        we.max(ws + 1)
                    } else {
                        e
                    }
                } else {
                    we
                };
                continue;
            }
            match class(x) {
                0 => i += 1,
                2 => {
                    let ws = i;
                    let we = word_end(s, ws);
                    i = self.cap_word(si, s, ws, we, title, &mut force_at);
                    if i <= ws {
                        i = we.max(ws + 1);
                    }
                }
                _ => {
                    let ws = i;
                    if check_lower
                        && self.lex.lower_maybe_bytes(x, byte(b, i + 1))
                        && self.lower_word(si, s, ws, &mut i)
                    {
                        continue;
                    }
                    i += 1;
                    while let Some(&y) = b.get(i) {
                        if y < 0x80 && class(y) != 0 {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    if byte(b, i) >= 0x80 {
                        i = word_end(s, i);
                    }
                    // Host names in a credit line: "reuters.com".
                    if byte(b, i) == b'.' && is_word_at(s, i + 1) {
                        if let Some((e, ent)) = self.domain_at(s, ws) {
                            self.push(si, ws, e, Target::Lex(ent), Rule::Domain, false);
                            i = e;
                        }
                    }
                }
            }
        }
    }

    /// The pass for lexicons without lower-case keys (the embedded one): eight
    /// bytes at a time, stopping only at capitals, non-ASCII bytes and dots.
    #[inline(never)]
    fn segment_fast(&mut self, si: u32, s: &str, title: bool) {
        let b = s.as_bytes();
        let n = b.len();
        let mut force_at = usize::MAX;
        // The run of host bytes `[run.0, run.1)` walked back over at the last
        // dot, and the last run start tried as a host name.
        let mut run = (0usize, usize::MAX);
        let mut tried = usize::MAX;
        let mut i = 0;
        while i < n {
            // Skip uninteresting bytes, sixteen then eight at a time.
            'skip: {
                while let Some(chunk) = b.get(i..i + 16) {
                    let (lo, hi) = chunk.split_at(8);
                    let m = interesting(load8(lo));
                    if m != 0 {
                        i += (m.trailing_zeros() / 8) as usize;
                        break 'skip;
                    }
                    let m = interesting(load8(hi));
                    if m != 0 {
                        i += 8 + (m.trailing_zeros() / 8) as usize;
                        break 'skip;
                    }
                    i += 16;
                }
                while let Some(chunk) = b.get(i..i + 8) {
                    let m = interesting(load8(chunk));
                    if m == 0 {
                        i += 8;
                    } else {
                        i += (m.trailing_zeros() / 8) as usize;
                        break;
                    }
                }
            }
            let Some(&x) = b.get(i) else { break };
            if x.is_ascii_uppercase() {
                if i > 0 && is_word_before(s, i) {
                    i += 1;
                    continue;
                }
                let ws = i;
                let we = word_end(s, ws);
                i = self.cap_word(si, s, ws, we, title, &mut force_at);
                if i <= ws {
                    i = we.max(ws + 1);
                }
            } else if x == b'.' {
                // Host names in a credit line: "reuters.com".
                if i > 0 && byte(b, i - 1).is_ascii_alphanumeric() && is_word_at(s, i + 1) {
                    // The start of the run of host bytes, walking back no
                    // further than the last dot's walk.
                    let mut ws = i;
                    while ws > 0
                        && matches!(byte(b, ws - 1), b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.')
                    {
                        if ws == run.1 {
                            ws = run.0;
                            break;
                        }
                        ws -= 1;
                    }
                    run = (ws, i);
                    if ws != tried && !is_word_before(s, ws) && !byte(b, ws).is_ascii_uppercase() {
                        // Each run is tried once, not once per dot.
                        tried = ws;
                        if let Some((e, ent)) = self.domain_at(s, ws) {
                            self.push(si, ws, e, Target::Lex(ent), Rule::Domain, false);
                            i = e;
                            continue;
                        }
                    }
                }
                i += 1;
            } else if x >= 0x80 {
                let Some(c) = char_at(s, i) else {
                    i += 1;
                    continue;
                };
                if c.is_uppercase() && !is_word_before(s, i) {
                    let ws = i;
                    let we = word_end(s, ws);
                    i = self.cap_word(si, s, ws, we, title, &mut force_at);
                    if i <= ws {
                        i = we.max(ws + 1);
                    }
                } else {
                    i += c.len_utf8();
                }
            } else {
                i += 1;
            }
        }
    }

    /// A lower-case word at `ws` that may start a key (user or curated
    /// lower-case names such as "dpa"); on a match, records it, moves `i` past
    /// it and returns true.
    fn lower_word(&mut self, si: u32, s: &str, ws: usize, i: &mut usize) -> bool {
        let we = word_end(s, ws);
        let w = s.get(ws..we).unwrap_or("");
        let Some(wi) = self.lex.word(w).copied() else {
            return false;
        };
        if wi.maxtok == 0 {
            return false;
        }
        let Some((dend, head, _)) = self.longest(s, ws, we, &wi) else {
            return false;
        };
        let Some(c) = self.lex.cands_of(head).next() else {
            return false;
        };
        let rule = if c.how == How::Surname {
            Rule::Surname
        } else {
            Rule::Lexicon
        };
        let entry = c.entry;
        self.push(si, ws, dend, Target::Lex(entry), rule, false);
        *i = dend;
        true
    }

    /// "spokesman Dmitry Peskov": a lower-case role noun right before `ws`.
    fn role_before(&self, s: &str, ws: usize) -> bool {
        let b = s.as_bytes();
        if ws < 2 || byte(b, ws - 1) != b' ' || !byte(b, ws - 2).is_ascii_lowercase() {
            return false;
        }
        prev_word(s, ws).is_some_and(|w| {
            w.len() >= 2 && w.len() <= 14 && self.lex.role_maybe(w) && self.flags(w) & W_ROLE != 0
        })
    }

    /// The longest key starting at the word `[ws, we)`: (end, candidates, words).
    fn longest(&self, s: &str, ws: usize, we: usize, wi: &WordInfo) -> Option<(usize, u32, usize)> {
        let maxtok = wi.maxtok;
        let b = s.as_bytes();
        let mut ends: [usize; 8] = [0; 8];
        let mut n = 1usize;
        if let Some(e) = ends.get_mut(0) {
            *e = we;
        }
        let max = usize::from(maxtok).min(ends.len());
        let mut e = we;
        while n < max {
            // Stop as soon as the words so far start no key.
            // Separator: at most 3 bytes of space and name punctuation, no line break.
            let mut j = e;
            while j < e + 3 && matches!(byte(b, j), b' ' | b'-' | b'.' | b'\'' | b'&' | b',' | b'/')
            {
                j += 1;
            }
            if j == e || !is_word_at(s, j) {
                break;
            }
            // No key that starts with this word has a second word that starts so.
            if n == 1 && wi.next & next_bit(byte(b, j)) == 0 {
                break;
            }
            // "Moscow's": the possessive is not a word of a name.
            if byte(b, e) == b'\'' && byte(b, j) == b's' && !is_word_at(s, j + 1) {
                break;
            }
            let ne = word_end(s, j);
            let prefix_ok = b.get(ws..ne).is_some_and(|p| self.lex.prefix_maybe(p))
                || (byte(b, ne) == b'.'
                    && b.get(ws..ne + 1).is_some_and(|p| self.lex.prefix_maybe(p)));
            if !prefix_ok {
                break;
            }
            if let Some(x) = ends.get_mut(n) {
                *x = ne;
            }
            n += 1;
            e = ne;
        }
        for k in (0..n).rev() {
            let end = ends.get(k).copied().unwrap_or(we);
            if byte(b, end) == b'.' {
                if let Some(key) = s.get(ws..end + 1) {
                    let h = self.lex.lookup(key, false);
                    if h != NONE {
                        return Some((end + 1, h, k + 1));
                    }
                }
            }
            let Some(key) = s.get(ws..end) else { continue };
            let h = if k == 0 {
                wi.single
            } else {
                self.lex.lookup(key, false)
            };
            if h != NONE {
                return Some((end, h, k + 1));
            }
        }
        None
    }

    /// An outlet's host name at `ws` ("reuters.com", "CBC.ca", "en.wikinews.org").
    ///
    /// The host is scanned once, and only its suffixes no longer than the
    /// longest known host name are looked up, so that a call costs time
    /// linear in the host's length. Callers try each run of host bytes once,
    /// from its start: a host never starts right after '.', '-' or a word.
    fn domain_at(&self, s: &str, ws: usize) -> Option<(usize, u32)> {
        if self.lex.domains.is_empty() {
            return None;
        }
        let b = s.as_bytes();
        if matches!(char_before(s, ws), Some('/' | '@' | '.' | ':' | '-')) {
            return None;
        }
        let mut e = ws;
        while e < b.len() && (alnum(byte(b, e)) || matches!(byte(b, e), b'.' | b'-')) {
            e += 1;
        }
        if byte(b, e) == b'/' || byte(b, e) == b'@' {
            return None; // part of a URL or address
        }
        while e > ws && matches!(byte(b, e - 1), b'.' | b'-') {
            e -= 1;
        }
        let host = b.get(ws..e)?;
        // Candidates, longest first: the host without "www.", then the part
        // after each '.' while a '.' remains.
        let last_dot = ws + host.iter().rposition(|&x| x == b'.')?;
        let www = host
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"www."));
        let mut a = if www { ws + 4 } else { ws };
        let max = self.lex.domain_max;
        let mut buf = String::new();
        loop {
            if e - a <= max {
                buf.clear();
                buf.push_str(s.get(a..e)?);
                buf.make_ascii_lowercase();
                if let Some(&i) = self.lex.domains.get(buf.as_str()) {
                    return Some((e, i));
                }
            }
            // The next candidate: after the first '.' at or after `a`, and at
            // or after the first '.' of the last `max` bytes.
            let from = a.max(e.saturating_sub(max + 1));
            let dot = from + b.get(from..e)?.iter().position(|&x| x == b'.')?;
            if dot >= last_dot {
                return None;
            }
            a = dot + 1;
        }
    }

    /// The run of name words that starts with the word `[ws, we)`: its end and
    /// number of words.
    fn name_run(&self, s: &str, ws: usize, we: usize) -> (usize, usize) {
        let b = s.as_bytes();
        let join = |mut end: usize| {
            // "Jean-Pierre", "O'Brien", "al-Assad": at most four joined parts,
            // so that a long chain ("A-A-A-…") is not walked from every word.
            for _ in 0..4 {
                if !(matches!(byte(b, end), b'-' | b'\'') && is_upper_at(s, end + 1)) {
                    break;
                }
                end = word_end(s, end + 1);
            }
            end
        };
        let _ = ws;
        let mut end = join(we);
        let mut n = 1;
        while n < 5 {
            // Most often a plain lower-case word follows ("Smith said"): no
            // particle starts with these letters.
            if byte(b, end) == b' '
                && matches!(
                    byte(b, end + 1),
                    b'c' | b'f'
                        | b'g'
                        | b'h'
                        | b'j'
                        | b'k'
                        | b'm'
                        | b'n'
                        | b'o'
                        | b'p'
                        | b'q'
                        | b'r'
                        | b's'
                        | b'u'
                        | b'w'
                        | b'x'
                )
            {
                break;
            }
            let Some((a, e)) = next_word_after_space(s, end) else {
                break;
            };
            let w = s.get(a..e).unwrap_or("");
            if is_upper_at(s, a) {
                if w.len() == 1 && byte(b, e) == b'.' {
                    // a middle initial, when a name word follows
                    if next_word_after_space(s, e + 1).is_some_and(|(a2, _)| is_upper_at(s, a2)) {
                        end = e + 1;
                        continue;
                    }
                    break;
                }
                let wi2 = self.lex.word(w).copied().unwrap_or_default();
                let f = wi2.flags;
                if f & W_SUFFIX != 0 {
                    end = if byte(b, e) == b'.' { e + 1 } else { e };
                    break;
                }
                if f & (W_NEVER | W_ORG_HEAD | W_TITLE | W_ROLE | W_SAID_AFTER) != 0 {
                    break;
                }
                if f & W_COMMON != 0 && f & W_SURNAME == 0 {
                    break;
                }
                if w.chars().count() < 2 || w.bytes().any(|c| c.is_ascii_digit()) {
                    break;
                }
                // "John Di Domenico": a capitalised particle inside a name.
                if f & W_SURNAME == 0 && is_particle(w) {
                    if let Some((a2, e2)) =
                        next_word_after_space(s, e).filter(|(a2, _)| is_upper_at(s, *a2))
                    {
                        let _ = a2;
                        end = join(e2);
                        n += 1;
                        continue;
                    }
                    break;
                }
                // "In China": a place or outlet name is not a surname.
                if f & W_SURNAME == 0 && wi2.maxtok > 0 {
                    break;
                }
                end = join(e);
                n += 1;
            } else if is_particle(w) {
                match next_word_after_space(s, e) {
                    Some((a2, e2)) if is_upper_at(s, a2) => {
                        end = join(e2);
                        n += 1;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        if self.org_follows(s, end) {
            return (end, 0);
        }
        (end, n)
    }

    /// Whether one of the next two capitalised words heads an organisation's
    /// name ("Johnson Space Center", "Helsinki University").
    fn org_follows(&self, s: &str, end: usize) -> bool {
        let mut e = end;
        for _ in 0..3 {
            // A capital right after the space, before finding the word's end.
            if byte(s.as_bytes(), e) != b' ' || !is_upper_at(s, e + 1) {
                return false;
            }
            let Some((a, b)) = next_word_after_space(s, e) else {
                return false;
            };
            if self.flags(s.get(a..b).unwrap_or("")) & W_ORG_HEAD != 0 {
                return true;
            }
            e = b;
        }
        false
    }
}

/// A location preposition ("in Paris").
fn is_loc_prep(w: Option<&str>) -> bool {
    {
        matches!(
            w,
            Some(
                "in" | "at"
                    | "from"
                    | "near"
                    | "across"
                    | "around"
                    | "outside"
                    | "inside"
                    | "into"
                    | "throughout"
                    | "via"
                    | "toward"
                    | "towards"
                    | "In"
                    | "At"
                    | "From"
                    | "Near"
                    | "Across"
            )
        )
    }
}

impl<'a> Doc<'a> {
    /// ", who" / ", whose" after a name.
    fn who_after(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        byte(b, end) == b','
            && next_word_after_space(s, end + 1)
                .and_then(|(a, e)| s.get(a..e))
                .is_some_and(|w| w == "who" || w == "whose")
    }

    /// After a title word ending at `we`: skip the rest of the title chain and
    /// return where the name starts.
    fn title_chain(&self, s: &str, we: usize) -> Option<usize> {
        let b = s.as_bytes();
        let mut end = if byte(b, we) == b'.' { we + 1 } else { we };
        for _ in 0..5 {
            let (a, e) = next_word_after_space(s, end)?;
            let w = s.get(a..e)?;
            if w == "of" {
                let (a2, e2) = next_word_after_space(s, e)?;
                let w2 = s.get(a2..e2)?;
                if self.flags(w2) & W_TITLE_MOD != 0 {
                    end = e2;
                    continue;
                }
                return None;
            }
            if !is_upper_at(s, a) {
                return None;
            }
            let f = self.flags(w);
            if f & (W_TITLE | W_TITLE_MOD) != 0 && f & W_GIVEN == 0 {
                end = if byte(b, e) == b'.' { e + 1 } else { e };
                continue;
            }
            if f & (W_NEVER | W_ORG_HEAD) != 0 {
                return None;
            }
            return Some(a);
        }
        None
    }

    fn said_after(&self, s: &str, end: usize) -> bool {
        let b = s.as_bytes();
        let mut j = end;
        if byte(b, j) == b',' {
            j += 1;
        }
        next_word_after_space(s, j)
            .and_then(|(a, e)| s.get(a..e))
            .is_some_and(is_said_after)
    }

    fn said_before(&self, s: &str, start: usize) -> bool {
        prev_word(s, start).is_some_and(is_said_before)
    }

    /// The document word `[ws, we)` starts with a capital letter.
    fn cap_word(
        &mut self,
        si: u32,
        s: &str,
        ws: usize,
        we: usize,
        title: bool,
        force_at: &mut usize,
    ) -> usize {
        let b = s.as_bytes();
        let w = s.get(ws..we).unwrap_or("");
        let wi = self.lex.word(w).copied().unwrap_or_default();
        if byte(b, we) == b'.' && is_word_at(s, we + 1) {
            if let Some((e, ent)) = self.domain_at(s, ws) {
                self.push(si, ws, e, Target::Lex(ent), Rule::Domain, false);
                return e;
            }
        }
        // Fast exits for the most frequent capitalised words: a plain word at the
        // start of a sentence ("The", "We", "But") or a word that is never a name
        // ("Congress"), when no key starts with it and no rule can use it.
        let mut initial_cache = None;
        if wi.maxtok == 0
            && ws != *force_at
            && wi.flags & (W_SURNAME | W_GIVEN | W_TITLE | W_ORG_HEAD) == 0
            && (wi.flags & W_NEVER != 0
                || (wi.flags & W_COMMON != 0
                    && (title || *initial_cache.insert(sentence_initial(s, ws)))))
        {
            return we;
        }
        let dm = if wi.maxtok > 0 {
            self.longest(s, ws, we, &wi)
        } else {
            None
        };
        // The same words as the fast exit above, when the keys that start with
        // them do not match here: no rule below can use them (a shortcut to the
        // end of this function).
        if dm.is_none()
            && wi.flags & (W_SURNAME | W_GIVEN | W_TITLE | W_ORG_HEAD) == 0
            && (wi.flags & W_NEVER != 0
                || (wi.flags & W_COMMON != 0
                    && (title || *initial_cache.get_or_insert_with(|| sentence_initial(s, ws)))))
        {
            self.b.loose.push(Loose {
                seg: si,
                start: ws,
                end: we,
            });
            return we;
        }
        let forced = ws == *force_at || self.role_before(s, ws);
        // A notable person's full name or alias.
        if let Some((dend, head, _)) = dm {
            // Most lists have none: a summary bit spares walking them.
            let notable = if self.lex.list_has_notable(head) {
                self.lex.cands_of(head).find(|c| {
                    c.how != How::Surname
                        && self
                            .lex
                            .entry(c.entry)
                            .is_some_and(|e| e.class == Class::Notable)
                })
            } else {
                None
            };
            if let Some(c) = notable {
                let entry = c.entry;
                // "Pope Francis": the title is not part of the mention.
                let mut start = ws;
                if wi.flags & W_TITLE != 0 {
                    if let Some((a, _)) = next_word_after_space(s, we) {
                        if a < dend {
                            start = a;
                        }
                    }
                }
                self.push(si, start, dend, Target::Lex(entry), Rule::Lexicon, false);
                return dend;
            }
        }
        // A title: the name after it is a person.
        if wi.flags & W_TITLE != 0 && !forced {
            if let Some(next) = self.title_chain(s, we) {
                *force_at = next;
                return next;
            }
        }
        let initial = initial_cache.unwrap_or_else(|| sentence_initial(s, ws));
        let plain = initial || title;
        // A person by rule: after a title or role, or a known given name and a surname.
        let mut run_cache: Option<(usize, usize)> = None;
        let pspan = if forced
            && wi.flags & (W_NEVER | W_ORG_HEAD) == 0
            && (wi.flags & W_COMMON == 0 || wi.flags & (W_SURNAME | W_GIVEN) != 0)
        {
            let r = self.name_run(s, ws, we);
            run_cache = Some(r);
            Some((r.0, Rule::Title))
        } else if wi.flags & W_GIVEN != 0 && wi.flags & W_NEVER == 0 {
            let (e, n) = self.name_run(s, ws, we);
            run_cache = Some((e, n));
            // "In Hong Kong": a given name that is also a common word, at the start
            // of a sentence, needs a surname that names nothing else.
            let ok = n >= 2
                && !(plain
                    && wi.flags & W_COMMON != 0
                    && next_word_after_space(s, we)
                        .and_then(|(a, b)| s.get(a..b))
                        .is_some_and(|w2| self.lex.word(w2).is_some_and(|i| i.maxtok > 0)));
            ok.then_some((e, Rule::GivenName))
        } else {
            None
        };
        let dend = dm.map_or(0, |d| d.0);
        if let Some((pe, rule)) = pspan {
            if pe > dend || (forced && pe >= dend) {
                let surname_of = dm.filter(|d| d.0 == pe).and_then(|d| {
                    self.lex
                        .cands_of(d.1)
                        .find(|c| c.how == How::Surname)
                        .map(|c| c.entry)
                });
                let t = match surname_of {
                    Some(e) => Target::Lex(e),
                    None => self.dyn_person(s.get(ws..pe).unwrap_or(w)),
                };
                self.push(si, ws, pe, t, rule, false);
                return pe;
            }
        }
        if let Some((dend, head, nt)) = dm {
            if let Some(e) = self.choose(si, s, ws, we, dend, head, nt, &wi, initial, title) {
                return e;
            }
        }
        if let Some((pe, rule)) = pspan {
            let t = self.dyn_person(s.get(ws..pe).unwrap_or(w));
            self.push(si, ws, pe, t, rule, false);
            return pe;
        }
        // "X Y said", "said X Y".
        let bad = W_NEVER | W_TITLE | W_ORG_HEAD | W_ROLE;
        // A word that names a country, a region or a large city is not taken
        // for a person's name by the one-word rules below.
        let big_place = |me: &Self| {
            dm.is_some_and(|d| {
                me.lex.cands_of(d.1).any(|c| {
                    me.lex.entry(c.entry).is_some_and(|e| {
                        matches!(e.class, Class::Country | Class::Region)
                            || (e.class == Class::City && e.pop >= 100_000)
                            || (e.class == Class::Outlet && e.curated)
                    })
                })
            })
        };
        if wi.flags & bad == 0 && !(plain && wi.flags & W_COMMON != 0) {
            let (re, n) = match run_cache {
                Some(r) => r,
                None => self.name_run(s, ws, we),
            };
            // "Wong Kwok-kin": a name whose last part is a hyphenated syllable pair.
            if n >= 2 && wi.flags & W_COMMON == 0 && hyphen_syllables(s, re) {
                let end = word_end(s, re + 1);
                let t = self.dyn_person(s.get(ws..end).unwrap_or(w));
                self.push(si, ws, end, t, Rule::NameShape, false);
                return end;
            }
            // A run that starts with a surname that is no given name is more
            // often a firm named after its founders ("Goldman Sachs said").
            if n >= 2
                && wi.flags & W_COMMON == 0
                && wi.flags & (W_SURNAME | W_GIVEN) != W_SURNAME
                && (self.said_after(s, re) || self.said_before(s, ws))
            {
                let t = self.dyn_person(s.get(ws..re).unwrap_or(w));
                self.push(si, ws, re, t, Rule::Said, false);
                return re;
            }
            if n >= 2 && !initial && wi.maxtok == 0 {
                // An unknown capitalised run ("Goldman Sachs"): no one-word rule
                // applies inside it.
                self.b.loose.push(Loose {
                    seg: si,
                    start: ws,
                    end: we,
                });
                return re;
            }
            let demonym_plural = |me: &Self| {
                w.strip_suffix('s')
                    .is_some_and(|x| me.flags(x) & W_DEMONYM != 0)
            };
            if n == 1
                && wi.flags & W_COMMON == 0
                && !title
                && !big_place(self)
                && (w.len() >= 2 && (w.is_ascii() || w.chars().count() >= 2))
                && one_capital(w)
                && !demonym_plural(self)
                && !self.org_follows(s, we)
            {
                if self.said_after(s, re) || self.said_before(s, ws) || self.who_after(s, re) {
                    self.push_loose_person(si, ws, we, w, Rule::Said);
                    return we;
                }
                if !initial && wi.flags & W_GIVEN != 0 && re == we {
                    // A known given name alone, mid-sentence.
                    self.push_loose_person(si, ws, we, w, Rule::GivenName);
                    return we;
                }
                if !initial
                    && re == we
                    && wi.flags & (W_SURNAME | W_GIVEN) == W_SURNAME
                    && !matches!(prev_word(s, ws), Some("the" | "The" | "a" | "an"))
                {
                    // A listed surname alone, mid-sentence.
                    self.push_loose_person(si, ws, we, w, Rule::Surname);
                    return we;
                }
                if !initial && re == we && name_shape(w) && wi.flags & W_SURNAME == 0 {
                    self.push_loose_person(si, ws, we, w, Rule::NameShape);
                    return we;
                }
            }
        }
        // "the Times": resolved against the document's outlets later.
        if wi.flags & W_ORG_HEAD != 0 && matches!(prev_word(s, ws), Some("the" | "The")) {
            self.b.pending_the.push(Loose {
                seg: si,
                start: ws,
                end: we,
            });
            return we;
        }
        self.b.loose.push(Loose {
            seg: si,
            start: ws,
            end: we,
        });
        we
    }

    /// Picks a dictionary candidate for `[ws, dend)` under the precision rules.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn choose(
        &mut self,
        si: u32,
        s: &str,
        ws: usize,
        we: usize,
        dend: usize,
        head: u32,
        nt: usize,
        wi: &WordInfo,
        initial: bool,
        title: bool,
    ) -> Option<usize> {
        let single = nt == 1;
        let f = if single { wi.flags } else { 0 };
        if single && f & W_NEVER != 0 {
            return None;
        }
        let plain = initial || title;
        let common1 = single && f & W_COMMON != 0;
        let namey = single && f & (W_GIVEN | W_SURNAME) != 0;
        let key = s.get(ws..dend).unwrap_or("");
        let pw = prev_word(s, ws);
        // Inside an organisation's name: "Helsinki University", "University of Helsinki".
        let org_key = key
            .split(' ')
            .next()
            .is_some_and(|w0| !single && self.flags(w0) & W_ORG_HEAD != 0);
        let org_ctx = !title && {
            let after = self.org_follows(s, dend);
            let before = pw == Some("of") && {
                let of_start = s
                    .get(..ws)
                    .map_or(0, |t| t.trim_end().len().saturating_sub(2));
                prev_word(s, of_start).is_some_and(|w2| self.flags(w2) & W_ORG_HEAD != 0)
            };
            after || before
        };
        // Only needed where capitals say nothing (sentence start, headlines).
        let all_common_multi = !single
            && plain
            && key
                .split(|c: char| !is_word_char(c))
                .filter(|x| !x.is_empty())
                .all(|x| self.flags(x) & (W_COMMON | W_NEVER) != 0 || x == "The");
        let the_before = matches!(pw, Some("the" | "The"));
        let the_lower = pw == Some("the");
        let short = single && key.chars().count() <= 2 && !key.chars().all(char::is_uppercase);
        let prep = is_loc_prep(pw);
        // "Christian Wolmar": a word after a given name is a surname, not a place.
        let after_given = single
            && pw.is_some_and(|p| {
                p.chars().next().is_some_and(char::is_uppercase)
                    && self
                        .lex
                        .word(p)
                        .is_some_and(|i| i.flags & W_GIVEN != 0 && i.maxtok == 0)
            });
        // "The Australian": an outlet whose name is one common word or demonym.
        let weak_outlet = initial && {
            let rest = key.strip_prefix("The ").unwrap_or(key);
            !rest.contains(' ') && self.flags(rest) & (W_COMMON | W_NEVER) != 0
        };
        let mut best: Option<(f32, u32, How)> = None;
        let mut places = std::mem::take(&mut self.b.places);
        places.clear();
        for c in self.lex.cands_of(head) {
            let Some(e) = self.lex.entry(c.entry) else {
                continue;
            };
            let prio = match e.class {
                Class::User => Some(1000.0),
                Class::Notable => {
                    if c.how == How::Surname {
                        Some(150.0)
                    } else {
                        None
                    }
                }
                Class::Outlet => {
                    if e.curated {
                        if (common1 && (initial || !the_before))
                            || (title && all_common_multi)
                            || weak_outlet
                        {
                            None
                        } else {
                            Some(500.0)
                        }
                    } else if org_ctx || (plain && (common1 || all_common_multi)) {
                        None
                    } else {
                        Some(20.0)
                    }
                }
                Class::Country | Class::Region | Class::City | Class::Town => {
                    let state = matches!(e.class, Class::Country | Class::Region);
                    let big = state || e.pop >= 1_000_000;
                    let city = matches!(e.class, Class::City | Class::Town);
                    if org_ctx
                        || org_key
                        || after_given
                        || (common1 && (plain || !big))
                        || (title && all_common_multi)
                        || (e.class == Class::Town && single && plain)
                        || (namey && city && e.pop < 300_000 && !prep)
                        || (short && !state)
                        || (the_lower && city && single)
                    {
                        None
                    } else {
                        let sc = self.lex.place_score(c.entry, c.how);
                        places.push((c.entry, sc));
                        Some(100.0 + sc)
                    }
                }
            };
            if let Some(p) = prio {
                if best.is_none_or(|(bp, _, _)| p > bp) {
                    best = Some((p, c.entry, c.how));
                }
            }
        }
        let r = best.and_then(|(_, entry, how)| {
            self.push_choice(
                si,
                ws,
                dend,
                key.starts_with("The "),
                entry,
                how,
                namey,
                &places,
            )
        });
        self.b.places = places;
        let _ = we;
        r
    }

    /// Records the candidate picked by `choose`, with the alternative places
    /// when they lie in more than one country.
    #[allow(clippy::too_many_arguments)]
    fn push_choice(
        &mut self,
        si: u32,
        ws: usize,
        dend: usize,
        the: bool,
        entry: u32,
        how: How,
        namey: bool,
        places: &[(u32, f32)],
    ) -> Option<usize> {
        let e = self.lex.entry(entry)?;
        let mut start = ws;
        if e.class == Class::Outlet && the {
            start = ws + 4;
        }
        let rule = if how == How::Surname {
            Rule::Surname
        } else {
            Rule::Lexicon
        };
        let is_place = e.kind == crate::EntityKind::Place;
        self.push(si, start, dend, Target::Lex(entry), rule, namey);
        if is_place && places.len() > 1 {
            let lex = self.lex;
            let mut ccs = places
                .iter()
                .filter_map(|(i, _)| lex.entry(*i).map(|e| e.cc));
            let first = ccs.next();
            if ccs.any(|c| Some(c) != first) {
                self.b.alts.push((self.b.found.len() - 1, places.to_vec()));
            }
        }
        Some(dend)
    }

    /// The document-level pass; returns the entities.
    #[inline(never)]
    pub fn finish(mut self, segments: &[&str]) -> Vec<Entity> {
        let lex = self.lex;
        // Borrowed by the maps below while `self` changes; handed back at the end.
        let dyn_names = std::mem::take(&mut self.b.dyn_names);
        // Ambiguous places by the countries the document talks about.
        if !self.b.alts.is_empty() {
            let mut votes: FastMap<[u8; 2], u32> = FastMap::default();
            // `alts` is in the order of `found` (sorted by found index).
            let alts = &self.b.alts;
            for (k, f) in self.b.found.iter().enumerate() {
                if alts.binary_search_by_key(&k, |a| a.0).is_ok() {
                    continue;
                }
                if let Target::Lex(i) = f.target {
                    if let Some(e) = lex.entry(i) {
                        if e.kind == EntityKind::Place {
                            *votes.entry(e.cc).or_default() += 1;
                        }
                    }
                }
            }
            for (k, places) in &self.b.alts {
                // The votes of each place once; `max_by` keeps the last of equals.
                let best = places
                    .iter()
                    .map(|p| {
                        let v = lex
                            .entry(p.0)
                            .map_or(0, |e| votes.get(&e.cc).copied().unwrap_or(0));
                        (v, p)
                    })
                    .max_by(|(va, a), (vb, b)| va.cmp(vb).then(a.1.total_cmp(&b.1)))
                    .map(|(_, p)| p);
                if let (Some(best), Some(f)) = (best, self.b.found.get_mut(*k)) {
                    f.target = Target::Lex(best.0);
                }
            }
        }
        // Surnames and given names of the people named in full, with the
        // positions of the full names (a surname refers to the most recent one).
        let mut full_pos: FastMap<Target, Vec<(u32, usize)>> = FastMap::default();
        let mut by_surname: FastMap<&str, Vec<Target>> = FastMap::default();
        let mut by_given: FastMap<&str, Vec<Target>> = FastMap::default();
        for f in &self.b.found {
            let is_full = match f.target {
                Target::Lex(i) => {
                    lex.entry(i).is_some_and(|e| e.class == Class::Notable)
                        && f.rule != Rule::Surname
                }
                Target::Dyn(i) => dyn_names.get(i as usize).is_some_and(|n| n.contains(' ')),
            };
            if !is_full {
                continue;
            }
            let first_time = !full_pos.contains_key(&f.target);
            full_pos.entry(f.target).or_default().push((f.seg, f.start));
            if !first_time {
                continue;
            }
            match f.target {
                Target::Lex(i) => {
                    let Some(e) = lex.entry(i) else { continue };
                    let from = lex.surnames.partition_point(|(j, _)| *j < i);
                    let mine = lex.surnames.get(from..).unwrap_or(&[]);
                    for (_, sn) in mine.iter().take_while(|(j, _)| *j == i) {
                        add_target(&mut by_surname, sn, f.target);
                    }
                    if let Some(last) = surname_of(&e.name, lex) {
                        add_target(&mut by_surname, last, f.target);
                    }
                }
                Target::Dyn(i) => {
                    let Some(name) = dyn_names.get(i as usize) else {
                        continue;
                    };
                    if let Some(last) = surname_of(name, lex) {
                        add_target(&mut by_surname, last, f.target);
                    }
                    if let Some(first) = name.split(' ').next() {
                        if lex.flags(first) & W_GIVEN != 0 {
                            add_target(&mut by_given, first, f.target);
                        }
                    }
                }
            }
        }
        let by_surname = with_positions(by_surname, &full_pos);
        let by_given = with_positions(by_given, &full_pos);
        // The person a surname (or given name) refers to: the one named in
        // full most recently before it, else the first named in full after it.
        let resolve = |cands: Option<&Named>, seg: u32, start: usize| -> Option<Target> {
            let cands = cands?;
            if cands.targets == 1 {
                return cands.pos.first().map(|p| p.1);
            }
            let k = cands.pos.partition_point(|p| p.0 < (seg, start));
            match k.checked_sub(1) {
                Some(k) => cands.pos.get(k).map(|p| p.1),
                None => cands.pos.first().map(|p| p.1),
            }
        };
        // Mentions that are only a surname (or a given name).
        let text_of = |seg: u32, a: usize, b: usize| -> &str {
            segments
                .get(seg as usize)
                .and_then(|s| s.get(a..b))
                .unwrap_or("")
        };
        let mut redirect: Vec<(usize, Target)> = Vec::new();
        for (k, f) in self.b.found.iter().enumerate() {
            let t = text_of(f.seg, f.start, f.end);
            let single_person = match f.target {
                Target::Dyn(i) => dyn_names.get(i as usize).is_some_and(|n| !n.contains(' ')),
                Target::Lex(_) => f.rule == Rule::Surname || f.namey,
            };
            if !single_person {
                continue;
            }
            if let Some(t2) = resolve(by_surname.get(t), f.seg, f.start) {
                redirect.push((k, t2));
            } else if let (Target::Dyn(_), Some(t2)) =
                (f.target, resolve(by_given.get(t), f.seg, f.start))
            {
                redirect.push((k, t2));
            }
        }
        for (k, t) in redirect {
            if let Some(f) = self.b.found.get_mut(k) {
                if f.target != t || f.rule == Rule::Surname {
                    f.target = t;
                    f.rule = Rule::BackReference;
                }
            }
        }
        if by_surname.is_empty() {
            self.b.loose.clear();
        }
        let loose = std::mem::take(&mut self.b.loose);
        // A cheap first test: the lengths of the surnames (all short).
        let mut lens = 0u64;
        for k in by_surname.keys() {
            lens |= 1u64 << k.len().min(63);
        }
        for &l in &loose {
            if lens & (1u64 << (l.end - l.start).min(63)) == 0 {
                continue;
            }
            let t = text_of(l.seg, l.start, l.end);
            if !by_surname.contains_key(t) {
                continue;
            }
            let seg = segments.get(l.seg as usize).copied().unwrap_or("");
            if self.org_follows(seg, l.end) {
                continue; // "Warhol Museum"
            }
            if let Some(target) = resolve(by_surname.get(t), l.seg, l.start) {
                self.push(l.seg, l.start, l.end, target, Rule::BackReference, false);
            }
        }
        self.b.loose = loose;
        // "the Times" when the document names exactly one outlet ending in "Times".
        if !self.b.pending_the.is_empty() {
            let mut by_last: FastMap<&str, Vec<Target>> = FastMap::default();
            for f in &self.b.found {
                if let Target::Lex(i) = f.target {
                    if let Some(e) = lex.entry(i) {
                        if e.class == Class::Outlet && e.name.contains(' ') {
                            if let Some(last) = e.name.rsplit(' ').next() {
                                let v = by_last.entry(last).or_default();
                                if !v.contains(&f.target) {
                                    v.push(f.target);
                                }
                            }
                        }
                    }
                }
            }
            let pending = std::mem::take(&mut self.b.pending_the);
            for &l in &pending {
                let t = text_of(l.seg, l.start, l.end);
                if let Some([target]) = by_last.get(t).map(Vec::as_slice) {
                    let target = *target;
                    self.push(l.seg, l.start, l.end, target, Rule::BackReference, false);
                }
            }
            self.b.pending_the = pending;
        }
        // Group by entity, in document order: first the entity of each
        // mention and the number of mentions of each entity (so that every
        // vector is allocated once), then the entities.
        self.b.found.sort_by_key(|f| (f.seg, f.start));
        let found = std::mem::take(&mut self.b.found);
        let mut order = std::mem::take(&mut self.b.order);
        order.clear();
        let mut slots = std::mem::take(&mut self.b.slots);
        let mut counts = std::mem::take(&mut self.b.counts);
        slots.clear();
        counts.clear();
        for f in &found {
            let k = match order.get(&f.target) {
                Some(&k) => k,
                None => {
                    if let Target::Lex(i) = f.target {
                        if lex.entry(i).is_none() {
                            slots.push(usize::MAX);
                            continue;
                        }
                    }
                    order.insert(f.target, counts.len());
                    counts.push(0);
                    counts.len() - 1
                }
            };
            if let Some(c) = counts.get_mut(k) {
                *c += 1;
            }
            slots.push(k);
        }
        let mut out: Vec<Entity> = Vec::with_capacity(counts.len());
        for (f, &k) in found.iter().zip(&slots) {
            if k == usize::MAX {
                continue;
            }
            let text = text_of(f.seg, f.start, f.end).to_string();
            let m = Mention {
                segment: f.seg as usize,
                start: f.start,
                end: f.end,
                text,
                rule: f.rule,
            };
            if let Some(e) = out.get_mut(k) {
                e.mentions.push(m);
                continue;
            }
            let mut mentions = Vec::with_capacity(counts.get(k).copied().unwrap_or(1));
            mentions.push(m);
            let ent = match f.target {
                Target::Lex(i) => match lex.entry(i) {
                    Some(e) => Entity {
                        kind: e.kind.clone(),
                        name: e.name.to_string(),
                        id: e.full_id(),
                        mentions,
                    },
                    None => continue,
                },
                Target::Dyn(i) => {
                    let name = dyn_names.get(i as usize).cloned().unwrap_or_default();
                    let sl = slug(&name);
                    let mut id = String::with_capacity(7 + sl.len());
                    id.push_str("person:");
                    id.push_str(&sl);
                    Entity {
                        kind: EntityKind::Person,
                        id,
                        name,
                        mentions,
                    }
                }
            };
            out.push(ent);
        }
        self.b.found = found;
        self.b.dyn_names = dyn_names;
        self.b.order = order;
        self.b.slots = slots;
        self.b.counts = counts;
        out
    }
}

/// Adds `t` to the targets of `key` (once: all the keys of one target are
/// added one after the other).
fn add_target<'k>(map: &mut FastMap<&'k str, Vec<Target>>, key: &'k str, t: Target) {
    let v = map.entry(key).or_default();
    if v.last() != Some(&t) {
        v.push(t);
    }
}

/// The people a surname or given name may refer to: how many, and the
/// positions of their full names, sorted (with the person named there).
struct Named {
    targets: usize,
    pos: Vec<((u32, usize), Target)>,
}

/// The positions of the full names of each key's people, merged and sorted,
/// so that resolving a mention is a binary search however many people share
/// a surname.
fn with_positions<'k>(
    map: FastMap<&'k str, Vec<Target>>,
    full_pos: &FastMap<Target, Vec<(u32, usize)>>,
) -> FastMap<&'k str, Named> {
    map.into_iter()
        .map(|(k, ts)| {
            let mut pos: Vec<((u32, usize), Target)> = ts
                .iter()
                .flat_map(|t| full_pos.get(t).into_iter().flatten().map(move |p| (*p, *t)))
                .collect();
            pos.sort_unstable();
            let n = Named {
                targets: ts.len(),
                pos,
            };
            (k, n)
        })
        .collect()
}

/// A name particle ("von", "de", "Di"), in any case.
fn is_particle(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 4 {
        return false;
    }
    let mut a = [0u8; 4];
    for (d, x) in a.iter_mut().zip(b) {
        *d = x.to_ascii_lowercase();
    }
    let l = a.get(..b.len()).unwrap_or(&[]);
    is_particle_lower(l)
}

/// "-kin" in "Kwok-kin": a hyphen and a short lower-case syllable after a name word.
fn hyphen_syllables(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if byte(b, end) != b'-' || !byte(b, end + 1).is_ascii_lowercase() {
        return false;
    }
    let e = word_end(s, end + 1);
    (2..=5).contains(&(e - end - 1)) && !is_word_at(s, e) && byte(b, e) != b'-'
}

/// Surname endings typical of Slavic, Baltic, Caucasian, Balkan, Romanian,
/// Greek and Turkish names ("Gorbachev", "Zelensky", "Saakashvili").
fn name_shape(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "sky", "skyi", "skiy", "ski", "ska", "enko", "vich", "vych",
        "ić", "shvili", "dze", "yan", "escu", "poulos", "akis", "oglu", "oğlu", "chuk", "czyk",
    ];
    w.chars().count() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// The surname of a full name: its last word that is not a suffix.
fn surname_of<'n>(name: &'n str, lex: &Inner) -> Option<&'n str> {
    name.split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.'))
        .rfind(|w| lex.flags(w) & W_SUFFIX == 0 && w.chars().count() > 1)
        .filter(|w| name.contains(' ') && (w.chars().count() > 2 || lex.flags(w) & W_COMMON == 0))
}

/// A lower-case ASCII slug for dynamic ids.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A raw dictionary match (see [`crate::Lexicon::find_iter`]).
pub(crate) fn raw_next(lex: &Inner, s: &str, mut i: usize) -> Option<(usize, usize, u32, usize)> {
    let doc = Doc::new(lex);
    while let Some((ws, we)) = next_word(s, i) {
        i = we;
        let w = s.get(ws..we).unwrap_or("");
        if !is_upper_at(s, ws) && !lex.lower_maybe(w) {
            continue;
        }
        let Some(wi) = lex.word(w) else { continue };
        if wi.maxtok == 0 {
            continue;
        }
        if let Some((end, head, _)) = doc.longest(s, ws, we, wi) {
            // The best candidate by a static preference.
            let best = lex
                .cands_of(head)
                .max_by(|a, b| static_rank(lex, a).total_cmp(&static_rank(lex, b)))?;
            return Some((ws, end, best.entry, end));
        }
    }
    None
}

fn static_rank(lex: &Inner, c: &Cand) -> f32 {
    match lex.entry(c.entry) {
        Some(e) => match e.class {
            Class::User => 1000.0,
            Class::Notable => {
                if c.how == How::Surname {
                    150.0
                } else {
                    900.0
                }
            }
            Class::Outlet => {
                if e.curated {
                    500.0
                } else {
                    20.0
                }
            }
            _ => 100.0 + lex.place_score(c.entry, c.how),
        },
        None => 0.0,
    }
}

#[cfg(test)]
mod fast_tests {
    use super::*;

    #[test]
    fn word_lists_match_their_fast_tests() {
        for w in common_words::SAID_AFTER {
            assert!(is_said_after(w), "{w}");
        }
        for w in common_words::SAID_BEFORE {
            assert!(is_said_before(w), "{w}");
        }
        for w in ["say", "Said", "saidx", "", "laugh"] {
            assert!(!is_said_after(w) && !is_said_before(w), "{w}");
        }
        for p in common_words::PARTICLES {
            let up = p.to_uppercase();
            let cap = format!("{}{}", &up[..1], &p[1..]);
            for v in [p.to_string(), up, cap] {
                assert_eq!(is_particle(&v), v.len() <= 4, "{v}");
            }
        }
        for w in ["vo", "vann", "ibnx", "Smith", "", "é"] {
            assert!(!is_particle(w), "{w}");
        }
        for w in ["Mr", "Mrs", "vs", "Ft", "Capt"] {
            assert!(is_abbrev(w), "{w}");
        }
        for w in ["mat", "Mister", "M", "Cap", "No1"] {
            assert!(!is_abbrev(w), "{w}");
        }
    }

    /// The SWAR test against a byte-by-byte one, every byte in every lane.
    #[test]
    fn interesting_bytes() {
        for lane in 0..8 {
            for x in 0..=255u8 {
                let mut a = [b'a'; 8];
                a[lane] = x;
                let m = interesting(u64::from_le_bytes(a));
                let want = x.is_ascii_uppercase() || x == b'.' || x >= 0x80;
                assert_eq!(m != 0, want, "{x:#x} in lane {lane}");
                if want {
                    assert_eq!(m.trailing_zeros() / 8, lane as u32);
                }
            }
        }
    }

    /// The byte-level text tests against their `char`-level versions.
    #[test]
    fn byte_and_char_versions_agree() {
        let texts = [
            "He said. The cat. Mr. Smith met U.S. officials; Then \"Why\" (Yes) [No] {x} *Bold*",
            "\nNew line. A. B. Capt. Kirk! Ok? Fine: so; |Pipe| vs. Them",
            "Ünïcödé wörds. Then Éric said “Hi” — ok. • Bullet. Straße Ação",
            "x",
            "",
            " ",
            "..",
            "A",
            "ab cd ef",
            "one  two",
            "end.",
        ];
        for t in texts {
            for i in 0..=t.len() {
                if !t.is_char_boundary(i) {
                    continue;
                }
                assert_eq!(
                    sentence_initial(t, i),
                    sentence_initial_slow(t, i),
                    "{t:?} at {i}"
                );
                assert_eq!(prev_word(t, i), prev_word_slow(t, i), "{t:?} at {i}");
            }
            assert_eq!(title_mode(t), title_mode_slow(t), "{t:?}");
        }
        for t in [
            "Putin Signals Openness to Talks With the West",
            "Putin signals openness to talks with the west",
            "A Very Long Title With Many Words And Some Lower case words here and there",
        ] {
            assert_eq!(title_mode(t), title_mode_slow(t), "{t:?}");
        }
    }

    /// One word-table slot stays 24 bytes (memory).
    #[test]
    fn word_info_stays_small() {
        assert!(std::mem::size_of::<WordInfo>() <= 16);
    }
}
