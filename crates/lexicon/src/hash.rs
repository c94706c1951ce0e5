//! A small, fast, non-cryptographic hasher for the name tables (FxHash-style
//! multiply-rotate over 8-byte words). Keys are short strings, so this beats
//! SipHash by a wide margin; the tables are built from trusted embedded data
//! plus user lexicons, so HashDoS resistance is not needed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x517c_c1b7_2722_0a95;

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
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            for (d, s) in a.iter_mut().zip(rest) {
                *d = *s;
            }
            self.add(u64::from_le_bytes(a) ^ ((rest.len() as u64) << 56));
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
