//! Small word lists used as evidence when deciding where a URL ends.
//!
//! Written for this crate. A fragment that is one of these words, standing
//! alone after a URL, reads as prose rather than as the rest of a slug.

use crate::common_words::PROSE;

/// File extensions seen at the end of article URLs. Lower case.
const EXTENSIONS: &[&str] = &[
    "asp", "aspx", "cfm", "cgi", "cms", "ece", "gif", "htm", "html", "jpeg", "jpg", "jsp", "pdf",
    "php", "png", "shtml", "stm", "xhtml", "xml",
];

/// A word of at most 16 bytes packed big-endian into a `u128`, zero-padded:
/// the order of the keys is the byte order of the words.
// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn pack(w: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < 16 {
        let b = if i < w.len() { w[i] } else { 0 };
        k = (k << 8) | b as u128;
        i += 1;
    }
    k
}

/// The packed keys of a sorted list of words of at most 16 bytes.
// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn keys<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(list[i].as_bytes());
        i += 1;
    }
    out
}

#[cfg(test)]
static PROSE_KEYS: [u128; PROSE.len()] = keys(PROSE);
static EXTENSION_KEYS: [u128; EXTENSIONS.len()] = keys(EXTENSIONS);

/// The packed key of `w` lower-cased (ASCII); None when `w` is empty or
/// longer than 16 bytes.
#[inline]
fn lower_key(w: &[u8]) -> Option<u128> {
    if w.len() > 16 || w.is_empty() {
        return None;
    }
    // Gathered in a register: bytes stored one by one into a buffer and
    // then read back as one number cannot be forwarded from the stores (a
    // stall at every lookup, seen in profiles).
    let mut k = 0u128;
    for (i, c) in w.iter().enumerate() {
        k |= u128::from(c.to_ascii_lowercase()) << (8 * (15 - i));
    }
    Some(k)
}

fn lower_ascii_eq(keys: &[u128], w: &[u8]) -> bool {
    lower_key(w).is_some_and(|k| keys.binary_search(&k).is_ok())
}

/// Slots of the prose hash set: a power of two, over twice the words.
const PROSE_SLOTS: usize = 512;

/// The home slot of a packed key.
const fn slot(k: u128) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 9)) as usize
}

/// The prose words as an open-addressing hash set of packed keys (0 is an
/// empty slot: no word packs to 0), so that a lookup is one or two probes
/// with no data-dependent branches to mispredict, as a binary search has.
// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn prose_set() -> [u128; PROSE_SLOTS] {
    let mut t = [0u128; PROSE_SLOTS];
    let mut i = 0;
    while i < PROSE.len() {
        let k = pack(PROSE[i].as_bytes());
        let mut h = slot(k);
        while t[h] != 0 {
            h = (h + 1) % PROSE_SLOTS;
        }
        t[h] = k;
        i += 1;
    }
    t
}

static PROSE_SET: [u128; PROSE_SLOTS] = prose_set();

/// Whether `w` (any case) is a prose word from the built-in list.
pub(crate) fn is_prose_word(w: &str) -> bool {
    is_prose_bytes(w.as_bytes())
}

/// [`is_prose_word`] on the bytes of a word.
pub(crate) fn is_prose_bytes(w: &[u8]) -> bool {
    lower_key(w).is_some_and(is_prose_key)
}

/// [`is_prose_bytes`] on a packed lower-case key.
fn is_prose_key(k: u128) -> bool {
    let mut h = slot(k);
    // The set is under half full, so a probe run always ends at a 0.
    for _ in 0..PROSE_SLOTS {
        match PROSE_SET.get(h) {
            Some(&e) if e == k => return true,
            Some(&0) | None => return false,
            Some(_) => h = (h + 1) % PROSE_SLOTS,
        }
    }
    false
}

/// Whether `w` (any case) is a file extension from the built-in list.
pub(crate) fn is_extension(w: &str) -> bool {
    lower_ascii_eq(&EXTENSION_KEYS, w.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        assert!(PROSE.windows(2).all(|w| w[0] < w[1]));
        // The packed keys hold every word whole, in the same order.
        for list in [PROSE, EXTENSIONS] {
            assert!(list
                .iter()
                .all(|w| (1..=16).contains(&w.len()) && !w.contains('\0')));
        }
        assert!(PROSE_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(PROSE
            .iter()
            .all(|w| is_prose_word(w) && is_prose_word(&w.to_uppercase())));
        assert!(EXTENSIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_prose_word("The"));
        // The hash set answers as a search of the sorted keys does.
        for w in [
            "",
            "a",
            "the",
            "thE",
            "putin",
            "abovex",
            "x",
            "über",
            "according",
            "zz",
        ] {
            assert_eq!(
                is_prose_word(w),
                lower_ascii_eq(&PROSE_KEYS, w.as_bytes()),
                "{w}"
            );
        }
        for w in PROSE {
            let mut v = w.as_bytes().to_vec();
            v.push(b's');
            assert_eq!(is_prose_bytes(&v), lower_ascii_eq(&PROSE_KEYS, &v));
            v.pop();
            v.pop();
            assert_eq!(is_prose_bytes(&v), lower_ascii_eq(&PROSE_KEYS, &v));
        }
        assert!(!is_prose_word("putin"));
        assert!(is_extension("HTML"));
    }
}
