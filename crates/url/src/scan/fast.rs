//! The clean-URL lane: a clean `http(s)://` URL of plain ASCII measured
//! with byte runs, shared by `find` and `repair`.

use super::builder::View;
use super::cand::Ctx;
use super::cand::MAX_HOST;
use super::finish::enclosing;
use super::join::{decide, prose_word_follows};
use super::path::plain_path_end;
use crate::chars::{at, before, entity, is_terminator};
use crate::fix::Fix;

/// The common candidate, decided without the builder: a clean `http://` or
/// `https://` URL in plain ASCII after white space (or at the start), with a
/// host of letters, digits, inner hyphens and dots followed by a path. At
/// `i`, the first slash of `://`. Returns None whenever anything needs the
/// general scanner ([`try_slash`](crate::scan::starts::try_slash)), which then decides as it always does;
/// when it returns a candidate, it is the one the general scanner returns.
pub(super) fn fast_scheme(t: &str, i: usize, floor: usize, ctx: &Ctx<'_>) -> Option<Fast> {
    let bytes = t.as_bytes();
    if bytes.get(i + 1) != Some(&b'/') || i < 5 || bytes.get(i - 1) != Some(&b':') {
        return None;
    }
    // "https" or "http" before the colon. Which one is chosen by
    // arithmetic, not a branch: the two come in no order a CPU can predict.
    let s = usize::from(bytes.get(i - 2) == Some(&b's'));
    let start = (i - 5).checked_sub(s)?;
    if bytes.get(start..start + 4) != Some(b"http") {
        return None;
    }
    if start < floor {
        // The scheme's letters reach into the previous candidate: the
        // general scanner decides what is left.
        return None;
    }
    let ws = |b: u8| matches!(b, b' ' | b'\n' | b'\t' | b'\r');
    match start.checked_sub(1).and_then(|p| bytes.get(p)) {
        None => {}
        Some(&p) if ws(p) => {
            // `href= "https://..."` style link syntax is left to the
            // general scanner.
            let mut k = start - 1;
            let mut n = 0;
            while k > 0 && bytes.get(k - 1).is_some_and(|&b| ws(b)) {
                k -= 1;
                n += 1;
                if n > 16 {
                    return None;
                }
            }
            let pre = bytes.get(k.saturating_sub(6)..k)?;
            if pre
                .last()
                .is_some_and(|&b| b >= 0x80 || matches!(b, b'=' | b'"' | b'\'' | b'('))
            {
                return None;
            }
        }
        // An opening bracket or quote, not of markdown link syntax: the
        // general scanner's `finish` tells what encloses the URL, and so
        // does `enclosing` below.
        Some(b'(') if start < 2 || bytes.get(start - 2) != Some(&b']') => {}
        Some(b'[') => {}
        // `“` and `‘`.
        Some(0x9C | 0x98)
            if start >= 3 && bytes.get(start - 3..start - 1) == Some(&[0xE2, 0x80]) => {}
        _ => return None,
    }
    // Host: labels of ASCII letters and digits with inner hyphens, then
    // the path's slash.
    let host_start = i + 2;
    let (mut j, normal_host) = host_end(bytes, host_start)?;
    if j - host_start > MAX_HOST {
        return None;
    }
    // Path, query, fragment; `odd`: the first byte from `path_start` on
    // that is not a path byte of a URL in normal form (see
    // [`plain_path_end`]).
    let path_start = j;
    let mut gap_at = None;
    let mut odd = usize::MAX;
    loop {
        let (e, o) = plain_path_end(bytes, j, odd == usize::MAX);
        j = e;
        odd = odd.min(o);
        let Some(&c) = bytes.get(j) else { break };
        if c == b'&' {
            if t.get(j..).and_then(entity).is_some() {
                return None;
            }
            j += 1;
        } else if c < 0x80 {
            if (c as char).is_whitespace() {
                gap_at = Some(j);
                break;
            }
            // A closing bracket: no bracket opened in the path (they are
            // not plain), so the URL ends there.
            if is_terminator(c as char) || matches!(c, b')' | b']' | b'}') {
                break;
            }
            return None;
        } else {
            let ch = at(t, j)?;
            if ch.is_whitespace() {
                gap_at = Some(j);
                break;
            }
            if is_terminator(ch) {
                break;
            }
            return None;
        }
    }
    if let Some(g) = gap_at.filter(|&g| !prose_word_follows(bytes, g, ctx)) {
        let v = View {
            start,
            out: t.get(start..g)?,
            path_start: Some(path_start - start),
        };
        if decide(t, g, v, ctx).is_some() {
            // The URL goes on after the gap ("a-\nb", "a/ b"): the general
            // scanner takes it.
            return None;
        }
    }
    let end = trailing_cut(bytes, path_start, j);
    Some(Fast {
        start,
        end,
        punct: end < j,
        normal: normal_host && odd >= end,
        enclosed: before(t, start).zip(at(t, end)).and_then(enclosing),
    })
}

/// Where a URL ending at `end` ends without the prose punctuation after it
/// (`.,;:!?*`), which is cut back to `path_start` at most: the cut of
/// [`fast_scheme`].
#[inline]
pub(crate) fn trailing_cut(bytes: &[u8], path_start: usize, mut end: usize) -> usize {
    while end > path_start && bytes.get(end - 1).is_some_and(|b| b".,;:!?*".contains(b)) {
        end -= 1;
    }
    end
}

/// The fixes of a clean URL: trailing punctuation when some was cut.
#[inline]
pub(crate) fn cut_fixes(cut: bool) -> Vec<Fix> {
    if cut {
        vec![Fix::TrailingPunctuation]
    } else {
        Vec::new()
    }
}

/// A clean URL found by [`fast_scheme`]: `t[start..end]`; `punct`:
/// trailing punctuation was cut ([`Fix::TrailingPunctuation`]); `normal`:
/// see [`Cand::normal`](super::cand::Cand::normal); `enclosed`: what encloses it ([`enclosing`]).
/// [`Scanner::next`](super::Scanner) builds the candidate where it returns
/// it (a candidate built here and moved costs a store-forwarding stall).
pub(super) struct Fast {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) punct: bool,
    pub(super) normal: bool,
    pub(super) enclosed: Option<Fix>,
}

/// [`host_labels_end`], and whether the host is in normal form as it
/// stands: the WHATWG host parser leaves it as it is, because it is
/// lower-case, has no `--` (so no `xn--` label) and its last label is
/// lower-case letters (so it is not read as an IPv4 number).
#[inline]
pub(super) fn host_end(bytes: &[u8], j: usize) -> Option<(usize, bool)> {
    let k = host_labels_end(bytes, j)?;
    let host = bytes.get(j..k)?;
    let last = host.rsplit(|&c| c == b'.').next().unwrap_or_default();
    let normal = !host.iter().any(u8::is_ascii_uppercase)
        && !host.windows(2).any(|w| w == b"--")
        && last.iter().all(u8::is_ascii_lowercase);
    Some((k, normal))
}

/// The host of [`fast_scheme`] from `j`: labels of ASCII letters and
/// digits with inner hyphens, separated by single dots, then a slash:
/// `Some(where the slash is)`, or None.
pub(super) fn host_labels_end(bytes: &[u8], mut j: usize) -> Option<usize> {
    loop {
        // One label: a letter or digit, then letters, digits and hyphens,
        // not ending in a hyphen.
        let label = bytes.get(j..)?;
        let n = label
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-'))
            .unwrap_or(label.len());
        if n == 0 || label.first() == Some(&b'-') || label.get(n - 1) == Some(&b'-') {
            return None;
        }
        j += n;
        match bytes.get(j) {
            Some(b'.') => j += 1,
            Some(b'/') => return Some(j),
            _ => return None,
        }
    }
}
