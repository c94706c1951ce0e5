//! The scanner: finds URL candidates in a text and rebuilds each one from its
//! raw bytes, deciding where it ends.
//!
//! One left-to-right pass. `memchr` jumps to the bytes that can be part of a
//! URL trigger (`.`, `/`; a defanged `[.]` holds a dot); each trigger either
//! starts a candidate or is rejected after looking at a bounded
//! neighbourhood, and the scan resumes after everything that was looked at,
//! so the whole pass is linear.
//!
//! Fast lanes keep news text cheap; each gives exactly the answer of the
//! general code, which the tests below check on generated text:
//! - [`dot_rejected`]: a dot that ends a sentence (or follows punctuation)
//!   is dropped from the two bytes around it, and the dot of a short
//!   decimal number ("3.5", "$21.41") from the few around it, before any
//!   char decoding;
//! - [`fast_scheme`]: a clean `http(s)://` URL of plain ASCII is measured
//!   with byte runs and returned borrowed from the text (no builder, no
//!   allocation); the join decision at a following space is still
//!   [`decide`]'s, and anything unusual falls back to [`try_slash`].

use crate::chars::{
    all_bytes, at, before, class, entity, is_invisible, is_joiner, is_label_char, is_terminator,
    is_word_char, PLAIN,
};
use crate::words;
use crate::Fix;
use std::borrow::Cow;

/// How much the scanner trusts that it is looking at a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Running text: a URL must earn every fragment it absorbs.
    Text,
    /// The caller says the text is one URL: fragments are joined unless they
    /// read as prose.
    Raw,
}

/// Scanner settings for one call.
pub(crate) struct Ctx<'h> {
    pub mode: Mode,
    /// Lower-case words of the hint (headline), for joining split words.
    pub hint: &'h [String],
    /// Use the fast lanes ([`fast_scheme`], [`dot_rejected`]); off only in
    /// the tests that check them against the general scanner.
    pub fast_lanes: bool,
}

impl Ctx<'static> {
    /// Running text, no hint, fast lanes on: what `find` and `extract` scan with.
    pub const TEXT: Ctx<'static> = Ctx {
        mode: Mode::Text,
        hint: &[],
        fast_lanes: true,
    };
}

/// How the candidate names its scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SchemeKind {
    /// `https://...` (repaired if it was damaged).
    Full,
    /// `//host/...`
    Relative,
    /// `www.example.com/...`, `example.co.uk/...`
    None,
}

/// One candidate: its raw span and the URL rebuilt from it.
#[derive(Debug, Clone)]
pub(crate) struct Cand<'t> {
    pub start: usize,
    pub end: usize,
    /// Borrowed from the text when the raw URL needed no change.
    pub url: Cow<'t, str>,
    pub scheme: SchemeKind,
    pub fixes: Vec<Fix>,
    pub conf: f32,
    /// The target of markdown or HTML link syntax.
    pub target: bool,
    /// Found by the fast lane in normal form: `url` is the normalized URL,
    /// with a lower-case `http(s)` scheme, a host in normal form, and a
    /// path of [`crate::clean::path_byte`]s with no `.` right after a `/` (so no
    /// query, fragment, entity or dot segment).
    pub normal: bool,
}

/// Longest host we accept (RFC 1035).
const MAX_HOST: usize = 253;
/// How far a fragment or a line tail is looked at when deciding a join.
const LOOKAHEAD: usize = 512;

/// Scheme spellings: written form, canonical scheme, repair (None = clean).
/// Longest first so that the longest matching suffix of a letter run wins.
const SCHEMES: &[(&str, &str, Option<Fix>)] = &[
    ("hxxxps", "https", Some(Fix::Defanged)),
    ("htttps", "https", Some(Fix::MalformedScheme)),
    ("hhttps", "https", Some(Fix::MalformedScheme)),
    ("httpss", "https", Some(Fix::MalformedScheme)),
    ("hxxps", "https", Some(Fix::Defanged)),
    ("hxxxp", "http", Some(Fix::Defanged)),
    ("htttp", "http", Some(Fix::MalformedScheme)),
    ("hhttp", "http", Some(Fix::MalformedScheme)),
    ("https", "https", None),
    ("hxxp", "http", Some(Fix::Defanged)),
    ("http", "http", None),
    ("htps", "https", Some(Fix::MalformedScheme)),
    ("ttps", "https", Some(Fix::MalformedScheme)),
    ("htp", "http", Some(Fix::MalformedScheme)),
    ("ttp", "http", Some(Fix::MalformedScheme)),
    ("ftp", "ftp", None),
    ("fxp", "ftp", Some(Fix::Defanged)),
];

/// Runs the scanner over `t`, calling `emit` for each candidate in order
/// until it returns false.
pub(crate) fn scan<'t>(t: &'t str, ctx: &Ctx<'_>, mut emit: impl FnMut(Cand<'t>) -> bool) {
    for c in Scanner::new(t, ctx) {
        if !emit(c) {
            return;
        }
    }
}

/// The scanner as an iterator of candidates, in text order.
pub(crate) struct Scanner<'t, 'c, 'h> {
    t: &'t str,
    ctx: &'c Ctx<'h>,
    /// Where the search for the next trigger starts: after everything
    /// consumed, so the dots and slashes inside a URL are never looked at
    /// twice.
    pos: usize,
    /// The end of the last candidate: no candidate reaches back before it.
    floor: usize,
    triggers: Triggers,
}

impl<'t, 'c, 'h> Scanner<'t, 'c, 'h> {
    pub(crate) fn new(t: &'t str, ctx: &'c Ctx<'h>) -> Self {
        Scanner {
            t,
            ctx,
            pos: 0,
            floor: 0,
            triggers: Triggers::new(ctx),
        }
    }

    /// Where the scan has got to, as a byte offset.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }
}

impl<'t> Iterator for Scanner<'t, '_, '_> {
    type Item = Cand<'t>;

    fn next(&mut self) -> Option<Cand<'t>> {
        let (t, ctx, floor) = (self.t, self.ctx, self.floor);
        let bytes = t.as_bytes();
        loop {
            let i = self.triggers.find(bytes, self.pos)?;
            let r = match bytes.get(i) {
                Some(b'/') => {
                    // Returned from here, not through `r`: each move of a
                    // candidate just written costs a stall (its fields are
                    // stored one by one, then read back 16 bytes at a
                    // time).
                    if ctx.fast_lanes {
                        match fast_scheme(t, i, floor, ctx) {
                            Some(Fast::Url {
                                start,
                                end,
                                punct,
                                normal,
                            }) => {
                                self.pos = end.max(i + 1);
                                self.floor = end;
                                // Built where it is returned: see `Fast`.
                                return Some(Cand {
                                    start,
                                    end,
                                    url: Cow::Borrowed(t.get(start..end)?),
                                    scheme: SchemeKind::Full,
                                    fixes: cut_fixes(punct),
                                    conf: 1.0,
                                    target: false,
                                    normal,
                                });
                            }
                            Some(Fast::Joined(c)) => {
                                self.pos = c.end.max(i + 1);
                                self.floor = c.end;
                                return Some(c);
                            }
                            None => {}
                        }
                    }
                    try_slash(t, i, floor, ctx)
                }
                _ if ctx.fast_lanes && ctx.mode == Mode::Text && dot_rejected(bytes, i) => {
                    Err(i + 1)
                }
                _ if ctx.fast_lanes
                    && ctx.mode == Mode::Text
                    && i.checked_sub(1)
                        .and_then(|p| bytes.get(p))
                        .is_some_and(u8::is_ascii_alphanumeric)
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) =>
                {
                    match run_rejected(t, i, floor) {
                        Some(skip) => Err(skip),
                        None => try_dot(t, i, i, floor, ctx),
                    }
                }
                _ => try_dot(t, i, i, floor, ctx),
            };
            match r {
                Ok(c) => {
                    self.pos = c.end.max(i + 1);
                    self.floor = c.end;
                    return Some(c);
                }
                Err(skip) => self.pos = skip.max(i + 1),
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Fast lanes: cheap byte tests that give the same answer as the general
// scanner in the common cases, so prose and clean URLs cost little.

/// A dot in running text that [`try_dot`] would reject: the `Err(i + 1)`
/// cases decided by the bytes right before and after it (a sentence end, a
/// dot after punctuation), and the dot of a short decimal number
/// ([`decimal_dot`]). Anything else, a possible defanged dot included, goes
/// to [`try_dot`].
#[inline]
fn dot_rejected(bytes: &[u8], i: usize) -> bool {
    let Some(&n) = bytes.get(i + 1) else {
        return true;
    };
    if n >= 0x80 || matches!(n, b')' | b']' | b'}') {
        return false;
    }
    let prev_ok = match i.checked_sub(1).and_then(|p| bytes.get(p)) {
        None => return true,
        Some(&p) => p >= 0x80 || p.is_ascii_alphanumeric(),
    };
    if !prev_ok {
        return true;
    }
    if n.is_ascii_alphanumeric() {
        return n.is_ascii_digit() && decimal_dot(bytes, i);
    }
    if (n as char).is_whitespace() {
        // "www. example. com" is bridged after "www" only.
        let www = i
            .checked_sub(3)
            .and_then(|s| bytes.get(s..i))
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www"));
        return !www;
    }
    true
}

/// The dot of a decimal number in prose ("3.5 ", "$21.41,"), which
/// [`try_dot`] rejects: a digit on either side, no other dot in the four
/// bytes before it, and one or two digits after it up to a byte that ends
/// the run of host bytes for good ([`ends_run`]) or the end of the text.
/// The run's last label is then all digits, so it must be an IPv4 address
/// to be a host; but that needs a dot at most four bytes before its last
/// one. (A digit at `i + 1`: the caller saw it.)
#[inline]
fn decimal_dot(bytes: &[u8], i: usize) -> bool {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let ends = |k: usize| bytes.get(k).is_none_or(|&b| ends_run(b));
    i.checked_sub(1).is_some_and(digit)
        && (ends(i + 2) || (digit(i + 2) && ends(i + 3)))
        && !bytes
            .get(i.saturating_sub(4)..i)
            .is_some_and(|b| b.contains(&b'.'))
}

/// An ASCII byte that bounds a host run: neither a label byte (letter,
/// digit, `-`, `_`) nor `.`.
#[inline]
fn ends_host(b: u8) -> bool {
    b.is_ascii() && !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// A byte after which [`try_dot`] sees no more of a host run and checks it
/// as it stands: [`ends_host`], and not one of `[({&`, where a defanged or
/// entity dot may go on.
#[inline]
fn ends_run(b: u8) -> bool {
    ends_host(b) && !matches!(b, b'[' | b'(' | b'{' | b'&')
}

/// The search for the next dot or slash.
///
/// In running text with the fast lanes on, most dots end sentences and
/// [`dot_rejected`] drops them; stopping at each one cost more than the rest
/// of the scan. There, on x86-64 CPUs with AVX-512 (BW) or AVX2 (detected at
/// run time), [`blocks`] computes one bit per byte for 128 bytes at a time:
/// a slash, or a dot that [`dot_rejected`] could keep (one followed by a
/// digit, a letter, a closing bracket or a non-ASCII byte, or one after
/// `w`, the `www. example` case), so that `...`, `."` and `.,` cost no
/// stop. The search stops only at those bits, and keeps the block's bits
/// between calls, so the next stop in the same block costs a shift and a
/// trailing-zero count. Every dot it passes over is one [`dot_rejected`]
/// rejects, so the candidates are the same (checked by the tests below).
/// Elsewhere, and for the last bytes, the memchr crate's search for `.` and
/// `/` is used, its AVX2 searcher directly when there is one, which saves
/// its per-call dispatch.
struct Triggers {
    /// The block search's vector level, when it is used.
    #[cfg(target_arch = "x86_64")]
    level: Option<blocks::Level>,
    /// The last block found, with the bits of the stops already made.
    #[cfg(target_arch = "x86_64")]
    block: blocks::Block,
    /// `(s, tail)`: the block search from `s` found nothing before `tail`,
    /// where whole blocks end.
    #[cfg(target_arch = "x86_64")]
    tail: Option<(usize, usize)>,
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Two>,
}

impl Triggers {
    fn new(ctx: &Ctx<'_>) -> Self {
        #[cfg(target_arch = "x86_64")]
        let level = if ctx.fast_lanes && ctx.mode == Mode::Text {
            blocks::Level::detect()
        } else {
            None
        };
        #[cfg(not(target_arch = "x86_64"))]
        let _ = ctx;
        Triggers {
            #[cfg(target_arch = "x86_64")]
            level,
            #[cfg(target_arch = "x86_64")]
            block: blocks::Block::default(),
            #[cfg(target_arch = "x86_64")]
            tail: None,
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Two::new(b'.', b'/'),
        }
    }

    /// [`Triggers::new`] with the block search at `level` (None: memchr
    /// only), for the tests of every level this CPU has.
    #[cfg(all(test, target_arch = "x86_64"))]
    fn at_level(level: Option<blocks::Level>) -> Self {
        Triggers {
            level,
            ..Triggers::new(&Ctx::TEXT)
        }
    }

    /// The next dot or slash at or after `pos` that may start a candidate.
    #[inline]
    fn find(&mut self, bytes: &[u8], pos: usize) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        {
            let mut from = pos;
            if let Some(level) = self.level {
                match self.next_in_blocks(bytes, pos, level) {
                    Ok(i) => return Some(i),
                    Err(tail) => from = tail,
                }
            }
            if let Some(two) = &self.avx2 {
                return two.find(bytes.get(from..)?).map(|o| from + o);
            }
            let rest = bytes.get(from..)?;
            memchr::memchr2(b'.', b'/', rest).map(|o| from + o)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let rest = bytes.get(pos..)?;
            memchr::memchr2(b'.', b'/', rest).map(|o| pos + o)
        }
    }

    /// The next stop at or after `pos` from the blocks: `Ok(i)`, or
    /// `Err(from)`, where the byte search takes over.
    #[cfg(target_arch = "x86_64")]
    #[inline]
    fn next_in_blocks(
        &mut self,
        bytes: &[u8],
        mut pos: usize,
        level: blocks::Level,
    ) -> Result<usize, usize> {
        if pos == 0 {
            // The first byte has nothing before it, so no block holds it:
            // a slash, or a dot that `dot_rejected` keeps.
            match bytes.first() {
                None => return Err(0),
                Some(b'/') => return Ok(0),
                Some(b'.') if !dot_rejected(bytes, 0) => return Ok(0),
                Some(_) => pos = 1,
            }
        }
        loop {
            let b = self.block;
            let off = pos.wrapping_sub(b.base);
            if off < b.len {
                let m = b.bits >> off;
                if m != 0 {
                    return Ok(pos + m.trailing_zeros() as usize);
                }
                pos = b.base + b.len;
            }
            if let Some((s, tail)) = self.tail {
                if pos >= s {
                    return Err(pos.max(tail));
                }
            }
            match blocks::next(bytes, pos, level, &mut self.block) {
                Ok(()) => {
                    // Nothing between `pos` and the block.
                    pos = pos.max(self.block.base);
                }
                Err(tail) => {
                    self.tail = Some((pos, tail));
                    return Err(tail);
                }
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod blocks;

/// In running text without a hint: is the white space at `g` one space
/// followed by a word of the prose list ("for", "and") standing alone? Then
/// [`decide`] answers None without looking further (its first rule).
#[inline]
fn prose_word_follows(bytes: &[u8], g: usize, ctx: &Ctx<'_>) -> bool {
    if ctx.mode != Mode::Text || !ctx.hint.is_empty() || bytes.get(g) != Some(&b' ') {
        return false;
    }
    let Some(rest) = bytes.get(g + 1..) else {
        return false;
    };
    match rest.first_chunk::<17>() {
        Some(w) => prose_word_at(w),
        None => prose_word_in(rest),
    }
}

/// Does `rest` start with a word of the prose list (ASCII letters, at most
/// 16) that white space or the end of the text follows? Byte by byte.
fn prose_word_in(rest: &[u8]) -> bool {
    let n = rest
        .iter()
        .take(17)
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len().min(17));
    let ends = match rest.get(n) {
        None => true,
        Some(&b) => b < 0x80 && (b as char).is_whitespace(),
    };
    n > 0 && ends && rest.get(..n).is_some_and(words::is_prose_bytes)
}

/// [`prose_word_in`] for the 17 bytes of `w`, sixteen of them at once
/// ([`words::letters_len`]): no loop whose exit depends on the word's
/// length, and the key taken from the bytes as they are.
#[inline]
fn prose_word_at(w: &[u8; 17]) -> bool {
    let Some(head) = w.first_chunk::<16>() else {
        return false;
    };
    let v = u128::from_le_bytes(*head);
    let n = words::letters_len(v);
    if n == 16 {
        // Sixteen letters or more: the byte after them decides.
        return prose_word_in(w);
    }
    let ends = w
        .get(n)
        .is_some_and(|&b| b < 0x80 && (b as char).is_whitespace());
    n > 0 && ends && words::is_prose_key(words::letters_key(v, n))
}

/// The common candidate, decided without the builder: a clean `http://` or
/// `https://` URL in plain ASCII after white space (or at the start), with a
/// host of letters, digits, inner hyphens and dots followed by a path. At
/// `i`, the first slash of `://`. Returns None whenever anything needs the
/// general scanner ([`try_slash`]), which then decides as it always does;
/// when it returns a candidate, it is the one the general scanner returns.
fn fast_scheme<'t>(t: &'t str, i: usize, floor: usize, ctx: &Ctx<'_>) -> Option<Fast<'t>> {
    let bytes = t.as_bytes();
    if bytes.get(i + 1) != Some(&b'/') || i < 5 || bytes.get(i - 1) != Some(&b':') {
        return None;
    }
    // "https" or "http" before the colon. Which one is chosen by
    // arithmetic, not a branch: the two come in no order a CPU can predict.
    let s = usize::from(bytes.get(i - 2) == Some(&b's'));
    let start = (i - 5).checked_sub(s)?;
    if bytes.get(start..start + 4) != Some(b"http") {
        return None;
    }
    if start < floor {
        // The scheme's letters reach into the previous candidate: the
        // general scanner decides what is left.
        return None;
    }
    let ws = |b: u8| matches!(b, b' ' | b'\n' | b'\t' | b'\r');
    match start.checked_sub(1).and_then(|p| bytes.get(p)) {
        None => {}
        Some(&p) if ws(p) => {
            // `href= "https://..."` style link syntax is left to the
            // general scanner.
            let mut k = start - 1;
            let mut n = 0;
            while k > 0 && bytes.get(k - 1).is_some_and(|&b| ws(b)) {
                k -= 1;
                n += 1;
                if n > 16 {
                    return None;
                }
            }
            let pre = bytes.get(k.saturating_sub(6)..k)?;
            if pre
                .last()
                .is_some_and(|&b| b >= 0x80 || matches!(b, b'=' | b'"' | b'\'' | b'('))
            {
                return None;
            }
        }
        _ => return None,
    }
    // Host: labels of ASCII letters and digits with inner hyphens, then
    // the path's slash.
    let host_start = i + 2;
    let (mut j, normal_host) = host_end(bytes, host_start)?;
    if j - host_start > MAX_HOST {
        return None;
    }
    // Path, query, fragment; `odd`: the first byte from `path_start` on
    // that is not a path byte of a URL in normal form (see
    // [`plain_path_end`]).
    let path_start = j;
    let mut gap_at = None;
    let mut odd = usize::MAX;
    loop {
        let (e, o) = plain_path_end(bytes, j, odd == usize::MAX);
        j = e;
        odd = odd.min(o);
        let Some(&c) = bytes.get(j) else { break };
        if c == b'&' {
            if t.get(j..).and_then(entity).is_some() {
                return None;
            }
            j += 1;
        } else if c < 0x80 {
            if (c as char).is_whitespace() {
                gap_at = Some(j);
                break;
            }
            if is_terminator(c as char) {
                break;
            }
            return None;
        } else {
            let ch = at(t, j)?;
            if ch.is_whitespace() {
                gap_at = Some(j);
                break;
            }
            if is_terminator(ch) {
                break;
            }
            return None;
        }
    }
    if let Some(g) = gap_at.filter(|&g| !prose_word_follows(bytes, g, ctx)) {
        let v = View {
            out: t.get(start..g)?,
            path_start: Some(path_start - start),
        };
        if let Some(join) = decide(t, g, v, ctx) {
            // The URL goes on after the gap ("a-\nb", "a/ b"): the general
            // scanner's path loop takes over from there.
            return go_on(t, [start, host_start, path_start, g], join, ctx).map(Fast::Joined);
        }
    }
    let end = trailing_cut(bytes, path_start, j);
    Some(Fast::Url {
        start,
        end,
        punct: end < j,
        normal: normal_host && odd >= end,
    })
}

/// When `raw` is one clean `http(s)://` URL in normal form (see
/// [`Cand::normal`]), perhaps followed by the prose punctuation
/// [`fast_scheme`] cuts: where the URL ends. The scanner in raw mode then
/// returns `raw[..end]` as its first candidate (its first stop is the `/`
/// of `://`, [`fast_scheme`] takes the URL whole, and the punctuation
/// starts no other candidate), and [`crate::build`] returns it as it is.
/// None when the text does not fit the vector tests (a host of 32 bytes or
/// more, fewer than 32 bytes after the scheme) or anything else needs a
/// closer look.
#[cfg(target_arch = "x86_64")]
pub(crate) fn normal_url_end(raw: &str) -> Option<usize> {
    let b = raw.as_bytes();
    let host_start = crate::clean::scheme_len(b)?;
    let (e, normal) = short_host(blocks::host_masks(b, host_start)?)??;
    let path_start = host_start + e as usize;
    if !normal || b.get(path_start) != Some(&b'/') {
        return None;
    }
    let end = trailing_cut(b, path_start, b.len());
    blocks::path_plain(b, path_start, end)?.then_some(end)
}

/// Where a URL ending at `end` ends without the prose punctuation after it
/// (`.,;:!?*`), which is cut back to `path_start` at most: the cut of
/// [`fast_scheme`], which the lanes of `repair` for clean URLs repeat.
#[inline]
pub(crate) fn trailing_cut(bytes: &[u8], path_start: usize, mut end: usize) -> usize {
    while end > path_start && bytes.get(end - 1).is_some_and(|b| b".,;:!?*".contains(b)) {
        end -= 1;
    }
    end
}

/// The fixes of a clean URL: trailing punctuation when some was cut.
#[inline]
pub(crate) fn cut_fixes(cut: bool) -> Vec<Fix> {
    if cut {
        vec![Fix::TrailingPunctuation]
    } else {
        Vec::new()
    }
}

/// What [`fast_scheme`] found.
///
/// The clean URL comes back as its offsets, and [`Scanner::next`] builds
/// the candidate where it returns it. A candidate built here and then moved
/// was stored field by field and read back eight bytes at a time (its
/// confidence and flags), a load the CPU cannot forward from those stores:
/// a stall at every URL, seen in profiles.
enum Fast<'t> {
    /// `t[start..end]`, a clean URL; `punct`: trailing punctuation was cut
    /// ([`Fix::TrailingPunctuation`]); `normal`: see [`Cand::normal`].
    Url {
        start: usize,
        end: usize,
        punct: bool,
        normal: bool,
    },
    /// The URL goes on after a gap ([`go_on`]).
    Joined(Cand<'t>),
}

/// The candidate of [`fast_scheme`] when [`decide`] joins the text after
/// the gap at `g` (`at`: the URL's start, its host's, its path's, and
/// `g`), with the builder in the state [`try_slash`] reaches at `g` for
/// the same plain ASCII text: the text copied as it is, no fix, full
/// confidence. From there [`scan_path`] and [`finish`] go on as they do
/// for it, so the candidate is the same and the URL is read once.
fn go_on<'t>(
    t: &'t str,
    at: [usize; 4],
    (k, conf, fix): (usize, f32, Fix),
    ctx: &Ctx<'_>,
) -> Option<Cand<'t>> {
    let [start, host_start, path_start, g] = at;
    let mut b = Builder::new(start);
    b.push_raw(t.get(start..g)?, start);
    b.host_start = host_start - start;
    b.path_start = Some(path_start - start);
    let k = b.join(t, (k, conf, fix));
    scan_path(t, k, &mut b, ctx);
    finish(t, b, SchemeKind::Full)
}

/// [`host_labels_end`], from the byte masks of [`blocks::host_masks`]
/// when the host ends within them (the common case), and whether the host
/// is known to be in normal form as it stands (see [`short_host`]).
#[inline]
fn host_end(bytes: &[u8], j: usize) -> Option<(usize, bool)> {
    #[cfg(target_arch = "x86_64")]
    if let Some(h) = blocks::host_masks(bytes, j).and_then(short_host) {
        let (e, normal) = h?;
        let k = j + e as usize;
        return (bytes.get(k) == Some(&b'/')).then_some((k, normal));
    }
    host_labels_end(bytes, j).map(|k| (k, false))
}

/// The host of [`fast_scheme`] from `j`: labels of ASCII letters and
/// digits with inner hyphens, separated by single dots, then a slash:
/// `Some(where the slash is)`, or None.
fn host_labels_end(bytes: &[u8], mut j: usize) -> Option<usize> {
    loop {
        // One label: a letter or digit, then letters, digits and hyphens,
        // not ending in a hyphen.
        let label = bytes.get(j..)?;
        let n = label
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-'))
            .unwrap_or(label.len());
        if n == 0 || label.first() == Some(&b'-') || label.get(n - 1) == Some(&b'-') {
            return None;
        }
        j += n;
        match bytes.get(j) {
            Some(b'.') => j += 1,
            Some(b'/') => return Some(j),
            _ => return None,
        }
    }
}

/// [`host_labels_end`] from the masks of [`blocks::host_masks`], for a
/// host that ends within them: `Some(Some((length, normal)))` when the host
/// is `length` bytes of that shape, `Some(None)` when it is not a host of
/// that shape, None when the masks cannot tell (no byte ends the host
/// within them). `normal`: the WHATWG host parser leaves the host as it is,
/// because it is lower-case, has no `--` (so no `xn--` label) and its last
/// label is lower-case letters (so it is not read as an IPv4 number).
#[cfg(target_arch = "x86_64")]
fn short_host(m: blocks::HostMasks) -> Option<Option<(u32, bool)>> {
    if m.other == 0 {
        return None;
    }
    let e = m.other.trailing_zeros();
    if e == 0 {
        return Some(None);
    }
    let last = 1u32 << (e - 1);
    let inside = last | (last - 1);
    let (dots, hyphens) = (m.dots & inside, m.hyphens & inside);
    // The first and last byte of every label; a dot at either is an
    // empty label.
    let firsts = 1 | dots << 1;
    let lasts = dots >> 1 | last;
    let empty = (firsts | last) & dots != 0;
    if empty || hyphens & (firsts | lasts) != 0 {
        return Some(None);
    }
    // The last label: the bytes after the last dot.
    let last_label = match dots.checked_ilog2() {
        Some(d) => inside & !((2u32 << d) - 1),
        None => inside,
    };
    let normal =
        m.upper & inside == 0 && hyphens & (hyphens >> 1) == 0 && last_label & !m.lower == 0;
    Some(Some((e, normal)))
}

// ---------------------------------------------------------------------------
// Triggers

/// A slash that [`fast_scheme`] did not take: a damaged scheme, `//host`,
/// or prose ("and/or"). Kept out of [`Scanner::next`] (`inline(never)`):
/// inlined there, it more than doubled the size of the loop that every
/// stop runs through, and the machine code of the common path was spread
/// over more cache lines.
#[inline(never)]
fn try_slash<'t>(t: &'t str, i: usize, floor: usize, ctx: &Ctx<'_>) -> Result<Cand<'t>, usize> {
    if before(t, i) == Some('/') {
        return Err(i + 1);
    }
    let bytes = t.as_bytes();
    let mut slashes = 0;
    while bytes.get(i + slashes) == Some(&b'/') {
        slashes += 1;
    }
    let after_slashes = i + slashes;
    // Walk back over "  :", ";", "[:]", "[:" and letters.
    let mut j = skip_ws_back(t, i, 2, floor);
    let mut sep = false;
    let mut bracket = false;
    let mut entity_sep = false;
    // The byte before `j` tells which of the forms below can match.
    let last = j.checked_sub(1).and_then(|p| bytes.get(p)).copied();
    if matches!(last, Some(b']' | b')'))
        && t.get(..j)
            .is_some_and(|s| s.ends_with("[:]") || s.ends_with("(:)"))
    {
        j -= 3;
        sep = true;
        bracket = true;
    } else if let Some(n) = ["&#58;", "&colon;", "&#x3a;", "&#x3A;"]
        .iter()
        .filter(|_| last == Some(b';'))
        .find(|e| t.get(..j).is_some_and(|s| s.ends_with(*e)))
        .map(|e| e.len())
    {
        // "https&#58;//"
        j -= n;
        sep = true;
        entity_sep = true;
    } else if matches!(before(t, j), Some(':' | ';')) {
        j -= 1;
        sep = true;
        if before(t, j) == Some('[') {
            j -= 1;
            bracket = true;
        }
    } else {
        // No separator: spaces before the slashes are not bridged.
        j = i;
    }
    if !sep && slashes < 2 {
        // Every path below ends in this answer ("and/or", "24/7").
        return Err(after_slashes);
    }
    let letters_end = if sep { skip_ws_back(t, j, 2, floor) } else { j };
    let mut k = letters_end;
    while k > floor && k + 24 > letters_end && before(t, k).is_some_and(|c| c.is_ascii_alphabetic())
    {
        k -= 1;
    }
    let letters = t.get(k..letters_end).unwrap_or("");
    if letters.is_empty() {
        if sep || slashes != 2 {
            return Err(after_slashes);
        }
        // Protocol-relative "//host".
        match before(t, i) {
            None => {}
            Some(c) if c.is_whitespace() || is_opener(c) => {}
            _ => return Err(after_slashes),
        }
        return scan_relative(t, i, after_slashes, ctx).ok_or(after_slashes);
    }
    let lb = letters.as_bytes();
    // Every spelling ends in `p` or `s`.
    if !matches!(lb.last(), Some(b'p' | b'P' | b's' | b'S')) {
        return Err(after_slashes);
    }
    let Some(&(spelling, canonical, scheme_fix)) = SCHEMES.iter().find(|(s, _, _)| {
        lb.len() >= s.len()
            && lb
                .get(lb.len() - s.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(s.as_bytes()))
    }) else {
        return Err(after_slashes);
    };
    let scheme_start = letters_end - spelling.len();
    if !sep && slashes < 2 {
        return Err(after_slashes);
    }
    if slashes > 3 {
        return Err(after_slashes);
    }
    // What precedes the scheme.
    let mut fixes = Vec::new();
    let glued = scheme_start > k
        || (before(t, scheme_start) == Some(':')
            && before(t, scheme_start - 1).is_some_and(|c| c.is_alphanumeric()));
    if scheme_start == k {
        if let Some(c) = before(t, k) {
            if c == '_' || c.is_ascii_digit() {
                return Err(after_slashes);
            }
            if k == floor && k > 0 && c.is_ascii_alphabetic() {
                // The letter run was cut by the previous URL: no judgement.
            }
        }
    }
    if glued {
        fixes.push(Fix::GluedLabel);
    }
    if let Some(f) = scheme_fix {
        fixes.push(f);
    }
    // The separator as written.
    let mut sep_end = after_slashes;
    if bracket && bytes.get(sep_end) == Some(&b']') {
        sep_end += 1;
    }
    let sep_text = t.get(letters_end..sep_end).unwrap_or("");
    if entity_sep {
        push_fix(&mut fixes, Fix::HtmlEntity);
    } else if sep_text != "://" {
        if bracket {
            push_fix(&mut fixes, Fix::Defanged);
        } else if sep_text.chars().any(|c| !c.is_whitespace())
            && sep_text.trim_matches(char::is_whitespace) != ":"
            && sep_text
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                != "://"
        {
            push_fix(&mut fixes, Fix::MalformedScheme);
        }
        if sep_text.contains('\n') {
            push_fix(&mut fixes, Fix::LineBreak);
        } else if sep_text.chars().any(char::is_whitespace) {
            push_fix(&mut fixes, Fix::InsertedSpace);
        }
    }
    let mut b = Builder::new(scheme_start);
    b.fixes = fixes;
    if b.fixes.contains(&Fix::MalformedScheme) {
        b.conf *= 0.9;
    }
    if b.fixes.contains(&Fix::Defanged) {
        b.conf *= 0.95;
    }
    if b.fixes.contains(&Fix::GluedLabel) {
        b.conf *= 0.95;
    }
    // The canonical scheme and "://", each char ending where the separator
    // as written ends.
    b.push_str(scheme_prefix(canonical), sep_end);
    scan_body(t, sep_end, b, SchemeKind::Full, ctx).ok_or(after_slashes)
}

/// A canonical scheme of [`SCHEMES`] followed by `://`.
fn scheme_prefix(canonical: &str) -> &'static str {
    match canonical {
        "https" => "https://",
        "http" => "http://",
        _ => "ftp://",
    }
}

fn try_dot<'t>(
    t: &'t str,
    i: usize,
    k0: usize,
    floor: usize,
    ctx: &Ctx<'_>,
) -> Result<Cand<'t>, usize> {
    // `k0` is where the label before the dot (or defanged dot) ends.
    let mut k = k0;
    if k == i {
        // "(.)", "{.}" and "[.]" seen from the dot.
        if let (Some(o), Some(c)) = (before(t, i), at(t, i + 1)) {
            if matches!((o, c), ('(', ')') | ('{', '}') | ('[', ']')) {
                k = i - 1;
            }
        }
    }
    let Some(p) = before(t, k) else {
        return Err(i + 1);
    };
    if !is_label_char(p) || p == '-' || p == '_' {
        return Err(i + 1);
    }
    // Cheap look at what follows the dot: most dots end sentences.
    let next_pos = if k == i {
        i + 1
    } else if t.as_bytes().get(k) == Some(&b'.') {
        i + 2
    } else {
        k + t.get(k..).and_then(defanged_dot).unwrap_or(1)
    };
    match at(t, next_pos) {
        Some(c) if c.is_whitespace() => {
            let www = t
                .get(k.saturating_sub(3)..k)
                .is_some_and(|w| w.eq_ignore_ascii_case("www"));
            if ctx.mode == Mode::Text && !www {
                return Err(i + 1);
            }
        }
        Some(c) if is_label_char(c) && c != '-' && c != '_' => {}
        _ => return Err(i + 1),
    }
    // Walk back over the host.
    let mut s = k;
    while s > floor && k - s <= MAX_HOST {
        match before(t, s) {
            Some(c) if is_label_char(c) || c == '.' => s -= c.len_utf8(),
            _ => break,
        }
    }
    let host_run_end = skip_host_run(t, i);
    if k - s > MAX_HOST {
        return Err(host_run_end);
    }
    while at(t, s) == Some('.') || at(t, s) == Some('-') {
        s += 1;
    }
    if s >= k {
        return Err(host_run_end);
    }
    if let Some(c) = before(t, s) {
        if is_label_char(c) || "@/\\:_.-=&#$%+~".contains(c) {
            return Err(host_run_end);
        }
    }
    // Spaces after the dot are only bridged after "www" outside Raw mode.
    if at(t, next_pos).is_some_and(char::is_whitespace) && ctx.mode == Mode::Text {
        let first = t.get(s..k).unwrap_or("");
        if !first.eq_ignore_ascii_case("www") {
            return Err(i + 1);
        }
    }
    // A plain host in running text: check its last label before building.
    if ctx.mode == Mode::Text
        && k == i
        && !matches!(at(t, host_run_end), Some('[' | '(' | '{' | '&'))
        && !plausible_host(t.get(s..host_run_end).unwrap_or(""))
    {
        return Err(host_run_end);
    }
    scan_body(t, s, Builder::new(s), SchemeKind::None, ctx).ok_or(host_run_end)
}

/// Can the run of labels and dots `run` (a bare host in running text, as
/// far as it reaches) be a host? Its last label must be a top-level-domain
/// shape (two or more letters, not mixed case unless the whole run is upper
/// case), or the run an IPv4 address.
fn plausible_host(run: &str) -> bool {
    let run = run.trim_end_matches('.');
    let b = run.as_bytes();
    let last = last_label(run).as_bytes();
    if last.iter().all(u8::is_ascii_digit) {
        is_ipv4(run)
    } else if last.is_ascii() {
        last.len() >= 2
            && last.iter().all(u8::is_ascii_alphabetic)
            && (last.iter().all(u8::is_ascii_lowercase) || !b.iter().any(u8::is_ascii_lowercase))
    } else {
        true
    }
}

/// A dot between two ASCII letters or digits in running text that
/// [`try_dot`] would reject: `Some(where to resume)`, the same as its
/// answer. It handles the common cases: numbers (`3.5`), initials
/// (`U.S.`), a mixed-case last label. The run of ASCII letters, digits and
/// dots around the dot must be bounded on both sides by ASCII bytes that
/// end a host (so [`try_dot`] would walk over exactly this run) and must
/// not be [`plausible_host`]; anything else returns None and goes to
/// [`try_dot`].
fn run_rejected(t: &str, i: usize, floor: usize) -> Option<usize> {
    let bytes = t.as_bytes();
    let run_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'.';
    // What bounds the run must end a host for `try_dot` too ([`ends_host`]);
    // after it, not the defanged or entity forms it looks at either
    // ([`ends_run`]).
    let after = bytes.get(i..)?;
    let e = i + after
        .iter()
        .position(|b| !run_byte(b))
        .unwrap_or(after.len());
    match bytes.get(e) {
        None => {}
        Some(&b) if ends_run(b) => {}
        Some(_) => return None,
    }
    let lo = floor.max(i.saturating_sub(MAX_HOST));
    let before = bytes.get(lo..i)?;
    let s = lo
        + before
            .iter()
            .rposition(|b| !run_byte(b))
            .map_or(0, |p| p + 1);
    if s <= floor
        || s <= i.saturating_sub(MAX_HOST)
        || !bytes.get(s - 1).is_some_and(|&b| ends_host(b))
    {
        return None;
    }
    let run = t.get(s..e)?;
    // `try_dot` skips leading dots; what is left starts with the label
    // before this dot at the latest.
    (!plausible_host(run.trim_start_matches('.'))).then_some(e)
}

/// The end of the run of host characters and dots from `i`.
fn skip_host_run(t: &str, i: usize) -> usize {
    let bytes = t.as_bytes();
    let mut e = i;
    loop {
        match bytes.get(e) {
            Some(&b) if b < 0x80 => {
                if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
                    e += 1;
                } else {
                    break;
                }
            }
            Some(_) => match at(t, e) {
                Some(c) if is_label_char(c) => e += c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    e
}

fn skip_ws_back(t: &str, mut j: usize, max: usize, floor: usize) -> usize {
    let mut n = 0;
    while n < max && j > floor {
        match before(t, j) {
            Some(c) if c == ' ' || c == '\t' || c == '\n' || c == '\r' => {
                j -= 1;
                n += 1;
            }
            _ => break,
        }
    }
    // Only accept the walk if it crossed no blank line.
    j
}

/// A defanged dot at the start of `s`: its length.
fn defanged_dot(s: &str) -> Option<usize> {
    for p in ["[.]", "(.)", "{.}"] {
        if s.starts_with(p) {
            return Some(3);
        }
    }
    let b = s.as_bytes();
    if b.len() >= 5 && matches!(b.first(), Some(b'[' | b'(')) {
        let word = s.get(1..4)?;
        let close = b.get(4)?;
        if word.eq_ignore_ascii_case("dot") && matches!(close, b']' | b')') {
            return Some(5);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// The builder of the cleaned URL

struct Builder {
    start: usize,
    out: String,
    /// Where the chars of `out` end in the raw text, as runs ([`Run`]).
    /// Bytes copied as they are share one run, and so do chars that all
    /// end at one raw position (a scheme written out in full).
    ends: Vec<Run>,
    fixes: Vec<Fix>,
    conf: f32,
    host_start: usize,
    path_start: Option<usize>,
    depth: [i32; 3],
    quote_open: bool,
}

/// A run of [`Builder::ends`]: the chars of `out` from byte `from` on, up
/// to the next run.
#[derive(Clone, Copy, Debug)]
struct Run {
    from: usize,
    /// With `fixed`, the raw end of each char of the run; else each ends at
    /// raw byte `e + d` (wrapping), where `e` is where it ends in `out`.
    d: usize,
    fixed: bool,
}

fn push_fix(fixes: &mut Vec<Fix>, f: Fix) {
    if !fixes.contains(&f) {
        fixes.push(f);
    }
}

impl Builder {
    fn new(start: usize) -> Self {
        Builder {
            start,
            out: String::with_capacity(128),
            ends: Vec::with_capacity(8),
            fixes: Vec::new(),
            conf: 1.0,
            host_start: 0,
            path_start: None,
            depth: [0; 3],
            quote_open: false,
        }
    }
    /// Records that the chars from byte `o` of `out` on end at raw byte
    /// `raw_end` when they end at `e` in `out`.
    #[inline]
    fn map(&mut self, o: usize, e: usize, raw_end: usize) {
        let d = raw_end.wrapping_sub(e);
        if !matches!(self.ends.last(), Some(r) if !r.fixed && r.d == d) {
            self.ends.push(Run {
                from: o,
                d,
                fixed: false,
            });
        }
    }
    fn push(&mut self, c: char, raw_end: usize) {
        let o = self.out.len();
        self.out.push(c);
        self.map(o, self.out.len(), raw_end);
    }
    /// Pushes the chars of `s`, each ending at raw byte `raw_end`.
    fn push_str(&mut self, s: &str, raw_end: usize) {
        if s.is_ascii() && !s.is_empty() {
            let o = self.out.len();
            self.out.push_str(s);
            if !matches!(self.ends.last(), Some(r) if r.fixed && r.d == raw_end) {
                self.ends.push(Run {
                    from: o,
                    d: raw_end,
                    fixed: true,
                });
            }
        } else {
            for c in s.chars() {
                self.push(c, raw_end);
            }
        }
    }
    /// Copies `s`, the raw text from byte `raw_start` on, as it is.
    fn push_raw(&mut self, s: &str, raw_start: usize) {
        if s.is_empty() {
            return;
        }
        let o = self.out.len();
        self.out.push_str(s);
        // Every char of `s` ends `raw_start - o` bytes after its end in `out`.
        self.map(o, o, raw_start);
    }
    /// Moves the raw end of the last char to `raw_end`.
    fn set_last_end(&mut self, raw_end: usize) {
        let e = self.out.len();
        let Some(c) = self.out.chars().next_back() else {
            return;
        };
        let o = e - c.len_utf8();
        let run = Run {
            from: o,
            d: raw_end.wrapping_sub(e),
            fixed: false,
        };
        match self.ends.last_mut() {
            Some(last) if last.from == o => *last = run,
            _ => self.ends.push(run),
        }
    }
    fn pop(&mut self) -> Option<char> {
        let c = self.out.pop();
        let n = self.out.len();
        while self.ends.last().is_some_and(|r| r.from >= n) {
            self.ends.pop();
        }
        c
    }
    fn last(&self) -> Option<char> {
        self.out.chars().next_back()
    }
    fn fix(&mut self, f: Fix) {
        push_fix(&mut self.fixes, f);
    }
    fn host(&self) -> &str {
        self.out.get(self.host_start..).unwrap_or("")
    }
    fn path(&self) -> &str {
        self.path_start
            .and_then(|p| self.out.get(p..))
            .unwrap_or("")
    }
    /// The raw end of the last char.
    fn end(&self) -> usize {
        match self.ends.last() {
            Some(r) if !self.out.is_empty() && r.fixed => r.d,
            Some(r) if !self.out.is_empty() => self.out.len().wrapping_add(r.d),
            _ => self.start,
        }
    }
    /// Bridges a gap as [`decide`] said (`j`: where the URL goes on),
    /// restoring a query's `&` lost to a space ([`amp_lost`]); returns `j`.
    fn join(&mut self, t: &str, (j, conf, fix): (usize, f32, Fix)) -> usize {
        self.fix(fix);
        self.conf *= conf;
        if amp_lost(self.path(), t.get(j..).unwrap_or("")) {
            self.push('&', j);
        }
        j
    }
    fn view(&self) -> View<'_> {
        View {
            out: &self.out,
            path_start: self.path_start,
        }
    }
}

/// What the join decision looks at: the URL rebuilt so far.
#[derive(Clone, Copy)]
struct View<'a> {
    out: &'a str,
    path_start: Option<usize>,
}

impl View<'_> {
    fn path(&self) -> &str {
        self.path_start
            .and_then(|p| self.out.get(p..))
            .unwrap_or("")
    }
    fn last(&self) -> Option<char> {
        self.out.chars().next_back()
    }
}

/// Lower-case host without a trailing dot: does it end in a known public
/// suffix with at least one label before it? Returns the suffix length in
/// labels (0 when not complete).
fn suffix_labels(host: &str) -> usize {
    let h = host.trim_end_matches('.');
    if h.is_ascii() {
        // Lower-cased on the stack.
        let mut buf = [0u8; MAX_HOST];
        let Some(lower) = buf.get_mut(..h.len()) else {
            return 0;
        };
        lower.copy_from_slice(h.as_bytes());
        lower.make_ascii_lowercase();
        suffix_labels_of(lower)
    } else {
        suffix_labels_of(h.to_lowercase().as_bytes())
    }
}

/// [`suffix_labels`] of a lower-case host without a trailing dot.
fn suffix_labels_of(h: &[u8]) -> usize {
    if h.is_empty() || h.len() > MAX_HOST {
        return 0;
    }
    match psl::suffix(h) {
        Some(s) if s.is_known() && s.as_bytes().len() < h.len() => {
            s.as_bytes().split(|&b| b == b'.').count()
        }
        _ => 0,
    }
}

fn is_ipv4(host: &str) -> bool {
    // Four labels: three dots. Most runs of digits and dots in prose
    // ("3.5") are told from their dots alone.
    if memchr::memchr_iter(b'.', host.as_bytes()).count() != 3 {
        return false;
    }
    let mut n = 0;
    for p in host.split('.') {
        n += 1;
        let ok = n <= 4
            && !p.is_empty()
            && p.len() <= 3
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u16>().is_ok_and(|v| v <= 255);
        if !ok {
            return false;
        }
    }
    n == 4
}

// ---------------------------------------------------------------------------
// Host, port, path

fn scan_relative<'t>(t: &'t str, i: usize, after: usize, ctx: &Ctx<'_>) -> Option<Cand<'t>> {
    let mut b = Builder::new(i);
    b.push_str("//", after);
    let c = scan_body(t, after, b, SchemeKind::Relative, ctx)?;
    let host = c.url.get(2..).unwrap_or("");
    let host = host.split(['/', '?', '#', ':']).next().unwrap_or("");
    if host.contains('.') || host.eq_ignore_ascii_case("localhost") {
        Some(c)
    } else {
        None
    }
}

fn scan_body<'t>(
    t: &'t str,
    mut i: usize,
    mut b: Builder,
    kind: SchemeKind,
    ctx: &Ctx<'_>,
) -> Option<Cand<'t>> {
    // Spaces right after "https://".
    if kind == SchemeKind::Full {
        if let Some((j, nl)) = gap(t, i) {
            if nl < 2 && at(t, j).is_some_and(is_label_char) {
                b.fix(gap_fix(nl));
                i = j;
            }
        }
        // user:password@ before the host
        if let Some(at_pos) = userinfo_end(t, i) {
            let s = t.get(i..at_pos)?;
            b.push_str(s, at_pos);
            i = at_pos;
        }
    }
    b.host_start = b.out.len();
    i = scan_host(t, i, &mut b, kind, ctx)?;
    // Validate the host.
    let host = b.host();
    let host_ok = match kind {
        SchemeKind::Full | SchemeKind::Relative => {
            let first_ok = host
                .chars()
                .next()
                .is_some_and(|c| is_label_char(c) && c != '-' && c != '_' || c == '[');
            let last_label = last_label(host);
            first_ok
                && !last_label.ends_with('-')
                && !last_label.ends_with('_')
                && !has_empty_label(host)
        }
        SchemeKind::None => bare_host_ok(host),
    };
    if !host_ok {
        return None;
    }
    // Port.
    if at(t, i) == Some(':') && at(t, i + 1).is_some_and(|c| c.is_ascii_digit()) {
        let mut j = i + 1;
        while at(t, j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
        }
        let port = t.get(i + 1..j)?;
        if port.len() > 5 || port.parse::<u32>().ok()? > 65535 {
            return None;
        }
        if at(t, j).is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        b.push(':', i + 1);
        b.push_str(port, j);
        i = j;
    }
    // An e-mail address is not a URL.
    if kind == SchemeKind::None && at(t, i) == Some('@') {
        return None;
    }
    if kind == SchemeKind::None && at(t, i).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    scan_path(t, i, &mut b, ctx);
    if kind == SchemeKind::None && b.path().is_empty() && ticker_like(b.host()) {
        if ctx.mode == Mode::Text {
            return None;
        }
        b.conf *= TICKER_CONF;
    }
    finish(t, b, kind)
}

/// If the text at `i` starts with `user[:pass]@` (before any `/`, space or
/// end), the position after the `@`.
fn userinfo_end(t: &str, i: usize) -> Option<usize> {
    let bytes = t.get(i..)?.as_bytes();
    // The search below looks at 128 chars at most (512 bytes): without an
    // `@` there, it has nothing to find. One vector search answers for
    // almost every URL.
    memchr::memchr(b'@', bytes.get(..512).unwrap_or(bytes))?;
    // Host bytes first, the common case: one char each, none of them ends
    // the search.
    let host = |b: &u8| b.is_ascii_alphanumeric() || *b == b'.' || *b == b'-';
    let mut n = bytes.iter().take(128).take_while(|b| host(b)).count();
    // Chars looked at: each host byte is one.
    let mut chars = n;
    while chars < 128 {
        chars += 1;
        let &b = bytes.get(n)?;
        let len = if b < 0x80 {
            match b {
                b'@' => return if n > 0 { Some(i + n + 1) } else { None },
                b'/' | b'?' | b'#' | b'[' | b']' | b'"' | b'\'' | b'<' | b'>' | b'(' | b')' => {
                    return None
                }
                _ if (b as char).is_whitespace() || is_terminator(b as char) => return None,
                _ => 1,
            }
        } else {
            let c = at(t, i + n)?;
            if c.is_whitespace() || is_terminator(c) {
                return None;
            }
            c.len_utf8()
        };
        n += len;
    }
    None
}

fn bare_host_ok(host: &str) -> bool {
    if host.len() > MAX_HOST || host.contains('_') || has_empty_label(host) {
        return false;
    }
    let mut labels = 0;
    for l in host.split('.') {
        labels += 1;
        if l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-') {
            return false;
        }
    }
    if labels < 2 {
        return false;
    }
    let tld = last_label(host);
    if tld.bytes().all(|b| b.is_ascii_digit()) {
        // Only an IPv4 address may end in digits (and only such a host
        // can be one).
        return is_ipv4(host);
    }
    let tld_case_ok = if host.is_ascii() {
        !tld.bytes().any(|c| c.is_ascii_uppercase())
            || !host.bytes().any(|c| c.is_ascii_lowercase())
    } else {
        tld.chars().all(|c| !c.is_uppercase()) || host.chars().all(|c| !c.is_lowercase())
    };
    tld_case_ok && suffix_labels(host) > 0
}

/// Scans the host from `i`; returns the position after it.
fn scan_host(
    t: &str,
    mut i: usize,
    b: &mut Builder,
    kind: SchemeKind,
    ctx: &Ctx<'_>,
) -> Option<usize> {
    // IPv6 literal.
    if kind != SchemeKind::None && at(t, i) == Some('[') {
        let rest = t.get(i..)?;
        let close = rest.bytes().take(48).position(|c| c == b']')?;
        let lit = rest.get(..=close)?;
        if lit.len() > 2
            && lit
                .bytes()
                .skip(1)
                .take(close - 1)
                .all(|c| c.is_ascii_hexdigit() || c == b':' || c == b'.')
        {
            b.push_str(lit, i + close + 1);
            return Some(i + close + 1);
        }
        return None;
    }
    while let Some(c) = at(t, i) {
        if b.out.len() - b.host_start > MAX_HOST + 8 {
            return None;
        }
        if c.is_ascii_alphanumeric() || c == '-' {
            let run = t.as_bytes().get(i..).map_or(1, |r| {
                r.iter()
                    .take_while(|&&x| x.is_ascii_alphanumeric() || x == b'-')
                    .count()
            });
            if let Some(s) = t.get(i..i + run) {
                b.push_raw(s, i);
            }
            i += run;
        } else if is_label_char(c) {
            b.push(c, i + c.len_utf8());
            i += c.len_utf8();
        } else if is_invisible(c) {
            b.fix(Fix::InvisibleChar);
            i += c.len_utf8();
        } else if c == '.' || c == '&' || c == '[' || c == '(' || c == '{' {
            // A dot, written plainly, as an entity, or defanged.
            let (dot_len, fix) = if c == '.' {
                (1, None)
            } else if c == '&' {
                match entity(t.get(i..)?) {
                    Some(('.', n)) => (n, Some(Fix::HtmlEntity)),
                    _ => break,
                }
            } else {
                match defanged_dot(t.get(i..)?) {
                    Some(n) => (n, Some(Fix::Defanged)),
                    None => break,
                }
            };
            let j = i + dot_len;
            let next = at(t, j);
            if next.is_some_and(|n| is_label_char(n) && n != '-') {
                b.push('.', j);
                if let Some(f) = fix {
                    b.fix(f);
                }
                i = j;
            } else if next.is_some_and(char::is_whitespace)
                && !b.host().is_empty()
                && may_bridge(b, kind, ctx)
            {
                // "www. example. com"
                let (k, nl) = gap(t, j)?;
                let ok = nl < 2
                    && at(t, k).is_some_and(|n| n.is_alphanumeric())
                    && host_join_ok(b.host(), t, k);
                if ok {
                    b.push('.', j);
                    if let Some(f) = fix {
                        b.fix(f);
                    }
                    b.fix(gap_fix(nl));
                    b.conf *= 0.9;
                    i = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        } else if c.is_whitespace() && may_bridge(b, kind, ctx) {
            // "example .com"
            let Some((k, nl)) = gap(t, i) else { break };
            // A fragment starting with a dot, plain or defanged.
            let dot_len = match at(t, k) {
                Some('.') => Some(1),
                Some('[' | '(' | '{') => t.get(k..).and_then(defanged_dot),
                _ => None,
            };
            let ok = nl < 2
                && dot_len.is_some_and(|n| at(t, k + n).is_some_and(|c| c.is_alphanumeric()))
                && (ctx.mode == Mode::Raw
                    || kind != SchemeKind::None
                    || host_join_ok(b.host(), t, k + 1));
            if ok {
                b.fix(gap_fix(nl));
                b.conf *= 0.9;
                i = k;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if b.host().is_empty() {
        return None;
    }
    Some(i)
}

/// May spaces inside this host be bridged? Always with a scheme or in Raw
/// mode; for a bare host in running text only after "www".
fn may_bridge(b: &Builder, kind: SchemeKind, ctx: &Ctx<'_>) -> bool {
    kind != SchemeKind::None
        || ctx.mode == Mode::Raw
        || b.host()
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("www"))
}

/// Should the host `host` (without the dot being bridged) take the next
/// label starting at `k`?
fn host_join_ok(host: &str, t: &str, k: usize) -> bool {
    let have = suffix_labels(host);
    if have == 0 {
        return true;
    }
    // A longer known suffix ("bbc.co" + "uk") is evidence too.
    let mut label_end = k;
    while let Some(c) = at(t, label_end) {
        if is_label_char(c) {
            label_end += c.len_utf8();
        } else {
            break;
        }
    }
    let label = t.get(k..label_end).unwrap_or("");
    if label.chars().any(|c| c.is_uppercase()) {
        return false;
    }
    let joined = format!("{}.{}", host.trim_end_matches('.'), label);
    let more = suffix_labels(&joined);
    // "baike.baidu. com/item": the joined host goes on into a path.
    more > have || (more > 0 && matches!(at(t, label_end), Some('/' | '?' | '#')))
}

/// Whitespace from `i`: the position after it and the number of line
/// breaks in it. None when there is no whitespace at `i`.
fn gap(t: &str, i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut nl = 0;
    while let Some(c) = at(t, j) {
        if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
            nl += 1;
        } else if !c.is_whitespace() {
            break;
        }
        j += c.len_utf8();
        if j - i > LOOKAHEAD {
            nl = nl.max(2);
        }
    }
    if j == i {
        None
    } else {
        Some((j, nl))
    }
}

/// [`plain_end`], and with `track`, the first byte from `j` on that is not
/// a [`crate::clean::path_byte`] or is a `.` right after a `/`, at the end
/// of the run at the latest (the byte that ends it is not a path byte; the
/// end of the text counts as one); `usize::MAX` without `track`. `j >= 1`.
#[inline]
fn plain_path_end(bytes: &[u8], j: usize, track: bool) -> (usize, usize) {
    if !track {
        return (plain_end(bytes, j), usize::MAX);
    }
    #[cfg(target_arch = "x86_64")]
    let (mut k, mut odd) = blocks::plain_path_run(bytes, j);
    #[cfg(not(target_arch = "x86_64"))]
    let (mut k, mut odd) = (j, usize::MAX);
    while let Some(&c) = bytes.get(k) {
        if class(c) & PLAIN == 0 {
            break;
        }
        if odd == usize::MAX
            && (!crate::clean::path_byte(c)
                || (c == b'.' && k.checked_sub(1).and_then(|p| bytes.get(p)) == Some(&b'/')))
        {
            odd = k;
        }
        k += 1;
    }
    (k, odd.min(k))
}

/// The end of the run of [`PLAIN`] bytes from `j`. Inside a path they
/// need no decision (`?` and `#` included: they are copied as any other
/// byte once the path has started): they are copied in runs.
#[inline]
fn plain_end(bytes: &[u8], mut j: usize) -> usize {
    // Thirty-two bytes at a time with AVX2 (else sixteen elsewhere), then
    // byte by byte.
    #[cfg(target_arch = "x86_64")]
    {
        j = blocks::plain_run(bytes, j);
    }
    #[cfg(not(target_arch = "x86_64"))]
    while let Some(chunk) = bytes
        .get(j..j + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        if !all_bytes(chunk, crate::chars::plain_byte) {
            break;
        }
        j += 16;
    }
    let rest = bytes.get(j..).unwrap_or(&[]);
    j + rest
        .iter()
        .position(|&c| class(c) & PLAIN == 0)
        .unwrap_or(rest.len())
}

fn scan_path(t: &str, mut i: usize, b: &mut Builder, ctx: &Ctx<'_>) {
    let bytes = t.as_bytes();
    loop {
        if b.path_start.is_some() {
            // Fast path: a run of plain bytes.
            let e = plain_end(bytes, i);
            if e > i {
                if let Some(s) = t.get(i..e) {
                    b.push_raw(s, i);
                    i = e;
                }
            }
        }
        let Some(c) = at(t, i) else { break };
        let in_path = b.path_start.is_some();
        if !in_path && !matches!(c, '/' | '?' | '#') && !c.is_whitespace() {
            // "example.com&#47;news"
            match t.get(i..).and_then(entity) {
                Some(('/' | '?' | '#', _)) if c == '&' => {}
                _ => break,
            }
        }
        if c.is_whitespace() {
            if prose_word_follows(bytes, i, ctx) {
                // What `decide` answers first, found from the bytes.
                break;
            }
            match decide(t, i, b.view(), ctx) {
                Some(join) => {
                    i = b.join(t, join);
                    continue;
                }
                None => break,
            }
        }
        if b.path_start.is_none() {
            b.path_start = Some(b.out.len());
        }
        let len = c.len_utf8();
        if is_invisible(c) {
            let keep = is_joiner(c)
                && b.last().is_some_and(|p| !p.is_ascii())
                && at(t, i + len).is_some_and(|n| !n.is_ascii());
            if keep {
                b.push(c, i + len);
            } else {
                b.fix(Fix::InvisibleChar);
            }
            i += len;
            continue;
        }
        if c == '&' {
            if let Some((d, n)) = t.get(i..).and_then(entity) {
                match d {
                    '"' | '<' | '>' | '\'' => break,
                    '\u{A0}' => break,
                    d if is_invisible(d) => {
                        b.fix(Fix::InvisibleChar);
                        i += n;
                        continue;
                    }
                    d => {
                        b.fix(Fix::HtmlEntity);
                        b.push(d, i + n);
                        i += n;
                        // Double escaping: "&amp;amp;"
                        while d == '&' && t.get(i..).is_some_and(|r| r.starts_with("amp;")) {
                            i += 4;
                            b.set_last_end(i);
                        }
                        continue;
                    }
                }
            }
        }
        if is_terminator(c) {
            break;
        }
        match c {
            '(' | '[' | '{' => {
                if let Some(n) = t.get(i..).and_then(defanged_dot) {
                    b.fix(Fix::Defanged);
                    b.push('.', i + n);
                    i += n;
                    continue;
                }
                let d = if c == '(' {
                    0
                } else if c == '[' {
                    1
                } else {
                    2
                };
                if let Some(x) = b.depth.get_mut(d) {
                    *x += 1;
                }
            }
            ')' | ']' | '}' => {
                let d = if c == ')' {
                    0
                } else if c == ']' {
                    1
                } else {
                    2
                };
                match b.depth.get_mut(d) {
                    Some(x) if *x > 0 => *x -= 1,
                    _ => break,
                }
            }
            '"' => {
                if b.quote_open {
                    b.quote_open = false;
                } else {
                    // Keep a quote only when its partner follows in the same token.
                    let rest = t.get(i + 1..).unwrap_or("");
                    let partner = rest
                        .chars()
                        .take_while(|&x| !x.is_whitespace() && !is_terminator(x))
                        .any(|x| x == '"');
                    if !partner {
                        break;
                    }
                    b.quote_open = true;
                }
            }
            _ => {}
        }
        b.push(c, i + len);
        i += len;
    }
}

// ---------------------------------------------------------------------------
// Where does the URL end? The join decision at one whitespace gap.

#[derive(Clone, Copy)]
struct Frag<'t> {
    text: &'t str,
    /// Without trailing sentence punctuation, quotes and closing brackets.
    core: &'t str,
}

fn fragment(t: &str, j: usize) -> Frag<'_> {
    let rest = t.get(j..).unwrap_or("");
    let rb = rest.as_bytes();
    let mut end = 0;
    // Sixteen bytes at a time while they are ASCII above the space (none
    // ends the fragment), then byte by byte.
    while let Some(c) = rb
        .get(end..end + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        if end + 16 > LOOKAHEAD || !all_bytes(c, |b| (b > b' ') & (b < 0x80)) {
            break;
        }
        end += 16;
    }
    loop {
        match rb.get(end) {
            Some(&b) if b < 0x80 => {
                if end > LOOKAHEAD || (b as char).is_whitespace() {
                    break;
                }
                end += 1;
            }
            Some(_) => match rest.get(end..).and_then(|r| r.chars().next()) {
                Some(c) if end <= LOOKAHEAD && !c.is_whitespace() => end += c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    let text = rest.get(..end).unwrap_or("");
    let core = text.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '"' | '*'
        ) || is_terminator(c)
    });
    Frag { text, core }
}

/// Does the fragment carry marks of a URL: inner connectors (`-`, `/`, `=`,
/// ...), a final slash, digits or a file extension?
fn urlish(core: &str) -> bool {
    if core.bytes().all(|b| b.is_ascii_alphabetic()) {
        // A plain word: none of the marks below.
        return false;
    }
    if core.ends_with(['/', '-', '_']) || core.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let inner = core.trim_matches(|c: char| !c.is_alphanumeric());
    if inner.bytes().any(|b| {
        matches!(
            b,
            b'-' | b'_' | b'/' | b'=' | b'&' | b'%' | b'+' | b'?' | b'.' | b'~'
        )
    }) {
        return true;
    }
    core.rsplit_once('.')
        .is_some_and(|(_, ext)| words::is_extension(ext))
}

/// [`is_prose`] of a fragment that is a word of ASCII letters not on the
/// prose list: only a capitalised word reads as prose, unless the path has
/// capitals too.
#[inline]
fn alpha_word_is_prose(word: &str, path: &str) -> bool {
    ascii_title(word.as_bytes()) && !has_upper(path)
}

/// An ASCII word with a capital first letter and no other capital.
#[inline]
fn ascii_title(b: &[u8]) -> bool {
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.len() > 1
        && !b.iter().skip(1).any(u8::is_ascii_uppercase)
}

/// Does `s` hold an upper-case letter?
fn has_upper(s: &str) -> bool {
    if s.is_ascii() {
        s.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        s.chars().any(char::is_uppercase)
    }
}

/// Does the fragment read as prose?
fn is_prose(f: &Frag<'_>, path: &str) -> bool {
    let core = f.core.trim_start_matches(is_invisible);
    if core.is_empty() {
        return true;
    }
    if urlish(core) {
        return false;
    }
    let letters = if core.is_ascii() {
        core.bytes().all(|c| c.is_ascii_alphabetic() || c == b'\'')
    } else {
        core.chars().all(|c| c.is_alphabetic() || c == '\'')
    };
    if letters {
        // `core` without every trailing "'s".
        let mut word = core;
        while let Some(w) = word.strip_suffix("'s") {
            word = w;
        }
        if words::is_prose_word(core) || (word.len() < core.len() && words::is_prose_word(word)) {
            return true;
        }
    }
    // A capitalised word ("Officials") unless the URL has capitals itself.
    let title = if core.is_ascii() {
        ascii_title(core.as_bytes())
    } else {
        let mut cs = core.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| !c.is_uppercase())
    };
    title && !has_upper(path)
}

/// Does the fragment end a sentence ("excluded.")?
fn ends_sentence(f: &Frag<'_>) -> bool {
    let t = f
        .text
        .trim_end_matches(|c: char| matches!(c, ')' | ']' | '}' | '\'' | '"') || is_terminator(c));
    t.ends_with(['.', '!', '?', ',', ';', ':']) && !urlish(f.core)
}

fn last_word(s: &str) -> String {
    let tail: String = s.chars().rev().take_while(|&c| is_word_char(c)).collect();
    tail.chars().rev().flat_map(char::to_lowercase).collect()
}

fn first_word(s: &str) -> String {
    s.chars()
        .skip_while(|&c| is_invisible(c))
        .take_while(|&c| is_word_char(c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn hint_join(b: View<'_>, f: &Frag<'_>, hint: &[String]) -> bool {
    if hint.is_empty() {
        return false;
    }
    let a = last_word(b.path());
    let z = first_word(f.text);
    if a.is_empty() || z.is_empty() {
        return false;
    }
    let joined = format!("{a}{z}");
    if hint.contains(&joined) {
        return true;
    }
    // Several words of the fragment's slug are headline words.
    let hits = f
        .core
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().count() > 2)
        .filter(|w| {
            let lw = w.to_lowercase();
            hint.contains(&lw)
        })
        .count();
    hits >= 2
}

/// Do the fragments from `j` to the end of the line (Text) or of the input
/// (Raw) read as the rest of a URL? None of them may read as prose; in
/// running text one of them must carry marks of a URL, and the last may not
/// end a sentence.
fn tail_ok(t: &str, j: usize, ctx: &Ctx<'_>, path: &str) -> bool {
    tail_from(t, j, fragment(t, j), false, ctx, path)
}

/// [`tail_ok`] with the fragment at `j`, `f`, already cut; `seen`: [`decide`]
/// saw that `f` is not empty, starts with neither an opener nor a
/// terminator, and does not read as prose, so those tests are not made
/// again for it.
fn tail_from<'t>(
    t: &'t str,
    mut j: usize,
    mut f: Frag<'t>,
    mut seen: bool,
    ctx: &Ctx<'_>,
    path: &str,
) -> bool {
    let text_mode = ctx.mode == Mode::Text;
    let mut any_urlish = false;
    let stop = j + LOOKAHEAD;
    for _ in 0..8 {
        if !seen
            && (f.text.is_empty()
                || f.text
                    .starts_with(|c: char| is_opener(c) || is_terminator(c))
                || is_prose(&f, path))
        {
            return false;
        }
        seen = false;
        any_urlish |= urlish(f.core);
        let e = j + f.text.len();
        let last = match gap(t, e) {
            None => true,
            Some((k, nl)) => at(t, k).is_none() || nl >= 2 || (nl == 1 && text_mode),
        };
        if last {
            if text_mode && ends_sentence(&f) {
                return false;
            }
            return any_urlish || !text_mode;
        }
        // Sentence punctuation before more text ends the URL.
        if f.text.len() != f.core.len() && !f.core.ends_with('/') {
            return false;
        }
        j = gap(t, e).map_or(e, |(k, _)| k);
        if j > stop {
            return false;
        }
        f = fragment(t, j);
    }
    false
}

/// The label after the last dot (all of `host` when it has none).
#[inline]
fn last_label(host: &str) -> &str {
    match host.as_bytes().iter().rposition(|&b| b == b'.') {
        Some(p) => host.get(p + 1..).unwrap_or(""),
        None => host,
    }
}

/// An opening bracket or quote: `([{<"'`.
#[inline]
fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '"' | '\'')
}

/// Does the host hold an empty label between two dots (`..`)?
#[inline]
fn has_empty_label(host: &str) -> bool {
    host.as_bytes().windows(2).any(|w| w == b"..")
}

/// The fix that bridging a white-space gap makes: a line break when the gap
/// held one (`nl` counts them), else an inserted space.
fn gap_fix(nl: usize) -> Fix {
    if nl == 1 {
        Fix::LineBreak
    } else {
        Fix::InsertedSpace
    }
}

/// At the whitespace at `i`: join the next fragment? Returns where to go on,
/// the confidence of the join and the fix it makes.
fn decide(t: &str, i: usize, b: View<'_>, ctx: &Ctx<'_>) -> Option<(usize, f32, Fix)> {
    let (j, nl) = gap(t, i)?;
    if nl >= 2 {
        return None;
    }
    let fix = gap_fix(nl);
    let text_mode = ctx.mode == Mode::Text;
    let f = fragment(t, j);
    // The common case in running text, a plain word of the prose list
    // ("for", "and"): every rule below ends in None for it (without a hint,
    // a word of letters is never urlish and reads as prose).
    let alpha_word = !f.text.is_empty() && f.text.bytes().all(|c| c.is_ascii_alphabetic());
    if nl == 1 && b.path_start.is_some() && lone_tail(t, j, &f) {
        return Some((j, LONE_TAIL_CONF, fix));
    }
    if text_mode && ctx.hint.is_empty() && alpha_word && words::is_prose_word(f.text) {
        return None;
    }
    // Seen above: then the word is not on the prose list, and `is_prose`
    // has only its capitals to look at.
    let not_word = text_mode && ctx.hint.is_empty() && alpha_word;
    let mut cs = f.text.chars();
    let c0 = cs.next()?;
    let c1 = cs.next();
    if is_terminator(c0) || is_opener(c0) {
        return None;
    }
    // A list marker ("1.", "2)") on the next line.
    if nl == 1 && f.core.bytes().all(|x| x.is_ascii_digit()) && f.text.len() > f.core.len() {
        return None;
    }
    let path = b.path();
    let in_path = b.path_start.is_some();
    let f_end = j + f.text.len();
    // The fragment starts with a URL connector.
    let c1_word = c1.is_some_and(|c| c.is_alphanumeric() || c == '%');
    // Another URL, or a comment marker, starts a new token.
    let starts_url = {
        let letters = f.text.bytes().take_while(u8::is_ascii_alphabetic).count();
        (3..=6).contains(&letters) && f.text.get(letters..).is_some_and(|r| r.starts_with("://"))
            || f.text
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("www."))
    };
    if f.text.starts_with("//") || (starts_url && !b.out.ends_with("://")) {
        return None;
    }
    match c0 {
        '/' => {
            if c1.is_some() || !text_mode || line_ends_after(t, f_end) {
                return Some((j, 0.9, fix));
            }
            return gap(t, f_end)
                .filter(|&(_, n)| n == 0)
                .and_then(|(k, _)| tail_ok(t, k, ctx, path).then_some((j, 0.8, fix)));
        }
        '?' | '=' | '%' | '_' | '~' if c1_word => return Some((j, 0.85, fix)),
        '#' | '&' if c1_word && (!text_mode || nl == 1) => return Some((j, 0.8, fix)),
        '.' if c1_word => {
            let ext = first_word(f.text.get(1..).unwrap_or(""));
            if !text_mode || words::is_extension(&ext) || !in_path {
                return Some((j, 0.85, fix));
            }
            return None;
        }
        '-' if c1_word && in_path => return Some((j, 0.85, fix)),
        _ => {}
    }
    if !in_path {
        return None;
    }
    if !(c0.is_alphanumeric() || is_invisible(c0)) {
        return None;
    }
    if hint_join(b, &f, ctx.hint) {
        return Some((j, 0.95, fix));
    }
    let last = b.last()?;
    // A single lower-case word ends the input: in Raw mode it is taken.
    let plain_lower = || {
        f.core.len() == f.text.len()
            && (f.text.bytes().all(|c| c.is_ascii_lowercase())
                || (!f.text.is_ascii()
                    && f.text.chars().all(|c| c.is_lowercase() || is_invisible(c))))
    };
    if !text_mode
        && plain_lower()
        && at(t, gap(t, f_end).map_or(f_end, |(k, _)| k)).is_none()
        && last != '.'
    {
        return Some((j, 0.5, fix));
    }
    let prose = if not_word {
        alpha_word_is_prose(f.text, path)
    } else {
        is_prose(&f, path)
    };
    if prose {
        return None;
    }
    // One plain word alone at the end of a line, after a slug.
    if text_mode
        && plain_lower()
        && ((last == '/' && nl == 1)
            || (last.is_alphanumeric() && path.bytes().any(|b| b == b'-' || b == b'_')))
        && line_ends_after(t, f_end)
    {
        return Some((j, 0.55, fix));
    }
    // Asked only where it counts: a line break before the fragment, and
    // nothing after it on its line.
    let alone_on_line = || nl == 1 && line_ends_after(t, f_end);
    match last {
        '-' | '_' | '+' | '%' | '~' => Some((j, 0.9, fix)),
        '=' | '&' => {
            if text_mode && !tail_from(t, j, f, true, ctx, path) {
                return None;
            }
            Some((j, 0.8, fix))
        }
        '/' => {
            if nl == 1 && (urlish(f.core) || alone_on_line()) {
                return Some((j, 0.8, fix));
            }
            tail_from(t, j, f, true, ctx, path).then_some((j, 0.75, fix))
        }
        '.' | '?' | ':' | ',' | ';' | '!' => {
            // Most likely the end of a sentence.
            if text_mode {
                return None;
            }
            if last == '.' && words::is_extension(&first_word(f.text)) {
                return Some((j, 0.85, fix));
            }
            (matches!(last, '.' | '?') && tail_from(t, j, f, true, ctx, path))
                .then_some((j, 0.6, fix))
        }
        c if c.is_alphanumeric() => {
            if nl == 1 && (urlish(f.core) || alone_on_line()) {
                return Some((j, 0.8, fix));
            }
            let conf = if text_mode { 0.7 } else { 0.75 };
            tail_from(t, j, f, true, ctx, path).then_some((j, conf, fix))
        }
        _ => None,
    }
}

/// Confidence of a join of a [`lone_tail`].
const LONE_TAIL_CONF: f32 = 0.6;

/// Longest fragment [`lone_tail`] takes.
const LONE_TAIL_MAX: usize = 32;

/// Is the fragment `f` at `j` the rest of a URL that a line end broke: one
/// word of lower-case letters, no punctuation, alone on its line, and the
/// paragraph (or the text) ends after it? A trailer such as `Source:
/// https://example.com/flood-victims-rehou` then `sed`.
fn lone_tail(t: &str, j: usize, f: &Frag<'_>) -> bool {
    let w = f.text;
    if w.is_empty() || w.len() > LONE_TAIL_MAX || f.core.len() != w.len() {
        return false;
    }
    if !w.chars().all(|c| c.is_lowercase()) {
        return false;
    }
    match gap(t, j + w.len()) {
        None => at(t, j + w.len()).is_none(),
        Some((k, nl)) => nl >= 2 || at(t, k).is_none(),
    }
}

/// A query whose `&` a crawler turned into a space
/// (`?ticker=ABC.N target=/x`): the query's last pair is complete (it holds
/// a `=`) and the fragment after the gap starts with `key=`. A space inside
/// a key (`?pa ge=1`) has no `=` before it and is only joined.
fn amp_lost(path: &str, next: &str) -> bool {
    let Some(q) = path.rfind('?') else {
        return false;
    };
    let pair = path.get(q + 1..).unwrap_or("");
    let pair = pair.rsplit('&').next().unwrap_or("");
    let key_len = next
        .bytes()
        .take_while(|&c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'[' | b']' | b'%')
        })
        .count();
    pair.contains('=')
        && path.ends_with(|c: char| {
            c.is_ascii_alphanumeric() || matches!(c, '=' | '%' | '-' | '_' | '.')
        })
        && key_len > 0
        && next.as_bytes().get(key_len) == Some(&b'=')
}

/// A stock ticker or wire code written like a bare domain: `XYZ.MW`,
/// `ABC.TO`, `1234.HK`, `ABCD4.SA`, `VOD.L`, `BRK.B`. An upper-case symbol
/// of one to six letters and digits, then an exchange code of one or two
/// upper-case letters; real domains are written in lower case.
fn ticker_like(host: &str) -> bool {
    let Some((sym, code)) = host.split_once('.') else {
        return false;
    };
    let sym_ok = (1..=6).contains(&sym.len())
        && sym
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let code_ok = (1..=2).contains(&code.len()) && code.bytes().all(|c| c.is_ascii_uppercase());
    sym_ok && code_ok
}

/// Confidence of a bare host in a raw URL that reads as a ticker: below any
/// real domain's.
const TICKER_CONF: f32 = 0.3;

/// Is position `e` at the end of its line (only spaces before a line break
/// or the end of the text)?
fn line_ends_after(t: &str, e: usize) -> bool {
    match gap(t, e) {
        None => at(t, e).is_none(),
        Some((k, nl)) => nl >= 1 || at(t, k).is_none(),
    }
}

// ---------------------------------------------------------------------------

fn finish(t: &str, mut b: Builder, kind: SchemeKind) -> Option<Cand<'static>> {
    // Trailing punctuation of the prose.
    let keep_from = b.path_start.unwrap_or(b.out.len());
    let mut trimmed = false;
    while b.out.len() > keep_from {
        let Some(c) = b.last() else { break };
        let path = b.path();
        let odd = |q: char| path.chars().filter(|&x| x == q).count() % 2 == 1;
        let cut = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '*' => true,
            '\'' => odd('\''),
            '"' => odd('"'),
            _ => false,
        };
        if !cut {
            break;
        }
        b.pop();
        trimmed = true;
    }
    let end = b.end();
    if trimmed
        && t.get(end..)
            .is_some_and(|r| !r.trim_start().is_empty() || kind != SchemeKind::None)
    {
        b.fix(Fix::TrailingPunctuation);
    }
    // What encloses the URL.
    let pre = t.get(..b.start).unwrap_or("");
    let post = t.get(end..).unwrap_or("");
    let mut target = false;
    let pre_trim = pre.trim_end();
    // The last eight bytes before the URL (none when they do not start on
    // a char boundary).
    let tail = pre_trim
        .get(pre_trim.len().saturating_sub(8)..)
        .unwrap_or("")
        .as_bytes();
    let href = |p: &[u8]| {
        tail.len() >= p.len()
            && tail
                .get(tail.len() - p.len()..)
                .is_some_and(|x| x.eq_ignore_ascii_case(p))
    };
    if pre.ends_with("](") || href(b"href=\"") || href(b"href='") || href(b"href=") {
        b.fix(Fix::LinkSyntax);
        target = true;
    } else if let (Some(o), Some(c)) = (before(t, b.start), post.chars().next()) {
        let pair = matches!(
            (o, c),
            ('(', ')')
                | ('[', ']')
                | ('{', '}')
                | ('<', '>')
                | ('"', '"')
                | ('\'', '\'')
                | ('\u{201C}', '\u{201D}')
                | ('\u{2018}', '\u{2019}')
                | ('\u{00AB}', '\u{00BB}')
        );
        if pair {
            b.fix(Fix::EnclosingBrackets);
        } else if matches!(c, ')' | ']' | '}') {
            b.fix(Fix::UnbalancedBracket);
        }
    }
    if kind == SchemeKind::None {
        b.fix(Fix::AddedScheme);
    }
    let mut conf = b.conf;
    if kind == SchemeKind::None {
        let www = b
            .out
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www."));
        conf *= if www {
            0.9
        } else if b.path_start.is_some() {
            0.85
        } else {
            0.75
        };
    }
    Some(Cand {
        start: b.start,
        end,
        url: Cow::Owned(b.out),
        scheme: kind,
        fixes: b.fixes,
        conf,
        target,
        normal: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chars::plain_byte;

    /// Every candidate with its rebuilt URL, fixes and confidence.
    fn all(t: &str, mode: Mode, fast_lanes: bool) -> Vec<String> {
        let ctx = Ctx {
            mode,
            hint: &[],
            fast_lanes,
        };
        let mut out = Vec::new();
        scan(t, &ctx, |c| {
            out.push(format!(
                "{}..{} {} {:?} {:?} {} {}",
                c.start, c.end, c.url, c.scheme, c.fixes, c.conf, c.target
            ));
            true
        });
        out
    }

    fn same(t: &str) {
        for mode in [Mode::Text, Mode::Raw] {
            assert_eq!(all(t, mode, true), all(t, mode, false), "{mode:?} {t:?}");
        }
    }

    #[test]
    fn userinfo_end_at_the_edge_of_its_window() {
        // `@` around the 128th char, after host bytes and after chars of
        // one to four bytes: the `@` pre-test must not cut the window.
        for (lead, fill) in [
            ("", "a"),
            ("", "\u{e9}"),
            ("", "\u{1d4b3}"),
            ("ab.c", "\u{1d4b3}"),
        ] {
            for k in 120..136 {
                let t = format!("{lead}{}@x.com/ rest", fill.repeat(k));
                assert_eq!(
                    userinfo_end(&t, 0),
                    userinfo_end_chars(&t, 0),
                    "{lead:?} {fill:?} {k}"
                );
            }
        }
    }

    #[test]
    fn plain_byte_is_the_plain_class() {
        for b in 0..=255u8 {
            assert_eq!(plain_byte(b), class(b) & PLAIN != 0, "{b:#x}");
        }
    }

    #[test]
    fn fast_lanes_agree_with_the_general_scanner() {
        for t in [
            "See https://www.example.com/2023/12/23/some-story-slug-a83548 for more. ",
            // A scheme whose letters the previous candidate took.
            "\nhttp://0.a/ \nhttp://0.\nhttp://0.a/ \nhttp://0.\nhttp://0.a/ \nhttp://0.",
            "See https://example.com/a-b. Then https://example.com/c, and https://example.com/d!",
            "Read https://example.com/news/a-b c-d-e and https://example.com/x/ today",
            "url: https://x.org/some-long-sl ug-here\n\nNext.",
            "https://example.com/a-\nlong-story and more",
            "https://example.com/a?b=1&c=2&amp;d=3 x",
            "href= https://example.com/a \"https://example.com/b\" (https://example.com/c)",
            "x https://exa-.com/a https://-a.com/b https://a..com/c https://a.com/ https://a.com",
            "https://a.com/\u{201d} https://a.com/x\u{2014}y https://a.com/x\u{a0}y https://a.com/x\u{200b}y",
            "The U.S. and e.g. No.1 said.It was 3.5 per cent. www. example. com/x and www.c.org/w.",
            "see https://a.com/x/ Officials said https://a.com/Y Officials said",
            "https://a.com/x?utm_source=y. https://a.com/x* https://a.com/x:",
            "It rose 3.5% to $21.41, or 1.428.000; see 2.1 and Figure 2.2). 10.0.0.1 and 10.0.0.1/x.",
            "The U.S. Senate, the L.I.T. and I.E. the rest. U.S.A.gov e.g. 1.5.com mail.utexas.edu",
            "Ted.Bockius@x.org Mary.Ellen went to Stanford.EDU and News.Com, x.y.z-a 3.5-4 a_1.2",
            "v1.5[.]com 1.5(x) 1.5{ 1.5& 9to5mac.com 192.168.0.1:80 1.2.3.4.5 999.1.1.1 .5.3 x.5é",
            "$21.41, 3.5% 12.5&#46;com 1.25[.]com 12.34.56 1234.5 1.25(x) 99.9-a 1.2.3.4 at 8.8.8.8.",
            "10.0.0.1/x 1.2.3.45 255.255.255.255 a1.2.3.4 0.5_x 2.5é 7.75\n1.5",
            // Schemes cut at the start of the text, and near-misses of
            // "http" and "https".
            "ttps://a.com/x",
            "tps://a.com/x",
            "https://a.com/x htps://a.com/x hxtps://a.com/y httpss://a.com/z xhttp://a.com/w",
        ] {
            same(t);
        }
    }

    /// The positions a trigger search must stop at: every slash, and every
    /// dot that [`dot_rejected`] keeps, from `from` on.
    fn kept(b: &[u8], from: usize) -> Vec<usize> {
        (from..b.len())
            .filter(|&i| b[i] == b'/' || (b[i] == b'.' && !dot_rejected(b, i)))
            .collect()
    }

    /// The positions the trigger search of running text stops at and the
    /// scanner keeps, from `from` on, the same at every vector level this
    /// CPU has (and with none).
    fn stops(b: &[u8], from: usize) -> Vec<usize> {
        let first = stops_at(Triggers::new(&Ctx::TEXT), b, from);
        #[cfg(target_arch = "x86_64")]
        for level in [None, Some(blocks::Level::Avx2), Some(blocks::Level::Avx512)] {
            if level.is_none_or(|l| l.present()) {
                let v = stops_at(Triggers::at_level(level), b, from);
                assert_eq!(v, first, "{level:?} {from} {b:?}");
            }
        }
        first
    }

    fn stops_at(mut tr: Triggers, b: &[u8], from: usize) -> Vec<usize> {
        let mut v = Vec::new();
        let mut pos = from;
        while let Some(i) = tr.find(b, pos) {
            assert!(i >= pos && (b[i] == b'.' || b[i] == b'/'), "{i} {b:?}");
            if b[i] == b'/' || !dot_rejected(b, i) {
                v.push(i);
            }
            pos = i + 1;
        }
        v
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn plain_run_is_the_plain_class() {
        // Every byte value at every position, after plain bytes, in texts
        // shorter than a chunk, of one chunk, and ending in a partial one,
        // from starts inside the first chunk and inside the last.
        for b in 0..=255u8 {
            for len in [20, 32, 33, 70] {
                for at in 0..len {
                    let mut v = vec![b'a'; len];
                    v[at] = b;
                    for j in [0, 1, 5, 31, 40, 64, 69].into_iter().filter(|&j| j < len) {
                        let run = blocks::plain_run(&v, j);
                        let want = if len < 32 || !blocks::available() {
                            j
                        } else if plain_byte(b) || at < j {
                            len
                        } else {
                            at
                        };
                        assert_eq!(run, want, "{b:#x} at {at} of {len} from {j}");
                    }
                }
            }
        }
    }

    #[test]
    fn trigger_search_keeps_every_trigger_at_block_edges() {
        // A kept dot or a slash at every offset around the block edges, in
        // texts of every length around them.
        for len in 0..280 {
            for at in 0..len {
                for (c, n) in [
                    (b'.', b'a'),
                    (b'/', b' '),
                    (b'.', 0xc3),
                    (b'.', b')'),
                    (b'.', b' '),
                ] {
                    let mut b = vec![b'x'; len];
                    b[at] = c;
                    if at + 1 < len {
                        b[at + 1] = n;
                    }
                    if n == 0xc3 && at + 2 < len {
                        b[at + 2] = 0xa9;
                    }
                    for from in [0, at.saturating_sub(1), at, at + 1] {
                        assert_eq!(stops(&b, from), kept(&b, from), "{len} {at} {from}");
                    }
                }
                let mut w = vec![b' '; len];
                if at >= 3 {
                    w[at - 3..at].copy_from_slice(b"wwW");
                    w[at] = b'.';
                    assert_eq!(stops(&w, 0), kept(&w, 0), "www {len} {at}");
                }
            }
        }
    }

    #[test]
    fn trigger_search_keeps_numbers_and_www_at_block_edges() {
        // Dots in numbers (which `decimal_dot` may drop) and after `w`s,
        // at every offset around the block edges: every one `dot_rejected`
        // keeps is found.
        let pats: &[&str] = &[
            "1.2",
            "12.34",
            "1.234",
            "1.2.3",
            "1.2.3.4",
            "255.255.255.255",
            "9.99%",
            "1.2&",
            "1.2[",
            "1.2(",
            "1.2{",
            "1.2-",
            "1.2_",
            "1.2\u{e9}",
            "1.1a",
            "a1.23",
            ".1.2",
            "1.2..",
            "1.23.",
            "1.123.12",
            "1.12.1",
            "255.255.255.25",
            "ww.",
            "w.",
            "www.",
            "xwww.",
            "www.\n",
            "W.W.",
        ];
        for pat in pats {
            for len in 0..200 {
                for at in 0..len {
                    let mut b = vec![b' '; len];
                    let p = pat.as_bytes();
                    if at + p.len() > len {
                        continue;
                    }
                    b[at..at + p.len()].copy_from_slice(p);
                    assert_eq!(stops(&b, 0), kept(&b, 0), "{pat:?} {len} {at}");
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        #[test]
        fn alpha_word_shortcut_is_is_prose(
            w in "[A-Za-z]{1,18}|[a-z]{1,4}|[A-Z][a-z]{0,5}",
            path in "(/[a-zA-Z0-9é_-]{0,8}){0,3}",
        ) {
            if !words::is_prose_word(&w) {
                let f = Frag { text: &w, core: &w };
                proptest::prop_assert_eq!(alpha_word_is_prose(&w, &path), is_prose(&f, &path));
            }
        }
    }

    #[test]
    fn ipv4_needs_four_labels() {
        for (h, want) in [
            ("1.2.3.4", true),
            ("255.0.10.99", true),
            ("1.2.3", false),
            ("1.2.3.4.5", false),
            ("3.5", false),
            ("256.1.1.1", false),
            ("1..3.4", false),
            ("1.2.3.", false),
            ("a.b.c.d", false),
        ] {
            assert_eq!(is_ipv4(h), want, "{h}");
        }
    }

    #[test]
    fn scheme_prefixes() {
        for (_, canonical, _) in SCHEMES {
            assert_eq!(scheme_prefix(canonical), format!("{canonical}://"));
        }
    }

    #[test]
    fn scheme_spellings_end_in_p_or_s() {
        // `try_slash` rejects a letter run that ends otherwise at once.
        for (spelling, _, _) in SCHEMES {
            assert!(spelling.ends_with(['p', 's']), "{spelling}");
        }
    }

    #[test]
    fn plain_end_is_the_plain_class() {
        // Every byte value at every position, after plain bytes, in texts
        // of lengths around the 32-byte chunks.
        for len in [1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 70] {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut v = vec![b'a'; len];
                    v[at] = b;
                    let want = if class(b) & PLAIN != 0 { len } else { at };
                    assert_eq!(plain_end(&v, 0), want, "{len} {at} {b:#x}");
                    assert_eq!(plain_end(&v, at), want, "{len} {at} {b:#x}");
                }
            }
            assert_eq!(plain_end(&vec![b'/'; len], len), len);
        }
    }

    /// The char-by-char forms the byte code replaced.
    fn userinfo_end_chars(t: &str, i: usize) -> Option<usize> {
        let s = t.get(i..)?;
        for (n, c) in s.char_indices().take(128) {
            match c {
                '@' => return if n > 0 { Some(i + n + 1) } else { None },
                '/' | '?' | '#' | '[' | ']' | '"' | '\'' | '<' | '>' | '(' | ')' => return None,
                c if c.is_whitespace() || is_terminator(c) => return None,
                _ => {}
            }
        }
        None
    }

    fn suffix_labels_string(host: &str) -> usize {
        let h = host.trim_end_matches('.').to_lowercase();
        if h.is_empty() || h.len() > MAX_HOST {
            return 0;
        }
        match psl::suffix(h.as_bytes()) {
            Some(s) if s.is_known() && s.as_bytes().len() < h.len() => {
                s.as_bytes().split(|&b| b == b'.').count()
            }
            _ => 0,
        }
    }

    fn bare_host_ok_chars(host: &str) -> bool {
        if host.len() > MAX_HOST || host.contains('_') || host.contains("..") {
            return false;
        }
        let labels: Vec<&str> = host.split('.').collect();
        if labels.len() < 2
            || labels
                .iter()
                .any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
        {
            return false;
        }
        if is_ipv4(host) {
            return true;
        }
        let tld = labels.last().copied().unwrap_or("");
        let tld_case_ok =
            tld.chars().all(|c| !c.is_uppercase()) || host.chars().all(|c| !c.is_lowercase());
        tld_case_ok && !tld.bytes().all(|b| b.is_ascii_digit()) && suffix_labels(host) > 0
    }

    /// The builder's raw ends, kept one per char as they were before the
    /// run map: the model the builder must agree with.
    #[derive(Default)]
    struct Ends {
        out: String,
        ends: Vec<usize>,
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        #[test]
        fn builder_ends_match_one_end_per_char(
            ops in proptest::collection::vec(
                (0u8..5, "[a-z.é&]{0,4}", 0usize..40),
                0..40,
            ),
        ) {
            let start = 7;
            let mut b = Builder::new(start);
            let mut m = Ends::default();
            let mut raw = start;
            for (op, s, skip) in &ops {
                match op {
                    0 => {
                        // Copied as it is from the raw text.
                        raw += skip % 3;
                        b.push_raw(s, raw);
                        for c in s.chars() {
                            raw += c.len_utf8();
                            m.out.push(c);
                            m.ends.push(raw);
                        }
                    }
                    1 => {
                        // Chars that all end at one raw position.
                        raw += skip;
                        b.push_str(s, raw);
                        for c in s.chars() {
                            m.out.push(c);
                            m.ends.push(raw);
                        }
                    }
                    2 => {
                        let c = s.chars().next().unwrap_or('x');
                        raw += skip;
                        b.push(c, raw);
                        m.out.push(c);
                        m.ends.push(raw);
                    }
                    3 => {
                        for _ in 0..skip % 4 {
                            proptest::prop_assert_eq!(b.pop(), m.out.pop());
                            m.ends.pop();
                        }
                    }
                    _ => {
                        raw += skip;
                        b.set_last_end(raw);
                        if let Some(e) = m.ends.last_mut() {
                            *e = raw;
                        }
                    }
                }
                proptest::prop_assert_eq!(&b.out, &m.out);
                proptest::prop_assert_eq!(b.end(), m.ends.last().copied().unwrap_or(start));
            }
        }

        #[test]
        fn byte_helpers_match_the_char_forms(
            t in r#"([a-zA-Z0-9.@/?#:\-_ \n"'<>()\[\]]|é|É|\u{a0}|\u{2014}|\u{201c}){0,40}"#,
        ) {
            for i in 0..=t.len() {
                if t.is_char_boundary(i) {
                    proptest::prop_assert_eq!(userinfo_end(&t, i), userinfo_end_chars(&t, i));
                }
            }
            for host in t.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '_')) {
                proptest::prop_assert_eq!(suffix_labels(host), suffix_labels_string(host), "{:?}", host);
                proptest::prop_assert_eq!(bare_host_ok(host), bare_host_ok_chars(host), "{:?}", host);
                proptest::prop_assert_eq!(has_empty_label(host), host.contains(".."));
                proptest::prop_assert_eq!(last_label(host), host.rsplit('.').next().unwrap_or(""));
            }
        }
    }

    #[test]
    fn suffix_and_host_checks() {
        for host in [
            "example.com",
            "Example.COM",
            "EXAMPLE.COM",
            "example.Com",
            "bbc.co.uk",
            "co.uk",
            "x.co.uk.",
            "münchen.de",
            "MÜNCHEN.DE",
            "例え.テスト",
            "1.2.3.4",
            "a..com",
            "-a.com",
            "a-.com",
            "a_b.com",
            "com",
            "",
        ] {
            assert_eq!(suffix_labels(host), suffix_labels_string(host), "{host}");
            assert_eq!(bare_host_ok(host), bare_host_ok_chars(host), "{host}");
        }
        let long = format!("{}.com", "a".repeat(MAX_HOST));
        assert_eq!(suffix_labels(&long), 0);
        assert_eq!(suffix_labels("bbc.co.uk"), 2);
    }

    #[test]
    fn link_syntax_before_the_url() {
        for (t, target) in [
            ("<a href=\"https://a.com/x\">y</a>", true),
            ("<a HREF='https://a.com/x'>y</a>", true),
            ("<a Href=https://a.com/x>y</a>", true),
            ("<a href= \"https://a.com/x\">y</a>", false),
            ("[y](https://a.com/x)", true),
            ("<a hreff https://a.com/x", false),
            ("éhref=\"https://a.com/x\"", true),
            ("éé=\"https://a.com/x\"", false),
            // The eight bytes before the URL do not start on a char
            // boundary: not seen as link syntax (as before).
            ("ééhref=https://a.com/x", false),
            ("\u{2014}ref=\"https://a.com/x\"", false),
        ] {
            for mode in [Mode::Text, Mode::Raw] {
                let ctx = Ctx {
                    mode,
                    hint: &[],
                    fast_lanes: false,
                };
                let mut got = None;
                scan(t, &ctx, |c| {
                    got = Some(c.target);
                    false
                });
                assert_eq!(got, Some(target), "{t:?} {mode:?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// Runs of dots between letters and digits, and numbers with dots
        /// (decimals, versions, dates, IPv4 addresses), bounded by
        /// anything: the fast lanes for dots (`dot_rejected`, with its
        /// decimal numbers, and the run lane) answer as `try_dot` does.
        #[test]
        fn dot_fast_lanes_are_exact(
            runs in proptest::collection::vec(
                proptest::prop_oneof![
                    (
                        "([ ,;:!?(\\[{&@/_=#$%+~-]|é|\n|)",
                        "([A-Za-z0-9]{1,4}\\.){1,4}[A-Za-z0-9]{1,4}\\.?",
                        "([ ,;:!?)\\]}&@/_=#$%+~.-]|é|\n|\\[\\.\\]|)",
                    ),
                    (
                        "([ ,;:!?(\\[{&@/_=#$%+~.a-]|é|\n|)",
                        "[0-9]{1,4}(\\.[0-9]{1,4}){0,4}|([12]?[0-9]{1,2}\\.){3}[0-9]{1,3}",
                        "([ ,;:!?)\\]}&@/_=#$%+~.x-]|é|\n|\\[\\.\\]|&#46;com|\\.com|[a-z]{1,3}|)",
                    ),
                ],
                1..6,
            ),
        ) {
            let t: String = runs.iter().map(|(a, b, c)| format!("{a}{b}{c}")).collect();
            proptest::prop_assert_eq!(all(&t, Mode::Text, true), all(&t, Mode::Text, false), "{:?}", t);
            // Each dot the fast lanes drop is one `try_dot` rejects on its
            // own, not only one whose run another dot finds.
            let b = t.as_bytes();
            for i in memchr::memchr_iter(b'.', b) {
                if dot_rejected(b, i) {
                    proptest::prop_assert!(try_dot(&t, i, i, 0, &Ctx::TEXT).is_err(), "{} {:?}", i, t);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// The host test from byte masks answers as the label loop does.
        #[test]
        fn host_masks_are_the_label_loop(
            host in "[a-zA-Z0-9.-]{0,34}",
            end in "(/|:|\\?| |\\.|-|é|_|)",
            pad in 0usize..40,
            at in 0usize..3,
        ) {
            let s = format!("{}{host}{end}{}", "x".repeat(at), "/".repeat(pad));
            let b = s.as_bytes();
            let got = host_end(b, at);
            proptest::prop_assert_eq!(got.map(|(k, _)| k), host_labels_end(b, at), "{:?}", s);
            if let Some((k, true)) = got {
                // Normal: lower-case, no `--`, a last label of letters.
                let h = &s[at..k];
                let last = h.rsplit('.').next().unwrap_or("");
                proptest::prop_assert!(
                    !h.bytes().any(|c| c.is_ascii_uppercase())
                        && !h.contains("--")
                        && !last.is_empty()
                        && last.bytes().all(|c| c.is_ascii_lowercase()),
                    "{:?}", h
                );
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// The byte version of `plausible_host` answers as the plain
        /// reading of its rule does.
        #[test]
        fn plausible_host_is_its_rule(run in "[0-9aAzZ.é]{0,16}|([0-9]{1,3}\\.){2,4}[0-9]{1,3}\\.?") {
            let trimmed = run.trim_end_matches('.');
            let last = trimmed.rsplit('.').next().unwrap_or("");
            let want = if last.bytes().all(|b| b.is_ascii_digit()) {
                is_ipv4(trimmed)
            } else if last.is_ascii() {
                last.len() >= 2
                    && last.bytes().all(|b| b.is_ascii_alphabetic())
                    && (last.bytes().all(|b| b.is_ascii_lowercase())
                        || !trimmed.bytes().any(|b| b.is_ascii_lowercase()))
            } else {
                true
            };
            proptest::prop_assert_eq!(plausible_host(&run), want, "{:?}", run);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        #[test]
        fn trigger_search_keeps_every_trigger(
            t in r#"([a-zA-Z0-9 ./wW()\]}\n\t"',:\-]|\u{e9}|\u{201d}|\. |www\. |https://a\.b/c){0,300}"#,
            from in 0usize..400,
        ) {
            let b = t.as_bytes();
            let from = from.min(b.len());
            proptest::prop_assert_eq!(stops(b, from), kept(b, from));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        #[test]
        fn fast_lanes_are_exact(
            pre in "(|[a-z]{1,6}| |\\(|\"|:|href=|\\n|www\\.|www)",
            url in "https?://[a-zA-Z0-9.-]{1,10}(/[a-zA-Z0-9._~=%&;:,!*?#-]{0,16}){0,3}",
            post in "([ .,;:!?*)\\]\"'/&-]|\\n|\\n\\n|\\u{201d}|\\u{a0}|[a-zA-Z0-9]{1,6}|the|for){0,6}",
        ) {
            // Long enough that the block search of the triggers is used.
            let t = format!("{pre}{url}{post} {pre}{url}").repeat(4);
            for mode in [Mode::Text, Mode::Raw] {
                proptest::prop_assert_eq!(all(&t, mode, true), all(&t, mode, false), "{:?}", t);
            }
        }

        /// The prose-word test on sixteen bytes at once answers as the one
        /// byte by byte, on words of the list in any case, other words,
        /// and whatever may follow them.
        #[test]
        fn prose_word_at_is_prose_word_in(
            word in "(for|and|the|The|FOR|And|a|in|to|of|with|more|also|because|nevertheless|x|fo|forr|[a-zA-Z]{1,18})",
            after in "( |\t|\n|\r|\u{a0}|\u{2003}|[.,;:!?*)\\]\\-/0-9@\\[`{~]|é|É|\u{201d})",
            tail in "[ a-zA-Z0-9.]{16}",
        ) {
            let s = format!("{word}{after}{tail}");
            let w: &[u8; 17] = s.as_bytes().first_chunk().unwrap();
            proptest::prop_assert_eq!(prose_word_at(w), prose_word_in(w), "{:?}", s);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        /// The measure of a clean URL's path: the same at every vector
        /// level this CPU has, and, with the byte loop after it, the run of
        /// plain bytes and its first byte off a normal path, by the book.
        #[cfg(target_arch = "x86_64")]
        #[test]
        fn plain_path_runs_agree(
            t in "([a-z0-9/._~-]|[A-Z]|/\\.|[,;:!?*%=&+]|[ \n\"<>(){}]|\u{e9}|\u{201d}){0,300}",
        ) {
            let b = t.as_bytes();
            let path_ok = |i: usize| {
                crate::clean::path_byte(b[i]) && !(b[i] == b'.' && b[i - 1] == b'/')
            };
            for j in 1..b.len() {
                let levels = [Some(blocks::Level::Avx512), Some(blocks::Level::Avx2)];
                let runs: Vec<_> = levels
                    .into_iter()
                    .filter(|l| l.is_some_and(blocks::Level::present))
                    .map(|l| blocks::plain_path_run_at(l, b, j))
                    .collect();
                proptest::prop_assert!(runs.windows(2).all(|w| w[0] == w[1]), "{:?} {}", t, j);
                let k = (j..b.len()).find(|&i| class(b[i]) & PLAIN == 0).unwrap_or(b.len());
                let odd = (j..k).find(|&i| !path_ok(i)).unwrap_or(k);
                proptest::prop_assert_eq!(plain_path_end(b, j, true), (k, odd), "{:?} {}", t, j);
                // In a text of 33 bytes or more, the vector test alone reaches
                // the run's end (the last bytes in the 32 that end the text).
                if let Some(&(vk, vodd)) = runs.first().filter(|_| b.len() >= 33) {
                    proptest::prop_assert_eq!((vk, vodd.min(vk)), (k, odd), "{:?} {}", t, j);
                }
                // The test of a whole path up to `end`, which reads nothing
                // after it: are all its bytes on a normal path?
                for end in [b.len(), b.len() * 2 / 3, j + 40].into_iter().filter(|&e| e >= j && e <= b.len()) {
                    let want = (j..end).all(path_ok);
                    if let Some(got) = blocks::path_plain(&b[..end], j, end) {
                        proptest::prop_assert_eq!(got, want, "{:?} {} {}", t, j, end);
                    }
                }
            }
        }
    }

    #[test]
    fn letters_of_sixteen_bytes() {
        // Every byte value at every position, after some letters.
        for lead in 0..16 {
            for b in 0..=255u8 {
                let mut w = [b'q'; 16];
                w[lead] = b;
                let v = u128::from_le_bytes(w);
                let want = if b.is_ascii_alphabetic() { 16 } else { lead };
                assert_eq!(words::letters_len(v), want, "{lead} {b:#x}");
            }
        }
        // The key of the letters is the packed key of the word lower-cased.
        for word in ["for", "And", "THE", "a", "Nevertheless", "abcdefghijklmnop"] {
            let mut w = [b' '; 16];
            w[..word.len()].copy_from_slice(word.as_bytes());
            let v = u128::from_le_bytes(w);
            let n = words::letters_len(v);
            assert_eq!(n, word.len());
            assert_eq!(
                words::is_prose_key(words::letters_key(v, n)),
                words::is_prose_word(word),
                "{word}"
            );
        }
    }
}
