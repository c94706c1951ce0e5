//! Character classes and small text helpers.

/// The char starting at byte `i`.
#[inline]
pub(crate) fn at(t: &str, i: usize) -> Option<char> {
    match t.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => t.get(i..)?.chars().next(),
    }
}

/// The char ending at byte `i`.
#[inline]
pub(crate) fn before(t: &str, i: usize) -> Option<char> {
    match t.as_bytes().get(i.checked_sub(1)?) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => t.get(..i)?.chars().next_back(),
    }
}

/// A byte the scanner copies as it is inside a path (ASCII letters and
/// digits, `-/._=%~+:@!$,;*`, `?` and `#`), as arithmetic, so that a chunk
/// can be tested with vector operations: printable ASCII except
/// `"&'()<>[\\]^`{|}`.
#[inline(always)]
pub(crate) fn plain_byte(c: u8) -> bool {
    (0x21..=0x7e).contains(&c)
        & (c != b'"')
        & (c != b'&')
        & (c != b'\'')
        & (c != b'(')
        & (c != b')')
        & (c != b'<')
        & (c != b'>')
        & (c != b'[')
        & (c != b'\\')
        & (c != b']')
        & (c != b'^')
        & (c != b'`')
        & (c != b'{')
        & (c != b'|')
        & (c != b'}')
}

/// Soft hyphen and zero-width characters that scraping leaves inside words.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Joiners that carry meaning between two non-ASCII letters (Indic scripts).
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Characters that end a URL wherever they appear: controls, `<>` and
/// `` ` ``, curly quotes, guillemets, dashes, the ellipsis and CJK
/// punctuation.
pub(crate) fn is_terminator(c: char) -> bool {
    (c as u32) < 0x20 || c == '\u{7F}' || TERMINATORS.contains(&c)
}

/// The printable characters of [`is_terminator`].
const TERMINATORS: [char; 28] = [
    '<', '>', '`', '\u{201C}', '\u{201D}', '\u{201E}', '\u{2018}', '\u{2019}', '\u{201A}',
    '\u{00AB}', '\u{00BB}', '\u{2039}', '\u{203A}', '\u{2013}', '\u{2014}', '\u{2026}', '\u{3001}',
    '\u{3002}', '\u{300C}', '\u{300D}', '\u{300E}', '\u{300F}', '\u{3010}', '\u{3011}', '\u{FF08}',
    '\u{FF09}', '\u{FF0C}', '\u{FF5C}',
];

/// A character that may appear in a host label.
#[inline]
pub(crate) fn is_label_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '-' || c == '_';
    }
    !(c.is_whitespace()
        || is_terminator(c)
        || is_invisible(c)
        || matches!(c as u32, 0x80..=0xBF | 0x2000..=0x206F | 0x2E00..=0x2E7F | 0x3000..=0x303F
            | 0xFE30..=0xFE4F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65))
}

/// A letter or digit of a word (for hint and prose checks).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// An HTML entity at the start of `s` (which starts with `&`): the char it
/// stands for and its length in bytes.
pub(crate) fn entity(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix('&')?;
    let semi = rest.bytes().take(12).position(|b| b == b';')?;
    let name = rest.get(..semi)?;
    let len = semi + 2;
    let c = if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(v)?
    } else {
        match name {
            "amp" | "AMP" => '&',
            "quot" | "QUOT" => '"',
            "lt" | "LT" => '<',
            "gt" | "GT" => '>',
            "apos" => '\'',
            "nbsp" => '\u{A0}',
            "sol" => '/',
            "period" => '.',
            "colon" => ':',
            "equals" => '=',
            "quest" => '?',
            "num" => '#',
            "percnt" => '%',
            "lowbar" => '_',
            "hyphen" | "dash" => '-',
            "commat" => '@',
            "shy" => '\u{AD}',
            "zwsp" | "ZeroWidthSpace" => '\u{200B}',
            _ => return None,
        }
    };
    Some((c, len))
}

/// Does `f` hold for every byte of the array? Without an early exit, so
/// that the compiler vectorizes it.
#[inline(always)]
pub(crate) fn all_bytes<const N: usize>(a: &[u8; N], f: impl Fn(u8) -> bool) -> bool {
    a.iter().fold(true, |x, &c| x & f(c))
}

/// A byte of a plain path: an ASCII letter or digit, `-`, `.`, `/`, `_`
/// or `~` (all of the `NORM` class, none special to the clean lane's
/// query test except `.`), as arithmetic.
#[inline(always)]
pub(crate) fn path_byte(c: u8) -> bool {
    // `-./` and the digits are 0x2d..=0x39.
    ((c | 0x20).wrapping_sub(b'a') < 26) | (c.wrapping_sub(b'-') < 13) | (c == b'_') | (c == b'~')
}

/// A defanged dot at the start of `s`: its length.
pub(crate) fn defanged_dot(s: &str) -> Option<usize> {
    for p in ["[.]", "(.)", "{.}"] {
        if s.starts_with(p) {
            return Some(3);
        }
    }
    let b = s.as_bytes();
    if b.len() >= 5 && matches!(b.first(), Some(b'[' | b'(')) {
        let word = s.get(1..4)?;
        let close = b.get(4)?;
        if word.eq_ignore_ascii_case("dot") && matches!(close, b']' | b')') {
            return Some(5);
        }
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The bytes of [`plain_byte`], by the book.
    pub(crate) fn plain_class(c: u8) -> bool {
        c.is_ascii_alphanumeric() || b"-/._=%~+:@!$,;*?#".contains(&c)
    }

    #[test]
    fn classes() {
        for b in 0..=255u8 {
            assert_eq!(plain_byte(b), plain_class(b), "{b:#x}");
        }
    }

    #[test]
    fn entities() {
        assert_eq!(entity("&amp;x"), Some(('&', 5)));
        assert_eq!(entity("&#38;"), Some(('&', 5)));
        assert_eq!(entity("&#x2F;"), Some(('/', 6)));
        assert_eq!(entity("&foo=bar"), None);
        assert_eq!(entity("&"), None);
        assert_eq!(entity("&#xFFFFFFFF;"), None);
    }
}
