//! Fast lanes for clean URLs: an absolute `http(s)` URL of plain ASCII that
//! needs no repair and is already in normal form (up to upper-case letters
//! in the host) costs one pass over its host, one over the rest in chunks of
//! sixteen bytes, and one allocation.
//!
//! - [`normal_form`]: what [`url::Url`] serializes for such a URL, without
//!   the parser; None whenever anything needs the parser.
//! - [`repair`]: what the general path of [`crate::repair_with`] (the
//!   scanner in raw mode, then normalization) returns when the raw text is
//!   exactly one such URL, possibly followed by prose punctuation; None
//!   whenever anything needs the general path.
//!
//! Both are checked against the general code (every fast lane off) in the
//! tests below: every line of `news-urls/urls.txt` with ~60 variants each,
//! and generated URLs.

use crate::chars::{all_bytes, entity, norm_byte, path_byte, scheme_len};
use crate::tracking::{is_tracking, DEFAULT_TRACKING_PARAMS};
use crate::{Options, Repaired};
use std::borrow::Cow;

/// Longest host the scanner accepts (RFC 1035), as in `scan.rs`.
const MAX_HOST: usize = 253;

/// The scheme and host of a clean `http(s)` URL.
#[derive(Debug, PartialEq, Eq)]
struct Host {
    /// Where the host starts (after `://`).
    start: usize,
    /// Where it ends: at `/`, `?`, `#` or the end of the text.
    end: usize,
    /// The host holds upper-case ASCII letters.
    upper: bool,
    /// No label starts or ends with a hyphen (the scanner's condition).
    hyphens_inside: bool,
}

/// Bytes are tested sixteen at a time: bit `i` of a mask is byte `i`.
const CHUNK: usize = 16;

/// The bytes of a host run: 1 for a lower-case ASCII letter, a digit or
/// `-`; 2 for an upper-case ASCII letter; 3 for `.`; 0 for anything else.
static HOST_BYTES: [u8; 256] = host_bytes();

// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn host_bytes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_uppercase() {
            2
        } else if c.is_ascii_alphanumeric() || c == b'-' {
            1
        } else if c == b'.' {
            3
        } else {
            0
        };
        i += 1;
    }
    t
}

/// Does this label keep its form through IDNA: not `xn--` (in any case)?
#[inline]
fn not_punycode(l: &[u8]) -> bool {
    !(l.get(2..4) == Some(b"--") && l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(b"xn")))
}

/// Bytes per window of the vectorized tests ([`host_plain`], [`plain_rest`]).
const WIN: usize = 32;

/// 0, 1, 2, ...: the position of each byte of a window, so that "the first
/// position where" is a vectorized minimum.
static IOTA: [u8; WIN] = iota();

// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn iota() -> [u8; WIN] {
    let mut t = [0u8; WIN];
    let mut i = 0;
    while i < WIN {
        t[i] = i as u8;
        i += 1;
    }
    t
}

/// The window `N` bytes from `at` and the one a byte earlier, as arrays.
#[inline(always)]
fn windows<const N: usize>(b: &[u8], at: usize) -> Option<(&[u8; N], &[u8; N])> {
    // One bounds check: `w` is the N + 1 bytes from `at - 1`.
    let w = b.get(at.checked_sub(1)?..at.checked_add(N)?)?;
    Some((w.first_chunk()?, w.last_chunk()?))
}

/// One vectorized pass over the window `cur` at the start of a host
/// (`prev`: the window a byte earlier, from the `/` of `://`): the first
/// position of a byte that is not a host byte, is an upper-case letter or
/// is odd after the one before it (after `.`, `-` or `/`, a `.`, a `-` or
/// a byte that is not a host byte: an empty label, a hyphen at a label
/// edge, `--` as in `xn--`, a dot at an end), `WIN` where there is none;
/// and whether the whole window is plain ([`window_plain`]).
#[inline(always)]
fn host_stop(prev: &[u8; WIN], cur: &[u8; WIN], next: &[u8; WIN]) -> (usize, bool) {
    // A `for` loop: `fold` on a `Zip` may stay a call, unvectorized.
    let mut first = u8::MAX;
    let mut plain = true;
    for (((&c, &p), &x), &i) in cur.iter().zip(prev).zip(next).zip(&IOTA) {
        // `-./` and the digits are 0x2d..=0x39.
        let d = c.wrapping_sub(b'-');
        let lower = c.wrapping_sub(b'a') < 26;
        let upper = c.wrapping_sub(b'A') < 26;
        let dash_digit = d < 13;
        let slash = c == b'/';
        let lower_host = lower | (dash_digit & !slash);
        // A label that starts with `0x` (`p` is `.` or `/`) may make an
        // IPv4 address: the slow path decides.
        let hex = (c == b'0') & ((x | 0x20) == b'x') & (p.wrapping_sub(b'.') < 2);
        let stop = !lower_host | ((d < 2) & (p.wrapping_sub(b'-') < 3)) | hex;
        first = first.min(if stop { i } else { u8::MAX });
        plain &=
            (lower | upper | dash_digit | (c == b'_') | (c == b'~')) & !((d == 1) & (p == b'/'));
    }
    (usize::from(first).min(WIN), plain)
}

/// The checked host, and how far from its start the text is plain (see
/// [`plain_at`]): to the end of the first window when the host ends inside
/// it and the window holds only path bytes, else to the end of the host.
/// A host that needs a closer look (longer than a window, odd pairs of
/// bytes, upper-case letters, a short text) goes through [`host_slow`].
fn host_plain(b: &[u8]) -> Option<(Host, usize)> {
    let start = scheme_len(b)?;
    // The window from `start`, and the ones a byte earlier and later.
    let w = b.get(start - 1..start + WIN + 1);
    let (Some(prev), Some(cur), Some(next)) = (
        w.and_then(<[u8]>::first_chunk),
        w.and_then(|w| w.get(1..)?.first_chunk()),
        w.and_then(<[u8]>::last_chunk),
    ) else {
        return slow_plain(b);
    };
    let (n, plain) = host_stop(prev, cur, next);
    let end = start + n;
    // The stop must be the end of the host: `/`, `?` or `#` after a
    // lower-case letter (not after the `/` of `://`, a `.`, a `-` or a
    // digit, which may end an IPv4 address); anything else (an upper-case
    // letter, an odd pair, `0x`, a port, a longer host) takes the slow path.
    // Then the host is `b[start..end]`: labels of lower-case letters, digits
    // and inner hyphens, no `--`, none starting with `0x`, the last ending
    // in a letter: IDNA and IPv4 parsing leave it alone.
    let (Some(&p), Some(&c)) = (b.get(end - 1), b.get(end)) else {
        return slow_plain(b);
    };
    if !matches!(c, b'/' | b'?' | b'#') || !p.is_ascii_lowercase() {
        return slow_plain(b);
    }
    let plain_to = if plain { start + WIN } else { end };
    let h = Host {
        start,
        end,
        upper: false,
        hyphens_inside: true,
    };
    Some((h, plain_to))
}

/// [`host_slow`], with nothing known to be plain after the host.
fn slow_plain(b: &[u8]) -> Option<(Host, usize)> {
    host_slow(b).map(|h| {
        let e = h.end;
        (h, e)
    })
}

/// Lower-case `http://` or `https://`, then a host of non-empty labels of
/// ASCII letters, digits and hyphens that IDNA and IPv4 parsing leave alone
/// once lower-cased (no `xn--` label, a last label that is neither all
/// digits nor `0x...`), ending at `/`, `?`, `#` or the end. Byte by byte.
fn host_slow(b: &[u8]) -> Option<Host> {
    let start = scheme_len(b)?;
    // The run of host bytes, label by label: not empty, no `xn--`.
    let tail = b.get(start..)?;
    let mut upper = false;
    let mut hyphens_inside = true;
    let mut label = 0;
    let mut n = tail.len();
    for (k, &c) in tail.iter().enumerate() {
        match HOST_BYTES.get(usize::from(c)) {
            Some(1) => {}
            Some(2) => upper = true,
            Some(3) => {
                let l = tail.get(label..k)?;
                let (&first, &last) = (l.first()?, l.last()?);
                hyphens_inside &= (first != b'-') & (last != b'-');
                if !not_punycode(l) {
                    return None;
                }
                label = k + 1;
            }
            _ => {
                n = k;
                break;
            }
        }
    }
    let end = start + n;
    if !matches!(b.get(end), None | Some(b'/' | b'?' | b'#')) {
        return None;
    }
    let l = tail.get(label..n)?;
    let (&first, &last) = (l.first()?, l.last()?);
    hyphens_inside &= (first != b'-') & (last != b'-');
    // The last label must not make the host an IPv4 address ("1.2.3.4",
    // "0x7f").
    if !not_punycode(l)
        || l.iter().all(u8::is_ascii_digit)
        || l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(b"0x"))
    {
        return None;
    }
    Some(Host {
        start,
        end,
        upper,
        hyphens_inside,
    })
}

/// Sixteen bytes of 0 or 1 as a bit mask (bit `i` from byte `i`): each
/// half gathered into its top byte by one multiplication (no carries: the
/// partial products land in distinct bits).
#[inline(always)]
fn bits(f: &[u8; CHUNK]) -> u32 {
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut lo = [0u8; 8];
    let mut hi = [0u8; 8];
    lo.copy_from_slice(f.get(..8).unwrap_or(&[0; 8]));
    hi.copy_from_slice(f.get(8..).unwrap_or(&[0; 8]));
    let g = |h: [u8; 8]| (u64::from_le_bytes(h).wrapping_mul(GATHER) >> 56) as u32;
    g(lo) | (g(hi) << 8)
}

/// A byte that needs a look in the path: the start of a dot segment or of
/// `%2e`, or the end of the path.
#[inline(always)]
fn path_special(c: u8) -> bool {
    (c == b'.') | (c == b'%') | (c == b'?') | (c == b'#')
}

/// One chunk of [`rest_is_normal`]: `a` holds the bytes of `r` from
/// `base` (padded), of which the first `seen` were looked at before. All
/// NORM; while in the path (`path_end` unset), no dot segment or `%2e`
/// starts here, and `path_end` is set at a `?` or `#`.
#[inline(always)]
fn chunk_ok(
    r: &[u8],
    a: &[u8; CHUNK],
    base: usize,
    seen: usize,
    path_end: &mut Option<usize>,
) -> bool {
    if !all_bytes(a, norm_byte) {
        return false;
    }
    if path_end.is_some() {
        return true;
    }
    let mut sp = bits(&a.map(|c| u8::from(path_special(c)))) & (u32::MAX << seen);
    while sp != 0 {
        let k = base + sp.trailing_zeros() as usize;
        sp &= sp - 1;
        match r.get(k) {
            Some(b'?' | b'#') => {
                *path_end = Some(k);
                return true;
            }
            Some(b'.') => {
                // A "." or ".." segment (the path starts with "/", so a dot
                // at 0 cannot occur).
                let after = |j: usize| matches!(r.get(j), None | Some(b'/' | b'?' | b'#'));
                let seg_start = k == 0 || r.get(k - 1) == Some(&b'/');
                if seg_start && (after(k + 1) || (r.get(k + 1) == Some(&b'.') && after(k + 2))) {
                    return false;
                }
            }
            _ => {
                // "%2e"
                if r.get(k + 1..k + 3)
                    .is_some_and(|h| h.eq_ignore_ascii_case(b"2e"))
                {
                    return false;
                }
            }
        }
    }
    true
}

/// Path, query and fragment (`r` starts at `/`, `?`, `#` or is empty) that
/// the WHATWG serializer leaves alone: bytes of the `NORM` class, no dot
/// segment (`/./`, `/../`, `%2e`) in the path, no tracking parameter in the
/// query.
fn rest_is_normal(r: &[u8], opts: &Options) -> bool {
    // Sixteen bytes at a time; in the path, only the special bytes are
    // looked at one by one.
    let mut path_end = None;
    let mut chunks = r.chunks_exact(CHUNK);
    let mut base = 0;
    for c in chunks.by_ref() {
        let Ok(a) = <&[u8; CHUNK]>::try_from(c) else {
            return false;
        };
        if !chunk_ok(r, a, base, 0, &mut path_end) {
            return false;
        }
        base += CHUNK;
    }
    let rem = chunks.remainder();
    if !rem.is_empty() {
        match r
            .len()
            .checked_sub(CHUNK)
            .and_then(|o| Some((o, r.get(o..)?)))
        {
            // The last sixteen bytes, of which the first were seen.
            Some((o, last)) => {
                let Ok(a) = <&[u8; CHUNK]>::try_from(last) else {
                    return false;
                };
                if !chunk_ok(r, a, o, base - o, &mut path_end) {
                    return false;
                }
            }
            None => {
                // Padded with a byte that is NORM and not special.
                let mut a = [b'a'; CHUNK];
                for (d, s) in a.iter_mut().zip(rem) {
                    *d = *s;
                }
                if !chunk_ok(r, &a, base, 0, &mut path_end) {
                    return false;
                }
            }
        }
    }
    if let Some(pe) = path_end.filter(|&pe| r.get(pe) == Some(&b'?')) {
        let q = r.get(pe + 1..).unwrap_or(&[]);
        let q = q
            .get(..memchr::memchr(b'#', q).unwrap_or(q.len()))
            .unwrap_or(q);
        for pair in q.split(|&c| c == b'&') {
            let name = pair.split(|&c| c == b'=').next().unwrap_or(&[]);
            if !name.is_empty() && tracking(name, opts) {
                return false;
            }
        }
    }
    true
}

/// The `N` bytes from `at` are path bytes and none is a `.` right after a
/// `/` (vectorized; false when the window does not fit in `b`).
#[inline(always)]
fn plain_at<const N: usize>(b: &[u8], at: usize) -> bool {
    windows::<N>(b, at).is_some_and(|(prev, cur)| window_plain(prev, cur))
}

/// The bytes of `cur` are path bytes and none is a `.` after a `/` (`prev`:
/// the bytes a position earlier). Vectorized.
#[inline(always)]
fn window_plain<const N: usize>(prev: &[u8; N], cur: &[u8; N]) -> bool {
    let mut ok = true;
    for (&c, &p) in cur.iter().zip(prev) {
        ok &= path_byte(c) & !((c == b'.') & (p == b'/'));
    }
    ok
}

/// Is `b[from..end]` a plain path: bytes of [`path_byte`] and no `.` right
/// after a `/`? Such a path is one that [`rest_is_normal`] accepts (no dot
/// segment, `%`, query or fragment) and holds no `&` (so no entity). A
/// window of the test may reach back to `lo` (where the host starts: its
/// bytes pass); false when the text from `lo` is too short for one.
fn plain_rest(b: &[u8], lo: usize, from: usize, end: usize) -> bool {
    if from >= end {
        return true;
    }
    let mut k = from;
    while k + WIN <= end {
        if !plain_at::<WIN>(b, k) {
            return false;
        }
        k += WIN;
    }
    let tail = end - k;
    if tail == 0 {
        true
    } else if tail <= HALF && end >= lo + HALF {
        plain_at::<HALF>(b, end - HALF)
    } else if end >= lo + WIN {
        plain_at::<WIN>(b, end - WIN)
    } else if tail > HALF {
        plain_at::<HALF>(b, k) && plain_at::<HALF>(b, end - HALF)
    } else {
        false
    }
}

/// Half a window.
const HALF: usize = WIN / 2;

/// [`is_tracking`] on bytes; for the default list, a parameter name whose
/// first byte starts no entry is rejected at once, and the entries are
/// compared as bytes.
#[inline]
fn tracking(name: &[u8], opts: &Options) -> bool {
    if opts.tracking_params.is_some() {
        return std::str::from_utf8(name).is_ok_and(|n| is_tracking(n, opts));
    }
    let first = name.first().map_or(0, |&c| usize::from(c));
    if !TRACKING_FIRST.get(first).copied().unwrap_or(true) {
        return false;
    }
    DEFAULT_TRACKING_PARAMS
        .iter()
        .any(|p| match p.as_bytes().split_last() {
            Some((b'*', prefix)) => name.starts_with(prefix),
            _ => name == p.as_bytes(),
        })
}

/// The first bytes of the entries of [`DEFAULT_TRACKING_PARAMS`] (every
/// byte when an entry is empty or starts with `*`).
static TRACKING_FIRST: [bool; 256] = tracking_first();

// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn tracking_first() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < DEFAULT_TRACKING_PARAMS.len() {
        let p = DEFAULT_TRACKING_PARAMS[i].as_bytes();
        if p.is_empty() || p[0] == b'*' {
            return [true; 256];
        }
        t[p[0] as usize] = true;
        i += 1;
    }
    t
}

/// The serialized form of a checked URL: the host lower-cased, `/` as the
/// path when there is none. `s` itself when it is already serialized, so
/// an owned URL is not copied. `Err(s)` when the host's offsets are not
/// in `s`.
fn serialize<'s>(s: Cow<'s, str>, h: &Host) -> Result<String, Cow<'s, str>> {
    let (Some(head), Some(host), Some(rest)) =
        (s.get(..h.start), s.get(h.start..h.end), s.get(h.end..))
    else {
        return Err(s);
    };
    if !h.upper && rest.starts_with('/') {
        return Ok(s.into_owned());
    }
    let mut out = String::with_capacity(s.len() + 1);
    out.push_str(head);
    if h.upper {
        out.extend(host.bytes().map(|c| char::from(c.to_ascii_lowercase())));
    } else {
        out.push_str(host);
    }
    if !rest.starts_with('/') {
        // "https://example.com" has the path "/".
        out.push('/');
    }
    out.push_str(rest);
    Ok(out)
}

/// The normalized form of a URL that is already normal up to the case of
/// its host, without the full WHATWG parser. `Err(s)` when anything needs
/// the parser; when it returns a URL, it is the one [`url::Url`]
/// serializes.
pub(crate) fn normal_form<'s>(s: Cow<'s, str>, opts: &Options) -> Result<String, Cow<'s, str>> {
    let b = s.as_bytes();
    let Some((h, plain_to)) = host_plain(b) else {
        return Err(s);
    };
    if !plain_rest(b, h.start, plain_to, b.len())
        && !b.get(h.end..).is_some_and(|r| rest_is_normal(r, opts))
    {
        return Err(s);
    }
    serialize(s, &h)
}

/// [`crate::repair_with`] for raw text that is exactly one clean `http(s)`
/// URL, possibly followed by prose punctuation (`.,;:!?*`): the scanner's
/// `fast_scheme` lane takes it whole (host labels without edge hyphens,
/// at most 253 bytes, a `/` after the host, then bytes of its plain class or
/// `&` not starting an HTML entity; nothing else can be a candidate after
/// it), and [`normal_form`] normalizes it. A URL already in normal form is
/// recognized first with the finder's vector tests
/// ([`crate::scan::normal_url_end`]). None when anything needs the general
/// path.
pub(crate) fn repair(raw: &str, opts: &Options) -> Option<Repaired> {
    let b = raw.as_bytes();
    // A URL in normal form, the common case, costs the finder's two vector
    // tests and is taken as it is; the rest of the lane also takes queries
    // and upper-case hosts.
    if let Some(end) = crate::scan::normal_url_end(raw) {
        return Some(Repaired {
            url: raw.get(..end)?.to_owned(),
            fixes: crate::scan::cut_fixes(end < b.len()),
            confidence: 1.0,
        });
    }
    let (h, plain_to) = host_plain(b)?;
    if !h.hyphens_inside || h.end - h.start > MAX_HOST || b.get(h.end) != Some(&b'/') {
        return None;
    }
    // Trailing punctuation of the prose, cut as the scanner cuts it.
    let end = crate::scan::trailing_cut(b, h.end, b.len());
    let url = raw.get(..end)?;
    if !plain_rest(b, h.start, plain_to, end) {
        let rest = b.get(h.end..end)?;
        if !rest_is_normal(rest, opts) {
            return None;
        }
        for a in memchr::memchr_iter(b'&', rest) {
            if raw.get(h.end + a..).and_then(entity).is_some() {
                return None;
            }
        }
    }
    Some(Repaired {
        url: serialize(url.into(), &h).ok()?,
        fixes: crate::scan::cut_fixes(end < b.len()),
        confidence: 1.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize_inner;
    use crate::scan::{Ctx, Mode};
    use crate::Fix;
    use crate::{extract_lanes, repair_lanes};
    use proptest::prelude::*;

    /// `raw` through `repair` with every fast lane on, and with all of them
    /// off: the same result (url, fixes, confidence, or the same error).
    /// A path byte, by the book (not arithmetic).
    fn path_byte_ref(c: u8) -> bool {
        c.is_ascii_alphanumeric() || b"-./_~".contains(&c)
    }

    /// `b[from..end]` is plain, byte by byte (see [`plain_rest`]).
    fn plain_ref(b: &[u8], from: usize, end: usize) -> bool {
        (from..end).all(|i| path_byte_ref(b[i]) && !(b[i] == b'.' && b[i - 1] == b'/'))
    }

    /// The vectorized pieces against their byte-by-byte meaning, on `raw`
    /// and on its prefixes that end in the path (so that every window and
    /// tail length is seen): the host test is [`host_slow`]; what is
    /// reported plain is plain, and the rest test finds every plain rest it
    /// has room for; a plain rest is one [`rest_is_normal`] accepts, without
    /// `&`.
    fn lanes_inside(raw: &str, opts: &Options) -> Result<(), String> {
        let full = raw.as_bytes();
        for cut in (0..=full.len()).rev() {
            let b = &full[..cut];
            let fast = host_plain(b);
            let slow = host_slow(b);
            if fast.as_ref().map(|(h, _)| h) != slow.as_ref() {
                return Err(format!("host {:?}: {fast:?} != {slow:?}", raw.get(..cut)));
            }
            let Some((h, plain_to)) = fast else {
                continue;
            };
            if plain_to > h.end && !plain_ref(b, h.end, plain_to.min(b.len())) {
                return Err(format!("{:?}: not plain to {plain_to}", raw.get(..cut)));
            }
            for from in [h.end, plain_to.min(b.len())] {
                let got = plain_rest(b, h.start, from, b.len());
                let want = plain_ref(b, from, b.len());
                if got && !want || want && !got && b.len() >= h.start + WIN / 2 {
                    return Err(format!(
                        "plain_rest {:?} from {from}: {got}",
                        raw.get(..cut)
                    ));
                }
            }
            let rest = &b[h.end..];
            if plain_rest(b, h.start, h.end, b.len())
                && (!rest_is_normal(rest, opts) || rest.contains(&b'&'))
            {
                return Err(format!("{:?}: plain but not normal", raw.get(..cut)));
            }
        }
        Ok(())
    }

    fn same(raw: &str, hint: &str, opts: &Options) -> Result<(), String> {
        lanes_inside(raw, opts)?;
        let fast = repair_lanes(raw, hint, opts, true);
        let slow = repair_lanes(raw, hint, opts, false);
        if fast != slow {
            return Err(format!("repair {raw:?}: fast {fast:?} != slow {slow:?}"));
        }
        // `extract` (the scanner's lanes, then `build` with the
        // normalization lane) on the URL in a sentence.
        let text = format!("See {raw} for more. Then {raw}");
        let fast_x = extract_lanes(&text, opts, &Ctx::TEXT, true);
        let slow_ctx = Ctx {
            mode: Mode::Text,
            hint: &[],
            fast_lanes: false,
        };
        let slow_x = extract_lanes(&text, opts, &slow_ctx, false);
        if fast_x != slow_x {
            return Err(format!(
                "extract {text:?}: fast {fast_x:?} != slow {slow_x:?}"
            ));
        }
        // `UrlSpan::repair` (which takes a span the finder saw to be in
        // normal form as it is) against `repair` of its raw text.
        // `UrlSpan::repair_to` too, with one `Repaired` reused throughout.
        if opts.tracking_params.is_none() {
            let mut reused = crate::Repaired::default();
            for span in crate::find_iter(&text) {
                // A span found in normal form: `http(s)://`, then (a host,
                // then) a plain path, by the book.
                let b = span.raw.as_bytes();
                let path = scheme_len(b)
                    .and_then(|h| Some(h + b.get(h..)?.iter().position(|&c| c == b'/')?));
                if span.normal && !path.is_some_and(|p| plain_ref(b, p, b.len())) {
                    return Err(format!("span {span:?} of {text:?} is not in normal form"));
                }
                let (by_span, by_raw) = (span.repair(), crate::repair(span.raw));
                let into = span.repair_to(&mut reused).map(|()| reused.clone());
                if by_span != by_raw || into != by_raw {
                    return Err(format!(
                        "span {span:?} of {text:?}: {by_span:?}, {into:?} != {by_raw:?}"
                    ));
                }
            }
        }
        // The normalization lane agrees with the parser on the raw text.
        let fast_n = normalize_inner(raw.into(), opts, true);
        let slow_n = normalize_inner(raw.into(), opts, false);
        if fast_n != slow_n {
            return Err(format!(
                "normalize {raw:?}: fast {fast_n:?} != slow {slow_n:?}"
            ));
        }
        Ok(())
    }

    fn check(raw: &str) {
        let o = Options::default();
        if let Err(e) = same(raw, "", &o) {
            panic!("{e}");
        }
    }

    /// The shared data file `rel`: NEWSPREP_DATA (relative paths from the
    /// workspace root), default `../shared/data` from the workspace root.
    /// None (with a printed reason) when missing outside CI.
    fn data_file(rel: &str) -> Option<std::path::PathBuf> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = match std::env::var_os("NEWSPREP_DATA") {
            Some(d) if std::path::Path::new(&d).is_absolute() => std::path::PathBuf::from(d),
            Some(d) => root.join(d),
            None => root.join("../shared/data"),
        };
        let p = dir.join(rel);
        if p.exists() {
            return Some(p);
        }
        let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
        assert!(!ci, "CI=true but {} is missing", p.display());
        eprintln!("SKIP: {} is missing (set NEWSPREP_DATA)", p.display());
        None
    }

    /// Variants of one URL that exercise every condition of the lane.
    fn variants(u: &str) -> Vec<String> {
        let mut v = vec![u.to_string()];
        let Some(hs) = u.find("://").map(|i| i + 3) else {
            return v;
        };
        let he = u[hs..].find(['/', '?', '#']).map_or(u.len(), |i| hs + i);
        let (pre, host, rest) = (&u[..hs], &u[hs..he], &u[he..]);
        let q = if rest.contains('?') { '&' } else { '?' };
        let (body, frag) = rest.split_once('#').map_or((rest, ""), |(b, f)| (b, f));
        let frag = if frag.is_empty() {
            String::new()
        } else {
            format!("#{frag}")
        };
        v.push(format!("{pre}{}{rest}", host.to_ascii_uppercase()));
        v.push(format!("{pre}{}{rest}", capitalize(host)));
        v.push(format!("{}{host}{rest}", pre.to_ascii_uppercase()));
        v.push(format!("http://{host}{rest}"));
        v.push(format!("{pre}{host}:443{rest}"));
        v.push(format!("{pre}{host}:80{rest}"));
        v.push(format!("{pre}{host}:8080{rest}"));
        v.push(format!("{body}{q}utm_source=x&id=2{frag}"));
        v.push(format!("{body}{q}id=2&fbclid=abc{frag}"));
        v.push(format!("{body}{q}id=2&mc_eid=abc&x{frag}"));
        v.push(format!("{body}{q}a=1&amp;b=2{frag}"));
        v.push(format!("{body}{q}a=1&b=2{frag}"));
        v.push(format!("{body}{q}a=1&amp{frag}"));
        for p in [
            ".", ",", ")", "!", "?", ";", ":", "*", "..", ".)", "\"", "'", ">", "/", " ",
        ] {
            v.push(format!("{u}{p}"));
        }
        v.push(format!("({u})"));
        v.push(format!("<{u}>"));
        v.push(format!("Source:{u}"));
        v.push(format!("{pre}{host}/%7e{rest}"));
        v.push(format!("{pre}{host}/%7E/%2e/{rest}"));
        v.push(format!("{pre}{host}/./{}", rest.trim_start_matches('/')));
        v.push(format!("{pre}{host}/a/../{}", rest.trim_start_matches('/')));
        v.push(format!("{pre}{host}/..{rest}"));
        v.push(format!("{pre}{host}{}", rest.replacen('/', "\\", 2)));
        v.push(format!("{pre}b\u{fc}cher.{host}{rest}"));
        v.push(format!("{pre}xn--bcher-kva.{host}{rest}"));
        v.push(format!("{pre}{host}.{rest}"));
        v.push(format!("{pre}-{host}{rest}"));
        v.push(format!("{pre}{host}-{rest}"));
        v.push(format!("{pre}{host}.1{rest}"));
        v.push(format!("{pre}{host}.0x1{rest}"));
        v.push(format!("{body}#frag"));
        v.push(format!("{body}#"));
        v.push(format!("{body}?"));
        v.push(format!("{pre}{host}"));
        v.push(format!("{pre}{host}/"));
        v.push(format!("{pre}{host}?q=1"));
        v.push(format!("{pre}{host}#top"));
        v.push(format!("{pre}{host}{rest}&#38;x"));
        v.push(format!("{pre}{host}{rest}\u{2019}s"));
        v.push(format!("{pre}{host}{rest}\u{a0}"));
        v.push(format!("{pre}{host}{rest} and more"));
        v.push(format!("{pre}{host}{rest}-\nmore-words"));
        v
    }

    fn capitalize(h: &str) -> String {
        h.split('.')
            .map(|l| {
                let mut c = l.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(".")
    }

    #[test]
    fn tracking_is_is_tracking() {
        let o = Options::default();
        let mut names = vec![
            String::new(),
            "*".into(),
            "id".into(),
            "utm".into(),
            "UTM_x".into(),
        ];
        for p in DEFAULT_TRACKING_PARAMS {
            let p = p.trim_end_matches('*');
            for cut in 0..=p.len() {
                names.push(p[..cut].to_string());
                names.push(format!("{}x", &p[..cut]));
                names.push(format!("x{}", &p[cut..]));
            }
            names.push(p.to_ascii_uppercase());
        }
        for n in &names {
            assert_eq!(tracking(n.as_bytes(), &o), is_tracking(n, &o), "{n:?}");
        }
        assert!(tracking(b"fbclid", &o) && tracking(b"utm_source", &o));
        assert!(!tracking(b"id", &o) && !tracking(b"fbclid2", &o));
        let custom = Options {
            tracking_params: Some(vec!["id".to_string(), "q*".to_string()]),
        };
        assert!(tracking(b"id", &custom) && tracking(b"query", &custom));
        assert!(!tracking(b"fbclid", &custom));
    }

    #[test]
    fn bits_gathers_every_position() {
        for i in 0..CHUNK {
            let mut f = [0u8; CHUNK];
            f[i] = 1;
            assert_eq!(bits(&f), 1 << i);
        }
        assert_eq!(bits(&[1; CHUNK]), 0xffff);
        assert_eq!(bits(&[0; CHUNK]), 0);
    }

    #[test]
    fn lane_takes_the_clean_ones() {
        let o = Options::default();
        let r = repair(
            "https://www.example.com/2023/12/23/world/some-slug-a1b2.html",
            &o,
        );
        assert!(r.is_some_and(|r| r.fixes.is_empty() && r.confidence == 1.0));
        let r = repair("https://WWW.Example.com/a.", &o).map(|r| (r.url, r.fixes));
        assert_eq!(
            r,
            Some((
                "https://www.example.com/a".to_string(),
                vec![Fix::TrailingPunctuation]
            ))
        );
        for raw in [
            "https://example.com",
            "https://example.com:443/a",
            "https://example.com/a?utm_source=x",
            "https://example.com/a&amp;b",
            "https://example.com/a/../b",
            "https://xn--bcher-kva.example/a",
            "https://-a.example/a",
            "https://example.com/a b",
            "(https://example.com/a)",
            "HTTPS://example.com/a",
        ] {
            assert!(repair(raw, &o).is_none(), "{raw:?}");
        }
    }

    #[test]
    fn hand_cases_agree() {
        for u in [
            "https://www.example.com/2023/12/23/world/some-slug-a1b2.html",
            "http://a.b.example.co.uk/x/y-z_1.html?q=1&r=a:b@c,d;e*f!g$h+i~j#frag#more",
            "https://example.com/a//b/%E2%80%99/%zz/%",
            "https://1.2.3.4/x",
            "https://example.com/x?a=./..#../.",
            "https://example.com/.hidden/a..b/c.",
            // Hosts and rests around the window widths (16 and 32 bytes).
            "https://abcdefghij.abcdefghij.abcdefghi/x",
            "https://abcdefghij.abcdefghij.abcdefghij/x",
            "https://abcdefghij.abcdefghij.abcdefghijk/x/y",
            "https://abcdefghij.abcdefghij.abcdefghijkl.com/x",
            "https://www.example.com/abcdefghijklmnop/abcdefghijklmn/.x",
            "https://www.example.com/abcdefghijklmnop/abcdefghijklmno/.x/",
            "https://www.example.com/abcdefghijklmnopqrstuvwxyz012345/a.b/c/.d",
            "https://a.io/b",
            "https://a.io/Abc/./x",
            "https://ab.cd/ef/gh_ij~kl/mn.op/QR",
            "https://www.example.com/Path/With,Comma;and:colon=eq!",
            "https://www.example.com/a-/-b/a--b/_/~/",
            "https://a--b.example.com/x",
            "https://a.0x1f.example.com/x",
            "https://a.0X.example.com/x",
            "https://example.co1/x",
            "https://www.x0x.example/x",
            "https://0x.example.com0x/x",
            "https://example.0xab/x",
            "https://0xdeadbeef/x",
            "https://a.b-.example.com/x",
            "https://www.example.com./x",
            "https://www..example.com/x",
            "https://www.example.com/x/\u{e9}/y",
            "https://www.example.com/a%2e%2E/%2f%2E/b%2/%2?x=%2e#%2e",
            "https://www.example.com/wiki/Some_Page,_With:Parts;x=1!/y",
            "https://www.example.com/search?q=a&utm_source=b&amp;c=1#top",
            "https://www.example.com/a?x=1&#38;y#f&amp;g",
            "https://www.example.com/a,b?x=%2e&y=./..&_ga=1",
            "https://www.example.com/p&q/r",
            // At the end of a text, `&` in the path after the last whole
            // chunk of the path test.
            "https://example.com/abcdefghijklmnopqrstu/p&q/r",
            "https://www.example.com/%E2%80%99abcdefghijklmnopqrstuvwxyz/%D8%A7%D9%84/",
        ] {
            for v in variants(u) {
                check(&v);
            }
        }
    }

    #[test]
    fn news_urls_agree() {
        let Some(p) = data_file("news-urls/urls.txt") else {
            return;
        };
        let text = std::fs::read_to_string(p).unwrap_or_default();
        let mut n = 0;
        let mut taken = 0;
        let (mut normal, mut lines) = (0, 0);
        let o = Options::default();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            for v in variants(line) {
                check(&v);
                taken += usize::from(repair(&v, &o).is_some());
                n += 1;
            }
            let text = format!("See {line} for more.");
            normal += crate::find_iter(&text).filter(|s| s.normal).count();
            lines += 1;
        }
        assert!(n > 10_000, "{n} variants");
        // The lane must carry most of the clean URLs, or it is not a lane.
        assert!(taken * 10 > n, "{taken} of {n} taken by the lane");
        // Most news URLs are found in normal form already.
        assert!(
            normal * 2 > lines,
            "{normal} of {lines} found in normal form"
        );
    }

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z0-9]{1,8}",
            "[a-zA-Z0-9_~-]{1,8}",
            Just("a-b".to_string()),
            Just(".".to_string()),
            Just("..".to_string()),
            Just("x.html".to_string()),
            Just("%7e".to_string()),
            Just("%2E".to_string()),
            Just("%zz".to_string()),
            Just("&amp;".to_string()),
            Just("&".to_string()),
            Just("\\".to_string()),
            Just("(x)".to_string()),
            Just("\u{e9}".to_string()),
            Just("a b".to_string()),
            Just(".x".to_string()),
            Just("a,b;c:d=e".to_string()),
            "[a-zA-Z0-9._~/-]{0,40}",
        ]
    }

    fn label() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "[a-z0-9]{1,8}",
            2 => "[a-zA-Z0-9-]{1,8}",
            1 => Just("xn--bcher-kva".to_string()),
            1 => Just("XN--abc".to_string()),
            1 => Just("b\u{fc}cher".to_string()),
            1 => Just("123".to_string()),
            1 => Just("0x1f".to_string()),
            1 => Just("".to_string()),
            1 => "[a-z]{50,63}",
        ]
    }

    prop_compose! {
        fn url()(
            scheme in prop_oneof![
                4 => Just("https://"), 2 => Just("http://"), 1 => Just("HTTPS://"),
                1 => Just("hxxps://"), 1 => Just("ftp://"), 1 => Just("https:/"), 1 => Just("")
            ],
            labels in prop::collection::vec(label(), 1..7),
            tld in prop_oneof![4 => Just("com"), 1 => Just("co.uk"), 1 => Just("COM"), 1 => Just("1"), 1 => Just(""), 1 => Just("0xff")],
            port in prop_oneof![6 => Just(""), 1 => Just(":443"), 1 => Just(":80"), 1 => Just(":8080"), 1 => Just(":")],
            path in prop::collection::vec(piece(), 0..5),
            slash_end in any::<bool>(),
            query in prop::collection::vec(
                prop_oneof![
                    Just("utm_source=x"), Just("id=2"), Just("fbclid=1"), Just("a"),
                    Just(""), Just("q=a.b"), Just("utm_=1"), Just("x=%2e")
                ],
                0..4,
            ),
            has_query in any::<bool>(),
            frag in prop_oneof![4 => Just(""), 1 => Just("#top"), 1 => Just("#"), 1 => Just("#a/../b")],
            trail in prop_oneof![
                6 => Just(""), 1 => Just("."), 1 => Just(","), 1 => Just(")"), 1 => Just("!?"), 1 => Just(";"), 1 => Just(":"),
                1 => Just("*"), 1 => Just("\""), 1 => Just(" "), 1 => Just(" and more"), 1 => Just("\n")
            ],
        ) -> String {
            let mut s = format!("{scheme}{}.{tld}{port}", labels.join("."));
            if !path.is_empty() || slash_end {
                s.push('/');
            }
            s.push_str(&path.join("/"));
            if slash_end && !path.is_empty() {
                s.push('/');
            }
            if has_query {
                s.push('?');
                s.push_str(&query.join("&"));
            }
            s.push_str(frag);
            s.push_str(trail);
            s
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn generated_urls_agree(u in url(), hint in prop_oneof![Just(""), Just("Some Headline Here")]) {
            let o = Options::default();
            prop_assert!(same(&u, hint, &o).is_ok(), "{}", same(&u, hint, &o).err().unwrap_or_default());
            let custom = Options { tracking_params: Some(vec!["id".to_string(), "q*".to_string()]) };
            prop_assert!(same(&u, hint, &custom).is_ok(), "{}", same(&u, hint, &custom).err().unwrap_or_default());
        }
    }
}
