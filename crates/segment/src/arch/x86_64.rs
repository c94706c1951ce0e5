//! The x86-64 level: the boundary masks of a 64-byte block with AVX2.
//!
//! The portable level classifies each byte once and finds the neighbours
//! of a byte by shifting the class masks, with the bytes around the block
//! read one by one. Here each 32-byte half is loaded four times instead,
//! at offsets -2, -1, 0 and +1, so that every rule that reads the bytes
//! around a boundary is a lane-wise AND of compares, and only two masks
//! per half leave the vector registers: the pairs that stay joined and the
//! lanes with a non-ASCII byte near them.
#![allow(unsafe_code)]

use super::generic::{self, Block, BLOCK};
use std::arch::x86_64::{
    __m256i, _mm256_add_epi8, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8,
    _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8, _mm256_set_epi64x,
};

/// The AVX2 level when this CPU has AVX2 and BMI1.
pub(super) fn detect() -> Option<super::BlockFn> {
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("bmi1") {
        Some(block_avx2_entry)
    } else {
        None
    }
}

/// The bytes a block reads: two before it, its 64, one after.
const WINDOW: usize = BLOCK + 3;

/// 32 bytes as a vector (the compiler makes this one unaligned load).
#[target_feature(enable = "avx2")]
fn load32(b: &[u8; 32]) -> __m256i {
    let mut q = [0i64; 4];
    for (dst, src) in q.iter_mut().zip(b.chunks_exact(8)) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(src);
        *dst = i64::from_le_bytes(eight);
    }
    let [a, b, c, d] = q;
    _mm256_set_epi64x(d, c, b, a)
}

/// The 32 bytes of `w` from `at` (`at + 32 <= WINDOW`, so never short).
#[target_feature(enable = "avx2")]
fn load_at(w: &[u8; WINDOW], at: usize) -> __m256i {
    let mut b = [0u8; 32];
    if let Some(src) = w.get(at..at + 32) {
        b.copy_from_slice(src);
    }
    load32(&b)
}

#[target_feature(enable = "avx2")]
fn eq(x: __m256i, c: u8) -> __m256i {
    _mm256_cmpeq_epi8(x, _mm256_set1_epi8(c as i8))
}

/// Lanes with an ASCII letter: `(x | 0x20) - b'a' < 26` as unsigned bytes,
/// written as one signed compare (adding 0x80 turns the unsigned order into
/// the signed one).
#[target_feature(enable = "avx2")]
fn alpha(x: __m256i) -> __m256i {
    let t = _mm256_add_epi8(
        _mm256_or_si256(x, _mm256_set1_epi8(0x20)),
        _mm256_set1_epi8((0x80u8 - b'a') as i8),
    );
    _mm256_cmpgt_epi8(_mm256_set1_epi8((0x80u8 + 26) as i8), t)
}

/// Lanes with an ASCII digit: `x - b'0' < 10` as unsigned bytes.
#[target_feature(enable = "avx2")]
fn digit(x: __m256i) -> __m256i {
    let t = _mm256_add_epi8(x, _mm256_set1_epi8((0x80u8 - b'0') as i8));
    _mm256_cmpgt_epi8(_mm256_set1_epi8((0x80u8 + 10) as i8), t)
}

/// `'` `.` `:` and `'` `.` `,` `;` lanes: the mid characters of letters
/// (WB6/WB7) and of digits (WB11/WB12).
#[target_feature(enable = "avx2")]
fn mids(x: __m256i) -> (__m256i, __m256i) {
    let quote_dot = _mm256_or_si256(eq(x, b'\''), eq(x, b'.'));
    (
        _mm256_or_si256(quote_dot, eq(x, b':')),
        _mm256_or_si256(quote_dot, _mm256_or_si256(eq(x, b','), eq(x, b';'))),
    )
}

/// (joined, near non-ASCII) of the 32 boundaries before the bytes at
/// `w[2 + h ..]`: bit i of the first is set when the ASCII rules join the
/// bytes at `h + i - 1` and `h + i` of the block, bit i of the second when
/// one of the bytes `h + i - 2 ..= h + i + 1` is not ASCII.
#[target_feature(enable = "avx2")]
fn half(w: &[u8; WINDOW], h: usize) -> (u32, u32) {
    let p2 = load_at(w, h);
    let p = load_at(w, h + 1);
    let c = load_at(w, h + 2);
    let n = load_at(w, h + 3);
    let (ap, dp, ac, dc) = (alpha(p), digit(p), alpha(c), digit(c));
    let word = |a, d, x| _mm256_or_si256(_mm256_or_si256(a, d), eq(x, b'_'));
    let (ml_p, mn_p) = mids(p);
    let (ml_c, mn_c) = mids(c);
    let and3 = |a, b, c| _mm256_and_si256(_mm256_and_si256(a, b), c);
    // WB5, WB8-WB10, WB13a/b: word bytes; WB3d: spaces; WB3: CR LF.
    let join = _mm256_or_si256(
        _mm256_and_si256(word(ap, dp, p), word(ac, dc, c)),
        _mm256_or_si256(
            _mm256_and_si256(eq(p, b' '), eq(c, b' ')),
            _mm256_and_si256(eq(p, b'\r'), eq(c, b'\n')),
        ),
    );
    // WB6/WB7, WB11/WB12: a mid character between two letters or two
    // digits, here (joined to the byte before) or just before (joined to
    // this one).
    let glue_here = _mm256_or_si256(and3(ml_c, ap, alpha(n)), and3(mn_c, dp, digit(n)));
    let glue_before = _mm256_or_si256(and3(ml_p, alpha(p2), ac), and3(mn_p, digit(p2), dc));
    let keep = _mm256_or_si256(join, _mm256_or_si256(glue_here, glue_before));
    let high = _mm256_or_si256(_mm256_or_si256(p2, p), _mm256_or_si256(c, n));
    (
        _mm256_movemask_epi8(keep) as u32,
        _mm256_movemask_epi8(high) as u32,
    )
}

#[target_feature(enable = "avx2,bmi1")]
fn block_avx2(bytes: &[u8], base: usize) -> Block {
    let inner: Option<&[u8; WINDOW]> = base
        .checked_sub(2)
        .and_then(|from| bytes.get(from..from + WINDOW))
        .and_then(|s| s.try_into().ok());
    let padded;
    let w = match inner {
        Some(w) => w,
        None => {
            padded = pad(bytes, base);
            &padded
        }
    };
    let (k0, h0) = half(w, 0);
    let (k1, h1) = half(w, 32);
    let keep = u64::from(k0) | (u64::from(k1) << 32);
    let high = u64::from(h0) | (u64::from(h1) << 32);
    generic::finish(bytes.len(), base, keep, high)
}

/// The window of the block at `base` near an end of the text: the bytes
/// there are, zeros (ASCII controls that join nothing) where there are none.
#[cold]
#[inline(never)]
fn pad(bytes: &[u8], base: usize) -> [u8; WINDOW] {
    let mut w = [0u8; WINDOW];
    // Window slot k holds byte base + k - 2: the slots from `skip` on hold
    // the bytes from `from` on, as many as there are.
    let (from, skip) = match base.checked_sub(2) {
        Some(from) => (from, 0),
        None => (0, 2 - base),
    };
    let src = bytes.get(from..).unwrap_or_default();
    if let Some(dst) = w.get_mut(skip..) {
        let n = dst.len().min(src.len());
        if let (Some(d), Some(s)) = (dst.get_mut(..n), src.get(..n)) {
            d.copy_from_slice(s);
        }
    }
    w
}

fn block_avx2_entry(bytes: &[u8], base: usize) -> Block {
    // SAFETY: `detect` hands this function out only after it has checked at
    // run time that the CPU supports AVX2 and BMI1, the features that
    // `block_avx2` is compiled for; it has no other precondition.
    unsafe { block_avx2(bytes, base) }
}
