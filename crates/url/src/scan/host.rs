//! Host and port: labels, public suffixes, IPv4, and the gaps a host may
//! bridge.

use super::builder::Builder;
use super::cand::MAX_HOST;
use super::cand::{Cand, Ctx, Mode, SchemeKind};
use super::finish::finish;
use super::join::gap;
use super::join::{gap_fix, has_empty_label, last_label, ticker_like, TICKER_CONF};
use super::path::scan_path;
use crate::chars::defanged_dot;

use crate::chars::{at, entity, is_invisible, is_label_char, is_terminator};
use crate::fix::Fix;
/// Does the host (any case, perhaps with a trailing dot) end in a known
/// public suffix with at least one label before it? Returns the suffix
/// length in labels (0 when not complete).
pub(super) fn suffix_labels(host: &str) -> usize {
    let h = host.trim_end_matches('.').to_lowercase();
    if h.is_empty() || h.len() > MAX_HOST {
        return 0;
    }
    match psl::suffix(h.as_bytes()) {
        Some(s) if s.is_known() && s.as_bytes().len() < h.len() => {
            s.as_bytes().split(|&b| b == b'.').count()
        }
        _ => 0,
    }
}

pub(super) fn is_ipv4(host: &str) -> bool {
    // Four labels: three dots. Most runs of digits and dots in prose
    // ("3.5") are told from their dots alone.
    if memchr::memchr_iter(b'.', host.as_bytes()).count() != 3 {
        return false;
    }
    let mut n = 0;
    for p in host.split('.') {
        n += 1;
        let ok = n <= 4
            && !p.is_empty()
            && p.len() <= 3
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u16>().is_ok_and(|v| v <= 255);
        if !ok {
            return false;
        }
    }
    n == 4
}

// ---------------------------------------------------------------------------
// Host, port, path

pub(super) fn scan_relative<'t>(
    t: &'t str,
    i: usize,
    after: usize,
    ctx: &Ctx<'_>,
) -> Option<Cand<'t>> {
    let mut b = Builder::new(i);
    b.push_str("//", after);
    let c = scan_body(t, after, b, SchemeKind::Relative, ctx)?;
    let host = c.url.get(2..).unwrap_or("");
    let host = host.split(['/', '?', '#', ':']).next().unwrap_or("");
    if host.contains('.') || host.eq_ignore_ascii_case("localhost") {
        Some(c)
    } else {
        None
    }
}

pub(super) fn scan_body<'t>(
    t: &'t str,
    mut i: usize,
    mut b: Builder,
    kind: SchemeKind,
    ctx: &Ctx<'_>,
) -> Option<Cand<'t>> {
    // Spaces right after "https://".
    if kind == SchemeKind::Full {
        if let Some((j, nl)) = gap(t, i) {
            if nl < 2 && at(t, j).is_some_and(is_label_char) {
                b.fix(gap_fix(nl));
                i = j;
            }
        }
        // user:password@ before the host
        if let Some(at_pos) = userinfo_end(t, i) {
            let s = t.get(i..at_pos)?;
            b.push_str(s, at_pos);
            i = at_pos;
        }
    }
    b.host_start = b.out.len();
    i = scan_host(t, i, &mut b, kind, ctx)?;
    // Validate the host.
    let host = b.host();
    let host_ok = match kind {
        SchemeKind::Full | SchemeKind::Relative => {
            let first_ok = host
                .chars()
                .next()
                .is_some_and(|c| is_label_char(c) && c != '-' && c != '_' || c == '[');
            let last_label = last_label(host);
            first_ok
                && !last_label.ends_with('-')
                && !last_label.ends_with('_')
                && !has_empty_label(host)
        }
        SchemeKind::None => bare_host_ok(host),
    };
    if !host_ok {
        return None;
    }
    // Port.
    if at(t, i) == Some(':') && at(t, i + 1).is_some_and(|c| c.is_ascii_digit()) {
        let mut j = i + 1;
        while at(t, j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
        }
        let port = t.get(i + 1..j)?;
        if port.len() > 5 || port.parse::<u32>().ok()? > 65535 {
            return None;
        }
        if at(t, j).is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        b.push(':', i + 1);
        b.push_str(port, j);
        i = j;
    }
    // An e-mail address is not a URL.
    if kind == SchemeKind::None && at(t, i) == Some('@') {
        return None;
    }
    if kind == SchemeKind::None && at(t, i).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    scan_path(t, i, &mut b, ctx);
    if kind == SchemeKind::None && b.path().is_empty() && ticker_like(b.host()) {
        if ctx.mode == Mode::Text {
            return None;
        }
        b.conf *= TICKER_CONF;
    }
    finish(t, b, kind)
}

/// If the text at `i` starts with `user[:pass]@` (before any `/`, space or
/// end), the position after the `@`.
pub(super) fn userinfo_end(t: &str, i: usize) -> Option<usize> {
    let s = t.get(i..)?;
    // The loop looks at 128 chars at most (512 bytes): without an `@`
    // there, it has nothing to find. One vector search answers for almost
    // every URL.
    memchr::memchr(b'@', s.as_bytes().get(..512).unwrap_or(s.as_bytes()))?;
    for (n, c) in s.char_indices().take(128) {
        match c {
            '@' => return (n > 0).then_some(i + n + 1),
            '/' | '?' | '#' | '[' | ']' | '"' | '\'' | '<' | '>' | '(' | ')' => return None,
            c if c.is_whitespace() || is_terminator(c) => return None,
            _ => {}
        }
    }
    None
}

/// Is the run a host without a scheme may be: labels of at most 63 bytes
/// without edge hyphens or `_`, an IPv4 address or a known public suffix
/// whose case agrees with the rest (`example.COM` is no host).
pub(super) fn bare_host_ok(host: &str) -> bool {
    if host.len() > MAX_HOST || host.contains('_') || host.contains("..") {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
    {
        return false;
    }
    if is_ipv4(host) {
        return true;
    }
    let tld = labels.last().copied().unwrap_or("");
    let tld_case_ok =
        tld.chars().all(|c| !c.is_uppercase()) || host.chars().all(|c| !c.is_lowercase());
    tld_case_ok && !tld.bytes().all(|b| b.is_ascii_digit()) && suffix_labels(host) > 0
}

/// Scans the host from `i`; returns the position after it.
pub(super) fn scan_host(
    t: &str,
    mut i: usize,
    b: &mut Builder,
    kind: SchemeKind,
    ctx: &Ctx<'_>,
) -> Option<usize> {
    // IPv6 literal.
    if kind != SchemeKind::None && at(t, i) == Some('[') {
        let rest = t.get(i..)?;
        let close = rest.bytes().take(48).position(|c| c == b']')?;
        let lit = rest.get(..=close)?;
        if lit.len() > 2
            && lit
                .bytes()
                .skip(1)
                .take(close - 1)
                .all(|c| c.is_ascii_hexdigit() || c == b':' || c == b'.')
        {
            b.push_str(lit, i + close + 1);
            return Some(i + close + 1);
        }
        return None;
    }
    while let Some(c) = at(t, i) {
        if b.out.len() - b.host_start > MAX_HOST + 8 {
            return None;
        }
        if c.is_ascii_alphanumeric() || c == '-' {
            let run = t.as_bytes().get(i..).map_or(1, |r| {
                r.iter()
                    .take_while(|&&x| x.is_ascii_alphanumeric() || x == b'-')
                    .count()
            });
            if let Some(s) = t.get(i..i + run) {
                b.push_raw(s, i);
            }
            i += run;
        } else if is_label_char(c) {
            b.push(c, i + c.len_utf8());
            i += c.len_utf8();
        } else if is_invisible(c) {
            b.fix(Fix::InvisibleChar);
            i += c.len_utf8();
        } else if c == '.' || c == '&' || c == '[' || c == '(' || c == '{' {
            // A dot, written plainly, as an entity, or defanged.
            let (dot_len, fix) = if c == '.' {
                (1, None)
            } else if c == '&' {
                match entity(t.get(i..)?) {
                    Some(('.', n)) => (n, Some(Fix::HtmlEntity)),
                    _ => break,
                }
            } else {
                match defanged_dot(t.get(i..)?) {
                    Some(n) => (n, Some(Fix::Defanged)),
                    None => break,
                }
            };
            let j = i + dot_len;
            let next = at(t, j);
            if next.is_some_and(|n| is_label_char(n) && n != '-') {
                b.push('.', j);
                if let Some(f) = fix {
                    b.fix(f);
                }
                i = j;
            } else if next.is_some_and(char::is_whitespace)
                && !b.host().is_empty()
                && may_bridge(b, kind, ctx)
            {
                // "www. example. com"
                let (k, nl) = gap(t, j)?;
                let ok = nl < 2
                    && at(t, k).is_some_and(|n| n.is_alphanumeric())
                    && host_join_ok(b.host(), t, k);
                if ok {
                    b.push('.', j);
                    if let Some(f) = fix {
                        b.fix(f);
                    }
                    b.fix(gap_fix(nl));
                    b.conf *= 0.9;
                    i = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        } else if c.is_whitespace() && may_bridge(b, kind, ctx) {
            // "example .com"
            let Some((k, nl)) = gap(t, i) else { break };
            // A fragment starting with a dot, plain or defanged.
            let dot_len = match at(t, k) {
                Some('.') => Some(1),
                Some('[' | '(' | '{') => t.get(k..).and_then(defanged_dot),
                _ => None,
            };
            // "example dot com" after a scheme: a spelled-out dot.
            // After a complete host, only with more host or a path after.
            let m = gap(t, k + 3).map_or(k + 3, |g| g.0);
            let e = m + t.get(m..).map_or(0, |r| {
                r.bytes()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == b'-')
                    .count()
            });
            let word_dot = kind == SchemeKind::Full
                && nl == 0
                && m > k + 3
                && e > m
                && t.get(k..k + 3)
                    .is_some_and(|w| w.eq_ignore_ascii_case("dot"))
                && !t.get(k + 3..m).is_some_and(|g| g.contains('\n'))
                && (suffix_labels(b.host()) == 0
                    || at(t, e) == Some('/')
                    || t.get(e..e + 5)
                        .is_some_and(|w| w.eq_ignore_ascii_case(" dot ")));
            if word_dot {
                b.push('.', m);
                b.fix(Fix::Defanged);
                i = m;
                continue;
            }
            let ok = nl < 2
                && dot_len.is_some_and(|n| at(t, k + n).is_some_and(|c| c.is_alphanumeric()))
                && (ctx.mode == Mode::Raw
                    || kind != SchemeKind::None
                    || host_join_ok(b.host(), t, k + 1));
            // A label broken inside: "www.exam-" then "ple.com" on the next
            // line, "ww w.example", "example.c om".
            let inside = nl < 2
                && dot_len.is_none()
                && at(t, k).is_some_and(|c| c.is_ascii_alphanumeric())
                && label_goes_on(b.host(), t, k, nl);
            if inside {
                b.fix(gap_fix(nl));
                b.conf *= 0.9;
                i = k;
                continue;
            }
            if ok {
                b.fix(gap_fix(nl));
                b.conf *= 0.9;
                i = k;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if b.host().is_empty() {
        return None;
    }
    Some(i)
}

/// Does the label at `k` (after a gap of `nl` line breaks) finish the last
/// label of `host`? When the label ends in a hyphen at a line break
/// ("www.exam-" / "ple.com"), when "www" is split ("ww w.example"), or when
/// the joined label completes a known suffix that was not there
/// ("example.c om/").
fn label_goes_on(host: &str, t: &str, k: usize, nl: usize) -> bool {
    let mut e = k;
    while at(t, e).is_some_and(|c| c.is_ascii_alphanumeric() || c == '-') {
        e += 1;
    }
    let label = t.get(k..e).unwrap_or("");
    let next = at(t, e);
    if label.is_empty() || label.ends_with('-') {
        return false;
    }
    if nl == 1 && host.ends_with('-') && host.len() > 1 && next == Some('.') {
        return true;
    }
    let www = |h: &str| {
        (h.eq_ignore_ascii_case("w") || h.eq_ignore_ascii_case("ww"))
            && h.len() + label.len() == 3
            && label.bytes().all(|c| c.eq_ignore_ascii_case(&b'w'))
            && next == Some('.')
    };
    if www(host) {
        return true;
    }
    let ends_here =
        |c: Option<char>| c.is_none_or(|c| matches!(c, '/' | '?' | '#') || c.is_whitespace());
    let have = suffix_labels(host);
    // Labels after the gap that make a host with a known suffix, after a
    // host that is none yet ("https://id w-online.de/"), or after one
    // broken by a space before a path ("https://www.ma escot.de/a").
    if next == Some('.') && !host.ends_with('.') {
        let mut r = e;
        while at(t, r).is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.') {
            r += 1;
        }
        let run = t.get(k..r).unwrap_or("");
        let tail = at(t, r);
        if (have == 0 && ends_here(tail) || nl == 0 && tail == Some('/'))
            && suffix_labels(&format!("{host}{run}")) > 0
        {
            return true;
        }
    }
    // The last label completed ("example.c om/"), or one or two letters
    // before the path ("example.co m/news").
    let more = suffix_labels(&format!("{host}{label}"));
    host.contains('.')
        && !host.ends_with('.')
        && label.bytes().all(|c| c.is_ascii_lowercase())
        && ends_here(next)
        && (more > have || more > 0 && label.len() <= 2 && next == Some('/'))
}

/// May spaces inside this host be bridged? Always with a scheme or in Raw
/// mode; for a bare host in running text only after "www" (or inside it).
pub(super) fn may_bridge(b: &Builder, kind: SchemeKind, ctx: &Ctx<'_>) -> bool {
    kind != SchemeKind::None
        || ctx.mode == Mode::Raw
        || b.host()
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("www"))
        // "ww w.example": the split "www" itself (see `label_goes_on`).
        || matches!(b.host().len(), 1 | 2) && b.host().bytes().all(|c| c.eq_ignore_ascii_case(&b'w'))
}

/// Should the host `host` (without the dot being bridged) take the next
/// label starting at `k`?
pub(super) fn host_join_ok(host: &str, t: &str, k: usize) -> bool {
    let have = suffix_labels(host);
    if have == 0 {
        return true;
    }
    // A longer known suffix ("bbc.co" + "uk") is evidence too.
    let mut label_end = k;
    while let Some(c) = at(t, label_end) {
        if is_label_char(c) {
            label_end += c.len_utf8();
        } else {
            break;
        }
    }
    let label = t.get(k..label_end).unwrap_or("");
    if label.chars().any(|c| c.is_uppercase()) {
        return false;
    }
    let joined = format!("{}.{}", host.trim_end_matches('.'), label);
    let more = suffix_labels(&joined);
    // "baike.baidu. com/item": the joined host goes on into a path.
    more > have || (more > 0 && matches!(at(t, label_end), Some('/' | '?' | '#')))
}
