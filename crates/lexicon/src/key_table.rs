//! The keys of more than one word (or with a final '.'), each with the head
//! of its candidate list: the embedded data's keys are looked up in place in
//! their frozen form (no copy, no hashing at start-up), and keys added on top
//! (user entries, or embedded keys whose list grew) in a hash map that takes
//! precedence.

use std::borrow::Cow;
use std::fmt;

use crate::hash::FastMap;
use crate::strs;
use crate::word_table::{word_hash, NONE};

/// The size of a record of the frozen table: `u8` data file (255: empty
/// slot), `u24` offset and `u16` length of the key's text in the file, `u24`
/// list head, `u16` check bits (bits 48 to 63 of the key's [`word_hash`]).
pub(crate) const KEY_REC: usize = 11;

/// `src` of an empty slot.
const EMPTY: u8 = u8::MAX;

/// The keys (see the module docs).
#[derive(Default)]
pub(crate) struct KeyTable {
    /// The frozen records: a power of two of them, open addressing from the
    /// low bits of the key's [`word_hash`], linear probing.
    frozen: &'static [u8],
    /// The number of records minus one.
    mask: usize,
    /// The number of keys in `frozen`.
    frozen_len: usize,
    /// Keys added on top.
    more: FastMap<Cow<'static, str>, u32>,
}

impl fmt::Debug for KeyTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyTable")
            .field("frozen", &self.frozen_len)
            .field("more", &self.more.len())
            .finish()
    }
}

/// The bytes of record `i` of `recs`.
#[inline]
fn record(recs: &[u8], i: usize) -> Option<[u8; KEY_REC]> {
    let at = i.checked_mul(KEY_REC)?;
    recs.get(at..at.checked_add(KEY_REC)?)?.try_into().ok()
}

/// A record's key text and list head (None for an empty slot or text that
/// is not in a data file).
#[inline]
fn key_of(r: [u8; KEY_REC]) -> Option<(&'static str, u32)> {
    if r[0] == EMPTY {
        return None;
    }
    let at = u32::from_le_bytes([r[1], r[2], r[3], 0]);
    let len = u32::from(u16::from_le_bytes([r[4], r[5]]));
    let head = match u32::from_le_bytes([r[6], r[7], r[8], 0]) {
        0xff_ffff => NONE,
        h => h,
    };
    Some((strs::static_str(r[0], at, len)?, head))
}

impl KeyTable {
    /// A table over frozen records (see [`KEY_REC`]) holding `len` keys;
    /// None unless the records are a power of two of them. Lookups read the
    /// records with checked reads and stop after one pass over them, so any
    /// bytes are safe.
    pub fn from_frozen(recs: &'static [u8], len: usize) -> Option<KeyTable> {
        let n = recs.len() / KEY_REC;
        if n * KEY_REC != recs.len() || !(n == 0 || n.is_power_of_two()) || len > n {
            return None;
        }
        Some(KeyTable {
            frozen: recs,
            mask: n.saturating_sub(1),
            frozen_len: len,
            more: FastMap::default(),
        })
    }

    /// The frozen records of these keys (for [`KeyTable::from_frozen`]) and
    /// their number: None when a key is not text of a data file or does not
    /// fit a record.
    #[allow(dead_code)] // used by build.rs and the tests
    pub fn freeze(&self) -> Option<(Vec<u8>, usize)> {
        let mut keys: Vec<(&'static str, u32)> = (0..=self.mask)
            .take(self.frozen.len() / KEY_REC)
            .filter_map(|i| key_of(record(self.frozen, i)?))
            .filter(|(k, _)| !self.more.contains_key(*k))
            .collect();
        for (k, &head) in &self.more {
            match k {
                Cow::Borrowed(s) => keys.push((s, head)),
                Cow::Owned(_) => return None,
            }
        }
        // In byte order, so that the records do not depend on the map's.
        keys.sort_unstable();
        // At most half full: a miss ends after a probe or two.
        let n = (keys.len() * 2).max(16).next_power_of_two();
        let mut empty = [0u8; KEY_REC];
        empty[0] = EMPTY;
        let mut recs = empty.repeat(n);
        let mask = n - 1;
        for &(k, head) in &keys {
            let (src, at) = strs::locate(k)?;
            let h = word_hash(k);
            let head = if head == NONE { 0xff_ffff } else { head };
            if at >= 0xff_ffff || head > 0xff_ffff {
                return None;
            }
            let mut r = [0u8; KEY_REC];
            r[0] = src;
            r[1..4].copy_from_slice(at.to_le_bytes().get(..3)?);
            r[4..6].copy_from_slice(&u16::try_from(k.len()).ok()?.to_le_bytes());
            r[6..9].copy_from_slice(head.to_le_bytes().get(..3)?);
            r[9..11].copy_from_slice(&((h >> 48) as u16).to_le_bytes());
            let mut i = h as usize & mask;
            while recs.get(i * KEY_REC).is_some_and(|&b| b != EMPTY) {
                i = (i + 1) & mask;
            }
            recs.get_mut(i * KEY_REC..(i + 1) * KEY_REC)?
                .copy_from_slice(&r);
        }
        Some((recs, keys.len()))
    }

    #[inline]
    fn frozen_find(&self, key: &str) -> Option<(&'static str, u32)> {
        if self.frozen.is_empty() {
            return None;
        }
        let h = word_hash(key);
        let check = (h >> 48) as u16;
        let mut i = h as usize & self.mask;
        for _ in 0..=self.mask {
            let r = record(self.frozen, i)?;
            if r[0] == EMPTY {
                return None;
            }
            if u16::from_le_bytes([r[9], r[10]]) == check
                && usize::from(u16::from_le_bytes([r[4], r[5]])) == key.len()
            {
                if let Some((k, head)) = key_of(r) {
                    if k == key {
                        return Some((k, head));
                    }
                }
            }
            i = (i + 1) & self.mask;
        }
        None
    }

    #[inline]
    fn frozen_get(&self, key: &str) -> Option<u32> {
        self.frozen_find(key).map(|(_, h)| h)
    }

    /// The list head of `key`.
    #[inline]
    pub fn get(&self, key: &str) -> Option<u32> {
        if !self.more.is_empty() {
            if let Some(&h) = self.more.get(key) {
                return Some(h);
            }
        }
        self.frozen_get(key)
    }

    /// The list head of `key`, to be changed; `NONE` for a new key.
    pub fn head_mut(&mut self, key: Cow<'static, str>) -> &mut u32 {
        let frozen = self.frozen_get(&key);
        self.more
            .entry(key)
            .or_insert_with(|| frozen.unwrap_or(NONE))
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        let new = self
            .more
            .keys()
            .filter(|k| self.frozen_get(k).is_none())
            .count();
        self.frozen_len + new
    }

    /// Every key with its list head: the frozen ones (in table order), then
    /// the others.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        let frozen = (0..=self.mask)
            .take(self.frozen.len() / KEY_REC)
            .filter_map(|i| key_of(record(self.frozen, i)?))
            .filter(|(k, _)| !self.more.contains_key(*k));
        frozen.chain(self.more.iter().map(|(k, &h)| (k.as_ref(), h)))
    }

    /// Room for `n` more keys added on top.
    pub fn reserve(&mut self, n: usize) {
        self.more.reserve(n);
    }

    pub fn shrink_to_fit(&mut self) {
        self.more.shrink_to_fit();
    }
}
