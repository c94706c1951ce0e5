//! The search for triggers: the next dot or slash that may start a
//! candidate, and the byte tests that drop most dots of prose before any
//! closer look.

use super::cand::{Ctx, Mode};
use crate::arch;

// ---------------------------------------------------------------------------
// Fast lanes: cheap byte tests that give the same answer as the general
// scanner in the common cases, so prose and clean URLs cost little.

/// A dot in running text that [`try_dot`](crate::scan::starts::try_dot) would reject: the `Err(i + 1)`
/// cases decided by the bytes right before and after it (a sentence end, a
/// dot after punctuation), and the dot of a short decimal number
/// ([`decimal_dot`]). Anything else, a possible defanged dot included, goes
/// to [`try_dot`](crate::scan::starts::try_dot).
#[inline]
pub(super) fn dot_rejected(bytes: &[u8], i: usize) -> bool {
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
/// [`try_dot`](crate::scan::starts::try_dot) rejects: a digit on either side, no other dot in the four
/// bytes before it, and one or two digits after it up to a byte that ends
/// the run of host bytes for good ([`ends_run`]) or the end of the text.
/// The run's last label is then all digits, so it must be an IPv4 address
/// to be a host; but that needs a dot at most four bytes before its last
/// one. (A digit at `i + 1`: the caller saw it.)
#[inline]
pub(super) fn decimal_dot(bytes: &[u8], i: usize) -> bool {
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
pub(super) fn ends_host(b: u8) -> bool {
    b.is_ascii() && !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// A byte after which [`try_dot`](crate::scan::starts::try_dot) sees no more of a host run and checks it
/// as it stands: [`ends_host`], and not one of `[({&`, where a defanged or
/// entity dot may go on.
#[inline]
pub(super) fn ends_run(b: u8) -> bool {
    ends_host(b) && !matches!(b, b'[' | b'(' | b'{' | b'&')
}

/// The search for the next dot or slash.
///
/// In running text with the fast lanes on, most dots end sentences and
/// [`dot_rejected`] drops them; stopping at each one cost more than the rest
/// of the scan. There, on x86-64 CPUs with AVX2 (detected at run time),
/// [`arch::next_block`] computes one bit per byte for 128 bytes at a time:
/// a slash, or a dot that [`dot_rejected`] could keep (one followed by a
/// digit, a letter, a closing bracket or a non-ASCII byte, or one after
/// `w`, the `www. example` case), so that `...`, `."` and `.,` cost no
/// stop. The search stops only at those bits, and keeps the block's bits
/// between calls, so the next stop in the same block costs a shift and a
/// trailing-zero count. Every dot it passes over is one [`dot_rejected`]
/// rejects, so the candidates are the same (checked by the tests below).
/// Elsewhere, and for the last bytes, the memchr crate's search for `.` and
/// `/` is used.
pub(super) struct Triggers {
    /// The block search's vector level, when it is used.
    level: Option<arch::Level>,
    /// The last block found, with the bits of the stops already made.
    block: arch::Block,
    /// `(s, tail)`: the block search from `s` found nothing before `tail`,
    /// where whole blocks end.
    tail: Option<(usize, usize)>,
}

impl Triggers {
    pub(super) fn new(ctx: &Ctx<'_>) -> Self {
        let level = if ctx.fast_lanes && ctx.mode == Mode::Text {
            arch::Level::detect()
        } else {
            None
        };
        Triggers {
            level,
            block: arch::Block::default(),
            tail: None,
        }
    }

    /// [`Triggers::new`] with the block search at `level` (None: memchr
    /// only), for the tests of every level this CPU has.
    #[cfg(test)]
    pub(super) fn at_level(level: Option<arch::Level>) -> Self {
        Triggers {
            level,
            ..Triggers::new(&Ctx::TEXT)
        }
    }

    /// The next dot or slash at or after `pos` that may start a candidate.
    #[inline]
    pub(super) fn find(&mut self, bytes: &[u8], pos: usize) -> Option<usize> {
        let mut from = pos;
        if let Some(level) = self.level {
            match self.next_in_blocks(bytes, pos, level) {
                Ok(i) => return Some(i),
                Err(tail) => from = tail,
            }
        }
        memchr::memchr2(b'.', b'/', bytes.get(from..)?).map(|o| from + o)
    }

    /// The next stop at or after `pos` from the blocks: `Ok(i)`, or
    /// `Err(from)`, where the byte search takes over.
    #[inline]
    pub(super) fn next_in_blocks(
        &mut self,
        bytes: &[u8],
        mut pos: usize,
        level: arch::Level,
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
            match arch::next_block(bytes, pos, level, &mut self.block) {
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
