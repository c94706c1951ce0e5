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

/// Whether `w` (any case) is a prose word from the built-in list.
pub(crate) fn is_prose_word(w: &str) -> bool {
    is_prose_bytes(w.as_bytes())
}

/// [`is_prose_word`] on the bytes of a word.
pub(crate) fn is_prose_bytes(w: &[u8]) -> bool {
    lower_ascii_eq(&PROSE_KEYS, w)
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
        for w in ["", "thE", "x", "\u{fc}ber", "abovex", "according"] {
            assert_eq!(
                is_prose_word(w),
                PROSE.contains(&w.to_lowercase().as_str()),
                "{w}"
            );
        }
        assert!(!is_prose_word("putin"));
        assert!(is_extension("HTML"));
    }
}
