//! The portable level: boundary masks of a 64-byte block in plain safe
//! Rust. Each class mask is built by a loop over the 64 bytes that compilers
//! turn into vector compares where the target has them (SSE2 on x86-64,
//! NEON on aarch64), so this is also the body that the x86-64 level compiles
//! again with AVX2 enabled.

/// Bytes in a block: one bit of a `u64` each.
pub(crate) const BLOCK: usize = 64;

/// The masks of one block at `base`: bit `i` of `bounds` is set when the
/// ASCII rules put a word boundary before byte `base + i`; bit `i` of `bad`
/// is set when one of the bytes `base + i - 2 ..= base + i + 1` that the
/// ASCII rules read for that boundary is not ASCII, so that a boundary
/// there must be decided by the full rule machine. (The pairs that the
/// ASCII rules join stay joined whatever comes around them; only a
/// boundary needs this check.)
/// Bits past the end of the text are clear, except that the end of the text
/// itself is a boundary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Block {
    pub bounds: u64,
    pub bad: u64,
}

#[inline(always)]
fn is_alpha(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

#[inline(always)]
fn is_digit(b: u8) -> bool {
    b.wrapping_sub(b'0') < 10
}

#[inline(always)]
fn is_word(b: u8) -> bool {
    is_alpha(b) || is_digit(b) || b == b'_'
}

/// MidLetter, MidNumLet or Single_Quote: joins two letters (WB6/WB7).
#[inline(always)]
fn is_mid_letter(b: u8) -> bool {
    b == b'\'' || b == b'.' || b == b':'
}

/// MidNum, MidNumLet or Single_Quote: joins two digits (WB11/WB12).
#[inline(always)]
fn is_mid_num(b: u8) -> bool {
    b == b'\'' || b == b'.' || b == b',' || b == b';'
}

/// The class masks of a 64-byte block: bit `i` stands for byte `i`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Classes {
    /// ASCII letters, digits and `_`.
    pub word: u64,
    pub alpha: u64,
    pub digit: u64,
    pub space: u64,
    pub mid_letter: u64,
    pub mid_num: u64,
    pub cr: u64,
    pub lf: u64,
    /// Bytes of non-ASCII characters.
    pub high: u64,
}

const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

const HI: u64 = splat(0x80);

/// SWAR: the high bit of each byte lane of `v` that equals `c` (an ASCII
/// byte). Lanes are cleared of their high bit first, so that no addition
/// carries into the next lane.
#[inline(always)]
fn lanes_eq(v: u64, c: u8) -> u64 {
    let t = (v & splat(0x7F)) ^ splat(c);
    !t.wrapping_add(splat(0x7F)) & !v & HI
}

/// SWAR: the high bit of each byte lane of `v` in `lo..=hi` (ASCII).
#[inline(always)]
fn lanes_in(v: u64, lo: u8, hi: u8) -> u64 {
    let x = v & splat(0x7F);
    x.wrapping_add(splat(0x80 - lo)) & !x.wrapping_add(splat(0x7F - hi)) & !v & HI
}

/// The 8 lane high bits of `m` as the low 8 bits of the result.
#[inline(always)]
fn movemask8(m: u64) -> u64 {
    ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The portable classifier: eight bytes at a time in a `u64`.
#[inline(always)]
pub(crate) fn classify(chunk: &[u8; BLOCK]) -> Classes {
    let mut c = Classes::default();
    for (k, lane) in chunk.chunks_exact(8).enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(lane);
        let v = u64::from_le_bytes(eight);
        let alpha = lanes_in(v | splat(0x20), b'a', b'z');
        let digit = lanes_in(v, b'0', b'9');
        let quote_dot = lanes_eq(v, b'\'') | lanes_eq(v, b'.');
        let sh = 8 * k as u32;
        c.alpha |= movemask8(alpha) << sh;
        c.digit |= movemask8(digit) << sh;
        c.word |= movemask8(alpha | digit | lanes_eq(v, b'_')) << sh;
        c.space |= movemask8(lanes_eq(v, b' ')) << sh;
        c.mid_letter |= movemask8(quote_dot | lanes_eq(v, b':')) << sh;
        c.mid_num |= movemask8(quote_dot | lanes_eq(v, b',') | lanes_eq(v, b';')) << sh;
        c.cr |= movemask8(lanes_eq(v, b'\r')) << sh;
        c.lf |= movemask8(lanes_eq(v, b'\n')) << sh;
        c.high |= movemask8(v & HI) << sh;
    }
    c
}

/// True when the ASCII rules join the characters around the mid character
/// at `m` (WB6/WB7 or WB11/WB12): `bytes[m - 1]`, `bytes[m]` and
/// `bytes[m + 1]` are letter, mid, letter or digit, mid, digit.
#[inline(always)]
fn glued_at(bytes: &[u8], m: usize) -> bool {
    let (Some(&p), Some(&c), Some(&n)) = (
        m.checked_sub(1).and_then(|i| bytes.get(i)),
        bytes.get(m),
        bytes.get(m + 1),
    ) else {
        return false;
    };
    (is_mid_letter(c) && is_alpha(p) && is_alpha(n))
        || (is_mid_num(c) && is_digit(p) && is_digit(n))
}

/// The boundary masks of the block of `bytes` that starts at `base`
/// (`base <= bytes.len()`), with `classify` giving the class masks. See
/// [`Block`].
#[inline(always)]
pub(crate) fn block(
    bytes: &[u8],
    base: usize,
    classify: impl Fn(&[u8; BLOCK]) -> Classes,
) -> Block {
    let full: Option<&[u8; BLOCK]> = bytes
        .get(base..base.saturating_add(BLOCK))
        .and_then(|s| s.try_into().ok());
    let c = match full {
        Some(chunk) => classify(chunk),
        None => {
            // The last block: the bytes left, then zeros (ASCII controls
            // that join nothing; their bits are cleared below).
            let mut chunk = [0u8; BLOCK];
            if let Some(tail) = bytes.get(base..) {
                if let Some(dst) = chunk.get_mut(..tail.len()) {
                    dst.copy_from_slice(tail);
                }
            }
            classify(&chunk)
        }
    };
    boundaries(c, bytes, base)
}

/// The boundary masks from the class masks of the block at `base`. Kept
/// out of line: inlined next to the vector compares, the compiler rewrites
/// these shifts of movemask results into per-lane shuffles, many times
/// slower.
#[inline(never)]
fn boundaries(c: Classes, bytes: &[u8], base: usize) -> Block {
    let avail = bytes.len().saturating_sub(base);
    let before = base.checked_sub(1).and_then(|i| bytes.get(i)).copied();
    let after = bytes.get(base + BLOCK).copied();
    let bit_of = |b: Option<u8>, pred: fn(u8) -> bool| u64::from(b.is_some_and(pred));

    let Classes {
        word,
        alpha,
        digit,
        space,
        mid_letter: mid_l,
        mid_num: mid_n,
        cr,
        lf,
        high,
    } = c;

    // Masks of the previous byte (bit i: byte base+i-1) and the next byte
    // (bit i: byte base+i+1).
    let prev = |m: u64, pred: fn(u8) -> bool| (m << 1) | bit_of(before, pred);
    let next = |m: u64, pred: fn(u8) -> bool| (m >> 1) | (bit_of(after, pred) << 63);

    // WB3, WB3d, WB5, WB8-WB10, WB13a/b: the pairs that never split.
    let join = (word & prev(word, is_word))
        | (space & prev(space, |b| b == b' '))
        | (lf & prev(cr, |b| b == b'\r'));
    // WB6/WB7, WB11/WB12: a mid character between two letters or digits
    // joins both sides.
    let glue = (mid_l & prev(alpha, is_alpha) & next(alpha, is_alpha))
        | (mid_n & prev(digit, is_digit) & next(digit, is_digit));
    let glue_before = base.checked_sub(1).is_some_and(|m| glued_at(bytes, m));
    let keep = join | glue | (glue << 1) | u64::from(glue_before);
    let is_high = |b: u8| b >= 0x80;
    let before2 = base.checked_sub(2).and_then(|i| bytes.get(i)).copied();
    let high_near = high
        | prev(high, is_high)
        | (prev(high, is_high) << 1)
        | bit_of(before2, is_high)
        | next(high, is_high);

    // Bits for positions up to and including the end of the text.
    let live = if avail >= BLOCK {
        u64::MAX
    } else {
        (1u64 << avail) | ((1u64 << avail) - 1)
    };
    let end_bit = if avail < BLOCK { 1u64 << avail } else { 0 };
    Block {
        bounds: (!keep & live) | end_bit,
        bad: high_near & live,
    }
}
