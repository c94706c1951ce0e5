//! Cutting embedded text without allocating: the data files into lines and
//! fields by byte search (the delimiters are ASCII, so every cut falls on a
//! character boundary), and keys into words.

use crate::data::is_word_char;

/// The position of the first `b` in `s`, eight bytes at a time.
#[inline]
pub(crate) fn find_byte(s: &[u8], b: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO.wrapping_mul(u64::from(b));
    let (chunks, rest) = s.as_chunks::<8>();
    let mut at = 0;
    for c in chunks {
        let x = u64::from_le_bytes(*c) ^ pat;
        let z = x.wrapping_sub(LO) & !x & HI;
        if z != 0 {
            return Some(at + (z.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    rest.iter().position(|&x| x == b).map(|i| at + i)
}

/// The pieces of `s` between the bytes `b` (like `str::split` on an ASCII char).
pub(crate) fn split_byte(s: &str, b: u8) -> SplitByte<'_> {
    SplitByte { rest: Some(s), b }
}

/// See [`split_byte`].
pub(crate) struct SplitByte<'a> {
    rest: Option<&'a str>,
    b: u8,
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        match find_byte(s.as_bytes(), self.b) {
            Some(i) => {
                self.rest = s.get(i + 1..);
                s.get(..i)
            }
            None => {
                self.rest = None;
                Some(s)
            }
        }
    }
}

/// Lines of an embedded data file, without the '#' header lines and empty
/// lines (a final '\r' is dropped, as `str::lines` does).
pub(crate) fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    split_byte(s, b'\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.starts_with('#') && !l.is_empty())
}

/// The first `N` tab-separated fields of a line (missing ones empty) and the
/// number of fields the line has.
#[inline]
pub(crate) fn fields<const N: usize>(line: &'static str) -> ([&'static str; N], usize) {
    let mut out = [""; N];
    let mut n = 0;
    for f in split_byte(line, b'\t') {
        if let Some(o) = out.get_mut(n) {
            *o = f;
        }
        n += 1;
    }
    (out, n)
}

/// [`is_word_char`] with the common cases (ASCII, Latin-1 and Latin Extended
/// letters) decided without the Unicode tables.
#[inline]
fn word_char(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' => true,
        _ => is_word_char(c),
    }
}

/// The class of each byte: 1 for an ASCII letter or digit, 0 for any other
/// ASCII byte, 2 for a byte of a multi-byte character. (Indexing is checked
/// at compile time here: `b < 256`.)
#[allow(clippy::indexing_slicing)]
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            2
        } else if c.is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether the character at byte `i` of `key` is a word character, and its
/// length in bytes (1 past the end or inside a character: never the case for
/// the callers, which step from character to character).
#[inline(always)]
fn class_at(key: &str, i: usize) -> (bool, usize) {
    let b = key.as_bytes().get(i).copied().unwrap_or(0);
    match BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(0) {
        0 => (false, 1),
        1 => (true, 1),
        _ => class_at_slow(key, i),
    }
}

#[inline(never)]
fn class_at_slow(key: &str, i: usize) -> (bool, usize) {
    match key.get(i..).and_then(|r| r.chars().next()) {
        Some(c) => (word_char(c), c.len_utf8()),
        None => (false, 1),
    }
}

/// Calls `f` with the (start, end) byte range of each word of `key` (a
/// maximal run of [`is_word_char`] characters), in order.
#[inline]
pub(crate) fn for_each_word(key: &str, mut f: impl FnMut(usize, usize)) {
    let n = key.len();
    let mut i = 0;
    loop {
        while i < n {
            let (w, len) = class_at(key, i);
            if w {
                break;
            }
            i += len;
        }
        if i >= n {
            return;
        }
        let start = i;
        while i < n {
            let (w, len) = class_at(key, i);
            if !w {
                break;
            }
            i += len;
        }
        f(start, i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_char_matches_unicode() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(word_char(c), is_word_char(c), "{c:?}");
            let s = c.to_string();
            assert_eq!(class_at(&s, 0), (is_word_char(c), c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn words_of_keys() {
        for (key, want) in [
            ("", vec![]),
            ("Kyiv", vec!["Kyiv"]),
            (
                " São Tomé and Príncipe.",
                vec!["São", "Tomé", "and", "Príncipe"],
            ),
            ("Côte d'Ivoire", vec!["Côte", "d", "Ivoire"]),
            ("a×b 東京 x", vec!["a", "b", "東京", "x"]),
        ] {
            let mut got = Vec::new();
            for_each_word(key, |s, e| got.push(&key[s..e]));
            let std: Vec<&str> = key
                .split(|c: char| !is_word_char(c))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(got, want);
            assert_eq!(got, std);
        }
    }

    #[test]
    fn split_matches_std() {
        for s in [
            "",
            "a",
            "\t",
            "a\tb",
            "a\t\tb\t",
            "0123456789abcdef\tx",
            "Zürich\tMünchen|Köln\t\tlong field with spaces",
        ] {
            let ours: Vec<&str> = split_byte(s, b'\t').collect();
            let std: Vec<&str> = s.split('\t').collect();
            assert_eq!(ours, std, "{s:?}");
            for b in 0..=255u8 {
                assert_eq!(
                    find_byte(s.as_bytes(), b),
                    s.as_bytes().iter().position(|&x| x == b)
                );
            }
        }
    }

    #[test]
    fn fields_pad_and_count() {
        let (f, n) = fields::<3>("a\tb");
        assert_eq!((f, n), (["a", "b", ""], 2));
        let (f, n) = fields::<2>("a\tb\tc\td");
        assert_eq!((f, n), (["a", "b"], 4));
    }

    #[test]
    fn lines_skip_header_and_blank() {
        let v: Vec<&str> = data_lines("# head\na\r\n\nb").collect();
        assert_eq!(v, ["a", "b"]);
    }
}
