//! Text helpers of the tagger: byte classes, word boundaries, the word
//! before and after a position, sentence starts, headline case, and the
//! small closed word classes its rules test.

use crate::data::*;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// A mask with the high bit set in each byte of `x` that is an ASCII capital,
/// a '.', or not ASCII (a SWAR test of eight bytes at once).
#[inline]
pub(super) fn interesting(x: u64) -> u64 {
    // Bytes beyond ASCII are in the mask through `x` itself, so the ASCII
    // tests below may be wrong for them.
    let t = x & !HIGH;
    let ge_a = t.wrapping_add(ONES * (0x80 - 0x41));
    let gt_z = t.wrapping_add(ONES * (0x80 - 0x5B));
    let not_dot = (t ^ (ONES * 0x2e)).wrapping_add(ONES * 0x7f);
    ((ge_a & !gt_z) | x | !not_dot) & HIGH
}

/// Eight bytes as a little-endian word (zero-padded when fewer).
#[inline(always)]
pub(super) fn load8(c: &[u8]) -> u64 {
    c.first_chunk::<8>().map_or(0, |a| u64::from_le_bytes(*a))
}

/// Whether a word character ends right before `i`.
#[inline(always)]
pub(super) fn is_word_before(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let p = byte(b, i.wrapping_sub(1));
    if i == 0 {
        false
    } else if p < 0x80 {
        alnum(p)
    } else {
        is_word_char_before(s, i)
    }
}

/// [`is_word_before`] after a byte beyond ASCII.
#[inline(never)]
fn is_word_char_before(s: &str, i: usize) -> bool {
    char_before(s, i).is_some_and(is_word_char)
}

/// Byte class of an ASCII byte: 0 not a word byte, 1 lower-case letter or
/// digit, 2 capital.
#[inline]
pub(super) fn class(x: u8) -> u8 {
    match x {
        b'A'..=b'Z' => 2,
        b'a'..=b'z' | b'0'..=b'9' => 1,
        _ => 0,
    }
}

#[inline]
pub(super) fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

#[inline]
pub(super) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

#[inline]
pub(super) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

#[inline]
pub(super) fn is_upper_at(s: &str, i: usize) -> bool {
    let b = byte(s.as_bytes(), i);
    if b < 0x80 {
        b.is_ascii_uppercase()
    } else {
        is_upper_char_at(s, i)
    }
}

/// [`is_upper_at`] at a byte beyond ASCII.
#[inline(never)]
fn is_upper_char_at(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(char::is_uppercase)
}

#[inline]
pub(super) fn is_word_at(s: &str, i: usize) -> bool {
    let b = byte(s.as_bytes(), i);
    if b < 0x80 {
        alnum(b)
    } else {
        is_word_char_at(s, i)
    }
}

/// [`is_word_at`] at a byte beyond ASCII.
#[inline(never)]
fn is_word_char_at(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(is_word_char)
}

/// ASCII letters and digits, by byte.
// Evaluated at compile time: an out-of-range index would fail the build.
#[allow(clippy::indexing_slicing)]
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// Whether `x` is an ASCII letter or digit (one table load).
#[inline(always)]
pub(super) fn alnum(x: u8) -> bool {
    ALNUM.get(usize::from(x)).copied().unwrap_or(false)
}

/// End of the word that starts at `i`.
#[inline(always)]
pub(super) fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while b.get(i).is_some_and(|&x| alnum(x)) {
        i += 1;
    }
    if byte(b, i) < 0x80 {
        return i;
    }
    word_end_wide(s, i)
}

/// [`word_end`] from a byte beyond ASCII at `i` (kept out of line: the
/// ASCII loop above is inlined at every caller).
#[inline(never)]
fn word_end_wide(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    loop {
        match char_at(s, i) {
            Some(c) if is_word_char(c) => i += c.len_utf8(),
            _ => return i,
        }
        while b.get(i).is_some_and(|&x| alnum(x)) {
            i += 1;
        }
        if byte(b, i) < 0x80 {
            return i;
        }
    }
}

/// The next word `[start, end)` at or after `i`.
#[inline]
pub(super) fn next_word(s: &str, mut i: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    loop {
        let x = *b.get(i)?;
        if x < 0x80 {
            if x.is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            let c = char_at(s, i)?;
            if is_word_char(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
    Some((i, word_end(s, i)))
}

/// The word right after `end` when separated by exactly one space.
#[inline]
pub(super) fn next_word_after_space(s: &str, end: usize) -> Option<(usize, usize)> {
    if byte(s.as_bytes(), end) != b' ' || !is_word_at(s, end + 1) {
        return None;
    }
    Some((end + 1, word_end(s, end + 1)))
}

/// "Shi'ite", "Qur'an": the word ending at `end` goes on after an apostrophe
/// (straight, or also curly when `curly`) with a lower-case letter other
/// than a possessive's lone "s".
#[inline(never)]
pub(super) fn apostrophe_goes_on(s: &str, end: usize, curly: bool) -> bool {
    let b = s.as_bytes();
    let after = if byte(b, end) == b'\'' {
        end + 1
    } else if curly && s.get(end..).is_some_and(|t| t.starts_with('’')) {
        end + '’'.len_utf8()
    } else {
        return false;
    };
    byte(b, after).is_ascii_lowercase() && (byte(b, after) != b's' || is_word_at(s, after + 1))
}

/// The text of [`next_word_after_space`].
#[inline]
pub(super) fn word_after_space(s: &str, end: usize) -> Option<&str> {
    next_word_after_space(s, end).and_then(|(a, z)| s.get(a..z))
}

/// The word before `start`, separated from it by exactly one space.
#[inline(always)]
pub(super) fn prev_word(s: &str, start: usize) -> Option<&str> {
    let b = s.as_bytes();
    if start == 0 || byte(b, start - 1) != b' ' {
        return None;
    }
    let end = start - 1;
    let Some(k) = ascii_word_start(b, end) else {
        return prev_word_slow(s, start);
    };
    if k == end {
        return None;
    }
    s.get(k..end)
}

/// Where the run of ASCII letters and digits that ends at `end` starts;
/// None when a non-ASCII byte comes right before it, so that only the
/// char-level path can tell where the word starts.
#[inline]
pub(super) fn ascii_word_start(b: &[u8], end: usize) -> Option<usize> {
    let head = b.get(..end).unwrap_or(b);
    let k = head.iter().rposition(|&x| !alnum(x)).map_or(0, |p| p + 1);
    (k == 0 || byte(b, k - 1) < 0x80).then_some(k)
}

/// [`prev_word`] for any text (letters beyond ASCII).
#[inline(never)]
pub(super) fn prev_word_slow(s: &str, start: usize) -> Option<&str> {
    let t = s.get(..start)?.strip_suffix(' ')?;
    let w_start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map(|(i, _)| i)?;
    t.get(w_start..)
}

/// Abbreviations before a '.' that does not end a sentence ("Mr. Smith").
pub(super) fn is_abbrev(last: &str) -> bool {
    // All are two to four letters long and start with one of these.
    let b = last.as_bytes();
    if !(2..=4).contains(&b.len())
        || !matches!(
            b.first(),
            Some(
                b'M' | b'D'
                    | b'S'
                    | b'R'
                    | b'G'
                    | b'C'
                    | b'L'
                    | b'P'
                    | b'J'
                    | b'N'
                    | b'v'
                    | b'A'
                    | b'F'
            )
        )
    {
        return false;
    }
    matches!(
        last,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Prof"
            | "Rev"
            | "Jr"
            | "Sr"
            | "No"
            | "vs"
            | "Adm"
            | "Maj"
            | "Mt"
            | "Ft"
    )
}

/// Whether the word at `start` begins a sentence (or a line).
#[inline(always)]
pub(super) fn sentence_initial(s: &str, start: usize) -> bool {
    // The most frequent case first: "the President", "Smith, Jones".
    let b = s.as_bytes();
    if start >= 2 && byte(b, start - 1) == b' ' {
        let p = byte(b, start - 2);
        if alnum(p) || p == b',' {
            return false;
        }
    }
    sentence_initial_bytes(s, start)
}

/// [`sentence_initial`]: a byte-level scan back, [`sentence_initial_slow`] as
/// soon as a byte beyond ASCII is met.
pub(super) fn sentence_initial_bytes(s: &str, start: usize) -> bool {
    let b = s.as_bytes();
    if start > b.len() || !s.is_char_boundary(start) {
        return true;
    }
    let mut k = start;
    let mut newline = false;
    loop {
        if k == 0 {
            return true;
        }
        match byte(b, k - 1) {
            b'\n' => newline = true,
            b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r' | b'"' | b'\'' | b'(' | b'[' | b'{' | b'*' => {
            }
            x if x >= 0x80 => return sentence_initial_slow(s, start),
            _ => break,
        }
        k -= 1;
    }
    if newline {
        return true;
    }
    match byte(b, k - 1) {
        b'!' | b'?' | b':' | b';' | b'|' => true,
        // "1901 - In China": a list's dash after a number that opens the
        // line.
        b'-' if k < start => {
            let mut j = k - 1;
            while j > 0 && byte(b, j - 1) == b'-' {
                j -= 1;
            }
            while j > 0 && byte(b, j - 1) == b' ' {
                j -= 1;
            }
            let mut d = j;
            while d > 0 && j - d < 4 && byte(b, d - 1).is_ascii_digit() {
                d -= 1;
            }
            d < j && (d == 0 || byte(b, d - 1) == b'\n')
        }
        b'.' => {
            let e = k - 1;
            let Some(w) = ascii_word_start(b, e) else {
                return sentence_initial_slow(s, start);
            };
            let last = s.get(w..e).unwrap_or("");
            let abbrev = last.len() == 1 && byte(b, w).is_ascii_uppercase() || is_abbrev(last);
            !abbrev
        }
        _ => false,
    }
}

/// [`sentence_initial`] for any text.
#[inline(never)]
pub(super) fn sentence_initial_slow(s: &str, start: usize) -> bool {
    let Some(before) = s.get(..start) else {
        return true;
    };
    let t = before.trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'([{*•".contains(c));
    if before.get(t.len()..).is_some_and(|gap| gap.contains('\n')) {
        return true;
    }
    match t.chars().next_back() {
        None => true,
        Some('!' | '?' | ':' | ';' | '…' | '|') => true,
        // A list's dash (see `sentence_initial_bytes`).
        Some('-') if t.len() < before.len() => {
            let r = t.trim_end_matches('-').trim_end_matches(' ');
            let n = r
                .bytes()
                .rev()
                .take_while(u8::is_ascii_digit)
                .take(4)
                .count();
            let r = r.get(..r.len() - n).unwrap_or("");
            n > 0 && (r.is_empty() || r.ends_with('\n'))
        }
        Some('.') => {
            // "U.S. officials", "Mr. Smith", "R. Biden": an abbreviation, not a sentence end.
            let w = t.get(..t.len() - 1).unwrap_or("");
            let start = w
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map_or(w.len(), |(i, _)| i);
            let last = w.get(start..).unwrap_or("");
            let n = last.chars().count();
            let abbrev = n == 1 && last.chars().all(char::is_uppercase) || is_abbrev(last);
            !abbrev
        }
        Some(_) => false,
    }
}

/// Whether `w` has exactly one upper-case letter.
pub(super) fn one_capital(w: &str) -> bool {
    if w.is_ascii() {
        w.bytes().filter(u8::is_ascii_uppercase).count() == 1
    } else {
        w.chars().filter(|c| c.is_uppercase()).count() == 1
    }
}

/// A three-letter word that counts against title case: in lower case, and
/// none of those title case leaves small (articles, conjunctions, short
/// prepositions).
fn lower3_counts(w: &[u8]) -> bool {
    w.first().is_some_and(u8::is_ascii_lowercase)
        && !matches!(
            w,
            b"the"
                | b"and"
                | b"but"
                | b"for"
                | b"nor"
                | b"yet"
                | b"off"
                | b"per"
                | b"via"
                | b"out"
                | b"its"
        )
}

/// Short words that a Title Case headline may leave in lower case.
pub(super) fn title_skip_bytes(w: &[u8]) -> bool {
    matches!(
        w,
        b"with"
            | b"from"
            | b"into"
            | b"over"
            | b"after"
            | b"than"
            | b"that"
            | b"upon"
            | b"onto"
            | b"about"
    )
}

/// The longest line read as a headline in Title Case, in bytes: longer
/// lines are prose or tables.
const TITLE_MAX: usize = 200;

/// A headline in Title Case: every word is capitalised, so capitals say
/// nothing. A line with as many numbers as half its capitalised words is a
/// results or scores line ("Chelsea 2 (Zola 12, Vialli 55) Everton 2"), not
/// a headline: its capitals are names.
pub(super) fn title_mode(s: &str) -> bool {
    if s.len() > TITLE_MAX {
        return false;
    }
    if !s.is_ascii() {
        return title_mode_slow(s);
    }
    // ASCII: words are runs of letters and digits, read in one pass over
    // the bytes.
    let b = s.as_bytes();
    let (mut cap, mut low, mut nums) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        if !alnum(byte(b, i)) {
            i += 1;
            continue;
        }
        let a = i;
        while alnum(byte(b, i)) {
            i += 1;
        }
        let w = b.get(a..i).unwrap_or(&[]);
        if w.first().is_some_and(u8::is_ascii_digit) && !number_goes_on(b, a) {
            nums += 1;
        }
        // (A word of three letters counts only lower-case and not one that
        // title case leaves so: "He met John Smith on Friday" is no
        // headline.)
        if w.len() < 3 || (w.len() == 3 && !lower3_counts(w)) {
            continue;
        }
        match w.first() {
            Some(b'A'..=b'Z') => cap += 1,
            Some(b'a'..=b'z') => {
                // The skipped words are four or five letters long.
                if w.len() <= 5 && title_skip_bytes(w) {
                    continue;
                }
                low += 1;
                // The rest of the text holds at most one more word of four
                // letters or more per five bytes: stop as soon as the
                // capitalised words can no longer outnumber the others
                // eight to one.
                if low * 8 > cap + (b.len() - i) / 5 {
                    return false;
                }
            }
            _ => {}
        }
    }
    cap >= 3 && low * 8 <= cap && !(nums >= 2 && nums * 2 >= cap)
}

/// Whether the digits at `a` go on a number before them ("5,647", "1.2").
fn number_goes_on(b: &[u8], a: usize) -> bool {
    a >= 2 && matches!(byte(b, a - 1), b',' | b'.' | b':') && byte(b, a - 2).is_ascii_digit()
}

/// [`title_mode`] for any text.
pub(super) fn title_mode_slow(s: &str) -> bool {
    if s.len() > TITLE_MAX {
        return false;
    }
    let (mut cap, mut low, mut nums) = (0u32, 0u32, 0u32);
    let b = s.as_bytes();
    let mut at = 0;
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        let a = at;
        at += w.len()
            + s.get(a + w.len()..)
                .and_then(|r| r.chars().next())
                .map_or(0, char::len_utf8);
        if w.as_bytes().first().is_some_and(u8::is_ascii_digit) && !number_goes_on(b, a) {
            nums += 1;
        }
        let wb = w.as_bytes();
        if w.len() < 3 || (w.len() == 3 && !lower3_counts(wb)) || title_skip_bytes(wb) {
            continue;
        }
        match w.as_bytes().first() {
            Some(c) if c.is_ascii_uppercase() => cap += 1,
            Some(c) if c.is_ascii_lowercase() => {
                low += 1;
                if low > 10 {
                    return false;
                }
            }
            _ => match w.chars().next() {
                Some(c) if c.is_uppercase() => cap += 1,
                Some(c) if c.is_lowercase() => low += 1,
                _ => {}
            },
        }
    }
    cap >= 3 && low * 8 <= cap && !(nums >= 2 && nums * 2 >= cap)
}

/// A location preposition ("in Paris").
pub(super) fn is_loc_prep(w: Option<&str>) -> bool {
    {
        matches!(
            w,
            Some(
                "in" | "at"
                    | "from"
                    | "near"
                    | "across"
                    | "around"
                    | "outside"
                    | "inside"
                    | "into"
                    | "throughout"
                    | "via"
                    | "toward"
                    | "towards"
                    | "In"
                    | "At"
                    | "From"
                    | "Near"
                    | "Across"
            )
        )
    }
}

pub(super) use crate::common_words::{is_said_after, is_said_before};

/// A verb of saying after a name, also with the full stop that ends a
/// sentence ("…, Tarlo explains.").
#[inline]
pub(super) fn said_verb_after(w: &str) -> bool {
    is_said_after(w.strip_suffix('.').unwrap_or(w))
}

/// A name particle ("von", "de", "Di"), in any case.
pub(super) fn is_particle(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 4 {
        return false;
    }
    let mut a = [0u8; 4];
    for (d, x) in a.iter_mut().zip(b) {
        *d = x.to_ascii_lowercase();
    }
    let l = a.get(..b.len()).unwrap_or(&[]);
    crate::common_words::is_particle_lower(l)
}

/// "-kin" in "Kwok-kin": a hyphen and a short lower-case syllable after a name word.
pub(super) fn hyphen_syllables(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if byte(b, end) != b'-' || !byte(b, end + 1).is_ascii_lowercase() {
        return false;
    }
    let e = word_end(s, end + 1);
    (2..=5).contains(&(e - end - 1)) && !is_word_at(s, e) && byte(b, e) != b'-'
}

/// Surname endings typical of Slavic, Baltic, Caucasian, Balkan, Romanian,
/// Greek and Turkish names ("Gorbachev", "Zelensky", "Saakashvili").
pub(super) fn name_shape(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "sky", "skyi", "skiy", "ski", "ska", "enko", "vich", "vych",
        "ić", "shvili", "dze", "yan", "escu", "poulos", "akis", "oglu", "oğlu", "chuk", "czyk",
        // "-ić" written without its accent: "Boksic", "Mijatovic", "Bilic".
        "vic", "sic", "cic", "kic", "jic", "zic", "lic",
    ];
    w.chars().count() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// A line in capitals (a headline or a dateline line): at least eight
/// letters, nine in ten of them capitals.
pub(super) fn caps_mode(s: &str) -> bool {
    if s.len() > 400 {
        return false;
    }
    let (mut up, mut low) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
            // At most 400 bytes, so at most 40 lower-case letters; most
            // lines are rejected within their first words.
            if low > 40 || (low > 2 && low * 2 > up) {
                return false;
            }
        }
    }
    up >= 8 && low * 10 <= up
}

/// `w` with the accents of Latin letters taken off ("Fátima" gives
/// "Fatima", "Báñez" "Banez"), or None when it has none, or a letter this
/// table does not know. The name lists (census surnames, given names) are
/// written without accents.
pub(super) fn unaccented(w: &str) -> Option<String> {
    if w.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        let a = match c {
            'a'..='z' | 'A'..='Z' | '-' | '\'' => c,
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' | 'Ą' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'š' | 'ś' | 'ş' => 's',
            'Š' | 'Ś' | 'Ş' => 'S',
            'ž' | 'ź' | 'ż' => 'z',
            'Ž' | 'Ź' | 'Ż' => 'Z',
            'ý' | 'ÿ' => 'y',
            'Ý' => 'Y',
            'ř' => 'r',
            'Ř' => 'R',
            'ł' => 'l',
            'Ł' => 'L',
            'ğ' => 'g',
            'đ' => 'd',
            'Đ' => 'D',
            _ => return None,
        };
        out.push(a);
    }
    Some(out)
}

/// Whether "St. ", "Ste. ", "Mt. " or "Saint " (dot optional) stands right
/// before `ws`: the word is a saint's, a place's or a mountain's name
/// ("St. Domingo", "St Maarten"), not a person's alone.
pub(super) fn saint_or_mount_before(s: &str, ws: usize) -> bool {
    let Some(head) = s.get(..ws).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let head = head.strip_suffix('.').unwrap_or(head);
    ["St", "Ste", "Mt", "Saint", "Sainte"].iter().any(|p| {
        head.strip_suffix(p)
            .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// "at X and " or "from X or " right before `ws` (`pw` is the word before
/// it), X capitalised: the word at `ws` is a second employer or source.
pub(super) fn at_pair_before(s: &str, ws: usize, pw: Option<&str>) -> bool {
    let Some(conj) = pw.filter(|w| matches!(*w, "and" | "or")) else {
        return false;
    };
    let Some(xs) = ws.checked_sub(conj.len() + 1) else {
        return false;
    };
    let Some(x) = prev_word(s, xs) else {
        return false;
    };
    is_upper_at(x, 0)
        && xs > x.len()
        && matches!(prev_word(s, xs - x.len() - 1), Some("at" | "from"))
}

/// A word after a one-word name that makes it part of a thing named after
/// someone ("the Brady bill", "Pell Grants", "the Marshall Plan").
pub(super) fn eponym_after(s: &str, end: usize) -> bool {
    let Some((a, z)) = next_word_after_space(s, end) else {
        return false;
    };
    s.get(a..z).is_some_and(|w| {
        // "the Nobel peace prize", "a Pulitzer laureate".
        let prize_after = || {
            matches!(
                word_after_space(s, z),
                Some("prize" | "Prize" | "prizes" | "Prizes")
            )
        };
        matches!(w, "peace" | "Peace" | "literature" | "Literature") && prize_after()
            || matches!(
                w,
                "laureate"
                    | "laureates"
                    | "Laureate"
                    | "bill"
                    | "Bill"
                    | "Act"
                    | "act"
                    | "Amendment"
                    | "amendment"
                    | "Doctrine"
                    | "doctrine"
                    | "Plan"
                    | "Prize"
                    | "prize"
                    | "Award"
                    | "Awards"
                    | "award"
                    | "awards"
                    | "medal"
                    | "Grant"
                    | "Grants"
                    | "Medal"
                    | "Trophy"
                    | "Cup"
                    | "Rule"
                    | "rule"
                    | "Syndrome"
                    | "syndrome"
                    | "disease"
                    | "Report"
                    | "Commission"
                    | "Foundation"
                    | "Institute"
            )
    })
}

/// The particles inside a place's name in Romance-language word order ("de",
/// "della", "du", "d'").
pub(super) fn is_place_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "della"
            | "delle"
            | "dei"
            | "degli"
            | "dell"
            | "di"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "du"
            | "des"
            | "d"
            | "la"
            | "las"
            | "los"
            | "le"
            | "les"
            | "l"
    )
}

/// Whether two bytes start a word of [`AREA_NOUNS`] (a test before the word
/// is read; the tagger's tests hold it to the list).
#[inline]
pub(super) fn area_noun_start(a: u8, b: u8) -> bool {
    matches!(
        (a, b),
        (b'a', b'r')
            | (b'r', b'e')
            | (b'd', b'i')
            | (b'p', b'r')
            | (b'c', b'o' | b'a')
            | (b'm', b'u')
            | (b'g', b'o')
            | (b'o', b'b')
            | (b't', b'o')
            | (b's', b'u')
            | (b'v', b'i' | b'a')
            | (b'n', b'e')
    )
}

/// Nouns of an administrative area or a settlement's part, after its name
/// ("Helmand province", "the Abbotsford area").
pub(super) const AREA_NOUNS: &[&str] = &[
    "area",
    "region",
    "district",
    "province",
    "county",
    "municipality",
    "governorate",
    "prefecture",
    "oblast",
    "township",
    "suburb",
    "village",
    "valley",
    "neighbourhood",
    "neighborhood",
    "canton",
];

/// Whether `w` is one of [`AREA_NOUNS`].
pub(super) fn is_area_noun(w: &str) -> bool {
    AREA_NOUNS.contains(&w)
}

/// "Wang, 45, was sentenced": an age in commas right after `end`.
pub(super) fn age_after(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    if byte(b, end) != b',' || byte(b, end + 1) != b' ' {
        return false;
    }
    let digits = b
        .get(end + 2..)
        .map_or(0, |t| t.iter().take_while(|x| x.is_ascii_digit()).count());
    (1..=2).contains(&digits) && byte(b, end + 2 + digits) == b','
}

/// ", 34, " right before `i` (a person's age in apposition, before "of" and
/// a home town).
pub(super) fn age_before(s: &str, i: usize) -> bool {
    let Some(h) = s.get(..i).and_then(|h| h.strip_suffix(", ")) else {
        return false;
    };
    let digits = h.bytes().rev().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && h.get(..h.len() - digits).is_some_and(|t| t.ends_with(", "))
}

/// Nouns of a settlement or an area, before "of" and a place's name ("the
/// town of Hebron", "the capital of Chad", "the province of Zabul"): the
/// area nouns of [`is_area_noun`] and these.
pub(super) fn is_settlement_noun(w: &str) -> bool {
    is_area_noun(w)
        || matches!(
            w,
            "town" | "city" | "capital" | "state" | "island" | "port" | "outskirts"
        )
}

/// Appends `w` with its first letter as written and the rest in lower case
/// ("BECKER" gives "Becker"): a word of a line in capitals, looked up.
pub(super) fn push_title_case(out: &mut String, w: &str) {
    let mut cs = w.chars();
    out.extend(cs.next());
    out.extend(cs.flat_map(char::to_lowercase));
}
