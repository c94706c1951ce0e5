//! Line classifiers, one file per field (headline, byline, dateline,
//! credit, related, sign-off, trailer), and the small text helpers they share.

mod appeal;
mod byline;
mod credit;
mod dateline;
mod flattened;
mod headline;
mod related;
mod signoff;
mod trailer;

pub(crate) use appeal::{appeal_close, appeal_heading, asks_for_support};
pub(crate) use byline::{
    name_handle_line, name_only_line, parse_byline, parse_name_outlet_line, parse_name_role_line,
    role_outlet_line, Byline,
};
pub(crate) use credit::{
    caption_line, caption_line_credit, captioned_credit, credit_text, header_credit_like, is_credit,
};
pub(crate) use dateline::find_dateline;
pub(crate) use flattened::flattened_header;
pub(crate) use headline::{
    headline_like, reports_as_outlet, section_prefix, split_headline, HeadlineSplit, SuffixKind,
};
pub(crate) use related::{related_line, topic_item, topic_line, topics_heading, Related};
pub(crate) use signoff::{signoff, Signoff};
pub(crate) use trailer::{
    finishes_slug_word, is_url_continuation, starts_with_url, trailer_marker, url_start,
};

use crate::date::{parse_date_line, DateHit};
use crate::page_words::{is_junk_line, is_known_outlet, is_role_line};

/// `s` without the ASCII prefix `p`, compared case-insensitively.
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p)
        .then(|| s.get(p.len()..))
        .flatten()
}

/// The first byte of `s`, ASCII lower-cased (0 for an empty string): the
/// line classifiers skip every marker that cannot match on it.
fn first_lower(s: &str) -> u8 {
    s.as_bytes().first().map_or(0, u8::to_ascii_lowercase)
}

/// True when `m` may be a prefix of a line whose [`first_lower`] is `f`.
fn may_start(m: &str, f: u8) -> bool {
    m.as_bytes().first() == Some(&f)
}

/// `s` contains the ASCII needle `n`, compared case-insensitively, without
/// allocating. For the needles used here it answers as
/// `s.to_lowercase().contains(n)` would: the only non-ASCII characters that
/// lower-case to ASCII letters are the Kelvin sign (`k`, in no needle) and
/// the dotted capital I (`i` followed by a combining dot, which no needle
/// has).
///
/// The search runs memchr over the needle's rarest byte (in English text),
/// in both cases, and compares the window around each hit.
pub(crate) fn contains_ci(s: &str, n: &str) -> bool {
    // Letters from the most to the least frequent in English.
    const BY_FREQUENCY: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let rarity = |b: u8| match BY_FREQUENCY
        .iter()
        .position(|&x| x == b.to_ascii_lowercase())
    {
        Some(r) => r,
        None if b == b' ' => 0,
        None => BY_FREQUENCY.len(),
    };
    let (h, n) = (s.as_bytes(), n.as_bytes());
    let Some((k, &anchor)) = n.iter().enumerate().max_by_key(|&(_, &b)| rarity(b)) else {
        return true;
    };
    let (lo, up) = (anchor.to_ascii_lowercase(), anchor.to_ascii_uppercase());
    let mut from = k;
    while let Some(rel) = h.get(from..).and_then(|r| memchr::memchr2(lo, up, r)) {
        let at = from + rel;
        let start = at - k;
        if h.get(start..start + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// `s.split_whitespace().take(max).count()`, in one pass over the bytes
/// that decodes only the characters whose first byte may start a non-ASCII
/// space (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000).
fn count_words_upto(s: &str, max: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let (space, len) = match x {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => (true, 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => (false, 1),
            },
            // ASCII, other lead bytes and continuation bytes: inside a word.
            _ => (false, 1),
        };
        if !space && !in_word {
            if n == max {
                return n;
            }
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n
}

fn ends_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len()
        && s.get(s.len() - p.len()..)
            .map(|t| t.eq_ignore_ascii_case(p))
            .unwrap_or(false)
}

/// Collapses runs of white space into one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Lower-case words of letters and digits, for loose comparison.
///
/// Compares the two strings as streams, without allocating, and stops at the
/// first difference: letters and digits lower-cased (a final sigma counts as
/// a sigma), one separator between words.
pub(crate) fn loose_eq(a: &str, b: &str) -> bool {
    fn stream(s: &str) -> impl Iterator<Item = char> + '_ {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .enumerate()
            .flat_map(|(i, w)| {
                let sep = (i > 0).then_some(' ');
                sep.into_iter()
                    .chain(w.chars().flat_map(char::to_lowercase).map(|c| {
                        if c == 'ς' {
                            'σ'
                        } else {
                            c
                        }
                    }))
            })
    }
    let mut x = stream(a).peekable();
    x.peek().is_some() && x.eq(stream(b))
}

/// A bare domain ("duma.gov.ru", "www.kremlin.ru"), optionally with a path.
pub(crate) fn is_domain(t: &str) -> bool {
    let t = t.trim();
    if t.is_empty() || t.len() > 100 || t.contains(char::is_whitespace) || t.contains("://") {
        return false;
    }
    let host = t.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let ok_labels = labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    });
    let tld_ok = labels
        .last()
        .map(|l| (2..=24).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()))
        .unwrap_or(false);
    ok_labels && tld_ok
}

/// A header line made only of layout parts joined by " | ", " • " or
/// " · " ("5 December 2024 • 3 min read"): its dates and dropped parts.
pub(crate) fn compound_layout(t: &str) -> Option<Compound> {
    if t.len() > 200 {
        return None;
    }
    let mut parts: Vec<&str> = vec![t];
    for sep in [" | ", " • ", " · ", " — ", " – ", " / "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    if parts.len() < 2 {
        return None;
    }
    let mut c = Compound::default();
    // The date part before a part that fails alone: "December 23, 2023 /
    // 3:02 PM" parses as one date with its time.
    let mut last_date: Option<&str> = None;
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if let Some(d) = parse_date_line(p) {
            c.dates.push(d);
            last_date = Some(p);
            continue;
        }
        let with_time = last_date
            .and_then(|d| parse_date_line(&format!("{d} {p}")))
            .filter(|d| d.time.is_some());
        if let Some(d) = with_time {
            c.dates.pop();
            c.dates.push(d);
            last_date = None;
        } else if is_known_outlet(p) {
            c.outlets.push(p.to_string());
        } else if is_junk_line(p) || is_role_line(p) {
            c.dropped.push(p.to_string());
        } else {
            return None;
        }
    }
    Some(c)
}

/// The fields of a compound layout line ("Published: … | Updated: …",
/// "December 23, 2023 / 3:02 PM / CBS News").
#[derive(Default)]
pub(crate) struct Compound {
    pub dates: Vec<DateHit>,
    /// Known outlets named on the line.
    pub outlets: Vec<String>,
    /// Page furniture and roles.
    pub dropped: Vec<String>,
}

const SECTIONS: &[&str] = &[
    "world",
    "world news",
    "news",
    "politics",
    "business",
    "opinion",
    "europe",
    "asia",
    "africa",
    "americas",
    "middle east",
    "uk",
    "us",
    "u.s.",
    "sport",
    "sports",
    "technology",
    "tech",
    "science",
    "health",
    "culture",
    "analysis",
    "exclusive",
    "breaking",
    "breaking news",
    "economy",
    "climate",
    "environment",
    "entertainment",
    "lifestyle",
    "travel",
    "local",
    "national",
    "international",
    "markets",
    "investigation",
    "feature",
    "features",
    "interview",
    "commentary",
    "editorial",
    "explainer",
    "in depth",
    "russia",
    "ukraine",
    "war in ukraine",
    "national news",
    "local news",
    "latest",
    "top stories",
];

/// A kicker or section label above a headline ("WORLD", "Europe", "Analysis:").
pub(crate) fn kicker_like(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let bare = t.trim_end_matches([':', '|', '/', '›', '»', '>']).trim();
    let letters: Vec<char> = bare.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    (all_caps && words.len() <= 2)
        || t.ends_with(':')
        || SECTIONS.iter().any(|s| s.eq_ignore_ascii_case(bare))
}

#[cfg(test)]
mod tests;
