//! Differential property test: `newsprep_segment::words` and
//! `unicode_words` against unicode-segmentation on generated text that mixes
//! characters of every Word_Break class, emoji ZWJ sequences, Hebrew,
//! Katakana, numbers with separators and CRLF; plus the invariants
//! (concatenation, char boundaries) and the streaming API.

use newsprep::segment::{unicode_words, words, WordStream};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Single characters, at least a few of every Word_Break class, and
/// Extended_Pictographic ones.
const CHARS: &[char] = &[
    // CR, LF, Newline
    '\r',
    '\n',
    '\u{0B}',
    '\u{0C}',
    '\u{85}',
    '\u{2028}',
    '\u{2029}',
    // Extend (combining marks, variation selector, skin tone, tag, Devanagari sign)
    '\u{300}',
    '\u{301}',
    '\u{308}',
    '\u{5B8}',
    '\u{5BC}',
    '\u{93F}',
    '\u{FE0F}',
    '\u{1F3FB}',
    '\u{E0067}',
    '\u{3099}',
    // ZWJ
    '\u{200D}',
    // Regional_Indicator
    '\u{1F1E6}',
    '\u{1F1EB}',
    '\u{1F1F7}',
    '\u{1F1FA}',
    '\u{1F1F8}',
    // Format
    '\u{AD}',
    '\u{200E}',
    '\u{2060}',
    '\u{FEFF}',
    '\u{600}',
    '\u{E0001}',
    // Katakana
    '\u{30A2}',
    '\u{30AB}',
    '\u{30FC}',
    '\u{FF76}',
    '\u{3031}',
    '\u{31F0}',
    // Hebrew_Letter
    '\u{5D0}',
    '\u{5D1}',
    '\u{5E9}',
    '\u{FB1D}',
    // ALetter (incl. some that are also Extended_Pictographic)
    'a',
    'Z',
    'é',
    'ß',
    'ж',
    'ا',
    '\u{2139}',
    '\u{24C2}',
    '\u{5F3}',
    '\u{2C00}',
    // Single_Quote, Double_Quote
    '\'',
    '"',
    // MidNumLet
    '.',
    '\u{2018}',
    '\u{2019}',
    '\u{2024}',
    '\u{FE52}',
    '\u{FF07}',
    '\u{FF0E}',
    // MidLetter
    ':',
    '\u{B7}',
    '\u{387}',
    '\u{55F}',
    '\u{5F4}',
    '\u{2027}',
    '\u{FE13}',
    '\u{FF1A}',
    // MidNum
    ',',
    ';',
    '\u{37E}',
    '\u{589}',
    '\u{60C}',
    '\u{66C}',
    '\u{2044}',
    '\u{FF0C}',
    // Numeric
    '0',
    '7',
    '\u{660}',
    '\u{6F5}',
    '\u{966}',
    '\u{FF13}',
    // ExtendNumLet
    '_',
    '\u{203F}',
    '\u{202F}',
    '\u{FE33}',
    '\u{FF3F}',
    // WSegSpace
    ' ',
    '\u{3000}',
    '\u{2003}',
    '\u{1680}',
    // Other, some Extended_Pictographic
    '!',
    '-',
    '\t',
    '$',
    '%',
    '\u{2014}',
    '\u{201C}',
    '\u{201D}',
    '\u{6F22}',
    '\u{3042}',
    '\u{1F600}',
    '\u{1F4BB}',
    '\u{1F469}',
    '\u{A9}',
    '\u{AE}',
    '\u{203C}',
    '\u{2764}',
    '\u{1F3F3}',
    '\u{2122}',
    '\u{E9}',
];

/// Multi-character pieces: emoji sequences, words, numbers, CRLF.
const PIECES: &[&str] = &[
    "\r\n",
    "\u{1F469}\u{200D}\u{1F4BB}",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "\u{2764}\u{FE0F}",
    "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
    "\u{1F44D}\u{1F3FD}",
    "\u{1F1EB}\u{1F1F7}",
    "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    "שָׁלוֹם",
    "צה\"ל",
    "ג'ירפה",
    "カタカナ",
    "ﾃｽﾄ",
    "1,234.56",
    "3.5",
    "10:30",
    "٣٫٥",
    "don't",
    "it\u{2019}s",
    "U.S.",
    "e.g.",
    "a_b",
    "café",
    "e\u{301}",
    "l'été",
    "  ",
    "...",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(CHARS).prop_map(String::from),
        3 => prop::sample::select(PIECES).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn same_as_unicode_segmentation(s in text(), cut in 0usize..64) {
        let got: Vec<(usize, &str)> = words(&s).map(|w| (w.start, w.text)).collect();
        let want: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
        prop_assert_eq!(&got, &want);

        let gw: Vec<(usize, &str)> = unicode_words(&s).map(|w| (w.start, w.text)).collect();
        let ww: Vec<(usize, &str)> = s.unicode_word_indices().collect();
        prop_assert_eq!(gw, ww);

        // concat == input, offsets on char boundaries, spans consistent
        let mut joined = String::new();
        let mut pos = 0;
        for w in words(&s) {
            prop_assert_eq!(w.start, pos);
            prop_assert!(w.end > w.start);
            prop_assert!(s.is_char_boundary(w.start) && s.is_char_boundary(w.end));
            prop_assert_eq!(&s[w.start..w.end], w.text);
            joined.push_str(w.text);
            pos = w.end;
        }
        prop_assert_eq!(joined, s.clone());

        // streaming in chunks of `cut % 7 + 1` chars
        let chars: Vec<char> = s.chars().collect();
        let mut st = WordStream::new();
        let mut streamed = Vec::new();
        for chunk in chars.chunks(cut % 7 + 1) {
            let c: String = chunk.iter().collect();
            streamed.extend(st.push(&c).map(|w| (w.start, w.text.to_string())));
        }
        streamed.extend(st.finish().map(|w| (w.start, w.text.to_string())));
        let want_owned: Vec<(usize, String)> =
            want.iter().map(|(i, t)| (*i, t.to_string())).collect();
        prop_assert_eq!(streamed, want_owned);
    }
}

/// Mostly ASCII text (long words, runs of spaces, every ASCII mid
/// character) with a rare non-ASCII character: the fast path's ground.
fn ascii_heavy() -> impl Strategy<Value = String> {
    let ascii = prop::sample::select(
        b"aAzZ09_ .,;:'\"\r\n\t!-?()/"
            .iter()
            .map(|&b| b as char)
            .collect::<Vec<_>>(),
    );
    let word = "[a-zA-Z0-9_]{1,20}";
    prop::collection::vec(
        prop_oneof![
            6 => ascii.prop_map(String::from),
            4 => word.prop_map(|w: String| w),
            1 => prop::sample::select(CHARS).prop_map(String::from),
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn ascii_heavy_same_as_unicode_segmentation(s in ascii_heavy()) {
        let got: Vec<(usize, &str)> = words(&s).map(|w| (w.start, w.text)).collect();
        let want: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
        prop_assert_eq!(got, want);
        let gw: Vec<(usize, &str)> = unicode_words(&s).map(|w| (w.start, w.text)).collect();
        let ww: Vec<(usize, &str)> = s.unicode_word_indices().collect();
        prop_assert_eq!(gw, ww);
    }
}
