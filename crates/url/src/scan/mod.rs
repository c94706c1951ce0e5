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
//!   [`decide`](crate::scan::join::decide)'s, and anything unusual falls back to [`try_slash`].

use fast::{cut_fixes, fast_scheme};
use starts::{try_dot, try_slash};
use std::borrow::Cow;
use triggers::{dot_rejected, Triggers};

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
                    // Returned from here, not through `r`: a candidate
                    // moved after it was written costs a stall.
                    let fast = ctx.fast_lanes.then(|| fast_scheme(t, i, floor, ctx));
                    if let Some(Some(f)) = fast {
                        self.pos = f.end.max(i + 1);
                        self.floor = f.end;
                        let mut fixes = cut_fixes(f.punct);
                        fixes.extend(f.enclosed);
                        return Some(Cand {
                            start: f.start,
                            end: f.end,
                            url: Cow::Borrowed(t.get(f.start..f.end)?),
                            scheme: SchemeKind::Full,
                            fixes,
                            conf: 1.0,
                            target: false,
                            normal: f.normal,
                        });
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
                    self.pos = skip.max(i + 1);
                }
            }
        }
    }
}

mod builder;
mod cand;
mod fast;
mod finish;
mod host;
mod join;
mod path;
mod starts;
mod triggers;

pub(crate) use cand::{Cand, Ctx, Mode, SchemeKind};

#[cfg(test)]
mod tests;
