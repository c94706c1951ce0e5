//! List items at a sentence start: bullets ("•", "-", "*") and
//! enumerators ("1.", "a)", "2.)"), and where the next item of the same list
//! begins in the same line.

use super::{at, NONE};

/// A list marker at the sentence start `s`: returns where the item's text
/// starts and where the next item of the same list starts in the same line
/// (`NONE` if not found).
pub(super) fn list_marker(bytes: &[u8], s: usize) -> Option<(usize, usize)> {
    const BULLETS: [&[u8]; 9] = [
        "•".as_bytes(),
        "⁃".as_bytes(),
        "▪".as_bytes(),
        "‣".as_bytes(),
        "◦".as_bytes(),
        "●".as_bytes(),
        "■".as_bytes(),
        b"-",
        b"*",
    ];
    let rest = bytes.get(s..)?;
    let mut p = s;
    let mut bullet: Option<&[u8]> = None;
    for b in BULLETS {
        if rest.starts_with(b) {
            let after = at(bytes, s + b.len());
            if b.len() == 1 && after != b' ' {
                return None;
            }
            bullet = Some(b);
            p = s + b.len();
            break;
        }
    }
    while matches!(at(bytes, p), b' ' | b'\t') {
        p += 1;
    }
    // Enumerator: 1-3 digits or one ASCII letter, then ".", ")" or ".)".
    let e0 = p;
    let mut e = p;
    while e < e0 + 3 && at(bytes, e).is_ascii_digit() {
        e += 1;
    }
    let number = e > e0;
    if !number && at(bytes, e).is_ascii_alphabetic() && !at(bytes, e + 1).is_ascii_alphanumeric() {
        e += 1;
    }
    let enumerated = e > e0 && !at(bytes, e).is_ascii_digit();
    let style: &[u8] = match (at(bytes, e), at(bytes, e + 1)) {
        (b'.', b')') => b".)",
        (b'.', _) => b".",
        (b')', _) => b")",
        _ => b"",
    };
    let enumerated = enumerated && !style.is_empty() && at(bytes, e + style.len()) == b' ';
    if bullet.is_none() && !enumerated {
        return None;
    }
    let content = if enumerated {
        skip_spaces(bytes, e + style.len())
    } else {
        skip_spaces(bytes, p)
    };
    // Where the next item may be: up to the end of the line, at most 1 KiB.
    let limit = (content + 1024).min(bytes.len());
    let window = bytes.get(content..limit).unwrap_or(&[]);
    let line_end = memchr::memchr(b'\n', window).unwrap_or(window.len());
    let window = window.get(..line_end).unwrap_or(&[]);
    let mut needle: Vec<u8> = Vec::with_capacity(8);
    needle.push(b' ');
    match bullet {
        Some(b) if b.len() > 1 => needle.extend_from_slice(b),
        _ if enumerated => {
            let marker = bytes.get(e0..e).unwrap_or(&[]);
            if number {
                let n: usize = marker
                    .iter()
                    .fold(0, |a, &d| a * 10 + usize::from(d - b'0'));
                needle.extend_from_slice((n + 1).to_string().as_bytes());
            } else {
                let c = at(bytes, e0);
                if matches!(c, b'z' | b'Z') {
                    return Some((content, NONE));
                }
                needle.push(c + 1);
            }
            needle.extend_from_slice(style);
            needle.push(b' ');
        }
        _ => return Some((content, NONE)),
    }
    let next = memchr::memmem::find(window, &needle).map_or(NONE, |x| content + x + 1);
    Some((content, next))
}

fn skip_spaces(bytes: &[u8], mut p: usize) -> usize {
    while matches!(at(bytes, p), b' ' | b'\t') {
        p += 1;
    }
    p
}
