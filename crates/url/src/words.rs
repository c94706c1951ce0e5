//! Small word lists used as evidence when deciding where a URL ends.
//!
//! Written for this crate. A fragment that is one of these words, standing
//! alone after a URL, reads as prose rather than as the rest of a slug.

/// Function words and common prose words (English, with a few German,
/// French and Spanish function words) that rarely stand alone as the tail of
/// a URL slug. Sorted, lower case.
const PROSE: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "against",
    "all",
    "als",
    "also",
    "although",
    "am",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "auf",
    "aus",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "dans",
    "das",
    "dem",
    "den",
    "der",
    "des",
    "did",
    "die",
    "do",
    "does",
    "du",
    "during",
    "each",
    "ein",
    "eine",
    "el",
    "en",
    "es",
    "est",
    "et",
    "etc",
    "every",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "if",
    "im",
    "in",
    "into",
    "is",
    "ist",
    "it",
    "its",
    "just",
    "la",
    "las",
    "le",
    "les",
    "los",
    "may",
    "me",
    "might",
    "mit",
    "more",
    "most",
    "must",
    "my",
    "nach",
    "near",
    "new",
    "next",
    "nicht",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "online",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "par",
    "per",
    "please",
    "pour",
    "que",
    "read",
    "reported",
    "reports",
    "said",
    "say",
    "says",
    "see",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "today",
    "told",
    "tomorrow",
    "too",
    "un",
    "una",
    "und",
    "une",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "von",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
    "zu",
];

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

fn lower_ascii_eq(keys: &[u128], w: &[u8]) -> bool {
    if w.len() > 16 || w.is_empty() {
        return false;
    }
    let mut buf = [0u8; 16];
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    keys.binary_search(&u128::from_be_bytes(buf)).is_ok()
}

/// Whether `w` (any case) is a prose word from the built-in list.
pub(crate) fn is_prose_word(w: &str) -> bool {
    lower_ascii_eq(&PROSE_KEYS, w.as_bytes())
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
        assert!(!is_prose_word("putin"));
        assert!(is_extension("HTML"));
    }
}
