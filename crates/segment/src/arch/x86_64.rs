//! The x86-64 level: the class masks of a 64-byte block with AVX2, two
//! 32-byte compares and two `vpmovmskb` per class, and the shared boundary
//! logic of [`generic::block`] compiled with AVX2 and BMI1 enabled.
#![allow(unsafe_code)]

use super::generic::{self, Block, Classes, BLOCK};
use std::arch::x86_64::{
    __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_movemask_epi8,
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
fn load32(b: &[u8]) -> __m256i {
    let mut q = [0i64; 4];
    for (k, dst) in q.iter_mut().enumerate() {
        let mut eight = [0u8; 8];
        if let Some(src) = b.get(8 * k..8 * k + 8) {
            eight.copy_from_slice(src);
        }
        *dst = i64::from_le_bytes(eight);
    }
    let [a, b, c, d] = q;
    _mm256_set_epi64x(d, c, b, a)
}

/// The class vectors of 32 bytes: each lane is all ones or all zeros.
struct Lanes {
    word: __m256i,
    alpha: __m256i,
    digit: __m256i,
    space: __m256i,
    mid_letter: __m256i,
    mid_num: __m256i,
    cr: __m256i,
    lf: __m256i,
    high: __m256i,
}

#[target_feature(enable = "avx2")]
fn lanes(x: __m256i) -> Lanes {
    let eq = |c: u8| _mm256_cmpeq_epi8(x, _mm256_set1_epi8(c as i8));
    // Signed compares: bytes >= 0x80 are negative, so never in an ASCII range.
    let in_range = |v: __m256i, lo: u8, hi: u8| {
        _mm256_and_si256(
            _mm256_cmpgt_epi8(v, _mm256_set1_epi8((lo - 1) as i8)),
            _mm256_cmpgt_epi8(_mm256_set1_epi8((hi + 1) as i8), v),
        )
    };
    let alpha = in_range(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), b'a', b'z');
    let digit = in_range(x, b'0', b'9');
    let quote_dot = _mm256_or_si256(eq(b'\''), eq(b'.'));
    Lanes {
        word: _mm256_or_si256(_mm256_or_si256(alpha, digit), eq(b'_')),
        alpha,
        digit,
        space: eq(b' '),
        mid_letter: _mm256_or_si256(quote_dot, eq(b':')),
        mid_num: _mm256_or_si256(quote_dot, _mm256_or_si256(eq(b','), eq(b';'))),
        cr: eq(b'\r'),
        lf: eq(b'\n'),
        high: x,
    }
}

#[target_feature(enable = "avx2")]
fn classify(chunk: &[u8; BLOCK]) -> Classes {
    let (lo, hi) = chunk.split_at(32);
    let a = lanes(load32(lo));
    let b = lanes(load32(hi));
    let m = |l: __m256i, h: __m256i| {
        u64::from(_mm256_movemask_epi8(l) as u32)
            | (u64::from(_mm256_movemask_epi8(h) as u32) << 32)
    };
    Classes {
        word: m(a.word, b.word),
        alpha: m(a.alpha, b.alpha),
        digit: m(a.digit, b.digit),
        space: m(a.space, b.space),
        mid_letter: m(a.mid_letter, b.mid_letter),
        mid_num: m(a.mid_num, b.mid_num),
        cr: m(a.cr, b.cr),
        lf: m(a.lf, b.lf),
        high: m(a.high, b.high),
    }
}

#[target_feature(enable = "avx2,bmi1")]
fn block_avx2(bytes: &[u8], base: usize) -> Block {
    generic::block(bytes, base, |chunk| classify(chunk))
}

fn block_avx2_entry(bytes: &[u8], base: usize) -> Block {
    // SAFETY: `detect` hands this function out only after it has checked at
    // run time that the CPU supports AVX2 and BMI1, the features that
    // `block_avx2` is compiled for; it has no other precondition.
    unsafe { block_avx2(bytes, base) }
}
