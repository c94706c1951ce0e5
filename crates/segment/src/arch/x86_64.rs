//! The x86-64 level: the boundary masks of a 64-byte block with AVX2.
//!
//! Each 32-byte half of a block is loaded once and classified with vector
//! compares; one movemask per class gives the same class masks as the
//! portable classifier, and the portable level's scalar shifts of those
//! masks ([`generic::boundaries`]) give the boundaries.
#![allow(unsafe_code)]

use super::generic::{self, Block, Classes, BLOCK};
use std::arch::x86_64::{
    __m256i, _mm256_add_epi8, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_movemask_epi8,
    _mm256_or_si256, _mm256_set1_epi8, _mm256_set_epi64x,
};

/// The AVX2 level when this CPU has AVX2 and BMI1.
pub(super) fn detect() -> Option<super::BlockFn> {
    if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("bmi1") {
        Some(block_avx2_entry)
    } else {
        None
    }
}

/// 32 bytes as a vector (the compiler makes this one unaligned load).
#[target_feature(enable = "avx2")]
fn load32(b: &[u8; 32]) -> __m256i {
    let mut q = [0i64; 4];
    for (dst, src) in q.iter_mut().zip(b.as_chunks::<8>().0) {
        *dst = i64::from_le_bytes(*src);
    }
    let [a, b, c, d] = q;
    _mm256_set_epi64x(d, c, b, a)
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

/// The class masks of the 32 bytes at `b`, in the low 32 bits of each.
#[target_feature(enable = "avx2")]
fn classify32(b: &[u8; 32]) -> Classes {
    let x = load32(b);
    let m = |v: __m256i| u64::from(_mm256_movemask_epi8(v) as u32);
    let (a, d) = (alpha(x), digit(x));
    let (ml, mn) = mids(x);
    Classes {
        word: m(_mm256_or_si256(_mm256_or_si256(a, d), eq(x, b'_'))),
        alpha: m(a),
        digit: m(d),
        space: m(eq(x, b' ')),
        mid_letter: m(ml),
        mid_num: m(mn),
        cr: m(eq(x, b'\r')),
        lf: m(eq(x, b'\n')),
        high: m(x),
    }
}

/// The class masks of a 64-byte block, 32 bytes at a time.
#[target_feature(enable = "avx2")]
fn classify(chunk: &[u8; BLOCK]) -> Classes {
    let (lo, hi) = chunk.split_at(32);
    let (Ok(lo), Ok(hi)) = (<&[u8; 32]>::try_from(lo), <&[u8; 32]>::try_from(hi)) else {
        return Classes::default();
    };
    let (l, h) = (classify32(lo), classify32(hi));
    let join = |a: u64, b: u64| a | (b << 32);
    Classes {
        word: join(l.word, h.word),
        alpha: join(l.alpha, h.alpha),
        digit: join(l.digit, h.digit),
        space: join(l.space, h.space),
        mid_letter: join(l.mid_letter, h.mid_letter),
        mid_num: join(l.mid_num, h.mid_num),
        cr: join(l.cr, h.cr),
        lf: join(l.lf, h.lf),
        high: join(l.high, h.high),
    }
}

#[target_feature(enable = "avx2,bmi1")]
fn block_avx2(bytes: &[u8], base: usize) -> Block {
    let full: Option<&[u8; BLOCK]> = bytes
        .get(base..base.saturating_add(BLOCK))
        .and_then(|s| s.try_into().ok());
    let c = match full {
        Some(chunk) => classify(chunk),
        None => classify(&generic::last_chunk(bytes, base)),
    };
    generic::boundaries(c, bytes, base)
}

fn block_avx2_entry(bytes: &[u8], base: usize) -> Block {
    // SAFETY: `detect` hands this function out only after it has checked at
    // run time that the CPU supports AVX2 and BMI1, the features that
    // `block_avx2` is compiled for; it has no other precondition.
    unsafe { block_avx2(bytes, base) }
}
