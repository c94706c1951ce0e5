//! Starts of candidates: a slash (`https://`, `//host`, damaged schemes)
//! or a dot (`www.`, bare domains, defanged dots).

use super::builder::{push_fix, Builder};
use super::cand::{Cand, Ctx, Mode, SchemeKind};
use super::cand::{MAX_HOST, SCHEMES};
use super::host::{is_ipv4, scan_body, scan_relative};
use super::join::{gap_fix, is_opener, last_label};
use crate::chars::defanged_dot;
use crate::chars::{at, before, is_label_char};
use crate::fix::Fix;
// ---------------------------------------------------------------------------
// Triggers

/// A slash that [`fast_scheme`](crate::scan::fast::fast_scheme) did not take: a damaged scheme, `//host`,
/// or prose ("and/or"). Kept out of [`Scanner::next`](crate::scan::Scanner::next) (`inline(never)`):
/// inlined there, it more than doubled the size of the loop that every
/// stop runs through, and the machine code of the common path was spread
/// over more cache lines.
#[inline(never)]
pub(super) fn try_slash<'t>(
    t: &'t str,
    i: usize,
    floor: usize,
    ctx: &Ctx<'_>,
) -> Result<Cand<'t>, usize> {
    if before(t, i) == Some('/') {
        return Err(i + 1);
    }
    let bytes = t.as_bytes();
    let mut slashes = 0;
    while bytes.get(i + slashes) == Some(&b'/') {
        slashes += 1;
    }
    let after_slashes = i + slashes;
    // Walk back over "  :", ";", "[:]", "[:" and letters.
    let mut j = skip_ws_back(t, i, 2, floor);
    let mut sep = false;
    let mut bracket = false;
    let mut entity_sep = false;
    // The byte before `j` tells which of the forms below can match.
    let last = j.checked_sub(1).and_then(|p| bytes.get(p)).copied();
    if matches!(last, Some(b']' | b')'))
        && t.get(..j)
            .is_some_and(|s| s.ends_with("[:]") || s.ends_with("(:)"))
    {
        j -= 3;
        sep = true;
        bracket = true;
    } else if let Some(n) = ["&#58;", "&colon;", "&#x3a;", "&#x3A;"]
        .iter()
        .filter(|_| last == Some(b';'))
        .find(|e| t.get(..j).is_some_and(|s| s.ends_with(*e)))
        .map(|e| e.len())
    {
        // "https&#58;//"
        j -= n;
        sep = true;
        entity_sep = true;
    } else if matches!(before(t, j), Some(':' | ';')) {
        j -= 1;
        sep = true;
        if before(t, j) == Some('[') {
            j -= 1;
            bracket = true;
        }
    } else {
        // No separator: spaces before the slashes are not bridged.
        j = i;
    }
    if !sep && slashes < 2 {
        // Every path below ends in this answer ("and/or", "24/7").
        return Err(after_slashes);
    }
    let letters_end = if sep { skip_ws_back(t, j, 2, floor) } else { j };
    let mut k = letters_end;
    while k > floor && k + 24 > letters_end && before(t, k).is_some_and(|c| c.is_ascii_alphabetic())
    {
        k -= 1;
    }
    let letters = t.get(k..letters_end).unwrap_or("");
    if letters.is_empty() {
        if sep || slashes != 2 {
            return Err(after_slashes);
        }
        // Protocol-relative "//host".
        match before(t, i) {
            None => {}
            Some(c) if c.is_whitespace() || is_opener(c) => {}
            _ => return Err(after_slashes),
        }
        return scan_relative(t, i, after_slashes, ctx).ok_or(after_slashes);
    }
    let lb = letters.as_bytes();
    // Every spelling ends in `p` or `s`.
    if !matches!(lb.last(), Some(b'p' | b'P' | b's' | b'S')) {
        return Err(after_slashes);
    }
    let found = SCHEMES.iter().find(|(s, _, _)| {
        lb.len() >= s.len()
            && lb
                .get(lb.len() - s.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(s.as_bytes()))
    });
    let Some((scheme_start, canonical, scheme_fix)) = found
        .map(|&(sp, c, f)| (letters_end - sp.len(), c, f))
        .or_else(|| split_scheme(t, k, letters, floor))
    else {
        return Err(after_slashes);
    };
    if slashes > 3 {
        return Err(after_slashes);
    }
    // What precedes the scheme.
    let mut fixes = Vec::new();
    let glued = scheme_start > k
        || (before(t, scheme_start) == Some(':')
            && before(t, scheme_start - 1).is_some_and(|c| c.is_alphanumeric()));
    if scheme_start == k && before(t, k).is_some_and(|c| c == '_' || c.is_ascii_digit()) {
        return Err(after_slashes);
    }
    if glued {
        fixes.push(Fix::GluedLabel);
    }
    if let Some(f) = scheme_fix {
        fixes.push(f);
    }
    // The separator as written.
    let mut sep_end = after_slashes;
    if bracket && bytes.get(sep_end) == Some(&b']') {
        sep_end += 1;
    }
    let sep_text = t.get(letters_end..sep_end).unwrap_or("");
    if entity_sep {
        push_fix(&mut fixes, Fix::HtmlEntity);
    } else if sep_text != "://" {
        if bracket {
            push_fix(&mut fixes, Fix::Defanged);
        } else if sep_text.chars().any(|c| !c.is_whitespace())
            && sep_text.trim_matches(char::is_whitespace) != ":"
            && sep_text
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                != "://"
        {
            push_fix(&mut fixes, Fix::MalformedScheme);
        }
        if sep_text.contains('\n') {
            push_fix(&mut fixes, Fix::LineBreak);
        } else if sep_text.chars().any(char::is_whitespace) {
            push_fix(&mut fixes, Fix::InsertedSpace);
        }
    }
    let mut b = Builder::new(scheme_start);
    b.fixes = fixes;
    if b.fixes.contains(&Fix::MalformedScheme) {
        b.conf *= 0.9;
    }
    if b.fixes.contains(&Fix::Defanged) {
        b.conf *= 0.95;
    }
    if b.fixes.contains(&Fix::GluedLabel) {
        b.conf *= 0.95;
    }
    // The canonical scheme and "://", each char ending where the separator
    // as written ends.
    b.push_str(scheme_prefix(canonical), sep_end);
    scan_body(t, sep_end, b, SchemeKind::Full, ctx).ok_or(after_slashes)
}

/// A scheme broken inside by white space ("ht tps://", "htt\n  p://"):
/// `tail` (the letters before the separator, starting at `k`) ends the
/// scheme, and the word before the gap begins it. Returns where the scheme
/// starts, its canonical spelling and the fix.
fn split_scheme(
    t: &str,
    k: usize,
    tail: &str,
    floor: usize,
) -> Option<(usize, &'static str, Option<Fix>)> {
    let mut g = k;
    let mut breaks = 0;
    while g > floor && k - g <= 8 {
        match before(t, g) {
            Some(c) if c.is_whitespace() => {
                breaks += usize::from(c == '\n');
                g -= c.len_utf8();
            }
            _ => break,
        }
    }
    let mut h = g;
    while h > floor && g - h < 4 && before(t, h).is_some_and(|c| c.is_ascii_alphabetic()) {
        h -= 1;
    }
    if g == k || h == g || breaks > 1 || before(t, h).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let word = format!("{}{tail}", t.get(h..g)?).to_ascii_lowercase();
    let canonical = ["https", "http"].into_iter().find(|s| *s == word)?;
    Some((h, canonical, Some(gap_fix(breaks))))
}

/// A canonical scheme of [`SCHEMES`] followed by `://`.
pub(super) fn scheme_prefix(canonical: &str) -> &'static str {
    match canonical {
        "https" => "https://",
        "http" => "http://",
        _ => "ftp://",
    }
}

pub(super) fn try_dot<'t>(
    t: &'t str,
    i: usize,
    k0: usize,
    floor: usize,
    ctx: &Ctx<'_>,
) -> Result<Cand<'t>, usize> {
    // `k0` is where the label before the dot (or defanged dot) ends.
    let mut k = k0;
    if k == i {
        // "(.)", "{.}" and "[.]" seen from the dot.
        if let (Some(o), Some(c)) = (before(t, i), at(t, i + 1)) {
            if matches!((o, c), ('(', ')') | ('{', '}') | ('[', ']')) {
                k = i - 1;
            }
        }
    }
    let Some(p) = before(t, k) else {
        return Err(i + 1);
    };
    if !is_label_char(p) || p == '-' || p == '_' {
        return Err(i + 1);
    }
    // Cheap look at what follows the dot: most dots end sentences.
    let next_pos = if k == i {
        i + 1
    } else if t.as_bytes().get(k) == Some(&b'.') {
        i + 2
    } else {
        k + t.get(k..).and_then(defanged_dot).unwrap_or(1)
    };
    match at(t, next_pos) {
        Some(c) if c.is_whitespace() => {
            let www = t
                .get(k.saturating_sub(3)..k)
                .is_some_and(|w| w.eq_ignore_ascii_case("www"));
            if ctx.mode == Mode::Text && !www {
                return Err(i + 1);
            }
        }
        Some(c) if is_label_char(c) && c != '-' && c != '_' => {}
        _ => return Err(i + 1),
    }
    // Walk back over the host.
    let mut s = k;
    while s > floor && k - s <= MAX_HOST {
        match before(t, s) {
            Some(c) if is_label_char(c) || c == '.' => s -= c.len_utf8(),
            _ => break,
        }
    }
    let host_run_end = skip_host_run(t, i);
    if k - s > MAX_HOST {
        return Err(host_run_end);
    }
    while at(t, s) == Some('.') || at(t, s) == Some('-') {
        s += 1;
    }
    if s >= k {
        return Err(host_run_end);
    }
    // "ww w.example.com", "w ww.example.com": "www" split by a space.
    if let Some(w0) = split_www_start(t, s, k) {
        s = w0;
    }
    if let Some(c) = before(t, s) {
        let cand = if c == ':' && t.get(s..k).is_some_and(|w| w.eq_ignore_ascii_case("www")) {
            scheme_before(t, s - 1, s, Fix::MalformedScheme, floor, ctx)
        } else if c == '%'
            && t.get(s.saturating_sub(7)..s + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("%3A%2F%2F"))
        {
            scheme_before(t, s - 7, s + 2, Fix::Escaping, floor, ctx)
        } else {
            None
        };
        if let Some(cand) = cand {
            return Ok(cand);
        }
        if is_label_char(c) || "@/\\:_.-=&#$%+~".contains(c) {
            return Err(host_run_end);
        }
    }
    // Spaces after the dot are only bridged after "www" outside Raw mode.
    if at(t, next_pos).is_some_and(char::is_whitespace) && ctx.mode == Mode::Text {
        let first = t.get(s..k).unwrap_or("");
        if !first.eq_ignore_ascii_case("www") {
            return Err(i + 1);
        }
    }
    // A plain host in running text: check its last label before building.
    if ctx.mode == Mode::Text
        && k == i
        && !matches!(at(t, host_run_end), Some('[' | '(' | '{' | '&'))
        && !plausible_host(t.get(s..host_run_end).unwrap_or(""))
    {
        return Err(host_run_end);
    }
    scan_body(t, s, Builder::new(s), SchemeKind::None, ctx).ok_or(host_run_end)
}

/// A known scheme spelling whose separator was damaged, ending at `sep`,
/// the host at `host`: "https:www.example.com/a" (the slashes lost, taken
/// before "www" only) or "https%3A%2F%2Fexample.com/a" (percent-encoded, as
/// a redirect parameter leaves it). The candidate starts at the scheme.
fn scheme_before<'t>(
    t: &'t str,
    sep: usize,
    host: usize,
    fix: Fix,
    floor: usize,
    ctx: &Ctx<'_>,
) -> Option<Cand<'t>> {
    let mut a = sep;
    while a > floor && sep - a < 8 && before(t, a).is_some_and(|c| c.is_ascii_alphabetic()) {
        a -= 1;
    }
    if before(t, a).is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let letters = t.get(a..sep)?;
    let &(_, canonical, scheme_fix) = SCHEMES
        .iter()
        .find(|(sp, _, _)| letters.eq_ignore_ascii_case(sp))?;
    let mut b = Builder::new(a);
    b.fixes.extend(scheme_fix);
    push_fix(&mut b.fixes, fix);
    b.conf *= 0.9;
    b.push_str(scheme_prefix(canonical), host);
    scan_body(t, host, b, SchemeKind::Full, ctx)
}

/// Can the run of labels and dots `run` (a bare host in running text, as
/// far as it reaches) be a host? Its last label must be a top-level-domain
/// shape (two or more letters, not mixed case unless the whole run is upper
/// case), or the run an IPv4 address.
pub(super) fn plausible_host(run: &str) -> bool {
    let run = run.trim_end_matches('.');
    let b = run.as_bytes();
    let last = last_label(run).as_bytes();
    if last.iter().all(u8::is_ascii_digit) {
        is_ipv4(run)
    } else if last.is_ascii() {
        last.len() >= 2
            && last.iter().all(u8::is_ascii_alphabetic)
            && (last.iter().all(u8::is_ascii_lowercase) || !b.iter().any(u8::is_ascii_lowercase))
    } else {
        true
    }
}

/// The end of the run of host characters and dots from `i`.
pub(super) fn skip_host_run(t: &str, i: usize) -> usize {
    let bytes = t.as_bytes();
    let mut e = i;
    loop {
        match bytes.get(e) {
            Some(&b) if b < 0x80 => {
                if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
                    e += 1;
                } else {
                    break;
                }
            }
            Some(_) => match at(t, e) {
                Some(c) if is_label_char(c) => e += c.len_utf8(),
                _ => break,
            },
            None => break,
        }
    }
    e
}

pub(super) fn skip_ws_back(t: &str, mut j: usize, max: usize, floor: usize) -> usize {
    let mut n = 0;
    while n < max && j > floor {
        match before(t, j) {
            Some(c) if c == ' ' || c == '\t' || c == '\n' || c == '\r' => {
                j -= 1;
                n += 1;
            }
            _ => break,
        }
    }
    // Only accept the walk if it crossed no blank line.
    j
}

/// Where a "www" split by one space starts, seen from the host at `s` whose
/// first label ends at or after `k`: "ww w.example" or "w ww.example", the
/// part before the space standing alone after a space, a bracket or a
/// quote, or at the start.
fn split_www_start(t: &str, s: usize, k: usize) -> Option<usize> {
    let b = t.as_bytes();
    let label = t.get(s..k)?.split('.').next()?;
    let is_w = |x: &str| !x.is_empty() && x.bytes().all(|c| c.eq_ignore_ascii_case(&b'w'));
    if !(1..=2).contains(&label.len()) || !is_w(label) || s < 2 || b.get(s - 1) != Some(&b' ') {
        return None;
    }
    let want = 3 - label.len();
    let w0 = (s - 1).checked_sub(want)?;
    let head = t.get(w0..s - 1)?;
    let open = w0 == 0
        || matches!(
            b.get(w0 - 1),
            Some(b' ' | b'\n' | b'\t' | b'(' | b'[' | b'"' | b'<')
        );
    (is_w(head) && open).then_some(w0)
}
