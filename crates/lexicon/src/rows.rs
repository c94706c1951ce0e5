//! Splitting the embedded data files into lines and fields by byte search,
//! without allocating: the delimiters are ASCII, so every cut falls on a
//! character boundary.

/// The position of the first `b` in `s`, eight bytes at a time.
#[inline]
pub(crate) fn find_byte(s: &[u8], b: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pat = LO.wrapping_mul(u64::from(b));
    let mut chunks = s.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let x = u64::from_le_bytes(a) ^ pat;
        let z = x.wrapping_sub(LO) & !x & HI;
        if z != 0 {
            return Some(at + (z.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&x| x == b)
        .map(|i| at + i)
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

#[cfg(test)]
mod tests {
    use super::*;

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
