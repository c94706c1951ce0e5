//! The portable level: boundary masks of a 64-byte block in plain safe
//! Rust, eight bytes at a time in a `u64`. It is also the reference that the
//! tests hold the x86-64 level to, mask for mask.

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
    for (k, lane) in chunk.as_chunks::<8>().0.iter().enumerate() {
        let v = u64::from_le_bytes(*lane);
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
        None => classify(&last_chunk(bytes, base)),
    };
    boundaries(c, bytes, base)
}

/// The last block of `bytes`, from `base`: the bytes left, then zeros
/// (ASCII controls that join nothing; their bits are cleared by
/// [`finish`]).
#[cold]
#[inline(never)]
pub(crate) fn last_chunk(bytes: &[u8], base: usize) -> [u8; BLOCK] {
    let mut chunk = [0u8; BLOCK];
    if let Some(tail) = bytes.get(base..) {
        if let Some(dst) = chunk.get_mut(..tail.len()) {
            dst.copy_from_slice(tail);
        }
    }
    chunk
}

/// The boundary masks from the class masks of the block at `base`. Kept
/// out of line: inlined next to the vector compares, the compiler rewrites
/// these shifts of movemask results into per-lane shuffles, many times
/// slower.
#[inline(never)]
pub(crate) fn boundaries(c: Classes, bytes: &[u8], base: usize) -> Block {
    // The bytes around the block; 0 (a control that joins nothing) where
    // there is none.
    let at = |i: Option<usize>| i.and_then(|i| bytes.get(i)).copied().unwrap_or(0);
    let b1 = at(base.checked_sub(1));
    let b2 = at(base.checked_sub(2));
    let a1 = at(base.checked_add(BLOCK));
    let bit = |b: bool| u64::from(b);

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

    // WB3, WB3d, WB5, WB8-WB10, WB13a/b: the pairs that never split (bit i:
    // bytes base+i-1 and base+i).
    let join = (word & ((word << 1) | bit(is_word(b1))))
        | (space & ((space << 1) | bit(b1 == b' ')))
        | (lf & ((cr << 1) | bit(b1 == b'\r')));
    // WB6/WB7, WB11/WB12: a mid character between two letters or digits
    // joins both sides.
    let glue = (mid_l
        & ((alpha << 1) | bit(is_alpha(b1)))
        & ((alpha >> 1) | (bit(is_alpha(a1)) << 63)))
        | (mid_n & ((digit << 1) | bit(is_digit(b1))) & ((digit >> 1) | (bit(is_digit(a1)) << 63)));
    // ... and the one just before the block joins its first byte.
    let glue_before = (is_mid_letter(b1) && is_alpha(b2) && alpha & 1 != 0)
        || (is_mid_num(b1) && is_digit(b2) && digit & 1 != 0);
    let keep = join | glue | (glue << 1) | bit(glue_before);
    // The bytes base+i-2 ..= base+i+1 that decide boundary i.
    let near1 = (high << 1) | bit(b1 >= 0x80);
    let high_near =
        high | near1 | (near1 << 1) | bit(b2 >= 0x80) | (high >> 1) | (bit(a1 >= 0x80) << 63);

    finish(bytes.len(), base, keep, high_near)
}

/// The masks of the block at `base` in a text of `len` bytes from the pairs
/// that the ASCII rules keep joined and the positions near a non-ASCII
/// byte: every other position is a boundary, up to the end of the text,
/// which is one.
#[inline(always)]
pub(crate) fn finish(len: usize, base: usize, keep: u64, high_near: u64) -> Block {
    let avail = len.saturating_sub(base);
    // Bits for positions up to and including the end of the text.
    let (live, end_bit) = if avail >= BLOCK {
        (u64::MAX, 0)
    } else {
        let e = 1u64 << avail;
        (e | (e - 1), e)
    };
    Block {
        bounds: (!keep & live) | end_bit,
        bad: high_near & live,
    }
}
