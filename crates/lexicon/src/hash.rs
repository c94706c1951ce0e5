//! A small, fast, non-cryptographic hasher for the name tables (FxHash-style
//! multiply-rotate over 8-byte words). Keys are short strings, so this beats
//! SipHash by a wide margin; the tables are built from trusted embedded data
//! plus user lexicons, so HashDoS resistance is not needed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// The 1 to 7 bytes of `r` in one word, with (possibly overlapping) loads
/// that cover every byte: for a given length, different bytes give different
/// words.
#[inline(always)]
fn tail(r: &[u8]) -> u64 {
    let n = r.len();
    let b = |i: usize| u64::from(r.get(i).copied().unwrap_or(0));
    if n >= 4 {
        let w = |i: usize| {
            r.get(i..)
                .and_then(<[u8]>::first_chunk::<4>)
                .map_or(0, |a| u64::from(u32::from_le_bytes(*a)))
        };
        w(0) | (w(n - 4) << 32)
    } else {
        b(0) | (b(n / 2) << 8) | (b(n.saturating_sub(1)) << 16)
    }
}

/// The hasher state.
#[derive(Default, Clone, Copy)]
pub struct FastHasher {
    h: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.h = (self.h.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let (chunks, rest) = bytes.as_chunks::<8>();
        for c in chunks {
            self.add(u64::from_le_bytes(*c));
        }
        if !rest.is_empty() {
            self.add(tail(rest) ^ ((rest.len() as u64) << 56));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.h
    }
}

/// A `HashMap` with the fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn map_works() {
        let mut m: FastMap<&str, u32> = FastMap::default();
        m.insert("Kyiv", 1);
        m.insert("Kyiv City", 2);
        assert_eq!(m.get("Kyiv"), Some(&1));
        assert_eq!(m.get("Kyiv City"), Some(&2));
        assert_eq!(m.get("Kyi"), None);
    }
}
