//! The x86-64 level, AVX2 detected at run time: the trigger search of
//! `scan::triggers` and the path test of the clean-URL lane.
//!
//! This is the crate's only `unsafe`: the calls into the vector code, each
//! made right after checking that the CPU has the feature it is compiled
//! for. The vector code itself is safe Rust.

use super::block::Block;
use std::arch::x86_64::{
    __m256i, _mm256_and_si256, _mm256_andnot_si256, _mm256_cmpeq_epi8, _mm256_max_epu8,
    _mm256_min_epu8, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8, _mm256_setzero_si256,
    _mm256_shuffle_epi8, _mm256_srli_epi16, _mm256_sub_epi8, _mm256_xor_si256,
};

/// The vector instructions the block search uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Level {
    /// 32 bytes at a time (AVX2).
    Avx2,
}

impl Level {
    /// Every level, for the tests that compare them.
    #[cfg(test)]
    pub(crate) const ALL: &'static [Level] = &[Level::Avx2];

    /// The best level this CPU has, if any.
    pub(crate) fn detect() -> Option<Level> {
        Level::Avx2.present().then_some(Level::Avx2)
    }

    /// Does this CPU have the level? (`std` caches the answer.)
    pub(crate) fn present(self) -> bool {
        match self {
            Level::Avx2 => std::is_x86_feature_detected!("avx2"),
        }
    }
}

/// The first block from `s` on that holds a trigger, written to `out`
/// (`Ok`), with `out.base == s` or later (written in place: a returned
/// block costs a store-forwarding stall). `Err(tail)` when there is none
/// before `tail`, from where the caller searches byte by byte (a block
/// needs a byte before and after it, so `Err(s)` for `s == 0`, or when the
/// CPU lacks `level`).
pub(crate) fn next(bytes: &[u8], s: usize, level: Level, out: &mut Block) -> Result<(), usize> {
    if !level.present() {
        return Err(s);
    }
    match level {
        // SAFETY: calling a `#[target_feature]` function is sound when the
        // CPU has the feature, which `present` just checked.
        #[allow(unsafe_code)]
        Level::Avx2 => unsafe { next_avx2(bytes, s, out) },
    }
}

/// [`next`] with AVX2: 128 bytes at a time while they last, then 64.
#[target_feature(enable = "avx2")]
fn next_avx2(bytes: &[u8], mut s: usize, out: &mut Block) -> Result<(), usize> {
    // The 130 bytes from `s - 1`: four chunks, and one byte either side.
    while let Some(w) = window::<130>(bytes, s) {
        let (Some(h0), Some(h1), Some(h2), Some(h3)) =
            (chunk(w, 0), chunk(w, 32), chunk(w, 64), chunk(w, 96))
        else {
            break;
        };
        // One test for the 128 bytes; most hold nothing.
        let any = _mm256_or_si256(_mm256_or_si256(h0, h1), _mm256_or_si256(h2, h3));
        if _mm256_movemask_epi8(any) != 0 {
            let bits = [h0, h1, h2, h3]
                .into_iter()
                .enumerate()
                .fold(0u128, |a, (k, h)| {
                    a | u128::from(_mm256_movemask_epi8(h) as u32) << (32 * k)
                });
            *out = Block {
                base: s,
                len: 128,
                bits,
            };
            return Ok(());
        }
        s += 128;
    }
    // The last 64-byte block, if there is one.
    if let Some(w) = window::<66>(bytes, s) {
        if let (Some(h0), Some(h1)) = (chunk(w, 0), chunk(w, 32)) {
            let m0 = _mm256_movemask_epi8(h0) as u32;
            let m1 = _mm256_movemask_epi8(h1) as u32;
            let bits = u128::from(m0) | u128::from(m1) << 32;
            if bits != 0 {
                *out = Block {
                    base: s,
                    len: 64,
                    bits,
                };
                return Ok(());
            }
            s += 64;
        }
    }
    Err(s)
}

/// The `N` bytes of `bytes` from `s - 1`.
#[inline(always)]
fn window<const N: usize>(bytes: &[u8], s: usize) -> Option<&[u8; N]> {
    s.checked_sub(1)
        .and_then(|a| bytes.get(a..a + N))
        .and_then(|w| <&[u8; N]>::try_from(w).ok())
}

/// The 32 bytes of `w` from `o` as a vector. On a fixed-size array with
/// a constant `o`, no bounds check is left after optimisation.
#[inline(always)]
fn v32(w: &[u8], o: usize) -> Option<__m256i> {
    w.get(o..o + 32)
        .and_then(|x| <[u8; 32]>::try_from(x).ok())
        .map(bytemuck::cast::<[u8; 32], __m256i>)
}

/// [`hits`] for the 32 bytes of `w` from `o + 1`, with the byte before
/// and after each.
#[inline]
#[target_feature(enable = "avx2")]
fn chunk(w: &[u8], o: usize) -> Option<__m256i> {
    Some(hits(v32(w, o)?, v32(w, o + 1)?, v32(w, o + 2)?))
}

/// All ones in the lanes of `c` that hold a slash, or a dot followed by
/// `)` or a byte from `0` up (`n`), or preceded by `w` or `W` (`p`).
#[inline]
#[target_feature(enable = "avx2")]
fn hits(p: __m256i, c: __m256i, n: __m256i) -> __m256i {
    // `n >= b'0'` as `max(n, b'0') == n`, unsigned: digits, letters, `]`,
    // `}` and every non-ASCII byte.
    let digit_on = _mm256_cmpeq_epi8(_mm256_max_epu8(n, _mm256_set1_epi8(b'0' as i8)), n);
    let paren = _mm256_cmpeq_epi8(n, _mm256_set1_epi8(b')' as i8));
    let after_w = _mm256_cmpeq_epi8(
        _mm256_or_si256(p, _mm256_set1_epi8(0x20)),
        _mm256_set1_epi8(b'w' as i8),
    );
    let dot = _mm256_and_si256(
        _mm256_cmpeq_epi8(c, _mm256_set1_epi8(b'.' as i8)),
        _mm256_or_si256(_mm256_or_si256(digit_on, paren), after_w),
    );
    let slash = _mm256_cmpeq_epi8(c, _mm256_set1_epi8(b'/' as i8));
    _mm256_or_si256(dot, slash)
}

/// All ones in the lanes of `v` from `lo` to `lo + max`: unsigned
/// `v - lo <= max`, as `min(v - lo, max) == v - lo`.
#[inline]
#[target_feature(enable = "avx2")]
fn within(v: __m256i, lo: u8, max: u8) -> __m256i {
    let x = _mm256_sub_epi8(v, _mm256_set1_epi8(lo as i8));
    _mm256_cmpeq_epi8(_mm256_min_epu8(x, _mm256_set1_epi8(max as i8)), x)
}

/// The vector part of a path's run (see `arch::plain_path_run`); `(j,
/// usize::MAX)` when the CPU lacks AVX2.
pub(crate) fn plain_path_run(bytes: &[u8], j: usize) -> (usize, usize) {
    if !Level::Avx2.present() {
        return (j, usize::MAX);
    }
    // SAFETY: as in `next`, the CPU has AVX2, which `present` checked.
    #[allow(unsafe_code)]
    unsafe {
        plain_path_run_avx2(bytes, j)
    }
}

/// Where the 32 bytes that end at `end` start, when a test that went
/// through whole 32-byte chunks stopped at `k` with bytes left
/// (`end - 32 < k < end`): its last window, whose first `k - a` bytes
/// were seen. None when nothing is left or `end < 32`.
#[inline(always)]
fn last_window(end: usize, k: usize) -> Option<usize> {
    end.checked_sub(32).filter(|&a| a < k && k < end)
}

/// [`plain_path_run`] with AVX2.
#[target_feature(enable = "avx2")]
fn plain_path_run_avx2(bytes: &[u8], j: usize) -> (usize, usize) {
    // The first 128 bytes at once, when they are there: most URLs end
    // within them, and a loop that leaves after one, two or three chunks,
    // as the URL's length has it, costs a mispredicted branch at nearly
    // every URL. The first byte that is not a path byte comes at the run's
    // end at the latest, so it is the one the loop below would find.
    if let Some(w) = window::<129>(bytes, j) {
        let (mut plain, mut path) = (0u128, 0u128);
        for k in 0..4 {
            let (Some(p), Some(c)) = (v32(w, 32 * k), v32(w, 32 * k + 1)) else {
                break;
            };
            plain |= u128::from(not_plain(c)) << (32 * k);
            path |= u128::from(not_path(p, c)) << (32 * k);
        }
        return first_block(bytes, j, plain, path);
    }
    plain_path_rest_avx2(bytes, j, usize::MAX)
}

/// [`plain_path_run`] from the bits of the 128 bytes from `j` (not plain,
/// not on a normal path), then, when all of them are plain, the 32-byte
/// loop.
#[inline]
#[target_feature(enable = "avx2")]
fn first_block(bytes: &[u8], j: usize, plain: u128, path: u128) -> (usize, usize) {
    let bad = if path != 0 {
        j + path.trailing_zeros() as usize
    } else {
        usize::MAX
    };
    if plain != 0 {
        return (j + plain.trailing_zeros() as usize, bad);
    }
    plain_path_rest_avx2(bytes, j + 128, bad)
}

/// The 32-byte loop of [`plain_path_run_avx2`] from `j`, with `bad` as
/// found so far. Kept out of line: most URLs end in the first 128 bytes.
#[inline(never)]
#[target_feature(enable = "avx2")]
fn plain_path_rest_avx2(bytes: &[u8], mut j: usize, mut bad: usize) -> (usize, usize) {
    while let Some(c) = v32(bytes, j) {
        if bad == usize::MAX {
            if let Some(p) = j.checked_sub(1).and_then(|a| v32(bytes, a)) {
                let m = not_path(p, c);
                if m != 0 {
                    bad = j + m.trailing_zeros() as usize;
                }
            } else {
                bad = j;
            }
        }
        let m = not_plain(c);
        if m != 0 {
            return (j + m.trailing_zeros() as usize, bad);
        }
        j += 32;
    }
    // Fewer than 32 bytes left: the 32 that end the text (a short raw text
    // in `repair` ends here), with the byte before them.
    let Some(a) = last_window(bytes.len(), j).filter(|&a| a >= 1) else {
        return (j, bad);
    };
    let (Some(p), Some(c)) = (v32(bytes, a - 1), v32(bytes, a)) else {
        return (j, bad);
    };
    let shift = j - a;
    if bad == usize::MAX {
        let m = not_path(p, c) >> shift;
        if m != 0 {
            bad = j + m.trailing_zeros() as usize;
        }
    }
    (plain_tail(c, shift, j, bytes.len()), bad)
}

/// One bit per byte of `c` that is not a [`path_byte`] (an ASCII letter or
/// digit, `-`, `.`, `/`, `_` or `~`) or is a `.` after a `/` (`p`: the
/// bytes a position earlier).
///
/// [`path_byte`]: crate::chars::path_byte
#[inline]
#[target_feature(enable = "avx2")]
fn not_path(p: __m256i, c: __m256i) -> u32 {
    let eq = |v: __m256i, b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
    // `-./` and the digits are 0x2d..=0x39.
    let path = _mm256_or_si256(
        _mm256_or_si256(
            within(_mm256_or_si256(c, _mm256_set1_epi8(0x20)), b'a', 25),
            within(c, b'-', 12),
        ),
        _mm256_or_si256(eq(c, b'_'), eq(c, b'~')),
    );
    let dot_after_slash = _mm256_and_si256(eq(c, b'.'), eq(p, b'/'));
    let ok = _mm256_andnot_si256(dot_after_slash, path);
    !(_mm256_movemask_epi8(ok) as u32)
}

/// The end of the run of plain bytes from `j` when `c` holds the last 32
/// bytes of a text of `len` bytes, of which the first `seen` come before
/// `j`: the first byte from `j` that is not plain, or `len`.
#[inline]
#[target_feature(enable = "avx2")]
fn plain_tail(c: __m256i, seen: usize, j: usize, len: usize) -> usize {
    match not_plain(c) >> seen {
        0 => len,
        m => j + m.trailing_zeros() as usize,
    }
}

/// The excluded bytes of [`not_plain`] by high nibble, one bit each: 2 ->
/// 1, 3 -> 2, 5 -> 4, 6 -> 8, 7 -> 16.
const NOT_PLAIN_HI: [u8; 16] = [0, 0, 1, 2, 0, 4, 8, 16, 0, 0, 0, 0, 0, 0, 0, 0];

/// The excluded bytes of [`not_plain`] by low nibble: the bits of the high
/// nibbles whose byte is excluded.
// 0x22 " 0x26 & 0x27 ' 0x28 ( 0x29 ) | 0x3c < 0x3e > |
// 0x5b [ 0x5c \ 0x5d ] 0x5e ^ | 0x60 ` | 0x7b { 0x7c | 0x7d }.
#[rustfmt::skip]
const NOT_PLAIN_LO: [u8; 16] = [8, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 4 | 16, 2 | 4 | 16, 4 | 16, 2 | 4, 0];

/// A 16-byte table in each 128-bit lane of a 32-byte vector (byte shuffles
/// look up within their lane).
#[inline(always)]
fn lanes256(t: [u8; 16]) -> __m256i {
    bytemuck::cast::<[[u8; 16]; 2], __m256i>([t; 2])
}

/// One bit per byte that is not a [`plain_byte`]: outside `!`..=`~`, or
/// one of `"&'()<>[\]^`{|}`. The excluded bytes are found with the
/// usual two nibble tables: one bit per high nibble (2, 3, 5, 6, 7), and
/// for each low nibble the bits of the high nibbles it is excluded with.
///
/// [`plain_byte`]: crate::chars::plain_byte
#[inline]
#[target_feature(enable = "avx2")]
fn not_plain(c: __m256i) -> u32 {
    let (lo_bits, hi_bits) = (lanes256(NOT_PLAIN_LO), lanes256(NOT_PLAIN_HI));
    let nib = _mm256_set1_epi8(0x0f);
    let lo = _mm256_and_si256(c, nib);
    let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(c), nib);
    let excluded = _mm256_and_si256(
        _mm256_shuffle_epi8(lo_bits, lo),
        _mm256_shuffle_epi8(hi_bits, hi),
    );
    let is_excluded = _mm256_xor_si256(
        _mm256_cmpeq_epi8(excluded, _mm256_setzero_si256()),
        _mm256_set1_epi8(-1),
    );
    let in_range = within(c, 0x21, 0x7e - 0x21);
    let plain = _mm256_andnot_si256(is_excluded, in_range);
    !(_mm256_movemask_epi8(plain) as u32)
}
