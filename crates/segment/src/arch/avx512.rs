//! The x86-64 level for CPUs with AVX-512BW: the rules of the AVX2 level
//! (see `x86_64`) on the whole 64-byte block at once, with the compares
//! giving their 64-bit masks directly, so that the rules are ANDs and ORs
//! of `u64`s.
#![allow(unsafe_code)]

use super::generic::{self, Block};
use super::x86_64::{inner_window, pad, WINDOW};
use std::arch::x86_64::{
    __m512i, _mm512_cmpeq_epi8_mask, _mm512_cmplt_epu8_mask, _mm512_movepi8_mask, _mm512_or_si512,
    _mm512_set1_epi8, _mm512_set_epi64, _mm512_sub_epi8,
};

/// The AVX-512BW level when this CPU has AVX-512F, AVX-512BW and BMI1.
pub(super) fn detect() -> Option<super::BlockFn> {
    if std::is_x86_feature_detected!("avx512f")
        && std::is_x86_feature_detected!("avx512bw")
        && std::is_x86_feature_detected!("bmi1")
    {
        Some(block_avx512_entry)
    } else {
        None
    }
}

/// The 64 bytes of `w` from `at` (`at + 64 <= WINDOW`) as a vector (the
/// compiler makes this one unaligned load).
#[target_feature(enable = "avx512f")]
fn load_at(w: &[u8; WINDOW], at: usize) -> __m512i {
    let mut q = [0i64; 8];
    if let Some(src) = w.get(at..at + 64) {
        for (dst, eight) in q.iter_mut().zip(src.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(eight);
            *dst = i64::from_le_bytes(b);
        }
    }
    let [a, b, c, d, e, f, g, h] = q;
    _mm512_set_epi64(h, g, f, e, d, c, b, a)
}

/// The class masks of one vector of the window.
struct Classes {
    alpha: u64,
    digit: u64,
    word: u64,
    /// `'` `.` `:`: between two letters (WB6/WB7).
    mid_letter: u64,
    /// `'` `.` `,` `;`: between two digits (WB11/WB12).
    mid_num: u64,
}

#[target_feature(enable = "avx512f,avx512bw")]
fn eq(x: __m512i, c: u8) -> u64 {
    _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8(c as i8))
}

#[target_feature(enable = "avx512f,avx512bw")]
fn alpha(x: __m512i) -> u64 {
    let t = _mm512_sub_epi8(
        _mm512_or_si512(x, _mm512_set1_epi8(0x20)),
        _mm512_set1_epi8(b'a' as i8),
    );
    _mm512_cmplt_epu8_mask(t, _mm512_set1_epi8(26))
}

#[target_feature(enable = "avx512f,avx512bw")]
fn digit(x: __m512i) -> u64 {
    _mm512_cmplt_epu8_mask(
        _mm512_sub_epi8(x, _mm512_set1_epi8(b'0' as i8)),
        _mm512_set1_epi8(10),
    )
}

#[target_feature(enable = "avx512f,avx512bw")]
fn classes(x: __m512i) -> Classes {
    let (alpha, digit) = (alpha(x), digit(x));
    let quote_dot = eq(x, b'\'') | eq(x, b'.');
    Classes {
        alpha,
        digit,
        word: alpha | digit | eq(x, b'_'),
        mid_letter: quote_dot | eq(x, b':'),
        mid_num: quote_dot | eq(x, b',') | eq(x, b';'),
    }
}

#[target_feature(enable = "avx512f,avx512bw,bmi1")]
fn block_avx512(bytes: &[u8], base: usize) -> Block {
    let padded;
    let w = match inner_window(bytes, base) {
        Some(w) => w,
        None => {
            padded = pad(bytes, base);
            &padded
        }
    };
    // Bit i of each mask stands for the boundary before byte base + i:
    // `c` is that byte, `p` and `p2` the two before it, `n` the one after.
    let (p2, p, c, n) = (load_at(w, 0), load_at(w, 1), load_at(w, 2), load_at(w, 3));
    let (cp, cc) = (classes(p), classes(c));
    // WB5, WB8-WB10, WB13a/b: word bytes; WB3d: spaces; WB3: CR LF.
    let join = (cp.word & cc.word) | (eq(p, b' ') & eq(c, b' ')) | (eq(p, b'\r') & eq(c, b'\n'));
    // WB6/WB7, WB11/WB12: a mid character between two letters or two
    // digits, here (joined to the byte before) or just before (joined to
    // this one).
    let glue_here = (cc.mid_letter & cp.alpha & alpha(n)) | (cc.mid_num & cp.digit & digit(n));
    let glue_before = (cp.mid_letter & alpha(p2) & cc.alpha) | (cp.mid_num & digit(p2) & cc.digit);
    let keep = join | glue_here | glue_before;
    let high = _mm512_movepi8_mask(_mm512_or_si512(
        _mm512_or_si512(p2, p),
        _mm512_or_si512(c, n),
    ));
    generic::finish(bytes.len(), base, keep, high)
}

fn block_avx512_entry(bytes: &[u8], base: usize) -> Block {
    // SAFETY: `detect` hands this function out only after it has checked at
    // run time that the CPU supports AVX-512F, AVX-512BW and BMI1, the
    // features that `block_avx512` is compiled for; it has no other
    // precondition.
    unsafe { block_avx512(bytes, base) }
}
