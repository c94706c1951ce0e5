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
    all_bytes, at, before, entity, is_invisible, is_joiner, is_label_char, is_terminator,
    is_word_char, plain_byte,
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
    /// path of [`crate::chars::path_byte`]s with no `.` right after a `/` (so no
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
    /// A `//` was turned down: the general scanner may have read a
    /// protocol-relative URL to its end and after it first (see
    /// [`Scanner::read_to`]).
    far_miss: bool,
}

impl<'t, 'c, 'h> Scanner<'t, 'c, 'h> {
    pub(crate) fn new(t: &'t str, ctx: &'c Ctx<'h>) -> Self {
        Scanner::resume(t, ctx, (0, 0))
    }

    /// The scanner in the state ([`Scanner::state`]) another one over a
    /// text with the same bytes up to where it has read was in.
    pub(crate) fn resume(t: &'t str, ctx: &'c Ctx<'h>, (pos, floor): (usize, usize)) -> Self {
        Scanner {
            t,
            ctx,
            pos,
            floor,
            triggers: Triggers::new(ctx),
            far_miss: false,
        }
    }

    /// Where the scan has got to, as a byte offset.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    /// The state that decides what comes next: where the search goes on,
    /// and the end of the last candidate.
    pub(crate) fn state(&self) -> (usize, usize) {
        (self.pos, self.floor)
    }

    /// Where what the scan has read so far ends at the latest, after the
    /// last candidate (which ends at `end`): the bytes up to the larger of
    /// `end` and the search position, then the rest of the token, at most
    /// [`READ_PAIRS`] runs of white space each followed by a token, and
    /// at most [`READ_BYTES`] bytes in all. Returns the larger of `end` and
    /// the search position; None when the scanner may have read further
    /// (a `//` it turned down).
    pub(crate) fn read_to(&self, end: usize) -> Option<usize> {
        (!self.far_miss).then_some(end.max(self.pos))
    }
}

/// How many runs of white space, each with the token after it, the scan
/// may read past a candidate: the fragments of [`tail_from`] and the gaps
/// around them, and the gaps a host bridges (`www. example. com`), at most
/// one per two bytes of a host ([`MAX_HOST`]) in an attempt turned down.
pub(crate) const READ_PAIRS: usize = 300;
/// How many bytes after a candidate the scan may read whatever they are
/// (a user name, a word of the prose list, a fragment).
pub(crate) const READ_BYTES: usize = 4096;

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
                                enclosed,
                            }) => {
                                self.pos = end.max(i + 1);
                                self.floor = end;
                                let mut fixes = cut_fixes(punct);
                                fixes.extend(enclosed);
                                // Built where it is returned: see `Fast`.
                                return Some(Cand {
                                    start,
                                    end,
                                    url: Cow::Borrowed(t.get(start..end)?),
                                    scheme: SchemeKind::Full,
                                    fixes,
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
                _ => try_dot(t, i, i, floor, ctx),
            };
            match r {
                Ok(c) => {
                    self.pos = c.end.max(i + 1);
                    self.floor = c.end;
                    return Some(c);
                }
                Err(skip) => {
                    self.far_miss |= bytes.get(i..i + 2) == Some(b"//");
                    self.pos = skip.max(i + 1);
                }
            }
        }
    }
}

mod builder;
mod fast;
mod finish;
mod host;
mod join;
mod path;
mod starts;
mod triggers;

use builder::*;
use fast::*;

use finish::*;
use host::*;
use join::*;
use path::*;
use starts::*;
use triggers::*;

#[cfg(test)]
mod tests;
