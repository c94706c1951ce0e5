//! Trailer lines that name the source URL, and the URL shapes they hold.

use super::*;
use crate::date::parse_date_line;
use crate::page_words::is_junk_line;

/// Byte offset where a URL starts in `s`: where [`starts_with_url`] holds
/// at the start of a token (a damaged scheme may go on over the next
/// tokens: "https: //…"), or a token that is a domain with a path
/// ("example.com/news/1"), after an opening bracket or quote.
pub(crate) fn url_start(s: &str) -> Option<usize> {
    let mut pos = 0;
    for tok in s.split(' ') {
        let t = tok.trim_start_matches(['(', '[', '<', '"', '\'']);
        let at = pos + (tok.len() - t.len());
        let from_here = s.get(at..).unwrap_or("");
        if starts_with_url(from_here)
            || (t.contains('/') && is_domain(t.split('/').next().unwrap_or("")))
        {
            return Some(at);
        }
        pos += tok.len() + 1;
    }
    None
}

/// True when `t` starts with a URL's scheme or "www.", in any case, as
/// scrapers and writers leave them: "https://", "http:/" (a slash lost),
/// "https: //" and "https : //" (inserted spaces), "http:/ /",
/// "https:\\\\" (backslashes), "https//" (the colon lost), "https;//",
/// "https:www." (both slashes lost),
/// the defanged "hxxps://" and "hxxps[:]//".
pub(crate) fn starts_with_url(t: &str) -> bool {
    strip_prefix_ci(t, "www.").is_some() || scheme_len(t.as_bytes()).is_some()
}

/// The length of a (possibly damaged) `http`/`https` scheme and its
/// slashes at the start of `b`; see [`starts_with_url`].
fn scheme_len(b: &[u8]) -> Option<usize> {
    let lower = |k: usize| b.get(k).map(u8::to_ascii_lowercase);
    let t = |k: usize| matches!(lower(k), Some(b't' | b'x'));
    if lower(0) != Some(b'h') || !t(1) || !t(2) || lower(3) != Some(b'p') {
        return None;
    }
    let mut k = 4 + usize::from(lower(4) == Some(b's'));
    let spaces = |k: &mut usize| {
        while b.get(*k) == Some(&b' ') {
            *k += 1;
        }
    };
    spaces(&mut k);
    let sep = b.get(k..).unwrap_or_default();
    let colon = if sep.starts_with(b"[:]") || sep.starts_with(b"(:)") {
        3
    } else {
        usize::from(matches!(sep.first(), Some(b':' | b';')))
    };
    k += colon;
    spaces(&mut k);
    let slash = |k: usize| matches!(b.get(k), Some(b'/' | b'\\'));
    if !slash(k) {
        // "https:www.example.com": both slashes lost after the colon.
        let www = b
            .get(k..k + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."));
        return (colon == 1 && www).then_some(k);
    }
    // Without its colon, a scheme needs both slashes ("https//").
    let mut n = 1;
    k += 1;
    spaces(&mut k);
    if slash(k) {
        n += 1;
        k += 1;
    }
    (colon > 0 || n == 2).then_some(k)
}

/// True when a line can continue a URL broken across lines. `open` says
/// the URL so far ends in a way that expects more ("-", "/", "=").
pub(crate) fn is_url_continuation(t: &str, open: bool) -> bool {
    let toks: Vec<&str> = t.split_whitespace().collect();
    if toks.is_empty() || toks.len() > 3 || t.len() > 300 {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("http") || lower.starts_with("www.") {
        return false;
    }
    if is_junk_line(t) || parse_date_line(t).is_some() {
        return false;
    }
    // A plain word continues a URL only when the URL was left open.
    let url_like = t
        .chars()
        .any(|c| c.is_ascii_digit() || "-_/=?%&.".contains(c));
    if !open && !url_like {
        return false;
    }
    toks.iter().all(|tok| {
        tok.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c))
            && (!tok.chars().any(|c| c.is_ascii_uppercase())
                || tok.chars().any(|c| "/-_=?%&".contains(c)))
            && !(tok.ends_with('.')
                && tok.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !tok.contains(['/', '-', '_']))
    })
}

/// Trailer markers: the text names the source URL.
const TRAILERS: &[(&str, bool)] = &[
    // (marker, needs ':' or end of line)
    ("original url", false),
    ("original link", false),
    ("original article", false),
    ("original source", false),
    ("source url", false),
    ("source link", false),
    ("canonical url", false),
    ("canonical link", false),
    ("article url", false),
    ("article link", false),
    ("originally published at", false),
    ("originally published on", false),
    ("originally published in", false),
    ("originally published by", false),
    ("this article was originally published", false),
    ("this article originally appeared", false),
    ("this story was originally published", false),
    ("originally appeared", false),
    ("read the original article", false),
    ("read the full article", false),
    ("read the full story", false),
    ("read more at", false),
    ("read it at", false),
    ("continue reading at", false),
    ("full story at", false),
    ("full story", true),
    ("full article", true),
    ("story link", true),
    ("article source", true),
    ("story source", true),
    ("source article", true),
    ("via", true),
    ("more at", true),
    ("source", true),
    ("sources", true),
    ("url", true),
    ("link", true),
];

/// If `t` starts with a trailer marker, the byte offset of what follows it.
pub(crate) fn trailer_marker(t: &str) -> Option<usize> {
    let f = first_lower(t);
    for (m, needs_colon) in TRAILERS {
        if !may_start(m, f) {
            continue;
        }
        if let Some(rest) = strip_prefix_ci(t, m) {
            let next = rest.chars().next();
            let ok = match next {
                None => true,
                Some(':') => true,
                Some(c) if c.is_whitespace() => {
                    !needs_colon || rest.trim_start().starts_with(':') || rest.trim().is_empty()
                }
                _ => false,
            };
            if ok {
                let after = rest
                    .trim_start()
                    .trim_start_matches([':', '-', '—', '–'])
                    .trim_start();
                return Some(t.len() - after.len());
            }
        }
    }
    None
}

/// True when `next` (a line after a URL that ends inside a slug word)
/// finishes that word: the URL's last word `p` and `next` make a word that
/// the document itself uses (the headline or the body). "…/flood-victims-
/// rehou" followed by "sed" joins when the text says "rehoused".
pub(crate) fn finishes_slug_word(url: &str, next: &str, doc: &str) -> bool {
    let w = next.trim();
    if w.is_empty()
        || w.len() > 24
        || !w
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return false;
    }
    let u = url.trim_end();
    let tail = u
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1);
    let p = u.get(tail..).unwrap_or("");
    if p.len() < 2 || !p.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let word = format!("{p}{w}").to_ascii_lowercase();
    let hay = doc.to_ascii_lowercase();
    let hb = hay.as_bytes();
    let mut from = 0;
    while let Some(rel) = hay.get(from..).and_then(|h| h.find(&word)) {
        let at = from + rel;
        let end = at + word.len();
        let before = at.checked_sub(1).and_then(|i| hb.get(i));
        let after = hb.get(end);
        if !before.is_some_and(u8::is_ascii_alphanumeric)
            && !after.is_some_and(u8::is_ascii_alphanumeric)
        {
            // Not the URL itself (the word must stand in prose).
            let in_url = hay
                .get(..at)
                .and_then(|h| h.rsplit(char::is_whitespace).next())
                .is_some_and(|t| t.contains('/'));
            if !in_url {
                return true;
            }
        }
        from = at + 1;
    }
    false
}
