//! The path, query and fragment: plain runs copied at once, then one char
//! at a time through entities, brackets, invisible chars and gaps.

use super::builder::Builder;
use super::cand::Ctx;
use super::join::{decide, prose_word_follows};
use crate::chars::defanged_dot;

use crate::chars::{
    all_bytes, at, before, entity, is_invisible, is_joiner, is_terminator, path_byte, plain_byte,
};
use crate::fix::Fix;
/// [`plain_end`], and with `track`, the first byte from `j` on that is not
/// a [`crate::chars::path_byte`] or is a `.` right after a `/`, at the end
/// of the run at the latest (the byte that ends it is not a path byte; the
/// end of the text counts as one); `usize::MAX` without `track`. `j >= 1`.
#[inline]
pub(super) fn plain_path_end(bytes: &[u8], j: usize, track: bool) -> (usize, usize) {
    if !track {
        return (plain_end(bytes, j), usize::MAX);
    }
    let (j, odd) = crate::arch::plain_path_run(bytes, j);
    let k = plain_end(bytes, j);
    if odd != usize::MAX {
        return (k, odd.min(k));
    }
    let run = bytes.get(j..k).unwrap_or_default();
    let odd = run.iter().position(|&c| !path_byte(c)).map_or(k, |n| j + n);
    let s = j.saturating_sub(1);
    let dot = bytes
        .get(s..k)
        .and_then(|w| memchr::memmem::find(w, b"/."))
        .map_or(k, |n| s + n + 1);
    (k, odd.min(dot))
}

/// The end of the run of [`plain_byte`]s from `j`. Inside a path they
/// need no decision (`?` and `#` included: they are copied as any other
/// byte once the path has started): they are copied in runs.
#[inline]
pub(super) fn plain_end(bytes: &[u8], j: usize) -> usize {
    // Sixteen bytes at a time, then byte by byte.
    let mut j = j;
    while let Some(chunk) = bytes
        .get(j..j + 16)
        .and_then(|c| <&[u8; 16]>::try_from(c).ok())
    {
        if !all_bytes(chunk, plain_byte) {
            break;
        }
        j += 16;
    }
    let rest = bytes.get(j..).unwrap_or(&[]);
    j + rest
        .iter()
        .position(|&c| !plain_byte(c))
        .unwrap_or(rest.len())
}

pub(super) fn scan_path(t: &str, mut i: usize, b: &mut Builder, ctx: &Ctx<'_>) {
    let bytes = t.as_bytes();
    loop {
        if b.path_start.is_some() {
            // Fast path: a run of plain bytes.
            let e = plain_end(bytes, i);
            if e > i {
                if let Some(s) = t.get(i..e) {
                    b.push_raw(s, i);
                    i = e;
                }
            }
        }
        let Some(c) = at(t, i) else { break };
        let in_path = b.path_start.is_some();
        if !in_path && !matches!(c, '/' | '?' | '#') && !c.is_whitespace() {
            // "example.com&#47;news"
            match t.get(i..).and_then(entity) {
                Some(('/' | '?' | '#', _)) if c == '&' => {}
                _ => break,
            }
        }
        if c.is_whitespace() {
            if prose_word_follows(bytes, i, ctx) {
                // What `decide` answers first, found from the bytes.
                break;
            }
            match decide(t, i, b.view(), ctx) {
                Some(join) => {
                    i = b.join(t, join);
                    continue;
                }
                None => break,
            }
        }
        if b.path_start.is_none() {
            b.path_start = Some(b.out.len());
        }
        let len = c.len_utf8();
        if is_invisible(c) {
            let keep = is_joiner(c)
                && b.last().is_some_and(|p| !p.is_ascii())
                && at(t, i + len).is_some_and(|n| !n.is_ascii());
            if keep {
                b.push(c, i + len);
            } else {
                b.fix(Fix::InvisibleChar);
            }
            i += len;
            continue;
        }
        if c == '&' {
            if let Some((d, n)) = t.get(i..).and_then(entity) {
                match d {
                    '"' | '<' | '>' | '\'' => break,
                    '\u{A0}' => break,
                    d if is_invisible(d) => {
                        b.fix(Fix::InvisibleChar);
                        i += n;
                        continue;
                    }
                    d => {
                        b.fix(Fix::HtmlEntity);
                        b.push(d, i + n);
                        i += n;
                        // Double escaping: "&amp;amp;"
                        while d == '&' && t.get(i..).is_some_and(|r| r.starts_with("amp;")) {
                            i += 4;
                            b.set_last_end(i);
                        }
                        continue;
                    }
                }
            }
        }
        // A chat link `<url|label>`: the label is no part of the URL.
        if is_terminator(c) || c == '|' && before(t, b.start) == Some('<') {
            break;
        }
        match c {
            '(' | '[' | '{' => {
                if let Some(n) = t.get(i..).and_then(defanged_dot) {
                    b.fix(Fix::Defanged);
                    b.push('.', i + n);
                    i += n;
                    continue;
                }
                let d = if c == '(' {
                    0
                } else if c == '[' {
                    1
                } else {
                    2
                };
                if let Some(x) = b.depth.get_mut(d) {
                    *x += 1;
                }
            }
            ')' | ']' | '}' => {
                let d = if c == ')' {
                    0
                } else if c == ']' {
                    1
                } else {
                    2
                };
                match b.depth.get_mut(d) {
                    Some(x) if *x > 0 => *x -= 1,
                    _ => break,
                }
            }
            '"' => {
                if b.quote_open {
                    b.quote_open = false;
                } else {
                    // Keep a quote only when its partner follows in the same token.
                    let rest = t.get(i + 1..).unwrap_or("");
                    let partner = rest
                        .chars()
                        .take_while(|&x| !x.is_whitespace() && !is_terminator(x))
                        .any(|x| x == '"');
                    if !partner {
                        break;
                    }
                    b.quote_open = true;
                }
            }
            _ => {}
        }
        b.push(c, i + len);
        i += len;
    }
}
